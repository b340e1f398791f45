//! The calendar files Leerteam writes: the sessions of a case and the review dates of its
//! experiments, or every open review across cases. No case text goes in: the summary and
//! description are made from the kind of date, the experiment's number and the case's short
//! reference ("Leerteam: review van experiment 2, casus 3f2a9c1b"), never a title or a name.

use chrono::{DateTime, Utc};
use leerteam_model::{Case, Experiment, Followed};
use leerteam_story::Lang as Words;
use uuid::Uuid;

use crate::ics::{self, Event};

/// The short reference of a case that names it in a calendar: the first eight characters of its id.
pub fn reference(case_id: Uuid) -> String {
    case_id.simple().to_string()[..8].to_owned()
}

/// The events of one case: each dated session (held, else planned) and each review date of an
/// experiment still being followed.
pub fn case_events(case: &Case, words: Words) -> Vec<Event> {
    let mut events = session_events(case, words);
    events.extend(review_events(case, words));
    events
}

fn session_events(case: &Case, words: Words) -> Vec<Event> {
    let reference = reference(case.id);
    let mut events = Vec::new();
    for session in &case.sessions {
        let Some(day) = session.date() else { continue };
        let what = leerteam_story::meeting(session.kind, words);
        events.push(Event {
            uid: format!("{}-session-{}@leerteam", case.id, session.id),
            day,
            summary: match words {
                Words::Nl => format!("Leerteam: {what}, casus {reference}"),
                Words::En => format!("Learning Team: {what}, case {reference}"),
            },
            description: match words {
                Words::Nl => format!("Bijeenkomst van het Leerteam van casus {reference}. Details staan in Leerteam."),
                Words::En => format!("A Learning Team meeting of case {reference}. The details are in Leerteam."),
            },
            remind_hours_before: 15,
        });
    }
    events
}

fn review_events(case: &Case, words: Words) -> Vec<Event> {
    let open = case.experiments.iter().filter(|x| x.status.is_open());
    open.filter_map(|x| review_event(case.id, x, words)).collect()
}

/// The review date of an experiment still followed, as an event.
fn review_event(case_id: Uuid, x: &Experiment, words: Words) -> Option<Event> {
    let reference = reference(case_id);
    let day = x.review_on?;
    Some(Event {
        uid: format!("{case_id}-review-{}@leerteam", x.id),
        day,
        summary: match words {
            Words::Nl => format!("Leerteam: review van experiment {}, casus {reference}", x.id),
            Words::En => format!("Learning Team: review of experiment {}, case {reference}", x.id),
        },
        description: match words {
            Words::Nl => format!(
                "Bekijk de check-ins en neem een besluit over experiment {} van casus {reference} in Leerteam.",
                x.id
            ),
            Words::En => {
                format!("Look at the check-ins and decide on experiment {} of case {reference} in Leerteam.", x.id)
            }
        },
        remind_hours_before: 15,
    })
}

/// The calendar of one case.
pub fn case_calendar(case: &Case, words: Words, now: DateTime<Utc>) -> String {
    let name = match words {
        Words::Nl => format!("Leerteam casus {}", reference(case.id)),
        Words::En => format!("Learning Team case {}", reference(case.id)),
    };
    ics::calendar(&name, &case_events(case, words), now)
}

/// Every review date of the experiments still followed (`leerteam_model::load_followed`), in one calendar.
pub fn reviews_calendar(followed: &[Followed], words: Words, now: DateTime<Utc>) -> String {
    let events: Vec<Event> = followed.iter().filter_map(|f| review_event(f.case_id, &f.experiment, words)).collect();
    let name = match words {
        Words::Nl => "Leerteam: reviews",
        Words::En => "Learning Team: reviews",
    };
    ics::calendar(name, &events, now)
}
