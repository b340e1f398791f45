//! `leerteam case send`, `case receive`, `vault key` and `vault colleagues`: a case handed to a
//! colleague as one file encrypted to their vault's key and to ours.

use std::io::Write;
use std::path::Path;

use chrono::Utc;
use leerteam_desk::{HandoverKey, Notes};
use uuid::Uuid;

use crate::cases::parse_id;
use crate::error::{io, CliError};
use crate::vaults::open;
use crate::PassphraseArgs;

pub fn send(
    dir: &Path,
    case_id: &str,
    to: &str,
    file: &Path,
    with_notes: bool,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let id = parse_id(case_id)?;
    let mut desk = open(dir, pass)?;
    let now = Utc::now();
    let notes = if with_notes { Notes::Include } else { Notes::Leave };
    desk.send_case(id, to, notes, file, now)?;
    desk.save(now)?;
    writeln!(out, "handed over: {}", file.file_name().map(|n| n.to_string_lossy()).unwrap_or_default())
        .map_err(io("write output"))
}

/// Adds the case of a hand-over file as a new case and prints its id.
pub fn receive(dir: &Path, file: &Path, pass: &PassphraseArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let bytes = leerteam_desk::read_handover_file(file)?;
    let mut desk = open(dir, pass)?;
    let now = Utc::now();
    let id = Uuid::new_v4();
    desk.receive_case(&bytes, id, now)?;
    desk.save(now)?;
    writeln!(out, "{id}").map_err(io("write output"))
}

/// Prints this vault's hand-over key (`age1…`) on one line.
pub fn key(dir: &Path, pass: &PassphraseArgs, out: &mut dyn Write) -> Result<(), CliError> {
    writeln!(out, "{}", open(dir, pass)?.handover_key().key).map_err(io("write output"))
}

/// Lists the colleagues' keys (label, fingerprint, key), after adding or removing one.
pub fn colleagues(
    dir: &Path,
    add: Option<(&str, &str)>,
    remove: Option<&str>,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let mut desk = open(dir, pass)?;
    let mut listed: Vec<HandoverKey> = desk.colleagues()?;
    if let Some(label) = remove {
        listed = desk.remove_colleague(label)?;
    }
    if let Some((label, key)) = add {
        listed = desk.add_colleague(label, key)?;
    }
    if add.is_some() || remove.is_some() {
        desk.save(Utc::now())?;
    }
    for c in listed {
        writeln!(out, "{}\t{}\t{}", c.label, c.fingerprint, c.key).map_err(io("write output"))?;
    }
    Ok(())
}
