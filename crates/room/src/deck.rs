//! The question deck: frames of questions a facilitator can put to the group, in Dutch and
//! English, with the organisation's own questions beside them, and the default ground rules and
//! check-out. A question is known by a key that stays the same in both languages ("four_l.learned";
//! "own:3" for the organisation's own question 3), which is what a session keeps of it.

use leerteam_model::{PracticePack, SessionKind};
use leerteam_story::Lang;
use serde::{Deserialize, Serialize};

/// A frame: a set of questions that belong together, and the meetings it suits best.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Frame {
    pub key: String,
    pub title: String,
    /// The meetings the frame suits; the deck shows these first for such a meeting.
    pub suits: Vec<SessionKind>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Question {
    pub key: String,
    pub text: String,
}

/// A question of the organisation's own, kept in the vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct OwnQuestion {
    pub id: u32,
    pub text: String,
}

/// The whole deck in `lang`: for a practice case first its pack's plenary questions, then the
/// built-in frames, then the organisation's own questions as a frame of their own (if any).
pub fn deck(lang: Lang, own: &[OwnQuestion], practice: Option<&PracticePack>) -> Vec<Frame> {
    let plenary = practice.map(|pack| Frame {
        key: "plenary".to_owned(),
        title: pick(lang, ("Plenaire ronde van de training", "The training's plenary round")).to_owned(),
        suits: SessionKind::ALL.to_vec(),
        questions: pack
            .plenary_questions
            .iter()
            .enumerate()
            .map(|(i, text)| Question { key: format!("plenary.{}", i + 1), text: text.trim().to_owned() })
            .collect(),
    });
    let mut frames: Vec<Frame> = plenary.into_iter().collect();
    frames.extend(FRAMES.iter().map(|f| {
        Frame {
            key: f.key.to_owned(),
            title: pick(lang, f.title).to_owned(),
            suits: f.suits.to_vec(),
            questions: f
                .questions
                .iter()
                .map(|(key, text)| Question { key: format!("{}.{key}", f.key), text: pick(lang, *text).to_owned() })
                .collect(),
        }
    }));
    if !own.is_empty() {
        frames.push(Frame {
            key: "own".to_owned(),
            title: pick(lang, ("Eigen vragen van de organisatie", "The organisation's own questions")).to_owned(),
            suits: Vec::new(),
            questions: own.iter().map(|q| Question { key: format!("own:{}", q.id), text: q.text.clone() }).collect(),
        })
    }
    frames
}

/// The text of the question with `key` in `lang`, if the deck has it.
pub fn question_text(key: &str, lang: Lang, own: &[OwnQuestion], practice: Option<&PracticePack>) -> Option<String> {
    deck(lang, own, practice).into_iter().flat_map(|f| f.questions).find(|q| q.key == key).map(|q| q.text)
}

/// The ground rules a session starts with unless the vault keeps its own.
pub fn default_ground_rules(lang: Lang) -> Vec<String> {
    GROUND_RULES.iter().map(|rule| pick(lang, *rule).to_owned()).collect()
}

/// What the check-out card says, with the support contact from the settings (if any).
pub fn check_out(lang: Lang, support_contact: &str) -> Vec<String> {
    let mut lines: Vec<String> = CHECK_OUT.iter().map(|line| pick(lang, *line).to_owned()).collect();
    let support = support_contact.trim();
    lines.push(if support.is_empty() {
        pick(lang, NO_SUPPORT_CONTACT).to_owned()
    } else {
        format!("{} {support}", pick(lang, SUPPORT_CONTACT))
    });
    lines
}

fn pick(lang: Lang, (nl, en): (&'static str, &'static str)) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

type Words = (&'static str, &'static str);

struct FrameWords {
    key: &'static str,
    title: Words,
    suits: &'static [SessionKind],
    questions: &'static [(&'static str, Words)],
}

use SessionKind::{FollowUp, Perspectives, RedThread};

const FRAMES: &[FrameWords] = &[
    FrameWords {
        key: "sharing",
        title: ("Perspectieven delen", "Sharing perspectives"),
        suits: &[Perspectives],
        questions: &[
            (
                "lived",
                ("Hoe heb jij het meegemaakt, vanaf waar jij stond?", "How did you live it, from where you stood?"),
            ),
            (
                "hard",
                (
                    "Wat maakte het werk die dag moeilijker dan nodig?",
                    "What made the work harder that day than it needed to be?",
                ),
            ),
            (
                "sense",
                (
                    "Wat deed je op dat moment, en waarom was dat logisch?",
                    "What did you do at that moment, and why did it make sense?",
                ),
            ),
            ("surprise", ("Wat verraste je, en wat ging er goed?", "What surprised you, and what went well?")),
        ],
    },
    FrameWords {
        key: "work",
        title: (
            "Wat het werk moeilijk maakt, en wanneer het goed gaat",
            "What makes the work hard, and when it goes well",
        ),
        suits: &[Perspectives, RedThread],
        questions: &[
            (
                "hard",
                ("Wat maakt dit werk op een gewone dag moeilijk?", "What makes this work hard on an ordinary day?"),
            ),
            (
                "well",
                (
                    "Wanneer gaat het juist goed, en wat is er dan anders?",
                    "When does it go well, and what is different then?",
                ),
            ),
            (
                "workaround",
                (
                    "Welke omweg gebruik je om het werk toch gedaan te krijgen?",
                    "Which workaround do you use to get the work done anyway?",
                ),
            ),
            (
                "need",
                (
                    "Wat zou je nodig hebben om het vaker goed te laten gaan?",
                    "What would you need for it to go well more often?",
                ),
            ),
        ],
    },
    FrameWords {
        key: "red_thread",
        title: ("De rode draad", "The red thread"),
        suits: &[RedThread],
        questions: &[
            (
                "themes",
                (
                    "Welke thema's hoor je in meer dan één verhaal terug?",
                    "Which themes do you hear in more than one story?",
                ),
            ),
            ("keep", ("Wat ging er goed dat we willen houden?", "What went well that we want to keep?")),
            ("change", ("Wat verdient verandering?", "What deserves a change?")),
            (
                "connected",
                (
                    "Hoe hangen de gebeurtenissen samen, en waar zat de variatie?",
                    "How are the events connected, and where was the variation?",
                ),
            ),
        ],
    },
    FrameWords {
        key: "four_d",
        title: ("4D: ontdekken, dromen, ontwerpen, doen", "4D: discover, dream, design, deliver"),
        suits: &[RedThread, FollowUp],
        questions: &[
            (
                "discover",
                (
                    "Ontdekken: wanneer werkte dit op zijn best, en waardoor?",
                    "Discover: when did this work at its best, and what made it so?",
                ),
            ),
            (
                "dream",
                (
                    "Dromen: hoe ziet het eruit als het altijd zo zou gaan?",
                    "Dream: what does it look like if it always went that way?",
                ),
            ),
            (
                "design",
                (
                    "Ontwerpen: wat moet er dan anders ingericht zijn?",
                    "Design: what would have to be arranged differently?",
                ),
            ),
            (
                "deliver",
                (
                    "Doen: wat is de kleinste stap die we morgen zetten?",
                    "Deliver: what is the smallest step we take tomorrow?",
                ),
            ),
        ],
    },
    FrameWords {
        key: "four_l",
        title: ("4L: waardeerde, leerde, miste, wenste", "4L: liked, learned, lacked, longed for"),
        suits: &[RedThread, FollowUp],
        questions: &[
            ("liked", ("Wat waardeerde je?", "What did you like?")),
            ("learned", ("Wat heb je geleerd?", "What did you learn?")),
            ("lacked", ("Wat miste je?", "What was lacking?")),
            ("longed", ("Waar had je behoefte aan?", "What did you long for?")),
        ],
    },
    FrameWords {
        key: "aar",
        title: ("Nabespreking na actie (after-action review)", "After-action review"),
        suits: &[Perspectives, FollowUp],
        questions: &[
            ("expected", ("Wat verwachtten we dat er zou gebeuren?", "What did we expect to happen?")),
            ("happened", ("Wat gebeurde er werkelijk?", "What actually happened?")),
            ("difference", ("Waar zit het verschil, en hoe komt dat?", "Where is the difference, and why?")),
            (
                "next",
                (
                    "Wat houden we vast en wat doen we volgende keer anders?",
                    "What do we hold on to, and what do we do differently next time?",
                ),
            ),
        ],
    },
    FrameWords {
        key: "appreciative",
        title: ("Waarderend onderzoek", "Appreciative inquiry"),
        suits: &[RedThread, FollowUp],
        questions: &[
            (
                "best",
                (
                    "Vertel over een moment waarop dit echt goed ging.",
                    "Tell us about a moment when this went really well.",
                ),
            ),
            (
                "made_possible",
                (
                    "Wat maakte dat mogelijk: mensen, middelen, afspraken?",
                    "What made that possible: people, means, agreements?",
                ),
            ),
            ("more", ("Waar zou je meer van willen?", "What would you like more of?")),
            ("first", ("Wie kan daar morgen als eerste mee beginnen?", "Who could start on that first, tomorrow?")),
        ],
    },
    FrameWords {
        key: "follow_up",
        title: ("Terugkijken op een experiment", "Looking back on an experiment"),
        suits: &[FollowUp],
        questions: &[
            ("tried", ("Wat hebben we geprobeerd, en op welke schaal?", "What did we try, and at what scale?")),
            (
                "saw",
                (
                    "Wat zagen we aan de uitkomst, het proces en wat niet slechter mocht worden?",
                    "What did we see in the outcome, the process and what must not get worse?",
                ),
            ),
            ("surprised", ("Wat verraste ons?", "What surprised us?")),
            ("decide", ("Nemen we het over, passen we het aan, of stoppen we?", "Do we adopt it, adapt it, or stop?")),
        ],
    },
];

const GROUND_RULES: &[Words] = &[
    (
        "Vertrouwelijk: wat hier gezegd wordt, blijft in deze ruimte.",
        "Confidential: what is said here stays in this room.",
    ),
    ("We luisteren om te begrijpen, niet om te oordelen.", "We listen to understand, not to judge."),
    (
        "We zoeken geen schuldige: het gaat over het werk, niet over de persoon.",
        "We look for no one to blame: this is about the work, not the person.",
    ),
    (
        "Ieders perspectief telt, ook als het anders is dan het jouwe.",
        "Every perspective counts, also when it differs from yours.",
    ),
    (
        "Oplossingen parkeren we; eerst willen we begrijpen wat er gebeurde.",
        "We park solutions; first we want to understand what happened.",
    ),
];

const CHECK_OUT: &[Words] = &[
    ("Hoe ga je de deur uit?", "How are you leaving the room?"),
    ("Wat neem je mee uit dit gesprek?", "What do you take with you from this conversation?"),
    (
        "Blijft er iets hangen? Je hoeft het niet alleen te dragen.",
        "Does something stay with you? You do not have to carry it alone.",
    ),
];

const SUPPORT_CONTACT: Words = ("Collegiale opvang:", "Peer support:");
const NO_SUPPORT_CONTACT: Words = (
    "Collegiale opvang: vraag de gespreksleider waar je terecht kunt.",
    "Peer support: ask the facilitator where you can turn to.",
);
