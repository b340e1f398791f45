//! Session mode's use cases: open a meeting's room, take notes, park fixes, put questions, undo,
//! and what each window shows; the parked fixes as seeds in phase 5; the vault's own ground rules
//! and questions. Every change to the case is a save, so every rule of the method holds.

use std::time::Duration;

use chrono::{DateTime, Utc};
use leerteam_model::{Case, LocalId, LINE_MAX};
use leerteam_room::{Note, OwnQuestion, ProjectorView, Room, RoomSettings, RoomView};
use leerteam_story::Lang;
use uuid::Uuid;

use crate::error::{DeskError, Result};
use crate::views::CaseView;
use crate::Desk;

const GROUND_RULES: &str = "ground_rules";
const OWN_QUESTIONS: &str = "own_questions";
/// How many ground rules and own questions the vault keeps, at most.
pub const LIST_MAX: usize = 40;

impl Desk {
    /// Opens the room of session `session_id` of case `case_id`.
    pub fn open_room(&self, case_id: Uuid, session_id: LocalId) -> Result<Room> {
        Ok(Room::open(&self.load(case_id)?, session_id)?)
    }

    /// The facilitator's screen at monotonic time `now`.
    pub fn room_view(&self, room: &Room, lang: Lang, now: Duration) -> Result<RoomView> {
        let (story, own, rules) = (self.story_settings()?, self.own_questions()?, self.ground_rules(lang)?);
        let settings = RoomSettings { story: &story, own_questions: &own, ground_rules: &rules };
        Ok(leerteam_room::room_view(room, &self.load(room.case_id)?, settings, lang, now)?)
    }

    /// The projector's page at monotonic time `now`: only what is pinned, nothing identifying.
    pub fn projector_view(&self, room: &Room, lang: Lang, now: Duration) -> Result<ProjectorView> {
        let (story, own, rules) = (self.story_settings()?, self.own_questions()?, self.ground_rules(lang)?);
        let settings = RoomSettings { story: &story, own_questions: &own, ground_rules: &rules };
        Ok(leerteam_room::projector_view(room, &self.load(room.case_id)?, settings, lang, now)?)
    }

    /// `participant` has the floor (or no one, with `None`).
    pub fn room_speak(&mut self, room: &mut Room, participant: Option<LocalId>, now: DateTime<Utc>) -> Result<()> {
        let mut case = self.load(room.case_id)?;
        room.speak(&mut case, participant)?;
        self.save_case(&case, now)?;
        Ok(())
    }

    /// Writes a note for whoever is speaking into the case.
    pub fn room_capture(&mut self, room: &mut Room, note: &Note, now: DateTime<Utc>) -> Result<()> {
        let mut case = self.load(room.case_id)?;
        room.capture(&mut case, note)?;
        self.save_or_forget(room, &case, now)
    }

    /// Parks a fix for phase 5.
    pub fn room_park(&mut self, room: &mut Room, text: &str, now: DateTime<Utc>) -> Result<LocalId> {
        let mut case = self.load(room.case_id)?;
        let id = room.park(&mut case, text)?;
        self.save_or_forget(room, &case, now)?;
        Ok(id)
    }

    /// Pins the question with `key` and records that it was used in the session.
    pub fn room_ask(&mut self, room: &mut Room, key: &str, lang: Lang, now: DateTime<Utc>) -> Result<()> {
        let mut case = self.load(room.case_id)?;
        if leerteam_room::question_text(key, lang, &self.own_questions()?, case.practice.as_ref()).is_none() {
            return Err(DeskError::UnknownQuestion);
        }
        room.ask(&mut case, key)?;
        self.save_case(&case, now)?;
        Ok(())
    }

    /// Takes back the last note or parked fix of this sitting; `false` when there is none.
    pub fn room_undo(&mut self, room: &mut Room, now: DateTime<Utc>) -> Result<bool> {
        match room.undo() {
            Some(before) => {
                self.save_case(&before, now)?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Phase 5: the parked fix becomes a planned experiment.
    pub fn plant_parked(&mut self, case_id: Uuid, fix_id: LocalId, now: DateTime<Utc>) -> Result<CaseView> {
        let mut case = self.load(case_id)?;
        leerteam_room::plant(&mut case, fix_id)?;
        self.save_case(&case, now)
    }

    /// The ground rules sessions show: the vault's own, or else the defaults in `lang`.
    pub fn ground_rules(&self, lang: Lang) -> Result<Vec<String>> {
        let stored: Option<Vec<String>> = leerteam_model::load_vault_setting(self.vault.db(), GROUND_RULES)?;
        Ok(stored.unwrap_or_else(|| leerteam_room::default_ground_rules(lang)))
    }

    /// Stores the vault's own ground rules, one line each; an empty list goes back to the defaults.
    pub fn set_ground_rules(&mut self, rules: &[String], lang: Lang) -> Result<Vec<String>> {
        let rules = clean_lines(rules)?;
        let db = self.vault.db();
        if rules.is_empty() {
            db.execute("DELETE FROM vault_setting WHERE key = ?1", [GROUND_RULES])
                .map_err(leerteam_model::ModelError::from)?;
        } else {
            leerteam_model::save_vault_setting(db, GROUND_RULES, &rules)?;
        }
        self.ground_rules(lang)
    }

    pub fn own_questions(&self) -> Result<Vec<OwnQuestion>> {
        Ok(leerteam_model::load_vault_setting(self.vault.db(), OWN_QUESTIONS)?.unwrap_or_default())
    }

    /// Stores the organisation's own questions, one line each. A question whose text is unchanged
    /// keeps its number, so what sessions recorded of it still reads.
    pub fn set_own_questions(&mut self, texts: &[String]) -> Result<Vec<OwnQuestion>> {
        let texts = clean_lines(texts)?;
        let before = self.own_questions()?;
        let mut next = before.iter().map(|q| q.id).max().unwrap_or(0);
        let questions: Vec<OwnQuestion> = texts
            .into_iter()
            .map(|text| match before.iter().find(|q| q.text == text) {
                Some(kept) => kept.clone(),
                None => {
                    next += 1;
                    OwnQuestion { id: next, text }
                }
            })
            .collect();
        leerteam_model::save_vault_setting(self.vault.db(), OWN_QUESTIONS, &questions)?;
        Ok(questions)
    }

    fn load(&self, case_id: Uuid) -> Result<Case> {
        Ok(leerteam_model::load_case(self.vault.db(), case_id)?)
    }

    /// Saves what the room changed; a refused save also leaves the room's undo as it was.
    fn save_or_forget(&mut self, room: &mut Room, case: &Case, now: DateTime<Utc>) -> Result<()> {
        if let Err(error) = self.save_case(case, now) {
            room.undo();
            return Err(error);
        }
        Ok(())
    }
}

/// Trimmed, without empty lines; each one line of at most [`LINE_MAX`] characters, at most
/// [`LIST_MAX`] of them, no line twice.
fn clean_lines(lines: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for line in lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
        if line.chars().count() > LINE_MAX || line.chars().any(char::is_control) {
            return Err(DeskError::SettingLine);
        }
        if !out.iter().any(|seen| seen == line) {
            out.push(line.to_owned());
        }
    }
    if out.len() > LIST_MAX {
        return Err(DeskError::SettingLine);
    }
    Ok(out)
}
