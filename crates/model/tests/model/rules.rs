//! Validation: errors refuse, warnings inform; bad input is refused with a clear message or kept as typed.

use super::*;

fn codes(case: &Case) -> Vec<(&'static str, Severity, String)> {
    check(case, sample_today()).into_iter().map(|f| (f.code, f.severity, f.path)).collect()
}

fn errors(case: &Case) -> Vec<&'static str> {
    check(case, sample_today()).into_iter().filter(|f| f.severity == Severity::Error).map(|f| f.code).collect()
}

fn base() -> Case {
    sample_case(id(1), 5, now())
}

#[test]
fn the_sample_case_has_no_findings() {
    assert_eq!(codes(&base()), vec![]);
}

#[test]
fn session_two_before_session_one_is_an_error() {
    let mut case = base();
    case.sessions[1].held_on = Some(case.sessions[0].held_on.unwrap() - TimeDelta::days(1));
    case.sessions[1].planned_on = case.sessions[1].held_on;
    assert!(errors(&case).contains(&"session_order"));
}

#[test]
fn processing_time_outside_one_to_fourteen_days_is_a_warning() {
    let mut case = base();
    let first = case.sessions[0].held_on.unwrap();
    for (gap, warned) in [(0, true), (1, false), (7, false), (14, false), (15, true), (40, true)] {
        case.sessions[1].held_on = Some(first + TimeDelta::days(gap));
        case.sessions[1].planned_on = case.sessions[1].held_on;
        assert_eq!(case.processing_days(), Some(gap));
        let found = codes(&case)
            .into_iter()
            .any(|(code, severity, _)| code == "processing_time" && severity == Severity::Warning);
        assert_eq!(found, warned, "gap of {gap} days");
        assert!(errors(&case).is_empty(), "gap of {gap} days is never an error");
    }
}

#[test]
fn processing_time_uses_the_planned_date_until_a_session_is_held() {
    let mut case = base();
    case.sessions[1].held_on = None;
    case.sessions[1].planned_on = Some(case.sessions[0].held_on.unwrap() + TimeDelta::days(20));
    assert_eq!(case.processing_days(), Some(20));
}

#[test]
fn links_must_point_at_things_in_the_same_case() {
    let mut case = base();
    case.perspectives[0].participant_id = 99;
    case.themes[0].event_ids.push(77);
    case.learning_points[0].theme_id = Some(55);
    case.experiments[0].learning_point_id = Some(44);
    let found = codes(&case);
    for path in ["perspectives[0].participant_id", "learning_points[0].theme_id", "experiments[0].learning_point_id"] {
        assert!(found.iter().any(|(c, _, p)| *c == "unknown_reference" && p == path), "{path}: {found:?}");
    }
    assert!(found.iter().any(|(c, _, p)| *c == "unknown_reference" && p.starts_with("themes[0].event_ids")));
}

#[test]
fn duplicate_ids_links_and_pseudonyms_are_errors() {
    let mut case = base();
    case.timeline[1].id = case.timeline[0].id;
    let first = case.themes[0].perspective_ids[0];
    case.themes[0].perspective_ids.push(first);
    case.participants[1].pseudonym = case.participants[0].pseudonym.to_uppercase();
    let found = errors(&case);
    for code in ["duplicate_id", "duplicate_link", "duplicate_pseudonym"] {
        assert!(found.contains(&code), "{code}: {found:?}");
    }
}

#[test]
fn a_review_date_before_the_start_is_an_error() {
    let mut case = base();
    case.experiments[0].review_on = Some(case.experiments[0].start_on.unwrap() - TimeDelta::days(1));
    assert_eq!(errors(&case), ["dates_out_of_order"]);
}

#[test]
fn overdue_means_open_and_past_its_review_date() {
    let mut x = base().experiments[0].clone();
    x.review_on = Some(date(2026, 11, 1));
    for (status, overdue) in [
        (ExperimentStatus::Planned, true),
        (ExperimentStatus::Running, true),
        (ExperimentStatus::Adapted, true),
        (ExperimentStatus::Adopted, false),
        (ExperimentStatus::Abandoned, false),
    ] {
        x.status = status;
        assert_eq!(x.is_overdue(date(2026, 11, 2)), overdue, "{status}");
        assert!(!x.is_overdue(date(2026, 11, 1)), "{status} on its review day");
    }
    x.review_on = None;
    x.status = ExperimentStatus::Running;
    assert!(!x.is_overdue(date(2030, 1, 1)));
}

#[test]
fn titles_empty_huge_or_with_control_characters_are_refused_with_a_reason() {
    let mut case = base();
    for (title, code) in [
        ("", "required"),
        ("   ", "required"),
        (&"x".repeat(1024 * 1024) as &str, "too_long"),
        ("regel\nbreuk", "control_characters"),
        ("nul\u{0}byte", "control_characters"),
    ] {
        case.title = title.to_owned();
        let found = check(&case, sample_today());
        let error = found.iter().find(|f| f.severity == Severity::Error).expect("an error");
        assert_eq!((error.code, error.path.as_str()), (code, "title"));
        assert!(!error.message.contains(title.trim()) || title.trim().is_empty(), "messages never quote input");
    }
    case.title = "é".repeat(LINE_MAX);
    assert!(errors(&case).is_empty(), "{LINE_MAX} characters (not bytes) fit");
}

#[test]
fn unusual_but_valid_text_is_stored_exactly() {
    let mut conn = db();
    let texts = [
        "Valpartij 🚑 op kamer 12 — ‘nachtdienst’",
        "מטופל נפל בלילה · مريض سقط",
        "Robert'); DROP TABLE case_file;--",
        "100% \"quotes\" \\ backslash % _ LIKE",
        "Zoë, Anaïs en François: één öffentliche Übergabe",
    ];
    for (n, title) in texts.iter().enumerate() {
        let mut case = sample_case(id(n as u128 + 1), n as u64, now());
        case.title = title.to_string();
        case.story.text = format!("{title}\n\tmet tab en regel\r\n{}", "lang ".repeat(10_000));
        insert_case(&mut conn, &case, sample_today()).unwrap();
        assert_eq!(load_case(&conn, case.id).unwrap(), case, "{title}");
    }
    assert_eq!(count_cases(&conn).unwrap(), texts.len() as u64);
}

#[test]
fn an_invalid_case_is_refused_whole_and_nothing_is_stored() {
    let mut conn = db();
    let mut case = base();
    case.experiments[3].action = String::new();
    let err = insert_case(&mut conn, &case, sample_today()).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert_eq!(err.to_string(), "the case is not valid: experiments[3].action: is required");
    assert_eq!(count_cases(&conn).unwrap(), 0);
}

#[test]
fn unknown_kinds_are_refused_with_the_list_of_valid_ones() {
    let err = "ongeluk".parse::<CaseKind>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown kind; expected one of: incident, calamity, complication, series, theme, went_well, collaboration"
    );
    for kind in CaseKind::ALL {
        assert_eq!(kind.as_str().parse::<CaseKind>().unwrap(), *kind);
    }
}

#[test]
fn case_files_of_older_versions_read_as_cases_without_what_came_later() {
    let mut case = base();
    case.history = vec![CaseEvent { at: case.created_at, kind: CaseEventKind::Sent, detail: "Marieke".into() }];
    let v3 = to_json(&case);
    assert!(v3.contains("\"version\": 3") && v3.contains("\"history\""));
    assert!(!v3.contains("\"practice\""), "a real case has no practice field");
    assert_eq!(from_json(&v3, case.id).unwrap().history, case.history);
    // Version 2 had no practice pack: a real case's file is the same but for its version.
    assert_eq!(from_json(&v3.replace("\"version\": 3", "\"version\": 2"), case.id).unwrap(), case);
    let start = v3.find(",\n    \"history\"").expect("history is the case's last field");
    let end = start + v3[start..].find(']').unwrap() + 1;
    let v1 = format!("{}{}", &v3[..start], &v3[end..]).replace("\"version\": 3", "\"version\": 1");
    assert!(from_json(&v1, case.id).unwrap().history.is_empty());
}

#[test]
fn bad_case_files_give_clear_errors() {
    let good = to_json(&base());
    let cases = [
        (good.replace("\"format\": \"leerteam.case\"", "\"format\": \"other\""), "\"format\" must be"),
        (good.replace("\"version\": 3", "\"version\": 9"), "format version 9 is not supported"),
        (good.replace("\"version\": 3", "\"version\": 0"), "format version 0 is not supported"),
        (
            good.replacen(&format!("\"kind\": \"{}\"", base().kind), "\"kind\": \"ongeluk\"", 1),
            "unexpected value, expected one of `incident`",
        ),
        (
            good.replacen(
                &format!("\"event_date\": \"{}\"", base().event_date.unwrap()),
                "\"event_date\": \"2026-02-30\"",
                1,
            ),
            "line",
        ),
        (good.replacen("\"title\"", "\"titel\": \"x\", \"title\"", 1), "unknown field"),
        (good.replacen("\"participant_id\": 1", "\"participant_id\": \"Anja de Vries\"", 1), "expected u32"),
        ("{".to_owned(), "EOF"),
        (String::new(), "EOF"),
    ];
    for (text, expected) in cases {
        let err = from_json(&text, id(2)).unwrap_err();
        assert_eq!(err.code(), "bad_json");
        assert!(err.to_string().contains(expected), "{err} should mention {expected}");
        assert!(!err.to_string().contains("ongeluk") && !err.to_string().contains("Anja"), "{err} quotes the input");
    }
    assert!(parse_date("2026-13-01").is_err());
    assert_eq!(parse_date("2026-11-23").unwrap(), date(2026, 11, 23));
}

#[test]
fn an_experiment_has_at_most_one_criterion_of_each_kind() {
    let mut case = base();
    let x = &mut case.experiments[0];
    x.criteria.retain(|c| c.kind != CriterionKind::Outcome);
    let outcome = |id| Criterion { id, kind: CriterionKind::Outcome, text: "minder valincidenten".into() };
    x.criteria.push(outcome(900));
    assert_eq!(errors(&case), Vec::<&str>::new());
    case.experiments[0].criteria.push(outcome(901));
    let refused: Vec<_> = codes(&case).into_iter().filter(|(_, s, _)| *s == Severity::Error).collect();
    assert_eq!(refused, [("criterion_kind_repeated", Severity::Error, "experiments[0].criteria".to_owned())]);
}

#[test]
fn a_saved_change_moves_a_status_only_as_the_method_allows() {
    use ExperimentStatus::*;
    let mut conn = db();
    let mut case = base();
    case.experiments[0].status = Planned;
    insert_case(&mut conn, &case, sample_today()).unwrap();
    let later = now() + TimeDelta::hours(1);
    // Planned to adopted skips running: refused with the field's path, and nothing is written.
    let mut edited = load_case(&conn, case.id).unwrap();
    edited.experiments[0].status = Adopted;
    edited.title = "ook de titel veranderd".into();
    let err = save_case(&mut conn, &edited, later).unwrap_err();
    let ModelError::Invalid(findings) = err else { panic!("{err:?}") };
    assert_eq!((findings[0].code, findings[0].path.as_str()), ("status_change", "experiments[0].status"));
    let unchanged = load_case(&conn, case.id).unwrap();
    assert_eq!((unchanged.title.as_str(), unchanged.updated_at), (case.title.as_str(), case.updated_at));
    assert_eq!(unchanged.experiments[0].status, Planned);
    // Step by step it is allowed.
    edited.experiments[0].status = Running;
    save_case(&mut conn, &edited, later).unwrap();
    edited.experiments[0].status = Adopted;
    save_case(&mut conn, &edited, later).unwrap();
    // A new experiment starts as planned.
    let mut added = edited.experiments[0].clone();
    added.id = 700;
    added.criteria.clear();
    added.check_ins.clear();
    edited.experiments.push(added);
    let err = save_case(&mut conn, &edited, later).unwrap_err();
    let ModelError::Invalid(findings) = err else { panic!("{err:?}") };
    let last = edited.experiments.len() - 1;
    assert_eq!(findings[0].path, format!("experiments[{last}].status"));
    edited.experiments[last].status = Planned;
    save_case(&mut conn, &edited, later).unwrap();
    // Deleted and put back, an adopted experiment keeps its status.
    let adopted = edited.experiments.remove(0);
    edited.recently_deleted.push(DeletedItem {
        id: 90,
        kind: DeletedKind::Experiment,
        label: "terug".into(),
        deleted_at: later,
        item: serde_json::to_value(&adopted).unwrap(),
    });
    save_case(&mut conn, &edited, later).unwrap();
    edited.recently_deleted.retain(|d| d.id != 90);
    edited.experiments.push(adopted);
    save_case(&mut conn, &edited, later).unwrap();
}

#[test]
fn the_facts_of_a_case_are_worked_out_once_here() {
    use ExperimentStatus::*;
    let mut case = base();
    let today = sample_today();
    case.experiments[0].status = Running;
    case.experiments[0].review_on = Some(today - TimeDelta::days(3));
    case.experiments[1].status = Planned;
    case.experiments[1].review_on = Some(today + TimeDelta::days(5));
    for x in &mut case.experiments[2..] {
        x.status = Adopted;
        x.review_on = Some(today - TimeDelta::days(30));
    }
    let facts = facts(&case, today);
    assert_eq!(facts.phase_number, case.phase.number());
    assert_eq!(facts.overdue_reviews, 1);
    assert!(facts.experiments[0].overdue && !facts.experiments[1].overdue);
    // Adopted experiments are no longer followed: their old review date is not the next one.
    assert_eq!(facts.next_review, Some(today - TimeDelta::days(3)));
    assert_eq!(facts.experiments[0].next_statuses, [Running, Adopted, Adapted, Abandoned]);
    assert_eq!(facts.experiments[1].next_statuses, [Running, Abandoned]);
    assert!(facts.experiments[2].next_statuses.is_empty());
    // Processing time: the first dated session of each kind, held or else planned.
    assert_eq!(facts.processing_days, case.processing_days());
    let first = case.sessions.iter().find(|s| s.kind == SessionKind::Perspectives).unwrap().date().unwrap();
    for s in case.sessions.iter_mut().filter(|s| s.kind == SessionKind::RedThread) {
        s.held_on = None;
        s.planned_on = Some(first + TimeDelta::days(20));
    }
    assert_eq!(leerteam_model::facts(&case, today).processing, ProcessingTime::TooLong);
    case.sessions.retain(|s| s.kind != SessionKind::RedThread);
    assert_eq!(leerteam_model::facts(&case, today).processing, ProcessingTime::NoDates);
}
