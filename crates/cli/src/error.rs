use leerteam_model::ModelError;
use leerteam_vault::VaultError;

/// What the command line reports: one line on stderr and a non-zero exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Vault(#[from] VaultError),
    #[error("{0}")]
    Model(#[from] ModelError),
    #[error("{0}")]
    Story(#[from] leerteam_story::StoryError),
    #[error("{0}")]
    Usage(String),
    #[error("could not {op}: {source}")]
    Io {
        op: &'static str,
        #[source]
        source: std::io::Error,
    },
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) | CliError::Story(leerteam_story::StoryError::UnknownLanguage) => 2,
            CliError::Vault(VaultError::WrongPassphrase | VaultError::WrongRecoveryKey) => 3,
            CliError::Vault(VaultError::AlreadyOpen) => 4,
            _ => 1,
        }
    }
}

pub fn io(op: &'static str) -> impl FnOnce(std::io::Error) -> CliError {
    move |source| CliError::Io { op, source }
}
