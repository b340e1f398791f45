//! `leerteam vault …`: create, verify, change passphrase, recover, backups.

use std::io::Write;
use std::path::Path;

use chrono::{SecondsFormat, Utc};
use leerteam_vault::{RecoveryKey, Vault};

use crate::error::{io, CliError};
use crate::secret;
use crate::PassphraseArgs;

/// Unlocks the vault and brings its schema up to date: every command that reads cases starts here.
pub fn open(dir: &Path, pass: &PassphraseArgs) -> Result<Vault, CliError> {
    let passphrase = secret::passphrase(pass)?;
    let mut vault = Vault::unlock(dir, &passphrase)?;
    leerteam_model::migrate(vault.db_mut())?;
    Ok(vault)
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
    let (mut vault, recovery) = Vault::create(dir, &passphrase, work_factor, now)?;
    leerteam_model::migrate(vault.db_mut())?;
    vault.save(now)?;
    let sheet = recovery.to_sheet(now);
    match recovery_key_out {
        Some(path) => {
            write_new_private(path, sheet.as_bytes()).map_err(io("write the recovery key file"))?;
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
    let vault = open(dir, pass)?;
    let check: String =
        vault.db().query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(leerteam_vault::VaultError::from)?;
    if check != "ok" {
        return Err(leerteam_vault::VaultError::Corrupt(leerteam_vault::Part::Database).into());
    }
    let cases = leerteam_model::count_cases(vault.db())?;
    writeln!(
        out,
        "generation {}, {cases} {}, last saved {}",
        vault.generation(),
        if cases == 1 { "case" } else { "cases" },
        vault.saved_at().to_rfc3339_opts(SecondsFormat::Secs, true)
    )
    .map_err(io("write output"))
}

pub fn passwd(dir: &Path, pass: &PassphraseArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let mut vault = Vault::unlock(dir, &secret::passphrase(pass)?)?;
    let new = secret::replacement_passphrase()?;
    let work_factor = vault.work_factor();
    vault.change_passphrase(&new, work_factor)?;
    writeln!(out, "Passphrase changed.").map_err(io("write output"))
}

pub fn recover(dir: &Path, recovery_key: &Path, out: &mut dyn Write) -> Result<(), CliError> {
    let text = std::fs::read_to_string(recovery_key).map_err(io("read the recovery key file"))?;
    let key = RecoveryKey::parse(&text)?;
    let mut vault = Vault::unlock_with_recovery(dir, &key)?;
    let new = secret::replacement_passphrase()?;
    let work_factor = vault.work_factor();
    vault.change_passphrase(&new, work_factor)?;
    writeln!(out, "Vault opened with the recovery key; new passphrase set.").map_err(io("write output"))
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
    let mut vault = Vault::unlock(dir, &secret::passphrase(pass)?)?;
    vault.restore(name, Utc::now())?;
    writeln!(out, "Restored; now at generation {}. The state before is kept as a backup.", vault.generation())
        .map_err(io("write output"))
}

fn write_new_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(contents)?;
    file.sync_all()
}
