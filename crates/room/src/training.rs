//! A training day: the built-in practice pack, groups of trainees, and who takes which card.

use leerteam_model::{pack_from_json, Language, PracticePack};
use serde::Serialize;

use crate::error::RoomError;

/// The pack that comes with Leerteam, around the training case of the method's introduction: an
/// 83-year-old man on internal medicine with acute pancreatitis and an unclear label of dementia.
pub fn builtin_pack(lang: Language) -> PracticePack {
    let text = match lang {
        Language::Dutch => include_str!("../packs/builtin-nl.json"),
        Language::English => include_str!("../packs/builtin-en.json"),
    };
    // The packs are checked by this crate's tests: a build cannot ship one that fails to read.
    pack_from_json(text).expect("the built-in practice pack reads")
}

/// Fewer trainees than this cannot hold a conversation with a facilitator and three roles.
pub const MIN_TRAINEES: u32 = 4;
const USUAL_GROUP: u32 = 5;

/// One group of trainees, who are numbered 1 to N on the day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Group {
    /// 1, 2, …
    pub number: u32,
    pub trainees: Vec<u32>,
}

/// Splits `trainees` into groups of five where they can be; what is left over makes some groups
/// of four or six, never fewer than four. From eight trainees on every group has 4 to 6. Four to
/// seven make one group (seven: a group with two observers); fewer than four cannot practise.
pub fn groups(trainees: u32) -> Result<Vec<Group>, RoomError> {
    if trainees < MIN_TRAINEES {
        return Err(RoomError::TooFewTrainees { min: MIN_TRAINEES });
    }
    // As many groups as fives fit, rounded to the nearest: then every size is 5 ± 1 from 8 on.
    let count = ((trainees + USUAL_GROUP / 2) / USUAL_GROUP).max(1);
    let (base, larger) = (trainees / count, trainees % count);
    let mut next = 1;
    Ok((0..count)
        .map(|i| {
            let size = base + u32::from(i < larger);
            let group = Group { number: i + 1, trainees: (next..next + size).collect() };
            next += size;
            group
        })
        .collect())
}

/// Who does what in a group in one round: one trainee facilitates, the next take the participant
/// cards in the pack's order, and whoever is left observes with the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Seating {
    pub facilitator: u32,
    /// (trainee, index of the card in the pack's `roles`).
    pub cards: Vec<(u32, usize)>,
    pub observers: Vec<u32>,
    /// Participant cards no one takes (a group of four leaves the last out).
    pub left_out: Vec<usize>,
}

/// The seating of `group` in round `round` (0, 1, …): the facilitator moves one place each round,
/// so that over a day everyone facilitates once.
pub fn seating(group: &Group, pack: &PracticePack, round: u32) -> Seating {
    let n = group.trainees.len();
    let start = if n == 0 { 0 } else { round as usize % n };
    let mut order = group.trainees.iter().copied().cycle().skip(start).take(n);
    let facilitator = order.next().unwrap_or_default();
    let cards: Vec<usize> = pack
        .roles
        .iter()
        .enumerate()
        .filter(|(_, card)| card.seat != leerteam_model::Seat::Facilitator)
        .map(|(i, _)| i)
        .collect();
    let players: Vec<u32> = order.collect();
    let taken = players.len().min(cards.len());
    Seating {
        facilitator,
        cards: players.iter().copied().zip(cards.iter().copied()).collect(),
        observers: players[taken..].to_vec(),
        left_out: cards[taken..].to_vec(),
    }
}
