//! The recovery sheet: a page to print and keep in a drawer, with the vault's recovery key in
//! numbered groups and as a QR code of the same line, what it opens, how to use it (the app, the
//! command line, and the plain `age` tool), and a box to write down who checked it when.

use chrono::{DateTime, Utc};

use crate::document::{Block, Document, Section};
use crate::Lang;

/// The sheet for the key whose full line is `line` (`AGE-SECRET-KEY-1…`), shown in `groups`.
pub fn recovery_sheet(line: &str, groups: &[String], lang: Lang, created: DateTime<Utc>) -> Document {
    let w = words(lang);
    let section = |heading: &str, blocks: Vec<Block>| Section { heading: heading.to_owned(), blocks };
    let paragraph = |text: &str| Block::Paragraph(text.to_owned());
    Document {
        lang,
        kind_of_document: w.document.to_owned(),
        title: w.title.to_owned(),
        facts: vec![(w.made.to_owned(), lang.words().date(created.date_naive()))],
        sections: vec![
            section(
                w.key_heading,
                vec![
                    paragraph(w.key_intro),
                    Block::Label("AGE-SECRET-KEY-1".to_owned()),
                    Block::Code(groups.to_vec()),
                    Block::Qr(line.to_owned()),
                ],
            ),
            section(
                w.use_heading,
                vec![
                    paragraph(w.opens),
                    Block::Bullets(vec![w.use_app.to_owned(), w.use_cli.to_owned(), w.use_age.to_owned()]),
                ],
            ),
            section(
                w.keep_heading,
                vec![
                    Block::Bullets(w.keep.iter().map(|s| (*s).to_owned()).collect()),
                    paragraph(&format!("{} {}", w.checked, w.checked_line)),
                ],
            ),
        ],
    }
}

/// The name a save dialog suggests.
pub fn sheet_file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "leerteam-herstelblad.pdf",
        Lang::En => "leerteam-recovery-sheet.pdf",
    }
}

struct SheetWords {
    document: &'static str,
    title: &'static str,
    made: &'static str,
    key_heading: &'static str,
    key_intro: &'static str,
    opens: &'static str,
    use_heading: &'static str,
    use_app: &'static str,
    use_cli: &'static str,
    use_age: &'static str,
    keep_heading: &'static str,
    keep: [&'static str; 2],
    checked: &'static str,
    checked_line: &'static str,
}

fn words(lang: Lang) -> &'static SheetWords {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

static NL: SheetWords = SheetWords {
    document: "Herstelblad",
    title: "Herstelsleutel van je kluis",
    made: "Gemaakt op",
    key_heading: "De sleutel",
    key_intro: "De herstelsleutel is één regel die begint met AGE-SECRET-KEY-1, hier in groepen van vier \
        tekens en als QR-code. Wie hem heeft, opent de kluis zonder wachtwoordzin.",
    opens: "Hij opent de kluis van Leerteam op deze computer: alle casussen, perspectieven en experimenten. Ook de \
        reservekopieën van de kluis en overdrachtsbestanden die je zelf maakte.",
    use_heading: "Wat hij opent en hoe je hem gebruikt",
    use_app: "In Leerteam: kies bij het openen ‘Wachtwoord vergeten? Gebruik de herstelsleutel’, typ de sleutel \
        over (spaties mogen) of plak hem, en kies een nieuwe wachtwoordzin.",
    use_cli: "Op de opdrachtregel: zet de regel in een bestand en geef `leerteam vault recover MAP \
        --recovery-key BESTAND`.",
    use_age: "Zonder Leerteam, met het openbare programma age: `age --decrypt -i BESTAND -o leerteam.sqlite \
        MAP/vault.age` geeft de database (zie de README).",
    keep_heading: "Bewaren en controleren",
    keep: [
        "Bewaar dit blad op een veilige plek, zoals een afgesloten la of kluis, niet bij de computer.",
        "Maak er geen foto of scan van en zet het niet in een e-mail of cloud. Maak je een nieuwe \
         herstelsleutel, dan werkt dit blad niet meer: vernietig het dan.",
    ],
    checked: "Controleer het blad direct na het afdrukken: Leerteam vraagt om een paar groepen.",
    checked_line: "Gecontroleerd op ____________________ door ______________________________",
};

static EN: SheetWords = SheetWords {
    document: "Recovery sheet",
    title: "Recovery key of your vault",
    made: "Made on",
    key_heading: "The key",
    key_intro: "The recovery key is one line starting with AGE-SECRET-KEY-1, here in groups of four \
        characters and as a QR code. Whoever has it opens the vault without its passphrase.",
    opens:
        "It opens Leerteam's vault on this computer: every case, perspective and experiment. Also the vault's backups \
        and the hand-over files you made yourself.",
    use_heading: "What it opens and how to use it",
    use_app: "In Leerteam: when opening, choose “Forgot the passphrase? Use the recovery key”, type the key \
        (spaces are fine) or paste it, and choose a new passphrase.",
    use_cli: "On the command line: put the line in a file and run `leerteam vault recover FOLDER \
        --recovery-key FILE`.",
    use_age: "Without Leerteam, with the public tool age: `age --decrypt -i FILE -o leerteam.sqlite \
        FOLDER/vault.age` gives the database (see the README).",
    keep_heading: "Keeping and checking it",
    keep: [
        "Keep this sheet in a safe place, such as a locked drawer or safe, not with the computer.",
        "Do not photograph or scan it, and do not put it in an e-mail or a cloud. If you make a new \
         recovery key, this sheet stops working: destroy it then.",
    ],
    checked: "Check the sheet right after printing: Leerteam asks for a few groups.",
    checked_line: "Checked on ____________________ by ______________________________",
};
