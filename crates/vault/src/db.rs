//! The in-memory SQLite database that holds a vault's plaintext. It never has a file behind it.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, MAIN_DB};
use zeroize::Zeroizing;

use crate::error::{Part, Result, VaultError};

/// Settings every vault connection gets: nothing spills to a temp file, deleted content is
/// overwritten, and references are enforced.
const SETTINGS: &str = "PRAGMA temp_store = MEMORY;
PRAGMA secure_delete = ON;
PRAGMA foreign_keys = ON;
PRAGMA trusted_schema = OFF;
PRAGMA journal_mode = MEMORY;";

const META_TABLE: &str = "CREATE TABLE IF NOT EXISTS leerteam_vault (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;";

pub(crate) fn create(now: DateTime<Utc>) -> Result<Connection> {
    let conn = Connection::open_in_memory()?;
    conn.execute_batch(SETTINGS)?;
    conn.execute_batch(META_TABLE)?;
    set_meta(&conn, "created_at", &now.to_rfc3339())?;
    set_meta(&conn, "generation", "0")?;
    set_meta(&conn, "saved_at", &now.to_rfc3339())?;
    Ok(conn)
}

/// Loads a database image (as made by [`image`]) of `len` bytes, read from `reader` (a decrypting
/// stream), into a new in-memory connection: SQLite allocates the buffer and the plaintext is
/// written into it once. Reading the schema is the first thing that fails on an image that is not
/// a database.
pub(crate) fn load_from(reader: impl std::io::Read, len: u64) -> Result<Connection> {
    let len = usize::try_from(len).map_err(|_| VaultError::Corrupt(Part::Database))?;
    let mut conn = Connection::open_in_memory()?;
    conn.deserialize_read_exact(MAIN_DB, reader, len, false).map_err(|_| VaultError::Corrupt(Part::Database))?;
    conn.execute_batch(SETTINGS).map_err(|_| VaultError::Corrupt(Part::Database))?;
    conn.execute_batch(META_TABLE).map_err(|_| VaultError::Corrupt(Part::Database))?;
    Ok(conn)
}

/// The whole database as one byte image, the plaintext of `vault.age`.
pub(crate) fn image(conn: &mut Connection) -> Result<Zeroizing<Vec<u8>>> {
    let data = conn.serialize(MAIN_DB)?;
    Ok(Zeroizing::new(data.to_vec()))
}

pub(crate) fn meta(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM leerteam_vault WHERE key = ?1", [key], |row| row.get(0)).optional()?)
}

pub(crate) fn set_meta(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO leerteam_vault (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

pub(crate) fn generation(conn: &Connection) -> Result<u64> {
    meta(conn, "generation")?.and_then(|g| g.parse().ok()).ok_or(VaultError::Corrupt(Part::Database))
}

pub(crate) fn saved_at(conn: &Connection) -> Result<DateTime<Utc>> {
    meta(conn, "saved_at")?
        .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
        .map(|t| t.with_timezone(&Utc))
        .ok_or(VaultError::Corrupt(Part::Database))
}
