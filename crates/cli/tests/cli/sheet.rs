//! `leerteam vault sheet` (issue #12's name): the recovery sheet's QR code, read back by zbarimg from
//! the page pdftoppm renders, is the recovery key line, and that line opens the vault.

use super::*;

/// The text of the one QR code on the sheet's first page, as zbarimg reads it.
fn qr_on(x: &Scratch, pdf: &Path) -> String {
    let page = x.path("sheet-page");
    let rendered =
        Command::new("pdftoppm").args(["-png", "-r", "150", "-f", "1", "-l", "1", s(pdf), s(&page)]).output();
    assert!(rendered.expect("pdftoppm (poppler-utils)").status.success());
    let png = std::fs::read_dir(page.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name().unwrap().to_string_lossy().starts_with("sheet-page")
                && p.extension().is_some_and(|e| e == "png")
        })
        .expect("a rendered page");
    let read = Command::new("zbarimg").args(["--raw", "-q", s(&png)]).output().expect("zbarimg (zbar-tools)");
    assert!(read.status.success(), "zbarimg found no code: {}", String::from_utf8_lossy(&read.stderr));
    std::fs::remove_file(png).unwrap();
    String::from_utf8(read.stdout).unwrap().trim().to_owned()
}

fn key_line(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap().lines().find(|l| l.starts_with("AGE-SECRET-KEY-1")).unwrap().to_owned()
}

#[test]
fn the_sheets_qr_code_is_the_recovery_key_and_opens_the_vault() {
    let x = Scratch::create();
    x.init();
    let vault = x.vault();
    let sheet = x.path("herstelblad.pdf");
    x.ok(&["vault", "sheet", s(&vault), "--recovery-key", s(&x.path("recovery.txt")), "--out", s(&sheet)]);
    let pdf_text = Command::new("pdftotext").args([s(&sheet), "-"]).output().unwrap();
    let pdf_text = String::from_utf8(pdf_text.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(pdf_text.contains("Herstelsleutel van je kluis") && pdf_text.contains("Gecontroleerd op"));
    let line = key_line(&x.path("recovery.txt"));
    assert_eq!(qr_on(&x, &sheet), line);
    // The groups on the sheet are the key after its prefix.
    let first_group = &line["AGE-SECRET-KEY-1".len()..][..4];
    assert!(pdf_text.contains(first_group), "the first group {first_group} is printed");
    // The sheet is never written over.
    assert!(x
        .fails(&["vault", "sheet", s(&vault), "--recovery-key", s(&x.path("recovery.txt")), "--out", s(&sheet)])
        .contains("write the file"));

    // Without a key file: a new recovery key, and the old one stops opening the vault.
    let new_sheet = x.path("nieuw.pdf");
    let said = x.ok(&["vault", "sheet", s(&vault), "--out", s(&new_sheet), "--lang", "en"]);
    assert!(said.contains("no longer opens"), "{said}");
    let new_line = qr_on(&x, &new_sheet);
    assert_ne!(new_line, line);
    // Nor do its backups open with the old key any more (they were encrypted again).
    let backups = vault.join("backups");
    let backup = std::fs::read_dir(&backups).unwrap().next().expect("a backup").unwrap().path();
    let with_old = Command::new("age")
        .args(["--decrypt", "-i", s(&x.path("recovery.txt")), "-o", "/dev/null", s(&backup)])
        .output()
        .unwrap();
    assert!(!with_old.status.success(), "the old recovery key still opens a backup");
    // The sheet's file is claimed before a new key is made: an existing one stops it, nothing changes.
    let refused = x.fails(&["vault", "sheet", s(&vault), "--out", s(&new_sheet)]);
    assert!(refused.contains("write the file"), "{refused}");
    let old = x.run_with(
        &["vault", "recover", s(&vault), "--recovery-key", s(&x.path("recovery.txt"))],
        &[("LEERTEAM_NEW_PASSPHRASE", "een nieuwe lange zin")],
    );
    assert_eq!(old.status.code(), Some(3), "the old recovery key is refused");
    // The line as read from the sheet, typed in groups with spaces, opens it.
    let typed = x.path("typed.txt");
    let grouped: Vec<String> = new_line["AGE-SECRET-KEY-1".len()..]
        .chars()
        .collect::<Vec<_>>()
        .chunks(4)
        .map(|c| c.iter().collect())
        .collect();
    std::fs::write(&typed, format!("AGE-SECRET-KEY-1 {}\n", grouped.join(" ").to_lowercase())).unwrap();
    let opened = x.run_with(
        &["vault", "recover", s(&vault), "--recovery-key", s(&typed)],
        &[("LEERTEAM_NEW_PASSPHRASE", "een nieuwe lange zin")],
    );
    assert!(opened.status.success(), "{}", String::from_utf8_lossy(&opened.stderr));
    let verified = x.run_with(&["vault", "verify", s(&vault)], &[("LEERTEAM_PASSPHRASE", "een nieuwe lange zin")]);
    assert!(verified.status.success());
}
