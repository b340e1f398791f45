//! What the two windows of session mode show, assembled here and nowhere else. The facilitator's
//! view has the participants by pseudonym, who has not been heard yet, the deck and this sitting's
//! notes. The projector's view has only what is pinned, with every case text through the strict
//! anonymiser and participants by pseudonym: never a name, never a note, never an emotion.

use std::time::Duration;

use leerteam_model::{Case, LocalId, ParkedFix, Role, SessionKind, StorySettings};
use leerteam_story::Lang;
use serde::Serialize;

use crate::deck::{check_out, deck, question_text, Frame, OwnQuestion};
use crate::error::RoomError;
use crate::session::{Pins, Room};
use crate::timer::{clock_text, StepKind, TimerView};

/// The vault's settings that the room reads.
#[derive(Debug, Clone, Copy)]
pub struct RoomSettings<'a> {
    pub story: &'a StorySettings,
    pub own_questions: &'a [OwnQuestion],
    pub ground_rules: &'a [String],
}

#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct RoomParticipant {
    pub id: LocalId,
    pub pseudonym: String,
    pub role: Role,
    pub heard: bool,
    pub speaking: bool,
}

/// The facilitator's screen in session mode.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct RoomView {
    pub case_id: String,
    pub session_id: LocalId,
    pub session_kind: SessionKind,
    pub practice: bool,
    pub participants: Vec<RoomParticipant>,
    /// Pseudonyms of those who have not had the floor yet: for the facilitator only.
    pub not_heard: Vec<String>,
    pub speaking: Option<LocalId>,
    pub timer: TimerView,
    /// The label of each timer step, in the timer's order.
    pub step_labels: Vec<String>,
    pub clock: String,
    pub pins: Pins,
    pub blank: bool,
    pub deck: Vec<Frame>,
    pub questions_used: Vec<String>,
    pub ground_rules: Vec<String>,
    pub check_out: Vec<String>,
    /// The fixes parked in this session.
    pub parked: Vec<ParkedFix>,
    /// This sitting's notes and parked fixes, newest last.
    pub sitting: Vec<String>,
    pub can_undo: bool,
}

/// The projector's page: only what is pinned, nothing identifying.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ProjectorView {
    pub lang: String,
    pub blank: bool,
    /// "Oefencasus, fictief" on a practice case.
    pub practice_mark: Option<String>,
    pub heading: String,
    pub timer: Option<ProjectedTimer>,
    pub question: Option<String>,
    pub ground_rules: Vec<String>,
    pub check_out: Vec<String>,
    pub timeline: Vec<ProjectedEvent>,
    pub themes: Vec<ProjectedTheme>,
    /// A practice case's round script beside the timer: every step, the current one marked.
    pub script: Vec<ScriptStep>,
    /// The headings of the parts above, in the page's language.
    pub headings: ProjectedHeadings,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ProjectedHeadings {
    pub ground_rules: String,
    pub check_out: String,
    pub timeline: String,
    pub themes: String,
    pub script: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ScriptStep {
    pub label: String,
    pub minutes: u32,
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ProjectedTimer {
    pub label: String,
    pub clock: String,
    pub over: bool,
    pub running: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ProjectedEvent {
    pub at: String,
    pub text: String,
    /// Pseudonyms, joined.
    pub who: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ProjectedTheme {
    pub title: String,
    pub text: String,
}

impl ProjectorView {
    /// Nothing at all: the blank key, or no meeting open.
    pub fn blank() -> ProjectorView {
        ProjectorView {
            lang: String::new(),
            blank: true,
            practice_mark: None,
            heading: String::new(),
            timer: None,
            question: None,
            ground_rules: Vec::new(),
            check_out: Vec::new(),
            timeline: Vec::new(),
            themes: Vec::new(),
            script: Vec::new(),
            headings: ProjectedHeadings::default(),
        }
    }
}

pub fn room_view(
    room: &Room,
    case: &Case,
    settings: RoomSettings<'_>,
    lang: Lang,
    now: Duration,
) -> Result<RoomView, RoomError> {
    let session = case.sessions.iter().find(|s| s.id == room.session_id).ok_or(RoomError::NoSuchSession)?;
    let participants: Vec<RoomParticipant> = case
        .participants
        .iter()
        .map(|p| RoomParticipant {
            id: p.id,
            pseudonym: p.pseudonym.clone(),
            role: p.role,
            heard: session.heard.contains(&p.id),
            speaking: room.speaking == Some(p.id),
        })
        .collect();
    let timer = room.timer.view(now);
    Ok(RoomView {
        case_id: case.id.to_string(),
        session_id: session.id,
        session_kind: session.kind,
        practice: case.is_practice(),
        not_heard: participants.iter().filter(|p| !p.heard).map(|p| p.pseudonym.clone()).collect(),
        participants,
        speaking: room.speaking,
        step_labels: timer.steps.iter().map(|s| step_label(s.kind, case, lang)).collect(),
        clock: clock_text(timer.remaining_seconds),
        timer,
        pins: room.pins.clone(),
        blank: room.blank,
        deck: deck(lang, settings.own_questions, case.practice.as_ref()),
        questions_used: session.questions_used.clone(),
        ground_rules: settings.ground_rules.to_vec(),
        check_out: check_out(lang, &settings.story.support_contact),
        parked: case.parked.iter().filter(|f| f.session_id == Some(session.id)).cloned().collect(),
        sitting: room.sitting().map(str::to_owned).collect(),
        can_undo: room.sitting().next().is_some(),
    })
}

pub fn projector_view(
    room: &Room,
    case: &Case,
    settings: RoomSettings<'_>,
    lang: Lang,
    now: Duration,
) -> Result<ProjectorView, RoomError> {
    let w = words(lang);
    let session = case.sessions.iter().find(|s| s.id == room.session_id).ok_or(RoomError::NoSuchSession)?;
    if room.blank {
        return Ok(ProjectorView { lang: lang.code().to_owned(), ..ProjectorView::blank() });
    }
    let mut view = ProjectorView {
        lang: lang.code().to_owned(),
        blank: false,
        practice_mark: case.is_practice().then(|| lang.words().practice_mark.to_owned()),
        heading: format!(
            "Learning Team · {}",
            if case.is_practice() { w.practice_round } else { w.meeting(session.kind) }
        ),
        timer: None,
        question: None,
        ground_rules: Vec::new(),
        check_out: Vec::new(),
        timeline: Vec::new(),
        themes: Vec::new(),
        script: Vec::new(),
        headings: ProjectedHeadings {
            ground_rules: w.ground_rules.to_owned(),
            check_out: w.check_out.to_owned(),
            timeline: w.timeline.to_owned(),
            themes: w.themes.to_owned(),
            script: w.script.to_owned(),
        },
    };
    let pins = &room.pins;
    if pins.timer {
        let timer = room.timer.view(now);
        view.timer = room.timer.current().map(|step| ProjectedTimer {
            label: step_label(step.kind, case, lang),
            clock: clock_text(timer.remaining_seconds),
            over: timer.over,
            running: timer.running,
        });
        if case.is_practice() {
            view.script = timer
                .steps
                .iter()
                .enumerate()
                .map(|(i, s)| ScriptStep {
                    label: step_label(s.kind, case, lang),
                    minutes: s.minutes,
                    current: i == timer.current,
                })
                .collect();
        }
    }
    let practice = case.practice.as_ref();
    view.question = pins.question.as_deref().and_then(|key| question_text(key, lang, settings.own_questions, practice));
    if pins.ground_rules {
        view.ground_rules = settings.ground_rules.to_vec();
    }
    if pins.check_out {
        view.check_out = check_out(lang, &settings.story.support_contact);
    }
    // The case's own words go through the strict anonymiser, all at once so that one person has
    // one pseudonym across them.
    let mut events: Vec<_> = case.timeline.iter().collect();
    events.sort_by_key(|e| e.position);
    let mut texts = Vec::new();
    if pins.timeline {
        texts.extend(events.iter().flat_map(|e| [e.at.clone(), e.description.clone()]));
    }
    if pins.themes {
        texts.extend(case.themes.iter().flat_map(|t| [t.title.clone(), t.description.clone()]));
    }
    if texts.is_empty() {
        return Ok(view);
    }
    let mut clean = leerteam_story::anonymised_strictly(case, settings.story, lang, texts)
        .map_err(|_| RoomError::Scan)?
        .into_iter();
    if pins.timeline {
        for e in &events {
            let (at, text) = (clean.next().unwrap_or_default(), clean.next().unwrap_or_default());
            view.timeline.push(ProjectedEvent { at, text, who: pseudonyms(case, &e.participant_ids) });
        }
    }
    if pins.themes {
        for _ in &case.themes {
            let (title, text) = (clean.next().unwrap_or_default(), clean.next().unwrap_or_default());
            view.themes.push(ProjectedTheme { title, text });
        }
    }
    Ok(view)
}

fn pseudonyms(case: &Case, ids: &[LocalId]) -> String {
    let names: Vec<&str> = ids
        .iter()
        .filter_map(|id| case.participants.iter().find(|p| p.id == *id))
        .map(|p| p.pseudonym.as_str())
        .collect();
    names.join(", ")
}

/// "Ronde: Verpleegkundige A", "Spelregels", "Rol lezen".
pub fn step_label(kind: StepKind, case: &Case, lang: Lang) -> String {
    let w = words(lang);
    match kind {
        StepKind::Welcome => w.welcome.to_owned(),
        StepKind::GroundRules => w.ground_rules.to_owned(),
        StepKind::Round(p) => {
            let pseudonym = case.participants.iter().find(|x| x.id == p).map_or("", |x| x.pseudonym.as_str());
            format!("{}: {pseudonym}", w.round)
        }
        StepKind::Reflection => w.reflection.to_owned(),
        StepKind::CheckOut => w.check_out.to_owned(),
        StepKind::Training(step) => {
            w.training[leerteam_model::RoundStepKind::ALL.iter().position(|s| *s == step).unwrap_or(0)].to_owned()
        }
    }
}

struct RoomWords {
    welcome: &'static str,
    ground_rules: &'static str,
    round: &'static str,
    reflection: &'static str,
    check_out: &'static str,
    timeline: &'static str,
    themes: &'static str,
    script: &'static str,
    practice_round: &'static str,
    training: [&'static str; 4],
    meetings: [&'static str; 3],
}

impl RoomWords {
    fn meeting(&self, kind: SessionKind) -> &'static str {
        self.meetings[SessionKind::ALL.iter().position(|k| *k == kind).unwrap_or(0)]
    }
}

fn words(lang: Lang) -> &'static RoomWords {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

const NL: RoomWords = RoomWords {
    welcome: "Welkom",
    ground_rules: "Spelregels",
    round: "Ronde",
    reflection: "Samen terugkijken",
    check_out: "Afsluiting",
    timeline: "Tijdlijn",
    themes: "Thema's",
    script: "De ronde",
    practice_round: "oefenronde",
    training: ["Rol lezen", "Gesprek", "Uit de rol stappen", "Plenaire ronde"],
    meetings: ["sessie 1: perspectieven delen", "sessie 2: de rode draad", "vervolgbijeenkomst"],
};

const EN: RoomWords = RoomWords {
    welcome: "Welcome",
    ground_rules: "Ground rules",
    round: "Round",
    reflection: "Looking back together",
    check_out: "Check-out",
    timeline: "Timeline",
    themes: "Themes",
    script: "The round",
    practice_round: "practice round",
    training: ["Read your role", "Conversation", "Step out of role", "Plenary round"],
    meetings: ["session 1: sharing perspectives", "session 2: the red thread", "follow-up meeting"],
};
