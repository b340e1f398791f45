//! Key material: the vault's X25519 identity, the recovery recipient, and their text form.
//!
//! The text form is a valid age identity file (comments plus one `AGE-SECRET-KEY-1…` line), so that the
//! plain `age` CLI can use a decrypted `identity.age` or the recovery key directly with `-i`.

use std::io::{BufRead, Read, Seek, Write};
use std::iter;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;
use zeroize::Zeroizing;

use crate::error::{Part, Result, VaultError};

const RECOVERY_PREFIX: &str = "# recovery: ";

/// The vault's own key pair and the public half of its recovery key.
pub struct VaultKeys {
    pub(crate) identity: x25519::Identity,
    pub(crate) recovery: Option<x25519::Recipient>,
}

impl std::fmt::Debug for VaultKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VaultKeys").finish_non_exhaustive()
    }
}

impl VaultKeys {
    pub(crate) fn new(identity: x25519::Identity, recovery: Option<x25519::Recipient>) -> Self {
        Self { identity, recovery }
    }

    /// Every recipient a vault file is encrypted to: the vault key and, if made, the recovery key.
    pub fn recipients(&self) -> Vec<x25519::Recipient> {
        iter::once(self.identity.to_public()).chain(self.recovery.clone()).collect()
    }

    pub(crate) fn to_text(&self) -> Zeroizing<String> {
        let mut text =
            Zeroizing::new(String::from("# Leerteam vault key. Whoever holds this line can read the vault.\n"));
        if let Some(recovery) = &self.recovery {
            text.push_str(RECOVERY_PREFIX);
            text.push_str(&recovery.to_string());
            text.push('\n');
        }
        text.push_str(self.identity.to_string().expose_secret());
        text.push('\n');
        text
    }

    pub(crate) fn from_text(text: &str, part: Part) -> Result<Self> {
        let mut identity = None;
        let mut recovery = None;
        for line in text.lines().map(str::trim) {
            if let Some(public) = line.strip_prefix(RECOVERY_PREFIX) {
                recovery = Some(x25519::Recipient::from_str(public).map_err(|_| VaultError::Corrupt(part))?);
            } else if line.starts_with("AGE-SECRET-KEY-1") {
                identity = Some(x25519::Identity::from_str(line).map_err(|_| VaultError::Corrupt(part))?);
            }
        }
        let identity = identity.ok_or(VaultError::Corrupt(part))?;
        Ok(Self { identity, recovery })
    }
}

/// A recovery key as the facilitator keeps it: an age identity file (`AGE-SECRET-KEY-1…`).
pub struct RecoveryKey(x25519::Identity);

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(…)")
    }
}

impl RecoveryKey {
    pub(crate) fn generate() -> Self {
        Self(x25519::Identity::generate())
    }

    /// Reads the key from the text of a recovery file, or as typed from the printed sheet: comment
    /// and blank lines are ignored, and in the key's line spaces and lower case are too.
    pub fn parse(text: &str) -> Result<Self> {
        let line = text
            .lines()
            .map(|line| line.split_whitespace().collect::<String>().to_uppercase())
            .find(|line| line.starts_with("AGE-SECRET-KEY-1"))
            .ok_or(VaultError::InvalidRecoveryKey)?;
        x25519::Identity::from_str(&line).map(Self).map_err(|_| VaultError::InvalidRecoveryKey)
    }

    /// The key's characters after `AGE-SECRET-KEY-1`, in numbered groups of four: what the printed
    /// sheet shows, and what its check asks for.
    pub fn groups(&self) -> Vec<String> {
        let line = self.0.to_string();
        let tail: Vec<char> = line.expose_secret().trim_start_matches("AGE-SECRET-KEY-1").chars().collect();
        tail.chunks(4).map(|c| c.iter().collect()).collect()
    }

    pub fn public(&self) -> x25519::Recipient {
        self.0.to_public()
    }

    /// The secret line, for showing once or writing to the file the facilitator keeps.
    pub fn expose(&self) -> SecretString {
        self.0.to_string()
    }

    /// A recovery sheet: the key with a short explanation, as an age identity file.
    pub fn to_sheet(&self, created: chrono::DateTime<chrono::Utc>) -> Zeroizing<String> {
        let mut sheet = Zeroizing::new(format!(
            "# Leerteam recovery key, created {}\n\
             # With this key the vault can be opened without its passphrase. Keep it offline and safe.\n\
             # Recovery: `leerteam vault recover DIR --recovery-key THIS_FILE`, or see README.md.\n",
            created.format("%Y-%m-%d %H:%M UTC")
        ));
        sheet.push_str(self.0.to_string().expose_secret());
        sheet.push('\n');
        sheet
    }

    pub(crate) fn identity(&self) -> &x25519::Identity {
        &self.0
    }
}

/// Encrypts `plaintext` to the recipients, writing the age file to `out`.
pub fn encrypt_to(out: &mut dyn Write, recipients: &[x25519::Recipient], plaintext: &[u8]) -> std::io::Result<()> {
    let encryptor = age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
        .map_err(std::io::Error::other)?;
    let mut writer = encryptor.wrap_output(out)?;
    writer.write_all(plaintext)?;
    writer.finish()?;
    Ok(())
}

/// Encrypts `plaintext` with a passphrase at a fixed scrypt work factor.
pub(crate) fn encrypt_with_passphrase(
    out: &mut dyn Write,
    passphrase: &SecretString,
    work_factor: u8,
    plaintext: &[u8],
) -> std::io::Result<()> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
    recipient.set_work_factor(work_factor);
    let encryptor = age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        .map_err(std::io::Error::other)?;
    let mut writer = encryptor.wrap_output(out)?;
    writer.write_all(plaintext)?;
    writer.finish()?;
    Ok(())
}

/// How decrypting one file failed, before it is told apart per file.
pub(crate) enum OpenFailure {
    NotForThisKey,
    WorkFactorTooHigh(u8),
    Damaged,
}

pub(crate) fn decrypt(ciphertext: &[u8], identity: &dyn age::Identity) -> Result<Zeroizing<Vec<u8>>, OpenFailure> {
    let decryptor = age::Decryptor::new(ciphertext).map_err(classify)?;
    let mut reader = decryptor.decrypt(iter::once(identity)).map_err(classify)?;
    let mut plaintext = Zeroizing::new(Vec::with_capacity(ciphertext.len()));
    reader.read_to_end(&mut plaintext).map_err(|_| OpenFailure::Damaged)?;
    Ok(plaintext)
}

/// The plaintext of the age file read from `source` as a stream, and its length: what
/// [`crate::db::load_from`] reads straight into SQLite's own buffer, so that an unlock holds one
/// copy of the database, not two. age checks every chunk's tag as it is read, the last one included.
pub(crate) fn decrypting<R: BufRead + Seek>(
    source: R,
    identity: &dyn age::Identity,
) -> Result<(impl Read, u64), OpenFailure> {
    let decryptor = age::Decryptor::new_buffered(source).map_err(classify)?;
    let mut reader = decryptor.decrypt(iter::once(identity)).map_err(classify)?;
    // Seeking to the end reads (and checks) the last chunk; the length follows from it.
    let len = reader.seek(std::io::SeekFrom::End(0)).map_err(|_| OpenFailure::Damaged)?;
    reader.seek(std::io::SeekFrom::Start(0)).map_err(|_| OpenFailure::Damaged)?;
    Ok((reader, len))
}

pub(crate) fn decrypt_with_passphrase(
    ciphertext: &[u8],
    passphrase: &SecretString,
) -> Result<Zeroizing<Vec<u8>>, OpenFailure> {
    let mut identity = age::scrypt::Identity::new(passphrase.clone());
    identity.set_max_work_factor(crate::MAX_WORK_FACTOR);
    decrypt(ciphertext, &identity)
}

fn classify(error: age::DecryptError) -> OpenFailure {
    match error {
        age::DecryptError::ExcessiveWork { required, .. } => OpenFailure::WorkFactorTooHigh(required),
        age::DecryptError::DecryptionFailed
        | age::DecryptError::KeyDecryptionFailed
        | age::DecryptError::NoMatchingKeys => OpenFailure::NotForThisKey,
        _ => OpenFailure::Damaged,
    }
}

/// The scrypt work factor recorded in a passphrase-encrypted age file, read from its header.
pub fn work_factor_of(ciphertext: &[u8]) -> Option<u8> {
    let header_end = ciphertext.windows(4).position(|w| w == b"\n---")?;
    let header = std::str::from_utf8(&ciphertext[..header_end]).ok()?;
    header
        .lines()
        .find_map(|line| line.strip_prefix("-> scrypt "))
        .and_then(|args| args.split(' ').nth(1))
        .and_then(|n| n.parse().ok())
}
