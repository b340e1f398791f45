//! Any bytes as vault.age beside a real key file: a typed error (or the vault, if they are one),
//! never a panic.
#![no_main]

use std::sync::OnceLock;

use chrono::{TimeZone, Utc};
use leerteam_vault::{SecretString, Vault, VaultError, VAULT_FILE};
use libfuzzer_sys::fuzz_target;

fn dir() -> &'static std::path::Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        Vault::create(dir.path(), &SecretString::from("correct horse".to_owned()), 10, now).unwrap().0.lock();
        dir
    })
    .path()
}

fuzz_target!(|bytes: &[u8]| {
    let dir = dir();
    std::fs::write(dir.join(VAULT_FILE), bytes).unwrap();
    match Vault::unlock(dir, &SecretString::from("correct horse".to_owned())) {
        Ok(vault) => vault.lock(),
        Err(e) => assert!(matches!(e, VaultError::Corrupt(_) | VaultError::Database(_)), "{e:?}"),
    }
});
