//! The people module's own tests: who is found, and the pseudonym every mention gets.

use super::words::*;
use super::*;

fn replaced(text: &str, participants: &[(&str, &str)]) -> String {
    let participants: Vec<(String, String)> =
        participants.iter().map(|(n, p)| (n.to_string(), p.to_string())).collect();
    let people = People::find([text], &participants, Lang::Nl);
    let mut out = String::new();
    let mut from = 0;
    for m in people.mentions(text) {
        out.push_str(&text[from..m.start]);
        out.push_str(&m.replacement);
        from = m.end;
    }
    out.push_str(&text[from..]);
    out
}

#[test]
fn a_patient_who_shares_a_family_name_with_a_participant_is_someone_else() {
    let text = "Mevr. de Wit viel 's nachts. Haar dochter Ingrid de Wit vond haar. Ingrid belde; de Wit was verward.";
    assert_eq!(
        replaced(text, &[("Ingrid de Wit", "Naaste A")]),
        "Mevr. B viel 's nachts. Haar dochter Naaste A vond haar. Naaste A belde; Persoon B was verward."
    );
}

#[test]
fn names_after_titles_roles_and_initials_and_again_without_them() {
    let text = "Dhr. Bakker kreeg 5 mg. Dokter Visser belde G. Hendriks; Bakker sliep. Daarna kwam Sanne.";
    assert_eq!(
        replaced(text, &[]),
        "Dhr. A kreeg 5 mg. Dokter B belde Persoon C; Persoon A sliep. Daarna kwam Persoon D."
    );
}

#[test]
fn letters_of_participants_without_a_name_are_taken_too() {
    assert_eq!(replaced("Mevr. Jansen viel.", &[("", "Verpleegkundige A"), ("", "Arts B")]), "Mevr. C viel.");
}

#[test]
fn names_the_reviewer_found_leaking() {
    let with = |text: &str, participants: &[(&str, &str)]| replaced(text, participants);
    // A given name that ends like a medicine, a family name that is a role word, capitals.
    assert_eq!(with("Soufiane belde de arts.", &[]), "Persoon A belde de arts.");
    assert_eq!(with("Mevrouw Arts belde.", &[]), "Mevrouw A belde.");
    assert_eq!(with("Dhr. JANSEN kreeg 5 mg.", &[]), "Dhr. A kreeg 5 mg.");
    // The rest of a double name that was not known yet; the daughter is someone else.
    assert_eq!(
        with("Mevr. Jansen viel. Jansen-Bakker, haar dochter, belde.", &[]),
        "Mevr. A viel. Persoon B, haar dochter, belde."
    );
    // A participant's double given name, in capitals or not.
    assert_eq!(
        with("Xiu-Mei belde; xiu-mei kwam.", &[("Xiu-Mei Chen", "Verpleegkundige A")]),
        "Verpleegkundige A belde; Verpleegkundige A kwam."
    );
    // Two people with one family name and other initials; "huis" is no possessive.
    assert_eq!(with("G. Bakker belde P. Bakker.", &[]), "Persoon A belde Persoon B.");
    assert_eq!(with("Mevr. Hui ging naar huis.", &[]), "Mevr. A ging naar huis.");
}

#[test]
fn a_role_in_brackets_or_after_a_comma_says_a_word_is_someone() {
    // In lower case, a family name that is a word, and a town's name after its particle.
    assert_eq!(replaced("groen (anios) werd om 03:00 gebeld.", &[]), "Persoon A (anios) werd om 03:00 gebeld.");
    assert_eq!(replaced("van Beek (fysio) zegt dat het gaat.", &[]), "Persoon A (fysio) zegt dat het gaat.");
    assert_eq!(replaced("Zwart (dienstdoend internist) was weg.", &[]), "Persoon A (dienstdoend internist) was weg.");
    assert_eq!(replaced("Hoogeveen, de huisarts, faxte de lijst.", &[]), "Persoon A, de huisarts, faxte de lijst.");
    assert_eq!(replaced("dos Santos, de zoon, belt elke avond.", &[]), "Persoon A, de zoon, belt elke avond.");
    // A role made on a role word, one word before a role, capitalised particles, a preposition.
    assert_eq!(replaced("Van der Meer, de nachtarts, was weg.", &[]), "Persoon A, de nachtarts, was weg.");
    assert_eq!(replaced("Storm, the agency nurse, left.", &[]), "Persoon A, the agency nurse, left.");
    assert_eq!(replaced("Overleg bij De Graaf-Bakker, de teamleider.", &[]), "Overleg bij Persoon A, de teamleider.");
    assert_eq!(replaced("Kerstavond, twee vpk en een leerling.", &[]), "Kerstavond, twee vpk en een leerling.");
    assert_eq!(replaced("bij Basalt, de familie twijfelde.", &[]), "bij Basalt, de familie twijfelde.");
    // Not a word that only looks like one in front of a bracket.
    assert_eq!(replaced("medicatie (arts) nagekeken.", &[]), "medicatie (arts) nagekeken.");
    assert_eq!(replaced("Pt komt uit Hoogeveen (arts weet ervan).", &[]), "Pt komt uit Hoogeveen (arts weet ervan).");
}

#[test]
fn a_participant_written_in_lower_case_where_a_note_names_people() {
    let team = [("Sara Bouchta", "Verpleegkundige A"), ("Bas Lie", "Arts B")];
    assert_eq!(
        replaced("met: sara, bas lie (fac.)\n- actie: sara zoekt het uit", &team),
        "met: Verpleegkundige A, Arts B (fac.)\n- actie: Verpleegkundige A zoekt het uit"
    );
    // The same words as words stay: a bass and a lie are nobody.
    assert_eq!(replaced("de bas was een lie", &team), "de bas was een lie");
    // A participant's possessive glued on in lower case, before a noun.
    let team = [("Serkan Demir", "Verpleegkundige A")];
    assert_eq!(replaced("- serkans beeld: te laat", &team), "- Verpleegkundige A beeld: te laat");
    assert_eq!(
        replaced("gegeven door Jelmer W. zonder paraaf; son Yemane arrived", &[]),
        "gegeven door Persoon A zonder paraaf; son B arrived"
    );
}

#[test]
fn initials_in_lower_case_but_not_the_abbreviations_of_notes() {
    assert_eq!(
        replaced("volgens h.j. de groot en m.j. koster; jp vd berg kwam; G.J. v.d. Linden belde", &[]),
        "volgens Persoon A en Persoon B; Persoon C kwam; Persoon D belde"
    );
    let note = "i.p.v. de pomp z.s.m. bellen, o.a. de arts, p.o. paracetamol, m.b.t. de dosis";
    assert_eq!(replaced(note, &[]), note);
}

#[test]
fn a_list_of_family_names_that_acts_or_follows_a_preposition() {
    assert_eq!(
        replaced("visser, bakker en de groot hebben gewerkt. Overleg met mulder, smit en de wit.", &[]),
        "Persoon A, Persoon B en Persoon C hebben gewerkt. Overleg met Persoon D, Persoon E en Persoon F."
    );
    // Colours, food and a comma between two phrases are no list of people.
    let clean = "met groen en rood gemarkeerd, met suiker en melk; door de dienstapotheker, polscheck op de lijst";
    assert_eq!(replaced(clean, &[]), clean);
}

#[test]
fn a_family_name_that_is_a_word_after_words_only_a_person_follows() {
    assert_eq!(
        replaced("volgens kok was het 10 ml; samen met winter uitgezet; gevonden door smit; spoke to de Vries", &[]),
        "volgens Persoon A was het 10 ml; samen met Persoon B uitgezet; gevonden door Persoon C; spoke to Persoon D"
    );
    // Not what a record says, nor a storm's damage.
    let clean = "volgens de toedienregistratie; samen met de ontbijtronde; door storm beschadigd";
    assert_eq!(replaced(clean, &[]), clean);
}

#[test]
fn a_family_name_that_is_a_word_before_a_noun_is_the_word() {
    let team = [("Marieke de Wit", "Teamleider A"), ("Femke Bos", "Verpleegkundige B")];
    assert_eq!(
        replaced("Wit brood gegeven. Bos bloemen weggehaald.", &team),
        "Wit brood gegeven. Bos bloemen weggehaald."
    );
    assert_eq!(
        replaced("Wit belde. Bos zorgt voor de lijst. Wits reactie kwam later.", &team),
        "Teamleider A belde. Verpleegkundige B zorgt voor de lijst. Teamleider A reactie kwam later."
    );
    // A role word after a role word is the role; a verb after a form of address is no name.
    assert_eq!(replaced("De Dienstdoende Arts kwam laat.", &[]), "De Dienstdoende Arts kwam laat.");
    assert_eq!(replaced("mevrouw wil hem niet af", &[]), "mevrouw wil hem niet af");
}

#[test]
fn given_names_in_lower_case_after_speaking_or_beside_a_name() {
    assert_eq!(
        replaced("zei tom nog. kim en mark (vpk) hadden dienst. kees reed eerst.", &[]),
        "zei Persoon A nog. Persoon B en Persoon C (vpk) hadden dienst. Persoon D reed eerst."
    );
    assert_eq!(replaced("zei de arts; kaas en brood.", &[]), "zei de arts; kaas en brood.");
}

#[test]
fn names_written_family_name_first_and_initials_alone() {
    assert_eq!(
        replaced("Rooster: Wiersma, Geartsje; van 't Veld, M.; Lam, T.K. (agency)", &[]),
        "Rooster: Persoon A; Persoon B; Persoon C (agency)"
    );
    assert_eq!(replaced("naam Boateng-Kuipers, mw. A., geb. 1951", &[]), "naam Persoon A, geb. 1951");
    assert_eq!(
        replaced("S.E. opende de sessie.\nActie: W.K. en M.N. maken een lijst", &[]),
        "Persoon A opende de sessie.\nActie: Persoon B en Persoon C maken een lijst"
    );
    // Places, a time of day and the abbreviations of notes are no one.
    let clean = "Schiedam, Vlaardingen; Daarna, om 10:00; N.B. de lijst; D.O.B.: 1949\nNaamband: 7719302";
    assert_eq!(replaced(clean, &[]), clean);
}

#[test]
fn every_town_in_a_list_is_a_place_but_after_a_particle_a_family() {
    assert_eq!(
        replaced("woonplaatsen op de lijst: Ulrum, Zoutkamp, Warffum en Usquert.", &[]),
        "woonplaatsen op de lijst: Ulrum, Zoutkamp, Warffum en Usquert."
    );
    assert_eq!(replaced("Van den Broek en Hoek waren er.", &[]), "Persoon A en Persoon B waren er.");
}

#[test]
fn the_word_tables_list_each_word_once() {
    for table in [PERSON_VERBS, NEVER_NAMES, NOT_BEFORE_NAMES, FUNCTION_WORDS, WORDS_TOO] {
        let mut words = table.to_vec();
        words.sort_unstable();
        let before = words.len();
        words.dedup();
        assert_eq!(before, words.len(), "a word twice in {table:?}");
    }
}

#[test]
fn a_full_stop_after_a_whole_title_ends_the_sentence() {
    let text = "Het ging mis bij deze meneer. Rond twee uur kwam de arts.";
    assert_eq!(replaced(text, &[]), text);
}

#[test]
fn given_names_of_many_origins_and_names_that_are_things() {
    // Known from the broad lists, where they are no word: a Polish, a Chinese given name.
    assert_eq!(replaced("Agnieszka kende de pomp niet.", &[]), "Persoon A kende de pomp niet.");
    assert_eq!(replaced("De dochter (Huong) belde.", &[]), "De dochter (A) belde.");
    // A Vietnamese name with its middle name Văn, before a role in brackets.
    assert_eq!(replaced("Nguyen Van Minh (zoon) was er.", &[]), "Persoon A (zoon) was er.");
    // A name joined to an ordinary word, or before a word for a building, is a thing.
    for clean in
        ["Hema-kaarten voor de bewoners.", "Florence Nightingale-paviljoen is dicht.", "De Groote Kerk was vol."]
    {
        assert_eq!(replaced(clean, &[]), clean);
    }
    // The lists say nothing of a word that is a place or an ordinary word.
    assert_eq!(replaced("Zijn broer woont in Poland.", &[]), "Zijn broer woont in Poland.");
}

#[test]
fn names_in_lower_case_before_a_speakers_colon_and_participants_in_a_line_of_actions() {
    // A family name the lists know and that is no word needs only the line's shape.
    assert_eq!(replaced("- kowalski: the bed alarm was off", &[]), "- Persoon A: the bed alarm was off");
    // One that is a word, only in a note of who said what.
    let note = "- de haan: team was onderbezet\n- smit: er was 1 verzorgende";
    assert_eq!(replaced(note, &[]), "- Persoon A: team was onderbezet\n- Persoon B: er was 1 verzorgende");
    assert_eq!(replaced("- smit: er was 1 verzorgende", &[]), "- smit: er was 1 verzorgende");
    // Label words stay, in such a note too.
    let labels = "- medicatie: niet gegeven\n- actie: bellen\n- aanw: allen";
    assert_eq!(replaced(labels, &[]), labels);
    // Participants whose names are words: speaking, in a line of actions, beside another one.
    let team = [("Bas Kok", "Fysiotherapeut D"), ("Kim de Haan", "Teamleider C"), ("Eva Winter", "Vpk A")];
    assert_eq!(replaced("- winter: bel was stuk", &team), "- Vpk A: bel was stuk");
    assert_eq!(replaced("actie: winter en kim bellen", &team), "actie: Vpk A en Teamleider C bellen");
    assert_eq!(replaced("kim en bas waren er allebei", &team), "Teamleider C en Fysiotherapeut D waren er allebei");
    assert_eq!(replaced("de bas van de muziek", &team), "de bas van de muziek");
}

#[test]
fn initials_with_the_letters_of_their_particles_and_a_family_names_initial() {
    assert_eq!(replaced("overleg met H.v.d.M. om 10:30", &[]), "overleg met Persoon A om 10:30");
    assert_eq!(replaced("aanwezig: E.t.H., T.Ç.", &[]), "aanwezig: Persoon A, Persoon B");
    assert_eq!(replaced("Kim de H. wil de casus", &[]), "Persoon A wil de casus");
    assert_eq!(replaced("K. de H. was niet bereikbaar", &[]), "Persoon A was niet bereikbaar");
    assert_eq!(replaced("O. Ben Said (arts-assistent) kwam", &[]), "Persoon A (arts-assistent) kwam");
    assert_eq!(replaced("mw. Moreira Lopes at niet", &[]), "mw. A at niet");
    // Abbreviations end in lower case, or are the plan of the team.
    for clean in ["n.v.t. voor deze pt", "N.v.t.", "zie het P.v.A. van maandag"] {
        assert_eq!(replaced(clean, &[]), clean);
    }
}

#[test]
fn things_and_roles_that_read_like_names() {
    for clean in [
        "Storm- en waterschade in de kelder.",
        "Er waren twee EVV'ers aanwezig.",
        "Bed 4 on Rembrandt ward had no call bell.",
        "Verpleegkundig Specialist, Psychiater en Ouderengeneeskundige waren niet bereikbaar.",
        "Winter is altijd zwaar op deze afdeling.",
        "Zomer: extra drinkrondes om 10:00.",
        "de Anne Frankschool belde over de kleinzoon",
    ] {
        assert_eq!(replaced(clean, &[]), clean);
    }
    assert_eq!(replaced("Patient's son, Daniel Okafor, called.", &[]), "Patient's son, A, called.");
    // A season that does what only people do is someone.
    assert_eq!(
        replaced("Winter wilde eerst de uitslag afwachten.", &[]),
        "Persoon A wilde eerst de uitslag afwachten."
    );
}

#[test]
fn names_led_by_particles_after_a_cue_or_a_label_and_the_family_of_a_name() {
    assert_eq!(replaced("Van Dongen zag het lab pas om 08:00.", &[]), "Persoon A zag het lab pas om 08:00.");
    assert_eq!(replaced("al eerder gemeld door Van der Zee", &[]), "al eerder gemeld door Persoon A");
    assert_eq!(replaced("Patient: Bakker, Johanna - DOB", &[]), "Patient: A - DOB");
    assert_eq!(replaced("Familie van Dijk wil dat pa thuis overlijdt.", &[]), "Familie A wil dat pa thuis overlijdt.");
    // The article before a role, a service or a word is no particle.
    for clean in ["De Regieverpleegkundige heeft het plan aangepast.", "Overleg met de Huisartsenpost duurde lang."] {
        assert_eq!(replaced(clean, &[]), clean);
    }
}

#[test]
fn houses_care_homes_anatomy_and_eponyms_hold_nobody() {
    for clean in [
        "Huis Van Gogh en huis Vermeer delen een verpleegkundige.",
        "Binnen 10 minuten zochten alle collega's van de Vijverhof mee.",
        "De Pieter Bruegelzaal werd gebruikt voor de familieavond.",
        "CVC in de v. jugularis, echogeleid; arterielijn in de a. radialis.",
        "De Nachtcoördinator belde de dienst.",
        "Hoehn en Yahr stadium 4, positieve Babinski rechts.",
    ] {
        assert_eq!(replaced(clean, &[]), clean);
    }
    // The family name Kerkhof is no care home.
    assert_eq!(replaced("Jan Kerkhof belde om 04:00.", &[]), "Persoon A belde om 04:00.");
}

#[test]
fn a_family_name_right_before_a_date_of_birth_or_a_long_number() {
    assert_eq!(replaced("Jansen, 14-03-1948, 7719302", &[]), "Persoon A, 14-03-1948, 7719302");
    assert_eq!(replaced("Wieringa * 05-09-1962, opname 1-12", &[]), "Persoon A * 05-09-1962, opname 1-12");
    assert_eq!(replaced("Patient details: Smit, 656541957, DOB", &[]), "Patient details: Persoon A, 656541957, DOB");
    // Labels and places before a number are no names.
    for clean in ["BSN 162146115 en Patiëntnummer 5502317", "Zwolle, 12-11-2026", "Kamer 12, bed 4"] {
        assert_eq!(replaced(clean, &[]), clean);
    }
}

#[test]
fn a_participant_by_the_short_form_of_the_given_name() {
    let team = [("Mohamed El Khatib", "Arts-assistent B"), ("Daniel Visser", "Vpk A")];
    assert_eq!(
        replaced("- mo: akkoord, maar de overdracht was rommelig", &team),
        "- Arts-assistent B: akkoord, maar de overdracht was rommelig"
    );
    // A short form that is a word stays the word.
    assert_eq!(replaced("dan belde ze de arts", &team), "dan belde ze de arts");
}
