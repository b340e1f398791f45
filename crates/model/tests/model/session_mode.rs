//! What session mode keeps with a case: who was heard, the questions used, the notes' tags and the
//! parked fixes; links checked on import, and a removal in the workspace never blocks a save.

use super::*;

#[test]
fn session_mode_records_round_trip_with_the_case() {
    let mut conn = db();
    let case = sample_case(id(1), 4, now());
    assert!(!case.parked.is_empty() && !case.sessions[0].marks.is_empty());
    insert_case(&mut conn, &case, sample_today()).unwrap();
    assert_eq!(load_case(&conn, id(1)).unwrap(), case);
}

#[test]
fn links_of_session_mode_are_checked_on_import() {
    let mut case = sample_case(id(1), 4, now());
    case.parked[0].experiment_id = Some(99);
    case.sessions[0].heard.push(77);
    case.parked.push(ParkedFix {
        id: 2,
        text: "  ".into(),
        session_id: None,
        participant_id: None,
        experiment_id: None,
    });
    let paths: Vec<String> =
        check(&case, sample_today()).into_iter().filter(|f| f.severity == Severity::Error).map(|f| f.path).collect();
    for expected in ["parked[0].experiment_id", "sessions[0].heard[8]", "parked", "parked[2].text"] {
        assert!(paths.iter().any(|p| p == expected), "{expected} in {paths:?}");
    }
    assert!(insert_case(&mut db(), &case, sample_today()).is_err());
}

#[test]
fn removing_what_session_mode_points_at_drops_the_pointer_not_the_save() {
    let mut conn = db();
    let case = sample_case(id(1), 4, now());
    insert_case(&mut conn, &case, sample_today()).unwrap();
    let mut edited = case.clone();
    // The experiment made from parked fix 1 goes, and so does participant 2 (with what is theirs).
    edited.experiments.retain(|x| x.id != 1);
    edited.participants.retain(|p| p.id != 2);
    let theirs: Vec<LocalId> = edited.perspectives.iter().filter(|p| p.participant_id == 2).map(|p| p.id).collect();
    edited.perspectives.retain(|p| p.participant_id != 2);
    edited.themes.iter_mut().for_each(|t| t.perspective_ids.retain(|p| !theirs.contains(p)));
    edited.timeline.iter_mut().for_each(|e| e.participant_ids.retain(|p| *p != 2));
    let saved = save_case(&mut conn, &edited, now()).unwrap();
    assert_eq!(saved.parked[0].experiment_id, None, "a seed again");
    assert!(!saved.sessions[0].heard.contains(&2));
    assert!(saved.sessions[0].marks.iter().all(|m| m.participant_id != Some(2)));
    assert_eq!(saved.parked.len(), case.parked.len());
}
