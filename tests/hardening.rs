//! Issue 15 (hardening, second round): no byte from a crafted file reaches
//! the terminal as an escape or control sequence.

mod sessions_common;

use fitcheck::store::Store;
use sessions_common::*;

/// Panics when `out` holds ESC, a C0 control other than newline and tab, or
/// a C1 control.
fn assert_clean(what: &str, out: &str) {
    for ch in out.chars() {
        let bad =
            (ch.is_control() && ch != '\n' && ch != '\t') || ('\u{80}'..='\u{9f}').contains(&ch);
        assert!(!bad, "{what} printed control {:?} in:\n{out:?}", ch);
    }
}

const HOSTILE: &str = "\u{1b}]0;owned\u{7}\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{9b}31m";

/// Finding 1: a crafted `created` in an imported session.
#[test]
fn a_crafted_created_date_never_reaches_list_or_summary() {
    let tmp = tempfile::tempdir().unwrap();
    let (here, there) = (tmp.path().join("here"), tmp.path().join("there"));
    let bank = bank();
    let s = saved_finished(&bank, &here, NOW, Some("Maya"));
    let out = run(&here, &["export", &s.id]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mut json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    json["created"] = serde_json::Value::String(HOSTILE.to_string());
    let file = tmp.path().join("crafted.json");
    std::fs::write(&file, json.to_string()).unwrap();
    let out = run(&there, &["import", file.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let (sessions, _) = Store::at(&there).list();
    assert_eq!(sessions.len(), 1);
    assert!(
        !sessions[0].created.contains('\u{1b}'),
        "import replaced the crafted date: {:?}",
        sessions[0].created
    );
    for args in [
        vec!["list"],
        vec!["summary"],
        vec!["summary", "--format", "markdown"],
    ] {
        let out = run(&there, &args);
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
        assert_clean(&format!("{args:?}"), &stdout(&out));
        assert_clean(&format!("{args:?} stderr"), &stderr(&out));
    }
}

/// Finding 1, display side: a session file written by something else.
#[test]
fn a_planted_session_with_a_crafted_date_lists_without_escapes() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let bank = bank();
    let s = saved_finished(&bank, &data, NOW, Some("Maya"));
    let path = Store::at(&data).path(&s.id);
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    json["created"] = serde_json::Value::String(HOSTILE.to_string());
    json["updated"] = serde_json::Value::String(HOSTILE.to_string());
    std::fs::write(&path, json.to_string()).unwrap();
    for args in [vec!["list"], vec!["summary"]] {
        let out = run(&data, &args);
        assert_clean(&format!("{args:?}"), &stdout(&out));
        assert_clean(&format!("{args:?} stderr"), &stderr(&out));
    }
    let out = run(&data, &["list"]);
    assert!(stdout(&out).contains('?'), "{}", stdout(&out));
}

/// Finding 2: a refused answers file's field names and values.
#[test]
fn refused_answers_and_imports_do_not_echo_escapes() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let answers = tmp.path().join("answers.json");
    let hostile = serde_json::json!({
        HOSTILE: HOSTILE,
        "answers": { HOSTILE: HOSTILE },
    });
    std::fs::write(&answers, hostile.to_string()).unwrap();
    let out = run(&data, &["summary", "--answers", answers.to_str().unwrap()]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(!stderr(&out).is_empty());
    assert_clean("summary --answers", &stderr(&out));
    let out = run(&data, &["import", answers.to_str().unwrap()]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert_clean("import", &stderr(&out));
}

#[test]
fn day_keeps_only_a_real_date() {
    use fitcheck::core::text::day;
    assert_eq!(day("2026-11-24T09:30:00Z"), "2026-11-24");
    assert_eq!(day("2026-11-24"), "2026-11-24");
    assert_eq!(day(HOSTILE), "?");
    assert_eq!(day("2026-11-2\u{1b}"), "?");
    assert_eq!(day("short"), "?");
    assert_eq!(day("é026-11-24"), "?");
}

/// Runs fitcheck with standard output on `/dev/full`.
fn run_into_full_disk(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    fitcheck(data)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(full)
        .output()
        .unwrap()
}

/// Finding 7: a full disk or closed pipe never ends in a panic (101).
#[test]
fn a_full_disk_or_closed_pipe_never_panics() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let out = run_into_full_disk(&data, &["roles"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the disk is full"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("os error"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));

    let bank = bank();
    let answers = tmp.path().join("answers.json");
    std::fs::write(
        &answers,
        serde_json::to_string(&answer_all(&bank, 2)).unwrap(),
    )
    .unwrap();
    let out = run_into_full_disk(&data, &["--plain", "--answers", answers.to_str().unwrap()]);
    assert_eq!(code(&out), 1, "--answers F >/dev/full: {}", stderr(&out));
    assert!(stderr(&out).contains("cannot print the summary"));

    // `fitcheck roles | true`: the reader is gone before fitcheck writes.
    let mut child = fitcheck(&data)
        .arg("roles")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    use std::os::unix::process::ExitStatusExt;
    assert!(
        out.status.code() == Some(0) || out.status.signal() == Some(libc::SIGPIPE),
        "closed pipe ends quietly: {:?}",
        out.status
    );
}

/// Finding 9: a `--questions` bank with escapes in its text is refused, by
/// check-questions and at load, and the refusal prints no escape.
#[test]
fn a_bank_with_escapes_in_its_text_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bank");
    std::fs::create_dir(&dir).unwrap();
    for (name, text) in bank_files() {
        let text = if name == "interview.json" {
            let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
            let q = v["questions"]
                .as_array_mut()
                .and_then(|qs| qs.first_mut())
                .expect("a question");
            q["prompt"] = serde_json::Value::String(format!("Hello{HOSTILE}"));
            v.to_string()
        } else {
            text
        };
        std::fs::write(dir.join(name), text).unwrap();
    }
    let data = tmp.path().join("data");
    let out = run(&data, &["check-questions", dir.to_str().unwrap()]);
    assert_ne!(code(&out), 0, "{}", stdout(&out));
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(all.contains("control character"), "{all}");
    assert_clean("check-questions", &all);
    let out = run(&data, &["--questions", dir.to_str().unwrap(), "roles"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert_clean("roles --questions", &stdout(&out));
    assert_clean("roles --questions stderr", &stderr(&out));
}

/// Finding 5: `delete ID` removes what a crash left of that session's saves,
/// and nothing of another session's.
#[test]
fn delete_removes_the_sessions_leftover_temp_files() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let bank = bank();
    let a = saved_finished(&bank, &data, NOW, Some("A"));
    let b = saved_finished(&bank, &data, NOW + 5, Some("B"));
    let dir = Store::at(&data).path(&a.id).parent().unwrap().to_path_buf();
    let left_a = dir.join(format!(".saving-{}-x1.tmp", a.id));
    let left_b = dir.join(format!(".saving-{}-x2.tmp", b.id));
    std::fs::write(&left_a, "answers").unwrap();
    std::fs::write(&left_b, "answers").unwrap();
    let out = run(&data, &["delete", "--yes", &a.id]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!left_a.exists(), "the deleted session's leftover is gone");
    assert!(left_b.exists(), "another session's leftover stays");
}

/// Finding 4: `summary --output` makes a new private file, refuses an
/// existing one without --force, and refuses a symbolic link even with it.
#[test]
fn summary_output_never_writes_into_a_file_it_did_not_make() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let bank = bank();
    saved_finished(&bank, &data, NOW, Some("Maya"));
    let out_file = tmp.path().join("summary.txt");
    let path = out_file.to_str().unwrap();
    let out = run(&data, &["summary", "--output", path]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mode = std::fs::metadata(&out_file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);

    // Someone else's open file already there: refused, left as it was.
    std::fs::write(&out_file, "theirs").unwrap();
    std::fs::set_permissions(&out_file, std::fs::Permissions::from_mode(0o666)).unwrap();
    let out = run(&data, &["summary", "--output", path]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&out_file).unwrap(), "theirs");
    let out = run(&data, &["summary", "--output", path, "--force"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let mode = std::fs::metadata(&out_file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "a replaced file is private too");

    // A planted link: refused even with --force; its target is untouched.
    let target = tmp.path().join("target.txt");
    std::fs::write(&target, "precious").unwrap();
    let link = tmp.path().join("link.txt");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    for extra in [&[][..], &["--force"][..]] {
        let mut args = vec!["summary", "--output", link.to_str().unwrap()];
        args.extend_from_slice(extra);
        let out = run(&data, &args);
        assert_eq!(code(&out), 1, "{args:?}: {}", stderr(&out));
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious");
    }
}

/// Finding 6: a pipe or a device given as `--answers` or to `import` is
/// refused at once, with a message, instead of hanging or reading forever.
#[test]
fn answers_and_import_refuse_pipes_and_devices() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let fifo = tmp.path().join("fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    for file in [fifo.to_str().unwrap(), "/dev/zero"] {
        for args in [vec!["summary", "--answers", file], vec!["import", file]] {
            let out = run(&data, &args);
            assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
            assert!(
                stderr(&out).contains("not a plain file"),
                "{}",
                stderr(&out)
            );
        }
    }
}

/// A small fuzz pass (issue 15): random characters, escapes and C1 controls
/// included, in a session's label, created and updated; list and summary
/// (text and markdown) never print a control character. Cases: 40.
#[test]
fn random_session_text_never_reaches_the_terminal_as_controls() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let bank = bank();
    let s = saved_finished(&bank, &data, NOW, Some("Maya"));
    let path = Store::at(&data).path(&s.id);
    let original: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let mut seed: u64 = 0x5eed_1515;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    const PIECES: &[&str] = &[
        "\u{1b}",
        "[2J",
        "]52;c;",
        "\u{7}",
        "\u{9b}",
        "\u{85}",
        "\r",
        "\t",
        "\n",
        "\u{202e}",
        "2026-11-24",
        "a",
        " ",
        "\u{0}",
        "\u{7f}",
    ];
    for case in 0..40 {
        let mut field = || {
            (0..(next() % 12))
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect::<String>()
        };
        let mut json = original.clone();
        json["label"] = serde_json::Value::String(field());
        json["created"] = serde_json::Value::String(field());
        json["updated"] = serde_json::Value::String(field());
        std::fs::write(&path, json.to_string()).unwrap();
        for args in [
            vec!["list"],
            vec!["summary", &s.id],
            vec!["summary", &s.id, "--format", "markdown"],
        ] {
            let out = run(&data, &args);
            assert_clean(&format!("case {case} {args:?}"), &stdout(&out));
            assert_clean(&format!("case {case} {args:?} stderr"), &stderr(&out));
        }
    }
}

/// Finding 3: one writer per session, across two real processes. While
/// one `--plain resume` has the session open, a second is refused with
/// exit 1, and `delete`, `delete --all` and `rename` refuse it too; once
/// the first ends, all of them work again.
#[test]
fn a_session_open_in_one_process_is_refused_in_another() {
    use std::io::Read;
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let bank = bank();
    let s = saved_unfinished(&bank, &data, NOW, Some("Maya"));
    let mut first = fitcheck(&data)
        .args(["--plain", "resume", &s.id])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Its first prompt says it has the session open.
    let mut err = first.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = err.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    rx.recv_timeout(std::time::Duration::from_secs(20))
        .expect("the first fitcheck asks its first question");

    let out = run(&data, &["--plain", "resume", &s.id]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("open in another fitcheck window"),
        "{}",
        stderr(&out)
    );
    let wizard = run(&data, &["resume", &s.id]);
    assert_eq!(code(&wizard), 1, "{}", stderr(&wizard));
    assert!(stderr(&wizard).contains("open in another"));
    for args in [
        vec!["delete", "--yes", s.id.as_str()],
        vec!["delete", "--all", "--yes"],
        vec!["rename", s.id.as_str(), "Other"],
    ] {
        let out = run(&data, &args);
        assert_eq!(code(&out), 1, "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("open in another"),
            "{args:?}: {}",
            stderr(&out)
        );
        assert_eq!(
            Store::at(&data).load(&s.id).unwrap().label.as_deref(),
            Some("Maya"),
            "{args:?} changed nothing"
        );
    }

    // The first window ends (its input closes): the session is free again.
    drop(first.stdin.take());
    first.wait().unwrap();
    let out = run(&data, &["rename", &s.id, "Sam"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&data, &["delete", "--yes", &s.id]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let left = names(&data);
    assert!(!left.iter().any(|n| n.ends_with(".lock")), "{left:?}");
}

/// Runs `fitcheck ARGS` on `data` with empty stdin; fails the test, instead
/// of hanging it, when fitcheck has not ended within 20 seconds.
fn run_bounded(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut child = fitcheck(data)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("fitcheck {args:?} hung");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// Finding 8: the list index is a cache, never an authority. A pipe or a
/// link to /dev/zero in its place hangs nothing; a forged one shows neither
/// its labels nor its escapes; one owned by someone else is not read.
#[test]
fn a_forged_or_special_list_index_is_rebuilt_not_believed() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let bank = bank();
    let s = saved_unfinished(&bank, &data, NOW, Some("Maya"));
    let index = data.join(fitcheck::store::index::FILE);
    let lists_maya = |what: &str| {
        for (args, shows) in [
            (vec!["list"], "Maya"),
            (vec!["--plain", "resume"], s.id.as_str()),
        ] {
            let out = run_bounded(&data, &args);
            let all = format!("{}{}", stdout(&out), stderr(&out));
            assert!(all.contains(shows), "{what} {args:?}: {all}");
            assert!(!all.contains("Forged"), "{what} {args:?}: {all}");
            assert_clean(&format!("{what} {args:?}"), &all);
        }
    };
    // A pipe, then a link to an endless device.
    let c = std::ffi::CString::new(index.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    lists_maya("a pipe");
    std::fs::remove_file(&index).unwrap();
    std::os::unix::fs::symlink("/dev/zero", &index).unwrap();
    lists_maya("a link to /dev/zero");
    assert!(
        std::fs::symlink_metadata(&index).unwrap().is_file(),
        "rebuilt as a plain file"
    );

    // Forged with the right stamp: a label with escapes is not believed.
    run(&data, &["list"]);
    let real = std::fs::read_to_string(&index).unwrap();
    assert!(real.contains("Maya"), "{real}");
    std::fs::write(&index, real.replace("Maya", &format!("Forged{HOSTILE}"))).unwrap();
    lists_maya("escapes");

    // Someone else's index (a shared folder) is not read at all.
    if unsafe { libc::geteuid() } == 0 {
        std::fs::write(&index, real.replace("Maya", "Forged")).unwrap();
        std::os::unix::fs::chown(&index, Some(4242), None).unwrap();
        lists_maya("another owner's");
    }
    assert!(Store::at(&data).load(&s.id).is_ok());
}

/// Finding 6, writing side: fitcheck never writes a session it would then
/// refuse to read. An import whose saved form would pass the size limit is
/// refused at import time, a text answer longer than fitcheck keeps is
/// refused at answer time, and `-` reads `--answers` and `import` from
/// standard input, within the same limit.
#[test]
fn what_would_not_read_back_is_refused_before_it_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let (here, there) = (tmp.path().join("here"), tmp.path().join("there"));
    let bank = bank();
    let s = saved_finished(&bank, &here, NOW, Some("Maya"));
    let exported = stdout(&run(&here, &["export", &s.id]));

    // Small on the way in (deep arrays written compactly), over 32 MB
    // once saved with its indentation.
    let mut json: serde_json::Value = serde_json::from_str(&exported).unwrap();
    let mut deep = serde_json::Value::Array(vec![serde_json::Value::from(0); 200_000]);
    for _ in 0..100 {
        deep = serde_json::Value::Array(vec![deep]);
    }
    json["kept_from_elsewhere"] = deep;
    let file = tmp.path().join("big.json");
    std::fs::write(&file, json.to_string()).unwrap();
    assert!(std::fs::metadata(&file).unwrap().len() < 32 * 1024 * 1024);
    let out = run(&there, &["import", file.to_str().unwrap()]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("can read back"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Nothing was saved"),
        "{}",
        stderr(&out)
    );
    assert!(Store::at(&there).list().0.is_empty());

    // A provider's name longer than fitcheck keeps, in an answers file:
    // refused, with why. (The helpers answer text questions "Ms. Rivera".)
    let long = "x".repeat(fitcheck::core::answers::MAX_TEXT + 1);
    let answers = serde_json::to_string(&answer_all(&bank, 2))
        .unwrap()
        .replace("Ms. Rivera", &long);
    assert!(answers.contains(&long));
    let file = tmp.path().join("answers.json");
    std::fs::write(&file, answers).unwrap();
    let out = run(&there, &["summary", "--answers", file.to_str().unwrap()]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("at most"), "{}", stderr(&out));

    // `-` is standard input, for --answers and import.
    let good = serde_json::to_string(&answer_all(&bank, 2)).unwrap();
    let out = run_with_input(&there, &["summary", "--answers", "-"], &good);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stdout(&out).is_empty());
    let out = run_with_input(&there, &["import", "-"], &exported);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(Store::at(&there).list().0.len(), 1);
}

/// Finding 5, start-up side: what crashes left of saves more than a day ago
/// is removed when fitcheck starts; a fresh one (a save in another window)
/// and a link are left alone.
#[test]
fn start_up_sweeps_temp_files_older_than_a_day() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let bank = bank();
    let s = saved_finished(&bank, &data, NOW, Some("Maya"));
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 24 * 60 * 60);
    let stale = data.join(format!(".saving-{}-old1.tmp", s.id));
    let fresh = data.join(format!(".saving-{}-new1.tmp", s.id));
    std::fs::write(&stale, "answers").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    std::fs::write(&fresh, "answers").unwrap();
    let target = tmp.path().join("elsewhere.tmp");
    std::fs::write(&target, "keep").unwrap();
    let link = data.join(".saving-link.tmp");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = run(&data, &["list"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(!stale.exists(), "the stale temp file is gone");
    assert!(fresh.exists(), "a fresh one stays");
    assert!(std::fs::symlink_metadata(&link).is_ok(), "a link stays");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
}

/// One boundary for terminal text: a file name or a folder with escapes in
/// it is named without them; JSON output keeps a label exact when parsed,
/// but with its C1 controls and direction overrides escaped.
#[test]
fn names_and_json_reach_the_terminal_escaped() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join(format!("data{HOSTILE}"));
    let bank = bank();
    let label = "Maya\u{9b}31m\u{202e}x\u{85}";
    let s = saved_finished(&bank, &data, NOW, Some(label));
    std::fs::write(data.join(format!("{HOSTILE}.json")), "{").unwrap();
    for args in [
        vec!["list"],
        vec!["list", "--format", "json"],
        vec!["export", s.id.as_str()],
        vec!["summary", "--format", "json"],
        vec!["delete", "zzzz"],
    ] {
        let out = run(&data, &args);
        assert_clean(&format!("{args:?}"), &stdout(&out));
        assert_clean(&format!("{args:?} stderr"), &stderr(&out));
        assert!(!stdout(&out).contains('\u{202e}'), "{args:?}");
    }
    let out = run(&data, &["export", &s.id]);
    let back: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(back["label"], label, "export stays exact");
    let out = run(&data, &["list", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(rows[0]["label"], label);
    let out = run(&data, &["list"]);
    assert!(stderr(&out).contains("skipped"), "{}", stderr(&out));
}

/// Finding 6, plain mode: an endless line (no newline) is read in bounded
/// pieces, each refused, instead of filling memory.
#[test]
fn plain_mode_reads_an_overlong_line_in_bounded_pieces() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let out = run_with_input(&data, &["--plain"], &"x".repeat(200_000));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    let reads = err.matches(fitcheck::strings::PLAIN_INPUT.trim()).count();
    assert!(reads >= 4, "read in pieces of at most 64 KiB: {reads}");
}

/// Cases of `every_text_field_fuzzed_never_reaches_the_terminal_as_controls`:
/// 20 in the suite; a long run:
/// `FITCHECK_CONTROL_CASES=3000 cargo test --release --test hardening every_text_field -- --nocapture`.
fn control_cases() -> usize {
    std::env::var("FITCHECK_CONTROL_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20)
}

/// Characters and fragments a crafted file may carry: escapes, C0 and C1
/// controls, bidi overrides and plain text.
const PIECES: &[&str] = &[
    "\u{1b}",
    "\u{1b}[2J",
    "\u{1b}]52;c;aGk=\u{7}",
    "\u{7}",
    "\u{8}",
    "\u{9b}",
    "\u{85}",
    "\u{90}",
    "\r",
    "\t",
    "\n",
    "\u{202e}",
    "\u{0}",
    "\u{7f}",
    "2026-11-24",
    "a",
    " ",
    "😀",
];

/// Every string in `v`, changed with probability `percent`: random pieces
/// appended, prepended or put in its place (ids too, so some files no longer
/// load, and their error messages are checked as well).
fn salt(v: &mut serde_json::Value, next: &mut impl FnMut() -> u64, percent: u64) -> usize {
    use serde_json::Value;
    match v {
        Value::String(s) => {
            if next() % 100 >= percent {
                return 0;
            }
            let junk: String = (0..1 + next() % 6)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            *s = match next() % 4 {
                0 => junk,
                1 => format!("{junk}{s}"),
                _ => format!("{s}{junk}"),
            };
            1
        }
        Value::Array(a) => a.iter_mut().map(|x| salt(x, next, percent)).sum(),
        Value::Object(m) => m.values_mut().map(|x| salt(x, next, percent)).sum(),
        _ => 0,
    }
}

/// Issue 15, wide: random escapes and controls in every text field of a
/// session file, of an answers file and of the question bank; `list` (text
/// and JSON) and `summary` (text, markdown and JSON) never print ESC, a C0
/// control other than newline and tab, or a C1 control, on stdout or stderr.
#[test]
fn every_text_field_fuzzed_never_reaches_the_terminal_as_controls() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let bank = bank();
    let s = saved_finished(&bank, &data, NOW, Some("Maya"));
    let path = Store::at(&data).path(&s.id);
    let session: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let answers_file = tmp.path().join("answers.json");
    let example: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string("questions/examples/team_two_providers.json").unwrap(),
    )
    .unwrap();
    let bank_dir = tmp.path().join("bank");
    std::fs::create_dir(&bank_dir).unwrap();
    let bank_files: Vec<(String, serde_json::Value)> = std::fs::read_dir("questions")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (
                name,
                serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap(),
            )
        })
        .collect();
    let mut seed: u64 = 0x5eed_1518;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let (mut salted, mut printed, mut loaded) = (0, 0, 0);
    for case in 0..control_cases() {
        // Mostly a few fields at a time, so most files still load and print.
        let percent = [2, 5, 20][case % 3];
        let mut v = session.clone();
        salted += salt(&mut v, &mut next, percent);
        std::fs::write(&path, v.to_string()).unwrap();
        let mut a = example.clone();
        salted += salt(&mut a, &mut next, percent);
        std::fs::write(&answers_file, a.to_string()).unwrap();
        let file = answers_file.to_str().unwrap();
        let runs: Vec<Vec<&str>> = vec![
            vec!["list"],
            vec!["list", "--format", "json"],
            vec!["summary", &s.id],
            vec!["summary", &s.id, "--format", "markdown"],
            vec!["summary", &s.id, "--format", "json"],
            vec!["summary", "--answers", file],
            vec!["summary", "--answers", file, "--format", "markdown"],
            vec!["summary", "--answers", file, "--format", "json"],
        ];
        for args in &runs {
            let out = run(&data, args);
            let what = format!("case {case} {args:?}");
            assert_clean(&what, &stdout(&out));
            assert_clean(&format!("{what} stderr"), &stderr(&out));
            printed += usize::from(!out.stdout.is_empty());
            loaded += usize::from(code(&out) == 0);
        }
        // The bank: a crafted bank folder, summarised with the plain example.
        for (name, v) in &bank_files {
            let mut v = v.clone();
            if name != "bank.json" {
                salted += salt(&mut v, &mut next, percent / 2);
            }
            std::fs::write(bank_dir.join(name), v.to_string()).unwrap();
        }
        std::fs::write(&answers_file, example.to_string()).unwrap();
        for format in ["text", "markdown", "json"] {
            let args = [
                "--questions",
                bank_dir.to_str().unwrap(),
                "summary",
                "--answers",
                file,
                "--format",
                format,
            ];
            let out = run(&data, &args);
            let what = format!("case {case} crafted bank, {format}");
            assert_clean(&what, &stdout(&out));
            assert_clean(&format!("{what} stderr"), &stderr(&out));
            printed += usize::from(!out.stdout.is_empty());
        }
    }
    let runs = control_cases() * 11;
    eprintln!("{salted} fields salted; {printed} of {runs} runs printed, {loaded} loaded");
    // Not vacuous: fields were salted, and many runs printed what they read
    // (about half when this was written; a crafted bank is mostly refused).
    assert!(salted >= control_cases() * 10, "{salted} fields salted");
    assert!(3 * printed >= runs, "only {printed} of {runs} runs printed");
}
