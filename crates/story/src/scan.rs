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
use crate::labels::Lang;

/// What a finding is, in order of precedence when two overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FindingKind {
    Email,
    /// A participant's name, replaced by their pseudonym.
    ParticipantName,
    /// A name the facilitator asked to hide.
    HiddenName,
    Bsn,
    RecordNumber,
    Phone,
    BirthDate,
    Postcode,
    /// A capitalised name after a title: "mevr. Jansen", "Dr. Smith".
    TitledName,
    /// Wording that points at a person instead of at what made the work hard.
    Blame,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Email => "email",
            FindingKind::ParticipantName => "name",
            FindingKind::HiddenName => "hidden_name",
            FindingKind::Bsn => "bsn",
            FindingKind::RecordNumber => "record_number",
            FindingKind::Phone => "phone",
            FindingKind::BirthDate => "birth_date",
            FindingKind::Postcode => "postcode",
            FindingKind::TitledName => "titled_name",
            FindingKind::Blame => "blame",
        }
    }

    pub fn is_identifier(self) -> bool {
        self != FindingKind::Blame
    }
}

/// One place in one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub kind: FindingKind,
    pub key: String,
    /// What goes in its place; none for blame wording that only a person can rewrite.
    pub replacement: Option<String>,
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
    /// The facilitator chose to keep it as it is.
    pub keep: bool,
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
const CONTEXT_CHARS: usize = 48;

struct Rule {
    kind: FindingKind,
    re: Regex,
    /// The capture group that is the finding (0: the whole match).
    group: usize,
    accept: fn(&str) -> bool,
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
    /// This case's names and this vault's record-number patterns; the fixed rules are in `FIXED`.
    own: Vec<Rule>,
    lang: Lang,
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("kind", &self.kind).finish_non_exhaustive()
    }
}

fn any(_: &str) -> bool {
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
        FindingKind::TitledName | FindingKind::HiddenName | FindingKind::ParticipantName => ("[naam]", "[name]"),
        FindingKind::Blame => ("", ""),
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
        for p in &case.participants {
            if let Some(name) = p.name.as_deref() {
                push_name(&mut own, FindingKind::ParticipantName, name, &p.pseudonym);
            }
        }
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
        Ok(Scanner { own, lang })
    }

    /// The hits in one text, without overlaps: where two overlap, the kind of higher precedence wins.
    pub fn hits(&self, text: &str) -> Vec<Hit> {
        let mut all: Vec<Hit> = Vec::new();
        for rule in FIXED.iter().chain(&self.own) {
            for caps in rule.re.captures_iter(text) {
                // A vault's own pattern may match the empty string; that finds nothing.
                let Some(m) = caps.get(rule.group).filter(|m| !m.is_empty()) else { continue };
                if !(rule.accept)(m.as_str()) {
                    continue;
                }
                let replacement = match &rule.replacement {
                    Replacement::Placeholder => Some(placeholder(rule.kind, self.lang).to_owned()),
                    Replacement::Text(text) => Some(match_case(m.as_str(), text)),
                    Replacement::None => None,
                };
                all.push(Hit {
                    start: m.start(),
                    end: m.end(),
                    kind: rule.kind,
                    key: key(rule.kind, m.as_str()),
                    replacement,
                });
            }
        }
        all.sort_by_key(|h| (h.kind, h.start, std::cmp::Reverse(h.end)));
        let mut kept: Vec<Hit> = Vec::new();
        for hit in all {
            if kept.iter().all(|k| hit.end <= k.start || hit.start >= k.end) {
                kept.push(hit);
            }
        }
        kept.sort_by_key(|h| h.start);
        kept
    }

    /// Every finding in the document, one per key, in the order they first appear. With `replace`,
    /// each text is also rewritten with the replacements the review did not keep, from the same hits:
    /// the document is scanned once.
    pub fn scan(&self, document: &mut Document, review: &PrivacyReview, replace: bool) -> Vec<Finding> {
        let mut by_key: BTreeMap<String, Finding> = BTreeMap::new();
        let mut order: Vec<String> = Vec::new();
        document.visit_texts(|section, text| {
            let hits = self.hits(text);
            for hit in &hits {
                let finding = by_key.entry(hit.key.clone()).or_insert_with(|| {
                    order.push(hit.key.clone());
                    Finding {
                        key: hit.key.clone(),
                        kind: hit.kind,
                        text: text[hit.start..hit.end].to_owned(),
                        replacement: hit.replacement.clone(),
                        keep: is_kept(review, &hit.key),
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
                rewrite(text, &hits, |key| is_kept(review, key));
            }
        });
        order.into_iter().filter_map(|k| by_key.remove(&k)).collect()
    }

    /// Rewrites the document with every replacement not kept by `keep`.
    pub fn apply(&self, document: &mut Document, keep: impl Fn(&str) -> bool) {
        document.visit_texts(|_, text| {
            let hits = self.hits(text);
            rewrite(text, &hits, &keep);
        });
    }
}

/// `text` with the replacement of every hit not kept.
fn rewrite(text: &mut String, hits: &[Hit], keep: impl Fn(&str) -> bool) {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for hit in hits {
        let Some(replacement) = hit.replacement.as_deref().filter(|_| !keep(&hit.key)) else { continue };
        out.push_str(&text[from..hit.start]);
        out.push_str(replacement);
        from = hit.end;
    }
    if from > 0 {
        out.push_str(&text[from..]);
        *text = out;
    }
}

/// The patterns that do not depend on the case, compiled once per process.
static FIXED: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let fixed = |kind, pattern: &str, group, accept: fn(&str) -> bool| Rule {
        kind,
        re: Regex::new(pattern).expect("the fixed patterns compile"),
        group,
        accept,
        replacement: Replacement::Placeholder,
    };
    let date = format!(
        r"(\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+(?:{MONTHS})\.?\s+\d{{4}}|(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})\b"
    );
    let mut rules = vec![
        fixed(FindingKind::Email, r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}\b", 0, any),
        fixed(FindingKind::Bsn, r"\b(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})\b", 0, passes_eleven_check),
        fixed(
            FindingKind::RecordNumber,
            r"(?i)\b(?:pati[eë]nt(?:en)?nummer|pati[eë]ntnr\.?|pat\.?\s?nr\.?|dossiernummer|dossiernr\.?|ziekenhuisnummer|registratienummer|(?:zis|his|epd)-nummer|(?:lab|monster|aanvraag)-?(?:nummer|nr\.?)|mrn|medical\s+record\s+(?:number|no\.?)|record\s+(?:number|no\.?)|hospital\s+number|patient\s+(?:number|no\.?|id))\s*[:#]?\s*([a-z]{0,3}-?\d[\d.\-]{3,14}\d)\b",
            1,
            any,
        ),
        fixed(
            FindingKind::Phone,
            r"(?:\+\d{2,3}[\s-]?(?:\(0\)[\s-]?)?\d(?:[\s-]?\d){7,10}|\b0[1-9](?:[\s.-]{0,3}\d){8,9})\b",
            0,
            any,
        ),
        fixed(
            FindingKind::BirthDate,
            &format!(
                r"(?i)\b(?:geboren(?:\s+op)?|geb\.|geboortedatum|born(?:\s+on)?|date\s+of\s+birth|d\.o\.b\.|dob)\s*[:,]?\s*{date}"
            ),
            1,
            any,
        ),
        fixed(FindingKind::Postcode, r"\b[1-9]\d{3}\s?[A-Z]{2}\b", 0, is_postcode),
        fixed(FindingKind::TitledName, &titled_name(), 1, any),
    ];
    for (pattern, replacement) in BLAME {
        let re = RegexBuilder::new(&format!(r"\b(?:{pattern})\b"))
            .case_insensitive(true)
            .build()
            .expect("blame patterns compile");
        let replacement = replacement.map_or(Replacement::None, |r| Replacement::Text(r.to_owned()));
        rules.push(Rule { kind: FindingKind::Blame, re, group: 0, accept: any, replacement });
    }
    rules
});

/// A capitalised name after a title, with initials and Dutch particles: "mevr. Jansen",
/// "Dr. J. Vermeulen", "mevrouw Van den Heuvel-de Jong". The name is capture group 1.
fn titled_name() -> String {
    const TITLES: &str = "[Dd]hr|[Mm]evr|[Mm]w|[Mm]ej|[Dd]rs|[Dd]r|[Ii]r|[Pp]rof|Mr|Mrs|Ms|Miss|[Mm]eneer|[Mm]evrouw|[Zz]uster|[Bb]roeder";
    const PARTICLE: &str = r"(?:[Vv]an|[Dd]e[nr]?|[Tt]e[nr]?|[Vv]on|[Ll][ae]|[Dd][ua]|'t|[Ii]n|[Oo]p)\s+";
    const WORD: &str = r"\p{Lu}[\p{L}'’]+";
    format!(r"\b(?:{TITLES})\.?\s+((?:\p{{Lu}}\.\s?)*(?:{PARTICLE})*{WORD}(?:(?:\s+|-)(?:{PARTICLE})*{WORD}){{0,3}})")
}

pub fn is_kept(review: &PrivacyReview, key: &str) -> bool {
    review.decisions.iter().any(|d| d.key == key && d.keep)
}

/// A name as whole words, ignoring case: the full name, and each part of three letters or more
/// that is not a Dutch name particle ("van", "der").
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

/// Dutch postcodes never use SA, SD or SS; the rest of the list are units and codes that follow a
/// number in clinical text ("1000 IE heparine", "1500 ML").
fn is_postcode(found: &str) -> bool {
    const NOT_POSTCODES: &[&str] = &[
        "SA", "SD", "SS", "MG", "ML", "KG", "CC", "IE", "EH", "KM", "CM", "MM", "GB", "MB", "KB", "AM", "PM", "UI",
        "IU", "NL", "EN", "OK", "IC", "SEH", "HR", "BP",
    ];
    let letters: String = found.chars().filter(char::is_ascii_alphabetic).collect();
    !NOT_POSTCODES.contains(&letters.as_str())
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
