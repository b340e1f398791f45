//! `leerteam followup list`, `leerteam calendar` and `leerteam invite` (issue #12's command names)
//! on the rich case.

use super::*;

fn rich(x: &Scratch) -> String {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/cases/rich-case.json");
    x.ok(&["case", "import", s(&x.vault()), fixture]).trim().to_owned()
}

#[test]
fn followup_list_shows_the_experiments_still_followed_overdue_first() {
    let x = Scratch::create();
    x.init();
    let id = rich(&x);
    let vault = x.vault();
    let json: serde_json::Value = serde_json::from_str(&x.ok(&["followup", "list", s(&vault), "--json"])).unwrap();
    let items = json.as_array().unwrap();
    // Experiments 3 and 4 are running; 1 and 2 were abandoned. 3's review (2026-09-10) has passed.
    let ids: Vec<u64> = items.iter().map(|i| i["experiment_id"].as_u64().unwrap()).collect();
    assert_eq!(ids, [3, 4]);
    assert_eq!(items[0]["case_id"], id.as_str());
    assert!(items[0]["days_overdue"].as_u64().unwrap() > 60);
    assert_eq!(items[1]["days_overdue"], 0);
    let overdue = x.ok(&["followup", "list", s(&vault), "--show", "overdue"]);
    assert_eq!(overdue.lines().count(), 1, "{overdue}");
    assert!(overdue.starts_with(&format!("{id}\t3\trunning\t2026-09-10\t")), "{overdue}");
    assert_eq!(x.ok(&["followup", "list", s(&vault), "--show", "no-owner"]).lines().count(), 0);
}

#[test]
fn calendar_writes_the_sessions_and_reviews_without_case_text() {
    let x = Scratch::create();
    x.init();
    let id = rich(&x);
    let vault = x.vault();
    let file = x.path("case.ics");
    let said = x.ok(&["calendar", s(&vault), &id, "--out", s(&file), "--lang", "en"]);
    // Two dated sessions and the one open experiment with a review date.
    assert_eq!(said.trim(), "3 events written");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"));
    assert!(text.lines().all(|l| l.len() <= 76), "every line at most 75 octets and its CR");
    assert!(text.contains("DTSTART;VALUE=DATE:20260910\r\n"));
    let case: serde_json::Value = serde_json::from_str(&x.export(&id)).unwrap();
    for word in case["case"]["title"].as_str().unwrap().split_whitespace().filter(|w| w.len() > 4) {
        assert!(!text.contains(word), "{word} from the title is in the calendar");
    }
    for name in case["case"]["participants"].as_array().unwrap().iter().filter_map(|p| p["name"].as_str()) {
        assert!(!text.contains(name), "a participant's name is in the calendar");
    }
    let all = x.path("reviews.ics");
    assert_eq!(x.ok(&["calendar", s(&vault), "--out", s(&all)]).trim(), "1 event written");
    assert!(std::fs::read_to_string(&all).unwrap().contains("SUMMARY:Leerteam: review van experiment 3"));
}

#[test]
fn invite_writes_a_letter_per_role_as_pdf_or_text_without_participant_names() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/cases/rich-case.json");
    let mut case: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(fixture).unwrap()).unwrap();
    let names: Vec<String> = case["case"]["participants"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["name"].as_str())
        .map(String::from)
        .collect();
    assert!(names.len() >= 2, "the rich case names its participants");
    case["case"]["goal"]["why_learn"] = format!("{} en {} zagen het allebei gebeuren.", names[0], names[1]).into();
    let file = x.path("case.json");
    std::fs::write(&file, case.to_string()).unwrap();
    let id = x.ok(&["case", "import", s(&vault), s(&file)]).trim().to_owned();
    x.ok(&["story", "settings", s(&vault), "--support-contact", "Collegiale opvang, toestel 4411"]);

    let pdf = x.path("uitnodiging.pdf");
    assert!(x.ok(&["invite", s(&vault), &id, "--role", "nurse", "--out", s(&pdf)]).contains("bytes written"));
    let out = Command::new("pdftotext").args(["-enc", "UTF-8", s(&pdf), "-"]).output().expect("pdftotext");
    let text = String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Uitnodiging voor een Learning Team") && text.contains("toestel 4411"), "{text}");
    let txt = x.path("invitation.TXT");
    x.ok(&["invite", s(&vault), &id, "--role", "family", "--out", s(&txt), "--lang", "en"]);
    let letter = std::fs::read_to_string(&txt).unwrap();
    assert!(letter.starts_with("Invitation to a Learning Team\r\n"), "{letter}");
    assert!(letter.contains("For: Family member\r\n"), "{letter}");
    for name in &names {
        for part in name.split_whitespace().filter(|p| p.len() > 3) {
            assert!(!text.contains(part) && !letter.contains(part), "{part} of a participant's name is in a letter");
        }
    }

    // A role that does not exist, or a file that is neither: refused, nothing written.
    let bad = x.path("bad.pdf");
    x.fails(&["invite", s(&vault), &id, "--role", "surgeon", "--out", s(&bad)]);
    let docx = x.path("letter.docx");
    let said = x.fails(&["invite", s(&vault), &id, "--role", "nurse", "--out", s(&docx)]);
    assert!(said.contains(".pdf or .txt"), "{said}");
    assert!(!bad.exists() && !docx.exists());
}

#[test]
fn export_actions_writes_an_xlsx_or_csv_of_one_case_or_of_the_board() {
    let x = Scratch::create();
    x.init();
    let id = rich(&x);
    let vault = x.vault();
    let xlsx = x.path("acties.xlsx");
    assert_eq!(x.ok(&["export-actions", s(&vault), &id, "--out", s(&xlsx)]).trim(), "4 experiments written");
    let bytes = std::fs::read(&xlsx).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"), "a ZIP archive");
    let csv = x.path("board.csv");
    // The board: experiments 3 and 4 are still followed, 3 overdue first.
    assert_eq!(x.ok(&["export-actions", s(&vault), "--out", s(&csv), "--lang", "en"]).trim(), "2 experiments written");
    let text = std::fs::read_to_string(&csv).unwrap();
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert!(lines[0].starts_with("Case,Experiment,Title,Description,"), "{text}");
    let reference = &id.replace('-', "")[..8];
    assert!(lines.iter().any(|l| l.starts_with(&format!("{reference},3,"))), "{text}");
    let nl = x.path("board-nl.csv");
    x.ok(&["export-actions", s(&vault), "--out", s(&nl), "--dutch-excel"]);
    let nl = std::fs::read(&nl).unwrap();
    assert!(nl.starts_with("\u{FEFF}Casus;Experiment;Titel;".as_bytes()));

    let docx = x.path("list.docx");
    let said = x.fails(&["export-actions", s(&vault), &id, "--out", s(&docx)]);
    assert!(said.contains(".xlsx or .csv"), "{said}");
    let list = x.path("list.xlsx");
    let said = x.fails(&["export-actions", s(&vault), &id, "--out", s(&list), "--dutch-excel"]);
    assert!(said.contains("for a .csv"), "{said}");
    assert!(!x.path("list.docx").exists() && !x.path("list.xlsx").exists());
}
