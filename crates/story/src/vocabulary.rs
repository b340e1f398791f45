//! The one name of each value of the method's vocabularies, in Dutch and English: the story prints
//! these, and the UI shows the same words, generated into `ui/src/bindings/vocabularyWords.ts` by
//! [`vocabulary_words_ts`] (so "(Mogelijke) calamiteit" cannot be "Calamiteit" on the other side).

use leerteam_model::{CaseKind, CriterionKind, Emotion, ExperimentStatus, LearningKind, Role, SessionKind};

use crate::labels::Lang;

fn pick(lang: Lang, dutch: &'static str, english: &'static str) -> &'static str {
    match lang {
        Lang::Nl => dutch,
        Lang::En => english,
    }
}

pub fn case_kind(lang: Lang, kind: CaseKind) -> &'static str {
    match kind {
        CaseKind::Incident => pick(lang, "Incident", "Incident"),
        CaseKind::Calamity => pick(lang, "(Mogelijke) calamiteit", "(Possible) serious incident"),
        CaseKind::Complication => pick(lang, "Complicatie", "Complication"),
        CaseKind::Series => pick(lang, "Reeks van gebeurtenissen", "Series of events"),
        CaseKind::Theme => pick(lang, "Thema", "Theme"),
        CaseKind::WentWell => pick(lang, "Iets wat goed ging", "Something that went well"),
        CaseKind::Collaboration => pick(lang, "Samenwerking", "Collaboration"),
    }
}

pub fn role(lang: Lang, role: Role) -> &'static str {
    match role {
        Role::PatientClient => pick(lang, "Patiënt of cliënt", "Patient or client"),
        Role::Family => pick(lang, "Familie of naaste", "Family member"),
        Role::Nurse => pick(lang, "Verpleegkundige", "Nurse"),
        Role::Physician => pick(lang, "Arts", "Physician"),
        Role::Manager => pick(lang, "Leidinggevende", "Manager"),
        Role::Paramedic => pick(lang, "Paramedicus", "Allied health professional"),
        Role::Pharmacist => pick(lang, "Apotheker", "Pharmacist"),
        Role::Support => pick(lang, "Ondersteuner", "Support staff"),
        Role::Other => pick(lang, "Andere rol", "Other role"),
    }
}

/// A session as a meeting, in a sentence: "bijeenkomst rode draad" (calendars, invitations).
pub fn meeting(kind: SessionKind, lang: Lang) -> &'static str {
    match kind {
        SessionKind::Perspectives => pick(lang, "bijeenkomst perspectieven delen", "meeting to share perspectives"),
        SessionKind::RedThread => pick(lang, "bijeenkomst rode draad", "meeting to find the red thread"),
        SessionKind::FollowUp => pick(lang, "vervolgbijeenkomst", "follow-up meeting"),
    }
}

pub fn emotion(lang: Lang, emotion: Emotion) -> &'static str {
    match emotion {
        Emotion::Guilt => pick(lang, "Schuld", "Guilt"),
        Emotion::Frustration => pick(lang, "Frustratie", "Frustration"),
        Emotion::Sadness => pick(lang, "Verdriet", "Sadness"),
        Emotion::Anger => pick(lang, "Boosheid", "Anger"),
        Emotion::Relief => pick(lang, "Opluchting", "Relief"),
        Emotion::Other => pick(lang, "Anders", "Other"),
    }
}

pub fn learning(lang: Lang, kind: LearningKind) -> &'static str {
    match kind {
        LearningKind::Keep => pick(lang, "Wat we behouden", "What we keep"),
        LearningKind::Change => pick(lang, "Wat verandering verdient", "What deserves change"),
    }
}

pub fn criterion(lang: Lang, kind: CriterionKind) -> &'static str {
    match kind {
        CriterionKind::Outcome => pick(lang, "Uitkomst", "Outcome"),
        CriterionKind::Process => pick(lang, "Proces", "Process"),
        CriterionKind::Balancing => pick(lang, "Balans", "Balancing measure"),
    }
}

pub fn experiment_status(lang: Lang, status: ExperimentStatus) -> &'static str {
    match status {
        ExperimentStatus::Planned => pick(lang, "Gepland", "Planned"),
        ExperimentStatus::Running => pick(lang, "Loopt", "Running"),
        ExperimentStatus::Adopted => pick(lang, "Behouden", "Adopted"),
        ExperimentStatus::Adapted => pick(lang, "Aangepast", "Adapted"),
        ExperimentStatus::Abandoned => pick(lang, "Gestopt", "Abandoned"),
    }
}

/// Every name in one language, under the UI's message key ("kind.calamity", "role.nurse").
pub fn vocabulary_words(lang: Lang) -> Vec<(String, &'static str)> {
    let mut words = Vec::new();
    let mut add = |group: &str, value: String, name: &'static str| words.push((format!("{group}.{value}"), name));
    CaseKind::ALL.iter().for_each(|&v| add("kind", v.to_string(), case_kind(lang, v)));
    Role::ALL.iter().for_each(|&v| add("role", v.to_string(), role(lang, v)));
    Emotion::ALL.iter().for_each(|&v| add("emotion", v.to_string(), emotion(lang, v)));
    LearningKind::ALL.iter().for_each(|&v| add("learning", v.to_string(), learning(lang, v)));
    CriterionKind::ALL.iter().for_each(|&v| add("criterion", v.to_string(), criterion(lang, v)));
    ExperimentStatus::ALL.iter().for_each(|&v| add("status", v.to_string(), experiment_status(lang, v)));
    words
}

/// The UI's copy of these names, as a TypeScript module.
pub fn vocabulary_words_ts() -> String {
    let mut out = String::from(
        "// Written by `cargo test -p leerteam-story` from crates/story/src/vocabulary.rs; do not edit.\n\
         /** The names of the method's vocabularies, the same words the learning story prints. */\n\
         export const VOCABULARY_WORDS = {\n",
    );
    for lang in [Lang::Nl, Lang::En] {
        out.push_str(&format!("  {}: {{\n", lang.code()));
        for (key, name) in vocabulary_words(lang) {
            let name = name.replace('\\', "\\\\").replace('\'', "\\'");
            out.push_str(&format!("    '{key}': '{name}',\n"));
        }
        out.push_str("  },\n");
    }
    out.push_str("} as const;\n");
    out
}
