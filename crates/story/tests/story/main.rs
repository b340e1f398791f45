//! The learning story end to end: a case with names and identifiers planted in it, through the
//! privacy scan, into HTML and PDF, checked with poppler's and qpdf's tools.

use chrono::{DateTime, TimeZone, Utc};
use leerteam_model::*;
use leerteam_story::*;
use uuid::Uuid;

mod evaluation;
mod invitation;
mod numbers;
mod pdf;
mod properties;
mod scanner;

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 14, 3, 0).unwrap()
}

/// Made-up people and identifiers, each planted somewhere in the case's texts.
pub const NAMES: &[&str] = &["Annemieke", "Brouwer", "Joost", "Kuipers-Öztürk"];
pub const IDENTIFIERS: &[&str] =
    &["111222333", "06-12345678", "a.brouwer@ziekenhuis-zuid.nl", "3584 CX", "14-03-1941", "ZZ1234567", "Jansen"];
pub const STORY_TEXT: &str = "Wat we leerden — “één verhaal”: ’s nachts is de overdracht kwetsbaar. Zóveel \
    collega's, één patiënt; café-overleg na de crème brûlée. Ça va? Øre. Łódź. İstanbul. ĳzer.";

pub fn planted_case() -> Case {
    let mut case = sample_case(Uuid::from_u128(7), 7, now());
    case.participants[0].name = Some("Annemieke Brouwer".into());
    case.participants[1].name = Some("Joost Kuipers-Öztürk".into());
    case.story.text = STORY_TEXT.into();
    case.goal.description = "Mevr. Jansen (geboren op 14-03-1941, BSN 111222333, patiëntnummer ZZ1234567) \
        werd 's nachts opgenomen. Annemieke belde haar dochter op 06-12345678."
        .into();
    case.integrated_picture =
        "Joost mailde a.brouwer@ziekenhuis-zuid.nl over de overplaatsing naar het adres 3584 CX.".into();
    case.perspectives[0].text = "Ik had moeten bellen, maar de dienst was vol. Brouwer zag het ook.".into();
    case.timeline[0].description = "Kuipers-Öztürk controleert de pomp samen met Annemieke.".into();
    case
}

pub fn settings() -> StorySettings {
    StorySettings { organisation: "Ziekenhuis Zuid".into(), record_patterns: vec![], ..Default::default() }
}

#[test]
fn every_section_is_in_the_document_in_both_languages() {
    let case = planted_case();
    for lang in [Lang::Nl, Lang::En] {
        let doc = assemble(&case, &settings(), lang, sample_today());
        let w = lang.words();
        let headings: Vec<&str> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(
            headings,
            [
                w.summary,
                w.why,
                w.who,
                w.picture,
                w.perspectives,
                w.red_thread,
                w.keep_change,
                w.experiments,
                w.where_we_stand,
                w.asks,
                w.thanks
            ]
        );
        assert_eq!(doc.title, case.title);
        assert!(doc.facts.iter().any(|(_, v)| v == "Ziekenhuis Zuid"));
        let chart = doc.sections.iter().flat_map(|s| &s.blocks).find_map(|b| match b {
            Block::Chart { bars, .. } => Some(bars),
            _ => None,
        });
        let counted: u32 = chart.expect("a status chart").iter().map(|b| b.count).sum();
        assert_eq!(counted as usize, case.experiments.len());
    }
}

#[test]
fn participants_appear_by_pseudonym_and_role_never_by_name() {
    let case = planted_case();
    let doc = prepare(&case, &settings(), Lang::Nl, sample_today(), Keep::AsDecided).unwrap().document;
    let html = to_html(&doc);
    for name in NAMES.iter().chain(IDENTIFIERS) {
        assert!(!html.contains(name), "{name} left the vault");
    }
    for p in &case.participants {
        assert!(html.contains(&escape_html(&p.pseudonym)), "{} is in the story", p.pseudonym);
    }
    assert!(html.contains(&escape_html(STORY_TEXT)));
}

#[test]
fn a_kept_finding_stays_and_keep_everything_replaces_nothing() {
    let mut case = planted_case();
    case.story.review.decisions =
        vec![PrivacyDecision { key: "phone:0612345678".into(), keep: true, generalise: false }];
    let doc = prepare(&case, &settings(), Lang::Nl, sample_today(), Keep::AsDecided).unwrap().document;
    let html = to_html(&doc);
    assert!(html.contains("06-12345678"));
    assert!(!html.contains("111222333"));
    let findings = review(&case, &settings(), Lang::Nl, sample_today()).unwrap();
    assert!(findings.iter().find(|f| f.key == "phone:0612345678").unwrap().keep);
    assert!(!findings.iter().find(|f| f.key == "bsn:111222333").unwrap().keep);

    let all = to_html(&prepare(&case, &settings(), Lang::Nl, sample_today(), Keep::Everything).unwrap().document);
    for planted in IDENTIFIERS.iter().chain(&["Annemieke", "had moeten"]) {
        assert!(all.contains(planted), "{planted} kept");
    }
}

#[test]
fn html_escapes_what_was_typed() {
    let mut case = planted_case();
    case.story.text = "<script>alert(1)</script> & \"quotes\"".into();
    let html = to_html(&assemble(&case, &settings(), Lang::En, sample_today()));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"));
    assert!(!html.contains("<script>"));
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<html lang=\"en-GB\">"));
}

#[test]
fn a_bad_record_pattern_is_a_typed_error() {
    let settings =
        StorySettings { organisation: String::new(), record_patterns: vec!["(unclosed".into()], ..Default::default() };
    let err = review(&planted_case(), &settings, Lang::Nl, sample_today()).unwrap_err();
    assert!(matches!(err, StoryError::BadPattern));
    assert_eq!(err.code(), "bad_pattern");
    assert!(matches!(Lang::parse("de"), Err(StoryError::UnknownLanguage)));
}

#[test]
fn an_empty_case_still_makes_a_story() {
    let case = Case::new(
        Uuid::from_u128(1),
        NewCase { kind: CaseKind::Incident, title: "Leeg".into(), ward: String::new(), event_date: None },
        now(),
    );
    let doc = prepare(&case, &StorySettings::default(), Lang::Nl, sample_today(), Keep::AsDecided).unwrap().document;
    assert_eq!(doc.sections.last().unwrap().heading, Lang::Nl.words().thanks);
    let bytes = to_pdf(&doc, now()).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn an_export_records_what_it_kept() {
    let mut case = planted_case();
    case.story.review.decisions = vec![
        PrivacyDecision { key: "phone:0612345678".into(), keep: true, generalise: false },
        PrivacyDecision { key: "bsn:111222333".into(), keep: false, generalise: false },
        PrivacyDecision { key: "email:gone@example.nl".into(), keep: true, generalise: false },
    ];
    let findings = review(&case, &settings(), Lang::Nl, sample_today()).unwrap();
    assert_eq!(kept_keys(&findings, Keep::AsDecided), ["phone:0612345678"], "only what is in the story now");
    let record = prepare(&case, &settings(), Lang::Nl, sample_today(), Keep::AsDecided)
        .unwrap()
        .record(std::path::Path::new("/home/anja/Documenten/verhaal.pdf"), now());
    assert_eq!(
        record,
        StoryExport {
            at: now(),
            file_name: "verhaal.pdf".into(),
            lang: "nl".into(),
            kept: vec!["phone:0612345678".into()]
        },
        "the file's name only, never its folder"
    );
    let everything = kept_keys(&findings, Keep::Everything);
    assert!(
        everything.contains(&"bsn:111222333".to_owned()) && everything.contains(&"name:annemieke brouwer".to_owned())
    );
    assert!(everything.contains(&"blame:had moeten".to_owned()), "blame wording with a suggestion counts too");
}

#[test]
fn the_vocabulary_words_are_written_for_the_ui() {
    // The UI shows the same names the story prints; CI fails when the committed file differs.
    let dir = std::env::var("TS_RS_EXPORT_DIR").unwrap_or_else(|_| "ui/src/bindings".into());
    let path = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(dir).join("vocabularyWords.ts");
    let text = leerteam_story::vocabulary_words_ts();
    assert!(text.contains("    'kind.calamity': '(Mogelijke) calamiteit',\n"), "{text}");
    assert!(text.contains("    'status.adopted': 'Adopted',\n"), "{text}");
    assert_eq!(text.matches("'role.").count(), 2 * leerteam_model::Role::ALL.len());
    std::fs::write(path, text).unwrap();
}

/// The levels of the headings in `html`, in order.
fn heading_levels(html: &str) -> Vec<u8> {
    html.match_indices("<h")
        .filter_map(|(at, _)| html[at + 2..].chars().next()?.to_digit(10))
        .map(|d| d as u8)
        .collect()
}

#[test]
fn the_story_headings_go_down_one_level_at_a_time_wherever_the_article_sits() {
    let doc = assemble(&planted_case(), &settings(), Lang::En, sample_today());
    for parent in [0, 3] {
        let levels = heading_levels(&to_article_under(&doc, parent));
        assert_eq!(levels.first(), Some(&(parent + 1)), "the title is one below the page's heading");
        assert_eq!(levels.iter().filter(|&&l| l == parent + 1).count(), 1, "one title");
        for pair in levels.windows(2) {
            assert!(pair[1] <= pair[0] + 1, "{} follows {} under {parent}: {levels:?}", pair[1], pair[0]);
        }
        assert!(levels.iter().all(|&l| l > parent && l <= 6), "{levels:?}");
        assert!(levels.len() > 10, "the planted case has sections and fields: {levels:?}");
    }
    assert_eq!(to_article(&doc), to_article_under(&doc, 0));
}
