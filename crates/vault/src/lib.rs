//! The Leerteam vault: an age-encrypted SQLite database that is only ever plaintext in memory.
//!
//! A vault is a folder with `identity.age` (the vault key, under the passphrase), `recovery.age`
//! (the same key, under the recovery key), `vault.age` (the database image, encrypted to the vault
//! key and the recovery key), `vault.lock` and `backups/`. See ARCHITECTURE.md for the save protocol.

mod ahead;
mod backups;
mod db;
mod error;
mod files;
mod handover;
mod keys;
mod vault;

pub use age::secrecy::{ExposeSecret, SecretString};
pub use backups::{list as list_backups, to_remove as backups_to_remove, Backup, BACKUP_DIR, KEEP_DAYS, KEEP_LAST};
pub use error::{Part, Result, VaultError};
pub use files::{write_export, SyncWrite, WrapFile};
pub use handover::{fingerprint, parse_handover_key};
pub use keys::{encrypt_to, work_factor_of, RecoveryKey};
pub use vault::{
    check_new_passphrase, is_vault, open_key_file, Vault, IDENTITY_FILE, LOCK_FILE, RECOVERY_FILE, VAULT_FILE,
};

/// Lowest scrypt work factor accepted for a new key file (tests and the app's test mode use it).
pub const MIN_WORK_FACTOR: u8 = 10;
/// The fewest characters a new passphrase may have.
pub const MIN_PASSPHRASE_CHARS: usize = 10;
/// Highest scrypt work factor accepted: a key file asking for more is refused, not computed.
pub const MAX_WORK_FACTOR: u8 = 20;
/// About one second of scrypt on a current laptop.
pub const DEFAULT_WORK_FACTOR: u8 = 18;
