//! Builds the scanner's word lists (crates/story/lexicon/*.fst) from the OpenTaal Dutch word list as
//! Debian ships it (`apt-get install wdutch`: /usr/share/dict/dutch, BSD or CC BY 3.0):
//!   cargo run -p leerteam-story --example build_lexicon [-- /usr/share/dict/dutch]
//! common.fst holds the words written in lower case (ordinary words, lower-cased); proper.fst the
//! single words written with a capital (names of people, places, streets), lower-cased too.

use std::collections::BTreeSet;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let source = std::env::args().nth(1).unwrap_or_else(|| "/usr/share/dict/dutch".into());
    let list = std::fs::read_to_string(&source)?;
    let (mut common, mut proper) = (BTreeSet::new(), BTreeSet::new());
    for word in list.lines().map(str::trim).filter(|w| !w.is_empty() && !w.contains(' ')) {
        let Some(first) = word.chars().next() else { continue };
        if first.is_lowercase() {
            common.insert(word.to_lowercase());
        } else if first.is_uppercase() && word.chars().skip(1).any(char::is_lowercase) {
            proper.insert(word.to_lowercase());
        }
    }
    let out = concat!(env!("CARGO_MANIFEST_DIR"), "/lexicon");
    for (name, words) in [("common", &common), ("proper", &proper)] {
        let set = fst::Set::from_iter(words.iter())?;
        let bytes = set.as_fst().as_bytes();
        std::fs::write(format!("{out}/{name}.fst"), bytes)?;
        println!("{name}.fst: {} words, {} bytes", words.len(), bytes.len());
    }
    Ok(())
}
