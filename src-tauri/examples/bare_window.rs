//! The yardstick for the start-up benchmark: a Tauri window built exactly like Leerteam (same crate,
//! features, config, embedded assets and renderer choice) that shows a static page and does nothing else.

fn main() {
    leerteam_app::renderer::choose();
    tauri::Builder::default()
        .setup(|app| {
            tauri::WebviewWindowBuilder::new(app, "main", tauri::WebviewUrl::App("bare.html".into()))
                .title("Leerteam")
                .inner_size(1100.0, 760.0)
                .build()?;
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("the bare window could not start");
}
