//! The fixed words of a learning story, in Dutch and English. Case text is never translated.

use leerteam_model::{CaseKind, CriterionKind, Emotion, ExperimentStatus, LearningKind, Role};
use serde::{Deserialize, Serialize};

use crate::error::StoryError;
use crate::vocabulary;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "StoryLang")]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    pub fn parse(code: &str) -> Result<Lang, StoryError> {
        match code {
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            _ => Err(StoryError::UnknownLanguage),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// BCP 47 tag for the PDF catalog and the HTML `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl-NL",
            Lang::En => "en-GB",
        }
    }

    pub fn words(self) -> &'static Words {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

/// Every fixed text of the document in one language.
#[derive(Debug)]
pub struct Words {
    pub lang: Lang,
    pub document: &'static str,
    /// The mark of a practice case, on every document made of one.
    pub practice_mark: &'static str,
    pub kind: &'static str,
    pub ward: &'static str,
    pub period: &'static str,
    pub organisation: &'static str,
    pub made_on: &'static str,
    pub summary: &'static str,
    pub audience: &'static str,
    pub why: &'static str,
    pub what_happened: &'static str,
    pub why_learn: &'static str,
    pub expectation: &'static str,
    pub scope_in: &'static str,
    pub scope_out: &'static str,
    pub who: &'static str,
    pub who_intro: &'static str,
    pub sessions_held: &'static str,
    pub picture: &'static str,
    pub timeline: &'static str,
    pub perspectives: &'static str,
    pub went_well: &'static str,
    pub was_hard: &'static str,
    pub felt: &'static str,
    pub red_thread: &'static str,
    pub complexity: &'static str,
    pub variability: &'static str,
    pub coupling: &'static str,
    pub keep_change: &'static str,
    pub experiments: &'static str,
    pub experiment: &'static str,
    pub prediction: &'static str,
    pub owner: &'static str,
    pub smallest_scale: &'static str,
    pub starts: &'static str,
    pub review: &'static str,
    pub status: &'static str,
    pub criteria: &'static str,
    pub check_ins: &'static str,
    pub result: &'static str,
    pub where_we_stand: &'static str,
    pub chart_caption: &'static str,
    pub decisions: &'static str,
    pub no_decisions: &'static str,
    pub asks: &'static str,
    pub thanks: &'static str,
    pub thanks_text: &'static str,
    pub support_text: &'static str,
    pub page: &'static str,
    pub of: &'static str,
    pub months: [&'static str; 12],
}

impl Words {
    /// The kind of a document, with the practice mark in front when it is made of a practice case
    /// (first, so that a shortened footer keeps it).
    pub fn marked(&self, kind: &str, practice: bool) -> String {
        if practice {
            format!("{} · {kind}", self.practice_mark)
        } else {
            kind.to_owned()
        }
    }

    pub fn case_kind(&self, kind: CaseKind) -> &'static str {
        vocabulary::case_kind(self.lang, kind)
    }

    /// A role as it reads after a pseudonym: "verpleegkundige".
    pub fn role(&self, role: Role) -> String {
        in_sentence(vocabulary::role(self.lang, role))
    }

    /// An emotion as it reads in a list: "frustratie".
    pub fn emotion(&self, emotion: Emotion) -> String {
        in_sentence(vocabulary::emotion(self.lang, emotion))
    }

    pub fn learning(&self, kind: LearningKind) -> &'static str {
        vocabulary::learning(self.lang, kind)
    }

    pub fn criterion(&self, kind: CriterionKind) -> &'static str {
        vocabulary::criterion(self.lang, kind)
    }

    pub fn experiment_status(&self, status: ExperimentStatus) -> &'static str {
        vocabulary::experiment_status(self.lang, status)
    }

    /// "3 maart 2026" / "3 March 2026".
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        format!("{} {} {}", date.day(), self.months[date.month0() as usize], date.year())
    }
}

/// A name as it reads inside a sentence: the first letter in lower case ("Verpleegkundige" →
/// "verpleegkundige").
fn in_sentence(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

pub static NL: Words = Words {
    lang: Lang::Nl,
    document: "Leerverhaal",
    practice_mark: "Oefencasus, fictief",
    kind: "Soort casus",
    ward: "Afdeling",
    period: "Periode",
    organisation: "Organisatie",
    made_on: "Gemaakt op",
    summary: "Samenvatting",
    audience: "Voor wie dit verhaal is",
    why: "Waarom we keken en wat we bekeken",
    what_happened: "Wat er gebeurde",
    why_learn: "Waarom we hiervan willen leren",
    expectation: "Wat we ervan verwachtten",
    scope_in: "Wat we bekeken",
    scope_out: "Wat we bewust buiten beschouwing lieten",
    who: "Wie deden mee",
    who_intro: "De deelnemers staan hier met hun rol en een schuilnaam, niet met hun naam.",
    sessions_held: "Gesprekken gehouden",
    picture: "Het samenhangende beeld",
    timeline: "Tijdlijn",
    perspectives: "De perspectieven",
    went_well: "Wat goed ging",
    was_hard: "Wat lastig was",
    felt: "Wat het losmaakte",
    red_thread: "De rode draad",
    complexity: "Complexiteit",
    variability: "Variatie in het werk",
    coupling: "Hoe onderdelen op elkaar ingrijpen",
    keep_change: "Wat we houden en wat verandering verdient",
    experiments: "Onze experimenten",
    experiment: "Experiment",
    prediction: "Wat we verwachten",
    owner: "Eigenaar",
    smallest_scale: "Kleinste schaal",
    starts: "Start",
    review: "Evaluatie",
    status: "Stand",
    criteria: "Hoe we weten of het werkt",
    check_ins: "Tussentijdse metingen",
    result: "Uitkomst",
    where_we_stand: "Metingen en besluiten",
    chart_caption: "Experimenten per stand",
    decisions: "Besluiten",
    no_decisions: "Er is nog geen besluit genomen over een experiment.",
    asks: "Wat we vragen van de organisatie",
    thanks: "Dank en steun",
    thanks_text: "Dank aan iedereen die zijn of haar kant van het verhaal deelde. Juist door verschillende \
                  perspectieven naast elkaar te leggen zagen we hoe het werk echt gaat.",
    support_text: "Raakt dit verhaal je, omdat je zelf iets vergelijkbaars meemaakte? Je hoeft het niet alleen \
                   te dragen. Praat met een collega of je leidinggevende, of vraag het team voor collegiale \
                   ondersteuning (peer support) van je ziekenhuis om een gesprek.",
    page: "Pagina",
    of: "van",
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
};

pub static EN: Words = Words {
    lang: Lang::En,
    document: "Learning story",
    practice_mark: "Practice case, fictional",
    kind: "Kind of case",
    ward: "Ward",
    period: "Period",
    organisation: "Organisation",
    made_on: "Made on",
    summary: "Summary",
    audience: "Who this story is for",
    why: "Why we looked, and what we looked at",
    what_happened: "What happened",
    why_learn: "Why we want to learn from this",
    expectation: "What we expected",
    scope_in: "What we looked at",
    scope_out: "What we chose to leave out",
    who: "Who took part",
    who_intro: "Participants appear with their role and a pseudonym, never their name.",
    sessions_held: "Sessions held",
    picture: "The integrated picture",
    timeline: "Timeline",
    perspectives: "The perspectives",
    went_well: "What went well",
    was_hard: "What was hard",
    felt: "What it stirred",
    red_thread: "The red thread",
    complexity: "Complexity",
    variability: "Variability in the work",
    coupling: "How the parts depend on each other",
    keep_change: "What we keep and what deserves change",
    experiments: "Our experiments",
    experiment: "Experiment",
    prediction: "What we expect",
    owner: "Owner",
    smallest_scale: "Smallest scale",
    starts: "Starts",
    review: "Review",
    status: "Status",
    criteria: "How we will know it works",
    check_ins: "Check-ins",
    result: "Result",
    where_we_stand: "Check-ins and decisions",
    chart_caption: "Experiments by status",
    decisions: "Decisions",
    no_decisions: "No experiment has been decided on yet.",
    asks: "What we ask of the organisation",
    thanks: "Thanks and support",
    thanks_text: "Thank you to everyone who shared their side of the story. Only by putting different \
                  perspectives side by side could we see how the work really gets done.",
    support_text: "Does this story touch you because you went through something similar? You do not have to \
                   carry it alone. Talk to a colleague or your manager, or ask your hospital's peer support \
                   team for a conversation.",
    page: "Page",
    of: "of",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
};
