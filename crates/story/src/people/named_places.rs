//! Names of places that contain a person's name: "Reinier de Graaf", "Sint Antonius",
//! "Hendrik-Ido-Ambacht", "Fisher & Paykel". A name found inside one is nobody.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::tokens::Token;

/// The names of `lexicon/named-places.txt` by their first word, each as its words.
static NAMED: LazyLock<HashMap<&'static str, Vec<Vec<&'static str>>>> = LazyLock::new(|| {
    let mut by_first: HashMap<&str, Vec<Vec<&str>>> = HashMap::new();
    let lines = include_str!("../../lexicon/named-places.txt").lines();
    for line in lines.filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let words: Vec<&str> = line.split([' ', '-']).filter(|w| !w.is_empty()).collect();
        by_first.entry(words[0]).or_default().push(words);
    }
    by_first
});

/// The token ranges (`from..to`) of every such name in the text.
pub(super) fn named_places(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut ranges = Vec::new();
    // Such names are written with capitals ("het Sophia" after its article): the rest of the
    // words need no look-up.
    let starts = |i: usize| {
        let t = &tokens[i];
        t.is_word() && (t.capitalised() || (t.lower() == "het" && tokens.get(i + 1).is_some_and(Token::capitalised)))
    };
    for i in (0..tokens.len()).filter(|&i| starts(i) || tokens[i].text == "de") {
        if ranges.last().is_some_and(|&(_, to)| i < to) {
            continue; // inside the name found last: "Groote Kerk" in "De Groote Kerk"
        }
        // "collega's van de Vijverhof": a care home after its article, wherever it stands.
        if let Some(to) = headed_at(tokens, i).filter(|&to| to == i + 2 && tokens[i].lower() == "de") {
            ranges.push((i, to));
            continue;
        }
        if !starts(i) {
            continue;
        }
        // "van den Bosch" is a family, "Den Bosch" a town.
        if i > 0 && matches!(tokens[i - 1].lower(), "van" | "ter" | "ten") {
            continue;
        }
        if let Some(to) = saint_at(tokens, i) {
            ranges.push((i, to));
            continue;
        }
        let longest = NAMED
            .get(tokens[i].lower())
            .into_iter()
            .flatten()
            .filter_map(|words| matched(tokens, i, words))
            .chain(headed_at(tokens, i))
            .max();
        if let Some(to) = longest {
            ranges.push((i, to));
        }
    }
    ranges
}

/// Where the name `words` ends if it starts at token `i`; a hyphen, "&" or a full stop may stand
/// between its words ("Hill-Rom", "Smith & Nephew", "Dr. Oetker").
fn matched(tokens: &[Token], i: usize, words: &[&str]) -> Option<usize> {
    let mut k = i;
    for (n, word) in words.iter().enumerate() {
        if n > 0 {
            while tokens.get(k).is_some_and(|t| matches!(t.text, "-" | "&" | ".") && !t.new_line) {
                k += 1;
            }
        }
        let token = tokens.get(k)?;
        if !token.is_word() || token.lower() != *word || (n > 0 && token.new_line) {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// Words that end the name of a building or an institution: "De Groote Kerk", "Florence
/// Nightingale Paviljoen", "Anne Frank School". None of them is a common family name.
const PLACE_HEADS: &[&str] = &[
    "zaal",
    "kerk",
    "kapel",
    "kliniek",
    "ziekenhuis",
    "gasthuis",
    "kinderziekenhuis",
    "paviljoen",
    "vleugel",
    "school",
    "basisschool",
    "stichting",
    "praktijk",
    "apotheek",
    "centrum",
    "zorgcentrum",
    "verpleeghuis",
    "hospice",
    "kazerne",
    "instituut",
    "academie",
    "universiteit",
    "fonds",
    "hospital",
    "clinic",
    "church",
    "wing",
    "centre",
    "center",
    "pavilion",
];

/// Ends of the names of care homes, after their article: "De Vijverhof", "Het Zonnehuis",
/// "De Lindehove". A family name may end so ("Kerkhof"), but not after "De".
const HOME_ENDINGS: &[&str] = &["hof", "hove", "oord", "stede", "heem", "gaarde", "borgh", "lust", "huis", "weide"];

/// A name of one to three capitalised words (particles between) before a word of `PLACE_HEADS`
/// written with a capital: where that head ends.
fn headed_at(tokens: &[Token], i: usize) -> Option<usize> {
    let mut k = i;
    while k < i + 5 {
        let t = tokens.get(k)?;
        if k > i && t.new_line {
            return None;
        }
        let lower = t.lower();
        // The head alone or as a compound's end: "De Groote Kerk", "Anne Frankschool".
        let compound_of = |h: &&str| lower.ends_with(h) && lower.len() >= h.len() + 3;
        let home = k == i + 1 && matches!(tokens[i].lower(), "de" | "het") && HOME_ENDINGS.iter().any(compound_of);
        let head = PLACE_HEADS.iter().any(|h| lower == *h || compound_of(h)) || home;
        if k > i && t.is_word() && t.capitalised() && head {
            return Some(k + 1);
        }
        let part = t.is_word() && (t.capitalised() || matches!(lower, "de" | "van" | "der" | "den" | "'t" | "het"));
        if !(part || (t.text == "-" && !t.gap)) {
            return None;
        }
        k += 1;
    }
    None
}

/// "Sint Antonius", "St. Lucas", "St Mary's", "Sint-Maarten": a saint's name is a hospital's, a
/// school's or a feast's, not a person's.
fn saint_at(tokens: &[Token], i: usize) -> Option<usize> {
    if !matches!(tokens[i].text, "Sint" | "St" | "sint") {
        return None;
    }
    let mut k = i + 1;
    if tokens.get(k).is_some_and(|t| matches!(t.text, "." | "-") && !t.new_line) {
        k += 1;
    }
    let name = tokens.get(k)?;
    (name.is_word() && name.capitalised() && !name.new_line).then_some(k + 1)
}

/// Whether the tokens `from..to` overlap one of the ranges.
pub(super) fn overlaps(ranges: &[(usize, usize)], from: usize, to: usize) -> bool {
    ranges.iter().any(|&(a, b)| from < b && a < to)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        named_places(&tokens).into_iter().map(|(a, b)| text[tokens[a].start..tokens[b - 1].end].to_owned()).collect()
    }

    #[test]
    fn places_named_after_people_and_saints() {
        assert_eq!(names("Reinier de Graaf en het St. Antonius"), ["Reinier de Graaf", "St. Antonius"]);
        assert_eq!(names("naar Hendrik-Ido-Ambacht, Sint-Maarten"), ["Hendrik-Ido-Ambacht", "Sint-Maarten"]);
        assert_eq!(names("Fisher & Paykel, Dr. Oetker"), ["Fisher & Paykel", "Dr. Oetker"]);
        // A family with its particle is not the town.
        assert_eq!(names("mevr. van den Bosch en Den Bosch"), ["Den Bosch"]);
        assert!(names("Reinier\nde Graaf belde").is_empty());
        // Before a word for a building or an institution, with a capital.
        assert_eq!(names("De Groote Kerk in Maassluis"), ["De Groote Kerk"]);
        assert_eq!(names("in het Florence Nightingale Paviljoen"), ["het Florence Nightingale Paviljoen"]);
        assert!(names("Groote kerk, Jansen belde").is_empty());
    }
}
