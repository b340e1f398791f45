//! Prints what the privacy scan finds in a text, for working on the scanner:
//!   cargo run -p leerteam-story --example scan_text -- "Mevr. de Wit belde." ["Ingrid de Wit=Naaste A" …]
use leerteam_story::{Lang, Scanner};

fn main() {
    let mut args = std::env::args().skip(1);
    let text = args.next().unwrap_or_default().replace("\\n", "\n");
    let participants = args.filter_map(|a| a.split_once('=').map(|(n, p)| (n.to_owned(), p.to_owned()))).collect();
    for hit in Scanner::from_names(participants, Lang::Nl).hits(&text) {
        println!("{:<16} {:?} -> {:?} ({})", hit.kind.as_str(), &text[hit.start..hit.end], hit.replacement, hit.key);
    }
}
