//! Family names that are words, read as names by the words around them: "volgens kok",
//! "samen met winter", "overgedragen aan post", "gevonden door smit", "spoke to de Vries"; and
//! names in lower case at the start of the lines of a note of who said what ("- de haan: …").

use super::context::is_month_or_day;
use super::name::parse_name;
use super::tokens::Token;
use super::triggers::trigger_at;
use super::triggers::Strength;
use super::words::{FUNCTION_WORDS, NEVER_NAMES};
use super::{Anchored, Role};
use crate::lexicon::{is_common, is_compound, is_first_name, is_not_a_name, is_particle, is_place, is_surname};

/// Two words before a name that only a person follows.
const CUES: &[(&str, &str)] = &[
    ("samen", "met"),
    ("overleg", "met"),
    ("overlegd", "met"),
    ("overlegde", "met"),
    ("gebeld", "met"),
    ("belde", "met"),
    ("gesproken", "met"),
    ("sprak", "met"),
    ("besproken", "met"),
    ("afgestemd", "met"),
    ("overgedragen", "aan"),
    ("overgedragen", "door"),
    ("over", "van"),
    ("navragen", "bij"),
    ("nagevraagd", "bij"),
    ("over", "to"),
    ("spoke", "to"),
    ("talked", "to"),
    ("according", "to"),
    ("handover", "to"),
];

/// One word before a name: "volgens kok", "namens de wit".
const ONE_WORD_CUES: &[&str] = &["volgens", "namens", "aldus"];

/// What people do that "door" or "by" names the doer of: "gevonden door smit", "door de vries
/// werd … gebeld", "signed by post".
const DONE_BY: &[&str] = &[
    "gemeld",
    "gebeld",
    "gezien",
    "gevonden",
    "gecontroleerd",
    "afgetekend",
    "gegeven",
    "opgemerkt",
    "besproken",
    "gedaan",
    "gezegd",
    "genoteerd",
    "geregeld",
    "aangegeven",
    "ontdekt",
    "toegediend",
    "voorgeschreven",
    "beoordeeld",
    "overgenomen",
    "uitgezet",
    "ingevuld",
    "getekend",
    "geaccordeerd",
    "doorgegeven",
    "werd",
    "wordt",
    "signed",
    "checked",
    "seen",
    "found",
    "called",
    "given",
    "noticed",
    "reported",
    "written",
    "prescribed",
];

/// A name at token `i` that the cue words before it (or "door" with what was done) say is someone.
pub(super) fn named_by_cue(tokens: &[Token], i: usize) -> Option<(Anchored, usize)> {
    if !cue_before(tokens, i) {
        return None;
    }
    let mut k = i;
    while k + 1 < tokens.len() && tokens[k].is_word() && is_particle(tokens[k].lower()) && !tokens[k + 1].new_line {
        k += 1;
    }
    let word = tokens.get(k).filter(|t| t.is_word() && !t.new_line && !t.shouting())?;
    let lower = word.lower();
    // In lower case only a known name: "volgens de toedienregistratie" is a record.
    let known = is_surname(lower) || is_first_name(lower);
    // After particles a capitalised word is the family name, a word or not: "door Van der Zee".
    // After the article alone ("met de Huisartsenpost") only a family name the lists know.
    let article_only = tokens[i..k].iter().all(|t| matches!(t.lower(), "de" | "het"));
    let after_particles = k > i && word.capitalised() && !article_only;
    let name_like = (known || after_particles || (word.capitalised() && !is_common(lower) && !is_compound(lower)))
        && lower.chars().count() >= 2
        && !is_not_a_name(lower)
        && (!is_place(lower) || k > i)
        && !is_month_or_day(lower)
        && !FUNCTION_WORDS.contains(&lower)
        && !NEVER_NAMES.contains(&lower)
        && !trigger_at(tokens, k);
    if !name_like {
        return None;
    }
    let (name, next) = parse_name(tokens, i, Strength::Sure, Role::Person, false)?;
    let by = i > 0 && matches!(tokens[i - 1].lower(), "door" | "by");
    if by && !done_around(tokens, i, next) {
        return None;
    }
    Some((name, next))
}

fn cue_before(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).filter(|t| t.is_word()).map_or("", |t| t.lower());
    if i == 0 || tokens[i].new_line || !tokens[i].gap {
        return false;
    }
    let one = word(i - 1);
    let pair = i >= 2 && CUES.contains(&(word(i - 2), one));
    pair || ONE_WORD_CUES.contains(&one) || matches!(one, "door" | "by")
}

/// "gevonden door smit", "door smit gemeld", "door de vries werd …".
fn done_around(tokens: &[Token], i: usize, next: usize) -> bool {
    let done = |k: usize| tokens.get(k).is_some_and(|t| t.is_word() && DONE_BY.contains(&t.lower()));
    (i >= 2 && done(i - 2)) || done(next)
}

/// "- winter: bel was stuk", "- de haan: team was onderbezet", "- kowalski: the alarm …": a
/// known name before the colon of a line that starts with it, in lower case too. A name that is
/// no word needs nothing more; one that is a word only in a note of who said what (two such lines).
pub(super) fn speaker_line_at(tokens: &[Token], i: usize) -> Option<(Anchored, usize)> {
    let colon = speaker_colon(tokens, i)?;
    let words: Vec<&Token> = tokens[i..colon].iter().filter(|t| t.is_word() && !is_particle(t.lower())).collect();
    let [word] = words.as_slice() else { return None };
    if word.capitalised() || word.shouting() || !head_name_like(word) {
        return None;
    }
    let lower = word.lower();
    let known = (is_surname(lower) || is_first_name(lower)) && !is_common(lower);
    if !known && speaker_lines(tokens) < 2 {
        return None;
    }
    let (name, next) = parse_name(tokens, i, Strength::Sure, Role::Person, false)?;
    (next == colon).then_some((name, next))
}

/// The colon after a name of one to four words that starts a line (after a bullet, if any), with
/// what was said after it: words in lower case or a quote.
pub(super) fn speaker_colon(tokens: &[Token], i: usize) -> Option<usize> {
    let bullet = i > 0 && matches!(tokens[i - 1].text, "-" | "•" | "*") && tokens[i - 1].new_line;
    if !(tokens[i].new_line || bullet) || !tokens[i].is_word() {
        return None;
    }
    let colon = (i + 1..tokens.len().min(i + 5))
        .take_while(|&k| !tokens[k].new_line && (tokens[k].is_word() || tokens[k].text == ":"))
        .find(|&k| tokens[k].text == ":")?;
    let said = tokens.get(colon + 1).is_some_and(|t| {
        !t.new_line && (matches!(t.text, "'" | "\"" | "‘" | "“") || (t.is_word() && !t.capitalised() && !t.shouting()))
    });
    said.then_some(colon)
}

/// A word that may be the name before a speaker's colon: a given or family name the lists know,
/// no title or role, no month.
fn head_name_like(word: &Token) -> bool {
    let lower = word.lower();
    (is_surname(lower) || is_first_name(lower))
        && lower.chars().count() >= 2
        && lower.chars().all(char::is_alphabetic)
        && !is_not_a_name(lower)
        && !is_place(lower)
        && !is_month_or_day(lower)
        && !FUNCTION_WORDS.contains(&lower)
        && !NEVER_NAMES.contains(&lower)
}

/// How many lines of `tokens` start with a name-like word and a speaker's colon.
fn speaker_lines(tokens: &[Token]) -> usize {
    (0..tokens.len())
        .filter(|&k| tokens[k].new_line || (k > 0 && tokens[k - 1].new_line && tokens[k - 1].text == "-"))
        .filter(|&k| {
            speaker_colon(tokens, k).is_some_and(|colon| {
                tokens[k..colon].iter().filter(|t| t.is_word() && !is_particle(t.lower())).all(head_name_like)
            })
        })
        .count()
}
