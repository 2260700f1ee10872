//! Bad input, nothing lost: session files that are truncated, empty, not
//! JSON, from a newer fitcheck, symbolic links elsewhere, folders, or hold
//! another id are named with the reason and left byte for byte, while
//! every other session still lists and opens; `import` of a bad file names
//! the problem, writes nothing and exits 2.

mod sessions_common;

use std::path::Path;

use fitcheck::core::session::Session;
use sessions_common::*;

/// A folder with two good sessions and one bad file of each kind. Returns
/// the good sessions and (file name, expected words in the reason).
fn folder_with_bad_files(data: &Path) -> (Vec<Session>, Vec<(&'static str, &'static str)>) {
    let bank = bank();
    let a = saved_finished(&bank, data, NOW, Some("good one"));
    let b = saved_unfinished(&bank, data, NOW + 60, Some("good two"));
    let whole = std::fs::read(data.join(format!("{}.json", a.id))).unwrap();
    let mut future: serde_json::Value = serde_json::from_slice(&whole).unwrap();
    future["schema"] = 99.into();
    future["id"] = "future01".into();
    let mut other: serde_json::Value = serde_json::from_slice(&whole).unwrap();
    other["id"] = "someoneelse".into();
    let files: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "cut00001.json",
            whole[..whole.len() * 2 / 3].to_vec(),
            "ends too early",
        ),
        ("empty001.json", Vec::new(), "empty"),
        (
            "text0001.json",
            b"these are my notes, not JSON".to_vec(),
            "not valid JSON",
        ),
        (
            "shape001.json",
            b"{\"child\": {}}".to_vec(),
            "not a fitcheck session",
        ),
        (
            "future01.json",
            serde_json::to_vec(&future).unwrap(),
            "newer fitcheck",
        ),
        (
            "moved001.json",
            serde_json::to_vec(&other).unwrap(),
            "does not match",
        ),
    ];
    let mut expected = Vec::new();
    for (name, bytes, why) in files {
        std::fs::write(data.join(name), bytes).unwrap();
        expected.push((name, why));
    }
    #[cfg(unix)]
    {
        let outside = data.parent().unwrap().join("outside.json");
        std::fs::write(&outside, &whole).unwrap();
        std::os::unix::fs::symlink(&outside, data.join("link0001.json")).unwrap();
        expected.push(("link0001.json", "symbolic link"));
    }
    std::fs::create_dir(data.join("folder01.json")).unwrap();
    expected.push(("folder01.json", "folder"));
    (vec![a, b], expected)
}

#[test]
fn list_names_every_bad_file_exits_0_and_shows_the_rest() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("s");
    std::fs::create_dir(&data).unwrap();
    let (good, bad) = folder_with_bad_files(&data);
    let before = snapshot(&data);
    let outside_before = std::fs::read(tmp.path().join("outside.json")).ok();
    let out = run(&data, &["list"]);
    assert_eq!(code(&out), 0);
    let (text, err) = (stdout(&out), stderr(&out));
    for s in &good {
        assert!(text.contains(&s.id), "{} missing:\n{text}", s.id);
    }
    for (name, why) in &bad {
        let line = err
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} not named:\n{err}"));
        assert!(line.contains(why), "{name}: {line}");
        assert!(line.contains("left as it is"), "{line}");
        assert!(!text.contains(name));
    }
    assert_eq!(snapshot(&data), before, "a file changed");
    assert_eq!(
        std::fs::read(tmp.path().join("outside.json")).ok(),
        outside_before
    );
}

#[test]
fn good_sessions_still_open_and_bad_ones_are_explained_by_every_command() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("s");
    std::fs::create_dir(&data).unwrap();
    let (good, bad) = folder_with_bad_files(&data);
    let before = snapshot(&data);
    for s in &good {
        for args in [
            vec!["summary", &s.id],
            vec!["summary", &s.id, "--format", "json"],
            vec!["export", &s.id],
        ] {
            let out = run(&data, &args);
            assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
        }
    }
    for (name, why) in &bad {
        let id = name.trim_end_matches(".json");
        for args in [
            vec!["summary", id],
            vec!["export", id],
            vec!["rename", id, "new label"],
            vec!["delete", id, "--yes"],
            vec!["resume", id],
        ] {
            let out = run(&data, &args);
            let err = stderr(&out);
            assert_eq!(code(&out), 1, "{args:?}: {err}");
            assert!(err.contains(name) && err.contains(why), "{args:?}: {err}");
            assert!(err.contains("left as it is"), "{args:?}: {err}");
        }
    }
    assert_eq!(snapshot(&data), before, "a file changed");
}

#[test]
fn import_of_a_bad_file_names_the_problem_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("s");
    std::fs::create_dir(&data).unwrap();
    let bank = bank();
    let s = saved_finished(&bank, &data, NOW, None);
    let whole = std::fs::read(data.join(format!("{}.json", s.id))).unwrap();
    let mut future: serde_json::Value = serde_json::from_slice(&whole).unwrap();
    future["schema"] = 42.into();
    // An answer that does not fit a question the bank has.
    let mut wrong: serde_json::Value = serde_json::from_slice(&whole).unwrap();
    let level_q = bank
        .questions
        .iter()
        .find(|q| q.kind == fitcheck::core::bank::Kind::Level)
        .expect("a level question");
    wrong["answers"]["child"][&level_q.id] = 9.into();
    let answers_file = serde_json::to_vec(&s.answers).unwrap();
    let cases: Vec<(&str, Vec<u8>, String)> = vec![
        (
            "cut.json",
            whole[..whole.len() / 2].to_vec(),
            "ends too early".into(),
        ),
        ("empty.json", Vec::new(), "empty".into()),
        (
            "notes.txt",
            b"not json at all".to_vec(),
            "not valid JSON".into(),
        ),
        (
            "future.json",
            serde_json::to_vec(&future).unwrap(),
            "newer fitcheck".into(),
        ),
        (
            "wrong.json",
            serde_json::to_vec(&wrong).unwrap(),
            level_q.id.clone(),
        ),
        ("answers.json", answers_file, "--answers".into()),
    ];
    let before = snapshot(&data);
    for (name, bytes, why) in &cases {
        let file = tmp.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let out = run(&data, &["import", file.to_str().unwrap()]);
        let err = stderr(&out);
        assert_eq!(code(&out), 2, "{name}: {err}");
        assert!(
            err.contains(name) && err.contains(why.as_str()),
            "{name}: {err}"
        );
        assert!(err.contains("Nothing was saved"), "{err}");
        assert_eq!(stdout(&out), "");
        assert_eq!(snapshot(&data), before, "{name} wrote something");
        assert_eq!(&std::fs::read(&file).unwrap(), bytes);
    }
    for missing in [tmp.path().join("nope.json"), tmp.path().to_path_buf()] {
        let out = run(&data, &["import", missing.to_str().unwrap()]);
        assert_eq!(code(&out), 2, "{}", stderr(&out));
        assert!(stderr(&out).contains(&missing.display().to_string()));
    }
    assert_eq!(snapshot(&data), before);
}

#[test]
fn a_new_session_never_overwrites_a_bad_file_with_its_id() {
    // Ids are random, so the clash is made by hand: a damaged file under
    // the id a new session was given.
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let store = fitcheck::store::Store::at(tmp.path());
    let mut s = Session::new(&bank, NOW);
    s.answers = answer_all(&bank, 1);
    let taken = store.path(&s.id);
    std::fs::write(&taken, b"{\"schema\": 1, \"id\": \"").unwrap();
    store.create(&mut s).unwrap();
    assert_ne!(store.path(&s.id), taken);
    assert_eq!(
        std::fs::read(&taken).unwrap(),
        b"{\"schema\": 1, \"id\": \""
    );
    // And a plain save of a session under that name is refused.
    let mut clash = s.clone();
    clash.id = taken.file_stem().unwrap().to_str().unwrap().to_string();
    let err = store.save(&clash).unwrap_err().to_string();
    assert!(err.contains("left as it is"), "{err}");
    assert_eq!(
        std::fs::read(&taken).unwrap(),
        b"{\"schema\": 1, \"id\": \""
    );
}
