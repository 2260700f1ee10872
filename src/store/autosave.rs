//! Autosave: a [`Visit`] and the [`Runner`] that saves it, for a front end
//! that saves at once. The visit says what to save and keeps the save's
//! state; the runner writes it. A failed save is remembered and retried at
//! the next answer or on quitting; it is never reported as saved.

use std::path::PathBuf;

use crate::core::answers::Answers;
use crate::core::bank::Bank;
use crate::core::session::Session;
use crate::core::visit::{Effect, Visit};
use crate::store::Store;
use crate::store::runner::Runner;

pub use crate::core::visit::SaveState;
pub use crate::store::runner::{SAVE_LOCK, save_is_coming, save_is_made, wait_for_due_save};

/// The session being answered and its save state.
#[derive(Debug)]
pub struct Autosave {
    pub visit: Visit,
    runner: Runner,
}

impl Autosave {
    /// `session`, to be saved in `store` as it changes.
    ///
    /// Fails with `ErrorKind::ResourceBusy` when the session is resumed and
    /// open in another window ([`crate::store::is_open_elsewhere`]): nothing
    /// is changed.
    pub fn new(store: Store, session: Session) -> std::io::Result<Autosave> {
        let (visit, runner) = Runner::open(store, session)?;
        Ok(Autosave { visit, runner })
    }

    /// The session, as it was last given its answers.
    pub fn session(&self) -> &Session {
        self.visit.session()
    }

    /// Gives the interview's `answers` to the session (see
    /// [`Session::take_answers`]: during a check-in they go to the check-in)
    /// and saves it.
    pub fn save(&mut self, bank: &Bank, answers: &Answers) -> &SaveState {
        let e = self.visit.save(bank, answers, crate::clock::now_secs());
        self.run(Some(e))
    }

    /// Saves the session as it is (after a label change or a check-in).
    pub fn flush(&mut self, bank: &Bank) -> &SaveState {
        let e = self.visit.flush(bank, crate::clock::now_secs());
        self.run(Some(e))
    }

    /// Carries out what the visit asked for, if anything.
    pub fn run(&mut self, effect: Option<Effect>) -> &SaveState {
        self.runner.run_all(&mut self.visit, effect);
        self.visit.state()
    }

    /// Saves again if the last save failed (on quitting, or when the parent
    /// asks); does nothing otherwise, so quitting before the first answer
    /// leaves no empty session behind.
    pub fn retry(&mut self, bank: &Bank) -> &SaveState {
        let e = self.visit.retry(bank, crate::clock::now_secs());
        self.run(e)
    }

    pub fn state(&self) -> &SaveState {
        self.visit.state()
    }

    pub fn is_saved(&self) -> bool {
        self.visit.is_saved()
    }

    pub fn store(&self) -> &Store {
        self.runner.store()
    }

    /// Where the session is (or will be) saved.
    pub fn path(&self) -> PathBuf {
        self.runner.store().path(&self.visit.session().id)
    }
}
