use leerteam_model::{Check, ModelError, Severity};
use leerteam_room::RoomError;
use leerteam_story::StoryError;
use leerteam_vault::VaultError;

/// Everything a use case can refuse or fail with. Like the crates' own errors, messages never hold
/// case text, passphrases or paths.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DeskError {
    #[error("{0}")]
    Vault(#[from] VaultError),
    #[error("{0}")]
    Model(#[from] ModelError),
    #[error("{0}")]
    Story(#[from] StoryError),
    #[error("could not {op}: {source}")]
    Io {
        op: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("a colleague's label is one line of 1 to 80 characters")]
    ColleagueLabel,
    #[error("a colleague with that label is listed already")]
    ColleagueExists,
    #[error("that is this vault's own hand-over key")]
    OwnKey,
    #[error("no colleague with that label, and not a hand-over key")]
    UnknownColleague,
    #[error("{0}")]
    Room(#[from] leerteam_room::RoomError),
    #[error("a practice case is fictional: it goes into no calendar or action list")]
    PracticeCase,
    #[error("the question deck has no such question")]
    UnknownQuestion,
    #[error("each ground rule and question is one line of at most 200 characters, at most 40 of them")]
    SettingLine,
}

/// The desk's own codes, beside those of the crates below it.
const DESK_CODES: &[&str] = &[
    "colleague_label",
    "colleague_exists",
    "own_key",
    "unknown_colleague",
    "practice_case",
    "unknown_question",
    "setting_line",
];

/// Every code a use case can fail with: the vault's (with "io" for a file that could not be read or
/// written), the model's and its checks', the story's. The UI's list is generated from this one.
pub fn error_codes() -> Vec<&'static str> {
    let all = [VaultError::CODES, ModelError::CODES, Check::CODES, StoryError::CODES, RoomError::CODES, DESK_CODES];
    let mut codes: Vec<&'static str> = all.concat();
    codes.sort_unstable();
    codes.dedup();
    codes
}

impl DeskError {
    /// A stable code for the UI and scripts: for a refused case, the code of the rule it breaks.
    pub fn code(&self) -> &'static str {
        match self {
            DeskError::Vault(e) => e.code(),
            DeskError::Model(e) => self.refused().map_or(e.code(), |f| f.code),
            DeskError::Story(e) => e.code(),
            DeskError::Io { .. } => "io",
            DeskError::ColleagueLabel => DESK_CODES[0],
            DeskError::ColleagueExists => DESK_CODES[1],
            DeskError::OwnKey => DESK_CODES[2],
            DeskError::UnknownColleague => DESK_CODES[3],
            DeskError::Room(e) => e.code(),
            DeskError::PracticeCase => DESK_CODES[4],
            DeskError::UnknownQuestion => DESK_CODES[5],
            DeskError::SettingLine => DESK_CODES[6],
        }
    }

    /// The field a refused change is about, as a JSON path into the case ("experiments[2].status").
    pub fn path(&self) -> Option<&str> {
        self.refused().map(|f| f.path.as_str())
    }

    fn refused(&self) -> Option<&leerteam_model::Finding> {
        match self {
            DeskError::Model(ModelError::Invalid(findings)) => findings.iter().find(|f| f.severity == Severity::Error),
            _ => None,
        }
    }
}

pub type Result<T, E = DeskError> = std::result::Result<T, E>;

pub(crate) fn io_err(op: &'static str) -> impl FnOnce(std::io::Error) -> DeskError {
    move |source| DeskError::Io { op, source }
}
