// No console window on Windows in release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    leerteam_app::renderer::choose();
    leerteam_app::run();
}
