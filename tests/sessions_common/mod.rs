//! Helpers shared by the integration tests: running the real binary on a
//! temporary data folder, building sessions from the current question bank
//! (never from hard-coded question ids), a bank with the optional history
//! questions, a pseudo-terminal for confirmations, and an unwritable folder.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use fitcheck::core::answers::{Answer, Answers};
use fitcheck::core::bank::{Bank, Choice, Kind, Question};
use fitcheck::core::interview::Interview;
use fitcheck::core::session::Session;
use fitcheck::store::Store;

/// A fixed "now" for sessions built in tests: 2026-01-15.
pub const NOW: i64 = 1_768_435_200;

/// The real binary, with sessions kept in `data` and nothing from the
/// environment that could change how it behaves.
pub fn fitcheck(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_fitcheck"));
    // English whatever the machine's locale.
    c.env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("FITCHECK_LANG");
    c.env("FITCHECK_DATA_DIR", data)
        .env_remove("FITCHECK_PLAIN")
        .env_remove("ACCESSIBLE")
        .env_remove("NO_COLOR")
        // No settings file of the machine's own.
        .env("FITCHECK_CONFIG_DIR", "/nonexistent/fitcheck-tests")
        .env("TERM", "xterm");
    c
}

/// Runs `fitcheck ARGS` on `data` with empty stdin.
pub fn run(data: &Path, args: &[&str]) -> Output {
    fitcheck(data)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("fitcheck runs")
}

/// Runs `fitcheck ARGS` on `data` with `input` on stdin (plain mode).
pub fn run_with_input(data: &Path, args: &[&str], input: &str) -> Output {
    let mut child = fitcheck(data)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("fitcheck runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_string();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let out = child.wait_with_output().expect("fitcheck ends");
    let _ = writer.join();
    out
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

pub fn code(o: &Output) -> i32 {
    o.status.code().expect("exited normally")
}

pub fn bank() -> Bank {
    Bank::embedded().expect("the built-in bank loads")
}

/// An answer the interview accepts for `q`, avoiding danger and extra
/// providers; `level` for needs.
pub fn pick(bank: &Bank, q: &Question, level: u8) -> Answer {
    let calm = |o: &&Choice| !o.crisis && !o.adds_provider && !o.no_plan;
    match q.kind {
        Kind::Level => Answer::Level(
            std::iter::once(level)
                .chain(0..=3)
                .find(|l| !q.crisis_levels.contains(l))
                .expect("a calm level"),
        ),
        Kind::Single => Answer::One(
            q.options
                .iter()
                .find(calm)
                .or_else(|| q.options.iter().find(|o| !o.crisis))
                .expect("a calm option")
                .id
                .clone(),
        ),
        // A needs checklist: every need is going on, rated at `level`.
        Kind::Multi if q.options.iter().any(|o| o.need.is_some()) => {
            Answer::Many(q.options.iter().map(|o| o.id.clone()).collect())
        }
        Kind::Multi => Answer::Many(vec![
            q.options.iter().find(calm).expect("an option").id.clone(),
        ]),
        Kind::Text => Answer::One("Ms. Rivera".to_string()),
        Kind::Title => Answer::One(
            bank.roles
                .iter()
                .find(|r| !r.unknown)
                .map(|r| r.aliases.first().unwrap_or(&r.short).clone())
                .expect("a role"),
        ),
    }
}

/// Answers every question that applies, needs at `level`; `choose` may
/// override an answer (return None to use the default).
pub fn answer_all_with(
    bank: &Bank,
    level: u8,
    mut choose: impl FnMut(&Question) -> Option<Answer>,
) -> Answers {
    answer_from(bank, Answers::default(), level, &mut choose)
}

/// Continues an interview over `answers` to the end.
pub fn answer_from(
    bank: &Bank,
    answers: Answers,
    level: u8,
    choose: &mut dyn FnMut(&Question) -> Option<Answer>,
) -> Answers {
    let mut interview = Interview::new(answers);
    while let Some(step) = interview.current(bank) {
        let q = step.question(bank);
        let a = choose(q).unwrap_or_else(|| pick(bank, q, level));
        interview.answer(bank, a).expect("a valid answer");
    }
    interview.answers
}

pub fn answer_all(bank: &Bank, level: u8) -> Answers {
    answer_all_with(bank, level, |_| None)
}

/// Answers the first `n` questions.
pub fn answer_some(bank: &Bank, n: usize) -> Answers {
    let mut interview = Interview::new(Answers::default());
    for _ in 0..n {
        let Some(step) = interview.current(bank) else {
            break;
        };
        let a = pick(bank, step.question(bank), 2);
        interview.answer(bank, a).expect("a valid answer");
    }
    interview.answers
}

/// A finished session, created at `now`, saved in `data`.
pub fn saved_finished(bank: &Bank, data: &Path, now: i64, label: Option<&str>) -> Session {
    let mut s = Session::new(bank, now);
    s.answers = answer_all(bank, 2);
    s.label = label.map(str::to_string);
    s.refresh(bank, now);
    Store::at(data).save(&s).expect("saved");
    s
}

/// An unfinished session (the first question answered) saved in `data`.
pub fn saved_unfinished(bank: &Bank, data: &Path, now: i64, label: Option<&str>) -> Session {
    let mut s = Session::new(bank, now);
    s.answers = answer_some(bank, 1);
    s.label = label.map(str::to_string);
    s.refresh(bank, now);
    Store::at(data).save(&s).expect("saved");
    s
}

/// The JSON files of the built-in bank, by name.
pub fn bank_files() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    fitcheck::core::bank::FILES
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(name)).expect("bank file");
            (name.to_string(), text)
        })
        .collect()
}

/// The built-in bank with what the history needs, added only where the
/// bank lacks it: sections marked `revisit` (those rating needs, and the
/// child sections after the provider ones), a question tracking the written
/// plan, and one tracking how long the provider has been involved. Written
/// to `dir` for `--questions`, and returned loaded.
pub fn history_bank(dir: &Path) -> Bank {
    let mut files = bank_files();
    let (_, interview) = files
        .iter_mut()
        .find(|(n, _)| n == "interview.json")
        .expect("interview.json");
    let mut v: serde_json::Value = serde_json::from_str(interview).expect("JSON");
    let sections = v["sections"].as_array().expect("sections").clone();
    let questions = v["questions"].as_array().expect("questions").clone();
    let scope = |s: &serde_json::Value| s["scope"].as_str().unwrap_or("").to_string();
    let first_provider = sections
        .iter()
        .position(|s| scope(s) == "provider")
        .expect("a provider section");
    if !sections.iter().any(|s| s["revisit"] == true) {
        for (i, s) in v["sections"]
            .as_array_mut()
            .expect("sections")
            .iter_mut()
            .enumerate()
        {
            let id = s["id"].clone();
            let rates = questions
                .iter()
                .any(|q| q["section"] == id && q["kind"] == "level");
            if rates || (i > first_provider && scope(s) == "child") {
                s["revisit"] = true.into();
            }
        }
    }
    let tracks = |t: &str| questions.iter().any(|q| q["tracks"] == t);
    let provider_section = sections[first_provider]["id"].clone();
    let revisit_child = v["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .rev()
        .find(|s| s["revisit"] == true && scope(s) == "child")
        .map(|s| s["id"].clone())
        .expect("a revisited child section");
    let qs = v["questions"].as_array_mut().expect("questions");
    // Questions stay in section order: each goes after its section's last one.
    let insert = |qs: &mut Vec<serde_json::Value>, q: serde_json::Value| {
        let at = qs
            .iter()
            .rposition(|x| x["section"] == q["section"])
            .map_or(qs.len(), |i| i + 1);
        qs.insert(at, q);
    };
    if !tracks("written_plan") {
        insert(
            qs,
            serde_json::json!({
                "id": "test_written_plan", "section": revisit_child, "kind": "single",
                "prompt": "Is there a written plan?", "hint": "x", "tracks": "written_plan",
                "options": [{"id": "yes", "text": "Yes"}, {"id": "no", "text": "No", "no_plan": true}]
            }),
        );
    }
    if !tracks("involved_since") {
        insert(
            qs,
            serde_json::json!({
                "id": "test_involved_since", "section": provider_section, "kind": "single",
                "prompt": "How long have they been involved?", "hint": "x", "tracks": "involved_since",
                "options": [
                    {"id": "new", "text": "Less than a month", "months": 0},
                    {"id": "half_year", "text": "About six months", "months": 6}
                ]
            }),
        );
    }
    *interview = serde_json::to_string_pretty(&v).expect("JSON");
    std::fs::create_dir_all(dir).expect("bank folder");
    for (name, text) in &files {
        std::fs::write(dir.join(name), text).expect("bank file written");
    }
    Bank::load_dir(dir).expect("the history bank loads")
}

/// Runs fitcheck in a pseudo-terminal, typing `input` once `prompt` shows.
/// Returns everything it printed and its exit status.
pub fn run_in_terminal(data: &Path, args: &[&str], prompt: &str, input: &str) -> (String, u32) {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let pair = native_pty_system()
        .openpty(PtySize::default())
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_fitcheck"));
    // English whatever the machine's locale.
    cmd.env("LANG", "C");
    for v in ["LC_ALL", "LC_MESSAGES", "FITCHECK_LANG"] {
        cmd.env_remove(v);
    }
    cmd.args(args);
    cmd.env("FITCHECK_DATA_DIR", data);
    cmd.env("FITCHECK_CONFIG_DIR", "/nonexistent/fitcheck-tests");
    cmd.env("TERM", "xterm");
    let mut child = pair.slave.spawn_command(cmd).expect("spawned");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let mut writer = pair.master.take_writer().expect("writer");
    let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut seen = String::new();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !seen.contains(prompt) {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match rx.recv_timeout(left) {
            Ok(bytes) => seen.push_str(&String::from_utf8_lossy(&bytes)),
            Err(_) => panic!("never saw {prompt:?}; saw {seen:?}"),
        }
    }
    writer.write_all(input.as_bytes()).expect("typed");
    writer.flush().expect("typed");
    let status = child.wait().expect("exited");
    while let Ok(bytes) = rx.recv_timeout(std::time::Duration::from_millis(200)) {
        seen.push_str(&String::from_utf8_lossy(&bytes));
    }
    (seen, status.exit_code())
}

/// How a folder was made unwritable, to undo it.
pub enum Blocked {
    /// chmod 0500: a real read-only folder.
    ReadOnly,
    /// Moved aside with a file in its place: holds even for root, who
    /// ignores permission bits.
    Replaced(PathBuf),
}

/// Makes `dir` a folder nothing can be saved in.
pub fn block(dir: &Path) -> Blocked {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o500)).unwrap();
        let probe = dir.join("probe");
        if std::fs::write(&probe, b"").is_err() {
            return Blocked::ReadOnly;
        }
        std::fs::remove_file(probe).unwrap();
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    let aside = dir.with_extension("aside");
    std::fs::rename(dir, &aside).unwrap();
    std::fs::write(dir, b"in the way").unwrap();
    Blocked::Replaced(aside)
}

pub fn unblock(dir: &Path, how: Blocked) {
    match how {
        Blocked::ReadOnly => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
            }
        }
        Blocked::Replaced(aside) => {
            std::fs::remove_file(dir).unwrap();
            std::fs::rename(aside, dir).unwrap();
        }
    }
}

/// The names in a folder, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Every file in a folder with its bytes, to show nothing changed.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    names(dir)
        .into_iter()
        .filter(|n| !n.starts_with('.'))
        .map(|n| {
            let p = dir.join(&n);
            let bytes = if p.is_file() && !p.is_symlink() {
                std::fs::read(&p).unwrap()
            } else {
                Vec::new()
            };
            (n, bytes)
        })
        .collect()
}
