//! The model's rules and storage, over an in-memory database like the vault's.

use chrono::{DateTime, NaiveDate, TimeDelta, TimeZone, Utc};
use leerteam_model::*;
use rusqlite::Connection;
use uuid::Uuid;

mod edits;
mod migrations;
mod practice;
mod properties;
mod rules;
mod session_mode;
mod workspace;

pub fn db() -> Connection {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    migrate(&mut conn).unwrap();
    conn
}

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 14, 3, 0).unwrap()
}

pub fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn a_rich_case_is_stored_and_read_back_unchanged() {
    let mut conn = db();
    let case = sample_case(id(1), 7, now());
    insert_case(&mut conn, &case, sample_today()).unwrap();
    let loaded = load_case(&conn, id(1)).unwrap();
    assert_eq!(loaded, case);
    assert_eq!(loaded.perspectives.len(), 8);
    assert_eq!(loaded.timeline.len(), 20);
    assert_eq!(loaded.experiments.iter().map(|x| x.check_ins.len()).sum::<usize>(), 8);
}

#[test]
fn json_export_and_import_round_trip_under_a_new_id() {
    let mut conn = db();
    let case = sample_case(id(1), 11, now());
    insert_case(&mut conn, &case, sample_today()).unwrap();
    let exported = to_json(&load_case(&conn, id(1)).unwrap());
    let imported = from_json(&exported, id(2)).unwrap();
    insert_case(&mut conn, &imported, sample_today()).unwrap();
    let again = to_json(&load_case(&conn, id(2)).unwrap());
    assert_eq!(again, exported.replace(&id(1).to_string(), &id(2).to_string()));
    assert_eq!(count_cases(&conn).unwrap(), 2);
}

#[test]
fn a_case_keeps_its_history_whatever_an_editor_sends() {
    let mut conn = db();
    insert_case(&mut conn, &sample_case(id(1), 7, now()), sample_today()).unwrap();
    let sent = CaseEvent { at: now(), kind: CaseEventKind::Sent, detail: "Marieke (IC)".into() };
    let case = record_case_event(&conn, id(1), sent.clone()).unwrap();
    assert_eq!(case.history, std::slice::from_ref(&sent));
    // An edit that drops the history, or writes one of its own, does not change it.
    let mut edited = case.clone();
    edited.title = "Een andere titel".into();
    edited.history = vec![CaseEvent { at: now(), kind: CaseEventKind::Received, detail: String::new() }];
    let saved = save_case(&mut conn, &edited, now()).unwrap();
    assert_eq!(saved.history, std::slice::from_ref(&sent));
    assert_eq!(load_case(&conn, id(1)).unwrap().history, [sent]);
    assert_eq!(load_case(&conn, id(1)).unwrap().title, "Een andere titel");
    assert!(matches!(record_case_event(&conn, id(9), saved.history[0].clone()), Err(ModelError::CaseNotFound)));
}

#[test]
fn creating_a_case_starts_in_phase_one_with_the_preconditions_checklist() {
    let mut conn = db();
    let new = NewCase {
        kind: CaseKind::WentWell,
        title: "Goed verlopen reanimatie".into(),
        ward: "Poli".into(),
        event_date: Some(date(2026, 11, 2)),
    };
    let case = create_case(&mut conn, id(5), new, now()).unwrap();
    assert_eq!(case.phase, Phase::GoalAndScope);
    assert_eq!(case.phase.number(), 1);
    assert_eq!(case.preconditions.len(), 5);
    assert!(case.preconditions.iter().all(|c| !c.met));
    let list = list_cases(&conn, sample_today()).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].title, "Goed verlopen reanimatie");
    assert_eq!(list[0].kind, CaseKind::WentWell);
    assert_eq!(load_case(&conn, id(5)).unwrap(), case);
}

#[test]
fn the_case_list_counts_overdue_reviews_with_today_passed_in() {
    let mut conn = db();
    let mut case = sample_case(id(1), 3, now());
    for x in &mut case.experiments {
        x.status = ExperimentStatus::Running;
        x.review_on = Some(date(2026, 11, 20));
    }
    case.experiments[0].status = ExperimentStatus::Adopted;
    insert_case(&mut conn, &case, sample_today()).unwrap();
    let count = |today| list_cases(&conn, today).unwrap()[0].overdue_reviews;
    assert_eq!(count(date(2026, 11, 20)), 0, "due today is not overdue");
    assert_eq!(count(date(2026, 11, 21)), 3, "adopted experiments are no longer followed");
    assert_eq!(case.overdue_experiments(date(2026, 11, 21)).count(), 3);
}

#[test]
fn an_unknown_case_is_a_typed_error() {
    let conn = db();
    assert!(matches!(load_case(&conn, id(9)), Err(ModelError::CaseNotFound)));
}

#[test]
fn inserting_the_same_case_twice_is_refused() {
    let mut conn = db();
    let case = sample_case(id(1), 1, now());
    insert_case(&mut conn, &case, sample_today()).unwrap();
    assert!(matches!(insert_case(&mut conn, &case, sample_today()), Err(ModelError::DuplicateCase)));
    assert_eq!(count_cases(&conn).unwrap(), 1);
}

#[test]
fn experiment_decisions_follow_the_allowed_transitions() {
    use ExperimentStatus::*;
    let allowed = [
        (Planned, Running),
        (Planned, Abandoned),
        (Running, Running),
        (Running, Adopted),
        (Running, Adapted),
        (Running, Abandoned),
        (Adapted, Running),
        (Adapted, Abandoned),
    ];
    for &from in ExperimentStatus::ALL {
        for &to in ExperimentStatus::ALL {
            assert_eq!(from.can_become(to), allowed.contains(&(from, to)), "{from} -> {to}");
        }
    }
    let mut conn = db();
    let mut case = sample_case(id(1), 2, now());
    case.experiments[0].status = Planned;
    insert_case(&mut conn, &case, sample_today()).unwrap();
    // A decision is a save of the case like any other: refused unless the method allows it.
    let later = now() + TimeDelta::hours(1);
    let decided = |conn: &Connection, status| {
        let mut edited = load_case(conn, id(1)).unwrap();
        edited.experiments[0].status = status;
        edited
    };
    let skipped = decided(&conn, Adopted);
    let err = save_case(&mut conn, &skipped, later).unwrap_err();
    assert!(matches!(&err, ModelError::Invalid(f) if f.iter().any(|f| f.code == "status_change")), "{err:?}");
    for status in [Running, Adopted] {
        let edited = decided(&conn, status);
        save_case(&mut conn, &edited, later).unwrap();
    }
    let stored = load_case(&conn, id(1)).unwrap();
    assert_eq!(stored.experiments[0].status, Adopted);
    assert_eq!(stored.updated_at, later);
}

#[test]
fn pseudonyms_are_suggested_per_role_with_the_next_free_letter() {
    let mut case = Case::new(
        id(1),
        NewCase { kind: CaseKind::Incident, title: "t".into(), ward: String::new(), event_date: None },
        now(),
    );
    assert_eq!(case.suggest_pseudonym(Role::Nurse), "Verpleegkundige A");
    for n in 0..27 {
        let pseudonym = case.suggest_pseudonym(Role::Nurse);
        case.participants.push(Participant {
            id: n + 1,
            role: Role::Nurse,
            discipline: String::new(),
            name: None,
            pseudonym,
            reflection: String::new(),
        });
    }
    assert_eq!(case.participants[25].pseudonym, "Verpleegkundige Z");
    assert_eq!(case.participants[26].pseudonym, "Verpleegkundige AA");
    assert_eq!(case.suggest_pseudonym(Role::Physician), "Arts A");
}

#[test]
fn the_vocabularies_are_written_for_the_ui() {
    // Beside the ts-rs types; CI fails when the committed file differs from what this writes.
    let dir = std::env::var("TS_RS_EXPORT_DIR").unwrap_or_else(|_| "ui/src/bindings".into());
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let path = std::path::Path::new(root).join(dir).join("vocabularies.ts");
    let text = vocabularies_ts();
    assert!(text.contains("export const PHASES: readonly Phase[] = ['goal_and_scope', 'sharing_perspectives',"));
    std::fs::write(path, text).unwrap();
}

#[test]
fn the_committed_json_schema_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/case.schema.json");
    let generated = json_schema();
    if std::env::var_os("LEERTEAM_UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/case.schema.json is stale: run LEERTEAM_UPDATE_SCHEMA=1 cargo test -p leerteam-model"
    );
}

#[test]
fn the_privacy_review_and_exports_are_stored_with_the_case() {
    let mut conn = db();
    let mut case = sample_case(id(1), 3, now());
    case.story.review = PrivacyReview {
        decisions: vec![PrivacyDecision { key: "name:anna".into(), keep: true, generalise: false }],
        hidden_names: vec![HiddenName { name: "Mevr. Óscar".into(), replacement: "de patiënt".into() }],
        exports: vec![],
    };
    insert_case(&mut conn, &case, sample_today()).unwrap();
    let export = StoryExport {
        at: now(),
        file_name: "leerverhaal.pdf".into(),
        lang: "nl".into(),
        kept: vec!["name:anna".into()],
    };
    let recorded = record_story_export(&mut conn, id(1), export.clone()).unwrap();
    let loaded = load_case(&conn, id(1)).unwrap();
    assert_eq!(loaded, recorded);
    assert_eq!(loaded.story.review.exports, [export]);
    assert_eq!(loaded.story.review.hidden_names, case.story.review.hidden_names);
    assert_eq!(loaded.story.review.decisions, case.story.review.decisions);
    assert_eq!(loaded.story.text, case.story.text, "the rest of the story is untouched");

    let blank = PrivacyReview {
        hidden_names: vec![HiddenName { name: " ".into(), replacement: "x".into() }],
        ..case.story.review
    };
    let mut bad = loaded.clone();
    bad.story.review = blank;
    assert!(matches!(save_case(&mut conn, &bad, now()), Err(ModelError::Invalid(_))), "a hidden name needs a name");
}

#[test]
fn story_settings_start_empty_and_are_kept_in_the_vault() {
    let conn = db();
    assert_eq!(load_story_settings(&conn).unwrap(), StorySettings::default());
    let settings = StorySettings {
        organisation: "Ziekenhuis Zuid".into(),
        record_patterns: vec![r"\bZZ\d{7}\b".into()],
        ..Default::default()
    };
    save_story_settings(&conn, &settings).unwrap();
    save_story_settings(&conn, &settings).unwrap();
    assert_eq!(load_story_settings(&conn).unwrap(), settings);
}
