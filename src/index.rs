//! The list index: a cache of what each session file says about itself
//! ([`Entry`]), so `fitcheck list` does not parse every file every time.
//!
//! It is only a cache. The session files are the truth: an entry is used
//! only while its file has the same name, size, modification time and inode
//! as when it was read, and a missing, damaged or outdated index is rebuilt
//! without a word. Writing it is best effort (a read-only folder still lists).

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::session::Entry;

/// The index file, inside the sessions folder. Its name starts with a dot,
/// so the store never takes it for a session.
pub const FILE: &str = ".list-index.json";

/// Bumped whenever [`Entry`] or this file's shape changes: an index of
/// another format is rebuilt.
const FORMAT: u32 = 1;

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
        let old = fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice::<IndexFile>(&b).ok())
            .filter(|f| f.format == FORMAT)
            .map(|f| f.files)
            .unwrap_or_default();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Digest;

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
