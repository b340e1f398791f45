//! The words the privacy scan knows, compiled into the binary: the OpenTaal Dutch word list as two
//! finite-state sets (ordinary words; words written with a capital), Leerteam's own short lists
//! of given names and family names, and broad lists of names of many origins. Nothing is loaded or
//! built at start-up; the name lists become hash sets the first time the scan asks.

use std::collections::HashSet;
use std::sync::LazyLock;

use fst::Set;

/// Words OpenTaal writes in lower case, lower-cased: "rond", "wit", "visser".
static COMMON: LazyLock<Set<&'static [u8]>> =
    LazyLock::new(|| Set::new(&include_bytes!("../lexicon/common.fst")[..]).expect("common.fst is a valid set"));
/// English words (SCOWL) written in lower case, so an English sentence's words are not taken for names.
static ENGLISH: LazyLock<Set<&'static [u8]>> =
    LazyLock::new(|| Set::new(&include_bytes!("../lexicon/english.fst")[..]).expect("english.fst is a valid set"));
/// Single words OpenTaal writes with a capital (people, places, streets), lower-cased.
static PROPER: LazyLock<Set<&'static [u8]>> =
    LazyLock::new(|| Set::new(&include_bytes!("../lexicon/proper.fst")[..]).expect("proper.fst is a valid set"));
static FIRST_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| list(include_str!("../lexicon/first-names.txt")));
static SURNAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| list(include_str!("../lexicon/surnames.txt")));
/// Names of many origins (Faker's person lists): "kasia", "feng", "zielińska". Broad, so they
/// count only where they are no word and no place (see `world_name`).
static WORLD_GIVEN: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| list(include_str!("../lexicon/world-given-names.txt")));
static WORLD_FAMILY: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| list(include_str!("../lexicon/world-family-names.txt")));

fn list(text: &'static str) -> HashSet<&'static str> {
    text.lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace).collect()
}

/// An ordinary Dutch or English word (given in lower case).
pub fn is_common(lower: &str) -> bool {
    COMMON.contains(lower) || ENGLISH.contains(lower) || is_english_word(lower)
}

/// An ordinary Dutch word (given in lower case), whatever English has.
pub fn is_dutch_word(lower: &str) -> bool {
    COMMON.contains(lower)
}

/// A Dutch compound whose last part is a long ordinary word: "Parkinsonmedicatie",
/// "Insulinepen" is not caught (its parts are short), "Bloeddrukmeter" is.
pub fn is_compound(lower: &str) -> bool {
    let chars: Vec<(usize, char)> = lower.char_indices().collect();
    // Family names end so: "Elbertsen", "Bergsma", "Dijkstra", "Hoitinga", not "…ertsen" (ores).
    let family_ending = ["sen", "sma", "stra", "inga", "enga", "ema"].iter().any(|e| lower.ends_with(e));
    !family_ending
        && chars.len() >= 9
        && chars[3..chars.len() - 5].iter().any(|&(at, _)| {
            let tail = &lower[at..];
            tail.chars().count() >= 6 && COMMON.contains(tail)
        })
}

/// A word Dutch writes with a capital: a name of a person, place or street (given in lower case).
pub fn is_proper(lower: &str) -> bool {
    PROPER.contains(lower)
}

pub fn is_first_name(lower: &str) -> bool {
    FIRST_NAMES.contains(lower) || world_name(&WORLD_GIVEN, lower)
}

pub fn is_surname(lower: &str) -> bool {
    SURNAMES.contains(lower) || world_name(&WORLD_FAMILY, lower)
}

/// A name any list knows, also where it is a word ("Dijkhuizen", "Bouwmeester"): for where the
/// context already says a name follows.
pub fn is_listed_name(lower: &str) -> bool {
    FIRST_NAMES.contains(lower)
        || SURNAMES.contains(lower)
        || WORLD_FAMILY.contains(lower)
        || WORLD_GIVEN.contains(lower)
}

/// A name of the broad lists that is no Dutch or English word, no place and none of the words
/// that are never a person: "Roos" and "Evita" are known only by the lists written for Leerteam.
fn world_name(list: &HashSet<&'static str>, lower: &str) -> bool {
    lower.chars().nth(2).is_some()
        && list.contains(lower)
        && !is_common(lower)
        && !is_place(lower)
        && !NOT_NAMES.contains(lower)
}

/// Capitalised words that are never a person: languages, days and months in English, and the
/// brand names of medicines a Dutch ward uses most (a brand is no ordinary word either).
pub fn is_not_a_name(lower: &str) -> bool {
    let drug = DRUG_ENDINGS.iter().any(|e| lower.len() > e.len() + 2 && lower.ends_with(e));
    // A given name is a name whatever it ends with: "Soufiane", "Beatrix", "Felix".
    !is_first_name(lower) && (NOT_NAMES.contains(lower) || drug)
}

/// Only the listed words, without the medicine endings: after a given name "Berhane" and
/// "Kidane" are family names, whatever they end with.
pub fn is_listed_not_a_name(lower: &str) -> bool {
    !is_first_name(lower) && NOT_NAMES.contains(lower)
}

static NOT_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| list(include_str!("../lexicon/not-names.txt")));
static PLACES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| list(include_str!("../lexicon/places.txt")));
static TOWNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| list(include_str!("../lexicon/towns.txt")));

/// A town or country that a story names as a place ("Zwolle", "Eritrea", "Warffum").
pub fn is_place(lower: &str) -> bool {
    PLACES.contains(lower) || TOWNS.contains(lower)
}

/// "Hoofdweg", "Jan van Galenstraat", "Mill Lane": a word made as streets are, by an ending no
/// family name has ("dijk" is one: "Oosterdijk").
pub fn is_street_shaped(lower: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "straat",
        "laan",
        "weg",
        "plein",
        "gracht",
        "kade",
        "singel",
        "dreef",
        "steeg",
        "plantsoen",
        "boulevard",
        "strjitte",
        "street",
        "road",
        "lane",
        "avenue",
    ];
    ENDINGS.iter().any(|e| lower.strip_suffix(e).is_some_and(|stem| stem.chars().count() >= 3))
}

/// Endings of medicine names ("Fraxiparine", "Clexane", "metoprolol", "apixaban"); a given name
/// with such an ending is known by the given-name list first.
const DRUG_ENDINGS: &[&str] = &[
    "parine",
    "xaban",
    "gatran",
    "pril",
    "sartan",
    "statine",
    "olol",
    "azepam",
    "zolam",
    "mycine",
    "cilline",
    "floxacine",
    "azol",
    "prazol",
    "mab",
    "nib",
    "tidine",
    "setron",
    "profen",
    "fenac",
    "coumon",
    "coumarol",
    "oxacine",
    "dronaat",
    "apine",
    "peridol",
    "oxetine",
    "ane",
    "ex",
    "ix",
    "yl",
];

/// A word without its diacritics, for matching names written in a hurry: "gülsen" → "gulsen".
pub fn fold(lower: &str) -> String {
    lower
        .chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ı' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' | 'č' | 'ć' => 'c',
            'ñ' | 'ń' => 'n',
            'ş' | 'š' | 'ś' => 's',
            'ğ' => 'g',
            'ž' | 'ź' | 'ż' => 'z',
            'ł' => 'l',
            other => other,
        })
        .collect()
}

/// Words that join a family name: "van der Meer", "El Amrani", "ter Horst", "in 't Veld".
pub fn is_particle(lower: &str) -> bool {
    matches!(
        lower,
        "van"
            | "de"
            | "der"
            | "den"
            | "het"
            | "'t"
            | "’t"
            | "ter"
            | "ten"
            | "te"
            | "el"
            | "al"
            | "ben"
            | "bin"
            | "ibn"
            | "abu"
            | "da"
            | "dos"
            | "das"
            | "del"
            | "ait"
            | "di"
            | "du"
            | "la"
            | "le"
            | "von"
            | "zu"
            | "vd"
            | "v/d"
            | "d'"
            | "l'"
    )
}

/// Short English words a Dutch list lacks, so an English sentence's first word is not taken for a name.
fn is_english_word(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "he"
            | "she"
            | "they"
            | "we"
            | "it"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "i"
            | "you"
            | "this"
            | "that"
            | "these"
            | "those"
            | "when"
            | "then"
            | "after"
            | "before"
            | "while"
            | "at"
            | "on"
            | "in"
            | "of"
            | "for"
            | "with"
            | "from"
            | "to"
            | "by"
            | "as"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "had"
            | "has"
            | "have"
            | "did"
            | "does"
            | "not"
            | "no"
            | "yes"
            | "there"
            | "here"
            | "what"
            | "who"
            | "why"
            | "how"
            | "nobody"
            | "everyone"
            | "someone"
            | "nurse"
            | "doctor"
            | "patient"
            | "called"
            | "said"
            | "told"
            | "asked"
            | "gave"
            | "came"
            | "went"
            | "saw"
            | "felt"
            | "thought"
            | "found"
            | "during"
            | "because"
            | "so"
            | "if"
            | "also"
            | "only"
            | "both"
            | "night"
            | "morning"
            | "evening"
            | "today"
            | "yesterday"
            | "later"
            | "next"
            | "mrs"
            | "mr"
            | "ms"
            | "floor"
            | "grace"
            | "will"
            | "mark"
            | "rose"
            | "bill"
            | "hope"
            | "may"
            | "frank"
            | "pat"
            | "sky"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_tell_words_from_names() {
        assert!(is_common("rond") && is_common("wit") && is_common("visser"));
        assert!(!is_common("jansen") && !is_common("özdemir"));
        assert!(is_proper("jansen") && is_proper("leiden"));
        assert!(is_first_name("sanne") && is_first_name("roos") && !is_first_name("rond"));
        assert!(is_surname("visser") && is_surname("wit") && !is_surname("rond"));
        assert!(is_particle("van") && is_particle("el") && !is_particle("jan"));
        assert!(is_common("potassium") && is_common("themes"));
        let given: Vec<&str> =
            FIRST_NAMES.iter().copied().filter(|n| NOT_NAMES.contains(n) || PLACES.contains(n)).collect();
        assert!(given.is_empty(), "given names listed as never a name or as a place: {given:?}");
        assert!(is_not_a_name("fraxiparine") && !is_not_a_name("soufiane") && !is_not_a_name("felix"));
        assert!(is_compound("parkinsonmedicatie") && !is_compound("oostveen") && !is_compound("hoogland"));
    }
}
