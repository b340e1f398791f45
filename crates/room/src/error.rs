#[derive(Debug, thiserror::Error)]
pub enum RoomError {
    #[error("a practice round needs at least {min} trainees")]
    TooFewTrainees { min: u32 },
    #[error("this case is not a practice case")]
    NotAPracticeCase,
    #[error("the case has no such session")]
    NoSuchSession,
    #[error("the case has no such participant")]
    NoSuchParticipant,
    #[error("a note needs some text")]
    EmptyNote,
    #[error("choose who is speaking before taking a note for their perspective")]
    NoSpeaker,
    #[error("the case has no such parked fix")]
    NoSuchParkedFix,
    #[error("an experiment was made from this parked fix already")]
    AlreadyPlanted,
    #[error("the projector's texts could not be checked for names")]
    Scan,
}

leerteam_codes::error_codes!(RoomError {
    RoomError::TooFewTrainees { .. } => "too_few_trainees",
    RoomError::NotAPracticeCase => "not_a_practice_case",
    RoomError::NoSuchSession => "no_such_session",
    RoomError::NoSuchParticipant => "no_such_participant",
    RoomError::EmptyNote => "empty_note",
    RoomError::NoSpeaker => "no_speaker",
    RoomError::NoSuchParkedFix => "no_such_parked_fix",
    RoomError::AlreadyPlanted => "already_planted",
    RoomError::Scan => "projector_scan",
});
