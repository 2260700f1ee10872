//! Reading a session file: never through a link, never one too large,
//! and never one swapped for another while it is read.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::{BadFile, Store};
use crate::core::session::{BadSession, MAX_BYTES, Session};
use crate::core::words::Words;
use crate::store::index::Stamp;
use crate::strings as s;

/// Why a file is not read as a session: the reason a parent is given
/// ([`Unreadable::message`]; the `Display` text is the English one).
#[derive(Debug, thiserror::Error)]
pub enum Unreadable {
    #[error("{}", crate::core::reason::io(.0))]
    Io(#[from] std::io::Error),
    #[error("{}", s::BAD_SYMLINK)]
    Link,
    #[error("{}", s::BAD_FOLDER)]
    Folder,
    /// A pipe, a device or a socket.
    #[error("{}", s::BAD_SPECIAL)]
    Special,
    /// Larger than any session, in whole megabytes.
    #[error("{}", s::BAD_TOO_LARGE.replace("{mb}", &.0.to_string()))]
    TooLarge(u64),
    /// Swapped for another file while it was opened.
    #[error("{}", s::BAD_CHANGED)]
    Changed,
    #[error(transparent)]
    NotASession(#[from] BadSession),
    /// It holds another session: its id, cleaned for the terminal.
    #[error("{}", s::BAD_ID_MISMATCH.replace("{id}", .0))]
    IdMismatch(String),
}

impl Unreadable {
    /// The reason for the parent in the language of `s`.
    pub fn message(&self, s: &Words) -> String {
        match self {
            Unreadable::Io(e) => crate::core::reason::io_in(s, e),
            Unreadable::Link => s.BAD_SYMLINK.to_string(),
            Unreadable::Folder => s.BAD_FOLDER.to_string(),
            Unreadable::Special => s.BAD_SPECIAL.to_string(),
            Unreadable::TooLarge(mb) => s.BAD_TOO_LARGE.replace("{mb}", &mb.to_string()),
            Unreadable::Changed => s.BAD_CHANGED.to_string(),
            // In the language it was read in.
            Unreadable::NotASession(bad) => bad.to_string(),
            Unreadable::IdMismatch(id) => s.BAD_ID_MISMATCH.replace("{id}", id),
        }
    }
}

impl Store {
    /// Reads a session file anywhere (for `import`): symbolic links are
    /// refused, as are files too large to be a session.
    pub fn load_path(path: &Path) -> Result<Session, Unreadable> {
        Store::load_path_in(Words::of(Default::default()), path)
    }

    /// [`Store::load_path`], reading the session's errors in the language
    /// of `s` (see [`Unreadable::message`]).
    pub fn load_path_in(s: &Words, path: &Path) -> Result<Session, Unreadable> {
        let meta = fs::symlink_metadata(path)?;
        if meta.file_type().is_symlink() {
            return Err(Unreadable::Link);
        }
        let (_, bytes) = read_file(path, &meta)?;
        Ok(Session::from_json_in(s, &bytes)?)
    }

    /// Reads session `id` from the store, tightening its permissions if needed.
    pub fn load(&self, id: &str) -> Result<Session, BadFile> {
        let path = self.path(id);
        let bad = |reason: Unreadable| BadFile {
            path: path.clone(),
            reason: reason.message(self.words()),
        };
        let meta = fs::symlink_metadata(&path).map_err(|e| bad(e.into()))?;
        self.read_entry(&path, id, &meta).map_err(bad)
    }

    /// Reads the store's file `path` (lstat'ed as `meta`) that should hold session `id`.
    pub(super) fn read_entry(
        &self,
        path: &Path,
        id: &str,
        meta: &fs::Metadata,
    ) -> Result<Session, Unreadable> {
        if meta.file_type().is_symlink() {
            return Err(Unreadable::Link);
        }
        let (opened, bytes) = read_file(path, meta)?;
        self.tighten(path, &opened, 0o600);
        let session = Session::from_json_in(self.words(), &bytes)?;
        if session.id != id {
            return Err(Unreadable::IdMismatch(crate::core::text::clean(
                &session.id,
                false,
            )));
        }
        Ok(session)
    }
}

/// Opens and reads a regular file, checking it is the one `meta` describes
/// (not swapped for a link in between) and not too large. Returns the
/// opened file's metadata and its bytes.
fn read_file(path: &Path, meta: &fs::Metadata) -> Result<(fs::Metadata, Vec<u8>), Unreadable> {
    if meta.is_dir() {
        return Err(Unreadable::Folder);
    }
    if !meta.is_file() {
        return Err(Unreadable::Special);
    }
    if meta.len() > MAX_BYTES {
        return Err(Unreadable::TooLarge(meta.len() / (1024 * 1024)));
    }
    let file = fs::File::open(path)?;
    let opened = file.metadata()?;
    if Stamp::of(&opened).ino != Stamp::of(meta).ino || !opened.is_file() {
        return Err(Unreadable::Changed);
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len()).unwrap_or(0));
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
    Ok((opened, bytes))
}
