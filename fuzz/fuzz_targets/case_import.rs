//! Bytes → JSON → the rules → the store, as `case import` does: never a panic, and an accepted case
//! round-trips exactly.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use uuid::Uuid;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let Ok(case) = leerteam_model::from_json(text, Uuid::from_u128(9)) else { return };
    let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    leerteam_model::migrate(&mut conn).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    if leerteam_model::insert_case(&mut conn, &case, today).is_ok() {
        let stored = leerteam_model::load_case(&conn, case.id).unwrap();
        assert_eq!(leerteam_model::to_json(&stored), leerteam_model::to_json(&case));
    }
});
