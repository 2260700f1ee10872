//! Autosave: the session a front end is working on, written to the store
//! after every answer. A failed save is remembered and retried at the next
//! answer or on quitting; it is never reported as saved.
//!
//! A session that has no file yet is created under a name no file has (a
//! clash, however unlikely, gives the session a fresh id instead of
//! replacing anything); later saves replace its own file only.
//!
//! While it has the session open it holds the session's lock
//! ([`Store::lock`]): a session open in another window is refused when
//! resumed, and a new session takes its lock with its first save.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crate::core::answers::Answers;
use crate::core::bank::Bank;
use crate::core::session::Session;
use crate::store::{SessionLock, Store, is_open_elsewhere};

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
    /// The session's lock, once it has a file. None also when the lock
    /// file cannot be made (a read-only folder, where saves fail anyway).
    lock: Option<SessionLock>,
}

impl Autosave {
    /// `session`, to be saved in `store` as it changes.
    ///
    /// Fails with `ErrorKind::ResourceBusy` when the session is resumed and
    /// open in another window ([`is_open_elsewhere`]): nothing is changed.
    pub fn new(store: Store, session: Session) -> std::io::Result<Autosave> {
        // Resumed: its file holds this very session (same id and creation
        // time). Anything else under that name is not ours to replace.
        let on_disk = store
            .load(&session.id)
            .is_ok_and(|s| s.created == session.created);
        let lock = if on_disk {
            match store.lock(&session.id) {
                Ok(l) => Some(l),
                Err(e) if is_open_elsewhere(&e) => return Err(e),
                // Tried again at each save.
                Err(_) => None,
            }
        } else {
            None
        };
        // A resumed session is saved, as it was read.
        let state = if on_disk {
            SaveState::Saved(store.path(&session.id))
        } else {
            SaveState::Unsaved
        };
        Ok(Autosave {
            store,
            session,
            state,
            on_disk,
            lock,
        })
    }

    /// Gives the interview's `answers` to the session (see
    /// [`Session::take_answers`]: during a check-in they go to the check-in)
    /// and saves it.
    pub fn save(&mut self, bank: &Bank, answers: &Answers) -> &SaveState {
        self.session.take_answers(bank, answers);
        self.flush(bank)
    }

    /// Saves the session as it is (after a label change or a check-in).
    pub fn flush(&mut self, bank: &Bank) -> &SaveState {
        self.session.refresh(bank, crate::clock::now_secs());
        self.write()
    }

    /// Saves the session without stamping a new update time: after a
    /// check-in is stopped, the session is exactly as it was before it.
    pub fn save_as_it_was(&mut self) -> &SaveState {
        self.write()
    }

    fn write(&mut self) -> &SaveState {
        let _guard = SAVE_LOCK.lock().unwrap_or_else(|p| p.into_inner());
        let result = if self.on_disk {
            self.relock().and_then(|()| self.store.save(&self.session))
        } else {
            let created = self.store.create(&mut self.session);
            // Its id is final now (a clash gives it a fresh one).
            if created.is_ok() {
                self.lock = self.store.lock(&self.session.id).ok();
            }
            created
        };
        self.state = match result {
            Ok(path) => {
                self.on_disk = true;
                SaveState::Saved(path)
            }
            Err(e) => SaveState::Failed(crate::core::text::fill_with(
                crate::strings::SAVE_FAILED,
                &[
                    ("dir", &self.store.dir().display().to_string()),
                    ("error", &crate::core::reason::io(&e)),
                ],
            )),
        };
        &self.state
    }

    /// Takes the session's lock if it could not be taken before; refuses
    /// to save while another window has it.
    fn relock(&mut self) -> std::io::Result<()> {
        if self.lock.is_none() {
            match self.store.lock(&self.session.id) {
                Ok(l) => self.lock = Some(l),
                Err(e) if is_open_elsewhere(&e) => return Err(e),
                Err(_) => {}
            }
        }
        Ok(())
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
