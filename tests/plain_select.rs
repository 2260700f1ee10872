//! When `fitcheck` (without --plain) runs plain mode: FITCHECK_PLAIN or
//! ACCESSIBLE set, TERM=dumb, or stdin or stdout not a terminal. The other
//! side is a pseudo-terminal, so only the thing under test decides.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;

use common::*;
use fitcheck::strings as s;

/// How the child's stdin and stdout are connected.
#[derive(Clone, Copy)]
enum Wiring {
    /// Both on the pseudo-terminal.
    Terminal,
    /// stdin piped, stdout on the pseudo-terminal.
    PipedIn,
    /// stdin on the pseudo-terminal, stdout piped.
    PipedOut,
}

/// Runs `fitcheck` with `setup` applied, types "quit", and returns its stderr.
fn stderr_of(wiring: Wiring, setup: impl FnOnce(&mut Command)) -> String {
    let data = tempfile::TempDir::new().unwrap();
    let pty = pty();
    let mut cmd = fitcheck(data.path());
    setup(&mut cmd);
    let term = || Stdio::from(pty.slave.try_clone().unwrap());
    match wiring {
        Wiring::Terminal => cmd.stdin(term()).stdout(term()),
        Wiring::PipedIn => cmd.stdin(Stdio::piped()).stdout(term()),
        Wiring::PipedOut => cmd.stdin(term()).stdout(Stdio::piped()),
    };
    let mut child = cmd.stderr(Stdio::piped()).spawn().unwrap();
    drop(cmd);
    drop(pty.slave);
    let screen = drain(&pty.master);
    let mut err = Lines::new(child.stderr.take().unwrap());
    match wiring {
        Wiring::PipedIn => {
            let mut stdin = child.stdin.take().unwrap();
            stdin.write_all(b"quit\n").unwrap();
        }
        _ => {
            err.wait_for(s::PLAIN_WELCOME);
            (&pty.master).write_all(b"quit\n").unwrap();
        }
    }
    let status = child.wait().unwrap();
    drop(pty.master);
    let text = err.rest();
    assert_eq!(status.code(), Some(1), "{text}");
    assert!(text.contains(s::PLAIN_QUIT), "{text}");
    let _ = screen;
    text
}

fn assert_plain(text: &str) {
    assert!(
        text.starts_with(s::PLAIN_WELCOME),
        "plain mode ran:\n{text}"
    );
}

#[test]
fn fitcheck_plain_selects_plain_mode() {
    assert_plain(&stderr_of(Wiring::Terminal, |c| {
        c.env("FITCHECK_PLAIN", "1");
    }));
}

#[test]
fn accessible_selects_plain_mode() {
    assert_plain(&stderr_of(Wiring::Terminal, |c| {
        c.env("ACCESSIBLE", "1");
    }));
}

#[test]
fn term_dumb_selects_plain_mode() {
    assert_plain(&stderr_of(Wiring::Terminal, |c| {
        c.env("TERM", "dumb");
    }));
}

#[test]
fn the_flag_selects_plain_mode() {
    assert_plain(&stderr_of(Wiring::Terminal, |c| {
        c.arg("--plain");
    }));
}

#[test]
fn piped_stdin_selects_plain_mode() {
    assert_plain(&stderr_of(Wiring::PipedIn, |_| {}));
}

#[test]
fn piped_stdout_selects_plain_mode() {
    assert_plain(&stderr_of(Wiring::PipedOut, |_| {}));
}

/// What the child showed first, when plain mode should not run.
enum Shown {
    /// Bytes on the terminal (the wizard drawing).
    Screen,
    /// A line on stderr.
    Line(String),
    /// stderr closed.
    End,
}

#[test]
fn on_a_terminal_without_any_of_these_plain_mode_does_not_run() {
    let data = tempfile::TempDir::new().unwrap();
    let pty = pty();
    let mut cmd = fitcheck(data.path());
    let term = || Stdio::from(pty.slave.try_clone().unwrap());
    let mut child = cmd
        .stdin(term())
        .stdout(term())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(cmd);
    drop(pty.slave);
    let (tx, rx) = mpsc::channel();
    let mut master = pty.master.try_clone().unwrap();
    let screen = tx.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        let mut told = false;
        while let Ok(n) = master.read(&mut buf) {
            if n == 0 {
                break;
            }
            if !told {
                told = screen.send(Shown::Screen).is_ok();
            }
        }
    });
    let err = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(err).lines().map_while(Result::ok) {
            let _ = tx.send(Shown::Line(line));
        }
        let _ = tx.send(Shown::End);
    });
    // Plain mode would greet on stderr before anything else; whatever runs
    // instead is stopped once it has shown something.
    let mut text = String::new();
    match rx.recv_timeout(PATIENCE).expect("fitcheck shows something") {
        Shown::Line(l) => text.push_str(&l),
        Shown::Screen | Shown::End => {}
    }
    let _ = unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGKILL) };
    let _ = child.wait();
    drop(pty.master);
    while let Ok(shown) = rx.recv_timeout(PATIENCE) {
        match shown {
            Shown::Line(l) => text.push_str(&l),
            Shown::End => break,
            Shown::Screen => {}
        }
    }
    assert!(!text.contains(s::PLAIN_WELCOME), "{text}");
}
