//! Rotated encrypted backups: each save links the previous `vault.age` into `backups/`.
//! Kept: the last [`KEEP_LAST`] saves, plus the newest save of each of the last [`KEEP_DAYS`] days.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use chrono::{DateTime, NaiveDateTime, TimeDelta, Utc};

use crate::error::{io_err, Result};

pub const BACKUP_DIR: &str = "backups";
pub const KEEP_LAST: usize = 20;
pub const KEEP_DAYS: i64 = 14;
const STAMP: &str = "%Y%m%dT%H%M%SZ";

/// One backup file: the vault as it was at `generation`, saved at `saved_at`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub name: String,
    pub generation: u64,
    pub saved_at: DateTime<Utc>,
    pub size: u64,
}

pub(crate) fn file_name(generation: u64, saved_at: DateTime<Utc>) -> String {
    format!("vault-{generation:010}-{}.age", saved_at.format(STAMP))
}

pub(crate) fn parse_name(name: &str) -> Option<(u64, DateTime<Utc>)> {
    let rest = name.strip_prefix("vault-")?.strip_suffix(".age")?;
    let (generation, stamp) = rest.split_once('-')?;
    let saved_at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
    Some((generation.parse().ok()?, saved_at))
}

/// The backups in `vault_dir`, newest generation first. Files that are not backups are ignored.
pub fn list(vault_dir: &Path) -> Result<Vec<Backup>> {
    let dir = vault_dir.join(BACKUP_DIR);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_err("list the backups")(e)),
    };
    let mut backups = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io_err("list the backups"))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some((generation, saved_at)) = parse_name(&name) {
            let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
            backups.push(Backup { name, generation, saved_at, size });
        }
    }
    backups.sort_by_key(|b| std::cmp::Reverse(b.generation));
    Ok(backups)
}

/// Which backups the rotation removes at `now`. A pure function so that the policy can be tested.
pub fn to_remove(backups: &[Backup], now: DateTime<Utc>) -> Vec<String> {
    let mut newest_first: Vec<&Backup> = backups.iter().collect();
    newest_first.sort_by_key(|b| std::cmp::Reverse(b.generation));
    let mut keep: BTreeSet<&str> = newest_first.iter().take(KEEP_LAST).map(|b| b.name.as_str()).collect();
    let oldest_day = (now - TimeDelta::days(KEEP_DAYS - 1)).date_naive();
    let mut days_seen = BTreeSet::new();
    for backup in &newest_first {
        let day = backup.saved_at.date_naive();
        if day >= oldest_day && days_seen.insert(day) {
            keep.insert(&backup.name);
        }
    }
    newest_first.iter().filter(|b| !keep.contains(b.name.as_str())).map(|b| b.name.clone()).collect()
}

pub(crate) fn rotate(vault_dir: &Path, now: DateTime<Utc>) -> Result<()> {
    let backups = list(vault_dir)?;
    for name in to_remove(&backups, now) {
        fs::remove_file(vault_dir.join(BACKUP_DIR).join(name)).map_err(io_err("remove an old backup"))?;
    }
    Ok(())
}

/// Keeps the current `vault.age` as a backup. A hard link costs no copy; where links are not
/// supported the file is copied.
pub(crate) fn keep_copy(vault_dir: &Path, current: &Path, generation: u64, saved_at: DateTime<Utc>) -> Result<()> {
    if !current.exists() {
        return Ok(());
    }
    let dir = vault_dir.join(BACKUP_DIR);
    crate::files::create_private_dir(&dir).map_err(io_err("create the backups folder"))?;
    let target = dir.join(file_name(generation, saved_at));
    if target.exists() {
        return Ok(());
    }
    if fs::hard_link(current, &target).is_err() {
        fs::copy(current, &target).map_err(io_err("write a backup"))?;
    }
    Ok(())
}
