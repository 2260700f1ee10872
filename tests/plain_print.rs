//! `print` and `open` in plain mode: the page to print lands in the
//! Documents folder of a fake home, under a name that says what it is,
//! never over an earlier one, and the path is said in full.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

use common::*;
use fitcheck::strings as s;

/// A fake home whose Documents folder is named as a Linux desktop names it.
fn home(root: &Path) -> std::path::PathBuf {
    let home = root.join("home");
    std::fs::create_dir_all(home.join("Documents")).unwrap();
    std::fs::create_dir_all(home.join(".config")).unwrap();
    std::fs::write(
        home.join(".config/user-dirs.dirs"),
        "XDG_DOCUMENTS_DIR=\"$HOME/Documents\"\n",
    )
    .unwrap();
    home
}

/// `fitcheck ARGS` with `input`, in the fake home, with no desktop to open pages on.
fn run_at_home(data: &Path, home: &Path, args: &[&str], input: &str) -> Output {
    let mut child = fitcheck(data)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn print_at_a_question_saves_the_page_and_says_where() {
    let root = tempfile::tempdir().unwrap();
    let home = home(root.path());
    let data = root.path().join("data");
    let out = run_at_home(&data, &home, &["--plain"], "print\nprint\nopen\nquit\n");
    let err = stderr(&out);
    let today = fitcheck::clock::today();
    let docs = home.join("Documents");
    let first = docs.join(format!("fitcheck-{today}.html"));
    let second = docs.join(format!("fitcheck-{today}-2.html"));
    for page in [&first, &second] {
        assert!(page.is_file(), "{} in:\n{err}", page.display());
        assert!(page.with_extension("txt").is_file());
        assert!(err.contains(&page.display().to_string()), "{err}");
    }
    let html = std::fs::read_to_string(&first).unwrap();
    assert!(html.contains(s::HTML_UNFINISHED), "{html}");
    // No desktop: open says so, with the path to open by hand.
    let no_opener = s::NO_OPENER.replace("{path}", &second.display().to_string());
    assert!(err.contains(&no_opener), "{err}");
    assert_eq!(out.status.code(), Some(1), "quit before the end");
}

#[test]
fn without_user_dirs_the_documents_folder_in_home_is_used() {
    let root = tempfile::tempdir().unwrap();
    let home = home(root.path());
    std::fs::remove_file(home.join(".config/user-dirs.dirs")).unwrap();
    let data = root.path().join("data");
    let out = run_at_home(&data, &home, &["--plain"], "print\nquit\n");
    let page = home
        .join("Documents")
        .join(format!("fitcheck-{}.html", fitcheck::clock::today()));
    assert!(page.is_file(), "{}", stderr(&out));
}

#[test]
fn a_finished_session_offers_the_page_and_the_label_names_it() {
    let root = tempfile::tempdir().unwrap();
    let home = home(root.path());
    let data = root.path().join("data");
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questions/examples/qmha_skills_only.json"
    );
    let out = run_at_home(&data, &home, &["--plain", "--answers", example], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let id = only_session(&data).id;
    // The end of the interview says how to get the page.
    let later = s::PLAIN_PRINT_LATER.replace("{id}", &id);
    assert!(stderr(&out).contains(&later), "{}", stderr(&out));

    let renamed = run_at_home(&data, &home, &["rename", &id, "Dana / QMHA"], "");
    assert!(renamed.status.success());
    let choice = s::PLAIN_FINISHED_PRINT.to_string();
    let out = run_at_home(&data, &home, &["resume", &id], &format!("{choice}\nquit\n"));
    let err = stderr(&out);
    let page = home.join("Documents").join(format!(
        "fitcheck-Dana-QMHA-{}.html",
        fitcheck::clock::today()
    ));
    assert!(page.is_file(), "{err}");
    assert!(err.contains(&page.display().to_string()), "{err}");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains(s::HTML_UNFINISHED));
}
