//! Record numbers told by the words before them rather than by a fixed spelling of the label:
//! notes write "dosiernr", "EDP-nr", "pati-nr", "ptn.", "labaanvraag", "het nummer op de bloedbuis
//! (…)" and "the wristband read …". A number of at least five digits (groups allowed, a letter or
//! two in front or inside) is a record number when one of the few words before it on its line names
//! a patient's record, number band or sample, and no word closer to it names something else
//! (a room, a batch, an order of goods, a phone).

/// A number shaped like a record number: digits in groups, perhaps a letter prefix ("L26-331208",
/// "26BK0412", "2019/04471", "4419 002", "UMCU-7781204"), letters between ("2026-LAB-118834").
/// A check digit or letter may follow a hyphen or slash ("77-30918-2", "D-88213/4", "00812-B").
pub(super) const CANDIDATE: &str =
    r"\b(?:[A-Za-z]{1,4}-?)?\d[\dA-Z]{1,11}(?:(?:[ /.\-]|-[A-Z]{2,4}-)\d[\dA-Z]{1,8}){0,3}(?:[-/]\d|-[A-Z])?\b";

/// Word stems (lower case, without dots or hyphens) that name a patient's number or what carries it.
const STEMS: &[&str] = &[
    "pat",
    "pt",
    "ptn",
    "pati",
    "patient",
    "patiënt",
    "patienten",
    "patiënten",
    "pnr",
    "patnr",
    "patid",
    "ptnr",
    "client",
    "cliënt",
    "clientnr",
    "cliëntnr",
    "epd",
    "edp",
    "ecd",
    "hix",
    "hxi",
    "zis",
    "his",
    "epic",
    "emr",
    "ehr",
    "epr",
    "nhs",
    "mrn",
    "pid",
    "dossier",
    "dosier",
    "dossiernr",
    "dosiernr",
    "reg",
    "regnr",
    "registratie",
    "lab",
    "labnr",
    "labaanvraag",
    "aanvraag",
    "aanvraagnr",
    "monster",
    "monsternr",
    "buis",
    "bloedbuis",
    "sticker",
    "etiket",
    "polsbandje",
    "polsband",
    "armband",
    "armbandje",
    "wristband",
    "chart",
    "seh",
    "sehnr",
    "opname",
    "opnamenr",
    "admission",
    "record",
    "hospital",
    "hosp",
    "id",
    "kweek",
    "kweeknr",
    "pa",
    "path",
    "pathologie",
    "case",
    "casus",
    "band",
    "bandje",
    "naamband",
    "naambandje",
    "kliniek",
    "poli",
    "bloedbank",
    "bb",
    "label",
    "nood",
    "kind",
    "ons",
    "nedap",
    "lifeweb",
    "ysis",
    "ecd",
    "cliëntnummer",
    "ziekenhuisnr",
    "resident",
    "bewoner",
    "bewoners",
];

/// Words that say the number is something else when they stand closer to it than a stem.
const OTHER: &[&str] = &[
    "kamer",
    "bed",
    "toestel",
    "tel",
    "telefoon",
    "lot",
    "batch",
    "charge",
    "serie",
    "serienummer",
    "artikel",
    "bestel",
    "bestelnummer",
    "bestelnr",
    "versie",
    "version",
    "release",
    "update",
    "protocol",
    "room",
    "ext",
    "pieper",
    "sein",
    "bus",
    "lijn",
    "postcode",
    "huisnummer",
    "bsn",
    "iban",
    "factuur",
    "ticket",
    "melding",
    "vim",
    "incident",
    "mdo",
];

/// The endings a label word may carry after its stem: "dossiernummer", "pat.nr", "sehnr".
const NUMBER_WORDS: &[&str] = &["nummers", "nummer", "nrs", "nr", "nos", "no", "numbers", "number", "num", "id"];

/// A word as its label's forms compare: lower case, without dots or hyphens, and also without the
/// number word after its stem ("dosiernr" → "dosier"): `(whole, stem)`.
fn forms(word: &str) -> (String, String) {
    let word: String = word.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    let stem = NUMBER_WORDS.iter().find_map(|end| word.strip_suffix(end).filter(|s| !s.is_empty())).unwrap_or(&word);
    let stem = stem.to_owned();
    (word, stem)
}

fn in_list(list: &[&str], word: &str) -> bool {
    let (whole, stem) = forms(word);
    list.contains(&whole.as_str()) || list.contains(&stem.as_str())
}

/// Whether the number at `start..end` has a record's label among the four words before it on its line.
pub(super) fn is_labelled_record(text: &str, start: usize, end: usize) -> bool {
    let found = &text[start..end];
    let digits = found.chars().filter(char::is_ascii_digit).count();
    // Four digits only with capitals around them ("NH-4471-K"), after the label itself.
    let lettered = found.chars().any(|c| c.is_ascii_uppercase()) && digits == 4;
    if (digits < 5 && !lettered) || found.chars().any(|c| c.is_ascii_lowercase()) && digits < 6 {
        return false;
    }
    // Ten digits from a 0 are a Dutch phone number: "nieuw nr van mw.: 06-53901827".
    if digits == 10 && found.starts_with('0') {
        return false;
    }
    // Part of a longer number or date ("4-11-2026"), or a date itself.
    if text[..start].ends_with(|c: char| "-./".contains(c))
        && text[..start].trim_end_matches(['-', '.', '/']).ends_with(|c: char| c.is_ascii_digit())
        || crate::general::month_and_year(found).is_some()
    {
        return false;
    }
    // A dose, a value or a time goes on with its unit: "5000 IE", "4400 ml", "12:30".
    let after = text[end..].trim_start();
    let time = text[end..].strip_prefix(':').is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    if time || after.starts_with('%') || after.split(|c: char| !c.is_alphanumeric()).next().is_some_and(is_unit) {
        return false;
    }
    // "8830415 is het patiëntnummer", "= dossiernr": the label after the number.
    if !lettered && label_after(text, end) {
        return true;
    }
    let words = words_before(text, start, "([:=;,/|");
    for (at, word) in words.iter().enumerate().rev().take(if lettered { 2 } else { 4 }) {
        // "VIM-melding", "MIC-melding": a report's number.
        if in_list(OTHER, word) || forms(word).0.ends_with("melding") {
            return false;
        }
        // "oud nr 8801993", "het nieuwe nummer": a number word that an old or new one qualifies.
        let renewed = at > 0
            && NUMBER_WORDS.contains(&forms(word).0.as_str())
            && matches!(forms(words[at - 1]).0.as_str(), "oud" | "oude" | "nieuw" | "nieuwe" | "old" | "new");
        // "zorgdossier", "verpleegdossier"; "op nr 5510873": a bare number word before a long number.
        let (whole, _) = forms(word);
        let dossier = whole.ends_with("dossier") || whole.ends_with("dossiernr");
        let bare = at + 1 == words.len()
            && NUMBER_WORDS.contains(&whole.as_str())
            && digits >= 7
            && found.chars().all(|c| c.is_ascii_digit());
        if in_list(STEMS, word) || renewed || dossier || bare {
            return true;
        }
    }
    false
}

/// "is het patiëntnummer", "= dossiernr.", "(patnr)": a record's label right after the number.
fn label_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let words: Vec<&str> =
        line.split(|c: char| c.is_whitespace() || "()=:,".contains(c)).filter(|w| !w.is_empty()).take(3).collect();
    let label = |w: &str| {
        let (whole, stem) = forms(w);
        NUMBER_WORDS.iter().any(|n| whole.ends_with(n)) && (in_list(STEMS, w) || STEMS.contains(&stem.as_str()))
    };
    match words.as_slice() {
        [first, ..] if label(first) => true,
        ["is" | "was", "het" | "de" | "zijn" | "haar", second, ..] => label(second),
        _ => false,
    }
}

/// Whether the date at `start..end` has a birth's label among the five words before it on its line
/// ("gebdat/patnr: 04-03-1941", "gebdat in het oude dossier 03-06-1994"), with no other date
/// between. Only a whole date: a year alone may be anything.
pub(super) fn is_labelled_birth(text: &str, start: usize, end: usize) -> bool {
    if !whole_date(text, start, end) {
        return false;
    }
    // "11-8-1955 = gebdatum volgens het polsbandje", "03-06-1994 (geb.datum)": the label after it.
    let after = text[end..].trim_start_matches([' ', '=', '(', ':']);
    let next: String = after.chars().take_while(|c| c.is_alphabetic() || *c == '.').collect::<String>().to_lowercase();
    if next.len() >= 5 && birth_word(&next) {
        return true;
    }
    for word in words_before(text, start, "([:=;,/").iter().rev().take(5) {
        let (whole, _) = forms(word);
        if whole.chars().filter(char::is_ascii_digit).count() >= 4 {
            return false; // another date or number is the one the label names
        }
        if birth_word(&whole) || matches!(whole.as_str(), "born" | "dob" | "birth" | "birthdate") {
            return true;
        }
    }
    false
}

/// "geb", "gebdat", "geb.datum", "geboren", not "gebeurd" or "gebeld".
fn birth_word(lower: &str) -> bool {
    lower.starts_with("geb") && !lower.starts_with("gebeur") && !lower.starts_with("gebel")
}

/// The words on the line before `start`, split at whitespace and at the marks given.
fn words_before<'t>(text: &'t str, start: usize, marks: &str) -> Vec<&'t str> {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..start].split(|c: char| c.is_whitespace() || marks.contains(c)).filter(|w| !w.is_empty()).collect()
}

/// The four-digit years of the dates in `text`, the latest last: a note's latest year is the
/// year it happened in, so a date of that year beside older ones is the incident's, not a birth.
pub(super) fn years(text: &str) -> Vec<u32> {
    let mut years: Vec<u32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| part.len() == 4)
        .filter_map(|part| part.parse().ok())
        .filter(|year| (1900..2100).contains(year))
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// Whether the date `found` is of the latest year of a text that also has older ones.
pub(super) fn of_the_latest_year(found: &str, text_years: &[u32]) -> bool {
    let own = years(found);
    text_years.len() >= 2 && own.last().is_some_and(|y| Some(y) == text_years.last())
}

/// A date with its day, month and year ("14-03-1948", "12-6-39", "9 maart 1958"), not a year alone.
pub(super) fn whole_date(text: &str, start: usize, end: usize) -> bool {
    let found = &text[start..end];
    let digits = found.chars().filter(char::is_ascii_digit).count();
    let separators = found.chars().filter(|c| matches!(c, '-' | '/' | '.')).count();
    let whole = digits >= 6 || (digits >= 5 && (found.chars().any(char::is_alphabetic) || separators == 2));
    whole && !found.contains('\n')
}

fn is_unit(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "mg" | "ml"
            | "mcg"
            | "ug"
            | "g"
            | "kg"
            | "ie"
            | "e"
            | "eh"
            | "mmol"
            | "l"
            | "cc"
            | "u"
            | "uur"
            | "min"
            | "sec"
            | "keer"
            | "x"
            | "stuks"
            | "tabletten"
            | "euro"
            | "eur"
            | "km"
            | "m"
            | "cm"
            | "mm"
            | "jaar"
            | "jr"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str, number: &str) -> bool {
        let start = text.find(number).unwrap();
        is_labelled_record(text, start, start + number.len())
    }

    #[test]
    fn labels_in_any_spelling_tell_a_record_number() {
        assert!(labelled("dosiernr 4471902 zo overgenomen", "4471902"));
        assert!(labelled("EDP-nr 3318275 werd gebruikt", "3318275"));
        assert!(labelled("ptn. 3390 441 kreeg de dosis", "3390 441"));
        assert!(labelled("in het EPD (nr 5019 228) stond", "5019 228"));
        assert!(labelled("het nummer op de bloedbuis (5520117) klopte niet", "5520117"));
        assert!(labelled("labaanvraag L26-331208 van mw. X", "L26-331208"));
        assert!(labelled("the wristband read 4470 1129 but", "4470 1129"));
    }

    #[test]
    fn other_numbers_near_a_label_stay() {
        assert!(!labelled("pt. kreeg 5000 IE heparine", "5000"));
        assert!(!labelled("pt ligt op kamer 12345", "12345"));
        assert!(!labelled("bestelnummer 4400123 (infuuspomp) nog niet geleverd", "4400123"));
        assert!(!labelled("pat. batch 20931 van de pomp", "20931"));
        assert!(!labelled("het lab belde om 1400", "1400"));
        assert!(!labelled("Na 138, K 4.1, lab om 06:00", "06"));
        assert!(!labelled("Opname 12-03-2024 via SEH", "12-03-2024"));
        assert!(!labelled("opname 4-11-2026, ontslag", "11-2026"));
        assert!(!labelled("patient ID 551-20874, admitted on 2026-03-02.", "2026-03-02"));
        assert!(!labelled("Ordernummer 55812 is twee keer verwerkt", "55812"));
    }
}
