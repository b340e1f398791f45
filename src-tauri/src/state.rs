//! What the app holds between commands: the unlocked vault (or none), the recovery key until the
//! facilitator confirms it is stored, and the settings. Every method is one use case; commands.rs
//! only moves them off the main thread.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use leerteam_model::{Case, CaseFacts, CaseSummary, NewCase, OpenItem, Phase, StorySettings};
use leerteam_story::{Finding, Keep, Lang};
use leerteam_vault::{ExposeSecret, RecoveryKey, SecretString, Vault};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{IpcError, IpcResult};
use crate::settings::{self, Settings};

#[derive(Debug)]
pub struct AppState {
    // Key files the app writes (new vault, new passphrase) use `work_factor`: the default, or a low
    // one in the e2e tests.
    vault: Mutex<Option<Vault>>,
    pending_recovery: Mutex<Option<RecoveryKey>>,
    settings: Mutex<Settings>,
    settings_path: PathBuf,
    default_dir: PathBuf,
    work_factor: u8,
    /// Changes in memory that are not yet in `vault.age`.
    dirty: AtomicBool,
    /// Wakes the saver thread (see saver.rs); without one, changes are saved at once.
    saver: Mutex<Option<Sender<()>>>,
}

/// A case as the workspace shows it: the case, what is still open per phase, and the phase that
/// what is filled in suggests.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct CaseView {
    pub case: Case,
    pub open_items: Vec<OpenItem>,
    pub suggested_phase: Phase,
    pub facts: CaseFacts,
}

impl CaseView {
    fn of(case: Case) -> Self {
        let today = Utc::now().date_naive();
        CaseView {
            open_items: leerteam_model::open_items(&case, today),
            facts: leerteam_model::facts(&case, today),
            suggested_phase: leerteam_model::suggested_phase(&case),
            case,
        }
    }
}

/// The privacy review of a learning story: what the scan found, with the facilitator's decisions,
/// and the story as it would leave the vault now.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct StoryReview {
    pub findings: Vec<Finding>,
    /// The story with the replacements applied, as an HTML article (escaped, no scripts or styles).
    pub preview: String,
}

/// What the first screen needs to know.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct StartInfo {
    /// The folder to open or create: the last one used, else the default.
    pub vault_dir: String,
    pub default_dir: String,
    pub vault_exists: bool,
    pub settings: Settings,
    /// The fewest characters a new passphrase may have (the vault's rule), for the form's hint.
    pub min_passphrase_chars: u32,
}

impl AppState {
    pub fn new(settings_dir: PathBuf, default_dir: PathBuf, work_factor: u8) -> Self {
        let settings_path = settings::file(settings_dir);
        AppState {
            vault: Mutex::new(None),
            pending_recovery: Mutex::new(None),
            settings: Mutex::new(Settings::load(&settings_path)),
            settings_path,
            default_dir,
            work_factor,
            dirty: AtomicBool::new(false),
            saver: Mutex::new(None),
        }
    }

    pub fn set_saver(&self, saver: Sender<()>) {
        *lock(&self.saver) = Some(saver);
    }

    pub fn start(&self) -> StartInfo {
        let settings = lock(&self.settings).clone();
        let dir = settings.vault_dir.clone().map(PathBuf::from).unwrap_or_else(|| self.default_dir.clone());
        StartInfo {
            vault_exists: leerteam_vault::is_vault(&dir),
            vault_dir: dir.to_string_lossy().into_owned(),
            default_dir: self.default_dir.to_string_lossy().into_owned(),
            settings,
            min_passphrase_chars: leerteam_vault::MIN_PASSPHRASE_CHARS as u32,
        }
    }

    pub fn create_vault(&self, dir: &Path, passphrase: SecretString) -> IpcResult<String> {
        let now = Utc::now();
        let (mut vault, recovery) = Vault::create(dir, &passphrase, self.work_factor, now)?;
        leerteam_model::migrate(vault.db_mut())?;
        vault.save(now)?;
        let shown = recovery.expose().expose_secret().to_owned();
        *lock(&self.pending_recovery) = Some(recovery);
        self.open(dir, vault);
        Ok(shown)
    }

    /// Writes the recovery sheet to a file the facilitator chose (in a dialog opened by Rust).
    pub fn save_recovery_key(&self, path: &Path) -> IpcResult<()> {
        let pending = lock(&self.pending_recovery);
        let recovery = pending.as_ref().ok_or_else(|| IpcError::new("no_recovery_key", "no recovery key to save"))?;
        write_private(path, recovery.to_sheet(Utc::now()).as_bytes())
            .map_err(|e| IpcError::new("io", format!("could not write the recovery key file: {e}")))
    }

    /// The facilitator confirmed the key is stored: it leaves memory for good.
    pub fn confirm_recovery_key(&self) {
        lock(&self.pending_recovery).take();
    }

    pub fn unlock(&self, dir: &Path, passphrase: SecretString) -> IpcResult<DateTime<Utc>> {
        let mut vault = Vault::unlock(dir, &passphrase)?;
        leerteam_model::migrate(vault.db_mut())?;
        let saved_at = vault.saved_at();
        self.open(dir, vault);
        Ok(saved_at)
    }

    pub fn recover(&self, dir: &Path, key_text: &str, new_passphrase: SecretString) -> IpcResult<DateTime<Utc>> {
        let key = RecoveryKey::parse(key_text)?;
        let mut vault = Vault::unlock_with_recovery(dir, &key)?;
        vault.change_passphrase(&new_passphrase, self.work_factor)?;
        leerteam_model::migrate(vault.db_mut())?;
        let saved_at = vault.saved_at();
        self.open(dir, vault);
        Ok(saved_at)
    }

    /// Writes what is not yet saved, then drops the keys and the database; the UI clears its own
    /// state. If the write fails the vault stays open: locking must not lose a change.
    pub fn lock(&self) -> IpcResult<()> {
        self.flush()?;
        lock(&self.vault).take();
        lock(&self.pending_recovery).take();
        Ok(())
    }

    /// Saves pending changes. Returns when they were saved, or `None` if there was nothing to save.
    pub fn flush(&self) -> IpcResult<Option<DateTime<Utc>>> {
        let mut guard = lock(&self.vault);
        let Some(vault) = guard.as_mut() else { return Ok(None) };
        if !self.dirty.swap(false, Ordering::SeqCst) {
            return Ok(None);
        }
        let now = Utc::now();
        vault.save(now).map_err(|error| {
            self.dirty.store(true, Ordering::SeqCst);
            IpcError::from(error)
        })?;
        Ok(Some(now))
    }

    pub fn change_passphrase(&self, current: SecretString, new: SecretString) -> IpcResult<()> {
        self.with_vault(|vault| {
            leerteam_vault::open_key_file(vault.dir(), &current)?;
            Ok(vault.change_passphrase(&new, self.work_factor)?)
        })
    }

    pub fn set_settings(&self, new: Settings) -> IpcResult<Settings> {
        if !new.valid() {
            return Err(IpcError::new("invalid_settings", "auto-lock must be 1 to 60 minutes; language nl or en"));
        }
        let mut settings = lock(&self.settings);
        *settings = Settings { vault_dir: settings.vault_dir.clone(), ..new };
        settings.store(&self.settings_path);
        Ok(settings.clone())
    }

    pub fn list_cases(&self) -> IpcResult<Vec<CaseSummary>> {
        self.with_vault(|vault| Ok(leerteam_model::list_cases(vault.db(), Utc::now().date_naive())?))
    }

    pub fn get_case(&self, id: Uuid) -> IpcResult<CaseView> {
        self.with_vault(|vault| Ok(CaseView::of(leerteam_model::load_case(vault.db(), id)?)))
    }

    pub fn create_case(&self, new: NewCase, id: Uuid) -> IpcResult<CaseView> {
        self.change(|vault, now| Ok(CaseView::of(leerteam_model::create_case(vault.db_mut(), id, new, now)?)))
    }

    /// Stores the workspace's edited case; the encrypted write follows within a second.
    pub fn save_case(&self, case: Case) -> IpcResult<CaseView> {
        self.change(|vault, now| Ok(CaseView::of(leerteam_model::save_case(vault.db_mut(), &case, now)?)))
    }

    pub fn story_review(&self, id: Uuid, lang: Lang) -> IpcResult<StoryReview> {
        self.with_vault(|vault| {
            let case = leerteam_model::load_case(vault.db(), id)?;
            let settings = leerteam_model::load_story_settings(vault.db())?;
            let today = Utc::now().date_naive();
            let story = leerteam_story::prepare(&case, &settings, lang, today, Keep::AsDecided)?;
            Ok(StoryReview { preview: leerteam_story::to_article(&story.document), findings: story.findings })
        })
    }

    /// Writes the learning story as decided in the review to `path`, and records the export.
    pub fn export_story(&self, id: Uuid, lang: Lang, path: &Path) -> IpcResult<CaseView> {
        self.change(|vault, now| {
            let case = leerteam_model::load_case(vault.db(), id)?;
            let settings = leerteam_model::load_story_settings(vault.db())?;
            let story = leerteam_story::prepare(&case, &settings, lang, now.date_naive(), Keep::AsDecided)?;
            leerteam_vault::write_export(path, &leerteam_story::to_pdf(&story.document, now)?)?;
            Ok(CaseView::of(leerteam_model::record_story_export(vault.db_mut(), id, story.record(path, now))?))
        })
    }

    pub fn story_settings(&self) -> IpcResult<StorySettings> {
        self.with_vault(|vault| Ok(leerteam_model::load_story_settings(vault.db())?))
    }

    /// Stores the vault's story settings; a record-number pattern that does not compile is refused.
    pub fn set_story_settings(&self, settings: StorySettings) -> IpcResult<StorySettings> {
        let settings = StorySettings {
            organisation: settings.organisation.trim().to_owned(),
            record_patterns: settings
                .record_patterns
                .iter()
                .map(|p| p.trim().to_owned())
                .filter(|p| !p.is_empty())
                .collect(),
        };
        for pattern in &settings.record_patterns {
            leerteam_story::compile_record_pattern(pattern)?;
        }
        self.change(|vault, _| {
            leerteam_model::save_story_settings(vault.db(), &settings)?;
            Ok(settings.clone())
        })
    }

    fn open(&self, dir: &Path, vault: Vault) {
        *lock(&self.vault) = Some(vault);
        let mut settings = lock(&self.settings);
        settings.vault_dir = Some(dir.to_string_lossy().into_owned());
        settings.store(&self.settings_path);
    }

    fn with_vault<T>(&self, f: impl FnOnce(&mut Vault) -> IpcResult<T>) -> IpcResult<T> {
        let mut guard = lock(&self.vault);
        f(guard.as_mut().ok_or_else(IpcError::locked)?)
    }

    /// A change to the vault in memory. The saver thread writes it to disk shortly after, so that a
    /// burst of typing becomes one write; without a saver thread it is written at once.
    fn change<T>(&self, f: impl FnOnce(&mut Vault, DateTime<Utc>) -> IpcResult<T>) -> IpcResult<T> {
        let value = self.with_vault(|vault| f(vault, Utc::now()))?;
        self.dirty.store(true, Ordering::SeqCst);
        let saver = lock(&self.saver).clone();
        match saver {
            Some(saver) if saver.send(()).is_ok() => {}
            _ => {
                self.flush()?;
            }
        }
        Ok(value)
    }
}

/// A poisoned lock only means another command panicked; the data behind it is still whole.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn write_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(contents)?;
    file.sync_all()
}
