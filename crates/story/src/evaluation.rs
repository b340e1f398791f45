//! How well the privacy scan finds what identifies someone, measured on a labelled set
//! (tests/fixtures/privacy/dev.json and heldout.json): recall and precision per kind, the share of
//! texts with nothing to find that lose something anyway, and the time taken. The test command
//! and the bench both score with this, and so does the comparison with another tool's spans.
//!
//! The measure is the one a reader of the story cares about. A labelled identifier counts as found
//! when every character of it is replaced, whatever kind the scan called it; a replacement counts
//! as right when it touches a labelled identifier.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::labels::Lang;
use crate::scan::{FindingKind, Scanner};

/// One half of the evaluation set.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvalSet {
    /// What the file is, for people.
    #[serde(default)]
    pub about: String,
    #[serde(default)]
    pub participants: Vec<EvalParticipant>,
    #[serde(default)]
    pub sentences: Vec<EvalText>,
    #[serde(default)]
    pub cases: Vec<EvalCase>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EvalParticipant {
    pub name: String,
    pub pseudonym: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EvalText {
    pub text: String,
    /// (kind, text): every whole-word occurrence of the text is that kind of identifier.
    pub expect: Vec<(String, String)>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EvalCase {
    #[serde(default)]
    pub participants: Vec<EvalParticipant>,
    pub text: String,
    pub expect: Vec<(String, String)>,
}

/// A text of the set with the participants it is read with.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    pub participants: &'a [EvalParticipant],
    pub text: &'a str,
    pub expect: &'a [(String, String)],
}

impl EvalSet {
    pub fn items(&self) -> impl Iterator<Item = Item<'_>> {
        let sentences =
            self.sentences.iter().map(|s| Item { participants: &self.participants, text: &s.text, expect: &s.expect });
        let cases = self.cases.iter().map(|c| Item { participants: &c.participants, text: &c.text, expect: &c.expect });
        sentences.chain(cases)
    }
}

/// A replaced range of a text (byte offsets) and the kind of identifier it was taken for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct KindScore {
    /// Labelled identifiers wholly replaced.
    pub found: u32,
    /// Labelled identifiers left, wholly or in part.
    pub missed: u32,
    /// Replacements that touch a labelled identifier.
    pub right: u32,
    /// Replacements that touch none.
    pub wrong: u32,
}

impl KindScore {
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.missed)
    }

    pub fn precision(&self) -> f64 {
        ratio(self.right, self.wrong)
    }
}

fn ratio(good: u32, bad: u32) -> f64 {
    if good + bad == 0 {
        1.0
    } else {
        f64::from(good) / f64::from(good + bad)
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub kinds: BTreeMap<String, KindScore>,
    /// Texts with nothing labelled, and how many of them lost something anyway.
    pub clean_texts: u32,
    pub clean_texts_touched: u32,
    pub texts: u32,
    pub chars: u64,
    /// What a reader of the report can act on: "missed person \"Jansen\" in …".
    pub mistakes: Vec<String>,
}

impl Report {
    pub fn total(&self) -> KindScore {
        self.kinds.values().fold(KindScore::default(), |t, k| KindScore {
            found: t.found + k.found,
            missed: t.missed + k.missed,
            right: t.right + k.right,
            wrong: t.wrong + k.wrong,
        })
    }

    /// The share of texts with nothing to find in which something was replaced.
    pub fn over_redaction(&self) -> f64 {
        if self.clean_texts == 0 {
            0.0
        } else {
            f64::from(self.clean_texts_touched) / f64::from(self.clean_texts)
        }
    }

    /// One line per kind, and the totals.
    pub fn table(&self) -> String {
        let mut out = String::from("kind            found missed recall | right wrong precision\n");
        let line = |name: &str, s: &KindScore| {
            format!(
                "{name:<15} {:>5} {:>6} {:>6.3} | {:>5} {:>5} {:>9.3}\n",
                s.found,
                s.missed,
                s.recall(),
                s.right,
                s.wrong,
                s.precision()
            )
        };
        for (kind, score) in &self.kinds {
            out.push_str(&line(kind, score));
        }
        out.push_str(&line("all", &self.total()));
        out.push_str(&format!(
            "texts {}, with nothing to find {}, of which touched {} ({:.1}%)\n",
            self.texts,
            self.clean_texts,
            self.clean_texts_touched,
            100.0 * self.over_redaction()
        ));
        out
    }
}

/// The evaluation's name for a kind the scan finds: every kind of name is a person.
pub fn eval_kind(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::ParticipantName | FindingKind::HiddenName | FindingKind::Person => "person",
        other => other.as_str(),
    }
}

/// What Leerteam's scan replaces in one text, read with its participants.
/// The year the labelled sets were written in, as the year their cases happened.
pub const SETS_WRITTEN_IN: i32 = 2026;

pub fn leerteam_spans(item: &Item, lang: Lang) -> Vec<Span> {
    let participants: Vec<(String, String)> =
        item.participants.iter().map(|p| (p.name.clone(), p.pseudonym.clone())).collect();
    // Every batch was written in 2026 about incidents of that year; the app uses the case's own year.
    Scanner::from_names(participants, lang)
        .in_year(SETS_WRITTEN_IN)
        .hits(item.text)
        .into_iter()
        .filter(|h| h.kind.is_identifier())
        .map(|h| Span { start: h.start, end: h.end, kind: eval_kind(h.kind).to_owned() })
        .collect()
}

/// Scores one tool's spans on the set. `spans(i, item)` gives the spans for the i-th item.
pub fn score(set: &EvalSet, mut spans: impl FnMut(usize, &Item) -> Vec<Span>) -> (Report, Duration) {
    let mut report = Report::default();
    let mut took = Duration::ZERO;
    for (i, item) in set.items().enumerate() {
        let started = Instant::now();
        let got = spans(i, &item);
        took += started.elapsed();
        score_item(&mut report, &item, &got);
    }
    (report, took)
}

fn score_item(report: &mut Report, item: &Item, got: &[Span]) {
    let text = item.text;
    report.texts += 1;
    report.chars += text.chars().count() as u64;
    let labelled: Vec<(usize, usize, &str)> = item
        .expect
        .iter()
        .flat_map(|(kind, found)| occurrences(text, found).map(move |(s, e)| (s, e, kind.as_str())))
        .collect();
    if item.expect.is_empty() {
        report.clean_texts += 1;
        if got.iter().any(|g| !is_detail(&g.kind)) {
            report.clean_texts_touched += 1;
        }
    }
    // Every character but spaces replaced: what is left between two replaced words says nothing.
    let covered = |s: usize, e: usize| {
        text[s..e]
            .char_indices()
            .filter(|(_, c)| !c.is_whitespace())
            .all(|(i, _)| got.iter().any(|g| g.start <= s + i && s + i < g.end))
    };
    for &(s, e, kind) in &labelled {
        let score = report.kinds.entry(kind.to_owned()).or_default();
        if covered(s, e) {
            score.found += 1;
        } else {
            score.missed += 1;
            report.mistakes.push(format!("missed {kind} {:?} in {:?}", &text[s..e], excerpt(text, s, e)));
        }
    }
    for g in got.iter().filter(|g| !is_detail(&g.kind)) {
        let score = report.kinds.entry(g.kind.clone()).or_default();
        if labelled.iter().any(|&(s, e, _)| g.end > s && g.start < e) {
            score.right += 1;
        } else {
            score.wrong += 1;
            report.mistakes.push(format!(
                "wrong {} {:?} in {:?}",
                g.kind,
                &text[g.start..g.end],
                excerpt(text, g.start, g.end)
            ));
        }
    }
}

/// Kinds that are details, not identifiers: dates, ages, times, the ward.
fn is_detail(kind: &str) -> bool {
    matches!(kind, "date" | "age" | "time" | "ward")
}

/// Whole-word occurrences of `needle` in `text`. A name labelled without its possessive s is found
/// with it too ("Jan" in "Jans moeder"): the batches label possessives both ways.
fn occurrences<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(needle).map(|(s, m)| (s, s + m.len())).filter(move |&(s, e)| {
        let glued_before = word(text[..s].chars().next_back()) && word(needle.chars().next());
        let possessive = text[e..].starts_with('s') && !word(text[e + 1..].chars().next());
        let glued_after = word(text[e..].chars().next()) && word(needle.chars().next_back()) && !possessive;
        needle.is_empty() || !(glued_before || glued_after)
    })
}

fn excerpt(text: &str, start: usize, end: usize) -> String {
    let before: String = text[..start].chars().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = text[end..].chars().take(40).collect();
    format!("{before}[{}]{after}", &text[start..end])
}

/// Byte offsets of a span given in characters (as Python gives them).
pub fn char_span_to_bytes(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if end < start {
        return None;
    }
    let mut offsets = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len()));
    let s = offsets.nth(start)?;
    let e = if end == start {
        s
    } else {
        text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).nth(end)?
    };
    Some((s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item<'a>(text: &'a str, expect: &'a [(String, String)]) -> Item<'a> {
        Item { participants: &[], text, expect }
    }

    #[test]
    fn found_means_every_character_replaced_and_right_means_touching_a_label() {
        let expect =
            vec![("person".to_owned(), "van der Meer".to_owned()), ("phone".to_owned(), "06-12345678".to_owned())];
        let text = "Mevr. van der Meer belde 06-12345678 om 14:30.";
        let mut report = Report::default();
        let got = [
            Span { start: 6, end: 13, kind: "person".into() },
            Span { start: 14, end: 18, kind: "person".into() },
            Span { start: 25, end: 30, kind: "phone".into() },
            Span { start: 40, end: 45, kind: "phone".into() },
        ];
        score_item(&mut report, &item(text, &expect), &got);
        let person = &report.kinds["person"];
        let phone = &report.kinds["phone"];
        assert_eq!((person.found, person.missed, person.right, person.wrong), (1, 0, 2, 0));
        assert_eq!((phone.found, phone.missed, phone.right, phone.wrong), (0, 1, 1, 1));
    }

    #[test]
    fn a_clean_text_that_loses_a_word_counts_as_over_redacted() {
        let mut report = Report::default();
        score_item(
            &mut report,
            &item("Kalium 6,1 om 03:00.", &[]),
            &[Span { start: 0, end: 6, kind: "person".into() }],
        );
        score_item(&mut report, &item("Hb 5.4.", &[]), &[]);
        assert_eq!((report.clean_texts, report.clean_texts_touched), (2, 1));
    }

    #[test]
    fn labels_match_whole_words_only() {
        assert_eq!(occurrences("Jan en Janssen en Jan", "Jan").collect::<Vec<_>>(), [(0, 3), (18, 21)]);
        assert_eq!(char_span_to_bytes("één Jan", 4, 7), Some((6, 9)));
    }
}

/// Another tool's spans on the same files, as `scripts/deduce/run_deduce.py` writes them.
#[derive(Debug, Clone, Deserialize)]
pub struct ToolRun {
    pub tool: String,
    pub version: String,
    pub load_seconds: f64,
    pub scan_seconds: f64,
    pub results: Vec<ToolResult>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ToolResult {
    /// The evaluation file's name, without its folder.
    pub file: String,
    /// "sentences" or "cases".
    pub item: String,
    pub index: usize,
    /// Time the tool took for this text.
    #[serde(default)]
    pub seconds: f64,
    pub spans: Vec<ToolSpan>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ToolSpan {
    pub tag: String,
    /// Character offsets, as Python counts them.
    pub start: usize,
    pub end: usize,
}

/// The evaluation's kind for one of DEDUCE's tags; tags for what the set does not label (ages,
/// institutions) keep their own name, so they count against precision only where they touch nothing.
pub fn deduce_kind(tag: &str) -> String {
    match tag {
        "persoon" | "patient" => "person",
        "locatie" => "address",
        // DEDUCE replaces every date and age; Leerteam keeps them as details unless generalised.
        // Neither counts against the other's birth dates or clean texts.
        "datum" => "date",
        "leeftijd" => "age",
        "telefoonnummer" => "phone",
        "emailadres" => "email",
        "bsn" => "bsn",
        "id" | "patientnummer" => "record_number",
        other => other,
    }
    .to_owned()
}

impl ToolRun {
    /// Time the tool spent scanning the texts of one file.
    pub fn seconds_for(&self, file: &str) -> f64 {
        self.results.iter().filter(|r| r.file == file).map(|r| r.seconds).sum()
    }

    /// This run's spans for the i-th item of `set` (sentences first, then cases) read from `file`.
    pub fn spans(&self, file: &str, set: &EvalSet, i: usize, text: &str) -> Vec<Span> {
        let (item, index) = if i < set.sentences.len() { ("sentences", i) } else { ("cases", i - set.sentences.len()) };
        self.results
            .iter()
            .filter(|r| r.file == file && r.item == item && r.index == index)
            .flat_map(|r| &r.spans)
            .filter_map(|s| {
                let (start, end) = char_span_to_bytes(text, s.start, s.end)?;
                Some(Span { start, end, kind: deduce_kind(&s.tag) })
            })
            .collect()
    }
}
