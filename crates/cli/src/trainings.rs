//! `leerteam training …`: a practice pack imported as a practice case, its role cards, the
//! observers' sheets, and how a number of trainees splits into groups.

use std::io::Write;
use std::path::Path;

use chrono::Utc;
use leerteam_desk::PackSource;
use leerteam_model::Language;
use leerteam_story::Lang;
use uuid::Uuid;

use crate::cases::parse_id;
use crate::error::{io, CliError};
use crate::vaults::open;
use crate::PassphraseArgs;

/// Imports `file` (or the built-in pack in `lang`) as a practice case; the new id is the last line.
pub fn pack(
    dir: &Path,
    file: Option<&Path>,
    lang: &str,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let language = language(lang)?;
    let text = file.map(|f| std::fs::read_to_string(f).map_err(io("read the practice pack"))).transpose()?;
    let source = match &text {
        Some(text) => PackSource::File(text),
        None => PackSource::Builtin(language),
    };
    let (id, now) = (Uuid::new_v4(), Utc::now());
    // Read and check the pack before the vault is opened: a bad pack never touches it.
    let case = leerteam_desk::parse_pack(source, id, now)?;
    let mut desk = open(dir, pass)?;
    desk.import_practice(&case, now)?;
    desk.save(now)?;
    writeln!(out, "practice case added: {} cards", case.practice.as_ref().map_or(0, |p| p.roles.len()))
        .and_then(|()| writeln!(out, "{id}"))
        .map_err(io("write output"))
}

pub fn cards(
    dir: &Path,
    case_id: &str,
    file: &Path,
    lang: &str,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let id = parse_id(case_id)?;
    let lang = Lang::parse(lang)?;
    let bytes = open(dir, pass)?.export_role_cards(id, lang, file, Utc::now())?;
    writeln!(out, "role cards written ({bytes} bytes)").map_err(io("write output"))
}

#[allow(clippy::too_many_arguments)]
pub fn sheets(
    dir: &Path,
    case_id: &str,
    trainees: u32,
    round: u32,
    file: &Path,
    lang: &str,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let id = parse_id(case_id)?;
    let lang = Lang::parse(lang)?;
    if round == 0 {
        return Err(CliError::Usage("rounds are numbered from 1".into()));
    }
    // Before the passphrase: too few trainees is known without the vault.
    leerteam_room::groups(trainees).map_err(leerteam_desk::DeskError::from)?;
    let bytes = open(dir, pass)?.export_observer_sheets(id, trainees, round - 1, lang, file, Utc::now())?;
    writeln!(out, "observer sheets written ({bytes} bytes)").map_err(io("write output"))
}

/// One line a group: its number and its trainees.
pub fn groups(trainees: u32, out: &mut dyn Write) -> Result<(), CliError> {
    for group in leerteam_room::groups(trainees).map_err(leerteam_desk::DeskError::from)? {
        let members: Vec<String> = group.trainees.iter().map(u32::to_string).collect();
        writeln!(out, "{}\t{}", group.number, members.join(" ")).map_err(io("write output"))?;
    }
    Ok(())
}

fn language(code: &str) -> Result<Language, CliError> {
    Ok(match Lang::parse(code)? {
        Lang::Nl => Language::Dutch,
        Lang::En => Language::English,
    })
}
