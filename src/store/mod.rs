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
mod delete;
mod find;
mod folder;
pub mod ids;
pub mod index;
mod listing;
mod load;
mod lock;
pub mod printout;
mod private;
pub mod questions;
pub mod runner;
mod save;
pub mod settings;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub use listing::Listing;
pub use load::Unreadable;
pub use lock::{SessionLock, is_open_elsewhere, remove_lock_files_on_exit};
pub use private::{create_private_new, write_private};

use crate::core::bank::Bank;
use crate::core::words::Words;
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
}

#[cfg(test)]
mod tests;
