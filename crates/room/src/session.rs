//! Session mode: one meeting of a case, run from Leerteam. The room keeps what lives only while
//! the meeting runs (who speaks, the timer, what is pinned to the projector, the notes of this
//! sitting for undo); what is worth keeping goes into the case at once: a note into the speaker's
//! perspective or onto the timeline, its tags and who was heard into the session, a fix raised into
//! the parking lot.

use leerteam_model::{
    Case, Experiment, ExperimentStatus, LocalId, NoteMark, NoteTag, ParkedFix, Perspective, TimelineEvent,
};
use serde::{Deserialize, Serialize};

use crate::error::RoomError;
use crate::timer::{session_steps, training_steps, Timer};

/// Where a note goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum NoteTarget {
    /// The speaker's perspective of this session: "went well" and "made the work hard" go to those
    /// fields, anything else to its text.
    Perspective,
    /// A new event at the end of the timeline, linked to the speaker.
    Timeline,
}

/// A line the facilitator typed while someone talked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct Note {
    pub text: String,
    #[serde(default)]
    pub tags: Vec<NoteTag>,
    pub to: NoteTarget,
}

/// What is on the projector besides the timer's clock.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
#[serde(default)]
pub struct Pins {
    pub timer: bool,
    /// The key of the question pinned.
    pub question: Option<String>,
    pub ground_rules: bool,
    pub check_out: bool,
    pub timeline: bool,
    pub themes: bool,
}

/// One meeting while it runs.
#[derive(Debug, Clone)]
pub struct Room {
    pub case_id: uuid::Uuid,
    pub session_id: LocalId,
    pub speaking: Option<LocalId>,
    pub timer: Timer,
    pub pins: Pins,
    /// The projector shows nothing at all.
    pub blank: bool,
    /// This sitting's notes, newest last, each with the case as it was before it (for undo).
    sitting: Vec<(String, Case)>,
}

/// How many notes back undo reaches.
const UNDO_DEPTH: usize = 100;

impl Room {
    /// Opens session `session_id` of `case`: the timer with a round per participant (a practice
    /// case: its pack's round script), nothing pinned, the projector showing the timer.
    pub fn open(case: &Case, session_id: LocalId) -> Result<Room, RoomError> {
        if !case.sessions.iter().any(|s| s.id == session_id) {
            return Err(RoomError::NoSuchSession);
        }
        let steps = match &case.practice {
            Some(pack) => training_steps(&pack.round),
            None => session_steps(&case.participants.iter().map(|p| p.id).collect::<Vec<_>>()),
        };
        Ok(Room {
            case_id: case.id,
            session_id,
            speaking: None,
            timer: Timer::new(steps),
            pins: Pins { timer: true, ..Pins::default() },
            blank: false,
            sitting: Vec::new(),
        })
    }

    /// `participant` has the floor; they count as heard in this session from now on.
    pub fn speak(&mut self, case: &mut Case, participant: Option<LocalId>) -> Result<(), RoomError> {
        if let Some(p) = participant {
            if !case.participants.iter().any(|x| x.id == p) {
                return Err(RoomError::NoSuchParticipant);
            }
            let session = session_mut(case, self.session_id)?;
            if !session.heard.contains(&p) {
                session.heard.push(p);
            }
        }
        self.speaking = participant;
        Ok(())
    }

    /// Writes `note` into the case, for whoever is speaking; remembers the case before it for undo.
    pub fn capture(&mut self, case: &mut Case, note: &Note) -> Result<(), RoomError> {
        let text = note.text.trim();
        if text.is_empty() {
            return Err(RoomError::EmptyNote);
        }
        let before = case.clone();
        let speaker = self.speaking;
        match note.to {
            NoteTarget::Perspective => {
                let p = speaker.ok_or(RoomError::NoSpeaker)?;
                let perspective = perspective_mut(case, p, self.session_id);
                let field = if note.tags.contains(&NoteTag::WentWell) {
                    &mut perspective.went_well
                } else if note.tags.contains(&NoteTag::MadeWorkHard) {
                    &mut perspective.was_hard
                } else {
                    &mut perspective.text
                };
                append_line(field, text);
            }
            NoteTarget::Timeline => {
                let id = next_id(case.timeline.iter().map(|e| e.id));
                let position = case.timeline.iter().map(|e| e.position).max().map_or(1, |p| p + 1);
                let participant_ids = speaker.into_iter().collect();
                case.timeline.push(TimelineEvent {
                    id,
                    position,
                    at: String::new(),
                    description: text.to_owned(),
                    participant_ids,
                });
            }
        }
        let session = session_mut(case, self.session_id)?;
        let mut tags = note.tags.clone();
        tags.dedup();
        session.marks.extend(tags.into_iter().map(|tag| NoteMark { participant_id: speaker, tag }));
        self.remember(text, before);
        Ok(())
    }

    /// Parks a fix raised now (by whoever is speaking) for phase 5.
    pub fn park(&mut self, case: &mut Case, text: &str) -> Result<LocalId, RoomError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(RoomError::EmptyNote);
        }
        let before = case.clone();
        let id = next_id(case.parked.iter().map(|p| p.id));
        case.parked.push(ParkedFix {
            id,
            text: text.to_owned(),
            session_id: Some(self.session_id),
            participant_id: self.speaking,
            experiment_id: None,
        });
        self.remember(text, before);
        Ok(id)
    }

    /// Records that the question with `key` was put to the group, and pins it to the projector.
    pub fn ask(&mut self, case: &mut Case, key: &str) -> Result<(), RoomError> {
        let session = session_mut(case, self.session_id)?;
        if !session.questions_used.iter().any(|k| k == key) {
            session.questions_used.push(key.to_owned());
        }
        self.pins.question = Some(key.to_owned());
        Ok(())
    }

    /// The case as it was before the last note or parked fix of this sitting, if there is one.
    pub fn undo(&mut self) -> Option<Case> {
        self.sitting.pop().map(|(_, before)| before)
    }

    /// This sitting's notes and parked fixes, newest last.
    pub fn sitting(&self) -> impl Iterator<Item = &str> {
        self.sitting.iter().map(|(text, _)| text.as_str())
    }

    fn remember(&mut self, text: &str, before: Case) {
        if self.sitting.len() == UNDO_DEPTH {
            self.sitting.remove(0);
        }
        self.sitting.push((text.to_owned(), before));
    }
}

/// Phase 5: the parked fix `fix_id` becomes a planned experiment, its text the action; the fix
/// keeps the link, so it is no longer offered as a seed.
pub fn plant(case: &mut Case, fix_id: LocalId) -> Result<LocalId, RoomError> {
    let id = next_id(case.experiments.iter().map(|x| x.id));
    let fix = case.parked.iter_mut().find(|f| f.id == fix_id).ok_or(RoomError::NoSuchParkedFix)?;
    if fix.experiment_id.is_some() {
        return Err(RoomError::AlreadyPlanted);
    }
    fix.experiment_id = Some(id);
    let action = fix.text.clone();
    case.experiments.push(Experiment {
        id,
        learning_point_id: None,
        action,
        prediction: String::new(),
        owner_role: String::new(),
        start_on: None,
        smallest_scale: String::new(),
        review_on: None,
        status: ExperimentStatus::Planned,
        criteria: Vec::new(),
        check_ins: Vec::new(),
    });
    Ok(id)
}

fn session_mut(case: &mut Case, id: LocalId) -> Result<&mut leerteam_model::Session, RoomError> {
    case.sessions.iter_mut().find(|s| s.id == id).ok_or(RoomError::NoSuchSession)
}

/// The participant's perspective of this session, made when it is their first note.
fn perspective_mut(case: &mut Case, participant: LocalId, session: LocalId) -> &mut Perspective {
    let existing =
        case.perspectives.iter().position(|p| p.participant_id == participant && p.session_id == Some(session));
    let index = existing.unwrap_or_else(|| {
        let id = next_id(case.perspectives.iter().map(|p| p.id));
        case.perspectives.push(Perspective {
            id,
            participant_id: participant,
            session_id: Some(session),
            text: String::new(),
            went_well: String::new(),
            was_hard: String::new(),
            emotions: Vec::new(),
            other_emotion: String::new(),
        });
        case.perspectives.len() - 1
    });
    &mut case.perspectives[index]
}

fn append_line(field: &mut String, line: &str) {
    if !field.trim_end().is_empty() {
        field.truncate(field.trim_end().len());
        field.push('\n');
    }
    field.push_str(line);
}

fn next_id(ids: impl Iterator<Item = LocalId>) -> LocalId {
    ids.max().map_or(1, |id| id + 1)
}
