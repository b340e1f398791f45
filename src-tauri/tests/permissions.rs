//! The main window may call exactly the commands that are declared in build.rs, registered with the
//! invoke handler and granted in capabilities/main.json: a command added in one place only fails here.

use std::collections::BTreeSet;

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{MANIFEST_DIR}/{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The quoted names between the first `[` after `marker` and its `]`.
fn quoted_list(text: &str, marker: &str) -> BTreeSet<String> {
    let start = text.find(marker).unwrap_or_else(|| panic!("{marker} not found"));
    let list = &text[start + marker.len()..];
    let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
    list.split('"').skip(1).step_by(2).map(str::to_owned).collect()
}

fn declared() -> BTreeSet<String> {
    quoted_list(&read("build.rs"), "const COMMANDS: &[&str] = ")
}

/// The commands the invoke handler registers: the same list `commands!` types for the UI.
fn registered() -> BTreeSet<String> {
    leerteam_app::commands::SIGNATURES.iter().map(|s| s.name.to_owned()).collect()
}

fn granted() -> (BTreeSet<String>, BTreeSet<String>) {
    let capability = read("capabilities/main.json");
    let permissions = quoted_list(&capability, "\"permissions\"");
    let (app, core): (BTreeSet<String>, BTreeSet<String>) =
        permissions.into_iter().partition(|p| p.starts_with("allow-"));
    (app.into_iter().map(|p| p.trim_start_matches("allow-").replace('-', "_")).collect(), core)
}

#[test]
fn every_command_is_declared_registered_and_granted_and_nothing_more() {
    let declared = declared();
    assert!(declared.len() >= 10, "{declared:?}");
    assert_eq!(registered(), declared, "commands! (src/commands.rs) and build.rs COMMANDS differ");
    let (granted, other) = granted();
    assert_eq!(granted, declared, "capabilities/main.json grants differ from build.rs COMMANDS");
    // Besides its own commands the window may only listen to events: no fs, shell, http, store or dialog.
    let allowed_core: BTreeSet<String> =
        ["core:event:allow-listen", "core:event:allow-unlisten"].map(String::from).into();
    assert_eq!(other, allowed_core, "a plugin or core permission was granted to the web view");
}

#[test]
fn each_window_has_its_own_capability_and_the_projector_no_command() {
    let main = read("capabilities/main.json");
    assert_eq!(quoted_list(&main, "\"windows\""), BTreeSet::from(["main".to_owned()]));
    let projector = read("capabilities/projector.json");
    assert_eq!(quoted_list(&projector, "\"windows\""), BTreeSet::from(["projector".to_owned()]));
    // The projector is pushed its page; it may listen for it and nothing else, no command at all.
    let listening: BTreeSet<String> = ["core:event:allow-listen", "core:event:allow-unlisten"].map(String::from).into();
    assert_eq!(quoted_list(&projector, "\"permissions\""), listening);
    let files: BTreeSet<String> = std::fs::read_dir(format!("{MANIFEST_DIR}/capabilities"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files, BTreeSet::from(["main.json".to_owned(), "projector.json".to_owned()]));
    let config: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).unwrap();
    assert_eq!(config["app"]["security"]["capabilities"], serde_json::json!(["main", "projector"]));
}

#[test]
fn the_shell_is_locked_down() {
    let config: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).unwrap();
    let app = &config["app"];
    assert_eq!(app["withGlobalTauri"], false);
    assert_eq!(app["security"]["freezePrototype"], true);
    let csp = app["security"]["csp"].as_str().unwrap();
    assert!(csp.starts_with("default-src 'self'"), "{csp}");
    assert!(
        csp.contains("script-src 'self';") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
        "{csp}"
    );
    assert!(
        !csp.contains("http://") || csp.contains("connect-src ipc: http://ipc.localhost"),
        "no remote origins: {csp}"
    );
    let manifest = read("Cargo.toml");
    for plugin in ["tauri-plugin-fs", "tauri-plugin-shell", "tauri-plugin-http", "tauri-plugin-store"] {
        assert!(!manifest.contains(plugin), "{plugin} must not be a dependency");
    }
}
