//! Where the privacy scan spends its time on the richest generated case (release):
//!   cargo run --release -p leerteam-story --example scan_timing
use std::time::Instant;

use chrono::TimeZone;

fn main() {
    let now = chrono::Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
    let case = (0..200u64)
        .map(|n| leerteam_model::sample_case(uuid::Uuid::from_u128(u128::from(n) + 1), n, now))
        .max_by_key(|c| leerteam_model::to_json(c).len())
        .unwrap();
    let settings = leerteam_model::StorySettings::default();
    let lang = leerteam_story::Lang::Nl;
    let mut doc = leerteam_story::assemble(&case, &settings, lang, now.date_naive());
    let scanner = leerteam_story::Scanner::new(&case, &settings, lang).unwrap();
    let mut texts = Vec::new();
    doc.visit_texts(|_, t| texts.push(t.clone()));
    let chars: usize = texts.iter().map(|t| t.chars().count()).sum();
    for _ in 0..3 {
        let started = Instant::now();
        let people = scanner.people(texts.iter().map(String::as_str));
        let find = started.elapsed();
        let started = Instant::now();
        let hits: usize = texts.iter().map(|t| scanner.hits_with(t, &people).len()).sum();
        let hit = started.elapsed();
        println!("{} texts, {chars} chars: people {find:?}, hits {hit:?} ({hits} hits)", texts.len());
    }
    for (rule, took) in leerteam_story::rule_timings(&texts).into_iter().take(8) {
        println!("  rule {rule:<20} {took:?}");
    }
}
