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
    assert_eq!(address("hoofdweg 210-2, 3e etage zonder lift"), ["hoofdweg 210-2"]);
    assert_eq!(address("bij haar zus, stationsweg 5 a"), ["stationsweg 5 a"]);
    assert_eq!(address("Laan van Meerdervoort 1104 A, geen lift"), ["Laan van Meerdervoort 1104 A"]);
    // A count is no floor, an ordinary word no street.
    assert!(address("onderweg 2-3 keer gestopt").is_empty());
}
