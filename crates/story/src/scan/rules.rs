//! The fixed rules of the scan: the patterns that do not depend on the case, compiled once.

use std::sync::LazyLock;

use super::*;

/// An age: "82 jaar", "82-jarige", "82 jr", "82 years old", "82-year-old".
const AGE: &str = r"(?i)\b\d{1,3}\s?(?:-\s?jarige?\b|jarige?\b|jaar\b|jr\b\.?|-year-old\b|\s?years?\s+old\b)";

pub(super) fn detail(kind: FindingKind, pattern: &str, accept: fn(&str, usize, usize) -> bool) -> Rule {
    Rule { kind, re: fast_regex(pattern), group: 0, accept, replacement: Replacement::None }
}

/// "14:30" always; "14.30" only after "om" or at the start of a line, since "5.45" may be a value.
pub(super) fn is_time(text: &str, start: usize, end: usize) -> bool {
    let found = &text[start..end];
    let head = text[..start].trim_end_matches([' ', '-', '–', '•', '*']);
    found.contains(':') || found.contains(' ') || head.is_empty() || head.ends_with('\n')
}

/// Whether every match of a fixed rule of this kind holds a digit.
pub(super) fn needs_digit(kind: FindingKind) -> bool {
    !matches!(kind, FindingKind::Email | FindingKind::Blame)
}

/// The patterns that do not depend on the case, compiled once per process.
pub(super) static FIXED: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let fixed = |kind, pattern: &str, group, accept: fn(&str, usize, usize) -> bool| Rule {
        kind,
        re: fast_regex(pattern),
        group,
        accept,
        replacement: Replacement::Placeholder,
    };
    // A date as Dutch and English write one, also with a two-digit year ("14-3-'41", "3 feb '50"),
    // a Roman month ("2-IV-1947"), as a record system exports it ("1979.10.03", "19540611"), or
    // a month and year ("jan. 1933").
    let date = format!(
        r"(\d{{1,2}}\s?[-/.]\s?\d{{1,2}}\s?[-/.]\s?(?:\d{{4}}|['’]?\d{{2}})|\d{{1,2}} \d{{1,2}} (?:19|20)\d{{2}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:e|de|ste|th|st|nd|rd)?\s+(?:{MONTHS})\.?,?\s+(?:\d{{4}}|['’]\d{{2}})|(?:{MONTHS})\.?\s+\d{{1,2}}(?:th|st|nd|rd)?,?\s+\d{{4}}|\d{{1,2}}-(?:{MONTHS})-(?:\d{{4}}|\d{{2}})|\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}(?:th|st|nd|rd)\s+of\s+(?:{MONTHS})\s+\d{{4}}|\d{{1,2}}-(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)-\d{{4}}|(?:19|20)\d{{2}}\.[01]\d\.[0-3]\d|[0-3]\d[01]\d(?:19|20)\d{{2}}|(?:19|20)\d{{2}}[01]\d[0-3]\d|[0-3]\d[01]\d\d{{2}}|(?:19|20)\d{{2}} [01]\d [0-3]\d|(?:{MONTHS})\.?\s+(?:19|20)\d{{2}}|(?:18|19|20)\d{{2}}|['’]\d{{2}})(?:\b|$)"
    );
    let birth = r"geboren(?:\s+(?:is|was))?(?:\s+(?:op|in|per))?(?:\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))?|gebd\.?|gb\.?|geb(?:oorte)?\.?\s?(?:datum|dat|dta|dtm|dd|d)\b\.?|geb\.?(?:\s+(?:in|op))?|geb\b|gebdat\.?|geboortedatum|geboortejaar|born(?:\s+(?:on|in))?(?:\s+the)?|date\s+of\s+birth(?:\s+(?:was|is))?(?:\s+(?:recorded|noted|given|registered))?(?:\s+as)?|birth\s*date|d\.\s?o\.\s?b\.?|dob|\d{1,3}\s?(?:jaar|jr|j|years?|yrs?)\.?\s?[(,/]|gd\b\.?";
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
            r"(?i)\b(?:(?:pati[eë]nt(?:en)?|pat|pt|cli[eë]nt|ziekenhuis|zkh|registratie|lab|monster|aanvraag|opname|z|zh|hosp(?:ital)?|patient|admission|medical\s+record|record)(?:[\s.-]{0,2}(?:nummer|nr|no|number|id)\b\.?|\s?#)|(?:dossier|zis|his|epd|hix|epic|nhs|mrn|pid|polsbandje|record)(?:[\s.-]{0,2}(?:nummer|nr|no|number|id)\b\.?|\s?#)?)(?:\s+(?-i:\p{Lu}{2,5})\s*:)?(?:\s*\((?:oud|nieuw|old|new)\))?(?:\s+(?:is|was))?\s*\.?[:#]?\s*([a-z]{0,3}-?(?:\d(?:\s\d){4,12}\b|\d{1,5}(?:[\s.\-]\d{2,5}){1,4}\b|\d[\d.\-]{2,14}\d))\b",
            1,
            // "patnr: 04-03-1941 / 7788 1203": a date after the label is another detail.
            |text, s, e| crate::general::month_and_year(&text[s..e]).is_none(),
        ),
        fixed(
            FindingKind::Phone,
            r"(?:(?:\+|\b00)\d{1,3}[\s.\-–]{0,3}(?:\(0\)[\s.\-–]{0,3})?(?:\(\d{1,4}\)[\s.\-–]{0,3})?\d(?:[\s.\-–]{0,3}\d){6,10}|\(0\d{1,3}\)[\s.\-–]{0,3}\d(?:[\s.\-–]{0,3}\d){5,7}|\b0[1-9](?:[\s.\-–]{0,3}\d){8,9}|\b0[1-9]\d{0,2}\s?[-–/]\s?\d(?:[\s.]{0,2}\d){5,7})\b",
            0,
            any,
        ),
        fixed(FindingKind::RecordNumber, super::records::CANDIDATE, 0, super::records::is_labelled_record),
        // "geb.datum pt 19-08-1936": whose date it is may stand between.
        fixed(
            FindingKind::BirthDate,
            &format!(
                r"(?i)(?:\b(?:{birth})|°|[^\s*\-•]\s*\*)(?:\s+(?:van\s+)?(?:pt|pat|patiënt|patient|mw|mevr|dhr|cliënt|client)\b\.?)?(?:\s+(?:is|was|:))?\s*[:,.]?\s*{date}"
            ),
            1,
            any,
        ),
        // "gebdat/patnr: 04-03-1941": the birth's label a few words before the date.
        fixed(FindingKind::BirthDate, &date, 1, super::records::is_labelled_birth),
        // "*12.12.1948 - dhr. …": a star glued to a date at the start of a line marks a birth; with a
        // space after it, it is a list's bullet.
        fixed(FindingKind::BirthDate, &format!(r"(?m)^\*{date}"), 1, any),
        // A line of patient details: "Gegevens: W. Lambregts, 12-05-1970, 5523190, kamer 8". The
        // date in it is the date of birth, a bare number of six to nine digits the record number.
        fixed(FindingKind::BirthDate, &format!(r"(?im){DETAILS_LINE}[,/(|]\s*{date}\s*(?:[,/);|]|$)"), 1, any),
        fixed(
            FindingKind::RecordNumber,
            &format!(r"(?im){DETAILS_LINE}[,/|]\s*((?-i:[A-Z]{{0,2}})\d{{6,9}})\s*(?:[,/;|]|$)"),
            1,
            not_a_bsn,
        ),
        // "VERHOEVEN M 01.09.1948", "| V | 17-08-1938": a date after the letter of someone's sex;
        // "dhr. van Oosterzee, 86 (21 maart 1940)": a date in brackets after an age.
        fixed(
            FindingKind::BirthDate,
            &format!(r"(?:^|[\s|,/])(?-i:[MVF])\s*[,|/]?\s*{date}"),
            1,
            super::records::whole_date,
        ),
        fixed(FindingKind::BirthDate, &format!(r",\s*\d{{2,3}}\s*\(\s*{date}\s*\)"), 1, super::records::whole_date),
        // "15 Oudegracht", "lives at 44 Kanaalweg": the number first, as English writes it.
        fixed(
            FindingKind::Address,
            r"\b\d{1,4}\s+\p{Lu}\p{Ll}+(?:straat|gracht|weg|laan|singel|kade|plein|dijk|dreef)\b",
            0,
            any,
        ),
        // "mw. Hendriks (12-6-39)": a date in brackets right after a titled name is hers.
        fixed(
            FindingKind::BirthDate,
            &format!(
                r"(?i)\b(?:dhr|mw|mevr|mevrouw|meneer|mr|mrs|ms|pt|cliënt|client)\b\.?\s+(?:\p{{Lu}}\.\s?)*(?:(?:van|de|der|den|el|ter|ten|'t)\s+)*(?-i:\p{{Lu}})[\p{{L}}'’-]+\s*\(\s*{date}\s*\)"
            ),
            1,
            super::records::whole_date,
        ),
        // "Jansen, 14-03-1948, 7719302", "J. Visser – 228190113 – 14-03-1948": a whole date and a
        // bare number of six to nine digits side by side are someone's birth date and record number.
        fixed(FindingKind::BirthDate, &format!(r"{date}\s*[,–/]\s*\d{{6,9}}\b"), 1, super::records::whole_date),
        fixed(FindingKind::RecordNumber, &format!(r"{date}\s*[,–/]\s*(\d{{6,9}})\b"), 2, not_a_bsn),
        fixed(FindingKind::BirthDate, &format!(r"\b\d{{6,9}}\s*[,–/]\s*{date}"), 1, super::records::whole_date),
        fixed(FindingKind::RecordNumber, &format!(r"\b(\d{{6,9}})\s*[,–/]\s*{date}"), 1, not_a_bsn),
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

/// The start of a line of patient details, up to where the details begin: "Gegevens:", and the
/// sticker or wristband copied from the record ("Sticker EPD: A. Rachidi | M | 10-10-1970 | …").
const DETAILS_LINE: &str = r"^[ \t\-•*]*(?:naam|gegevens|personalia|pati[eë]nt(?:gegevens|sticker)?|pt|bewoner|cli[eë]nt|name|patient(?:\s+details)?|details|sticker|etiket|label|(?:pols|naam)?bandje|polsband|naamband|wristband)(?:\s+\p{L}+)?\s*:[^\n]*?";

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

/// Nine digits that pass the eleven-check are a BSN, which its own rule finds.
fn not_a_bsn(text: &str, start: usize, end: usize) -> bool {
    !passes_eleven_check(&text[start..end])
}
