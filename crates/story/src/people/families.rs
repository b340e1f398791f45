//! Family names that are also words ("Bakker", "Post", "de vries"), told apart by the words around
//! them: a preposition before ("overleg met Dekker"), or the team or room the person belongs to after
//! ("Bakker van de nachtdienst", "Mulder van kamer 9").

use super::context::is_month_or_day;
use super::context::{plain_word, ward_name_at};
use super::name::parse_name;

use super::tokens::{Token, TokenKind};
use super::triggers::trigger_at;
use super::triggers::Strength;
use super::words::{PREPOSITIONS_BEFORE_PEOPLE, WORK_UNITS};
use super::{Anchored, Role};
use crate::lexicon::{is_common, is_not_a_name, is_particle, is_place, is_surname};

/// After a preposition, a capitalised family name that is also a word, with its capitalised
/// particles ("met Dekker", "van Van Dijk", "bij Van den Broek"): in the middle of a sentence the
/// word itself would be written in lower case.
pub(super) fn family_name_after_preposition(tokens: &[Token], i: usize) -> Option<(Anchored, usize)> {
    let before = i.checked_sub(1).map(|b| &tokens[b])?;
    if !before.is_word() || !PREPOSITIONS_BEFORE_PEOPLE.contains(&before.lower()) || !tokens[i].capitalised() {
        return None;
    }
    // Capitalised particles, and the lower-case ones that follow them ("Van der").
    let mut k = i;
    while k + 1 < tokens.len() && tokens[k].is_word() && is_particle(tokens[k].lower()) && tokens[k + 1].gap {
        k += 1;
    }
    let word = &tokens[k];
    let lower = word.lower();
    // "van" is also "made by" ("een bed van Mulder"): after it only a name with its particles.
    let particles = k > i;
    let fits = word.capitalised()
        && plain_word(word)
        && !word.new_line
        && (before.lower() != "van" || particles)
        && (is_surname(lower) || (particles && !is_common(lower)))
        && !is_place(lower)
        && !is_not_a_name(lower)
        && !is_month_or_day(lower)
        && !ward_name_at(tokens, k)
        && tokens.get(k + 1).is_none_or(|n| n.kind != TokenKind::Number);
    fits.then(|| parse_name(tokens, i, Strength::Sure, Role::Person, false)).flatten()
}

/// A family name followed by the unit of work or the room the person belongs to. Not after an
/// article ("de post van de IC" is the mail), and in lower case only a word that is nothing else.
pub(super) fn family_name_of_a_unit(tokens: &[Token], i: usize) -> Option<(Anchored, usize)> {
    let token = &tokens[i];
    // The name is one word, or a particle and one word ("de vries"); the words after it are looked
    // at first, being the cheapest test of all (this runs at every word).
    let of_a_unit_after = |name: usize| {
        let at = |k: usize| tokens.get(name + k).map(|t| t.lower()).unwrap_or_default();
        let unit = |w: &str| {
            WORK_UNITS.contains(&w) || ["dienst", "afdeling", "team", "ploeg"].iter().any(|end| w.ends_with(end))
        };
        match (at(1), at(2)) {
            ("van" | "uit", "de" | "het") | ("from", "the") => unit(at(3)),
            ("van" | "uit" | "from" | "in", "kamer" | "room" | "bed") => {
                tokens.get(name + 3).is_some_and(|t| t.kind == TokenKind::Number)
            }
            ("from", unit_word) => unit(unit_word),
            _ => false,
        }
    };
    let name = if of_a_unit_after(i) {
        i
    } else if i + 1 < tokens.len() && of_a_unit_after(i + 1) {
        i + 1
    } else {
        return None;
    };
    let particle_led = name > i
        && is_particle(token.lower())
        && !token.capitalised()
        && is_surname(tokens[name].lower())
        && !is_common(tokens[name].lower())
        && plain_word(&tokens[name]);
    if name > i && !particle_led {
        return None;
    }
    let word = &tokens[name];
    let lower = word.lower();
    let article_before = i > 0 && matches!(tokens[i - 1].lower(), "de" | "het" | "een" | "the" | "a" | "onze" | "our");
    let fits = plain_word(word)
        && (is_surname(lower) || !is_common(lower))
        && (word.capitalised() || !is_common(lower))
        // "nachtvpk van de kraamafdeling": a role written as one word (but "Aarts" is a name).
        && !trigger_at(tokens, name)
        && (is_surname(lower) || !["vpk", "arts", "pt", "dienst"].iter().any(|e| lower.ends_with(e)))
        && !is_not_a_name(lower)
        && !is_place(lower)
        && !article_before
        && !ward_name_at(tokens, name);
    fits.then(|| parse_name(tokens, i, Strength::Sure, Role::Person, false)).flatten()
}
