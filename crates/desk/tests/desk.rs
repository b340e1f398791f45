//! Every use case of the desk on a real vault in a temporary folder, with the clock and ids passed
//! in. The front ends' own tests (the CLI's contract, the app's end-to-end run) sit on top of these.

use std::path::Path;

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use leerteam_desk::{Desk, DeskError, Existing, StoryFormat};
use leerteam_model::{CaseKind, ExperimentStatus, NewCase, StorySettings};
use leerteam_story::{Keep, Lang};
use leerteam_vault::{SecretString, VaultError, VAULT_FILE};
use uuid::Uuid;

const WORK_FACTOR: u8 = 10;

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()
}

fn new_desk(dir: &Path) -> Desk {
    Desk::create(dir, &pass("correct horse battery"), WORK_FACTOR, t0()).unwrap().0
}

fn rich_case_file() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/cases/rich-case.json")).unwrap()
}

#[test]
fn a_vault_is_created_unlocked_checked_and_reopened_with_its_recovery_key() {
    let dir = tempfile::tempdir().unwrap();
    let (desk, recovery) = Desk::create(dir.path(), &pass("correct horse battery"), WORK_FACTOR, t0()).unwrap();
    let check = desk.check().unwrap();
    assert_eq!((check.cases, check.saved_at), (0, t0()));
    drop(desk);
    let desk = Desk::unlock(dir.path(), &pass("correct horse battery")).unwrap();
    assert_eq!(desk.check().unwrap().generation, check.generation);
    drop(desk);
    let desk = Desk::recover(dir.path(), &recovery, &pass("een nieuw wachtwoord"), None).unwrap();
    drop(desk);
    Desk::unlock(dir.path(), &pass("een nieuw wachtwoord")).unwrap();
}

#[test]
fn the_passphrase_rule_holds_for_create_change_and_recover_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let short = |e: DeskError| assert_eq!(e.code(), "passphrase_too_short", "{e:?}");
    short(Desk::create(dir.path(), &pass("kort"), WORK_FACTOR, t0()).unwrap_err());
    assert!(!leerteam_vault::is_vault(dir.path()));
    let (mut desk, recovery) = Desk::create(dir.path(), &pass("correct horse battery"), WORK_FACTOR, t0()).unwrap();
    short(desk.change_passphrase(Some(&pass("correct horse battery")), &pass("kort"), None).unwrap_err());
    let wrong = desk.change_passphrase(Some(&pass("not the passphrase")), &pass("lang genoeg nu"), None).unwrap_err();
    assert!(matches!(wrong, DeskError::Vault(VaultError::WrongPassphrase)), "{wrong:?}");
    drop(desk);
    short(Desk::recover(dir.path(), &recovery, &pass("kort"), None).unwrap_err());
    Desk::unlock(dir.path(), &pass("correct horse battery")).expect("the old passphrase still opens it");
}

#[test]
fn cases_are_created_saved_listed_exported_and_imported() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    let id = Uuid::from_u128(1);
    let new =
        NewCase { kind: CaseKind::Incident, title: "Val in de nacht".into(), ward: String::new(), event_date: None };
    let view = desk.create_case(id, new, t0()).unwrap();
    assert_eq!(view.facts.phase_number, 1);
    let mut edited = view.case.clone();
    edited.title = "Val op kamer 12".into();
    desk.save_case(&edited, t0() + TimeDelta::minutes(1)).unwrap();
    let listed = desk.list_cases(t0().date_naive()).unwrap();
    assert_eq!((listed.len(), listed[0].title.as_str()), (1, "Val op kamer 12"));
    let imported = leerteam_desk::parse_case_file(&rich_case_file(), Uuid::from_u128(2), t0().date_naive()).unwrap();
    desk.import_case(&imported, t0().date_naive()).unwrap();
    let again = leerteam_desk::parse_case_file(&desk.export_case(imported.id).unwrap(), imported.id, t0().date_naive())
        .unwrap();
    assert_eq!(again, imported);
    desk.add_samples(&[Uuid::from_u128(3), Uuid::from_u128(4)], t0()).unwrap();
    assert_eq!(desk.check().unwrap().cases, 4);
    desk.save(t0()).unwrap();
}

#[test]
fn a_refused_change_names_its_field_and_leaves_the_vault_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    let mut case = leerteam_desk::parse_case_file(&rich_case_file(), Uuid::from_u128(7), t0().date_naive()).unwrap();
    case.experiments[0].status = ExperimentStatus::Planned;
    desk.import_case(&case, t0().date_naive()).unwrap();
    desk.save(t0()).unwrap();
    let on_disk = std::fs::read(dir.path().join(VAULT_FILE)).unwrap();
    let stored = desk.case_view(case.id, t0().date_naive()).unwrap().case;
    let mut skipped = stored.clone();
    skipped.experiments[0].status = ExperimentStatus::Adopted;
    let err = desk.save_case(&skipped, t0() + TimeDelta::hours(1)).unwrap_err();
    assert_eq!((err.code(), err.path()), ("status_change", Some("experiments[0].status")));
    assert_eq!(desk.case_view(case.id, t0().date_naive()).unwrap().case, stored);
    // The same rule file through the import path: two outcome criteria in one experiment.
    let mut twice = case.clone();
    let extra = leerteam_model::Criterion { id: 999, ..twice.experiments[0].criteria[0].clone() };
    twice.experiments[0].criteria.push(extra);
    let text = leerteam_model::to_json(&twice);
    let err = leerteam_desk::parse_case_file(&text, Uuid::from_u128(8), t0().date_naive()).unwrap_err();
    assert_eq!((err.code(), err.path()), ("criterion_kind_repeated", Some("experiments[0].criteria")));
    assert_eq!(std::fs::read(dir.path().join(VAULT_FILE)).unwrap(), on_disk, "nothing was written");
}

#[test]
fn the_story_is_reviewed_exported_and_recorded_and_its_settings_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    let case = leerteam_desk::parse_case_file(&rich_case_file(), Uuid::from_u128(9), t0().date_naive()).unwrap();
    desk.import_case(&case, t0().date_naive()).unwrap();
    let stored = desk
        .set_story_settings(StorySettings {
            organisation: "  Ziekenhuis Zuid ".into(),
            record_patterns: vec![" ".into(), r" \bZZ\d{7}\b ".into()],
            letterhead: " Afdeling Kwaliteit\n  Ziekenhuis Zuid ".into(),
            support_contact: "Collegiale opvang,\r\ntoestel 4411".into(),
        })
        .unwrap();
    assert_eq!(stored.organisation, "Ziekenhuis Zuid");
    assert_eq!(stored.letterhead, "Afdeling Kwaliteit Ziekenhuis Zuid");
    assert_eq!(stored.support_contact, "Collegiale opvang, toestel 4411");
    assert_eq!(stored.record_patterns, [r"\bZZ\d{7}\b"]);
    let bad = desk.set_story_settings(StorySettings {
        organisation: String::new(),
        record_patterns: vec!["(".into()],
        ..Default::default()
    });
    assert!(bad.is_err());
    assert_eq!(desk.story_settings().unwrap(), stored, "a refused pattern stores nothing");
    let review = desk.story_review(case.id, Lang::Nl, t0().date_naive()).unwrap();
    assert!(!review.preview.is_empty());
    assert_eq!(review.findings.len(), desk.story_findings(case.id, Lang::Nl, t0().date_naive()).unwrap().len());
    let pdf = out.path().join("verhaal.pdf");
    let (view, written) = desk.export_story(case.id, Lang::Nl, StoryFormat::Pdf, Keep::AsDecided, &pdf, t0()).unwrap();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF") && written > 1000);
    let html = out.path().join("verhaal.html");
    desk.export_story(case.id, Lang::En, StoryFormat::Html, Keep::AsDecided, &html, t0()).unwrap();
    let exports = &desk.case_view(case.id, t0().date_naive()).unwrap().case.story.review.exports;
    assert_eq!(exports.len(), view.case.story.review.exports.len() + 1);
}

#[test]
fn a_backup_is_restored_and_the_recovery_sheet_written_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    let id = Uuid::from_u128(5);
    let new = NewCase { kind: CaseKind::Theme, title: "Overdracht".into(), ward: String::new(), event_date: None };
    desk.create_case(id, new, t0()).unwrap();
    desk.save(t0() + TimeDelta::minutes(1)).unwrap();
    let backups = leerteam_vault::list_backups(dir.path()).unwrap();
    let before_case = backups.iter().min_by_key(|b| b.generation).unwrap();
    desk.restore(&before_case.name, t0() + TimeDelta::minutes(2)).unwrap();
    assert_eq!(desk.check().unwrap().cases, 0);
    let sheet = dir.path().join("sheet.txt");
    leerteam_desk::write_private(&sheet, b"AGE-SECRET-KEY-1", Existing::Refuse).unwrap();
    assert!(leerteam_desk::write_private(&sheet, b"again", Existing::Refuse).is_err(), "a new file only");
    leerteam_desk::write_private(&sheet, b"replaced", Existing::Replace).unwrap();
    assert_eq!(std::fs::read(&sheet).unwrap(), b"replaced");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&sheet).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn the_follow_up_board_records_a_check_in_and_a_decision_by_the_method_s_rules() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    let today = t0().date_naive();
    let case = leerteam_desk::parse_case_file(&rich_case_file(), Uuid::from_u128(7), today).unwrap();
    desk.import_case(&case, today).unwrap();
    let board = desk.follow_up(today, leerteam_desk::BoardFilter::All).unwrap();
    // Experiments 3 and 4 run; 3's review date (2026-09-10) has passed.
    assert_eq!(board.iter().map(|i| i.experiment_id).collect::<Vec<_>>(), [3, 4]);
    assert_eq!(board[0].days_overdue, 74);

    let check_in = leerteam_desk::NewCheckIn { on: today, observation: String::new(), result: "loopt".into() };
    let view = desk.record_check_in(case.id, 3, check_in.clone(), t0()).unwrap();
    let x = view.case.experiments.iter().find(|x| x.id == 3).unwrap();
    let ids: Vec<u32> = case.experiments.iter().flat_map(|x| &x.check_ins).map(|c| c.id).collect();
    let added = x.check_ins.last().unwrap();
    assert_eq!((added.on, added.result.as_str()), (today, "loopt"));
    assert!(!ids.contains(&added.id), "a new id in the case");
    let err = desk.record_check_in(case.id, 99, check_in, t0()).unwrap_err();
    assert_eq!(err.code(), "experiment_not_found");

    // A decision the method does not allow from "running" is refused with its field; nothing changes.
    let before = desk.case_view(case.id, today).unwrap().case;
    let err = desk.decide(case.id, 3, ExperimentStatus::Planned, t0()).unwrap_err();
    assert_eq!((err.code(), err.path()), ("status_change", Some("experiments[2].status")));
    assert_eq!(desk.case_view(case.id, today).unwrap().case, before);
    desk.decide(case.id, 3, ExperimentStatus::Adopted, t0()).unwrap();
    let board = desk.follow_up(today, leerteam_desk::BoardFilter::All).unwrap();
    assert_eq!(board.iter().map(|i| i.experiment_id).collect::<Vec<_>>(), [4], "a decided experiment leaves the board");
}

#[test]
fn calendars_of_a_case_and_of_every_review_hold_no_case_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    let today = t0().date_naive();
    let case = leerteam_desk::parse_case_file(&rich_case_file(), Uuid::from_u128(7), today).unwrap();
    desk.import_case(&case, today).unwrap();
    let one = desk.case_calendar(case.id, Lang::Nl, t0()).unwrap();
    assert_eq!(one.matches("BEGIN:VEVENT").count(), 3, "two dated sessions, one open review");
    let all = desk.reviews_calendar(Lang::En, t0()).unwrap();
    assert_eq!(all.matches("BEGIN:VEVENT").count(), 1);
    for text in [&one, &all] {
        assert!(!text.contains(&case.title) && !text.contains("Medicatie"), "the title is in a calendar");
        for name in case.participants.iter().filter_map(|p| p.name.as_deref()) {
            assert!(!text.contains(name), "a name is in a calendar");
        }
    }
}

#[test]
fn the_board_read_from_the_vault_equals_the_board_of_the_whole_cases() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    let ids: Vec<Uuid> = (1..=40u128).map(Uuid::from_u128).collect();
    desk.add_samples(&ids, t0()).unwrap();
    let mut archived = desk.case_view(ids[0], t0().date_naive()).unwrap().case;
    archived.status = leerteam_model::CaseStatus::Archived;
    desk.save_case(&archived, t0()).unwrap();
    let today = t0().date_naive() + TimeDelta::days(60);
    let whole: Vec<leerteam_model::Followed> =
        ids.iter().flat_map(|id| leerteam_followup::followed_in(&desk.case_view(*id, today).unwrap().case)).collect();
    for filter in [leerteam_desk::BoardFilter::All, leerteam_desk::BoardFilter::Overdue] {
        let board = desk.follow_up(today, filter).unwrap();
        assert!(!board.is_empty());
        assert!(board.iter().all(|i| i.case_id != ids[0]), "an archived case is left out");
        assert_eq!(board, leerteam_followup::board(&whole, today, filter));
    }
}

#[test]
fn a_case_handed_over_arrives_whole_as_a_new_case_and_a_bad_file_changes_nothing() {
    let (a_dir, b_dir, c_dir, out) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let (mut a, mut b, c) = (new_desk(a_dir.path()), new_desk(b_dir.path()), new_desk(c_dir.path()));
    let case = leerteam_desk::parse_case_file(&rich_case_file(), Uuid::from_u128(9), t0().date_naive()).unwrap();
    a.import_case(&case, t0().date_naive()).unwrap();
    let b_key = b.handover_key();
    assert_eq!(b_key.fingerprint.replace('-', ""), b_key.key[b_key.key.len() - 12..]);

    // Colleagues by label: one line, unique, not my own key.
    let listed = a.add_colleague(" Marieke (IC) ", &b_key.key).unwrap();
    assert_eq!(
        (listed[0].label.as_str(), listed[0].fingerprint.as_str()),
        ("Marieke (IC)", b_key.fingerprint.as_str())
    );
    assert_eq!(a.add_colleague("marieke (ic)", &c.handover_key().key).unwrap_err().code(), "colleague_exists");
    assert_eq!(a.add_colleague("Ik", &a.handover_key().key).unwrap_err().code(), "own_key");
    assert_eq!(a.add_colleague("", &c.handover_key().key).unwrap_err().code(), "colleague_label");
    assert_eq!(a.add_colleague("Jan", "age1niet-een-sleutel").unwrap_err().code(), "invalid_handover_key");

    let file = out.path().join("casus.leerteam-case");
    let now = t0() + TimeDelta::hours(1);
    let sent = a.send_case(case.id, "Marieke (IC)", leerteam_desk::Notes::Leave, &file, now).unwrap();
    assert_eq!(sent.case.history.last().unwrap().detail, "Marieke (IC)");
    let bytes = std::fs::read(&file).unwrap();

    // Before it is added: a preview and the privacy scan, nothing stored.
    let preview = b.preview_handover(&bytes, Uuid::from_u128(20), Lang::Nl, now.date_naive()).unwrap();
    assert_eq!(preview.case.case.title, case.title);
    assert!(!preview.findings.is_empty(), "the rich case names its participants");
    assert_eq!(b.list_cases(now.date_naive()).unwrap().len(), 0);

    let received = b.receive_case(&bytes, Uuid::from_u128(21), now).unwrap().case;
    assert_eq!(b.list_cases(now.date_naive()).unwrap().len(), 1);
    // Equal in every field but the id, the sessions' raw notes (left behind) and the history.
    let mut expected = case.clone();
    expected.id = received.id;
    expected.sessions.iter_mut().for_each(|s| s.notes.clear());
    expected.history = received.history.clone();
    // What was deleted stays with the sender.
    assert!(!case.recently_deleted.is_empty(), "the fixture has deleted items");
    expected.recently_deleted.clear();
    assert_eq!(received, expected);
    let kinds: Vec<_> = received.history.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [leerteam_model::CaseEventKind::Sent, leerteam_model::CaseEventKind::Received]);
    assert_eq!(received.history[1].detail, b_key.fingerprint);
    assert!(case.sessions.iter().any(|s| !s.notes.is_empty()), "the fixture has notes to leave behind");

    // With the notes ticked they go too; received again, it is another new case (never merged).
    a.send_case(case.id, &b_key.key, leerteam_desk::Notes::Include, &file, now).unwrap();
    let with_notes = b.receive_case(&std::fs::read(&file).unwrap(), Uuid::from_u128(22), now).unwrap().case;
    assert_eq!(with_notes.sessions, case.sessions);
    assert!(with_notes.recently_deleted.is_empty());
    assert_eq!(b.list_cases(now.date_naive()).unwrap().len(), 2);

    // Another vault's key, a cut file, a flipped bit, a file of another kind: typed errors, B unchanged.
    let mut flipped = bytes.clone();
    let at = flipped.len() - 5;
    flipped[at] ^= 1;
    for (bad, code) in [
        (bytes[..bytes.len() / 2].to_vec(), "handover_damaged"),
        (flipped, "handover_damaged"),
        (b"PK\x03\x04 a zip".to_vec(), "not_a_handover"),
    ] {
        assert_eq!(b.receive_case(&bad, Uuid::from_u128(30), now).unwrap_err().code(), code);
    }
    assert_eq!(
        c.preview_handover(&bytes, Uuid::from_u128(31), Lang::Nl, now.date_naive()).unwrap_err().code(),
        "handover_for_another_key"
    );
    // Encrypted to B, but not a case file.
    let other = b
        .vault()
        .seal_for(&leerteam_vault::parse_handover_key(&b_key.key).unwrap(), b"{\"format\": \"iets anders\"}")
        .unwrap();
    assert_eq!(b.receive_case(&other, Uuid::from_u128(32), now).unwrap_err().code(), "bad_json");
    assert_eq!(b.list_cases(now.date_naive()).unwrap().len(), 2);
    assert_eq!(
        a.send_case(case.id, "Onbekend", leerteam_desk::Notes::Leave, &file, now).unwrap_err().code(),
        "unknown_colleague"
    );
}

#[test]
fn the_sheet_check_accepts_the_groups_asked_as_printed_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let (_desk, key) = Desk::create(dir.path(), &pass("correct horse battery"), WORK_FACTOR, t0()).unwrap();
    let groups = key.groups();
    assert_eq!(groups.len(), 15);
    assert_eq!(groups.concat().len(), 58);
    for dice in [0, 14, 15, u128::MAX, 1 << 64, 7 * (1 << 64) + 3] {
        let check = leerteam_desk::SheetCheck::ask(&key, dice);
        let [a, b] = check.asked;
        assert!(a != b && (1..=15).contains(&a) && (1..=15).contains(&b), "{dice}: {a} {b}");
    }
    let check = leerteam_desk::SheetCheck { asked: [3, 11] };
    let right = vec![(3, groups[2].to_lowercase()), (11, format!(" {} ", groups[10]))];
    assert!(check.passes(&key, &right));
    assert!(!check.passes(&key, &[(3, groups[2].clone())]), "one group of two");
    assert!(!check.passes(&key, &[(3, groups[2].clone()), (3, groups[2].clone())]), "the same group twice");
    assert!(!check.passes(&key, &[(1, groups[0].clone()), (2, groups[1].clone())]), "groups not asked");
    assert!(!check.passes(&key, &[(3, groups[3].clone()), (11, groups[10].clone())]), "a wrong group");
    assert!(!check.passes(&key, &[]));
    let pdf = leerteam_desk::recovery_sheet_pdf(&key, Lang::En, t0()).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn backups_are_listed_with_their_cases_and_one_restored_becomes_undoable() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    let new =
        |title: &str| NewCase { kind: CaseKind::Theme, title: title.into(), ward: String::new(), event_date: None };
    desk.create_case(Uuid::from_u128(1), new("Eerste"), t0()).unwrap();
    desk.save(t0() + TimeDelta::minutes(1)).unwrap();
    desk.create_case(Uuid::from_u128(2), new("Tweede"), t0()).unwrap();
    desk.save(t0() + TimeDelta::minutes(2)).unwrap();
    let listed = desk.backups().unwrap();
    // Newest first: the state with one case, then the empty vault of its creation (twice: before
    // and after its tables were made).
    assert_eq!(listed.iter().map(|b| b.cases).collect::<Vec<_>>(), [Some(1), Some(0), Some(0)]);
    desk.restore(&listed[1].name, t0() + TimeDelta::minutes(3)).unwrap();
    assert_eq!(desk.check().unwrap().cases, 0);
    // The state before the restore is a backup itself, with both cases.
    assert_eq!(desk.backups().unwrap()[0].cases, Some(2));
    // A damaged backup is listed without a count, not as an error.
    std::fs::write(dir.path().join("backups").join(&listed[0].name), b"garbage").unwrap();
    assert!(desk.backups().unwrap().iter().any(|b| b.name == listed[0].name && b.cases.is_none()));
}

#[test]
fn deleted_items_older_than_the_retention_are_removed_for_good_on_every_path() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    let case = leerteam_desk::parse_case_file(&rich_case_file(), Uuid::from_u128(9), t0().date_naive()).unwrap();
    assert!(!case.recently_deleted.is_empty(), "the rich case has deleted items");
    let deleted_at = case.recently_deleted[0].deleted_at;
    desk.import_case(&case, t0().date_naive()).unwrap();
    assert_eq!(desk.retention_days().unwrap(), 90);
    assert_eq!(desk.set_retention_days(3, t0()).unwrap_err().code(), "bad_retention");
    // Within the retention, a save keeps them; past it, a save drops them, and so does a purge.
    let within = deleted_at + TimeDelta::days(10);
    let kept = desk.save_case(&desk.case_view(case.id, within.date_naive()).unwrap().case, within).unwrap();
    assert_eq!(kept.case.recently_deleted.len(), case.recently_deleted.len());
    let newest = case.recently_deleted.iter().map(|d| d.deleted_at).max().unwrap();
    let later = newest + TimeDelta::days(91);
    let saved = desk.save_case(&kept.case, later).unwrap();
    assert!(saved.case.recently_deleted.is_empty(), "every item is older than 90 days now");
    desk.import_case(
        &leerteam_desk::parse_case_file(&rich_case_file(), Uuid::from_u128(10), t0().date_naive()).unwrap(),
        t0().date_naive(),
    )
    .unwrap();
    let purged = desk.set_retention_days(7, newest + TimeDelta::days(8)).unwrap();
    assert_eq!(purged, case.recently_deleted.len());
    let view = desk.case_view(Uuid::from_u128(10), t0().date_naive()).unwrap();
    assert!(view.case.recently_deleted.is_empty());
    assert_eq!(desk.retention_days().unwrap(), 7);
}

#[test]
fn a_case_view_starts_with_its_experiments_still_followed_overdue_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    let case = leerteam_desk::parse_case_file(&rich_case_file(), Uuid::from_u128(9), t0().date_naive()).unwrap();
    desk.import_case(&case, t0().date_naive()).unwrap();
    let view = desk.case_view(case.id, t0().date_naive()).unwrap();
    // Experiments 3 (review passed) and 4 are running; 1 and 2 were abandoned.
    assert_eq!(view.follow_up.iter().map(|i| i.experiment_id).collect::<Vec<_>>(), [3, 4]);
    assert!(view.follow_up[0].days_overdue > 0);
    let mut archived = view.case.clone();
    archived.status = leerteam_model::CaseStatus::Archived;
    assert!(desk.save_case(&archived, t0()).unwrap().follow_up.is_empty(), "an archived case follows nothing");
}

#[test]
fn a_session_run_in_the_room_is_kept_in_the_case_and_undone_by_a_save() {
    use leerteam_desk::{Note, NoteTarget};
    use std::time::Duration;
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    let case = leerteam_desk::parse_case_file(&rich_case_file(), Uuid::from_u128(5), t0().date_naive()).unwrap();
    desk.import_case(&case, t0().date_naive()).unwrap();
    let mut room = desk.open_room(case.id, 1).unwrap();
    assert_eq!(desk.open_room(case.id, 9).unwrap_err().code(), "no_such_session");
    desk.room_speak(&mut room, Some(1), t0()).unwrap();
    let note = Note { text: "Belde de arts om 22:10".into(), tags: vec![], to: NoteTarget::Timeline };
    desk.room_capture(&mut room, &note, t0()).unwrap();
    desk.room_park(&mut room, "Vaste belronde om 22:00", t0()).unwrap();
    desk.room_ask(&mut room, "four_l.learned", Lang::Nl, t0()).unwrap();
    assert_eq!(desk.room_ask(&mut room, "four_l.nothing", Lang::Nl, t0()).unwrap_err().code(), "unknown_question");
    let stored = desk.case_view(case.id, t0().date_naive()).unwrap().case;
    assert_eq!(stored.timeline.len(), case.timeline.len() + 1);
    assert!(stored.sessions[0].questions_used.contains(&"four_l.learned".to_owned()));
    let parked = stored.parked.iter().find(|f| f.text == "Vaste belronde om 22:00").unwrap().id;
    let view = desk.room_view(&room, Lang::Nl, Duration::ZERO).unwrap();
    assert_eq!(view.sitting, ["Belde de arts om 22:10", "Vaste belronde om 22:00"]);
    assert!(desk.projector_view(&room, Lang::Nl, Duration::ZERO).unwrap().question.is_some());

    assert!(desk.room_undo(&mut room, t0()).unwrap());
    assert!(desk.room_undo(&mut room, t0()).unwrap());
    assert!(!desk.room_undo(&mut room, t0()).unwrap());
    let undone = desk.case_view(case.id, t0().date_naive()).unwrap().case;
    assert_eq!((undone.timeline.len(), undone.parked.len()), (case.timeline.len(), case.parked.len()));
    assert!(undone.parked.iter().all(|f| f.id != parked || f.text != "Vaste belronde om 22:00"));

    let seed = case.parked.iter().find(|f| f.experiment_id.is_none()).unwrap().id;
    let planted = desk.plant_parked(case.id, seed, t0()).unwrap().case;
    let x = planted.parked.iter().find(|f| f.id == seed).unwrap().experiment_id.unwrap();
    assert!(planted.experiments.iter().any(|e| e.id == x && e.status == ExperimentStatus::Planned));
    assert_eq!(desk.plant_parked(case.id, seed, t0()).unwrap_err().code(), "already_planted");
}

#[test]
fn ground_rules_and_own_questions_are_kept_in_the_vault_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    assert_eq!(desk.ground_rules(Lang::En).unwrap(), leerteam_room::default_ground_rules(Lang::En));
    let rules =
        desk.set_ground_rules(&[" Telefoons weg ".into(), "".into(), "Telefoons weg".into()], Lang::Nl).unwrap();
    assert_eq!(rules, ["Telefoons weg"]);
    assert_eq!(desk.set_ground_rules(&[], Lang::Nl).unwrap(), leerteam_room::default_ground_rules(Lang::Nl));
    assert_eq!(desk.set_ground_rules(&["twee\nregels".into()], Lang::Nl).unwrap_err().code(), "setting_line");
    let asked = desk.set_own_questions(&["Wat vroeg de patiënt?".into(), "Wie miste er?".into()]).unwrap();
    assert_eq!(asked.iter().map(|q| q.id).collect::<Vec<_>>(), [1, 2]);
    let again = desk.set_own_questions(&["Wie miste er?".into(), "Wat was er nodig?".into()]).unwrap();
    assert_eq!(
        again.iter().map(|q| (q.id, q.text.as_str())).collect::<Vec<_>>(),
        [(2, "Wie miste er?"), (3, "Wat was er nodig?")]
    );
    assert_eq!(desk.set_own_questions(&["x".repeat(201)]).unwrap_err().code(), "setting_line");
}

#[test]
fn a_practice_pack_imports_as_a_practice_case_with_its_cards() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_desk(dir.path());
    let source = leerteam_desk::PackSource::Builtin(leerteam_model::Language::Dutch);
    let case = leerteam_desk::parse_pack(source, Uuid::from_u128(6), t0()).unwrap();
    let view = desk.import_practice(&case, t0()).unwrap();
    assert!(view.case.is_practice());
    let pdf = dir.path().join("cards.pdf");
    assert!(desk.export_role_cards(case.id, Lang::Nl, &pdf, t0()).unwrap() > 1000);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let real = leerteam_desk::parse_case_file(&rich_case_file(), Uuid::from_u128(7), t0().date_naive()).unwrap();
    desk.import_case(&real, t0().date_naive()).unwrap();
    assert_eq!(desk.export_role_cards(real.id, Lang::Nl, &pdf, t0()).unwrap_err().code(), "not_a_practice_case");
    assert_eq!(desk.import_practice(&real, t0()).unwrap_err().code(), "not_a_practice_case");
    assert_eq!(desk.case_calendar(case.id, Lang::Nl, t0()).unwrap_err().code(), "practice_case");
}
