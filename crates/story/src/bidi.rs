//! Right-to-left text for a PDF drawn glyph by glyph from left to right, without a shaping engine:
//! Arabic letters take their joined forms (Unicode's presentation forms, which DejaVu Sans has), and
//! each line is put in visual order with the Unicode bidirectional algorithm.

use std::borrow::Cow;

use unicode_bidi::{BidiInfo, Level};

/// How an Arabic letter joins: to both sides, or only to the letter before it (on its right).
#[derive(Clone, Copy, PartialEq)]
enum Joining {
    Dual,
    Right,
}

/// The letter's presentation forms start at `first`: isolated, final, and for dual-joining letters
/// initial and medial.
fn letter(c: char) -> Option<(u32, Joining)> {
    use Joining::{Dual, Right};
    let (first, joining) = match c {
        '\u{0621}' => (0xFE80, Right), // hamza: one form; never joins (see `joins_forward`)
        '\u{0622}' => (0xFE81, Right),
        '\u{0623}' => (0xFE83, Right),
        '\u{0624}' => (0xFE85, Right),
        '\u{0625}' => (0xFE87, Right),
        '\u{0626}' => (0xFE89, Dual),
        '\u{0627}' => (0xFE8D, Right),
        '\u{0628}' => (0xFE8F, Dual),
        '\u{0629}' => (0xFE93, Right),
        '\u{062A}'..='\u{062E}' => (0xFE95 + 4 * (c as u32 - 0x062A), Dual),
        '\u{062F}'..='\u{0632}' => (0xFEA9 + 2 * (c as u32 - 0x062F), Right),
        '\u{0633}'..='\u{063A}' => (0xFEB1 + 4 * (c as u32 - 0x0633), Dual),
        '\u{0641}'..='\u{0647}' => (0xFED1 + 4 * (c as u32 - 0x0641), Dual),
        '\u{0648}' => (0xFEED, Right),
        '\u{0649}' => (0xFEEF, Right),
        '\u{064A}' => (0xFEF1, Dual),
        _ => return None,
    };
    Some((first, joining))
}

/// Marks above and below letters do not break a join.
fn transparent(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
}

fn joins_forward(c: char) -> bool {
    c == '\u{0640}' || (c != '\u{0621}' && matches!(letter(c), Some((_, Joining::Dual))))
}

fn joins_backward(c: char) -> bool {
    c == '\u{0640}' || (c != '\u{0621}' && letter(c).is_some())
}

/// Arabic letters in the form their neighbours call for, lam-alef as one ligature.
pub fn shape_arabic(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| letter(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let neighbour = |from: usize, step: isize| {
        let mut i = from as isize + step;
        while i >= 0 && (i as usize) < chars.len() && transparent(chars[i as usize]) {
            i += step;
        }
        (i >= 0 && (i as usize) < chars.len()).then(|| chars[i as usize])
    };
    let mut out = String::with_capacity(text.len());
    let mut skip_alef = None;
    for (i, &c) in chars.iter().enumerate() {
        if skip_alef == Some(i) {
            continue;
        }
        let Some((first, joining)) = letter(c) else {
            out.push(c);
            continue;
        };
        let after_join = neighbour(i, -1).is_some_and(joins_forward) && c != '\u{0621}';
        if c == '\u{0644}' {
            if let Some(ligature) = lam_alef(&chars, i, after_join) {
                out.push(ligature.0);
                skip_alef = Some(ligature.1);
                continue;
            }
        }
        let before_join = joining == Joining::Dual && neighbour(i, 1).is_some_and(joins_backward);
        let form = match (after_join, before_join) {
            (false, false) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (true, true) => 3,
        };
        out.push(char::from_u32(first + form).unwrap_or(c));
    }
    Cow::Owned(out)
}

/// Lam followed by an alef is one ligature glyph; returns it and where the alef was.
fn lam_alef(chars: &[char], lam: usize, after_join: bool) -> Option<(char, usize)> {
    let mut next = lam + 1;
    while next < chars.len() && transparent(chars[next]) {
        next += 1;
    }
    let isolated = match chars.get(next)? {
        '\u{0622}' => 0xFEF5,
        '\u{0623}' => 0xFEF7,
        '\u{0625}' => 0xFEF9,
        '\u{0627}' => 0xFEFB,
        _ => return None,
    };
    char::from_u32(isolated + u32::from(after_join)).map(|c| (c, next))
}

/// One line in the order its characters appear from left to right. Lines start left-to-right:
/// the story is Dutch or English, with the odd quote or name in another script.
pub fn visual_order(line: &str) -> Cow<'_, str> {
    if !line.chars().any(|c| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')) {
        return Cow::Borrowed(line);
    }
    let info = BidiInfo::new(line, Some(Level::ltr()));
    let Some(paragraph) = info.paragraphs.first() else { return Cow::Borrowed(line) };
    Cow::Owned(info.reorder_line(paragraph, paragraph.range.clone()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_letters_join_and_lam_alef_is_one_glyph() {
        // مريض: meem initial, reh final (reh does not join forward), yeh initial, dad final.
        assert_eq!(shape_arabic("مريض"), "\u{FEE3}\u{FEAE}\u{FEF3}\u{FEBE}");
        // لا: lam-alef, isolated.
        assert_eq!(shape_arabic("لا"), "\u{FEFB}");
        assert_eq!(shape_arabic("Zoë"), "Zoë");
    }

    #[test]
    fn right_to_left_runs_are_reversed_in_a_left_to_right_line() {
        assert_eq!(visual_order("patiënt מטופל zegt"), "patiënt לפוטמ zegt");
        assert_eq!(visual_order("geen RTL"), "geen RTL");
    }
}
