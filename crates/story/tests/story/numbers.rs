//! Record numbers, birth dates and addresses in the forms hospital notes copy from the record:
//! labels of every department, stickers and wristbands, additions to house numbers.

use leerteam_story::FindingKind;

use crate::scanner::found_of;

fn record(text: &str) -> Vec<String> {
    found_of(FindingKind::RecordNumber, text)
}

fn birth(text: &str) -> Vec<String> {
    found_of(FindingKind::BirthDate, text)
}

#[test]
fn record_numbers_after_the_labels_of_every_department_and_in_their_shapes() {
    assert_eq!(record("PA-nr T26-04417 niet terug te vinden"), ["T26-04417"]);
    assert_eq!(record("dossiernr. D-88213/4 (GGZ)"), ["D-88213/4"]);
    assert_eq!(record("casenr. 26K03381 is van de vorige opname"), ["26K03381"]);
    assert_eq!(record("kliniek-nr 88/21345"), ["88/21345"]);
    assert_eq!(record("bloedbanknr. BB26-1174 op de buis"), ["BB26-1174"]);
    assert_eq!(record("kweeknr. MMB-26-09921: MRSA pos."), ["MMB-26-09921"]);
    assert_eq!(record("record no. UMCU-7781204 (external hospital)"), ["UMCU-7781204"]);
    assert_eq!(record("labnummer 2026-LAB-118834 (troponine)"), ["2026-LAB-118834"]);
    assert_eq!(record("zorgdossier 00812-B niet ingezien"), ["00812-B"]);
    assert_eq!(record("BSN/patnr: 747204731 / 7712093"), ["7712093"]);
    assert_eq!(record("bloedgas stond op nr 5510873"), ["5510873"]);
    // Not a report's number, not a number of goods, not a time.
    assert!(record("VIM-melding nr 2026-1187 aangemaakt").is_empty());
    assert!(record("Order number 26-004519 for the TPN bag").is_empty());
    assert!(record("lab om 10:15 terug, nr 12:30").is_empty());
}

#[test]
fn birth_dates_on_a_sticker_after_gd_and_in_brackets_after_a_titled_name() {
    let sticker = "sticker EPD: A. Rachidi | M | 10-10-1970 | 6631208";
    assert_eq!(birth(sticker), ["10-10-1970"]);
    assert_eq!(record(sticker), ["6631208"]);
    let sticker = "Sticker: T. Bouwman, V, 17-08-1938, BSN 348400032, Z2817734";
    assert_eq!(birth(sticker), ["17-08-1938"]);
    assert_eq!(record(sticker), ["Z2817734"]);
    assert_eq!(birth("GD 07-07-47, bekend met COPD"), ["07-07-47"]);
    assert_eq!(birth("mw. Öztürk (14-07-1962) kreeg de insuline"), ["14-07-1962"]);
    assert_eq!(birth("mw. Benali, geb. 2 febr. 1968"), ["2 febr. 1968"]);
    // The date of the incident after a ward is no birth date.
    assert!(birth("afdeling Noord (14-07-2026) had de dienst").is_empty());
}

#[test]
fn addresses_with_every_addition_in_lower_case_and_with_the_street_word_first() {
    let address = |text: &str| found_of(FindingKind::Address, text);
    assert_eq!(address("thuisadres Zeeweg 44 rood, 1971 HD"), ["Zeeweg 44 rood, 1971 HD"]);
    assert_eq!(address("hoofdweg 210-2, 3e etage zonder lift"), ["hoofdweg 210-2, 3e etage"]);
    assert_eq!(address("bij haar zus, stationsweg 5 a"), ["stationsweg 5 a"]);
    assert_eq!(address("Laan van Meerdervoort 1104 A, geen lift"), ["Laan van Meerdervoort 1104 A"]);
    assert_eq!(address("Zorgcentrum Ter Reede, Nieuwe Haven 40 (kamer 112)"), ["Nieuwe Haven 40"]);
    assert_eq!(address("Address: 15 Oudegracht, Utrecht"), ["15 Oudegracht"]);
    assert_eq!(address("adres pt.: 3e Oosterparkstraat 88-1"), ["3e Oosterparkstraat 88-1"]);
    assert_eq!(address("wonende Skoallestrjitte 4"), ["Skoallestrjitte 4"]);
    // A count is no floor, an ordinary word no street, a date no floor.
    assert!(address("onderweg 2-3 keer gestopt").is_empty());
    assert!(address("levering 15-01-2027 van de tilliften").is_empty());
}

#[test]
fn dates_of_birth_as_record_systems_write_them_and_the_fields_of_a_copied_line() {
    assert_eq!(birth("the second form gave d.o.b. 1979.10.03, same patient"), ["1979.10.03"]);
    assert_eq!(birth("dhr. Pietersz, geb. 2-IV-1947, gevallen"), ["2-IV-1947"]);
    assert_eq!(birth("Geb.dtm 19540611 (jjjjmmdd uit Lifeweb)"), ["19540611"]);
    assert_eq!(birth("Wim (geb. jan. 1933) is de oudste bewoner"), ["jan. 1933"]);
    assert_eq!(birth("born on the 4th of July 1962, 64 years old"), ["4th of July 1962"]);
    assert_eq!(birth("dhr. van Oosterzee, 86 (21 maart 1940), weigerde"), ["21 maart 1940"]);
    assert_eq!(birth("PATNR 9200318 VERHOEVEN M 01.09.1948"), ["01.09.1948"]);
    assert_eq!(birth("11-8-1955 = gebdatum volgens het polsbandje"), ["11-8-1955"]);
    let row = "| 4021877 | Yılmaz, H. | 1961-08-30 | Hoofdstraat 3 |";
    assert_eq!(birth(row), ["1961-08-30"]);
    assert_eq!(record(row), ["4021877"]);
    assert_eq!(birth("BRP-bevraging: 391507485 - 15-08-1958 - Vrouw"), ["15-08-1958"]);
    // A row of the roster with nobody identified in it keeps its date.
    assert!(birth("| 12-11-2026 | nachtdienst | 2 vpk |").is_empty());
}

#[test]
fn a_number_again_with_a_slip_and_a_record_numbers_label_after_it() {
    assert_eq!(record("record number is 4410577, not 4410557"), ["4410577", "4410557"]);
    assert_eq!(birth("geb. 04-02-1938, de dochter zei 04-12-1938"), ["04-02-1938", "04-12-1938"]);
    // A day apart is another day: the meeting after the birth.
    assert_eq!(birth("geboren 21-01-2026 om 03.47, leerteam op 27-01-2026"), ["21-01-2026"]);
    assert_eq!(record("8830415 is het patiëntnummer, 4411 is het toestel"), ["8830415"]);
    assert_eq!(record("Ons-nr. OZ-204-117, Wzd art. 21"), ["OZ-204-117"]);
    assert_eq!(record("registratienr. cliënt: NH-4471-K (Nedap)"), ["NH-4471-K"]);
    assert!(record("Nedap Ons release 2026.11 gaf een storing").is_empty());
}

#[test]
fn a_whole_date_eighteen_years_before_the_case_is_a_birth_date() {
    let scanner = leerteam_story::Scanner::from_names(Vec::new(), leerteam_story::Lang::Nl).in_year(2026);
    let kinds = |text: &str| -> Vec<(FindingKind, String)> {
        scanner.hits(text).into_iter().map(|h| (h.kind, text[h.start..h.end].to_owned())).collect()
    };
    let text = "de dochter noemde 14-03-1941, opname 12-11-2026, eerder gezien op 3 mei 2019";
    assert_eq!(
        kinds(text),
        [
            (FindingKind::BirthDate, "14-03-1941".to_owned()),
            (FindingKind::Date, "12-11-2026".to_owned()),
            (FindingKind::Date, "3 mei 2019".to_owned()),
        ]
    );
    // Without the case's year a date stays a date.
    assert_eq!(found_of(FindingKind::BirthDate, "de dochter noemde 14-03-1941"), Vec::<String>::new());
}

#[test]
fn a_floor_glued_to_its_number_a_floor_after_a_comma_and_a_twin_with_a_prefix() {
    let address = |text: &str| found_of(FindingKind::Address, text);
    assert_eq!(address("Fatima, Hoofdweg 1102-2hg, 1058 BX Amsterdam"), ["Hoofdweg 1102-2hg, 1058 BX Amsterdam"]);
    assert_eq!(address("woont Prinsengracht 480, 1e etage (geen lift)"), ["Prinsengracht 480, 1e etage"]);
    assert_eq!(record("labaanvraag L26-331208 van mw. X en L26-331280 van dhr. Y"), ["L26-331208", "L26-331280"]);
}
