//! Builds the scanner's word lists (crates/story/lexicon/*.fst) from word lists Debian ships:
//! the OpenTaal Dutch list (`wdutch`, BSD or CC BY 3.0) and SCOWL's English lists (`wbritish`,
//! `wamerican`, SCOWL's permissive licence):
//!   apt-get install wdutch wbritish wamerican
//!   cargo run -p leerteam-story --example build_lexicon
//! common.fst: Dutch words written in lower case; proper.fst: single Dutch words written with a
//! capital (people, places, streets); english.fst: English words written in lower case. All are
//! stored lower-cased.

use std::collections::BTreeSet;

const DUTCH: &str = "/usr/share/dict/dutch";
const ENGLISH: &[&str] = &["/usr/share/dict/british-english", "/usr/share/dict/american-english"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (mut common, mut proper, mut english) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for word in words(DUTCH)? {
        let Some(first) = word.chars().next() else { continue };
        if first.is_lowercase() {
            common.insert(word.to_lowercase());
        } else if first.is_uppercase() && word.chars().skip(1).any(char::is_lowercase) {
            proper.insert(word.to_lowercase());
        }
    }
    for list in ENGLISH {
        for word in words(list)? {
            if word.chars().next().is_some_and(char::is_lowercase) && !word.ends_with("'s") {
                english.insert(word.to_lowercase());
            }
        }
    }
    let out = concat!(env!("CARGO_MANIFEST_DIR"), "/lexicon");
    for (name, words) in [("common", &common), ("proper", &proper), ("english", &english)] {
        let set = fst::Set::from_iter(words.iter())?;
        let bytes = set.as_fst().as_bytes();
        std::fs::write(format!("{out}/{name}.fst"), bytes)?;
        println!("{name}.fst: {} words, {} bytes", words.len(), bytes.len());
    }
    Ok(())
}

fn words(path: &str) -> std::io::Result<Vec<String>> {
    let text = std::fs::read_to_string(path)?;
    Ok(text.lines().map(str::trim).filter(|w| !w.is_empty() && !w.contains(' ')).map(str::to_owned).collect())
}
