//! Lines copied from a record system's table, label or query: "| 4021877 | Yılmaz, H. | 1961-08-30
//! |", "'Pat 8830416 / Mw J.H. Verschuure / 12-3-1939'", "BRP-bevraging: 391507485 - 15-08-1958 -
//! Vrouw". On a line of three fields or more that holds someone (a name, BSN or record number
//! found), a field that is a whole date is the date of birth (unless it is of the year the note
//! happened in), and a field of six to nine digits the record number.

use std::sync::LazyLock;

use regex::Regex;

use super::numbers::passes_eleven_check;
use super::{fast_regex, FindingKind, Hit};

static DATE: LazyLock<Regex> = LazyLock::new(|| fast_regex(&format!("^{}$", super::twins::DATE_IN_NUMBERS)));
static RECORD: LazyLock<Regex> = LazyLock::new(|| fast_regex(r"^(?:[A-Z]{1,3}-?)?\d{6,9}$"));

/// The birth dates and record numbers in the fields of such lines of `text`, as hits made by `make`.
/// `years` are the text's years (`records::years`).
pub(super) fn record_line_hits(
    text: &str,
    years: &[u32],
    found: &[Hit],
    make: impl Fn(FindingKind, usize, usize) -> Hit,
) -> Vec<Hit> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        let line_end = line_start + line.len();
        let someone = |h: &Hit| {
            h.start >= line_start
                && h.end <= line_end
                && matches!(
                    h.kind,
                    FindingKind::Person | FindingKind::ParticipantName | FindingKind::Bsn | FindingKind::RecordNumber
                )
        };
        let fields = fields(line);
        if fields.len() >= 3 && found.iter().any(someone) {
            for (from, to) in fields {
                let (start, end) = (line_start + from, line_start + to);
                let field = &text[start..end];
                let taken = found.iter().any(|h| h.kind.is_identifier() && h.start < end && start < h.end);
                let birth = DATE.is_match(field)
                    && super::records::whole_date(text, start, end)
                    && !super::records::of_the_latest_year(field, years);
                let kind = if birth {
                    Some(FindingKind::BirthDate)
                } else if RECORD.is_match(field) && !passes_eleven_check(field) {
                    Some(FindingKind::RecordNumber)
                } else {
                    None
                };
                if let (Some(kind), false) = (kind, taken) {
                    out.push(make(kind, start, end));
                }
            }
        }
        line_start = line_end + 1;
    }
    out
}

/// The fields of a line (byte ranges, trimmed of spaces and quotes), split at "|" and at "/", "-"
/// or "–" with a space on both sides.
fn fields(line: &str) -> Vec<(usize, usize)> {
    let mut cuts = Vec::new();
    for (at, c) in line.char_indices() {
        let spaced = || line[..at].ends_with(' ') && line[at + c.len_utf8()..].starts_with(' ');
        if c == '|' || (matches!(c, '/' | '-' | '–') && spaced()) {
            cuts.push((at, at + c.len_utf8()));
        }
    }
    if cuts.len() < 2 {
        return Vec::new();
    }
    let mut fields = Vec::new();
    let mut from = 0;
    for (cut, after) in cuts.into_iter().chain([(line.len(), line.len())]) {
        let field = &line[from..cut];
        let lead = field.len() - field.trim_start_matches(|c: char| c.is_whitespace() || "'\"‘’“”".contains(c)).len();
        let kept = field.trim_matches(|c: char| c.is_whitespace() || "'\"‘’“”".contains(c));
        if !kept.is_empty() {
            fields.push((from + lead, from + lead + kept.len()));
        }
        from = after;
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(line: &str) -> Vec<&str> {
        fields(line).into_iter().map(|(a, b)| &line[a..b]).collect()
    }

    #[test]
    fn fields_of_a_copied_line() {
        assert_eq!(texts("| 4021877 | Yılmaz, H. | 1961-08-30 |"), ["4021877", "Yılmaz, H.", "1961-08-30"]);
        assert_eq!(
            texts("'Pat 8830416 / Mw J.H. Verschuure / 12-3-1939'"),
            ["Pat 8830416", "Mw J.H. Verschuure", "12-3-1939"]
        );
        // A date's own dashes and a line of one cut are no fields.
        assert!(texts("geb. 12-03-1939 - kamer 4").is_empty());
    }
}
