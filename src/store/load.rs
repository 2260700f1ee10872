//! Reading a session file: never through a link, never one too large,
//! and never one swapped for another while it is read.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::{BadFile, Store};
use crate::core::session::{MAX_BYTES, Session};
use crate::store::index::Stamp;
use crate::strings as s;

impl Store {
    /// Reads a session file anywhere (for `import`): symbolic links are
    /// refused, as are files too large to be a session.
    pub fn load_path(path: &Path) -> Result<Session, String> {
        let meta = fs::symlink_metadata(path).map_err(|e| crate::core::reason::io(&e))?;
        if meta.file_type().is_symlink() {
            return Err(s::BAD_SYMLINK.to_string());
        }
        let (_, bytes) = read_file(path, &meta)?;
        Session::from_json(&bytes).map_err(|e| e.to_string())
    }

    /// Reads session `id` from the store, tightening its permissions if needed.
    pub fn load(&self, id: &str) -> Result<Session, BadFile> {
        let path = self.path(id);
        let bad = |reason: String| BadFile {
            path: path.clone(),
            reason,
        };
        let meta = fs::symlink_metadata(&path).map_err(|e| bad(crate::core::reason::io(&e)))?;
        self.read_entry(&path, id, &meta).map_err(bad)
    }

    /// Reads the store's file `path` (lstat'ed as `meta`) that should hold session `id`.
    pub(super) fn read_entry(
        &self,
        path: &Path,
        id: &str,
        meta: &fs::Metadata,
    ) -> Result<Session, String> {
        if meta.file_type().is_symlink() {
            return Err(s::BAD_SYMLINK.to_string());
        }
        let (opened, bytes) = read_file(path, meta)?;
        self.tighten(path, &opened, 0o600);
        let session = Session::from_json(&bytes).map_err(|e| e.to_string())?;
        if session.id != id {
            return Err(s::BAD_ID_MISMATCH
                .replace("{id}", &crate::core::text::clean(&session.id, false))
                .to_string());
        }
        Ok(session)
    }
}

/// Opens and reads a regular file, checking it is the one `meta` describes
/// (not swapped for a link in between) and not too large. Returns the
/// opened file's metadata and its bytes.
fn read_file(path: &Path, meta: &fs::Metadata) -> Result<(fs::Metadata, Vec<u8>), String> {
    if meta.is_dir() {
        return Err(s::BAD_FOLDER.to_string());
    }
    if !meta.is_file() {
        return Err(s::BAD_SPECIAL.to_string());
    }
    if meta.len() > MAX_BYTES {
        return Err(s::BAD_TOO_LARGE
            .replace("{mb}", &(meta.len() / (1024 * 1024)).to_string())
            .to_string());
    }
    let file = fs::File::open(path).map_err(|e| crate::core::reason::io(&e))?;
    let opened = file.metadata().map_err(|e| crate::core::reason::io(&e))?;
    if Stamp::of(&opened).ino != Stamp::of(meta).ino || !opened.is_file() {
        return Err(s::BAD_CHANGED.to_string());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len()).unwrap_or(0));
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| crate::core::reason::io(&e))?;
    Ok((opened, bytes))
}
