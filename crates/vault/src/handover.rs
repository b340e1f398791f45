//! Handing one case to a colleague without a cloud: a file encrypted with age to the colleague's
//! vault key and to our own (vault key and recovery key), so either side can open it, also with
//! the plain `age` CLI and a key file. A vault's hand-over key is the public half of its key.

use std::str::FromStr;

use age::x25519;
use zeroize::Zeroizing;

use crate::error::{Result, VaultError};
use crate::keys::{self, OpenFailure};
use crate::vault::Vault;

/// Reads a colleague's hand-over key: an age public key, `age1…`, spaces around it allowed.
pub fn parse_handover_key(text: &str) -> Result<x25519::Recipient> {
    x25519::Recipient::from_str(text.trim()).map_err(|_| VaultError::InvalidHandoverKey)
}

/// The short form of a key to read aloud on the phone: the last twelve characters of `age1…`, in
/// three groups ("7f3k-9q2m-x0ld"): 60 bits to compare, enough to notice a key that is not theirs.
pub fn fingerprint(key: &x25519::Recipient) -> String {
    let text = key.to_string();
    let tail: Vec<char> = text.chars().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
    tail.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

impl Vault {
    /// This vault's hand-over key, to give to colleagues.
    pub fn handover_key(&self) -> x25519::Recipient {
        self.keys.identity.to_public()
    }

    /// `plaintext` encrypted to `colleague` and to this vault's own keys.
    pub fn seal_for(&self, colleague: &x25519::Recipient, plaintext: &[u8]) -> Result<Vec<u8>> {
        let mut recipients = vec![colleague.clone()];
        recipients.extend(self.keys.recipients().into_iter().filter(|r| r.to_string() != colleague.to_string()));
        let mut out = Vec::with_capacity(plaintext.len() + 512);
        keys::encrypt_to(&mut out, &recipients, plaintext)
            .map_err(crate::error::io_err("encrypt the hand-over file"))?;
        Ok(out)
    }

    /// Opens a hand-over file with this vault's key.
    pub fn open_handover(&self, file: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        // Leerteam writes the binary form; an armored file would need age's armor reader.
        if !file.starts_with(b"age-encryption.org/v1\n") {
            return Err(VaultError::NotAHandover);
        }
        keys::decrypt(file, &self.keys.identity).map_err(|failure| match failure {
            OpenFailure::NotForThisKey => VaultError::HandoverForAnotherKey,
            OpenFailure::WorkFactorTooHigh(_) | OpenFailure::Damaged => VaultError::HandoverDamaged,
        })
    }
}
