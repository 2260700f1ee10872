//! One writer per session: the lock a front end holds while a session is open.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::Store;
use super::save::check_id;
use crate::core::session::valid_id;
use crate::core::words::Words;
use crate::store::index::Stamp;

impl Store {
    /// The lock file of session `id`. Its name starts with a dot, so the
    /// store never takes it for a session.
    fn lock_path(&self, id: &str) -> PathBuf {
        self.dir.join(format!(".{id}.lock"))
    }

    /// Takes session `id`'s lock for as long as the returned value lives:
    /// the one place fitcheck claims a session for writing. Fails with
    /// `ErrorKind::ResourceBusy` (see [`is_open_elsewhere`]) while another
    /// process holds it. The OS ends the lock with the process, however it
    /// ends, so a crash never leaves a session locked.
    pub fn lock(&self, id: &str) -> io::Result<SessionLock> {
        check_id(self.words(), id)?;
        let path = self.lock_path(id);
        for _ in 0..8 {
            let file = open_lock_file(self.words(), &path)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => return Err(busy(self.words(), id)),
                Err(fs::TryLockError::Error(e)) => return Err(e),
            }
            // The holder before us removes the file as it lets go; if it did
            // after we opened it, this lock guards a file no one else sees.
            if same_file(&file, &path) {
                let ino = file.metadata().map(|m| Stamp::of(&m).ino)?;
                held().push((ino, path.clone()));
                return Ok(SessionLock { file, path });
            }
        }
        Err(busy(self.words(), id))
    }

    /// Takes the locks of every session in `ids` (for `delete --all`), or
    /// none: fails with `ErrorKind::ResourceBusy`, naming the sessions open
    /// in another window.
    pub fn lock_all<'i>(&self, ids: impl Iterator<Item = &'i str>) -> io::Result<Vec<SessionLock>> {
        let mut locks = Vec::new();
        let mut open = Vec::new();
        for id in ids {
            match self.lock(id) {
                Ok(l) => locks.push(l),
                Err(err) if is_open_elsewhere(&err) => open.push(id),
                Err(err) => return Err(err),
            }
        }
        if open.is_empty() {
            return Ok(locks);
        }
        let s = self.words();
        let ids = match open.as_slice() {
            [one] => s.DELETE_ALL_OPEN_ONE.replace("{id}", one),
            many => s.DELETE_ALL_OPEN_MANY.replace("{ids}", &many.join(", ")),
        };
        Err(io::Error::new(
            io::ErrorKind::ResourceBusy,
            s.DELETE_ALL_OPEN.replace("{ids}", &ids),
        ))
    }

    /// Whether session `id` is open in another window now.
    pub fn is_open_elsewhere(&self, id: &str) -> bool {
        matches!(self.lock(id), Err(e) if is_open_elsewhere(&e))
    }
}

/// A session claimed for writing by this process ([`Store::lock`]).
/// Dropping it lets go and removes the lock file.
#[derive(Debug)]
pub struct SessionLock {
    file: fs::File,
    path: PathBuf,
}

/// The lock files this process holds (inode, path), for
/// [`remove_lock_files_on_exit`].
static HELD: Mutex<Vec<(u64, PathBuf)>> = Mutex::new(Vec::new());

fn held() -> std::sync::MutexGuard<'static, Vec<(u64, PathBuf)>> {
    HELD.lock().unwrap_or_else(|p| p.into_inner())
}

/// Removes the lock files this process holds, for an exit on a signal,
/// where no destructor runs. The OS lets go of the locks themselves.
pub fn remove_lock_files_on_exit() {
    for (ino, path) in held().iter() {
        if fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && Stamp::of(&m).ino == *ino) {
            let _ = fs::remove_file(path);
        }
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        held().retain(|(_, p)| p != &self.path);
        // Only while the name is still this file: the lock is held, so no
        // one else removes or replaces it in between. Closing the file then
        // releases the lock.
        if same_file(&self.file, &self.path) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Whether `e` says a session is open in another window ([`Store::lock`]).
pub fn is_open_elsewhere(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::ResourceBusy
}

fn busy(s: &Words, id: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::ResourceBusy,
        s.OPEN_ELSEWHERE.replace("{id}", id),
    )
}

/// Opens (or makes, 0600) a lock file: never through a link, never a pipe or device.
fn open_lock_file(s: &Words, path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true).write(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::other(
            s.STORE_NOT_REGULAR
                .replace("{path}", &path.display().to_string()),
        ));
    }
    Ok(file)
}

/// Whether `path` names the open `file` (not a newer file, nor nothing).
fn same_file(file: &fs::File, path: &Path) -> bool {
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => b.is_file() && Stamp::of(&a).ino == Stamp::of(&b).ino,
        _ => false,
    }
}

/// The session id of lock file `name` (`.ID.lock`).
pub(super) fn lock_id(name: &str) -> Option<&str> {
    name.strip_prefix('.')?
        .strip_suffix(".lock")
        .filter(|id| valid_id(id))
}
