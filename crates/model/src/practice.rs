//! Practice cases for a training day: the pack a trainer imports (docs/practice-pack.md), and the
//! practice case made from it. A practice case is fictional: it carries its pack, which marks it
//! on every screen and in every document, and keeps it out of follow-up lists and exports.

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::case::*;
use crate::error::{ModelError, Result};
use crate::kinds::*;

pub const PACK_FORMAT: &str = "leerteam.practice-pack";
pub const PACK_FORMAT_VERSION: u32 = 1;

/// The material of one practice case, as the trainer wrote it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct PracticePack {
    /// The language the texts are written in.
    pub lang: Language,
    /// One line: the case's title.
    pub title: String,
    pub kind: CaseKind,
    #[serde(default)]
    pub ward: String,
    /// What everyone in the group knows; printed on every role card, above the fold.
    pub situation: String,
    /// One card per seat at the table: exactly one for the facilitator of the conversation, and
    /// three to eight for participants, most needed first (a small group leaves the last out).
    pub roles: Vec<PackRole>,
    /// What happened, as only the trainer knows it.
    pub trainer_view: String,
    /// The questions of the plenary round after the conversations.
    pub plenary_questions: Vec<String>,
    /// The timed steps of a round; without it, the usual round (read 5, talk 10, step out 2,
    /// plenary 15 minutes).
    #[serde(default = "usual_round")]
    pub round: Vec<RoundStep>,
}

/// One role card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct PackRole {
    pub seat: Seat,
    /// One line, for the card's heading: "Verpleegkundige avonddienst".
    pub title: String,
    /// What the others know about this role; above the fold.
    pub known: String,
    /// What only this role knows; below the fold.
    pub secret: String,
}

/// Who takes a card: the trainee who facilitates, or a participant in one of the method's roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Seat {
    Facilitator,
    Participant(Role),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct RoundStep {
    pub step: RoundStepKind,
    pub minutes: u32,
}

pub fn usual_round() -> Vec<RoundStep> {
    [
        (RoundStepKind::ReadRole, 5),
        (RoundStepKind::Conversation, 10),
        (RoundStepKind::StepOut, 2),
        (RoundStepKind::Plenary, 15),
    ]
    .into_iter()
    .map(|(step, minutes)| RoundStep { step, minutes })
    .collect()
}

/// The longest a step of a round may take.
pub const ROUND_STEP_MINUTES: std::ops::RangeInclusive<u32> = 1..=120;
/// How many participant cards a pack has: enough for a group of four, no more than a table holds.
pub const PARTICIPANT_CARDS: std::ops::RangeInclusive<usize> = 3..=8;

impl PracticePack {
    /// The participant cards, in the pack's order (most needed first).
    pub fn participant_cards(&self) -> impl Iterator<Item = (&PackRole, Role)> {
        self.roles.iter().filter_map(|card| match card.seat {
            Seat::Participant(role) => Some((card, role)),
            Seat::Facilitator => None,
        })
    }

    pub fn facilitator_card(&self) -> Option<&PackRole> {
        self.roles.iter().find(|card| card.seat == Seat::Facilitator)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    /// Always "leerteam.practice-pack".
    pub format: String,
    pub version: u32,
    pub pack: PracticePack,
}

/// Reads a pack file. Its rules are checked with the case it makes ([`practice_case`], then
/// `validate::check`), so a pack and a stored practice case obey the same ones.
pub fn pack_from_json(text: &str) -> Result<PracticePack> {
    let file: PackFile = serde_json::from_str(text).map_err(|e| ModelError::BadJson(crate::json::describe(&e)))?;
    if file.format != PACK_FORMAT {
        return Err(ModelError::BadJson(format!("\"format\" must be \"{PACK_FORMAT}\"")));
    }
    if file.version != PACK_FORMAT_VERSION {
        return Err(ModelError::BadJson(format!(
            "practice pack version {} is not supported (expected {PACK_FORMAT_VERSION})",
            file.version
        )));
    }
    Ok(file.pack)
}

pub fn pack_to_json(pack: &PracticePack) -> String {
    let file = PackFile { format: PACK_FORMAT.into(), version: PACK_FORMAT_VERSION, pack: pack.clone() };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// The practice case a pack makes: its title, kind, ward and situation, one participant per
/// participant card (by pseudonym, never a name), one session for the conversation, in phase 1,
/// carrying the pack.
pub fn practice_case(pack: &PracticePack, id: Uuid, now: DateTime<Utc>) -> Case {
    let new = NewCase { kind: pack.kind, title: pack.title.clone(), ward: pack.ward.clone(), event_date: None };
    let mut case = Case::new(id, new, now);
    case.goal.description = pack.situation.clone();
    for (i, (card, role)) in pack.participant_cards().enumerate() {
        let pseudonym = case.suggest_pseudonym(role);
        case.participants.push(Participant {
            id: i as LocalId + 1,
            role,
            discipline: card.title.clone(),
            name: None,
            pseudonym,
            reflection: String::new(),
        });
    }
    // The practice conversation is the case's first session, so that it can run in session mode.
    case.sessions.push(Session {
        id: 1,
        kind: SessionKind::Perspectives,
        planned_on: None,
        held_on: None,
        place: String::new(),
        notes: String::new(),
        heard: Vec::new(),
        questions_used: Vec::new(),
        marks: Vec::new(),
    });
    case.practice = Some(pack.clone());
    case
}
