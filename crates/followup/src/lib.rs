//! After the room: what a facilitator follows up across cases. The board lists every experiment
//! still being followed in the active cases, overdue first ([`board`]); the calendar files carry
//! the sessions and review dates to Outlook without a word of case text ([`calendar`], written by
//! the small RFC 5545 writer in [`ics`]); the action list takes the experiments to the hospital's
//! own systems as XLSX or CSV ([`actions`], written by [`xlsx`] and [`csv`]).

pub mod actions;
mod board;
pub mod calendar;
pub mod csv;
pub mod ics;
pub mod xlsx;
mod zip;

pub use actions::{case_actions, write_actions, ActionRow, ActionsFormat};
pub use board::{board, followed_in, BoardFilter, FollowUpItem, LastCheckIn};
