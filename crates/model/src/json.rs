//! The case file format (docs/case-json.md): one case with everything under it.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::case::Case;
use crate::error::{ModelError, Result};

pub const FORMAT: &str = "leerteam.case";
/// 2 added the case's `history`; 3 a practice case's `practice` pack. A file of an older version
/// reads as a case without them.
pub const FORMAT_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    /// Always "leerteam.case".
    pub format: String,
    /// Version of this format; a reader refuses versions it does not know.
    pub version: u32,
    pub case: Case,
}

pub fn to_json(case: &Case) -> String {
    let file = CaseFile { format: FORMAT.into(), version: FORMAT_VERSION, case: case.clone() };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a case file and gives the case a new id, ready to insert beside the original.
pub fn from_json(text: &str, new_id: Uuid) -> Result<Case> {
    let file: CaseFile = serde_json::from_str(text).map_err(|e| ModelError::BadJson(describe(&e)))?;
    if file.format != FORMAT {
        return Err(ModelError::BadJson(format!("\"format\" must be \"{FORMAT}\"")));
    }
    if !(1..=FORMAT_VERSION).contains(&file.version) {
        return Err(ModelError::BadJson(format!(
            "format version {} is not supported (expected 1 to {FORMAT_VERSION})",
            file.version
        )));
    }
    let mut case = file.case;
    case.id = new_id;
    Ok(case)
}

/// serde's message without the offending value: a mistyped field may hold case text or a name.
pub(crate) fn describe(error: &serde_json::Error) -> String {
    let message = error.to_string();
    // serde ends with " at line L column C"; the position is added back below.
    let what = message.split(" at line ").next().unwrap_or_default();
    let quotes_value = ["invalid type", "invalid value", "unknown variant"].iter().any(|p| what.starts_with(p));
    let what = match what.split_once(", expected ") {
        Some((_, expected)) if quotes_value => format!("unexpected value, expected {expected}"),
        _ if quotes_value => "unexpected value".to_owned(),
        _ => what.to_owned(),
    };
    if error.line() == 0 {
        what
    } else {
        format!("{what} (line {}, column {})", error.line(), error.column())
    }
}

/// The JSON Schema of [`CaseFile`], as committed in docs/case.schema.json.
pub fn schema() -> String {
    let schema = schemars::schema_for!(CaseFile);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// Parses a date the way the CLI and the file format write it: YYYY-MM-DD.
pub fn parse_date(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| ModelError::BadJson("dates are written as YYYY-MM-DD, for example 2026-11-23".into()))
}
