//! One thin command per use case: take the arguments, run the `AppState` method off the main thread.
//! The commands are written once, inside `commands!`, which also gives the invoke handler and each
//! command's signature in TypeScript terms: the UI's wrappers (`ui/src/bindings/commands.ts`) are
//! generated from that list by the test `the_ui_commands_and_error_codes_are_generated`.

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use leerteam_model::{Case, CaseSummary, ExperimentStatus, LocalId, NewCase, Role, StorySettings};
use leerteam_story::Lang;
use leerteam_vault::SecretString;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;
use uuid::Uuid;

use crate::error::{AppCode, IpcError, IpcResult};
use crate::projector::{self, MonitorView};
use crate::room::TimerAction;
use crate::settings::Settings;
use crate::state::{AppState, StartInfo};
use leerteam_desk::{
    ActionsFormat, BackupView, BoardFilter, CaseView, FollowUpItem, HandoverKey, HandoverPreview, LetterFormat,
    NewCheckIn, Note, Notes, OwnQuestion, Pins, RoomView, StoryReview,
};
use leerteam_room::Group;

/// Runs `f` on a blocking thread: scrypt, encryption and file I/O never stall the window.
async fn blocking<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppState) -> IpcResult<T> + Send + 'static,
) -> IpcResult<T> {
    tauri::async_runtime::spawn_blocking(move || f(&app.state::<AppState>()))
        .await
        .map_err(|_| IpcError::app(AppCode::Internal, "the operation stopped unexpectedly"))?
}

/// Gives a type's name in TypeScript.
pub type TsType = fn() -> String;

/// One command as the UI calls it: its name, its arguments and the type of its answer, in TypeScript.
#[derive(Debug)]
pub struct Signature {
    pub name: &'static str,
    pub args: &'static [(&'static str, TsType)],
    pub answer: TsType,
}

/// Where the facilitator chose to save in the dialog (opened by Rust, never by the web view);
/// `None` when cancelled.
fn chosen_path<R: tauri::Runtime>(dialog: tauri_plugin_dialog::FileDialogBuilder<R>) -> Option<PathBuf> {
    dialog.blocking_save_file().and_then(|p| p.into_path().ok())
}

/// The TypeScript name of a type that crosses the IPC boundary, as ts-rs writes it.
fn ts_type<T: ts_rs::TS>() -> String {
    T::name(&ts_rs::Config::default())
}

/// Defines the commands with `#[tauri::command]`, and from the same list [`SIGNATURES`] and
/// [`handler`], so a command cannot be registered, granted or typed for the UI apart from its code.
macro_rules! commands {
    ($(
        $(#[doc = $doc:literal])*
        pub async fn $name:ident($app:ident: AppHandle $(, $arg:ident: $ty:ty)* $(,)?) -> IpcResult<$answer:ty> $body:block
    )+) => {
        $(
            $(#[doc = $doc])*
            #[tauri::command]
            pub async fn $name($app: AppHandle $(, $arg: $ty)*) -> IpcResult<$answer> $body
        )+

        /// Every command, in the order written, with its arguments and answer.
        pub const SIGNATURES: &[Signature] = &[$(Signature {
            name: stringify!($name),
            args: &[$((stringify!($arg), ts_type::<$ty>)),*],
            answer: ts_type::<$answer>,
        }),+];

        /// The invoke handler of exactly these commands.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),+]
        }
    };
}

commands! {
    pub async fn app_start(app: AppHandle) -> IpcResult<StartInfo> {
        blocking(app, |s| Ok(s.start())).await
    }

    pub async fn pick_vault_folder(app: AppHandle) -> IpcResult<Option<String>> {
        let picked = app.dialog().file().blocking_pick_folder();
        Ok(picked.and_then(|p| p.into_path().ok()).map(|p| p.to_string_lossy().into_owned()))
    }

    pub async fn create_vault(app: AppHandle, dir: String, passphrase: String) -> IpcResult<String> {
        blocking(app, move |s| s.create_vault(&PathBuf::from(dir), SecretString::from(passphrase))).await
    }

    pub async fn save_recovery_key(app: AppHandle) -> IpcResult<bool> {
        let dialog = app.dialog().file().set_file_name("leerteam-recovery-key.txt").add_filter("Text", &["txt"]);
        let Some(path) = chosen_path(dialog) else { return Ok(false) };
        blocking(app, move |s| s.save_recovery_key(&path).map(|()| true)).await
    }

    pub async fn confirm_recovery_key(app: AppHandle) -> IpcResult<()> {
        blocking(app, |s| {
            s.confirm_recovery_key();
            Ok(())
        })
        .await
    }

    /// Asks where to save (a dialog opened here), then writes the printable recovery sheet of the
    /// key being shown. `false` when the facilitator cancels.
    pub async fn save_recovery_sheet(app: AppHandle, lang: Lang) -> IpcResult<bool> {
        let title = match lang {
            Lang::Nl => "Herstelblad opslaan",
            Lang::En => "Save recovery sheet",
        };
        let name = leerteam_story::sheet_file_name(lang);
        let dialog = app.dialog().file().set_title(title).set_file_name(name).add_filter("PDF", &["pdf"]);
        let Some(path) = chosen_path(dialog) else { return Ok(false) };
        blocking(app, move |s| s.save_recovery_sheet(lang, &path).map(|()| true)).await
    }

    pub async fn sheet_check(app: AppHandle) -> IpcResult<[u32; 2]> {
        blocking(app, |s| s.sheet_check()).await
    }

    pub async fn check_recovery_sheet(app: AppHandle, answers: Vec<(u32, String)>) -> IpcResult<bool> {
        blocking(app, move |s| s.check_recovery_sheet(answers)).await
    }

    pub async fn replace_recovery_key(app: AppHandle, passphrase: String) -> IpcResult<String> {
        blocking(app, move |s| s.replace_recovery_key(SecretString::from(passphrase))).await
    }

    pub async fn unlock(app: AppHandle, dir: String, passphrase: String) -> IpcResult<DateTime<Utc>> {
        blocking(app, move |s| s.unlock(&PathBuf::from(dir), SecretString::from(passphrase))).await
    }

    pub async fn recover(
        app: AppHandle,
        dir: String,
        recovery_key: String,
        new_passphrase: String,
    ) -> IpcResult<DateTime<Utc>> {
        blocking(app, move |s| s.recover(&PathBuf::from(dir), &recovery_key, SecretString::from(new_passphrase))).await
    }

    pub async fn lock(app: AppHandle) -> IpcResult<()> {
        blocking(app, |s| s.lock()).await
    }

    pub async fn change_passphrase(app: AppHandle, current: String, next: String) -> IpcResult<()> {
        blocking(app, move |s| s.change_passphrase(SecretString::from(current), SecretString::from(next))).await
    }

    pub async fn set_settings(app: AppHandle, settings: Settings) -> IpcResult<Settings> {
        blocking(app, move |s| s.set_settings(settings)).await
    }

    pub async fn list_cases(app: AppHandle) -> IpcResult<Vec<CaseSummary>> {
        blocking(app, |s| s.list_cases()).await
    }

    pub async fn create_case(app: AppHandle, case: NewCase) -> IpcResult<CaseView> {
        blocking(app, move |s| s.create_case(case, Uuid::new_v4())).await
    }

    pub async fn get_case(app: AppHandle, id: Uuid) -> IpcResult<CaseView> {
        blocking(app, move |s| s.get_case(id)).await
    }

    pub async fn save_case(app: AppHandle, case: Case) -> IpcResult<CaseView> {
        blocking(app, move |s| s.save_case(case)).await
    }

    pub async fn story_review(app: AppHandle, id: Uuid, lang: Lang) -> IpcResult<StoryReview> {
        blocking(app, move |s| s.story_review(id, lang)).await
    }

    /// Asks where to save (a dialog opened here, not by the web view), then writes the PDF.
    /// `None` when the facilitator cancels.
    pub async fn export_story(app: AppHandle, id: Uuid, lang: Lang) -> IpcResult<Option<CaseView>> {
        let title = match lang {
            Lang::Nl => "Leerverhaal opslaan",
            Lang::En => "Save learning story",
        };
        let name = leerteam_story::suggested_file_name(lang, chrono::Local::now().date_naive());
        let dialog = app.dialog().file().set_title(title).set_file_name(name).add_filter("PDF", &["pdf"]);
        let Some(path) = chosen_path(dialog) else { return Ok(None) };
        blocking(app, move |s| s.export_story(id, lang, &path).map(Some)).await
    }

    pub async fn follow_up(app: AppHandle, filter: BoardFilter) -> IpcResult<Vec<FollowUpItem>> {
        blocking(app, move |s| s.follow_up(filter)).await
    }

    pub async fn record_check_in(
        app: AppHandle,
        case_id: Uuid,
        experiment_id: LocalId,
        check_in: NewCheckIn,
    ) -> IpcResult<CaseView> {
        blocking(app, move |s| s.record_check_in(case_id, experiment_id, check_in)).await
    }

    pub async fn decide(
        app: AppHandle,
        case_id: Uuid,
        experiment_id: LocalId,
        status: ExperimentStatus,
    ) -> IpcResult<CaseView> {
        blocking(app, move |s| s.decide(case_id, experiment_id, status)).await
    }

    /// Asks where to save (a dialog opened here), then writes the calendar file of one case, or of
    /// every open review when `case_id` is null. `false` when the facilitator cancels.
    pub async fn export_calendar(app: AppHandle, case_id: Option<Uuid>, lang: Lang) -> IpcResult<bool> {
        let name = match case_id {
            Some(id) => format!("leerteam-{}.ics", &id.simple().to_string()[..8]),
            None => "leerteam-reviews.ics".to_owned(),
        };
        let title = match lang {
            Lang::Nl => "Agendabestand opslaan",
            Lang::En => "Save calendar file",
        };
        let dialog = app.dialog().file().set_title(title).set_file_name(name).add_filter("iCalendar", &["ics"]);
        let Some(path) = chosen_path(dialog) else { return Ok(false) };
        blocking(app, move |s| s.export_calendar(case_id, lang, &path).map(|()| true)).await
    }

    /// Asks where to save (a dialog opened here), then writes the action list of one case, or of
    /// the whole board when `case_id` is null. `false` when the facilitator cancels.
    pub async fn export_actions(
        app: AppHandle,
        case_id: Option<Uuid>,
        format: ActionsFormat,
        lang: Lang,
    ) -> IpcResult<bool> {
        let (title, stem) = match lang {
            Lang::Nl => ("Actielijst opslaan", "actielijst"),
            Lang::En => ("Save action list", "action-list"),
        };
        let extension = format.extension();
        let name = match case_id {
            Some(id) => format!("{stem}-{}.{extension}", &id.simple().to_string()[..8]),
            None => format!("{stem}-{}.{extension}", chrono::Local::now().date_naive().format("%Y-%m-%d")),
        };
        let filter = if extension == "xlsx" { "Excel" } else { "CSV" };
        let dialog = app.dialog().file().set_title(title).set_file_name(name).add_filter(filter, &[extension]);
        let Some(path) = chosen_path(dialog) else { return Ok(false) };
        blocking(app, move |s| s.export_actions(case_id, format, lang, &path).map(|()| true)).await
    }

    pub async fn backups(app: AppHandle) -> IpcResult<Vec<BackupView>> {
        blocking(app, |s| s.backups()).await
    }

    pub async fn restore_backup(app: AppHandle, name: String) -> IpcResult<Vec<BackupView>> {
        blocking(app, move |s| s.restore_backup(&name)).await
    }

    pub async fn retention_days(app: AppHandle) -> IpcResult<u32> {
        blocking(app, |s| s.retention_days()).await
    }

    pub async fn set_retention_days(app: AppHandle, days: u32) -> IpcResult<u32> {
        blocking(app, move |s| s.set_retention_days(days)).await
    }

    pub async fn handover_key(app: AppHandle) -> IpcResult<HandoverKey> {
        blocking(app, |s| s.handover_key()).await
    }

    pub async fn colleagues(app: AppHandle) -> IpcResult<Vec<HandoverKey>> {
        blocking(app, |s| s.colleagues()).await
    }

    pub async fn add_colleague(app: AppHandle, label: String, key: String) -> IpcResult<Vec<HandoverKey>> {
        blocking(app, move |s| s.add_colleague(&label, &key)).await
    }

    pub async fn remove_colleague(app: AppHandle, label: String) -> IpcResult<Vec<HandoverKey>> {
        blocking(app, move |s| s.remove_colleague(&label)).await
    }

    /// Asks where to save (a dialog opened here), then writes the hand-over file of one case for a
    /// colleague. `None` when the facilitator cancels.
    pub async fn send_case(
        app: AppHandle,
        case_id: Uuid,
        to: String,
        with_notes: bool,
        lang: Lang,
    ) -> IpcResult<Option<CaseView>> {
        let title = match lang {
            Lang::Nl => "Overdrachtsbestand opslaan",
            Lang::En => "Save hand-over file",
        };
        let name = format!("casus-{}.leerteam-case", &case_id.simple().to_string()[..8]);
        let dialog = app.dialog().file().set_title(title).set_file_name(name).add_filter("Leerteam", &["leerteam-case"]);
        let Some(path) = chosen_path(dialog) else { return Ok(None) };
        let notes = if with_notes { Notes::Include } else { Notes::Leave };
        blocking(app, move |s| s.send_case(case_id, &to, notes, &path).map(Some)).await
    }

    /// Asks which hand-over file to open (a dialog opened here), then shows what it holds: the
    /// case and its privacy scan. Nothing is added yet. `None` when the facilitator cancels.
    pub async fn preview_handover(app: AppHandle, lang: Lang) -> IpcResult<Option<HandoverPreview>> {
        let title = match lang {
            Lang::Nl => "Overdrachtsbestand openen",
            Lang::En => "Open hand-over file",
        };
        let picked = app.dialog().file().set_title(title).add_filter("Leerteam", &["leerteam-case"]).blocking_pick_file();
        let Some(path) = picked.and_then(|p| p.into_path().ok()) else { return Ok(None) };
        blocking(app, move |s| s.preview_handover(&path, lang).map(Some)).await
    }

    /// Adds the previewed hand-over file as a new case.
    pub async fn receive_case(app: AppHandle) -> IpcResult<CaseView> {
        blocking(app, |s| s.receive_case()).await
    }

    pub async fn set_aside_handover(app: AppHandle) -> IpcResult<()> {
        blocking(app, |s| {
            s.set_aside_handover();
            Ok(())
        })
        .await
    }

    /// The invitation for one role, as plain text: the preview, and what is pasted into an e-mail.
    pub async fn invitation_text(app: AppHandle, case_id: Uuid, role: Role, lang: Lang) -> IpcResult<String> {
        blocking(app, move |s| s.invitation_text(case_id, role, lang)).await
    }

    /// Asks where to save (a dialog opened here), then writes the invitation for one role as a PDF or
    /// as plain text. `false` when the facilitator cancels.
    pub async fn export_invitation(
        app: AppHandle,
        case_id: Uuid,
        role: Role,
        lang: Lang,
        format: LetterFormat,
    ) -> IpcResult<bool> {
        let (filter, extension) = match format {
            LetterFormat::Pdf => ("PDF", "pdf"),
            LetterFormat::Text => ("Text", "txt"),
        };
        let name = leerteam_story::invitation_file_name(role, lang, chrono::Local::now().date_naive(), extension);
        let title = match lang {
            Lang::Nl => "Uitnodiging opslaan",
            Lang::En => "Save invitation",
        };
        let dialog = app.dialog().file().set_title(title).set_file_name(name).add_filter(filter, &[extension]);
        let Some(path) = chosen_path(dialog) else { return Ok(false) };
        blocking(app, move |s| s.export_invitation(case_id, role, lang, format, &path).map(|()| true)).await
    }

    pub async fn story_settings(app: AppHandle) -> IpcResult<StorySettings> {
        blocking(app, |s| s.story_settings()).await
    }

    pub async fn set_story_settings(app: AppHandle, settings: StorySettings) -> IpcResult<StorySettings> {
        blocking(app, move |s| s.set_story_settings(settings)).await
    }

    /// Opens session mode on one session of a case; the projector (if open) follows it.
    pub async fn open_room(app: AppHandle, case_id: Uuid, session_id: LocalId, lang: Lang) -> IpcResult<RoomView> {
        in_room(app, move |s| s.open_room(case_id, session_id, lang)).await
    }

    pub async fn close_room(app: AppHandle) -> IpcResult<()> {
        in_room(app, |s| {
            s.close_room();
            Ok(())
        })
        .await
    }

    pub async fn room_view(app: AppHandle) -> IpcResult<RoomView> {
        blocking(app, |s| s.room_view()).await
    }

    pub async fn room_speak(app: AppHandle, participant: Option<LocalId>) -> IpcResult<RoomView> {
        in_room(app, move |s| s.room_speak(participant)).await
    }

    pub async fn room_capture(app: AppHandle, note: Note) -> IpcResult<RoomView> {
        in_room(app, move |s| s.room_capture(note)).await
    }

    pub async fn room_park(app: AppHandle, text: String) -> IpcResult<RoomView> {
        in_room(app, move |s| s.room_park(&text)).await
    }

    pub async fn room_ask(app: AppHandle, key: String) -> IpcResult<RoomView> {
        in_room(app, move |s| s.room_ask(&key)).await
    }

    pub async fn room_undo(app: AppHandle) -> IpcResult<RoomView> {
        in_room(app, |s| s.room_undo()).await
    }

    pub async fn room_pins(app: AppHandle, pins: Pins) -> IpcResult<RoomView> {
        in_room(app, move |s| s.room_pins(pins)).await
    }

    /// The projector's blank key: on, it shows nothing at all, at once.
    pub async fn room_blank(app: AppHandle, blank: bool) -> IpcResult<RoomView> {
        in_room(app, move |s| s.room_blank(blank)).await
    }

    pub async fn room_timer(app: AppHandle, action: TimerAction) -> IpcResult<RoomView> {
        in_room(app, move |s| s.room_timer(action)).await
    }

    pub async fn monitors(app: AppHandle) -> IpcResult<Vec<MonitorView>> {
        Ok(projector::monitors(&app))
    }

    pub async fn open_projector(app: AppHandle, monitor: Option<u32>, fullscreen: bool) -> IpcResult<()> {
        projector::open(&app, monitor, fullscreen).map_err(|_| IpcError::app(AppCode::Internal, "the projector window could not open"))
    }

    pub async fn close_projector(app: AppHandle) -> IpcResult<()> {
        projector::close(&app).map_err(|_| IpcError::app(AppCode::Internal, "the projector window could not close"))
    }

    /// Phase 5: a parked fix becomes a planned experiment.
    pub async fn plant_parked(app: AppHandle, case_id: Uuid, fix_id: LocalId) -> IpcResult<CaseView> {
        blocking(app, move |s| s.plant_parked(case_id, fix_id)).await
    }

    pub async fn ground_rules(app: AppHandle, lang: Lang) -> IpcResult<Vec<String>> {
        blocking(app, move |s| s.ground_rules(lang)).await
    }

    pub async fn set_ground_rules(app: AppHandle, rules: Vec<String>, lang: Lang) -> IpcResult<Vec<String>> {
        blocking(app, move |s| s.set_ground_rules(rules, lang)).await
    }

    pub async fn own_questions(app: AppHandle) -> IpcResult<Vec<OwnQuestion>> {
        blocking(app, |s| s.own_questions()).await
    }

    pub async fn set_own_questions(app: AppHandle, texts: Vec<String>) -> IpcResult<Vec<OwnQuestion>> {
        blocking(app, move |s| s.set_own_questions(texts)).await
    }

    /// Adds the built-in practice pack in `lang` as a practice case.
    pub async fn add_practice_case(app: AppHandle, lang: Lang) -> IpcResult<CaseView> {
        blocking(app, move |s| s.add_practice_case(lang, None)).await
    }

    /// Asks for a trainer's pack file (a dialog opened here) and adds it as a practice case.
    pub async fn import_practice_pack(app: AppHandle, lang: Lang) -> IpcResult<Option<CaseView>> {
        let title = match lang {
            Lang::Nl => "Oefenpakket openen",
            Lang::En => "Open practice pack",
        };
        let picked = app.dialog().file().set_title(title).add_filter("JSON", &["json"]).blocking_pick_file();
        let Some(path) = picked.and_then(|p| p.into_path().ok()) else { return Ok(None) };
        blocking(app, move |s| s.add_practice_case(lang, Some(&path)).map(Some)).await
    }

    pub async fn save_role_cards(app: AppHandle, case_id: Uuid, lang: Lang) -> IpcResult<bool> {
        let title = match lang {
            Lang::Nl => "Rolkaarten opslaan",
            Lang::En => "Save role cards",
        };
        let name = leerteam_room::role_cards_file_name(lang);
        let dialog = app.dialog().file().set_title(title).set_file_name(name).add_filter("PDF", &["pdf"]);
        let Some(path) = chosen_path(dialog) else { return Ok(false) };
        blocking(app, move |s| s.save_role_cards(case_id, lang, &path).map(|()| true)).await
    }

    /// The observers' sheets for `trainees` in round `round` (1, 2, …).
    pub async fn save_observer_sheets(app: AppHandle, case_id: Uuid, trainees: u32, round: u32, lang: Lang) -> IpcResult<bool> {
        let (title, name) = match lang {
            Lang::Nl => ("Observatielijsten opslaan", "observatielijsten-oefencasus.pdf"),
            Lang::En => ("Save observer checklists", "observer-checklists-practice-case.pdf"),
        };
        let dialog = app.dialog().file().set_title(title).set_file_name(name).add_filter("PDF", &["pdf"]);
        let Some(path) = chosen_path(dialog) else { return Ok(false) };
        let round = round.saturating_sub(1);
        blocking(app, move |s| s.save_observer_sheets(case_id, trainees, round, lang, &path).map(|()| true)).await
    }

    pub async fn training_groups(app: AppHandle, trainees: u32) -> IpcResult<Vec<Group>> {
        let _ = app;
        leerteam_room::groups(trainees).map_err(|e| IpcError::from(leerteam_desk::DeskError::from(e)))
    }
}

/// A command of session mode: after it, the projector gets its page at once.
async fn in_room<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppState) -> IpcResult<T> + Send + 'static,
) -> IpcResult<T> {
    let answer = blocking(app.clone(), f).await;
    projector::push(&app);
    answer
}
