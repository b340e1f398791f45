//! The calendar writer on arbitrary text: CRLF lines of at most 75 octets that unfold to the text.
#![no_main]

use leerteam_followup::ics::{escape, fold};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let folded = fold(&format!("DESCRIPTION:{}", escape(text)));
    assert!(folded.ends_with("\r\n"));
    for line in folded.split_terminator("\r\n") {
        assert!(line.len() <= 75 && !line.contains('\r') && !line.contains('\n'));
    }
});
