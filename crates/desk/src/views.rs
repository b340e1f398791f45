//! What the front ends show of a case and of its story's privacy review.

use chrono::NaiveDate;
use leerteam_followup::{BoardFilter, FollowUpItem};
use leerteam_model::{Case, CaseFacts, OpenItem, Phase};
use leerteam_story::Finding;
use serde::Serialize;
use ts_rs::TS;

/// A case as the workspace shows it: the case, what is still open per phase, the phase that what
/// is filled in suggests, and the facts Rust derives from it.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct CaseView {
    pub case: Case,
    pub open_items: Vec<OpenItem>,
    pub suggested_phase: Phase,
    pub facts: CaseFacts,
    /// The case's experiments still being followed, overdue first, as the board has them: what a
    /// session of the case starts with.
    pub follow_up: Vec<FollowUpItem>,
}

impl CaseView {
    pub fn of(case: Case, today: NaiveDate) -> Self {
        CaseView {
            follow_up: leerteam_followup::board(&leerteam_followup::followed_in(&case), today, BoardFilter::All),
            open_items: leerteam_model::open_items(&case, today),
            suggested_phase: leerteam_model::suggested_phase(&case),
            facts: leerteam_model::facts(&case, today),
            case,
        }
    }
}

/// The privacy review of a learning story: what the scan found, with the facilitator's decisions,
/// and the story as it would leave the vault now.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct StoryReview {
    pub findings: Vec<Finding>,
    /// The story with the replacements applied, as an HTML article (escaped, no scripts or styles).
    pub preview: String,
}

/// A backup of the vault as the app lists it: when, which save, how many cases it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BackupView {
    pub name: String,
    #[ts(type = "number")]
    pub generation: u64,
    pub saved_at: chrono::DateTime<chrono::Utc>,
    /// `None` when the backup cannot be read (damaged).
    pub cases: Option<u32>,
}
