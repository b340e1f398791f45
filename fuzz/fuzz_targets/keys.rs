//! A recovery key or a hand-over key from any text: the key, or its typed error.
#![no_main]

use leerteam_vault::{ExposeSecret, RecoveryKey, VaultError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    match RecoveryKey::parse(&text) {
        Ok(key) => assert!(key.expose().expose_secret().starts_with("AGE-SECRET-KEY-1")),
        Err(e) => assert!(matches!(e, VaultError::InvalidRecoveryKey)),
    }
    if let Err(e) = leerteam_vault::parse_handover_key(&text) {
        assert!(matches!(e, VaultError::InvalidHandoverKey));
    }
    let _ = leerteam_vault::work_factor_of(bytes);
});
