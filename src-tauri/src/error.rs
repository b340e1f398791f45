use leerteam_vault::VaultError;
use serde::Serialize;
use ts_rs::TS;

/// The one error type at the IPC boundary. `code` is stable and the UI translates it; `message` is
/// English for logs and tests, and like every error here never holds case text, passphrases or paths.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IpcError {
    pub code: String,
    pub message: String,
    /// The field a refused change is about, as a JSON path into the case ("experiments[2].status").
    pub path: Option<String>,
}

/// What only the app refuses or fails with; the use cases' codes are `leerteam_desk::error_codes()`.
#[derive(Debug, Clone, Copy)]
pub enum AppCode {
    Locked,
    Internal,
    NoRecoveryKey,
    InvalidSettings,
    NoHandover,
    NoRoom,
}

leerteam_codes::error_codes!(AppCode {
    AppCode::Locked => "locked",
    AppCode::Internal => "internal",
    AppCode::NoRecoveryKey => "no_recovery_key",
    AppCode::InvalidSettings => "invalid_settings",
    AppCode::NoHandover => "no_handover",
    AppCode::NoRoom => "no_room",
});

/// Every code the UI can receive: the use cases' and the app's own, for `ui/src/bindings/errorCodes.ts`.
pub fn error_codes() -> Vec<&'static str> {
    let mut codes = leerteam_desk::error_codes();
    codes.extend(AppCode::CODES);
    codes.sort_unstable();
    codes.dedup();
    codes
}

impl IpcError {
    fn new(code: &str, message: impl Into<String>) -> Self {
        IpcError { code: code.to_owned(), message: message.into(), path: None }
    }

    pub fn app(code: AppCode, message: impl Into<String>) -> Self {
        IpcError::new(code.code(), message)
    }

    pub fn locked() -> Self {
        IpcError::app(AppCode::Locked, "the vault is locked")
    }
}

impl From<VaultError> for IpcError {
    fn from(error: VaultError) -> Self {
        IpcError::new(error.code(), error.to_string())
    }
}

impl From<leerteam_desk::DeskError> for IpcError {
    fn from(error: leerteam_desk::DeskError) -> Self {
        IpcError { path: error.path().map(str::to_owned), ..IpcError::new(error.code(), error.to_string()) }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;
