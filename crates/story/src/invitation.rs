//! The invitation to a Learning Team, one letter per participant role: what a Learning Team is and
//! is not, why this case, what is asked of the reader, when and where, the ground rules, and where
//! involved staff find support. The case's own words in it (why this case, the expectation, the
//! place) pass the privacy scan first, and the names of participants are always replaced, so a
//! letter never names who else was invited.

use chrono::NaiveDate;
use leerteam_model::{Case, Role, StorySettings};

use crate::document::{Block, Document, Section};
use crate::{vocabulary, Lang, StoryError};

/// The letter for those invited in `role`, as a document the PDF and text writers take.
pub fn invitation(
    case: &Case,
    settings: &StorySettings,
    role: Role,
    lang: Lang,
    today: NaiveDate,
) -> Result<Document, StoryError> {
    let l = letter(lang);
    let w = lang.words();
    let audience = Audience::of(role);

    // The case's own words, scanned together (one person, one pseudonym) before they go in.
    let goal = &case.goal;
    let texts = [&goal.description, &goal.why_learn, &goal.expectation, &case.ward].into_iter().cloned();
    let mut own = crate::anonymised(case, settings, lang, texts.chain(case.sessions.iter().map(|s| s.place.clone())))?
        .into_iter();
    let mut next = || own.next().unwrap_or_default();
    let (description, why_learn, expectation, ward) = (next(), next(), next(), next());
    let places: Vec<String> = own.collect();

    let mut facts = Vec::new();
    let sender = [settings.letterhead.trim(), settings.organisation.trim()].into_iter().find(|s| !s.is_empty());
    if let Some(sender) = sender {
        facts.push((l.from.to_owned(), sender.to_owned()));
    }
    if !ward.is_empty() {
        facts.push((w.ward.to_owned(), ward));
    }
    facts.push((l.for_whom.to_owned(), vocabulary::role(lang, role).to_owned()));
    facts.push((l.dated.to_owned(), w.date(today)));

    let why_you = match audience {
        Audience::Staff => l.why_staff,
        Audience::Manager => l.why_manager,
        Audience::Patient => l.why_patient,
        Audience::Relative => l.why_relative,
    };
    let mut why = vec![Block::Paragraph(why_you.to_owned())];
    if let Some(date) = case.event_date {
        why.push(Block::Paragraph(format!("{} {}.", l.event_on, w.date(date))));
    }
    why.extend([description, why_learn].into_iter().filter(|t| !t.is_empty()).map(Block::Paragraph));

    let mut asked = vec![Block::Paragraph(
        match audience {
            Audience::Staff => l.ask_staff,
            Audience::Manager => l.ask_manager,
            Audience::Patient | Audience::Relative => l.ask_patient,
        }
        .to_owned(),
    )];
    if !expectation.is_empty() {
        asked.push(Block::Field { label: l.we_hope.to_owned(), text: expectation });
    }

    let meetings: Vec<String> = case
        .sessions
        .iter()
        .zip(&places)
        .filter(|(s, _)| s.held_on.is_none())
        .filter_map(|(s, place)| {
            let day = s.planned_on.filter(|&d| d >= today)?;
            let what = capitalised(vocabulary::meeting(s.kind, lang));
            Some(if place.is_empty() {
                format!("{what}: {}", long_date(lang, day))
            } else {
                format!("{what}: {}, {place}", long_date(lang, day))
            })
        })
        .collect();
    let when = if meetings.is_empty() { Block::Paragraph(l.dates_follow.to_owned()) } else { Block::Bullets(meetings) };

    let support = match (audience, settings.support_contact.trim()) {
        (Audience::Patient | Audience::Relative, _) => l.support_patient.to_owned(),
        (_, "") => format!("{} {}", l.support_staff, l.support_ask),
        (_, contact) => format!("{} {} {contact}.", l.support_staff, l.support_at),
    };

    let section = |heading: &str, blocks: Vec<Block>| Section { heading: heading.to_owned(), blocks };
    let sections = vec![
        section(l.why_heading, why),
        section(l.what_heading, vec![Block::Paragraph(l.what.to_owned())]),
        section(l.not_heading, vec![Block::Bullets(l.not.iter().map(|s| (*s).to_owned()).collect())]),
        section(l.ask_heading, asked),
        section(l.when_heading, vec![when]),
        section(l.rules_heading, vec![Block::Bullets(l.rules.iter().map(|s| (*s).to_owned()).collect())]),
        section(l.support_heading, vec![Block::Paragraph(support)]),
        section(l.reply_heading, vec![Block::Paragraph(l.reply.to_owned())]),
    ];
    let kind_of_document = lang.words().marked(l.document, case.is_practice());
    Ok(Document { lang, kind_of_document, title: l.title.to_owned(), facts, sections })
}

/// The name a save dialog suggests: the kind of letter, the role and the day, never the case.
pub fn invitation_file_name(role: Role, lang: Lang, today: NaiveDate, extension: &str) -> String {
    let stem = if lang == Lang::Nl { "uitnodiging" } else { "invitation" };
    let role = vocabulary::role(lang, role).to_lowercase();
    let role: String =
        role.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    format!("{stem}-{role}-{}.{extension}", today.format("%Y-%m-%d"))
}

/// Whom a letter speaks to: the words differ for those who did the work, the one who leads them,
/// and the patient and their relatives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Audience {
    Staff,
    Manager,
    Patient,
    Relative,
}

impl Audience {
    fn of(role: Role) -> Audience {
        match role {
            Role::PatientClient => Audience::Patient,
            Role::Family => Audience::Relative,
            Role::Manager => Audience::Manager,
            Role::Nurse | Role::Physician | Role::Paramedic | Role::Pharmacist | Role::Support | Role::Other => {
                Audience::Staff
            }
        }
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// "dinsdag 8 december 2026" / "Tuesday 8 December 2026".
fn long_date(lang: Lang, day: NaiveDate) -> String {
    use chrono::Datelike;
    let weekday = day.weekday().num_days_from_monday() as usize;
    let names = match lang {
        Lang::Nl => ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
        Lang::En => ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    };
    format!("{} {}", names[weekday], lang.words().date(day))
}

/// The fixed words of the letter in one language.
struct Letter {
    document: &'static str,
    title: &'static str,
    from: &'static str,
    for_whom: &'static str,
    dated: &'static str,
    why_heading: &'static str,
    why_staff: &'static str,
    why_manager: &'static str,
    why_patient: &'static str,
    why_relative: &'static str,
    event_on: &'static str,
    what_heading: &'static str,
    what: &'static str,
    not_heading: &'static str,
    not: [&'static str; 3],
    ask_heading: &'static str,
    ask_staff: &'static str,
    ask_manager: &'static str,
    ask_patient: &'static str,
    we_hope: &'static str,
    when_heading: &'static str,
    dates_follow: &'static str,
    rules_heading: &'static str,
    rules: [&'static str; 6],
    support_heading: &'static str,
    support_staff: &'static str,
    support_at: &'static str,
    support_ask: &'static str,
    support_patient: &'static str,
    reply_heading: &'static str,
    reply: &'static str,
}

fn letter(lang: Lang) -> &'static Letter {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

static NL: Letter = Letter {
    document: "Uitnodiging",
    title: "Uitnodiging voor een Learning Team",
    from: "Van",
    for_whom: "Voor",
    dated: "Datum",
    why_heading: "Waarom u deze uitnodiging krijgt",
    why_staff: "U was betrokken bij de zorg rond een gebeurtenis op de afdeling, of u kent dat werk van \
        dichtbij. Daarom nodigen we u uit voor een Learning Team: een gesprek waarin de mensen die het werk \
        deden samen terugkijken. Uw kijk op wat er gebeurde, kan niemand anders geven.",
    why_manager: "U geeft leiding aan de mensen die dit werk doen, en u kent de omstandigheden waarin ze het \
        doen. Daarom nodigen we u uit voor een Learning Team: een gesprek waarin de mensen die het werk deden \
        samen terugkijken. Uw rol daarin is vooral luisteren en ruimte maken, niet beoordelen.",
    why_patient: "U hebt de zorg rond deze gebeurtenis zelf meegemaakt. Wat u zag en voelde, laat dingen zien \
        die zorgverleners vanaf hun kant missen. Daarom nodigen we u uit voor een Learning Team: een gesprek \
        waarin iedereen die erbij was samen terugkijkt.",
    why_relative: "U was als naaste dichtbij tijdens de zorg rond deze gebeurtenis. Wat u zag en meemaakte, \
        helpt ons begrijpen hoe het ging. Daarom nodigen we u uit voor een Learning Team: een gesprek waarin \
        iedereen die erbij was samen terugkijkt.",
    event_on: "Het gaat om de gebeurtenis van",
    what_heading: "Wat een Learning Team is",
    what: "In een Learning Team vertelt ieder die erbij was zijn of haar kant van het verhaal. Samen zoeken we \
        wat het werk die dag moeilijk maakte, wat goed ging en wat ons verraste, en wat de rode draad is. \
        Daaruit kiezen we een paar kleine experimenten die de zorg veiliger kunnen maken, en we kijken \
        later samen of ze werken.",
    not_heading: "Wat het niet is",
    not: [
        "Geen onderzoek naar een persoon, en geen zoektocht naar een schuldige.",
        "Geen calamiteitenonderzoek en geen beoordeling van hoe u gewerkt hebt.",
        "Wat u vertelt, wordt niet tegen u of tegen anderen gebruikt.",
    ],
    ask_heading: "Wat we van u vragen",
    ask_staff: "Vertel hoe u het werk die dag deed, en wat u zag, dacht en voelde. U hoeft niets voor te \
        bereiden of op te schrijven. In een eerste bijeenkomst vertelt ieder zijn verhaal; in een tweede zoeken \
        we samen de rode draad.",
    ask_manager: "Luister naar de verhalen zonder ze te beoordelen, en help na afloop om de experimenten die \
        het team kiest mogelijk te maken. U hoeft niets voor te bereiden.",
    ask_patient: "Vertel hoe u de zorg hebt beleefd, in uw eigen woorden. U hoeft niets voor te bereiden. U \
        mag iemand meenemen die u steunt, en u kunt altijd een pauze nemen of stoppen.",
    we_hope: "Wat we van dit Learning Team hopen",
    when_heading: "Wanneer en waar",
    dates_follow: "De data en de plaats volgen nog: de facilitator neemt daarover contact met u op.",
    rules_heading: "Afspraken in het gesprek",
    rules: [
        "Wat in het gesprek gezegd wordt, blijft in de kamer.",
        "We luisteren naar elkaar zonder te oordelen.",
        "Niemand krijgt de schuld: we kijken naar het werk, niet naar de persoon.",
        "Elk perspectief telt, ook als het anders is dan dat van de anderen.",
        "Oplossingen bewaren we voor later: eerst willen we begrijpen.",
        "In wat we na afloop delen, staan geen namen, alleen rollen.",
    ],
    support_heading: "Steun",
    support_staff: "Een gebeurtenis als deze kan blijven hangen. Praten met iemand buiten het team kan helpen, \
        voor of na het gesprek.",
    support_at: "U kunt terecht bij",
    support_ask: "Vraag de facilitator naar de collegiale opvang in uw organisatie.",
    support_patient: "Hebt u vragen, of wilt u eerst met iemand praten voordat u komt? Neem dan contact op met \
        de facilitator die u deze brief stuurde.",
    reply_heading: "Laat u het weten?",
    reply: "Meedoen is vrijwillig. Laat de facilitator weten of u kunt komen, of wanneer het u beter past. \
        Dank u wel dat u dit met ons wilt delen.",
};

static EN: Letter = Letter {
    document: "Invitation",
    title: "Invitation to a Learning Team",
    from: "From",
    for_whom: "For",
    dated: "Date",
    why_heading: "Why you are receiving this invitation",
    why_staff: "You were involved in the care around an event on the ward, or you know that work closely. \
        That is why we invite you to a Learning Team: a conversation in which the people who did the work look \
        back on it together. Your view of what happened is one nobody else can give.",
    why_manager: "You lead the people who do this work, and you know the conditions they do it in. That is \
        why we invite you to a Learning Team: a conversation in which the people who did the work look back on \
        it together. Your part in it is mostly to listen and make room, not to judge.",
    why_patient: "You went through the care around this event yourself. What you saw and felt shows things \
        that care staff miss from where they stand. That is why we invite you to a Learning Team: a \
        conversation in which everyone who was there looks back together.",
    why_relative: "As a relative you were close by during the care around this event. What you saw and went \
        through helps us understand how it went. That is why we invite you to a Learning Team: a conversation \
        in which everyone who was there looks back together.",
    event_on: "It is about the event of",
    what_heading: "What a Learning Team is",
    what: "In a Learning Team everyone who was there tells their side of the story. Together we look for what \
        made the work hard that day, what went well and what surprised us, and for the red thread. From that \
        we choose a few small experiments that can make care safer, and later we look together at whether \
        they work.",
    not_heading: "What it is not",
    not: [
        "Not an investigation of a person, and not a search for someone to blame.",
        "Not a serious-incident investigation, and not an assessment of how you worked.",
        "What you tell us is not used against you or against anyone else.",
    ],
    ask_heading: "What we ask of you",
    ask_staff: "Tell us how you did the work that day, and what you saw, thought and felt. You do not need to \
        prepare or write anything down. In a first meeting you tell your story; in a second we look for the \
        red thread together.",
    ask_manager: "Listen to the stories without judging them, and afterwards help make the experiments the team \
        chooses possible. You do not need to prepare anything.",
    ask_patient: "Tell us how you experienced the care, in your own words. You do not need to prepare anything. \
        You may bring someone who supports you, and you can always take a break or stop.",
    we_hope: "What we hope this Learning Team brings",
    when_heading: "When and where",
    dates_follow: "The dates and the place will follow: the facilitator will get in touch with you about them.",
    rules_heading: "How we talk together",
    rules: [
        "What is said in the conversation stays in the room.",
        "We listen to each other without judging.",
        "Nobody gets the blame: we look at the work, not at the person.",
        "Every perspective counts, also when it differs from the others'.",
        "Solutions wait until later: first we want to understand.",
        "What we share afterwards holds no names, only roles.",
    ],
    support_heading: "Support",
    support_staff: "An event like this can stay with you. Talking to someone outside the team can help, before \
        or after the conversation.",
    support_at: "You can turn to",
    support_ask: "Ask the facilitator about peer support in your organisation.",
    support_patient: "Do you have questions, or would you like to talk to someone before you come? Then please \
        contact the facilitator who sent you this letter.",
    reply_heading: "Will you let us know?",
    reply: "Taking part is voluntary. Let the facilitator know whether you can come, or when would suit you \
        better. Thank you for being willing to share this with us.",
};
