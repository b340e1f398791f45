//! `leerteam training …` (issue #13's command names): the built-in pack as a practice case, its
//! role cards page by page, bad packs refused whole, and a practice case kept out of the follow-up
//! board, calendars and action lists.

use super::*;

fn pdf_pages(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext").args(["-enc", "UTF-8", s(pdf), "-"]).output().expect("pdftotext");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    // pdftotext ends each page with a form feed.
    text.split('\u{c}').filter(|p| !p.trim().is_empty()).map(str::to_owned).collect()
}

fn exported(x: &Scratch, id: &str) -> serde_json::Value {
    serde_json::from_str(&x.export(id)).unwrap()
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn training_pack_imports_the_builtin_pack_and_prints_the_id_last() {
    let x = Scratch::create();
    x.init();
    let said = x.ok(&["training", "pack", s(&x.vault())]);
    let id = said.lines().last().unwrap();
    uuid::Uuid::parse_str(id).unwrap();
    let case = exported(&x, id);
    assert_eq!(case["case"]["practice"]["roles"].as_array().unwrap().len(), 5);
    assert_eq!(case["case"]["participants"].as_array().unwrap().len(), 4);
    let list: serde_json::Value = serde_json::from_str(&x.ok(&["case", "list", s(&x.vault()), "--json"])).unwrap();
    assert_eq!(list[0]["practice"], true);
    let english = x.ok(&["training", "pack", s(&x.vault()), "--lang", "en"]);
    let case = exported(&x, english.lines().last().unwrap());
    assert_eq!(case["case"]["practice"]["lang"], "en");
}

#[test]
fn role_cards_have_one_card_and_the_practice_mark_on_every_page() {
    let x = Scratch::create();
    x.init();
    for (lang, mark) in [("nl", "Oefencasus, fictief"), ("en", "Practice case, fictional")] {
        let id = x.ok(&["training", "pack", s(&x.vault()), "--lang", lang]).lines().last().unwrap().to_owned();
        let case = exported(&x, &id);
        let titles: Vec<&str> = case["case"]["practice"]["roles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["title"].as_str().unwrap())
            .collect();
        let pseudonyms: Vec<&str> =
            case["case"]["participants"].as_array().unwrap().iter().map(|p| p["pseudonym"].as_str().unwrap()).collect();
        let pdf = x.path(&format!("cards-{lang}.pdf"));
        x.ok(&["training", "cards", s(&x.vault()), &id, "--out", s(&pdf), "--lang", lang]);
        let pages = pdf_pages(&pdf);
        assert_eq!(pages.len(), titles.len());
        for (n, page) in pages.iter().enumerate() {
            let page = flat(page);
            let on_page: Vec<&&str> = titles.iter().filter(|t| page.contains(**t)).collect();
            assert_eq!(on_page, [&titles[n]], "page {} of {lang}", n + 1);
            assert!(page.contains(mark), "page {} of {lang} lacks the practice mark", n + 1);
            assert!(pseudonyms.iter().filter(|p| page.contains(**p)).count() <= 1, "page {}", n + 1);
        }
    }
}

#[test]
fn observer_sheets_give_a_page_per_group_and_the_plenary() {
    let x = Scratch::create();
    x.init();
    let id = x.ok(&["training", "pack", s(&x.vault()), "--lang", "en"]).lines().last().unwrap().to_owned();
    let pdf = x.path("sheets.pdf");
    x.ok(&[
        "training",
        "sheets",
        s(&x.vault()),
        &id,
        "--trainees",
        "13",
        "--round",
        "2",
        "--out",
        s(&pdf),
        "--lang",
        "en",
    ]);
    let pages: Vec<String> = pdf_pages(&pdf).iter().map(|p| flat(p)).collect();
    assert_eq!(pages.len(), 4);
    // Round 2: in group 1 (trainees 1 to 5) trainee 2 facilitates and trainee 1 takes the last card.
    assert!(pages[0].contains("Trainee 2: leads the conversation"), "{}", pages[0]);
    assert!(pages[0].contains("Trainee 1: Ward team leader"), "{}", pages[0]);
    assert!(pages[1].contains("Not played in this group"), "a group of four leaves a card out");
    assert!(pages[3].contains("Plenary round"));
    assert!(pages.iter().all(|p| p.contains("Practice case, fictional")));
    let groups = x.ok(&["training", "groups", "13"]);
    assert_eq!(groups, "1\t1 2 3 4 5\n2\t6 7 8 9\n3\t10 11 12 13\n");
    assert!(x.fails(&["training", "groups", "3"]).contains("at least 4 trainees"));
}

#[test]
fn a_bad_pack_is_refused_whole_and_names_what_is_wrong() {
    let x = Scratch::create();
    x.init();
    let id = x.ok(&["training", "pack", s(&x.vault())]).lines().last().unwrap().to_owned();
    let mut file = serde_json::json!({
        "format": "leerteam.practice-pack",
        "version": 1,
        "pack": exported(&x, &id)["case"]["practice"].clone(),
    });
    let path = x.path("pack.json");
    std::fs::write(&path, serde_json::to_string_pretty(&file).unwrap()).unwrap();
    let own = x.ok(&["training", "pack", s(&x.vault()), s(&path)]);
    uuid::Uuid::parse_str(own.lines().last().unwrap()).unwrap();
    assert_eq!(x.case_count(), 2);

    file["pack"]["roles"][1]["seat"] = "facilitator".into();
    std::fs::write(&path, file.to_string()).unwrap();
    let error = x.fails(&["training", "pack", s(&x.vault()), s(&path)]);
    assert!(error.contains("practice.roles") && error.contains("one facilitator card"), "{error}");
    file["pack"]["roles"][1]["seat"] = serde_json::json!({ "participant": "nurse" });
    file["pack"]["roles"][2]["secret"] = "".into();
    std::fs::write(&path, file.to_string()).unwrap();
    assert!(x.fails(&["training", "pack", s(&x.vault()), s(&path)]).contains("practice.roles[2].secret"));
    file["pack"]["roles"][2]["secret"] = "x".into();
    file["pack"]["round"] = serde_json::json!([{ "step": "conversation", "minutes": 0 }]);
    std::fs::write(&path, file.to_string()).unwrap();
    assert!(x.fails(&["training", "pack", s(&x.vault()), s(&path)]).contains("practice.round[0].minutes"));
    std::fs::write(&path, r#"{"format": "leerteam.case", "version": 1, "pack": {}}"#).unwrap();
    assert!(x.fails(&["training", "pack", s(&x.vault()), s(&path)]).contains("missing field"));
    std::fs::write(&path, "not json").unwrap();
    x.fails(&["training", "pack", s(&x.vault()), s(&path)]);
    assert_eq!(x.case_count(), 2, "nothing was imported");
}

#[test]
fn a_practice_case_stays_out_of_the_board_calendars_and_action_lists() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/cases/rich-case.json");
    let real = x.ok(&["case", "import", s(&vault), fixture]).trim().to_owned();
    // The rich case again, as a practice case: the same running and overdue experiments.
    let pack_case = x.ok(&["training", "pack", s(&vault)]).lines().last().unwrap().to_owned();
    let mut rich = exported(&x, &real);
    rich["case"]["practice"] = exported(&x, &pack_case)["case"]["practice"].clone();
    let path = x.path("practice-rich.json");
    std::fs::write(&path, rich.to_string()).unwrap();
    let practice = x.ok(&["case", "import", s(&vault), s(&path)]).trim().to_owned();
    assert_eq!(exported(&x, &practice)["case"]["practice"], rich["case"]["practice"], "the pack round-trips");

    let board: serde_json::Value = serde_json::from_str(&x.ok(&["followup", "list", s(&vault), "--json"])).unwrap();
    let cases: Vec<&str> = board.as_array().unwrap().iter().map(|i| i["case_id"].as_str().unwrap()).collect();
    assert_eq!(cases, [real.as_str(), real.as_str()]);
    let reviews = x.path("reviews.ics");
    assert_eq!(x.ok(&["calendar", s(&vault), "--out", s(&reviews)]).trim(), "1 event written");
    let actions = x.path("board.csv");
    assert_eq!(x.ok(&["export-actions", s(&vault), "--out", s(&actions)]).trim(), "2 experiments written");

    let ics = x.path("practice.ics");
    assert!(x.fails(&["calendar", s(&vault), &practice, "--out", s(&ics)]).contains("practice case"));
    let xlsx = x.path("practice.xlsx");
    assert!(x.fails(&["export-actions", s(&vault), &practice, "--out", s(&xlsx)]).contains("practice case"));
    assert!(!ics.exists() && !xlsx.exists());
    // Its story says what it is.
    x.ok(&["story", "html", s(&vault), &practice, "--out", s(&x.path("story.html"))]);
    let story = std::fs::read_to_string(x.path("story.html")).unwrap();
    assert!(story.contains("Oefencasus, fictief"));
}
