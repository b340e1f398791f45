//! The database schema, versioned in `PRAGMA user_version` and migrated forward only.
//! Never edit a migration that has shipped: add a new one. Each version has a fixture under
//! tests/fixtures/schema that the tests migrate to the latest version.

use rusqlite::Connection;

use crate::error::{ModelError, Result};

/// Migration `i` brings the database from version `i` to version `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: cases.
    "CREATE TABLE case_file (
        id TEXT PRIMARY KEY NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        ward TEXT NOT NULL DEFAULT '',
        event_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;",
    // 2: phases 1-3: goal and scope, participants, preconditions, sessions, perspectives, timeline.
    "ALTER TABLE case_file ADD COLUMN phase TEXT NOT NULL DEFAULT 'goal_and_scope';
     ALTER TABLE case_file ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
     ALTER TABLE case_file ADD COLUMN description TEXT NOT NULL DEFAULT '';
     ALTER TABLE case_file ADD COLUMN why_learn TEXT NOT NULL DEFAULT '';
     ALTER TABLE case_file ADD COLUMN expectation TEXT NOT NULL DEFAULT '';
     ALTER TABLE case_file ADD COLUMN scope_in TEXT NOT NULL DEFAULT '';
     ALTER TABLE case_file ADD COLUMN scope_out TEXT NOT NULL DEFAULT '';
     ALTER TABLE case_file ADD COLUMN integrated_picture TEXT NOT NULL DEFAULT '';
     CREATE TABLE participant (
        case_id TEXT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
        id INTEGER NOT NULL,
        role TEXT NOT NULL,
        discipline TEXT NOT NULL DEFAULT '',
        name TEXT,
        pseudonym TEXT NOT NULL,
        PRIMARY KEY (case_id, id)
     ) STRICT;
     CREATE TABLE precondition (
        case_id TEXT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
        item TEXT NOT NULL,
        met INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, item)
     ) STRICT;
     CREATE TABLE session (
        case_id TEXT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
        id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        planned_on TEXT,
        held_on TEXT,
        place TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, id)
     ) STRICT;
     CREATE TABLE perspective (
        case_id TEXT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
        id INTEGER NOT NULL,
        participant_id INTEGER NOT NULL,
        session_id INTEGER,
        text TEXT NOT NULL DEFAULT '',
        went_well TEXT NOT NULL DEFAULT '',
        was_hard TEXT NOT NULL DEFAULT '',
        other_emotion TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, id),
        FOREIGN KEY (case_id, participant_id) REFERENCES participant (case_id, id) ON DELETE CASCADE,
        FOREIGN KEY (case_id, session_id) REFERENCES session (case_id, id)
     ) STRICT;
     CREATE TABLE perspective_emotion (
        case_id TEXT NOT NULL,
        perspective_id INTEGER NOT NULL,
        emotion TEXT NOT NULL,
        PRIMARY KEY (case_id, perspective_id, emotion),
        FOREIGN KEY (case_id, perspective_id) REFERENCES perspective (case_id, id) ON DELETE CASCADE
     ) STRICT;
     CREATE TABLE timeline_event (
        case_id TEXT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
        id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        at TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL,
        PRIMARY KEY (case_id, id)
     ) STRICT;
     CREATE TABLE event_mention (
        case_id TEXT NOT NULL,
        event_id INTEGER NOT NULL,
        participant_id INTEGER NOT NULL,
        PRIMARY KEY (case_id, event_id, participant_id),
        FOREIGN KEY (case_id, event_id) REFERENCES timeline_event (case_id, id) ON DELETE CASCADE,
        FOREIGN KEY (case_id, participant_id) REFERENCES participant (case_id, id) ON DELETE CASCADE
     ) STRICT;",
    // 3: phases 4-7: red thread, learning points, insights, experiments, check-ins, story; reflections.
    "ALTER TABLE participant ADD COLUMN reflection TEXT NOT NULL DEFAULT '';
     ALTER TABLE case_file ADD COLUMN complexity TEXT NOT NULL DEFAULT '';
     ALTER TABLE case_file ADD COLUMN variability TEXT NOT NULL DEFAULT '';
     ALTER TABLE case_file ADD COLUMN coupling TEXT NOT NULL DEFAULT '';
     CREATE TABLE theme (
        case_id TEXT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
        id INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, id)
     ) STRICT;
     CREATE TABLE theme_perspective (
        case_id TEXT NOT NULL,
        theme_id INTEGER NOT NULL,
        perspective_id INTEGER NOT NULL,
        PRIMARY KEY (case_id, theme_id, perspective_id),
        FOREIGN KEY (case_id, theme_id) REFERENCES theme (case_id, id) ON DELETE CASCADE,
        FOREIGN KEY (case_id, perspective_id) REFERENCES perspective (case_id, id) ON DELETE CASCADE
     ) STRICT;
     CREATE TABLE theme_event (
        case_id TEXT NOT NULL,
        theme_id INTEGER NOT NULL,
        event_id INTEGER NOT NULL,
        PRIMARY KEY (case_id, theme_id, event_id),
        FOREIGN KEY (case_id, theme_id) REFERENCES theme (case_id, id) ON DELETE CASCADE,
        FOREIGN KEY (case_id, event_id) REFERENCES timeline_event (case_id, id) ON DELETE CASCADE
     ) STRICT;
     CREATE TABLE learning_point (
        case_id TEXT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
        id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        theme_id INTEGER,
        PRIMARY KEY (case_id, id),
        FOREIGN KEY (case_id, theme_id) REFERENCES theme (case_id, id)
     ) STRICT;
     CREATE TABLE experiment (
        case_id TEXT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
        id INTEGER NOT NULL,
        learning_point_id INTEGER,
        action TEXT NOT NULL,
        prediction TEXT NOT NULL DEFAULT '',
        owner_role TEXT NOT NULL DEFAULT '',
        start_on TEXT,
        smallest_scale TEXT NOT NULL DEFAULT '',
        review_on TEXT,
        status TEXT NOT NULL DEFAULT 'planned',
        PRIMARY KEY (case_id, id),
        FOREIGN KEY (case_id, learning_point_id) REFERENCES learning_point (case_id, id)
     ) STRICT;
     CREATE TABLE success_criterion (
        case_id TEXT NOT NULL,
        id INTEGER NOT NULL,
        experiment_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (case_id, id),
        FOREIGN KEY (case_id, experiment_id) REFERENCES experiment (case_id, id) ON DELETE CASCADE
     ) STRICT;
     CREATE TABLE check_in (
        case_id TEXT NOT NULL,
        id INTEGER NOT NULL,
        experiment_id INTEGER NOT NULL,
        on_date TEXT NOT NULL,
        observation TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, id),
        FOREIGN KEY (case_id, experiment_id) REFERENCES experiment (case_id, id) ON DELETE CASCADE
     ) STRICT;
     CREATE TABLE story (
        case_id TEXT PRIMARY KEY NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
        text TEXT NOT NULL DEFAULT '',
        audience TEXT NOT NULL DEFAULT '',
        asks TEXT NOT NULL DEFAULT ''
     ) STRICT;",
    // 4: recently deleted items, so that a deletion can be undone.
    "CREATE TABLE deleted_item (
        case_id TEXT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
        id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        deleted_at TEXT NOT NULL,
        payload TEXT NOT NULL,
        PRIMARY KEY (case_id, id)
     ) STRICT;",
    // 5: the privacy review of the learning story (JSON, read and written whole), vault settings.
    "ALTER TABLE story ADD COLUMN review TEXT NOT NULL DEFAULT '{}';
     CREATE TABLE vault_setting (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
     ) STRICT;",
    // 6: a case's own history (hand-overs), JSON, read and written whole.
    "ALTER TABLE case_file ADD COLUMN history TEXT NOT NULL DEFAULT '[]';",
    // 7: a practice case's pack (JSON, read and written whole; NULL for a real case); session
    // mode: who was heard, the questions used and the notes' tags per session, the parked fixes.
    "ALTER TABLE case_file ADD COLUMN practice TEXT;
     ALTER TABLE case_file ADD COLUMN parked TEXT NOT NULL DEFAULT '[]';
     ALTER TABLE session ADD COLUMN heard TEXT NOT NULL DEFAULT '[]';
     ALTER TABLE session ADD COLUMN questions_used TEXT NOT NULL DEFAULT '[]';
     ALTER TABLE session ADD COLUMN marks TEXT NOT NULL DEFAULT '[]';",
];

/// The schema version this build writes.
pub const LATEST_VERSION: u32 = MIGRATIONS.len() as u32;

pub fn version(conn: &Connection) -> Result<u32> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Brings the database to [`LATEST_VERSION`], each step in its own transaction.
/// Returns the version it started from. A database newer than this build is refused, untouched.
pub fn migrate(conn: &mut Connection) -> Result<u32> {
    let start = version(conn)?;
    if start > LATEST_VERSION {
        return Err(ModelError::SchemaTooNew { found: start, supported: LATEST_VERSION });
    }
    migrate_to(conn, LATEST_VERSION)?;
    Ok(start)
}

/// Applies the migrations up to version `target` only (fixtures of older versions are built so).
#[doc(hidden)]
pub fn migrate_to(conn: &mut Connection, target: u32) -> Result<()> {
    let start = version(conn)? as usize;
    for (index, sql) in MIGRATIONS.iter().enumerate().take(target as usize).skip(start) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as u32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
