//! The invitation letter: per role, in both languages, with the case's own words scanned and no
//! participant's name in any form (document, plain text, PDF).

use chrono::NaiveDate;

use super::*;

const SUPPORT: &str = "Collegiale opvang, toestel 4411";

fn letter_settings() -> StorySettings {
    StorySettings {
        organisation: "Ziekenhuis Zuid".into(),
        letterhead: "Afdeling Kwaliteit en Veiligheid, Ziekenhuis Zuid".into(),
        support_contact: SUPPORT.into(),
        ..Default::default()
    }
}

/// The planted case, with the participants' names and identifiers in every text a letter takes,
/// and two meetings still to come.
fn invited_case() -> Case {
    let mut case = planted_case();
    case.goal.why_learn = "Annemieke Brouwer en Joost zagen het allebei; mevr. Jansen (tel. 06-12345678) ook.".into();
    case.goal.expectation = "Dat Kuipers-Öztürk en Brouwer hun kant vertellen.".into();
    case.sessions[0].held_on = None;
    case.sessions[0].planned_on = Some(NaiveDate::from_ymd_opt(2026, 12, 8).unwrap());
    case.sessions[0].place = "Vergaderzaal 2, naast de kamer van Annemieke".into();
    case.sessions[1].held_on = None;
    case.sessions[1].planned_on = Some(NaiveDate::from_ymd_opt(2026, 12, 15).unwrap());
    case
}

fn all_text(doc: &Document) -> String {
    to_text(doc)
}

#[test]
fn every_role_gets_a_letter_without_any_participant_name_or_identifier() {
    let case = invited_case();
    for lang in [Lang::Nl, Lang::En] {
        for &role in Role::ALL {
            let doc = invitation(&case, &letter_settings(), role, lang, sample_today()).unwrap();
            let text = all_text(&doc);
            for planted in NAMES.iter().chain(IDENTIFIERS) {
                assert!(!text.contains(planted), "{planted} in the {role:?} letter ({lang:?}):\n{text}");
            }
            // The case's own words are there, rewritten.
            assert!(text.contains("Vergaderzaal 2"), "{text}");
            assert_eq!(doc.sections.len(), 8);
        }
    }
}

#[test]
fn the_letter_lists_the_meetings_still_to_come_with_day_and_place() {
    let mut case = invited_case();
    let nl = all_text(&invitation(&case, &letter_settings(), Role::Nurse, Lang::Nl, sample_today()).unwrap());
    assert!(nl.contains("- Bijeenkomst perspectieven delen: dinsdag 8 december 2026, Vergaderzaal 2"), "{nl}");
    assert!(nl.contains("- Bijeenkomst rode draad: dinsdag 15 december 2026, Vergaderzaal 2\r\n"), "{nl}");
    let en = all_text(&invitation(&case, &letter_settings(), Role::Nurse, Lang::En, sample_today()).unwrap());
    assert!(en.contains("- Meeting to share perspectives: Tuesday 8 December 2026, Vergaderzaal 2"), "{en}");

    // Held, or in the past: not an invitation to it. Nothing left: the dates follow.
    case.sessions[0].held_on = case.sessions[0].planned_on;
    case.sessions[1].planned_on = NaiveDate::from_ymd_opt(2026, 11, 1);
    let nl = all_text(&invitation(&case, &letter_settings(), Role::Nurse, Lang::Nl, sample_today()).unwrap());
    assert!(!nl.contains("Bijeenkomst"), "{nl}");
    assert!(nl.contains("De data en de plaats volgen nog"), "{nl}");
}

#[test]
fn staff_are_pointed_to_the_support_contact_and_patients_to_the_facilitator() {
    let case = invited_case();
    for role in [Role::Nurse, Role::Physician, Role::Manager, Role::Support] {
        let text = all_text(&invitation(&case, &letter_settings(), role, Lang::Nl, sample_today()).unwrap());
        assert!(text.contains(&format!("U kunt terecht bij {SUPPORT}.")), "{role:?}:\n{text}");
    }
    for role in [Role::PatientClient, Role::Family] {
        let text = all_text(&invitation(&case, &letter_settings(), role, Lang::Nl, sample_today()).unwrap());
        assert!(!text.contains(SUPPORT), "{role:?}:\n{text}");
        assert!(text.contains("de facilitator die u deze brief stuurde"), "{text}");
    }
    let without = StorySettings { support_contact: String::new(), ..letter_settings() };
    let text = all_text(&invitation(&case, &without, Role::Nurse, Lang::En, sample_today()).unwrap());
    assert!(text.contains("Ask the facilitator about peer support"), "{text}");
}

#[test]
fn the_letters_words_differ_by_audience_and_the_sender_heads_it() {
    let case = invited_case();
    let letter = |role| invitation(&case, &letter_settings(), role, Lang::Nl, sample_today()).unwrap();
    let nurse = letter(Role::Nurse);
    let manager = letter(Role::Manager);
    let relative = letter(Role::Family);
    assert_ne!(nurse.sections[0].blocks[0], manager.sections[0].blocks[0]);
    assert_ne!(nurse.sections[0].blocks[0], relative.sections[0].blocks[0]);
    assert_eq!(nurse.facts[0], ("Van".into(), "Afdeling Kwaliteit en Veiligheid, Ziekenhuis Zuid".into()));
    assert!(nurse.facts.contains(&("Voor".into(), "Verpleegkundige".into())));
    let no_letterhead = StorySettings { letterhead: String::new(), ..letter_settings() };
    let doc = invitation(&case, &no_letterhead, Role::Nurse, Lang::Nl, sample_today()).unwrap();
    assert_eq!(doc.facts[0], ("Van".into(), "Ziekenhuis Zuid".into()));
}

#[test]
fn the_fixed_words_of_every_letter_give_the_scan_nothing_to_find() {
    // A case with no text of its own: whatever the scan finds would be in Leerteam's own words.
    let mut case = Case::new(
        Uuid::from_u128(3),
        NewCase {
            kind: CaseKind::Incident,
            title: String::new(),
            ward: "Interne geneeskunde".into(),
            event_date: NaiveDate::from_ymd_opt(2026, 11, 2),
        },
        now(),
    );
    case.sessions = invited_case().sessions;
    case.sessions.iter_mut().for_each(|s| s.place = String::new());
    for lang in [Lang::Nl, Lang::En] {
        for &role in Role::ALL {
            let mut doc = invitation(&case, &letter_settings(), role, lang, sample_today()).unwrap();
            let scanner = Scanner::new(&case, &StorySettings::default(), lang).unwrap();
            let found: Vec<_> = scanner
                .scan(&mut doc, &PrivacyReview::default(), false)
                .into_iter()
                .filter(|f| f.kind.is_identifier() && f.text != "Ziekenhuis Zuid")
                .map(|f| f.text)
                .collect();
            assert!(found.is_empty(), "{role:?} {lang:?}: {found:?}");
        }
    }
}

#[test]
fn the_plain_text_has_crlf_line_ends_and_one_line_per_paragraph() {
    let doc = invitation(&invited_case(), &letter_settings(), Role::Nurse, Lang::Nl, sample_today()).unwrap();
    let text = to_text(&doc);
    assert!(text.starts_with("Uitnodiging voor een Learning Team\r\nVan: Afdeling Kwaliteit"), "{text}");
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    assert!(text.contains("\r\n\r\nWAT HET NIET IS\r\n- Geen onderzoek naar een persoon"), "{text}");
    assert!(!text.contains("  "), "no runs of spaces left from the source's line breaks");
}

#[test]
fn the_file_name_names_the_letter_role_and_day_only() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    assert_eq!(
        invitation_file_name(Role::Family, Lang::Nl, day, "pdf"),
        "uitnodiging-familie-of-naaste-2026-12-02.pdf"
    );
    assert_eq!(
        invitation_file_name(Role::PatientClient, Lang::En, day, "txt"),
        "invitation-patient-or-client-2026-12-02.txt"
    );
}
