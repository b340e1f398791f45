//! The printed material of a training day, as documents the story crate renders (PDF, HTML,
//! text): the role cards, one card a page with the card's own part below a fold line, and the
//! observers' sheets, one group a page with who takes which card and what to watch for.

use leerteam_model::{Case, PackRole, PracticePack, RoundStep, RoundStepKind, Seat};
use leerteam_story::{Block, Document, Lang, Section};

use crate::error::RoomError;
use crate::training::{groups, seating};

/// One page per card of the practice case's pack, in the pack's order. Every page carries the
/// practice mark (in its footer) and the name of exactly one card.
pub fn role_cards(case: &Case, lang: Lang) -> Result<Document, RoomError> {
    let pack = case.practice.as_ref().ok_or(RoomError::NotAPracticeCase)?;
    let w = words(lang);
    let mut participants = case.participants.iter();
    let mut sections: Vec<Section> = pack
        .roles
        .iter()
        .map(|card| {
            // Participants were made from the participant cards in order (`practice_case`).
            let plays = match card.seat {
                Seat::Facilitator => w.you_facilitate.to_owned(),
                Seat::Participant(_) => {
                    let pseudonym = participants.next().map(|p| p.pseudonym.as_str()).unwrap_or_default();
                    format!("{} {pseudonym}", w.you_play)
                }
            };
            card_section(card, &plays, pack, w)
        })
        .collect();
    separate_pages(&mut sections);
    Ok(Document {
        lang,
        kind_of_document: lang.words().marked(w.cards, true),
        title: case.title.trim().to_owned(),
        facts: vec![(w.round.to_owned(), round_line(&pack.round, w))],
        sections,
    })
}

fn card_section(card: &PackRole, plays: &str, pack: &PracticePack, w: &CardWords) -> Section {
    let mut blocks = vec![Block::Label(plays.to_owned()), field(w.everyone_knows, &pack.situation)];
    if !card.known.trim().is_empty() {
        blocks.push(field(w.about_role, &card.known));
    }
    blocks.push(Block::Paragraph(w.how_to_play.to_owned()));
    blocks.push(Block::Fold(w.fold.to_owned()));
    blocks.push(field(w.only_you, &card.secret));
    Section { heading: card.title.trim().to_owned(), blocks }
}

/// One page a group for round `round` (0, 1, …): who facilitates, who takes which card, who
/// observes, and the checklist; the plenary questions on a last page.
pub fn observer_sheets(case: &Case, trainees: u32, round: u32, lang: Lang) -> Result<Document, RoomError> {
    let pack = case.practice.as_ref().ok_or(RoomError::NotAPracticeCase)?;
    let w = words(lang);
    let pseudonyms: Vec<&str> = case.participants.iter().map(|p| p.pseudonym.as_str()).collect();
    let card_name = |index: usize| {
        let title = pack.roles[index].title.trim();
        // The index among the participant cards is the participant's position.
        let nth = pack.roles[..index].iter().filter(|c| c.seat != Seat::Facilitator).count();
        match pseudonyms.get(nth) {
            Some(pseudonym) => format!("{title} ({pseudonym})"),
            None => title.to_owned(),
        }
    };
    let mut sections: Vec<Section> = groups(trainees)?
        .iter()
        .map(|group| {
            let seats = seating(group, pack, round);
            let mut who = vec![format!("{} {}: {}", w.trainee, seats.facilitator, w.facilitates)];
            who.extend(seats.cards.iter().map(|&(t, card)| format!("{} {t}: {}", w.trainee, card_name(card))));
            who.extend(seats.observers.iter().map(|t| format!("{} {t}: {}", w.trainee, w.observes)));
            let mut blocks = vec![Block::Bullets(who)];
            if !seats.left_out.is_empty() {
                let names: Vec<String> = seats.left_out.iter().map(|&card| card_name(card)).collect();
                blocks.push(Block::Field { label: w.left_out.to_owned(), text: names.join(", ") });
            }
            blocks.push(Block::Label(w.watch.to_owned()));
            blocks.push(Block::Bullets(w.checklist.iter().map(|item| format!("☐ {item}")).collect()));
            blocks.push(Block::Field { label: w.noticed.to_owned(), text: w.noticed_hint.to_owned() });
            Section { heading: format!("{} {}", w.group, group.number), blocks }
        })
        .collect();
    sections.push(Section {
        heading: w.plenary.to_owned(),
        blocks: vec![Block::Bullets(pack.plenary_questions.iter().map(|q| q.trim().to_owned()).collect())],
    });
    separate_pages(&mut sections);
    Ok(Document {
        lang,
        kind_of_document: lang.words().marked(w.sheets, true),
        title: case.title.trim().to_owned(),
        facts: vec![
            (w.trainees.to_owned(), trainees.to_string()),
            (w.round_number.to_owned(), (round + 1).to_string()),
            (w.round.to_owned(), round_line(&pack.round, w)),
        ],
        sections,
    })
}

/// The name a save dialog suggests for the role cards.
pub fn role_cards_file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "rolkaarten-oefencasus.pdf",
        Lang::En => "role-cards-practice-case.pdf",
    }
}

/// Every section but the first starts a page.
fn separate_pages(sections: &mut [Section]) {
    let last = sections.len().saturating_sub(1);
    for section in &mut sections[..last] {
        section.blocks.push(Block::PageBreak);
    }
}

fn field(label: &str, text: &str) -> Block {
    Block::Field { label: label.to_owned(), text: text.trim().to_owned() }
}

/// "Rol lezen 5 min · gesprek 10 min · …"
fn round_line(round: &[RoundStep], w: &CardWords) -> String {
    let steps: Vec<String> = round.iter().map(|s| format!("{} {} min", w.step(s.step), s.minutes)).collect();
    steps.join(" · ")
}

struct CardWords {
    cards: &'static str,
    sheets: &'static str,
    round: &'static str,
    round_number: &'static str,
    trainees: &'static str,
    you_play: &'static str,
    you_facilitate: &'static str,
    everyone_knows: &'static str,
    about_role: &'static str,
    how_to_play: &'static str,
    fold: &'static str,
    only_you: &'static str,
    group: &'static str,
    trainee: &'static str,
    facilitates: &'static str,
    observes: &'static str,
    left_out: &'static str,
    watch: &'static str,
    checklist: [&'static str; 7],
    noticed: &'static str,
    noticed_hint: &'static str,
    plenary: &'static str,
    steps: [&'static str; 4],
}

impl CardWords {
    fn step(&self, step: RoundStepKind) -> &'static str {
        let i = RoundStepKind::ALL.iter().position(|s| *s == step).unwrap_or_default();
        self.steps[i]
    }
}

fn words(lang: Lang) -> &'static CardWords {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

const NL: CardWords = CardWords {
    cards: "Rolkaarten",
    sheets: "Observatielijst",
    round: "Ronde",
    round_number: "Rondenummer",
    trainees: "Deelnemers aan de training",
    you_play: "Je speelt:",
    you_facilitate: "Jij leidt het gesprek.",
    everyone_knows: "Wat iedereen weet",
    about_role: "Wat de anderen van jouw rol weten",
    how_to_play: "Lees je kaart in vijf minuten. Vertel in het gesprek wat deze persoon beleefde, in je eigen \
                  woorden; wat onder de vouw staat vertel je als het ter sprake komt of als er naar gevraagd wordt.",
    fold: "Vouw hier om. Wat hieronder staat is alleen voor jou.",
    only_you: "Wat alleen jij weet",
    group: "Groep",
    trainee: "Deelnemer",
    facilitates: "gespreksleiding",
    observes: "observeert met deze lijst",
    left_out: "Niet gespeeld in deze groep",
    watch: "Let op of de gespreksleider:",
    checklist: [
        "opent met het doel van het gesprek en de spelregels",
        "open vragen stelt (wat, hoe, wanneer) en niet vraagt naar wie het deed",
        "emoties opmerkt en benoemt",
        "oplossingen parkeert voor later in plaats van ze meteen uit te werken",
        "iedereen aan het woord laat komen, ook wie stil is",
        "samenvat wat er gezegd is",
        "afsluit met nazorg: bij wie kun je terecht als het gesprek naweeg?",
    ],
    noticed: "Wat viel je op?",
    noticed_hint: "Noteer een moment dat hielp en een moment dat je anders zou doen.",
    plenary: "Plenaire ronde",
    steps: ["rol lezen", "gesprek", "uit de rol stappen", "plenair"],
};

const EN: CardWords = CardWords {
    cards: "Role cards",
    sheets: "Observer checklist",
    round: "Round",
    round_number: "Round number",
    trainees: "Trainees",
    you_play: "You play:",
    you_facilitate: "You lead the conversation.",
    everyone_knows: "What everyone knows",
    about_role: "What the others know about your role",
    how_to_play: "Read your card in five minutes. In the conversation, tell what this person went through, in \
                  your own words; tell what is below the fold when it comes up or when you are asked.",
    fold: "Fold here. What is below is for you alone.",
    only_you: "What only you know",
    group: "Group",
    trainee: "Trainee",
    facilitates: "leads the conversation",
    observes: "observes with this list",
    left_out: "Not played in this group",
    watch: "Watch whether the person leading the conversation:",
    checklist: [
        "opens with the purpose of the conversation and the ground rules",
        "asks open questions (what, how, when) and not who did it",
        "notices emotions and names them",
        "parks solutions for later instead of working them out at once",
        "lets everyone speak, the quiet ones too",
        "sums up what was said",
        "closes with support: who can people turn to if the conversation stays with them?",
    ],
    noticed: "What did you notice?",
    noticed_hint: "Note one moment that helped and one you would do differently.",
    plenary: "Plenary round",
    steps: ["read your role", "conversation", "step out of role", "plenary"],
};
