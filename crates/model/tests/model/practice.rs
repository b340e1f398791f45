//! Practice cases: a pack makes a case, its rules are the case's, a save keeps it what it is, and
//! the follow-up board leaves it out.

use super::*;

fn card(seat: Seat, title: &str) -> PackRole {
    PackRole { seat, title: title.into(), known: "Wat de anderen weten.".into(), secret: "Alleen voor jou.".into() }
}

pub fn pack() -> PracticePack {
    PracticePack {
        lang: Language::Dutch,
        title: "Oefencasus".into(),
        kind: CaseKind::Incident,
        ward: "Interne".into(),
        situation: "Wat iedereen weet.".into(),
        roles: vec![
            card(Seat::Facilitator, "Gespreksleider"),
            card(Seat::Participant(Role::Nurse), "Verpleegkundige"),
            card(Seat::Participant(Role::Family), "Dochter"),
            card(Seat::Participant(Role::Physician), "Arts"),
        ],
        trainer_view: "Wat er gebeurde.".into(),
        plenary_questions: vec!["Wat neem je mee?".into()],
        round: usual_round(),
    }
}

fn errors(case: &Case) -> Vec<(String, &'static str)> {
    check(case, now().date_naive())
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| (f.path, f.code))
        .collect()
}

#[test]
fn a_pack_makes_a_practice_case_with_a_participant_per_participant_card() {
    let case = practice_case(&pack(), id(1), now());
    assert!(case.is_practice());
    assert_eq!(case.title, "Oefencasus");
    assert_eq!(case.goal.description, "Wat iedereen weet.");
    let pseudonyms: Vec<&str> = case.participants.iter().map(|p| p.pseudonym.as_str()).collect();
    assert_eq!(pseudonyms, ["Verpleegkundige A", "Naaste A", "Arts A"]);
    assert_eq!(case.participants[1].discipline, "Dochter");
    assert!(errors(&case).is_empty());
    let text = pack_to_json(&pack());
    assert_eq!(pack_from_json(&text).unwrap(), pack());
}

#[test]
fn a_pack_breaking_a_rule_is_refused_with_its_path() {
    type Change = fn(&mut PracticePack);
    let cases: [(Change, &str, &str); 7] = [
        (|p| p.roles[1].seat = Seat::Facilitator, "practice.roles", "pack_seats"),
        (|p| p.roles.truncate(3), "practice.roles", "pack_seats"),
        (|p| p.roles[2].secret.clear(), "practice.roles[2].secret", "required"),
        (|p| p.roles[3].title = "Dochter".into(), "practice.roles[3].title", "duplicate_pseudonym"),
        (|p| p.plenary_questions.clear(), "practice.plenary_questions", "required"),
        (|p| p.round[0].minutes = 0, "practice.round[0].minutes", "round_minutes"),
        (|p| p.title = "regel\neen".into(), "practice.title", "control_characters"),
    ];
    for (change, path, code) in cases {
        let mut pack = pack();
        change(&mut pack);
        let case = practice_case(&pack, id(1), now());
        assert!(errors(&case).contains(&(path.to_owned(), code)), "{path}: {:?}", errors(&case));
        let mut conn = db();
        assert!(insert_case(&mut conn, &case, now().date_naive()).is_err());
        assert_eq!(count_cases(&conn).unwrap(), 0);
    }
    let bad_files = [
        (r#"{"format":"leerteam.case","version":1,"pack":{}}"#, "missing field"),
        (&*pack_to_json(&pack()).replace("\"version\": 1", "\"version\": 2"), "version 2 is not supported"),
        (
            &*pack_to_json(&pack()).replace("\"format\": \"leerteam.practice-pack\"", "\"format\": \"x\""),
            "\"format\" must be",
        ),
        (&*pack_to_json(&pack()).replace("\"seat\": \"facilitator\"", "\"seat\": \"boss\""), "unexpected value"),
    ];
    for (text, message) in bad_files {
        let error = pack_from_json(text).unwrap_err().to_string();
        assert!(error.contains(message), "{error}");
    }
}

#[test]
fn a_save_keeps_a_practice_case_one_and_a_real_case_real() {
    let mut conn = db();
    let practice = practice_case(&pack(), id(1), now());
    insert_case(&mut conn, &practice, now().date_naive()).unwrap();
    let mut edited = practice.clone();
    edited.practice = None;
    edited.title = "Nieuwe titel".into();
    let saved = save_case(&mut conn, &edited, now()).unwrap();
    assert_eq!(saved.practice, practice.practice);
    assert_eq!(load_case(&conn, id(1)).unwrap().title, "Nieuwe titel");

    let real = sample_case(id(2), 3, now());
    insert_case(&mut conn, &real, sample_today()).unwrap();
    let mut made_practice = real.clone();
    made_practice.practice = practice.practice.clone();
    assert!(save_case(&mut conn, &made_practice, now()).unwrap().practice.is_none());
    let list = list_cases(&conn, sample_today()).unwrap();
    let practice_of = |n| list.iter().find(|c| c.id == id(n)).unwrap().practice;
    assert!(practice_of(1) && !practice_of(2));
}

#[test]
fn the_follow_up_board_leaves_practice_cases_out() {
    let mut conn = db();
    let real = sample_case(id(1), 3, now());
    let mut practice = sample_case(id(2), 3, now());
    practice.practice = Some(pack());
    insert_case(&mut conn, &real, sample_today()).unwrap();
    insert_case(&mut conn, &practice, sample_today()).unwrap();
    let followed = load_followed(&conn).unwrap();
    assert!(!followed.is_empty());
    assert!(followed.iter().all(|f| f.case_id == id(1)));
}
