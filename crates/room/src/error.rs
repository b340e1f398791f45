#[derive(Debug, thiserror::Error)]
pub enum RoomError {
    #[error("a practice round needs at least {min} trainees")]
    TooFewTrainees { min: u32 },
    #[error("this case is not a practice case")]
    NotAPracticeCase,
}

leerteam_codes::error_codes!(RoomError {
    RoomError::TooFewTrainees { .. } => "too_few_trainees",
    RoomError::NotAPracticeCase => "not_a_practice_case",
});
