use std::io;

/// Everything that can go wrong with a vault. Messages never contain case text, passphrases or paths:
/// they may end up in a terminal, a log or a screenshot.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    #[error("this folder holds no Leerteam vault")]
    NotAVault,
    #[error("this folder already holds a Leerteam vault")]
    AlreadyExists,
    #[error("the vault is already open in another Leerteam window or command")]
    AlreadyOpen,
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    #[error("the passphrase needs at least {min} characters")]
    PassphraseTooShort { min: usize },
    #[error("wrong passphrase")]
    WrongPassphrase,
    #[error("this recovery key does not belong to this vault")]
    WrongRecoveryKey,
    #[error("this is not a recovery key (expected a line starting with AGE-SECRET-KEY-1)")]
    InvalidRecoveryKey,
    #[error("work factor {0} is outside the accepted range {min}-{max}", min = crate::MIN_WORK_FACTOR, max = crate::MAX_WORK_FACTOR)]
    InvalidWorkFactor(u8),
    #[error("the key file asks for scrypt work factor {required}; at most {max} is accepted", max = crate::MAX_WORK_FACTOR)]
    WorkFactorTooHigh { required: u8 },
    #[error("the {0} is damaged or incomplete")]
    Corrupt(Part),
    #[error("the vault file was changed on disk by something else since it was opened; not overwriting it")]
    ChangedOnDisk,
    #[error("no backup with that name")]
    BackupNotFound,
    #[error("this is not a hand-over key (expected an age public key starting with age1)")]
    InvalidHandoverKey,
    #[error("this is not a Leerteam hand-over file")]
    NotAHandover,
    #[error("this hand-over file was made for another vault's key")]
    HandoverForAnotherKey,
    #[error("the hand-over file is damaged or incomplete")]
    HandoverDamaged,
    #[error("could not {op}: {source}")]
    Io {
        op: &'static str,
        #[source]
        source: io::Error,
    },
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

/// Which file of the vault an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    KeyFile,
    RecoveryFile,
    VaultFile,
    Backup,
    Database,
}

impl std::fmt::Display for Part {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Part::KeyFile => "key file (identity.age)",
            Part::RecoveryFile => "recovery file (recovery.age)",
            Part::VaultFile => "vault file (vault.age)",
            Part::Backup => "backup",
            Part::Database => "database inside the vault",
        })
    }
}

leerteam_codes::error_codes!(VaultError {
    VaultError::NotAVault => "not_a_vault",
    VaultError::AlreadyExists => "already_exists",
    VaultError::AlreadyOpen => "already_open",
    VaultError::EmptyPassphrase => "empty_passphrase",
    VaultError::PassphraseTooShort { .. } => "passphrase_too_short",
    VaultError::WrongPassphrase => "wrong_passphrase",
    VaultError::WrongRecoveryKey => "wrong_recovery_key",
    VaultError::InvalidRecoveryKey => "invalid_recovery_key",
    VaultError::InvalidWorkFactor(_) => "invalid_work_factor",
    VaultError::WorkFactorTooHigh { .. } => "work_factor_too_high",
    VaultError::Corrupt(_) => "corrupt",
    VaultError::ChangedOnDisk => "changed_on_disk",
    VaultError::BackupNotFound => "backup_not_found",
    VaultError::InvalidHandoverKey => "invalid_handover_key",
    VaultError::NotAHandover => "not_a_handover",
    VaultError::HandoverForAnotherKey => "handover_for_another_key",
    VaultError::HandoverDamaged => "handover_damaged",
    VaultError::Io { .. } => "io",
    VaultError::Database(_) => "database",
});

pub(crate) fn io_err(op: &'static str) -> impl FnOnce(io::Error) -> VaultError {
    move |source| VaultError::Io { op, source }
}

pub type Result<T, E = VaultError> = std::result::Result<T, E>;
