//! The general form of a finding, the privacy review's third choice beside replace and keep: a
//! decade for a year of birth or an age, a shift for a time, a month for a date, the town of an
//! address.

use std::sync::LazyLock;

use regex::Regex;

use crate::labels::Lang;
use crate::scan::{fast_regex, FindingKind};

/// The general form of a finding: the decade of a year of birth or an age, the month of a date, the
/// shift of a time, the town of an address. None where there is nothing general to say.
pub(crate) fn general_form(kind: FindingKind, found: &str, lang: Lang) -> Option<String> {
    let nl = lang == Lang::Nl;
    match kind {
        FindingKind::BirthDate => {
            let year = year_in(found)?;
            let decade = year / 10 * 10;
            Some(if nl { format!("jaren '{:02}", decade % 100) } else { format!("{decade}s") })
        }
        FindingKind::Age => {
            let digits: String = found.chars().take_while(char::is_ascii_digit).collect();
            let age: u32 = digits.parse().ok()?;
            let rest = &found[digits.len()..];
            let decade = age / 10 * 10;
            let general = match (age < 10, age == decade, nl) {
                (true, _, true) => "onder de 10".to_owned(),
                (true, _, false) => "under 10".to_owned(),
                (false, true, _) => decade.to_string(),
                (false, false, true) => format!("ruim {decade}"),
                (false, false, false) => format!("over {decade}"),
            };
            Some(format!("{general}{rest}"))
        }
        FindingKind::Time => {
            let digits: String =
                found.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
            let hour: u32 = digits.parse().ok()?;
            let lead = found.chars().next().is_some_and(char::is_alphabetic);
            let shift = match (hour, nl) {
                (7..=14, true) => "dagdienst",
                (15..=22, true) => "avonddienst",
                (_, true) => "nachtdienst",
                (7..=14, false) => "day shift",
                (15..=22, false) => "evening shift",
                (_, false) => "night shift",
            };
            Some(match (lead, nl) {
                (true, true) => format!("in de {shift}"),
                (true, false) => format!("during the {shift}"),
                (false, _) => shift.to_owned(),
            })
        }
        FindingKind::Date => {
            let (month, year) = month_and_year(found)?;
            Some(format!("{} {year}", lang.words().months[month - 1]))
        }
        FindingKind::Address => {
            // The town after the postcode, if the address names one.
            let postcode = POSTCODE_IN.find(found)?;
            let town = found[postcode.end()..].trim();
            town.chars().next().is_some_and(char::is_alphabetic).then(|| town.to_owned())
        }
        _ => None,
    }
}

static POSTCODE_IN: LazyLock<Regex> = LazyLock::new(|| fast_regex(r"\b[1-9]\d{3}\s?[A-Za-z]{2}\b"));

/// How Dutch and English notes write a month, to its number.
const MONTH_WORDS: &[(&str, usize)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mrt", 3),
    ("maa", 3),
    ("mar", 3),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("okt", 10),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The year in a date, four digits or two after an apostrophe ("'41": 1941).
fn year_in(found: &str) -> Option<u32> {
    let groups: Vec<&str> = found.split(|c: char| !c.is_ascii_digit()).filter(|g| !g.is_empty()).collect();
    if let Some(year) = groups.iter().find(|g| g.len() == 4) {
        return year.parse().ok();
    }
    let two: u32 = groups.last()?.parse().ok().filter(|_| groups.last().is_some_and(|g| g.len() == 2))?;
    Some(if two > 30 { 1900 + two } else { 2000 + two })
}

/// The month and year of a date written in numbers or with a month's name; none for what is no date.
pub(crate) fn month_and_year(found: &str) -> Option<(usize, u32)> {
    let year = year_in(found)?;
    let lower = found.to_lowercase();
    let by_name = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 3)
        .find_map(|w| MONTH_WORDS.iter().find(|(m, _)| w.starts_with(m)).map(|&(_, n)| n));
    let numbers: Vec<u32> = found.split(|c: char| !c.is_ascii_digit()).filter_map(|g| g.parse().ok()).collect();
    let by_number = match numbers.as_slice() {
        [y, m, _] if *y > 999 => Some(*m as usize),
        [_, m, y] if *y > 999 => Some(*m as usize),
        _ => None,
    };
    let month = if lower.chars().any(char::is_alphabetic) { by_name } else { by_number }?;
    (1..=12).contains(&month).then_some((month, year))
}
