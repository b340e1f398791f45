//! Realistic generated cases (Dutch text) for benchmarks, tests and demos. Deterministic per seed.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use uuid::Uuid;

use crate::case::*;
use crate::kinds::*;

/// SplitMix64: enough randomness for sample text, and no dependency.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn sentences(&mut self, n: usize) -> String {
        (0..n).map(|_| self.pick(SENTENCES)).collect::<Vec<_>>().join(" ")
    }
}

const TITLES: &[&str] = &[
    "Val op de afdeling tijdens de nachtdienst",
    "Vertraagde overdracht van SEH naar verpleegafdeling",
    "Medicatie dubbel toegediend na wisseling van dienst",
    "Goed verlopen reanimatie op de polikliniek",
    "Onduidelijke afspraken rond ontslag naar verpleeghuis",
    "Samenwerking tussen IC en chirurgie bij een complexe opname",
    "Agressie van een bezoeker in de avond",
    "Delier laat herkend bij oudere patiënt met pancreatitis",
];
const WARDS: &[&str] = &["Interne geneeskunde", "Chirurgie", "SEH", "IC", "Geriatrie", "Cardiologie", "Longziekten"];
const SENTENCES: &[&str] = &[
    "Die avond waren we met twee verpleegkundigen in plaats van drie, omdat een collega zich ziek had gemeld.",
    "De overdracht verliep snel omdat de SEH vol lag en er een nieuwe patiënt binnenkwam.",
    "Ik twijfelde of ik de arts opnieuw moest bellen, want hij had het eerder die dienst erg druk.",
    "Achteraf zag ik dat het signaal er al vroeg was, maar op dat moment paste het in het gewone beeld.",
    "De familie had het gevoel dat niemand echt naar hen luisterde toen ze zeiden dat vader anders was dan normaal.",
    "Het elektronisch dossier gaf een waarschuwing, maar die verschijnt zo vaak dat we hem bijna automatisch wegklikken.",
    "Wat goed ging: de samenwerking met de apotheek was kort en duidelijk, binnen tien minuten was er een oplossing.",
    "Ik voelde me schuldig, ook al wist ik dat ik gedaan had wat op dat moment kon.",
    "Het protocol beschrijft een ideale situatie; in de praktijk is de weegschaal vaak bezet op dat tijdstip.",
    "Na het gesprek begreep ik pas hoe druk het op de andere afdeling was, dat zag ik van buitenaf niet.",
    "We hebben geleerd dat een korte check om 22.00 uur veel onrust voorkomt.",
    "De arts-assistent was nieuw en kende de gewoonten van de afdeling nog niet.",
    "Er was geen vaste plek om de afspraken met de familie vast te leggen, dus ieder deed het anders.",
    "Het ging uiteindelijk goed omdat een collega op tijd meekeek en zei: dit klopt niet.",
];
const MOMENTS: &[&str] = &["07:30", "08:15", "10:00", "13:45", "16:20", "19:00", "22:10", "23:40", "02:30", "dag 2"];
const ROLES: &[Role] = &[
    Role::Nurse,
    Role::Nurse,
    Role::Physician,
    Role::Manager,
    Role::Family,
    Role::PatientClient,
    Role::Pharmacist,
    Role::Nurse,
];

/// A case as rich as a typical finished Learning Team: 8 perspectives, 20 timeline events,
/// 3 themes, 6 learning points and 4 experiments with criteria and check-ins.
pub fn sample_case(id: Uuid, seed: u64, now: DateTime<Utc>) -> Case {
    let mut dice = Dice(seed);
    let start = now.date_naive() - TimeDelta::days(60 + dice.below(300) as i64);
    let mut case = Case::new(
        id,
        NewCase {
            kind: CaseKind::ALL[dice.below(CaseKind::ALL.len())],
            title: dice.pick(TITLES).to_owned(),
            ward: dice.pick(WARDS).to_owned(),
            event_date: Some(start),
        },
        now,
    );
    case.phase = Phase::ALL[dice.below(Phase::ALL.len())];
    case.goal = Goal {
        description: dice.sentences(4),
        why_learn: dice.sentences(2),
        expectation: dice.sentences(2),
        scope_in: dice.sentences(1),
        scope_out: dice.sentences(1),
    };
    for check in &mut case.preconditions {
        check.met = dice.below(4) > 0;
        check.note = dice.sentences(1);
    }
    for (i, &role) in ROLES.iter().enumerate() {
        let pseudonym = case.suggest_pseudonym(role);
        case.participants.push(Participant {
            id: i as u32 + 1,
            role,
            discipline: String::new(),
            name: None,
            pseudonym,
            reflection: dice.sentences(2),
        });
    }
    let day = |n: i64| Some(start + TimeDelta::days(n));
    case.sessions = vec![
        Session {
            id: 1,
            kind: SessionKind::Perspectives,
            planned_on: day(10),
            held_on: day(10),
            place: "Vergaderzaal 2".into(),
            notes: dice.sentences(3),
            heard: case.participants.iter().map(|p| p.id).collect(),
            questions_used: vec!["sharing.hard".into(), "four_l.learned".into()],
            marks: vec![
                NoteMark { participant_id: Some(1), tag: NoteTag::EmotionAcknowledged },
                NoteMark { participant_id: Some(2), tag: NoteTag::WentWell },
            ],
        },
        Session {
            id: 2,
            kind: SessionKind::RedThread,
            planned_on: day(17),
            held_on: day(17),
            place: "Vergaderzaal 2".into(),
            notes: dice.sentences(3),
            heard: Vec::new(),
            questions_used: Vec::new(),
            marks: Vec::new(),
        },
    ];
    case.perspectives = (1..=8)
        .map(|i| Perspective {
            id: i,
            participant_id: i,
            session_id: Some(1),
            text: dice.sentences(6),
            went_well: dice.sentences(2),
            was_hard: dice.sentences(2),
            emotions: vec![Emotion::ALL[dice.below(5)]],
            other_emotion: String::new(),
        })
        .collect();
    case.timeline = (1..=20)
        .map(|i| TimelineEvent {
            id: i,
            position: i,
            at: dice.pick(MOMENTS).to_owned(),
            description: dice.sentences(1),
            participant_ids: vec![1 + dice.below(8) as u32],
        })
        .collect();
    case.integrated_picture = dice.sentences(5);
    case.themes = (1..=3)
        .map(|i| Theme {
            id: i,
            title: format!("Rode draad {i}: {}", dice.pick(&["werkdruk", "overdracht", "signalen", "samenwerking"])),
            description: dice.sentences(2),
            perspective_ids: vec![i, i + 3],
            event_ids: vec![i, i + 5, i + 10],
        })
        .collect();
    case.learning_points = (1..=6)
        .map(|i| LearningPoint {
            id: i,
            kind: if i % 2 == 0 { LearningKind::Keep } else { LearningKind::Change },
            text: dice.sentences(2),
            theme_id: Some(1 + (i - 1) % 3),
        })
        .collect();
    case.insights =
        Insights { complexity: dice.sentences(2), variability: dice.sentences(2), coupling: dice.sentences(2) };
    case.experiments = (1..=4)
        .map(|i| Experiment {
            id: i,
            // Every "change" point (1, 3, 5) gets an experiment; the fourth supports a "keep" point.
            learning_point_id: Some(if i <= 3 { 2 * i - 1 } else { 2 }),
            action: dice.sentences(1),
            prediction: dice.sentences(1),
            owner_role: "Verpleegkundige".into(),
            start_on: day(24),
            smallest_scale: "Eén afdeling, avonddienst, vier weken".into(),
            review_on: day(52),
            status: ExperimentStatus::ALL[dice.below(ExperimentStatus::ALL.len())],
            criteria: CriterionKind::ALL
                .iter()
                .enumerate()
                .map(|(k, &kind)| Criterion { id: 3 * (i - 1) + k as u32 + 1, kind, text: dice.sentences(1) })
                .collect(),
            check_ins: (0..2)
                .map(|k| CheckIn {
                    id: 2 * (i - 1) + k + 1,
                    on: start + TimeDelta::days(31 + 14 * k as i64),
                    observation: dice.sentences(2),
                    result: dice.sentences(1),
                })
                .collect(),
        })
        .collect();
    case.story = Story {
        text: dice.sentences(8),
        audience: "Collega's van andere afdelingen".into(),
        asks: dice.sentences(2),
        review: PrivacyReview::default(),
    };
    // Fixed words, no dice: what the dice gave everything else stays as it was.
    case.parked = vec![
        ParkedFix {
            id: 1,
            text: "Een vaste korte check om 22.00 uur".into(),
            session_id: Some(1),
            participant_id: Some(3),
            experiment_id: Some(1),
        },
        ParkedFix {
            id: 2,
            text: "Weegschaal op een vaste plek".into(),
            session_id: Some(1),
            participant_id: None,
            experiment_id: None,
        },
    ];
    case
}

/// A fixed date for tests and samples that must not depend on the clock.
pub fn sample_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default()
}
