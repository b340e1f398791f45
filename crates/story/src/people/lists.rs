//! Names that stand together. A list or a pair that holds one name holds names: "Bakker, Yılmaz,
//! de Vries (flex)", "Ramdin en Van der Heijden". And two family names joined by "en" that act
//! together at the start of a sentence are two people: "Storm en Winter hebben de dienst
//! overgedragen", while "Storm en regen" is weather.

use super::context::plain_word;
use super::context::{is_month_or_day, listed_with_place, place_shaped, sentence_start};
use super::name::parse_name;
use super::reading::strip_possessive;
use super::tokens::Token;
use super::triggers::trigger_at;
use super::triggers::*;
use super::words::*;
use super::{Anchored, Role};
use crate::lexicon::{
    is_common, is_compound, is_first_name, is_listed_not_a_name, is_not_a_name, is_particle, is_place, is_proper,
    is_street_shaped, is_surname,
};

/// A name found, with the tokens where it starts and the token after it.
pub(super) struct Found {
    pub(super) name: Anchored,
    pub(super) first: usize,
    pub(super) next: usize,
}

fn joins(token: &Token) -> bool {
    matches!(token.text, "," | "en" | "and" | "&" | "/")
}

/// The item of a list that starts at token `k` reads as a name: particles, then a capitalised
/// word that no rule takes for a thing, a place, a role or a time.
fn item_at(tokens: &[Token], mut k: usize, lower_case: bool, acting: bool) -> bool {
    let first = k;
    while k + 1 < tokens.len() && tokens[k].is_word() && is_particle(tokens[k].lower()) && !tokens[k + 1].new_line {
        k += 1;
    }
    // "Van den Broek en Hoek": after a particle a place's name is a family's.
    let family = k > first;
    let Some(word) = tokens.get(k) else { return false };
    let lower = word.lower();
    let base = strip_possessive(lower);
    let shaped =
        if word.capitalised() { plain_word(word) } else { lower_case && (is_surname(lower) || is_first_name(lower)) };
    // In a list that acts ("Doelwijt en Pinas hadden …") a capitalised word is enough.
    let named = is_surname(base) || is_first_name(base) || is_proper(base) || !is_common(base);
    shaped
        && !word.shouting()
        && (named || acting)
        && !is_listed_not_a_name(lower)
        && (acting || !is_not_a_name(lower))
        && (family || (!is_place(lower) && !place_shaped(lower) && !is_street_shaped(lower)))
        // "de Italiaanse gastarts": a word of a people or a country is an adjective here.
        && !(lower.ends_with("se") && is_proper(lower))
        && !is_month_or_day(lower)
        && !FUNCTION_WORDS.contains(&lower)
        && !SENTENCE_ADVERBS.contains(&lower)
        && !NEVER_NAMES.contains(&lower)
        && !trigger_at(tokens, k)
        && !listed_with_place(tokens, k)
}

/// Where the item that ends at token `last` (inclusive) starts: back over the words of one name.
fn item_start(tokens: &[Token], last: usize) -> Option<usize> {
    if !tokens[last].is_word() {
        return None; // "(arts-assistent uit Ierland), hakan yavuz": a bracket closes no name.
    }
    let mut k = last;
    while k > 0 && last - k < 3 && !tokens[k].new_line {
        let before = &tokens[k - 1];
        let name_word = before.is_word() && (before.capitalised() || is_particle(before.lower()));
        if !name_word || joins(before) || FUNCTION_WORDS.contains(&before.lower()) && !is_particle(before.lower()) {
            break;
        }
        k -= 1;
    }
    Some(k)
}

/// Adds the other items of every list that holds a found name, until no list gives a new one.
pub(super) fn names_listed_with(tokens: &[Token], found: &mut Vec<Found>) {
    let mut at = 0;
    while at < found.len() {
        let (first, next) = (found[at].first, found[at].next);
        if first == next {
            at += 1;
            continue; // emptied: a longer item holds it
        }
        let acting = list_acts(tokens, next);
        if !person_sure(&found[at].name) && !acting {
            at += 1;
            continue;
        }
        let lower_case = !tokens[first].capitalised();
        // The item after: "Yılmaz, [de Vries]".
        if tokens.get(next).is_some_and(joins) && next + 1 < tokens.len() && !tokens[next + 1].new_line {
            try_item(tokens, found, next + 1, lower_case, acting);
        }
        // The item before: "[Bakker], Yılmaz".
        if first >= 2 && joins(&tokens[first - 1]) && !tokens[first].new_line {
            if let Some(start) = item_start(tokens, first - 2) {
                try_item(tokens, found, start, lower_case, acting);
            }
        }
        at += 1;
    }
}

/// A name that no place shares: a given name, initials, a title or role before it, or a family
/// name that is known as one or is no word of the Dutch list at all (places are).
fn person_sure(name: &Anchored) -> bool {
    let known = |core: &str| is_surname(core) || (!is_proper(core) && !is_common(core));
    name.first.is_some()
        || name.initial.is_some()
        || name.titled
        || name.role != Role::Person
        || name.surname.as_deref().is_some_and(|s| s.split([' ', '-']).filter(|w| !is_particle(w)).all(known))
}

/// The list that goes on at token `k` ends in a verb of people: "Kooistra en Van Wijk hebben …",
/// "Hoekstra, Bouma en Van der Meer (allen vpk) hebben …"; places "vallen onder" or "werden genoemd".
fn list_acts(tokens: &[Token], mut k: usize) -> bool {
    let end = (k + 12).min(tokens.len());
    while k < end {
        let t = &tokens[k];
        if t.text == "(" {
            k = (k..end).find(|&j| tokens[j].text == ")").map_or(end, |j| j + 1);
            continue;
        }
        let in_list = joins(t) || (t.is_word() && (t.capitalised() || is_particle(t.lower())));
        if t.new_line || !in_list {
            break;
        }
        k += 1;
    }
    tokens.get(k).is_some_and(|t| !t.new_line && PLURAL_PERSON_VERBS.contains(&t.lower()))
}

fn try_item(tokens: &[Token], found: &mut Vec<Found>, k: usize, lower_case: bool, acting: bool) {
    let taken = |k: usize, found: &[Found]| found.iter().any(|f| f.first <= k && k < f.next);
    if taken(k, found) || !item_at(tokens, k, lower_case, acting) {
        return;
    }
    if let Some((name, next)) = parse_name(tokens, k, Strength::Sure, Role::Person, false) {
        // "Brouwer en Van 't Riet": the whole item replaces the part of it read before ("Riet").
        // The part is emptied, not removed, so the list's walk keeps its place.
        let inside = |f: &Found| k <= f.first && f.next <= next;
        if found.iter().all(|f| inside(f) || f.next <= k || f.first >= next) {
            for part in found.iter_mut().filter(|f| inside(f)) {
                part.next = part.first;
            }
            found.push(Found { name, first: k, next });
        }
    }
}

/// At the start of a sentence, two family names joined by "en" that act together: "Storm en
/// Winter hebben …", "brouwer en koster deden …", "Ook Van Dijk en De Groot waren …".
pub(super) fn pair_at(tokens: &[Token], i: usize) -> Option<Found> {
    let opener =
        |k: usize| matches!(tokens[k].lower(), "ook" | "toen" | "daarna" | "alleen" | "also" | "then" | "only");
    let opens = sentence_start(tokens, i) || (i > 0 && sentence_start(tokens, i - 1) && opener(i - 1));
    if !opens {
        return None;
    }
    let lower_case = !tokens[i].capitalised();
    let mut w = i;
    while w + 1 < tokens.len() && is_particle(tokens[w].lower()) {
        w += 1;
    }
    let surname_like = (tokens[w].capitalised() && !lower_case) || is_surname(tokens[w].lower());
    if !surname_like || !item_at(tokens, i, lower_case, false) {
        return None;
    }
    let (name, and) = parse_name(tokens, i, Strength::Sure, Role::Person, false)?;
    if !tokens.get(and).is_some_and(|t| matches!(t.lower(), "en" | "and")) {
        return None;
    }
    let (_, after) = parse_name(tokens, and + 1, Strength::Sure, Role::Person, false)?;
    let verb = tokens.get(after).filter(|t| t.is_word() && !t.new_line).map(|t| t.lower()).unwrap_or_default();
    if !PLURAL_PERSON_VERBS.contains(&verb) || !item_at(tokens, and + 1, lower_case, true) {
        return None;
    }
    Some(Found { name, first: i, next: and })
}

/// A list of two or more family names, in lower case or as words, that acts or follows a
/// preposition: "visser, bakker en de groot hebben …", "Storm, Winter en Post draaiden …",
/// "overleg met mulder, smit en de wit", "met habte en tekle van de nachtdienst". After a
/// preposition one item at least must say name by a particle or by being no word ("met groen en
/// rood" is colours).
pub(super) fn list_at(tokens: &[Token], i: usize) -> Option<Vec<Found>> {
    let after_preposition = i > 0
        && matches!(tokens[i - 1].lower(), "met" | "bij" | "door" | "voor" | "aan" | "with" | "by" | "to")
        && !tokens[i].new_line;
    if !tokens[i].is_word() || (!after_preposition && !sentence_start(tokens, i)) {
        return None;
    }
    // Cheap first: an "en" on the line within a few words.
    let and_ahead = tokens[i + 1..tokens.len().min(i + 12)]
        .iter()
        .take_while(|t| !t.new_line)
        .any(|t| matches!(t.lower(), "en" | "and" | "&"));
    if !and_ahead {
        return None;
    }
    let (mut items, mut telling) = (Vec::new(), false);
    let mut k = i;
    // Items joined by commas, the last by "en": a list, not a comma between two phrases.
    loop {
        let (item, tells) = list_item(tokens, k)?;
        let next = item.next;
        items.push(item);
        telling |= tells;
        let join = tokens.get(next).filter(|t| !t.new_line && matches!(t.lower(), "," | "en" | "and" | "&"))?;
        k = next + 1;
        if tokens.get(k).is_none_or(|t| t.new_line) {
            return None;
        }
        if join.text != "," {
            let (item, tells) = list_item(tokens, k)?;
            items.push(item);
            telling |= tells;
            break;
        }
    }
    let end = items.last()?.next;
    let acts = tokens.get(end).is_some_and(|t| !t.new_line && PLURAL_PERSON_VERBS.contains(&t.lower()));
    (items.len() >= 2 && (acts || (after_preposition && telling))).then_some(items)
}

/// One item of such a list at token `k`, and whether it tells a name (a particle, or a word that
/// is no word).
fn list_item(tokens: &[Token], k: usize) -> Option<(Found, bool)> {
    let fits = |t: &Token| {
        let lower = t.lower();
        (is_surname(lower) || !is_common(lower))
            && !is_not_a_name(lower)
            && !is_place(lower)
            && !is_month_or_day(lower)
            && !FUNCTION_WORDS.contains(&lower)
            && !NEVER_NAMES.contains(&lower)
            && !is_compound(lower)
            && !t.shouting()
            && t.text.chars().count() >= 2
    };
    // The first word that is no particle first, before the name is read.
    let core = tokens[k..].iter().take_while(|t| t.is_word()).find(|t| !is_particle(t.lower()))?;
    if trigger_at(tokens, k) || !fits(core) {
        return None;
    }
    let (name, next) = parse_name(tokens, k, Strength::Sure, Role::Person, false)?;
    let words: Vec<&Token> = tokens[k..next].iter().filter(|t| t.is_word()).collect();
    let cores: Vec<&Token> = words.iter().copied().filter(|t| !is_particle(t.lower())).collect();
    if cores.is_empty() || !cores.iter().all(|t| fits(t)) {
        return None;
    }
    let tells = cores.len() < words.len() || cores.iter().any(|t| !is_common(t.lower()));
    Some((Found { name, first: k, next }, tells))
}
