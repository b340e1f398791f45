//! The learning story (phase 7): a case assembled into a document for others, the privacy scan
//! that runs before anything leaves the vault, and the writers for HTML and PDF. No Tauri here:
//! the app and the CLI call the same functions.

mod bidi;
mod document;
mod error;
pub mod evaluation;
mod general;
mod html;
mod invitation;
mod labels;
mod lexicon;
mod pdf;
mod people;
mod scan;
mod sheet;
mod text;
mod vocabulary;

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use leerteam_model::{Case, StoryExport, StorySettings};

pub use document::{assemble, Bar, Block, Document, Section, TimelineRow};
pub use error::StoryError;
pub use html::{escape as escape_html, to_article, to_article_under, to_html};
pub use invitation::{invitation, invitation_file_name};
pub use labels::{Lang, Words};
pub use pdf::to_pdf;
pub use people::People;
pub use scan::{
    compile_record_pattern, decision, passes_eleven_check, rule_timings, Decision, Finding, FindingKind, Hit, Place,
    Scanner,
};
pub use sheet::{recovery_sheet, sheet_file_name};
pub use text::to_text;
pub use vocabulary::{criterion, experiment_status, meeting, vocabulary_words_ts};

/// Which findings stay as they are in the story that leaves the vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Those the facilitator chose to keep in the review; everything else is replaced.
    AsDecided,
    /// All of them: nothing is replaced (`--keep-identifiers`).
    Everything,
}

/// A story ready to leave the vault: the document with the replacements applied, and what the scan
/// found in it as written (with the facilitator's decisions).
#[derive(Debug, Clone)]
pub struct Prepared {
    pub document: Document,
    pub findings: Vec<Finding>,
    keep: Keep,
}

impl Prepared {
    /// The record kept with the case when this story leaves the vault as `path`: never its folder.
    pub fn record(&self, path: &Path, now: DateTime<Utc>) -> StoryExport {
        StoryExport {
            at: now,
            file_name: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            lang: self.document.lang.code().into(),
            kept: kept_keys(&self.findings, self.keep),
        }
    }
}

/// Assembles the story of `case` once, scans it, and applies every replacement not kept.
pub fn prepare(
    case: &Case,
    settings: &StorySettings,
    lang: Lang,
    today: NaiveDate,
    keep: Keep,
) -> Result<Prepared, StoryError> {
    let scanner = Scanner::new(case, settings, lang)?;
    let mut document = assemble(case, settings, lang, today);
    let findings = scanner.scan(&mut document, &case.story.review, keep == Keep::AsDecided);
    Ok(Prepared { document, findings, keep })
}

/// The case's own words as they may leave the vault in a letter or a list (not the story, which has
/// its review): scanned together, so one person has one pseudonym across them, and rewritten as the
/// review decided; the names of participants are always replaced, kept in the story or not. Each
/// text comes back trimmed, in the order given.
pub fn anonymised(
    case: &Case,
    settings: &StorySettings,
    lang: Lang,
    texts: impl IntoIterator<Item = String>,
) -> Result<Vec<String>, StoryError> {
    rewritten(case, settings, lang, texts, |key| match decision(&case.story.review, key) {
        _ if key.starts_with("name:") => Decision::Replace,
        chosen => chosen,
    })
}

/// The case's own words as a projector may show them to the room: every identifier the scan finds
/// is replaced, whatever the story's review kept; details (times, dates, ages) stay as written.
pub fn anonymised_strictly(
    case: &Case,
    settings: &StorySettings,
    lang: Lang,
    texts: impl IntoIterator<Item = String>,
) -> Result<Vec<String>, StoryError> {
    rewritten(case, settings, lang, texts, |_| Decision::Replace)
}

fn rewritten(
    case: &Case,
    settings: &StorySettings,
    lang: Lang,
    texts: impl IntoIterator<Item = String>,
    choose: impl Fn(&str) -> Decision,
) -> Result<Vec<String>, StoryError> {
    let mut document = Document {
        lang,
        kind_of_document: String::new(),
        title: String::new(),
        facts: Vec::new(),
        sections: vec![Section {
            heading: String::new(),
            blocks: texts.into_iter().map(|text| Block::Paragraph(text.trim().to_owned())).collect(),
        }],
    };
    Scanner::new(case, settings, lang)?.apply(&mut document, choose);
    Ok(document
        .sections
        .remove(0)
        .blocks
        .into_iter()
        .map(|block| match block {
            Block::Paragraph(text) => text,
            _ => String::new(),
        })
        .collect())
}

/// The name a save dialog suggests for the story's PDF: the kind of document and the day, never the
/// case's title, which may hold what the scan replaces.
pub fn suggested_file_name(lang: Lang, today: NaiveDate) -> String {
    let stem = if lang == Lang::Nl { "leerverhaal" } else { "learning-story" };
    format!("{stem}-{}.pdf", today.format("%Y-%m-%d"))
}

/// What the scan finds in the story of `case`, with the facilitator's decisions.
pub fn review(case: &Case, settings: &StorySettings, lang: Lang, today: NaiveDate) -> Result<Vec<Finding>, StoryError> {
    // Keep::Everything: the findings are all that is wanted, so nothing is replaced.
    Ok(prepare(case, settings, lang, today, Keep::Everything)?.findings)
}

/// The keys of the findings an export leaves as written, for its record with the case: those the
/// facilitator kept, or every replaceable one when nothing is replaced.
pub fn kept_keys(findings: &[Finding], keep: Keep) -> Vec<String> {
    findings
        .iter()
        .filter(|f| f.replacement.is_some() && (keep == Keep::Everything || f.keep))
        .map(|f| f.key.clone())
        .collect()
}
