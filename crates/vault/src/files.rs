//! Writing files so that a crash at any moment leaves either the old or the new version, never half.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::error::{io_err, Result, VaultError};

/// A writer that can be made durable. Production code writes to a `File`; tests wrap it to fail.
pub trait SyncWrite: Write {
    fn sync(&mut self) -> io::Result<()>;
}

impl SyncWrite for File {
    fn sync(&mut self) -> io::Result<()> {
        self.sync_all()
    }
}

/// Turns the freshly created temp file into the writer a save goes through.
pub type WrapFile<'a> = &'a mut dyn FnMut(File) -> Box<dyn SyncWrite>;

pub(crate) fn plain_file(file: File) -> Box<dyn SyncWrite> {
    Box::new(file)
}

pub(crate) fn temp_path(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.tmp"))
}

/// Replaces `dir/name` with `contents`: write a temp file beside it, fsync, run `before_rename`
/// (which may link the old file into the backups), rename over, fsync the folder.
/// On failure the temp file is removed and the old file is untouched.
pub(crate) fn replace_file(
    dir: &Path,
    name: &str,
    contents: &[u8],
    wrap: WrapFile<'_>,
    before_rename: impl FnOnce() -> Result<()>,
) -> Result<()> {
    let temp = temp_path(dir, name);
    let result = write_durably(&temp, contents, wrap)
        .map_err(io_err("write the new vault file"))
        .and_then(|()| before_rename())
        .and_then(|()| fs::rename(&temp, dir.join(name)).map_err(io_err("replace the vault file")));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
        return result;
    }
    sync_dir(dir)
}

fn write_durably(path: &Path, contents: &[u8], wrap: WrapFile<'_>) -> io::Result<()> {
    let mut writer = wrap(create_private(path)?);
    writer.write_all(contents)?;
    writer.flush()?;
    writer.sync()
}

/// Creates (or truncates) a file readable by its owner only.
pub(crate) fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Creates a folder (and its parents) that only its owner can enter.
pub(crate) fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Makes a rename durable: on Unix the folder entry itself must be flushed.
pub(crate) fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    File::open(dir).and_then(|d| d.sync_all()).map_err(io_err("flush the vault folder"))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Reads a file of the vault, refusing anything larger than `limit` bytes.
pub(crate) fn read_limited(path: &Path, limit: u64, too_big: VaultError) -> Result<Vec<u8>> {
    let len = fs::metadata(path).map_err(io_err("read a vault file"))?.len();
    if len > limit {
        return Err(too_big);
    }
    fs::read(path).map_err(io_err("read a vault file"))
}

/// Opens a vault file to read it as a stream, refusing one larger than `limit` before reading any.
pub(crate) fn open_limited(path: &Path, limit: u64, too_big: VaultError) -> Result<File> {
    let file = File::open(path).map_err(io_err("read a vault file"))?;
    if file.metadata().map_err(io_err("read a vault file"))?.len() > limit {
        return Err(too_big);
    }
    Ok(file)
}

/// What `vault.age` looked like when this process last read or wrote it.
///
/// Every age encryption starts with a header made from a fresh random file key, so the first bytes
/// identify one encryption; with the length and the last bytes (the final tag) that tells our file
/// from any other without hashing megabytes on every save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fingerprint {
    len: u64,
    modified: Option<SystemTime>,
    head: Vec<u8>,
    tail: Vec<u8>,
}

const HEAD: usize = 512;
const TAIL: usize = 64;

impl Fingerprint {
    pub(crate) fn of(path: &Path, contents: &[u8]) -> Self {
        let meta = fs::metadata(path).ok();
        Self {
            len: contents.len() as u64,
            modified: meta.and_then(|m| m.modified().ok()),
            head: contents[..contents.len().min(HEAD)].to_vec(),
            tail: contents[contents.len().saturating_sub(TAIL)..].to_vec(),
        }
    }

    /// The fingerprint of the open `file`, read from the handle itself (a save replaces the file by
    /// renaming, so the handle keeps the version being read); leaves it at the start.
    pub(crate) fn of_file(file: &mut File) -> io::Result<Self> {
        let meta = file.metadata()?;
        let len = meta.len();
        let mut head = vec![0; (len as usize).min(HEAD)];
        let mut tail = vec![0; (len as usize).min(TAIL)];
        file.read_exact(&mut head)?;
        file.seek(SeekFrom::End(-(tail.len() as i64)))?;
        file.read_exact(&mut tail)?;
        file.rewind()?;
        Ok(Self { len, modified: meta.modified().ok(), head, tail })
    }

    /// True when the file on disk still holds what we last saw. Cheap when its metadata is unchanged;
    /// otherwise its bytes decide, so a touch or a copy of the same file is not a conflict.
    pub(crate) fn matches_disk(&self, path: &Path) -> Result<bool> {
        let meta = match fs::metadata(path) {
            Ok(meta) => meta,
            // Gone: nothing on disk that a save could overwrite.
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(true),
            Err(e) => return Err(io_err("check the vault file")(e)),
        };
        if meta.len() != self.len {
            return Ok(false);
        }
        if meta.modified().ok() == self.modified {
            return Ok(true);
        }
        let mut file = File::open(path).map_err(io_err("check the vault file"))?;
        let mut head = vec![0; self.head.len()];
        let mut tail = vec![0; self.tail.len()];
        file.read_exact(&mut head).map_err(io_err("check the vault file"))?;
        file.seek(SeekFrom::End(-(tail.len() as i64))).map_err(io_err("check the vault file"))?;
        file.read_exact(&mut tail).map_err(io_err("check the vault file"))?;
        Ok(head == self.head && tail == self.tail)
    }
}

/// Writes a file the facilitator exports (a learning story) so that it is whole or absent: a temp
/// file beside it, fsync, rename. Not part of the vault: the caller chose to let this text out.
pub fn write_export(path: &Path, contents: &[u8]) -> Result<()> {
    let name = path.file_name().ok_or_else(|| {
        io_err("write the export")(io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))
    })?;
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let temp = dir.join(format!(".{}.part", name.to_string_lossy()));
    let result = write_durably(&temp, contents, &mut plain_file)
        .and_then(|()| fs::rename(&temp, path))
        .map_err(io_err("write the export"));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
        return result;
    }
    #[cfg(unix)]
    let _ = File::open(dir).and_then(|d| d.sync_all());
    Ok(())
}
