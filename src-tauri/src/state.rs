//! What the app holds between commands: the open desk (or none), the recovery key until the
//! facilitator confirms it is stored, and the settings. The use cases themselves live in
//! leerteam-desk; these methods add the clock, the ids, the saver and the app's settings.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use leerteam_desk::{
    ActionsFormat, BackupView, BoardFilter, CaseView, Desk, Existing, FollowUpItem, HandoverKey, HandoverPreview,
    LetterFormat, NewCheckIn, Notes, SheetCheck, StoryFormat, StoryReview,
};
use leerteam_model::{Case, CaseSummary, ExperimentStatus, LocalId, NewCase, Role, StorySettings};
use leerteam_story::{Keep, Lang};
use leerteam_vault::{ExposeSecret, RecoveryKey, SecretString};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{AppCode, IpcError, IpcResult};
use crate::settings::{self, Settings};

#[derive(Debug)]
pub struct AppState {
    // Key files the app writes (new vault, new passphrase) use `work_factor`: the default, or a low
    // one in the e2e tests.
    desk: Mutex<Option<Desk>>,
    pending_recovery: Mutex<Option<RecoveryKey>>,
    /// A hand-over file read and previewed, with the id it gets, until added or set aside. It is
    /// ciphertext; only the preview was decrypted, in memory.
    pending_handover: Mutex<Option<(Vec<u8>, Uuid)>>,
    /// The two groups of the recovery key the sheet's check asked for: only those answers count.
    sheet_asked: Mutex<Option<SheetCheck>>,
    /// The meeting run in session mode, if one is open (always locked after `desk`).
    pub(crate) room: Mutex<Option<crate::room::OpenRoom>>,
    /// The session timer's monotonic clock starts here.
    pub(crate) origin: std::time::Instant,
    settings: Mutex<Settings>,
    settings_path: PathBuf,
    default_dir: PathBuf,
    work_factor: u8,
    /// Changes in memory that are not yet in `vault.age`.
    dirty: AtomicBool,
    /// Wakes the saver thread (see saver.rs); without one, changes are saved at once.
    saver: Mutex<Option<Sender<()>>>,
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
            desk: Mutex::new(None),
            pending_recovery: Mutex::new(None),
            pending_handover: Mutex::new(None),
            sheet_asked: Mutex::new(None),
            room: Mutex::new(None),
            origin: std::time::Instant::now(),
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
        let (desk, recovery) = Desk::create(dir, &passphrase, self.work_factor, Utc::now())?;
        let shown = recovery.expose().expose_secret().to_owned();
        *lock(&self.pending_recovery) = Some(recovery);
        self.open(dir, desk);
        Ok(shown)
    }

    /// Writes the recovery sheet to a file the facilitator chose (in a dialog opened by Rust).
    pub fn save_recovery_key(&self, path: &Path) -> IpcResult<()> {
        let pending = lock(&self.pending_recovery);
        let recovery =
            pending.as_ref().ok_or_else(|| IpcError::app(AppCode::NoRecoveryKey, "no recovery key to save"))?;
        Ok(leerteam_desk::write_private(path, recovery.to_sheet(Utc::now()).as_bytes(), Existing::Replace)?)
    }

    /// Writes the printable recovery sheet (PDF, with the QR code) of the key being shown.
    pub fn save_recovery_sheet(&self, lang: Lang, path: &Path) -> IpcResult<()> {
        let pending = lock(&self.pending_recovery);
        let recovery =
            pending.as_ref().ok_or_else(|| IpcError::app(AppCode::NoRecoveryKey, "no recovery key to save"))?;
        let pdf = leerteam_desk::recovery_sheet_pdf(recovery, lang, Utc::now())?;
        Ok(leerteam_desk::write_private(path, &pdf, Existing::Replace)?)
    }

    /// Which two groups of the key the sheet's check asks for (numbered from 1, different).
    pub fn sheet_check(&self) -> IpcResult<[u32; 2]> {
        let pending = lock(&self.pending_recovery);
        let recovery =
            pending.as_ref().ok_or_else(|| IpcError::app(AppCode::NoRecoveryKey, "no recovery key to check"))?;
        let check = SheetCheck::ask(recovery, Uuid::new_v4().as_u128());
        *lock(&self.sheet_asked) = Some(check);
        Ok(check.asked)
    }

    /// Whether the groups typed from the printed sheet are the ones asked, and the key's.
    pub fn check_recovery_sheet(&self, answers: Vec<(u32, String)>) -> IpcResult<bool> {
        let pending = lock(&self.pending_recovery);
        let recovery =
            pending.as_ref().ok_or_else(|| IpcError::app(AppCode::NoRecoveryKey, "no recovery key to check"))?;
        Ok(lock(&self.sheet_asked).is_some_and(|check| check.passes(recovery, &answers)))
    }

    /// A new recovery key in place of the old one (from Settings, when the sheet is lost): shown
    /// once like a new vault's.
    pub fn replace_recovery_key(&self, passphrase: SecretString) -> IpcResult<String> {
        let recovery = self.with_desk(|desk| Ok(desk.replace_recovery_key(&passphrase, Utc::now())?))?;
        let shown = recovery.expose().expose_secret().to_owned();
        *lock(&self.pending_recovery) = Some(recovery);
        Ok(shown)
    }

    /// The facilitator confirmed the key is stored: it leaves memory for good.
    pub fn confirm_recovery_key(&self) {
        lock(&self.pending_recovery).take();
    }

    pub fn unlock(&self, dir: &Path, passphrase: SecretString) -> IpcResult<DateTime<Utc>> {
        let desk = Desk::unlock(dir, &passphrase)?;
        let saved_at = desk.vault().saved_at();
        self.open(dir, desk);
        self.purge_deleted();
        Ok(saved_at)
    }

    /// What was deleted longer ago than the vault keeps it goes for good, once per unlock; saved
    /// like any change when there was something. A failure here does not undo the unlock: the
    /// next save of the case removes the items all the same.
    fn purge_deleted(&self) {
        let purged = self.with_desk(|desk| Ok(desk.purge_deleted(Utc::now())?)).unwrap_or(0);
        if purged > 0 {
            let _ = self.change(|_, _| Ok(()));
        }
    }

    pub fn backups(&self) -> IpcResult<Vec<BackupView>> {
        self.with_desk(|desk| Ok(desk.backups()?))
    }

    /// Brings back a backup; the state before becomes a backup too. Written at once.
    pub fn restore_backup(&self, name: &str) -> IpcResult<Vec<BackupView>> {
        // What is only in memory is written first, so the state before the restore is all in
        // the backup it becomes.
        self.flush()?;
        self.with_desk(|desk| {
            desk.restore(name, Utc::now())?;
            Ok(desk.backups()?)
        })
    }

    pub fn retention_days(&self) -> IpcResult<u32> {
        self.with_desk(|desk| Ok(desk.retention_days()?))
    }

    pub fn set_retention_days(&self, days: u32) -> IpcResult<u32> {
        self.change(|desk, now| {
            desk.set_retention_days(days, now)?;
            Ok(desk.retention_days()?)
        })
    }

    pub fn recover(&self, dir: &Path, key_text: &str, new_passphrase: SecretString) -> IpcResult<DateTime<Utc>> {
        let key = RecoveryKey::parse(key_text)?;
        let desk = Desk::recover(dir, &key, &new_passphrase, Some(self.work_factor))?;
        let saved_at = desk.vault().saved_at();
        self.open(dir, desk);
        self.purge_deleted();
        Ok(saved_at)
    }

    /// Writes what is not yet saved, then drops the keys and the database; the UI clears its own
    /// state. If the write fails the vault stays open: locking must not lose a change.
    pub fn lock(&self) -> IpcResult<()> {
        self.flush()?;
        lock(&self.desk).take();
        lock(&self.pending_recovery).take();
        lock(&self.sheet_asked).take();
        lock(&self.pending_handover).take();
        lock(&self.room).take();
        Ok(())
    }

    /// Saves pending changes. Returns when they were saved, or `None` if there was nothing to save.
    pub fn flush(&self) -> IpcResult<Option<DateTime<Utc>>> {
        let mut guard = lock(&self.desk);
        let Some(desk) = guard.as_mut() else { return Ok(None) };
        if !self.dirty.swap(false, Ordering::SeqCst) {
            return Ok(None);
        }
        let now = Utc::now();
        desk.save(now).map_err(|error| {
            self.dirty.store(true, Ordering::SeqCst);
            IpcError::from(error)
        })?;
        Ok(Some(now))
    }

    pub fn change_passphrase(&self, current: SecretString, new: SecretString) -> IpcResult<()> {
        self.with_desk(|desk| Ok(desk.change_passphrase(Some(&current), &new, Some(self.work_factor))?))
    }

    pub fn set_settings(&self, new: Settings) -> IpcResult<Settings> {
        if !new.valid() {
            return Err(IpcError::app(
                AppCode::InvalidSettings,
                "auto-lock must be 1 to 60 minutes; language nl or en",
            ));
        }
        let mut settings = lock(&self.settings);
        *settings = Settings { vault_dir: settings.vault_dir.clone(), ..new };
        settings.store(&self.settings_path);
        Ok(settings.clone())
    }

    pub fn list_cases(&self) -> IpcResult<Vec<CaseSummary>> {
        self.with_desk(|desk| Ok(desk.list_cases(Utc::now().date_naive())?))
    }

    pub fn get_case(&self, id: Uuid) -> IpcResult<CaseView> {
        self.with_desk(|desk| Ok(desk.case_view(id, Utc::now().date_naive())?))
    }

    pub fn create_case(&self, new: NewCase, id: Uuid) -> IpcResult<CaseView> {
        self.change(|desk, now| Ok(desk.create_case(id, new, now)?))
    }

    /// Stores the workspace's edited case; the encrypted write follows within a second.
    pub fn save_case(&self, case: Case) -> IpcResult<CaseView> {
        self.change(|desk, now| Ok(desk.save_case(&case, now)?))
    }

    pub fn story_review(&self, id: Uuid, lang: Lang) -> IpcResult<StoryReview> {
        self.with_desk(|desk| Ok(desk.story_review(id, lang, Utc::now().date_naive())?))
    }

    /// Writes the learning story as decided in the review to `path`, and records the export.
    pub fn export_story(&self, id: Uuid, lang: Lang, path: &Path) -> IpcResult<CaseView> {
        self.change(|desk, now| Ok(desk.export_story(id, lang, StoryFormat::Pdf, Keep::AsDecided, path, now)?.0))
    }

    pub fn story_settings(&self) -> IpcResult<StorySettings> {
        self.with_desk(|desk| Ok(desk.story_settings()?))
    }

    /// Stores the vault's story settings, cleaned; a pattern that does not compile is refused.
    pub fn set_story_settings(&self, settings: StorySettings) -> IpcResult<StorySettings> {
        self.change(|desk, _| Ok(desk.set_story_settings(settings)?))
    }

    pub fn follow_up(&self, filter: BoardFilter) -> IpcResult<Vec<FollowUpItem>> {
        self.with_desk(|desk| Ok(desk.follow_up(Utc::now().date_naive(), filter)?))
    }

    pub fn record_check_in(&self, case_id: Uuid, experiment_id: LocalId, check_in: NewCheckIn) -> IpcResult<CaseView> {
        self.change(|desk, now| Ok(desk.record_check_in(case_id, experiment_id, check_in, now)?))
    }

    pub fn decide(&self, case_id: Uuid, experiment_id: LocalId, status: ExperimentStatus) -> IpcResult<CaseView> {
        self.change(|desk, now| Ok(desk.decide(case_id, experiment_id, status, now)?))
    }

    /// Writes the calendar file of one case, or of every open review, to `path`.
    pub fn export_calendar(&self, case_id: Option<Uuid>, lang: Lang, path: &Path) -> IpcResult<()> {
        self.with_desk(|desk| {
            let now = Utc::now();
            let text = match case_id {
                Some(id) => desk.case_calendar(id, lang, now)?,
                None => desk.reviews_calendar(lang, now)?,
            };
            Ok(leerteam_vault::write_export(path, text.as_bytes())?)
        })
    }

    /// Writes the action list of one case, or of the whole board, to `path`.
    pub fn export_actions(
        &self,
        case_id: Option<Uuid>,
        format: ActionsFormat,
        lang: Lang,
        path: &Path,
    ) -> IpcResult<()> {
        self.with_desk(|desk| {
            Ok(desk.export_actions(case_id, format, lang, path, Utc::now().date_naive()).map(drop)?)
        })
    }

    pub fn handover_key(&self) -> IpcResult<HandoverKey> {
        self.with_desk(|desk| Ok(desk.handover_key()))
    }

    pub fn colleagues(&self) -> IpcResult<Vec<HandoverKey>> {
        self.with_desk(|desk| Ok(desk.colleagues()?))
    }

    pub fn add_colleague(&self, label: &str, key: &str) -> IpcResult<Vec<HandoverKey>> {
        self.change(|desk, _| Ok(desk.add_colleague(label, key)?))
    }

    pub fn remove_colleague(&self, label: &str) -> IpcResult<Vec<HandoverKey>> {
        self.change(|desk, _| Ok(desk.remove_colleague(label)?))
    }

    /// Writes case `id` as a hand-over file for `to` to `path`.
    pub fn send_case(&self, id: Uuid, to: &str, notes: Notes, path: &Path) -> IpcResult<CaseView> {
        self.change(|desk, now| Ok(desk.send_case(id, to, notes, path, now)?))
    }

    /// Reads a hand-over file and shows what it holds; nothing is added until [`Self::receive_case`].
    pub fn preview_handover(&self, path: &Path, lang: Lang) -> IpcResult<HandoverPreview> {
        let bytes = leerteam_desk::read_handover_file(path)?;
        let id = Uuid::new_v4();
        let preview = self.with_desk(|desk| Ok(desk.preview_handover(&bytes, id, lang, Utc::now().date_naive())?))?;
        *lock(&self.pending_handover) = Some((bytes, id));
        Ok(preview)
    }

    /// Adds the previewed hand-over as a new case.
    pub fn receive_case(&self) -> IpcResult<CaseView> {
        let Some((bytes, id)) = lock(&self.pending_handover).take() else {
            return Err(IpcError::app(AppCode::NoHandover, "no hand-over file is open"));
        };
        let received = self.change(|desk, now| Ok(desk.receive_case(&bytes, id, now)?));
        if received.is_err() {
            // Still on screen: it can be tried again or set aside.
            *lock(&self.pending_handover) = Some((bytes, id));
        }
        received
    }

    pub fn set_aside_handover(&self) {
        lock(&self.pending_handover).take();
    }

    pub fn invitation_text(&self, case_id: Uuid, role: Role, lang: Lang) -> IpcResult<String> {
        self.with_desk(|desk| Ok(desk.invitation_text(case_id, role, lang, Utc::now().date_naive())?))
    }

    /// Writes the invitation for one role to `path`, as a PDF or as plain text.
    pub fn export_invitation(
        &self,
        case_id: Uuid,
        role: Role,
        lang: Lang,
        format: LetterFormat,
        path: &Path,
    ) -> IpcResult<()> {
        self.with_desk(|desk| Ok(desk.export_invitation(case_id, role, lang, format, path, Utc::now()).map(drop)?))
    }

    fn open(&self, dir: &Path, desk: Desk) {
        *lock(&self.desk) = Some(desk);
        let mut settings = lock(&self.settings);
        settings.vault_dir = Some(dir.to_string_lossy().into_owned());
        settings.store(&self.settings_path);
    }

    pub(crate) fn with_desk<T>(&self, f: impl FnOnce(&mut Desk) -> IpcResult<T>) -> IpcResult<T> {
        let mut guard = lock(&self.desk);
        f(guard.as_mut().ok_or_else(IpcError::locked)?)
    }

    /// A change to the vault in memory. The saver thread writes it to disk shortly after, so that a
    /// burst of typing becomes one write; without a saver thread it is written at once.
    pub(crate) fn change<T>(&self, f: impl FnOnce(&mut Desk, DateTime<Utc>) -> IpcResult<T>) -> IpcResult<T> {
        let value = self.with_desk(|desk| f(desk, Utc::now()))?;
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
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
