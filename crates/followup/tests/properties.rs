//! Bounded property tests of the calendar writer, the stable twin of its fuzz target (fuzz/): any
//! text gives a calendar whose lines keep RFC 5545's rules and unfold to what was written.

use chrono::{NaiveDate, TimeZone, Utc};
use leerteam_followup::ics::{calendar, escape, fold, Event};
use proptest::prelude::*;

/// Unfolds content lines and undoes TEXT escaping: what a calendar reader does.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            (c, false) => out.push(c),
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn every_line_is_crlf_at_most_75_octets_and_unfolds_to_what_was_written(text in "\\PC{0,300}|[\\r\\n,;\\\\é🚩 a]{0,80}") {
        let folded = fold(&format!("DESCRIPTION:{}", escape(&text)));
        prop_assert!(folded.ends_with("\r\n"));
        for line in folded.split_terminator("\r\n") {
            prop_assert!(line.len() <= 75, "{} octets", line.len());
            prop_assert!(!line.contains('\r') && !line.contains('\n'));
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        let expected: String = text.replace("\r\n", "\n").replace('\r', "\n").chars().filter(|c| !c.is_control() || *c == '\n').collect();
        prop_assert_eq!(unescape(unfolded.trim_start_matches("DESCRIPTION:")), expected);
    }

    #[test]
    fn a_calendar_of_any_texts_has_one_event_each_and_only_crlf_lines(
        texts in prop::collection::vec("\\PC{0,120}", 0..6),
        days in prop::collection::vec(0i64..3000, 6),
    ) {
        let base = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let events: Vec<Event> = texts
            .iter()
            .zip(&days)
            .enumerate()
            .map(|(i, (text, day))| Event {
                uid: format!("{i}@leerteam"),
                day: base + chrono::TimeDelta::days(*day),
                summary: text.clone(),
                description: text.clone(),
                remind_hours_before: 15,
            })
            .collect();
        let ics = calendar("Leerteam", &events, Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).unwrap());
        prop_assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        prop_assert_eq!(ics.matches("\r\nBEGIN:VEVENT\r\n").count(), events.len());
        prop_assert!(!ics.replace("\r\n", "").contains(['\r', '\n']));
        prop_assert!(ics.split_terminator("\r\n").all(|l| l.len() <= 75));
    }
}
