//! The closed vocabularies of the method, stored and exported as stable snake_case strings.

use std::str::FromStr;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A word that is none of a vocabulary's values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {field}; expected one of: {}", allowed.join(", "))]
pub struct UnknownValue {
    pub field: &'static str,
    pub allowed: &'static [&'static str],
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $field:literal { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema, ts_rs::TS)]
        #[ts(export)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(text: &str) -> Result<Self, UnknownValue> {
                match text {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownValue { field: $field, allowed: &[$($text),+] }),
                }
            }
        }

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value.as_str()?.parse().map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

vocabulary!(
    /// What the Learning Team learns from.
    CaseKind, "kind" {
        Incident = "incident",
        Calamity = "calamity",
        Complication = "complication",
        Series = "series",
        Theme = "theme",
        WentWell = "went_well",
        Collaboration = "collaboration",
    }
);

vocabulary!(
    /// The seven phases of the method, in order.
    Phase, "phase" {
        GoalAndScope = "goal_and_scope",
        SharingPerspectives = "sharing_perspectives",
        ProcessingTime = "processing_time",
        RedThread = "red_thread",
        SafetyNets = "safety_nets",
        SuccessCriteria = "success_criteria",
        Story = "story",
    }
);

impl Phase {
    /// 1 to 7, as the method numbers them.
    pub fn number(self) -> u8 {
        Phase::ALL.iter().position(|p| *p == self).map_or(0, |i| i as u8 + 1)
    }
}

vocabulary!(
    CaseStatus, "status" {
        Active = "active",
        Archived = "archived",
    }
);

vocabulary!(
    /// Who a participant is in the case. The discipline adds detail in free text.
    Role, "role" {
        PatientClient = "patient_client",
        Family = "family",
        Nurse = "nurse",
        Physician = "physician",
        Manager = "manager",
        Paramedic = "paramedic",
        Pharmacist = "pharmacist",
        Support = "support",
        Other = "other",
    }
);

impl Role {
    /// The Dutch word a generated pseudonym starts with ("Verpleegkundige A").
    pub fn pseudonym_stem(self) -> &'static str {
        match self {
            Role::PatientClient => "Patiënt",
            Role::Family => "Naaste",
            Role::Nurse => "Verpleegkundige",
            Role::Physician => "Arts",
            Role::Manager => "Leidinggevende",
            Role::Paramedic => "Paramedicus",
            Role::Pharmacist => "Apotheker",
            Role::Support => "Ondersteuner",
            Role::Other => "Deelnemer",
        }
    }
}

vocabulary!(
    /// What happened to a case itself, in its history.
    CaseEventKind, "case event" {
        Sent = "sent",
        Received = "received",
    }
);

vocabulary!(
    /// What a note taken in session mode is marked as: where it goes and what it records.
    NoteTag, "note tag" {
        EmotionAcknowledged = "emotion_acknowledged",
        WentWell = "went_well",
        MadeWorkHard = "made_work_hard",
        Surprise = "surprise",
    }
);

vocabulary!(
    /// The language a practice pack is written in.
    Language, "language" {
        Dutch = "nl",
        English = "en",
    }
);

vocabulary!(
    /// A step of a training round, in the order a round runs.
    RoundStepKind, "round step" {
        ReadRole = "read_role",
        Conversation = "conversation",
        StepOut = "step_out",
        Plenary = "plenary",
    }
);

vocabulary!(
    /// The conditions for a safe multidisciplinary conversation.
    Precondition, "precondition" {
        PsychologicalSafety = "psychological_safety",
        MotivatedParticipants = "motivated_participants",
        GoodChair = "good_chair",
        EnoughTime = "enough_time",
        EveryonePresent = "everyone_present",
    }
);

vocabulary!(
    SessionKind, "session kind" {
        Perspectives = "perspectives",
        RedThread = "red_thread",
        FollowUp = "follow_up",
    }
);

vocabulary!(
    Emotion, "emotion" {
        Guilt = "guilt",
        Frustration = "frustration",
        Sadness = "sadness",
        Anger = "anger",
        Relief = "relief",
        Other = "other",
    }
);

vocabulary!(
    /// The two columns of learning points.
    LearningKind, "learning point kind" {
        Keep = "keep",
        Change = "change",
    }
);

vocabulary!(
    /// How an experiment's success is recognised: the outcome, the process, and what must not get worse.
    CriterionKind, "criterion kind" {
        Outcome = "outcome",
        Process = "process",
        Balancing = "balancing",
    }
);

vocabulary!(
    ExperimentStatus, "experiment status" {
        Planned = "planned",
        Running = "running",
        Adopted = "adopted",
        Adapted = "adapted",
        Abandoned = "abandoned",
    }
);

impl ExperimentStatus {
    /// The decisions the method allows from here. "Continue" is running → running.
    pub fn can_become(self, next: ExperimentStatus) -> bool {
        use ExperimentStatus::*;
        matches!(
            (self, next),
            (Planned, Running | Abandoned)
                | (Running, Running | Adopted | Adapted | Abandoned)
                | (Adapted, Running | Abandoned)
        )
    }

    /// The statuses the method allows next, in the vocabulary's order.
    pub fn next(self) -> Vec<ExperimentStatus> {
        ExperimentStatus::ALL.iter().copied().filter(|&next| self.can_become(next)).collect()
    }

    /// Still being followed: a review date in the past means it is overdue.
    pub fn is_open(self) -> bool {
        matches!(self, ExperimentStatus::Planned | ExperimentStatus::Running | ExperimentStatus::Adapted)
    }
}

vocabulary!(
    /// What was deleted, for the case's "recently deleted" list.
    DeletedKind, "deleted kind" {
        Participant = "participant",
        Perspective = "perspective",
        TimelineEvent = "timeline_event",
        Theme = "theme",
        LearningPoint = "learning_point",
        Experiment = "experiment",
        CheckIn = "check_in",
    }
);

/// Every vocabulary's values in their order, as TypeScript constants for the UI
/// (`ui/src/bindings/vocabularies.ts`, written by the model's tests beside the ts-rs types): the UI
/// lists what Rust defines and writes none of it by hand.
pub fn vocabularies_ts() -> String {
    fn list<T: Copy + std::fmt::Display>(name: &str, ty: &str, all: &[T]) -> String {
        let values: Vec<String> = all.iter().map(|v| format!("'{v}'")).collect();
        format!("export const {name}: readonly {ty}[] = [{}];\n", values.join(", "))
    }
    let types = [
        "CaseKind",
        "CaseStatus",
        "CriterionKind",
        "DeletedKind",
        "Emotion",
        "ExperimentStatus",
        "LearningKind",
        "Phase",
        "Precondition",
        "Role",
        "SessionKind",
    ];
    let mut out =
        String::from("// Generated from crates/model/src/kinds.rs by its tests. Do not edit this file manually.\n\n");
    for ty in types {
        out.push_str(&format!("import type {{ {ty} }} from './{ty}';\n"));
    }
    out.push('\n');
    out.push_str(&list("CASE_KINDS", "CaseKind", CaseKind::ALL));
    out.push_str(&list("CASE_STATUSES", "CaseStatus", CaseStatus::ALL));
    out.push_str(&list("CRITERIA", "CriterionKind", CriterionKind::ALL));
    out.push_str(&list("DELETED_KINDS", "DeletedKind", DeletedKind::ALL));
    out.push_str(&list("EMOTIONS", "Emotion", Emotion::ALL));
    out.push_str(&list("STATUSES", "ExperimentStatus", ExperimentStatus::ALL));
    out.push_str(&list("LEARNING_KINDS", "LearningKind", LearningKind::ALL));
    out.push_str(&list("PHASES", "Phase", Phase::ALL));
    out.push_str(&list("PRECONDITIONS", "Precondition", Precondition::ALL));
    out.push_str(&list("ROLES", "Role", Role::ALL));
    out.push_str(&list("SESSION_KINDS", "SessionKind", SessionKind::ALL));
    out
}
