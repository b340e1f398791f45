//! The saver thread: writes the vault shortly after changes, off the main thread and off the command
//! that made the change, and tells the window when the write is done or failed.

use std::sync::mpsc::Receiver;
use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

/// Changes within this time become one write; well within the promised second.
pub const SETTLE: Duration = Duration::from_millis(250);

pub const SAVED_EVENT: &str = "vault-saved";
pub const SAVE_FAILED_EVENT: &str = "vault-save-failed";

pub fn run(app: AppHandle, changes: Receiver<()>, settle: Duration) {
    while changes.recv().is_ok() {
        std::thread::sleep(settle);
        while changes.try_recv().is_ok() {}
        match app.state::<AppState>().flush() {
            Ok(Some(saved_at)) => {
                let _ = app.emit(SAVED_EVENT, saved_at);
            }
            Ok(None) => {}
            Err(error) => {
                let _ = app.emit(SAVE_FAILED_EVENT, error);
            }
        }
    }
}
