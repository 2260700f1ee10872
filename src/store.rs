//! The store: the folder of saved sessions, one JSON file each.
//!
//! Saves are atomic: a temporary file in the same folder is written, synced
//! and renamed over the old file, then the folder is synced. The folder is
//! 0700 and files 0600. A file that fails to parse is reported and never
//! touched.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::session::{SCHEMA, Session};

/// Where sessions live.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// A session file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadFile {
    pub path: PathBuf,
    pub reason: String,
}

impl std::fmt::Display for BadFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// Why a session could not be found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindError {
    NotFound(String),
    /// Several sessions match; their ids.
    Ambiguous(String, Vec<String>),
    NoSessions,
}

impl std::fmt::Display for FindError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FindError::NotFound(q) => {
                write!(f, "no saved session matches \"{q}\" (see `fitcheck list`)")
            }
            FindError::Ambiguous(q, ids) => write!(
                f,
                "\"{q}\" matches {} sessions: {}. Type more of the id.",
                ids.len(),
                ids.join(", ")
            ),
            FindError::NoSessions => write!(f, "there are no saved sessions yet"),
        }
    }
}

impl Store {
    /// The default folder: `FITCHECK_DATA_DIR`, or the platform's data folder for fitcheck.
    pub fn default_dir() -> Option<PathBuf> {
        if let Some(d) = std::env::var_os("FITCHECK_DATA_DIR").filter(|d| !d.is_empty()) {
            return Some(PathBuf::from(d));
        }
        directories::ProjectDirs::from("", "", "fitcheck").map(|p| p.data_dir().join("sessions"))
    }

    /// A store over `dir`. Nothing is created until the first save.
    pub fn at(dir: impl Into<PathBuf>) -> Store {
        Store { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file of session `id`.
    pub fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// Creates the folder (0700) if needed.
    pub fn ensure_dir(&self) -> io::Result<()> {
        fs::create_dir_all(&self.dir)?;
        restrict(&self.dir, 0o700)
    }

    /// Saves `session` atomically. When this returns Ok, the file on disk holds it.
    pub fn save(&self, session: &Session) -> io::Result<PathBuf> {
        self.ensure_dir()?;
        let path = self.path(&session.id);
        let json = serde_json::to_vec_pretty(session).map_err(io::Error::other)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".saving-")
            .suffix(".tmp")
            .tempfile_in(&self.dir)?;
        tmp.write_all(&json)?;
        tmp.write_all(b"\n")?;
        tmp.as_file().sync_all()?;
        restrict(tmp.path(), 0o600)?;
        tmp.persist(&path).map_err(|e| e.error)?;
        sync_dir(&self.dir)?;
        Ok(path)
    }

    /// Reads one session file.
    pub fn load_path(path: &Path) -> Result<Session, String> {
        let meta = fs::symlink_metadata(path).map_err(|e| e.to_string())?;
        if meta.file_type().is_symlink() {
            return Err("it is a symbolic link; fitcheck only opens its own files".to_string());
        }
        let bytes = fs::read(path).map_err(|e| e.to_string())?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err("the file is empty".to_string());
        }
        #[derive(serde::Deserialize)]
        struct Version {
            schema: Option<u32>,
        }
        if let Ok(Version { schema: Some(v) }) = serde_json::from_slice::<Version>(&bytes)
            && v > SCHEMA
        {
            return Err(format!(
                "it was saved by a newer fitcheck (file format {v}; this one reads up to {SCHEMA}). Update fitcheck to open it"
            ));
        }
        serde_json::from_slice(&bytes).map_err(|e| format!("it is not a fitcheck session ({e})"))
    }

    /// Every session, newest first, and the files that could not be read.
    pub fn list(&self) -> (Vec<Session>, Vec<BadFile>) {
        let mut sessions = Vec::new();
        let mut bad = Vec::new();
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return (sessions, bad);
        };
        for e in entries.flatten() {
            let path = e.path();
            let name = e.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || !name.ends_with(".json") {
                continue;
            }
            match Store::load_path(&path) {
                Ok(s) => sessions.push(s),
                Err(reason) => bad.push(BadFile { path, reason }),
            }
        }
        sessions.sort_by(|a, b| (&b.updated, &b.id).cmp(&(&a.updated, &a.id)));
        bad.sort_by(|a, b| a.path.cmp(&b.path));
        (sessions, bad)
    }

    /// Finds a session by id, unique id prefix, or label (case ignored).
    pub fn find(&self, query: &str) -> Result<Session, FindError> {
        let (sessions, _) = self.list();
        if sessions.is_empty() {
            return Err(FindError::NoSessions);
        }
        if let Some(s) = sessions.iter().find(|s| s.id == query) {
            return Ok(s.clone());
        }
        let by_label: Vec<&Session> = sessions
            .iter()
            .filter(|s| {
                s.label
                    .as_deref()
                    .is_some_and(|l| l.eq_ignore_ascii_case(query))
            })
            .collect();
        let by_prefix: Vec<&Session> = sessions
            .iter()
            .filter(|s| s.id.starts_with(query))
            .collect();
        let hits = if by_label.is_empty() {
            by_prefix
        } else {
            by_label
        };
        match hits.as_slice() {
            [] => Err(FindError::NotFound(query.to_string())),
            [one] => Ok((*one).clone()),
            many => Err(FindError::Ambiguous(
                query.to_string(),
                many.iter().map(|s| s.id.clone()).collect(),
            )),
        }
    }

    /// The most recently updated unfinished session.
    pub fn latest_unfinished(&self) -> Option<Session> {
        self.list().0.into_iter().find(|s| !s.digest.finished)
    }

    /// Removes session `id`.
    pub fn delete(&self, id: &str) -> io::Result<()> {
        fs::remove_file(self.path(id))?;
        sync_dir(&self.dir)
    }
}

#[cfg(unix)]
fn restrict(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn restrict(_path: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}
