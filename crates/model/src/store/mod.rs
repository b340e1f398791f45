//! Reading and writing cases over a vault's connection.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use uuid::Uuid;

use crate::case::*;
use crate::error::{ModelError, Result};
use crate::kinds::*;
use crate::validate::{self, Severity};

mod read;
mod tables;
mod write;

pub use read::load_case;
use read::rows;
use write::write_case;

/// One line of the case list.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct CaseSummary {
    pub id: Uuid,
    pub kind: CaseKind,
    pub title: String,
    pub ward: String,
    pub event_date: Option<NaiveDate>,
    pub phase: Phase,
    pub status: CaseStatus,
    pub updated_at: DateTime<Utc>,
    /// Experiments whose review date has passed while they are still followed.
    pub overdue_reviews: u32,
    /// A practice case (training mode): fictional, marked as such wherever it is shown.
    pub practice: bool,
}

/// Creates a case from the few fields a facilitator starts with.
pub fn create_case(conn: &mut Connection, id: Uuid, new: NewCase, now: DateTime<Utc>) -> Result<Case> {
    let case = Case::new(id, new, now);
    insert_case(conn, &case, now.date_naive())?;
    Ok(case)
}

/// Stores a whole case (an import, or a new case). Refused without change if the case has errors.
pub fn insert_case(conn: &mut Connection, case: &Case, today: NaiveDate) -> Result<()> {
    let findings = validate::check(case, today);
    if findings.iter().any(|f| f.severity == Severity::Error) {
        return Err(ModelError::Invalid(findings));
    }
    let tx = conn.transaction()?;
    let exists: Option<i64> =
        tx.query_row("SELECT 1 FROM case_file WHERE id = ?1", [case.id.to_string()], |r| r.get(0)).optional()?;
    if exists.is_some() {
        return Err(ModelError::DuplicateCase);
    }
    write_case(&tx, case)?;
    tx.commit()?;
    Ok(())
}

/// All cases, most recently changed first.
pub fn list_cases(conn: &Connection, today: NaiveDate) -> Result<Vec<CaseSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.kind, c.title, c.ward, c.event_date, c.phase, c.status, c.updated_at,
            c.practice IS NOT NULL AS practice
         FROM case_file c ORDER BY c.updated_at DESC, c.id",
    )?;
    // Overdue is decided by the model's rule (`review_overdue`), not again in SQL.
    let mut overdue: HashMap<String, u32> = HashMap::new();
    let mut reviews = conn.prepare_cached("SELECT case_id, status, review_on FROM experiment")?;
    // Columns are looked up by name once, not on every row of a thousand-case vault.
    let [case_id, status, review_on] = ["case_id", "status", "review_on"].map(|name| reviews.column_index(name));
    let (case_id, status, review_on) = (case_id?, status?, review_on?);
    let mut rows = reviews.query([])?;
    while let Some(r) = rows.next()? {
        if crate::case::review_overdue(r.get(status)?, r.get(review_on)?, today) {
            // The case's id is copied only for the few that are overdue.
            let case_id = r.get_ref(case_id)?.as_str().map_err(rusqlite::Error::from)?;
            *overdue.entry(case_id.to_owned()).or_default() += 1;
        }
    }
    let out = stmt
        .query_map([], |r| {
            let id: String = r.get("id")?;
            Ok(CaseSummary {
                id: Uuid::parse_str(&id).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
                })?,
                kind: r.get("kind")?,
                title: r.get("title")?,
                ward: r.get("ward")?,
                event_date: r.get("event_date")?,
                phase: r.get("phase")?,
                status: r.get("status")?,
                updated_at: r.get("updated_at")?,
                overdue_reviews: overdue.get(&id).copied().unwrap_or(0),
                practice: r.get("practice")?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(out)
}

/// An experiment still being followed, with what the follow-up board shows beside it.
#[derive(Debug, Clone, PartialEq)]
pub struct Followed {
    pub case_id: Uuid,
    pub case_title: String,
    /// The text of the learning point it serves.
    pub learning_point: Option<String>,
    pub experiment: Experiment,
}

/// Every experiment still being followed (the model's `is_open`) in the cases that are not
/// archived and not practice cases: only those cases' experiments and learning points are read,
/// not whole cases, so the board of a thousand cases stays quick.
pub fn load_followed(conn: &Connection) -> Result<Vec<Followed>> {
    let mut open_in: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut statuses = conn.prepare_cached("SELECT case_id, status FROM experiment")?;
    let mut rows = statuses.query([])?;
    while let Some(r) = rows.next()? {
        if r.get::<_, ExperimentStatus>("status")?.is_open() {
            open_in.insert(r.get("case_id")?);
        }
    }
    let mut cases = conn.prepare_cached(
        "SELECT id, title, status FROM case_file WHERE practice IS NULL ORDER BY updated_at DESC, id",
    )?;
    let active = cases.query_map([], |r| {
        Ok((r.get::<_, String>("id")?, r.get::<_, String>("title")?, r.get::<_, CaseStatus>("status")?))
    })?;
    let mut followed = Vec::new();
    for row in active {
        let (key, case_title, status) = row?;
        if status != CaseStatus::Active || !open_in.contains(&key) {
            continue;
        }
        let case_id = Uuid::parse_str(&key).map_err(|_| ModelError::CaseNotFound)?;
        let points: HashMap<LocalId, String> =
            read::rows(conn, "SELECT id, text FROM learning_point WHERE case_id = ?1", &key, |r| {
                Ok((r.get("id")?, r.get("text")?))
            })?
            .into_iter()
            .collect();
        for experiment in read::load_experiments(conn, &key)?.into_iter().filter(|x| x.status.is_open()) {
            let learning_point = experiment.learning_point_id.and_then(|id| points.get(&id).cloned());
            followed.push(Followed { case_id, case_title: case_title.clone(), learning_point, experiment });
        }
    }
    Ok(followed)
}

pub fn count_cases(conn: &Connection) -> Result<u64> {
    let count: i64 = conn.query_row("SELECT count(*) FROM case_file", [], |r| r.get(0))?;
    Ok(count.unsigned_abs())
}

/// Stores an edited case in place of the stored one: the workspace sends the whole case after each
/// change. Refused whole, without change, if the case breaks a rule; `created_at` stays as stored.
pub fn save_case(conn: &mut Connection, case: &Case, now: DateTime<Utc>) -> Result<Case> {
    let key = case.id.to_string();
    // When it was made and what happened to it are the vault's to say, not the editor's.
    // A practice case stays one and a real case cannot become one: the pack comes from an import.
    let (created_at, history, practice): (DateTime<Utc>, String, Option<String>) = conn
        .query_row("SELECT created_at, history, practice FROM case_file WHERE id = ?1", [&key], |r| {
            Ok((r.get("created_at")?, r.get("history")?, r.get("practice")?))
        })
        .optional()?
        .ok_or(ModelError::CaseNotFound)?;
    let history = from_json_text(1, &history)?;
    let practice = practice.map(|text| from_json_text(2, &text)).transpose()?;
    let before = stored_experiments(conn, &key)?;
    let mut stored = Case { created_at, history, practice, updated_at: now, ..case.clone() };
    // A participant added without a pseudonym gets the next free one for their role ("Arts B").
    for i in 0..stored.participants.len() {
        if stored.participants[i].pseudonym.trim().is_empty() {
            stored.participants[i].pseudonym = stored.suggest_pseudonym(stored.participants[i].role);
        }
    }
    forget_removed(&mut stored);
    // What was deleted longer ago than the vault keeps it is gone for good.
    let cutoff = now - TimeDelta::days(i64::from(load_retention_days(conn)?));
    stored.recently_deleted.retain(|d| d.deleted_at >= cutoff);
    let mut findings = validate::check(&stored, now.date_naive());
    findings.extend(validate::check_change(&before, &stored));
    if findings.iter().any(|f| f.severity == Severity::Error) {
        return Err(ModelError::Invalid(findings));
    }
    let tx = conn.transaction()?;
    // Everything under the case goes with it (ON DELETE CASCADE) and is written anew.
    tx.execute("DELETE FROM case_file WHERE id = ?1", [&key])?;
    write_case(&tx, &stored)?;
    tx.commit()?;
    Ok(stored)
}

/// Session mode's records point at participants, sessions and experiments that the workspace may
/// remove: a removal drops what pointed at it (a parked fix whose experiment went is a seed again),
/// so that deleting never blocks a save.
fn forget_removed(case: &mut Case) {
    let participants: Vec<LocalId> = case.participants.iter().map(|p| p.id).collect();
    let sessions: Vec<LocalId> = case.sessions.iter().map(|s| s.id).collect();
    let experiments: Vec<LocalId> = case.experiments.iter().map(|x| x.id).collect();
    let gone = |id: &Option<LocalId>, known: &[LocalId]| id.is_some_and(|id| !known.contains(&id));
    for session in &mut case.sessions {
        session.heard.retain(|p| participants.contains(p));
        session.marks.retain(|m| !gone(&m.participant_id, &participants));
    }
    for fix in &mut case.parked {
        if gone(&fix.session_id, &sessions) {
            fix.session_id = None;
        }
        if gone(&fix.participant_id, &participants) {
            fix.participant_id = None;
        }
        if gone(&fix.experiment_id, &experiments) {
            fix.experiment_id = None;
        }
    }
}

/// Adds `event` to the history of case `id`; nothing else of the case changes.
pub fn record_case_event(conn: &Connection, id: Uuid, event: CaseEvent) -> Result<Case> {
    let key = id.to_string();
    let history: String = conn
        .query_row("SELECT history FROM case_file WHERE id = ?1", [&key], |r| r.get("history"))
        .optional()?
        .ok_or(ModelError::CaseNotFound)?;
    let mut history: Vec<CaseEvent> = from_json_text(0, &history)?;
    history.push(event);
    conn.execute("UPDATE case_file SET history = ?2 WHERE id = ?1", params![key, to_json_text(&history)?])?;
    load_case(conn, id)
}

/// Only what a change is checked against, not the whole case: a save stays one read and one write.
fn stored_experiments(conn: &Connection, key: &str) -> Result<validate::StoredExperiments> {
    let statuses = rows(conn, "SELECT id, status FROM experiment WHERE case_id = ?1", key, |r| {
        Ok((r.get("id")?, r.get("status")?))
    })?;
    let deleted = rows(
        conn,
        "SELECT payload FROM deleted_item WHERE case_id = ?1 AND kind = 'experiment' ORDER BY id",
        key,
        |r| from_json_text(0, &r.get::<_, String>("payload")?),
    )?;
    Ok(validate::StoredExperiments { statuses, deleted })
}

/// Records an exported learning story with its case, without touching anything else in it.
pub fn record_story_export(conn: &mut Connection, case_id: Uuid, export: StoryExport) -> Result<Case> {
    let mut case = load_case(conn, case_id)?;
    case.story.review.exports.push(export);
    conn.execute(
        "UPDATE story SET review = ?2 WHERE case_id = ?1",
        params![case_id.to_string(), to_json_text(&case.story.review)?],
    )?;
    Ok(case)
}

const STORY_SETTINGS: &str = "story";
const RETENTION: &str = "deleted_retention_days";
/// How long a deleted item stays in "recently deleted" unless the vault says otherwise.
pub const DEFAULT_RETENTION_DAYS: u32 = 90;
/// The shortest and longest retention a facilitator can choose.
pub const RETENTION_DAYS: std::ops::RangeInclusive<u32> = 7..=3650;

/// How many days deleted items are kept before they are removed for good.
pub fn load_retention_days(conn: &Connection) -> Result<u32> {
    let value: Option<String> =
        conn.query_row("SELECT value FROM vault_setting WHERE key = ?1", [RETENTION], |r| r.get("value")).optional()?;
    Ok(value.and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_RETENTION_DAYS))
}

pub fn save_retention_days(conn: &Connection, days: u32) -> Result<()> {
    if !RETENTION_DAYS.contains(&days) {
        return Err(ModelError::BadRetention);
    }
    conn.execute(
        "INSERT INTO vault_setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
        params![RETENTION, days.to_string()],
    )?;
    Ok(())
}

/// Removes for good, in every case, what was deleted longer ago than the retention; returns how many.
pub fn purge_deleted(conn: &Connection, now: DateTime<Utc>) -> Result<usize> {
    let cutoff = now - TimeDelta::days(i64::from(load_retention_days(conn)?));
    Ok(conn.execute("DELETE FROM deleted_item WHERE deleted_at < ?1", params![cutoff])?)
}
/// A vault setting kept as JSON under `key`, if it was ever stored.
pub fn load_vault_setting<T: serde::de::DeserializeOwned>(conn: &Connection, key: &str) -> Result<Option<T>> {
    let value: Option<String> =
        conn.query_row("SELECT value FROM vault_setting WHERE key = ?1", [key], |r| r.get("value")).optional()?;
    Ok(value.map(|v| from_json_text(0, &v)).transpose()?)
}

pub fn save_vault_setting(conn: &Connection, key: &str, value: &impl Serialize) -> Result<()> {
    conn.execute(
        "INSERT INTO vault_setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
        params![key, to_json_text(value)?],
    )?;
    Ok(())
}

const COLLEAGUES: &str = "colleagues";

pub fn load_colleagues(conn: &Connection) -> Result<Vec<Colleague>> {
    let value: Option<String> = conn
        .query_row("SELECT value FROM vault_setting WHERE key = ?1", [COLLEAGUES], |r| r.get("value"))
        .optional()?;
    Ok(value.map(|v| from_json_text(0, &v)).transpose()?.unwrap_or_default())
}

pub fn save_colleagues(conn: &Connection, colleagues: &[Colleague]) -> Result<()> {
    conn.execute(
        "INSERT INTO vault_setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
        params![COLLEAGUES, to_json_text(&colleagues)?],
    )?;
    Ok(())
}

pub fn load_story_settings(conn: &Connection) -> Result<StorySettings> {
    let value: Option<String> = conn
        .query_row("SELECT value FROM vault_setting WHERE key = ?1", [STORY_SETTINGS], |r| r.get("value"))
        .optional()?;
    Ok(value.map(|v| from_json_text(0, &v)).transpose()?.unwrap_or_default())
}

pub fn save_story_settings(conn: &Connection, settings: &StorySettings) -> Result<()> {
    conn.execute(
        "INSERT INTO vault_setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
        params![STORY_SETTINGS, to_json_text(settings)?],
    )?;
    Ok(())
}

fn to_json_text(value: &impl Serialize) -> Result<String> {
    serde_json::to_string(value).map_err(|e| ModelError::BadJson(e.to_string()))
}

/// JSON kept in a column, read back; a malformed value is a conversion error of that column.
fn from_json_text<T: serde::de::DeserializeOwned>(column: usize, text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(e)))
}
