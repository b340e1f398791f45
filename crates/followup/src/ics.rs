//! A small RFC 5545 writer: a calendar of whole-day events, each with a reminder, published
//! (`METHOD:PUBLISH`) so Outlook adds or updates them by their UID. Lines end in CRLF and are
//! folded at 75 octets without splitting a character; text is escaped so that a note pasted
//! from Windows (CR LF), a comma or a semicolon survives. Written here rather than with the
//! `icalendar` crate, which gives alarms a DTSTAMP they may not have and leaves carriage returns
//! unescaped; whole days need no VTIMEZONE.

use chrono::{DateTime, NaiveDate, Utc};

/// One whole-day event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable across exports, so a second import updates instead of doubling.
    pub uid: String,
    pub day: NaiveDate,
    pub summary: String,
    pub description: String,
    /// The reminder, in hours before the start of the day (15: 09:00 the day before).
    pub remind_hours_before: u32,
}

/// The calendar file of `events`, stamped `now`.
pub fn calendar(name: &str, events: &[Event], now: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Leerteam//Leerteam//NL".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for event in events {
        let next_day = event.day.succ_opt().unwrap_or(event.day);
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", escape(&event.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", event.day.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", next_day.format("%Y%m%d")),
            format!("SUMMARY:{}", escape(&event.summary)),
            format!("DESCRIPTION:{}", escape(&event.description)),
            "TRANSP:TRANSPARENT".to_owned(),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("DESCRIPTION:{}", escape(&event.summary)),
            format!("TRIGGER:-PT{}H", event.remind_hours_before),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line)).collect()
}

/// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash; every line
/// break, whether CR LF, CR or LF, becomes `\n`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters have no place in a content line.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded (RFC 5545 3.1): at most 75 octets a line, continued on the next
/// after CRLF and a space, never inside a character; each line ends in CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}
