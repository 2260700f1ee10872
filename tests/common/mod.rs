//! Helpers shared by the plain-mode tests: running the real binary with a
//! throwaway data folder, making answers by walking the interview with the
//! core (so no test names a question id or text), and a pseudo-terminal.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use fitcheck::core::answers::{Answer, Answers};
use fitcheck::core::bank::{Bank, Kind, Question};
use fitcheck::core::interview::{Interview, Step};
use fitcheck::core::session::Session;
use fitcheck::plain::script;
use fitcheck::store::Store;

/// A guard against a test hanging forever; not a timing target.
pub const PATIENCE: Duration = Duration::from_secs(60);

pub fn bank() -> Bank {
    Bank::embedded().expect("the built-in bank loads")
}

/// `fitcheck` with its sessions in `data` and none of the variables that
/// choose plain mode set. An existing `data` is made private first, as
/// fitcheck makes its own folder: one open to others would be tightened
/// with a notice on stderr (tests/sessions_privacy.rs covers that).
pub fn fitcheck(data: &Path) -> Command {
    #[cfg(unix)]
    if data.is_dir() {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(data, std::fs::Permissions::from_mode(0o700));
    }
    let mut c = Command::new(env!("CARGO_BIN_EXE_fitcheck"));
    c.env("FITCHECK_DATA_DIR", data)
        .env_remove("FITCHECK_PLAIN")
        .env_remove("ACCESSIBLE")
        .env_remove("NO_COLOR")
        // English, whatever this machine's language: the Spanish tests set
        // their own (tests/spanish_cli.rs).
        .env_remove("FITCHECK_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        // No settings file of the machine's own: plain mode stays as asked.
        .env("FITCHECK_CONFIG_DIR", "/nonexistent/fitcheck-tests")
        .env("TERM", "xterm-256color");
    c
}

/// Runs `fitcheck ARGS` with `input` on stdin, to the end.
pub fn run(data: &Path, args: &[&str], input: &str) -> Output {
    let mut child = fitcheck(data)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("fitcheck starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_string();
    // Written from a thread: fitcheck may stop reading (quit) before the end.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().expect("fitcheck runs");
    let _ = writer.join();
    out
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Lines joined for stdin, each ended by a newline.
pub fn script_text(lines: &[String]) -> String {
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// The saved sessions in `data`.
pub fn sessions(data: &Path) -> Vec<Session> {
    let (sessions, bad) = Store::at(data).list();
    assert!(bad.is_empty(), "every session file parses: {bad:?}");
    sessions
}

/// The only saved session in `data`.
pub fn only_session(data: &Path) -> Session {
    let mut all = sessions(data);
    assert_eq!(all.len(), 1, "one session saved");
    all.remove(0)
}

/// Files in `data` that are not finished session files (temporary saves).
/// The list index (a cache `fitcheck list` keeps) is not one.
pub fn leftovers(data: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(data)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    let name = p.file_name().unwrap_or_default().to_string_lossy();
                    name != fitcheck::store::index::FILE
                        && (name.starts_with('.') || !name.ends_with(".json"))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// How a made-up parent answers: one answer for the question at `step`.
pub type Chooser = fn(&Bank, &Question, Step) -> Answer;

/// A parent with two providers: a known title, then another known title;
/// needs rated at varied levels; no danger; nothing skipped.
pub fn two_providers(bank: &Bank, q: &Question, step: Step) -> Answer {
    match q.kind {
        Kind::Single => {
            let want_another = step.provider == Some(0);
            let pick = q
                .options
                .iter()
                .find(|o| !o.crisis && o.adds_provider == want_another)
                .or_else(|| q.options.iter().find(|o| !o.crisis && !o.adds_provider))
                .unwrap_or(&q.options[0]);
            Answer::One(pick.id.clone())
        }
        Kind::Multi => Answer::Many(q.options.iter().take(2).map(|o| o.id.clone()).collect()),
        Kind::Level => {
            let level = (step.question % 4) as u8;
            let safe = (0..=level)
                .rev()
                .find(|l| !q.crisis_levels.contains(l))
                .unwrap_or(0);
            Answer::Level(safe)
        }
        Kind::Text => Answer::One(format!("Ms. Rivera {}", step.provider.unwrap_or(0) + 1)),
        Kind::Title => {
            let known: Vec<_> = bank.roles.iter().filter(|r| !r.unknown).collect();
            let r = known[step.provider.unwrap_or(0) % known.len()];
            // The first provider by short form, the second by full title.
            Answer::One(if step.provider == Some(0) {
                r.short.clone()
            } else {
                r.title.clone()
            })
        }
    }
}

/// A parent in a hard place: danger reported, every need urgent, a title
/// fitcheck does not know, everything skippable skipped, nothing expected.
pub fn hard_day(_bank: &Bank, q: &Question, _step: Step) -> Answer {
    if q.skippable {
        return Answer::Skipped;
    }
    match q.kind {
        Kind::Single => {
            let pick = q
                .options
                .iter()
                .find(|o| o.crisis)
                .or_else(|| q.options.iter().find(|o| !o.adds_provider))
                .unwrap_or(&q.options[0]);
            Answer::One(pick.id.clone())
        }
        Kind::Multi => Answer::Many(Vec::new()),
        Kind::Level => Answer::Level(3),
        Kind::Text => Answer::One("I am not sure".to_string()),
        Kind::Title => Answer::One("the lady from the agency".to_string()),
    }
}

/// Answers every question `iv` asks, from where it is, the way `choose`
/// would; returns the lines a parent types for them.
pub fn answer_rest(bank: &Bank, iv: &mut Interview, choose: Chooser) -> Vec<String> {
    let mut lines = Vec::new();
    while let Some(step) = iv.current(bank) {
        let q = step.question(bank);
        let a = choose(bank, q, step);
        lines.push(script::typed(bank, q, &a).unwrap_or_else(|e| panic!("{e}")));
        iv.answer(bank, a)
            .unwrap_or_else(|e| panic!("{}: {e}", q.id));
    }
    lines
}

/// A complete set of answers made by `choose`.
pub fn answers(bank: &Bank, choose: Chooser) -> Answers {
    let mut iv = Interview::new(Answers::default());
    answer_rest(bank, &mut iv, choose);
    iv.answers
}

/// The first step of a walk by `choose` whose question passes `wanted`,
/// with the interview stopped on it and the lines typed to get there.
pub fn walk_to(
    bank: &Bank,
    choose: Chooser,
    wanted: impl Fn(&Question, usize) -> bool,
) -> (Interview, Step, Vec<String>) {
    let mut iv = Interview::new(Answers::default());
    let mut lines = Vec::new();
    let mut n = 0;
    while let Some(step) = iv.current(bank) {
        let q = step.question(bank);
        if wanted(q, n) {
            return (iv, step, lines);
        }
        let a = choose(bank, q, step);
        lines.push(script::typed(bank, q, &a).expect("types"));
        iv.answer(bank, a).expect("answers");
        n += 1;
    }
    panic!("no question in the bank fits this test");
}

/// Reads a child's stream line by line on a thread, so a test can wait
/// for a line without blocking forever.
pub struct Lines {
    rx: mpsc::Receiver<String>,
    pub seen: String,
}

impl Lines {
    pub fn new(stream: impl Read + Send + 'static) -> Lines {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stream);
            loop {
                let mut line = String::new();
                match r.read_line(&mut line) {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        if tx.send(line).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Lines {
            rx,
            seen: String::new(),
        }
    }

    /// Waits for a line containing `text`; panics with what was seen if it never comes.
    pub fn wait_for(&mut self, text: &str) {
        loop {
            match self.rx.recv_timeout(PATIENCE) {
                Ok(line) => {
                    self.seen.push_str(&line);
                    if line.contains(text) {
                        return;
                    }
                }
                Err(_) => panic!("never saw {text:?}; saw:\n{}", self.seen),
            }
        }
    }

    /// Everything up to the end of the stream.
    pub fn rest(mut self) -> String {
        while let Ok(line) = self.rx.recv_timeout(PATIENCE) {
            self.seen.push_str(&line);
        }
        self.seen
    }
}

/// Sends `signal` to a child process.
pub fn signal(child: &Child, signal: libc::c_int) {
    let rc = unsafe { libc::kill(child.id() as libc::pid_t, signal) };
    assert_eq!(rc, 0, "kill({}, {signal})", child.id());
}

/// A pseudo-terminal: `master` is the test's side; `slave` becomes the
/// child's stdin or stdout, so that it is a terminal.
pub struct Pty {
    pub master: std::fs::File,
    pub slave: OwnedFd,
}

pub fn pty() -> Pty {
    pty_sized(80, 24)
}

/// A pseudo-terminal `cols` wide and `rows` high.
pub fn pty_sized(cols: u16, rows: u16) -> Pty {
    let mut master = 0;
    let mut slave = 0;
    let size = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: openpty returned two open descriptors that nothing else owns.
    unsafe {
        Pty {
            master: std::fs::File::from_raw_fd(master),
            slave: OwnedFd::from_raw_fd(slave),
        }
    }
}

/// Drains a pty's master side on a thread (a full terminal buffer would
/// block the child); the text read is returned when the child is gone.
pub fn drain(master: &std::fs::File) -> std::thread::JoinHandle<String> {
    let mut m = master.try_clone().expect("clone the pty");
    std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = m.read(&mut buf) {
            if n == 0 {
                break;
            }
            all.extend_from_slice(&buf[..n]);
        }
        String::from_utf8_lossy(&all).into_owned()
    })
}
