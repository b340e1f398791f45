//! Any bytes as a practice pack: refused with a typed error, or a practice case the rules judge;
//! stored exactly when they accept it.
#![no_main]

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use uuid::Uuid;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let Ok(pack) = leerteam_model::pack_from_json(text) else { return };
    let now = Utc.with_ymd_and_hms(2026, 12, 2, 9, 0, 0).unwrap();
    let case = leerteam_model::practice_case(&pack, Uuid::from_u128(3), now);
    let errors =
        leerteam_model::check(&case, now.date_naive()).iter().any(|f| f.severity == leerteam_model::Severity::Error);
    let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    leerteam_model::migrate(&mut conn).unwrap();
    assert_eq!(leerteam_model::insert_case(&mut conn, &case, now.date_naive()).is_ok(), !errors);
    if !errors {
        assert_eq!(leerteam_model::load_case(&conn, case.id).unwrap().practice, Some(pack));
    }
});
