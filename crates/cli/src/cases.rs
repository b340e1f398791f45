//! `leerteam case …`: add, list, export and import cases.

use std::io::{Read, Write};
use std::path::Path;

use chrono::{SecondsFormat, Utc};
use leerteam_model::{CaseKind, ModelError, NewCase};
use uuid::Uuid;

use crate::error::{io, CliError};
use crate::vaults::open;
use crate::PassphraseArgs;

pub fn add(
    dir: &Path,
    kind: &str,
    title: String,
    ward: String,
    event_date: Option<&str>,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    // Check the arguments before asking for a passphrase.
    let kind: CaseKind = kind.parse().map_err(ModelError::from)?;
    let event_date = event_date.map(leerteam_model::parse_date).transpose()?;
    let mut desk = open(dir, pass)?;
    let now = Utc::now();
    let id = Uuid::new_v4();
    desk.create_case(id, NewCase { kind, title, ward, event_date }, now)?;
    desk.save(now)?;
    writeln!(out, "{id}").map_err(io("write output"))
}

pub fn list(dir: &Path, json: bool, pass: &PassphraseArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let cases = open(dir, pass)?.list_cases(Utc::now().date_naive())?;
    if json {
        let text = serde_json::to_string_pretty(&cases).map_err(|e| io("write JSON")(e.into()))?;
        return writeln!(out, "{text}").map_err(io("write output"));
    }
    for case in cases {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            case.id,
            case.kind,
            case.phase.number(),
            case.updated_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            case.title
        )
        .map_err(io("write output"))?;
    }
    Ok(())
}

pub fn export(dir: &Path, case_id: &str, pass: &PassphraseArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let id = parse_id(case_id)?;
    writeln!(out, "{}", open(dir, pass)?.export_case(id)?).map_err(io("write output"))
}

pub fn import(dir: &Path, file: &Path, pass: &PassphraseArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let text = read_input(file)?;
    let id = Uuid::new_v4();
    // Parse and check the file before the vault is opened: a bad file never touches it.
    let case = leerteam_desk::parse_case_file(&text, id, Utc::now().date_naive())?;
    let mut desk = open(dir, pass)?;
    let now = Utc::now();
    desk.import_case(&case, now.date_naive())?;
    desk.save(now)?;
    writeln!(out, "{id}").map_err(io("write output"))
}

pub fn samples(dir: &Path, count: usize, pass: &PassphraseArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let mut desk = open(dir, pass)?;
    let now = Utc::now();
    let ids: Vec<Uuid> = (0..count).map(|_| Uuid::new_v4()).collect();
    desk.add_samples(&ids, now)?;
    desk.save(now)?;
    writeln!(out, "{count} example cases added").map_err(io("write output"))
}

fn read_input(file: &Path) -> Result<String, CliError> {
    if file == Path::new("-") {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(io("read standard input"))?;
        return Ok(text);
    }
    std::fs::read_to_string(file).map_err(io("read the case file"))
}

pub fn parse_id(text: &str) -> Result<Uuid, CliError> {
    Uuid::parse_str(text.trim())
        .map_err(|_| CliError::Usage("a case id looks like 0b5e4a52-…; see `leerteam case list`".into()))
}
