//! Deleting one session, or all of them, with what belongs to them.

use std::fs;
use std::io;
use std::path::PathBuf;

use super::folder::{is_temporary, sync_dir};
use super::lock::lock_id;
use super::save::check_id;
use super::{BadFile, Store, index};

impl Store {
    /// Removes session `id`, unless it is open in another window
    /// (`ErrorKind::ResourceBusy`).
    pub fn delete(&self, id: &str) -> io::Result<()> {
        check_id(self.words(), id)?;
        let _lock = self.lock(id)?;
        fs::remove_file(self.path(id))?;
        self.remove_printed(id)?;
        self.remove_saves_of(id)?;
        sync_dir(&self.dir)
    }

    /// Removes the temporary files a crash left of session `id`'s saves:
    /// regular files only, never through a link.
    fn remove_saves_of(&self, id: &str) -> io::Result<()> {
        let prefix = format!(".saving-{id}-");
        for e in fs::read_dir(&self.dir)?.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(&prefix)
                && name.ends_with(".tmp")
                && e.file_type().is_ok_and(|t| t.is_file())
            {
                match fs::remove_file(e.path()) {
                    Err(err) if err.kind() != io::ErrorKind::NotFound => return Err(err),
                    _ => {}
                }
            }
        }
        Ok(())
    }

    /// Where earlier versions of the wizard printed session `id`'s summary,
    /// beside the session; it goes when the session goes. Pages printed now
    /// go to the Documents folder ([`crate::store::printout`]).
    pub fn printed_path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}-summary.txt"))
    }

    fn remove_printed(&self, id: &str) -> io::Result<()> {
        match fs::remove_file(self.printed_path(id)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Removes every readable session, the list index and any temporary
    /// file a crash left behind. Files that cannot be read as sessions are
    /// left as they are (they may not be fitcheck's) and returned, so the
    /// parent can remove them by hand. Returns the number of sessions removed.
    /// Deletes nothing when a session is open in another window
    /// (`ErrorKind::ResourceBusy`, naming them).
    pub fn delete_all(&self) -> io::Result<(usize, Vec<BadFile>)> {
        let listing = self.entries()?;
        let locks = self.lock_all(listing.sessions.iter().map(|e| e.id.as_str()))?;
        let mut removed = 0;
        for e in &listing.sessions {
            match fs::remove_file(self.path(&e.id)) {
                Ok(()) => {
                    removed += 1;
                    self.remove_printed(&e.id)?;
                }
                Err(err) if err.kind() == io::ErrorKind::NotFound => {}
                Err(err) => return Err(err),
            }
        }
        for e in fs::read_dir(&self.dir)?.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if (name == index::FILE || is_temporary(&name))
                && e.file_type().is_ok_and(|t| t.is_file())
            {
                fs::remove_file(e.path())?;
            }
            // The lock file of a session a crash left open: no one holds
            // it, so taking and dropping its lock removes it.
            if let Some(id) = lock_id(&name)
                && e.file_type().is_ok_and(|t| t.is_file())
                && let Ok(lock) = self.lock(id)
            {
                drop(lock);
            }
        }
        drop(locks);
        sync_dir(&self.dir)?;
        Ok((removed, listing.bad))
    }
}
