//! `leerteam vault …`: create, verify, change passphrase, recover, backups.

use std::io::Write;
use std::path::Path;

use chrono::{SecondsFormat, Utc};
use leerteam_desk::{Desk, Existing};
use leerteam_vault::RecoveryKey;

use crate::error::{io, CliError};
use crate::secret;
use crate::PassphraseArgs;

/// Unlocks the vault, its schema brought up to date: every command that reads cases starts here.
pub fn open(dir: &Path, pass: &PassphraseArgs) -> Result<Desk, CliError> {
    Ok(Desk::unlock(dir, &secret::passphrase(pass)?)?)
}

pub fn init(
    dir: &Path,
    work_factor: u8,
    recovery_key_out: Option<&Path>,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    if let Some(path) = recovery_key_out {
        if path.exists() {
            return Err(CliError::Usage("the recovery key file already exists; choose a new file".into()));
        }
    }
    let passphrase = secret::initial_passphrase(pass)?;
    let now = Utc::now();
    let (_desk, recovery) = Desk::create(dir, &passphrase, work_factor, now)?;
    let sheet = recovery.to_sheet(now);
    match recovery_key_out {
        Some(path) => {
            leerteam_desk::write_private(path, sheet.as_bytes(), Existing::Refuse)?;
            writeln!(out, "Vault created. Recovery key written; store it offline, away from this computer.")
        }
        None => writeln!(
            out,
            "Vault created. This recovery key is shown once; store it offline, away from this computer:\n\n{}",
            sheet.as_str()
        ),
    }
    .map_err(io("write output"))
}

pub fn verify(dir: &Path, pass: &PassphraseArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let check = open(dir, pass)?.check()?;
    writeln!(
        out,
        "generation {}, {} {}, last saved {}",
        check.generation,
        check.cases,
        if check.cases == 1 { "case" } else { "cases" },
        check.saved_at.to_rfc3339_opts(SecondsFormat::Secs, true)
    )
    .map_err(io("write output"))
}

pub fn passwd(dir: &Path, pass: &PassphraseArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let mut desk = open(dir, pass)?;
    desk.change_passphrase(None, &secret::replacement_passphrase()?, None)?;
    writeln!(out, "Passphrase changed.").map_err(io("write output"))
}

pub fn recover(dir: &Path, recovery_key: &Path, out: &mut dyn Write) -> Result<(), CliError> {
    let text = std::fs::read_to_string(recovery_key).map_err(io("read the recovery key file"))?;
    let key = RecoveryKey::parse(&text)?;
    Desk::recover(dir, &key, &secret::replacement_passphrase()?, None)?;
    writeln!(out, "Vault opened with the recovery key; new passphrase set.").map_err(io("write output"))
}

pub fn sheet(
    dir: &Path,
    file: &Path,
    recovery_key: Option<&Path>,
    lang: &str,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let lang = leerteam_story::Lang::parse(lang)?;
    let now = Utc::now();
    let (key, said) = match recovery_key {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(io("read the recovery key file"))?;
            let key = RecoveryKey::parse(&text)?;
            // Only a key that opens this vault is worth printing.
            drop(leerteam_vault::Vault::unlock_with_recovery(dir, &key)?);
            (key, "Recovery sheet written.")
        }
        None => {
            let passphrase = secret::passphrase(pass)?;
            let mut desk = Desk::unlock(dir, &passphrase)?;
            // The sheet's file is claimed first: a new key must never be made without its sheet.
            leerteam_desk::write_private(file, b"", Existing::Refuse)?;
            let key = match desk.replace_recovery_key(&passphrase, now) {
                Ok(key) => key,
                Err(error) => {
                    let _ = std::fs::remove_file(file);
                    return Err(error.into());
                }
            };
            let pdf = leerteam_desk::recovery_sheet_pdf(&key, lang, now)?;
            leerteam_desk::write_private(file, &pdf, Existing::Replace)?;
            let said = "Recovery sheet written for a new recovery key; the old recovery key no longer opens this \
                vault or its backups (hand-over files made before still open with it).";
            return writeln!(out, "{said}").map_err(io("write output"));
        }
    };
    let pdf = leerteam_desk::recovery_sheet_pdf(&key, lang, now)?;
    leerteam_desk::write_private(file, &pdf, Existing::Refuse)?;
    writeln!(out, "{said}").map_err(io("write output"))
}

pub fn backups(dir: &Path, out: &mut dyn Write) -> Result<(), CliError> {
    if !leerteam_vault::is_vault(dir) {
        return Err(leerteam_vault::VaultError::NotAVault.into());
    }
    for backup in leerteam_vault::list_backups(dir)? {
        writeln!(
            out,
            "{}\tgeneration {}\t{}\t{} bytes",
            backup.name,
            backup.generation,
            backup.saved_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            backup.size
        )
        .map_err(io("write output"))?;
    }
    Ok(())
}

pub fn restore(dir: &Path, backup: &str, pass: &PassphraseArgs, out: &mut dyn Write) -> Result<(), CliError> {
    // Accept the name as listed, or a path to the file inside backups/.
    let name = Path::new(backup).file_name().and_then(|n| n.to_str()).unwrap_or(backup);
    let mut desk = open(dir, pass)?;
    desk.restore(name, Utc::now())?;
    writeln!(out, "Restored; now at generation {}. The state before is kept as a backup.", desk.vault().generation())
        .map_err(io("write output"))
}
