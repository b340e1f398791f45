//! Reading a whole case: each table of its parts once, grouped by owner, columns by name.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, Row};
use uuid::Uuid;

use super::from_json_text;
use super::tables::*;
use crate::case::*;
use crate::error::{ModelError, Result};

/// The whole case with everything under it. Each table is read once, all of this case's rows at a
/// time, and columns are read by name.
pub fn load_case(conn: &Connection, id: Uuid) -> Result<Case> {
    let key = id.to_string();
    let mut case = conn
        .query_row(
            "SELECT kind, title, ward, event_date, phase, status, created_at, updated_at, description, why_learn,
                expectation, scope_in, scope_out, integrated_picture, complexity, variability, coupling, history, practice, parked
             FROM case_file WHERE id = ?1",
            [&key],
            |r| case_row(id, r),
        )
        .optional()?
        .ok_or(ModelError::CaseNotFound)?;
    case.participants = rows(conn, &PARTICIPANT.select("rowid"), &key, |r| {
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
    case.sessions = rows(conn, &SESSION.select("rowid"), &key, |r| {
        Ok(Session {
            id: r.get("id")?,
            kind: r.get("kind")?,
            planned_on: r.get("planned_on")?,
            held_on: r.get("held_on")?,
            place: r.get("place")?,
            notes: r.get("notes")?,
            heard: from_json_text(6, &r.get::<_, String>("heard")?)?,
            questions_used: from_json_text(7, &r.get::<_, String>("questions_used")?)?,
            marks: from_json_text(8, &r.get::<_, String>("marks")?)?,
        })
    })?;
    case.perspectives = load_perspectives(conn, &key)?;
    case.timeline = load_timeline(conn, &key)?;
    case.themes = load_themes(conn, &key)?;
    case.learning_points = rows(conn, &LEARNING_POINT.select("rowid"), &key, |r| {
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
    case.recently_deleted = rows(conn, &DELETED_ITEM.select("rowid"), &key, |r| {
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
        history: from_json_text(17, &r.get::<_, String>("history")?)?,
        practice: r.get::<_, Option<String>>("practice")?.map(|text| from_json_text(18, &text)).transpose()?,
        parked: from_json_text(19, &r.get::<_, String>("parked")?)?,
    })
}

fn load_perspectives(conn: &Connection, key: &str) -> Result<Vec<Perspective>> {
    let mut emotions = grouped(
        conn,
        "SELECT perspective_id AS owner, emotion AS value FROM perspective_emotion WHERE case_id = ?1 ORDER BY rowid",
        key,
    )?;
    rows(conn, &PERSPECTIVE.select("rowid"), key, |r| {
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
    rows(conn, &TIMELINE_EVENT.select("rowid"), key, |r| {
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
    rows(conn, &THEME.select("rowid"), key, |r| {
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

pub(super) fn load_experiments(conn: &Connection, key: &str) -> Result<Vec<Experiment>> {
    let mut criteria: HashMap<LocalId, Vec<Criterion>> = HashMap::new();
    for (owner, criterion) in rows(conn, &SUCCESS_CRITERION.select("rowid"), key, |r| {
        let criterion = Criterion { id: r.get("id")?, kind: r.get("kind")?, text: r.get("text")? };
        Ok((r.get::<_, LocalId>("experiment_id")?, criterion))
    })? {
        criteria.entry(owner).or_default().push(criterion);
    }
    let mut check_ins: HashMap<LocalId, Vec<CheckIn>> = HashMap::new();
    for (owner, check_in) in rows(conn, &CHECK_IN.select("rowid"), key, |r| {
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
    rows(conn, &EXPERIMENT.select("rowid"), key, |r| {
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

pub(super) fn rows<T>(
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
