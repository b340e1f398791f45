//! In the room: what a facilitator and a trainer use while people are together. Training: the
//! built-in practice pack, groups of trainees and who takes which card, the role cards and the
//! observers' checklist as documents the story crate renders. Knows cases, not files or windows.

mod cards;
mod error;
mod training;

pub use cards::{observer_sheets, role_cards, role_cards_file_name};
pub use error::RoomError;
pub use training::{builtin_pack, groups, seating, Group, Seating, MIN_TRAINEES};
