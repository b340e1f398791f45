//! Numbers that identify: the BSN's groupings and eleven-check, and whether four digits and two
//! letters are a postcode.

use crate::lexicon::is_common;

/// The ways a BSN is grouped: 9 digits, 3-3-3, 4-2-3, 2-2-2-3, 4-3-2, with spaces, dots or dashes.
pub(super) const BSN_GROUPS: &str = r"\d{9}|\d{3}[ .-]\d{3}[ .-]\d{3}|\d{4}[ .-]\d{2}[ .-]\d{3}|\d{2}[ .-]\d{2}[ .-]\d{2}[ .-]\d{3}|\d{4}[ .-]\d{3}[ .-]\d{2}";

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
pub(super) fn is_postcode(text: &str, start: usize, end: usize) -> bool {
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
            "in" | "en"
                | "op"
                | "of"
                | "te"
                | "is"
                | "at"
                | "on"
                | "to"
                | "de"
                | "an"
                | "as"
                | "om"
                | "na"
                | "al"
                | "nu"
                | "ja"
                | "ze"
                | "we"
                | "er"
                | "zo"
                | "ik"
                | "je"
                | "me"
        );
    // "5000 IE heparine … i.p.v. 2500 IE": a unit written after a number earlier in the text is a dose.
    let dose_before = unit && {
        let before = &text[..start];
        before.match_indices(letters.as_str()).any(|(at, _)| {
            let digit_then = before[..at].trim_end_matches(' ');
            digit_then.len() + 1 >= at && digit_then.ends_with(|c: char| c.is_ascii_digit())
        })
    };
    if dose_before && !said_postcode && town != Some(true) {
        return false;
    }
    // "van 1095 kw naar …": after a word of place, two letters in lower case that are no unit.
    said_postcode
        || (said_address && !unit && !dose_after)
        || ((said_address || town == Some(true) || (place_word && !dose_after)) && !a_word)
        || (place_word && !dose_after && !unit)
}
