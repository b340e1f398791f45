//! Bad input is stored faithfully or refused with a clear message; nothing already stored is lost.

use super::*;

#[test]
fn odd_but_valid_titles_are_stored_exactly() {
    let x = Scratch::create();
    x.init();
    let titles = [
        "Valpartij 🚑 kamer 12 — “nachtdienst”",
        "מטופל נפל בלילה",
        "مريض سقط في الليل",
        "Robert'); DROP TABLE case_file;--",
        "50% \"aanhalingstekens\" \\ en _ LIKE %",
        "Zoë, Anaïs en François",
        "x",
        &"é".repeat(200),
    ];
    for title in titles {
        let id = x.add("incident", title);
        let exported: serde_json::Value = serde_json::from_str(&x.export(&id)).unwrap();
        assert_eq!(exported["case"]["title"], title);
    }
    assert_eq!(x.case_count(), titles.len());
}

#[test]
fn bad_titles_dates_and_kinds_are_refused_clearly_and_lose_nothing() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    let keep = x.add("incident", "Blijft bewaard");
    let before = x.export(&keep);
    let long = "x".repeat(100_000);
    let refusals: [(&[&str], &str); 7] = [
        (&["--kind", "incident", "--title", ""], "title: is required"),
        (&["--kind", "incident", "--title", "   "], "title: is required"),
        (&["--kind", "incident", "--title", &long], "title: is longer than 200 characters"),
        (&["--kind", "incident", "--title", "regel\neen"], "title: contains control characters"),
        (&["--kind", "incident", "--title", "bel\u{7}"], "title: contains control characters"),
        (&["--kind", "ongeluk", "--title", "t"], "unknown kind; expected one of: incident, calamity"),
        (&["--kind", "incident", "--title", "t", "--event-date", "2026-02-30"], "dates are written as YYYY-MM-DD"),
    ];
    for (args, expected) in refusals {
        let mut full = vec!["case", "add", s(&vault)];
        full.extend_from_slice(args);
        let err = x.fails(&full);
        assert!(err.contains(expected), "{err} should say {expected}");
        assert!(!err.contains("ongeluk"), "error quotes the input: {err}");
        assert!(!err.contains(&long), "error quotes the input");
    }
    assert_eq!(x.case_count(), 1);
    assert_eq!(x.export(&keep), before);
}

#[test]
fn a_one_megabyte_title_in_an_import_is_refused_and_nothing_changes() {
    let x = Scratch::create();
    x.init();
    let id = x.add("incident", "Bestaande casus");
    let exported = x.export(&id);
    let huge = exported.replace("\"Bestaande casus\"", &format!("\"{}\"", "ü".repeat(1024 * 1024)));
    let file = x.path("huge.json");
    std::fs::write(&file, huge).unwrap();
    let err = x.fails(&["case", "import", s(&x.vault()), s(&file)]);
    assert_eq!(err, "leerteam: the case is not valid: title: is longer than 200 characters");
    assert_eq!(x.case_count(), 1);
}

#[test]
fn malformed_case_files_are_refused_before_the_vault_is_touched() {
    let x = Scratch::create();
    x.init();
    let id = x.add("incident", "Origineel");
    let exported = x.export(&id);
    let generation = |x: &Scratch| x.ok(&["vault", "verify", s(&x.vault())]).split(',').next().unwrap().to_owned();
    let before = generation(&x);
    let bad = [
        ("not json", "not a valid Leerteam case file"),
        (
            &exported.replacen("\"kind\": \"incident\"", "\"kind\": \"ongeluk\"", 1) as &str,
            "unexpected value, expected one of",
        ),
        (
            &exported.replacen("\"event_date\": null", "\"event_date\": \"gisteren\"", 1),
            "not a valid Leerteam case file",
        ),
        (&exported.replacen("\"title\": \"Origineel\"", "\"title\": 42", 1), "expected a string"),
        (&exported.replacen("\"version\": 3", "\"version\": 4", 1), "format version 4 is not supported"),
    ];
    for (text, expected) in bad {
        let file = x.path("bad.json");
        std::fs::write(&file, text).unwrap();
        let err = x.fails(&["case", "import", s(&x.vault()), s(&file)]);
        assert!(err.contains(expected), "{err} should say {expected}");
        assert!(!err.contains("gisteren") && !err.contains("ongeluk"), "{err} quotes the input");
    }
    assert_eq!(generation(&x), before, "no save happened");
    let missing = x.fails(&["case", "import", s(&x.vault()), s(&x.path("missing.json"))]);
    assert!(missing.starts_with("leerteam: could not read the case file"), "{missing}");
    assert!(!missing.contains("missing.json"), "no paths in errors: {missing}");
    let unknown = x.fails(&["case", "export", s(&x.vault()), "00000000-0000-0000-0000-000000000000"]);
    assert_eq!(unknown, "leerteam: no case with that id");
    let garbage = x.fails(&["case", "export", s(&x.vault()), "zzz"]);
    assert!(garbage.contains("a case id looks like"), "{garbage}");
}

#[test]
fn a_case_file_with_two_criteria_of_one_kind_is_refused_with_the_field_and_the_vault_unchanged() {
    let x = Scratch::create();
    x.init();
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/cases/rich-case.json");
    let mut file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(fixture).unwrap()).unwrap();
    let criteria = file["case"]["experiments"][0]["criteria"].as_array_mut().unwrap();
    let mut second = criteria[0].clone();
    second["id"] = 9000.into();
    criteria.push(second);
    let path = x.path("two-outcomes.json");
    std::fs::write(&path, serde_json::to_string(&file).unwrap()).unwrap();
    let before = std::fs::read(x.vault().join("vault.age")).unwrap();
    let err = x.fails(&["case", "import", s(&x.vault()), s(&path)]);
    assert!(err.contains("experiments[0].criteria: has more than one"), "{err}");
    assert_eq!(std::fs::read(x.vault().join("vault.age")).unwrap(), before, "the vault is byte for byte unchanged");
}
