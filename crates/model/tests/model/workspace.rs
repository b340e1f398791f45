//! The case workspace: saving whole edited cases, what is open per phase, the suggested phase.

use super::*;

fn empty_case() -> Case {
    Case::new(
        id(1),
        NewCase { kind: CaseKind::Incident, title: "Val".into(), ward: String::new(), event_date: None },
        now(),
    )
}

#[test]
fn an_edited_case_replaces_the_stored_one_with_everything_under_it() {
    let mut conn = db();
    let mut case = sample_case(id(1), 9, now());
    insert_case(&mut conn, &case, sample_today()).unwrap();
    insert_case(&mut conn, &sample_case(id(2), 10, now()), sample_today()).unwrap();
    case.perspectives.remove(3);
    case.themes[0].perspective_ids.retain(|&p| p != 4);
    case.story.text = "Het verhaal, herschreven.".into();
    case.status = CaseStatus::Archived;
    case.created_at = now() + TimeDelta::days(400); // ignored: creation stays as stored
    let later = now() + TimeDelta::hours(2);
    let saved = save_case(&mut conn, &case, later).unwrap();
    assert_eq!(saved.created_at, now());
    assert_eq!(saved.updated_at, later);
    let stored = load_case(&conn, id(1)).unwrap();
    assert_eq!(stored, saved);
    assert_eq!(stored.perspectives.len(), 7);
    assert_eq!(stored.status, CaseStatus::Archived);
    assert_eq!(load_case(&conn, id(2)).unwrap(), sample_case(id(2), 10, now()), "other cases untouched");
}

#[test]
fn a_refused_edit_changes_nothing() {
    let mut conn = db();
    let case = sample_case(id(1), 9, now());
    insert_case(&mut conn, &case, sample_today()).unwrap();
    let mut broken = case.clone();
    broken.perspectives[0].participant_id = 77;
    broken.title = "Nieuwe titel".into();
    let err = save_case(&mut conn, &broken, now()).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert_eq!(load_case(&conn, id(1)).unwrap(), case);
    let mut unknown = case.clone();
    unknown.id = id(5);
    assert!(matches!(save_case(&mut conn, &unknown, now()), Err(ModelError::CaseNotFound)));
}

#[test]
fn an_empty_case_has_phase_one_open_and_suggests_phase_one() {
    let case = empty_case();
    let open = open_items(&case, sample_today());
    let codes: Vec<_> = open.iter().map(|o| (o.phase, o.code, o.count)).collect();
    assert!(codes.contains(&(Phase::GoalAndScope, "no_participants", 1)));
    assert!(codes.contains(&(Phase::GoalAndScope, "preconditions_open", 5)));
    assert!(codes.contains(&(Phase::SharingPerspectives, "no_session_one", 1)));
    assert!(codes.contains(&(Phase::Story, "no_story", 1)));
    assert_eq!(suggested_phase(&case), Phase::GoalAndScope);
}

#[test]
fn open_items_follow_what_is_filled_in() {
    let mut case = sample_case(id(1), 12, now());
    for check in &mut case.preconditions {
        check.met = true;
    }
    let today = case.experiments[0].review_on.unwrap();
    for x in &mut case.experiments {
        x.status = ExperimentStatus::Running;
    }
    assert_eq!(open_items(&case, today), vec![], "a complete case has nothing open on its review day");
    let open = open_items(&case, today + TimeDelta::days(1));
    assert_eq!(open, vec![OpenItem { phase: Phase::SuccessCriteria, code: "overdue_reviews", count: 4 }]);

    case.perspectives.retain(|p| p.participant_id != 2 && p.participant_id != 5);
    case.learning_points.push(LearningPoint {
        id: 7,
        kind: LearningKind::Change,
        text: "Nieuw".into(),
        theme_id: None,
    });
    let codes: Vec<_> = open_items(&case, today).into_iter().map(|o| (o.code, o.count)).collect();
    assert!(codes.contains(&("participants_without_perspective", 2)), "{codes:?}");
    assert!(codes.contains(&("change_points_without_experiment", 1)), "{codes:?}");
}

#[test]
fn the_suggested_phase_is_the_furthest_one_with_work_in_it() {
    let mut case = empty_case();
    case.perspectives.push(Perspective {
        id: 1,
        participant_id: 1,
        session_id: None,
        text: "x".into(),
        went_well: String::new(),
        was_hard: String::new(),
        emotions: vec![],
        other_emotion: String::new(),
    });
    assert_eq!(suggested_phase(&case), Phase::SharingPerspectives);
    case.sessions.push(Session {
        id: 1,
        kind: SessionKind::RedThread,
        planned_on: Some(date(2026, 12, 1)),
        held_on: None,
        place: String::new(),
        notes: String::new(),
        heard: Vec::new(),
        questions_used: Vec::new(),
        marks: Vec::new(),
    });
    assert_eq!(suggested_phase(&case), Phase::ProcessingTime);
    case.learning_points.push(LearningPoint { id: 1, kind: LearningKind::Keep, text: "x".into(), theme_id: None });
    assert_eq!(suggested_phase(&case), Phase::RedThread);
    case.story.text = "Het verhaal".into();
    assert_eq!(suggested_phase(&case), Phase::Story);
}

#[test]
fn participants_added_without_a_pseudonym_get_one_per_role() {
    let mut conn = db();
    let mut case = empty_case();
    insert_case(&mut conn, &case, sample_today()).unwrap();
    for (n, role) in [Role::Nurse, Role::Nurse, Role::Physician].into_iter().enumerate() {
        case.participants.push(Participant {
            id: n as u32 + 1,
            role,
            discipline: String::new(),
            name: Some("Echte Naam".into()),
            pseudonym: String::new(),
            reflection: String::new(),
        });
    }
    let saved = save_case(&mut conn, &case, now()).unwrap();
    let pseudonyms: Vec<_> = saved.participants.iter().map(|p| p.pseudonym.as_str()).collect();
    assert_eq!(pseudonyms, ["Verpleegkundige A", "Verpleegkundige B", "Arts A"]);
}

#[test]
fn deleted_items_are_kept_with_the_case_and_can_be_put_back() {
    let mut conn = db();
    let mut case = sample_case(id(1), 3, now());
    insert_case(&mut conn, &case, sample_today()).unwrap();
    let removed = case.timeline.remove(4);
    for theme in &mut case.themes {
        theme.event_ids.retain(|&e| e != removed.id);
    }
    case.recently_deleted.push(DeletedItem {
        id: 1,
        kind: DeletedKind::TimelineEvent,
        label: removed.description.chars().take(80).collect(),
        deleted_at: now(),
        item: serde_json::to_value(&removed).unwrap(),
    });
    let saved = save_case(&mut conn, &case, now()).unwrap();
    let stored = load_case(&conn, id(1)).unwrap();
    assert_eq!(stored.recently_deleted, saved.recently_deleted);
    assert_eq!(stored.timeline.len(), 19);

    // Putting it back: the item as it was, and the entry leaves the list.
    let mut restored = stored.clone();
    let entry = restored.recently_deleted.pop().unwrap();
    restored.timeline.push(serde_json::from_value(entry.item).unwrap());
    save_case(&mut conn, &restored, now()).unwrap();
    let back = load_case(&conn, id(1)).unwrap();
    assert!(back.timeline.contains(&removed));
    assert!(back.recently_deleted.is_empty());
}
