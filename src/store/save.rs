//! Saving a session: atomically, never over a file that is not the same session.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Store;
use super::folder::sync_dir;
use crate::core::session::{MAX_BYTES, Session, valid_id};
use crate::core::words::Words;

impl Store {
    /// Saves `session` over its file atomically. When this returns Ok, the
    /// file on disk holds it. Refuses to replace a file that is not this
    /// same session (unreadable, or another id): that file is left as it is.
    pub fn save(&self, session: &Session) -> io::Result<PathBuf> {
        let s = self.words();
        check_id(s, &session.id)?;
        self.ensure_dir()?;
        let path = self.path(&session.id);
        match fs::symlink_metadata(&path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
            Ok(_) => match Store::load_path_in(s, &path) {
                Ok(old) if old.id == session.id => {}
                Ok(old) => {
                    return Err(refuse(
                        s,
                        &path,
                        &s.STORE_OTHER_SESSION.replace("{id}", &old.id),
                    ));
                }
                Err(reason) => return Err(refuse(s, &path, &reason.message(s))),
            },
        }
        self.write(&path, session, false)?;
        Ok(path)
    }

    /// Saves a new session under a name no file has: if its id is taken
    /// (by any file, readable or not), the session gets a fresh id first.
    pub fn create(&self, session: &mut Session) -> io::Result<PathBuf> {
        check_id(self.words(), &session.id)?;
        self.ensure_dir()?;
        for _ in 0..32 {
            let path = self.path(&session.id);
            if fs::symlink_metadata(&path).is_err() {
                match self.write(&path, session, true) {
                    Ok(()) => return Ok(path),
                    Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                    Err(e) => return Err(e),
                }
            }
            session.renew_id(crate::clock::now_secs());
        }
        Err(io::Error::other(self.words().STORE_NO_FREE_NAME))
    }

    /// Writes `session` to `path` through a synced temporary file and a
    /// rename (never replacing an existing file when `new`), then syncs the folder.
    fn write(&self, path: &Path, session: &Session, new: bool) -> io::Result<()> {
        let mut json = serde_json::to_vec_pretty(session).map_err(io::Error::other)?;
        json.push(b'\n');
        // Never write what would be refused when read (issue 15, finding 6).
        if json.len() as u64 > MAX_BYTES {
            return Err(io::Error::new(
                io::ErrorKind::FileTooLarge,
                self.words()
                    .SAVE_TOO_LARGE
                    .replace("{mb}", &(json.len().div_ceil(1024 * 1024)).to_string())
                    .replace("{max}", &(MAX_BYTES / (1024 * 1024)).to_string()),
            ));
        }
        // The session's id is in the name, so `delete ID` finds what a
        // crash left of its saves.
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".saving-{stem}-"))
            .suffix(".tmp")
            .tempfile_in(&self.dir)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            tmp.as_file()
                .set_permissions(fs::Permissions::from_mode(0o600))?;
        }
        tmp.write_all(&json)?;
        tmp.as_file().sync_all()?;
        if new {
            tmp.persist_noclobber(path).map_err(|e| e.error)?;
        } else {
            tmp.persist(path).map_err(|e| e.error)?;
        }
        sync_dir(&self.dir)
    }
}

pub(super) fn check_id(s: &Words, id: &str) -> io::Result<()> {
    if valid_id(id) {
        Ok(())
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            s.STORE_NOT_AN_ID
                .replace("{id}", &crate::core::text::clean(id, false)),
        ))
    }
}

fn refuse(s: &Words, path: &Path, reason: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::AlreadyExists,
        crate::core::text::fill_with(
            s.REFUSE_REPLACE,
            &[("path", &path.display().to_string()), ("reason", &reason)],
        ),
    )
}
