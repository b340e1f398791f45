//! The desk: what a facilitator does with a vault, written once for both front ends (the app's
//! commands and the `leerteam` command line). It knows nothing of Tauri or clap; time and ids come
//! in as arguments, and nothing is written to disk until the front end calls [`Desk::save`] (the
//! app's saver thread does so a moment after a burst of changes, the CLI after each command).

use std::collections::HashMap;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use leerteam_followup::ActionRow;
use leerteam_model::{Case, CaseSummary, CheckIn, ExperimentStatus, LocalId, ModelError, NewCase, Role, StorySettings};
use leerteam_story::{Finding, Keep, Lang};
use leerteam_vault::{ExposeSecret, RecoveryKey, SecretString, Vault};
use uuid::Uuid;

mod error;
mod files;
mod handover;
mod room;
mod training;
mod views;

pub use error::{error_codes, DeskError, Result};
pub use files::{write_private, Existing};
pub use handover::{read_handover_file, HandoverKey, HandoverPreview, Notes};
pub use leerteam_followup::{ActionsFormat, BoardFilter, FollowUpItem};
pub use leerteam_room::{Note, NoteTarget, OwnQuestion, Pins, ProjectorView, Room, RoomView};
pub use room::LIST_MAX;
pub use training::{parse_pack, PackSource};
pub use views::{BackupView, CaseView, StoryReview};

/// An unlocked vault with its schema brought up to date.
#[derive(Debug)]
pub struct Desk {
    vault: Vault,
}

/// What `leerteam vault verify` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultCheck {
    pub generation: u64,
    pub cases: u64,
    pub saved_at: DateTime<Utc>,
}

/// A check-in as the facilitator records it; the desk gives it its id.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct NewCheckIn {
    pub on: NaiveDate,
    #[serde(default)]
    pub observation: String,
    #[serde(default)]
    pub result: String,
}

/// The story as a file: the PDF, or the HTML page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoryFormat {
    Pdf,
    Html,
}

/// A letter as a file: the PDF to print or attach, or the plain text to paste into an e-mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum LetterFormat {
    Pdf,
    Text,
}

impl Desk {
    /// Makes a new vault in `dir`, saved once, and returns it open with its recovery key: show the
    /// key once and let the facilitator store it.
    pub fn create(
        dir: &Path,
        passphrase: &SecretString,
        work_factor: u8,
        now: DateTime<Utc>,
    ) -> Result<(Desk, RecoveryKey)> {
        let (vault, recovery) = Vault::create(dir, passphrase, work_factor, now)?;
        let mut desk = Desk::over(vault)?;
        desk.save(now)?;
        Ok((desk, recovery))
    }

    pub fn unlock(dir: &Path, passphrase: &SecretString) -> Result<Desk> {
        Desk::over(Vault::unlock(dir, passphrase)?)
    }

    /// Opens the vault with its recovery key and sets a new passphrase (with `work_factor`, or the
    /// vault's own when `None`). A passphrase the rule refuses leaves the vault as it was.
    pub fn recover(dir: &Path, key: &RecoveryKey, new: &SecretString, work_factor: Option<u8>) -> Result<Desk> {
        let mut vault = Vault::unlock_with_recovery(dir, key)?;
        vault.change_passphrase(new, work_factor.unwrap_or(vault.work_factor()))?;
        Desk::over(vault)
    }

    fn over(mut vault: Vault) -> Result<Desk> {
        leerteam_model::migrate(vault.db_mut())?;
        Ok(Desk { vault })
    }

    /// Sets a new passphrase. `current` is checked first when given; the CLI, which has just
    /// unlocked with it, passes `None` to spare a second key derivation.
    pub fn change_passphrase(
        &mut self,
        current: Option<&SecretString>,
        new: &SecretString,
        work_factor: Option<u8>,
    ) -> Result<()> {
        if let Some(current) = current {
            leerteam_vault::open_key_file(self.vault.dir(), current)?;
        }
        let work_factor = work_factor.unwrap_or(self.vault.work_factor());
        Ok(self.vault.change_passphrase(new, work_factor)?)
    }

    /// Makes a new recovery key in place of the old one (which stops working) and returns it, for
    /// a new recovery sheet. Asks for the passphrase; the vault is saved.
    pub fn replace_recovery_key(&mut self, passphrase: &SecretString, now: DateTime<Utc>) -> Result<RecoveryKey> {
        Ok(self.vault.replace_recovery_key(passphrase, now)?)
    }

    pub fn save(&mut self, now: DateTime<Utc>) -> Result<()> {
        Ok(self.vault.save(now)?)
    }

    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// SQLite's integrity check of the database, and what it holds.
    pub fn check(&self) -> Result<VaultCheck> {
        let db = self.vault.db();
        let check: String =
            db.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(leerteam_vault::VaultError::from)?;
        if check != "ok" {
            return Err(leerteam_vault::VaultError::Corrupt(leerteam_vault::Part::Database).into());
        }
        let cases = leerteam_model::count_cases(db)?;
        Ok(VaultCheck { generation: self.vault.generation(), cases, saved_at: self.vault.saved_at() })
    }

    /// How many days deleted items stay in "recently deleted".
    pub fn retention_days(&self) -> Result<u32> {
        Ok(leerteam_model::load_retention_days(self.vault.db())?)
    }

    /// Sets the retention (7 to 3650 days) and removes at once what is older than it.
    pub fn set_retention_days(&mut self, days: u32, now: DateTime<Utc>) -> Result<usize> {
        leerteam_model::save_retention_days(self.vault.db(), days)?;
        self.purge_deleted(now)
    }

    /// Removes for good what was deleted longer ago than the retention, in every case; how many.
    pub fn purge_deleted(&mut self, now: DateTime<Utc>) -> Result<usize> {
        Ok(leerteam_model::purge_deleted(self.vault.db(), now)?)
    }

    /// The vault's backups, newest first, each with the number of cases it holds.
    pub fn backups(&self) -> Result<Vec<BackupView>> {
        Ok(self
            .vault
            .backups()?
            .into_iter()
            .map(|b| {
                // A backup from before the cases' tables existed (the vault's very first) holds none;
                // one that cannot be read or counted is damaged.
                let cases = self.vault.open_backup(&b.name).ok().and_then(|conn| {
                    let tables: i64 = conn
                        .query_row("SELECT count(*) FROM sqlite_master WHERE name = 'case_file'", [], |r| r.get(0))
                        .ok()?;
                    if tables == 0 {
                        return Some(0);
                    }
                    leerteam_model::count_cases(&conn).ok().map(|n| n as u32)
                });
                BackupView { name: b.name, generation: b.generation, saved_at: b.saved_at, cases }
            })
            .collect())
    }

    /// Brings back a backup by its name; the state before becomes a backup itself.
    pub fn restore(&mut self, name: &str, now: DateTime<Utc>) -> Result<()> {
        self.vault.restore(name, now)?;
        leerteam_model::migrate(self.vault.db_mut())?;
        Ok(())
    }

    pub fn list_cases(&self, today: NaiveDate) -> Result<Vec<CaseSummary>> {
        Ok(leerteam_model::list_cases(self.vault.db(), today)?)
    }

    pub fn case_view(&self, id: Uuid, today: NaiveDate) -> Result<CaseView> {
        Ok(CaseView::of(leerteam_model::load_case(self.vault.db(), id)?, today))
    }

    pub fn create_case(&mut self, id: Uuid, new: NewCase, now: DateTime<Utc>) -> Result<CaseView> {
        let case = leerteam_model::create_case(self.vault.db_mut(), id, new, now)?;
        Ok(CaseView::of(case, now.date_naive()))
    }

    /// Stores an edited case in place of the stored one, if it keeps every rule of the method.
    pub fn save_case(&mut self, case: &Case, now: DateTime<Utc>) -> Result<CaseView> {
        let case = leerteam_model::save_case(self.vault.db_mut(), case, now)?;
        Ok(CaseView::of(case, now.date_naive()))
    }

    /// Adds a case read with [`parse_case_file`].
    pub fn import_case(&mut self, case: &Case, today: NaiveDate) -> Result<()> {
        Ok(leerteam_model::insert_case(self.vault.db_mut(), case, today)?)
    }

    /// The case as a case file (docs/case-json.md).
    pub fn export_case(&self, id: Uuid) -> Result<String> {
        Ok(leerteam_model::to_json(&leerteam_model::load_case(self.vault.db(), id)?))
    }

    /// Adds one generated example case per id (Dutch text, every phase filled in).
    pub fn add_samples(&mut self, ids: &[Uuid], now: DateTime<Utc>) -> Result<()> {
        for (n, id) in ids.iter().enumerate() {
            let case = leerteam_model::sample_case(*id, n as u64, now);
            leerteam_model::insert_case(self.vault.db_mut(), &case, now.date_naive())?;
        }
        Ok(())
    }

    /// What the privacy scan finds in the story, with the facilitator's decisions.
    pub fn story_findings(&self, id: Uuid, lang: Lang, today: NaiveDate) -> Result<Vec<Finding>> {
        let case = leerteam_model::load_case(self.vault.db(), id)?;
        Ok(leerteam_story::review(&case, &self.story_settings()?, lang, today)?)
    }

    /// The privacy review: the findings, and the story as it would leave the vault now.
    pub fn story_review(&self, id: Uuid, lang: Lang, today: NaiveDate) -> Result<StoryReview> {
        let case = leerteam_model::load_case(self.vault.db(), id)?;
        let story = leerteam_story::prepare(&case, &self.story_settings()?, lang, today, Keep::AsDecided)?;
        // The preview sits under the review's own heading (an h3 in the workspace).
        let preview = leerteam_story::to_article_under(&story.document, 3);
        Ok(StoryReview { preview, findings: story.findings })
    }

    /// Writes the learning story to `path` and records the export with the case (when, which file
    /// name, which language, which findings were kept). Returns the case and the bytes written.
    pub fn export_story(
        &mut self,
        id: Uuid,
        lang: Lang,
        format: StoryFormat,
        keep: Keep,
        path: &Path,
        now: DateTime<Utc>,
    ) -> Result<(CaseView, usize)> {
        let case = leerteam_model::load_case(self.vault.db(), id)?;
        let story = leerteam_story::prepare(&case, &self.story_settings()?, lang, now.date_naive(), keep)?;
        let bytes = match format {
            StoryFormat::Pdf => leerteam_story::to_pdf(&story.document, now)?,
            StoryFormat::Html => leerteam_story::to_html(&story.document).into_bytes(),
        };
        leerteam_vault::write_export(path, &bytes)?;
        let case = leerteam_model::record_story_export(self.vault.db_mut(), id, story.record(path, now))?;
        Ok((CaseView::of(case, now.date_naive()), bytes.len()))
    }

    /// The invitation for those invited to case `id` in `role`, as plain text (the preview, and what
    /// is pasted into an e-mail).
    pub fn invitation_text(&self, id: Uuid, role: Role, lang: Lang, today: NaiveDate) -> Result<String> {
        Ok(leerteam_story::to_text(&self.invitation(id, role, lang, today)?))
    }

    /// Writes the invitation for `role` to `path`; returns the bytes written.
    pub fn export_invitation(
        &self,
        id: Uuid,
        role: Role,
        lang: Lang,
        format: LetterFormat,
        path: &Path,
        now: DateTime<Utc>,
    ) -> Result<usize> {
        let letter = self.invitation(id, role, lang, now.date_naive())?;
        let bytes = match format {
            LetterFormat::Pdf => leerteam_story::to_pdf(&letter, now)?,
            LetterFormat::Text => leerteam_story::to_text(&letter).into_bytes(),
        };
        leerteam_vault::write_export(path, &bytes)?;
        Ok(bytes.len())
    }

    fn invitation(&self, id: Uuid, role: Role, lang: Lang, today: NaiveDate) -> Result<leerteam_story::Document> {
        let case = leerteam_model::load_case(self.vault.db(), id)?;
        Ok(leerteam_story::invitation(&case, &self.story_settings()?, role, lang, today)?)
    }

    /// Writes the action list (XLSX or CSV) of one case's experiments, or of every experiment on
    /// the board when `case_id` is `None`; returns the number of rows.
    pub fn export_actions(
        &self,
        case_id: Option<Uuid>,
        format: ActionsFormat,
        lang: Lang,
        path: &Path,
        today: NaiveDate,
    ) -> Result<usize> {
        let settings = self.story_settings()?;
        let rows = match case_id {
            Some(id) => {
                let case = leerteam_model::load_case(self.vault.db(), id)?;
                training::refuse_practice(&case)?;
                leerteam_followup::case_actions(&case, None, &settings, lang)?
            }
            None => self.board_actions(&settings, lang, today)?,
        };
        leerteam_vault::write_export(path, &leerteam_followup::write_actions(&rows, format, lang))?;
        Ok(rows.len())
    }

    /// The board's experiments as rows, in the board's order (overdue first).
    fn board_actions(&self, settings: &StorySettings, lang: Lang, today: NaiveDate) -> Result<Vec<ActionRow>> {
        let items = self.follow_up(today, BoardFilter::All)?;
        let mut by_case: HashMap<Uuid, Vec<ActionRow>> = HashMap::new();
        for item in &items {
            if by_case.contains_key(&item.case_id) {
                continue;
            }
            let case = leerteam_model::load_case(self.vault.db(), item.case_id)?;
            let ids: Vec<LocalId> =
                items.iter().filter(|i| i.case_id == item.case_id).map(|i| i.experiment_id).collect();
            by_case.insert(item.case_id, leerteam_followup::case_actions(&case, Some(&ids), settings, lang)?);
        }
        Ok(items
            .iter()
            .filter_map(|item| {
                let rows = by_case.get(&item.case_id)?;
                rows.iter().find(|r| r.experiment == item.experiment_id).cloned()
            })
            .collect())
    }

    /// The follow-up board: every experiment still being followed in the active cases, overdue first.
    pub fn follow_up(&self, today: NaiveDate, filter: BoardFilter) -> Result<Vec<FollowUpItem>> {
        Ok(leerteam_followup::board(&leerteam_model::load_followed(self.vault.db())?, today, filter))
    }

    /// Records a check-in on an experiment (from the board): saved like any change to the case, so
    /// every rule holds.
    pub fn record_check_in(
        &mut self,
        case_id: Uuid,
        experiment_id: LocalId,
        check_in: NewCheckIn,
        now: DateTime<Utc>,
    ) -> Result<CaseView> {
        let mut case = leerteam_model::load_case(self.vault.db(), case_id)?;
        let id = 1 + case.experiments.iter().flat_map(|x| &x.check_ins).map(|c| c.id).max().unwrap_or(0);
        let experiment =
            case.experiments.iter_mut().find(|x| x.id == experiment_id).ok_or(ModelError::ExperimentNotFound)?;
        experiment.check_ins.push(CheckIn {
            id,
            on: check_in.on,
            observation: check_in.observation,
            result: check_in.result,
        });
        self.save_case(&case, now)
    }

    /// Records a decision on an experiment (from the board), if the method allows it from its status.
    pub fn decide(
        &mut self,
        case_id: Uuid,
        experiment_id: LocalId,
        status: ExperimentStatus,
        now: DateTime<Utc>,
    ) -> Result<CaseView> {
        let mut case = leerteam_model::load_case(self.vault.db(), case_id)?;
        let experiment =
            case.experiments.iter_mut().find(|x| x.id == experiment_id).ok_or(ModelError::ExperimentNotFound)?;
        experiment.status = status;
        self.save_case(&case, now)
    }

    /// The calendar file of one case: its sessions and review dates, without case text.
    pub fn case_calendar(&self, id: Uuid, lang: Lang, now: DateTime<Utc>) -> Result<String> {
        let case = leerteam_model::load_case(self.vault.db(), id)?;
        training::refuse_practice(&case)?;
        Ok(leerteam_followup::calendar::case_calendar(&case, lang, now))
    }

    /// The calendar file of every open review in the active cases.
    pub fn reviews_calendar(&self, lang: Lang, now: DateTime<Utc>) -> Result<String> {
        Ok(leerteam_followup::calendar::reviews_calendar(&leerteam_model::load_followed(self.vault.db())?, lang, now))
    }

    pub fn story_settings(&self) -> Result<StorySettings> {
        Ok(leerteam_model::load_story_settings(self.vault.db())?)
    }

    /// Stores the story settings, cleaned: the organisation and patterns trimmed, empty patterns
    /// dropped; a pattern that does not compile is refused and nothing is stored.
    pub fn set_story_settings(&mut self, settings: StorySettings) -> Result<StorySettings> {
        let settings = clean_story_settings(settings)?;
        leerteam_model::save_story_settings(self.vault.db(), &settings)?;
        Ok(settings)
    }
}

/// Reads a case file under a new id and checks every rule of the method (`today` decides what
/// lies in the future), before any vault is opened: a bad file never touches one.
pub fn parse_case_file(text: &str, id: Uuid, today: NaiveDate) -> Result<Case> {
    let case = leerteam_model::from_json(text, id)?;
    let findings = leerteam_model::check(&case, today);
    if findings.iter().any(|f| f.severity == leerteam_model::Severity::Error) {
        return Err(leerteam_model::ModelError::Invalid(findings).into());
    }
    Ok(case)
}

/// The recovery sheet of `key` as a PDF: the key in numbered groups and as a QR code, what it
/// opens, how to use it, a box for who checked it.
pub fn recovery_sheet_pdf(key: &RecoveryKey, lang: Lang, now: DateTime<Utc>) -> Result<Vec<u8>> {
    let line = key.expose();
    let sheet = leerteam_story::recovery_sheet(line.expose_secret(), &key.groups(), lang, now);
    Ok(leerteam_story::to_pdf(&sheet, now)?)
}

/// The recovery sheet's check: two different groups of the key, numbered from 1, chosen with the
/// randomness passed in; only answers to exactly those two count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetCheck {
    pub asked: [u32; 2],
}

impl SheetCheck {
    pub fn ask(key: &RecoveryKey, dice: u128) -> SheetCheck {
        let count = key.groups().len() as u32;
        let first = (dice % u128::from(count)) as u32;
        let second = (first + 1 + ((dice >> 64) % u128::from(count - 1)) as u32) % count;
        SheetCheck { asked: [first + 1, second + 1] }
    }

    /// Whether `answers` (group number, as typed from the paper) are the asked groups of `key`.
    pub fn passes(&self, key: &RecoveryKey, answers: &[(u32, String)]) -> bool {
        let mut numbers: Vec<u32> = answers.iter().map(|(n, _)| *n).collect();
        numbers.sort_unstable();
        let mut wanted = self.asked.to_vec();
        wanted.sort_unstable();
        let groups = key.groups();
        numbers == wanted
            && answers.iter().all(|(n, typed)| {
                let typed: String = typed.split_whitespace().collect::<String>().to_uppercase();
                n.checked_sub(1).and_then(|i| groups.get(i as usize)).is_some_and(|g| *g == typed)
            })
    }
}

/// The story settings as they are stored: trimmed, without empty patterns, every pattern compiled.
pub fn clean_story_settings(settings: StorySettings) -> Result<StorySettings> {
    let settings = StorySettings {
        organisation: settings.organisation.trim().to_owned(),
        record_patterns: settings
            .record_patterns
            .iter()
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect(),
        // One line each, as the letters print them.
        letterhead: one_line(&settings.letterhead),
        support_contact: one_line(&settings.support_contact),
    };
    for pattern in &settings.record_patterns {
        leerteam_story::compile_record_pattern(pattern)?;
    }
    Ok(settings)
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
