//! The PDF read back by the tools a reader's machine has: pdftotext, pdfinfo, qpdf, pdftoppm.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::*;

fn run(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed (scripts/setup.sh installs it): {e}"));
    assert!(out.status.success(), "{tool} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Kept after the run (the target folder) so a person can look at them.
fn samples() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("story");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_pdf_has_every_section_the_exact_story_text_and_no_names_or_identifiers() {
    let case = planted_case();
    for lang in [Lang::Nl, Lang::En] {
        let doc = prepare(&case, &settings(), lang, sample_today(), Keep::AsDecided).unwrap().document;
        let bytes = to_pdf(&doc, now()).unwrap();
        let path = samples().join(format!("learning-story-{}.pdf", lang.code()));
        std::fs::write(&path, &bytes).unwrap();
        let file = path.to_str().unwrap();

        let text = words(&run("pdftotext", &["-enc", "UTF-8", file, "-"]));
        for section in &doc.sections {
            assert!(text.contains(&words(&section.heading)), "{lang:?}: section {:?} missing", section.heading);
        }
        assert!(text.contains(&words(STORY_TEXT)), "{lang:?}: the story text, diacritics and all");
        assert!(text.contains(&words(&case.perspectives[1].text)), "{lang:?}: a perspective word for word");
        for p in &case.participants {
            assert!(text.contains(&p.pseudonym), "{lang:?}: {} is in it", p.pseudonym);
        }
        for planted in NAMES.iter().chain(IDENTIFIERS) {
            assert!(!text.contains(planted), "{lang:?}: {planted} is in the PDF");
        }
        let pages = doc_pages(&run("pdfinfo", &[file]));
        assert!((2..=12).contains(&pages), "{lang:?}: {pages} pages");
        let w = lang.words();
        assert!(text.contains(&format!("{} 1 {} {pages}", w.page, w.of)));
        assert!(text.contains(&format!("{} {pages} {} {pages}", w.page, w.of)));

        let info = run("pdfinfo", &[file]);
        assert!(info.contains(&format!("Title:           {}: {}", w.document, case.title)), "{info}");
        assert!(!info.contains("PDF/X"), "no claim of a standard it does not meet: {info}");
        let meta = run("pdfinfo", &["-meta", file]);
        assert!(meta.contains(&format!("<dc:language><rdf:Bag><rdf:li>{}</rdf:li>", lang.tag())), "{meta}");
        let catalog = run("qpdf", &["--show-object=trailer", "--filtered-stream-data", file]);
        assert!(catalog.contains("/Root"), "{catalog}");
        let root = run("qpdf", &["--json", "--json-key=qpdf", file]);
        assert!(root.contains(&format!("\"/Lang\": \"u:{}\"", lang.tag())), "no /Lang {}", lang.tag());
        run("qpdf", &["--check", file]);
        assert!(bytes.len() < 300 * 1024, "{lang:?}: {} bytes", bytes.len());
    }
}

#[test]
fn the_first_page_renders() {
    let doc = prepare(&planted_case(), &settings(), Lang::Nl, sample_today(), Keep::AsDecided).unwrap().document;
    let path = samples().join("page-check.pdf");
    std::fs::write(&path, to_pdf(&doc, now()).unwrap()).unwrap();
    let png = samples().join("learning-story-nl-page");
    run("pdftoppm", &["-png", "-r", "60", "-f", "1", "-l", "2", path.to_str().unwrap(), png.to_str().unwrap()]);
    // pdftoppm numbers pages with as many digits as the last page number has.
    let rendered: Vec<_> = std::fs::read_dir(samples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with("learning-story-nl-page-"))
        .collect();
    assert_eq!(rendered.len(), 2, "{rendered:?}");
    for page in rendered {
        let size = std::fs::metadata(&page).unwrap().len();
        assert!(size > 5_000, "{page:?} rendered to {size} bytes: nearly empty");
    }
}

fn doc_pages(info: &str) -> usize {
    info.lines().find_map(|l| l.strip_prefix("Pages:")).map(|n| n.trim().parse().unwrap()).unwrap()
}

/// A typical case: four perspectives, eight moments on the timeline, two experiments.
#[test]
fn a_typical_case_makes_two_to_six_pages() {
    let mut case = planted_case();
    case.perspectives.truncate(4);
    case.timeline.truncate(8);
    case.experiments.truncate(2);
    let doc = prepare(&case, &settings(), Lang::Nl, sample_today(), Keep::AsDecided).unwrap().document;
    let path = samples().join("typical-story-nl.pdf");
    std::fs::write(&path, to_pdf(&doc, now()).unwrap()).unwrap();
    let pages = doc_pages(&run("pdfinfo", &[path.to_str().unwrap()]));
    println!("metric: typical story {pages} pages");
    assert!((2..=6).contains(&pages), "{pages} pages");
}

#[test]
fn text_the_font_cannot_show_still_makes_a_valid_pdf() {
    let mut case = planted_case();
    case.story.text = "Emoji 😀, CJK 中文, Hebrew מטופל, Arabic مريض, tab\there, and a very long word: \
        Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa."
        .into();
    case.title = "Ü".repeat(200);
    let doc = prepare(&case, &settings(), Lang::En, sample_today(), Keep::AsDecided).unwrap().document;
    let path = samples().join("unusual-text.pdf");
    std::fs::write(&path, to_pdf(&doc, now()).unwrap()).unwrap();
    run("qpdf", &["--check", path.to_str().unwrap()]);
    let text = words(&run("pdftotext", &["-enc", "UTF-8", path.to_str().unwrap(), "-"]));
    assert!(text.contains("Emoji") && text.contains("and a very long word"), "the rest of the text is there");
}

#[test]
fn the_invitation_pdf_reads_back_with_its_words_and_no_participant_name() {
    let mut case = planted_case();
    case.goal.why_learn = "Annemieke Brouwer en Joost zagen het allebei.".into();
    let settings = StorySettings { support_contact: "Collegiale opvang, toestel 4411".into(), ..settings() };
    for lang in [Lang::Nl, Lang::En] {
        let doc = invitation(&case, &settings, Role::Nurse, lang, sample_today()).unwrap();
        let path = samples().join(format!("invitation-{}.pdf", lang.code()));
        std::fs::write(&path, to_pdf(&doc, now()).unwrap()).unwrap();
        let file = path.to_str().unwrap();
        let text = words(&run("pdftotext", &["-enc", "UTF-8", file, "-"]));
        for section in &doc.sections {
            assert!(text.contains(&words(&section.heading)), "{lang:?}: {:?} missing", section.heading);
        }
        assert!(text.contains("Collegiale opvang, toestel 4411"), "{text}");
        for planted in NAMES.iter().chain(IDENTIFIERS) {
            assert!(!text.contains(planted), "{lang:?}: {planted} is in the invitation");
        }
        let info = run("pdfinfo", &[file]);
        assert!(info.contains(&format!("Title:           {}: {}", doc.kind_of_document, doc.title)), "{info}");
        assert!(!info.contains(&case.title), "the case's title is not the letter's: {info}");
        run("qpdf", &["--check", file]);
    }
}
