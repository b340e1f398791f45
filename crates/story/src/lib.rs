//! The learning story (phase 7): a case assembled into a document for others, the privacy scan
//! that runs before anything leaves the vault, and the writers for HTML and PDF. No Tauri here:
//! the app and the CLI call the same functions.

mod bidi;
mod document;
mod error;
mod html;
mod labels;
mod pdf;
mod scan;

use chrono::NaiveDate;
use leerteam_model::{Case, StorySettings};

pub use document::{assemble, Bar, Block, Document, Section, TimelineRow};
pub use error::StoryError;
pub use html::{escape as escape_html, to_article, to_html};
pub use labels::{Lang, Words};
pub use pdf::to_pdf;
pub use scan::{compile_record_pattern, passes_eleven_check, Finding, FindingKind, Hit, Place, Scanner};

/// Which findings stay as they are in the story that leaves the vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Those the facilitator chose to keep in the review; everything else is replaced.
    AsDecided,
    /// All of them: nothing is replaced (`--keep-identifiers`).
    Everything,
}

/// The story of `case` with its findings, for the review screen: the document still as written.
pub fn review(case: &Case, settings: &StorySettings, lang: Lang, today: NaiveDate) -> Result<Vec<Finding>, StoryError> {
    let scanner = Scanner::new(case, settings, lang)?;
    let mut document = assemble(case, settings, lang, today);
    Ok(scanner.findings(&mut document, &case.story.review))
}

/// The story as it leaves the vault: every replacement applied unless kept.
pub fn prepare(
    case: &Case,
    settings: &StorySettings,
    lang: Lang,
    today: NaiveDate,
    keep: Keep,
) -> Result<Document, StoryError> {
    let scanner = Scanner::new(case, settings, lang)?;
    let mut document = assemble(case, settings, lang, today);
    if keep == Keep::AsDecided {
        scanner.apply(&mut document, |key| scan::is_kept(&case.story.review, key));
    }
    Ok(document)
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
