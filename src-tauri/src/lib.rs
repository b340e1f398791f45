//! The Leerteam desktop shell: builds the window, holds the state, exposes one command per use case.
//! All domain work happens in leerteam-vault and leerteam-model.

pub mod commands;
mod error;
mod projector;
pub mod renderer;
mod room;
mod saver;
mod settings;
mod state;

use tauri::{Manager, WebviewUrl, WebviewWindowBuilder};

pub use error::{error_codes, IpcError};
pub use leerteam_desk::CaseView;
pub use settings::Settings;
pub use state::{AppState, StartInfo};

/// Test-only: the vault folder to use instead of the OS default (the e2e tests use a temp folder).
pub const VAULT_DIR_VAR: &str = "LEERTEAM_VAULT_DIR";
/// Test-only: a low scrypt work factor, so the e2e tests do not spend seconds per unlock.
pub const WORK_FACTOR_VAR: &str = "LEERTEAM_TEST_WORK_FACTOR";
/// Test-only: how long the saver waits after a change (milliseconds), so a test can stop the app
/// while a change is surely still only in memory.
pub const SETTLE_VAR: &str = "LEERTEAM_TEST_SAVE_DELAY_MS";

pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let data_dir = app.path().app_data_dir()?;
            let default_dir = std::env::var_os(VAULT_DIR_VAR).map(Into::into).unwrap_or_else(|| data_dir.join("vault"));
            let work_factor = env_number(WORK_FACTOR_VAR).unwrap_or(leerteam_vault::DEFAULT_WORK_FACTOR);
            app.manage(AppState::new(app.path().app_config_dir()?, default_dir, work_factor));
            let (changes, saver) = std::sync::mpsc::channel();
            app.state::<AppState>().set_saver(changes);
            let settle = env_number(SETTLE_VAR).map_or(saver::SETTLE, std::time::Duration::from_millis);
            let handle = app.handle().clone();
            std::thread::spawn(move || saver::run(handle, saver, settle));
            let ticker = app.handle().clone();
            std::thread::spawn(move || projector::run_ticker(ticker));
            #[cfg(unix)]
            flush_on_termination(app.handle().clone())?;
            main_window(app)?;
            Ok(())
        })
        .invoke_handler(commands::handler())
        .build(tauri::generate_context!())
        .expect("Leerteam could not start")
        .run(|app, event| match event {
            // The projector never outlives the facilitator's window.
            tauri::RunEvent::WindowEvent { label, event: tauri::WindowEvent::CloseRequested { .. }, .. }
                if label == "main" =>
            {
                let _ = projector::close(app);
            }
            // Closing the window writes what the saver thread has not written yet.
            tauri::RunEvent::ExitRequested { .. } | tauri::RunEvent::Exit => {
                let _ = app.state::<AppState>().flush();
            }
            _ => {}
        });
}

/// A test-only number from the environment; absent or unreadable means the default.
fn env_number<T: std::str::FromStr>(var: &str) -> Option<T> {
    std::env::var(var).ok()?.parse().ok()
}

/// A logout or shutdown sends SIGTERM (a closed terminal SIGHUP, Ctrl-C SIGINT): write what is
/// pending, then quit, instead of losing the change made in the last quarter second.
#[cfg(unix)]
fn flush_on_termination(app: tauri::AppHandle) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP])?;
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = app.state::<AppState>().flush();
            app.exit(0);
        }
    });
    Ok(())
}

/// The one window. Navigation away from the app's own pages is refused: no link or script can take
/// the window, and the unlocked vault behind it, somewhere else.
fn main_window(app: &tauri::App) -> tauri::Result<()> {
    WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
        .title("Leerteam")
        .inner_size(1100.0, 760.0)
        .min_inner_size(720.0, 520.0)
        .on_navigation(|url| is_own_page(url.as_str()))
        .build()?;
    Ok(())
}

pub(crate) fn is_own_page(url: &str) -> bool {
    url.starts_with("tauri://localhost")
        || url.starts_with("http://tauri.localhost")
        || (cfg!(debug_assertions) && url.starts_with("http://localhost:5173"))
}
