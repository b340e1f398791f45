//! The short forms people are called by: "Mo" for Mohamed, "Bas" for Sebastiaan, "Lies" for
//! Elisabeth. A participant listed by the full given name is found by its short forms too.
//! Written for Leerteam from general knowledge of Dutch naming.

/// (given name, its short forms), lower case.
const SHORT_FORMS: &[(&str, &[&str])] = &[
    ("mohamed", &["mo", "moh", "momo"]),
    ("mohammed", &["mo", "moh", "momo"]),
    ("muhammad", &["mo", "moh"]),
    ("mohammad", &["mo", "moh"]),
    ("sebastiaan", &["bas", "seb"]),
    ("sebastian", &["bas", "seb"]),
    ("alexander", &["alex", "sander", "lex"]),
    ("alexandra", &["alex", "sandra", "lexie"]),
    ("johannes", &["hans", "johan", "jan"]),
    ("johanna", &["hanna", "jo", "joke", "anneke"]),
    ("elisabeth", &["lies", "els", "liesbeth", "betty", "elise"]),
    ("wilhelmina", &["mien", "wil", "willy", "mina"]),
    ("cornelis", &["kees", "cor"]),
    ("cornelia", &["corrie", "cora", "nel"]),
    ("jacobus", &["koos", "jaap", "co"]),
    ("jacoba", &["coby", "co"]),
    ("hendrik", &["henk", "rik", "henny"]),
    ("hendrika", &["riek", "henny", "rika"]),
    ("gerardus", &["gerard", "gert", "ger"]),
    ("theodorus", &["theo", "ruud"]),
    ("antonius", &["toon", "ton", "anton"]),
    ("wilhelmus", &["wim", "willem", "pim"]),
    ("willem", &["wim", "pim"]),
    ("abraham", &["bram"]),
    ("nicolaas", &["klaas", "niek", "nico"]),
    ("petrus", &["piet", "peter"]),
    ("catharina", &["toos", "tineke", "ina", "karin"]),
    ("margaretha", &["greet", "margriet", "grietje", "marga"]),
    ("geertruida", &["truus", "geertje"]),
    ("maria", &["mies", "marietje", "ria"]),
    ("jozef", &["sjef", "jos"]),
    ("josephine", &["fien", "josje"]),
    ("christiaan", &["chris", "stijn"]),
    ("christina", &["chris", "tina", "stien"]),
    ("benjamin", &["ben", "benji"]),
    ("maximiliaan", &["max"]),
    ("maximilian", &["max"]),
    ("frederik", &["freek", "frits", "fred"]),
    ("dominicus", &["dominique"]),
    ("bartholomeus", &["bart"]),
    ("bartholomeüs", &["bart"]),
    ("lambertus", &["bert"]),
    ("albertus", &["bert", "ab"]),
    ("robertus", &["rob", "robbert"]),
    ("robert", &["rob", "bob"]),
    ("richard", &["rick", "rich"]),
    ("frederique", &["fred"]),
    ("samantha", &["sam"]),
    ("samuel", &["sam", "sammy"]),
    ("thomas", &["tom", "thom"]),
    ("matthijs", &["thijs"]),
    ("mathias", &["thijs", "matt"]),
    ("abdelkader", &["kader"]),
    ("abderrahman", &["abdel"]),
    ("abdellah", &["abdel"]),
    ("abdelhak", &["abdel"]),
    ("fatima", &["faat", "fati"]),
    ("fatma", &["fatos"]),
    ("mustafa", &["musti", "mus"]),
    ("ibrahim", &["ibo"]),
    ("mehmet", &["memo"]),
    ("agnieszka", &["aga", "agnes"]),
    ("katarzyna", &["kasia", "kaska"]),
    ("małgorzata", &["gosia", "małgosia"]),
    ("malgorzata", &["gosia"]),
    ("aleksandra", &["ola", "ala"]),
    ("wojciech", &["wojtek"]),
    ("krzysztof", &["krzys"]),
    ("elizabeth", &["liz", "beth", "betty", "lizzy"]),
    ("william", &["will", "bill", "liam"]),
    ("jennifer", &["jen", "jenny"]),
    ("margaret", &["maggie", "meg", "peggy"]),
    ("catherine", &["cath", "kate", "cathy"]),
    ("katherine", &["kate", "kathy", "katie"]),
    ("jonathan", &["jon", "jonny"]),
    ("nicholas", &["nick", "nico"]),
    ("michael", &["mike", "mick"]),
    ("michiel", &["mich"]),
    ("daniel", &["dan", "danny"]),
    ("daniël", &["dan", "danny"]),
    ("jan-willem", &["jw"]),
    ("jan-peter", &["jp"]),
    ("pieter-jan", &["pj"]),
];

/// The short forms of a given name, none when it has none.
pub(super) fn short_forms(first: &str) -> &'static [&'static str] {
    SHORT_FORMS.iter().find(|(name, _)| *name == first).map_or(&[], |(_, short)| short)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_of_given_names() {
        assert_eq!(short_forms("mohamed"), ["mo", "moh", "momo"]);
        assert!(short_forms("sanne").is_empty());
    }
}
