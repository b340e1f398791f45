//! What the app holds between commands: the unlocked vault (or none), the recovery key until the
//! facilitator confirms it is stored, and the settings. Every method is one use case; commands.rs
//! only moves them off the main thread.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use leerteam_model::{Case, CaseSummary, NewCase};
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
}

/// A result of a change, with the moment it reached the disk.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct Saved<T> {
    pub value: T,
    pub saved_at: DateTime<Utc>,
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
        }
    }

    pub fn start(&self) -> StartInfo {
        let settings = lock(&self.settings).clone();
        let dir = settings.vault_dir.clone().map(PathBuf::from).unwrap_or_else(|| self.default_dir.clone());
        StartInfo {
            vault_exists: leerteam_vault::is_vault(&dir),
            vault_dir: dir.to_string_lossy().into_owned(),
            default_dir: self.default_dir.to_string_lossy().into_owned(),
            settings,
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

    /// Drops the keys and the database; the UI clears its own state.
    pub fn lock(&self) {
        lock(&self.vault).take();
        lock(&self.pending_recovery).take();
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

    pub fn get_case(&self, id: Uuid) -> IpcResult<Case> {
        self.with_vault(|vault| Ok(leerteam_model::load_case(vault.db(), id)?))
    }

    pub fn create_case(&self, new: NewCase, id: Uuid) -> IpcResult<Saved<Case>> {
        self.change(|vault, now| Ok(leerteam_model::create_case(vault.db_mut(), id, new, now)?))
    }

    pub fn update_case_basics(&self, id: Uuid, basics: NewCase) -> IpcResult<Saved<Case>> {
        self.change(|vault, now| Ok(leerteam_model::update_case_basics(vault.db_mut(), id, basics, now)?))
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

    /// A change to the vault, saved at once. If the save fails the change stays in memory and the
    /// error is shown; the next change saves both.
    fn change<T>(&self, f: impl FnOnce(&mut Vault, DateTime<Utc>) -> IpcResult<T>) -> IpcResult<Saved<T>> {
        self.with_vault(|vault| {
            let now = Utc::now();
            let value = f(vault, now)?;
            vault.save(now).map_err(IpcError::from)?;
            Ok(Saved { value, saved_at: now })
        })
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
