//! Reading and writing cases over a vault's connection.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};
use serde::Serialize;
use uuid::Uuid;

use crate::case::*;
use crate::error::{ModelError, Result};
use crate::kinds::*;
use crate::validate::{self, Severity};

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

/// A table of a case's parts: its columns after `case_id`, named once for the insert and the select
/// (rows are read by column name, so the order only has to match the insert's values).
struct Table {
    name: &'static str,
    columns: &'static str,
}

impl Table {
    fn insert(&self) -> String {
        let values: Vec<String> = (1..=self.columns.split(',').count() + 1).map(|i| format!("?{i}")).collect();
        format!("INSERT INTO {} (case_id, {}) VALUES ({})", self.name, self.columns, values.join(", "))
    }

    /// All of one case's rows (`case_id = ?1`), in `order`.
    fn select(&self, order: &str) -> String {
        format!("SELECT {} FROM {} WHERE case_id = ?1 ORDER BY {order}", self.columns, self.name)
    }
}

const PARTICIPANT: Table = Table { name: "participant", columns: "id, role, discipline, name, pseudonym, reflection" };
const PRECONDITION: Table = Table { name: "precondition", columns: "item, met, note" };
const SESSION: Table = Table { name: "session", columns: "id, kind, planned_on, held_on, place, notes" };
const PERSPECTIVE: Table =
    Table { name: "perspective", columns: "id, participant_id, session_id, text, went_well, was_hard, other_emotion" };
const TIMELINE_EVENT: Table = Table { name: "timeline_event", columns: "id, position, at, description" };
const THEME: Table = Table { name: "theme", columns: "id, title, description" };
const LEARNING_POINT: Table = Table { name: "learning_point", columns: "id, kind, text, theme_id" };
const EXPERIMENT: Table = Table {
    name: "experiment",
    columns: "id, learning_point_id, action, prediction, owner_role, start_on, smallest_scale, review_on, status",
};
const SUCCESS_CRITERION: Table = Table { name: "success_criterion", columns: "id, experiment_id, kind, text" };
const CHECK_IN: Table = Table { name: "check_in", columns: "id, experiment_id, on_date, observation, result" };
const STORY: Table = Table { name: "story", columns: "text, audience, asks, review" };
const DELETED_ITEM: Table = Table { name: "deleted_item", columns: "id, kind, label, deleted_at, payload" };

fn write_case(tx: &Transaction<'_>, case: &Case) -> Result<()> {
    let id = case.id.to_string();
    tx.execute(
        "INSERT INTO case_file (id, kind, title, ward, event_date, created_at, updated_at, phase, status,
            description, why_learn, expectation, scope_in, scope_out, integrated_picture,
            complexity, variability, coupling)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        params![
            id,
            case.kind,
            case.title,
            case.ward,
            case.event_date,
            case.created_at,
            case.updated_at,
            case.phase,
            case.status,
            case.goal.description,
            case.goal.why_learn,
            case.goal.expectation,
            case.goal.scope_in,
            case.goal.scope_out,
            case.integrated_picture,
            case.insights.complexity,
            case.insights.variability,
            case.insights.coupling,
        ],
    )?;
    for p in &case.participants {
        tx.prepare_cached(&PARTICIPANT.insert())?.execute(params![
            id,
            p.id,
            p.role,
            p.discipline,
            p.name,
            p.pseudonym,
            p.reflection
        ])?;
    }
    for c in &case.preconditions {
        tx.prepare_cached(&PRECONDITION.insert())?.execute(params![id, c.item, c.met, c.note])?;
    }
    for s in &case.sessions {
        tx.prepare_cached(&SESSION.insert())?.execute(params![
            id,
            s.id,
            s.kind,
            s.planned_on,
            s.held_on,
            s.place,
            s.notes
        ])?;
    }
    for p in &case.perspectives {
        tx.prepare_cached(&PERSPECTIVE.insert())?.execute(params![
            id,
            p.id,
            p.participant_id,
            p.session_id,
            p.text,
            p.went_well,
            p.was_hard,
            p.other_emotion
        ])?;
        for emotion in &p.emotions {
            tx.prepare_cached(
                "INSERT INTO perspective_emotion (case_id, perspective_id, emotion) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![id, p.id, emotion])?;
        }
    }
    for e in &case.timeline {
        tx.prepare_cached(&TIMELINE_EVENT.insert())?.execute(params![id, e.id, e.position, e.at, e.description])?;
        link(
            tx,
            "INSERT INTO event_mention (case_id, event_id, participant_id) VALUES (?1, ?2, ?3)",
            &id,
            e.id,
            &e.participant_ids,
        )?;
    }
    for t in &case.themes {
        tx.prepare_cached(&THEME.insert())?.execute(params![id, t.id, t.title, t.description])?;
        link(
            tx,
            "INSERT INTO theme_perspective (case_id, theme_id, perspective_id) VALUES (?1, ?2, ?3)",
            &id,
            t.id,
            &t.perspective_ids,
        )?;
        link(tx, "INSERT INTO theme_event (case_id, theme_id, event_id) VALUES (?1, ?2, ?3)", &id, t.id, &t.event_ids)?;
    }
    for l in &case.learning_points {
        tx.prepare_cached(&LEARNING_POINT.insert())?.execute(params![id, l.id, l.kind, l.text, l.theme_id])?;
    }
    for x in &case.experiments {
        write_experiment(tx, &id, x)?;
    }
    tx.execute(
        &STORY.insert(),
        params![id, case.story.text, case.story.audience, case.story.asks, to_json_text(&case.story.review)?],
    )?;
    for d in &case.recently_deleted {
        tx.prepare_cached(&DELETED_ITEM.insert())?.execute(params![
            id,
            d.id,
            d.kind,
            d.label,
            d.deleted_at,
            d.item.to_string()
        ])?;
    }
    Ok(())
}

fn write_experiment(tx: &Transaction<'_>, case_id: &str, x: &Experiment) -> Result<()> {
    tx.prepare_cached(&EXPERIMENT.insert())?.execute(params![
        case_id,
        x.id,
        x.learning_point_id,
        x.action,
        x.prediction,
        x.owner_role,
        x.start_on,
        x.smallest_scale,
        x.review_on,
        x.status,
    ])?;
    for c in &x.criteria {
        tx.prepare_cached(&SUCCESS_CRITERION.insert())?.execute(params![case_id, c.id, x.id, c.kind, c.text])?;
    }
    for c in &x.check_ins {
        tx.prepare_cached(&CHECK_IN.insert())?.execute(params![case_id, c.id, x.id, c.on, c.observation, c.result])?;
    }
    Ok(())
}

fn link(tx: &Transaction<'_>, sql: &str, case_id: &str, from: LocalId, to: &[LocalId]) -> Result<()> {
    let mut stmt = tx.prepare_cached(sql)?;
    for target in to {
        stmt.execute(params![case_id, from, target])?;
    }
    Ok(())
}

/// The whole case with everything under it. Each table is read once, all of this case's rows at a
/// time, and columns are read by name.
pub fn load_case(conn: &Connection, id: Uuid) -> Result<Case> {
    let key = id.to_string();
    let mut case = conn
        .query_row(
            "SELECT kind, title, ward, event_date, phase, status, created_at, updated_at, description, why_learn,
                expectation, scope_in, scope_out, integrated_picture, complexity, variability, coupling
             FROM case_file WHERE id = ?1",
            [&key],
            |r| case_row(id, r),
        )
        .optional()?
        .ok_or(ModelError::CaseNotFound)?;
    case.participants = rows(conn, &PARTICIPANT.select("id"), &key, |r| {
        Ok(Participant {
            id: r.get("id")?,
            role: r.get("role")?,
            discipline: r.get("discipline")?,
            name: r.get("name")?,
            pseudonym: r.get("pseudonym")?,
            reflection: r.get("reflection")?,
        })
    })?;
    case.preconditions = rows(conn, &PRECONDITION.select("rowid"), &key, |r| {
        Ok(PreconditionCheck { item: r.get("item")?, met: r.get("met")?, note: r.get("note")? })
    })?;
    case.sessions = rows(conn, &SESSION.select("id"), &key, |r| {
        Ok(Session {
            id: r.get("id")?,
            kind: r.get("kind")?,
            planned_on: r.get("planned_on")?,
            held_on: r.get("held_on")?,
            place: r.get("place")?,
            notes: r.get("notes")?,
        })
    })?;
    case.perspectives = load_perspectives(conn, &key)?;
    case.timeline = load_timeline(conn, &key)?;
    case.themes = load_themes(conn, &key)?;
    case.learning_points = rows(conn, &LEARNING_POINT.select("id"), &key, |r| {
        Ok(LearningPoint { id: r.get("id")?, kind: r.get("kind")?, text: r.get("text")?, theme_id: r.get("theme_id")? })
    })?;
    case.experiments = load_experiments(conn, &key)?;
    case.story = conn
        .query_row(&STORY.select("case_id"), [&key], |r| {
            let review: String = r.get("review")?;
            Ok(Story {
                text: r.get("text")?,
                audience: r.get("audience")?,
                asks: r.get("asks")?,
                review: from_json_text(3, &review)?,
            })
        })
        .optional()?
        .unwrap_or_default();
    case.recently_deleted = rows(conn, &DELETED_ITEM.select("id"), &key, |r| {
        let payload: String = r.get("payload")?;
        Ok(DeletedItem {
            id: r.get("id")?,
            kind: r.get("kind")?,
            label: r.get("label")?,
            deleted_at: r.get("deleted_at")?,
            item: from_json_text(4, &payload)?,
        })
    })?;
    Ok(case)
}

fn case_row(id: Uuid, r: &Row<'_>) -> rusqlite::Result<Case> {
    Ok(Case {
        id,
        kind: r.get("kind")?,
        title: r.get("title")?,
        ward: r.get("ward")?,
        event_date: r.get("event_date")?,
        phase: r.get("phase")?,
        status: r.get("status")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
        goal: Goal {
            description: r.get("description")?,
            why_learn: r.get("why_learn")?,
            expectation: r.get("expectation")?,
            scope_in: r.get("scope_in")?,
            scope_out: r.get("scope_out")?,
        },
        integrated_picture: r.get("integrated_picture")?,
        insights: Insights {
            complexity: r.get("complexity")?,
            variability: r.get("variability")?,
            coupling: r.get("coupling")?,
        },
        participants: Vec::new(),
        preconditions: Vec::new(),
        sessions: Vec::new(),
        perspectives: Vec::new(),
        timeline: Vec::new(),
        themes: Vec::new(),
        learning_points: Vec::new(),
        experiments: Vec::new(),
        story: Story::default(),
        recently_deleted: Vec::new(),
    })
}

fn load_perspectives(conn: &Connection, key: &str) -> Result<Vec<Perspective>> {
    let mut emotions = grouped(
        conn,
        "SELECT perspective_id AS owner, emotion AS value FROM perspective_emotion WHERE case_id = ?1 ORDER BY rowid",
        key,
    )?;
    rows(conn, &PERSPECTIVE.select("id"), key, |r| {
        let id: LocalId = r.get("id")?;
        Ok(Perspective {
            id,
            participant_id: r.get("participant_id")?,
            session_id: r.get("session_id")?,
            text: r.get("text")?,
            went_well: r.get("went_well")?,
            was_hard: r.get("was_hard")?,
            emotions: emotions.remove(&id).unwrap_or_default(),
            other_emotion: r.get("other_emotion")?,
        })
    })
}

fn load_timeline(conn: &Connection, key: &str) -> Result<Vec<TimelineEvent>> {
    let mut mentions = grouped(
        conn,
        "SELECT event_id AS owner, participant_id AS value FROM event_mention WHERE case_id = ?1 ORDER BY rowid",
        key,
    )?;
    rows(conn, &TIMELINE_EVENT.select("position, id"), key, |r| {
        let id: LocalId = r.get("id")?;
        Ok(TimelineEvent {
            id,
            position: r.get("position")?,
            at: r.get("at")?,
            description: r.get("description")?,
            participant_ids: mentions.remove(&id).unwrap_or_default(),
        })
    })
}

fn load_themes(conn: &Connection, key: &str) -> Result<Vec<Theme>> {
    let mut perspectives = grouped(
        conn,
        "SELECT theme_id AS owner, perspective_id AS value FROM theme_perspective WHERE case_id = ?1 ORDER BY rowid",
        key,
    )?;
    let mut events = grouped(
        conn,
        "SELECT theme_id AS owner, event_id AS value FROM theme_event WHERE case_id = ?1 ORDER BY rowid",
        key,
    )?;
    rows(conn, &THEME.select("id"), key, |r| {
        let id: LocalId = r.get("id")?;
        Ok(Theme {
            id,
            title: r.get("title")?,
            description: r.get("description")?,
            perspective_ids: perspectives.remove(&id).unwrap_or_default(),
            event_ids: events.remove(&id).unwrap_or_default(),
        })
    })
}

fn load_experiments(conn: &Connection, key: &str) -> Result<Vec<Experiment>> {
    let mut criteria: HashMap<LocalId, Vec<Criterion>> = HashMap::new();
    for (owner, criterion) in rows(conn, &SUCCESS_CRITERION.select("id"), key, |r| {
        let criterion = Criterion { id: r.get("id")?, kind: r.get("kind")?, text: r.get("text")? };
        Ok((r.get::<_, LocalId>("experiment_id")?, criterion))
    })? {
        criteria.entry(owner).or_default().push(criterion);
    }
    let mut check_ins: HashMap<LocalId, Vec<CheckIn>> = HashMap::new();
    for (owner, check_in) in rows(conn, &CHECK_IN.select("id"), key, |r| {
        let check_in = CheckIn {
            id: r.get("id")?,
            on: r.get("on_date")?,
            observation: r.get("observation")?,
            result: r.get("result")?,
        };
        Ok((r.get::<_, LocalId>("experiment_id")?, check_in))
    })? {
        check_ins.entry(owner).or_default().push(check_in);
    }
    rows(conn, &EXPERIMENT.select("id"), key, |r| {
        let id: LocalId = r.get("id")?;
        Ok(Experiment {
            id,
            learning_point_id: r.get("learning_point_id")?,
            action: r.get("action")?,
            prediction: r.get("prediction")?,
            owner_role: r.get("owner_role")?,
            start_on: r.get("start_on")?,
            smallest_scale: r.get("smallest_scale")?,
            review_on: r.get("review_on")?,
            status: r.get("status")?,
            criteria: criteria.remove(&id).unwrap_or_default(),
            check_ins: check_ins.remove(&id).unwrap_or_default(),
        })
    })
}

fn rows<T>(
    conn: &Connection,
    sql: &str,
    key: &str,
    map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let out = stmt.query_map([key], map)?.collect::<rusqlite::Result<Vec<T>>>()?;
    Ok(out)
}

/// A link table of one case, read at once: its `owner` column's ids, each with its `value`s in order.
fn grouped<T: rusqlite::types::FromSql>(conn: &Connection, sql: &str, key: &str) -> Result<HashMap<LocalId, Vec<T>>> {
    let mut by_owner: HashMap<LocalId, Vec<T>> = HashMap::new();
    for (owner, value) in rows(conn, sql, key, |r| Ok((r.get::<_, LocalId>("owner")?, r.get::<_, T>("value")?)))? {
        by_owner.entry(owner).or_default().push(value);
    }
    Ok(by_owner)
}

/// All cases, most recently changed first.
pub fn list_cases(conn: &Connection, today: NaiveDate) -> Result<Vec<CaseSummary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.kind, c.title, c.ward, c.event_date, c.phase, c.status, c.updated_at
         FROM case_file c ORDER BY c.updated_at DESC, c.id",
    )?;
    // Overdue is decided by the model's rule (`review_overdue`), not again in SQL.
    let mut overdue: HashMap<String, u32> = HashMap::new();
    let mut reviews = conn.prepare_cached("SELECT case_id, status, review_on FROM experiment")?;
    let mut rows = reviews.query([])?;
    while let Some(r) = rows.next()? {
        if crate::case::review_overdue(r.get("status")?, r.get("review_on")?, today) {
            // The case's id is copied only for the few that are overdue.
            let case_id = r.get_ref("case_id")?.as_str().map_err(rusqlite::Error::from)?;
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
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(out)
}

pub fn count_cases(conn: &Connection) -> Result<u64> {
    let count: i64 = conn.query_row("SELECT count(*) FROM case_file", [], |r| r.get(0))?;
    Ok(count.unsigned_abs())
}

/// Records a decision on an experiment, if the method allows it from its current status.
pub fn set_experiment_status(
    conn: &Connection,
    case_id: Uuid,
    experiment_id: LocalId,
    next: ExperimentStatus,
    now: DateTime<Utc>,
) -> Result<()> {
    let key = case_id.to_string();
    let current: ExperimentStatus = conn
        .query_row("SELECT status FROM experiment WHERE case_id = ?1 AND id = ?2", params![key, experiment_id], |r| {
            r.get("status")
        })
        .optional()?
        .ok_or(ModelError::ExperimentNotFound)?;
    if !current.can_become(next) {
        return Err(ModelError::StatusChange { from: current, to: next });
    }
    conn.execute(
        "UPDATE experiment SET status = ?3 WHERE case_id = ?1 AND id = ?2",
        params![key, experiment_id, next],
    )?;
    conn.execute("UPDATE case_file SET updated_at = ?2 WHERE id = ?1", params![key, now])?;
    Ok(())
}

/// Stores an edited case in place of the stored one: the workspace sends the whole case after each
/// change. Refused whole, without change, if the case breaks a rule; `created_at` stays as stored.
pub fn save_case(conn: &mut Connection, case: &Case, now: DateTime<Utc>) -> Result<Case> {
    let key = case.id.to_string();
    let created_at: DateTime<Utc> = conn
        .query_row("SELECT created_at FROM case_file WHERE id = ?1", [&key], |r| r.get("created_at"))
        .optional()?
        .ok_or(ModelError::CaseNotFound)?;
    let before = stored_experiments(conn, &key)?;
    let mut stored = Case { created_at, updated_at: now, ..case.clone() };
    // A participant added without a pseudonym gets the next free one for their role ("Arts B").
    for i in 0..stored.participants.len() {
        if stored.participants[i].pseudonym.trim().is_empty() {
            stored.participants[i].pseudonym = stored.suggest_pseudonym(stored.participants[i].role);
        }
    }
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
