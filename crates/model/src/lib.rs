//! The Learning Team domain: cases through the seven phases, their rules, and their storage over
//! a vault's SQLite connection. Nothing here reads the clock or knows about windows.

mod case;
mod error;
mod findings;
mod json;
mod kinds;
mod practice;
mod progress;
mod sample;
mod schema;
mod store;
mod validate;

pub use case::*;
pub use error::{ModelError, Result};
pub use json::{from_json, parse_date, schema as json_schema, to_json, CaseFile, FORMAT, FORMAT_VERSION};
pub use kinds::*;
pub use practice::{
    pack_from_json, pack_to_json, practice_case, usual_round, PackFile, PackRole, PracticePack, RoundStep, Seat,
    PACK_FORMAT, PACK_FORMAT_VERSION, PARTICIPANT_CARDS, ROUND_STEP_MINUTES,
};
pub use progress::{facts, open_items, suggested_phase, CaseFacts, ExperimentFacts, OpenItem, ProcessingTime};
pub use sample::{sample_case, sample_today};
pub use schema::{migrate, migrate_to, version as schema_version, LATEST_VERSION};
pub use store::{
    count_cases, create_case, insert_case, list_cases, load_case, load_colleagues, load_followed, load_retention_days,
    load_story_settings, load_vault_setting, purge_deleted, record_case_event, record_story_export, save_case,
    save_colleagues, save_retention_days, save_story_settings, save_vault_setting, CaseSummary, Followed,
    DEFAULT_RETENTION_DAYS, RETENTION_DAYS,
};
pub use validate::{
    check, check_change, Check, Finding, Severity, StoredExperiments, LINE_MAX, PROCESSING_DAYS, TEXT_MAX,
};
