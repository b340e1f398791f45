// Every app command is declared here, so each one needs an explicit grant in capabilities/main.json.
const COMMANDS: &[&str] = &[
    "app_start",
    "pick_vault_folder",
    "create_vault",
    "save_recovery_key",
    "confirm_recovery_key",
    "save_recovery_sheet",
    "sheet_check",
    "check_recovery_sheet",
    "replace_recovery_key",
    "unlock",
    "recover",
    "lock",
    "change_passphrase",
    "set_settings",
    "list_cases",
    "create_case",
    "get_case",
    "save_case",
    "story_review",
    "export_story",
    "follow_up",
    "record_check_in",
    "decide",
    "export_calendar",
    "export_actions",
    "handover_key",
    "colleagues",
    "add_colleague",
    "remove_colleague",
    "send_case",
    "preview_handover",
    "receive_case",
    "set_aside_handover",
    "invitation_text",
    "export_invitation",
    "story_settings",
    "set_story_settings",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script");
}
