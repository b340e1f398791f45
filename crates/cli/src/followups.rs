//! `leerteam followup list`, `leerteam calendar` and `leerteam export-actions`: what is due across
//! the cases, the calendar files of sessions and reviews (no case text in them), and the action
//! list for the hospital's systems.

use std::io::Write;
use std::path::Path;

use chrono::Utc;
use leerteam_desk::{ActionsFormat, BoardFilter};
use leerteam_story::Lang;

use crate::cases::parse_id;
use crate::error::{io, CliError};
use crate::vaults::open;
use crate::PassphraseArgs;

/// Which experiments `followup list` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Show {
    All,
    Overdue,
    DueThisWeek,
    NoCriteria,
    NoOwner,
}

pub fn list(
    dir: &Path,
    show: Show,
    quiet_weeks: Option<u32>,
    json: bool,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let filter = match (quiet_weeks, show) {
        (Some(weeks), _) => BoardFilter::Quiet { weeks },
        (None, Show::All) => BoardFilter::All,
        (None, Show::Overdue) => BoardFilter::Overdue,
        (None, Show::DueThisWeek) => BoardFilter::DueThisWeek,
        (None, Show::NoCriteria) => BoardFilter::NoCriteria,
        (None, Show::NoOwner) => BoardFilter::NoOwner,
    };
    let items = open(dir, pass)?.follow_up(Utc::now().date_naive(), filter)?;
    if json {
        let text = serde_json::to_string_pretty(&items).map_err(|e| io("write JSON")(e.into()))?;
        return writeln!(out, "{text}").map_err(io("write output"));
    }
    for item in items {
        let review = item.next_review.map_or_else(|| "-".to_owned(), |d| d.to_string());
        writeln!(
            out,
            "{}\t{}\t{}\t{review}\t{}\t{}",
            item.case_id, item.experiment_id, item.status, item.days_overdue, item.action
        )
        .map_err(io("write output"))?;
    }
    Ok(())
}

pub fn calendar(
    dir: &Path,
    case_id: Option<&str>,
    file: &Path,
    lang: &str,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let id = case_id.map(parse_id).transpose()?;
    let lang = Lang::parse(lang)?;
    let desk = open(dir, pass)?;
    let now = Utc::now();
    let text = match id {
        Some(id) => desk.case_calendar(id, lang, now)?,
        None => desk.reviews_calendar(lang, now)?,
    };
    leerteam_vault::write_export(file, text.as_bytes())?;
    let events = text.matches("BEGIN:VEVENT").count();
    let noun = if events == 1 { "event" } else { "events" };
    writeln!(out, "{events} {noun} written").map_err(io("write output"))
}

pub fn export_actions(
    dir: &Path,
    case_id: Option<&str>,
    file: &Path,
    dutch_excel: bool,
    lang: &str,
    pass: &PassphraseArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    // Check the arguments before asking for a passphrase.
    let id = case_id.map(parse_id).transpose()?;
    let lang = Lang::parse(lang)?;
    let extension = file.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let format = match (extension.as_deref(), dutch_excel) {
        (Some("xlsx"), false) => ActionsFormat::Xlsx,
        (Some("csv"), false) => ActionsFormat::Csv,
        (Some("csv"), true) => ActionsFormat::CsvDutchExcel,
        (Some("xlsx"), true) => return Err(CliError::Usage("--dutch-excel is for a .csv file".into())),
        _ => return Err(CliError::Usage("the action list's file must end in .xlsx or .csv".into())),
    };
    let rows = open(dir, pass)?.export_actions(id, format, lang, file, Utc::now().date_naive())?;
    let noun = if rows == 1 { "experiment" } else { "experiments" };
    writeln!(out, "{rows} {noun} written").map_err(io("write output"))
}
