//! The privacy scan: what in a story could identify someone, or blames someone, before it leaves
//! the vault. Each hit has a key (its kind and the text found), so one decision covers every place
//! the same text occurs; each identifier has a replacement, applied unless the facilitator keeps it.

use std::collections::BTreeMap;

use chrono::Datelike;
use leerteam_model::{Case, PrivacyReview, StorySettings};
use regex::{Regex, RegexBuilder};
use serde::Serialize;

use crate::document::Document;
use crate::error::StoryError;
use crate::general::general_form;
use crate::labels::Lang;
use crate::people::People;

mod addresses;
mod lines;
mod numbers;
mod records;
mod rules;
mod twins;

use addresses::*;
pub use numbers::passes_eleven_check;
use numbers::{is_postcode, BSN_GROUPS};
pub use rules::rule_timings;
use rules::{needs_digit, FIXED};

/// What a finding is, in order of precedence when two overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FindingKind {
    Email,
    /// A street and house number, with the postcode and town when they follow.
    Address,
    BirthDate,
    Bsn,
    RecordNumber,
    Phone,
    Postcode,
    /// A name the facilitator asked to hide.
    HiddenName,
    /// A participant's name, replaced by their pseudonym.
    ParticipantName,
    /// Anyone else the story names (the patient, a relative, a colleague), replaced by a pseudonym
    /// of their own: "Persoon B", "Naaste C".
    Person,
    /// Details that identify only together with others: left as written unless the facilitator
    /// chooses their general form (a decade, a shift, a month, "a nursing ward").
    Age,
    Time,
    Date,
    Ward,
    /// Wording that points at a person instead of at what made the work hard.
    Blame,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Email => "email",
            FindingKind::Address => "address",
            FindingKind::ParticipantName => "name",
            FindingKind::Person => "person",
            FindingKind::HiddenName => "hidden_name",
            FindingKind::Bsn => "bsn",
            FindingKind::RecordNumber => "record_number",
            FindingKind::Phone => "phone",
            FindingKind::BirthDate => "birth_date",
            FindingKind::Postcode => "postcode",
            FindingKind::Age => "age",
            FindingKind::Time => "time",
            FindingKind::Date => "date",
            FindingKind::Ward => "ward",
            FindingKind::Blame => "blame",
        }
    }

    /// Identifies someone on its own, so it is replaced unless kept.
    pub fn is_identifier(self) -> bool {
        !self.is_detail() && self != FindingKind::Blame
    }

    /// Identifies only together with others: kept unless generalised.
    pub fn is_detail(self) -> bool {
        matches!(self, FindingKind::Age | FindingKind::Time | FindingKind::Date | FindingKind::Ward)
    }
}

/// One place in one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub kind: FindingKind,
    pub key: String,
    /// What goes in its place; none for blame wording that only a person can rewrite, and for
    /// details that stay unless generalised.
    pub replacement: Option<String>,
    /// Its general form, where it has one: "jaren '40" for a date of birth, "mei 2026" for a date.
    pub general: Option<String>,
}

/// Everything found for one key, for the review screen and `leerteam story scan`.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export, rename = "PrivacyFinding")]
pub struct Finding {
    pub key: String,
    pub kind: FindingKind,
    /// The text as found the first time.
    pub text: String,
    pub replacement: Option<String>,
    /// Its general form, where it has one, offered as a third choice beside replace and keep.
    pub general: Option<String>,
    /// The facilitator chose to keep it as it is.
    pub keep: bool,
    /// The facilitator chose its general form.
    pub generalise: bool,
    /// A detail (age, time, date, ward): kept unless generalised, shown apart in the review.
    pub detail: bool,
    /// What the export writes for it, as decided: the one choice the review shows as selected.
    pub choice: Decision,
    pub count: u32,
    /// The first few places, with some text around them.
    pub places: Vec<Place>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export, rename = "PrivacyPlace")]
pub struct Place {
    /// The heading of the story section it is in.
    pub section: String,
    pub before: String,
    pub found: String,
    pub after: String,
}

const PLACES_SHOWN: usize = 3;
/// A rule's `group` when the finding is whichever capture group took part.
const FIRST_GROUP: usize = usize::MAX;
const CONTEXT_CHARS: usize = 48;

struct Rule {
    kind: FindingKind,
    re: Regex,
    /// The capture group that is the finding (0: the whole match).
    group: usize,
    /// Whether a match (its range in the text) is a finding, given the text around it.
    accept: fn(&str, usize, usize) -> bool,
    replacement: Replacement,
}

enum Replacement {
    /// "[BSN]", "[naam]": the kind's placeholder in the story's language.
    Placeholder,
    Text(String),
    /// Only a person can rewrite this.
    None,
}

/// The detectors for one case: the fixed patterns plus this case's names and this vault's
/// record-number patterns.
#[derive(Debug)]
pub struct Scanner {
    /// The names the facilitator hides and this vault's record-number patterns; the fixed rules are
    /// in `FIXED`.
    own: Vec<Rule>,
    /// The participants' names and pseudonyms.
    participants: Vec<(String, String)>,
    /// The case's ward, a detail that can be generalised wherever the story names it.
    ward: Option<Regex>,
    /// The year the case happened in: a whole date eighteen years or more before it is someone's
    /// birth, not the incident's.
    year: Option<i32>,
    lang: Lang,
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("kind", &self.kind).finish_non_exhaustive()
    }
}

fn any(_: &str, _: usize, _: usize) -> bool {
    true
}

fn placeholder(kind: FindingKind, lang: Lang) -> &'static str {
    let (nl, en) = match kind {
        FindingKind::Bsn => ("[BSN]", "[BSN]"),
        FindingKind::RecordNumber => ("[patiëntnummer]", "[record number]"),
        FindingKind::Phone => ("[telefoonnummer]", "[phone number]"),
        FindingKind::BirthDate => ("[geboortedatum]", "[date of birth]"),
        FindingKind::Postcode => ("[postcode]", "[postcode]"),
        FindingKind::Email => ("[e-mailadres]", "[e-mail address]"),
        FindingKind::Address => ("[adres]", "[address]"),
        FindingKind::Person | FindingKind::HiddenName | FindingKind::ParticipantName => ("[naam]", "[name]"),
        FindingKind::Blame | FindingKind::Age | FindingKind::Time | FindingKind::Date | FindingKind::Ward => ("", ""),
    };
    if lang == Lang::Nl {
        nl
    } else {
        en
    }
}

const MONTHS: &str = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|\
    january|february|march|may|june|july|august|october|jan|febr|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";

/// Compiles a vault's record-number pattern, or says which one is wrong.
pub fn compile_record_pattern(pattern: &str) -> Result<Regex, StoryError> {
    RegexBuilder::new(pattern).size_limit(1 << 20).build().map_err(|_| StoryError::BadPattern)
}

impl Scanner {
    pub fn new(case: &Case, settings: &StorySettings, lang: Lang) -> Result<Scanner, StoryError> {
        let mut own = Vec::new();
        for name in &case.story.review.hidden_names {
            let replacement = Some(name.replacement.trim()).filter(|r| !r.is_empty());
            push_name(
                &mut own,
                FindingKind::HiddenName,
                &name.name,
                replacement.unwrap_or(placeholder(FindingKind::HiddenName, lang)),
            );
        }
        let participants = case
            .participants
            .iter()
            // Participants without a name too: their pseudonyms' letters are taken all the same.
            .map(|p| (p.name.clone().unwrap_or_default(), p.pseudonym.clone()))
            .collect();
        for pattern in &settings.record_patterns {
            let re = compile_record_pattern(pattern)?;
            let group = usize::from(re.captures_len() > 1);
            own.push(Rule {
                kind: FindingKind::RecordNumber,
                re,
                group,
                accept: any,
                replacement: Replacement::Placeholder,
            });
        }
        let ward = Some(case.ward.trim())
            .filter(|w| w.chars().count() >= 3)
            .and_then(|w| RegexBuilder::new(&format!(r"\b{}\b", regex::escape(w))).case_insensitive(true).build().ok());
        let year = Some(case.event_date.map_or(case.created_at.year(), |d| d.year()));
        Ok(Scanner { own, participants, ward, year, lang })
    }

    /// A scanner for texts with these participants (name, pseudonym) and nothing else of a case:
    /// no hidden names, no record patterns (the evaluation set, the bench).
    pub fn from_names(participants: Vec<(String, String)>, lang: Lang) -> Scanner {
        Scanner { own: Vec::new(), participants, ward: None, year: None, lang }
    }

    /// The same scanner for texts of a case that happened in `year`.
    pub fn in_year(self, year: i32) -> Scanner {
        Scanner { year: Some(year), ..self }
    }

    /// Everyone named in `texts` (the whole story), who is who decided once for all of them.
    pub fn people<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> People {
        People::find(texts, &self.participants, self.lang)
    }

    /// The hits in one text read on its own.
    pub fn hits(&self, text: &str) -> Vec<Hit> {
        self.hits_with(text, &self.people([text]))
    }

    /// The hits in one text of a story whose people are `people`, without overlaps: where two
    /// overlap, the kind of higher precedence wins.
    pub fn hits_with(&self, text: &str, people: &People) -> Vec<Hit> {
        let mut all: Vec<Hit> = people
            .mentions(text)
            .into_iter()
            .map(|m| Hit {
                start: m.start,
                end: m.end,
                kind: if m.participant { FindingKind::ParticipantName } else { FindingKind::Person },
                key: m.key,
                replacement: Some(m.replacement),
                general: None,
            })
            .collect();
        if let Some(ward) = &self.ward {
            all.extend(ward_hits(text, ward, self.lang));
        }
        // Most rules find numbers; a text without a digit (most paragraphs) needs only the rest.
        let digits = text.bytes().any(|b| b.is_ascii_digit());
        let fixed = FIXED.iter().filter(|rule| digits || !needs_digit(rule.kind));
        for rule in fixed.chain(&self.own) {
            for caps in rule.re.captures_iter(text) {
                // A vault's own pattern may match the empty string; that finds nothing.
                let found =
                    if rule.group == FIRST_GROUP { caps.iter().skip(1).flatten().next() } else { caps.get(rule.group) };
                let Some(m) = found.filter(|m| !m.is_empty()) else { continue };
                if !(rule.accept)(text, m.start(), m.end()) {
                    continue;
                }
                let replacement = match &rule.replacement {
                    Replacement::Placeholder => Some(placeholder(rule.kind, self.lang).to_owned()),
                    Replacement::Text(text) => Some(match_case(m.as_str(), text)),
                    Replacement::None => None,
                };
                let end =
                    if rule.kind == FindingKind::Address { address_end(text, m.start(), m.end()) } else { m.end() };
                all.push(self.hit(text, rule.kind, m.start(), end, replacement));
            }
        }
        let mut found = resolve_overlaps(all);
        let make = |kind, start, end| self.hit(text, kind, start, end, Some(placeholder(kind, self.lang).to_owned()));
        if let Some(year) = self.year {
            for hit in found.iter_mut().filter(|h| h.kind == FindingKind::Date) {
                let born = crate::general::month_and_year(&text[hit.start..hit.end]).map(|(_, y)| y as i32);
                if born.is_some_and(|y| y <= year - 18) {
                    *hit = make(FindingKind::BirthDate, hit.start, hit.end);
                }
            }
        }
        // The note's years, for the two rules below that must not take the incident's date.
        let years = records::years(text);
        let lines = lines::record_line_hits(text, &years, &found, make);
        let found = if lines.is_empty() { found } else { resolve_overlaps(found.into_iter().chain(lines).collect()) };
        let twins = twins::twins(text, &years, &found, make);
        if twins.is_empty() {
            return found;
        }
        resolve_overlaps(found.into_iter().chain(twins).collect())
    }

    fn hit(&self, text: &str, kind: FindingKind, start: usize, end: usize, replacement: Option<String>) -> Hit {
        let found = &text[start..end];
        Hit {
            start,
            end,
            kind,
            key: key(kind, found),
            replacement,
            general: general_form(kind, found, self.lang).map(|g| match_case(found, &g)),
        }
    }

    /// Every finding in the document, one per key, in the order they first appear. With `replace`,
    /// each text is also rewritten with the replacements the review did not keep, from the same hits:
    /// the document is scanned once.
    pub fn scan(&self, document: &mut Document, review: &PrivacyReview, replace: bool) -> Vec<Finding> {
        let people = self.people_in(document);
        let mut by_key: BTreeMap<String, Finding> = BTreeMap::new();
        let mut order: Vec<String> = Vec::new();
        document.visit_texts(|section, text| {
            let hits = self.hits_with(text, &people);
            for hit in &hits {
                let finding = by_key.entry(hit.key.clone()).or_insert_with(|| {
                    order.push(hit.key.clone());
                    Finding {
                        key: hit.key.clone(),
                        kind: hit.kind,
                        text: text[hit.start..hit.end].to_owned(),
                        // After a title the text gets the letter alone ("mevr. B"); the review names the
                        // person as the story does elsewhere ("Persoon B").
                        replacement: match hit.kind {
                            FindingKind::Person => people.label(&hit.key).or_else(|| hit.replacement.clone()),
                            _ => hit.replacement.clone(),
                        },
                        general: hit.general.clone(),
                        keep: decision(review, &hit.key) == Decision::Keep,
                        generalise: decision(review, &hit.key) == Decision::Generalise,
                        detail: hit.kind.is_detail(),
                        choice: shown_choice(decision(review, &hit.key), hit),
                        count: 0,
                        places: Vec::new(),
                    }
                });
                finding.count += 1;
                if finding.places.len() < PLACES_SHOWN {
                    finding.places.push(place(section, text, hit));
                }
            }
            if replace {
                rewrite(text, &hits, |key| decision(review, key));
            }
        });
        order.into_iter().filter_map(|k| by_key.remove(&k)).collect()
    }

    /// Rewrites the document as `decide` says for each key.
    pub fn apply(&self, document: &mut Document, decide: impl Fn(&str) -> Decision) {
        let people = self.people_in(document);
        document.visit_texts(|_, text| {
            let hits = self.hits_with(text, &people);
            rewrite(text, &hits, &decide);
        });
    }

    fn people_in(&self, document: &mut Document) -> People {
        let mut texts = Vec::new();
        document.visit_texts(|_, text| texts.push(text.clone()));
        self.people(texts.iter().map(String::as_str))
    }
}

/// The hits without overlaps. Where two overlap, the kind of higher precedence wins; when both are
/// identifiers and the loser sticks out ("Piet" of "Piet Bakker" after a hidden "Bakker"), the
/// winner grows over it, so no part of an identifier is left as written.
fn resolve_overlaps(mut all: Vec<Hit>) -> Vec<Hit> {
    all.sort_by_key(|h| (h.kind, h.start, std::cmp::Reverse(h.end)));
    let mut kept: Vec<Hit> = Vec::new();
    for hit in all {
        let overlapping: Vec<usize> =
            (0..kept.len()).filter(|&i| hit.start < kept[i].end && kept[i].start < hit.end).collect();
        match overlapping.first() {
            None => kept.push(hit),
            Some(&first) if hit.kind.is_identifier() && kept[first].kind.is_identifier() => {
                let (start, end) = overlapping
                    .iter()
                    .fold((hit.start, hit.end), |(s, e), &i| (s.min(kept[i].start), e.max(kept[i].end)));
                kept[first].start = start;
                kept[first].end = end;
                // Anything else the grown hit now covers goes into it.
                for &i in overlapping.iter().skip(1).rev() {
                    kept.remove(i);
                }
            }
            Some(_) => {}
        }
    }
    kept.sort_by_key(|h| h.start);
    kept
}

/// What the story says in place of a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "PrivacyChoice")]
pub enum Decision {
    /// Its replacement, where it has one (the default).
    Replace,
    /// Its general form, where it has one; else as `Replace`.
    Generalise,
    /// As written.
    Keep,
}

/// The facilitator's decision on `key`; replace when there is none.
pub fn decision(review: &PrivacyReview, key: &str) -> Decision {
    match review.decisions.iter().find(|d| d.key == key) {
        Some(d) if d.generalise => Decision::Generalise,
        Some(d) if d.keep => Decision::Keep,
        _ => Decision::Replace,
    }
}

/// The choice that takes effect: a general form only where there is one, and a detail without a
/// replacement stays as written unless generalised.
fn shown_choice(decided: Decision, hit: &Hit) -> Decision {
    match decided {
        Decision::Generalise if hit.general.is_some() => Decision::Generalise,
        Decision::Keep => Decision::Keep,
        _ if hit.replacement.is_none() => Decision::Keep,
        _ => Decision::Replace,
    }
}

/// `text` with every hit written as decided.
fn rewrite(text: &mut String, hits: &[Hit], decide: impl Fn(&str) -> Decision) {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for hit in hits {
        let instead = match decide(&hit.key) {
            Decision::Keep => None,
            Decision::Generalise => hit.general.as_deref().or(hit.replacement.as_deref()),
            Decision::Replace => hit.replacement.as_deref(),
        };
        let Some(replacement) = instead else { continue };
        out.push_str(&text[from..hit.start]);
        out.push_str(replacement);
        from = hit.end;
    }
    if from > 0 {
        out.push_str(&text[from..]);
        *text = out;
    }
}

/// A fixed pattern with ASCII word boundaries. A Unicode `\b` makes the regex crate's fast engines
/// give up on any text with a letter like "é" (nearly every Dutch text), which made the scan ten
/// times slower; the patterns' boundaries all sit next to digits or Latin letters.
pub(crate) fn fast_regex(pattern: &str) -> Regex {
    RegexBuilder::new(&pattern.replace(r"\b", r"(?-u:\b)")).build().expect("the fixed patterns compile")
}

/// Every place the story names the case's ward, as a detail that can be generalised.
fn ward_hits(text: &str, ward: &Regex, lang: Lang) -> Vec<Hit> {
    let general = if lang == Lang::Nl { "verpleegafdeling" } else { "nursing ward" };
    ward.find_iter(text)
        .map(|m| {
            // A capital only where a sentence starts: "omdat de SEH vol lag" becomes "omdat de
            // verpleegafdeling vol lag".
            let head = text[..m.start()].trim_end();
            let starts = head.is_empty() || head.ends_with(['.', '!', '?', ':']);
            (m, if starts { match_case("X", general) } else { general.to_owned() })
        })
        .map(|(m, general)| Hit {
            start: m.start(),
            end: m.end(),
            kind: FindingKind::Ward,
            key: key(FindingKind::Ward, m.as_str()),
            replacement: None,
            general: Some(general),
        })
        .collect()
}

/// A name the facilitator hides, as whole words, ignoring case: the full name, and each part of
/// three letters or more that is not a Dutch name particle ("van", "der").
fn push_name(rules: &mut Vec<Rule>, kind: FindingKind, name: &str, replacement: &str) {
    const PARTICLES: &[&str] = &["van", "von", "der", "den", "de", "het", "ter", "ten", "te", "la", "le", "du", "da"];
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().count() < 2 {
        return;
    }
    let mut forms = vec![name.clone()];
    forms.extend(
        name.split(' ')
            .chain(name.split([' ', '-']))
            .filter(|part| part.chars().count() >= 3 && !PARTICLES.contains(&part.to_lowercase().as_str()))
            .map(str::to_owned),
    );
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    forms.dedup();
    let alternatives = forms.iter().map(|f| regex::escape(f).replace(' ', r"\s+")).collect::<Vec<_>>();
    let pattern = format!(r"\b(?:{})\b", alternatives.join("|"));
    if let Ok(re) = RegexBuilder::new(&pattern).case_insensitive(true).build() {
        rules.push(Rule { kind, re, group: 0, accept: any, replacement: Replacement::Text(replacement.to_owned()) });
    }
}

fn key(kind: FindingKind, found: &str) -> String {
    let normal: String = match kind {
        FindingKind::Bsn | FindingKind::Phone => found.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect(),
        FindingKind::Postcode => found.chars().filter(|c| !c.is_whitespace()).collect(),
        _ => found.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase(),
    };
    format!("{}:{normal}", kind.as_str())
}

/// The replacement with a capital when the text it replaces starts a sentence.
fn match_case(found: &str, replacement: &str) -> String {
    let starts_upper = found.chars().next().is_some_and(char::is_uppercase);
    let mut chars = replacement.chars();
    match chars.next() {
        Some(first) if starts_upper && first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => replacement.to_owned(),
    }
}

fn place(section: &str, text: &str, hit: &Hit) -> Place {
    let before: String = {
        let head = &text[..hit.start];
        let skip = head.chars().count().saturating_sub(CONTEXT_CHARS);
        let cut: String = head.chars().skip(skip).collect();
        if skip > 0 {
            format!("…{cut}")
        } else {
            cut
        }
    };
    let after: String = {
        let tail = &text[hit.end..];
        let cut: String = tail.chars().take(CONTEXT_CHARS).collect();
        if tail.chars().count() > CONTEXT_CHARS {
            format!("{cut}…")
        } else {
            cut
        }
    };
    Place { section: section.to_owned(), before, found: text[hit.start..hit.end].to_owned(), after }
}
