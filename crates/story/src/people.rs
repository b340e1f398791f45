//! People in a story's text: the participants, and everyone else a facilitator names (the patient,
//! a daughter, the pharmacist on call). Two passes over the whole document: the first finds names
//! by their context (a title, a role word, initials, a known given name) and decides who is who;
//! the second finds every mention of those people, also without the context ("Bakker zei…"), and
//! gives each person one pseudonym for the whole story, never one that belongs to someone else.

use std::collections::HashMap;

use crate::labels::Lang;
use crate::lexicon::{
    fold, is_common, is_compound, is_first_name, is_not_a_name, is_particle, is_place, is_proper, is_surname,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone)]
struct Token<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    /// The text in lower case, made once: every rule compares it.
    low: String,
    kind: TokenKind,
    /// Whitespace (or the start of the text) comes right before it.
    gap: bool,
    /// A line break comes before it (or it is the first token).
    new_line: bool,
}

impl Token<'_> {
    fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    fn lower(&self) -> &str {
        &self.low
    }

    fn capitalised(&self) -> bool {
        let mut chars = self.text.chars();
        chars.next().is_some_and(char::is_uppercase) && !self.shouting()
    }

    /// All capitals, two letters or more: an abbreviation (SEH, MDO), not a name.
    fn shouting(&self) -> bool {
        let word = self.text.trim_end_matches("'s").trim_end_matches("’s");
        word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
    }

    /// One capital letter: an initial when a full stop follows.
    fn initial(&self) -> bool {
        self.is_word() && self.text.chars().count() == 1 && self.text.chars().all(char::is_uppercase)
    }
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let (mut gap, mut new_line) = (true, true);
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            gap = true;
            new_line |= c == '\n';
            continue;
        }
        let apostrophe = |c: char| c == '\'' || c == '’';
        let mut end = start + c.len_utf8();
        let kind = if c.is_alphabetic() || (apostrophe(c) && next_is_t(text, end)) {
            // Letters, with apostrophes inside ("d'Hondt", "Anna's") and "'t".
            while let Some(&(i, n)) = chars.peek() {
                let inner = apostrophe(n) && text[i + n.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
                if n.is_alphabetic() || is_mark(n) || inner {
                    end = i + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            TokenKind::Word
        } else if c.is_ascii_digit() {
            while let Some(&(i, n)) = chars.peek() {
                if !n.is_ascii_digit() {
                    break;
                }
                end = i + 1;
                chars.next();
            }
            TokenKind::Number
        } else {
            TokenKind::Punct
        };
        let word = &text[start..end];
        tokens.push(Token { start, end, text: word, low: word.to_lowercase(), kind, gap, new_line });
        gap = false;
        new_line = false;
    }
    tokens
}

/// "'t" and "'s" are words ("in 't Veld", "'s nachts", "'s-Hertogenbosch").
fn next_is_t(text: &str, at: usize) -> bool {
    let mut rest = text[at..].chars();
    rest.next().is_some_and(|c| matches!(c, 't' | 'T' | 's')) && !rest.next().is_some_and(char::is_alphabetic)
}

fn is_mark(c: char) -> bool {
    // Combining diacritics, as in a decomposed "é".
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// What the context says about the person named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Person,
    Patient,
    Relative,
    Colleague,
}

/// How sure the word before makes us that a name follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// A form of address ("mevr.", "de heer", "Mr"): whatever follows is a name.
    Address,
    /// A role word ("collega", "dokter", "de dochter"): a name follows if it looks like one.
    Role,
    /// The word itself was judged a name already (a known given name, a name-like word).
    Sure,
}

struct Trigger {
    words: &'static [&'static str],
    role: Role,
    strength: Strength,
    /// An abbreviation may be followed by its full stop; after a whole word a full stop ends the
    /// sentence ("… bij deze meneer. Rond twee uur …").
    abbreviation: bool,
}

const fn t(words: &'static [&'static str], role: Role, strength: Strength, abbreviation: bool) -> Trigger {
    Trigger { words, role, strength, abbreviation }
}

use Role::{Colleague, Patient, Person as Anyone, Relative};
use Strength::{Address, Role as RoleWord};

/// Titles, forms of address and role words, lower case, longest first where one starts another.
const TRIGGERS: &[Trigger] = &[
    t(&["de", "heer"], Anyone, Address, false),
    t(&["dhr"], Anyone, Address, true),
    t(&["hr"], Anyone, Address, true),
    t(&["mevr"], Anyone, Address, true),
    t(&["mw"], Anyone, Address, true),
    t(&["mej"], Anyone, Address, true),
    t(&["mevrouw"], Anyone, Address, false),
    t(&["meneer"], Anyone, Address, false),
    t(&["mr"], Anyone, Address, true),
    t(&["mrs"], Anyone, Address, true),
    t(&["ms"], Anyone, Address, true),
    t(&["miss"], Anyone, Address, false),
    t(&["dr"], Colleague, Address, true),
    t(&["drs"], Anyone, Address, true),
    t(&["prof"], Colleague, Address, true),
    t(&["ir"], Anyone, Address, true),
    t(&["zr"], Colleague, Address, true),
    t(&["br"], Colleague, RoleWord, true),
    t(&["dokter"], Colleague, RoleWord, false),
    t(&["zuster"], Colleague, RoleWord, false),
    t(&["broeder"], Colleague, RoleWord, false),
    t(&["collega"], Colleague, RoleWord, false),
    t(&["collega's"], Colleague, RoleWord, false),
    t(&["arts"], Colleague, RoleWord, false),
    t(&["verpleegkundige"], Colleague, RoleWord, false),
    t(&["vpk"], Colleague, RoleWord, true),
    t(&["apotheker"], Colleague, RoleWord, false),
    t(&["huisarts"], Colleague, RoleWord, false),
    t(&["specialist"], Colleague, RoleWord, false),
    t(&["chirurg"], Colleague, RoleWord, false),
    t(&["anesthesist"], Colleague, RoleWord, false),
    t(&["internist"], Colleague, RoleWord, false),
    t(&["cardioloog"], Colleague, RoleWord, false),
    t(&["neuroloog"], Colleague, RoleWord, false),
    t(&["longarts"], Colleague, RoleWord, false),
    t(&["geriater"], Colleague, RoleWord, false),
    t(&["psychiater"], Colleague, RoleWord, false),
    t(&["intensivist"], Colleague, RoleWord, false),
    t(&["assistent"], Colleague, RoleWord, false),
    t(&["coassistent"], Colleague, RoleWord, false),
    t(&["coass"], Colleague, RoleWord, true),
    t(&["aios"], Colleague, RoleWord, false),
    t(&["anios"], Colleague, RoleWord, false),
    t(&["fysiotherapeut"], Colleague, RoleWord, false),
    t(&["teamleider"], Colleague, RoleWord, false),
    t(&["leidinggevende"], Colleague, RoleWord, false),
    t(&["afdelingshoofd"], Colleague, RoleWord, false),
    t(&["manager"], Colleague, RoleWord, false),
    t(&["secretaresse"], Colleague, RoleWord, false),
    t(&["agent"], Anyone, RoleWord, false),
    t(&["politieagent"], Anyone, RoleWord, false),
    t(&["tolk"], Colleague, RoleWord, false),
    t(&["stagiaire"], Colleague, RoleWord, false),
    t(&["student"], Colleague, RoleWord, false),
    t(&["diëtist"], Colleague, RoleWord, false),
    t(&["logopedist"], Colleague, RoleWord, false),
    t(&["ergotherapeut"], Colleague, RoleWord, false),
    t(&["verloskundige"], Colleague, RoleWord, false),
    t(&["ambulanceverpleegkundige"], Colleague, RoleWord, false),
    t(&["ambulancemedewerker"], Colleague, RoleWord, false),
    t(&["triagist"], Colleague, RoleWord, false),
    t(&["doktersassistente"], Colleague, RoleWord, false),
    t(&["apothekersassistent"], Colleague, RoleWord, false),
    t(&["ziekenhuisapotheker"], Colleague, RoleWord, false),
    t(&["radioloog"], Colleague, RoleWord, false),
    t(&["uroloog"], Colleague, RoleWord, false),
    t(&["gynaecoloog"], Colleague, RoleWord, false),
    t(&["kinderarts"], Colleague, RoleWord, false),
    t(&["orthopeed"], Colleague, RoleWord, false),
    t(&["dermatoloog"], Colleague, RoleWord, false),
    t(&["oncoloog"], Colleague, RoleWord, false),
    t(&["nefroloog"], Colleague, RoleWord, false),
    t(&["mdl-arts"], Colleague, RoleWord, false),
    t(&["spoedarts"], Colleague, RoleWord, false),
    t(&["achterwacht"], Colleague, RoleWord, false),
    t(&["voorwacht"], Colleague, RoleWord, false),
    t(&["dienstdoende"], Colleague, RoleWord, false),
    t(&["supervisor"], Colleague, RoleWord, false),
    t(&["pastor"], Colleague, RoleWord, false),
    t(&["pastoor"], Colleague, RoleWord, false),
    t(&["dominee"], Colleague, RoleWord, false),
    t(&["imam"], Colleague, RoleWord, false),
    t(&["vrijwilliger"], Colleague, RoleWord, false),
    t(&["mentor"], Colleague, RoleWord, false),
    t(&["coach"], Colleague, RoleWord, false),
    t(&["teamcoach"], Colleague, RoleWord, false),
    t(&["kwaliteitsadviseur"], Colleague, RoleWord, false),
    t(&["medewerker"], Colleague, RoleWord, false),
    t(&["schoonmaker"], Colleague, RoleWord, false),
    t(&["verzorgende"], Colleague, RoleWord, false),
    t(&["helpende"], Colleague, RoleWord, false),
    t(&["kraamverzorgende"], Colleague, RoleWord, false),
    t(&["wijkverpleegkundige"], Colleague, RoleWord, false),
    t(&["praktijkondersteuner"], Colleague, RoleWord, false),
    t(&["opa"], Relative, RoleWord, false),
    t(&["oma"], Relative, RoleWord, false),
    t(&["kleinkind"], Relative, RoleWord, false),
    t(&["zwager"], Relative, RoleWord, false),
    t(&["schoonzus"], Relative, RoleWord, false),
    t(&["schoonmoeder"], Relative, RoleWord, false),
    t(&["schoonvader"], Relative, RoleWord, false),
    t(&["stiefzoon"], Relative, RoleWord, false),
    t(&["stiefdochter"], Relative, RoleWord, false),
    t(&["familielid"], Relative, RoleWord, false),
    t(&["contactpersoon"], Relative, RoleWord, false),
    t(&["nurse"], Colleague, RoleWord, false),
    t(&["doctor"], Colleague, RoleWord, false),
    t(&["colleague"], Colleague, RoleWord, false),
    t(&["pharmacist"], Colleague, RoleWord, false),
    t(&["midwife"], Colleague, RoleWord, false),
    t(&["paramedic"], Colleague, RoleWord, false),
    t(&["interpreter"], Colleague, RoleWord, false),
    t(&["officer"], Anyone, RoleWord, false),
    t(&["sergeant"], Anyone, RoleWord, false),
    t(&["uncle"], Relative, RoleWord, false),
    t(&["aunt"], Relative, RoleWord, false),
    t(&["cousin"], Relative, RoleWord, false),
    t(&["nephew"], Relative, RoleWord, false),
    t(&["niece"], Relative, RoleWord, false),
    t(&["grandmother"], Relative, RoleWord, false),
    t(&["grandfather"], Relative, RoleWord, false),
    t(&["carer"], Relative, RoleWord, false),
    t(&["gp"], Colleague, RoleWord, false),
    t(&["surgeon"], Colleague, RoleWord, false),
    t(&["resident"], Colleague, RoleWord, false),
    t(&["registrar"], Colleague, RoleWord, false),
    t(&["consultant"], Colleague, RoleWord, false),
    t(&["physician"], Colleague, RoleWord, false),
    t(&["patiënt"], Patient, RoleWord, false),
    t(&["patiënte"], Patient, RoleWord, false),
    t(&["patient"], Patient, RoleWord, false),
    t(&["pt"], Patient, RoleWord, true),
    t(&["cliënt"], Patient, RoleWord, false),
    t(&["client"], Patient, RoleWord, false),
    t(&["bewoner"], Patient, RoleWord, false),
    t(&["bewoonster"], Patient, RoleWord, false),
    t(&["dochter"], Relative, RoleWord, false),
    t(&["zoon"], Relative, RoleWord, false),
    t(&["echtgenote"], Relative, RoleWord, false),
    t(&["echtgenoot"], Relative, RoleWord, false),
    t(&["moeder"], Relative, RoleWord, false),
    t(&["vader"], Relative, RoleWord, false),
    t(&["broer"], Relative, RoleWord, false),
    t(&["zus"], Relative, RoleWord, false),
    t(&["kleinzoon"], Relative, RoleWord, false),
    t(&["kleindochter"], Relative, RoleWord, false),
    t(&["schoonzoon"], Relative, RoleWord, false),
    t(&["schoondochter"], Relative, RoleWord, false),
    t(&["neef"], Relative, RoleWord, false),
    t(&["nicht"], Relative, RoleWord, false),
    t(&["oom"], Relative, RoleWord, false),
    t(&["tante"], Relative, RoleWord, false),
    t(&["buurman"], Relative, RoleWord, false),
    t(&["buurvrouw"], Relative, RoleWord, false),
    t(&["mantelzorger"], Relative, RoleWord, false),
    t(&["fam"], Relative, Address, true),
    t(&["familie"], Relative, RoleWord, false),
    t(&["family"], Relative, RoleWord, false),
    t(&["facilitator"], Colleague, RoleWord, false),
    t(&["matron"], Colleague, RoleWord, false),
    t(&["leerling"], Colleague, RoleWord, false),
    t(&["nachthoofd"], Colleague, RoleWord, false),
    t(&["stagiair"], Colleague, RoleWord, false),
    t(&["daughter"], Relative, RoleWord, false),
    t(&["son"], Relative, RoleWord, false),
    t(&["wife"], Relative, RoleWord, false),
    t(&["husband"], Relative, RoleWord, false),
    t(&["mother"], Relative, RoleWord, false),
    t(&["father"], Relative, RoleWord, false),
    t(&["brother"], Relative, RoleWord, false),
    t(&["sister"], Relative, RoleWord, false),
    t(&["grandson"], Relative, RoleWord, false),
    t(&["granddaughter"], Relative, RoleWord, false),
    t(&["neighbour"], Relative, RoleWord, false),
    t(&["neighbor"], Relative, RoleWord, false),
    t(&["partner"], Relative, RoleWord, false),
];

/// Kinship words that name a relative only after a possessive: "zijn vrouw Gerda", "her husband".
const AFTER_POSSESSIVE: &[&str] = &["man", "vrouw", "vriend", "vriendin", "friend"];
const POSSESSIVES: &[&str] = &["zijn", "haar", "hun", "z'n", "d'r", "mijn", "his", "her", "their", "my"];

/// Given names that are also words at the start of a sentence: "Ben je …", "Wil je …", "Grace period".
const WORDS_TOO: &[&str] = &[
    "ben", "wil", "els", "will", "grace", "mark", "bill", "grant", "hope", "rose", "floor", "may", "frank", "pat",
    "sky", "mars", "hoop", "lente", "zomer", "job", "bob", "roos", "storm", "berber",
];

/// Words after a name that say a person did something: "Özdemir belde", "Smith said".
const PERSON_VERBS: &[&str] = &[
    "zei",
    "zegt",
    "belde",
    "belt",
    "vertelde",
    "vertelt",
    "vroeg",
    "vraagt",
    "vond",
    "vindt",
    "kwam",
    "liep",
    "zag",
    "dacht",
    "wist",
    "voelde",
    "merkte",
    "schreef",
    "mailde",
    "appte",
    "reageerde",
    "sprak",
    "hoorde",
    "wilde",
    "moest",
    "ging",
    "bleef",
    "gaf",
    "legde",
    "deed",
    "nam",
    "stuurde",
    "overlegde",
    "twijfelde",
    "herinnerde",
    "schrok",
    "huilde",
    "lachte",
    "werd",
    "kreeg",
    "zat",
    "stond",
    "stelde",
    "stelt",
    "heeft",
    "had",
    "is",
    "was",
    "gaat",
    "komt",
    "doet",
    "neemt",
    "geeft",
    "ziet",
    "weet",
    "voelt",
    "merkt",
    "schrijft",
    "mailt",
    "appt",
    "reageert",
    "spreekt",
    "hoort",
    "wil",
    "moet",
    "kan",
    "kon",
    "zou",
    "mocht",
    "durfde",
    "probeerde",
    "besloot",
    "vertrok",
    "arriveerde",
    "opende",
    "startte",
    "controleerde",
    "controleert",
    "meldde",
    "meldt",
    "pakte",
    "haalde",
    "bracht",
    "hielp",
    "en",
    "said",
    "says",
    "called",
    "told",
    "asked",
    "felt",
    "thought",
    "came",
    "went",
    "saw",
    "wrote",
    "explained",
    "noticed",
    "recalled",
    "has",
    "did",
    "could",
    "would",
    "gave",
    "took",
];

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
        let mut seen = HashMap::new();
        for text in texts {
            let found = anchored(&tokenize(text));
            for one in &found {
                identify(&mut persons, one);
            }
            seen.insert(text.to_owned(), found);
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
            let Some((base, candidates)) =
                // "gulsen" is Gülsen written in a hurry.
                [lower, possessive].into_iter().find_map(|form| index.get(&fold(form)).map(|c| (form.to_owned(), c)))
            else {
                continue;
            };
            if is_common(&base) && !written {
                continue;
            }
            for &(person, part) in candidates {
                let (start, end, full) = self.extend(&tokens, at, person, part);
                let priority = match (part, full, self.persons[person].participant.is_some()) {
                    (_, true, _) => 8,
                    (Part::Surname, _, false) | (Part::First, _, true) => 6,
                    _ => 4,
                };
                let titled = titled_before(&tokens, start);
                found.push((tokens[start].start, tokens[end - 1].end, person, titled, priority));
            }
        }
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
                // Particles and other parts of the same family name before it.
                while start > 0 {
                    let prev = &tokens[start - 1];
                    if prev.text == "-" && !prev.gap && start >= 2 {
                        start -= 2;
                    } else if prev.is_word() && surname.contains(&prev.lower()) {
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

fn strip_possessive(lower: &str) -> &str {
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .or_else(|| lower.strip_suffix('\''))
        .or_else(|| lower.strip_suffix('s').filter(|b| b.chars().count() >= 3))
        .unwrap_or(lower)
}

/// The trigger that ends just before token `at`, if any, and where it starts.
fn trigger_before<'t>(tokens: &[Token], at: usize) -> Option<(&'t Trigger, usize)> {
    let mut end = at;
    let dotted = end > 0 && tokens[end - 1].text == "." && !tokens[end - 1].gap;
    if dotted {
        end -= 1;
    }
    TRIGGERS.iter().find_map(|trigger| {
        let n = trigger.words.len();
        if end < n || (dotted && !trigger.abbreviation) {
            return None;
        }
        let matches = trigger.words.iter().zip(&tokens[end - n..end]).all(|(w, t)| t.is_word() && t.lower() == *w);
        matches.then_some((trigger, end - n))
    })
}

fn titled_before(tokens: &[Token], at: usize) -> bool {
    at > 0 && trigger_before(tokens, at).is_some()
}

/// Initials right before token `at` ("G." "J.P."), as the token where they start.
fn initials_before(tokens: &[Token], at: usize) -> Option<usize> {
    let mut start = at;
    while start >= 2 && tokens[start - 1].text == "." && tokens[start - 2].initial() {
        start -= 2;
    }
    (start < at).then_some(start)
}

/// Names found by their context in one text.
fn anchored(tokens: &[Token]) -> Vec<Anchored> {
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
    for trigger in TRIGGERS {
        let n = trigger.words.len();
        if i + n > tokens.len()
            || !trigger.words.iter().zip(&tokens[i..i + n]).all(|(w, t)| t.is_word() && t.lower() == *w)
        {
            continue;
        }
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
        if trigger.strength == Strength::Role && j < tokens.len() && matches!(tokens[j].text, "," | "(") {
            j += 1;
            if trigger_at(tokens, j) {
                return None; // "The GP, Dr. van Houten": the title reads the name.
            }
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
        let strength = trigger.strength;
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
    // A given name. Capitalised it is a name, unless it is one of the few that also start
    // sentences as words ("Ben je …", "Will you …") and no verb follows; in lower case only when
    // it is no ordinary word or a verb follows ("fleur stelde voor …").
    let lower = token.lower();
    // "Anna's", and "Jansens" only with its capital: "huis" is not the possessive of "Hui".
    let base = if token.capitalised() || lower.contains(['\'', '’']) { strip_possessive(lower) } else { lower };
    if (is_first_name(lower) || is_first_name(base)) && trigger_before(tokens, i).is_none() {
        let word = if is_first_name(lower) { lower } else { base };
        let verb_after = person_verb_after(tokens, i);
        // "storm en harde wind": after a word in lower case, "en" says nothing.
        let and_after = tokens.get(i + 1).is_some_and(|n| matches!(n.lower(), "en" | "and"));
        // "St. Antonius", "Zorggroep Sint Maarten": a saint's name is a place or an organisation.
        let saint = (i > 0 && matches!(tokens[i - 1].lower(), "sint" | "zorggroep"))
            || (i > 1 && tokens[i - 1].text == "." && tokens[i - 2].lower() == "st");
        let plausible = if token.capitalised() {
            !WORDS_TOO.contains(&word) || verb_after
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
        let not_a_person = NOT_BEFORE_NAMES.contains(&before)
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
    // A name that a bracket explains, wherever it stands: "Truida (dochter)", "dirk-pieter (ANIOS)".
    let name_shaped = token.capitalised() || is_first_name(lower);
    if name_shaped && plain_word(token) && !is_not_a_name(lower) && !is_place(lower) && !is_compound(lower) {
        // The bracket holds a role ("(dochter)"), not another person ("(mevr. Sluiter)").
        let bracket =
            tokens.get(i + 1).is_some_and(|n| n.text == "(") && trigger_at(tokens, i + 2) && !address_at(tokens, i + 2);
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

/// Words after which a capitalised word is a thing or a place, not a person.
const NOT_BEFORE_NAMES: &[&str] = &[
    "de",
    "het",
    "een",
    "die",
    "deze",
    "dit",
    "dat",
    "geen",
    "in",
    "uit",
    "naar",
    "te",
    "via",
    "richting",
    "op",
    "the",
    "a",
    "an",
    "this",
    "that",
    "to",
    "from",
    "at",
    "into",
    "of",
    "per",
    "ziekenhuis",
    "hospital",
    "afdeling",
    "locatie",
    "gemeente",
    "regio",
    "provincie",
    "woonplaats",
    "wonend",
    "spreekt",
    "spreken",
    "sprak",
    "speaks",
    "spoke",
    "speak",
    "gebruikt",
    "gebruikte",
    "gebruiken",
    "kreeg",
    "krijgt",
    "toegediend",
    "on",
    "every",
    "last",
    "next",
    "dienst",
    "merk",
    "middel",
    "medicijn",
    "van",
    "vanuit",
    "alleen",
    "tolk",
    "rond",
    "nabij",
    "zorggroep",
    "sint",
    "st",
];

/// Words after a name that make it a place or a thing: "Jeroen Bosch Ziekenhuis", "Capelle aan den IJssel".
const NOT_AFTER_NAMES: &[&str] = &[
    "ziekenhuis",
    "kliniek",
    "mc",
    "umc",
    "zorg",
    "huis",
    "centrum",
    "hospital",
    "clinic",
    "aan",
    "apotheek",
    "revalidatie",
    "gasthuis",
    "instituut",
    "stichting",
];

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
    TRIGGERS.iter().filter(|t| t.strength == Strength::Address).any(|trigger| {
        let n = trigger.words.len();
        at + n <= tokens.len()
            && trigger.words.iter().zip(&tokens[at..at + n]).all(|(w, t)| t.is_word() && t.lower() == *w)
    })
}

/// A title or role word starts at token `at`.
fn trigger_at(tokens: &[Token], at: usize) -> bool {
    TRIGGERS.iter().any(|trigger| {
        let n = trigger.words.len();
        at + n <= tokens.len()
            && trigger.words.iter().zip(&tokens[at..at + n]).all(|(w, t)| t.is_word() && t.lower() == *w)
    })
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
    (matches!(lower, "in" | "op" | "uit" | "onder") && short_before)
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

/// Small words that follow a possessive-looking word without making it one: "Javaans met haar zus".
const FUNCTION_WORDS: &[&str] = &[
    "met", "en", "of", "in", "op", "aan", "van", "voor", "bij", "te", "naar", "uit", "om", "als", "maar", "ook", "nog",
    "niet", "wel", "er", "ze", "zij", "hij", "we", "wij", "zijn", "werd", "wordt", "was", "is", "had", "heeft", "die",
    "dat", "dan", "door", "tot", "over", "onder", "tegen", "zonder", "the", "and", "with", "to", "on", "at", "for",
    "has",
];

/// Words that follow a title or role word without being a name: "mevrouw zelf", "de arts ook".
const NEVER_NAMES: &[&str] = &[
    "zelf", "ook", "nog", "wel", "niet", "die", "dat", "en", "of", "het", "een", "is", "was", "had", "heeft", "zei",
    "kreeg", "werd", "wordt", "kwam", "the", "and", "has", "said",
];

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

#[cfg(test)]
mod tests {
    use super::*;

    fn replaced(text: &str, participants: &[(&str, &str)]) -> String {
        let participants: Vec<(String, String)> =
            participants.iter().map(|(n, p)| (n.to_string(), p.to_string())).collect();
        let people = People::find([text], &participants, Lang::Nl);
        let mut out = String::new();
        let mut from = 0;
        for m in people.mentions(text) {
            out.push_str(&text[from..m.start]);
            out.push_str(&m.replacement);
            from = m.end;
        }
        out.push_str(&text[from..]);
        out
    }

    #[test]
    fn a_patient_who_shares_a_family_name_with_a_participant_is_someone_else() {
        let text =
            "Mevr. de Wit viel 's nachts. Haar dochter Ingrid de Wit vond haar. Ingrid belde; de Wit was verward.";
        assert_eq!(
            replaced(text, &[("Ingrid de Wit", "Naaste A")]),
            "Mevr. B viel 's nachts. Haar dochter Naaste A vond haar. Naaste A belde; Persoon B was verward."
        );
    }

    #[test]
    fn names_after_titles_roles_and_initials_and_again_without_them() {
        let text = "Dhr. Bakker kreeg 5 mg. Dokter Visser belde G. Hendriks; Bakker sliep. Daarna kwam Sanne.";
        assert_eq!(
            replaced(text, &[]),
            "Dhr. A kreeg 5 mg. Dokter B belde Persoon C; Persoon A sliep. Daarna kwam Persoon D."
        );
    }

    #[test]
    fn letters_of_participants_without_a_name_are_taken_too() {
        assert_eq!(replaced("Mevr. Jansen viel.", &[("", "Verpleegkundige A"), ("", "Arts B")]), "Mevr. C viel.");
    }

    #[test]
    fn names_the_reviewer_found_leaking() {
        let with = |text: &str, participants: &[(&str, &str)]| replaced(text, participants);
        // A given name that ends like a medicine, a family name that is a role word, capitals.
        assert_eq!(with("Soufiane belde de arts.", &[]), "Persoon A belde de arts.");
        assert_eq!(with("Mevrouw Arts belde.", &[]), "Mevrouw A belde.");
        assert_eq!(with("Dhr. JANSEN kreeg 5 mg.", &[]), "Dhr. A kreeg 5 mg.");
        // The rest of a double name that was not known yet.
        assert_eq!(
            with("Mevr. Jansen viel. Jansen-Bakker, haar dochter, belde.", &[]),
            "Mevr. A viel. Persoon A, haar dochter, belde."
        );
        // A participant's double given name, in capitals or not.
        assert_eq!(
            with("Xiu-Mei belde; xiu-mei kwam.", &[("Xiu-Mei Chen", "Verpleegkundige A")]),
            "Verpleegkundige A belde; Verpleegkundige A kwam."
        );
        // Two people with one family name and other initials; "huis" is no possessive.
        assert_eq!(with("G. Bakker belde P. Bakker.", &[]), "Persoon A belde Persoon B.");
        assert_eq!(with("Mevr. Hui ging naar huis.", &[]), "Mevr. A ging naar huis.");
    }

    #[test]
    fn the_word_tables_list_each_word_once() {
        for table in [PERSON_VERBS, NEVER_NAMES, NOT_BEFORE_NAMES, FUNCTION_WORDS, WORDS_TOO] {
            let mut words = table.to_vec();
            words.sort_unstable();
            let before = words.len();
            words.dedup();
            assert_eq!(before, words.len(), "a word twice in {table:?}");
        }
    }

    #[test]
    fn a_full_stop_after_a_whole_title_ends_the_sentence() {
        let text = "Het ging mis bij deze meneer. Rond twee uur kwam de arts.";
        assert_eq!(replaced(text, &[]), text);
    }
}
