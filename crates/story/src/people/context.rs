//! What the words around a word say about it: a sentence starts, a list of places, an address
//! before it, a verb of a person after it, an apposition, an attendance list.

use super::cues::speaker_colon;
use super::tokens::{Token, TokenKind};
use super::triggers::*;
use super::triggers::{trigger_before, triggers_at};
use super::words::*;
use crate::lexicon::{is_common, is_first_name, is_not_a_name, is_particle, is_place, is_proper, is_surname};

/// A family name starts at token `k`: particles, then a capitalised word that is a family name or
/// no ordinary word ("de Vries", "Ramdin").
pub(super) fn family_name_at(tokens: &[Token], k: usize) -> bool {
    let k = after_particles(tokens, k);
    tokens.get(k).is_some_and(|t| {
        let lower = t.lower();
        t.gap
            && !t.new_line
            && t.capitalised()
            && plain_word(t)
            && (is_surname(lower) || !is_common(lower))
            && !is_not_a_name(lower)
            && !is_place(lower)
            && !is_month_or_day(lower)
            && !role_shaped(t) // "De Regieverpleegkundige heeft …"
    })
}

/// The first token from `k` on that is not a particle in lower case ("de", "van der"), the last token
/// at most.
fn after_particles(tokens: &[Token], mut k: usize) -> usize {
    while k + 1 < tokens.len() && tokens[k].is_word() && !tokens[k].capitalised() && is_particle(tokens[k].lower()) {
        k += 1;
    }
    k
}

/// At the start of a sentence, up to four words of a name, a comma, and a role or relative word
/// ("de leerling", "haar zoon"): the words are the name of that person.
/// Particles may lead ("dos Santos, de zoon, …"), and the name may be a town's too ("Hoogeveen, de
/// huisarts, …"): the role after the comma says it is someone.
pub(super) fn apposition_at(tokens: &[Token], i: usize) -> bool {
    // Or after a preposition: "Overleg bij Van den Broek-Hoekstra, de teamleider, …".
    let after_preposition =
        i > 0 && matches!(tokens[i - 1].lower(), "bij" | "met" | "door" | "aan" | "voor" | "with" | "by" | "to");
    if !sentence_start(tokens, i) && !after_preposition {
        return false;
    }
    // "Van der Meer, de nachtarts, …": the particles may be capitalised at the start.
    let mut i = i;
    while i + 1 < tokens.len() && tokens[i].is_word() && is_particle(tokens[i].lower()) && !tokens[i + 1].new_line {
        i += 1;
    }
    let token = &tokens[i];
    if !token.capitalised() || !plain_word(token) || token.shouting() {
        return false;
    }
    let lower = token.lower();
    if FUNCTION_WORDS.contains(&lower) || SENTENCE_ADVERBS.contains(&lower) || is_not_a_name(lower) {
        return false;
    }
    let Some(comma) = (i + 1..tokens.len().min(i + 6)).find(|&k| tokens[k].text == ",") else { return false };
    let name_words = tokens[i + 1..comma]
        .iter()
        .all(|t| (t.is_word() && (t.capitalised() || is_particle(t.lower()))) || (t.text == "-" && !t.gap));
    let mut k = comma + 1;
    let article = tokens.get(k).is_some_and(|t| {
        matches!(
            t.lower(),
            "de" | "het" | "een" | "onze" | "haar" | "zijn" | "hun" | "the" | "our" | "her" | "his" | "a"
        )
    });
    if article {
        k += 1;
    }
    // "de nachtarts", "regieverpleegkundige", "the agency nurse": a role, a word made on one, or
    // one word before a role.
    // After a preposition a relative's word is the family's ("bij Basalt, de familie twijfelde").
    let family = |t: &Trigger| t.words.iter().any(|w| matches!(*w, "familie" | "family"));
    let says = |t: &Trigger| t.strength != Strength::Address && !(after_preposition && family(t));
    let role_at = |k: usize| triggers_at(tokens, k).any(says) || tokens.get(k).is_some_and(role_shaped);
    let adjective = article && tokens.get(k).is_some_and(|t| t.is_word() && !t.capitalised());
    name_words && (role_at(k) || (adjective && triggers_at(tokens, k + 1).any(says)))
}

/// A verb of a person right after the name, not "en" (which also joins things: "Storm en regen")
/// and not a copula before an article ("Groen is de kleur").
pub(super) fn acts_after(tokens: &[Token], i: usize) -> bool {
    let next = |k: usize| tokens.get(i + k).map(|t| t.lower()).unwrap_or_default();
    // "Winter is altijd de drukste periode": an adverb may stand between.
    let adverb =
        matches!(next(2), "altijd" | "vaak" | "meestal" | "nog" | "ook" | "echt" | "niet" | "always" | "often");
    let article = |k: usize| matches!(next(k), "de" | "het" | "een" | "the" | "a");
    let copula = matches!(next(1), "is" | "was" | "werd" | "wordt") && (article(2) || (adverb && article(3)));
    person_verb_after(tokens, i) && next(1) != "en" && !copula
}

/// An ordinary word that is no name of anyone: it can only start a sentence ("Rond", "Toen").
pub(super) fn sentence_word(lower: &str) -> bool {
    is_common(lower) && !is_surname(lower) && !is_first_name(lower) && !is_proper(lower)
}

/// "Hoorn, Enkhuizen en Schagen": a word in a list with a place is a place too.
pub(super) fn listed_with_place(tokens: &[Token], i: usize) -> bool {
    let joins = |t: &Token| matches!(t.text, "," | "en" | "of" | "and" | "&" | "-");
    let place_word = |t: &Token| {
        matches!(t.lower(), "in" | "uit" | "naar" | "via" | "te" | "vanuit" | "woonplaatsen" | "dorpen" | "wijken")
    };
    // Walk the list both ways: "Ulrum, Zoutkamp, Warffum, Pieterburen en Usquert".
    let item = |k: usize| {
        tokens[k].is_word() && (tokens[k].capitalised() || is_particle(tokens[k].lower()) || tokens[k].lower() == "bij")
    };
    let (mut first, mut last) = (i, i);
    while first >= 2 && joins(&tokens[first - 1]) && item(first - 2) {
        first -= 2;
    }
    while last + 2 < tokens.len() && joins(&tokens[last + 1]) && item(last + 2) {
        last += 2;
    }
    // "Van den Broek en Hoek": after a particle a place's name is a family's.
    let family = |k: usize| k > 0 && tokens[k - 1].is_word() && is_particle(tokens[k - 1].lower());
    let any_place = (first..=last).step_by(2).any(|k| is_place(tokens[k].lower()) && !family(k));
    let introduced = first > 0
        && (place_word(&tokens[first - 1])
            || (first > 1 && tokens[first - 1].text == ":" && place_word(&tokens[first - 2])));
    (last > first && (any_place || introduced)) || (last == first && is_place(tokens[i].lower()))
}

/// "Rivierenwijk", "Dukenburg", "Kanaleneiland": a word made as places are ("Veldhuizen" and
/// "Oosterhoven" are family names as often).
pub(super) fn place_shaped(lower: &str) -> bool {
    const ENDINGS: &[&str] = &["wijk", "dorp", "stad", "burg", "poort", "eiland", "haven", "polder"];
    ENDINGS.iter().any(|e| lower.strip_suffix(e).is_some_and(|stem| stem.chars().count() >= 3))
}

/// "Zandpad 14, Bloemendaal": the town after a street address.
pub(super) fn after_house_number(tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i - 1].text == ","
        && (tokens[i - 2].kind == TokenKind::Number
            || tokens[i - 2].shouting()
            || tokens[i - 2].text.chars().count() == 1)
}

/// "Kussmaul-ademhaling", "Allyn-thermometer": a name joined to an ordinary word is a thing.
pub(super) fn eponym(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|t| t.text == "-" && !t.gap)
        && tokens.get(i + 2).is_some_and(|t| t.is_word() && !t.capitalised() && is_common(t.lower()))
}

/// "4301 EE Zierikzee": the town after a postcode.
pub(super) fn after_postcode(tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i - 1].is_word()
        && tokens[i - 1].text.chars().count() == 2
        && tokens[i - 2].kind == TokenKind::Number
        && tokens[i - 2].text.len() == 4
        || i >= 1 && tokens[i - 1].kind == TokenKind::Word && {
            // "3958CM Amerongen" is one number and one word token with no gap.
            let t = &tokens[i - 1];
            t.text.chars().count() == 2 && i >= 2 && tokens[i - 2].kind == TokenKind::Number && !t.gap
        }
}

/// "de patiënt, mevr. X": the one after the title is the patient.
pub(super) fn patient_before(tokens: &[Token], i: usize) -> bool {
    tokens[i.saturating_sub(3)..i]
        .iter()
        .any(|t| matches!(t.lower(), "patiënt" | "patiënte" | "pt" | "patient" | "cliënt"))
}

pub(super) fn sentence_start(tokens: &[Token], i: usize) -> bool {
    if i == 0 || tokens[i].new_line {
        return true;
    }
    let prev = &tokens[i - 1];
    match prev.text {
        "!" | "?" | ":" | ";" | "•" | "*" | "\"" | "“" | "‘" | "–" | "—" => true,
        "-" => prev.gap,
        "." => {
            // "dhr.", "G." and "o.a." end no sentence.
            let single = i >= 2 && tokens[i - 2].is_word() && tokens[i - 2].text.chars().count() == 1;
            !(single || trigger_before(tokens, i).is_some())
        }
        _ => false,
    }
}

/// "12 jan 1958", "3 mar".
pub(super) fn is_month_abbreviation(lower: &str) -> bool {
    matches!(
        lower,
        "jan" | "feb" | "mrt" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "okt" | "oct" | "nov" | "dec"
    )
}

pub(super) fn is_month_or_day(lower: &str) -> bool {
    matches!(
        lower,
        "januari"
            | "februari"
            | "maart"
            | "april"
            | "mei"
            | "juni"
            | "juli"
            | "augustus"
            | "september"
            | "oktober"
            | "november"
            | "december"
            | "may"
            | "june"
            | "august"
            | "maandag"
            | "dinsdag"
            | "woensdag"
            | "donderdag"
            | "vrijdag"
            | "zaterdag"
            | "zondag"
    )
}

/// The line starts with "aanwezig:" or the like: what follows is a list of people.
pub(super) fn listed_as_present(tokens: &[Token], i: usize) -> bool {
    let line_start = (0..=i).rev().find(|&k| tokens[k].new_line).unwrap_or(0);
    tokens[line_start..i].windows(2).any(|w| {
        matches!(
            w[0].lower(),
            "aanwezig"
                | "aanwezigen"
                | "aanw"
                | "deelnemers"
                | "erbij"
                | "met"
                | "present"
                | "attendees"
                | "participants"
        ) && w[1].text == ":"
    })
}

/// An item of a line of actions: "actie: vos en Yasmina schrijven …", "actions: grace to raise
/// it, tom to present".
pub(super) fn action_item(tokens: &[Token], i: usize) -> bool {
    let line_start = (0..=i).rev().find(|&k| tokens[k].new_line).unwrap_or(0);
    let head = (line_start..i).find(|&k| tokens[k].is_word());
    let labelled = head.is_some_and(|k| {
        matches!(
            tokens[k].lower(),
            "actie" | "acties" | "action" | "actions" | "agreed" | "afspraak" | "afspraken" | "todo"
        ) && tokens.get(k + 1).is_some_and(|t| t.text == ":")
    });
    labelled && item_start(tokens, i)
}

/// The word begins an item of a list: after the colon, a comma, "en" or "and".
pub(super) fn item_start(tokens: &[Token], i: usize) -> bool {
    i > 0 && matches!(tokens[i - 1].text, ":" | "," | ";" | "en" | "and" | "&")
}

/// A word that starts a line and is followed by a colon is a label ("Casus:", "Pt:"), not a name.
pub(super) fn is_label(tokens: &[Token], i: usize) -> bool {
    sentence_start(tokens, i) && tokens.get(i + 1).is_some_and(|n| n.text == ":")
}

pub(super) fn person_verb_after(tokens: &[Token], i: usize) -> bool {
    let mut next = i + 1;
    // Past the rest of the name: "Sanne de Wit belde", "Harmsen-Vos vroeg".
    while next < tokens.len() && next < i + 5 {
        let t = &tokens[next];
        let after_hyphen = tokens[next - 1].text == "-" && !t.gap;
        let rest_of_name = (t.is_word() && is_particle(t.lower()))
            || (t.text == "-" && !t.gap)
            || (t.capitalised() && plain_word(t) && (after_hyphen || !is_common(t.lower())));
        if !rest_of_name {
            break;
        }
        next += 1;
    }
    tokens.get(next).is_some_and(|n| n.is_word() && !n.new_line && PERSON_VERBS.contains(&n.lower()))
}

/// The words `from..next`, read as a name, name a thing or a role: a compound cut short ("Storm-
/// en waterschade"), the plural of an abbreviation ("EVV'ers"), a role's possessive ("Patient's
/// son"), a place on a ward ("Rembrandt ward"), or nothing but roles ("Verpleegkundig
/// Specialist", "Ouderengeneeskundige").
pub(super) fn thing_named(tokens: &[Token], from: usize, next: usize) -> bool {
    if next <= from {
        return false;
    }
    let cut_short = tokens.get(next).is_some_and(|t| t.text == "-" && !t.gap)
        && tokens.get(next + 1).is_some_and(|t| t.gap && matches!(t.lower(), "en" | "of" | "and" | "or"));
    let last = tokens[from..next].iter().rev().find(|t| t.is_word());
    let plural = last.is_some_and(|t| t.lower().ends_with("'ers") || t.lower().ends_with("’ers"));
    let role_possessive = last.is_some_and(|t| {
        let base = t.lower().trim_end_matches("'s").trim_end_matches("’s");
        base != t.lower() && matches!(base, "patient" | "patiënt" | "doctor" | "nurse" | "client" | "cliënt")
    });
    let ward_after = tokens.get(next).is_some_and(|t| {
        t.is_word() && matches!(t.lower(), "ward" | "wing" | "bay" | "unit" | "trolley" | "vleugel" | "paviljoen")
    });
    // "a. radialis", "v. jugularis": an artery, a vein, a nerve or a muscle.
    let latin = |t: &Token| ["is", "us", "ae", "um", "ii"].iter().any(|e| t.lower().ends_with(e)) && !t.capitalised();
    let anatomy = matches!(tokens[from].text, "a" | "v" | "n" | "m")
        && tokens.get(from + 1).is_some_and(|t| t.text == ".")
        && tokens.get(from + 2).is_some_and(latin);
    // "Huis Van Gogh": the word for a house, then its name.
    let house = WARD_WORDS.contains(&tokens[from].lower()) && next > from + 1;
    // Each word a role, or inside a role of more words that starts before it; an article aside.
    let mut role_until = from;
    let roles_only =
        (from..next).filter(|&k| tokens[k].is_word() && !matches!(tokens[k].lower(), "de" | "het" | "the")).all(|k| {
            if let Some(t) = triggers_at(tokens, k).next() {
                role_until = role_until.max(k + t.words.len());
            }
            k < role_until || role_shaped(&tokens[k])
        });
    cut_short || plural || role_possessive || ward_after || roles_only || anatomy || house
}

/// A verb in the past after token `i`, by its ending: "adviseerde", "controleerde", "opende".
pub(super) fn past_tense_after(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| {
        let lower = n.lower();
        n.is_word()
            && !n.capitalised()
            && lower.chars().count() >= 5
            && (lower.ends_with("de") || lower.ends_with("te"))
    })
}

pub(super) fn plain_word(token: &Token) -> bool {
    token.is_word() && token.text.chars().count() >= 3 && !token.text.chars().skip(1).any(char::is_uppercase)
}

/// A line that starts with a name and a colon, then what the person said: a quote or words in
/// lower case ("Fabienne: 'ik dacht …'", "Bakker: wat hielp"), not a roster ("Naamband: Tekle,
/// Filmon", "Overdrachtslijst: 1. …").
pub(super) fn speaker_at(tokens: &[Token], i: usize) -> bool {
    speaker_colon(tokens, i) == Some(i + 1)
}

/// A word made on a role: "nachtarts", "regieverpleegkundige", "kinderfysiotherapeut".
pub(super) fn role_shaped(t: &Token) -> bool {
    let lower = t.lower();
    t.is_word() && ROLE_ENDINGS.iter().any(|end| lower.ends_with(end) && lower.len() > end.len() + 2)
}

/// A bracket opened before `at` holds a role ("(dochter)", "(dienstdoend internist)", "(night
/// nurse)", "(SEH-arts)") in its first few words, not another person ("(mevr. Sluiter)").
pub(super) fn role_in_bracket(tokens: &[Token], at: usize) -> bool {
    if address_at(tokens, at) {
        return false;
    }
    (at..tokens.len().min(at + 4))
        .take_while(|&k| tokens[k].text != ")")
        .any(|k| (trigger_at(tokens, k) && !address_at(tokens, k)) || role_shaped(&tokens[k]))
}

/// The word at `at` names a ward or a house: "paviljoen Storm", "afd. Zomerlust".
pub(super) fn ward_name_at(tokens: &[Token], at: usize) -> bool {
    let mut before = at;
    if before >= 2 && tokens[before - 1].text == "." && !tokens[before - 1].gap {
        before -= 1;
    }
    before > 0 && WARD_WORDS.contains(&tokens[before - 1].lower())
}
