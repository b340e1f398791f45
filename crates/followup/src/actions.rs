//! The experiments as a quality department's action list: one row per experiment with its case's
//! short reference (never the title), what it is, the learning point it serves, the owner's role,
//! start, next review, status, criteria and the last check-in. The case's words in it pass the
//! privacy scan first, so no name leaves in a cell. Written as XLSX or CSV.

use chrono::NaiveDate;
use leerteam_model::{Case, Experiment, LocalId, StorySettings};
use leerteam_story::{Lang, StoryError};
use serde::Deserialize;
use ts_rs::TS;

use crate::calendar::reference;
use crate::csv::{self, Dialect};
use crate::xlsx::{self, Cell, Sheet};

/// The file an action list is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ActionsFormat {
    /// An Excel workbook.
    Xlsx,
    /// CSV as RFC 4180 has it, for other programs.
    Csv,
    /// CSV for Excel with Dutch settings: ";" and a byte order mark.
    CsvDutchExcel,
}

impl ActionsFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ActionsFormat::Xlsx => "xlsx",
            ActionsFormat::Csv | ActionsFormat::CsvDutchExcel => "csv",
        }
    }
}

/// One experiment as a row of the list, its texts already through the scan.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionRow {
    pub case: String,
    pub experiment: LocalId,
    pub title: String,
    pub description: String,
    pub prediction: String,
    pub learning_point: String,
    pub owner_role: String,
    pub start: Option<NaiveDate>,
    pub next_review: Option<NaiveDate>,
    pub status: String,
    pub criteria: String,
    pub last_check_in: String,
}

/// The rows of `case`'s experiments (those in `only`, or all), in the case's order.
pub fn case_actions(
    case: &Case,
    only: Option<&[LocalId]>,
    settings: &StorySettings,
    lang: Lang,
) -> Result<Vec<ActionRow>, StoryError> {
    let chosen: Vec<&Experiment> =
        case.experiments.iter().filter(|x| only.is_none_or(|ids| ids.contains(&x.id))).collect();
    // Every free text of every chosen experiment, scanned in one go: one person, one pseudonym.
    const TEXTS: usize = 5;
    let texts = chosen.iter().flat_map(|x| {
        let learning_point = x
            .learning_point_id
            .and_then(|id| case.learning_points.iter().find(|p| p.id == id))
            .map(|p| p.text.clone())
            .unwrap_or_default();
        let last = last_check_in(x).map(|c| c.result.clone()).unwrap_or_default();
        [x.action.clone(), x.prediction.clone(), learning_point, x.owner_role.clone(), last]
            .into_iter()
            .chain(x.criteria.iter().map(|c| c.text.clone()))
    });
    let texts: Vec<String> = texts.collect();
    let mut clean = leerteam_story::anonymised(case, settings, lang, texts)?.into_iter();
    let mut rows = Vec::with_capacity(chosen.len());
    for x in chosen {
        let mut next = || clean.next().unwrap_or_default();
        let [action, prediction, learning_point, owner_role, last] = [(); TEXTS].map(|()| next());
        let criteria: Vec<String> = x
            .criteria
            .iter()
            .map(|c| format!("{}: {}", leerteam_story::criterion(lang, c.kind), clean.next().unwrap_or_default()))
            .collect();
        let last_check_in = match last_check_in(x) {
            Some(c) if last.is_empty() => c.on.format("%Y-%m-%d").to_string(),
            Some(c) => format!("{}: {last}", c.on.format("%Y-%m-%d")),
            None => String::new(),
        };
        rows.push(ActionRow {
            case: reference(case.id),
            experiment: x.id,
            title: title_of(&action),
            description: action,
            prediction,
            learning_point,
            owner_role,
            start: x.start_on,
            next_review: x.review_on,
            status: leerteam_story::experiment_status(lang, x.status).to_owned(),
            criteria: criteria.join("\n"),
            last_check_in,
        });
    }
    Ok(rows)
}

fn last_check_in(x: &Experiment) -> Option<&leerteam_model::CheckIn> {
    x.check_ins.iter().max_by_key(|c| (c.on, c.id))
}

/// A title for a list: the first sentence of the action, at most 80 characters.
fn title_of(action: &str) -> String {
    // A sentence ends at a full stop before a space or the end, not inside "2.5 mg" or "o.a.".
    let end = action
        .char_indices()
        .find(|&(i, c)| {
            c == '\n'
                || (matches!(c, '.' | '!' | '?') && action[i + 1..].chars().next().is_none_or(char::is_whitespace))
        })
        .map_or(action.len(), |(i, _)| i);
    let first = action[..end].trim();
    if first.chars().count() <= 80 {
        return first.to_owned();
    }
    let cut: String = first.chars().take(79).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}

/// The list as the bytes of a file.
pub fn write_actions(rows: &[ActionRow], format: ActionsFormat, lang: Lang) -> Vec<u8> {
    let columns = columns(lang);
    match format {
        ActionsFormat::Xlsx => xlsx::workbook(&Sheet {
            name: if lang == Lang::Nl { "Acties" } else { "Actions" }.to_owned(),
            columns: columns.iter().map(|(h, w)| ((*h).to_owned(), *w)).collect(),
            rows: rows.iter().map(cells).collect(),
        }),
        ActionsFormat::Csv | ActionsFormat::CsvDutchExcel => {
            let dialect = if format == ActionsFormat::Csv { Dialect::Rfc4180 } else { Dialect::DutchExcel };
            let header: Vec<String> = columns.iter().map(|(h, _)| (*h).to_owned()).collect();
            let day = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
            let records: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    vec![
                        r.case.clone(),
                        r.experiment.to_string(),
                        r.title.clone(),
                        r.description.clone(),
                        r.prediction.clone(),
                        r.learning_point.clone(),
                        r.owner_role.clone(),
                        day(r.start),
                        day(r.next_review),
                        r.status.clone(),
                        r.criteria.clone(),
                        r.last_check_in.clone(),
                    ]
                })
                .collect();
            csv::to_csv(&header, &records, dialect).into_bytes()
        }
    }
}

fn cells(r: &ActionRow) -> Vec<Cell> {
    let text = |t: &str| if t.is_empty() { Cell::Empty } else { Cell::Text(t.to_owned()) };
    let day = |d: Option<NaiveDate>| d.map_or(Cell::Empty, Cell::Date);
    vec![
        Cell::Text(r.case.clone()),
        Cell::Number(r.experiment),
        text(&r.title),
        text(&r.description),
        text(&r.prediction),
        text(&r.learning_point),
        text(&r.owner_role),
        day(r.start),
        day(r.next_review),
        text(&r.status),
        text(&r.criteria),
        text(&r.last_check_in),
    ]
}

/// The headers and widths (in characters) of the columns.
fn columns(lang: Lang) -> [(&'static str, f32); 12] {
    match lang {
        Lang::Nl => [
            ("Casus", 11.0),
            ("Experiment", 11.0),
            ("Titel", 34.0),
            ("Beschrijving", 48.0),
            ("Verwachting", 36.0),
            ("Leerpunt", 36.0),
            ("Eigenaar (rol)", 18.0),
            ("Start", 12.0),
            ("Volgende review", 15.0),
            ("Status", 12.0),
            ("Criteria", 40.0),
            ("Laatste check-in", 36.0),
        ],
        Lang::En => [
            ("Case", 11.0),
            ("Experiment", 11.0),
            ("Title", 34.0),
            ("Description", 48.0),
            ("Prediction", 36.0),
            ("Learning point", 36.0),
            ("Owner (role)", 18.0),
            ("Start", 12.0),
            ("Next review", 15.0),
            ("Status", 12.0),
            ("Criteria", 40.0),
            ("Last check-in", 36.0),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_the_first_sentence_cut_at_a_word() {
        assert_eq!(title_of("Dubbele check bij insuline. Daarna evalueren."), "Dubbele check bij insuline");
        assert_eq!(title_of("Geef 2.5 mg bij pijn. Meer niet."), "Geef 2.5 mg bij pijn");
        let long =
            "Een heel lange zin over een experiment dat veel te veel woorden heeft om als titel in een lijst te passen";
        let title = title_of(long);
        assert!(title.ends_with('…') && title.chars().count() <= 80, "{title}");
        assert!(long.starts_with(title.trim_end_matches('…')));
    }
}
