//! Reading names from their context: a title, a role word, initials, a known given name, a
//! name-like word that acts, a bracket or an attendance list; and the words a name is made of.

use super::context::*;
use super::cues::{named_by_cue, speaker_line_at};
use super::families::{family_name_after_preposition, family_name_of_a_unit};
use super::lists::{list_at, names_listed_with, pair_at, Found};
use super::name::parse_name;
use super::named_places::{named_places, overlaps};
use super::shapes::{
    east_asian_name, initials_alone_at, lower_case_initials_at, mixed_initials_at, name_before_details_at,
    reversed_name_at,
};
use super::tokens::{Token, TokenKind};
use super::triggers::*;
use super::words::*;
use super::{Anchored, Role};
use crate::lexicon::{
    is_common, is_compound, is_dutch_word, is_first_name, is_listed_name, is_not_a_name, is_particle, is_place,
    is_proper, is_street_shaped, is_surname,
};

pub(super) fn strip_possessive(lower: &str) -> &str {
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .or_else(|| lower.strip_suffix('\''))
        .or_else(|| lower.strip_suffix('s').filter(|b| b.chars().count() >= 3))
        .unwrap_or(lower)
}

/// Initials right before token `at` ("G." "J.P."), as the token where they start.
pub(super) fn initials_before(tokens: &[Token], at: usize) -> Option<usize> {
    let mut start = at;
    while start >= 2 && tokens[start - 1].text == "." && tokens[start - 2].initial() {
        start -= 2;
    }
    (start < at).then_some(start)
}

/// Names found by their context in one text, and the names listed with them.
pub(super) fn anchored(tokens: &[Token]) -> Vec<Anchored> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(items) = list_at(tokens, i) {
            i = items.last().map_or(i + 1, |item| item.next.max(i + 1));
            found.extend(items);
        } else if let Some(one) = anchored_at(tokens, i).or_else(|| pair_at(tokens, i)) {
            // Always forward: a name that ends where it starts (or before) must not stop the walk.
            i = one.next.max(i + 1);
            found.push(one);
        } else {
            i += 1;
        }
    }
    names_listed_with(tokens, &mut found);
    let places = named_places(tokens);
    // "huis Vermeer", "woning Hortensia": after the word for a ward or a house, its name.
    found.retain(|f| {
        !overlaps(&places, f.first, f.next)
            && (f.name.titled || !(thing_named(tokens, f.first, f.next) || ward_name_at(tokens, f.first)))
    });
    found.sort_by_key(|f| f.first);
    found.into_iter().filter(|f| f.next > f.first).map(|f| f.name).collect()
}

/// A name found by its context that starts at (or right after a trigger at) token `i`.
fn anchored_at(tokens: &[Token], i: usize) -> Option<Found> {
    let (mut name, mut next) = found_at(tokens, i)?;
    // "Jeroen Bosch Ziekenhuis", "Capelle aan den IJssel": a place named after someone.
    let after = tokens.get(next).filter(|t| t.is_word()).map(|t| t.lower()).unwrap_or_default();
    if !name.titled && NOT_AFTER_NAMES.contains(&after) || street_named(&name) {
        return None;
    }
    let mut first = (i..next).find(|&k| tokens[k].start == name.start).unwrap_or(i);
    // "Omdat de Jong (vpk) …", "Ramdin en Van der Heijden": the particles before belong to it.
    let from = particles_before(tokens, first);
    // "de Johan Cruijff Arena", "verpleeghuis De Wingerd": an article, not a particle.
    let article = name.first.is_some() || (from > 0 && NOT_BEFORE_NAMES.contains(&tokens[from - 1].lower()));
    if !name.titled && from < first && !article {
        if let Some((longer, end)) =
            parse_name(tokens, from, Strength::Sure, name.role, false).filter(|(_, end)| *end >= next)
        {
            (name, next, first) = (longer, end, from);
        }
    }
    Some(Found { name, first, next })
}

/// "Lodewijk Napoleonstraat", "Jan van Galenstraat": a street named after someone.
fn street_named(name: &Anchored) -> bool {
    let last = name.surname.as_deref().and_then(|s| s.rsplit([' ', '-']).next()).unwrap_or_default();
    is_street_shaped(last)
}

/// The first of the particles right before token `at` on its line: "de Jong", "Van der
/// Heijden". A lone "van" in lower case is the preposition ("de mail van Bergsma"), and "het" the
/// article ("was het Esra die …").
fn particles_before(tokens: &[Token], at: usize) -> usize {
    let mut from = at;
    while from > 0 && tokens[from].gap && !tokens[from].new_line {
        let before = &tokens[from - 1];
        let lower = before.lower();
        let joined = from < at || before.capitalised() || !matches!(lower, "van" | "het" | "'t" | "’t");
        if !before.is_word() || !is_particle(lower) || !joined {
            break;
        }
        from -= 1;
    }
    from
}

fn found_at(tokens: &[Token], i: usize) -> Option<(Anchored, usize)> {
    let token = &tokens[i];
    if !token.is_word() {
        return None;
    }
    if let Some(found) =
        reversed_name_at(tokens, i).or_else(|| initials_alone_at(tokens, i)).or_else(|| mixed_initials_at(tokens, i))
    {
        return Some(found);
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
        // "De Dienstdoende Arts": a role word after a role word is the role ("collega
        // verpleegkundige Jansen" is read from the second).
        if trigger.strength == Strength::Role && trigger_at(tokens, j) {
            return None;
        }
        // "mevrouw wil hem niet af": a verb after the form of address.
        if tokens.get(j).is_some_and(|t| !t.capitalised() && PERSON_VERBS.contains(&t.lower())) {
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
        // "Familie van Dijk" is the Van Dijks.
        let family = trigger.words.iter().any(|w| matches!(*w, "familie" | "family"));
        let family_name = family && tokens.get(j + 1).is_some_and(|t| t.capitalised() && !trigger_at(tokens, j + 1));
        if role == Role::Relative && j + 1 < tokens.len() && tokens[j].lower() == "van" && !family_name {
            if trigger_at(tokens, j + 1) {
                return None;
            }
            j += 1;
            role = Role::Person;
        }
        if trigger.strength == Strength::Address && patient_before(tokens, i) {
            role = Role::Patient;
        }
        // "pt Semedo, Edmilson", "naam Boateng-Kuipers, mw. A.", "Patient: Bakker, Johanna": the
        // family name first.
        let after_colon = if tokens.get(j).is_some_and(|t| t.text == ":") { j + 1 } else { j };
        if let Some((mut name, next)) = reversed_name_at(tokens, after_colon) {
            (name.role, name.titled) = (role, true);
            return Some((name, next));
        }
        return parse_name(tokens, j, strength, role, true);
    }
    if let Some(found) = east_asian_name(tokens, i).or_else(|| name_before_details_at(tokens, i)) {
        return Some(found);
    }
    // "zijn vrouw Gerda".
    if AFTER_POSSESSIVE.contains(&token.lower()) && i > 0 && POSSESSIVES.contains(&tokens[i - 1].lower()) {
        return parse_name(tokens, i + 1, Strength::Role, Role::Relative, true);
    }
    // Initials and a family name: "G. Bakker", "J.P. van Dam".
    if token.initial() && i + 2 < tokens.len() && tokens[i + 1].text == "." && trigger_before(tokens, i).is_none() {
        return parse_name(tokens, i, Strength::Role, Role::Person, false).filter(|(a, _)| a.initial.is_some());
    }
    if let Some(found) = named_by_cue(tokens, i).or_else(|| speaker_line_at(tokens, i)) {
        return Some(found);
    }
    if let Some(after) = lower_case_initials_at(tokens, i) {
        let (mut name, next) = parse_name(tokens, after, Strength::Sure, Role::Person, false)?;
        name.start = token.start;
        name.initial = token.text.chars().next().map(|c| c.to_ascii_uppercase());
        return Some((name, next));
    }
    // "Kerkhof, de nachtcoördinator, …", "Liu Yang, de zoon, …": a role after the comma says who.
    if apposition_at(tokens, i) {
        let (mut name, mut next) = parse_name(tokens, i, Strength::Sure, Role::Person, false)?;
        // Every word before the comma is the name's: "Nuno Fortes, the nephew".
        let comma = (next..tokens.len().min(i + 7)).find(|&k| tokens[k].text == ",").unwrap_or(next);
        if comma > next && tokens[next..comma].iter().all(|t| t.is_word() && !t.new_line) {
            let rest: Vec<&str> = tokens[next..comma].iter().map(|t| t.lower()).collect();
            let surname = name.surname.take().map_or(rest.join(" "), |s| format!("{s} {}", rest.join(" ")));
            (name.surname, name.end, next) = (Some(surname), tokens[comma - 1].end, comma);
        }
        return Some((name, next));
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
        // "zei tom nog", "vroeg kim": a given name in lower case right after a verb of speaking.
        let spoken = i > 0 && !token.new_line && SPEAKING_VERBS.contains(&tokens[i - 1].lower());
        let plausible = if token.capitalised() {
            !WORDS_TOO.contains(&word) || verb_after || surname_after() || given_before()
        } else {
            !is_common(word) || (verb_after && !and_after) || spoken
        } && !saint;
        // "was het Esra die …": the cleft names someone.
        let cleft = i > 1 && tokens[i - 1].lower() == "het" && matches!(tokens[i - 2].lower(), "was" | "is" | "waren");
        let month = (i > 0 && tokens[i - 1].kind == TokenKind::Number && is_month_abbreviation(word))
            || after_postcode(tokens, i)
            // "het Reinier de Graaf", "de Jan van Galenstraat": a hospital or a street, not a person.
            || (i > 0 && matches!(tokens[i - 1].lower(), "het" | "de" | "een" | "the") && !cleft)
            || ward_name_at(tokens, i)
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
        // "afd. Zomerlust": a ward's name after the abbreviation of its word.
        let before = match i.checked_sub(1).map(|b| &tokens[b]) {
            Some(dot) if dot.text == "." && !dot.gap && i >= 2 && matches!(tokens[i - 2].lower(), "afd" | "pav") => {
                "afdeling"
            }
            Some(word) => word.lower(),
            None => "",
        };
        // "op advies van Bergsma", "de mail van Verweij": after these "van" is followed by someone.
        let from_someone = before == "van"
            && i >= 2
            && matches!(
                tokens[i - 2].lower(),
                "advies"
                    | "hulp"
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
        let place = is_place(lower) || place_shaped(lower) || is_street_shaped(lower);
        if !not_a_person && !is_not_a_name(lower) && !is_not_a_name(base) && !place {
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
        && !is_place(lower)
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
    // A name that a bracket explains, wherever it stands: "Truida (dochter)", "dirk-pieter (ANIOS)",
    // "groen (anios)", "ter Horst (SEH-arts)". Notes write family names in lower case too; a role in
    // the bracket says this one is a name. After a particle a place is a family name ("van Beek").
    // Those two only where the name starts the sentence or the line, as a note's subject.
    let capital_name = token.capitalised() || is_first_name(lower);
    let mut led = i;
    while led > 0 && tokens[led - 1].is_word() && is_particle(tokens[led - 1].lower()) && !tokens[led].new_line {
        led -= 1;
    }
    let particle_before = led < i;
    let starts = sentence_start(tokens, led);
    let name_shaped = capital_name || (starts && (is_surname(lower) || !is_common(lower)));
    if name_shaped
        && plain_word(token)
        && !is_not_a_name(lower)
        && (!is_place(lower) || (particle_before && starts))
        && !is_compound(lower)
    {
        let name_like_word = || !is_common(lower) || is_first_name(lower) || is_surname(lower) || is_proper(lower);
        let bracket =
            tokens.get(i + 1).is_some_and(|n| n.text == "(") && role_in_bracket(tokens, i + 2) && name_like_word();
        let present = capital_name && listed_as_present(tokens, i) && item_start(tokens, i);
        if bracket || present {
            // "van Beek (fysio)": the particles that start the sentence are the name's.
            let from = if particle_before && starts { led } else { i };
            return parse_name(tokens, from, Strength::Sure, Role::Person, false);
        }
    }
    // "Van Dongen zag het lab", "Van de Kamp lag", "Op den Brouw adviseerde": particles that start
    // the sentence, a capitalised word and a verb name someone, also where the word is a place or
    // a word. After "De", which is also the article, only a word that is a name or none.
    let led_by = tokens[led].lower();
    let article_led = matches!(led_by, "de" | "het" | "den");
    if particle_before
        && starts
        && tokens[led].capitalised()
        && token.capitalised()
        && plain_word(token)
        && !is_not_a_name(lower)
        && (!article_led || is_surname(lower) || !(is_dutch_word(lower) || is_compound(lower) || role_shaped(token)))
        && !trigger_at(tokens, i)
        && (acts_after(tokens, i) || past_tense_after(tokens, i))
    {
        return parse_name(tokens, led, Strength::Sure, Role::Person, false);
    }
    // At the start of a sentence, a name-like word that acts ("Lammertsma heeft …", "Gareth said"),
    // that a bracket explains ("Brittany (travel nurse)") or that labels what someone said
    // ("Fabienne: 'ik dacht …'").
    if plain_name && sentence_start(tokens, i) && !is_compound(lower) {
        let explained = tokens.get(i + 1).is_some_and(|n| n.text == "(");
        let speaker = speaker_at(tokens, i);
        if person_verb_after(tokens, i) || explained || speaker {
            return parse_name(tokens, i, Strength::Sure, Role::Person, false);
        }
    }
    // At the start of a sentence, a family name that is also a word ("Bakker zei", "Koning: …"),
    // or a word in lower case that is none ("nowak heeft"), that acts or speaks.
    let at_start = sentence_start(tokens, i) && plain_word(token);
    // "Wolf-Parkinson-White": three names joined are a syndrome.
    let eponymous =
        tokens.get(i + 1).is_some_and(|t| t.text == "-") && tokens.get(i + 3).is_some_and(|t| t.text == "-");
    // "Winter is altijd zwaar", "Zomer: extra drinkrondes": a season that starts a sentence is the
    // season, unless it does what only people do ("Winter wilde eerst …").
    let season = matches!(lower, "winter" | "zomer" | "lente" | "herfst" | "voorjaar" | "najaar")
        && !tokens.get(i + 1).is_some_and(|n| {
            let verb = n.lower();
            PERSON_VERBS.contains(&verb)
                && !matches!(verb, "is" | "was" | "komt" | "gaat" | "werd" | "heeft" | "had" | "en")
        });
    let word_surname = at_start
        && token.capitalised()
        && is_surname(lower)
        && !is_not_a_name(lower)
        && !is_place(lower)
        && !eponymous
        && !season;
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
        let speaker = speaker_at(tokens, i);
        if acts_after(tokens, i) || (speaker && word_surname) {
            return parse_name(tokens, i, Strength::Sure, Role::Person, false);
        }
    }
    // "Bakker van de nachtdienst", "de vries van de apotheek", "Mulder van kamer 9", "Baker from
    // the night shift": a family name, then where the person works or lies.
    if let Some(found) = family_name_of_a_unit(tokens, i) {
        return Some(found);
    }
    if let Some(found) = family_name_after_preposition(tokens, i) {
        return Some(found);
    }
    // "Tijdens de nachtdienst zag Hoek dat …", "Het was Winter die …": a family name that is also
    // a word, right after a verb of a person.
    let after_verb = i > 0 && tokens[i - 1].lower() != "en" && PERSON_VERBS.contains(&tokens[i - 1].lower());
    if after_verb && token.capitalised() && !sentence_start(tokens, i) && is_surname(lower) && plain_word(token) {
        let next_fits = tokens.get(i + 1).is_none_or(|n| n.kind != TokenKind::Number);
        if next_fits && !is_place(lower) && !ward_name_at(tokens, i) {
            return parse_name(tokens, i, Strength::Sure, Role::Person, false);
        }
    }
    // "vos zei …", "de vries arrived …": a family name in lower case at the start of a line, before
    // a verb of speaking or noticing.
    // A line of a list starts after its dash or bullet: "- vos gaf om 14:00 …".
    let bullet = i > 0 && matches!(tokens[i - 1].text, "-" | "•" | "*") && (i == 1 || tokens[i - 1].new_line);
    let line_start = i == 0 || token.new_line || bullet;
    // Any list's family name counts here, also one that is a word ("rust zei", "schoen belde").
    let particle_led = is_particle(lower) && tokens.get(i + 1).is_some_and(|n| is_listed_name(n.lower()));
    // Not a word that starts a clause: "dan belde ze", "toen zei hij".
    let clause_word = !particle_led
        && (FUNCTION_WORDS.contains(&lower) || SENTENCE_ADVERBS.contains(&lower) || CLAUSE_STARTS.contains(&lower));
    if line_start && !token.capitalised() && !clause_word && (is_listed_name(lower) || particle_led) {
        let verb_at = if particle_led { i + 2 } else { i + 1 };
        if tokens.get(verb_at).is_some_and(|v| SPEAKING_VERBS.contains(&v.lower())) {
            return parse_name(tokens, i, Strength::Sure, Role::Person, false);
        }
    }
    // "De Vries viel …": a capitalised particle that starts the sentence, then a family name.
    if token.capitalised()
        && is_particle(lower)
        && !matches!(lower, "het" | "'t" | "’t")
        && sentence_start(tokens, i)
        && !ward_name_at(tokens, i)
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
        && !is_place(lower)
    // "Maassluis valt onder …" is no one's
    {
        return parse_name(tokens, i, Strength::Sure, Role::Person, false);
    }
    // A given name, particles in lower case and a capitalised family name: "Jandira dos Santos",
    // "Lucía de la Fuente", "Adilson da Graça".
    // A lone "van" only after a known given name: "Sondepomp van Nutricia" is a device.
    let particle_next = tokens.get(i + 1).is_some_and(|t| t.is_word() && !t.capitalised() && is_particle(t.lower()));
    if particle_next
        && token.capitalised()
        && plain_word(token)
        && (!is_common(lower) || is_first_name(lower))
        && !is_place(lower)
    {
        let mut k = i + 1;
        while tokens.get(k).is_some_and(|t| t.is_word() && !t.capitalised() && is_particle(t.lower()) && !t.new_line) {
            k += 1;
        }
        let lone_van = k == i + 2 && tokens[i + 1].lower() == "van";
        let family = k > i + 1
            && (!lone_van || is_first_name(lower))
            && tokens.get(k).is_some_and(|t| {
                t.capitalised() && plain_word(t) && !t.new_line && !is_place(t.lower()) && !is_not_a_name(t.lower())
            });
        if family && !is_not_a_name(lower) && !ward_name_at(tokens, i) {
            return parse_name(tokens, i, Strength::Sure, Role::Person, false);
        }
    }
    // Two capitalised words that are no ordinary words, even at the start: "Annemiek Rutten",
    // "Hope Adeyemi"; not a compound before a name ("Medicatieverificatie Ghebreyesus").
    let word_first = || !is_common(lower) && !is_compound(lower);
    if token.capitalised() && plain_word(token) && (is_first_name(lower) || word_first()) && !is_label(tokens, i) {
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
