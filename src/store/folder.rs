//! The sessions folder itself: made private, tightened when it is loose,
//! and cleared of what crashes left behind.

use std::fs;
use std::io;
use std::path::Path;

use super::{Store, index, lock::lock_id};
use crate::core::session::valid_id;

impl Store {
    /// Tightens the folder to 0700 if it exists and others could read it,
    /// unless it holds files that are not fitcheck's (the parent pointed
    /// `--data-dir` at a folder they use for other things, such as their
    /// home): that folder is left as it is, with a notice.
    pub fn check_dir(&self) {
        let Ok(meta) = fs::metadata(&self.dir) else {
            return;
        };
        if !meta.is_dir() {
            return;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let old = meta.permissions().mode() & 0o777;
            // Only a loose folder is read: a private one costs nothing more.
            if old & 0o077 != 0 && !self.holds_only_ours() {
                self.notice(crate::core::text::fill_with(
                    self.words().SHARED_DIR,
                    &[
                        ("path", &self.dir.display().to_string()),
                        ("old", &format!("{old:o}")),
                    ],
                ));
                return;
            }
        }
        self.tighten(&self.dir, &meta, 0o700);
    }

    /// Removes what crashes left of saves (`.saving-*.tmp`, `.index-*.tmp`)
    /// more than a day ago: fitcheck's own temporary files only, regular
    /// files of this user only (never a link, nor through one). A save in progress is
    /// never that old. Best effort: run at start-up.
    pub fn sweep_stale(&self) {
        const DAY: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        let now = std::time::SystemTime::now();
        for e in entries.flatten() {
            let name = e.file_name();
            if !is_temporary(&name.to_string_lossy()) {
                continue;
            }
            // The entry itself, not what a link points at.
            let Ok(meta) = fs::symlink_metadata(e.path()) else {
                continue;
            };
            let old = meta
                .modified()
                .ok()
                .and_then(|m| now.duration_since(m).ok())
                .is_some_and(|age| age > DAY);
            if meta.is_file() && old && index::owned_by_me(&meta) {
                let _ = fs::remove_file(e.path());
            }
        }
    }

    /// Whether every entry of the folder is one of fitcheck's files.
    #[cfg(unix)]
    fn holds_only_ours(&self) -> bool {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return false;
        };
        entries.flatten().all(|e| {
            e.file_type().is_ok_and(|t| t.is_file()) && is_ours(&e.file_name().to_string_lossy())
        })
    }

    /// Sets `mode` on `path` when its permissions let anyone else in, with a notice.
    pub(super) fn tighten(&self, path: &Path, meta: &fs::Metadata, mode: u32) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let old = meta.permissions().mode() & 0o777;
            if old & 0o077 != 0 {
                let text = match fs::set_permissions(path, fs::Permissions::from_mode(mode)) {
                    Ok(()) => self.words().TIGHTENED,
                    Err(_) => self.words().CANNOT_TIGHTEN,
                };
                self.notice(crate::core::text::fill_with(
                    text,
                    &[
                        ("path", &path.display().to_string()),
                        ("old", &format!("{old:o}")),
                        ("new", &format!("{mode:o}")),
                    ],
                ));
            }
        }
        #[cfg(not(unix))]
        let _ = (path, meta, mode);
    }

    /// Creates the folder (0700) if needed, and tightens it if it is looser.
    pub fn ensure_dir(&self) -> io::Result<()> {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&self.dir)?;
        self.check_dir();
        Ok(())
    }
}

/// Whether `name` is a save or an index update in progress.
pub(super) fn is_temporary(name: &str) -> bool {
    (name.starts_with(".saving-") || name.starts_with(".index-")) && name.ends_with(".tmp")
}

/// Whether `name` is a file fitcheck keeps in its folder: a session, its
/// printed summary, the list index, a save in progress, or a session's lock.
pub(super) fn is_ours(name: &str) -> bool {
    name == index::FILE
        || is_temporary(name)
        || lock_id(name).is_some()
        || name.strip_suffix(".json").is_some_and(valid_id)
        || name.strip_suffix("-summary.txt").is_some_and(valid_id)
}

#[cfg(unix)]
pub(super) fn sync_dir(dir: &Path) -> io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
pub(super) fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}
