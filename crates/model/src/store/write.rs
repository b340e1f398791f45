//! Writing a whole case: every table of its parts, in one transaction.

use rusqlite::{params, Transaction};

use super::tables::*;
use super::to_json_text;
use crate::case::*;
use crate::error::Result;

pub(super) fn write_case(tx: &Transaction<'_>, case: &Case) -> Result<()> {
    let id = case.id.to_string();
    write_case_row(tx, &id, case)?;
    write_preparation(tx, &id, case)?;
    write_perspectives(tx, &id, case)?;
    write_red_thread(tx, &id, case)?;
    for x in &case.experiments {
        write_experiment(tx, &id, x)?;
    }
    write_story(tx, &id, case)
}

/// The case's own row: what it is, its goal and scope, the integrated picture, the insights.
fn write_case_row(tx: &Transaction<'_>, id: &str, case: &Case) -> Result<()> {
    tx.execute(
        "INSERT INTO case_file (id, kind, title, ward, event_date, created_at, updated_at, phase, status,
            description, why_learn, expectation, scope_in, scope_out, integrated_picture,
            complexity, variability, coupling, history, practice, parked)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
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
            to_json_text(&case.history)?,
            case.practice.as_ref().map(to_json_text).transpose()?,
            to_json_text(&case.parked)?,
        ],
    )?;
    Ok(())
}

/// Phase 1's parts: the participants, the preconditions, the sessions.
fn write_preparation(tx: &Transaction<'_>, id: &str, case: &Case) -> Result<()> {
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
            s.notes,
            to_json_text(&s.heard)?,
            to_json_text(&s.questions_used)?,
            to_json_text(&s.marks)?,
        ])?;
    }
    Ok(())
}

/// Phase 2's parts: the perspectives with their emotions, and the timeline with who mentioned what.
fn write_perspectives(tx: &Transaction<'_>, id: &str, case: &Case) -> Result<()> {
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
            id,
            e.id,
            &e.participant_ids,
        )?;
    }
    Ok(())
}

/// Phase 4's parts: the themes with their sources, and the learning points.
fn write_red_thread(tx: &Transaction<'_>, id: &str, case: &Case) -> Result<()> {
    for t in &case.themes {
        tx.prepare_cached(&THEME.insert())?.execute(params![id, t.id, t.title, t.description])?;
        link(
            tx,
            "INSERT INTO theme_perspective (case_id, theme_id, perspective_id) VALUES (?1, ?2, ?3)",
            id,
            t.id,
            &t.perspective_ids,
        )?;
        link(tx, "INSERT INTO theme_event (case_id, theme_id, event_id) VALUES (?1, ?2, ?3)", id, t.id, &t.event_ids)?;
    }
    for l in &case.learning_points {
        tx.prepare_cached(&LEARNING_POINT.insert())?.execute(params![id, l.id, l.kind, l.text, l.theme_id])?;
    }
    Ok(())
}

/// Phase 7's story with its privacy review, and what was recently deleted.
fn write_story(tx: &Transaction<'_>, id: &str, case: &Case) -> Result<()> {
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
