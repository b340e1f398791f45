//! Handing a case to a colleague: my hand-over key, colleagues' keys by label, a case sent as one
//! file encrypted to them and to me, and a received file checked and previewed before it is added
//! as a new case (never merged).

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use leerteam_model::{Case, CaseEvent, CaseEventKind, Colleague};
use leerteam_story::{Finding, Lang};
use leerteam_vault::{fingerprint, parse_handover_key, VaultError};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{DeskError, Result};
use crate::views::CaseView;
use crate::Desk;

/// A hand-over key with its short form to read aloud.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct HandoverKey {
    /// A label for a colleague's key; empty for this vault's own.
    pub label: String,
    /// `age1…`
    pub key: String,
    pub fingerprint: String,
}

/// A hand-over file opened and checked, before it is added: the case as it would be added, and what
/// the privacy scan finds in its story.
#[derive(Debug, Serialize, TS)]
#[ts(export)]
pub struct HandoverPreview {
    pub case: CaseView,
    pub findings: Vec<Finding>,
}

/// What goes in the file besides the case itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notes {
    /// The sessions' raw notes stay behind (the default).
    Leave,
    /// The sessions' raw notes go too.
    Include,
}

/// The most a hand-over file may hold: a case with everything in it is far smaller.
const HANDOVER_LIMIT: u64 = 64 << 20;

/// Reads a hand-over file the facilitator chose, refusing one too large to be a case.
pub fn read_handover_file(path: &Path) -> Result<Vec<u8>> {
    let size = std::fs::metadata(path).map_err(crate::error::io_err("read the hand-over file"))?.len();
    if size > HANDOVER_LIMIT {
        return Err(VaultError::NotAHandover.into());
    }
    std::fs::read(path).map_err(crate::error::io_err("read the hand-over file"))
}

impl Desk {
    /// This vault's hand-over key, to give to colleagues.
    pub fn handover_key(&self) -> HandoverKey {
        let key = self.vault().handover_key();
        HandoverKey { label: String::new(), fingerprint: fingerprint(&key), key: key.to_string() }
    }

    /// The colleagues' keys kept in this vault, by label.
    pub fn colleagues(&self) -> Result<Vec<HandoverKey>> {
        let stored = leerteam_model::load_colleagues(self.vault().db())?;
        Ok(stored
            .into_iter()
            .filter_map(|c| {
                let key = parse_handover_key(&c.key).ok()?;
                Some(HandoverKey { label: c.label, fingerprint: fingerprint(&key), key: key.to_string() })
            })
            .collect())
    }

    /// Keeps a colleague's key under `label`. The label is one line, not yet used; the key an age
    /// public key that is not this vault's own.
    pub fn add_colleague(&mut self, label: &str, key: &str) -> Result<Vec<HandoverKey>> {
        let label = label.trim();
        if label.is_empty() || label.chars().count() > 80 || label.contains(['\n', '\r']) {
            return Err(DeskError::ColleagueLabel);
        }
        let key = parse_handover_key(key)?;
        if key.to_string() == self.vault().handover_key().to_string() {
            return Err(DeskError::OwnKey);
        }
        let mut stored = leerteam_model::load_colleagues(self.vault().db())?;
        if stored.iter().any(|c| c.label.to_lowercase() == label.to_lowercase()) {
            return Err(DeskError::ColleagueExists);
        }
        stored.push(Colleague { label: label.to_owned(), key: key.to_string() });
        leerteam_model::save_colleagues(self.vault().db(), &stored)?;
        self.colleagues()
    }

    pub fn remove_colleague(&mut self, label: &str) -> Result<Vec<HandoverKey>> {
        let mut stored = leerteam_model::load_colleagues(self.vault().db())?;
        let before = stored.len();
        let label = label.trim().to_lowercase();
        stored.retain(|c| c.label.to_lowercase() != label);
        if stored.len() == before {
            return Err(DeskError::UnknownColleague);
        }
        leerteam_model::save_colleagues(self.vault().db(), &stored)?;
        self.colleagues()
    }

    /// Writes case `id` to `path` as a hand-over file for `to` (a colleague's label, or an age
    /// public key), readable by them and by this vault. The case's history records the hand-over,
    /// here and in the file. Returns the case as it is now here.
    pub fn send_case(&mut self, id: Uuid, to: &str, notes: Notes, path: &Path, now: DateTime<Utc>) -> Result<CaseView> {
        let wanted = to.trim().to_lowercase();
        let (label, key) = match self.colleagues()?.into_iter().find(|c| c.label.to_lowercase() == wanted) {
            Some(colleague) => (colleague.label, parse_handover_key(&colleague.key)?),
            None => {
                let key = parse_handover_key(to).map_err(|_| DeskError::UnknownColleague)?;
                (fingerprint(&key), key)
            }
        };
        let sent = CaseEvent { at: now, kind: CaseEventKind::Sent, detail: label };
        // Checked and written before the vault records anything: a file that cannot be written
        // leaves the case as it was.
        let mut case = leerteam_model::load_case(self.vault().db(), id)?;
        case.history.push(sent.clone());
        // What was deleted from the case was deleted on purpose: it stays here.
        case.recently_deleted.clear();
        if notes == Notes::Leave {
            case.sessions.iter_mut().for_each(|s| s.notes.clear());
        }
        let sealed = self.vault().seal_for(&key, leerteam_model::to_json(&case).as_bytes())?;
        leerteam_vault::write_export(path, &sealed)?;
        let case = leerteam_model::record_case_event(self.vault().db(), id, sent)?;
        Ok(CaseView::of(case, now.date_naive()))
    }

    /// Opens and checks a hand-over file: the case as it would be added under `id`, and what the
    /// privacy scan finds in its story. Nothing is added.
    pub fn preview_handover(&self, file: &[u8], id: Uuid, lang: Lang, today: NaiveDate) -> Result<HandoverPreview> {
        let case = self.open_handover(file, id, today)?;
        let findings = leerteam_story::review(&case, &self.story_settings()?, lang, today)?;
        Ok(HandoverPreview { case: CaseView::of(case, today), findings })
    }

    /// Adds the case of a hand-over file as a new case `id`, with the hand-over in its history.
    pub fn receive_case(&mut self, file: &[u8], id: Uuid, now: DateTime<Utc>) -> Result<CaseView> {
        let mut case = self.open_handover(file, id, now.date_naive())?;
        let detail = fingerprint(&self.vault().handover_key());
        case.history.push(CaseEvent { at: now, kind: CaseEventKind::Received, detail });
        self.import_case(&case, now.date_naive())?;
        Ok(CaseView::of(case, now.date_naive()))
    }

    fn open_handover(&self, file: &[u8], id: Uuid, today: NaiveDate) -> Result<Case> {
        let plain = self.vault().open_handover(file)?;
        // Opened with our key but not a case file: another app's file, or damaged inside.
        let text = std::str::from_utf8(&plain).map_err(|_| VaultError::NotAHandover)?;
        crate::parse_case_file(text, id, today)
    }
}
