//! Prints the privacy scan's figures and mistakes on development files, for working on the scanner:
//!   cargo run -p leerteam-story --example dev_mistakes -- tests/fixtures/privacy/dev-seventh.json
//! A held-out file is refused: its mistakes are never read while tuning.
use leerteam_story::evaluation::{leerteam_spans, score, EvalSet};
use leerteam_story::Lang;

fn main() {
    for path in std::env::args().skip(1) {
        let name = std::path::Path::new(&path).file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if name.starts_with("heldout") {
            eprintln!("{name}: a held-out file; its mistakes are not shown");
            continue;
        }
        let set: EvalSet = serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("parse");
        let (report, _) = score(&set, |_, item| leerteam_spans(item, Lang::Nl));
        println!("{name}\n{}", report.table());
        for mistake in &report.mistakes {
            println!("  {mistake}");
        }
    }
}
