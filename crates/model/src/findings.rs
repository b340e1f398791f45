//! What a check of the method's rules reports: a finding (where, which rule, how severe) and the
//! rules' stable codes. Apart from the rules themselves, so that errors can hold findings without
//! depending on the case.

use std::fmt;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Severity {
    Error,
    Warning,
}

/// One broken rule: where (a JSON path), which rule (a stable code the UI translates), and an
/// English message for the command line. Never quotes what was typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Finding {
    pub severity: Severity,
    pub code: &'static str,
    pub path: String,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// What a check found wrong; its code is the finding's, which the UI translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    Required,
    TooLong,
    ControlCharacters,
    DuplicateId,
    UnknownReference,
    DuplicateLink,
    StatusChange,
    EventInFuture,
    DatesOutOfOrder,
    DuplicatePseudonym,
    SessionOrder,
    CriterionKindRepeated,
    ProcessingTime,
    CheckInBeforeStart,
    PackSeats,
    RoundMinutes,
}

leerteam_codes::error_codes!(Check {
    Check::Required => "required",
    Check::TooLong => "too_long",
    Check::ControlCharacters => "control_characters",
    Check::DuplicateId => "duplicate_id",
    Check::UnknownReference => "unknown_reference",
    Check::DuplicateLink => "duplicate_link",
    Check::StatusChange => "status_change",
    Check::EventInFuture => "event_in_future",
    Check::DatesOutOfOrder => "dates_out_of_order",
    Check::DuplicatePseudonym => "duplicate_pseudonym",
    Check::SessionOrder => "session_order",
    Check::CriterionKindRepeated => "criterion_kind_repeated",
    Check::ProcessingTime => "processing_time",
    Check::CheckInBeforeStart => "check_in_before_start",
    Check::PackSeats => "pack_seats",
    Check::RoundMinutes => "round_minutes",
});
