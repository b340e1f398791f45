//! The same number written again with a slip: in an incident of patient identification the notes
//! set the right number beside the wrong one ("geb.datum 19-08-1936, maar in ZIS stond
//! 19-08-1963", "polsbandje 8402217, etiket 8402271", "1181 RH ingevoerd als 1181 HR"). A number
//! made of the same digits as a birth date, record number or postcode found in the same text is
//! one of those too.

use std::sync::LazyLock;

use regex::Regex;

use super::{fast_regex, FindingKind, Hit};

static DATE: LazyLock<Regex> = LazyLock::new(|| fast_regex(r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b"));
// Also grouped as the notes group them ("3348-901", "7702 1184"): joined by dots or dashes, or by
// single spaces between groups of two to five digits, so a neighbouring number ("8402271 14:00")
// is not taken in.
static RECORD: LazyLock<Regex> = LazyLock::new(|| fast_regex(r"\b\d(?:[.\-]?\d){4,13}\b|\b\d{2,5}(?: \d{2,5}){1,3}\b"));
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

/// The twins in `text` of the hits found in it, as hits of the same kind made by `make`.
pub(super) fn twins(text: &str, hits: &[Hit], make: impl Fn(FindingKind, usize, usize) -> Hit) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::new();
    for hit in hits {
        let Some(re) = pattern(hit.kind) else { continue };
        let wanted = digits(&text[hit.start..hit.end]);
        for m in re.find_iter(text) {
            // A plain date or time there gives way ("19-08-1963" was found as a date).
            let free = |h: &Hit| !h.kind.is_identifier() || m.end() <= h.start || m.start() >= h.end;
            if digits(m.as_str()) == wanted && hits.iter().all(free) && out.iter().all(free) {
                out.push(make(hit.kind, m.start(), m.end()));
            }
        }
    }
    out
}
