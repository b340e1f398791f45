//! The scanner on a labelled set of Dutch and English sentences (tests/fixtures/privacy), with
//! precision and recall per kind printed, and on the rules it must never get wrong.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::*;

#[derive(Deserialize)]
struct Set {
    cases: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    text: String,
    expect: Vec<(String, String)>,
}

fn scanner() -> Scanner {
    let mut case = planted_case();
    case.story.review.hidden_names = vec![HiddenName { name: "Ellen".into(), replacement: "de collega".into() }];
    let settings = StorySettings {
        organisation: String::new(),
        record_patterns: vec![r"\bZZ\d{7}\b".into()],
        ..Default::default()
    };
    Scanner::new(&case, &settings, Lang::Nl).unwrap()
}

#[derive(Default)]
struct Score {
    found: u32,
    wrong: u32,
    missed: u32,
}

#[test]
fn precision_and_recall_on_the_labelled_set() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/privacy/scan-set.json");
    let set: Set = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let scanner = scanner();
    let mut scores: BTreeMap<String, Score> = BTreeMap::new();
    let mut mistakes = Vec::new();
    for case in &set.cases {
        let got: Vec<(String, String)> = scanner
            .hits(&case.text)
            .iter()
            // Details (ages, times, dates, the ward) stay as written unless generalised.
            .filter(|h| !h.kind.is_detail())
            .map(|h| (h.kind.as_str().to_owned(), case.text[h.start..h.end].to_owned()))
            .collect();
        for hit in &got {
            let score = scores.entry(hit.0.clone()).or_default();
            if case.expect.contains(hit) {
                score.found += 1;
            } else {
                score.wrong += 1;
                mistakes.push(format!("false positive {hit:?} in {:?}", case.text));
            }
        }
        for expected in case.expect.iter().filter(|e| !got.contains(e)) {
            scores.entry(expected.0.clone()).or_default().missed += 1;
            mistakes.push(format!("missed {expected:?} in {:?}", case.text));
        }
    }
    let ratio = |a: u32, b: u32| if a + b == 0 { 1.0 } else { f64::from(a) / f64::from(a + b) };
    println!("kind            found wrong missed precision recall");
    let mut total = Score::default();
    for (kind, s) in &scores {
        println!(
            "{kind:<15} {:>5} {:>5} {:>6} {:>9.2} {:>6.2}",
            s.found,
            s.wrong,
            s.missed,
            ratio(s.found, s.wrong),
            ratio(s.found, s.missed)
        );
        total = Score { found: total.found + s.found, wrong: total.wrong + s.wrong, missed: total.missed + s.missed };
    }
    let (precision, recall) = (ratio(total.found, total.wrong), ratio(total.found, total.missed));
    println!("metric: privacy scan precision {precision:.3} recall {recall:.3} on {} sentences", set.cases.len());
    for m in &mistakes {
        println!("  {m}");
    }
    assert!(set.cases.len() >= 50, "a labelled set worth the name");
    assert!(precision >= 0.95, "precision {precision:.3}: {mistakes:#?}");
    assert!(recall >= 0.95, "recall {recall:.3}: {mistakes:#?}");
}

#[test]
fn the_eleven_check_accepts_real_numbers_and_refuses_near_misses() {
    for valid in ["111222333", "123456782", "1112.22.333", "123 456 782"] {
        assert!(passes_eleven_check(valid), "{valid}");
    }
    for invalid in ["123456789", "111222334", "000000000", "12345678", "1234567890"] {
        assert!(!passes_eleven_check(invalid), "{invalid}");
    }
}

#[test]
fn replacements_fit_the_sentence() {
    let scanner = scanner();
    let mut doc = Document {
        lang: Lang::Nl,
        kind_of_document: "Leerverhaal".into(),
        title: "Had moeten bellen: Annemieke en mevr. Jansen".into(),
        facts: vec![],
        sections: vec![],
    };
    scanner.apply(&mut doc, |_| Decision::Replace);
    let pseudonym = &planted_case().participants[0].pseudonym;
    // After a title the other person's letter alone reads well; it is not one a participant has.
    let letter = &free_letters(&planted_case())[0];
    assert_eq!(doc.title, format!("Had kunnen bellen: {pseudonym} en mevr. {letter}"));
}

#[test]
fn the_same_text_is_one_finding_with_every_place_counted() {
    let case = planted_case();
    let findings = review(&case, &settings(), Lang::Nl, sample_today()).unwrap();
    let annemieke =
        findings.iter().find(|f| f.key == "name:annemieke brouwer").expect("one finding for every mention of her");
    // "Annemieke" twice and "Brouwer" once: one person, one finding.
    assert_eq!(annemieke.count, 3);
    assert_eq!(annemieke.replacement.as_deref(), Some(case.participants[0].pseudonym.as_str()));
    assert_eq!(annemieke.places[0].found, "Annemieke");
    assert!(!annemieke.places[0].section.is_empty());
    let blame = findings.iter().find(|f| f.kind == FindingKind::Blame).unwrap();
    assert_eq!((blame.text.as_str(), blame.replacement.as_deref()), ("had moeten", Some("had kunnen")));
    let keys: Vec<&str> = findings.iter().map(|f| f.key.as_str()).collect();
    for key in [
        "bsn:111222333",
        "phone:0612345678",
        "email:a.brouwer@ziekenhuis-zuid.nl",
        "postcode:3584CX",
        "birth_date:14-03-1941",
        "record_number:zz1234567",
        "person:jansen",
    ] {
        assert!(keys.contains(&key), "{key} in {keys:?}");
    }
}

#[test]
fn empty_matches_of_a_vault_pattern_are_ignored() {
    let settings = StorySettings {
        organisation: String::new(),
        record_patterns: vec![r"\d*".into(), "(x)?".into()],
        ..Default::default()
    };
    let scanner = Scanner::new(&planted_case(), &settings, Lang::En).unwrap();
    let hits = scanner.hits("Room 12 was free.");
    assert_eq!(hits.iter().map(|h| h.kind.as_str()).collect::<Vec<_>>(), ["record_number"]);
    assert_eq!(hits[0].replacement.as_deref(), Some("[record number]"));
}

#[test]
fn details_stay_as_written_unless_the_facilitator_generalises_them() {
    let case = planted_case();
    let scanner = Scanner::new(&case, &settings(), Lang::Nl).unwrap();
    let text = "Een 82-jarige man, geb. 14-03-1941, viel op 12-05-2026 om 03:15 op de afdeling.";
    let hits = scanner.hits(text);
    let details: Vec<(&str, &str, Option<&str>)> = hits
        .iter()
        .filter(|h| h.kind.is_detail() || h.kind == FindingKind::BirthDate)
        .map(|h| (h.kind.as_str(), &text[h.start..h.end], h.general.as_deref()))
        .collect();
    assert_eq!(
        details,
        [
            ("age", "82-jarige", Some("ruim 80-jarige")),
            ("birth_date", "14-03-1941", Some("jaren '40")),
            ("date", "12-05-2026", Some("mei 2026")),
            ("time", "om 03:15", Some("in de nachtdienst")),
        ]
    );
    let mut doc = Document {
        lang: Lang::Nl,
        kind_of_document: "Leerverhaal".into(),
        title: text.into(),
        facts: vec![],
        sections: vec![],
    };
    let as_written = doc.clone();
    // By default a date of birth is replaced and the details stay.
    scanner.apply(&mut doc, |_| Decision::Replace);
    assert_eq!(doc.title, "Een 82-jarige man, geb. [geboortedatum], viel op 12-05-2026 om 03:15 op de afdeling.");
    let mut doc = as_written.clone();
    scanner.apply(&mut doc, |_| Decision::Generalise);
    assert_eq!(doc.title, "Een ruim 80-jarige man, geb. jaren '40, viel op mei 2026 in de nachtdienst op de afdeling.");
    let mut doc = as_written;
    scanner.apply(&mut doc, |_| Decision::Keep);
    assert_eq!(doc.title, text);
}

#[test]
fn the_ward_can_be_generalised_wherever_the_story_names_it() {
    let mut case = planted_case();
    case.ward = "Cardiologie 3 Noord".into();
    case.story.review.decisions =
        vec![PrivacyDecision { key: "ward:cardiologie 3 noord".into(), keep: false, generalise: true }];
    let prepared = prepare(&case, &settings(), Lang::Nl, sample_today(), Keep::AsDecided).unwrap();
    let html = to_html(&prepared.document);
    assert!(!html.contains("Cardiologie 3 Noord"), "the ward is generalised everywhere");
    assert!(html.contains("verpleegafdeling") || html.contains("Verpleegafdeling"));
    let ward = prepared.findings.iter().find(|f| f.kind == FindingKind::Ward).expect("the ward is a finding");
    assert!(ward.generalise && ward.replacement.is_none());
}

#[test]
fn each_mention_goes_to_the_right_person_when_names_are_shared() {
    let mut case = planted_case();
    case.participants[0].name = Some("Ingrid de Wit".into());
    case.participants[0].pseudonym = "Naaste A".into();
    case.participants[1].name = Some("Jan Smit".into());
    case.participants[1].pseudonym = "Arts B".into();
    case.goal.description = "Mevr. de Wit viel 's nachts. Haar dochter Ingrid de Wit vond haar; de Wit was verward. \
        Jan Smit belde dokter Jan Visser. Visser kwam, Smit bleef."
        .into();
    let story = prepare(&case, &settings(), Lang::Nl, sample_today(), Keep::AsDecided).unwrap();
    let html = to_html(&story.document);
    // The patient is not her daughter: her own letter, never "Naaste A".
    let people: Vec<&str> =
        story.findings.iter().filter(|f| f.kind == FindingKind::Person).map(|f| f.text.as_str()).collect();
    let free = free_letters(&case);
    let (patient, doctor) = (&free[0], &free[1]);
    assert!(html.contains(&format!("Mevr. {patient} viel")), "{people:?}");
    assert!(html.contains(&format!("Haar dochter Naaste A vond haar; Persoon {patient} was verward.")), "{html}");
    // Jan Visser is not the participant Jan Smit.
    assert!(html.contains(&format!("Arts B belde dokter {doctor}. Collega {doctor} kwam, Arts B bleef.")), "{html}");
    assert!(!html.contains("mevr. Naaste A") && !html.contains("Mevr. Naaste A"));
    let keys: Vec<&str> = story.findings.iter().map(|f| f.key.as_str()).collect();
    assert!(keys.contains(&"person:de wit") && keys.contains(&"name:ingrid de wit"), "{keys:?}");
    assert!(keys.contains(&"person:jan visser") && keys.contains(&"name:jan smit"), "{keys:?}");
}

#[test]
fn generated_cases_name_no_one_but_their_participants() {
    // The generated cases (leerteam case samples) are written without names or numbers of anyone
    // outside the team: whatever the scan calls an identifier in them is a false alarm.
    let mut false_alarms = Vec::new();
    for n in 0..60u64 {
        let case = sample_case(uuid::Uuid::from_u128(u128::from(n) + 1), n, now());
        for finding in review(&case, &settings(), Lang::Nl, sample_today()).unwrap() {
            if finding.kind.is_identifier() && finding.kind != FindingKind::ParticipantName {
                false_alarms.push(format!("{} {:?}", finding.kind.as_str(), finding.text));
            }
        }
    }
    false_alarms.sort();
    false_alarms.dedup();
    assert!(false_alarms.is_empty(), "{false_alarms:#?}");
}

/// The letters no participant's pseudonym ends with, in order: the ones other people get.
fn free_letters(case: &Case) -> Vec<String> {
    let taken: Vec<&str> = case.participants.iter().filter_map(|p| p.pseudonym.split_whitespace().last()).collect();
    ('A'..='Z').map(String::from).filter(|l| !taken.contains(&l.as_str())).collect()
}

#[test]
fn an_address_generalises_to_its_town() {
    let scanner = Scanner::from_names(vec![], Lang::Nl);
    let text = "Ze woont op Dorpsweg 9-II, 3958CM Amerongen, en op 12 mrt 2024 viel ze.";
    let hits = scanner.hits(text);
    let generals: Vec<(&str, Option<&str>)> = hits.iter().map(|h| (h.kind.as_str(), h.general.as_deref())).collect();
    assert!(generals.contains(&("address", Some("Amerongen"))), "{generals:?}");
    assert!(generals.contains(&("date", Some("maart 2024"))), "{generals:?}");
}

/// What a scanner without participants finds of one kind in `text`, as written.
pub(crate) fn found_of(kind: FindingKind, text: &str) -> Vec<String> {
    Scanner::from_names(Vec::new(), Lang::Nl)
        .hits(text)
        .into_iter()
        .filter(|h| h.kind == kind)
        .map(|h| text[h.start..h.end].to_owned())
        .collect()
}

#[test]
fn a_bsn_in_every_grouping_and_after_its_name() {
    let bsn = |text: &str| found_of(FindingKind::Bsn, text);
    // Numbers that pass the eleven-check, grouped as people write them.
    for (text, found) in [
        ("gegevens: 94.58.07.302 en verder", "94.58.07.302"),
        ("nr 2292 62 193 klopt", "2292 62 193"),
        ("87 79 01 260 stond op het etiket", "87 79 01 260"),
        ("4652-28-173", "4652-28-173"),
        ("7623 459 37", "7623 459 37"),
    ] {
        assert_eq!(bsn(text), [found], "{text}");
    }
    // After its name, eight digits (the leading zero left off) and a number that fails the check.
    assert_eq!(bsn("burgerservicenummer 14566114 staat erop"), ["14566114"]);
    assert_eq!(bsn("BSN: 123 456 788 (typo?)"), ["123 456 788"]);
    // Without its name, a number that fails the check is not a BSN, and a phone number stays one.
    assert!(bsn("ordernummer 123 456 788").is_empty());
    assert!(bsn("bel 06 123 456 78").is_empty());
}

#[test]
fn names_an_apposition_a_particle_or_a_family_name_explains_and_sentence_starts_that_are_not() {
    let people = |text: &str| found_of(FindingKind::Person, text);
    for (text, names) in [
        ("Brood, de coassistent, schreef de tijden op.", &["Brood"][..]),
        ("Nguyen Van Thanh, de zoon, tolkte voor zijn moeder.", &["Nguyen Van Thanh"]),
        ("ter horst zei achteraf dat de separatie formeel was.", &["ter horst"]),
        ("El Idrissi had twee keer de voicemail ingesproken.", &["El Idrissi"]),
        ("Volgens de Vries staat het allergielabel in HiX.", &["de Vries"]),
        ("Mark de Vries, radiodiagnostisch laborant, zag het.", &["Mark de Vries"]),
        ("Arjen en Roos van de IC-outreach werden laat gebeld.", &["Arjen", "Roos"]),
        ("Anesthesioloog Groen gaf aan dat de time-out half was.", &["Groen"]),
        ("Mevr. Staal woont aan de Kerkweg.", &["Staal"]),
        ("Bakker zei dat ze het bericht pas laat zag.", &["Bakker"]),
        ("De Vries viel om 04.50 naast de rolstoel.", &["De Vries"]),
        ("Elbertsen en Van Wieringen zaten allebei in het MDO.", &["Elbertsen", "Van Wieringen"]),
        ("Op advies van Bergsma werd de pomp vervangen.", &["Bergsma"]),
    ] {
        assert_eq!(people(text), names, "{text}");
    }
    for text in [
        "Bij controle sliep dhr. Rond twee uur werd hij onrustig.",
        "Gisteren, de dochter belde pas laat.",
        "Daarna, de arts kwam om vier uur.",
        "Volgens de Richtlijn moet dat anders.",
        "Buurvrouw belde, zij vond mevrouw op de keukenvloer.",
        "Amira (Syrische, sinds 2019 in NL) kreeg de brief.",
        "Storm en regen zorgden voor vertraging.",
        "Groen is de kleur van de sticker.",
        "Elke vrijdag is er een huddle.",
        "sehvpk belde de arts.",
        "De Foley-katheter zat er al sinds de OK in.",
        "Het Wit-Gele Kruis nam de zorg over.",
    ] {
        assert!(people(text).iter().all(|p| p == "Amira"), "{text}: {:?}", people(text));
    }
}

#[test]
fn a_line_of_patient_details_gives_the_birth_date_and_record_number_without_their_words() {
    let scanner = Scanner::from_names(Vec::new(), Lang::Nl);
    let text = "Gegevens: Wouter Lambregts, 12-05-1970, 5523190, kamer 8\nopgenomen 12-03-2026, bed 4";
    let kinds: Vec<(&str, &str)> = scanner
        .hits(text)
        .iter()
        .filter(|h| h.kind.is_identifier())
        .map(|h| (h.kind.as_str(), &text[h.start..h.end]))
        .collect();
    assert!(kinds.contains(&("birth_date", "12-05-1970")), "{kinds:?}");
    assert!(kinds.contains(&("record_number", "5523190")), "{kinds:?}");
    // Outside the details line a date is a date and the bed number stays.
    assert!(!kinds.iter().any(|(_, t)| *t == "12-03-2026" || *t == "4"), "{kinds:?}");
}

#[test]
fn names_listed_or_paired_with_a_name_are_names_and_lists_of_places_are_not() {
    let people = |text: &str| found_of(FindingKind::Person, text);
    for (text, names) in [
        // A list that holds one name holds names, with their particles.
        ("- nachtdienst: Bakker, Yılmaz, de Vries (flex)", &["Bakker", "Yılmaz", "de Vries"][..]),
        ("Hoekstra, Bouma en Van der Meer (allen vpk) hebben de ronde gedaan.", &["Hoekstra", "Bouma", "Van der Meer"]),
        ("Ramdin en Van der Heijden deden samen de dubbele controle.", &["Ramdin", "Van der Heijden"]),
        ("Brouwer en Van 't Riet hebben samen de separatie gedaan.", &["Brouwer", "Van 't Riet"]),
        ("Haile en Berhane hebben samen de wond verzorgd.", &["Haile", "Berhane"]),
        // Two family names that are words, acting together.
        ("Storm en Winter hebben om 06:00 de dienst overgedragen.", &["Storm", "Winter"]),
        ("brouwer en koster deden de avond samen", &["brouwer", "koster"]),
        ("Ook Van Dijk en De Groot waren niet ingelicht.", &["Van Dijk", "De Groot"]),
        ("Omdat de Jong (vpk) ziek was, stond Yonas alleen.", &["de Jong", "Yonas"]),
    ] {
        assert_eq!(people(text), names, "{text}");
    }
    for text in [
        "Storm en regen maakten de rit naar huis lang.",
        "Rivierenwijk, Oosterpoort en de Schilderswijk werden genoemd als gebieden met weinig zorg.",
        "Winter is altijd de drukste periode op de longafdeling.",
        "de Lodewijk Napoleonstraat was afgesloten door werkzaamheden.",
        "Groet, en tot morgen.",
    ] {
        assert!(people(text).is_empty(), "{text}: {:?}", people(text));
    }
}

#[test]
fn names_of_east_asian_order_a_verb_before_a_family_name_and_a_lower_case_speaker() {
    let people = |text: &str| found_of(FindingKind::Person, text);
    for (text, names) in [
        ("Wang Xiu Ying (dochter) en haar man kwamen om 19:30.", &["Wang Xiu Ying"][..]),
        ("Zhang Li Na heeft de formulieren ingevuld.", &["Zhang Li Na"]),
        ("Tijdens de nachtdienst zag Hoek dat de sonde eruit lag.", &["Hoek"]),
        ("Deze keer was het Esra die de fout zag.", &["Esra"]),
        ("vos zei dat de bel al een week kapot was", &["vos"]),
        ("de vries arrived at 21:50 and reviewed", &["de vries"]),
        // After a given name a family name is one whatever it ends with ("-ane" is a medicine's ending).
        ("mw. Senait Berhane-Tesfamariam belde om tien uur.", &["Senait Berhane-Tesfamariam"]),
        ("patient: Mr. Dawit Kidane, 24, speaks Tigrinya", &["Dawit Kidane"]),
    ] {
        assert_eq!(people(text), names, "{text}");
    }
    for text in [
        "Het draaiboek van paviljoen Storm is nog van 2019.",
        "LT afd. Zomerlust (GGZ), pt. met koord op kamer.",
        "Sinds Pasen is het team onderbezet.",
        "bij dhr. Hoekstra-Bos, pt.nr. 00934871, was het armbandje niet om",
    ] {
        let found = people(text);
        assert!(
            found.iter().all(|n| !["Storm", "Zomerlust", "Pasen", "nr"].contains(&n.as_str())),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_ward_named_once_is_the_ward_in_the_whole_story() {
    let text = "LT paviljoen Storm, separatie 03-03 nacht\nStorm heeft maar 1 separeer die werkt.";
    assert!(found_of(FindingKind::Person, text).is_empty(), "{:?}", found_of(FindingKind::Person, text));
}

#[test]
fn a_birth_date_after_whose_it_is() {
    assert_eq!(found_of(FindingKind::BirthDate, "geb.datum pt 19-08-1936, klopte niet"), ["19-08-1936"]);
    assert_eq!(found_of(FindingKind::BirthDate, "geb. van dhr. 03-11-1944"), ["03-11-1944"]);
}

#[test]
fn a_number_written_again_with_a_slip_is_found_beside_the_right_one() {
    let birth = |text: &str| found_of(FindingKind::BirthDate, text);
    assert_eq!(birth("geb.datum pt 19-08-1936, maar in ZIS stond 19-08-1963"), ["19-08-1936", "19-08-1963"]);
    assert_eq!(
        birth("Geboortedatum 1961-07-30 volgens het LSP, 30-07-1961 volgens HiX."),
        ["1961-07-30", "30-07-1961"]
    );
    assert_eq!(
        found_of(FindingKind::RecordNumber, "Patiëntnummer 8402217, etiket op de buis: 8402271."),
        ["8402217", "8402271"]
    );
    assert_eq!(
        found_of(FindingKind::Postcode, "Adres 1181 RH Amstelveen, de taxi had 1181 HR ingevoerd."),
        ["1181 RH", "1181 HR"]
    );
    // Without a number found first, a date stays a date and a number stays a number.
    assert!(birth("Op 19-08-2024 en 19-08-2042 is er overleg.").is_empty());
    assert!(found_of(FindingKind::RecordNumber, "Lot 8402217 en lot 8402271 van de infuuszakken.").is_empty());
}

/// What the scanner finds in `text` read alone, as (kind, text), details left out.
fn identifiers(text: &str) -> Vec<(String, String)> {
    scanner()
        .hits(text)
        .iter()
        .filter(|h| !h.kind.is_detail())
        .map(|h| (h.kind.as_str().to_owned(), text[h.start..h.end].to_owned()))
        .collect()
}

#[test]
fn record_numbers_in_groups_and_birth_dates_after_the_degree_sign_are_found() {
    let record = |n: &str| ("record_number".to_owned(), n.to_owned());
    assert_eq!(identifiers("Pid.: 004 118 92, verder niets"), [record("004 118 92")]);
    assert_eq!(identifiers("EPD-nr.: 00 44 912 op de buizen"), [record("00 44 912")]);
    assert_eq!(identifiers("hosp. no 00221874 in the notes"), [record("00221874")]);
    assert_eq!(identifiers("dossiernummer GGZ: 20-118-774 klopte"), [record("20-118-774")]);
    assert_eq!(identifiers("Pat. nr 0 0 7 1 4 4 2 op het oude formulier"), [record("0 0 7 1 4 4 2")]);
    // Written again with two digits swapped: the same number with a slip.
    assert_eq!(
        identifiers("patiëntnummer 3348-901 op het formulier, 3348-910 in het systeem"),
        [record("3348-901"), record("3348-910")]
    );
    // The twin beside a time: the number alone, not the time with it.
    assert_eq!(identifiers("polsbandje 8402217, etiket 8402271 14:00 geprint"), [record("8402217"), record("8402271")]);
    let birth = |d: &str| ("birth_date".to_owned(), d.to_owned());
    assert_eq!(identifiers("° 2-12-1933, dochter belt morgen"), [birth("2-12-1933")]);
    assert_eq!(identifiers("°1944-12-30, wonend in Vinkhuizen"), [birth("1944-12-30")]);
    // A dose, a time and a room stay.
    assert!(identifiers("pt kreeg 2 x 500 mg om 03:00 op kamer 12, bed 3").is_empty());
}

#[test]
fn a_family_name_with_the_unit_someone_works_in_is_a_person() {
    let person = |n: &str| ("person".to_owned(), n.to_owned());
    assert_eq!(identifiers("Bakker van de nachtdienst had het al gecontroleerd"), [person("Bakker")]);
    assert_eq!(identifiers("de overdracht ging naar Visser van de dagdienst"), [person("Visser")]);
    assert_eq!(identifiers("Mulder van kamer 9 had zijn bel niet"), [person("Mulder")]);
    // With an article it is a thing: the mail from the ICU, the baker of the shop.
    assert!(identifiers("de post van de IC kwam pas om 10 uur").is_empty());
    assert!(identifiers("Alzheimer Nederland heeft een folder voor naasten").is_empty());
}

#[test]
fn a_family_name_that_is_a_word_is_someone_after_a_preposition_or_a_list_dash() {
    let person = |n: &str| ("person".to_owned(), n.to_owned());
    assert_eq!(identifiers("Overleg met Dekker over de nachtmedicatie"), [person("Dekker")]);
    assert_eq!(identifiers("Het voorstel van Van Dijk werd overgenomen."), [person("Van Dijk")]);
    assert_eq!(identifiers("Handover given by Bakker to Hoekstra at 07:00."), [person("Bakker"), person("Hoekstra")]);
    assert_eq!(identifiers("aantekening\n- vos gaf om 14:00 de eerste dosis"), [person("vos")]);
    assert_eq!(identifiers("Nowak uit de schoonmaakploeg zag het als eerste"), [person("Nowak")]);
    // A word after "van" that is made by someone, a season, a brand: nothing.
    assert!(identifiers("Het is een bed van Mulder, geen Hill-Rom.").iter().all(|f| f.1 != "Mulder"));
    assert!(identifiers("Vanaf de winter gaan we door met de dubbele controle.").is_empty());
    assert!(identifiers("nachtvpk van de kraamafdeling was alleen").is_empty());
}

#[test]
fn record_numbers_by_the_words_of_their_label_and_birth_dates_by_their_marks() {
    let record = |text: &str| found_of(FindingKind::RecordNumber, text);
    assert_eq!(record("dosiernr 4471902 zo overgenomen"), ["4471902"]);
    assert_eq!(record("ptn. 3390 441 kreeg de dosis van kamer 9"), ["3390 441"]);
    assert_eq!(record("labaanvraag L26-331208 van mw. Hamdi"), ["L26-331208"]);
    // Numbers near such words that are something else stay as written.
    assert!(record("Ordernummer 55812 is twee keer verwerkt").is_empty());
    assert!(record("Opname 12-03-2024 via SEH, ontslag gepland").is_empty());
    let birth = |text: &str| found_of(FindingKind::BirthDate, text);
    assert_eq!(birth("dhr. Kaya * 05-05-1960 - insuline gemist"), ["05-05-1960"]);
    assert_eq!(birth("*12.12.1948 - dhr. van den Berg, kamer 14"), ["12.12.1948"]);
    assert_eq!(birth("geb. op 9 jan. 1933, dus 93 jaar"), ["9 jan. 1933"]);
    assert_eq!(birth("gebdat.: 150339 zo in het formulier gezet"), ["150339"]);
    assert_eq!(birth("ze is geboren is op 5 mei 1945"), ["5 mei 1945"]);
    // A list's bullet before a date is no mark of a birth.
    assert!(birth("* 12-03-2024 opname via SEH").is_empty());
    // "bis" glued to the house number; a living room's name is no person's.
    assert_eq!(
        found_of(FindingKind::Address, "thuisadres Lange Nieuwstraat 14bis, 3512 PJ Utrecht"),
        ["Lange Nieuwstraat 14bis, 3512 PJ Utrecht"]
    );
    assert!(found_of(FindingKind::Person, "in huiskamer Iris zaten die avond 8 bewoners").is_empty());
    // A unit written after a number earlier is a dose, not a postcode's letters.
    assert!(found_of(FindingKind::Postcode, "heparine 5000 IE sc gegeven i.p.v. 2500 IE").is_empty());
}

#[test]
fn an_addition_written_apart_and_no_person_in_a_street_or_a_place_named_after_one() {
    assert_eq!(
        found_of(FindingKind::Address, "vrouw Mariëlle Timmer, Hoofdweg 112 a, 9681 AJ Midwolda"),
        ["Hoofdweg 112 a, 9681 AJ Midwolda"]
    );
    let persons = |text: &str| found_of(FindingKind::Person, text);
    assert!(persons("Bakkerstraat en Molenweg zijn afgesloten voor de markt").is_empty());
    assert!(persons("overname uit het Reinier de Graaf, daarna naar het St. Antonius").is_empty());
    assert!(persons("Schiedam, Vlaardingen en Maassluis vallen onder dezelfde post").is_empty());
}

#[test]
fn numbers_under_a_plural_label_a_check_digit_a_birth_label_words_before_and_postcodes_in_lower_case() {
    let record = |text: &str| found_of(FindingKind::RecordNumber, text);
    assert_eq!(record("dossiernrs.: 3381290 en 3381920, lijken op elkaar"), ["3381290", "3381920"]);
    assert_eq!(record("record number 77-30918-2"), ["77-30918-2"]);
    let birth = |text: &str| found_of(FindingKind::BirthDate, text);
    assert_eq!(birth("gebdat/patnr: 04-03-1941 / 7788 1203"), ["04-03-1941"]);
    assert_eq!(birth("gebdat in het oude dossier 03-06-1994"), ["03-06-1994"]);
    assert!(record("gebdat/patnr: 04-03-1941 / 7788 1203").iter().all(|r| r != "04-03-1941"));
    let postcode = |text: &str| found_of(FindingKind::Postcode, text);
    assert_eq!(postcode("ambulance reed naar 1095 kw ipv 1059 kw"), ["1095 kw", "1059 kw"]);
    // A year and a word after it stay as written.
    assert!(postcode("in 2019 al eens eerder opgenomen, in 2015 en 2016 ook").is_empty());
}

#[test]
fn a_birth_date_and_record_number_side_by_side_an_old_or_new_number_and_an_addition_to_a_house_number() {
    assert_eq!(found_of(FindingKind::BirthDate, "Jansen, 14-03-1948, 7719302"), ["14-03-1948"]);
    assert_eq!(found_of(FindingKind::RecordNumber, "Jansen, 14-03-1948, 7719302"), ["7719302"]);
    assert_eq!(found_of(FindingKind::RecordNumber, "oud nr 8801993 met alle allergieën"), ["8801993"]);
    // A phone number after "nieuw nr" is a phone number; a BSN beside a date is a BSN.
    assert!(found_of(FindingKind::RecordNumber, "nieuw nr van mw.: 06-53901827").is_empty());
    assert!(found_of(FindingKind::RecordNumber, "J. Visser – 111222333 – 14-03-1948").is_empty());
    let address = |text: &str| found_of(FindingKind::Address, text);
    assert_eq!(address("taxi besteld naar Ceintuurbaan 112 hs om 15:30"), ["Ceintuurbaan 112 hs"]);
    assert_eq!(address("woont bij zijn neef, Marnixstraat 300 3hg"), ["Marnixstraat 300 3hg"]);
}
