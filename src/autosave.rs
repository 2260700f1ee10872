//! Autosave: the session a front end is working on, written to the store
//! after every answer. A failed save is remembered and retried at the next
//! answer or on quitting; it is never reported as saved.
//!
//! A session that has no file yet is created under a name no file has (a
//! clash, however unlikely, gives the session a fresh id instead of
//! replacing anything); later saves replace its own file only.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::answers::Answers;
use crate::bank::Bank;
use crate::session::Session;
use crate::store::Store;

/// Held while a save is in progress. A signal handler takes it before
/// exiting, so the process never stops halfway through a save.
pub static SAVE_LOCK: Mutex<()> = Mutex::new(());

/// Set from the moment an answer is given until its save is made. The
/// wizard draws the answer's next frame before saving it; a signal that
/// lands in between waits for this (see [`wait_for_due_save`]), so an
/// answer given just before the window closed is saved too.
static SAVE_DUE: AtomicBool = AtomicBool::new(false);

/// Says that an answer is given and its save is coming.
pub fn save_is_coming() {
    SAVE_DUE.store(true, Ordering::SeqCst);
}

/// Says that the save of the last answer is made (or failed and was said so).
pub fn save_is_made() {
    SAVE_DUE.store(false, Ordering::SeqCst);
}

/// Waits, at most `patience`, for a coming save to be made.
pub fn wait_for_due_save(patience: Duration) {
    let deadline = Instant::now() + patience;
    while SAVE_DUE.load(Ordering::SeqCst) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1));
    }
}

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
    /// Whether the session has its own file (a resumed session, or after the first save).
    on_disk: bool,
}

impl Autosave {
    pub fn new(store: Store, session: Session) -> Autosave {
        // Resumed: its file holds this very session (same id and creation
        // time). Anything else under that name is not ours to replace.
        let on_disk = store
            .load(&session.id)
            .is_ok_and(|s| s.created == session.created);
        // A resumed session is saved, as it was read.
        let state = if on_disk {
            SaveState::Saved(store.path(&session.id))
        } else {
            SaveState::Unsaved
        };
        Autosave {
            store,
            session,
            state,
            on_disk,
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
        let result = if self.on_disk {
            self.store.save(&self.session)
        } else {
            self.store.create(&mut self.session)
        };
        self.state = match result {
            Ok(path) => {
                self.on_disk = true;
                SaveState::Saved(path)
            }
            Err(e) => SaveState::Failed(
                crate::strings::SAVE_FAILED
                    .replace("{dir}", &self.store.dir().display().to_string())
                    .replace("{error}", &e.to_string()),
            ),
        };
        &self.state
    }

    /// Saves again if the last save failed (on quitting, or when the parent
    /// asks); does nothing otherwise, so quitting before the first answer
    /// leaves no empty session behind.
    pub fn retry(&mut self, bank: &Bank) -> &SaveState {
        if matches!(self.state, SaveState::Failed(_)) {
            self.flush(bank);
        }
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
