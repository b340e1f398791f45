//! The story's layout and PDF writer on arbitrary text: never a panic, a PDF with a page.
#![no_main]

use chrono::{TimeZone, Utc};
use leerteam_story::Lang;
use libfuzzer_sys::fuzz_target;
use uuid::Uuid;

fuzz_target!(|text: &str| {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let mut case = leerteam_model::sample_case(Uuid::from_u128(1), 1, now);
    let (title, rest) = text.split_at(text.char_indices().nth(60).map_or(text.len(), |(i, _)| i));
    case.title = title.chars().filter(|c| !c.is_control()).collect();
    if case.title.trim().is_empty() {
        case.title = "Casus".into();
    }
    case.goal.description = rest.to_owned();
    case.story.text = text.to_owned();
    let doc = leerteam_story::assemble(&case, &Default::default(), Lang::Nl, now.date_naive());
    let pdf = leerteam_story::to_pdf(&doc, now).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
});
