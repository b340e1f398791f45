//! Where passphrases come from: a file, the environment, or a terminal prompt, in that order.

use std::io::IsTerminal;

use leerteam_vault::{ExposeSecret, SecretString};

use crate::error::{io, CliError};
use crate::PassphraseArgs;

pub const PASSPHRASE_VAR: &str = "LEERTEAM_PASSPHRASE";
pub const NEW_PASSPHRASE_VAR: &str = "LEERTEAM_NEW_PASSPHRASE";

/// The passphrase of an existing vault.
pub fn passphrase(args: &PassphraseArgs) -> Result<SecretString, CliError> {
    if let Some(path) = &args.passphrase_file {
        let text = std::fs::read_to_string(path).map_err(io("read the passphrase file"))?;
        return Ok(SecretString::from(text.lines().next().unwrap_or_default().to_owned()));
    }
    if let Some(value) = std::env::var_os(PASSPHRASE_VAR) {
        return Ok(SecretString::from(value.to_string_lossy().into_owned()));
    }
    prompt("Passphrase: ")
}

/// The passphrase of a new vault: like [`passphrase`], but asked twice at a terminal.
pub fn initial_passphrase(args: &PassphraseArgs) -> Result<SecretString, CliError> {
    if args.passphrase_file.is_some() || std::env::var_os(PASSPHRASE_VAR).is_some() {
        return passphrase(args);
    }
    prompt_twice()
}

/// The passphrase that replaces the old one (passwd, recover).
pub fn replacement_passphrase() -> Result<SecretString, CliError> {
    match std::env::var_os(NEW_PASSPHRASE_VAR) {
        Some(value) => Ok(SecretString::from(value.to_string_lossy().into_owned())),
        None => prompt_twice(),
    }
}

fn prompt_twice() -> Result<SecretString, CliError> {
    let first = prompt("New passphrase: ")?;
    let second = prompt("Repeat the new passphrase: ")?;
    if first.expose_secret() != second.expose_secret() {
        return Err(CliError::Usage("the two passphrases differ; nothing was changed".into()));
    }
    Ok(first)
}

fn prompt(label: &str) -> Result<SecretString, CliError> {
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Usage(format!(
            "no passphrase: run in a terminal, set {PASSPHRASE_VAR}, or use --passphrase-file"
        )));
    }
    rpassword::prompt_password(label).map(SecretString::from).map_err(io("read the passphrase"))
}
