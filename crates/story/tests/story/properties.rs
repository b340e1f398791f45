//! Bounded property tests, the stable-toolchain twins of the fuzz targets (fuzz/): the scanner on
//! arbitrary text and the PDF writer on arbitrary stories. Each runs a few hundred cases in the test
//! command; `scripts/fuzz.sh` runs the real fuzzer on the same invariants.

use proptest::prelude::*;

use super::*;

/// Pieces of text the way notes are written: words, names, titles, numbers in Dutch forms,
/// punctuation, odd characters; joined by spaces or not.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "mevr.",
            "dhr.",
            "de heer",
            "dokter",
            "collega",
            "Jansen",
            "Annemieke",
            "Brouwer",
            "van der",
            "Kuipers-Öztürk",
            "El",
            "Ben",
            "De",
            "dochter",
            "belde",
            "om",
            "07:40",
            "3584 CX",
            "3584cx",
            "111222333",
            "111.222.333",
            "06-12345678",
            "+31 (0)6 1234 5678",
            "(071) 123 45 67",
            "geb.",
            "14-03-1941",
            "°1941",
            "Dorpsstraat 9-II",
            "a.brouwer@ziekenhuis-zuid.nl",
            "patiëntnr.",
            "ZZ1234567",
            "kamer 12",
            "5 mg",
            "80 jaar",
            "\n",
            "\n\n",
            "—",
            "’s",
            "(",
            ")",
            ",",
            ".",
            ":",
            "🚩",
            "مريض",
            "ĳ",
            "İ",
            "ß",
            "\t",
            "  ",
        ])
        .prop_map(str::to_owned),
        "[A-Za-zÀ-ÿ]{1,12}",
        "[0-9 .-]{1,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::bool::ANY), 0..40)
        .prop_map(|parts| parts.into_iter().map(|(p, space)| if space { format!("{p} ") } else { p }).collect())
}

fn scanner() -> Scanner {
    Scanner::from_names(vec![("Annemieke Brouwer".into(), "Verpleegkundige A".into())], Lang::Nl)
}

/// The text with every hit that has a replacement replaced, as an export writes it.
fn rewritten(text: &str, hits: &[Hit]) -> String {
    let mut out = text.to_owned();
    for hit in hits.iter().rev() {
        if let Some(replacement) = &hit.replacement {
            out.replace_range(hit.start..hit.end, replacement);
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn hits_are_ordered_apart_and_on_character_boundaries(text in text()) {
        let hits = scanner().hits(&text);
        let mut end = 0;
        for hit in &hits {
            prop_assert!(hit.start >= end && hit.start < hit.end && hit.end <= text.len(), "{:?} in {:?}", hit, text);
            prop_assert!(text.is_char_boundary(hit.start) && text.is_char_boundary(hit.end));
            end = hit.end;
        }
    }

    /// Applying the replacements is complete and stable: scanning the rewritten text finds none of
    /// the replaced identifiers again, so a second application with the same decisions changes
    /// nothing. (What the rewritten text newly seems to contain, next to a placeholder, is not
    /// asked: exports scan the text as written, once.)
    #[test]
    fn a_replaced_identifier_is_gone_and_replacing_again_changes_nothing(text in text()) {
        let scanner = scanner();
        let hits = scanner.hits(&text);
        let once = rewritten(&text, &hits);
        let replaced: Vec<&Hit> = hits.iter().filter(|h| h.replacement.is_some() && h.kind.is_identifier()).collect();
        let again: Vec<Hit> =
            scanner.hits(&once).into_iter().filter(|h| replaced.iter().any(|r| r.key == h.key)).collect();
        prop_assert!(again.is_empty(), "{:?} found again in {:?} (from {:?})", again, once, text);
        prop_assert_eq!(rewritten(&once, &again), once);
    }

}

proptest! {
    // A PDF takes a tenth of a second in a debug build: fewer cases, the fuzzer runs more.
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn any_story_lays_out_as_a_pdf_of_at_least_one_page(title in text(), body in text(), story in text()) {
        let mut case = planted_case();
        case.title = title.chars().filter(|c| !c.is_control()).take(200).collect();
        if case.title.trim().is_empty() {
            case.title = "Casus".into();
        }
        case.goal.description = body;
        case.story.text = story;
        let doc = assemble(&case, &settings(), Lang::Nl, sample_today());
        let pdf = to_pdf(&doc, now()).unwrap();
        prop_assert!(pdf.starts_with(b"%PDF-"));
        prop_assert!(pdf.windows(9).any(|w| w == b"/Type /Pa" || w == b"/Type/Pag"), "no page object");
    }
}

/// Found by the scanner fuzz target (fuzz/artifacts/scanner/timeout-41988d…): a capitalised word
/// ending in a hyphen before another made the walk over the tokens stand still, and the scan never
/// ended (growing without bound). Each text must be scanned within seconds.
#[test]
fn a_name_ending_in_a_hyphen_does_not_stop_the_scan() {
    for text in ["Jack- Glasg", "Jack- Glasgow Coma Scale bi", "dhr. Jack- Glasgow belde"] {
        let (done, finished) = std::sync::mpsc::channel();
        let owned = text.to_owned();
        std::thread::spawn(move || {
            let _ = done.send(scanner().hits(&owned).len());
        });
        let hits = finished.recv_timeout(std::time::Duration::from_secs(20));
        assert!(hits.is_ok(), "the scan of {text:?} did not finish");
    }
}
