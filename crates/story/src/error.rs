/// Errors of the learning story. Messages never carry case text.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoryError {
    #[error("unknown story language; expected nl or en")]
    UnknownLanguage,
    #[error("a patient or record number pattern is not a valid regular expression")]
    BadPattern,
    #[error("the bundled font could not be read")]
    Font,
    #[error("the PDF could not be finished: {0}")]
    Pdf(&'static str),
}

leerteam_codes::error_codes!(StoryError {
    StoryError::UnknownLanguage => "unknown_language",
    StoryError::BadPattern => "bad_pattern",
    StoryError::Font => "font",
    StoryError::Pdf(_) => "pdf",
});
