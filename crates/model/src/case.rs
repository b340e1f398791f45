//! One case with everything under it: the shape of the JSON export and of what the app shows.
//!
//! Ids of things inside a case are small numbers local to the case, so a case can be exported and
//! imported (under a new case id) without renumbering anything.

use chrono::{DateTime, NaiveDate, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::kinds::*;

pub type LocalId = u32;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: Uuid,
    pub kind: CaseKind,
    /// One line, 1 to 200 characters.
    pub title: String,
    #[serde(default)]
    pub ward: String,
    /// The day of the event, if the case is about one.
    #[serde(default)]
    pub event_date: Option<NaiveDate>,
    pub phase: Phase,
    pub status: CaseStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    #[serde(default)]
    pub goal: Goal,
    #[serde(default)]
    pub participants: Vec<Participant>,
    #[serde(default)]
    pub preconditions: Vec<PreconditionCheck>,
    #[serde(default)]
    pub sessions: Vec<Session>,
    #[serde(default)]
    pub perspectives: Vec<Perspective>,
    #[serde(default)]
    pub timeline: Vec<TimelineEvent>,
    /// The picture of what happened that the group agrees on after session 1.
    #[serde(default)]
    pub integrated_picture: String,
    #[serde(default)]
    pub themes: Vec<Theme>,
    #[serde(default)]
    pub learning_points: Vec<LearningPoint>,
    #[serde(default)]
    pub insights: Insights,
    #[serde(default)]
    pub experiments: Vec<Experiment>,
    /// Fixes raised in the sessions and parked for later; phase 5 offers them as seeds.
    #[serde(default)]
    pub parked: Vec<ParkedFix>,
    /// The text meant for others, kept apart from the raw notes above.
    #[serde(default)]
    pub story: Story,
    /// What was deleted from the case, newest last, so that a deletion can be undone.
    #[serde(default)]
    pub recently_deleted: Vec<DeletedItem>,
    /// What happened to the case itself, oldest first: hand-overs between facilitators. Written by
    /// Leerteam only; a saved case keeps the history it had.
    #[serde(default)]
    pub history: Vec<CaseEvent>,
    /// A practice case's pack (training mode): the case is fictional. Set when the pack is
    /// imported; a saved case keeps what it had.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub practice: Option<crate::practice::PracticePack>,
}

/// One entry of a case's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct CaseEvent {
    pub at: DateTime<Utc>,
    pub kind: CaseEventKind,
    /// For a hand-over sent: the label of the colleague it went to. For one received: the short
    /// fingerprint of the key it was opened with.
    #[serde(default)]
    pub detail: String,
}

/// Something deleted from the case: the item as it was, to put back on request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct DeletedItem {
    pub id: LocalId,
    pub kind: DeletedKind,
    /// A short description for the list ("Verpleegkundige A").
    pub label: String,
    pub deleted_at: DateTime<Utc>,
    /// The deleted object, exactly as it was in the case.
    pub item: serde_json::Value,
}

/// Phase 1: what the group looks at and why.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields, default)]
pub struct Goal {
    /// The event or theme.
    pub description: String,
    pub why_learn: String,
    /// The expectation with which people are invited.
    pub expectation: String,
    pub scope_in: String,
    pub scope_out: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub id: LocalId,
    pub role: Role,
    #[serde(default)]
    pub discipline: String,
    /// Optional real name; it stays in the vault and never appears in an export of the story.
    #[serde(default)]
    pub name: Option<String>,
    /// How the participant appears to others, e.g. "Verpleegkundige A".
    pub pseudonym: String,
    /// Phase 3: what the participant reflected on between the sessions.
    #[serde(default)]
    pub reflection: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct PreconditionCheck {
    pub item: Precondition,
    pub met: bool,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub id: LocalId,
    pub kind: SessionKind,
    #[serde(default)]
    pub planned_on: Option<NaiveDate>,
    #[serde(default)]
    pub held_on: Option<NaiveDate>,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub notes: String,
    /// Session mode: the participants who had the floor, in the order they first spoke.
    #[serde(default)]
    pub heard: Vec<LocalId>,
    /// Session mode: the questions put to the group, by their key in the question deck.
    #[serde(default)]
    pub questions_used: Vec<String>,
    /// Session mode: the tags of the notes taken, one entry a tag, with who was speaking.
    #[serde(default)]
    pub marks: Vec<NoteMark>,
}

/// A tag on a note taken in session mode, and who was speaking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct NoteMark {
    #[serde(default)]
    pub participant_id: Option<LocalId>,
    pub tag: NoteTag,
}

/// A fix raised in a session and parked for later: session 1 listens, phase 5 makes experiments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct ParkedFix {
    pub id: LocalId,
    pub text: String,
    #[serde(default)]
    pub session_id: Option<LocalId>,
    /// Who raised it, if the facilitator noted that.
    #[serde(default)]
    pub participant_id: Option<LocalId>,
    /// The experiment made from it in phase 5.
    #[serde(default)]
    pub experiment_id: Option<LocalId>,
}

impl Session {
    /// The day that counts for ordering: when it was held, or else when it is planned.
    pub fn date(&self) -> Option<NaiveDate> {
        self.held_on.or(self.planned_on)
    }
}

/// Phase 2: how one participant saw the case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct Perspective {
    pub id: LocalId,
    pub participant_id: LocalId,
    #[serde(default)]
    pub session_id: Option<LocalId>,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub went_well: String,
    #[serde(default)]
    pub was_hard: String,
    #[serde(default)]
    pub emotions: Vec<Emotion>,
    /// Words for an emotion outside the list, when `other` is named.
    #[serde(default)]
    pub other_emotion: String,
}

/// One event on the shared timeline, linked to the participants who mention it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct TimelineEvent {
    pub id: LocalId,
    /// Order on the timeline; events are shown by this number.
    pub position: u32,
    /// A time or moment as the group names it ("07:40", "dag 2, nachtdienst").
    #[serde(default)]
    pub at: String,
    pub description: String,
    #[serde(default)]
    pub participant_ids: Vec<LocalId>,
}

/// A theme of the red thread, drawing on perspectives and timeline events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: LocalId,
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub perspective_ids: Vec<LocalId>,
    #[serde(default)]
    pub event_ids: Vec<LocalId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct LearningPoint {
    pub id: LocalId,
    pub kind: LearningKind,
    pub text: String,
    #[serde(default)]
    pub theme_id: Option<LocalId>,
}

/// Phase 4: what the group understood about how the work really runs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields, default)]
pub struct Insights {
    pub complexity: String,
    pub variability: String,
    pub coupling: String,
}

/// Phases 5 and 6: a small experiment, how its success is recognised and how it went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct Experiment {
    pub id: LocalId,
    #[serde(default)]
    pub learning_point_id: Option<LocalId>,
    /// What we try.
    pub action: String,
    #[serde(default)]
    pub prediction: String,
    /// The role that carries it (never a name).
    #[serde(default)]
    pub owner_role: String,
    #[serde(default)]
    pub start_on: Option<NaiveDate>,
    #[serde(default)]
    pub smallest_scale: String,
    #[serde(default)]
    pub review_on: Option<NaiveDate>,
    pub status: ExperimentStatus,
    #[serde(default)]
    pub criteria: Vec<Criterion>,
    #[serde(default)]
    pub check_ins: Vec<CheckIn>,
}

impl Experiment {
    /// Its review date has passed while it is still being followed.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        review_overdue(self.status, self.review_on, today)
    }
}

/// The one definition of an overdue review: still being followed, and its review date has passed.
pub fn review_overdue(status: ExperimentStatus, review_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    status.is_open() && review_on.is_some_and(|review| review < today)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: LocalId,
    pub kind: CriterionKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub id: LocalId,
    pub on: NaiveDate,
    #[serde(default)]
    pub observation: String,
    #[serde(default)]
    pub result: String,
}

/// Phase 7: the story for others.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields, default)]
pub struct Story {
    pub text: String,
    pub audience: String,
    /// What the group asks of the organisation.
    pub asks: String,
    /// The privacy review before export: what to keep, which extra names to hide, what was exported.
    pub review: PrivacyReview,
}

/// The facilitator's decisions on the privacy scan of the learning story. A finding not listed in
/// `decisions` is replaced in the export: keeping something is always a choice someone made.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields, default)]
pub struct PrivacyReview {
    pub decisions: Vec<PrivacyDecision>,
    /// Names that appear in the case's texts but not as a participant (a patient, a colleague).
    pub hidden_names: Vec<HiddenName>,
    pub exports: Vec<StoryExport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct PrivacyDecision {
    /// The finding's key: its kind and the text found ("bsn:111222333"), so one decision covers
    /// every place the same text occurs.
    pub key: String,
    pub keep: bool,
    /// Write the general form instead of the text or its placeholder: a month for a date, a shift
    /// for a time, a decade for an age or a year of birth, "a nursing ward" for the ward. Where a
    /// finding has a general form, this wins over `keep`.
    #[serde(default)]
    pub generalise: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct HiddenName {
    pub name: String,
    /// What the story says instead, e.g. "de patiënt".
    pub replacement: String,
}

/// A learning story that left the vault.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct StoryExport {
    pub at: DateTime<Utc>,
    /// The file's name only, never its folder.
    pub file_name: String,
    /// "nl" or "en".
    pub lang: String,
    /// The keys of the findings the facilitator chose to keep in this export.
    pub kept: Vec<String>,
}

/// Vault-wide settings of the organisation, for the learning story and the letters (invitations).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields, default)]
pub struct StorySettings {
    /// Printed at the top of the story (its title block) when set.
    pub organisation: String,
    /// Regular expressions for this hospital's patient or record numbers.
    pub record_patterns: Vec<String>,
    /// The sender of an invitation ("Afdeling Kwaliteit en Veiligheid, Rijnstate"), one line.
    pub letterhead: String,
    /// Who involved staff can turn to (peer support, "collegiale opvang"): printed in invitations.
    pub support_contact: String,
}

/// A colleague's hand-over key, kept in the vault under a label the facilitator chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct Colleague {
    pub label: String,
    /// Their age public key, `age1…`.
    pub key: String,
}

/// What a new case starts with; also the fields edited as a case's basics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NewCase {
    pub kind: CaseKind,
    pub title: String,
    pub ward: String,
    pub event_date: Option<NaiveDate>,
}

impl Case {
    /// An empty case in phase 1, with the preconditions checklist ready to fill in.
    pub fn new(id: Uuid, new: NewCase, now: DateTime<Utc>) -> Case {
        Case {
            id,
            kind: new.kind,
            title: new.title,
            ward: new.ward,
            event_date: new.event_date,
            phase: Phase::GoalAndScope,
            status: CaseStatus::Active,
            created_at: now,
            updated_at: now,
            goal: Goal::default(),
            participants: Vec::new(),
            preconditions: Precondition::ALL
                .iter()
                .map(|&item| PreconditionCheck { item, met: false, note: String::new() })
                .collect(),
            sessions: Vec::new(),
            perspectives: Vec::new(),
            timeline: Vec::new(),
            integrated_picture: String::new(),
            themes: Vec::new(),
            learning_points: Vec::new(),
            insights: Insights::default(),
            experiments: Vec::new(),
            parked: Vec::new(),
            story: Story::default(),
            recently_deleted: Vec::new(),
            history: Vec::new(),
            practice: None,
        }
    }

    pub fn is_practice(&self) -> bool {
        self.practice.is_some()
    }

    /// Days of processing time between the first perspectives session and the first red-thread
    /// session, when both have a date.
    pub fn processing_days(&self) -> Option<i64> {
        let first = |kind| self.sessions.iter().filter(|s| s.kind == kind).filter_map(Session::date).min();
        Some((first(SessionKind::RedThread)? - first(SessionKind::Perspectives)?).num_days())
    }

    pub fn overdue_experiments(&self, today: NaiveDate) -> impl Iterator<Item = &Experiment> {
        self.experiments.iter().filter(move |e| e.is_overdue(today))
    }

    /// A pseudonym for a new participant in `role`: the role's word and the next free letter.
    pub fn suggest_pseudonym(&self, role: Role) -> String {
        let stem = role.pseudonym_stem();
        (0..)
            .map(|n| format!("{stem} {}", letters(n)))
            .find(|candidate| !self.participants.iter().any(|p| &p.pseudonym == candidate))
            .unwrap_or_else(|| stem.to_owned())
    }
}

/// A, B, …, Z, AA, AB, …
fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
