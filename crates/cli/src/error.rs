use leerteam_model::ModelError;
use leerteam_vault::VaultError;

/// What the command line reports: one line on stderr and a non-zero exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Vault(#[from] VaultError),
    #[error("{0}")]
    Model(#[from] ModelError),
    #[error("{0}")]
    Story(#[from] leerteam_story::StoryError),
    #[error("{0}")]
    Desk(#[from] leerteam_desk::DeskError),
    #[error("{0}")]
    Usage(String),
    #[error("could not {op}: {source}")]
    Io {
        op: &'static str,
        #[source]
        source: std::io::Error,
    },
}

impl CliError {
    fn exit_code_of_vault(error: &VaultError) -> u8 {
        match error {
            VaultError::WrongPassphrase | VaultError::WrongRecoveryKey => 3,
            VaultError::AlreadyOpen => 4,
            _ => 1,
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) | CliError::Story(leerteam_story::StoryError::UnknownLanguage) => 2,
            CliError::Desk(leerteam_desk::DeskError::Story(leerteam_story::StoryError::UnknownLanguage)) => 2,
            CliError::Vault(e) | CliError::Desk(leerteam_desk::DeskError::Vault(e)) => CliError::exit_code_of_vault(e),
            _ => 1,
        }
    }
}

pub fn io(op: &'static str) -> impl FnOnce(std::io::Error) -> CliError {
    move |source| CliError::Io { op, source }
}
