//! No plaintext on disk, and recovery with nothing but public tools.

use super::*;

const CANARY: &str = "KANARIE-9d41-Zoë-niet-op-schijf";

#[test]
fn a_canary_stored_through_the_cli_appears_nowhere_in_plaintext() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    let id = x.add("incident", CANARY);
    x.ok(&["case", "add", s(&vault), "--kind", "theme", "--title", "ander", "--ward", CANARY]);
    // Through an import too: export (to memory), change, import from a file we delete after.
    let exported = x.export(&id).replace(r#""why_learn": """#, &format!(r#""why_learn": "{CANARY}""#));
    let file = x.path("import.json");
    std::fs::write(&file, &exported).unwrap();
    x.ok(&["case", "import", s(&vault), s(&file)]);
    std::fs::remove_file(&file).unwrap();
    x.ok(&["vault", "verify", s(&vault)]);
    x.ok(&["vault", "restore", s(&vault), x.ok(&["vault", "backups", s(&vault)]).split('\t').next().unwrap()]);
    assert!(x.export(&id).contains(CANARY), "the canary is in the vault");

    let mut scanned = 0;
    for path in files_under(x.root.path()) {
        if path.ends_with("recovery.txt") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        scanned += 1;
        for needle in [CANARY.as_bytes(), b"SQLite format 3"] {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle), "plaintext in {}", path.display());
        }
        let utf16: Vec<u8> = CANARY.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert!(!bytes.windows(utf16.len()).any(|w| w == utf16.as_slice()), "UTF-16 plaintext in {}", path.display());
    }
    assert!(scanned >= 5, "scanned the vault files and backups ({scanned})");
    assert_eq!(files_under(&x.tmp()), Vec::<PathBuf>::new(), "nothing was written to TMPDIR");
}

#[test]
fn the_plain_age_cli_and_sqlite3_recover_the_vault_with_the_recovery_key() {
    for tool in ["age", "sqlite3"] {
        let found = Command::new(tool).arg("--version").output().is_ok();
        assert!(found, "`{tool}` is missing: install the Debian package `{tool}` (the README's test command does)");
    }
    let x = Scratch::create();
    x.init();
    let id = x.add("complication", "Herstel met publieke gereedschappen — één test");
    let plain = x.path("recovered.sqlite");
    let output = Command::new("age")
        .args(["--decrypt", "-i", s(&x.path("recovery.txt")), "-o", s(&plain), s(&x.vault().join("vault.age"))])
        .output()
        .unwrap();
    assert!(output.status.success(), "age: {}", String::from_utf8_lossy(&output.stderr));

    let query = |sql: &str| {
        let output = Command::new("sqlite3").args([s(&plain), sql]).output().unwrap();
        assert!(output.status.success(), "sqlite3: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap().trim().to_owned()
    };
    assert_eq!(query("PRAGMA integrity_check"), "ok");
    assert_eq!(
        query(&format!("SELECT title FROM case_file WHERE id = '{id}'")),
        "Herstel met publieke gereedschappen — één test"
    );
    assert_eq!(query("SELECT value FROM leerteam_vault WHERE key = 'generation'"), "3");
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}
