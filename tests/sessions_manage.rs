//! Managing saved sessions from the command line: export and import (a new
//! session with a new id), rename, delete with confirmation on a terminal
//! (or --yes), delete --all, and how resume finds a session or says why not.

mod sessions_common;

use fitcheck::store::{FindError, Store};
use sessions_common::*;

#[test]
fn export_then_import_makes_a_new_session_with_the_same_answers() {
    let tmp = tempfile::tempdir().unwrap();
    let (here, there) = (tmp.path().join("here"), tmp.path().join("there"));
    let bank = bank();
    let mut s = saved_finished(&bank, &here, NOW, Some("Maya - skills trainer"));
    if let Some(ask) = bank.asks.first() {
        s.mark_asked(&ask.id, Some("She will check".to_string()), NOW + 10);
        Store::at(&here).save(&s).unwrap();
    }
    let out = run(&here, &["export", &s.id[..3]]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let exported: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    assert_eq!(exported["id"], s.id.as_str());
    let file = tmp.path().join("maya.json");
    std::fs::write(&file, stdout(&out)).unwrap();
    let out = run(&there, &["import", file.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("Imported as a new session"));
    let (sessions, bad) = Store::at(&there).list();
    assert!(bad.is_empty());
    assert_eq!(sessions.len(), 1);
    let got = &sessions[0];
    assert_ne!(got.id, s.id);
    assert_eq!(got.answers, s.answers);
    assert_eq!(got.asked, s.asked);
    assert_eq!(got.label, s.label);
    assert_eq!(got.created, s.created);
    // The same file again: said, the session there named, nothing added.
    let out = run(&there, &["import", file.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains("already here") && said.contains(&got.id) && said.contains("Maya"),
        "{said}"
    );
    assert!(!said.contains("Imported"), "{said}");
    assert_eq!(Store::at(&there).list().0.len(), 1, "no second copy");
    // Renamed since: still the same session, found under its new name.
    assert_eq!(code(&run(&there, &["rename", &got.id, "Maya at home"])), 0);
    let out = run(&there, &["import", file.to_str().unwrap()]);
    assert!(stdout(&out).contains("Maya at home"), "{}", stdout(&out));
    assert_eq!(Store::at(&there).list().0.len(), 1, "no second copy");
    // Importing into the folder it came from never replaces the original,
    // and adds no copy of it.
    let before = std::fs::read(Store::at(&here).path(&s.id)).unwrap();
    let out = run(&here, &["import", file.to_str().unwrap()]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains(&s.id), "{}", stdout(&out));
    assert_eq!(std::fs::read(Store::at(&here).path(&s.id)).unwrap(), before);
    assert_eq!(Store::at(&here).list().0.len(), 1);
}

#[test]
fn importing_another_session_with_a_label_in_use_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let (here, there) = (tmp.path().join("here"), tmp.path().join("there"));
    let bank = bank();
    let mine = saved_finished(&bank, &there, NOW, Some("Dana"));
    let theirs = saved_finished(&bank, &here, NOW + 50, Some("dana"));
    let file = tmp.path().join("dana.json");
    std::fs::write(&file, stdout(&run(&here, &["export", &theirs.id]))).unwrap();
    let out = run(&there, &["import", file.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("Imported"), "{said}");
    assert!(
        said.contains("also called") && said.contains(&mine.id) && said.contains("rename"),
        "{said}"
    );
    assert_eq!(Store::at(&there).list().0.len(), 2);
}

#[test]
fn export_on_a_terminal_says_to_send_it_to_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let s = saved_finished(&bank, tmp.path(), NOW, Some("Maya"));
    let (screen, status) = run_in_terminal(tmp.path(), &["export", "Maya"], "fitcheck", "");
    assert_eq!(status, 2, "{screen}");
    assert!(
        screen.contains("> session.json") && !screen.contains(&format!("\"id\": \"{}\"", s.id)),
        "{screen}"
    );
}

#[test]
fn rename_sets_and_clears_the_label() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let s = saved_finished(&bank, tmp.path(), NOW, None);
    let out = run(tmp.path(), &["rename", &s.id, "Maya – 日本 😀"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("Maya – 日本 😀"));
    let store = Store::at(tmp.path());
    assert_eq!(
        store.load(&s.id).unwrap().label.as_deref(),
        Some("Maya – 日本 😀")
    );
    // Now the label finds it.
    assert_eq!(code(&run(tmp.path(), &["summary", "maya – 日本 😀"])), 0);
    assert_eq!(code(&run(tmp.path(), &["rename", "Maya", "  "])), 0);
    assert_eq!(store.load(&s.id).unwrap().label, None);
    let out = run(tmp.path(), &["rename", "nosuch", "x"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("no saved session matches"));
}

#[test]
fn a_failed_save_is_said_at_once_and_nothing_is_reported_saved() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("s");
    let bank = bank();
    let s = saved_finished(&bank, &data, NOW, Some("before"));
    let export = tmp.path().join("e.json");
    std::fs::write(&export, stdout(&run(&data, &["export", &s.id]))).unwrap();
    let how = block(&data);
    for args in [
        vec!["rename", &s.id, "after"],
        vec!["import", export.to_str().unwrap()],
    ] {
        let out = run(&data, &args);
        let err = stderr(&out);
        assert_ne!(code(&out), 0, "{args:?}");
        assert!(
            err.contains("cannot") && err.contains(&data.display().to_string()),
            "{args:?}: {err}"
        );
        assert!(!stdout(&out).contains("Imported") && !stdout(&out).contains("now called"));
    }
    unblock(&data, how);
    assert_eq!(
        Store::at(&data).load(&s.id).unwrap().label.as_deref(),
        Some("before")
    );
    assert_eq!(code(&run(&data, &["rename", &s.id, "after"])), 0);
}

#[test]
fn delete_asks_first_on_a_terminal_and_needs_yes_without_one() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let s = saved_finished(&bank, tmp.path(), NOW, Some("Maya"));
    let path = Store::at(tmp.path()).path(&s.id);
    // No terminal to ask on: refuse, and say how.
    let out = run(tmp.path(), &["delete", &s.id]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    assert!(path.exists());
    // On a terminal: anything but yes keeps it.
    // On a terminal: it asks for yes, and anything else keeps it, "y" too.
    for answer in ["no\r", "y\r", "\r"] {
        let (screen, status) = run_in_terminal(tmp.path(), &["delete", "Maya"], "Type yes", answer);
        assert_eq!(status, 1, "{screen}");
        assert!(
            screen.contains("Maya")
                && screen.contains("anything else keeps it")
                && screen.contains("Nothing was deleted"),
            "{screen}"
        );
        assert!(path.exists());
    }
    let (screen, status) = run_in_terminal(tmp.path(), &["delete", "Maya"], "Type yes", " YES \r");
    assert_eq!(status, 0, "{screen}");
    assert!(screen.contains("Deleted"), "{screen}");
    assert!(!path.exists());
    // --yes does not ask.
    let s = saved_finished(&bank, tmp.path(), NOW, None);
    let out = run(tmp.path(), &["delete", &s.id, "--yes"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(names(tmp.path()).iter().all(|n| !n.contains(&s.id)));
    let out = run(tmp.path(), &["delete", "nosuch", "--yes"]);
    assert_eq!(code(&out), 1);
}

#[test]
fn delete_all_removes_every_session_after_a_confirmation() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("s");
    let bank = bank();
    for i in 0..3 {
        saved_finished(&bank, &data, NOW + i, None);
    }
    run(&data, &["list"]);
    std::fs::write(data.join(".saving-x1.tmp"), b"half written").unwrap();
    std::fs::write(data.join("notmine.json"), b"someone's notes").unwrap();
    let out = run(&data, &["delete", "--all"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    let (screen, status) = run_in_terminal(&data, &["delete", "--all"], "Type yes", "n\r");
    assert_eq!(status, 1, "{screen}");
    assert!(screen.contains("all 3 saved sessions"), "{screen}");
    assert_eq!(Store::at(&data).entries().unwrap().sessions.len(), 3);
    let (screen, status) = run_in_terminal(&data, &["delete", "--all"], "Type yes", "yes\r");
    assert_eq!(status, 0, "{screen}");
    assert!(screen.contains("Deleted 3"), "{screen}");
    assert!(
        screen.contains("notmine.json"),
        "the file left is named: {screen}"
    );
    assert_eq!(names(&data), vec!["notmine.json"]);
    assert_eq!(
        std::fs::read(data.join("notmine.json")).unwrap(),
        b"someone's notes"
    );
    let out = run(&data, &["delete", "--all", "--yes"]);
    assert_eq!(code(&out), 0);
    assert!(
        stderr(&out).contains("no saved sessions to delete"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_newest_session_and_the_newest_unfinished_come_from_one_listing() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let store = Store::at(tmp.path());
    assert_eq!(store.latest_and_unfinished(), (None, None));
    let older = saved_unfinished(&bank, tmp.path(), NOW, None);
    let (latest, unfinished) = store.latest_and_unfinished();
    assert_eq!(latest.unwrap().id, older.id);
    assert_eq!(unfinished.unwrap().id, older.id, "the same one");
    saved_finished(&bank, tmp.path(), NOW + 100, None);
    let done = saved_finished(&bank, tmp.path(), NOW + 200, None);
    let (latest, unfinished) = store.latest_and_unfinished();
    assert_eq!(latest.unwrap().id, done.id);
    assert_eq!(unfinished.unwrap().id, older.id, "past the finished ones");
    std::fs::remove_file(store.path(&older.id)).unwrap();
    assert_eq!(store.latest_and_unfinished().1, None);
}

#[test]
fn resume_finds_the_latest_unfinished_or_says_why_not() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let store = Store::at(tmp.path());
    let out = run(tmp.path(), &["resume"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("no saved sessions yet"),
        "{}",
        stderr(&out)
    );
    let done = saved_finished(&bank, tmp.path(), NOW + 500, Some("done"));
    let out = run(tmp.path(), &["resume"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("every saved session is finished"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("fitcheck resume ID"));
    // What resume would open (it then starts a front end, tested with them).
    let older = saved_unfinished(&bank, tmp.path(), NOW, None);
    let newer = saved_unfinished(&bank, tmp.path(), NOW + 100, Some("Sam"));
    assert_eq!(store.latest_unfinished().unwrap().id, newer.id);
    assert_eq!(store.find(&older.id[..6]).unwrap().id, older.id);
    assert_eq!(store.find("sam").unwrap().id, newer.id);
    assert_eq!(store.find("DONE").unwrap().id, done.id);
    let out = run(tmp.path(), &["resume", "nothing-like-it"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("no saved session matches"),
        "{}",
        stderr(&out)
    );
    // An ambiguous start lists the candidates.
    let mut a = fitcheck::core::session::Session::new(&bank, NOW);
    a.id = "feed0001".to_string();
    let mut b = a.clone();
    b.id = "feed0002".to_string();
    store.save(&a).unwrap();
    store.save(&b).unwrap();
    assert!(matches!(store.find("feed"), Err(FindError::Ambiguous(..))));
    let out = run(tmp.path(), &["resume", "feed"]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(
        err.contains("feed0001") && err.contains("feed0002"),
        "{err}"
    );
    assert!(err.contains("Type more of the id"), "{err}");
}
