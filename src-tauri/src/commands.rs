//! One thin command per use case: take the arguments, run the `AppState` method off the main thread.

use std::path::PathBuf;

use leerteam_model::{Case, CaseSummary, NewCase, StorySettings};
use leerteam_story::Lang;
use leerteam_vault::SecretString;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;
use uuid::Uuid;

use crate::error::{IpcError, IpcResult};
use crate::settings::Settings;
use crate::state::{AppState, StartInfo};
use leerteam_desk::{CaseView, StoryReview};

/// Runs `f` on a blocking thread: scrypt, encryption and file I/O never stall the window.
async fn blocking<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&AppState) -> IpcResult<T> + Send + 'static,
) -> IpcResult<T> {
    tauri::async_runtime::spawn_blocking(move || f(&app.state::<AppState>()))
        .await
        .map_err(|_| IpcError::new("internal", "the operation stopped unexpectedly"))?
}

#[tauri::command]
pub async fn app_start(app: AppHandle) -> IpcResult<StartInfo> {
    blocking(app, |s| Ok(s.start())).await
}

#[tauri::command]
pub async fn pick_vault_folder(app: AppHandle) -> IpcResult<Option<String>> {
    let picked = app.dialog().file().blocking_pick_folder();
    Ok(picked.and_then(|p| p.into_path().ok()).map(|p| p.to_string_lossy().into_owned()))
}

#[tauri::command]
pub async fn create_vault(app: AppHandle, dir: String, passphrase: String) -> IpcResult<String> {
    blocking(app, move |s| s.create_vault(&PathBuf::from(dir), SecretString::from(passphrase))).await
}

#[tauri::command]
pub async fn save_recovery_key(app: AppHandle) -> IpcResult<bool> {
    let dialog = app.dialog().file().set_file_name("leerteam-recovery-key.txt").add_filter("Text", &["txt"]);
    let Some(path) = dialog.blocking_save_file().and_then(|p| p.into_path().ok()) else { return Ok(false) };
    blocking(app, move |s| s.save_recovery_key(&path).map(|()| true)).await
}

#[tauri::command]
pub async fn confirm_recovery_key(app: AppHandle) -> IpcResult<()> {
    blocking(app, |s| {
        s.confirm_recovery_key();
        Ok(())
    })
    .await
}

#[tauri::command]
pub async fn unlock(app: AppHandle, dir: String, passphrase: String) -> IpcResult<chrono::DateTime<chrono::Utc>> {
    blocking(app, move |s| s.unlock(&PathBuf::from(dir), SecretString::from(passphrase))).await
}

#[tauri::command]
pub async fn recover(
    app: AppHandle,
    dir: String,
    recovery_key: String,
    new_passphrase: String,
) -> IpcResult<chrono::DateTime<chrono::Utc>> {
    blocking(app, move |s| s.recover(&PathBuf::from(dir), &recovery_key, SecretString::from(new_passphrase))).await
}

#[tauri::command]
pub async fn lock(app: AppHandle) -> IpcResult<()> {
    blocking(app, |s| s.lock()).await
}

#[tauri::command]
pub async fn change_passphrase(app: AppHandle, current: String, new: String) -> IpcResult<()> {
    blocking(app, move |s| s.change_passphrase(SecretString::from(current), SecretString::from(new))).await
}

#[tauri::command]
pub async fn set_settings(app: AppHandle, settings: Settings) -> IpcResult<Settings> {
    blocking(app, move |s| s.set_settings(settings)).await
}

#[tauri::command]
pub async fn list_cases(app: AppHandle) -> IpcResult<Vec<CaseSummary>> {
    blocking(app, |s| s.list_cases()).await
}

#[tauri::command]
pub async fn create_case(app: AppHandle, case: NewCase) -> IpcResult<CaseView> {
    blocking(app, move |s| s.create_case(case, Uuid::new_v4())).await
}

#[tauri::command]
pub async fn get_case(app: AppHandle, id: Uuid) -> IpcResult<CaseView> {
    blocking(app, move |s| s.get_case(id)).await
}

#[tauri::command]
pub async fn save_case(app: AppHandle, case: Case) -> IpcResult<CaseView> {
    blocking(app, move |s| s.save_case(case)).await
}

#[tauri::command]
pub async fn story_review(app: AppHandle, id: Uuid, lang: Lang) -> IpcResult<StoryReview> {
    blocking(app, move |s| s.story_review(id, lang)).await
}

/// Asks where to save (a dialog opened here, not by the web view), then writes the PDF.
/// `None` when the facilitator cancels.
#[tauri::command]
pub async fn export_story(app: AppHandle, id: Uuid, lang: Lang) -> IpcResult<Option<CaseView>> {
    let title = match lang {
        Lang::Nl => "Leerverhaal opslaan",
        Lang::En => "Save learning story",
    };
    let name = leerteam_story::suggested_file_name(lang, chrono::Local::now().date_naive());
    let dialog = app.dialog().file().set_title(title).set_file_name(name).add_filter("PDF", &["pdf"]);
    let Some(path) = dialog.blocking_save_file().and_then(|p| p.into_path().ok()) else { return Ok(None) };
    blocking(app, move |s| s.export_story(id, lang, &path).map(Some)).await
}

#[tauri::command]
pub async fn story_settings(app: AppHandle) -> IpcResult<StorySettings> {
    blocking(app, |s| s.story_settings()).await
}

#[tauri::command]
pub async fn set_story_settings(app: AppHandle, settings: StorySettings) -> IpcResult<StorySettings> {
    blocking(app, move |s| s.set_story_settings(settings)).await
}
