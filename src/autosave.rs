//! Autosave: the session a front end is working on, written to the store
//! after every answer. A failed save is remembered and retried at the next
//! answer or on quitting; it is never reported as saved.

use std::path::PathBuf;
use std::sync::Mutex;

use crate::answers::Answers;
use crate::bank::Bank;
use crate::session::Session;
use crate::store::Store;

/// Held while a save is in progress. A signal handler takes it before
/// exiting, so the process never stops halfway through a save.
pub static SAVE_LOCK: Mutex<()> = Mutex::new(());

/// The state of the last save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing to save yet.
    Unsaved,
    /// On disk at this path.
    Saved(PathBuf),
    /// The last save failed; the answers are still in memory.
    Failed(String),
}

/// The session being answered and its save state.
#[derive(Debug)]
pub struct Autosave {
    store: Store,
    pub session: Session,
    state: SaveState,
}

impl Autosave {
    pub fn new(store: Store, session: Session) -> Autosave {
        Autosave {
            store,
            session,
            state: SaveState::Unsaved,
        }
    }

    /// Copies `answers` into the session and saves it.
    pub fn save(&mut self, bank: &Bank, answers: &Answers) -> &SaveState {
        self.session.answers = answers.clone();
        self.flush(bank)
    }

    /// Saves the session as it is (after a label change or a check-in).
    pub fn flush(&mut self, bank: &Bank) -> &SaveState {
        self.session.refresh(bank, crate::clock::now_secs());
        let _guard = SAVE_LOCK.lock().unwrap_or_else(|p| p.into_inner());
        self.state = match self.store.save(&self.session) {
            Ok(path) => SaveState::Saved(path),
            Err(e) => SaveState::Failed(format!(
                "Could not save to {}: {e}. Your answers are kept here and saving will be tried again.",
                self.store.dir().display()
            )),
        };
        &self.state
    }

    pub fn state(&self) -> &SaveState {
        &self.state
    }

    pub fn is_saved(&self) -> bool {
        matches!(self.state, SaveState::Saved(_))
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Where the session is (or will be) saved.
    pub fn path(&self) -> PathBuf {
        self.store.path(&self.session.id)
    }
}
