//! Plain mode on a terminal: long lines wrap at spaces to the terminal's
//! width instead of being cut mid-word at its edge; the typed answer is
//! not repeated (the terminal shows it already).

mod common;

use std::io::Write;
use std::process::Stdio;

use common::*;
use fitcheck::strings as s;

#[test]
fn on_a_narrow_terminal_every_line_fits_and_no_word_is_cut() {
    let data = tempfile::TempDir::new().unwrap();
    let pty = pty_sized(40, 24);
    let term = || Stdio::from(pty.slave.try_clone().unwrap());
    let mut cmd = fitcheck(data.path());
    let mut child = cmd
        .arg("--plain")
        .stdin(term())
        .stdout(term())
        .stderr(term())
        .spawn()
        .unwrap();
    drop(cmd);
    drop(pty.slave);
    let screen = drain(&pty.master);
    (&pty.master).write_all(b"help\nquit\n").unwrap();
    let status = child.wait().unwrap();
    drop(pty.master);
    let screen = screen.join().unwrap();
    assert_eq!(status.code(), Some(1), "{screen}");
    assert!(screen.contains(s::PLAIN_QUIT), "{screen}");
    for line in screen.lines() {
        let line = line.trim_end_matches('\r');
        assert!(
            fitcheck::core::text::width(line) <= 40,
            "{line:?} in:\n{screen}"
        );
    }
    // The words of the long lines all arrive, whole and in order.
    let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let all = words(&screen).join(" ");
    for long in [s::PLAIN_WELCOME, s::PLAIN_COMMANDS] {
        assert!(fitcheck::core::text::width(long) > 40);
        assert!(
            all.contains(&words(long).join(" ")),
            "{long:?} in:\n{screen}"
        );
    }
    let echoed = format!("{}quit", s::PLAIN_INPUT);
    assert!(
        !screen.lines().any(|l| l.trim_end_matches('\r') == echoed),
        "the terminal shows what was typed; fitcheck does not repeat it:\n{screen}"
    );
}
