//! Session mode and training in the app: the open room beside the desk, the AppState methods of
//! their use cases (leerteam-desk does the work), and the monotonic clock the timer reads.

use std::path::Path;
use std::time::Duration;

use chrono::Utc;
use leerteam_desk::{CaseView, Note, OwnQuestion, PackSource, Pins, ProjectorView, Room, RoomView};
use leerteam_model::{Language, LocalId};
use leerteam_story::Lang;
use serde::Deserialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{AppCode, IpcError, IpcResult};
use crate::state::{lock, AppState};

/// A meeting in session mode and the language both windows show it in.
#[derive(Debug)]
pub struct OpenRoom {
    pub room: Room,
    pub lang: Lang,
}

/// The timer as the facilitator's window shows it between changes.
#[derive(Debug, Clone, serde::Serialize, TS)]
#[ts(export)]
pub struct RoomClock {
    pub clock: String,
    pub timer: leerteam_room::TimerView,
}

/// What the facilitator does with the timer.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(tag = "do", rename_all = "snake_case")]
#[ts(export)]
pub enum TimerAction {
    Start,
    Pause,
    AddMinutes { minutes: u32 },
    Select { step: u32 },
}

impl AppState {
    /// The timer's clock: time since the app started, which no change of the wall clock moves.
    pub fn monotonic(&self) -> Duration {
        self.origin.elapsed()
    }

    pub fn open_room(&self, case_id: Uuid, session_id: LocalId, lang: Lang) -> IpcResult<RoomView> {
        self.with_desk(|desk| {
            let room = desk.open_room(case_id, session_id)?;
            let view = desk.room_view(&room, lang, self.monotonic())?;
            *lock(&self.room) = Some(OpenRoom { room, lang });
            Ok(view)
        })
    }

    /// The timer now, if a room is open; reads the room only, not the vault.
    pub fn room_clock(&self) -> Option<RoomClock> {
        let room = lock(&self.room);
        let timer = room.as_ref()?.room.timer.view(self.monotonic());
        Some(RoomClock { clock: leerteam_room::clock_text(timer.remaining_seconds), timer })
    }

    pub fn close_room(&self) {
        lock(&self.room).take();
    }

    pub fn room_view(&self) -> IpcResult<RoomView> {
        self.in_room(|desk, open, now| Ok(desk.room_view(&open.room, open.lang, now)?))
    }

    /// The projector's page now; blank when no room is open (or the vault is locked).
    pub fn projector_view(&self) -> ProjectorView {
        self.in_room(|desk, open, now| Ok(desk.projector_view(&open.room, open.lang, now)?))
            .unwrap_or_else(|_| ProjectorView::blank())
    }

    pub fn room_speak(&self, participant: Option<LocalId>) -> IpcResult<RoomView> {
        self.room_change(|desk, room, now| Ok(desk.room_speak(room, participant, now)?))
    }

    pub fn room_capture(&self, note: Note) -> IpcResult<RoomView> {
        self.room_change(|desk, room, now| Ok(desk.room_capture(room, &note, now)?))
    }

    pub fn room_park(&self, text: &str) -> IpcResult<RoomView> {
        self.room_change(|desk, room, now| Ok(desk.room_park(room, text, now).map(drop)?))
    }

    pub fn room_ask(&self, key: &str) -> IpcResult<RoomView> {
        let lang = lock(&self.room).as_ref().map(|open| open.lang).ok_or_else(no_room)?;
        self.room_change(|desk, room, now| Ok(desk.room_ask(room, key, lang, now)?))
    }

    pub fn room_undo(&self) -> IpcResult<RoomView> {
        self.room_change(|desk, room, now| Ok(desk.room_undo(room, now).map(drop)?))
    }

    /// What the projector shows; nothing in the case changes.
    pub fn room_pins(&self, pins: Pins) -> IpcResult<RoomView> {
        self.in_room(|_, open, _| {
            open.room.pins = pins;
            Ok(())
        })?;
        self.room_view()
    }

    pub fn room_blank(&self, blank: bool) -> IpcResult<RoomView> {
        self.in_room(|_, open, _| {
            open.room.blank = blank;
            Ok(())
        })?;
        self.room_view()
    }

    pub fn room_timer(&self, action: TimerAction) -> IpcResult<RoomView> {
        self.in_room(|_, open, now| {
            let timer = &mut open.room.timer;
            match action {
                TimerAction::Start => timer.start(now),
                TimerAction::Pause => timer.pause(now),
                TimerAction::AddMinutes { minutes } => timer.add_minutes(minutes.min(60)),
                TimerAction::Select { step } => timer.select(step as usize),
            }
            Ok(())
        })?;
        self.room_view()
    }

    pub fn plant_parked(&self, case_id: Uuid, fix_id: LocalId) -> IpcResult<CaseView> {
        self.change(|desk, now| Ok(desk.plant_parked(case_id, fix_id, now)?))
    }

    pub fn ground_rules(&self, lang: Lang) -> IpcResult<Vec<String>> {
        self.with_desk(|desk| Ok(desk.ground_rules(lang)?))
    }

    pub fn set_ground_rules(&self, rules: Vec<String>, lang: Lang) -> IpcResult<Vec<String>> {
        self.change(|desk, _| Ok(desk.set_ground_rules(&rules, lang)?))
    }

    pub fn own_questions(&self) -> IpcResult<Vec<OwnQuestion>> {
        self.with_desk(|desk| Ok(desk.own_questions()?))
    }

    pub fn set_own_questions(&self, texts: Vec<String>) -> IpcResult<Vec<OwnQuestion>> {
        self.change(|desk, _| Ok(desk.set_own_questions(&texts)?))
    }

    /// Adds the built-in practice pack, or a trainer's pack read from `file`, as a practice case.
    pub fn add_practice_case(&self, lang: Lang, file: Option<&Path>) -> IpcResult<CaseView> {
        let read = |path: &Path| {
            std::fs::read_to_string(path)
                .map_err(|source| leerteam_desk::DeskError::Io { op: "read the practice pack", source })
        };
        let text = file.map(read).transpose()?;
        let source = match &text {
            Some(text) => PackSource::File(text),
            None => PackSource::Builtin(match lang {
                Lang::Nl => Language::Dutch,
                Lang::En => Language::English,
            }),
        };
        let case = leerteam_desk::parse_pack(source, Uuid::new_v4(), Utc::now())?;
        self.change(|desk, now| Ok(desk.import_practice(&case, now)?))
    }

    pub fn save_role_cards(&self, case_id: Uuid, lang: Lang, path: &Path) -> IpcResult<()> {
        self.with_desk(|desk| Ok(desk.export_role_cards(case_id, lang, path, Utc::now()).map(drop)?))
    }

    pub fn save_observer_sheets(
        &self,
        case_id: Uuid,
        trainees: u32,
        round: u32,
        lang: Lang,
        path: &Path,
    ) -> IpcResult<()> {
        self.with_desk(|desk| {
            Ok(desk.export_observer_sheets(case_id, trainees, round, lang, path, Utc::now()).map(drop)?)
        })
    }

    /// Runs `f` on the open room, with the desk and the timer's clock.
    fn in_room<T>(
        &self,
        f: impl FnOnce(&mut leerteam_desk::Desk, &mut OpenRoom, Duration) -> IpcResult<T>,
    ) -> IpcResult<T> {
        self.with_desk(|desk| {
            let mut room = lock(&self.room);
            let open = room.as_mut().ok_or_else(no_room)?;
            f(desk, open, self.monotonic())
        })
    }

    /// A change to the case from the room: saved like any change, then the room's new view.
    fn room_change(
        &self,
        f: impl FnOnce(&mut leerteam_desk::Desk, &mut Room, chrono::DateTime<Utc>) -> IpcResult<()>,
    ) -> IpcResult<RoomView> {
        self.change(|desk, now| {
            let mut room = lock(&self.room);
            let open = room.as_mut().ok_or_else(no_room)?;
            f(desk, &mut open.room, now)?;
            Ok(desk.room_view(&open.room, open.lang, self.monotonic())?)
        })
    }
}

fn no_room() -> IpcError {
    IpcError::app(AppCode::NoRoom, "no session is open in session mode")
}
