//! Street addresses: the patterns, and whether a match is an address.

use crate::lexicon::is_common;

/// The last parts of Dutch street names: "Kerkstraat", "Van Goghlaan", "Oosterpark".
pub(super) const STREET_ENDINGS: &str = "berg|heuvel|straat|straatweg|laan|weg|plein|singel|gracht|kade|dijk|dreef|hof|pad|steeg|park|baan|markt|plantsoen|erf|wal|ring|boulevard|allee|dam|haven|veld|weide|hoek|akker|donk|oord|burg|hage|poort|kwartier|promenade|passage|strjitte|leane|dyk|paad|loane|square|street|road|lane|avenue|drive";

pub(super) const ADDRESS_LEAD: &str = r"(?:(?:\p{Lu}[\p{L}'’.]*|(?i:van|de|der|den|het|'t|’t|ter|ten|in|op|aan|burgemeester|burg\.|dokter|dr\.|mr\.|prof\.|professor|pastoor|generaal|koningin|prins|prinses|graaf|gravin|sint|st\.|eerste|tweede|derde|lange|korte|nieuwe|oude|kleine|grote|hoge|lage|achter|voor|oost|west|noord|zuid|oude|mgr\.|jhr\.|ds\.|kon\.|pr\.|\d{1,2}e|\d{1,2}ste))\s+){0,4}";
pub(super) const HOUSE_NUMBER: &str = r"\d{1,5}(?:[a-zA-Z]{1,2}\b|bis\b)?(?:\s?[-/]\s?(?:[IVXivx]{1,4}\b|\d{1,4}(?:hg|hs|bg|h)?\b|[a-zA-Z]{1,3}\b))?(?:,\s?\d{1,2}e\s(?:etage|verdieping|floor))?(?:\s(?:bus|box|huis|app\.?|apt\.?)\s?\d{1,4})?(?:\s(?:hs|bis|huis|boven|beneden|bg|bv|bh|rd|rood|zw|zwart|hoog|\d?hg|\d-?hoog|I{1,3}|IV|[A-Za-z])\b)?";
/// A town after a postcode: "Amerongen", "Alphen aan den Rijn", "'s-Hertogenbosch".
pub(super) const TOWN: &str =
    r"(?:\s+(?:['’]s-)?[\p{L}][\p{L}'’-]+(?:\s+(?:(?:aan\s+(?:de|den|het)|bij|op|en|in|a/d)\s+)?\p{Lu}[\p{L}'’-]+)?)?";
/// A postcode and town after a house number, if they follow.
pub(super) fn town_after() -> String {
    format!(r"(?:,?\s+[1-9]\d{{3}}(?:\s?[A-Za-z]{{2}})?\b{TOWN})?")
}

/// A street (up to four words before the last, which ends like a street), a house number with
/// its addition ("9-II", "3a", "21 hs"), and the postcode and town when they follow.
pub(super) fn address() -> String {
    // "Laan van Meerdervoort", "Plein 1944", "Weg der Verenigde Naties": the street word first.
    let street_first = r"(?:Laan|Plein|Weg|Kade|Singel|Dreef|Park|Straat)\s+(?:van|der|de|den|op|voor|achter)\s+(?:(?:de|het|den|der|'t)\s+)?\p{Lu}[\p{L}'’-]+";
    // "Nieuwe Haven", "Grote Markt": the ending as a word of its own after a word that leads a street.
    let ending_alone = r"(?:Haven|Markt|Plein|Dijk|Kade|Laan|Weg|Straat|Gracht|Singel|Wal|Berg|Veld|Dam|Ring)";
    let street = format!(r"(?:['’]s-)?(?:(?:\p{{L}}[\p{{L}}'’-]*)?(?:{STREET_ENDINGS})|{street_first}|{ending_alone})");
    let town_after = town_after();
    // "'s-Gravendijkwal": the prefix stands before the word boundary.
    format!(r"(?:['’]s-)?\b{ADDRESS_LEAD}{street}\s+{HOUSE_NUMBER}{town_after}")
}

/// A street named without a street ending ("Groenendaal", "'t Hoogt", "Bongerd") where the context
/// says address: a postcode after the number, a floor after it ("56-III"), or "woont" before it.
/// The address is capture group 1.
pub(super) fn address_by_context() -> String {
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
pub(super) fn address_by_place() -> String {
    let street = r"\p{Lu}\p{Ll}[\p{L}'’-]+";
    let after_on = format!(r"\b(?:op|aan)\s+(?:de\s+|het\s+|'t\s+)?({ADDRESS_LEAD}{street}\s+{HOUSE_NUMBER})\b");
    let before_town = format!(r"\b({ADDRESS_LEAD}{street}\s+{HOUSE_NUMBER},\s+(?:Den\s+|['’]s-)?\p{{Lu}}\p{{Ll}}+)\b");
    format!(r"{after_on}|{before_town}")
}

/// Where the house number starts: the first digit after the first letter, past an ordinal that
/// leads the street ("3e Oosterparkstraat 88-1").
fn house_number_at(found: &str) -> Option<usize> {
    let letter = found.find(char::is_alphabetic)?;
    found[letter..].find(|c: char| c.is_ascii_digit()).map(|at| letter + at)
}

/// "op Hoefslag 17", "Lange Voorhout 34, Den Haag": the street must be a name (no ordinary word,
/// no medicine or device) and the town, when there is one, a place.
pub(super) fn is_named_street(text: &str, start: usize, end: usize) -> bool {
    let found = &text[start..end];
    let Some(number_at) = house_number_at(found) else { return false };
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
pub(super) fn address_end(text: &str, start: usize, end: usize) -> usize {
    let found = &text[start..end];
    match found.rsplit_once(char::is_whitespace) {
        Some((head, last))
            if last.chars().all(char::is_lowercase)
                && is_common(last)
                && !matches!(last, "etage" | "verdieping" | "floor")
                && head.ends_with(|c: char| c.is_ascii_alphabetic()) =>
        {
            start + head.trim_end().len()
        }
        _ => end,
    }
}

/// A street address whose street word is a name, not an ordinary word that happens to end like
/// one ("onderweg 2 keer", "het park 3 keer").
pub(super) fn is_address(text: &str, start: usize, end: usize) -> bool {
    let found = &text[start..end];
    let Some(number_at) = house_number_at(found) else { return false };
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
    // "Ceintuurbaan 112 hs", "Molenweg 7b": an addition to the number says address too, also a
    // floor after a hyphen ("hoofdweg 210-2"), but not a range of a count ("onderweg 2-3 keer").
    let number = &found[number_at..];
    let addition = number.chars().any(char::is_alphabetic);
    let next_word = text[end..].split_whitespace().next().unwrap_or("").to_lowercase();
    // A floor is one or two digits, not a month ("levering 15-01").
    let floor = number.split_once('-').is_some_and(|(_, f)| {
        let f = f.trim();
        (1..=2).contains(&f.len()) && f.chars().all(|c| c.is_ascii_digit()) && !f.starts_with('0')
    }) && !matches!(next_word.as_str(), "keer" | "maal" | "x" | "uur" | "dagen" | "weken");
    let capital = street.chars().next().is_some_and(char::is_uppercase);
    // In lower case, a word made as streets are, with an addition: "stationsweg 5 a", "hoofdweg 210-2".
    let long = crate::lexicon::is_street_shaped(&lower) || (lower.ends_with("dijk") && lower.len() >= 7);
    unambiguous || named || town_after || (capital && (before.len() > 1 || addition)) || (long && (addition || floor))
}
