//! Training: the built-in packs, groups for any number of trainees, seating, role cards.

use chrono::{TimeZone, Utc};
use leerteam_model::{check, practice_case, Case, Language, Seat, Severity};
use leerteam_room::{builtin_pack, groups, observer_sheets, role_cards, seating, RoomError};
use leerteam_story::{Block, Lang};
use proptest::prelude::*;
use uuid::Uuid;

fn practice(lang: Language) -> Case {
    let now = Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).unwrap();
    practice_case(&builtin_pack(lang), Uuid::from_u128(7), now)
}

#[test]
fn the_builtin_packs_make_valid_practice_cases_with_five_cards() {
    for lang in [Language::Dutch, Language::English] {
        let pack = builtin_pack(lang);
        assert_eq!(pack.lang, lang);
        assert_eq!(pack.roles.len(), 5);
        assert_eq!(pack.roles.iter().filter(|c| c.seat == Seat::Facilitator).count(), 1);
        let case = practice(lang);
        let errors: Vec<_> =
            check(&case, case.created_at.date_naive()).into_iter().filter(|f| f.severity == Severity::Error).collect();
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(case.participants.len(), 4);
        assert!(case.participants.iter().all(|p| p.name.is_none()));
        assert!(case.goal.description.contains("83"));
    }
}

#[test]
fn the_dutch_and_english_packs_have_the_same_seats() {
    let (nl, en) = (builtin_pack(Language::Dutch), builtin_pack(Language::English));
    let seats = |p: &leerteam_model::PracticePack| p.roles.iter().map(|c| c.seat).collect::<Vec<_>>();
    assert_eq!(seats(&nl), seats(&en));
    assert_eq!(nl.round, en.round);
    assert_eq!(nl.plenary_questions.len(), en.plenary_questions.len());
}

#[test]
fn thirteen_trainees_make_groups_of_five_four_and_four() {
    let sizes: Vec<usize> = groups(13).unwrap().iter().map(|g| g.trainees.len()).collect();
    assert_eq!(sizes, [5, 4, 4]);
    let all: Vec<u32> = groups(13).unwrap().into_iter().flat_map(|g| g.trainees).collect();
    assert_eq!(all, (1..=13).collect::<Vec<_>>());
}

#[test]
fn below_eight_one_group_and_below_four_none() {
    for n in 4..=7 {
        assert_eq!(groups(n).unwrap().len(), 1, "{n}");
    }
    for n in 0..4 {
        assert!(matches!(groups(n), Err(RoomError::TooFewTrainees { min: 4 })), "{n}");
    }
}

proptest! {
    #[test]
    fn groups_hold_everyone_once_in_fours_fives_and_sixes(n in 8u32..400) {
        let groups = groups(n).unwrap();
        let sizes: Vec<usize> = groups.iter().map(|g| g.trainees.len()).collect();
        prop_assert_eq!(sizes.iter().sum::<usize>(), n as usize);
        prop_assert!(sizes.iter().all(|s| (4..=6).contains(s)), "{:?}", sizes);
        let all: Vec<u32> = groups.into_iter().flat_map(|g| g.trainees).collect();
        prop_assert_eq!(all, (1..=n).collect::<Vec<_>>());
    }

    #[test]
    fn every_trainee_of_a_group_facilitates_once_in_as_many_rounds(n in 8u32..60) {
        let pack = builtin_pack(Language::Dutch);
        for group in groups(n).unwrap() {
            let mut leading: Vec<u32> =
                (0..group.trainees.len() as u32).map(|round| seating(&group, &pack, round).facilitator).collect();
            leading.sort_unstable();
            prop_assert_eq!(&leading, &group.trainees);
        }
    }
}

#[test]
fn a_group_of_four_leaves_the_last_card_out_and_six_have_an_observer() {
    let pack = builtin_pack(Language::Dutch);
    let four = &groups(8).unwrap()[0];
    let seats = seating(four, &pack, 0);
    assert_eq!(seats.facilitator, 1);
    assert_eq!(seats.cards, [(2, 1), (3, 2), (4, 3)]);
    assert_eq!(seats.left_out, [4]);
    assert!(seats.observers.is_empty());
    let six = &groups(12).unwrap()[1];
    let seats = seating(six, &pack, 1);
    assert_eq!(seats.facilitator, 8);
    assert_eq!(seats.cards.iter().map(|c| c.0).collect::<Vec<_>>(), [9, 10, 11, 12]);
    assert_eq!(seats.observers, [7]);
    assert!(seats.left_out.is_empty());
}

#[test]
fn role_cards_are_one_card_a_page_with_the_secret_below_the_fold() {
    for (lang, language) in [(Lang::Nl, Language::Dutch), (Lang::En, Language::English)] {
        let case = practice(language);
        let doc = role_cards(&case, lang).unwrap();
        assert_eq!(doc.sections.len(), 5);
        assert!(doc.kind_of_document.starts_with(lang.words().practice_mark));
        for (section, card) in doc.sections.iter().zip(&case.practice.as_ref().unwrap().roles) {
            assert_eq!(section.heading, card.title);
            let fold = section.blocks.iter().position(|b| matches!(b, Block::Fold(_))).unwrap();
            let secret =
                section.blocks.iter().position(|b| matches!(b, Block::Field { text, .. } if *text == card.secret));
            assert!(secret.unwrap() > fold);
        }
        let breaks = doc.sections.iter().flat_map(|s| &s.blocks).filter(|b| matches!(b, Block::PageBreak)).count();
        assert_eq!(breaks, 4);
    }
}

#[test]
fn a_real_case_has_no_cards() {
    let mut case = practice(Language::Dutch);
    case.practice = None;
    assert!(matches!(role_cards(&case, Lang::Nl), Err(RoomError::NotAPracticeCase)));
    assert!(matches!(observer_sheets(&case, 13, 0, Lang::Nl), Err(RoomError::NotAPracticeCase)));
}

#[test]
fn observer_sheets_seat_every_trainee_and_end_with_the_plenary() {
    let case = practice(Language::English);
    let doc = observer_sheets(&case, 13, 0, Lang::En).unwrap();
    assert_eq!(doc.sections.len(), 4);
    assert_eq!(doc.sections[3].heading, "Plenary round");
    let seated: usize = doc.sections[..3]
        .iter()
        .map(|s| match &s.blocks[0] {
            Block::Bullets(items) => items.len(),
            _ => 0,
        })
        .sum();
    assert_eq!(seated, 13);
    let first = format!("{:?}", doc.sections[0].blocks);
    assert!(first.contains("Trainee 1: leads the conversation"), "{first}");
    assert!(first.contains("Evening-shift nurse (Verpleegkundige A)"), "{first}");
}
