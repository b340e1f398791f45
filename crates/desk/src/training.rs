//! Training mode: a practice pack imported as a practice case, its role cards and the observers'
//! sheets. A practice case is fictional; it is kept out of follow-up lists, calendar files and
//! action lists (the model's board query leaves it out; the desk refuses the rest).

use std::path::Path;

use chrono::{DateTime, Utc};
use leerteam_model::{Case, Language, PracticePack};
use leerteam_story::Lang;
use uuid::Uuid;

use crate::error::{DeskError, Result};
use crate::views::CaseView;
use crate::Desk;

/// The pack to import: the built-in one in a language, or a trainer's own file.
#[derive(Debug, Clone)]
pub enum PackSource<'a> {
    Builtin(Language),
    File(&'a str),
}

/// Reads a pack (docs/practice-pack.md) and makes its practice case under `id`, checked by every
/// rule, before any vault is opened: a bad pack is refused whole and touches nothing.
pub fn parse_pack(source: PackSource<'_>, id: Uuid, now: DateTime<Utc>) -> Result<Case> {
    let pack: PracticePack = match source {
        PackSource::Builtin(lang) => leerteam_room::builtin_pack(lang),
        PackSource::File(text) => leerteam_model::pack_from_json(text)?,
    };
    let case = leerteam_model::practice_case(&pack, id, now);
    let findings = leerteam_model::check(&case, now.date_naive());
    if findings.iter().any(|f| f.severity == leerteam_model::Severity::Error) {
        return Err(leerteam_model::ModelError::Invalid(findings).into());
    }
    Ok(case)
}

impl Desk {
    /// Adds a practice case read with [`parse_pack`].
    pub fn import_practice(&mut self, case: &Case, now: DateTime<Utc>) -> Result<CaseView> {
        if !case.is_practice() {
            return Err(leerteam_room::RoomError::NotAPracticeCase.into());
        }
        leerteam_model::insert_case(self.vault.db_mut(), case, now.date_naive())?;
        self.case_view(case.id, now.date_naive())
    }

    /// Writes the role cards of practice case `id` as a PDF; returns the bytes written.
    pub fn export_role_cards(&self, id: Uuid, lang: Lang, path: &Path, now: DateTime<Utc>) -> Result<usize> {
        let case = leerteam_model::load_case(self.vault.db(), id)?;
        let bytes = leerteam_story::to_pdf(&leerteam_room::role_cards(&case, lang)?, now)?;
        leerteam_vault::write_export(path, &bytes)?;
        Ok(bytes.len())
    }

    /// Writes the observers' sheets of practice case `id` for `trainees` in round `round` (0, 1, …).
    pub fn export_observer_sheets(
        &self,
        id: Uuid,
        trainees: u32,
        round: u32,
        lang: Lang,
        path: &Path,
        now: DateTime<Utc>,
    ) -> Result<usize> {
        let case = leerteam_model::load_case(self.vault.db(), id)?;
        let bytes = leerteam_story::to_pdf(&leerteam_room::observer_sheets(&case, trainees, round, lang)?, now)?;
        leerteam_vault::write_export(path, &bytes)?;
        Ok(bytes.len())
    }
}

/// A practice case does not go into the hospital's calendars and systems.
pub(crate) fn refuse_practice(case: &Case) -> Result<()> {
    if case.is_practice() {
        return Err(DeskError::PracticeCase);
    }
    Ok(())
}
