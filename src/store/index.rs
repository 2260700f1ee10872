//! The list index: a cache of what each session file says about itself
//! ([`Entry`]), so `fitcheck list` does not parse every file every time.
//!
//! It is only a cache. The session files are the truth: an entry is used
//! only while its file has the same name, size, modification time and inode
//! as when it was read, and a missing, damaged or outdated index is rebuilt
//! without a word. Writing it is best effort (a read-only folder still lists).
//!
//! Nor is it an authority (issue 15, finding 8): it is read only when it is
//! a regular file of a sane size owned by the user running fitcheck, opened
//! without following links or waiting on a pipe, and an entry whose text
//! holds control characters is not believed: its file is read instead.

use std::collections::HashMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::core::session::Entry;

/// The index file, inside the sessions folder. Its name starts with a dot,
/// so the store never takes it for a session.
pub const FILE: &str = ".list-index.json";

/// Bumped whenever [`Entry`] or this file's shape changes: an index of
/// another format is rebuilt.
const FORMAT: u32 = 1;

/// The largest index read: thousands of sessions take far less.
const MAX_BYTES: u64 = 8 * 1024 * 1024;

/// What identifies one version of a file on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    /// Modification time, nanoseconds since 1970.
    pub mtime: u64,
    /// The inode: every atomic save makes a new one.
    pub ino: u64,
}

impl Stamp {
    pub fn of(meta: &fs::Metadata) -> Stamp {
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        #[cfg(unix)]
        let ino = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let ino = 0;
        Stamp {
            size: meta.len(),
            mtime,
            ino,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Cached {
    stamp: Stamp,
    entry: Entry,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct IndexFile {
    format: u32,
    /// File name -> what it held when last read.
    files: HashMap<String, Cached>,
}

/// The index of one sessions folder, loaded for one listing.
#[derive(Debug)]
pub struct Index {
    path: PathBuf,
    old: HashMap<String, Cached>,
    new: HashMap<String, Cached>,
    changed: bool,
}

impl Index {
    /// Reads the index of `dir`; an unreadable one is an empty one.
    pub fn load(dir: &Path) -> Index {
        let path = dir.join(FILE);
        let mut old = read_trusted(&path)
            .and_then(|b| serde_json::from_slice::<IndexFile>(&b).ok())
            .filter(|f| f.format == FORMAT)
            .map(|f| f.files)
            .unwrap_or_default();
        old.retain(|_, c| is_clean(&c.entry));
        Index {
            path,
            new: HashMap::with_capacity(old.len()),
            old,
            changed: false,
        }
    }

    /// The cached entry for file `name`, if the file has not changed since.
    pub fn get(&mut self, name: &str, stamp: Stamp) -> Option<Entry> {
        let hit = self.old.remove(name).filter(|c| c.stamp == stamp)?;
        let entry = hit.entry.clone();
        self.new.insert(name.to_string(), hit);
        Some(entry)
    }

    /// Records what file `name` holds now.
    pub fn put(&mut self, name: &str, stamp: Stamp, entry: Entry) {
        self.new.insert(name.to_string(), Cached { stamp, entry });
        self.changed = true;
    }

    /// Writes the index if anything changed (files read, added or gone).
    /// Errors are ignored: the index is only a cache.
    pub fn store(self) {
        if !self.changed && self.old.is_empty() {
            return;
        }
        let file = IndexFile {
            format: FORMAT,
            files: self.new,
        };
        let Ok(bytes) = serde_json::to_vec(&file) else {
            return;
        };
        let Some(dir) = self.path.parent() else {
            return;
        };
        let write = || -> std::io::Result<()> {
            let mut tmp = tempfile::Builder::new()
                .prefix(".index-")
                .suffix(".tmp")
                .tempfile_in(dir)?;
            tmp.write_all(&bytes)?;
            // No sync: after a crash a torn index is simply rebuilt.
            tmp.persist(&self.path).map_err(|e| e.error)?;
            Ok(())
        };
        let _ = write();
    }
}

/// The index's bytes, if it is a file fitcheck can trust as its own cache:
/// a regular file (no link, pipe or device), not too large, owned by the
/// user running fitcheck. Anything else is ignored, so it is rebuilt.
fn read_trusted(path: &Path) -> Option<Vec<u8>> {
    let meta = fs::symlink_metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_BYTES || !owned_by_me(&meta) {
        return None;
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Swapped for a link or a pipe since the check: not followed, never waited on.
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path).ok()?;
    let opened = file.metadata().ok()?;
    if !opened.is_file() || Stamp::of(&opened).ino != Stamp::of(&meta).ino {
        return None;
    }
    let mut bytes = Vec::with_capacity(usize::try_from(opened.len()).unwrap_or(0));
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes).ok()?;
    (bytes.len() as u64 <= MAX_BYTES).then_some(bytes)
}

/// Whether the user running fitcheck owns the file: in a shared folder,
/// another user's index could list anything.
pub(crate) fn owned_by_me(meta: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        // SAFETY: geteuid has no preconditions and cannot fail.
        std::os::unix::fs::MetadataExt::uid(meta) == unsafe { libc::geteuid() }
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        true
    }
}

/// Whether every text of `entry` is free of control characters (escapes
/// included): only then is it believed without reading its file.
fn is_clean(entry: &Entry) -> bool {
    let ok = |s: &str| crate::core::text::clean(s, false) == s;
    ok(&entry.id)
        && entry.label.as_deref().is_none_or(ok)
        && ok(&entry.created)
        && ok(&entry.updated)
        && ok(&entry.bank_version)
        && entry
            .digest
            .verdicts
            .iter()
            .all(|v| ok(&v.label) && ok(&v.role) && ok(&v.verdict))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::session::Digest;

    fn entry(id: &str) -> Entry {
        Entry {
            id: id.to_string(),
            label: None,
            created: "2026-01-01T00:00:00Z".to_string(),
            updated: "2026-01-01T00:00:00Z".to_string(),
            bank_version: "1".to_string(),
            checkins: 0,
            digest: Digest::default(),
            digest_bank: "1".to_string(),
        }
    }

    const STAMP: Stamp = Stamp {
        size: 10,
        mtime: 20,
        ino: 30,
    };

    #[test]
    fn an_entry_is_used_only_while_its_file_is_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let mut index = Index::load(dir.path());
        assert_eq!(index.get("a.json", STAMP), None);
        index.put("a.json", STAMP, entry("a"));
        index.store();
        let mut index = Index::load(dir.path());
        assert_eq!(index.get("a.json", STAMP), Some(entry("a")));
        let mut index = Index::load(dir.path());
        let touched = Stamp { mtime: 21, ..STAMP };
        assert_eq!(index.get("a.json", touched), None);
        let mut index = Index::load(dir.path());
        let replaced = Stamp { ino: 31, ..STAMP };
        assert_eq!(index.get("a.json", replaced), None);
    }

    #[test]
    fn a_damaged_index_is_an_empty_one_and_is_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(FILE), b"{\"format\": 1, \"files\": {\"a.js").unwrap();
        let mut index = Index::load(dir.path());
        assert_eq!(index.get("a.json", STAMP), None);
        index.put("a.json", STAMP, entry("a"));
        index.store();
        assert_eq!(
            Index::load(dir.path()).get("a.json", STAMP),
            Some(entry("a"))
        );
    }

    #[test]
    fn an_entry_with_control_characters_is_not_believed() {
        let dir = tempfile::tempdir().unwrap();
        let mut index = Index::load(dir.path());
        let mut forged = entry("a");
        forged.label = Some("\u{1b}]0;owned\u{7}".to_string());
        index.put("a.json", STAMP, forged);
        index.put("b.json", STAMP, entry("b"));
        index.store();
        let mut index = Index::load(dir.path());
        assert_eq!(index.get("a.json", STAMP), None);
        assert_eq!(index.get("b.json", STAMP), Some(entry("b")));
    }

    #[cfg(unix)]
    #[test]
    fn a_link_pipe_or_oversized_index_is_an_empty_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE);
        std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
        assert_eq!(Index::load(dir.path()).get("a.json", STAMP), None);
        fs::remove_file(&path).unwrap();
        let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert_eq!(Index::load(dir.path()).get("a.json", STAMP), None);
        fs::remove_file(&path).unwrap();
        let mut index = Index::load(dir.path());
        index.put("a.json", STAMP, entry("a"));
        index.store();
        let f = fs::OpenOptions::new().append(true).open(&path).unwrap();
        f.set_len(MAX_BYTES + 1).unwrap();
        assert_eq!(Index::load(dir.path()).get("a.json", STAMP), None);
    }

    #[test]
    fn entries_of_files_that_are_gone_are_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let mut index = Index::load(dir.path());
        index.put("a.json", STAMP, entry("a"));
        index.put("b.json", STAMP, entry("b"));
        index.store();
        let mut index = Index::load(dir.path());
        assert!(index.get("a.json", STAMP).is_some());
        index.store();
        let mut index = Index::load(dir.path());
        assert_eq!(index.get("b.json", STAMP), None);
    }
}
