//! The follow-up board: every experiment still being followed (planned, running or adapted) in
//! the active cases, with what a facilitator needs to chase it, overdue first. Made of what
//! `leerteam_model::load_followed` reads, not of whole cases.

use chrono::NaiveDate;
use leerteam_model::{Case, CaseStatus, CriterionKind, ExperimentStatus, Followed, LocalId};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// One experiment on the board.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FollowUpItem {
    pub case_id: Uuid,
    pub case_title: String,
    pub experiment_id: LocalId,
    pub action: String,
    /// The text of the learning point it serves, when it serves one.
    pub learning_point: Option<String>,
    pub owner_role: String,
    pub status: ExperimentStatus,
    pub next_review: Option<NaiveDate>,
    /// Days since the review date passed; 0 when it is not overdue.
    pub days_overdue: u32,
    /// The kinds of success criterion it has (outcome, process, balancing).
    pub criteria: Vec<CriterionKind>,
    pub last_check_in: Option<LastCheckIn>,
    /// The decisions the method allows from its status, for recording one from the board.
    pub next_statuses: Vec<ExperimentStatus>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LastCheckIn {
    pub on: NaiveDate,
    pub result: String,
}

/// Which experiments the board shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[ts(export)]
pub enum BoardFilter {
    #[default]
    All,
    Overdue,
    /// A review date from today to six days ahead.
    DueThisWeek,
    NoCriteria,
    NoOwner,
    /// No check-in for this many weeks (counted from the start, or else the review date set).
    Quiet {
        weeks: u32,
    },
}

impl BoardFilter {
    fn keeps(self, item: &FollowUpItem, today: NaiveDate) -> bool {
        match self {
            BoardFilter::All => true,
            BoardFilter::Overdue => item.days_overdue > 0,
            BoardFilter::DueThisWeek => item.next_review.is_some_and(|d| d >= today && (d - today).num_days() < 7),
            BoardFilter::NoCriteria => item.criteria.is_empty(),
            BoardFilter::NoOwner => item.owner_role.trim().is_empty(),
            BoardFilter::Quiet { weeks } => {
                let last = item.last_check_in.as_ref().map(|c| c.on);
                last.is_none_or(|on| (today - on).num_days() >= i64::from(weeks) * 7)
            }
        }
    }
}

/// The board on `today` of the experiments still followed (`leerteam_model::load_followed`):
/// overdue first (longest overdue on top), then by review date (none last), then by case and
/// experiment.
pub fn board(followed: &[Followed], today: NaiveDate, filter: BoardFilter) -> Vec<FollowUpItem> {
    let mut items: Vec<FollowUpItem> =
        followed.iter().map(|f| item(f, today)).filter(|item| filter.keeps(item, today)).collect();
    items.sort_by(|a, b| {
        let review = |i: &FollowUpItem| (i.next_review.is_none(), i.next_review);
        (std::cmp::Reverse(a.days_overdue), review(a), a.case_id, a.experiment_id).cmp(&(
            std::cmp::Reverse(b.days_overdue),
            review(b),
            b.case_id,
            b.experiment_id,
        ))
    });
    items
}

/// The experiments a case has on the board, as `load_followed` reads them from the vault.
pub fn followed_in(case: &Case) -> Vec<Followed> {
    if case.status != CaseStatus::Active {
        return Vec::new();
    }
    let point = |id: Option<LocalId>| id.and_then(|id| case.learning_points.iter().find(|l| l.id == id));
    let open = case.experiments.iter().filter(|x| x.status.is_open());
    open.map(|x| Followed {
        case_id: case.id,
        case_title: case.title.clone(),
        learning_point: point(x.learning_point_id).map(|l| l.text.clone()),
        experiment: x.clone(),
    })
    .collect()
}

fn item(followed: &Followed, today: NaiveDate) -> FollowUpItem {
    let x = &followed.experiment;
    let days_overdue = match x.review_on {
        Some(review) if x.is_overdue(today) => u32::try_from((today - review).num_days()).unwrap_or(u32::MAX),
        _ => 0,
    };
    let mut criteria: Vec<CriterionKind> = x.criteria.iter().map(|c| c.kind).collect();
    criteria.sort_by_key(|k| CriterionKind::ALL.iter().position(|a| a == k));
    let last_check_in =
        x.check_ins.iter().max_by_key(|c| (c.on, c.id)).map(|c| LastCheckIn { on: c.on, result: c.result.clone() });
    FollowUpItem {
        case_id: followed.case_id,
        case_title: followed.case_title.clone(),
        experiment_id: x.id,
        action: x.action.clone(),
        learning_point: followed.learning_point.clone(),
        owner_role: x.owner_role.clone(),
        status: x.status,
        next_review: x.review_on,
        days_overdue,
        criteria,
        last_check_in,
        next_statuses: x.status.next(),
    }
}
