//! The privacy scan: what in a story could identify someone, or blames someone, before it leaves
//! the vault. Each hit has a key (its kind and the text found), so one decision covers every place
//! the same text occurs; each identifier has a replacement, applied unless the facilitator keeps it.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use leerteam_model::{Case, PrivacyReview, StorySettings};
use regex::{Regex, RegexBuilder};
use serde::Serialize;

use crate::document::Document;
use crate::error::StoryError;
use crate::general::general_form;
use crate::labels::Lang;
use crate::lexicon::is_common;
use crate::people::People;

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
    january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec";

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
        Ok(Scanner { own, participants, ward, lang })
    }

    /// A scanner for texts with these participants (name, pseudonym) and nothing else of a case:
    /// no hidden names, no record patterns (the evaluation set, the bench).
    pub fn from_names(participants: Vec<(String, String)>, lang: Lang) -> Scanner {
        Scanner { own: Vec::new(), participants, ward: None, lang }
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
                let found = &text[m.start()..end];
                all.push(Hit {
                    start: m.start(),
                    end,
                    kind: rule.kind,
                    key: key(rule.kind, found),
                    replacement,
                    general: general_form(rule.kind, found, self.lang).map(|g| match_case(found, &g)),
                });
            }
        }
        resolve_overlaps(all)
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

/// An age: "82 jaar", "82-jarige", "82 jr", "82 years old", "82-year-old".
const AGE: &str = r"(?i)\b\d{1,3}\s?(?:-\s?jarige?\b|jarige?\b|jaar\b|jr\b\.?|-year-old\b|\s?years?\s+old\b)";

/// A fixed pattern with ASCII word boundaries. A Unicode `\b` makes the regex crate's fast engines
/// give up on any text with a letter like "é" (nearly every Dutch text), which made the scan ten
/// times slower; the patterns' boundaries all sit next to digits or Latin letters.
pub(crate) fn fast_regex(pattern: &str) -> Regex {
    RegexBuilder::new(&pattern.replace(r"\b", r"(?-u:\b)")).build().expect("the fixed patterns compile")
}

fn detail(kind: FindingKind, pattern: &str, accept: fn(&str, usize, usize) -> bool) -> Rule {
    Rule { kind, re: fast_regex(pattern), group: 0, accept, replacement: Replacement::None }
}

/// "14:30" always; "14.30" only after "om" or at the start of a line, since "5.45" may be a value.
fn is_time(text: &str, start: usize, end: usize) -> bool {
    let found = &text[start..end];
    let head = text[..start].trim_end_matches([' ', '-', '–', '•', '*']);
    found.contains(':') || found.contains(' ') || head.is_empty() || head.ends_with('\n')
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

/// Whether every match of a fixed rule of this kind holds a digit.
fn needs_digit(kind: FindingKind) -> bool {
    !matches!(kind, FindingKind::Email | FindingKind::Blame)
}

/// The patterns that do not depend on the case, compiled once per process.
static FIXED: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let fixed = |kind, pattern: &str, group, accept: fn(&str, usize, usize) -> bool| Rule {
        kind,
        re: fast_regex(pattern),
        group,
        accept,
        replacement: Replacement::Placeholder,
    };
    // A date as Dutch and English write one, also with a two-digit year ("14-3-'41", "3 feb '50").
    let date = format!(
        r"(\d{{1,2}}\s?[-/.]\s?\d{{1,2}}\s?[-/.]\s?(?:\d{{4}}|['’]?\d{{2}})|\d{{1,2}} \d{{1,2}} (?:19|20)\d{{2}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:e|de|ste|th|st|nd|rd)?\s+(?:{MONTHS})\.?,?\s+(?:\d{{4}}|['’]\d{{2}})|(?:{MONTHS})\.?\s+\d{{1,2}}(?:th|st|nd|rd)?,?\s+\d{{4}}|\d{{1,2}}-(?:{MONTHS})-(?:\d{{4}}|\d{{2}})|\d{{4}}/\d{{1,2}}/\d{{1,2}}|[0-3]\d[01]\d(?:19|20)\d{{2}}|(?:18|19|20)\d{{2}}|['’]\d{{2}})(?:\b|$)"
    );
    let birth = r"geboren(?:\s+(?:op|in|per))?(?:\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))?|gebd\.?|geb(?:oorte)?\.?\s?(?:datum|dat|dd|d)\b\.?|geb\.|geb\b|gebdat\.?|geboortedatum|geboortejaar|born(?:\s+(?:on|in))?|date\s+of\s+birth(?:\s+(?:was|is))?(?:\s+(?:recorded|noted|given|registered))?(?:\s+as)?|birth\s*date|d\.\s?o\.\s?b\.?|dob|\d{1,3}\s?(?:jaar|jr|j|years?|yrs?)\.?\s?[(,/]";
    let mut rules = vec![
        fixed(FindingKind::Email, r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}\b", 0, any),
        fixed(FindingKind::Address, &address(), 0, is_address),
        fixed(FindingKind::Address, &address_by_context(), FIRST_GROUP, any),
        fixed(FindingKind::Address, &address_by_place(), FIRST_GROUP, is_named_street),
        fixed(
            FindingKind::Address,
            r"\b\d{1,4}[a-zA-Z]?\s+(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Street|Road|Lane|Close|Avenue|Drive|Way|Court|Crescent|Gardens|Place|Terrace|Grove|Row|Square)\b",
            0,
            any,
        ),
        fixed(FindingKind::Bsn, &format!(r"\b(?:{BSN_GROUPS})\b"), 0, |text, s, e| passes_eleven_check(&text[s..e])),
        // After its name a BSN is one whatever its grouping, also with eight digits (a leading zero
        // left off) or a typo that fails the check: the word says what it is.
        fixed(
            FindingKind::Bsn,
            r"(?i)\b(?:bsn|burgerservice(?:nummer|nr)|sofi(?:nummer|nr)?)(?:[\s.-]{0,2}(?:nummer|nr|no)\b\.?)?(?:\s+(?:is|was))?\s*[:#]?\s*\(?(\d(?:[ .-]?\d){7,8})\b",
            1,
            any,
        ),
        fixed(
            FindingKind::RecordNumber,
            r"(?i)\b(?:(?:pati[eë]nt(?:en)?|pat|pt|cli[eë]nt|ziekenhuis|zkh|registratie|lab|monster|aanvraag|opname|z|zh|hospital|patient|admission|medical\s+record|record)(?:[\s.-]{0,2}(?:nummer|nr|no|number|id)\b\.?|\s?#)|(?:dossier|zis|his|epd|hix|epic|nhs|mrn|polsbandje|record)(?:[\s.-]{0,2}(?:nummer|nr|no|number|id)\b\.?|\s?#)?)(?:\s*\((?:oud|nieuw|old|new)\))?(?:\s+(?:is|was))?\s*[:#]?\s*([a-z]{0,3}-?(?:\d{1,4}(?:\s\d{3,4}){1,3}\b|\d[\d.\-]{2,14}\d))\b",
            1,
            any,
        ),
        fixed(
            FindingKind::Phone,
            r"(?:(?:\+|\b00)\d{1,3}[\s.\-–]{0,3}(?:\(0\)[\s.\-–]{0,3})?(?:\(\d{1,4}\)[\s.\-–]{0,3})?\d(?:[\s.\-–]{0,3}\d){6,10}|\(0\d{1,3}\)[\s.\-–]{0,3}\d(?:[\s.\-–]{0,3}\d){5,7}|\b0[1-9](?:[\s.\-–]{0,3}\d){8,9}|\b0[1-9]\d{0,2}\s?[-–/]\s?\d(?:[\s.]{0,2}\d){5,7})\b",
            0,
            any,
        ),
        fixed(FindingKind::BirthDate, &format!(r"(?i)\b(?:{birth})(?:\s+(?:is|was|:))?\s*[:,.]?\s*{date}"), 1, any),
        // A line of patient details: "Gegevens: W. Lambregts, 12-05-1970, 5523190, kamer 8". The
        // date in it is the date of birth, a bare number of six to nine digits the record number.
        fixed(FindingKind::BirthDate, &format!(r"(?im){DETAILS_LINE}[,/(]\s*{date}\s*(?:[,/);]|$)"), 1, any),
        fixed(FindingKind::RecordNumber, &format!(r"(?im){DETAILS_LINE}[,/]\s*(\d{{6,9}})\s*(?:[,/;]|$)"), 1, any),
        fixed(FindingKind::Postcode, r"\b[1-9]\d{3}\s?[A-Za-z]{2}\b", 0, is_postcode),
        detail(FindingKind::Age, AGE, any),
        detail(
            FindingKind::Time,
            r"(?i)(?:\b(?:om|rond|at|around)\s+)?\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b(?:\s?u(?:ur)?\b)?",
            is_time,
        ),
        detail(
            FindingKind::Date,
            &format!(
                r"(?i)\b(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+(?:{MONTHS})\.?\s+\d{{4}})\b"
            ),
            any,
        ),
    ];
    for (pattern, replacement) in BLAME {
        let re = fast_regex(&format!(r"(?i)\b(?:{pattern})\b"));
        let replacement = replacement.map_or(Replacement::None, |r| Replacement::Text(r.to_owned()));
        rules.push(Rule { kind: FindingKind::Blame, re, group: 0, accept: any, replacement });
    }
    rules
});

/// The start of a line of patient details, up to where the details begin.
const DETAILS_LINE: &str = r"^[ \t\-•*]*(?:naam|gegevens|personalia|pati[eë]nt(?:gegevens)?|pt|bewoner|cli[eë]nt|name|patient(?:\s+details)?|details)(?:\s+\p{L}+)?\s*:[^\n]*?";

/// The last parts of Dutch street names: "Kerkstraat", "Van Goghlaan", "Oosterpark".
const STREET_ENDINGS: &str = "berg|heuvel|straat|straatweg|laan|weg|plein|singel|gracht|kade|dijk|dreef|hof|pad|steeg|park|baan|markt|plantsoen|erf|wal|ring|boulevard|allee|dam|haven|veld|weide|hoek|akker|donk|oord|burg|hage|poort|kwartier|promenade|passage|square|street|road|lane|avenue|drive";

const ADDRESS_LEAD: &str = r"(?:(?:\p{Lu}[\p{L}'’.]*|(?i:van|de|der|den|het|'t|’t|ter|ten|in|op|aan|burgemeester|burg\.|dokter|dr\.|mr\.|prof\.|professor|pastoor|generaal|koningin|prins|prinses|graaf|gravin|sint|st\.|eerste|tweede|derde|lange|korte|nieuwe|oude|kleine|grote|hoge|lage|achter|voor|oost|west|noord|zuid|oude|mgr\.|jhr\.|ds\.|kon\.|pr\.|\d{1,2}e|\d{1,2}ste))\s+){0,4}";
const HOUSE_NUMBER: &str = r"\d{1,5}(?:[a-zA-Z]{1,2}\b)?(?:\s?[-/]\s?(?:[IVXivx]{1,4}\b|\d{1,4}|[a-zA-Z]{1,3}\b))?(?:\s(?:bus|box|huis|app\.?|apt\.?)\s?\d{1,4})?(?:\s(?:hs|bis|huis|boven|bg|rd|zw|hoog|I{1,3}|IV|[A-Z])\b)?";
/// A town after a postcode: "Amerongen", "Alphen aan den Rijn", "'s-Hertogenbosch".
const TOWN: &str =
    r"(?:\s+(?:['’]s-)?[\p{L}][\p{L}'’-]+(?:\s+(?:(?:aan\s+(?:de|den|het)|bij|op|en|in|a/d)\s+)?\p{Lu}[\p{L}'’-]+)?)?";
/// A postcode and town after a house number, if they follow.
fn town_after() -> String {
    format!(r"(?:,?\s+[1-9]\d{{3}}(?:\s?[A-Za-z]{{2}})?\b{TOWN})?")
}

/// A street (up to four words before the last, which ends like a street), a house number with
/// its addition ("9-II", "3a", "21 hs"), and the postcode and town when they follow.
fn address() -> String {
    let street = format!(r"(?:['’]s-)?(?:\p{{L}}[\p{{L}}'’-]*)?(?:{STREET_ENDINGS})");
    let town_after = town_after();
    // "'s-Gravendijkwal": the prefix stands before the word boundary.
    format!(r"(?:['’]s-)?\b{ADDRESS_LEAD}{street}\s+{HOUSE_NUMBER}{town_after}")
}

/// A street named without a street ending ("Groenendaal", "'t Hoogt", "Bongerd") where the context
/// says address: a postcode after the number, a floor after it ("56-III"), or "woont" before it.
/// The address is capture group 1.
fn address_by_context() -> String {
    let street = r"\p{Lu}[\p{L}'’-]+";
    let by_postcode =
        format!(r"{ADDRESS_LEAD}\p{{L}}[\p{{L}}'’-]+\s+{HOUSE_NUMBER},?\s+[1-9]\d{{3}}\s?[A-Za-z]{{2}}\b{TOWN}");
    let by_floor = format!(r"{ADDRESS_LEAD}{street}\s+\d{{1,5}}[a-zA-Z]?\s?-\s?(?:I{{1,3}}|IV|hs|bis)\b");
    let town_after = town_after();
    let after_woont = format!(
        r"(?i:woont|wonend|woonachtig|woonadres|adres|verblijft|logeert)(?:\s+\p{{Ll}}+){{0,2}}?\s*:?\s+(?:(?i:aan|op|in)\s+)?({ADDRESS_LEAD}{street}\s+{HOUSE_NUMBER}{town_after})"
    );
    format!(r"\b(?:({by_postcode})|({by_floor}))|{after_woont}")
}

/// A street named without a street ending, after "op" or "aan" ("op Hoefslag 17"), or followed by
/// a comma and a town ("Lange Voorhout 34, Den Haag"), checked by `is_named_street`.
fn address_by_place() -> String {
    let street = r"\p{Lu}\p{Ll}[\p{L}'’-]+";
    let after_on = format!(r"\b(?:op|aan)\s+(?:de\s+|het\s+|'t\s+)?({ADDRESS_LEAD}{street}\s+{HOUSE_NUMBER})\b");
    let before_town = format!(r"\b({ADDRESS_LEAD}{street}\s+{HOUSE_NUMBER},\s+(?:Den\s+|['’]s-)?\p{{Lu}}\p{{Ll}}+)\b");
    format!(r"{after_on}|{before_town}")
}

/// "op Hoefslag 17", "Lange Voorhout 34, Den Haag": the street must be a name (no ordinary word,
/// no medicine or device) and the town, when there is one, a place.
fn is_named_street(text: &str, start: usize, end: usize) -> bool {
    let found = &text[start..end];
    let Some(number_at) = found.find(|c: char| c.is_ascii_digit()) else { return false };
    let Some(street) = found[..number_at].split_whitespace().last() else { return false };
    let lower = street.to_lowercase();
    let town_ok = match found.rsplit_once(", ") {
        Some((_, town)) => {
            let town = town.trim_start_matches("Den ").trim_start_matches(['\'', '’', 's', '-']).to_lowercase();
            crate::lexicon::is_proper(&town)
        }
        None => true,
    };
    // After "op" a capitalised word is a street even when it is also a word ("op Hoefslag 17"),
    // unless it is a place in a building ("op Kamer 12", "aan Bed 3").
    const IN_A_BUILDING: &[&str] = &[
        "kamer",
        "zaal",
        "bed",
        "box",
        "unit",
        "afdeling",
        "lift",
        "gang",
        "verdieping",
        "etage",
        "route",
        "poli",
        "balie",
        "plek",
        "positie",
        "sectie",
        "stap",
        "fase",
        "dag",
        "week",
        "pagina",
        "blz",
        "regel",
        "punt",
        "niveau",
        "lijn",
        "spoor",
        "perron",
        "station",
        "post",
        "kamertje",
        "ok",
        "room",
        "ward",
        "bay",
        "page",
    ];
    let building = IN_A_BUILDING.contains(&lower.as_str());
    (!is_common(&lower) || !found.contains(", ")) && !building && !crate::lexicon::is_not_a_name(&lower) && town_ok
}

/// Where an address ends: not on an ordinary word in lower case taken for the town ("… 1092 BS en").
fn address_end(text: &str, start: usize, end: usize) -> usize {
    let found = &text[start..end];
    match found.rsplit_once(char::is_whitespace) {
        Some((head, last))
            if last.chars().all(char::is_lowercase)
                && is_common(last)
                && head.ends_with(|c: char| c.is_ascii_alphabetic()) =>
        {
            start + head.trim_end().len()
        }
        _ => end,
    }
}

/// A street address whose street word is a name, not an ordinary word that happens to end like
/// one ("onderweg 2 keer", "het park 3 keer").
fn is_address(text: &str, start: usize, end: usize) -> bool {
    let found = &text[start..end];
    let Some(number_at) = found.find(|c: char| c.is_ascii_digit()) else { return false };
    let before: Vec<&str> = found[..number_at].split_whitespace().collect();
    let Some(street) = before.last() else { return false };
    let lower = street.to_lowercase();
    let unambiguous = ["straat", "laan", "plein", "gracht", "singel", "kade", "dreef", "plantsoen", "straatweg"]
        .iter()
        .any(|e| lower.ends_with(e) && lower.len() > e.len() + 1);
    // A street named like a word needs more than its ending ("Molenweg", not "onderweg").
    let named = !is_common(&lower);
    // "Zandpad 14, Bloemendaal": a town after it says address too.
    let town_after = text[end..].strip_prefix(", ").is_some_and(|rest| {
        let town: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        town.chars().next().is_some_and(char::is_uppercase) && crate::lexicon::is_proper(&town.to_lowercase())
    });
    unambiguous || named || town_after || (before.len() > 1 && street.chars().next().is_some_and(char::is_uppercase))
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

/// The ways a BSN is grouped: 9 digits, 3-3-3, 4-2-3, 2-2-2-3, 4-3-2, with spaces, dots or dashes.
const BSN_GROUPS: &str = r"\d{9}|\d{3}[ .-]\d{3}[ .-]\d{3}|\d{4}[ .-]\d{2}[ .-]\d{3}|\d{2}[ .-]\d{2}[ .-]\d{2}[ .-]\d{3}|\d{4}[ .-]\d{3}[ .-]\d{2}";

/// The Dutch citizen service number check: 9A + 8B + … + 2H − I is a multiple of 11.
pub fn passes_eleven_check(found: &str) -> bool {
    let digits: Vec<u32> = found.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != 9 || digits.iter().all(|d| *d == 0) {
        return false;
    }
    let sum: i64 =
        digits[..8].iter().zip((2..=9).rev()).map(|(d, w)| i64::from(*d) * w).sum::<i64>() - i64::from(digits[8]);
    sum % 11 == 0
}

/// A Dutch postcode. They never use SA, SD or SS. Letters that are also units or codes after a
/// number in clinical text ("1000 IE heparine", "1500 ML vocht"), and letters in lower case, count
/// only where the context says postcode: the word itself before it, or a town after it.
fn is_postcode(text: &str, start: usize, end: usize) -> bool {
    const NEVER: &[&str] = &["SA", "SD", "SS"];
    const UNITS: &[&str] = &[
        "MG", "ML", "KG", "CC", "IE", "EH", "KM", "CM", "MM", "GB", "MB", "KB", "AM", "PM", "UI", "IU", "NL", "EN",
        "OK", "IC", "HR", "BP", "GR", "DD", "XL", "MU", "ME",
    ];
    let found = &text[start..end];
    let letters: String = found.chars().filter(char::is_ascii_alphabetic).collect();
    let upper = letters.to_ascii_uppercase();
    if NEVER.contains(&upper.as_str()) {
        return false;
    }
    if letters == upper && !UNITS.contains(&upper.as_str()) {
        return true;
    }
    // The word itself, or an address word, shortly before: "postcode van de patiënt is 3958CM".
    let head: String =
        text[..start].chars().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect::<String>().to_lowercase();
    let said_in = |words: &[&str]| {
        words.iter().any(|w| {
            head.split(|c: char| !c.is_alphanumeric()).any(|word| word == *w || (w.len() > 3 && word.starts_with(w)))
        })
    };
    let said_postcode = said_in(&["postcode", "pc", "zip"]);
    let said_address = said_in(&["adres", "address", "woont", "woonplaats", "woonachtig"]);
    // A town after it, capitalised or not: "3958 CM Amerongen", "1092 bs amsterdam".
    let town = text[end..].strip_prefix(' ').map(|rest| {
        let word: String = rest.chars().take_while(|c| c.is_alphabetic() || *c == '-' || *c == '\'').collect();
        let first_upper = word.chars().next().is_some_and(char::is_uppercase);
        let plain = !word.chars().skip(1).any(char::is_uppercase) || word.starts_with("IJ");
        let lower = word.to_lowercase();
        let place = first_upper && (crate::lexicon::is_proper(&lower) || !is_common(&lower))
            || crate::lexicon::is_place(&lower);
        plain && word.chars().count() >= 2 && place && !crate::lexicon::is_not_a_name(&lower)
    });
    let a_word = letters != upper && is_common(&letters);
    // "Verhuisd van 7545 LP naar 7546 AM": after a word of place, even letters that are also a unit.
    let place_word = head.split_whitespace().last().is_some_and(|w| {
        matches!(
            w,
            "naar" | "van" | "in" | "op" | "te" | "uit" | "richting" | "to" | "from" | "ipv" | "i.p.v." | "heeft" | "("
        )
    });
    // After a word of place the letters are a postcode's unless a dose follows ("per dag", "/u").
    let dose_after =
        text[end..].split_whitespace().next().is_some_and(|w| matches!(w, "per" | "/u" | "iv" | "po" | "sc"));
    // After "woont" or "adres" even an ordinary word is a postcode's letters ("woont in 2525 ct"),
    // but not a unit ("adres klopte niet, 1000 ml NaCl").
    let unit = UNITS.contains(&upper.as_str())
        || matches!(
            letters.as_str(),
            "in" | "en" | "op" | "of" | "te" | "is" | "at" | "on" | "to" | "de" | "an" | "as" | "om" | "na"
        );
    said_postcode
        || (said_address && !unit && !dose_after)
        || ((said_address || town == Some(true) || (place_word && !dose_after)) && !a_word)
}

/// Blaming phrases (Dutch and English, whatever the story's language) and, where a neutral
/// wording fits in the same sentence, what to write instead.
const BLAME: &[(&str, Option<&str>)] = &[
    ("had moeten", Some("had kunnen")),
    ("hadden moeten", Some("hadden kunnen")),
    ("had(?:den)? beter moeten (?:weten|opletten)", None),
    ("heeft gefaald", Some("liep vast")),
    ("hebben gefaald", Some("liepen vast")),
    ("menselijke fout|menselijk falen", Some("vergissing")),
    ("(?:de )?schuld van|(?:zijn|haar|hun) schuld", None),
    ("nalatig(?:heid)?|onzorgvuldig|slordig|onoplettend(?:heid)?|verwijtbaar|verzuimd", None),
    ("(?:niet|slecht) (?:goed )?opgelet|(?:een )?fout gemaakt", None),
    ("should have|should've", Some("could have")),
    ("should not have|shouldn't have", None),
    ("failed to", Some("did not")),
    ("human error", Some("slip")),
    ("careless(?:ness)?|negligen(?:t|ce)|to blame|at fault|(?:his|her|their) fault|not paying attention|made a mistake", None),
];

/// The time each fixed rule takes over `texts`, slowest first: for keeping the scan fast
/// (`cargo run --release -p leerteam-story --example scan_timing`).
#[doc(hidden)]
pub fn rule_timings(texts: &[String]) -> Vec<(String, std::time::Duration)> {
    let mut timings: Vec<(String, std::time::Duration)> = FIXED
        .iter()
        .enumerate()
        .map(|(i, rule)| {
            let started = std::time::Instant::now();
            for text in texts {
                for caps in rule.re.captures_iter(text) {
                    std::hint::black_box(caps.get(0));
                }
            }
            (format!("{i:>2} {}", rule.kind.as_str()), started.elapsed())
        })
        .collect();
    timings.sort_by_key(|t| std::cmp::Reverse(t.1));
    timings
}
