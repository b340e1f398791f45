//! The command-line contract of issue #2, command by command.

use super::*;

#[test]
fn init_add_list_export_import_verify() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    let key = std::fs::read_to_string(x.path("recovery.txt")).unwrap();
    assert!(key.lines().any(|l| l.starts_with("AGE-SECRET-KEY-1")));

    let id = x.add("incident", "Medicatie dubbel toegediend");
    assert!(uuid::Uuid::parse_str(&id).is_ok(), "prints the new id: {id}");
    let second = x.ok(&[
        "case",
        "add",
        s(&vault),
        "--kind",
        "went_well",
        "--title",
        "Goede overdracht",
        "--ward",
        "SEH",
        "--event-date",
        "2026-11-02",
    ]);

    let list = x.ok(&["case", "list", s(&vault)]);
    assert_eq!(list.lines().count(), 2);
    assert!(list.contains(&id) && list.contains("Medicatie dubbel toegediend"));
    let json: serde_json::Value = serde_json::from_str(&x.ok(&["case", "list", s(&vault), "--json"])).unwrap();
    let added = json.as_array().unwrap().iter().find(|c| c["id"] == second.trim()).unwrap();
    assert_eq!(added["ward"], "SEH");
    assert_eq!(added["event_date"], "2026-11-02");
    assert_eq!(added["kind"], "went_well");
    assert_eq!(added["phase"], "goal_and_scope");

    let exported = x.export(&id);
    let file = x.path("case.json");
    std::fs::write(&file, &exported).unwrap();
    let new_id = x.ok(&["case", "import", s(&vault), s(&file)]).trim().to_owned();
    assert_ne!(new_id, id);
    assert_eq!(x.export(&new_id), exported.replace(&id, &new_id), "import round-trips losslessly");

    let verify = x.ok(&["vault", "verify", s(&vault)]);
    assert_eq!(verify.lines().count(), 1);
    let line = verify.trim();
    assert!(line.starts_with("generation 5, 3 cases, last saved 20"), "{line}");
    assert!(line.ends_with('Z'), "UTC: {line}");
}

#[test]
fn a_rich_case_file_imports_and_exports_unchanged() {
    let x = Scratch::create();
    x.init();
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/cases/rich-case.json");
    let id = x.ok(&["case", "import", s(&x.vault()), fixture]).trim().to_owned();
    let original = std::fs::read_to_string(fixture).unwrap();
    let original_id =
        serde_json::from_str::<serde_json::Value>(&original).unwrap()["case"]["id"].as_str().unwrap().to_owned();
    assert_eq!(x.export(&id).trim_end(), original.replace(&original_id, &id).trim_end());
}

#[test]
fn samples_adds_rich_example_cases_for_training() {
    let x = Scratch::create();
    x.init();
    let out = x.ok(&["case", "samples", s(&x.vault()), "--count", "3"]);
    assert_eq!(out.trim(), "3 example cases added");
    let list: serde_json::Value = serde_json::from_str(&x.ok(&["case", "list", s(&x.vault()), "--json"])).unwrap();
    let id = list[0]["id"].as_str().unwrap().to_owned();
    let case: serde_json::Value = serde_json::from_str(&x.export(&id)).unwrap();
    assert_eq!(case["case"]["perspectives"].as_array().unwrap().len(), 8);
    assert_eq!(case["case"]["experiments"].as_array().unwrap().len(), 4);
    assert_eq!(x.case_count(), 3);
}

#[test]
fn import_reads_standard_input_with_a_dash() {
    let x = Scratch::create();
    x.init();
    let id = x.add("theme", "Valincidenten");
    let exported = x.export(&id);
    let mut child = Command::new(env!("CARGO_BIN_EXE_leerteam"))
        .args(["case", "import", s(&x.vault()), "-"])
        .env("LEERTEAM_PASSPHRASE", PASSPHRASE)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(exported.as_bytes()).unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    assert_eq!(x.case_count(), 2);
}

#[test]
fn the_passphrase_comes_from_a_file_or_the_environment_and_never_silently_from_nowhere() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    let file = x.path("pass.txt");
    std::fs::write(&file, format!("{PASSPHRASE}\n")).unwrap();
    let output = x.run_with(&["vault", "verify", s(&vault), "--passphrase-file", s(&file)], &[]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let err = expect_failure(x.run_with(&["vault", "verify", s(&vault)], &[]));
    assert!(err.contains("no passphrase") && err.contains("LEERTEAM_PASSPHRASE"), "{err}");
    let output = x.run_with(&["vault", "verify", s(&vault)], &[("LEERTEAM_PASSPHRASE", "wrong")]);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(expect_failure(output), "leerteam: wrong passphrase");
}

#[test]
fn passwd_sets_a_new_passphrase() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    let id = x.add("incident", "Na wachtwoordwissel");
    // The app's rule holds here too: a new passphrase of fewer than 10 characters changes nothing.
    let output = x.run_with(
        &["vault", "passwd", s(&vault)],
        &[("LEERTEAM_PASSPHRASE", PASSPHRASE), ("LEERTEAM_NEW_PASSPHRASE", "nieuw")],
    );
    assert_eq!(expect_failure(output), "leerteam: the passphrase needs at least 10 characters");
    assert!(x.run(&["case", "export", s(&vault), &id]).status.success(), "the old passphrase still opens it");
    let output = x.run_with(
        &["vault", "passwd", s(&vault)],
        &[("LEERTEAM_PASSPHRASE", PASSPHRASE), ("LEERTEAM_NEW_PASSPHRASE", "nieuw wachtwoord")],
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(expect_failure(x.run(&["case", "export", s(&vault), &id])), "leerteam: wrong passphrase");
    let output = x.run_with(&["case", "export", s(&vault), &id], &[("LEERTEAM_PASSPHRASE", "nieuw wachtwoord")]);
    assert!(String::from_utf8_lossy(&output.stdout).contains("Na wachtwoordwissel"));
}

#[test]
fn recover_opens_with_the_recovery_key_and_sets_a_new_passphrase() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    let id = x.add("calamity", "Herstel na vergeten wachtwoord");
    let key = x.path("recovery.txt");
    let output = x.run_with(
        &["vault", "recover", s(&vault), "--recovery-key", s(&key)],
        &[("LEERTEAM_NEW_PASSPHRASE", "na herstel")],
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let output = x.run_with(&["case", "export", s(&vault), &id], &[("LEERTEAM_PASSPHRASE", "na herstel")]);
    assert!(String::from_utf8_lossy(&output.stdout).contains("Herstel na vergeten wachtwoord"));

    let bogus = x.path("bogus.txt");
    std::fs::write(&bogus, "not a key").unwrap();
    let err = expect_failure(
        x.run_with(&["vault", "recover", s(&vault), "--recovery-key", s(&bogus)], &[("LEERTEAM_NEW_PASSPHRASE", "x")]),
    );
    assert!(err.contains("not a recovery key"), "{err}");
}

#[test]
fn backups_are_listed_and_a_restore_brings_back_an_earlier_state() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    x.add("incident", "Eerste");
    x.add("incident", "Tweede");
    let listing = x.ok(&["vault", "backups", s(&vault)]);
    let names: Vec<&str> = listing.lines().map(|l| l.split('\t').next().unwrap()).collect();
    assert!(names.len() >= 2, "{listing}");
    // The newest backup is the vault just before "Tweede" was added.
    x.ok(&["vault", "restore", s(&vault), names[0]]);
    let list = x.ok(&["case", "list", s(&vault)]);
    assert!(list.contains("Eerste") && !list.contains("Tweede"), "{list}");
    let err = x.fails(&["vault", "restore", s(&vault), "vault-0000000099-20200101T000000Z.age"]);
    assert_eq!(err, "leerteam: no backup with that name");
}

#[test]
fn init_refuses_work_factors_outside_10_to_20_and_an_existing_vault() {
    let x = Scratch::create();
    for wf in ["9", "21"] {
        let err = x.fails(&["vault", "init", s(&x.vault()), "--work-factor", wf]);
        assert!(err.contains(&format!("work factor {wf} is outside the accepted range 10-20")), "{err}");
    }
    assert!(!leerteam_vault_exists(&x.vault()));
    x.init();
    let err = x.fails(&["vault", "init", s(&x.vault()), "--work-factor", "10"]);
    assert_eq!(err, "leerteam: this folder already holds a Leerteam vault");
}

#[test]
fn damaged_and_busy_vaults_give_one_clear_line() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    let file = vault.join("vault.age");
    let original = std::fs::read(&file).unwrap();
    std::fs::write(&file, &original[..original.len() / 2]).unwrap();
    assert_eq!(
        x.fails(&["vault", "verify", s(&vault)]),
        "leerteam: the vault file (vault.age) is damaged or incomplete"
    );
    std::fs::write(&file, &original).unwrap();

    // Another process holds the lock (flock(1) takes the same kind of lock as Leerteam). Holding it in
    // this test process would leak the descriptor into children that other tests fork meanwhile.
    let mut holder = Command::new("flock").args(["-o", s(&vault.join("vault.lock")), "sleep", "30"]).spawn().unwrap();
    let output = (0..50)
        .map(|_| {
            std::thread::sleep(std::time::Duration::from_millis(20));
            x.run(&["vault", "verify", s(&vault)])
        })
        .find(|o| o.status.code() == Some(4))
        .expect("the holder took the lock");
    assert_eq!(expect_failure(output), "leerteam: the vault is already open in another Leerteam window or command");
    holder.kill().unwrap();
    holder.wait().unwrap();
    x.ok(&["vault", "verify", s(&vault)]);
    assert_eq!(x.fails(&["vault", "verify", s(&x.path("nothing"))]), "leerteam: this folder holds no Leerteam vault");
}

#[test]
fn bench_prints_one_json_object_a_line_with_save_ratios() {
    let x = Scratch::create();
    let out = x.ok(&["bench", "--json", "--sizes", "2,4", "--rounds", "1", "--work-factor", "10"]);
    let figures: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let names: Vec<&str> = figures.iter().map(|f| f["name"].as_str().unwrap()).collect();
    for expected in [
        "save_ms.2",
        "save_floor_ms.4",
        "serialize_ms.4",
        "vault_file_bytes.4",
        "unlock_ms.2",
        "unlock_kdf_ms.2",
        "unlock_overhead_ms.4",
        "save_per_case_vs_2.4",
    ] {
        assert!(names.contains(&expected), "{expected} in {names:?}");
    }
    for figure in &figures {
        assert!(figure["value"].as_f64().unwrap() >= 0.0);
        assert!(figure["unit"].is_string());
        let is_save = figure["name"].as_str().unwrap().starts_with("save_ms.");
        assert_eq!(figure["ratio"].is_number(), is_save, "{figure}");
    }
    let bytes = |n: &str| figures.iter().find(|f| f["name"] == n).unwrap()["value"].as_f64().unwrap();
    assert!(bytes("vault_file_bytes.4") > bytes("vault_file_bytes.2"), "more cases, bigger vault");
}

fn leerteam_vault_exists(dir: &Path) -> bool {
    dir.join("identity.age").exists()
}
