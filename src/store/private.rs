//! Files only their owner can read, never written through a link.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use crate::core::words::Words;
use crate::store::index;

/// Writes `text` to `path` as a new file only its owner can read
/// ([`create_private_new`]). With `replace`, a plain file already there
/// that belongs to this user is replaced; a link, a folder, a device or
/// another user's file never is, so fitcheck never writes into a file it
/// did not make (issue 15, finding 4).
pub fn write_private(
    s: &Words,
    path: &Path,
    text: &crate::core::text::Shown,
    replace: bool,
) -> io::Result<()> {
    if replace && let Ok(meta) = fs::symlink_metadata(path) {
        if !meta.file_type().is_file() || !index::owned_by_me(&meta) {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                s.STORE_LEFT_ALONE,
            ));
        }
        fs::remove_file(path)?;
    }
    let mut file = create_private_new(s, path)?;
    file.write_all(text.as_str().as_bytes())?;
    file.sync_all()
}

/// Creates `path` as a new file only its owner can read (mode 0600). Fails
/// when anything is there already, a symbolic link included (O_EXCL and
/// O_NOFOLLOW), so it never writes into a file it did not make.
pub fn create_private_new(s: &Words, path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    options.open(path).map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            io::Error::new(e.kind(), s.STORE_USE_FORCE)
        } else {
            e
        }
    })
}
