//! A preference that sticks: `--plain --remember` makes plain mode start
//! by itself, `--no-plain` overrides it once and `--no-plain --remember`
//! for good. A broken settings file is named on stderr, the defaults are
//! used, and the file is left exactly as it was.

mod common;

use std::io::{Read, Write};
use std::path::Path;
use std::process::Stdio;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::*;
use fitcheck::store::settings::FILE;
use fitcheck::strings as s;

/// How fitcheck started on a terminal.
#[derive(Debug, PartialEq)]
enum Started {
    Plain,
    Wizard,
}

/// Starts fitcheck on a pseudo-terminal with its settings in `config`,
/// sees which mode starts, leaves it, and returns that with all it wrote.
fn start_on_terminal(data: &Path, config: &Path, args: &[&str]) -> (Started, String) {
    let pty = pty();
    let term = || Stdio::from(pty.slave.try_clone().unwrap());
    let mut cmd = fitcheck(data);
    let mut child = cmd
        .env("FITCHECK_CONFIG_DIR", config)
        .args(args)
        .stdin(term())
        .stdout(term())
        .stderr(term())
        .spawn()
        .unwrap();
    drop(cmd);
    drop(pty.slave);
    let (tx, rx) = mpsc::channel();
    let mut reader = pty.master.try_clone().unwrap();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut seen = String::new();
    let deadline = Instant::now() + Duration::from_secs(20);
    let started = loop {
        if seen.contains(s::PLAIN_WELCOME) {
            break Started::Plain;
        }
        if seen.contains(s::WELCOME_NEW) {
            break Started::Wizard;
        }
        assert!(Instant::now() < deadline, "nothing started:\n{seen}");
        if let Ok(chunk) = rx.recv_timeout(Duration::from_millis(100)) {
            seen.push_str(&String::from_utf8_lossy(&chunk));
        }
    };
    let leave: &[u8] = match started {
        Started::Plain => b"quit\n",
        Started::Wizard => b"q",
    };
    (&pty.master).write_all(leave).unwrap();
    let status = child.wait().unwrap();
    assert!(status.code().is_some(), "it ended by itself: {status:?}");
    while let Ok(chunk) = rx.recv_timeout(Duration::from_millis(200)) {
        seen.push_str(&String::from_utf8_lossy(&chunk));
    }
    (started, seen)
}

#[test]
fn plain_remember_sticks_until_no_plain_remember() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let config = root.path().join("config");
    let file = config.join(FILE);
    let (mode, _) = start_on_terminal(&data, &config, &[]);
    assert_eq!(mode, Started::Wizard);
    assert!(!file.exists(), "nothing is written without a change");

    let (mode, out) = start_on_terminal(&data, &config, &["--plain", "--remember"]);
    assert_eq!(mode, Started::Plain);
    let said = s::REMEMBERED_PLAIN.replace("{path}", &file.display().to_string());
    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words(&out).contains(&words(&said)), "{out}");
    let text = std::fs::read_to_string(&file).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["plain"], true, "{text}");

    // From now on, plain mode starts by itself...
    let (mode, _) = start_on_terminal(&data, &config, &[]);
    assert_eq!(mode, Started::Plain);
    // ...except when asked for the full screen once.
    let (mode, _) = start_on_terminal(&data, &config, &["--no-plain"]);
    assert_eq!(mode, Started::Wizard);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text, "unchanged");

    let (mode, _) = start_on_terminal(&data, &config, &["--no-plain", "--remember"]);
    assert_eq!(mode, Started::Wizard);
    let (mode, _) = start_on_terminal(&data, &config, &[]);
    assert_eq!(mode, Started::Wizard);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(json["plain"], false);
}

#[test]
fn a_broken_settings_file_is_named_and_the_defaults_used() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let config = root.path().join("config");
    std::fs::create_dir_all(&config).unwrap();
    let file = config.join(FILE);
    std::fs::write(&file, "{\"plain\": tru").unwrap();
    let (mode, out) = start_on_terminal(&data, &config, &[]);
    assert_eq!(mode, Started::Wizard, "the defaults");
    // On a terminal the line is wrapped: compare the words.
    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let start = s::SETTINGS_BROKEN
        .replace("{path}", &file.display().to_string())
        .split(" The reason")
        .next()
        .unwrap()
        .to_string();
    assert!(words(&out).contains(&words(&start)), "{out}");
    assert!(!out.contains("panicked"), "{out}");

    // Remembering does not write over what it cannot read.
    let (mode, out) = start_on_terminal(&data, &config, &["--plain", "--remember"]);
    assert_eq!(mode, Started::Plain, "the choice of this run still counts");
    let start = s::SETTINGS_NOT_SAVED.split('{').next().unwrap();
    assert!(words(&out).contains(&words(start)), "{out}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "{\"plain\": tru");
}

#[test]
fn remember_needs_a_choice_and_the_interview() {
    let data = tempfile::tempdir().unwrap();
    let out = run(data.path(), &["--remember"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(s::REMEMBER_WHAT), "{}", stderr(&out));
    let out = run(data.path(), &["list", "--plain", "--remember"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(s::REMEMBER_WHERE), "{}", stderr(&out));
    let out = run(data.path(), &["--plain", "--no-plain"], "");
    assert_eq!(out.status.code(), Some(2), "one or the other");
}
