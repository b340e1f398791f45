//! Bounded property tests, the stable twins of the fuzz targets (fuzz/): a case file or a practice
//! pack from arbitrary or damaged bytes is read, checked and stored, or refused with a typed error;
//! never a panic, and a case that is accepted round-trips exactly.

use proptest::prelude::*;

use super::*;

fn rich() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/cases/rich-case.json")).unwrap()
}

/// Bytes to JSON to the rules to the store, as an import does; an accepted case comes back exactly.
fn import(bytes: &[u8]) -> Result<(), TestCaseError> {
    let Ok(text) = std::str::from_utf8(bytes) else { return Ok(()) };
    let Ok(case) = from_json(text, id(9)) else { return Ok(()) };
    let mut conn = db();
    if insert_case(&mut conn, &case, sample_today()).is_ok() {
        let stored = load_case(&conn, id(9)).map_err(|e| TestCaseError::fail(format!("{e}")))?;
        prop_assert_eq!(to_json(&stored), to_json(&case));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_are_refused_or_stored_never_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        import(&bytes)?;
    }

    #[test]
    fn a_damaged_case_file_is_refused_or_stored_exactly(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6)) {
        let mut bytes = rich().into_bytes();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        import(&bytes)?;
    }

    #[test]
    fn a_cut_case_file_is_refused(at in any::<prop::sample::Index>()) {
        let text = rich();
        let cut = at.index(text.len());
        if text.is_char_boundary(cut) {
            prop_assert!(from_json(&text[..cut], id(9)).is_err());
        }
    }

    #[test]
    fn a_damaged_practice_pack_is_refused_or_makes_a_valid_case(edits in prop::collection::vec((any::<prop::sample::Index>(), 32u8..127), 1..4)) {
        let mut bytes = pack_to_json(&super::practice::pack()).into_bytes();
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        let Ok(text) = String::from_utf8(bytes) else { return Ok(()) };
        if let Ok(pack) = pack_from_json(&text) {
            let case = practice_case(&pack, id(3), now());
            let mut conn = db();
            let stored = insert_case(&mut conn, &case, now().date_naive());
            let errors = check(&case, now().date_naive()).iter().any(|f| f.severity == Severity::Error);
            prop_assert_eq!(stored.is_ok(), !errors);
        }
    }
}

/// Found by the case_import fuzz target (fuzz/artifacts/case_import/crash-eb747f…): a file whose
/// criteria were not in the order of their ids came back reordered, so export → import → export
/// was not exact. Every list of a case is now read in the order it was written.
#[test]
fn every_list_comes_back_in_the_order_of_the_file() {
    let mut case = sample_case(id(1), 4, now());
    case.experiments[3].criteria[0].id = 20;
    case.participants.swap(0, 1);
    case.timeline.swap(0, 5);
    case.themes.reverse();
    case.experiments.swap(0, 2);
    let mut conn = db();
    insert_case(&mut conn, &case, sample_today()).unwrap();
    assert_eq!(load_case(&conn, id(1)).unwrap(), case);
}
