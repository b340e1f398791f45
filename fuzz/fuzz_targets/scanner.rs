//! The privacy scan on arbitrary UTF-8: hits in order, apart, on character boundaries; replacing
//! them leaves none of the replaced identifiers for a second scan to find.
#![no_main]

use leerteam_story::{Lang, Scanner};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let scanner = Scanner::from_names(vec![("Annemieke Brouwer".into(), "Verpleegkundige A".into())], Lang::Nl);
    let hits = scanner.hits(text);
    let mut end = 0;
    for hit in &hits {
        assert!(hit.start >= end && hit.start < hit.end && hit.end <= text.len());
        assert!(text.is_char_boundary(hit.start) && text.is_char_boundary(hit.end));
        end = hit.end;
    }
    let mut once = text.to_owned();
    for hit in hits.iter().rev() {
        if let Some(replacement) = &hit.replacement {
            once.replace_range(hit.start..hit.end, replacement);
        }
    }
    let replaced: Vec<&str> =
        hits.iter().filter(|h| h.replacement.is_some() && h.kind.is_identifier()).map(|h| h.key.as_str()).collect();
    for again in scanner.hits(&once) {
        assert!(!replaced.contains(&again.key.as_str()), "{} survived in {once:?}", again.key);
    }
});
