//! The titles and role words a name follows ("mevr.", "dokter", "de dochter van"), with what
//! each says of the person and how sure it is.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::tokens::Token;
use super::Role;

/// How sure the word before makes us that a name follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Strength {
    /// A form of address ("mevr.", "de heer", "Mr"): whatever follows is a name.
    Address,
    /// A role word ("collega", "dokter", "de dochter"): a name follows if it looks like one.
    Role,
    /// The word itself was judged a name already (a known given name, a name-like word).
    Sure,
}

pub(super) struct Trigger {
    pub(super) words: &'static [&'static str],
    pub(super) role: Role,
    pub(super) strength: Strength,
    /// An abbreviation may be followed by its full stop; after a whole word a full stop ends the
    /// sentence ("… bij deze meneer. Rond twee uur …").
    pub(super) abbreviation: bool,
}

pub(super) const fn t(words: &'static [&'static str], role: Role, strength: Strength, abbreviation: bool) -> Trigger {
    Trigger { words, role, strength, abbreviation }
}

use Role::{Colleague, Patient, Person as Anyone, Relative};
use Strength::{Address, Role as RoleWord};

/// Titles, forms of address and role words, lower case, longest first where one starts another.
pub(super) const TRIGGERS: &[Trigger] = &[
    t(&["de", "heer"], Anyone, Address, false),
    t(&["dhr"], Anyone, Address, true),
    t(&["hr"], Anyone, Address, true),
    t(&["mevr"], Anyone, Address, true),
    t(&["mw"], Anyone, Address, true),
    t(&["mej"], Anyone, Address, true),
    t(&["mevrouw"], Anyone, Address, false),
    t(&["meneer"], Anyone, Address, false),
    t(&["mijnheer"], Anyone, Address, false),
    t(&["mr"], Anyone, Address, true),
    t(&["mrs"], Anyone, Address, true),
    t(&["ms"], Anyone, Address, true),
    t(&["miss"], Anyone, Address, false),
    t(&["dr"], Colleague, Address, true),
    t(&["drs"], Anyone, Address, true),
    t(&["prof"], Colleague, Address, true),
    t(&["ir"], Anyone, Address, true),
    t(&["zr"], Colleague, Address, true),
    t(&["br"], Colleague, RoleWord, true),
    t(&["dokter"], Colleague, RoleWord, false),
    t(&["zuster"], Colleague, RoleWord, false),
    t(&["broeder"], Colleague, RoleWord, false),
    t(&["collega"], Colleague, RoleWord, false),
    t(&["collega's"], Colleague, RoleWord, false),
    t(&["arts"], Colleague, RoleWord, false),
    t(&["verpleegkundige"], Colleague, RoleWord, false),
    t(&["vpk"], Colleague, RoleWord, true),
    t(&["apotheker"], Colleague, RoleWord, false),
    t(&["huisarts"], Colleague, RoleWord, false),
    t(&["verpleegkundig", "specialist"], Colleague, RoleWord, false),
    t(&["specialist"], Colleague, RoleWord, false),
    t(&["chirurg"], Colleague, RoleWord, false),
    t(&["anesthesist"], Colleague, RoleWord, false),
    t(&["coördinator"], Colleague, RoleWord, false),
    t(&["nachtcoördinator"], Colleague, RoleWord, false),
    t(&["anesthesioloog"], Colleague, RoleWord, false),
    t(&["laborant"], Colleague, RoleWord, false),
    t(&["psycholoog"], Colleague, RoleWord, false),
    t(&["poortarts"], Colleague, RoleWord, false),
    t(&["oogarts"], Colleague, RoleWord, false),
    t(&["reumatoloog"], Colleague, RoleWord, false),
    t(&["internist"], Colleague, RoleWord, false),
    t(&["cardioloog"], Colleague, RoleWord, false),
    t(&["neuroloog"], Colleague, RoleWord, false),
    t(&["longarts"], Colleague, RoleWord, false),
    t(&["geriater"], Colleague, RoleWord, false),
    t(&["psychiater"], Colleague, RoleWord, false),
    t(&["intensivist"], Colleague, RoleWord, false),
    t(&["assistent"], Colleague, RoleWord, false),
    t(&["coassistent"], Colleague, RoleWord, false),
    t(&["coass"], Colleague, RoleWord, true),
    t(&["aios"], Colleague, RoleWord, false),
    t(&["anios"], Colleague, RoleWord, false),
    t(&["fysiotherapeut"], Colleague, RoleWord, false),
    t(&["teamleider"], Colleague, RoleWord, false),
    t(&["leidinggevende"], Colleague, RoleWord, false),
    t(&["afdelingshoofd"], Colleague, RoleWord, false),
    t(&["manager"], Colleague, RoleWord, false),
    t(&["secretaresse"], Colleague, RoleWord, false),
    t(&["agent"], Anyone, RoleWord, false),
    t(&["politieagent"], Anyone, RoleWord, false),
    t(&["tolk"], Colleague, RoleWord, false),
    t(&["stagiaire"], Colleague, RoleWord, false),
    t(&["student"], Colleague, RoleWord, false),
    t(&["diëtist"], Colleague, RoleWord, false),
    t(&["logopedist"], Colleague, RoleWord, false),
    t(&["ergotherapeut"], Colleague, RoleWord, false),
    t(&["verloskundige"], Colleague, RoleWord, false),
    t(&["ambulanceverpleegkundige"], Colleague, RoleWord, false),
    t(&["ambulancemedewerker"], Colleague, RoleWord, false),
    t(&["triagist"], Colleague, RoleWord, false),
    t(&["doktersassistente"], Colleague, RoleWord, false),
    t(&["apothekersassistent"], Colleague, RoleWord, false),
    t(&["ziekenhuisapotheker"], Colleague, RoleWord, false),
    t(&["radioloog"], Colleague, RoleWord, false),
    t(&["uroloog"], Colleague, RoleWord, false),
    t(&["gynaecoloog"], Colleague, RoleWord, false),
    t(&["kinderarts"], Colleague, RoleWord, false),
    t(&["orthopeed"], Colleague, RoleWord, false),
    t(&["dermatoloog"], Colleague, RoleWord, false),
    t(&["oncoloog"], Colleague, RoleWord, false),
    t(&["nefroloog"], Colleague, RoleWord, false),
    t(&["mdl-arts"], Colleague, RoleWord, false),
    t(&["spoedarts"], Colleague, RoleWord, false),
    t(&["achterwacht"], Colleague, RoleWord, false),
    t(&["voorwacht"], Colleague, RoleWord, false),
    t(&["dienstdoende"], Colleague, RoleWord, false),
    t(&["supervisor"], Colleague, RoleWord, false),
    t(&["pastor"], Colleague, RoleWord, false),
    t(&["pastoor"], Colleague, RoleWord, false),
    t(&["dominee"], Colleague, RoleWord, false),
    t(&["imam"], Colleague, RoleWord, false),
    t(&["vrijwilliger"], Colleague, RoleWord, false),
    t(&["mentor"], Colleague, RoleWord, false),
    t(&["coach"], Colleague, RoleWord, false),
    t(&["teamcoach"], Colleague, RoleWord, false),
    t(&["kwaliteitsadviseur"], Colleague, RoleWord, false),
    t(&["medewerker"], Colleague, RoleWord, false),
    t(&["schoonmaker"], Colleague, RoleWord, false),
    t(&["schoonmaakster"], Colleague, RoleWord, false),
    t(&["zaalarts"], Colleague, RoleWord, false),
    t(&["portier"], Colleague, RoleWord, false),
    t(&["nachtportier"], Colleague, RoleWord, false),
    t(&["beveiliger"], Colleague, RoleWord, false),
    t(&["receptioniste"], Colleague, RoleWord, false),
    t(&["fysio"], Colleague, RoleWord, false),
    t(&["analist"], Colleague, RoleWord, false),
    t(&["labanalist"], Colleague, RoleWord, false),
    t(&["verzorgende"], Colleague, RoleWord, false),
    t(&["helpende"], Colleague, RoleWord, false),
    t(&["kraamverzorgende"], Colleague, RoleWord, false),
    t(&["wijkverpleegkundige"], Colleague, RoleWord, false),
    t(&["praktijkondersteuner"], Colleague, RoleWord, false),
    t(&["opa"], Relative, RoleWord, false),
    t(&["oma"], Relative, RoleWord, false),
    t(&["kleinkind"], Relative, RoleWord, false),
    t(&["zwager"], Relative, RoleWord, false),
    t(&["schoonzus"], Relative, RoleWord, false),
    t(&["schoonmoeder"], Relative, RoleWord, false),
    t(&["schoonvader"], Relative, RoleWord, false),
    t(&["stiefzoon"], Relative, RoleWord, false),
    t(&["stiefdochter"], Relative, RoleWord, false),
    t(&["familielid"], Relative, RoleWord, false),
    t(&["contactpersoon"], Relative, RoleWord, false),
    t(&["nurse"], Colleague, RoleWord, false),
    t(&["doctor"], Colleague, RoleWord, false),
    t(&["colleague"], Colleague, RoleWord, false),
    t(&["pharmacist"], Colleague, RoleWord, false),
    t(&["midwife"], Colleague, RoleWord, false),
    t(&["paramedic"], Colleague, RoleWord, false),
    t(&["interpreter"], Colleague, RoleWord, false),
    t(&["officer"], Anyone, RoleWord, false),
    t(&["sergeant"], Anyone, RoleWord, false),
    t(&["uncle"], Relative, RoleWord, false),
    t(&["aunt"], Relative, RoleWord, false),
    t(&["cousin"], Relative, RoleWord, false),
    t(&["nephew"], Relative, RoleWord, false),
    t(&["niece"], Relative, RoleWord, false),
    t(&["grandmother"], Relative, RoleWord, false),
    t(&["grandfather"], Relative, RoleWord, false),
    t(&["carer"], Relative, RoleWord, false),
    t(&["gp"], Colleague, RoleWord, false),
    t(&["surgeon"], Colleague, RoleWord, false),
    t(&["resident"], Colleague, RoleWord, false),
    t(&["registrar"], Colleague, RoleWord, false),
    t(&["consultant"], Colleague, RoleWord, false),
    t(&["physician"], Colleague, RoleWord, false),
    t(&["patiënt"], Patient, RoleWord, false),
    t(&["patiënte"], Patient, RoleWord, false),
    t(&["patient"], Patient, RoleWord, false),
    t(&["pt"], Patient, RoleWord, true),
    t(&["cliënt"], Patient, RoleWord, false),
    t(&["client"], Patient, RoleWord, false),
    t(&["bewoner"], Patient, RoleWord, false),
    t(&["bewoonster"], Patient, RoleWord, false),
    t(&["dochter"], Relative, RoleWord, false),
    t(&["zoon"], Relative, RoleWord, false),
    t(&["echtgenote"], Relative, RoleWord, false),
    t(&["echtgenoot"], Relative, RoleWord, false),
    t(&["moeder"], Relative, RoleWord, false),
    t(&["vader"], Relative, RoleWord, false),
    t(&["broer"], Relative, RoleWord, false),
    t(&["zus"], Relative, RoleWord, false),
    t(&["kleinzoon"], Relative, RoleWord, false),
    t(&["kleindochter"], Relative, RoleWord, false),
    t(&["schoonzoon"], Relative, RoleWord, false),
    t(&["schoondochter"], Relative, RoleWord, false),
    t(&["neef"], Relative, RoleWord, false),
    t(&["nicht"], Relative, RoleWord, false),
    t(&["oom"], Relative, RoleWord, false),
    t(&["tante"], Relative, RoleWord, false),
    t(&["buurman"], Relative, RoleWord, false),
    t(&["buurvrouw"], Relative, RoleWord, false),
    t(&["mantelzorger"], Relative, RoleWord, false),
    t(&["fam"], Relative, Address, true),
    t(&["familie"], Relative, RoleWord, false),
    t(&["family"], Relative, RoleWord, false),
    t(&["facilitator"], Colleague, RoleWord, false),
    t(&["matron"], Colleague, RoleWord, false),
    t(&["leerling"], Colleague, RoleWord, false),
    t(&["nachthoofd"], Colleague, RoleWord, false),
    t(&["stagiair"], Colleague, RoleWord, false),
    t(&["daughter"], Relative, RoleWord, false),
    t(&["son"], Relative, RoleWord, false),
    t(&["wife"], Relative, RoleWord, false),
    t(&["husband"], Relative, RoleWord, false),
    t(&["mother"], Relative, RoleWord, false),
    t(&["father"], Relative, RoleWord, false),
    t(&["brother"], Relative, RoleWord, false),
    t(&["sister"], Relative, RoleWord, false),
    t(&["grandson"], Relative, RoleWord, false),
    t(&["granddaughter"], Relative, RoleWord, false),
    t(&["neighbour"], Relative, RoleWord, false),
    t(&["neighbor"], Relative, RoleWord, false),
    t(&["partner"], Relative, RoleWord, false),
];

/// The triggers by their first and by their last word, each in the table's order: the rules look
/// up the words at hand instead of trying every trigger at every token.
static BY_FIRST: LazyLock<HashMap<&'static str, Vec<&'static Trigger>>> = LazyLock::new(|| index(|t| t.words[0]));
static BY_LAST: LazyLock<HashMap<&'static str, Vec<&'static Trigger>>> =
    LazyLock::new(|| index(|t| t.words[t.words.len() - 1]));

fn index(word: fn(&Trigger) -> &'static str) -> HashMap<&'static str, Vec<&'static Trigger>> {
    let mut by_word: HashMap<&'static str, Vec<&'static Trigger>> = HashMap::new();
    for trigger in TRIGGERS {
        by_word.entry(word(trigger)).or_default().push(trigger);
    }
    by_word
}

/// The triggers whose words start at token `at`, in the table's order.
pub(super) fn triggers_at<'t>(tokens: &'t [Token], at: usize) -> impl Iterator<Item = &'static Trigger> + 't {
    let first = tokens.get(at).filter(|t| t.is_word()).and_then(|t| BY_FIRST.get(t.lower()));
    first.into_iter().flatten().copied().filter(move |trigger| {
        let n = trigger.words.len();
        at + n <= tokens.len()
            && trigger.words.iter().zip(&tokens[at..at + n]).all(|(w, t)| t.is_word() && t.lower() == *w)
    })
}

/// The trigger that ends just before token `at`, if any, and where it starts.
pub(super) fn trigger_before(tokens: &[Token], at: usize) -> Option<(&'static Trigger, usize)> {
    let mut end = at;
    let dotted = end > 0 && tokens[end - 1].text == "." && !tokens[end - 1].gap;
    if dotted {
        end -= 1;
    }
    let last = end.checked_sub(1).filter(|&k| tokens[k].is_word()).and_then(|k| BY_LAST.get(tokens[k].lower()))?;
    last.iter().copied().find_map(|trigger| {
        let n = trigger.words.len();
        if end < n || (dotted && !trigger.abbreviation) {
            return None;
        }
        let matches = trigger.words.iter().zip(&tokens[end - n..end]).all(|(w, t)| t.is_word() && t.lower() == *w);
        matches.then_some((trigger, end - n))
    })
}

pub(super) fn titled_before(tokens: &[Token], at: usize) -> bool {
    at > 0 && trigger_before(tokens, at).is_some()
}

/// A title or role word starts at token `at`.
pub(super) fn trigger_at(tokens: &[Token], at: usize) -> bool {
    triggers_at(tokens, at).next().is_some()
}

/// A form of address or title starts at token `at` ("dr." after "Prof."); "Mevrouw Arts" is a name.
pub(super) fn address_at(tokens: &[Token], at: usize) -> bool {
    triggers_at(tokens, at).any(|t| t.strength == Strength::Address)
}
