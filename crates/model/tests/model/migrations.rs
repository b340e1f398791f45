//! Every schema version that ever shipped migrates to the latest with its data intact.
//! Fixtures: tests/fixtures/schema/vN.sql, a dump of a database at version N with data in it.

use std::path::PathBuf;

use super::*;

fn fixture(version: u32) -> Connection {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../../tests/fixtures/schema/v{version}.sql"));
    let sql = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(&sql).unwrap();
    assert_eq!(schema_version(&conn).unwrap(), version, "fixture v{version} declares its version");
    conn
}

const FIXTURE_CASE: &str = "00000000-0000-0000-0000-00000000000a";

#[test]
fn there_is_a_fixture_for_every_older_version() {
    for version in 1..LATEST_VERSION {
        fixture(version);
    }
}

#[test]
fn version_1_migrates_with_cases_intact() {
    let mut conn = fixture(1);
    assert_eq!(migrate(&mut conn).unwrap(), 1);
    assert_eq!(schema_version(&conn).unwrap(), LATEST_VERSION);
    let case = load_case(&conn, FIXTURE_CASE.parse().unwrap()).unwrap();
    assert_eq!(case.title, "Medicatie dubbel toegediend — nachtdienst 🌙");
    assert_eq!(case.kind, CaseKind::Incident);
    assert_eq!(case.ward, "Interne geneeskunde");
    assert_eq!(case.event_date, Some(date(2026, 3, 14)));
    assert_eq!(case.phase, Phase::GoalAndScope);
    assert_eq!(case.status, CaseStatus::Active);
    assert_eq!(count_cases(&conn).unwrap(), 2);
    assert!(check(&case, sample_today()).is_empty());
}

#[test]
fn version_2_migrates_with_participants_sessions_perspectives_and_timeline_intact() {
    let mut conn = fixture(2);
    assert_eq!(migrate(&mut conn).unwrap(), 2);
    let case = load_case(&conn, FIXTURE_CASE.parse().unwrap()).unwrap();
    assert_eq!(case.phase, Phase::ProcessingTime);
    assert_eq!(case.goal.why_learn, "Om te begrijpen hoe de overdracht echt verloopt.");
    assert_eq!(case.participants.len(), 2);
    assert_eq!(case.participants[0].pseudonym, "Verpleegkundige A");
    assert_eq!(case.participants[0].name.as_deref(), Some("Anja de Vries"));
    assert_eq!(case.participants[0].reflection, "", "added in version 3 with an empty default");
    assert_eq!(case.sessions.len(), 2);
    assert_eq!(case.processing_days(), Some(7));
    assert_eq!(case.perspectives[0].emotions, [Emotion::Guilt, Emotion::Frustration]);
    assert_eq!(case.timeline.len(), 2);
    assert_eq!(case.timeline[1].participant_ids, [1, 2]);
    assert_eq!(case.preconditions.iter().filter(|c| c.met).count(), 2);
    assert!(case.themes.is_empty() && case.experiments.is_empty());
    assert_eq!(case.story, Story::default());
    assert!(check(&case, sample_today()).is_empty());
}

#[test]
fn version_3_migrates_with_red_thread_experiments_and_story_intact() {
    let mut conn = fixture(3);
    assert_eq!(migrate(&mut conn).unwrap(), 3);
    let case = load_case(&conn, FIXTURE_CASE.parse().unwrap()).unwrap();
    assert_eq!(case.phase, Phase::Story);
    assert_eq!(case.participants[0].reflection, "Ik had om hulp moeten durven vragen.");
    assert_eq!(case.themes[0].title, "Drukte op de ontslagdag");
    assert_eq!((case.themes[0].perspective_ids.as_slice(), case.themes[0].event_ids.as_slice()), (&[1][..], &[2][..]));
    assert_eq!(case.learning_points.len(), 2);
    let x = &case.experiments[0];
    assert_eq!((x.learning_point_id, x.status), (Some(2), ExperimentStatus::Running));
    assert_eq!(
        x.criteria.iter().map(|c| c.kind).collect::<Vec<_>>(),
        [CriterionKind::Outcome, CriterionKind::Balancing]
    );
    assert_eq!(x.check_ins[0].observation, "Drie van de vier keer gebruikt.");
    assert_eq!(case.story.text, "Wat we leerden — ’s ochtends is het ontslag kwetsbaar.");
    assert_eq!(case.insights.coupling, "Apotheek en afdeling wachten op elkaar.");
    assert!(case.recently_deleted.is_empty(), "added in version 4, empty");
    assert!(check(&case, sample_today()).iter().all(|f| f.severity != Severity::Error));
}

#[test]
fn version_4_migrates_with_recently_deleted_intact_and_an_empty_privacy_review() {
    let mut conn = fixture(4);
    assert_eq!(migrate(&mut conn).unwrap(), 4);
    let case = load_case(&conn, FIXTURE_CASE.parse().unwrap()).unwrap();
    assert_eq!(case.recently_deleted.len(), 1);
    assert_eq!(case.recently_deleted[0].label, "Meer tijd voor ontslaggesprek");
    assert_eq!(case.recently_deleted[0].item["text"], "Meer tijd voor ontslaggesprek");
    assert_eq!(case.story.text, "Wat we leerden — ’s ochtends is het ontslag kwetsbaar.");
    assert_eq!(case.story.review, PrivacyReview::default(), "added in version 5, empty");
    assert_eq!(load_story_settings(&conn).unwrap(), StorySettings::default());
}

#[test]
fn version_5_migrates_with_the_privacy_review_and_settings_intact_and_an_empty_history() {
    let mut conn = fixture(5);
    assert_eq!(migrate(&mut conn).unwrap(), 5);
    let case = load_case(&conn, FIXTURE_CASE.parse().unwrap()).unwrap();
    assert_eq!(case.story.review.decisions.len(), 1);
    assert_eq!(case.story.review.decisions[0].key, "person:jansen");
    assert_eq!(load_story_settings(&conn).unwrap().organisation, "Ziekenhuis Zuid");
    assert!(case.history.is_empty(), "added in version 6, empty");
    assert!(load_colleagues(&conn).unwrap().is_empty());
}

#[test]
fn version_6_migrates_with_the_history_intact_as_a_real_case() {
    let mut conn = fixture(6);
    assert_eq!(migrate(&mut conn).unwrap(), 6);
    let case = load_case(&conn, FIXTURE_CASE.parse().unwrap()).unwrap();
    assert_eq!(case.history.len(), 1);
    assert_eq!(case.history[0].detail, "ABCD EFGH IJKL");
    assert!(!case.is_practice(), "added in version 7, none");
    assert!(!list_cases(&conn, case.created_at.date_naive()).unwrap()[0].practice);
}

#[test]
fn migrating_the_latest_version_changes_nothing() {
    let mut conn = db();
    insert_case(&mut conn, &sample_case(id(1), 1, now()), sample_today()).unwrap();
    assert_eq!(migrate(&mut conn).unwrap(), LATEST_VERSION);
    assert_eq!(load_case(&conn, id(1)).unwrap(), sample_case(id(1), 1, now()));
}

#[test]
fn a_database_from_a_newer_leerteam_is_refused_untouched() {
    let mut conn = db();
    conn.pragma_update(None, "user_version", LATEST_VERSION + 1).unwrap();
    let err = migrate(&mut conn).unwrap_err();
    assert!(
        matches!(err, ModelError::SchemaTooNew { found, supported } if found == LATEST_VERSION + 1 && supported == LATEST_VERSION)
    );
    assert_eq!(schema_version(&conn).unwrap(), LATEST_VERSION + 1);
}

/// Writes the fixtures from the migrations as they are now. Run it once, when a version ships:
/// `cargo test -p leerteam-model -- --ignored write_fixture` then `sqlite3 F .dump` (see tests/fixtures/README.md).
#[test]
#[ignore = "writes fixture databases; run by hand when a schema version ships"]
fn write_fixture_databases() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/fixtures");
    std::fs::create_dir_all(&dir).unwrap();
    for version in 1..LATEST_VERSION {
        let path = dir.join(format!("v{version}.sqlite"));
        let _ = std::fs::remove_file(&path);
        let mut conn = Connection::open(&path).unwrap();
        migrate_to(&mut conn, version).unwrap();
    }
}
