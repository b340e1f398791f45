//! The method's rules for a case: errors refuse a change, warnings are shown and kept.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::case::*;
pub use crate::findings::{Check, Finding, Severity};
use crate::kinds::{DeletedKind, ExperimentStatus, SessionKind};
use crate::practice::{PracticePack, Seat, PARTICIPANT_CARDS, ROUND_STEP_MINUTES};

/// Longest one-line field (title, ward, pseudonym, …), in characters.
pub const LINE_MAX: usize = 200;
/// Longest free text (a perspective, the story, …), in characters: about 40 pages.
pub const TEXT_MAX: usize = 100_000;
/// Processing time between session 1 and session 2, in days, as the method advises.
pub const PROCESSING_DAYS: std::ops::RangeInclusive<i64> = 1..=14;

#[derive(Default)]
struct Findings(Vec<Finding>);

impl Findings {
    fn error(&mut self, check: Check, path: impl Into<String>, message: impl Into<String>) {
        let code = check.code();
        self.0.push(Finding { severity: Severity::Error, code, path: path.into(), message: message.into() });
    }

    fn warning(&mut self, check: Check, path: impl Into<String>, message: impl Into<String>) {
        let code = check.code();
        self.0.push(Finding { severity: Severity::Warning, code, path: path.into(), message: message.into() });
    }

    /// A one-line field: no control characters, at most [`LINE_MAX`] characters.
    fn line(&mut self, path: impl Into<String>, value: &str, required: bool) {
        let path = path.into();
        if required && value.trim().is_empty() {
            self.error(Check::Required, path, "is required");
        } else if value.chars().count() > LINE_MAX {
            self.error(Check::TooLong, path, format!("is longer than {LINE_MAX} characters"));
        } else if value.chars().any(char::is_control) {
            self.error(Check::ControlCharacters, path, "contains control characters (such as a line break)");
        }
    }

    /// Free text: line breaks and tabs allowed, other control characters not, at most [`TEXT_MAX`].
    fn text(&mut self, path: impl Into<String>, value: &str, required: bool) {
        let path = path.into();
        if required && value.trim().is_empty() {
            self.error(Check::Required, path, "is required");
        } else if value.chars().count() > TEXT_MAX {
            self.error(Check::TooLong, path, format!("is longer than {TEXT_MAX} characters"));
        } else if value.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
            self.error(Check::ControlCharacters, path, "contains control characters");
        }
    }

    fn unique_ids(&mut self, path: &str, ids: impl Iterator<Item = LocalId>) -> HashSet<LocalId> {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.error(Check::DuplicateId, path, format!("id {id} is used twice"));
            }
        }
        seen
    }

    fn refers(&mut self, path: String, id: LocalId, known: &HashSet<LocalId>, what: &str) {
        if !known.contains(&id) {
            self.error(Check::UnknownReference, path, format!("refers to {what} {id}, which does not exist"));
        }
    }

    fn links(&mut self, path: String, ids: &[LocalId], known: &HashSet<LocalId>, what: &str) {
        let mut seen = HashSet::new();
        for (i, &id) in ids.iter().enumerate() {
            self.refers(format!("{path}[{i}]"), id, known, what);
            if !seen.insert(id) {
                self.error(Check::DuplicateLink, format!("{path}[{i}]"), format!("links {what} {id} twice"));
            }
        }
    }
}

/// The rules for a change to a stored case: an experiment's status moves only as the method allows
/// (`ExperimentStatus::can_become`), and a new experiment starts as planned, unless it is one put
/// back from the recently deleted.
pub fn check_change(stored: &StoredExperiments, next: &Case) -> Vec<Finding> {
    let mut f = Findings::default();
    for (i, x) in next.experiments.iter().enumerate() {
        let path = format!("experiments[{i}].status");
        match stored.statuses.iter().find(|(id, _)| *id == x.id).map(|(_, status)| *status) {
            Some(old) if old != x.status && !old.can_become(x.status) => {
                f.error(Check::StatusChange, path, format!("cannot go from {old} to {}", x.status));
            }
            Some(_) => {}
            None => {
                let restored = stored.deleted.iter().any(|item| was(item, x));
                if !restored && x.status != ExperimentStatus::Planned {
                    f.error(Check::StatusChange, path, format!("a new experiment starts as planned, not {}", x.status));
                }
            }
        }
    }
    f.0
}

/// What a change is checked against: the stored case's experiments (id and status) and the
/// experiments in its recently deleted (as kept there).
#[derive(Debug, Clone, Default)]
pub struct StoredExperiments {
    pub statuses: Vec<(LocalId, ExperimentStatus)>,
    pub deleted: Vec<serde_json::Value>,
}

impl StoredExperiments {
    pub fn of(case: &Case) -> Self {
        StoredExperiments {
            statuses: case.experiments.iter().map(|x| (x.id, x.status)).collect(),
            deleted: case
                .recently_deleted
                .iter()
                .filter(|d| d.kind == DeletedKind::Experiment)
                .map(|d| d.item.clone())
                .collect(),
        }
    }
}

/// The deleted experiment kept in `item` is `x` put back: the same id, or (when its id was taken
/// meanwhile and it came back under a new one) the same action and status.
fn was(item: &serde_json::Value, x: &Experiment) -> bool {
    let same_id = item.get("id").and_then(serde_json::Value::as_u64) == Some(u64::from(x.id));
    let same = |field: &str, value: &str| item.get(field).and_then(serde_json::Value::as_str) == Some(value);
    same_id || (same("action", &x.action) && same("status", x.status.as_str()))
}

/// Every rule for a whole case. `today` decides what lies in the future.
pub fn check(case: &Case, today: NaiveDate) -> Vec<Finding> {
    let mut f = Findings::default();
    f.line("title", &case.title, true);
    f.line("ward", &case.ward, false);
    if case.event_date.is_some_and(|d| d > today) {
        f.warning(Check::EventInFuture, "event_date", "lies in the future");
    }
    if case.updated_at < case.created_at {
        f.error(Check::DatesOutOfOrder, "updated_at", "is before created_at");
    }
    for (name, value) in [
        ("description", &case.goal.description),
        ("why_learn", &case.goal.why_learn),
        ("expectation", &case.goal.expectation),
        ("scope_in", &case.goal.scope_in),
        ("scope_out", &case.goal.scope_out),
    ] {
        f.text(format!("goal.{name}"), value, false);
    }
    f.text("integrated_picture", &case.integrated_picture, false);
    for (name, value) in [
        ("complexity", &case.insights.complexity),
        ("variability", &case.insights.variability),
        ("coupling", &case.insights.coupling),
    ] {
        f.text(format!("insights.{name}"), value, false);
    }
    for (name, value) in [("text", &case.story.text), ("audience", &case.story.audience), ("asks", &case.story.asks)] {
        f.text(format!("story.{name}"), value, false);
    }
    for (i, hidden) in case.story.review.hidden_names.iter().enumerate() {
        f.line(format!("story.review.hidden_names[{i}].name"), &hidden.name, true);
        f.line(format!("story.review.hidden_names[{i}].replacement"), &hidden.replacement, false);
    }

    let participants = check_participants(&mut f, case);
    check_preconditions(&mut f, case);
    let sessions = check_sessions(&mut f, case);
    let perspectives = f.unique_ids("perspectives", case.perspectives.iter().map(|p| p.id));
    for (i, p) in case.perspectives.iter().enumerate() {
        let at = format!("perspectives[{i}]");
        f.refers(format!("{at}.participant_id"), p.participant_id, &participants, "participant");
        if let Some(session) = p.session_id {
            f.refers(format!("{at}.session_id"), session, &sessions, "session");
        }
        f.text(format!("{at}.text"), &p.text, false);
        f.text(format!("{at}.went_well"), &p.went_well, false);
        f.text(format!("{at}.was_hard"), &p.was_hard, false);
        f.line(format!("{at}.other_emotion"), &p.other_emotion, false);
        if p.emotions.iter().collect::<HashSet<_>>().len() != p.emotions.len() {
            f.error(Check::DuplicateLink, format!("{at}.emotions"), "names an emotion twice");
        }
    }
    let events = f.unique_ids("timeline", case.timeline.iter().map(|e| e.id));
    for (i, e) in case.timeline.iter().enumerate() {
        let at = format!("timeline[{i}]");
        f.line(format!("{at}.at"), &e.at, false);
        f.text(format!("{at}.description"), &e.description, true);
        f.links(format!("{at}.participant_ids"), &e.participant_ids, &participants, "participant");
    }
    let themes = f.unique_ids("themes", case.themes.iter().map(|t| t.id));
    for (i, t) in case.themes.iter().enumerate() {
        let at = format!("themes[{i}]");
        f.line(format!("{at}.title"), &t.title, true);
        f.text(format!("{at}.description"), &t.description, false);
        f.links(format!("{at}.perspective_ids"), &t.perspective_ids, &perspectives, "perspective");
        f.links(format!("{at}.event_ids"), &t.event_ids, &events, "timeline event");
    }
    let learning_points = f.unique_ids("learning_points", case.learning_points.iter().map(|l| l.id));
    for (i, l) in case.learning_points.iter().enumerate() {
        let at = format!("learning_points[{i}]");
        f.text(format!("{at}.text"), &l.text, true);
        if let Some(theme) = l.theme_id {
            f.refers(format!("{at}.theme_id"), theme, &themes, "theme");
        }
    }
    let experiments = check_experiments(&mut f, case, &learning_points);
    check_session_mode(&mut f, case, &participants, &sessions, &experiments);
    if let Some(pack) = &case.practice {
        check_pack(&mut f, pack);
    }
    f.unique_ids("recently_deleted", case.recently_deleted.iter().map(|d| d.id));
    for (i, d) in case.recently_deleted.iter().enumerate() {
        f.line(format!("recently_deleted[{i}].label"), &d.label, false);
    }
    f.0
}

fn check_participants(f: &mut Findings, case: &Case) -> HashSet<LocalId> {
    let ids = f.unique_ids("participants", case.participants.iter().map(|p| p.id));
    let mut pseudonyms = HashSet::new();
    for (i, p) in case.participants.iter().enumerate() {
        let at = format!("participants[{i}]");
        f.line(format!("{at}.discipline"), &p.discipline, false);
        f.line(format!("{at}.name"), p.name.as_deref().unwrap_or_default(), false);
        f.line(format!("{at}.pseudonym"), &p.pseudonym, true);
        f.text(format!("{at}.reflection"), &p.reflection, false);
        if !pseudonyms.insert(p.pseudonym.trim().to_lowercase()) {
            f.error(Check::DuplicatePseudonym, format!("{at}.pseudonym"), "is the same as another participant's");
        }
    }
    ids
}

fn check_preconditions(f: &mut Findings, case: &Case) {
    let mut seen = HashSet::new();
    for (i, c) in case.preconditions.iter().enumerate() {
        if !seen.insert(c.item) {
            f.error(Check::DuplicateId, format!("preconditions[{i}].item"), "is listed twice");
        }
        f.text(format!("preconditions[{i}].note"), &c.note, false);
    }
}

fn check_sessions(f: &mut Findings, case: &Case) -> HashSet<LocalId> {
    let ids = f.unique_ids("sessions", case.sessions.iter().map(|s| s.id));
    for (i, s) in case.sessions.iter().enumerate() {
        f.line(format!("sessions[{i}].place"), &s.place, false);
        f.text(format!("sessions[{i}].notes"), &s.notes, false);
    }
    let first_perspectives =
        case.sessions.iter().filter(|s| s.kind == SessionKind::Perspectives).filter_map(Session::date).min();
    if let Some(first) = first_perspectives {
        for (i, s) in case.sessions.iter().enumerate() {
            if s.kind != SessionKind::Perspectives && s.date().is_some_and(|d| d < first) {
                f.error(
                    Check::SessionOrder,
                    format!("sessions[{i}]"),
                    "is dated before session 1 (sharing perspectives)",
                );
            }
        }
    }
    match case.processing_days() {
        Some(days) if days >= 0 && !PROCESSING_DAYS.contains(&days) => f.warning(
            Check::ProcessingTime,
            "sessions",
            format!("{days} days between session 1 and session 2; the method advises 1 to 14"),
        ),
        _ => {}
    }
    ids
}

fn check_experiments(f: &mut Findings, case: &Case, learning_points: &HashSet<LocalId>) -> HashSet<LocalId> {
    let ids = f.unique_ids("experiments", case.experiments.iter().map(|x| x.id));
    let mut criteria = Vec::new();
    let mut check_ins = Vec::new();
    for (i, x) in case.experiments.iter().enumerate() {
        let at = format!("experiments[{i}]");
        if let Some(lp) = x.learning_point_id {
            f.refers(format!("{at}.learning_point_id"), lp, learning_points, "learning point");
        }
        f.text(format!("{at}.action"), &x.action, true);
        f.text(format!("{at}.prediction"), &x.prediction, false);
        f.line(format!("{at}.owner_role"), &x.owner_role, false);
        f.text(format!("{at}.smallest_scale"), &x.smallest_scale, false);
        if let (Some(start), Some(review)) = (x.start_on, x.review_on) {
            if review < start {
                f.error(Check::DatesOutOfOrder, format!("{at}.review_on"), "is before the start date");
            }
        }
        let mut kinds = HashSet::new();
        for (j, c) in x.criteria.iter().enumerate() {
            f.text(format!("{at}.criteria[{j}].text"), &c.text, true);
            criteria.push(c.id);
            // One outcome, one process and one balancing measure: the form has a field for each.
            if !kinds.insert(c.kind) {
                f.error(
                    Check::CriterionKindRepeated,
                    format!("{at}.criteria"),
                    format!("has more than one {} criterion", c.kind),
                );
            }
        }
        for (j, c) in x.check_ins.iter().enumerate() {
            f.text(format!("{at}.check_ins[{j}].observation"), &c.observation, false);
            f.text(format!("{at}.check_ins[{j}].result"), &c.result, false);
            if x.start_on.is_some_and(|start| c.on < start) {
                f.warning(
                    Check::CheckInBeforeStart,
                    format!("{at}.check_ins[{j}].on"),
                    "is before the experiment started",
                );
            }
            check_ins.push(c.id);
        }
    }
    // Criteria and check-ins are numbered per case, like everything else in it.
    f.unique_ids("experiments[].criteria", criteria.into_iter());
    f.unique_ids("experiments[].check_ins", check_ins.into_iter());
    ids
}

/// What session mode keeps: who was heard, the questions used, the notes' tags, the parked fixes.
fn check_session_mode(
    f: &mut Findings,
    case: &Case,
    participants: &HashSet<LocalId>,
    sessions: &HashSet<LocalId>,
    experiments: &HashSet<LocalId>,
) {
    for (i, s) in case.sessions.iter().enumerate() {
        f.links(format!("sessions[{i}].heard"), &s.heard, participants, "participant");
        for (j, key) in s.questions_used.iter().enumerate() {
            f.line(format!("sessions[{i}].questions_used[{j}]"), key, true);
        }
        for (j, mark) in s.marks.iter().enumerate() {
            if let Some(p) = mark.participant_id {
                f.refers(format!("sessions[{i}].marks[{j}].participant_id"), p, participants, "participant");
            }
        }
    }
    f.unique_ids("parked", case.parked.iter().map(|p| p.id));
    for (i, fix) in case.parked.iter().enumerate() {
        let at = format!("parked[{i}]");
        f.text(format!("{at}.text"), &fix.text, true);
        if let Some(s) = fix.session_id {
            f.refers(format!("{at}.session_id"), s, sessions, "session");
        }
        if let Some(p) = fix.participant_id {
            f.refers(format!("{at}.participant_id"), p, participants, "participant");
        }
        if let Some(x) = fix.experiment_id {
            f.refers(format!("{at}.experiment_id"), x, experiments, "experiment");
        }
    }
}

/// A practice pack's rules: what a card, a round and a training day need.
fn check_pack(f: &mut Findings, pack: &PracticePack) {
    f.line("practice.title", &pack.title, true);
    f.line("practice.ward", &pack.ward, false);
    f.text("practice.situation", &pack.situation, true);
    f.text("practice.trainer_view", &pack.trainer_view, true);
    let facilitators = pack.roles.iter().filter(|card| card.seat == Seat::Facilitator).count();
    let participants = pack.participant_cards().count();
    if facilitators != 1 || !PARTICIPANT_CARDS.contains(&participants) {
        f.error(
            Check::PackSeats,
            "practice.roles",
            format!(
                "needs one facilitator card and {} to {} participant cards (has {facilitators} and {participants})",
                PARTICIPANT_CARDS.start(),
                PARTICIPANT_CARDS.end()
            ),
        );
    }
    let mut titles = HashSet::new();
    for (i, card) in pack.roles.iter().enumerate() {
        let at = format!("practice.roles[{i}]");
        f.line(format!("{at}.title"), &card.title, true);
        f.text(format!("{at}.known"), &card.known, false);
        f.text(format!("{at}.secret"), &card.secret, true);
        if !titles.insert(card.title.trim().to_lowercase()) {
            f.error(Check::DuplicatePseudonym, format!("{at}.title"), "is the same as another card's");
        }
    }
    if pack.plenary_questions.is_empty() {
        f.error(Check::Required, "practice.plenary_questions", "needs at least one question");
    }
    for (i, question) in pack.plenary_questions.iter().enumerate() {
        f.line(format!("practice.plenary_questions[{i}]"), question, true);
    }
    let mut steps = HashSet::new();
    for (i, step) in pack.round.iter().enumerate() {
        if !ROUND_STEP_MINUTES.contains(&step.minutes) {
            let (low, high) = (ROUND_STEP_MINUTES.start(), ROUND_STEP_MINUTES.end());
            f.error(Check::RoundMinutes, format!("practice.round[{i}].minutes"), format!("must be {low} to {high}"));
        }
        if !steps.insert(step.step) {
            f.error(Check::DuplicateId, format!("practice.round[{i}].step"), "is listed twice");
        }
    }
}
