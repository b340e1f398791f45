//! The vault's promises, tested against real files: atomic saves, typed errors, backups, recovery.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use leerteam_vault::{
    ExposeSecret, Part, RecoveryKey, SecretString, SyncWrite, Vault, VaultError, BACKUP_DIR, IDENTITY_FILE,
    RECOVERY_FILE, VAULT_FILE,
};

mod properties;

const WORK_FACTOR: u8 = 10;

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn new_vault(dir: &Path) -> (Vault, RecoveryKey) {
    Vault::create(dir, &pass("correct horse"), WORK_FACTOR, t0()).expect("create")
}

fn put_note(vault: &Vault, text: &str) {
    vault.db().execute_batch("CREATE TABLE IF NOT EXISTS note (text TEXT)").unwrap();
    vault.db().execute("INSERT INTO note (text) VALUES (?1)", [text]).unwrap();
}

fn notes(vault: &Vault) -> Vec<String> {
    let mut stmt = vault.db().prepare("SELECT text FROM note ORDER BY rowid").unwrap();
    stmt.query_map([], |row| row.get(0)).unwrap().map(Result::unwrap).collect()
}

fn unlock(dir: &Path) -> Result<Vault, VaultError> {
    Vault::unlock(dir, &pass("correct horse"))
}

#[test]
fn create_save_and_reopen_keeps_data_and_counts_generations() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    assert_eq!(vault.generation(), 1);
    put_note(&vault, "eerste notitie");
    vault.save(t0() + TimeDelta::minutes(1)).unwrap();
    assert_eq!(vault.generation(), 2);
    vault.lock();

    let vault = unlock(dir.path()).unwrap();
    assert_eq!(vault.generation(), 2);
    assert_eq!(vault.saved_at(), t0() + TimeDelta::minutes(1));
    assert_eq!(notes(&vault), ["eerste notitie"]);
    for name in [IDENTITY_FILE, RECOVERY_FILE, VAULT_FILE] {
        assert!(dir.path().join(name).is_file(), "{name} missing");
    }
}

#[test]
fn creating_over_an_existing_vault_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(dir.path());
    vault.lock();
    let err = Vault::create(dir.path(), &pass("een ander wachtwoord"), WORK_FACTOR, t0()).unwrap_err();
    assert!(matches!(err, VaultError::AlreadyExists), "{err:?}");
}

#[test]
fn a_creation_that_fails_halfway_leaves_nothing_and_can_be_retried() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the key file's temp file must go makes the last step of creation fail.
    let obstacle = dir.path().join(format!("{IDENTITY_FILE}.tmp"));
    fs::create_dir(&obstacle).unwrap();
    let err = Vault::create(dir.path(), &pass("correct horse"), WORK_FACTOR, t0()).unwrap_err();
    assert!(matches!(err, VaultError::Io { .. }), "{err:?}");
    for name in [IDENTITY_FILE, RECOVERY_FILE, VAULT_FILE, BACKUP_DIR] {
        assert!(!dir.path().join(name).exists(), "{name} left behind");
    }
    fs::remove_dir(&obstacle).unwrap();
    new_vault(dir.path()).0.lock();
    unlock(dir.path()).expect("the retry made a whole vault");
}

#[test]
fn creation_rejects_empty_passphrase_and_work_factor_out_of_range() {
    let dir = tempfile::tempdir().unwrap();
    let err = Vault::create(dir.path(), &pass(""), WORK_FACTOR, t0()).unwrap_err();
    assert!(matches!(err, VaultError::EmptyPassphrase), "{err:?}");
    // Nine characters are one too few, counted as characters, not bytes.
    for short in ["negen tek", "één twee"] {
        let err = Vault::create(dir.path(), &pass(short), WORK_FACTOR, t0()).unwrap_err();
        assert!(matches!(err, VaultError::PassphraseTooShort { min: 10 }), "{err:?}");
        assert_eq!(err.code(), "passphrase_too_short");
    }
    for wf in [9, 21] {
        let err = Vault::create(dir.path(), &pass("p"), wf, t0()).unwrap_err();
        assert!(matches!(err, VaultError::InvalidWorkFactor(n) if n == wf), "{err:?}");
    }
    assert!(!leerteam_vault::is_vault(dir.path()));
}

#[test]
fn wrong_passphrase_is_a_typed_error() {
    let dir = tempfile::tempdir().unwrap();
    new_vault(dir.path()).0.lock();
    let err = Vault::unlock(dir.path(), &pass("wrong horse")).unwrap_err();
    assert!(matches!(err, VaultError::WrongPassphrase), "{err:?}");
    assert_eq!(err.code(), "wrong_passphrase");
}

#[test]
fn a_folder_without_a_vault_says_so() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(unlock(dir.path()).unwrap_err(), VaultError::NotAVault));
    assert!(matches!(unlock(&dir.path().join("missing")).unwrap_err(), VaultError::NotAVault));
}

#[test]
fn a_second_open_of_the_same_vault_is_refused_until_the_first_locks() {
    let dir = tempfile::tempdir().unwrap();
    let (first, _) = new_vault(dir.path());
    let err = unlock(dir.path()).unwrap_err();
    assert!(matches!(err, VaultError::AlreadyOpen), "{err:?}");
    first.lock();
    unlock(dir.path()).expect("open after lock");
}

#[test]
fn truncated_vault_file_gives_corrupt_at_every_length_sampled() {
    let dir = tempfile::tempdir().unwrap();
    new_vault(dir.path()).0.lock();
    let path = dir.path().join(VAULT_FILE);
    let original = fs::read(&path).unwrap();
    let step = (original.len() / 97).max(1);
    for len in (0..original.len()).step_by(step).chain([original.len() - 1]) {
        fs::write(&path, &original[..len]).unwrap();
        let err = unlock(dir.path()).unwrap_err();
        assert!(matches!(err, VaultError::Corrupt(Part::VaultFile)), "len {len}: {err:?}");
    }
    fs::write(&path, &original).unwrap();
    unlock(dir.path()).expect("intact again");
}

#[test]
fn bit_flips_in_the_vault_file_give_corrupt_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    new_vault(dir.path()).0.lock();
    let path = dir.path().join(VAULT_FILE);
    let original = fs::read(&path).unwrap();
    let step = (original.len() / 150).max(1);
    for at in (0..original.len()).step_by(step) {
        let mut flipped = original.clone();
        flipped[at] ^= 0x10;
        fs::write(&path, &flipped).unwrap();
        let err = unlock(dir.path()).unwrap_err();
        assert!(matches!(err, VaultError::Corrupt(Part::VaultFile)), "byte {at}: {err:?}");
    }
}

#[test]
fn damaged_key_file_gives_a_typed_error() {
    let dir = tempfile::tempdir().unwrap();
    new_vault(dir.path()).0.lock();
    let path = dir.path().join(IDENTITY_FILE);
    let original = fs::read(&path).unwrap();
    fs::write(&path, &original[..original.len() / 2]).unwrap();
    let err = unlock(dir.path()).unwrap_err();
    assert!(matches!(err, VaultError::Corrupt(Part::KeyFile) | VaultError::WrongPassphrase), "{err:?}");
    fs::write(&path, vec![b'x'; 70 * 1024]).unwrap();
    assert!(matches!(unlock(dir.path()).unwrap_err(), VaultError::Corrupt(Part::KeyFile)));
}

#[test]
fn key_file_demanding_work_factor_above_20_is_refused_without_running_scrypt() {
    let dir = tempfile::tempdir().unwrap();
    new_vault(dir.path()).0.lock();
    let path = dir.path().join(IDENTITY_FILE);
    let original = fs::read(&path).unwrap();
    assert_eq!(leerteam_vault::work_factor_of(&original), Some(WORK_FACTOR));
    // The work factor is the stanza's last argument; scrypt at 2^30 would take minutes if it ran.
    let text = String::from_utf8_lossy(&original).into_owned();
    let header_line = text.lines().find(|l| l.starts_with("-> scrypt ")).unwrap().to_owned();
    for demanded in ["21", "30"] {
        let edited_line = format!("{} {demanded}", header_line.rsplit_once(' ').unwrap().0);
        let mut edited = original.clone();
        let at = original.windows(header_line.len()).position(|w| w == header_line.as_bytes()).unwrap();
        edited.splice(at..at + header_line.len(), edited_line.bytes());
        fs::write(&path, &edited).unwrap();
        let err = unlock(dir.path()).unwrap_err();
        let expected: u8 = demanded.parse().unwrap();
        assert!(matches!(err, VaultError::WorkFactorTooHigh { required } if required == expected), "{err:?}");
    }
}

#[test]
fn a_vault_file_changed_on_disk_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    put_note(&vault, "a");
    vault.save(t0()).unwrap();
    let path = dir.path().join(VAULT_FILE);
    let foreign = b"age-encryption.org/v1\nsomething else wrote this".to_vec();
    fs::write(&path, &foreign).unwrap();
    let err = vault.save(t0()).unwrap_err();
    assert!(matches!(err, VaultError::ChangedOnDisk), "{err:?}");
    assert_eq!(fs::read(&path).unwrap(), foreign, "the foreign file must stay as it is");
}

#[test]
fn touching_the_vault_file_without_changing_it_is_not_a_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let path = dir.path().join(VAULT_FILE);
    let same = fs::read(&path).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(&path, &same).unwrap();
    vault.save(t0()).expect("same bytes, new mtime: fine");
}

/// A writer that accepts `budget` bytes and then fails, like a full disk or a pulled USB stick.
struct FailAfter {
    file: File,
    budget: usize,
}

impl Write for FailAfter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.budget == 0 {
            return Err(io::Error::other("injected write failure"));
        }
        let n = buf.len().min(self.budget);
        self.budget -= n;
        self.file.write(&buf[..n])
    }
    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

impl SyncWrite for FailAfter {
    fn sync(&mut self) -> io::Result<()> {
        self.file.sync_all()
    }
}

#[test]
fn a_save_failing_at_every_byte_offset_leaves_the_previous_vault_and_no_temp_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    put_note(&vault, "saved before the failures");
    vault.save(t0()).unwrap();
    let path = dir.path().join(VAULT_FILE);
    let before = fs::read(&path).unwrap();
    let backups_before = vault.backups().unwrap();
    put_note(&vault, "never saved");

    let mut budget = 0;
    loop {
        let mut wrap = |file: File| -> Box<dyn SyncWrite> { Box::new(FailAfter { file, budget }) };
        match vault.save_through(t0(), &mut wrap) {
            Err(VaultError::Io { .. }) => {}
            Ok(()) => break,
            Err(other) => panic!("budget {budget}: {other:?}"),
        }
        assert_eq!(fs::read(&path).unwrap(), before, "budget {budget}: vault.age changed");
        let stray: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".tmp"))
            .collect();
        assert!(stray.is_empty(), "budget {budget}: stray {stray:?}");
        assert_eq!(vault.generation(), 2, "budget {budget}: a failed save must not advance the generation");
        assert_eq!(vault.backups().unwrap(), backups_before, "budget {budget}: backups changed");
        budget += 1;
    }
    // Every offset short of a whole ciphertext failed cleanly; the first budget that fits succeeds.
    // (Ciphertexts differ by a few bytes between attempts: age adds a random "grease" stanza.)
    let written = fs::read(&path).unwrap().len();
    assert!(budget >= written && budget < written + 64, "succeeded at {budget}, wrote {written}");
    assert_eq!(vault.generation(), 3);
    vault.lock();
    let reopened = unlock(dir.path()).unwrap();
    assert_eq!(notes(&reopened), ["saved before the failures", "never saved"]);
    assert_eq!(reopened.generation(), 3);
}

#[test]
fn backups_rotate_and_a_restore_brings_back_the_old_state_as_a_new_generation() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    put_note(&vault, "v-one");
    vault.save(t0()).unwrap(); // generation 2
    for i in 0..30 {
        put_note(&vault, &format!("n{i}"));
        vault.save(t0() + TimeDelta::seconds(i + 1)).unwrap();
    }
    let backups = vault.backups().unwrap();
    assert_eq!(backups.len(), leerteam_vault::KEEP_LAST, "same day: only the last {} kept", leerteam_vault::KEEP_LAST);
    assert_eq!(backups[0].generation, vault.generation() - 1);

    let with_one_note =
        leerteam_vault::list_backups(dir.path()).unwrap().into_iter().min_by_key(|b| b.generation).unwrap();
    let generation_before = vault.generation();
    let notes_before = notes(&vault);
    vault.restore(&with_one_note.name, t0() + TimeDelta::hours(1)).unwrap();
    assert_eq!(vault.generation(), generation_before + 1);
    let restored = notes(&vault);
    assert!(restored.len() < notes_before.len());
    assert_eq!(restored[0], "v-one");
    vault.lock();
    let reopened = unlock(dir.path()).unwrap();
    assert_eq!(notes(&reopened), restored);
    // The state before the restore is itself a backup now.
    let newest = reopened.backups().unwrap()[0].clone();
    assert_eq!(newest.generation, generation_before);
}

#[test]
fn restore_of_an_unknown_or_foreign_backup_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    put_note(&vault, "keep me");
    vault.save(t0()).unwrap();
    for name in ["nope.age", "../vault.age", "vault-0000000001-20261123T090000Z.age.x"] {
        assert!(matches!(vault.restore(name, t0()), Err(VaultError::BackupNotFound)), "{name}");
    }
    let foreign = tempfile::tempdir().unwrap();
    let (mut other, _) = new_vault(foreign.path());
    other.save(t0()).unwrap();
    let name = other.backups().unwrap()[0].name.clone();
    fs::copy(foreign.path().join(BACKUP_DIR).join(&name), dir.path().join(BACKUP_DIR).join(&name)).unwrap();
    let generation = vault.generation();
    assert!(matches!(vault.restore(&name, t0()), Err(VaultError::Corrupt(Part::Backup))));
    assert_eq!(vault.generation(), generation);
    assert_eq!(notes(&vault), ["keep me"]);
}

#[test]
fn rotation_keeps_the_last_twenty_and_one_a_day_for_fourteen_days() {
    let now = t0();
    let mut backups = Vec::new();
    // 40 days of history, three saves a day.
    for day in 0..40i64 {
        for k in 0..3i64 {
            let generation = (day * 3 + k + 1) as u64;
            let saved_at = now - TimeDelta::days(39 - day) + TimeDelta::minutes(k);
            backups.push(leerteam_vault::Backup { name: format!("b{generation}"), generation, saved_at, size: 1 });
        }
    }
    let removed = leerteam_vault::backups_to_remove(&backups, now);
    let kept: Vec<_> = backups.iter().filter(|b| !removed.contains(&b.name)).collect();
    // The newest 20 cover the last 7 days (today 3 + 6 days of 3 minus one); the other 7 of the
    // 14 days contribute their newest save each.
    let newest_twenty: Vec<u64> = (101..=120).collect();
    for g in &newest_twenty {
        assert!(kept.iter().any(|b| b.generation == *g), "generation {g} must be kept");
    }
    for day in 26..33i64 {
        let newest_of_day = (day * 3 + 3) as u64;
        assert!(kept.iter().any(|b| b.generation == newest_of_day), "day {day}");
        assert!(!kept.iter().any(|b| b.generation == newest_of_day - 1), "day {day} keeps one only");
    }
    assert_eq!(kept.len(), 20 + 7);
    assert!(kept.iter().all(|b| b.saved_at > now - TimeDelta::days(14)));
}

#[test]
fn recovery_key_opens_the_vault_and_a_new_passphrase_can_be_set() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, recovery) = new_vault(dir.path());
    put_note(&vault, "na herstel nog hier");
    vault.save(t0()).unwrap();
    vault.lock();
    let backups_before = leerteam_vault::list_backups(dir.path()).unwrap();

    let sheet = recovery.to_sheet(t0());
    let parsed = RecoveryKey::parse(&sheet).unwrap();
    let mut recovered = Vault::unlock_with_recovery(dir.path(), &parsed).unwrap();
    assert_eq!(notes(&recovered), ["na herstel nog hier"]);
    recovered.change_passphrase(&pass("nieuw wachtwoord"), WORK_FACTOR).unwrap();
    recovered.lock();

    assert!(matches!(unlock(dir.path()).unwrap_err(), VaultError::WrongPassphrase));
    let mut reopened = Vault::unlock(dir.path(), &pass("nieuw wachtwoord")).unwrap();
    // Same vault key: every old backup still restores with the new passphrase.
    reopened.restore(&backups_before[0].name, t0()).unwrap();
}

#[test]
fn a_recovery_key_of_another_vault_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    new_vault(dir.path()).0.lock();
    let other = tempfile::tempdir().unwrap();
    let (_, foreign) = new_vault(other.path());
    let err = Vault::unlock_with_recovery(dir.path(), &foreign).unwrap_err();
    assert!(matches!(err, VaultError::WrongRecoveryKey), "{err:?}");
    assert!(matches!(RecoveryKey::parse("hello").unwrap_err(), VaultError::InvalidRecoveryKey));
}

#[test]
fn changing_the_passphrase_rewrites_only_the_key_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    let vault_before = fs::read(dir.path().join(VAULT_FILE)).unwrap();
    let recovery_before = fs::read(dir.path().join(RECOVERY_FILE)).unwrap();
    let key_before = fs::read(dir.path().join(IDENTITY_FILE)).unwrap();
    assert!(matches!(vault.change_passphrase(&pass("tweede"), 11), Err(VaultError::PassphraseTooShort { .. })));
    vault.change_passphrase(&pass("tweede wachtwoord"), 11).unwrap();
    assert_eq!(fs::read(dir.path().join(VAULT_FILE)).unwrap(), vault_before);
    assert_eq!(fs::read(dir.path().join(RECOVERY_FILE)).unwrap(), recovery_before);
    let key_after = fs::read(dir.path().join(IDENTITY_FILE)).unwrap();
    assert_ne!(key_after, key_before);
    assert_eq!(leerteam_vault::work_factor_of(&key_after), Some(11));
    assert!(matches!(vault.change_passphrase(&pass(""), 11), Err(VaultError::EmptyPassphrase)));
    vault.lock();
    Vault::unlock(dir.path(), &pass("tweede wachtwoord")).unwrap();
}

#[test]
fn a_stale_temp_file_from_an_interrupted_save_is_cleared_on_open() {
    let dir = tempfile::tempdir().unwrap();
    new_vault(dir.path()).0.lock();
    let stale = dir.path().join(format!("{VAULT_FILE}.tmp"));
    fs::write(&stale, b"half a save").unwrap();
    unlock(dir.path()).unwrap();
    assert!(!stale.exists());
}

#[test]
fn nothing_in_the_vault_folder_holds_plaintext() {
    let canary = "KANARIE-7f3a-vault-plaintext";
    let dir = tempfile::tempdir().unwrap();
    let (mut vault, _) = new_vault(dir.path());
    for i in 0..5 {
        put_note(&vault, &format!("{canary} {i}"));
        vault.save(t0() + TimeDelta::seconds(i)).unwrap();
    }
    vault.lock();
    for entry in walk(dir.path()) {
        let bytes = fs::read(&entry).unwrap();
        assert!(!contains(&bytes, canary.as_bytes()), "plaintext in {}", entry.display());
        assert!(!contains(&bytes, b"SQLite format 3"), "a database image in {}", entry.display());
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_hand_over_file_opens_in_the_colleagues_vault_and_our_own_and_nowhere_else() {
    let (a_dir, b_dir, c_dir) =
        (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (a, a_recovery) = new_vault(a_dir.path());
    let (b, _) = new_vault(b_dir.path());
    let (c, _) = new_vault(c_dir.path());
    let b_key = leerteam_vault::parse_handover_key(&format!("  {}\n", b.handover_key())).unwrap();
    let sealed = a.seal_for(&b_key, "één casus".as_bytes()).unwrap();
    assert_eq!(&b.open_handover(&sealed).unwrap()[..], "één casus".as_bytes());
    assert_eq!(&a.open_handover(&sealed).unwrap()[..], "één casus".as_bytes(), "the sender can open it too");
    assert!(matches!(c.open_handover(&sealed), Err(VaultError::HandoverForAnotherKey)));
    // The sender's recovery key opens it as well (the age CLI's -i takes the same line).
    let identity: age::x25519::Identity = a_recovery.expose().expose_secret().parse().unwrap();
    let plain = age::decrypt(&identity, &sealed).unwrap();
    assert_eq!(plain, "één casus".as_bytes());

    for cut in [0, 10, sealed.len() / 2, sealed.len() - 1] {
        let err = b.open_handover(&sealed[..cut]).unwrap_err();
        assert!(matches!(err, VaultError::HandoverDamaged | VaultError::NotAHandover), "cut at {cut}: {err:?}");
    }
    let mut flipped = sealed.clone();
    let last = flipped.len() - 3;
    flipped[last] ^= 0x10;
    assert!(matches!(b.open_handover(&flipped), Err(VaultError::HandoverDamaged)));
    assert!(matches!(b.open_handover(b"%PDF-1.7 not a hand-over"), Err(VaultError::NotAHandover)));
    assert!(matches!(leerteam_vault::parse_handover_key("AGE-SECRET-KEY-1XYZ"), Err(VaultError::InvalidHandoverKey)));
}

#[test]
fn a_fingerprint_is_the_keys_last_twelve_characters_in_three_groups() {
    let dir = tempfile::tempdir().unwrap();
    let (vault, _) = new_vault(dir.path());
    let key = vault.handover_key().to_string();
    let print = leerteam_vault::fingerprint(&vault.handover_key());
    assert_eq!(print.len(), 14);
    assert_eq!(print.replace('-', ""), key[key.len() - 12..]);
}
