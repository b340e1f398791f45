//! The same number written again with a slip: in an incident of patient identification the notes
//! set the right number beside the wrong one ("geb.datum 19-08-1936, maar in ZIS stond
//! 19-08-1963", "polsbandje 8402217, etiket 8402271", "1181 RH ingevoerd als 1181 HR"). A number
//! made of the same digits as a birth date, record number or postcode found in the same text is
//! one of those too, and so is a number of seven digits or more that differs from one in a digit
//! or two in place ("4410577, not 4410557", "04-02-1938, de dochter zei 04-12-1938").

use std::sync::LazyLock;

use regex::Regex;

use super::{fast_regex, FindingKind, Hit};

/// A date in numbers, day, month and year glued by marks: "19-08-1936", "12.04.42", "1961-08-30".
pub(super) const DATE_IN_NUMBERS: &str = r"\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}";
static DATE: LazyLock<Regex> = LazyLock::new(|| fast_regex(&format!(r"\b{DATE_IN_NUMBERS}\b")));
// Also grouped as the notes group them ("3348-901", "7702 1184"): joined by dots or dashes, or by
// single spaces between groups of two to five digits, so a neighbouring number ("8402271 14:00")
// is not taken in.
// A letter prefix may stand before it ("L26-331208").
static RECORD: LazyLock<Regex> =
    LazyLock::new(|| fast_regex(r"\b(?:[A-Z]{1,3}-?)?\d(?:[.\-]?\d){4,13}\b|\b\d{2,5}(?: \d{2,5}){1,3}\b"));
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| fast_regex(r"\b[1-9]\d{3}\s?[A-Za-z]{2}\b"));

fn pattern(kind: FindingKind) -> Option<&'static Regex> {
    match kind {
        FindingKind::BirthDate => Some(&DATE),
        FindingKind::RecordNumber => Some(&RECORD),
        FindingKind::Postcode => Some(&POSTCODE),
        _ => None,
    }
}

/// The digits of a number, sorted: two numbers of the same digits are twins.
fn digits(found: &str) -> Vec<u8> {
    let mut digits: Vec<u8> = found.bytes().filter(u8::is_ascii_digit).collect();
    digits.sort_unstable();
    digits
}

/// Two long numbers the same but for a digit in place (two for a record number): a typing slip.
/// Of a date, only in its year or month: a day apart is another day ("geboren 21-01", the
/// meeting on 27-01).
fn slipped(kind: FindingKind, found: &str, other: &str) -> bool {
    let in_order = |s: &str| s.bytes().filter(u8::is_ascii_digit).collect::<Vec<u8>>();
    let (a, b) = (in_order(found), in_order(other));
    let allowed = if kind == FindingKind::RecordNumber { 2 } else { 1 };
    let close = a.len() >= 7 && a.len() == b.len() && a.iter().zip(&b).filter(|(x, y)| x != y).count() <= allowed;
    close && (kind != FindingKind::BirthDate || year_or_month_apart(found, other))
}

/// The parts of two dates differ only in the year or in a part that can be a month.
fn year_or_month_apart(found: &str, other: &str) -> bool {
    let parts = |s: &str| {
        s.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).map(str::to_owned).collect::<Vec<_>>()
    };
    let (a, b) = (parts(found), parts(other));
    let differ: Vec<usize> = (0..a.len().min(b.len())).filter(|&i| a[i] != b[i]).collect();
    let month = |p: &str| p.parse::<u32>().is_ok_and(|n| (1..=12).contains(&n));
    a.len() == 3 && b.len() == 3 && differ.len() == 1 && {
        let i = differ[0];
        a[i].len() == 4 || (month(&a[i]) && month(&b[i]))
    }
}

/// The twins in `text` of the hits found in it, as hits of the same kind made by `make`; `years`
/// are the text's years (`records::years`).
pub(super) fn twins(
    text: &str,
    years: &[u32],
    hits: &[Hit],
    make: impl Fn(FindingKind, usize, usize) -> Hit,
) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::new();
    for hit in hits {
        let Some(re) = pattern(hit.kind) else { continue };
        let wanted = digits(&text[hit.start..hit.end]);
        for m in re.find_iter(text) {
            // A plain date or time there gives way ("19-08-1963" was found as a date).
            let free = |h: &Hit| !h.kind.is_identifier() || m.end() <= h.start || m.start() >= h.end;
            let slip = slipped(hit.kind, &text[hit.start..hit.end], m.as_str())
                && !(hit.kind == FindingKind::BirthDate && super::records::of_the_latest_year(m.as_str(), years));
            let same = digits(m.as_str()) == wanted || slip;
            if same && hits.iter().all(free) && out.iter().all(free) {
                out.push(make(hit.kind, m.start(), m.end()));
            }
        }
    }
    out
}
