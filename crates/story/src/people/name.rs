//! The words a name is made of: initials, particles, given and family names, double names, and
//! which of them is the given name.

use super::context::is_month_or_day;
use super::reading::strip_possessive;
use super::tokens::Token;
use super::triggers::*;
use super::words::*;
use super::{Anchored, Role};
use crate::lexicon::{
    is_common, is_dutch_word, is_first_name, is_listed_name, is_listed_not_a_name, is_not_a_name, is_particle,
    is_proper, is_surname,
};

/// The name that starts at token `j`: initials, particles, a name word, and what continues it
/// (a family name after a given name, the second half of a double name). A name never runs over
/// a line break.
pub(super) fn parse_name(
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
    // After a title the initials may be in lower case: "dr. k. tjon a fong", "dhr. j. de vries".
    let letter =
        |t: &Token| t.initial() || (strength == Strength::Address && t.is_word() && t.text.chars().count() == 1);
    while j + 1 < tokens.len() && letter(&tokens[j]) && tokens[j + 1].text == "." && !tokens[j + 1].gap {
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
        loop {
            let dotted = dotted_particle(tokens, k);
            if dotted > 0 {
                particles.push("vd"); // "v.d. Berg", "v/d Linden"
                k += dotted;
            } else if k + 1 < tokens.len() && is_particle_at(tokens, k, continuing) {
                particles.push(tokens[k].lower());
                k += 1;
            } else {
                break;
            }
        }
        let Some(word) = tokens.get(k).filter(|t| t.is_word() && (!t.new_line || k == begin)) else { break };
        // "Kim de H.", "K. de H.": the family name's initial after its particle.
        let named_before = !words.is_empty() || initial.is_some();
        if named_before
            && !particles.is_empty()
            && word.initial()
            && tokens.get(k + 1).is_some_and(|t| t.text == "." && !t.gap)
        {
            words.extend(particles.into_iter().map(|p| Word {
                lower: p.to_owned(),
                particle: true,
                hyphen_before: false,
            }));
            words.push(Word { lower: format!("{}.", word.lower()), particle: false, hyphen_before: false });
            j = k + 2;
            break;
        }
        if continuing && !after_hyphen && (!tokens[j].gap || tokens[j].new_line) {
            break;
        }
        let judge = |word: &Token, particles: bool| {
            if after_hyphen {
                word.capitalised() || particles || word.text.chars().count() >= 2
            } else if continuing {
                continues_name(word, particles, &words, strength == Strength::Address)
            } else {
                starts_name(word, strength, particles || initial.is_some())
            }
        };
        // "Nightingale-paviljoen", "Hema-kaarten": a name joined to an ordinary word is a thing.
        if after_hyphen && particles.is_empty() && ordinary_tail(word) {
            return None;
        }
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
    // "Jelmer W.", "Onur K.": a given name and the initial of the family name.
    let given_alone = words.len() == 1 && is_first_name(&words[0].lower);
    if given_alone
        && tokens.get(j).is_some_and(|t| t.initial() && t.gap && !t.new_line)
        && tokens.get(j + 1).is_some_and(|t| t.text == "." && !t.gap)
    {
        j += 2;
    }
    if tokens[j - 1].text == "-" {
        j -= 1;
    }
    let (first, surname) = split_name(&words, strength, initial.is_some());
    let start = tokens[begin].start;
    let end = tokens[j - 1].end;
    Some((Anchored { start, end, first, surname, initial, role, titled }, j))
}

/// A word in lower case that is an ordinary word and no name: the second half of a compound.
fn ordinary_tail(word: &Token) -> bool {
    let lower = word.lower();
    let number = matches!(lower, "nr" | "nummer" | "no"); // "sofi-nr"
    number || (!word.capitalised() && is_common(lower) && !is_surname(lower) && !is_first_name(lower))
}

#[derive(Debug, Clone)]
struct Word {
    lower: String,
    particle: bool,
    /// Joined to the word before by a hyphen.
    hyphen_before: bool,
}

/// "v.d." or "v/d" at token `k`, before a word on the same line: how many tokens it takes.
pub(super) fn dotted_particle(tokens: &[Token], k: usize) -> usize {
    let text = |n: usize| tokens.get(k + n).map(|t| t.text).unwrap_or_default();
    if !matches!(text(0), "v" | "V") || !matches!(text(1), "." | "/") || !matches!(text(2), "d" | "D") {
        return 0;
    }
    let taken = if text(3) == "." { 4 } else { 3 };
    let glued = tokens[k + 1..k + taken].iter().all(|t| !t.gap);
    let word_after = tokens.get(k + taken).is_some_and(|t| t.is_word() && t.gap && !t.new_line);
    if glued && word_after {
        taken
    } else {
        0
    }
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
    if (is_month_or_day(lower) && !short_month) || (NEVER_NAMES.contains(&lower) && !after_particle_or_initial) {
        return false;
    }
    // Where the context is sure, only the listed words are refused, not a medicine's ending:
    // "Haile en Berhane hebben …".
    // After a role word too: "son Yemane", "dochter Kidane" are no medicines.
    let refused = |w: &str| if strength == Strength::Address { is_not_a_name(w) } else { is_listed_not_a_name(w) };
    if strength != Strength::Address && (refused(lower) || refused(base)) {
        return false;
    }
    let named = is_first_name(lower) || is_surname(lower) || is_first_name(base) || is_surname(base);
    let common = is_common(lower) && is_common(base);
    match (strength, word.capitalised()) {
        (Strength::Address, true) | (Strength::Sure, _) => true,
        (_, true) if after_particle_or_initial => true,
        // "dokter Kroeze", "huisarts Dijkhuizen": after a role word a capitalised word Dutch writes as
        // a name, or that a list of names knows, counts too.
        (Strength::Role, true) => !common || named || is_proper(lower) || is_proper(base) || is_listed_name(lower),
        // "mevr kok", "mw. de graaf", "dhr jansen": after a form of address, a word that is no
        // ordinary word, or a family name that is one.
        (Strength::Address, false) => !common || named || after_particle_or_initial,
        (Strength::Role, false) => !common && (named || is_proper(lower) || is_proper(base)),
    }
}

/// A word that goes on a name begun before it: the family name after a given name ("Meike
/// Pronk", "sanne de wit"), or a word that is a name and no ordinary word.
fn continues_name(word: &Token, after_particle: bool, so_far: &[Word], titled: bool) -> bool {
    if !word.is_word() || word.text.chars().count() < 2 || word.shouting() {
        return false;
    }
    let lower = word.lower();
    let after_first = so_far.last().is_some_and(|w| !w.particle && is_first_name(&w.lower));
    let not_a_name = if after_first { is_listed_not_a_name(lower) } else { is_not_a_name(lower) };
    if is_month_or_day(lower) || NEVER_NAMES.contains(&lower) || NOT_AFTER_NAMES.contains(&lower) || not_a_name {
        return false;
    }
    let common = is_common(lower);
    if word.capitalised() {
        // "mw. Moreira Lopes": after a title, an English word that Dutch does not have goes on a name.
        return after_particle || after_first || !common || is_surname(lower) || (titled && !is_dutch_word(lower));
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
