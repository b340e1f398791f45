use std::fs::{self, File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use age::secrecy::{ExposeSecret, SecretString};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, MAIN_DB};
use zeroize::Zeroizing;

use crate::ahead;
use crate::backups::{self, Backup, BACKUP_DIR};
use crate::db;
use crate::error::{io_err, Part, Result, VaultError};
use crate::files::{self, Fingerprint, WrapFile};
use crate::keys::{self, OpenFailure, RecoveryKey, VaultKeys};
use crate::{DEFAULT_WORK_FACTOR, MAX_WORK_FACTOR, MIN_WORK_FACTOR};

pub const IDENTITY_FILE: &str = "identity.age";
pub const RECOVERY_FILE: &str = "recovery.age";
pub const VAULT_FILE: &str = "vault.age";
pub const LOCK_FILE: &str = "vault.lock";

/// A key file is a few hundred bytes; anything much larger is not ours.
const KEY_FILE_LIMIT: u64 = 64 * 1024;
const VAULT_FILE_LIMIT: u64 = 4 * 1024 * 1024 * 1024;

/// An unlocked vault: the keys and the plaintext database, in memory only, while the folder's
/// lock file is held. Dropping it (see [`Vault::lock`]) releases all of that.
pub struct Vault {
    dir: PathBuf,
    pub(crate) keys: VaultKeys,
    conn: Connection,
    work_factor: u8,
    generation: u64,
    saved_at: DateTime<Utc>,
    /// What `vault.age` held when we last read or wrote it; `None` before the first save.
    on_disk: Option<Fingerprint>,
    _lock: File,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vault").field("generation", &self.generation).finish_non_exhaustive()
    }
}

/// True when `dir` holds a vault (its key file marks it; it is written last on creation).
/// The rule for a new passphrase, the same for the app and the command line: not empty, and at
/// least [`crate::MIN_PASSPHRASE_CHARS`] characters. Opening a vault never checks it, so a vault made
/// under an older rule still opens.
pub fn check_new_passphrase(passphrase: &SecretString) -> Result<()> {
    let chars = passphrase.expose_secret().chars().count();
    if chars == 0 {
        Err(VaultError::EmptyPassphrase)
    } else if chars < crate::MIN_PASSPHRASE_CHARS {
        Err(VaultError::PassphraseTooShort { min: crate::MIN_PASSPHRASE_CHARS })
    } else {
        Ok(())
    }
}

pub fn is_vault(dir: &Path) -> bool {
    dir.join(IDENTITY_FILE).is_file()
}

impl Vault {
    /// Makes a new vault in `dir` (created if missing) and returns it unlocked, with its recovery key.
    /// The recovery key exists only in the returned value: show it once, let the facilitator store it.
    pub fn create(
        dir: &Path,
        passphrase: &SecretString,
        work_factor: u8,
        now: DateTime<Utc>,
    ) -> Result<(Vault, RecoveryKey)> {
        check_work_factor(work_factor)?;
        check_new_passphrase(passphrase)?;
        files::create_private_dir(dir).map_err(io_err("create the vault folder"))?;
        // Lock first, so that two windows creating in the same folder cannot both pass the check.
        let lock = acquire_lock(dir)?;
        if is_vault(dir) || dir.join(VAULT_FILE).exists() {
            return Err(VaultError::AlreadyExists);
        }
        let recovery = RecoveryKey::generate();
        let keys = VaultKeys::new(age::x25519::Identity::generate(), Some(recovery.public()));
        let mut vault = Vault {
            dir: dir.to_owned(),
            keys,
            conn: db::create(now)?,
            work_factor,
            generation: 0,
            saved_at: now,
            on_disk: None,
            _lock: lock,
        };
        // The key file is written last: until it exists the folder is no vault, and a failure
        // removes what was written so that creating again is possible.
        let written = vault
            .save(now)
            .and_then(|()| vault.write_recovery_file())
            .and_then(|()| vault.write_key_file(passphrase, work_factor));
        if let Err(error) = written {
            for name in [IDENTITY_FILE, RECOVERY_FILE, VAULT_FILE] {
                let _ = fs::remove_file(dir.join(name));
            }
            let _ = fs::remove_dir_all(dir.join(BACKUP_DIR));
            return Err(error);
        }
        Ok((vault, recovery))
    }

    /// Opens the vault in `dir` with its passphrase.
    pub fn unlock(dir: &Path, passphrase: &SecretString) -> Result<Vault> {
        let lock = prepare_open(dir)?;
        let (keys, work_factor) = open_key_file_with(dir, passphrase)?;
        Self::open_with_keys(dir, keys, work_factor, lock)
    }

    /// Opens the vault with its recovery key instead of the passphrase. Follow with
    /// [`Vault::change_passphrase`] to set a new one.
    pub fn unlock_with_recovery(dir: &Path, recovery: &RecoveryKey) -> Result<Vault> {
        let lock = prepare_open(dir)?;
        let ciphertext = read_key_file(dir, RECOVERY_FILE, Part::RecoveryFile)?;
        let text = keys::decrypt(&ciphertext, recovery.identity()).map_err(|failure| match failure {
            OpenFailure::NotForThisKey => VaultError::WrongRecoveryKey,
            _ => VaultError::Corrupt(Part::RecoveryFile),
        })?;
        let keys = parse_keys(&text, Part::RecoveryFile)?;
        let work_factor = fs::read(dir.join(IDENTITY_FILE))
            .ok()
            .and_then(|c| keys::work_factor_of(&c))
            .unwrap_or(DEFAULT_WORK_FACTOR);
        Self::open_with_keys(dir, keys, work_factor, lock)
    }

    fn open_with_keys(dir: &Path, keys: VaultKeys, work_factor: u8, lock: File) -> Result<Vault> {
        let path = dir.join(VAULT_FILE);
        if !path.exists() {
            return Err(VaultError::Corrupt(Part::VaultFile));
        }
        let mut file = files::open_limited(&path, VAULT_FILE_LIMIT, VaultError::Corrupt(Part::VaultFile))?;
        let on_disk = Fingerprint::of_file(&mut file).map_err(io_err("read the vault file"))?;
        let conn = load_database(file, &keys.identity, Part::VaultFile)?;
        Ok(Vault {
            dir: dir.to_owned(),
            generation: db::generation(&conn)?,
            saved_at: db::saved_at(&conn)?,
            keys,
            conn,
            work_factor,
            on_disk: Some(on_disk),
            _lock: lock,
        })
    }

    /// The plaintext database. Callers change it freely and then call [`Vault::save`].
    pub fn db(&self) -> &Connection {
        &self.conn
    }

    pub fn db_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// How many times this vault has been saved; a backup is named after the generation it holds.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn saved_at(&self) -> DateTime<Utc> {
        self.saved_at
    }

    pub fn work_factor(&self) -> u8 {
        self.work_factor
    }

    pub fn recipients(&self) -> Vec<age::x25519::Recipient> {
        self.keys.recipients()
    }

    /// Encrypts the database and replaces `vault.age` atomically, keeping the old file as a backup.
    pub fn save(&mut self, now: DateTime<Utc>) -> Result<()> {
        self.save_through(now, &mut files::plain_file)
    }

    /// [`Vault::save`], with the temp file wrapped by `wrap` (fault injection in tests).
    pub fn save_through(&mut self, now: DateTime<Utc>, wrap: WrapFile<'_>) -> Result<()> {
        let path = self.dir.join(VAULT_FILE);
        if let Some(seen) = &self.on_disk {
            if !seen.matches_disk(&path)? {
                return Err(VaultError::ChangedOnDisk);
            }
        }
        let next = self.generation + 1;
        db::set_meta(&self.conn, "generation", &next.to_string())?;
        db::set_meta(&self.conn, "saved_at", &now.to_rfc3339())?;
        let result = self.seal().and_then(|ciphertext| {
            let (dir, old_generation, old_saved_at) = (&self.dir, self.generation, self.saved_at);
            files::replace_file(dir, VAULT_FILE, &ciphertext, wrap, || {
                backups::keep_copy(dir, &path, old_generation, old_saved_at)
            })?;
            Ok(ciphertext)
        });
        match result {
            Ok(ciphertext) => {
                self.generation = next;
                self.saved_at = now;
                self.on_disk = Some(Fingerprint::of(&path, &ciphertext));
                // The save itself succeeded; a backup that could not be pruned is retried next time.
                let _ = backups::rotate(&self.dir, now);
                Ok(())
            }
            Err(error) => {
                db::set_meta(&self.conn, "generation", &self.generation.to_string())?;
                db::set_meta(&self.conn, "saved_at", &self.saved_at.to_rfc3339())?;
                Err(error)
            }
        }
    }

    /// The ciphertext of the database as it is now, encrypted to the vault key and the recovery key.
    fn seal(&mut self) -> Result<Vec<u8>> {
        let recipients = self.keys.recipients();
        let image = self.conn.serialize(MAIN_DB)?;
        let mut ciphertext = Vec::with_capacity(image.len() + image.len() / 256 + 512);
        keys::encrypt_to(&mut ciphertext, &recipients, &image).map_err(io_err("encrypt the vault"))?;
        Ok(ciphertext)
    }

    /// A plaintext copy of the database image, kept in memory (benchmarks and tests).
    pub fn image(&mut self) -> Result<Zeroizing<Vec<u8>>> {
        db::image(&mut self.conn)
    }

    /// Sets a new passphrase. Only `identity.age` is rewritten; the vault key stays the same, so
    /// `vault.age` and every backup remain readable.
    pub fn change_passphrase(&mut self, new: &SecretString, work_factor: u8) -> Result<()> {
        check_work_factor(work_factor)?;
        check_new_passphrase(new)?;
        self.write_key_file(new, work_factor)?;
        self.work_factor = work_factor;
        Ok(())
    }

    /// Makes a new recovery key in place of the old one, which stops opening the vault and its
    /// backups (they are encrypted again, to the vault key and the new recovery key): for a lost or
    /// never printed recovery sheet. Hand-over files made before stay readable with the old key. The
    /// passphrase is asked because the key file records the recovery key too. On a failure part way,
    /// the old recovery key is put back.
    pub fn replace_recovery_key(&mut self, passphrase: &SecretString, now: DateTime<Utc>) -> Result<RecoveryKey> {
        open_key_file_with(&self.dir, passphrase)?;
        let recovery = RecoveryKey::generate();
        let old = self.keys.recovery.replace(recovery.public());
        let replaced = self
            .write_recovery_file()
            .and_then(|()| self.write_key_file(passphrase, self.work_factor))
            .and_then(|()| self.save(now))
            .and_then(|()| self.reencrypt_backups());
        if let Err(error) = replaced {
            self.keys.recovery = old;
            let _ = self.write_recovery_file().and_then(|()| self.write_key_file(passphrase, self.work_factor));
            return Err(error);
        }
        Ok(recovery)
    }

    pub fn backups(&self) -> Result<Vec<Backup>> {
        backups::list(&self.dir)
    }

    /// Brings back the vault as it was in backup `name`, saved as a new generation: the current
    /// state becomes a backup itself, so a restore can be undone by restoring that one.
    pub fn restore(&mut self, name: &str, now: DateTime<Utc>) -> Result<()> {
        let restored = self.open_backup(name)?;
        let previous = std::mem::replace(&mut self.conn, restored);
        if let Err(error) = self.save(now) {
            self.conn = previous;
            return Err(error);
        }
        Ok(())
    }

    /// Encrypts every backup again to the vault's recipients as they are now.
    fn reencrypt_backups(&self) -> Result<()> {
        let dir = self.dir.join(BACKUP_DIR);
        for backup in backups::list(&self.dir)? {
            let path = dir.join(&backup.name);
            let ciphertext = files::read_limited(&path, VAULT_FILE_LIMIT, VaultError::Corrupt(Part::Backup))?;
            // A backup this key cannot read is left as it is (it was damaged before).
            let Ok(image) = keys::decrypt(&ciphertext, &self.keys.identity) else { continue };
            let mut again = Vec::with_capacity(ciphertext.len());
            keys::encrypt_to(&mut again, &self.keys.recipients(), &image).map_err(io_err("encrypt a backup"))?;
            files::replace_file(&dir, &backup.name, &again, &mut files::plain_file, || Ok(()))?;
        }
        Ok(())
    }

    /// The database of backup `name`, in memory, to look into (how many cases) or to restore.
    pub fn open_backup(&self, name: &str) -> Result<Connection> {
        if backups::parse_name(name).is_none() {
            return Err(VaultError::BackupNotFound);
        }
        let path = self.dir.join(BACKUP_DIR).join(name);
        if !path.is_file() {
            return Err(VaultError::BackupNotFound);
        }
        let file = files::open_limited(&path, VAULT_FILE_LIMIT, VaultError::Corrupt(Part::Backup))?;
        load_database(file, &self.keys.identity, Part::Backup)
    }

    /// Locks the vault: keys and database leave memory, the folder's lock is released.
    pub fn lock(self) {
        drop(self);
    }

    fn write_key_file(&self, passphrase: &SecretString, work_factor: u8) -> Result<()> {
        let text = self.keys.to_text();
        let mut ciphertext = Vec::new();
        keys::encrypt_with_passphrase(&mut ciphertext, passphrase, work_factor, text.as_bytes())
            .map_err(io_err("encrypt the key file"))?;
        files::replace_file(&self.dir, IDENTITY_FILE, &ciphertext, &mut files::plain_file, || Ok(()))
    }

    fn write_recovery_file(&self) -> Result<()> {
        let Some(recovery) = &self.keys.recovery else { return Ok(()) };
        let text = self.keys.to_text();
        let mut ciphertext = Vec::new();
        keys::encrypt_to(&mut ciphertext, std::slice::from_ref(recovery), text.as_bytes())
            .map_err(io_err("encrypt the recovery file"))?;
        files::replace_file(&self.dir, RECOVERY_FILE, &ciphertext, &mut files::plain_file, || Ok(()))
    }
}

/// Decrypts only `identity.age`: checks a passphrase, and is the scrypt step of an unlock that the
/// benchmark times apart.
pub fn open_key_file(dir: &Path, passphrase: &SecretString) -> Result<()> {
    open_key_file_with(dir, passphrase).map(drop)
}

fn open_key_file_with(dir: &Path, passphrase: &SecretString) -> Result<(VaultKeys, u8)> {
    let ciphertext = read_key_file(dir, IDENTITY_FILE, Part::KeyFile)?;
    let text = keys::decrypt_with_passphrase(&ciphertext, passphrase).map_err(|failure| match failure {
        OpenFailure::NotForThisKey => VaultError::WrongPassphrase,
        OpenFailure::WorkFactorTooHigh(required) => VaultError::WorkFactorTooHigh { required },
        OpenFailure::Damaged => VaultError::Corrupt(Part::KeyFile),
    })?;
    let keys = parse_keys(&text, Part::KeyFile)?;
    Ok((keys, keys::work_factor_of(&ciphertext).unwrap_or(DEFAULT_WORK_FACTOR)))
}

fn check_work_factor(work_factor: u8) -> Result<()> {
    if (MIN_WORK_FACTOR..=MAX_WORK_FACTOR).contains(&work_factor) {
        Ok(())
    } else {
        Err(VaultError::InvalidWorkFactor(work_factor))
    }
}

fn parse_keys(text: &[u8], part: Part) -> Result<VaultKeys> {
    let text = std::str::from_utf8(text).map_err(|_| VaultError::Corrupt(part))?;
    VaultKeys::from_text(text, part)
}

fn read_key_file(dir: &Path, name: &str, part: Part) -> Result<Vec<u8>> {
    let path = dir.join(name);
    if !path.exists() {
        return Err(if part == Part::KeyFile { VaultError::NotAVault } else { VaultError::Corrupt(part) });
    }
    files::read_limited(&path, KEY_FILE_LIMIT, VaultError::Corrupt(part))
}

/// Takes the folder's lock and clears what an interrupted save may have left behind.
fn prepare_open(dir: &Path) -> Result<File> {
    if !is_vault(dir) {
        return Err(VaultError::NotAVault);
    }
    let lock = acquire_lock(dir)?;
    for name in [VAULT_FILE, IDENTITY_FILE, RECOVERY_FILE] {
        let _ = fs::remove_file(files::temp_path(dir, name));
    }
    Ok(lock)
}

fn acquire_lock(dir: &Path) -> Result<File> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(dir.join(LOCK_FILE))
        .map_err(io_err("open the lock file"))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) => Err(VaultError::AlreadyOpen),
        Err(TryLockError::Error(e)) => Err(io_err("lock the vault")(e)),
    }
}

/// The database in `file` (a vault file or a backup, `part`), decrypted as a stream straight into
/// SQLite's memory: the only whole copy held is SQLite's; neither the ciphertext nor the plaintext
/// is buffered by us. A second thread decrypts ahead while the first fills SQLite's buffer.
fn load_database(file: File, identity: &dyn age::Identity, part: Part) -> Result<Connection> {
    let source = std::io::BufReader::new(file);
    let (plaintext, len) = keys::decrypting(source, identity).map_err(|_| VaultError::Corrupt(part))?;
    ahead::read_ahead(plaintext, |plaintext| {
        let mut plaintext = Watched { inner: plaintext, failed: false };
        let loaded = db::load_from(&mut plaintext, len);
        // A chunk that fails its tag stops the read: a damaged file, not a damaged database.
        if plaintext.failed {
            return Err(VaultError::Corrupt(part));
        }
        loaded
    })
}

/// A reader that remembers whether a read failed (for the decrypting stream, a chunk's tag).
struct Watched<R> {
    inner: R,
    failed: bool,
}

impl<R: std::io::Read> std::io::Read for Watched<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.inner.read(buf).inspect_err(|_| self.failed = true)
    }
}
