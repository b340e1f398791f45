//! Session mode: the timer on a clock passed in, notes into the case, undo, the parking lot, and
//! the projector's view, which never carries a name, a note or an emotion.

use std::time::Duration;

use chrono::{TimeZone, Utc};
use leerteam_model::*;
use leerteam_room::*;
use leerteam_story::Lang;
use uuid::Uuid;

fn secs(s: u64) -> Duration {
    Duration::from_secs(s)
}

fn step(minutes: u32) -> TimerStep {
    TimerStep { kind: StepKind::Welcome, minutes }
}

#[test]
fn the_timer_counts_down_only_while_running() {
    let mut timer = Timer::new(vec![step(5), step(3)]);
    let view = timer.view(secs(1_000));
    assert_eq!((view.planned_seconds, view.remaining_seconds, view.running), (300, 300, false));
    timer.start(secs(1_000));
    assert_eq!(timer.view(secs(1_061)).remaining_seconds, 239);
    timer.pause(secs(1_100));
    assert_eq!(timer.view(secs(5_000)).remaining_seconds, 200, "paused: the clock stands still");
    timer.start(secs(5_000));
    timer.start(secs(5_010)); // a second start changes nothing
    assert_eq!(timer.view(secs(5_020)).remaining_seconds, 180);
    timer.add_minutes(1);
    timer.add_minutes(5);
    let view = timer.view(secs(5_020));
    assert_eq!((view.planned_seconds, view.remaining_seconds), (660, 540));
}

#[test]
fn at_zero_the_timer_turns_over_and_counts_on_in_the_same_step() {
    let mut timer = Timer::new(vec![step(1), step(3)]);
    timer.start(secs(0));
    assert!(!timer.view(secs(59)).over);
    let at_zero = timer.view(secs(60));
    assert!(at_zero.over && at_zero.remaining_seconds == 0);
    let later = timer.view(secs(130));
    assert_eq!((later.current, later.remaining_seconds, later.over, later.running), (0, -70, true, true));
    assert_eq!(clock_text(later.remaining_seconds), "+01:10");
    assert_eq!(clock_text(299), "04:59");
    timer.select(1);
    let next = timer.view(secs(200));
    assert_eq!((next.current, next.remaining_seconds, next.running), (1, 180, false));
    timer.select(9);
    assert_eq!(timer.view(secs(200)).current, 1, "out of range: the last step");
}

#[test]
fn a_session_has_a_round_per_participant_and_a_practice_case_its_pack_script() {
    let steps = session_steps(&[1, 2, 3]);
    let kinds: Vec<StepKind> = steps.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            StepKind::Welcome,
            StepKind::GroundRules,
            StepKind::Round(1),
            StepKind::Round(2),
            StepKind::Round(3),
            StepKind::Reflection,
            StepKind::CheckOut
        ]
    );
    let mut practice = practice_case(&builtin_pack(Language::English), Uuid::from_u128(2), now());
    practice.sessions.push(session(1));
    let room = Room::open(&practice, 1).unwrap();
    let minutes: Vec<u32> = room.timer.steps().iter().map(|s| s.minutes).collect();
    assert_eq!(minutes, [5, 10, 2, 15]);
    assert_eq!(step_label(room.timer.steps()[0].kind, &practice, Lang::En), "Read your role");
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).unwrap()
}

fn session(id: LocalId) -> Session {
    Session {
        id,
        kind: SessionKind::Perspectives,
        planned_on: None,
        held_on: None,
        place: String::new(),
        notes: String::new(),
        heard: Vec::new(),
        questions_used: Vec::new(),
        marks: Vec::new(),
    }
}

const CANARY: &str = "Zwaluwstaart";

/// A case whose participants have real names, the canary among them.
fn named_case() -> Case {
    let new = NewCase { kind: CaseKind::Incident, title: "Casus".into(), ward: String::new(), event_date: None };
    let mut case = Case::new(Uuid::from_u128(1), new, now());
    for (id, role, name) in [
        (1, Role::Nurse, "Anja Zwaluwstaart"),
        (2, Role::Physician, "Pieter Bakker"),
        (3, Role::Family, "Ingrid de Wit"),
    ] {
        let pseudonym = case.suggest_pseudonym(role);
        case.participants.push(Participant {
            id,
            role,
            discipline: String::new(),
            name: Some(name.into()),
            pseudonym,
            reflection: String::new(),
        });
    }
    case.sessions.push(session(1));
    case
}

fn note(text: &str, tags: &[NoteTag], to: NoteTarget) -> Note {
    Note { text: text.into(), tags: tags.to_vec(), to }
}

fn errors(case: &Case) -> Vec<Finding> {
    check(case, now().date_naive()).into_iter().filter(|f| f.severity == Severity::Error).collect()
}

#[test]
fn notes_go_into_the_speakers_perspective_by_tag_or_onto_the_timeline() {
    let mut case = named_case();
    let mut room = Room::open(&case, 1).unwrap();
    assert!(matches!(room.capture(&mut case, &note("x", &[], NoteTarget::Perspective)), Err(RoomError::NoSpeaker)));
    room.speak(&mut case, Some(2)).unwrap();
    room.capture(&mut case, &note(" Belde twee keer. ", &[], NoteTarget::Perspective)).unwrap();
    room.capture(&mut case, &note("Kreeg geen antwoord", &[NoteTag::Surprise], NoteTarget::Perspective)).unwrap();
    room.capture(&mut case, &note("De collega kwam helpen", &[NoteTag::WentWell], NoteTarget::Perspective)).unwrap();
    room.capture(
        &mut case,
        &note("Drie pagers tegelijk", &[NoteTag::MadeWorkHard, NoteTag::EmotionAcknowledged], NoteTarget::Perspective),
    )
    .unwrap();
    room.capture(&mut case, &note("22:10 arts gebeld", &[], NoteTarget::Timeline)).unwrap();
    assert!(matches!(room.capture(&mut case, &note("  ", &[], NoteTarget::Timeline)), Err(RoomError::EmptyNote)));

    let p = &case.perspectives[0];
    assert_eq!((p.participant_id, p.session_id), (2, Some(1)));
    assert_eq!(p.text, "Belde twee keer.\nKreeg geen antwoord");
    assert_eq!(p.went_well, "De collega kwam helpen");
    assert_eq!(p.was_hard, "Drie pagers tegelijk");
    assert_eq!(case.timeline[0].description, "22:10 arts gebeld");
    assert_eq!(case.timeline[0].participant_ids, [2]);
    let tags: Vec<NoteTag> = case.sessions[0].marks.iter().map(|m| m.tag).collect();
    assert_eq!(tags, [NoteTag::Surprise, NoteTag::WentWell, NoteTag::MadeWorkHard, NoteTag::EmotionAcknowledged]);
    assert_eq!(case.sessions[0].heard, [2]);
    assert!(errors(&case).is_empty(), "{:?}", errors(&case));
}

#[test]
fn undo_takes_back_the_last_note_exactly() {
    let mut case = named_case();
    let mut room = Room::open(&case, 1).unwrap();
    room.speak(&mut case, Some(1)).unwrap();
    room.capture(&mut case, &note("eerste", &[], NoteTarget::Perspective)).unwrap();
    let after_first = case.clone();
    room.capture(&mut case, &note("tweede", &[NoteTag::Surprise], NoteTarget::Timeline)).unwrap();
    room.park(&mut case, "Een vaste belronde").unwrap();
    assert_eq!(room.sitting().collect::<Vec<_>>(), ["eerste", "tweede", "Een vaste belronde"]);
    room.undo().unwrap();
    assert_eq!(room.undo().unwrap(), after_first);
    assert!(room.undo().is_some() && room.undo().is_none());
}

#[test]
fn a_parked_fix_becomes_a_planned_experiment_once() {
    let mut case = named_case();
    let mut room = Room::open(&case, 1).unwrap();
    room.speak(&mut case, Some(3)).unwrap();
    let fix = room.park(&mut case, "Vraag de familie wat normaal is voor vader").unwrap();
    assert_eq!(case.parked[0].participant_id, Some(3));
    let x = plant(&mut case, fix).unwrap();
    let experiment = case.experiments.iter().find(|e| e.id == x).unwrap();
    assert_eq!(
        (experiment.action.as_str(), experiment.status),
        ("Vraag de familie wat normaal is voor vader", ExperimentStatus::Planned)
    );
    assert_eq!(case.parked[0].experiment_id, Some(x));
    assert!(matches!(plant(&mut case, fix), Err(RoomError::AlreadyPlanted)));
    assert!(matches!(plant(&mut case, 9), Err(RoomError::NoSuchParkedFix)));
    assert!(errors(&case).is_empty());
}

fn settings() -> (StorySettings, Vec<OwnQuestion>, Vec<String>) {
    let story =
        StorySettings { support_contact: "Team collegiale opvang, toestel 4455".into(), ..StorySettings::default() };
    (story, vec![OwnQuestion { id: 1, text: "Wat zou de patiënt ons vragen?".into() }], default_ground_rules(Lang::Nl))
}

#[test]
fn the_projector_shows_what_is_pinned_with_pseudonyms_and_never_a_name_or_a_note() {
    let mut case = named_case();
    let mut room = Room::open(&case, 1).unwrap();
    room.speak(&mut case, Some(1)).unwrap();
    let notes =
        ["Anja Zwaluwstaart voelde zich ellendig", "Ingrid zei dat vader anders was", "Pieter Bakker kwam om 22:15"];
    room.capture(&mut case, &note(notes[0], &[NoteTag::EmotionAcknowledged], NoteTarget::Perspective)).unwrap();
    room.capture(&mut case, &note(notes[1], &[], NoteTarget::Perspective)).unwrap();
    room.capture(&mut case, &note(notes[2], &[], NoteTarget::Timeline)).unwrap();
    room.park(&mut case, "Zwaluwstaart wil een belronde").unwrap();
    case.perspectives[0].emotions = vec![Emotion::Guilt];
    case.themes.push(Theme {
        id: 1,
        title: "Bereikbaarheid".into(),
        description: "Anja kon Pieter niet bereiken".into(),
        perspective_ids: vec![],
        event_ids: vec![],
    });
    room.ask(&mut case, "own:1").unwrap();
    room.pins = Pins {
        question: room.pins.question.clone(),
        timer: true,
        ground_rules: true,
        check_out: true,
        timeline: true,
        themes: true,
    };
    room.timer.select(2);
    let (story, own, rules) = settings();
    let settings = RoomSettings { story: &story, own_questions: &own, ground_rules: &rules };

    let view = projector_view(&room, &case, settings, Lang::Nl, secs(0)).unwrap();
    let json = serde_json::to_string(&view).unwrap();
    for name in ["Anja", CANARY, "Pieter", "Bakker", "Ingrid", "de Wit"] {
        assert!(!json.contains(name), "{name} on the projector: {json}");
    }
    assert!(!json.contains("ellendig") && !json.contains("anders was"), "a perspective's note on the projector");
    assert!(!json.contains("belronde"), "the parking lot is the facilitator's");
    assert!(!json.to_lowercase().contains("guilt") && !json.to_lowercase().contains("schuldgevoel"), "an emotion");
    assert_eq!(view.question.as_deref(), Some("Wat zou de patiënt ons vragen?"));
    assert_eq!(view.timer.as_ref().unwrap().label, "Ronde: Verpleegkundige A");
    assert_eq!(view.timeline.len(), 1);
    assert!(view.timeline[0].text.contains("Arts A") && view.timeline[0].text.contains("22:15"), "{:?}", view.timeline);
    assert_eq!(view.timeline[0].who, "Verpleegkundige A");
    assert!(view.themes[0].text.contains("Verpleegkundige A"), "{:?}", view.themes);
    assert_eq!(view.ground_rules.len(), 5);
    assert!(view.check_out.iter().any(|l| l.contains("toestel 4455")));
    assert_eq!(case.sessions[0].questions_used, ["own:1"]);

    room.blank = true;
    let blank = projector_view(&room, &case, settings, Lang::Nl, secs(0)).unwrap();
    assert!(blank.blank && blank.timer.is_none() && blank.question.is_none() && blank.timeline.is_empty());
    assert!(blank.ground_rules.is_empty() && blank.heading.is_empty() && blank.themes.is_empty());
}

#[test]
fn the_facilitators_view_keeps_who_has_not_been_heard() {
    let mut case = named_case();
    let mut room = Room::open(&case, 1).unwrap();
    room.speak(&mut case, Some(2)).unwrap();
    room.speak(&mut case, None).unwrap();
    let (story, own, rules) = settings();
    let view = room_view(
        &room,
        &case,
        RoomSettings { story: &story, own_questions: &own, ground_rules: &rules },
        Lang::En,
        secs(0),
    )
    .unwrap();
    assert_eq!(view.not_heard, ["Verpleegkundige A", "Naaste A"]);
    assert_eq!(view.step_labels[2], "Round: Verpleegkundige A");
    assert!(view.deck.iter().any(|f| f.key == "four_l") && view.deck.iter().any(|f| f.key == "own"));
    let json = serde_json::to_string(&view).unwrap();
    assert!(!json.contains(CANARY), "the facilitator's screen shows pseudonyms too");
    assert!(matches!(Room::open(&case, 7), Err(RoomError::NoSuchSession)));
    assert!(matches!(room.speak(&mut case, Some(9)), Err(RoomError::NoSuchParticipant)));
}

#[test]
fn a_practice_round_shows_its_script_and_offers_the_plenary_questions() {
    let mut practice = practice_case(&builtin_pack(Language::Dutch), Uuid::from_u128(2), now());
    let mut room = Room::open(&practice, 1).unwrap();
    room.timer.select(1);
    room.ask(&mut practice, "plenary.3").unwrap();
    let (story, own, rules) = settings();
    let settings = RoomSettings { story: &story, own_questions: &own, ground_rules: &rules };
    let view = projector_view(&room, &practice, settings, Lang::Nl, secs(0)).unwrap();
    let script: Vec<(&str, u32, bool)> = view.script.iter().map(|s| (s.label.as_str(), s.minutes, s.current)).collect();
    assert_eq!(
        script,
        [
            ("Rol lezen", 5, false),
            ("Gesprek", 10, true),
            ("Uit de rol stappen", 2, false),
            ("Plenaire ronde", 15, false)
        ]
    );
    assert_eq!(view.question.as_deref(), Some("Wat neem je mee naar je eigen afdeling?"));
    assert_eq!(view.practice_mark.as_deref(), Some("Oefencasus, fictief"));
    let facilitator = room_view(&room, &practice, settings, Lang::Nl, secs(0)).unwrap();
    assert_eq!(facilitator.deck[0].key, "plenary");
    assert!(deck(Lang::Nl, &[], None).iter().all(|f| f.key != "plenary"), "a real case has no plenary frame");
}

#[test]
fn every_question_of_the_deck_has_a_unique_key_and_both_languages() {
    let (nl, en) = (deck(Lang::Nl, &[], None), deck(Lang::En, &[], None));
    assert!(nl.len() >= 7);
    let keys: Vec<String> = nl.iter().flat_map(|f| f.questions.iter().map(|q| q.key.clone())).collect();
    let unique: std::collections::HashSet<&String> = keys.iter().collect();
    assert_eq!(unique.len(), keys.len());
    for (a, b) in nl.iter().zip(&en) {
        assert_eq!(a.questions.len(), b.questions.len());
        assert!(a.questions.iter().zip(&b.questions).all(|(q, r)| q.key == r.key && q.text != r.text));
    }
}
