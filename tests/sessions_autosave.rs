//! Autosave: every answer is on disk once reported saved; a failed save is
//! said at once, kept in memory and retried; a new session never takes
//! another file's name; a resumed session is saved over its own file.

mod sessions_common;

use fitcheck::core::bank::Bank;
use fitcheck::core::interview::Interview;
use fitcheck::core::session::Session;
use fitcheck::store::Store;
use fitcheck::store::autosave::{Autosave, SaveState};
use sessions_common::{bank, block, pick, unblock};

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
    let mut auto = Autosave::new(store.clone(), Session::new(&bank, 1_800_000_000)).unwrap();
    assert_eq!(auto.state(), &SaveState::Unsaved);
    // Quitting before any answer leaves nothing behind.
    auto.retry(&bank);
    assert!(!auto.path().exists());
    let mut interview = Interview::default();
    for _ in 0..3 {
        let state = answer_next(&bank, &mut interview, &mut auto);
        assert_eq!(state, SaveState::Saved(auto.path()));
        let on_disk = store.load(&auto.session().id).unwrap();
        assert_eq!(on_disk.answers, interview.answers);
    }
}

#[test]
fn a_resumed_session_is_saved_until_it_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let store = Store::at(tmp.path().join("s"));
    let mut first = Autosave::new(store.clone(), Session::new(&bank, 1_800_000_000)).unwrap();
    let mut interview = Interview::default();
    answer_next(&bank, &mut interview, &mut first);
    let (id, path) = (first.session().id.clone(), first.path());
    // One writer per session: while the first has it open, it is refused.
    let err = Autosave::new(store.clone(), store.load(&id).unwrap()).unwrap_err();
    assert!(fitcheck::store::is_open_elsewhere(&err), "{err}");
    drop(first);
    let resumed = Autosave::new(store.clone(), store.load(&id).unwrap()).unwrap();
    assert_eq!(resumed.state(), &SaveState::Saved(path));
    // Another session that only shares the id is not ours: not saved.
    let mut stranger = Session::new(&bank, 1_700_000_000);
    stranger.id = id;
    let stranger = Autosave::new(store, stranger).unwrap();
    assert_eq!(stranger.state(), &SaveState::Unsaved);
}

#[test]
fn a_failed_save_is_said_at_once_kept_in_memory_and_retried() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let dir = tmp.path().join("s");
    let store = Store::at(&dir);
    let mut auto = Autosave::new(store.clone(), Session::new(&bank, 1_800_000_000)).unwrap();
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
    assert_eq!(auto.session().answers, interview.answers);
    // Still failing: still not saved, and the retry changes nothing on disk.
    answer_next(&bank, &mut interview, &mut auto);
    assert!(matches!(auto.retry(&bank), SaveState::Failed(_)));
    unblock(&dir, how);
    assert_eq!(std::fs::read(auto.path()).unwrap(), saved);
    let path = auto.path();
    assert_eq!(auto.retry(&bank), &SaveState::Saved(path));
    assert_eq!(
        store.load(&auto.session().id).unwrap().answers,
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
    let mut auto = Autosave::new(store.clone(), session).unwrap();
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
    let mut auto = Autosave::new(store.clone(), clash).unwrap();
    let state = answer_next(&bank, &mut Interview::default(), &mut auto);
    assert!(matches!(state, SaveState::Saved(_)), "{state:?}");
    assert_ne!(auto.session().id, older.id);
    assert_eq!(std::fs::read(store.path(&older.id)).unwrap(), before);
}

#[test]
fn a_resumed_session_is_saved_over_its_own_file() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let store = Store::at(tmp.path());
    let mut first = Autosave::new(store.clone(), Session::new(&bank, 1_800_000_000)).unwrap();
    let mut interview = Interview::default();
    answer_next(&bank, &mut interview, &mut first);
    let id = first.session().id.clone();
    drop(first);
    let resumed = store.find(&id).unwrap();
    let mut interview = Interview::new(resumed.answers.clone());
    let mut again = Autosave::new(store.clone(), resumed).unwrap();
    answer_next(&bank, &mut interview, &mut again);
    assert_eq!(again.session().id, id);
    assert_eq!(store.entries().unwrap().sessions.len(), 1);
}
