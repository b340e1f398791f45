//! People in a story's text: the participants, and everyone else a facilitator names (the patient,
//! a daughter, the pharmacist on call). Two passes over the whole document: the first finds names
//! by their context (a title, a role word, initials, a known given name) and decides who is who;
//! the second finds every mention of those people, also without the context ("Bakker zei…"), and
//! gives each person one pseudonym for the whole story, never one that belongs to someone else.

use std::collections::HashMap;

mod context;
mod cues;
mod families;
mod lists;
mod name;
mod named_places;
mod nicknames;
mod reading;
mod shapes;
mod tokens;
mod triggers;
mod words;

use context::{action_item, item_start, listed_as_present, person_verb_after, sentence_start, ward_name_at};
use cues::speaker_colon;
use reading::*;
use tokens::{tokenize, Token};
use triggers::titled_before;

use crate::labels::Lang;
use crate::lexicon::{fold, is_common, is_particle};

/// What the context says about the person named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Person,
    Patient,
    Relative,
    Colleague,
}

/// One person the story names.
#[derive(Debug, Clone)]
struct Person {
    /// Lower case.
    first: Option<String>,
    /// Lower case, with its particles: "van der meer".
    surname: Option<String>,
    /// The first letter of a given name known only as an initial.
    initial: Option<char>,
    role: Role,
    /// A participant's pseudonym; none for everyone else.
    participant: Option<String>,
    /// "B": the letter that tells this person from the others.
    letter: String,
}

impl Person {
    fn surname_cores(&self) -> Vec<String> {
        let Some(surname) = &self.surname else { return Vec::new() };
        surname.split([' ', '-']).filter(|w| !is_particle(w) && w.chars().count() >= 2).map(str::to_owned).collect()
    }

    fn key(&self) -> String {
        if self.participant.is_some() {
            let name = [self.first.as_deref(), self.surname.as_deref()].into_iter().flatten().collect::<Vec<_>>();
            return format!("name:{}", name.join(" "));
        }
        let given = self.first.clone().or_else(|| self.initial.map(|i| format!("{}.", i.to_lowercase())));
        match (given, &self.surname) {
            (Some(given), Some(surname)) => format!("person:{given} {surname}"),
            (None, Some(surname)) => format!("person:{surname}"),
            // A given name alone is told from the same word as a family name: two people, two decisions.
            (Some(given), None) => format!("person:{given} (given name)"),
            (None, None) => "person:".to_owned(),
        }
    }
}

/// A name found by its context.
#[derive(Debug, Clone)]
struct Anchored {
    start: usize,
    end: usize,
    first: Option<String>,
    surname: Option<String>,
    initial: Option<char>,
    role: Role,
    /// A title or role word stands right before it, so the bare letter reads well ("mevr. B").
    titled: bool,
}

/// One mention of one person in one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub participant: bool,
    pub key: String,
    pub replacement: String,
}

/// Everyone the story names, with their pseudonyms.
#[derive(Debug, Clone)]
pub struct People {
    persons: Vec<Person>,
    /// Name parts to the people who have them (see `index`), made once.
    parts: HashMap<String, Vec<(usize, Part)>>,
    /// The names found by their context in each text read, so the second pass does not look again.
    anchored: HashMap<String, Vec<Anchored>>,
    lang: Lang,
}

impl People {
    /// Reads every text of the story and decides who is who. `participants` are (name, pseudonym).
    pub fn find<'a>(texts: impl IntoIterator<Item = &'a str>, participants: &[(String, String)], lang: Lang) -> People {
        let mut persons: Vec<Person> = participants.iter().filter_map(|(n, p)| participant(n, p)).collect();
        let texts: Vec<(&str, Vec<Token>)> = texts.into_iter().map(|text| (text, tokenize(text))).collect();
        // "paviljoen Storm": that word is the ward's in every text of the story.
        let wards: Vec<String> = texts
            .iter()
            .flat_map(|(_, tokens)| {
                (0..tokens.len())
                    .filter(|&k| tokens[k].capitalised() && ward_name_at(tokens, k))
                    .map(|k| tokens[k].low.clone())
            })
            .collect();
        let mut seen = HashMap::new();
        for (text, tokens) in &texts {
            let mut found = anchored(tokens);
            found.retain(|a| a.first.is_some() || a.titled || a.surname.as_ref().is_none_or(|s| !wards.contains(s)));
            for one in &found {
                identify(&mut persons, one);
            }
            seen.insert((*text).to_owned(), found);
        }
        let taken: Vec<String> = participants.iter().filter_map(|(_, p)| letter_of(p)).collect();
        let mut letters = (0..).map(letter_name).filter(|l| !taken.contains(l));
        for person in persons.iter_mut().filter(|p| p.participant.is_none()) {
            person.letter = letters.next().unwrap_or_default();
        }
        let mut people = People { persons, parts: HashMap::new(), anchored: seen, lang };
        people.parts = people.index();
        people
    }

    /// Every mention of a known person in `text`, without overlaps, in order.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let tokens = tokenize(text);
        let mut found: Vec<(usize, usize, usize, bool, u8)> = Vec::new(); // start, end, person, titled, priority
        let fresh;
        let by_context = match self.anchored.get(text) {
            Some(by_context) => by_context,
            None => {
                fresh = anchored(&tokens);
                &fresh
            }
        };
        for a in by_context {
            // The same rules as when the name was first read.
            if let Some(i) = best_match(&self.persons, a) {
                found.push((a.start, a.end, i, a.titled, 9));
            }
        }
        let index = &self.parts;
        for (at, token) in tokens.iter().enumerate().filter(|(_, t)| t.is_word()) {
            let lower = token.lower();
            // "Jansens" only with its capital: "huis" is not the possessive of "Hui".
            let written = token.capitalised() || token.shouting();
            let possessive = if written || lower.contains(['\'', '’']) { strip_possessive(lower) } else { lower };
            // "serkans beeld", "hylkes voorstel": in lower case only a participant's given name, before a noun.
            let glued = if possessive == lower { strip_possessive(lower) } else { lower };
            let Some((base, candidates)) =
                // "gulsen" is Gülsen written in a hurry.
                [lower, possessive].into_iter().find_map(|form| index.get(&fold(form)).map(|c| (form.to_owned(), c)))
            else {
                if glued == lower || !noun_after(&tokens, at) {
                    continue;
                }
                let Some(candidates) = index.get(&fold(glued)) else { continue };
                for &(person, part) in candidates {
                    if part == Part::First && self.persons[person].participant.is_some() {
                        let titled = titled_before(&tokens, at);
                        found.push((token.start, token.end, person, titled, 6));
                    }
                }
                continue;
            };
            let plain_word = is_common(&base) && !written;
            if written && base == lower && is_common(&base) && word_before_a_noun(&tokens, at) {
                continue;
            }
            for &(person, part) in candidates {
                let (start, end, full) = self.extend(&tokens, at, person, part);
                // A participant's name that is also a word, in lower case ("bas lie", "sara"), only
                // where it reads as the name: whole, in the list of who was there, or acting.
                if plain_word
                    && !((full && self.persons[person].participant.is_some())
                        || self.named_here(&tokens, at, person, part))
                {
                    continue;
                }
                let priority = match (part, full, self.persons[person].participant.is_some()) {
                    (_, true, _) => 8,
                    (Part::Surname, _, false) | (Part::First, _, true) => 6,
                    _ => 4,
                };
                let titled = titled_before(&tokens, start);
                found.push((tokens[start].start, tokens[end - 1].end, person, titled, priority));
            }
        }
        // Nobody inside "Reinier de Graaf" or "Sint Antonius", even when a Graaf or an Antonius is someone.
        let places = named_places::named_places(&tokens);
        found.retain(|f| {
            let from = tokens.partition_point(|t| t.end <= f.0);
            let to = tokens.partition_point(|t| t.start < f.1);
            !named_places::overlaps(&places, from, to)
        });
        // Longest first, then the most certain; the rest of an overlap is dropped.
        found.sort_by_key(|&(s, e, _, _, p)| (std::cmp::Reverse(e - s), std::cmp::Reverse(p), s));
        let mut kept: Vec<(usize, usize, usize, bool, u8)> = Vec::new();
        for f in found {
            if kept.iter().all(|k| f.1 <= k.0 || f.0 >= k.1) {
                kept.push(f);
            }
        }
        kept.sort_by_key(|k| k.0);
        kept.into_iter()
            .map(|(start, end, i, titled, _)| {
                let person = &self.persons[i];
                Mention {
                    start,
                    end,
                    participant: person.participant.is_some(),
                    key: person.key(),
                    replacement: self.pseudonym(person, titled),
                }
            })
            .collect()
    }

    /// A participant's name that is also a word, in lower case, where a note names people: at a
    /// line's start before a verb ("sara zoekt uit") or a speaker's colon ("- winter: bel was
    /// stuk"), as an item of a line of actions ("actie: vos en Yasmina"); a given name also in the
    /// list of who was there ("erbij: jesse, amira, wouter") or beside another participant's name
    /// ("kim en bas waren er").
    fn named_here(&self, tokens: &[Token], at: usize, person: usize, part: Part) -> bool {
        if self.persons[person].participant.is_none() {
            return false;
        }
        let acts = sentence_start(tokens, at) && person_verb_after(tokens, at);
        let speaks = speaker_colon(tokens, at) == Some(at + 1);
        let first_only =
            || (listed_as_present(tokens, at) && item_start(tokens, at)) || self.beside_a_participant(tokens, at);
        acts || speaks || action_item(tokens, at) || (part == Part::First && first_only())
    }

    /// "kim en bas", "Ilse + mark": joined to a word that is a participant's name.
    fn beside_a_participant(&self, tokens: &[Token], at: usize) -> bool {
        let participant = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                t.is_word()
                    && self
                        .parts
                        .get(&fold(t.lower()))
                        .is_some_and(|c| c.iter().any(|&(p, _)| self.persons[p].participant.is_some()))
            })
        };
        let joins = |k: usize| tokens.get(k).is_some_and(|t| matches!(t.text, "en" | "and" | "+" | "&" | "/"));
        (at >= 2 && joins(at - 1) && participant(at - 2)) || (joins(at + 1) && participant(at + 2))
    }

    /// The pseudonym of the person with this finding key, as it reads without a title ("Persoon B").
    pub fn label(&self, key: &str) -> Option<String> {
        self.persons.iter().find(|p| p.key() == key).map(|p| self.pseudonym(p, false))
    }

    fn pseudonym(&self, person: &Person, titled: bool) -> String {
        if let Some(pseudonym) = &person.participant {
            return pseudonym.clone();
        }
        if titled {
            return person.letter.clone();
        }
        let word = match (person.role, self.lang) {
            (Role::Person, Lang::Nl) => "Persoon",
            (Role::Patient, Lang::Nl) => "Patiënt",
            (Role::Relative, Lang::Nl) => "Naaste",
            (Role::Colleague, Lang::Nl) => "Collega",
            (Role::Person, Lang::En) => "Person",
            (Role::Patient, Lang::En) => "Patient",
            (Role::Relative, Lang::En) => "Relative",
            (Role::Colleague, Lang::En) => "Colleague",
        };
        format!("{word} {}", person.letter)
    }

    /// Name parts (given names and the cores of family names) to the people who have them.
    fn index(&self) -> HashMap<String, Vec<(usize, Part)>> {
        let mut index: HashMap<String, Vec<(usize, Part)>> = HashMap::new();
        for (i, person) in self.persons.iter().enumerate() {
            if let Some(first) = &person.first {
                // A double given name is read from its first part: the tokens are "Xiu", "-", "Mei".
                let head = first.split('-').next().unwrap_or(first);
                index.entry(fold(head)).or_default().push((i, Part::First));
                // A participant by the short form of the name ("mo" for Mohamed Ait Said), where the
                // short form is no Dutch word ("dan", "wil" and "ben" are) and not English "will".
                if person.participant.is_some() {
                    let usable =
                        |s: &&&str| !crate::lexicon::is_dutch_word(s) && !matches!(**s, "will" | "jo" | "co" | "ab");
                    for short in nicknames::short_forms(first).iter().filter(usable) {
                        index.entry(fold(short)).or_default().push((i, Part::First));
                    }
                }
            }
            for core in person.surname_cores() {
                // A one-letter or two-letter part alone ("Li") finds too much.
                if core.chars().count() >= 3 {
                    index.entry(fold(&core)).or_default().push((i, Part::Surname));
                }
            }
        }
        index
    }

    /// The span of a bare mention grown over what belongs to the same name: the particles before a
    /// family name, a given name or initials before it, the family name after a given name.
    /// Returns token range and whether both given and family name were seen.
    fn extend(&self, tokens: &[Token], at: usize, person: usize, part: Part) -> (usize, usize, bool) {
        let person = &self.persons[person];
        let (mut start, mut end) = (at, at + 1);
        let mut full = false;
        match part {
            Part::Surname => {
                let surname: Vec<&str> = person.surname.as_deref().unwrap_or("").split([' ', '-']).collect();
                // Particles and other parts of the same family name before it, each as often as the
                // name has it ("het voorstel van Van Dijk": the first "van" is not the name's).
                let mut left: Vec<&str> = surname.clone();
                if let Some(at_part) = left.iter().rposition(|p| *p == tokens[at].lower()) {
                    left.remove(at_part);
                }
                while start > 0 {
                    let prev = &tokens[start - 1];
                    if prev.text == "-" && !prev.gap && start >= 2 {
                        start -= 2;
                    } else if let Some(part) = left.iter().rposition(|p| prev.is_word() && *p == prev.lower()) {
                        left.remove(part);
                        start -= 1;
                    } else {
                        break;
                    }
                }
                // The rest of a double name after it, known or not: "Jansen-Bakker".
                while end + 1 < tokens.len() && tokens[end].text == "-" && !tokens[end].gap {
                    let next = &tokens[end + 1];
                    if next.is_word() && !next.gap && (surname.contains(&next.lower()) || next.capitalised()) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                if start > 0 {
                    let prev = &tokens[start - 1];
                    if person.first.as_deref() == Some(prev.lower()) {
                        start -= 1;
                        full = true;
                    } else if let Some(s) = initials_before(tokens, start) {
                        start = s;
                    }
                }
            }
            Part::First => {
                // The rest of a double given name ("Xiu-Mei"), then the family name.
                let first = person.first.as_deref().unwrap_or("").split('-');
                let surname: Vec<&str> =
                    first.chain(person.surname.as_deref().unwrap_or("").split([' ', '-'])).collect();
                let mut next = end;
                while next < tokens.len()
                    && (tokens[next].is_word() || (tokens[next].text == "-" && !tokens[next].gap))
                    && (tokens[next].text == "-" || surname.contains(&tokens[next].lower()))
                {
                    next += 1;
                    if tokens[next - 1].is_word() && !is_particle(tokens[next - 1].lower()) {
                        end = next;
                        full = true;
                    }
                }
            }
        }
        (start, end, full)
    }
}

/// "Wit brood", "Bos bloemen", "Wit beslag op de tong": at the start of a sentence a family name
/// that is a word, before a noun in lower case, is the word (a name is followed by a verb).
fn word_before_a_noun(tokens: &[Token], at: usize) -> bool {
    sentence_start(tokens, at) && noun_after(tokens, at)
}

/// A word in lower case after token `at` that reads as a noun: an ordinary word that is no verb,
/// function word or adverb.
fn noun_after(tokens: &[Token], at: usize) -> bool {
    tokens.get(at + 1).is_some_and(|n| {
        let lower = n.lower();
        n.is_word()
            && n.gap
            && !n.capitalised()
            && is_common(lower)
            && !words::PERSON_VERBS.contains(&lower)
            && !words::SPEAKING_VERBS.contains(&lower)
            && !words::FUNCTION_WORDS.contains(&lower)
            && !words::SENTENCE_ADVERBS.contains(&lower)
            && !words::NEVER_NAMES.contains(&lower)
            && !verb_shaped(lower)
    })
}

/// A verb by its ending or one of the strong pasts: "zorgt", "belde", "gebeld", "escalated",
/// "writes", "viel", "liet".
fn verb_shaped(lower: &str) -> bool {
    const ENDINGS: &[&str] = &["t", "de", "te", "den", "ten", "ed", "s"];
    const STRONG: &[&str] = &["viel", "laat", "liet", "lag", "las", "at", "sliep", "hing", "hield", "trok", "sloot"];
    ENDINGS.iter().any(|e| lower.ends_with(e))
        || (lower.starts_with("ge") && lower.ends_with('d'))
        || STRONG.contains(&lower)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    First,
    Surname,
}

fn letter_name(i: usize) -> String {
    let letter = char::from(b'A' + (i % 26) as u8);
    if i < 26 {
        letter.to_string()
    } else {
        format!("{letter}{}", i / 26 + 1)
    }
}

/// The letter at the end of a participant's pseudonym ("Verpleegkundige A"), so no one else gets it.
fn letter_of(pseudonym: &str) -> Option<String> {
    let last = pseudonym.split_whitespace().last()?;
    (last.chars().count() <= 2 && last.chars().next()?.is_uppercase()).then(|| last.to_owned())
}

fn participant(name: &str, pseudonym: &str) -> Option<Person> {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let (first, surname) = match words.as_slice() {
        [] => return None,
        [one] if one.chars().count() < 2 => return None,
        [one] => (Some(one.clone()), None),
        [first, rest @ ..] => (Some(first.clone()), Some(rest.join(" "))),
    };
    Some(Person {
        first,
        surname,
        initial: None,
        role: Role::Person,
        participant: Some(pseudonym.to_owned()),
        letter: String::new(),
    })
}

/// Adds what a name found by its context says to the person it is, or a new person.
fn identify(persons: &mut Vec<Person>, found: &Anchored) {
    if let Some(i) = best_match(persons, found) {
        let person = &mut persons[i];
        if person.participant.is_none() {
            person.first = person.first.take().or_else(|| found.first.clone());
            person.surname = person.surname.take().or_else(|| found.surname.clone());
            person.initial = person.initial.or(found.initial);
            if person.role == Role::Person {
                person.role = found.role;
            }
        }
        return;
    }
    persons.push(Person {
        first: found.first.clone(),
        surname: found.surname.clone(),
        initial: found.initial,
        role: found.role,
        participant: None,
        letter: String::new(),
    });
}

/// Who a name is. A family name alone, after a title, is not taken for a participant's: "mevr. de
/// Wit" is the patient, not her daughter Ingrid de Wit who took part. A given name alone is the
/// participant's when one has it.
fn best_match(persons: &[Person], found: &Anchored) -> Option<usize> {
    let core = |s: &str| s.split([' ', '-']).filter(|w| !is_particle(w)).collect::<Vec<_>>().join(" ");
    let same_surname = |p: &Person| match (&p.surname, &found.surname) {
        (Some(a), Some(b)) => core(a) == core(b),
        _ => false,
    };
    let first_fits = |p: &Person| match (&p.first, &found.first, found.initial) {
        (Some(a), Some(b), _) => a == b,
        (Some(a), None, Some(i)) => a.chars().next().is_some_and(|c| c.to_uppercase().eq(i.to_uppercase())),
        (None, Some(b), _) => {
            p.initial.is_none_or(|i| b.chars().next().is_some_and(|c| c.to_uppercase().eq(i.to_uppercase())))
        }
        // "G. Bakker" and "P. Bakker" are two people.
        (None, None, Some(i)) => p.initial.is_none_or(|j| j == i),
        _ => true,
    };
    let candidates = persons.iter().enumerate();
    match (&found.first, &found.surname) {
        (Some(_), Some(_)) => candidates
            .clone()
            .find(|(_, p)| same_surname(p) && p.first == found.first)
            .or_else(|| candidates.clone().find(|(_, p)| p.participant.is_none() && same_surname(p) && first_fits(p)))
            .map(|(i, _)| i),
        (None, Some(_)) => candidates
            .clone()
            .find(|(_, p)| p.participant.is_none() && same_surname(p) && first_fits(p))
            .or_else(|| candidates.clone().find(|(_, p)| !found.titled && p.participant.is_some() && same_surname(p)))
            // "Xiu-Mei belde": read as a family name, but it is a participant's given name.
            .or_else(|| {
                candidates.clone().find(|(_, p)| !found.titled && p.participant.is_some() && p.first == found.surname)
            })
            .map(|(i, _)| i),
        (Some(first), None) => candidates
            .clone()
            .find(|(_, p)| p.participant.is_some() && p.first.as_ref() == Some(first))
            .or_else(|| candidates.clone().find(|(_, p)| p.first.as_ref() == Some(first)))
            .map(|(i, _)| i),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests;
