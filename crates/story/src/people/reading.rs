//! Reading names from their context: a title, a role word, initials, a known given name, a
//! name-like word that acts, a bracket or an attendance list; and the words a name is made of.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::tokens::{Token, TokenKind};
use super::words::*;
use super::{Anchored, Role};
use crate::lexicon::{
    is_common, is_compound, is_first_name, is_not_a_name, is_particle, is_place, is_proper, is_surname,
};

pub(super) fn strip_possessive(lower: &str) -> &str {
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .or_else(|| lower.strip_suffix('\''))
        .or_else(|| lower.strip_suffix('s').filter(|b| b.chars().count() >= 3))
        .unwrap_or(lower)
}

/// The triggers by their first and by their last word, each in the table's order: the rules look
/// up the words at hand instead of trying every trigger at every token.
static BY_FIRST: LazyLock<HashMap<&'static str, Vec<&'static Trigger>>> = LazyLock::new(|| index(|t| t.words[0]));
static BY_LAST: LazyLock<HashMap<&'static str, Vec<&'static Trigger>>> =
    LazyLock::new(|| index(|t| t.words[t.words.len() - 1]));

fn index(word: fn(&Trigger) -> &'static str) -> HashMap<&'static str, Vec<&'static Trigger>> {
    let mut by_word: HashMap<&'static str, Vec<&'static Trigger>> = HashMap::new();
    for trigger in TRIGGERS {
        by_word.entry(word(trigger)).or_default().push(trigger);
    }
    by_word
}

/// The triggers whose words start at token `at`, in the table's order.
fn triggers_at<'t>(tokens: &'t [Token], at: usize) -> impl Iterator<Item = &'static Trigger> + 't {
    let first = tokens.get(at).filter(|t| t.is_word()).and_then(|t| BY_FIRST.get(t.lower()));
    first.into_iter().flatten().copied().filter(move |trigger| {
        let n = trigger.words.len();
        at + n <= tokens.len()
            && trigger.words.iter().zip(&tokens[at..at + n]).all(|(w, t)| t.is_word() && t.lower() == *w)
    })
}

/// The trigger that ends just before token `at`, if any, and where it starts.
fn trigger_before(tokens: &[Token], at: usize) -> Option<(&'static Trigger, usize)> {
    let mut end = at;
    let dotted = end > 0 && tokens[end - 1].text == "." && !tokens[end - 1].gap;
    if dotted {
        end -= 1;
    }
    let last = end.checked_sub(1).filter(|&k| tokens[k].is_word()).and_then(|k| BY_LAST.get(tokens[k].lower()))?;
    last.iter().copied().find_map(|trigger| {
        let n = trigger.words.len();
        if end < n || (dotted && !trigger.abbreviation) {
            return None;
        }
        let matches = trigger.words.iter().zip(&tokens[end - n..end]).all(|(w, t)| t.is_word() && t.lower() == *w);
        matches.then_some((trigger, end - n))
    })
}

pub(super) fn titled_before(tokens: &[Token], at: usize) -> bool {
    at > 0 && trigger_before(tokens, at).is_some()
}

/// Initials right before token `at` ("G." "J.P."), as the token where they start.
pub(super) fn initials_before(tokens: &[Token], at: usize) -> Option<usize> {
    let mut start = at;
    while start >= 2 && tokens[start - 1].text == "." && tokens[start - 2].initial() {
        start -= 2;
    }
    (start < at).then_some(start)
}

/// Names found by their context in one text.
pub(super) fn anchored(tokens: &[Token]) -> Vec<Anchored> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((a, next)) = anchored_at(tokens, i) {
            found.push(a);
            i = next;
        } else {
            i += 1;
        }
    }
    found
}

/// A name found by its context that starts at (or right after a trigger at) token `i`, and the
/// token after it.
fn anchored_at(tokens: &[Token], i: usize) -> Option<(Anchored, usize)> {
    let (found, next) = found_at(tokens, i)?;
    // "Jeroen Bosch Ziekenhuis", "Capelle aan den IJssel": a place named after someone.
    let after = tokens.get(next).filter(|t| t.is_word()).map(|t| t.lower()).unwrap_or_default();
    if !found.titled && NOT_AFTER_NAMES.contains(&after) {
        return None;
    }
    Some((found, next))
}

fn found_at(tokens: &[Token], i: usize) -> Option<(Anchored, usize)> {
    let token = &tokens[i];
    if !token.is_word() {
        return None;
    }
    // A title or role word, then the name.
    if let Some(trigger) = triggers_at(tokens, i).next() {
        let n = trigger.words.len();
        let mut j = i + n;
        if j < tokens.len() && tokens[j].text == "." && !tokens[j].gap {
            if !trigger.abbreviation {
                return None;
            }
            j += 1;
        }
        // "Prof. dr. Harmsen": the name follows the last title.
        if trigger.strength == Strength::Address && address_at(tokens, j) && !is_first_name(tokens[j].lower()) {
            return None;
        }
        // "de verpleegkundige, Wen-Li Zhou, …", "zoon (erwin)".
        let mut strength = trigger.strength;
        if trigger.strength == Strength::Role && j < tokens.len() && matches!(tokens[j].text, "," | "(") {
            // "De dochter (Feng)": one capitalised word that the bracket closes on is her name.
            let bracketed = tokens[j].text == "("
                && tokens.get(j + 1).is_some_and(|t| {
                    let lower = t.lower();
                    t.capitalised()
                        && plain_word(t)
                        && !is_not_a_name(lower)
                        && !is_place(lower)
                        && (!is_common(lower) || is_first_name(lower) || is_surname(lower))
                })
                && tokens.get(j + 2).is_some_and(|t| t.text == ")");
            j += 1;
            if trigger_at(tokens, j) {
                return None; // "The GP, Dr. van Houten": the title reads the name.
            }
            if bracketed {
                strength = Strength::Sure;
            }
        }
        // "sliep dhr. Rond twee uur werd hij …": after the dot of a title, an ordinary word that
        // no name shares, with a word in lower case after it, starts the next sentence.
        // A title that starts its own sentence is followed by the name: "Mevr. Staal woont …".
        let dotted = j > i + n && !sentence_start(tokens, i);
        if dotted
            && tokens.get(j).is_some_and(|t| t.capitalised() && sentence_word(t.lower()))
            && tokens.get(j + 1).is_some_and(|t| t.is_word() && !t.capitalised())
            && !person_verb_after(tokens, j)
        {
            return None;
        }
        let mut role = trigger.role;
        // "de dochter van mevr. X": X is not the relative.
        if role == Role::Relative && j + 1 < tokens.len() && tokens[j].lower() == "van" {
            if trigger_at(tokens, j + 1) {
                return None;
            }
            j += 1;
            role = Role::Person;
        }
        if trigger.strength == Strength::Address && patient_before(tokens, i) {
            role = Role::Patient;
        }
        return parse_name(tokens, j, strength, role, true);
    }
    // "zijn vrouw Gerda".
    if AFTER_POSSESSIVE.contains(&token.lower()) && i > 0 && POSSESSIVES.contains(&tokens[i - 1].lower()) {
        return parse_name(tokens, i + 1, Strength::Role, Role::Relative, true);
    }
    // Initials and a family name: "G. Bakker", "J.P. van Dam".
    if token.initial() && i + 2 < tokens.len() && tokens[i + 1].text == "." && trigger_before(tokens, i).is_none() {
        return parse_name(tokens, i, Strength::Role, Role::Person, false).filter(|(a, _)| a.initial.is_some());
    }
    // "Kerkhof, de nachtcoördinator, …", "Liu Yang, de zoon, …": a role after the comma says who.
    if apposition_at(tokens, i) {
        return parse_name(tokens, i, Strength::Sure, Role::Person, false);
    }
    // A given name. Capitalised it is a name, unless it is one of the few that also start
    // sentences as words ("Ben je …", "Will you …") and no verb follows; in lower case only when
    // it is no ordinary word or a verb follows ("fleur stelde voor …").
    let lower = token.lower();
    // "Anna's", and "Jansens" only with its capital: "huis" is not the possessive of "Hui".
    let base = if token.capitalised() || lower.contains(['\'', '’']) { strip_possessive(lower) } else { lower };
    if (is_first_name(lower) || is_first_name(base)) && trigger_before(tokens, i).is_none() {
        let word = if is_first_name(lower) { lower } else { base };
        // "Storm en regen": "en" before a word in lower case joins things, not people.
        let verb_after = if tokens.get(i + 1).is_some_and(|n| n.lower() == "en") {
            tokens.get(i + 2).is_some_and(|n| n.capitalised())
        } else {
            person_verb_after(tokens, i)
        };
        // "ik ben het zat": after a pronoun it is the verb.
        let after_pronoun =
            i > 0 && matches!(tokens[i - 1].lower(), "ik" | "je" | "jij" | "we" | "wij" | "u" | "i" | "you");
        if after_pronoun && !token.capitalised() {
            return None;
        }
        // "storm en harde wind": after a word in lower case, "en" says nothing.
        let and_after = tokens.get(i + 1).is_some_and(|n| matches!(n.lower(), "en" | "and"));
        // "St. Antonius", "Zorggroep Sint Maarten": a saint's name is a place or an organisation.
        let saint = (i > 0 && matches!(tokens[i - 1].lower(), "sint" | "zorggroep"))
            || (i > 1 && tokens[i - 1].text == "." && tokens[i - 2].lower() == "st");
        // "Mark de Vries", "Hoop Ramdin", "Arjen en Roos": a family name after it, or a given
        // name before it, says it is a name too.
        let surname_after = || family_name_at(tokens, i + 1);
        let given_before = || {
            i >= 2
                && matches!(tokens[i - 1].lower(), "en" | "and" | "of")
                && tokens[i - 2].capitalised()
                && is_first_name(tokens[i - 2].lower())
                && !WORDS_TOO.contains(&tokens[i - 2].lower())
        };
        let plausible = if token.capitalised() {
            !WORDS_TOO.contains(&word) || verb_after || surname_after() || given_before()
        } else {
            !is_common(word) || (verb_after && !and_after)
        } && !saint;
        let month = (i > 0 && tokens[i - 1].kind == TokenKind::Number && is_month_abbreviation(word))
            || after_postcode(tokens, i)
            // "het Reinier de Graaf", "de Jan van Galenstraat": a hospital or a street, not a person.
            || (i > 0 && matches!(tokens[i - 1].lower(), "het" | "de" | "een" | "the"))
            || listed_with_place(tokens, i);
        if plausible && !is_month_or_day(word) && !month {
            return parse_name(tokens, i, Strength::Sure, Role::Person, false);
        }
    }
    // A capitalised word in the middle of a sentence that is no ordinary word: a name, unless an
    // article or a place word stands before it ("de Eliquis", "in Zierikzee") or a number follows
    // ("Eliquis 5 mg").
    let name_like = !is_common(lower) && (!is_common(base) || is_surname(base));
    if token.capitalised() && !sentence_start(tokens, i) && name_like && plain_word(token) {
        let before = i.checked_sub(1).map(|b| tokens[b].lower()).unwrap_or_default();
        // "op advies van Bergsma", "de mail van Verweij": after these "van" is followed by someone.
        let from_someone = before == "van"
            && i >= 2
            && matches!(
                tokens[i - 2].lower(),
                "advies"
                    | "verzoek"
                    | "opdracht"
                    | "brief"
                    | "mail"
                    | "bericht"
                    | "telefoontje"
                    | "uitleg"
                    | "mening"
                    | "idee"
                    | "voorstel"
                    | "vraag"
                    | "antwoord"
                    | "reactie"
                    | "collega"
                    | "namens"
            );
        let not_a_person = (NOT_BEFORE_NAMES.contains(&before) && !from_someone)
            || listed_with_place(tokens, i)
            || after_postcode(tokens, i)
            || after_house_number(tokens, i)
            || eponym(tokens, i)
            || (i >= 2 && tokens[i - 1].text == "-" && matches!(tokens[i - 2].lower(), "'s" | "’s"))
            || tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number);
        if !not_a_person && !is_not_a_name(lower) && !is_not_a_name(base) && !is_place(lower) {
            // The second half of a double name: read it from the first ("Kuipers-Öztürk").
            let from = if i >= 2 && tokens[i - 1].text == "-" && !tokens[i - 1].gap && tokens[i - 2].capitalised() {
                i - 2
            } else if i >= 1 && tokens[i - 1].capitalised() && is_particle(tokens[i - 1].lower()) && !tokens[i].new_line
            {
                i - 1 // "El Idrissi had …": the particle that starts the sentence is part of the name.
            } else {
                i
            };
            return parse_name(tokens, from, Strength::Sure, Role::Person, false);
        }
    }
    // At the start of a sentence, the possessive of a family name: "Dekkers opmerking …".
    let noun_after = tokens.get(i + 1).is_some_and(|n| {
        n.is_word()
            && !n.capitalised()
            && is_common(n.lower())
            && !NEVER_NAMES.contains(&n.lower())
            && !FUNCTION_WORDS.contains(&n.lower())
    });
    if token.capitalised()
        && sentence_start(tokens, i)
        && base != lower
        && name_like
        && (is_surname(base) || is_proper(base))
        && !is_place(base)
        && noun_after
    {
        return parse_name(tokens, i, Strength::Sure, Role::Person, false);
    }
    let plain_name = token.capitalised()
        && plain_word(token)
        && name_like
        && !is_not_a_name(lower)
        && !is_not_a_name(base)
        && !is_place(lower);
    // After "volgens" or "namens" a capitalised word is someone: "volgens Ties".
    if token.capitalised() && plain_word(token) && !is_not_a_name(lower) && i > 0 {
        let before = tokens[i - 1].lower();
        let according = before == "to" && i > 1 && tokens[i - 2].lower() == "according";
        if matches!(before, "volgens" | "namens" | "aldus") || according {
            return parse_name(tokens, i, Strength::Sure, Role::Person, false);
        }
    }
    // "Volgens de Vries", "ter horst zei …": a family name with its particles in lower case.
    if is_particle(token.lower()) && !token.capitalised() {
        let after_according = i > 0 && matches!(tokens[i - 1].lower(), "volgens" | "namens" | "aldus");
        let mut k = i;
        while k < tokens.len() && tokens[k].is_word() && is_particle(tokens[k].lower()) && !tokens[k].capitalised() {
            k += 1;
        }
        let particles: Vec<&str> = tokens[i..k].iter().map(|t| t.lower()).collect();
        // Only the particles no sentence starts with: "ter", "ten", "van der", "van den".
        let telling = matches!(particles.as_slice(), ["ter"] | ["ten"] | ["van", "der"] | ["van", "den"]);
        let family = tokens.get(k).is_some_and(|t| t.is_word() && !t.shouting() && t.text.chars().count() >= 2);
        if k > i && family {
            let capital_after_according = after_according && family_name_at(tokens, i);
            let acts = sentence_start(tokens, i) && telling && person_verb_after(tokens, k);
            if capital_after_according || acts {
                return parse_name(tokens, i, Strength::Sure, Role::Person, false);
            }
        }
    }
    // A name that a bracket explains, wherever it stands: "Truida (dochter)", "dirk-pieter (ANIOS)".
    let name_shaped = token.capitalised() || is_first_name(lower);
    if name_shaped && plain_word(token) && !is_not_a_name(lower) && !is_place(lower) && !is_compound(lower) {
        // The bracket holds a role ("(dochter)"), not another person ("(mevr. Sluiter)").
        let name_like_word = || !is_common(lower) || is_first_name(lower) || is_surname(lower) || is_proper(lower);
        let bracket = tokens.get(i + 1).is_some_and(|n| n.text == "(")
            && trigger_at(tokens, i + 2)
            && !address_at(tokens, i + 2)
            && name_like_word();
        if bracket || (listed_as_present(tokens, i) && item_start(tokens, i)) {
            return parse_name(tokens, i, Strength::Sure, Role::Person, false);
        }
    }
    // At the start of a sentence, a name-like word that acts ("Lammertsma heeft …", "Gareth said"),
    // that a bracket explains ("Brittany (travel nurse)") or that labels what someone said
    // ("Fabienne: 'ik dacht …'").
    if plain_name && sentence_start(tokens, i) && !is_compound(lower) {
        let explained = tokens.get(i + 1).is_some_and(|n| n.text == "(");
        let speaker = tokens.get(i + 1).is_some_and(|n| n.text == ":") && tokens[i].new_line;
        if person_verb_after(tokens, i) || explained || speaker {
            return parse_name(tokens, i, Strength::Sure, Role::Person, false);
        }
    }
    // At the start of a sentence, a family name that is also a word ("Bakker zei", "Koning: …"),
    // or a word in lower case that is none ("nowak heeft"), that acts or speaks.
    let at_start = sentence_start(tokens, i) && plain_word(token);
    let word_surname =
        at_start && token.capitalised() && is_surname(lower) && !is_not_a_name(lower) && !is_place(lower);
    let lower_name = at_start
        && !token.capitalised()
        && token.text.chars().count() >= 4
        && (is_proper(lower) || is_surname(lower))
        && !is_common(lower)
        && !is_common(base)
        && !is_not_a_name(lower)
        && !trigger_at(tokens, i)
        // "sehvpk belde", "avondarts kwam": a role written as one word.
        && !["vpk", "arts", "pt", "dienst"].iter().any(|e| lower.ends_with(e));
    if word_surname || lower_name {
        let speaker = tokens.get(i + 1).is_some_and(|n| n.text == ":") && tokens[i].new_line;
        if acts_after(tokens, i) || (speaker && word_surname) {
            return parse_name(tokens, i, Strength::Sure, Role::Person, false);
        }
    }
    // "De Vries viel …": a capitalised particle that starts the sentence, then a family name.
    if token.capitalised()
        && is_particle(lower)
        && !matches!(lower, "het" | "'t" | "’t")
        && sentence_start(tokens, i)
        && family_name_at(tokens, i + 1)
        && tokens.get(i + 2).is_none_or(|t| t.text != "-")
    {
        let next = tokens[i + 1].lower();
        if is_surname(next) || (!is_common(next) && acts_after(tokens, i + 1)) {
            return parse_name(tokens, i, Strength::Sure, Role::Person, false);
        }
    }
    // The possessive of a name before a noun, wherever it stands: "In Spaargarens brief".
    if token.capitalised()
        && base != lower
        && name_like
        && (is_proper(base) || is_surname(base) || !is_common(base))
        && noun_after
        && !is_not_a_name(base)
        && !is_place(base)
    {
        return parse_name(tokens, i, Strength::Sure, Role::Person, false);
    }
    // Two capitalised words that are no ordinary words, even at the start: "Annemiek Rutten",
    // "Hope Adeyemi".
    if token.capitalised() && plain_word(token) && (!is_common(lower) || is_first_name(lower)) && !is_label(tokens, i) {
        if let Some(next) = tokens.get(i + 1).filter(|n| n.gap && !n.new_line && n.capitalised() && plain_word(n)) {
            let next_lower = next.lower();
            if !is_common(next_lower)
                && !is_common(strip_possessive(next_lower))
                && !is_not_a_name(lower)
                && !is_not_a_name(next_lower)
                && !is_place(lower)
                && !is_place(next_lower)
            {
                return parse_name(tokens, i, Strength::Sure, Role::Person, false);
            }
        }
    }
    None
}

/// A family name starts at token `k`: particles, then a capitalised word that is a family name or
/// no ordinary word ("de Vries", "Ramdin").
fn family_name_at(tokens: &[Token], mut k: usize) -> bool {
    while k + 1 < tokens.len() && tokens[k].is_word() && !tokens[k].capitalised() && is_particle(tokens[k].lower()) {
        k += 1;
    }
    tokens.get(k).is_some_and(|t| {
        let lower = t.lower();
        t.gap
            && !t.new_line
            && t.capitalised()
            && plain_word(t)
            && (is_surname(lower) || !is_common(lower))
            && !is_not_a_name(lower)
            && !is_place(lower)
            && !is_month_or_day(lower)
    })
}

/// At the start of a sentence, up to four words of a name, a comma, and a role or relative word
/// ("de leerling", "haar zoon"): the words are the name of that person.
fn apposition_at(tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    if !sentence_start(tokens, i) || !token.capitalised() || !plain_word(token) || token.shouting() {
        return false;
    }
    let lower = token.lower();
    if FUNCTION_WORDS.contains(&lower) || SENTENCE_ADVERBS.contains(&lower) || is_not_a_name(lower) || is_place(lower) {
        return false;
    }
    let Some(comma) = (i + 1..tokens.len().min(i + 6)).find(|&k| tokens[k].text == ",") else { return false };
    let name_words = tokens[i + 1..comma].iter().all(|t| t.is_word() && (t.capitalised() || is_particle(t.lower())));
    let mut k = comma + 1;
    if tokens.get(k).is_some_and(|t| {
        matches!(
            t.lower(),
            "de" | "het" | "een" | "onze" | "haar" | "zijn" | "hun" | "the" | "our" | "her" | "his" | "a"
        )
    }) {
        k += 1;
    }
    let role = triggers_at(tokens, k).any(|trigger| trigger.strength != Strength::Address);
    name_words && role
}

/// A verb of a person right after the name, not "en" (which also joins things: "Storm en regen")
/// and not a copula before an article ("Groen is de kleur").
fn acts_after(tokens: &[Token], i: usize) -> bool {
    let next = |k: usize| tokens.get(i + k).map(|t| t.lower()).unwrap_or_default();
    let copula =
        matches!(next(1), "is" | "was" | "werd" | "wordt") && matches!(next(2), "de" | "het" | "een" | "the" | "a");
    person_verb_after(tokens, i) && next(1) != "en" && !copula
}

/// An ordinary word that is no name of anyone: it can only start a sentence ("Rond", "Toen").
fn sentence_word(lower: &str) -> bool {
    is_common(lower) && !is_surname(lower) && !is_first_name(lower) && !is_proper(lower)
}

/// "Hoorn, Enkhuizen en Schagen": a word in a list with a place is a place too.
fn listed_with_place(tokens: &[Token], i: usize) -> bool {
    let joins = |t: &Token| matches!(t.text, "," | "en" | "of" | "and" | "&" | "-");
    let place_word = |t: &Token| {
        matches!(t.lower(), "in" | "uit" | "naar" | "via" | "te" | "vanuit" | "woonplaatsen" | "dorpen" | "wijken")
    };
    // Walk the list both ways: "Ulrum, Zoutkamp, Warffum, Pieterburen en Usquert".
    let item = |k: usize| {
        tokens[k].is_word() && (tokens[k].capitalised() || is_particle(tokens[k].lower()) || tokens[k].lower() == "bij")
    };
    let (mut first, mut last) = (i, i);
    while first >= 2 && joins(&tokens[first - 1]) && item(first - 2) {
        first -= 2;
    }
    while last + 2 < tokens.len() && joins(&tokens[last + 1]) && item(last + 2) {
        last += 2;
    }
    let any_place = (first..=last).step_by(2).any(|k| is_place(tokens[k].lower()));
    let introduced = first > 0
        && (place_word(&tokens[first - 1])
            || (first > 1 && tokens[first - 1].text == ":" && place_word(&tokens[first - 2])));
    (last > first && (any_place || introduced)) || (last == first && is_place(tokens[i].lower()))
}

/// "Zandpad 14, Bloemendaal": the town after a street address.
fn after_house_number(tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i - 1].text == ","
        && (tokens[i - 2].kind == TokenKind::Number
            || tokens[i - 2].shouting()
            || tokens[i - 2].text.chars().count() == 1)
}

/// "Kussmaul-ademhaling", "Allyn-thermometer": a name joined to an ordinary word is a thing.
fn eponym(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|t| t.text == "-" && !t.gap)
        && tokens.get(i + 2).is_some_and(|t| t.is_word() && !t.capitalised() && is_common(t.lower()))
}

/// "4301 EE Zierikzee": the town after a postcode.
fn after_postcode(tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i - 1].is_word()
        && tokens[i - 1].text.chars().count() == 2
        && tokens[i - 2].kind == TokenKind::Number
        && tokens[i - 2].text.len() == 4
        || i >= 1 && tokens[i - 1].kind == TokenKind::Word && {
            // "3958CM Amerongen" is one number and one word token with no gap.
            let t = &tokens[i - 1];
            t.text.chars().count() == 2 && i >= 2 && tokens[i - 2].kind == TokenKind::Number && !t.gap
        }
}

fn plain_word(token: &Token) -> bool {
    token.is_word() && token.text.chars().count() >= 3 && !token.text.chars().skip(1).any(char::is_uppercase)
}

/// A form of address or title starts at token `at` ("dr." after "Prof."); "Mevrouw Arts" is a name.
fn address_at(tokens: &[Token], at: usize) -> bool {
    triggers_at(tokens, at).any(|t| t.strength == Strength::Address)
}

/// A title or role word starts at token `at`.
fn trigger_at(tokens: &[Token], at: usize) -> bool {
    triggers_at(tokens, at).next().is_some()
}

/// "de patiënt, mevr. X": the one after the title is the patient.
fn patient_before(tokens: &[Token], i: usize) -> bool {
    tokens[i.saturating_sub(3)..i]
        .iter()
        .any(|t| matches!(t.lower(), "patiënt" | "patiënte" | "pt" | "patient" | "cliënt"))
}

fn sentence_start(tokens: &[Token], i: usize) -> bool {
    if i == 0 || tokens[i].new_line {
        return true;
    }
    let prev = &tokens[i - 1];
    match prev.text {
        "!" | "?" | ":" | ";" | "•" | "*" | "\"" | "“" | "‘" | "–" | "—" => true,
        "-" => prev.gap,
        "." => {
            // "dhr.", "G." and "o.a." end no sentence.
            let single = i >= 2 && tokens[i - 2].is_word() && tokens[i - 2].text.chars().count() == 1;
            !(single || trigger_before(tokens, i).is_some())
        }
        _ => false,
    }
}

/// "12 jan 1958", "3 mar".
fn is_month_abbreviation(lower: &str) -> bool {
    matches!(
        lower,
        "jan" | "feb" | "mrt" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "okt" | "oct" | "nov" | "dec"
    )
}

fn is_month_or_day(lower: &str) -> bool {
    matches!(
        lower,
        "januari"
            | "februari"
            | "maart"
            | "april"
            | "mei"
            | "juni"
            | "juli"
            | "augustus"
            | "september"
            | "oktober"
            | "november"
            | "december"
            | "may"
            | "june"
            | "august"
            | "maandag"
            | "dinsdag"
            | "woensdag"
            | "donderdag"
            | "vrijdag"
            | "zaterdag"
            | "zondag"
    )
}

/// The name that starts at token `j`: initials, particles, a name word, and what continues it
/// (a family name after a given name, the second half of a double name). A name never runs over
/// a line break.
fn parse_name(
    tokens: &[Token],
    mut j: usize,
    strength: Strength,
    role: Role,
    titled: bool,
) -> Option<(Anchored, usize)> {
    if j < tokens.len() && tokens[j].text == ":" {
        j += 1; // "Patiënt: Hendrik Oostveen"
    }
    let begin = j;
    if tokens.get(j).is_none_or(|t| t.new_line && titled) {
        return None;
    }
    let mut initial = None;
    while j + 1 < tokens.len() && tokens[j].initial() && tokens[j + 1].text == "." && !tokens[j + 1].gap {
        initial = initial.or_else(|| tokens[j].text.chars().next());
        j += 2;
    }
    // Groups of words joined by hyphens ("Pieter-Jan", "Kuipers-de Groot" is two groups).
    let mut words: Vec<Word> = Vec::new();
    loop {
        let continuing = !words.is_empty();
        let after_hyphen = continuing && j > 0 && tokens[j - 1].text == "-";
        let mut k = j;
        let mut particles = Vec::new();
        while k + 1 < tokens.len() && is_particle_at(tokens, k, continuing) {
            particles.push(tokens[k].lower());
            k += 1;
        }
        let Some(word) = tokens.get(k).filter(|t| t.is_word() && (!t.new_line || k == begin)) else { break };
        if continuing && !after_hyphen && (!tokens[j].gap || tokens[j].new_line) {
            break;
        }
        let judge = |word: &Token, particles: bool| {
            if after_hyphen {
                word.capitalised() || particles || word.text.chars().count() >= 2
            } else if continuing {
                continues_name(word, particles, &words)
            } else {
                starts_name(word, strength, particles || initial.is_some())
            }
        };
        let mut word = word;
        let mut ok = judge(word, !particles.is_empty());
        // "Ben heeft …": a word that can be a particle may be the name itself.
        if !ok && !particles.is_empty() && judge(&tokens[j], false) {
            (word, k, ok) = (&tokens[j], j, true);
            particles.clear();
        }
        if !ok || words.iter().filter(|w| !w.particle).count() >= 5 {
            break;
        }
        words.extend(particles.into_iter().map(|p| Word { lower: p.to_owned(), particle: true, hyphen_before: false }));
        words.push(Word { lower: word.lower().to_owned(), particle: false, hyphen_before: after_hyphen });
        j = k + 1;
        // A double name or given name: "Kuipers-de Groot", "Pieter-Jan".
        if j + 1 < tokens.len()
            && tokens[j].text == "-"
            && !tokens[j].gap
            && tokens[j + 1].is_word()
            && !tokens[j + 1].gap
        {
            j += 1;
        } else if !tokens.get(j).is_some_and(|t| t.is_word()) {
            break;
        }
    }
    if words.is_empty() {
        return None;
    }
    if tokens[j - 1].text == "-" {
        j -= 1;
    }
    let (first, surname) = split_name(&words, strength, initial.is_some());
    let start = tokens[begin].start;
    let end = tokens[j - 1].end;
    Some((Anchored { start, end, first, surname, initial, role, titled }, j))
}

#[derive(Debug, Clone)]
struct Word {
    lower: String,
    particle: bool,
    /// Joined to the word before by a hyphen.
    hyphen_before: bool,
}

/// A particle of a family name at token `k`: "van", "de", "ter", "El"; "in" and "op" only before
/// "'t" or "de" ("in 't Veld", "op de Beek"); a lone "A" inside a name ("Tjon A Fong").
fn is_particle_at(tokens: &[Token], k: usize, continuing: bool) -> bool {
    let token = &tokens[k];
    let next = &tokens[k + 1];
    if !token.is_word() || !next.is_word() || next.new_line {
        return false;
    }
    let lower = token.lower();
    if is_particle(lower) {
        return true;
    }
    let short_before = matches!(next.lower(), "'t" | "’t" | "de" | "den" | "der" | "het");
    // "op de Beek", "in 't Veld"; not "vond mevrouw op de keukenvloer".
    let capital_after = tokens.get(k + 2).is_some_and(|t| t.capitalised());
    (matches!(lower, "in" | "op" | "uit" | "onder") && short_before && capital_after)
        || (continuing && token.text == "A" && next.capitalised())
}

fn starts_name(word: &Token, strength: Strength, after_particle_or_initial: bool) -> bool {
    // Capitals are an abbreviation (SEH, MDO), except after a title or initials: "Dhr. JANSEN".
    let shouted_name = word.shouting() && (strength == Strength::Address || after_particle_or_initial);
    if !word.is_word() || word.text.chars().count() < 2 || (word.shouting() && !shouted_name) {
        return false;
    }
    let lower = word.lower();
    let base = strip_possessive(lower);
    // The short months are given names too ("Mei-Ling", "dokter Juni"); the long ones never are.
    let short_month = word.text.chars().count() <= 4;
    if (is_month_or_day(lower) && !short_month) || NEVER_NAMES.contains(&lower) {
        return false;
    }
    if strength != Strength::Address && (is_not_a_name(lower) || is_not_a_name(base)) {
        return false;
    }
    let named = is_first_name(lower) || is_surname(lower) || is_first_name(base) || is_surname(base);
    let common = is_common(lower) && is_common(base);
    match (strength, word.capitalised()) {
        (Strength::Address, true) | (Strength::Sure, _) => true,
        (_, true) if after_particle_or_initial => true,
        // "dokter Kroeze": after a role word a capitalised word Dutch writes as a name counts too.
        (Strength::Role, true) => !common || named || is_proper(lower) || is_proper(base),
        // "mevr kok", "mw. de graaf", "dhr jansen": after a form of address, a word that is no
        // ordinary word, or a family name that is one.
        (Strength::Address, false) => !common || named || after_particle_or_initial,
        (Strength::Role, false) => !common && (named || is_proper(lower) || is_proper(base)),
    }
}

/// A word that goes on a name begun before it: the family name after a given name ("Meike
/// Pronk", "sanne de wit"), or a word that is a name and no ordinary word.
fn continues_name(word: &Token, after_particle: bool, so_far: &[Word]) -> bool {
    if !word.is_word() || word.text.chars().count() < 2 || word.shouting() {
        return false;
    }
    let lower = word.lower();
    if is_month_or_day(lower)
        || NEVER_NAMES.contains(&lower)
        || NOT_AFTER_NAMES.contains(&lower)
        || is_not_a_name(lower)
    {
        return false;
    }
    let after_first = so_far.last().is_some_and(|w| !w.particle && is_first_name(&w.lower));
    let common = is_common(lower);
    if word.capitalised() {
        return after_particle || after_first || !common || is_surname(lower);
    }
    // In lower case only after a given name, and only what is no ordinary word or is a family name.
    after_first && (!common || (after_particle && is_surname(lower)))
}

/// Which words are the given name and which the family name.
fn split_name(words: &[Word], strength: Strength, initials: bool) -> (Option<String>, Option<String>) {
    let join = |ws: &[Word]| {
        let mut out = String::new();
        for w in ws {
            if !out.is_empty() {
                out.push(if w.hyphen_before { '-' } else { ' ' });
            }
            out.push_str(&w.lower);
        }
        possessive_free(&out)
    };
    // The leading hyphen group, when it is given names ("pieter-jan").
    let group = 1 + words.iter().skip(1).take_while(|w| w.hyphen_before).count();
    let given = !initials && words[..group].iter().all(|w| !w.particle && is_first_name(strip_possessive(&w.lower)));
    if given && words.len() > group {
        return (Some(join(&words[..group])), Some(join(&words[group..])));
    }
    let lone_given = given && words.len() == group;
    if lone_given && (strength == Strength::Role || !is_surname(&words[0].lower)) {
        return (Some(join(words)), None);
    }
    (None, Some(join(words)))
}

fn possessive_free(name: &str) -> String {
    match name.rsplit_once(' ') {
        Some((head, last)) => format!("{head} {}", strip_possessive_exact(last)),
        None => strip_possessive_exact(name).to_owned(),
    }
}

/// Only the written possessive ("Jansen's"), not a final s that may be part of the name.
fn strip_possessive_exact(lower: &str) -> &str {
    lower.strip_suffix("'s").or_else(|| lower.strip_suffix("’s")).unwrap_or(lower)
}

/// The line starts with "aanwezig:" or the like: what follows is a list of people.
fn listed_as_present(tokens: &[Token], i: usize) -> bool {
    let line_start = (0..=i).rev().find(|&k| tokens[k].new_line).unwrap_or(0);
    tokens[line_start..i].windows(2).any(|w| {
        matches!(w[0].lower(), "aanwezig" | "aanwezigen" | "deelnemers" | "present" | "attendees" | "participants")
            && w[1].text == ":"
    })
}

/// The word begins an item of a list: after the colon, a comma, "en" or "and".
fn item_start(tokens: &[Token], i: usize) -> bool {
    i > 0 && matches!(tokens[i - 1].text, ":" | "," | ";" | "en" | "and" | "&")
}

/// A word that starts a line and is followed by a colon is a label ("Casus:", "Pt:"), not a name.
fn is_label(tokens: &[Token], i: usize) -> bool {
    sentence_start(tokens, i) && tokens.get(i + 1).is_some_and(|n| n.text == ":")
}

fn person_verb_after(tokens: &[Token], i: usize) -> bool {
    let mut next = i + 1;
    // Past the rest of the name: "Sanne de Wit belde", "Harmsen-Vos vroeg".
    while next < tokens.len() && next < i + 5 {
        let t = &tokens[next];
        let after_hyphen = tokens[next - 1].text == "-" && !t.gap;
        let rest_of_name = (t.is_word() && is_particle(t.lower()))
            || (t.text == "-" && !t.gap)
            || (t.capitalised() && plain_word(t) && (after_hyphen || !is_common(t.lower())));
        if !rest_of_name {
            break;
        }
        next += 1;
    }
    tokens.get(next).is_some_and(|n| n.is_word() && !n.new_line && PERSON_VERBS.contains(&n.lower()))
}
