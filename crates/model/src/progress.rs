//! Where a case stands in the method: what is still open in each phase, and which phase that suggests.
//! The facilitator chooses the current phase; these only inform the phase bar.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::case::{Case, LocalId};
use crate::kinds::{ExperimentStatus, LearningKind, Phase, SessionKind};
use crate::validate::PROCESSING_DAYS;

/// One thing still open in a phase, as a stable code the UI translates ("no_participants").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct OpenItem {
    pub phase: Phase,
    pub code: &'static str,
    /// How many, where that means something (participants without a perspective, …).
    pub count: u32,
}

/// Everything still open, phase by phase, on `today` (for overdue reviews).
pub fn open_items(case: &Case, today: NaiveDate) -> Vec<OpenItem> {
    let mut items = Vec::new();
    let mut open = |phase, code, count: usize| {
        if count > 0 {
            items.push(OpenItem { phase, code, count: count as u32 });
        }
    };
    use Phase::*;
    open(GoalAndScope, "no_description", case.goal.description.trim().is_empty() as usize);
    open(GoalAndScope, "no_why", case.goal.why_learn.trim().is_empty() as usize);
    open(GoalAndScope, "no_participants", case.participants.is_empty() as usize);
    open(GoalAndScope, "preconditions_open", case.preconditions.iter().filter(|c| !c.met).count());

    let without_perspective =
        case.participants.iter().filter(|p| !case.perspectives.iter().any(|v| v.participant_id == p.id)).count();
    open(SharingPerspectives, "no_session_one", !has_session(case, SessionKind::Perspectives) as usize);
    open(SharingPerspectives, "participants_without_perspective", without_perspective);
    open(SharingPerspectives, "no_timeline", case.timeline.is_empty() as usize);
    open(SharingPerspectives, "no_integrated_picture", case.integrated_picture.trim().is_empty() as usize);

    open(ProcessingTime, "no_session_two", !has_session(case, SessionKind::RedThread) as usize);
    let odd_gap = case.processing_days().is_some_and(|d| !PROCESSING_DAYS.contains(&d));
    open(ProcessingTime, "processing_time_outside_advice", odd_gap as usize);

    open(RedThread, "no_themes", case.themes.is_empty() as usize);
    for (kind, code) in [(LearningKind::Keep, "no_keep_points"), (LearningKind::Change, "no_change_points")] {
        open(RedThread, code, (!case.learning_points.iter().any(|l| l.kind == kind)) as usize);
    }

    let change_without_experiment = case
        .learning_points
        .iter()
        .filter(|l| l.kind == LearningKind::Change)
        .filter(|l| !case.experiments.iter().any(|x| x.learning_point_id == Some(l.id)))
        .count();
    open(SafetyNets, "change_points_without_experiment", change_without_experiment);

    open(
        SuccessCriteria,
        "experiments_without_criteria",
        case.experiments.iter().filter(|x| x.criteria.is_empty()).count(),
    );
    open(
        SuccessCriteria,
        "experiments_without_review",
        case.experiments.iter().filter(|x| x.review_on.is_none()).count(),
    );
    open(SuccessCriteria, "overdue_reviews", case.overdue_experiments(today).count());

    open(Story, "no_story", case.story.text.trim().is_empty() as usize);
    items
}

/// The furthest phase the case has work in: a suggestion for the current phase, never a rule.
pub fn suggested_phase(case: &Case) -> Phase {
    use Phase::*;
    let reached = [
        (Story, !case.story.text.trim().is_empty()),
        (SuccessCriteria, case.experiments.iter().any(|x| !x.criteria.is_empty() || !x.check_ins.is_empty())),
        (SafetyNets, !case.experiments.is_empty()),
        (RedThread, !case.themes.is_empty() || !case.learning_points.is_empty()),
        (
            ProcessingTime,
            has_session(case, SessionKind::RedThread)
                || case.participants.iter().any(|p| !p.reflection.trim().is_empty()),
        ),
        (SharingPerspectives, !case.perspectives.is_empty() || !case.timeline.is_empty()),
    ];
    reached.iter().find(|(_, done)| *done).map_or(GoalAndScope, |(phase, _)| *phase)
}

fn has_session(case: &Case, kind: SessionKind) -> bool {
    case.sessions.iter().any(|s| s.kind == kind && s.date().is_some())
}

/// What Rust works out from a case, once, for every front end: the UI shows these and computes
/// none of them itself.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CaseFacts {
    /// 1 to 7.
    pub phase_number: u8,
    /// Days between the first perspectives session and the first red-thread session (their held
    /// date, else their planned date), when both have one. (A number in JSON, never near 2^53.)
    #[ts(type = "number | null")]
    pub processing_days: Option<i64>,
    /// Whether those days are within what the method advises (1 to 14).
    pub processing: ProcessingTime,
    /// The earliest review date of an experiment still being followed.
    pub next_review: Option<NaiveDate>,
    pub overdue_reviews: u32,
    pub experiments: Vec<ExperimentFacts>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ProcessingTime {
    NoDates,
    TooShort,
    Advised,
    TooLong,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ExperimentFacts {
    pub id: LocalId,
    pub overdue: bool,
    /// The decisions the method allows from its status now, "continue" (running) included.
    pub next_statuses: Vec<ExperimentStatus>,
}

pub fn facts(case: &Case, today: NaiveDate) -> CaseFacts {
    let processing_days = case.processing_days();
    let processing = match processing_days {
        None => ProcessingTime::NoDates,
        Some(days) if days < *PROCESSING_DAYS.start() => ProcessingTime::TooShort,
        Some(days) if days > *PROCESSING_DAYS.end() => ProcessingTime::TooLong,
        Some(_) => ProcessingTime::Advised,
    };
    let experiments = case
        .experiments
        .iter()
        .map(|x| ExperimentFacts { id: x.id, overdue: x.is_overdue(today), next_statuses: x.status.next() })
        .collect();
    CaseFacts {
        phase_number: case.phase.number(),
        processing_days,
        processing,
        next_review: case.experiments.iter().filter(|x| x.status.is_open()).filter_map(|x| x.review_on).min(),
        overdue_reviews: case.overdue_experiments(today).count() as u32,
        experiments,
    }
}
