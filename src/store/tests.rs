use std::fs;
use std::io;
use std::path::Path;

use super::folder::is_ours;
use super::*;
use crate::core::session::tests::{answer_some, bank, finished};
use crate::core::session::{MAX_BYTES, Session};

const NOW: i64 = 1_800_000_000;

fn store() -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::at(tmp.path().join("sessions"));
    (tmp, store)
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn a_saved_session_loads_back_private_and_leaves_no_temporary_file() {
    let (_tmp, store) = store();
    let bank = bank();
    let s = finished(&bank, NOW);
    let path = store.save(&s).unwrap();
    assert_eq!(store.load(&s.id).unwrap(), s);
    assert_eq!(names(store.dir()), vec![format!("{}.json", s.id)]);
    #[cfg(unix)]
    {
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(store.dir()), 0o700);
    }
    assert!(store.take_notices().is_empty());
}

#[test]
fn save_never_replaces_a_file_it_cannot_read_or_another_session() {
    let (_tmp, store) = store();
    let bank = bank();
    let s = finished(&bank, NOW);
    store.ensure_dir().unwrap();
    let path = store.path(&s.id);
    for junk in [
        &b"{\"schema\": 1, \"id\""[..],
        b"",
        b"not json",
        b"{\"schema\": 9}",
    ] {
        fs::write(&path, junk).unwrap();
        let err = store.save(&s).unwrap_err();
        assert!(err.to_string().contains("left as it is"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), junk);
    }
    // A readable session of another id under this name: also left alone.
    let mut other = finished(&bank, NOW);
    other.id = "otherone".to_string();
    fs::write(&path, serde_json::to_vec(&other).unwrap()).unwrap();
    let before = fs::read(&path).unwrap();
    assert!(store.save(&s).is_err());
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn a_new_session_never_takes_the_name_of_an_existing_file() {
    let (_tmp, store) = store();
    let bank = bank();
    let mut s = finished(&bank, NOW);
    store.ensure_dir().unwrap();
    let taken = store.path(&s.id);
    fs::write(&taken, b"truncated {").unwrap();
    let old_id = s.id.clone();
    let path = store.create(&mut s).unwrap();
    assert_ne!(s.id, old_id);
    assert_eq!(path, store.path(&s.id));
    assert_eq!(fs::read(&taken).unwrap(), b"truncated {");
    assert_eq!(store.load(&s.id).unwrap(), s);
}

#[test]
fn listing_is_newest_first_and_names_every_bad_file_untouched() {
    let (tmp, store) = store();
    let bank = bank();
    let mut ids = Vec::new();
    for i in 0..3 {
        let s = finished(&bank, NOW + i * 60);
        store.save(&s).unwrap();
        ids.push(s.id);
    }
    let dir = store.dir().to_path_buf();
    let outside = tmp.path().join("elsewhere.json");
    fs::write(&outside, serde_json::to_vec(&finished(&bank, NOW)).unwrap()).unwrap();
    let bad: Vec<(&str, &[u8], &str)> = vec![
        ("empty.json", b"", "empty"),
        (
            "cut.json",
            b"{\"schema\": 1, \"id\": \"cut\", \"cre",
            "ends too early",
        ),
        ("text.json", b"Dear diary", "not valid JSON"),
        (
            "future.json",
            b"{\"schema\": 99, \"id\": \"future\"}",
            "newer fitcheck",
        ),
    ];
    for (name, bytes, _) in &bad {
        fs::write(dir.join(name), bytes).unwrap();
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink(&outside, dir.join("link.json")).unwrap();
    fs::create_dir(dir.join("folder.json")).unwrap();
    let listing = store.entries().unwrap();
    let listed: Vec<&str> = listing.sessions.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(listed, vec![&ids[2], &ids[1], &ids[0]]);
    for (name, bytes, reason) in &bad {
        let b = listing
            .bad
            .iter()
            .find(|b| b.path == dir.join(name))
            .unwrap_or_else(|| panic!("{name} is not reported"));
        assert!(b.reason.contains(reason), "{name}: {}", b.reason);
        assert_eq!(&fs::read(dir.join(name)).unwrap(), bytes);
    }
    let reason = |n: &str| {
        listing
            .bad
            .iter()
            .find(|b| b.path == dir.join(n))
            .map(|b| b.reason.clone())
            .unwrap_or_default()
    };
    #[cfg(unix)]
    assert!(reason("link.json").contains("symbolic link"));
    assert!(reason("folder.json").contains("folder"));
    // Every good session still opens.
    for id in &ids {
        assert!(store.load(id).is_ok());
        assert_eq!(store.find(id).unwrap().id, *id);
    }
}

#[test]
fn the_list_index_is_only_a_cache() {
    let (_tmp, store) = store();
    let bank = bank();
    let mut s = finished(&bank, NOW);
    store.save(&s).unwrap();
    assert_eq!(store.entries().unwrap().sessions[0].label, None);
    let index = store.dir().join(index::FILE);
    assert!(index.exists());
    // The file changes: the listing follows it, not the index.
    s.label = Some("Maya".to_string());
    store.save(&s).unwrap();
    assert_eq!(
        store.entries().unwrap().sessions[0].label.as_deref(),
        Some("Maya")
    );
    // A damaged index is rebuilt without a word.
    fs::write(&index, b"{{{{").unwrap();
    let listing = store.entries().unwrap();
    assert_eq!(listing.sessions.len(), 1);
    assert!(listing.bad.is_empty());
    assert!(serde_json::from_slice::<serde_json::Value>(&fs::read(&index).unwrap()).is_ok());
    // A lying index (right stamp, wrong id) is not believed.
    let text = fs::read_to_string(&index).unwrap();
    fs::write(
        &index,
        text.replace(&format!("\"id\":\"{}\"", s.id), "\"id\":\"zzzz\""),
    )
    .unwrap();
    assert_eq!(store.entries().unwrap().sessions[0].id, s.id);
    // A deleted session leaves the listing.
    store.delete(&s.id).unwrap();
    assert!(store.entries().unwrap().sessions.is_empty());
}

#[cfg(unix)]
#[test]
fn loose_permissions_are_tightened_with_a_notice() {
    let (_tmp, store) = store();
    let bank = bank();
    let s = finished(&bank, NOW);
    let path = store.save(&s).unwrap();
    set_mode(&path, 0o644);
    set_mode(store.dir(), 0o755);
    store.check_dir();
    assert_eq!(mode(store.dir()), 0o700);
    store.entries().unwrap();
    assert_eq!(mode(&path), 0o600);
    let notices = store.take_notices();
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(notices[0].contains("755") && notices[0].contains("private"));
    assert!(notices[1].contains(&s.id) && notices[1].contains("644"));
    // Once private, nothing more to say; loading tightens too.
    store.entries().unwrap();
    assert!(store.take_notices().is_empty());
    set_mode(&path, 0o640);
    store.load(&s.id).unwrap();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(store.take_notices().len(), 1);
}

#[test]
fn find_by_id_prefix_label_or_part_of_a_label() {
    let (_tmp, store) = store();
    let bank = bank();
    assert_eq!(store.find("x").unwrap_err(), FindError::NoSessions);
    let mut a = finished(&bank, NOW);
    a.id = "abc12345".to_string();
    a.label = Some("Maya - skills trainer".to_string());
    let mut b = finished(&bank, NOW);
    b.id = "abd67890".to_string();
    b.label = Some("Sam".to_string());
    store.save(&a).unwrap();
    store.save(&b).unwrap();
    assert_eq!(store.find("abc12345").unwrap().id, a.id);
    assert_eq!(store.find("abc").unwrap().id, a.id);
    assert_eq!(store.find("SAM").unwrap().id, b.id);
    assert_eq!(store.find("maya").unwrap().id, a.id);
    assert_eq!(store.find("skills").unwrap().id, a.id);
    match store.find("ab").unwrap_err() {
        FindError::Ambiguous(q, ids) => {
            assert_eq!(q, "ab");
            assert_eq!(ids.len(), 2);
            assert!(ids.iter().any(|i| i.contains("Maya")));
        }
        e => panic!("{e:?}"),
    }
    assert!(matches!(store.find("zzz"), Err(FindError::NotFound(_))));
    assert!(matches!(store.find(""), Err(FindError::NotFound(_))));
    // A session whose file went bad is named with the reason, not "not found".
    fs::write(store.path("bad00000"), b"{").unwrap();
    match store.find("bad0").unwrap_err() {
        FindError::Unreadable(b) => assert!(b.reason.contains("ends too early")),
        e => panic!("{e:?}"),
    }
    assert!(matches!(
        store.find("bad00000"),
        Err(FindError::Unreadable(_))
    ));
    assert!(
        store
            .find("bad00000")
            .unwrap_err()
            .to_string()
            .contains("left as it is")
    );
}

#[test]
fn latest_unfinished_skips_finished_sessions() {
    let (_tmp, store) = store();
    let bank = bank();
    assert!(store.latest_unfinished().is_none());
    let mut open = Session::new(&bank, NOW);
    open.answers = answer_some(&bank, 1);
    open.refresh(&bank, NOW);
    store.save(&open).unwrap();
    let mut done = finished(&bank, NOW);
    done.refresh(&bank, NOW + 100);
    store.save(&done).unwrap();
    assert_eq!(store.latest().unwrap().id, done.id);
    assert_eq!(store.latest_unfinished().unwrap().id, open.id);
}

#[test]
fn delete_all_removes_sessions_and_leftovers_but_not_foreign_files() {
    let (_tmp, store) = store();
    let bank = bank();
    for i in 0..3 {
        store.save(&finished(&bank, NOW + i)).unwrap();
    }
    store.entries().unwrap();
    let dir = store.dir();
    fs::write(dir.join(".saving-abc.tmp"), b"half a session").unwrap();
    fs::write(dir.join("notes.json"), b"my own notes").unwrap();
    fs::write(dir.join("README.txt"), b"hello").unwrap();
    let (n, bad) = store.delete_all().unwrap();
    assert_eq!(n, 3);
    assert_eq!(bad.len(), 1);
    assert_eq!(names(dir), vec!["README.txt", "notes.json"]);
    assert_eq!(fs::read(dir.join("notes.json")).unwrap(), b"my own notes");
}

#[test]
fn a_locked_session_is_refused_to_others_and_its_lock_file_goes_with_it() {
    let (_tmp, store) = store();
    let bank = bank();
    let s = finished(&bank, NOW);
    store.save(&s).unwrap();
    let held = store.lock(&s.id).unwrap();
    let lock_file = store.dir().join(format!(".{}.lock", s.id));
    assert!(lock_file.is_file());
    // A second claim (another window: the lock is per open file) is refused.
    let err = store.lock(&s.id).unwrap_err();
    assert!(is_open_elsewhere(&err), "{err}");
    assert!(err.to_string().contains("open in another"), "{err}");
    assert!(store.is_open_elsewhere(&s.id));
    assert!(is_open_elsewhere(&store.delete(&s.id).unwrap_err()));
    assert!(is_open_elsewhere(&store.delete_all().unwrap_err()));
    assert!(store.load(&s.id).is_ok(), "nothing was deleted");
    // The lock file is fitcheck's own, and no session.
    assert!(is_ours(&format!(".{}.lock", s.id)));
    assert!(store.entries().unwrap().bad.is_empty());
    drop(held);
    assert!(!lock_file.exists(), "letting go removes the lock file");
    assert!(!store.is_open_elsewhere(&s.id));
    // A lock file left by a crash (no one holds it) does not lock.
    fs::write(&lock_file, b"").unwrap();
    drop(store.lock(&s.id).unwrap());
    store.delete(&s.id).unwrap();
    assert!(names(store.dir()).iter().all(|n| !n.ends_with(".lock")));
}

#[cfg(unix)]
#[test]
fn a_planted_lock_link_or_pipe_is_refused_not_followed() {
    let (tmp, store) = store();
    store.ensure_dir().unwrap();
    let target = tmp.path().join("precious");
    fs::write(&target, b"keep").unwrap();
    std::os::unix::fs::symlink(&target, store.dir().join(".aaaa1111.lock")).unwrap();
    let err = store.lock("aaaa1111").unwrap_err();
    assert!(!is_open_elsewhere(&err), "{err}");
    assert_eq!(fs::read(&target).unwrap(), b"keep");
    let fifo = store.dir().join(".bbbb2222.lock");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    assert!(store.lock("bbbb2222").is_err());
}

#[test]
fn a_session_too_large_to_read_back_is_never_written() {
    let (_tmp, store) = store();
    let bank = bank();
    let mut s = finished(&bank, NOW);
    store.save(&s).unwrap();
    let before = fs::read(store.path(&s.id)).unwrap();
    s.label = Some("x".repeat(MAX_BYTES as usize));
    let err = store.save(&s).unwrap_err();
    assert_eq!(err.kind(), io::ErrorKind::FileTooLarge, "{err}");
    assert!(err.to_string().contains("read back"), "{err}");
    assert_eq!(fs::read(store.path(&s.id)).unwrap(), before);
    let mut new = finished(&bank, NOW + 1);
    new.label = s.label.clone();
    assert!(store.create(&mut new).is_err());
    assert!(!store.path(&new.id).exists());
    assert_eq!(names(store.dir()).len(), 1, "{:?}", names(store.dir()));
}

#[test]
fn stale_temporary_files_are_swept_fresh_ones_and_others_kept() {
    let (tmp, store) = store();
    store.ensure_dir().unwrap();
    let dir = store.dir();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(25 * 60 * 60);
    let make = |name: &str, age: Option<std::time::SystemTime>| {
        let f = fs::File::create(dir.join(name)).unwrap();
        if let Some(t) = age {
            f.set_modified(t).unwrap();
        }
    };
    make(".saving-abcd1234-x1.tmp", Some(old));
    make(".index-y2.tmp", Some(old));
    make(".saving-abcd1234-x3.tmp", None);
    make("notes.tmp", Some(old));
    make(".saving-but-not-tmp", Some(old));
    #[cfg(unix)]
    {
        let target = tmp.path().join("target.tmp");
        fs::write(&target, b"keep").unwrap();
        fs::File::options()
            .write(true)
            .open(&target)
            .unwrap()
            .set_modified(old)
            .unwrap();
        std::os::unix::fs::symlink(&target, dir.join(".saving-link.tmp")).unwrap();
    }
    store.sweep_stale();
    let mut want = vec![
        ".saving-abcd1234-x3.tmp",
        ".saving-but-not-tmp",
        "notes.tmp",
    ];
    #[cfg(unix)]
    {
        want.insert(2, ".saving-link.tmp");
        assert_eq!(fs::read(tmp.path().join("target.tmp")).unwrap(), b"keep");
    }
    assert_eq!(names(dir), want);
}

#[test]
fn a_missing_folder_lists_nothing_and_an_unreadable_one_says_so() {
    let (tmp, store) = store();
    assert!(store.entries().unwrap().sessions.is_empty());
    let file = tmp.path().join("a-file");
    fs::write(&file, b"").unwrap();
    let store = Store::at(&file);
    assert!(store.entries().is_err());
    assert!(matches!(store.find("abc"), Err(FindError::Folder(_))));
    assert!(store.save(&finished(&bank(), NOW)).is_err());
}
