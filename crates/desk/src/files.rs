//! The one writer of owner-only files outside the vault (the recovery sheet).

use std::io::Write;
use std::path::Path;

use crate::error::{io_err, Result};

/// Whether an existing file may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Refuse: the file must be new (the CLI's `--recovery-key-out`).
    Refuse,
    /// Replace it (the file the facilitator chose in a save dialog, which asked already).
    Replace,
}

/// Writes `contents` to a file only its owner can read (mode 0600 on Unix; on Windows the file
/// inherits the folder's access list, which for the user's own folders is the user's), and flushes
/// it to disk.
pub fn write_private(path: &Path, contents: &[u8], existing: Existing) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    match existing {
        Existing::Refuse => options.create_new(true),
        Existing::Replace => options.create(true).truncate(true),
    };
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(io_err("write the file"))?;
    // The mode above applies only to a file it creates; one written over keeps its own.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600)).map_err(io_err("write the file"))?;
    }
    file.write_all(contents).map_err(io_err("write the file"))?;
    file.sync_all().map_err(io_err("write the file"))
}
