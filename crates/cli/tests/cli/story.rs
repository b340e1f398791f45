//! `leerteam story …` on the real binary: the PDF and HTML leave without names or identifiers
//! unless asked, every export is recorded with the case, and bad input changes nothing.

use super::*;

/// Imports the rich case with a participant's name and identifiers planted in its texts.
fn planted(x: &Scratch) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/cases/rich-case.json");
    let mut case: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    case["case"]["goal"]["description"] =
        format!("Anja de Vries belde om 23:40; BSN 111222333, telefoon 06-12345678. Ik had moeten bellen. {OTHERS}")
            .into();
    case["case"]["title"] = "Val van mevr. Kuijpers-van Dam op de afdeling".into();
    case["case"]["story"]["review"] = serde_json::json!({"decisions": [], "hidden_names": [], "exports": []});
    let file = x.path("planted.json");
    std::fs::write(&file, case.to_string()).unwrap();
    x.ok(&["case", "import", s(&x.vault()), s(&file)]).trim().to_owned()
}

/// People who are not participants, and where and how to reach them: none is in the case's list.
const OTHERS: &str = "Mevr. Hendrika Kuijpers-van Dam (geb.datum 03-02-1941) woont Lindelaan 14-II, 3958CM \
    Amerongen, tel. (0343) 45 12 90. Haar dochter Marloes belde dokter Ravensbergen; Kuijpers-van Dam sliep.";
const OTHERS_PLANTED: &[&str] =
    &["Kuijpers", "Hendrika", "03-02-1941", "Lindelaan", "3958CM", "Amerongen", "45 12 90", "Marloes", "Ravensbergen"];

fn pdf_text(path: &Path) -> String {
    let out =
        Command::new("pdftotext").args(["-enc", "UTF-8", s(path), "-"]).output().expect("pdftotext (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn story_pdf_html_and_scan_follow_the_contract() {
    let x = Scratch::create();
    x.init();
    let id = planted(&x);
    let vault = x.vault();

    let scan = x.ok(&["story", "scan", s(&vault), &id]);
    assert!(scan.lines().any(|l| l.starts_with("bsn\t1\treplace\t111222333\t[BSN]")), "{scan}");
    assert!(scan.lines().any(|l| l.starts_with("name\t") && l.contains("Anja de Vries\tVerpleegkundige A")), "{scan}");
    assert!(scan.lines().any(|l| l.starts_with("blame\t1\treplace\thad moeten\thad kunnen")), "{scan}");
    // A date of birth is replaced by default and offers its decade; a name of someone else gets a pseudonym.
    assert!(scan.lines().any(|l| l == "birth_date\t1\treplace\t03-02-1941\t[geboortedatum]\tjaren '40"), "{scan}");
    assert!(scan.lines().any(|l| l.starts_with("person\t") && l.contains("Kuijpers-van Dam")), "{scan}");
    let json: serde_json::Value = serde_json::from_str(&x.ok(&["story", "scan", s(&vault), &id, "--json"])).unwrap();
    let phone = json.as_array().unwrap().iter().find(|f| f["kind"] == "phone").expect("the phone number");
    assert_eq!(phone["replacement"], "[telefoonnummer]");
    assert_eq!(phone["places"][0]["found"], "06-12345678");

    let pdf = x.path("verhaal.pdf");
    assert!(x.ok(&["story", "pdf", s(&vault), &id, "--out", s(&pdf)]).contains("bytes written"));
    let text = pdf_text(&pdf);
    assert!(text.contains("Leerverhaal") && text.contains("Verpleegkundige A"));
    for planted in ["Anja de Vries", "111222333", "06-12345678", "had moeten"].iter().chain(OTHERS_PLANTED) {
        assert!(!text.contains(planted), "{planted} in the PDF");
    }
    let info = Command::new("pdfinfo").args(["-meta", s(&pdf)]).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout).into_owned()
        + &String::from_utf8_lossy(&Command::new("pdfinfo").arg(s(&pdf)).output().unwrap().stdout);
    assert!(info.contains("Title:"), "{info}");
    for planted in OTHERS_PLANTED {
        assert!(!info.contains(planted), "{planted} in the PDF's metadata: {info}");
    }
    assert!(text.contains("[BSN]") && text.contains("had kunnen"));

    let en = x.path("story.pdf");
    x.ok(&["story", "pdf", s(&vault), &id, "--out", s(&en), "--lang", "en", "--keep-identifiers"]);
    let text = pdf_text(&en);
    assert!(text.contains("Learning story") && text.contains("111222333") && text.contains("Anja de Vries"));
    assert!(text.contains("Kuijpers-van Dam") && text.contains("Lindelaan"), "the planted others are in the case");

    let html = x.path("verhaal.html");
    x.ok(&["story", "html", s(&vault), &id, "--out", s(&html)]);
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<html lang=\"nl-NL\">") && page.contains("[telefoonnummer]") && !page.contains("111222333"));
    for planted in OTHERS_PLANTED {
        assert!(!page.contains(planted), "{planted} in the HTML (its title included)");
    }

    let exports: serde_json::Value = serde_json::from_str(&x.export(&id)).unwrap();
    let exports = exports["case"]["story"]["review"]["exports"].as_array().unwrap().clone();
    let names: Vec<&str> = exports.iter().map(|e| e["file_name"].as_str().unwrap()).collect();
    assert_eq!(names, ["verhaal.pdf", "story.pdf", "verhaal.html"]);
    assert_eq!(exports[1]["lang"], "en");
    assert!(
        exports[1]["kept"].as_array().unwrap().iter().any(|k| k == "bsn:111222333"),
        "keep-identifiers is recorded"
    );
    assert!(exports[0]["kept"].as_array().unwrap().is_empty());
}

#[test]
fn story_settings_add_an_organisation_and_record_patterns() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    let id = planted(&x);
    let shown = x.ok(&[
        "story",
        "settings",
        s(&vault),
        "--organisation",
        "Ziekenhuis Zuid",
        "--record-pattern",
        r"\bZZ\d{7}\b",
    ]);
    assert!(shown.contains("Ziekenhuis Zuid") && shown.contains(r"\\bZZ\\d{7}\\b"), "{shown}");
    let err = x.fails(&["story", "settings", s(&vault), "--record-pattern", "(unclosed"]);
    assert!(err.contains("not a valid regular expression"), "{err}");
    assert_eq!(x.ok(&["story", "settings", s(&vault)]), shown, "a refused pattern changes nothing");

    let pdf = x.path("verhaal.pdf");
    x.ok(&["story", "pdf", s(&vault), &id, "--out", s(&pdf)]);
    assert!(pdf_text(&pdf).contains("Ziekenhuis Zuid"), "the organisation is on the title page");
}

#[test]
fn bad_story_input_is_refused_and_records_nothing() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    let id = planted(&x);
    let before = x.export(&id);

    let out = x.run(&["story", "pdf", s(&vault), &id, "--out", s(&x.path("a.pdf")), "--lang", "de"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(expect_failure(out).contains("expected nl or en"));
    let missing_dir = x.path("no/such/folder/verhaal.pdf");
    let err = x.fails(&["story", "pdf", s(&vault), &id, "--out", s(&missing_dir)]);
    assert!(err.contains("could not write the export") || err.contains("write the export"), "{err}");
    assert!(!err.contains("no/such/folder"), "no path in the message: {err}");
    let err = x.fails(&["story", "scan", s(&vault), "not-an-id"]);
    assert!(err.contains("case id"), "{err}");
    assert_eq!(x.export(&id), before, "nothing recorded");
    assert!(std::fs::read_dir(x.root.path()).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".part")));
}

#[test]
fn story_evaluate_scores_the_scan_and_another_tools_spans_side_by_side() {
    let x = Scratch::create();
    let set = x.path("set.json");
    std::fs::write(
        &set,
        r#"{"participants": [{"name": "Sanne Bakker", "pseudonym": "Verpleegkundige A"}],
            "sentences": [
              {"text": "Mevr. Jansen belde 06-12345678.", "expect": [["person", "Jansen"], ["phone", "06-12345678"]]},
              {"text": "Kalium 6,1 om 03:00.", "expect": []}
            ]}"#,
    )
    .unwrap();
    // The other tool found the name only, with a title, and touched the clean sentence.
    let spans = x.path("spans.json");
    std::fs::write(
        &spans,
        r#"{"tool": "other", "version": "1", "load_seconds": 1.0, "scan_seconds": 0.002, "results": [
             {"file": "set.json", "item": "sentences", "index": 0, "seconds": 0.001,
              "spans": [{"tag": "persoon", "start": 0, "end": 12}]},
             {"file": "set.json", "item": "sentences", "index": 1, "seconds": 0.001,
              "spans": [{"tag": "persoon", "start": 0, "end": 6}]}]}"#,
    )
    .unwrap();
    let lines = x.ok(&["story", "evaluate", s(&set), "--against", s(&spans), "--json", "--rounds", "1"]);
    let reports: Vec<serde_json::Value> = lines.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(reports.len(), 2, "{lines}");
    let (ours, theirs) = (&reports[0], &reports[1]);
    assert_eq!((ours["tool"].as_str(), theirs["tool"].as_str()), (Some("leerteam"), Some("other")));
    assert_eq!(ours["recall"], 1.0);
    assert_eq!(ours["over_redaction"], 0.0);
    assert_eq!(theirs["kinds"]["person"]["found"], 1);
    assert_eq!(theirs["kinds"]["phone"]["missed"], 1);
    assert_eq!(theirs["over_redaction"], 1.0);
    let table = x.ok(&["story", "evaluate", s(&set), "--against", s(&spans), "--rounds", "1"]);
    assert!(table.contains("kind               recall     other precision     other"), "{table}");
    assert!(x.fails(&["story", "evaluate", s(&spans)]).contains("not an evaluation file"));
}
