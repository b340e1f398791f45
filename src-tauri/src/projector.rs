//! The projector window: a second window for a beamer or a shared screen. It may call no command
//! at all (capabilities/projector.json grants it only listening); what it shows is assembled in
//! Rust (`ProjectorView`, from leerteam-room) and pushed to it as the event "projector-view": after
//! every change from the facilitator's window, and by a ticker while the timer runs.

use std::time::Duration;

use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, WebviewUrl, WebviewWindowBuilder};
use ts_rs::TS;

use crate::state::AppState;

pub const LABEL: &str = "projector";
const EVENT: &str = "projector-view";
/// The facilitator's clock, pushed to the main window while a room is open.
const CLOCK_EVENT: &str = "room-clock";
const TICK: Duration = Duration::from_millis(250);
/// The projector's page is sent again this often even unchanged: a page that was loading when it
/// was sent gets it all the same.
const RESEND_EVERY: u32 = 8;

/// A screen the projector window can go to.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct MonitorView {
    pub index: u32,
    pub name: String,
    pub width: u32,
    pub height: u32,
}

/// The screens attached, in the order the system gives them.
pub fn monitors(app: &AppHandle) -> Vec<MonitorView> {
    let Some(window) = app.get_webview_window("main") else { return Vec::new() };
    window
        .available_monitors()
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, m)| MonitorView {
            index: i as u32,
            name: m.name().cloned().unwrap_or_else(|| format!("{}", i + 1)),
            width: m.size().width,
            height: m.size().height,
        })
        .collect()
}

/// Opens the projector window (or brings it forward), on `monitor` if given, full screen or as a
/// normal window to share.
pub fn open(app: &AppHandle, monitor: Option<u32>, fullscreen: bool) -> tauri::Result<()> {
    let window = match app.get_webview_window(LABEL) {
        Some(window) => window,
        None => WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App("projector.html".into()))
            .title("Leerteam")
            .inner_size(1280.0, 720.0)
            .min_inner_size(480.0, 270.0)
            .on_navigation(|url| crate::is_own_page(url.as_str()))
            .build()?,
    };
    if let Some(screen) = monitor.and_then(|i| window.available_monitors().ok()?.into_iter().nth(i as usize)) {
        window.set_fullscreen(false)?;
        window.set_position(*screen.position())?;
    }
    window.set_fullscreen(fullscreen)?;
    push(app);
    Ok(())
}

pub fn close(app: &AppHandle) -> tauri::Result<()> {
    match app.get_webview_window(LABEL) {
        Some(window) => window.destroy(),
        None => Ok(()),
    }
}

/// Sends the projector its page and the facilitator the clock, now.
pub fn push(app: &AppHandle) {
    let state = app.state::<AppState>();
    if app.get_webview_window(LABEL).is_some() {
        let _ = app.emit_to(LABEL, EVENT, state.projector_view());
    }
    if let Some(clock) = state.room_clock() {
        let _ = app.emit_to("main", CLOCK_EVENT, clock);
    }
}

/// Every quarter second: the clock moves on both windows from this one source. The projector's
/// page (a read of the case and the privacy scan of what is pinned) is made again only when the
/// clock shows another second, and every two seconds for a page that was still loading; every
/// change from the facilitator is pushed at once by its command.
pub fn run_ticker(app: AppHandle) {
    let mut last_clock = String::new();
    for tick in 1u32.. {
        std::thread::sleep(TICK);
        let state = app.state::<AppState>();
        let clock = state.room_clock();
        let text = clock.as_ref().map(|c| serde_json::to_string(c).unwrap_or_default()).unwrap_or_default();
        let moved = text != last_clock;
        if let Some(clock) = clock.filter(|_| moved) {
            let _ = app.emit_to("main", CLOCK_EVENT, clock);
        }
        last_clock = text;
        if (moved || tick % RESEND_EVERY == 0) && app.get_webview_window(LABEL).is_some() {
            let _ = app.emit_to(LABEL, EVENT, state.projector_view());
        }
    }
}
