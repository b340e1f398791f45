//! `leerteam followup list` and `leerteam calendar`: what is due across the cases, and the
//! calendar files of sessions and reviews (no case text in them).

use std::io::Write;
use std::path::Path;

use chrono::Utc;
use leerteam_desk::BoardFilter;
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
