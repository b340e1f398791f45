//! After the room: what a facilitator follows up across cases. The board lists every experiment
//! still being followed in the active cases, overdue first ([`board`]); the calendar files carry
//! the sessions and review dates to Outlook without a word of case text ([`calendar`], written by
//! the small RFC 5545 writer in [`ics`]).

mod board;
pub mod calendar;
pub mod ics;

pub use board::{board, followed_in, BoardFilter, FollowUpItem, LastCheckIn};
