//! Autosave: the session a front end is working on, written to the store
//! after every answer. A failed save is remembered and retried at the next
//! answer or on quitting; it is never reported as saved.
//!
//! A session that has no file yet is created under a name no file has (a
//! clash, however unlikely, gives the session a fresh id instead of
//! replacing anything); later saves replace its own file only.

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
        Autosave {
            store,
            session,
            state: SaveState::Unsaved,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::Interview;
    use crate::session::tests::{bank, pick};
    use std::path::Path;

    /// How a folder was made unwritable, to undo it.
    enum Blocked {
        /// chmod 0500 (a real read-only folder).
        ReadOnly,
        /// The folder moved aside and a file put in its place: holds even
        /// for root, who ignores permission bits.
        Replaced(PathBuf),
    }

    fn block(dir: &Path) -> Blocked {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o500)).unwrap();
            let probe = dir.join("probe");
            if std::fs::write(&probe, b"").is_err() {
                return Blocked::ReadOnly;
            }
            std::fs::remove_file(probe).unwrap();
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        }
        let aside = dir.with_extension("aside");
        std::fs::rename(dir, &aside).unwrap();
        std::fs::write(dir, b"in the way").unwrap();
        Blocked::Replaced(aside)
    }

    fn unblock(dir: &Path, how: Blocked) {
        match how {
            Blocked::ReadOnly =>
            {
                #[cfg(unix)]
                std::fs::set_permissions(dir, std::os::unix::fs::PermissionsExt::from_mode(0o700))
                    .unwrap()
            }
            Blocked::Replaced(aside) => {
                std::fs::remove_file(dir).unwrap();
                std::fs::rename(aside, dir).unwrap();
            }
        }
    }

    /// Answers the next question of `interview` and autosaves.
    fn answer_next(bank: &Bank, interview: &mut Interview, auto: &mut Autosave) -> SaveState {
        let step = interview.current(bank).expect("a question left");
        let a = pick(bank, step.question(bank), 2);
        interview.answer(bank, a).unwrap();
        auto.save(bank, &interview.answers).clone()
    }

    #[test]
    fn every_answer_is_on_disk_once_reported_saved() {
        let tmp = tempfile::tempdir().unwrap();
        let bank = bank();
        let store = Store::at(tmp.path().join("s"));
        let mut auto = Autosave::new(store.clone(), Session::new(&bank, 1_800_000_000));
        assert_eq!(auto.state(), &SaveState::Unsaved);
        // Quitting before any answer leaves nothing behind.
        auto.retry(&bank);
        assert!(!auto.path().exists());
        let mut interview = Interview::default();
        for _ in 0..3 {
            let state = answer_next(&bank, &mut interview, &mut auto);
            assert_eq!(state, SaveState::Saved(auto.path()));
            let on_disk = store.load(&auto.session.id).unwrap();
            assert_eq!(on_disk.answers, interview.answers);
        }
    }

    #[test]
    fn a_failed_save_is_said_at_once_kept_in_memory_and_retried() {
        let tmp = tempfile::tempdir().unwrap();
        let bank = bank();
        let dir = tmp.path().join("s");
        let store = Store::at(&dir);
        let mut auto = Autosave::new(store.clone(), Session::new(&bank, 1_800_000_000));
        let mut interview = Interview::default();
        answer_next(&bank, &mut interview, &mut auto);
        let saved = std::fs::read(auto.path()).unwrap();
        let how = block(&dir);
        let state = answer_next(&bank, &mut interview, &mut auto);
        let SaveState::Failed(message) = state else {
            panic!("reported as {state:?}");
        };
        assert!(message.contains(&dir.display().to_string()), "{message}");
        assert!(message.contains("kept"), "{message}");
        assert!(!auto.is_saved());
        assert_eq!(auto.session.answers, interview.answers);
        // Still failing: still not saved, and the retry changes nothing on disk.
        answer_next(&bank, &mut interview, &mut auto);
        assert!(matches!(auto.retry(&bank), SaveState::Failed(_)));
        unblock(&dir, how);
        assert_eq!(std::fs::read(auto.path()).unwrap(), saved);
        let path = auto.path();
        assert_eq!(auto.retry(&bank), &SaveState::Saved(path));
        assert_eq!(
            store.load(&auto.session.id).unwrap().answers,
            interview.answers
        );
    }

    #[test]
    fn a_new_session_whose_name_is_taken_gets_another_and_the_file_is_untouched() {
        let tmp = tempfile::tempdir().unwrap();
        let bank = bank();
        let store = Store::at(tmp.path());
        let session = Session::new(&bank, 1_800_000_000);
        let taken = store.path(&session.id);
        std::fs::write(&taken, b"{\"schema\": 1, \"id\": ").unwrap();
        let mut auto = Autosave::new(store.clone(), session);
        let mut interview = Interview::default();
        let state = answer_next(&bank, &mut interview, &mut auto);
        assert!(matches!(state, SaveState::Saved(_)), "{state:?}");
        assert_ne!(auto.path(), taken);
        assert_eq!(std::fs::read(&taken).unwrap(), b"{\"schema\": 1, \"id\": ");
        // The same with another family's readable session under that id.
        let mut older = Session::new(&bank, 1_700_000_000);
        older.label = Some("someone else".to_string());
        store.save(&older).unwrap();
        let before = std::fs::read(store.path(&older.id)).unwrap();
        let mut clash = Session::new(&bank, 1_800_000_000);
        clash.id = older.id.clone();
        let mut auto = Autosave::new(store.clone(), clash);
        let state = answer_next(&bank, &mut Interview::default(), &mut auto);
        assert!(matches!(state, SaveState::Saved(_)), "{state:?}");
        assert_ne!(auto.session.id, older.id);
        assert_eq!(std::fs::read(store.path(&older.id)).unwrap(), before);
    }

    #[test]
    fn a_resumed_session_is_saved_over_its_own_file() {
        let tmp = tempfile::tempdir().unwrap();
        let bank = bank();
        let store = Store::at(tmp.path());
        let mut first = Autosave::new(store.clone(), Session::new(&bank, 1_800_000_000));
        let mut interview = Interview::default();
        answer_next(&bank, &mut interview, &mut first);
        let resumed = store.find(&first.session.id).unwrap();
        let mut interview = Interview::new(resumed.answers.clone());
        let mut again = Autosave::new(store.clone(), resumed);
        answer_next(&bank, &mut interview, &mut again);
        assert_eq!(again.session.id, first.session.id);
        assert_eq!(store.entries().unwrap().sessions.len(), 1);
    }
}
