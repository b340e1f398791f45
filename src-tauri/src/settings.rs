//! The app's own settings, in the OS config folder. Never case data: only where the vault is, the
//! language and the auto-lock time.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub const IDLE_MINUTES: std::ops::RangeInclusive<u8> = 1..=60;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct Settings {
    /// The vault folder last opened or created.
    pub vault_dir: Option<String>,
    /// "nl" or "en"; none follows the OS.
    pub language: Option<String>,
    /// Lock after this many idle minutes (1-60).
    pub idle_minutes: u8,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { vault_dir: None, language: None, idle_minutes: 10 }
    }
}

impl Settings {
    pub fn load(path: &Path) -> Settings {
        std::fs::read_to_string(path).ok().and_then(|text| serde_json::from_str(&text).ok()).unwrap_or_default()
    }

    /// Best effort: losing a setting must never stop the facilitator's work.
    pub fn store(&self, path: &Path) {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if let Ok(text) = serde_json::to_string_pretty(self) {
            let _ = std::fs::write(path, text);
        }
    }

    pub fn valid(&self) -> bool {
        IDLE_MINUTES.contains(&self.idle_minutes) && self.language.as_deref().is_none_or(|l| l == "nl" || l == "en")
    }
}

pub fn file(config_dir: PathBuf) -> PathBuf {
    config_dir.join("settings.json")
}
