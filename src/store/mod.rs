//! The store: the folder of saved sessions, one JSON file each, named by
//! the session's id.
//!
//! Saves are atomic: a temporary file in the same folder is written, synced
//! and renamed over the old file, then the folder is synced. The folder is
//! 0700 and files 0600; looser permissions found on them are tightened and a
//! notice is kept for the front end to show ([`Store::take_notices`]).
//!
//! A file that fails to parse is reported by name with the reason and never
//! changed: a save refuses to replace any file that is not the same session,
//! and a new session never takes the name of an existing file.
//!
//! One writer per session: a front end that has a session open holds its
//! lock ([`Store::lock`], an OS advisory lock on `.ID.lock` beside it), and
//! `delete` takes the same lock, so a second window cannot overwrite or
//! delete what the first is still answering.

pub mod autosave;
pub mod ids;
pub mod index;
pub mod printout;
pub mod questions;
pub mod runner;
pub mod settings;

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::core::bank::Bank;
use crate::core::reason::io_in;
use crate::core::session::{Entry, MAX_BYTES, Session, valid_id};
use crate::core::words::Words;
use crate::store::index::{Index, Stamp};
use crate::strings as en;

/// Where sessions live.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
    /// Things the parent should be told (permissions tightened), not yet shown.
    notices: Arc<Mutex<Vec<String>>>,
    /// The question bank in use: a listed session saved with another bank
    /// has its digest worked out again with this one.
    bank: Option<Arc<Bank>>,
}

/// A session file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {reason}", path.display())]
pub struct BadFile {
    pub path: PathBuf,
    pub reason: String,
}

/// The sessions in the folder, newest first, and the files that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub sessions: Vec<Entry>,
    pub bad: Vec<BadFile>,
}

/// Why a session could not be found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FindError {
    #[error("{}", en::FIND_NONE.replace("{query}", .0))]
    NotFound(String),
    /// Several sessions match; their ids and labels.
    #[error("{}", en::FIND_MANY
        .replace("{query}", .0)
        .replace("{n}", &.1.len().to_string())
        .replace("{ids}", &.1.join(", ")))]
    Ambiguous(String, Vec<String>),
    #[error("{}", en::NO_SESSIONS)]
    NoSessions,
    /// The session's file is there but cannot be read; it was left as it is.
    #[error("{}", en::UNREADABLE.replace("{bad}", &.0.to_string()))]
    Unreadable(BadFile),
    /// The sessions folder itself cannot be read.
    #[error("{0}")]
    Folder(String),
}

impl FindError {
    /// The message for the parent in the language of `s` (the `Display`
    /// text is the English one).
    pub fn message(&self, s: &Words) -> String {
        match self {
            FindError::NotFound(q) => s.FIND_NONE.replace("{query}", q),
            FindError::Ambiguous(q, ids) => s
                .FIND_MANY
                .replace("{query}", q)
                .replace("{n}", &ids.len().to_string())
                .replace("{ids}", &ids.join(", ")),
            FindError::NoSessions => s.NO_SESSIONS.to_string(),
            FindError::Unreadable(bad) => s.UNREADABLE.replace("{bad}", &bad.to_string()),
            FindError::Folder(m) => m.clone(),
        }
    }
}

impl Store {
    /// The words of the store's messages: those of the question bank in
    /// use ([`Store::with_bank`]), else English.
    pub fn words(&self) -> &'static Words {
        self.bank
            .as_ref()
            .map_or(Words::of(Default::default()), |b| b.words())
    }

    /// The default folder: `FITCHECK_DATA_DIR`, or the platform's data
    /// folder for fitcheck. The local (not roaming) one on Windows: what a
    /// family writes should not travel to other machines.
    pub fn default_dir() -> Option<PathBuf> {
        if let Some(d) = std::env::var_os("FITCHECK_DATA_DIR").filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(d));
        }
        directories::ProjectDirs::from("", "", "fitcheck")
            .map(|p| p.data_local_dir().join("sessions"))
    }

    /// A store over `dir`. Nothing is created until the first save.
    pub fn at(dir: impl Into<PathBuf>) -> Store {
        Store {
            dir: dir.into(),
            notices: Arc::default(),
            bank: None,
        }
    }

    /// The store, listing sessions as `bank` scores them: a session saved
    /// with another version of the questions is shown with the verdicts
    /// and progress this version gives it (as `summary` would show them).
    pub fn with_bank(mut self, bank: Arc<Bank>) -> Store {
        self.bank = Some(bank);
        self
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file of session `id`.
    pub fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// The notices gathered since the last call (permissions tightened), to show the parent.
    pub fn take_notices(&self) -> Vec<String> {
        std::mem::take(&mut *self.notices.lock().unwrap_or_else(|p| p.into_inner()))
    }

    fn notice(&self, text: String) {
        self.notices
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(text);
    }

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
    fn tighten(&self, path: &Path, meta: &fs::Metadata, mode: u32) {
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
                Err(reason) => return Err(refuse(s, &path, &reason)),
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

    /// Reads a session file anywhere (for `import`): symbolic links are
    /// refused, as are files too large to be a session.
    pub fn load_path(path: &Path) -> Result<Session, String> {
        Store::load_path_in(Words::of(Default::default()), path)
    }

    /// [`Store::load_path`], saying what is wrong in the language of `s`.
    pub fn load_path_in(s: &Words, path: &Path) -> Result<Session, String> {
        let meta = fs::symlink_metadata(path).map_err(|e| io_in(s, &e))?;
        if meta.file_type().is_symlink() {
            return Err(s.BAD_SYMLINK.to_string());
        }
        let (_, bytes) = read_file(s, path, &meta)?;
        Session::from_json_in(s, &bytes)
    }

    /// Reads session `id` from the store, tightening its permissions if needed.
    pub fn load(&self, id: &str) -> Result<Session, BadFile> {
        let path = self.path(id);
        let bad = |reason: String| BadFile {
            path: path.clone(),
            reason,
        };
        let meta = fs::symlink_metadata(&path).map_err(|e| bad(io_in(self.words(), &e)))?;
        self.read_entry(&path, id, &meta).map_err(bad)
    }

    /// Reads the store's file `path` (lstat'ed as `meta`) that should hold session `id`.
    fn read_entry(&self, path: &Path, id: &str, meta: &fs::Metadata) -> Result<Session, String> {
        let s = self.words();
        if meta.file_type().is_symlink() {
            return Err(s.BAD_SYMLINK.to_string());
        }
        let (opened, bytes) = read_file(s, path, meta)?;
        self.tighten(path, &opened, 0o600);
        let session = Session::from_json_in(s, &bytes)?;
        if session.id != id {
            return Err(s
                .BAD_ID_MISMATCH
                .replace("{id}", &crate::core::text::clean(&session.id, false))
                .to_string());
        }
        Ok(session)
    }

    /// Every session in the folder, newest first, and the files that could
    /// not be read. Uses the list index, so only new or changed files are parsed.
    pub fn entries(&self) -> io::Result<Listing> {
        let mut listing = Listing::default();
        let dir = match fs::read_dir(&self.dir) {
            Ok(d) => d,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(listing),
            Err(e) => return Err(e),
        };
        let mut index = Index::load(&self.dir);
        for e in dir {
            let e = e?;
            let name = e.file_name();
            let Some(name) = name.to_str() else {
                continue;
            };
            let Some(id) = name.strip_suffix(".json") else {
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            let path = e.path();
            let meta = match e.metadata() {
                Ok(m) => m,
                Err(err) => {
                    listing.bad.push(BadFile {
                        path,
                        reason: err.to_string(),
                    });
                    continue;
                }
            };
            let stamp = Stamp::of(&meta);
            if meta.is_file() {
                self.tighten(&path, &meta, 0o600);
                if let Some(entry) = index
                    .get(name, stamp)
                    .filter(|en| en.id == id && self.digest_is_current(en))
                {
                    listing.sessions.push(entry);
                    continue;
                }
            }
            match self.read_entry(&path, id, &meta) {
                Ok(session) => {
                    let entry = self.current_entry(&session);
                    index.put(name, stamp, entry.clone());
                    listing.sessions.push(entry);
                }
                Err(reason) => listing.bad.push(BadFile { path, reason }),
            }
        }
        index.store();
        listing
            .sessions
            .sort_by(|a, b| (&b.updated, &b.id).cmp(&(&a.updated, &a.id)));
        listing.bad.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(listing)
    }

    /// Whether `entry`'s digest was worked out with the bank in use.
    fn digest_is_current(&self, entry: &Entry) -> bool {
        self.bank.as_ref().is_none_or(|b| {
            entry.digest_bank == b.meta.version
                && entry.digest.verdicts.iter().all(|v| !v.words.is_empty())
        })
    }

    /// `session` as `list` shows it, its digest worked out with the bank in
    /// use when the session was saved with another.
    fn current_entry(&self, session: &Session) -> Entry {
        let mut entry = session.entry();
        if let Some(bank) = &self.bank
            && !self.digest_is_current(&entry)
        {
            entry.digest = session.digest_with(bank);
            entry.digest_bank = bank.meta.version.clone();
        }
        entry
    }

    /// Every session, read in full, newest first, and the files that could
    /// not be read (the folder itself, when it cannot be read).
    pub fn list(&self) -> (Vec<Session>, Vec<BadFile>) {
        let listing = match self.entries() {
            Ok(l) => l,
            Err(e) => {
                return (
                    Vec::new(),
                    vec![BadFile {
                        path: self.dir.clone(),
                        reason: io_in(self.words(), &e),
                    }],
                );
            }
        };
        let mut bad = listing.bad;
        let mut sessions = Vec::with_capacity(listing.sessions.len());
        for e in &listing.sessions {
            match self.load(&e.id) {
                Ok(s) => sessions.push(s),
                Err(b) => bad.push(b),
            }
        }
        (sessions, bad)
    }

    /// Finds a session by, in this order: its id, its label (case ignored),
    /// a unique start of its id, or a unique part of its label.
    pub fn find(&self, query: &str) -> Result<Session, FindError> {
        let query = query.trim();
        // The quick way: the id itself names the file.
        if valid_id(query) && fs::symlink_metadata(self.path(query)).is_ok() {
            return self.load(query).map_err(FindError::Unreadable);
        }
        let listing = self.entries().map_err(|e| {
            FindError::Folder(crate::core::text::fill_with(
                self.words().CANNOT_READ_FOLDER,
                &[
                    ("dir", &self.dir.display().to_string()),
                    ("error", &io_in(self.words(), &e)),
                ],
            ))
        })?;
        if listing.sessions.is_empty() && listing.bad.is_empty() {
            return Err(FindError::NoSessions);
        }
        let wanted = query.to_lowercase();
        let by_label: Vec<&Entry> = listing
            .sessions
            .iter()
            .filter(|e| {
                e.label
                    .as_deref()
                    .is_some_and(|l| l.trim().to_lowercase() == wanted)
            })
            .collect();
        let by_prefix = || -> Vec<&Entry> {
            listing
                .sessions
                .iter()
                .filter(|e| !query.is_empty() && e.id.starts_with(query))
                .collect()
        };
        // Last, a part of a label: "Maya" finds "Maya - skills trainer".
        let by_part = || -> Vec<&Entry> {
            listing
                .sessions
                .iter()
                .filter(|e| {
                    !wanted.is_empty()
                        && e.label
                            .as_deref()
                            .is_some_and(|l| l.to_lowercase().contains(&wanted))
                })
                .collect()
        };
        let mut hits = by_label;
        if hits.is_empty() {
            hits = by_prefix();
        }
        if hits.is_empty() {
            hits = by_part();
        }
        match hits.as_slice() {
            [] => {
                let unreadable = listing.bad.into_iter().find(|b| {
                    !query.is_empty()
                        && b.path
                            .file_stem()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with(query))
                });
                Err(match unreadable {
                    Some(b) => FindError::Unreadable(b),
                    None => FindError::NotFound(query.to_string()),
                })
            }
            [one] => self.load(&one.id).map_err(FindError::Unreadable),
            many => Err(FindError::Ambiguous(
                query.to_string(),
                many.iter()
                    .map(|e| match &e.label {
                        Some(l) => format!("{} ({})", e.id, crate::core::text::clean(l, false)),
                        None => e.id.clone(),
                    })
                    .collect(),
            )),
        }
    }

    /// The most recently updated session, finished or not.
    pub fn latest(&self) -> Option<Session> {
        let listing = self.entries().ok()?;
        listing.sessions.iter().find_map(|e| self.load(&e.id).ok())
    }

    /// The most recently updated finished session.
    pub fn latest_finished(&self) -> Option<Session> {
        let listing = self.entries().ok()?;
        listing
            .sessions
            .iter()
            .filter(|e| e.digest.finished)
            .find_map(|e| self.load(&e.id).ok())
    }

    /// The most recently updated session, and the most recently updated
    /// unfinished one (often the same), from one listing.
    pub fn latest_and_unfinished(&self) -> (Option<Session>, Option<Session>) {
        let Ok(listing) = self.entries() else {
            return (None, None);
        };
        let mut entries = listing.sessions.iter();
        let Some((first, latest)) = entries
            .by_ref()
            .find_map(|e| Some((e, self.load(&e.id).ok()?)))
        else {
            return (None, None);
        };
        let unfinished = if first.digest.finished {
            entries
                .filter(|e| !e.digest.finished)
                .find_map(|e| self.load(&e.id).ok())
        } else {
            Some(latest.clone())
        };
        (Some(latest), unfinished)
    }

    /// The most recently updated unfinished session.
    pub fn latest_unfinished(&self) -> Option<Session> {
        let listing = self.entries().ok()?;
        listing
            .sessions
            .iter()
            .filter(|e| !e.digest.finished)
            .find_map(|e| self.load(&e.id).ok())
    }

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
fn lock_id(name: &str) -> Option<&str> {
    name.strip_prefix('.')?
        .strip_suffix(".lock")
        .filter(|id| valid_id(id))
}

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

/// Whether `name` is a save or an index update in progress.
fn is_temporary(name: &str) -> bool {
    (name.starts_with(".saving-") || name.starts_with(".index-")) && name.ends_with(".tmp")
}

/// Whether `name` is a file fitcheck keeps in its folder: a session, its
/// printed summary, the list index, a save in progress, or a session's lock.
fn is_ours(name: &str) -> bool {
    name == index::FILE
        || is_temporary(name)
        || lock_id(name).is_some()
        || name.strip_suffix(".json").is_some_and(valid_id)
        || name.strip_suffix("-summary.txt").is_some_and(valid_id)
}

/// Opens and reads a regular file, checking it is the one `meta` describes
/// (not swapped for a link in between) and not too large. Returns the
/// opened file's metadata and its bytes.
fn read_file(
    s: &Words,
    path: &Path,
    meta: &fs::Metadata,
) -> Result<(fs::Metadata, Vec<u8>), String> {
    if meta.is_dir() {
        return Err(s.BAD_FOLDER.to_string());
    }
    if !meta.is_file() {
        return Err(s.BAD_SPECIAL.to_string());
    }
    if meta.len() > MAX_BYTES {
        return Err(s
            .BAD_TOO_LARGE
            .replace("{mb}", &(meta.len() / (1024 * 1024)).to_string())
            .to_string());
    }
    let file = fs::File::open(path).map_err(|e| io_in(s, &e))?;
    let opened = file.metadata().map_err(|e| io_in(s, &e))?;
    if Stamp::of(&opened).ino != Stamp::of(meta).ino || !opened.is_file() {
        return Err(s.BAD_CHANGED.to_string());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len()).unwrap_or(0));
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_in(s, &e))?;
    Ok((opened, bytes))
}

fn check_id(s: &Words, id: &str) -> io::Result<()> {
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

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::session::tests::{answer_some, bank, finished};

    const NOW: i64 = 1_800_000_000;

    fn store() -> (tempfile::TempDir, Store) {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::at(tmp.path().join("sessions"));
        (tmp, store)
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    fn set_mode(path: &Path, mode: u32) {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_saved_session_loads_back_private_and_leaves_no_temporary_file() {
        let (_tmp, store) = store();
        let bank = bank();
        let s = finished(&bank, NOW);
        let path = store.save(&s).unwrap();
        assert_eq!(store.load(&s.id).unwrap(), s);
        assert_eq!(names(store.dir()), vec![format!("{}.json", s.id)]);
        #[cfg(unix)]
        {
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(store.dir()), 0o700);
        }
        assert!(store.take_notices().is_empty());
    }

    #[test]
    fn save_never_replaces_a_file_it_cannot_read_or_another_session() {
        let (_tmp, store) = store();
        let bank = bank();
        let s = finished(&bank, NOW);
        store.ensure_dir().unwrap();
        let path = store.path(&s.id);
        for junk in [
            &b"{\"schema\": 1, \"id\""[..],
            b"",
            b"not json",
            b"{\"schema\": 9}",
        ] {
            fs::write(&path, junk).unwrap();
            let err = store.save(&s).unwrap_err();
            assert!(err.to_string().contains("left as it is"), "{err}");
            assert_eq!(fs::read(&path).unwrap(), junk);
        }
        // A readable session of another id under this name: also left alone.
        let mut other = finished(&bank, NOW);
        other.id = "otherone".to_string();
        fs::write(&path, serde_json::to_vec(&other).unwrap()).unwrap();
        let before = fs::read(&path).unwrap();
        assert!(store.save(&s).is_err());
        assert_eq!(fs::read(&path).unwrap(), before);
    }

    #[test]
    fn a_new_session_never_takes_the_name_of_an_existing_file() {
        let (_tmp, store) = store();
        let bank = bank();
        let mut s = finished(&bank, NOW);
        store.ensure_dir().unwrap();
        let taken = store.path(&s.id);
        fs::write(&taken, b"truncated {").unwrap();
        let old_id = s.id.clone();
        let path = store.create(&mut s).unwrap();
        assert_ne!(s.id, old_id);
        assert_eq!(path, store.path(&s.id));
        assert_eq!(fs::read(&taken).unwrap(), b"truncated {");
        assert_eq!(store.load(&s.id).unwrap(), s);
    }

    #[test]
    fn listing_is_newest_first_and_names_every_bad_file_untouched() {
        let (tmp, store) = store();
        let bank = bank();
        let mut ids = Vec::new();
        for i in 0..3 {
            let s = finished(&bank, NOW + i * 60);
            store.save(&s).unwrap();
            ids.push(s.id);
        }
        let dir = store.dir().to_path_buf();
        let outside = tmp.path().join("elsewhere.json");
        fs::write(&outside, serde_json::to_vec(&finished(&bank, NOW)).unwrap()).unwrap();
        let bad: Vec<(&str, &[u8], &str)> = vec![
            ("empty.json", b"", "empty"),
            (
                "cut.json",
                b"{\"schema\": 1, \"id\": \"cut\", \"cre",
                "ends too early",
            ),
            ("text.json", b"Dear diary", "not valid JSON"),
            (
                "future.json",
                b"{\"schema\": 99, \"id\": \"future\"}",
                "newer fitcheck",
            ),
        ];
        for (name, bytes, _) in &bad {
            fs::write(dir.join(name), bytes).unwrap();
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink(&outside, dir.join("link.json")).unwrap();
        fs::create_dir(dir.join("folder.json")).unwrap();
        let listing = store.entries().unwrap();
        let listed: Vec<&str> = listing.sessions.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(listed, vec![&ids[2], &ids[1], &ids[0]]);
        for (name, bytes, reason) in &bad {
            let b = listing
                .bad
                .iter()
                .find(|b| b.path == dir.join(name))
                .unwrap_or_else(|| panic!("{name} is not reported"));
            assert!(b.reason.contains(reason), "{name}: {}", b.reason);
            assert_eq!(&fs::read(dir.join(name)).unwrap(), bytes);
        }
        let reason = |n: &str| {
            listing
                .bad
                .iter()
                .find(|b| b.path == dir.join(n))
                .map(|b| b.reason.clone())
                .unwrap_or_default()
        };
        #[cfg(unix)]
        assert!(reason("link.json").contains("symbolic link"));
        assert!(reason("folder.json").contains("folder"));
        // Every good session still opens.
        for id in &ids {
            assert!(store.load(id).is_ok());
            assert_eq!(store.find(id).unwrap().id, *id);
        }
    }

    #[test]
    fn the_list_index_is_only_a_cache() {
        let (_tmp, store) = store();
        let bank = bank();
        let mut s = finished(&bank, NOW);
        store.save(&s).unwrap();
        assert_eq!(store.entries().unwrap().sessions[0].label, None);
        let index = store.dir().join(index::FILE);
        assert!(index.exists());
        // The file changes: the listing follows it, not the index.
        s.label = Some("Maya".to_string());
        store.save(&s).unwrap();
        assert_eq!(
            store.entries().unwrap().sessions[0].label.as_deref(),
            Some("Maya")
        );
        // A damaged index is rebuilt without a word.
        fs::write(&index, b"{{{{").unwrap();
        let listing = store.entries().unwrap();
        assert_eq!(listing.sessions.len(), 1);
        assert!(listing.bad.is_empty());
        assert!(serde_json::from_slice::<serde_json::Value>(&fs::read(&index).unwrap()).is_ok());
        // A lying index (right stamp, wrong id) is not believed.
        let text = fs::read_to_string(&index).unwrap();
        fs::write(
            &index,
            text.replace(&format!("\"id\":\"{}\"", s.id), "\"id\":\"zzzz\""),
        )
        .unwrap();
        assert_eq!(store.entries().unwrap().sessions[0].id, s.id);
        // A deleted session leaves the listing.
        store.delete(&s.id).unwrap();
        assert!(store.entries().unwrap().sessions.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn loose_permissions_are_tightened_with_a_notice() {
        let (_tmp, store) = store();
        let bank = bank();
        let s = finished(&bank, NOW);
        let path = store.save(&s).unwrap();
        set_mode(&path, 0o644);
        set_mode(store.dir(), 0o755);
        store.check_dir();
        assert_eq!(mode(store.dir()), 0o700);
        store.entries().unwrap();
        assert_eq!(mode(&path), 0o600);
        let notices = store.take_notices();
        assert_eq!(notices.len(), 2, "{notices:?}");
        assert!(notices[0].contains("755") && notices[0].contains("private"));
        assert!(notices[1].contains(&s.id) && notices[1].contains("644"));
        // Once private, nothing more to say; loading tightens too.
        store.entries().unwrap();
        assert!(store.take_notices().is_empty());
        set_mode(&path, 0o640);
        store.load(&s.id).unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(store.take_notices().len(), 1);
    }

    #[test]
    fn find_by_id_prefix_label_or_part_of_a_label() {
        let (_tmp, store) = store();
        let bank = bank();
        assert_eq!(store.find("x").unwrap_err(), FindError::NoSessions);
        let mut a = finished(&bank, NOW);
        a.id = "abc12345".to_string();
        a.label = Some("Maya - skills trainer".to_string());
        let mut b = finished(&bank, NOW);
        b.id = "abd67890".to_string();
        b.label = Some("Sam".to_string());
        store.save(&a).unwrap();
        store.save(&b).unwrap();
        assert_eq!(store.find("abc12345").unwrap().id, a.id);
        assert_eq!(store.find("abc").unwrap().id, a.id);
        assert_eq!(store.find("SAM").unwrap().id, b.id);
        assert_eq!(store.find("maya").unwrap().id, a.id);
        assert_eq!(store.find("skills").unwrap().id, a.id);
        match store.find("ab").unwrap_err() {
            FindError::Ambiguous(q, ids) => {
                assert_eq!(q, "ab");
                assert_eq!(ids.len(), 2);
                assert!(ids.iter().any(|i| i.contains("Maya")));
            }
            e => panic!("{e:?}"),
        }
        assert!(matches!(store.find("zzz"), Err(FindError::NotFound(_))));
        assert!(matches!(store.find(""), Err(FindError::NotFound(_))));
        // A session whose file went bad is named with the reason, not "not found".
        fs::write(store.path("bad00000"), b"{").unwrap();
        match store.find("bad0").unwrap_err() {
            FindError::Unreadable(b) => assert!(b.reason.contains("ends too early")),
            e => panic!("{e:?}"),
        }
        assert!(matches!(
            store.find("bad00000"),
            Err(FindError::Unreadable(_))
        ));
        assert!(
            store
                .find("bad00000")
                .unwrap_err()
                .to_string()
                .contains("left as it is")
        );
    }

    #[test]
    fn latest_unfinished_skips_finished_sessions() {
        let (_tmp, store) = store();
        let bank = bank();
        assert!(store.latest_unfinished().is_none());
        let mut open = Session::new(&bank, NOW);
        open.answers = answer_some(&bank, 1);
        open.refresh(&bank, NOW);
        store.save(&open).unwrap();
        let mut done = finished(&bank, NOW);
        done.refresh(&bank, NOW + 100);
        store.save(&done).unwrap();
        assert_eq!(store.latest().unwrap().id, done.id);
        assert_eq!(store.latest_unfinished().unwrap().id, open.id);
    }

    #[test]
    fn delete_all_removes_sessions_and_leftovers_but_not_foreign_files() {
        let (_tmp, store) = store();
        let bank = bank();
        for i in 0..3 {
            store.save(&finished(&bank, NOW + i)).unwrap();
        }
        store.entries().unwrap();
        let dir = store.dir();
        fs::write(dir.join(".saving-abc.tmp"), b"half a session").unwrap();
        fs::write(dir.join("notes.json"), b"my own notes").unwrap();
        fs::write(dir.join("README.txt"), b"hello").unwrap();
        let (n, bad) = store.delete_all().unwrap();
        assert_eq!(n, 3);
        assert_eq!(bad.len(), 1);
        assert_eq!(names(dir), vec!["README.txt", "notes.json"]);
        assert_eq!(fs::read(dir.join("notes.json")).unwrap(), b"my own notes");
    }

    #[test]
    fn a_locked_session_is_refused_to_others_and_its_lock_file_goes_with_it() {
        let (_tmp, store) = store();
        let bank = bank();
        let s = finished(&bank, NOW);
        store.save(&s).unwrap();
        let held = store.lock(&s.id).unwrap();
        let lock_file = store.dir().join(format!(".{}.lock", s.id));
        assert!(lock_file.is_file());
        // A second claim (another window: the lock is per open file) is refused.
        let err = store.lock(&s.id).unwrap_err();
        assert!(is_open_elsewhere(&err), "{err}");
        assert!(err.to_string().contains("open in another"), "{err}");
        assert!(store.is_open_elsewhere(&s.id));
        assert!(is_open_elsewhere(&store.delete(&s.id).unwrap_err()));
        assert!(is_open_elsewhere(&store.delete_all().unwrap_err()));
        assert!(store.load(&s.id).is_ok(), "nothing was deleted");
        // The lock file is fitcheck's own, and no session.
        assert!(is_ours(&format!(".{}.lock", s.id)));
        assert!(store.entries().unwrap().bad.is_empty());
        drop(held);
        assert!(!lock_file.exists(), "letting go removes the lock file");
        assert!(!store.is_open_elsewhere(&s.id));
        // A lock file left by a crash (no one holds it) does not lock.
        fs::write(&lock_file, b"").unwrap();
        drop(store.lock(&s.id).unwrap());
        store.delete(&s.id).unwrap();
        assert!(names(store.dir()).iter().all(|n| !n.ends_with(".lock")));
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_lock_link_or_pipe_is_refused_not_followed() {
        let (tmp, store) = store();
        store.ensure_dir().unwrap();
        let target = tmp.path().join("precious");
        fs::write(&target, b"keep").unwrap();
        std::os::unix::fs::symlink(&target, store.dir().join(".aaaa1111.lock")).unwrap();
        let err = store.lock("aaaa1111").unwrap_err();
        assert!(!is_open_elsewhere(&err), "{err}");
        assert_eq!(fs::read(&target).unwrap(), b"keep");
        let fifo = store.dir().join(".bbbb2222.lock");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(store.lock("bbbb2222").is_err());
    }

    #[test]
    fn a_session_too_large_to_read_back_is_never_written() {
        let (_tmp, store) = store();
        let bank = bank();
        let mut s = finished(&bank, NOW);
        store.save(&s).unwrap();
        let before = fs::read(store.path(&s.id)).unwrap();
        s.label = Some("x".repeat(MAX_BYTES as usize));
        let err = store.save(&s).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::FileTooLarge, "{err}");
        assert!(err.to_string().contains("read back"), "{err}");
        assert_eq!(fs::read(store.path(&s.id)).unwrap(), before);
        let mut new = finished(&bank, NOW + 1);
        new.label = s.label.clone();
        assert!(store.create(&mut new).is_err());
        assert!(!store.path(&new.id).exists());
        assert_eq!(names(store.dir()).len(), 1, "{:?}", names(store.dir()));
    }

    #[test]
    fn stale_temporary_files_are_swept_fresh_ones_and_others_kept() {
        let (tmp, store) = store();
        store.ensure_dir().unwrap();
        let dir = store.dir();
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(25 * 60 * 60);
        let make = |name: &str, age: Option<std::time::SystemTime>| {
            let f = fs::File::create(dir.join(name)).unwrap();
            if let Some(t) = age {
                f.set_modified(t).unwrap();
            }
        };
        make(".saving-abcd1234-x1.tmp", Some(old));
        make(".index-y2.tmp", Some(old));
        make(".saving-abcd1234-x3.tmp", None);
        make("notes.tmp", Some(old));
        make(".saving-but-not-tmp", Some(old));
        #[cfg(unix)]
        {
            let target = tmp.path().join("target.tmp");
            fs::write(&target, b"keep").unwrap();
            fs::File::options()
                .write(true)
                .open(&target)
                .unwrap()
                .set_modified(old)
                .unwrap();
            std::os::unix::fs::symlink(&target, dir.join(".saving-link.tmp")).unwrap();
        }
        store.sweep_stale();
        let mut want = vec![
            ".saving-abcd1234-x3.tmp",
            ".saving-but-not-tmp",
            "notes.tmp",
        ];
        #[cfg(unix)]
        {
            want.insert(2, ".saving-link.tmp");
            assert_eq!(fs::read(tmp.path().join("target.tmp")).unwrap(), b"keep");
        }
        assert_eq!(names(dir), want);
    }

    #[test]
    fn a_missing_folder_lists_nothing_and_an_unreadable_one_says_so() {
        let (tmp, store) = store();
        assert!(store.entries().unwrap().sessions.is_empty());
        let file = tmp.path().join("a-file");
        fs::write(&file, b"").unwrap();
        let store = Store::at(&file);
        assert!(store.entries().is_err());
        assert!(matches!(store.find("abc"), Err(FindError::Folder(_))));
        assert!(store.save(&finished(&bank(), NOW)).is_err());
    }
}
