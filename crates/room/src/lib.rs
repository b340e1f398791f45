//! In the room: what a facilitator and a trainer use while people are together. Session mode: the
//! room of one meeting (who speaks, notes into the case, the parking lot, the question deck, the
//! timer) and what each window shows of it, the projector's view without anything identifying.
//! Training: the built-in practice pack, groups of trainees and who takes which card, the role
//! cards and the observers' sheets as documents the story crate renders. Knows cases, not files or
//! windows; the clock is passed in.

mod cards;
mod deck;
mod error;
mod projector;
mod session;
mod timer;
mod training;

pub use cards::{observer_sheets, role_cards, role_cards_file_name};
pub use deck::{check_out, deck, default_ground_rules, question_text, Frame, OwnQuestion, Question};
pub use error::RoomError;
pub use projector::{
    projector_view, room_view, step_label, ProjectedEvent, ProjectedHeadings, ProjectedTheme, ProjectedTimer,
    ProjectorView, RoomParticipant, RoomSettings, RoomView, ScriptStep,
};
pub use session::{plant, Note, NoteTarget, Pins, Room};
pub use timer::{clock_text, session_steps, training_steps, StepKind, Timer, TimerStep, TimerView};
pub use training::{builtin_pack, groups, seating, Group, Seating, MIN_TRAINEES};
