//! Any bytes as a hand-over file: a typed error, never a panic.
#![no_main]

use std::sync::OnceLock;

use chrono::{TimeZone, Utc};
use leerteam_vault::{SecretString, Vault, VaultError};
use libfuzzer_sys::fuzz_target;

fn vault() -> &'static std::sync::Mutex<Vault> {
    static VAULT: OnceLock<(tempfile::TempDir, std::sync::Mutex<Vault>)> = OnceLock::new();
    &VAULT
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
            let vault = Vault::create(dir.path(), &SecretString::from("correct horse".to_owned()), 10, now).unwrap().0;
            (dir, std::sync::Mutex::new(vault))
        })
        .1
}

fuzz_target!(|bytes: &[u8]| {
    let vault = vault().lock().unwrap();
    if let Err(e) = vault.open_handover(bytes) {
        assert!(
            matches!(e, VaultError::NotAHandover | VaultError::HandoverForAnotherKey | VaultError::HandoverDamaged),
            "{e:?}"
        );
    }
});
