//! Names in shapes other than a given name before a family name: the family name first, as rosters
//! and forms write it ("Karimi, Nasrin", "Peters, J.", "van der Molen, mw. R."), in East Asian order
//! ("Wang Xiu Ying"), initials alone ("S.E. opende de sessie") and initials in lower case
//! ("h.j. de groot").

use super::context::plain_word;
use super::context::{is_month_or_day, item_start, listed_as_present, person_verb_after};
use super::name::dotted_particle;
use super::tokens::{Token, TokenKind};
use super::triggers::trigger_at;
use super::words::{
    EAST_ASIAN_FAMILY_NAMES, FUNCTION_WORDS, NEVER_NAMES, NOT_INITIALS, PERSON_VERBS, SENTENCE_ADVERBS,
};
use super::{Anchored, Role};
use crate::lexicon::{is_common, is_first_name, is_not_a_name, is_particle, is_place, is_surname};

/// A family name, a comma, perhaps a title, and initials or a given name, starting at token `i`:
/// the whole as one name, and the token after it.
pub(super) fn reversed_name_at(tokens: &[Token], i: usize) -> Option<(Anchored, usize)> {
    // Cheap first: a comma within the few words a family name has.
    let comma_ahead =
        tokens[i..tokens.len().min(i + 7)].iter().skip(1).take_while(|t| !t.new_line).any(|t| t.text == ",");
    if !comma_ahead || !tokens[i].is_word() {
        return None;
    }
    let (surname, comma, strict) = family_part(tokens, i)?;
    if tokens.get(comma).is_none_or(|t| t.text != "," || t.new_line) {
        return None;
    }
    let mut k = comma + 1;
    let titled =
        tokens.get(k).is_some_and(|t| matches!(t.lower(), "mw" | "mevr" | "dhr" | "dr" | "drs" | "mr" | "prof"));
    if titled {
        k += 1;
        if tokens.get(k).is_some_and(|t| t.text == "." && !t.gap) {
            k += 1;
        }
    }
    let word = tokens.get(k).filter(|t| t.is_word() && t.gap && !t.new_line)?;
    // With initials after it any capitalised word is the family name ("Lam, T.K.", "Do, Q.H.");
    // with a given name only one that reads as a name.
    let (first, initial, end) = if let Some(end) = initials_end(tokens, k) {
        (None, word.text.chars().next(), end)
    } else if !strict {
        return None;
    } else {
        let lower = word.lower();
        let known = is_first_name(lower);
        let unknown = !is_common(lower) && !is_place(lower) && !is_not_a_name(lower) && !is_surname(lower);
        // A given name closes the item: "Wiersma, Geartsje;", "Karimi, Nasrin (ma 10:00)". One
        // not known as one only where no comma follows: "Bakker, Yılmaz, de Vries" are three.
        let closes =
            |marks: &[&str]| tokens.get(k + 1).is_none_or(|n| n.new_line || marks.contains(&n.text) || n.shouting());
        let given = word.capitalised()
            && plain_word(word)
            && ((known && closes(&[";", ",", "(", ")", "/", "-", ".", ":"])) || (unknown && closes(&[";", "(", ":"])));
        if !given {
            return None;
        }
        (Some(lower.to_owned()), None, k + 1)
    };
    someone(tokens, i..end, first, surname, initial)
}

/// The family name at `i` (particles in any case, then capitalised words joined by hyphens), in
/// lower case, the token after it, and whether it reads as a name by itself.
fn family_part(tokens: &[Token], i: usize) -> Option<(String, usize, bool)> {
    let mut k = i;
    let mut words: Vec<&str> = Vec::new();
    while let Some(token) = tokens.get(k).filter(|t| t.is_word() && k + 1 < tokens.len() && !tokens[k + 1].new_line) {
        let lower = token.lower();
        // "In 't Zandt", "Op den Kamp", "Al-Hassan".
        let short_before = matches!(tokens[k + 1].lower(), "'t" | "’t" | "den" | "de" | "der");
        if is_particle(lower) || (matches!(lower, "in" | "op") && short_before) {
            words.push(lower);
            k += 1;
            if tokens[k].text == "-" && !tokens[k].gap {
                k += 1;
            }
        } else {
            break;
        }
    }
    let led = !words.is_empty();
    let core = tokens.get(k).filter(|t| t.is_word() && t.capitalised() && t.text.chars().count() >= 2)?;
    let lower = core.lower();
    let refused = is_month_or_day(lower)
        || FUNCTION_WORDS.contains(&lower)
        || SENTENCE_ADVERBS.contains(&lower)
        || trigger_at(tokens, k)
        || (is_place(lower) && !led);
    if refused {
        return None;
    }
    let strict = plain_word(core) && (led || !is_common(lower) || is_surname(lower)) && !is_not_a_name(lower);
    let mut surname = words.join(" ");
    if led {
        surname.push(' ');
    }
    surname.push_str(lower);
    k += 1;
    // "Boateng-Kuipers", "Al-Hassan".
    while tokens.get(k).is_some_and(|t| t.text == "-" && !t.gap)
        && tokens.get(k + 1).is_some_and(|t| t.is_word() && t.capitalised() && !t.gap)
    {
        surname.push('-');
        surname.push_str(tokens[k + 1].lower());
        k += 2;
    }
    Some((surname, k, strict))
}

/// Capital initials from token `k` ("J.", "G.A.", "T.H."): the token after the last full stop.
fn initials_end(tokens: &[Token], k: usize) -> Option<usize> {
    let mut end = k;
    while tokens.get(end).is_some_and(Token::initial)
        && tokens.get(end + 1).is_some_and(|t| t.text == "." && !t.gap)
        && (end == k || !tokens[end].gap)
    {
        end += 2;
    }
    (end > k).then_some(end)
}

/// Two or three initials alone that act, speak, are bracketed or listed with more: "S.E. opende
/// de sessie", "Reflectie (M.L.): …", "W.K. en M.N. maken …". Not "N.B." or "P.S.".
pub(super) fn initials_alone_at(tokens: &[Token], i: usize) -> Option<(Anchored, usize)> {
    if i > 0 && tokens[i - 1].text == "." && !tokens[i - 1].gap {
        return None;
    }
    let end = initials_end(tokens, i)?;
    let letters: String = tokens[i..end].iter().map(|t| t.lower()).collect();
    if !(4..=6).contains(&letters.len()) {
        return None;
    }
    // Initials before a family name are read with it ("G.A. Rahimi").
    if tokens.get(end).is_some_and(|t| t.is_word() && t.capitalised() && !t.new_line) {
        return None;
    }
    let next = |n: usize| tokens.get(end + n).filter(|t| !t.new_line);
    let acts = person_verb_after(tokens, end - 1)
        || next(0).is_some_and(|t| {
            let lower = t.lower();
            t.is_word() && !t.capitalised() && (verb_ending(lower) || matches!(lower, "will" | "to" | "can" | "should"))
        });
    let bracketed = i > 0 && tokens[i - 1].text == "(" && next(0).is_some_and(|t| t.text == ")");
    let and = |t: &Token| matches!(t.lower(), "en" | "and");
    let paired = (next(0).is_some_and(and) && next(1).is_some_and(Token::initial))
        || (i >= 3 && and(&tokens[i - 1]) && tokens[i - 2].text == "." && tokens[i - 3].initial());
    let speaker = next(0).is_some_and(|t| t.text == ":");
    // "Actie: T.H. checkt …", "Action: S.K. chases …": who does it.
    let action =
        i >= 2 && tokens[i - 1].text == ":" && matches!(tokens[i - 2].lower(), "actie" | "action" | "afspraak");
    // "m.n." is "met name" unless the place says initials.
    let listed = listed_as_present(tokens, i) && item_start(tokens, i);
    let sure = bracketed || paired || action || listed;
    if !(sure || ((acts || speaker) && !NOT_INITIALS.contains(&letters.as_str()))) {
        return None;
    }
    someone(tokens, i..end, None, letters, tokens[i].text.chars().next())
}

/// Initials with the letters of the particles between, in lower case: "H.v.d.M.", "E.t.H.",
/// "J.v.d.B.". Capitals at both ends tell them from the abbreviations ("n.v.t.", "t.a.v.").
pub(super) fn mixed_initials_at(tokens: &[Token], i: usize) -> Option<(Anchored, usize)> {
    if !tokens[i].initial() || (i > 0 && tokens[i - 1].text == "." && !tokens[i - 1].gap) {
        return None;
    }
    let mut end = i;
    while tokens.get(end).is_some_and(|t| t.is_word() && t.text.chars().count() == 1 && (end == i || !t.gap))
        && tokens.get(end + 1).is_some_and(|t| t.text == "." && !t.gap)
    {
        end += 2;
    }
    let letters: Vec<&Token> = tokens[i..end].iter().step_by(2).collect();
    let inner_lower = letters.len() >= 3 && letters[1..letters.len() - 1].iter().all(|t| !t.initial());
    let written: String = tokens[i..end].iter().map(|t| t.lower()).collect();
    if !inner_lower || !letters.last()?.initial() || matches!(written.as_str(), "p.v.a." | "p.v.e." | "w.v.t.t.k.") {
        return None;
    }
    someone(tokens, i..end, None, written, tokens[i].text.chars().next())
}

/// A Dutch or English verb by its ending: "checkt", "agendeert", "chases", "stellen".
fn verb_ending(lower: &str) -> bool {
    ["t", "en", "es", "ed"].iter().any(|e| lower.ends_with(e)) && lower.chars().count() >= 4
}

/// "Wang Xiu Ying", "Zhang Li Na": a family name of China or Vietnam, then one or two short
/// capitalised parts on the same line.
pub(super) fn east_asian_name(tokens: &[Token], i: usize) -> Option<(Anchored, usize)> {
    let token = &tokens[i];
    if !token.capitalised() || !EAST_ASIAN_FAMILY_NAMES.contains(&token.lower()) {
        return None;
    }
    let part = |t: &Token| {
        let lower = t.lower();
        t.is_word()
            && t.gap
            && !t.new_line
            && t.capitalised()
            && (2..=5).contains(&t.text.chars().count())
            // "Nguyen Van Minh": Văn is a Vietnamese middle name, written with its capital.
            && (!FUNCTION_WORDS.contains(&lower) || t.text == "Van")
            && !NEVER_NAMES.contains(&lower)
            && !PERSON_VERBS.contains(&lower)
            && !is_not_a_name(lower)
    };
    let next = (i + 1..tokens.len().min(i + 3)).take_while(|&k| part(&tokens[k])).last()? + 1;
    let surname = tokens[i..next].iter().map(|t| t.lower()).collect::<Vec<_>>().join(" ");
    someone(tokens, i..next, None, surname, None)
}

/// Initials in lower case before a family name ("h.j. de groot", "m.j. koster", "jp vd berg"):
/// the token where the family name starts. Not the abbreviations notes are full of ("i.p.v.",
/// "z.s.m.", "p.o."), and one initial only before a particle or a word that is none.
pub(super) fn lower_case_initials_at(tokens: &[Token], i: usize) -> Option<usize> {
    let letter = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.is_word() && t.text.chars().count() == 1 && t.text.chars().all(char::is_lowercase))
    };
    let glued = |k: usize| tokens.get(k).is_some_and(|t| !t.gap);
    if !tokens[i].gap || (i > 0 && tokens[i - 1].text == "." && !tokens[i - 1].gap) {
        return None;
    }
    let mut k = i;
    let mut letters = String::new();
    while letter(k) && tokens.get(k + 1).is_some_and(|t| t.text == ".") && glued(k + 1) && (k == i || glued(k)) {
        letters.push_str(tokens[k].text);
        letters.push('.');
        k += 2;
    }
    // "jp vd berg": two or three letters that are no word, then "vd".
    let run = tokens[i].text;
    let bare = k == i
        && tokens.get(i + 1).is_some_and(|t| matches!(t.lower(), "vd" | "v") && t.gap)
        && (2..=3).contains(&run.chars().count())
        && run.chars().all(char::is_lowercase)
        && !is_common(run);
    if bare {
        k = i + 1;
    } else if letters.is_empty() || NOT_INITIALS.contains(&letters.as_str()) {
        return None;
    }
    let next = tokens.get(k).filter(|t| t.is_word() && t.gap && !t.new_line)?;
    let lower = next.lower();
    let particle = is_particle(lower) || dotted_particle(tokens, k) > 0;
    let family = !is_common(lower) || (letters.len() >= 4 && is_surname(lower));
    let refused = FUNCTION_WORDS.contains(&lower) || NEVER_NAMES.contains(&lower) || is_month_or_day(lower);
    (particle || (family && !refused && next.text.chars().count() >= 2)).then_some(k)
}

/// "Jansen, 14-03-1948, 7719302", "Smit, 656541957, DOB …", "Wieringa * 05-09-1962", "Wijnands H
/// / 12.04.42": a family name right before a whole date or a number of seven digits or more, as
/// record lines and labels write them. Not a word in capitals: those are the labels ("BSN", "DOB").
pub(super) fn name_before_details_at(tokens: &[Token], i: usize) -> Option<(Anchored, usize)> {
    let token = &tokens[i];
    let lower = token.lower();
    let name_like = token.capitalised()
        && plain_word(token)
        && token.is_word()
        && token.text.chars().count() >= 3
        && (!is_common(lower) || is_surname(lower))
        && !is_not_a_name(lower)
        && !is_place(lower)
        && !is_month_or_day(lower)
        && !FUNCTION_WORDS.contains(&lower)
        && !NEVER_NAMES.contains(&lower)
        && !trigger_at(tokens, i)
        // Not a record's label ("Patiëntnummer", "Bsn"), not a team's name ("wijkteam Walcheren").
        && !["nummer", "nr", "bsn", "id"].iter().any(|e| lower.ends_with(e))
        && !(i > 0 && tokens[i - 1].lower().ends_with("team"));
    if !name_like || (i > 0 && tokens[i - 1].is_word() && !tokens[i].new_line && tokens[i - 1].capitalised()) {
        return None;
    }
    let mut end = i + 1;
    // The initial of a given name or the letter of someone's sex: "Wijnands H", "DE VRIES, J".
    let mut k = end;
    if tokens.get(k).is_some_and(|t| t.text == ",") && tokens.get(k + 1).is_some_and(|t| t.initial()) {
        k += 1;
    }
    if tokens.get(k).is_some_and(|t| t.initial() && !t.new_line) {
        end = k + 1;
        k += 1;
    }
    if tokens.get(k).is_some_and(|t| matches!(t.text, "," | "|" | "/" | "*" | "–" | "-") && !t.new_line) {
        k += 1;
    }
    let details = tokens.get(k).is_some_and(|t| !t.new_line) && (long_number_at(tokens, k) || whole_date_at(tokens, k));
    if !details {
        return None;
    }
    someone(tokens, i..end, None, lower.to_owned(), None)
}

fn long_number_at(tokens: &[Token], k: usize) -> bool {
    tokens[k].kind == TokenKind::Number && tokens[k].text.len() >= 7
}

/// "14-03-1948", "12.04.42", "05/09/1962": day, month and year as tokens glued by one mark.
fn whole_date_at(tokens: &[Token], k: usize) -> bool {
    let number = |n: usize, len: std::ops::RangeInclusive<usize>| {
        tokens.get(n).is_some_and(|t| t.kind == TokenKind::Number && len.contains(&t.text.len()) && (n == k || !t.gap))
    };
    let mark = tokens.get(k + 1).map(|t| t.text).filter(|m| matches!(*m, "-" | "." | "/"));
    number(k, 1..=2)
        && mark.is_some()
        && number(k + 2, 1..=2)
        && tokens.get(k + 3).is_some_and(|t| Some(t.text) == mark && !t.gap)
        && (number(k + 4, 4..=4) || number(k + 4, 2..=2))
}

/// The tokens `span` read as one person of whom the context says no more, and where reading goes on.
fn someone(
    tokens: &[Token],
    span: std::ops::Range<usize>,
    first: Option<String>,
    surname: String,
    initial: Option<char>,
) -> Option<(Anchored, usize)> {
    let name = Anchored {
        start: tokens[span.start].start,
        end: tokens[span.end - 1].end,
        first,
        surname: Some(surname),
        initial,
        role: Role::Person,
        titled: false,
    };
    Some((name, span.end))
}
