/// Errors of the domain. Messages name fields and rules, never the text a facilitator typed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    #[error("{0}")]
    UnknownValue(#[from] crate::kinds::UnknownValue),
    #[error("the case is not valid: {}", first_error(.0))]
    Invalid(Vec<crate::findings::Finding>),
    #[error("no case with that id")]
    CaseNotFound,
    #[error("no experiment with that id in this case")]
    ExperimentNotFound,
    #[error("the vault's schema version {found} is newer than this Leerteam ({supported}); update Leerteam")]
    SchemaTooNew { found: u32, supported: u32 },
    #[error("a case with this id already exists")]
    DuplicateCase,
    #[error("not a valid Leerteam case file: {0}")]
    BadJson(String),
    #[error("deleted items are kept 7 to 3650 days")]
    BadRetention,
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

fn first_error(findings: &[crate::findings::Finding]) -> String {
    let errors: Vec<_> = findings.iter().filter(|f| f.severity == crate::findings::Severity::Error).collect();
    match errors.as_slice() {
        [] => "no errors".into(),
        [one] => one.to_string(),
        [first, rest @ ..] => format!("{first} (and {} more)", rest.len()),
    }
}

leerteam_codes::error_codes!(ModelError {
    ModelError::UnknownValue(_) => "unknown_value",
    ModelError::Invalid(_) => "invalid",
    ModelError::CaseNotFound => "case_not_found",
    ModelError::ExperimentNotFound => "experiment_not_found",
    ModelError::SchemaTooNew { .. } => "schema_too_new",
    ModelError::DuplicateCase => "duplicate_case",
    ModelError::BadJson(_) => "bad_json",
    ModelError::BadRetention => "bad_retention",
    ModelError::Database(_) => "database",
});

pub type Result<T, E = ModelError> = std::result::Result<T, E>;
