//! The follow-up board and the calendar files on generated cases, with a fixed clock.

use chrono::{NaiveDate, TimeZone, Utc};
use leerteam_followup::calendar::{case_calendar, reviews_calendar};
use leerteam_followup::ics::{escape, fold};
use leerteam_followup::{board, followed_in, BoardFilter};
use leerteam_model::{sample_case, CaseStatus, ExperimentStatus};
use leerteam_story::Lang as Words;
use uuid::Uuid;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 30, 0).unwrap()
}

fn followed(cases: &[leerteam_model::Case]) -> Vec<leerteam_model::Followed> {
    cases.iter().flat_map(followed_in).collect()
}

/// Three cases with experiments whose reviews are overdue, due this week and later.
fn cases() -> Vec<leerteam_model::Case> {
    (1..=3u128)
        .map(|n| {
            let mut case = sample_case(Uuid::from_u128(n), n as u64, now());
            for (i, x) in case.experiments.iter_mut().enumerate() {
                x.status = ExperimentStatus::Running;
                x.review_on = Some(day(2026, 11, 20) + chrono::TimeDelta::days(i as i64 * 5 + n as i64));
            }
            case
        })
        .collect()
}

#[test]
fn the_board_lists_open_experiments_of_active_cases_overdue_first() {
    let mut cases = cases();
    cases[2].status = CaseStatus::Archived;
    cases[0].experiments[0].status = ExperimentStatus::Adopted;
    let today = day(2026, 12, 1);
    let items = board(&followed(&cases), today, BoardFilter::All);
    let expected: usize = cases[..2].iter().map(|c| c.experiments.iter().filter(|x| x.status.is_open()).count()).sum();
    assert_eq!(items.len(), expected);
    assert!(items.iter().all(|i| i.case_id != cases[2].id), "an archived case is left out");
    assert!(items.iter().all(|i| i.status.is_open()), "a decided experiment is left out");
    // Overdue first, the longest overdue on top, then by review date.
    let overdue: Vec<u32> = items.iter().map(|i| i.days_overdue).collect();
    assert!(overdue.windows(2).all(|w| w[0] >= w[1]), "{overdue:?}");
    assert!(overdue[0] > 0);
    let upcoming: Vec<_> = items.iter().filter(|i| i.days_overdue == 0).map(|i| i.next_review).collect();
    assert!(upcoming.windows(2).all(|w| w[0] <= w[1]), "{upcoming:?}");
    // Overdue is the model's rule: a review date before today while it is followed.
    for item in &items {
        let review = item.next_review.unwrap();
        assert_eq!(item.days_overdue > 0, review < today, "{item:?}");
        assert_eq!(
            item.next_statuses,
            [
                ExperimentStatus::Running,
                ExperimentStatus::Adopted,
                ExperimentStatus::Adapted,
                ExperimentStatus::Abandoned
            ]
        );
    }
}

#[test]
fn the_board_filters_what_the_facilitator_asks_for() {
    let mut cases = cases();
    let today = day(2026, 12, 1);
    cases[0].experiments[0].owner_role = "  ".into();
    cases[0].experiments[0].criteria.clear();
    let all = board(&followed(&cases), today, BoardFilter::All);
    let overdue = board(&followed(&cases), today, BoardFilter::Overdue);
    assert!(!overdue.is_empty() && overdue.iter().all(|i| i.days_overdue > 0));
    let week = board(&followed(&cases), today, BoardFilter::DueThisWeek);
    assert!(week.iter().all(|i| i.next_review.is_some_and(|d| d >= today && d < day(2026, 12, 8))), "{week:?}");
    assert_eq!(
        week.len(),
        all.iter().filter(|i| i.next_review.is_some_and(|d| d >= today && d < day(2026, 12, 8))).count()
    );
    let no_owner = board(&followed(&cases), today, BoardFilter::NoOwner);
    assert_eq!(no_owner.len(), 1);
    assert_eq!((no_owner[0].case_id, no_owner[0].experiment_id), (cases[0].id, cases[0].experiments[0].id));
    assert!(board(&followed(&cases), today, BoardFilter::NoCriteria).iter().any(|i| i.case_id == cases[0].id));
    // Quiet: no check-in for N weeks.
    let quiet = board(&followed(&cases), today, BoardFilter::Quiet { weeks: 2 });
    for item in &quiet {
        assert!(item.last_check_in.as_ref().is_none_or(|c| (today - c.on).num_days() >= 14), "{item:?}");
    }
}

#[test]
fn a_calendar_line_is_escaped_and_folded_by_octets() {
    assert_eq!(escape("a,b;c\\d"), "a\\,b\\;c\\\\d");
    assert_eq!(escape("regel 1\r\nregel 2\rregel 3\nregel 4"), "regel 1\\nregel 2\\nregel 3\\nregel 4");
    let long = format!("SUMMARY:{}", "é".repeat(60));
    let folded = fold(&long);
    for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"), "unfolding gives the line back");
}

#[test]
fn a_case_calendar_has_every_session_and_review_and_no_case_text() {
    let mut case = cases().remove(0);
    case.title = "Mevr. Canary de Vries viel".into();
    let text = case_calendar(&case, Words::Nl, now());
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.contains("METHOD:PUBLISH\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
    let dated_sessions = case.sessions.iter().filter(|s| s.date().is_some()).count();
    let reviews = case.experiments.iter().filter(|x| x.review_on.is_some()).count();
    assert_eq!(text.matches("BEGIN:VEVENT").count(), dated_sessions + reviews);
    assert_eq!(text.matches("BEGIN:VALARM").count(), dated_sessions + reviews);
    assert!(text.contains(&format!("UID:{}-review-{}@leerteam", case.id, case.experiments[0].id)));
    for words in [case.title.as_str(), "Canary", "Vries"] {
        assert!(!text.contains(words), "{words} in the calendar");
    }
    for p in &case.participants {
        assert!(!text.contains(&p.pseudonym), "a participant in the calendar");
        assert!(p.name.as_deref().is_none_or(|name| !text.contains(name)), "a participant in the calendar");
    }
    // The same case exported again gives the same UIDs: Outlook updates instead of doubling.
    assert_eq!(text, case_calendar(&case, Words::Nl, now()));
}

#[test]
fn the_reviews_calendar_matches_its_golden_file() {
    let text = reviews_calendar(&followed(&cases()), Words::En, now());
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/calendar/reviews-en.ics");
    if std::env::var_os("LEERTEAM_UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
        std::fs::write(path, &text).unwrap();
    }
    let golden = std::fs::read_to_string(path).expect("run once with LEERTEAM_UPDATE_GOLDEN=1");
    assert_eq!(text, golden, "tests/fixtures/calendar/reviews-en.ics is stale: LEERTEAM_UPDATE_GOLDEN=1");
    assert!(text.contains("SUMMARY:Learning Team: review of experiment 1\\, case 00000000\r\n"), "{text}");
}
