//! The UI's command wrappers and its list of error codes are written from the Rust, beside the
//! ts-rs types: `ui/src/bindings/commands.ts` from `commands::SIGNATURES` (the same list that
//! registers the commands) and `errorCodes.ts` from every error's codes. CI fails when the
//! committed files differ from what this writes.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::PathBuf;

use leerteam_app::commands::{Signature, SIGNATURES};

fn bindings_dir() -> PathBuf {
    let dir = std::env::var("TS_RS_EXPORT_DIR").unwrap_or_else(|_| "ui/src/bindings".into());
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/..")).join(dir)
}

/// "change_passphrase" → "changePassphrase", as Tauri names a command's arguments for JavaScript.
fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

/// The types a TypeScript type names that are bindings of their own ("Array<CaseSummary>" → CaseSummary).
fn named_types(ts: &str) -> Vec<String> {
    ts.split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && !matches!(*w, "Array" | "Record" | "Partial"))
        .map(str::to_owned)
        .collect()
}

/// A JavaScript word no parameter may be named ("case", "new"): the parameter gets a trailing "_".
fn reserved(name: &str) -> bool {
    const WORDS: &[&str] = &[
        "break",
        "case",
        "catch",
        "class",
        "const",
        "continue",
        "debugger",
        "default",
        "delete",
        "do",
        "else",
        "enum",
        "export",
        "extends",
        "false",
        "finally",
        "for",
        "function",
        "if",
        "import",
        "in",
        "instanceof",
        "new",
        "null",
        "return",
        "super",
        "switch",
        "this",
        "throw",
        "true",
        "try",
        "typeof",
        "var",
        "void",
        "while",
        "with",
        "yield",
        "let",
        "static",
        "implements",
        "interface",
        "package",
        "private",
        "protected",
        "public",
        "await",
    ];
    WORDS.contains(&name)
}

fn param(name: &str) -> String {
    if reserved(name) {
        format!("{name}_")
    } else {
        name.to_owned()
    }
}

fn wrapper(signature: &Signature) -> String {
    let args: Vec<(String, String)> = signature.args.iter().map(|(name, ts)| (camel(name), ts())).collect();
    let params = args.iter().map(|(name, ts)| format!("{}: {ts}", param(name))).collect::<Vec<_>>().join(", ");
    let answer = match (signature.answer)().as_str() {
        "null" => "void".to_owned(),
        other => other.to_owned(),
    };
    let passed = if args.is_empty() {
        String::new()
    } else {
        let fields =
            args.iter().map(|(name, _)| if reserved(name) { format!("{name}: {name}_") } else { name.clone() });
        format!(", {{ {} }}", fields.collect::<Vec<_>>().join(", "))
    };
    format!("  {}: ({params}) => invoke<{answer}>('{}'{passed}),\n", camel(signature.name), signature.name)
}

fn commands_ts() -> String {
    let mut types = BTreeSet::new();
    for signature in SIGNATURES {
        types.extend(named_types(&(signature.answer)()));
        for (_, ts) in signature.args {
            types.extend(named_types(&ts()));
        }
    }
    let mut out = String::from(
        "// Written by `cargo test -p leerteam-app` from src-tauri/src/commands.rs; do not edit.\n\
         import { invoke } from '@tauri-apps/api/core';\n",
    );
    for name in &types {
        writeln!(out, "import type {{ {name} }} from './{name}';").unwrap();
    }
    out.push_str("\n/** Every command of the app, typed as Rust declares it. */\nexport const commands = {\n");
    for signature in SIGNATURES {
        out.push_str(&wrapper(signature));
    }
    out.push_str("};\n");
    out
}

fn error_codes_ts() -> String {
    let codes = leerteam_app::error_codes();
    let list = codes.iter().map(|c| format!("  '{c}',\n")).collect::<String>();
    format!(
        "// Written by `cargo test -p leerteam-app` from every error's codes; do not edit.\n\
         /** Every code an IPC error can carry; the UI translates each as `error.<code>`. */\n\
         export const ERROR_CODES = [\n{list}] as const;\n\n\
         export type ErrorCode = (typeof ERROR_CODES)[number];\n"
    )
}

#[test]
fn the_ui_commands_and_error_codes_are_generated() {
    let commands = commands_ts();
    // The shapes the UI relies on: arguments in camel case, no answer as void, bindings imported.
    assert!(commands.contains("  recover: (dir: string, recoveryKey: string, newPassphrase: string) => invoke<string>('recover', { dir, recoveryKey, newPassphrase }),"), "{commands}");
    assert!(commands.contains("  lock: () => invoke<void>('lock'),"), "{commands}");
    assert!(
        commands.contains("  saveCase: (case_: Case) => invoke<CaseView>('save_case', { case: case_ }),"),
        "{commands}"
    );
    assert!(commands.contains("import type { CaseView } from './CaseView';"), "{commands}");
    let codes = error_codes_ts();
    for code in ["wrong_passphrase", "passphrase_too_short", "criterion_kind_repeated", "status_change", "locked", "io"]
    {
        assert!(codes.contains(&format!("  '{code}',\n")), "{code} missing from {codes}");
    }
    let dir = bindings_dir();
    std::fs::write(dir.join("commands.ts"), commands).unwrap();
    std::fs::write(dir.join("errorCodes.ts"), codes).unwrap();
}
