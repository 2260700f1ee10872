//! The runner: carries out what a [`Visit`] asks ([`Effect`]s) and tells
//! it how that went. It is the only code that writes a visit's session and
//! the only code that holds its lock.
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

use crate::core::session::Session;
use crate::core::visit::{Effect, SaveFailed, Visit};
use crate::store::{SessionLock, Store, is_open_elsewhere};

/// Held while a save is in progress. A signal handler takes it before
/// exiting, so the process never stops halfway through a save.
pub static SAVE_LOCK: Mutex<()> = Mutex::new(());

/// Set from the moment an answer is given until its save is made. The
/// wizard draws the answer's next frame before saving it; a signal that
/// lands in between waits for this (see [`wait_for_due_save`]), so an
/// answer given just before the window closed is saved too.
static SAVE_DUE: AtomicBool = AtomicBool::new(false);

/// Set while the last save failed, so a signal handler does not claim the
/// latest answers are on disk.
static SAVE_FAILING: AtomicBool = AtomicBool::new(false);

/// Whether the last save failed (for a signal handler's last words).
pub fn save_failing() -> bool {
    SAVE_FAILING.load(Ordering::SeqCst)
}

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

/// Where a visit's session is kept, and its lock.
#[derive(Debug)]
pub struct Runner {
    store: Store,
    /// Whether the session has its own file (a resumed session, or after the first save).
    on_disk: bool,
    /// The session's lock, once it has a file. None also when the lock
    /// file cannot be made (a read-only folder, where saves fail anyway).
    lock: Option<SessionLock>,
}

impl Runner {
    /// Opens `session` in `store`: the visit, and the runner that saves it.
    ///
    /// Fails with `ErrorKind::ResourceBusy` when the session is resumed and
    /// open in another window ([`is_open_elsewhere`]): nothing is changed.
    pub fn open(store: Store, session: Session) -> std::io::Result<(Visit, Runner)> {
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
        let saved = on_disk.then(|| store.path(&session.id));
        let runner = Runner {
            store,
            on_disk,
            lock,
        };
        Ok((Visit::new(session, saved), runner))
    }

    /// Carries out `effect` and tells `visit` how it went.
    pub fn run(&mut self, visit: &mut Visit, effect: Effect) {
        match effect {
            Effect::Save(session) => {
                let result = self.save(*session);
                SAVE_FAILING.store(result.is_err(), Ordering::SeqCst);
                visit.saved(result);
            }
        }
    }

    /// Carries out each effect in turn.
    pub fn run_all(&mut self, visit: &mut Visit, effects: impl IntoIterator<Item = Effect>) {
        for e in effects {
            self.run(visit, e);
        }
    }

    /// Writes `session`: its id and file, or why it failed, in words.
    fn save(&mut self, mut session: Session) -> Result<(String, PathBuf), SaveFailed> {
        let _guard = SAVE_LOCK.lock().unwrap_or_else(|p| p.into_inner());
        let result = if self.on_disk {
            self.relock(&session.id)
                .and_then(|()| self.store.save(&session))
        } else {
            let created = self.store.create(&mut session);
            // Its id is final now (a clash gives it a fresh one).
            if created.is_ok() {
                self.lock = self.store.lock(&session.id).ok();
            }
            created
        };
        match result {
            Ok(path) => {
                self.on_disk = true;
                Ok((session.id, path))
            }
            Err(e) => Err(SaveFailed {
                dir: self.store.dir().display().to_string(),
                error: crate::core::reason::io_in(self.store.words(), &e),
                lang: self.store.words().lang,
            }),
        }
    }

    /// Takes the session's lock if it could not be taken before; refuses
    /// to save while another window has it.
    fn relock(&mut self, id: &str) -> std::io::Result<()> {
        if self.lock.is_none() {
            match self.store.lock(id) {
                Ok(l) => self.lock = Some(l),
                Err(e) if is_open_elsewhere(&e) => return Err(e),
                Err(_) => {}
            }
        }
        Ok(())
    }

    pub fn store(&self) -> &Store {
        &self.store
    }
}
