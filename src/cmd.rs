//! The subcommands other than the interview itself: each reads the bank and
//! the store from the [`Context`] and returns an [`Outcome`].

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::Path;

use clap::ValueEnum;

use crate::core::answers::Answers;
use crate::core::bank::Bank;
use crate::core::lang::Lang;
use crate::core::report;
use crate::core::session::{MAX_BYTES, Session};
use crate::core::summary::Summary;
use crate::core::text::{Shown, clean, indented, pad, truncate};
use crate::core::words::Words;
use crate::outcome::{Context, Outcome, fail};
use crate::store::Store;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table to read.
    Text,
    /// For scripts: one object per session.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Plain text to read, 80 columns wide.
    Text,
    /// For email or notes.
    Markdown,
    /// For scripts: every field of the summary.
    Json,
    /// One page to print or save as PDF.
    Html,
}

/// Loads the bank in `lang` from `--questions DIR`, or the built-in one.
pub fn load_bank(dir: Option<&Path>, lang: Lang) -> Result<Bank, Outcome> {
    let result = match dir {
        Some(d) => Bank::load_dir_in(d, lang),
        None => Bank::embedded_in(lang),
    };
    result.map_err(|e| {
        let message = e.message(Words::of(lang));
        eprint!("fitcheck: {}", crate::core::text::Shown::new(&message));
        Outcome::Usage
    })
}

/// Reads and checks an answers file.
pub fn read_answers(bank: &Bank, path: &Path) -> Result<Answers, Outcome> {
    let s = bank.words();
    let bytes = read_import(s, path).map_err(|e| {
        let shown = path.display();
        let line =
            crate::core::text::fill_with(s.CLI_CANNOT_READ, &[("path", &shown), ("reason", &e)]);
        fail(Outcome::Usage, line)
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        fail(
            Outcome::Usage,
            crate::core::text::fill_with(s.CLI_NOT_TEXT, &[("path", &path.display())]),
        )
    })?;
    Answers::parse(&text, bank).map_err(|e| {
        let e = e.message(s);
        let msg = crate::core::text::Shown::new(&format!("{}: {e}", path.display()));
        eprint!("fitcheck: {msg}");
        if !e.ends_with('\n') {
            eprintln!();
        }
        Outcome::Usage
    })
}

/// Whether the plain, line-by-line mode should run instead of the wizard.
/// `choice` is Some(true) for --plain (or plain mode remembered), Some(false)
/// for --no-plain: that one wins over FITCHECK_PLAIN and ACCESSIBLE, but a
/// dumb terminal or input or output that is not a terminal still needs plain.
pub fn wants_plain(choice: Option<bool>) -> bool {
    let set = |v: &str| std::env::var_os(v).is_some_and(|x| !x.is_empty());
    let forced = std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || !std::io::stdin().is_terminal()
        || !std::io::stdout().is_terminal();
    forced || choice.unwrap_or_else(|| set("FITCHECK_PLAIN") || set("ACCESSIBLE"))
}

/// Shows the store's notices (permissions tightened) on stderr.
pub fn print_notices(store: &Store) {
    for n in store.take_notices() {
        eprintln!("fitcheck: {}", crate::core::text::Shown::new(&n));
    }
}

/// `fitcheck check-questions [DIR]`.
/// Said in the language of `s`; the problems themselves stay English.
pub fn check_questions(s: &Words, dir: Option<&Path>) -> Outcome {
    // The English bank, with its problems introduced in the run's language.
    let english = match dir {
        Some(d) => Bank::load_dir_in(d, Lang::En),
        None => Bank::embedded_in(Lang::En),
    };
    match english {
        Err(e) => {
            eprint!("fitcheck: {}", Shown::new(&e.message(s)));
            Outcome::Usage
        }
        // Every language the folder has is checked too (issue 16).
        Ok(_) if !check_languages(s, dir) => Outcome::Usage,
        Ok(bank) => {
            let origin =
                dir.map_or_else(|| s.BANK_BUILT_IN.to_string(), |d| d.display().to_string());
            let line = crate::core::text::fill_with(
                s.BANK_OK,
                &[("origin", &origin), ("counts", &bank.counts(s))],
            );
            println!("{}", Shown::new(&line));
            Outcome::Done
        }
    }
}

/// For `check-questions`: loads every translation the folder (or the
/// built-in bank) has, printing each one's problems to stderr as a bank
/// error is printed. Whether all of them loaded.
fn check_languages(s: &Words, dir: Option<&Path>) -> bool {
    let mut ok = true;
    for lang in crate::core::lang::Lang::ALL {
        if lang.overlay_dir().is_none() || !Bank::has_lang(dir, lang) {
            continue;
        }
        let loaded = match dir {
            Some(d) => Bank::load_dir_in(d, lang),
            None => Bank::embedded_in(lang),
        };
        if let Err(e) = loaded {
            eprint!("fitcheck: {}", Shown::new(&e.message(s)));
            ok = false;
        }
    }
    ok
}

/// `fitcheck roles [TITLE]`.
pub fn roles(ctx: &Context, title: Option<String>) -> Outcome {
    let s = ctx.bank.words();
    match crate::core::glossary::run(&ctx.bank, title.as_deref()) {
        Ok(text) => write_out(s, None, &Shown::new(&text)),
        Err(message) => fail(Outcome::Error, message),
    }
}

/// Finds a session for a command, or explains why not.
fn find(ctx: &Context, query: &str) -> Result<Session, Outcome> {
    ctx.store
        .find(query)
        .map_err(|e| fail(Outcome::Error, e.message(ctx.bank.words())))
}

/// The context in the language `session` was last used in, when no
/// language was asked for (`--lang`, `FITCHECK_LANG`) and it is another
/// one than the context's: a session answered in Spanish comes back in
/// Spanish. None when nothing changes, or the questions in use are not in
/// that language.
pub fn in_session_lang(ctx: &Context, session: &Session) -> Option<Context> {
    let lang = session.lang()?;
    if ctx.lang_asked || lang == ctx.bank.lang || !Bank::has_lang(ctx.questions.as_deref(), lang) {
        return None;
    }
    let bank = match &ctx.questions {
        Some(d) => Bank::load_dir_in(d, lang),
        None => Bank::embedded_in(lang),
    }
    .ok()?;
    let bank = std::sync::Arc::new(bank);
    Some(Context {
        store: ctx.store.clone().with_bank(bank.clone()),
        bank,
        questions: ctx.questions.clone(),
        lang_asked: false,
    })
}

/// `fitcheck summary`.
pub fn summary(
    ctx: &Context,
    session: Option<&str>,
    answers: Option<&Path>,
    format: Format,
    output: Option<(&Path, bool)>,
) -> Outcome {
    let mut s = ctx.bank.words();
    let mut bank = ctx.bank.clone();
    let now = crate::clock::now_secs();
    let summary = if let Some(path) = answers {
        match read_answers(&bank, path) {
            Ok(a) => Summary::from_answers(&bank, &a),
            Err(code) => return code,
        }
    } else {
        let found = match session {
            Some(q) => find(ctx, q),
            // The newest finished session: what a parent coming back wants
            // to see. Without one, the newest, said to be unfinished.
            None => match ctx.store.latest_finished() {
                Some(s) => Ok(s),
                None => ctx
                    .store
                    .latest()
                    .inspect(|latest| {
                        eprintln!(
                            "{}",
                            Shown::new(&s.SUMMARY_NONE_FINISHED.replace("{id}", &latest.id))
                        )
                    })
                    .ok_or_else(|| {
                        fail(
                            Outcome::Error,
                            crate::store::FindError::NoSessions.message(s),
                        )
                    }),
            },
        };
        match found {
            Ok(session) => {
                // Printed in the language it was last used in, unless one
                // was asked for.
                if let Some(c) = in_session_lang(ctx, &session) {
                    bank = c.bank;
                    s = bank.words();
                }
                Summary::of_session(&bank, &session, now, crate::clock::zone())
            }
            Err(code) => return code,
        }
    };
    let date = crate::clock::date(now);
    let text = match format {
        Format::Text => Shown::new(&report::text(&bank, &summary, &date)),
        Format::Markdown => Shown::new(&report::markdown(&bank, &summary, &date)),
        Format::Json => Shown::json(&(summary.to_json() + "\n")),
        Format::Html => Shown::new(&crate::core::html::page(&bank, &summary, &date)),
    };
    write_out(s, output, &text)
}

/// Writes `text` to `output` (created readable by the parent alone), or
/// to standard output: the one way out for what the commands print.
fn write_out(s: &Words, output: Option<(&Path, bool)>, text: &Shown) -> Outcome {
    match output {
        Some((path, force)) => match crate::store::write_private(s, path, text, force) {
            Ok(()) => {
                eprintln!(
                    "{}",
                    Shown::new(
                        &s.SUMMARY_SAVED
                            .replace("{path}", &path.display().to_string())
                    )
                );
                Outcome::Done
            }
            Err(e) => fail(
                Outcome::Error,
                crate::core::text::fill_with(
                    s.CMD_CANNOT_WRITE,
                    &[
                        ("path", &path.display()),
                        ("reason", &crate::core::reason::io_in(s, &e)),
                    ],
                ),
            ),
        },
        None => {
            let mut out = std::io::stdout().lock();
            match out
                .write_all(text.as_str().as_bytes())
                .and_then(|()| out.flush())
            {
                Ok(()) => Outcome::Done,
                // A closed pipe (`fitcheck summary | head`) is not an error worth a message.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Done,
                Err(e) => fail(
                    Outcome::Error,
                    s.WRITE_FAILED
                        .replace("{error}", &crate::core::reason::io_in(s, &e)),
                ),
            }
        }
    }
}

/// Writes `bytes` to standard output; a closed pipe is not an error.
pub fn print_bytes(s: &Words, bytes: &[u8]) -> Outcome {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Outcome::Done,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Done,
        Err(e) => fail(
            Outcome::Error,
            s.WRITE_FAILED
                .replace("{error}", &crate::core::reason::io_in(s, &e)),
        ),
    }
}

/// Width of the id column of `fitcheck list`.
const ID_COLS: usize = 8;
/// Width of the label column of `fitcheck list`.
const LABEL_COLS: usize = 26;

/// `fitcheck list`: one line per session, newest first, and the verdicts
/// below it. Unreadable files are named on stderr; the exit status stays 0.
pub fn list(ctx: &Context, format: ListFormat) -> Outcome {
    let s = ctx.bank.words();
    let listing = match ctx.store.entries() {
        Ok(l) => l,
        Err(e) => {
            return fail(
                Outcome::Error,
                crate::core::text::fill_with(
                    s.CANNOT_READ_FOLDER,
                    &[
                        ("dir", &ctx.store.dir().display().to_string()),
                        ("error", &crate::core::reason::io_in(s, &e)),
                    ],
                ),
            );
        }
    };
    for b in &listing.bad {
        eprintln!(
            "fitcheck: {}",
            Shown::new(&s.LIST_SKIPPED.replace("{bad}", &b.to_string()))
        );
    }
    if format == ListFormat::Json {
        let rows: Vec<serde_json::Value> = listing
            .sessions
            .iter()
            .map(|e| {
                serde_json::json!({
                    "id": e.id,
                    "label": e.label,
                    "created": e.created,
                    "updated": e.updated,
                    "bank_version": e.bank_version,
                    "checkins": e.checkins,
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into());
        return write_out(s, None, &Shown::json(&(text + "\n")));
    }
    if listing.sessions.is_empty() {
        eprintln!(
            "{}",
            Shown::new(
                &s.LIST_EMPTY
                    .replace("{dir}", &ctx.store.dir().display().to_string())
            )
        );
        return Outcome::Done;
    }
    let id_cols = listing
        .sessions
        .iter()
        .map(|e| e.id.len())
        .max()
        .unwrap_or(0)
        .max(ID_COLS);
    let verdict_label = |v: &str| -> String {
        let t = &ctx.bank.meta.verdicts;
        match v {
            "good_fit" => t.good_fit.label.clone(),
            "partial_fit" => t.partial_fit.label.clone(),
            "poor_fit" => t.poor_fit.label.clone(),
            "unknown" => t.unknown.label.clone(),
            // A verdict this version does not know, from a file: shown, never as controls.
            other => clean(other, false).replace('_', " "),
        }
    };
    let mut out = String::with_capacity(listing.sessions.len() * 100);
    out.push_str(&format!(
        "{}  {}  {}  {}  {}\n",
        pad(s.LIST_ID, id_cols),
        pad(s.LIST_LABEL, LABEL_COLS),
        pad(s.LIST_CREATED, 10),
        pad(s.LIST_UPDATED, 10),
        s.LIST_PROGRESS
    ));
    let indent = " ".repeat(id_cols + 2);
    for e in &listing.sessions {
        let d = &e.digest;
        let progress = if d.finished {
            s.LIST_FINISHED.to_string()
        } else {
            format!("{}/{}", d.answered, d.applicable)
        };
        let label = clean(e.label.as_deref().unwrap_or("-"), false);
        out.push_str(&format!(
            "{}  {}  {}  {}  {}\n",
            pad(&e.id, id_cols),
            pad(&truncate(&label, LABEL_COLS), LABEL_COLS),
            pad(&crate::clock::local_day(&e.created), 10),
            pad(&crate::clock::local_day(&e.updated), 10),
            progress
        ));
        if !d.verdicts.is_empty() {
            let verdicts: Vec<String> = d
                .verdicts
                .iter()
                .map(|v| {
                    let who = crate::core::text::capitalized(&clean(&v.label, false));
                    let words = if v.words.is_empty() {
                        verdict_label(&v.verdict)
                    } else {
                        clean(&v.words, false)
                    };
                    format!("{who}: {words}")
                })
                .collect();
            out.push_str(&indented(&verdicts.join("; "), &indent, report::WIDTH));
        }
    }
    write_out(s, None, &Shown::new(&out))
}

/// `fitcheck export ID`. On a terminal it says first to send it to a file.
pub fn export(ctx: &Context, query: &str) -> Outcome {
    let s = ctx.bank.words();
    if std::io::stdout().is_terminal() {
        return fail(Outcome::Usage, s.EXPORT_TO_FILE.replace("{query}", query));
    }
    match find(ctx, query) {
        Ok(session) => write_out(
            s,
            None,
            &Shown::json(
                &(serde_json::to_string_pretty(&session).expect("a session always serializes")
                    + "\n"),
            ),
        ),
        Err(code) => code,
    }
}

/// Reads a file given on the command line (links followed), refusing
/// folders, pipes, devices and files too large to be a session. `-` reads
/// standard input, up to the same size.
pub(crate) fn read_import(s: &Words, file: &Path) -> Result<Vec<u8>, String> {
    if file == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(MAX_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| crate::core::reason::io_in(s, &e))?;
        if bytes.len() as u64 > MAX_BYTES {
            return Err(s
                .BAD_TOO_LARGE
                .replace("{mb}", &(MAX_BYTES / (1024 * 1024)).to_string()));
        }
        return Ok(bytes);
    }
    let meta = std::fs::metadata(file).map_err(|e| crate::core::reason::io_in(s, &e))?;
    if meta.is_dir() {
        return Err(s.BAD_FOLDER.to_string());
    }
    // A pipe or a device could hang fitcheck or never end (issue 15).
    if !meta.is_file() {
        return Err(s.NOT_PLAIN_FILE.to_string());
    }
    if meta.len() > MAX_BYTES {
        return Err(s
            .BAD_TOO_LARGE
            .replace("{mb}", &(meta.len() / (1024 * 1024)).to_string()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| crate::core::reason::io_in(s, &e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(s
            .BAD_TOO_LARGE
            .replace("{mb}", &(bytes.len() / (1024 * 1024)).to_string()));
    }
    Ok(bytes)
}

/// `fitcheck import FILE`: adds the session under a new id; writes nothing if the file is bad.
pub fn import(ctx: &Context, file: &Path) -> Outcome {
    let s = ctx.bank.words();
    let bad = |reason: &str| {
        fail(
            Outcome::Usage,
            s.IMPORT_BAD
                .replace("{file}", &file.display().to_string())
                .replace("{reason}", reason),
        )
    };
    let bytes = match read_import(s, file) {
        Ok(b) => b,
        Err(reason) => return bad(&reason),
    };
    let session = match Session::from_json_in(s, &bytes) {
        Ok(s) => s,
        Err(reason) => {
            let is_answers = std::str::from_utf8(&bytes)
                .ok()
                .is_some_and(|t| crate::core::answers::Answers::parse(t, &ctx.bank).is_ok());
            return if is_answers {
                bad(&format!("{reason}. {}", s.IMPORT_ANSWERS_HINT))
            } else {
                bad(&reason)
            };
        }
    };
    // Answers to questions this bank does not have are kept (from another
    // version); answers that do not fit a question it has are refused.
    let problems: Vec<String> = session
        .answers
        .problems(&ctx.bank)
        .into_iter()
        .filter(|p| {
            let id = p.at.split_once('.').map_or(p.at.as_str(), |(_, id)| id);
            ctx.bank.question(id).is_some()
        })
        .map(|p| p.to_string())
        .collect();
    if !problems.is_empty() {
        return bad(&problems.join("; "));
    }
    // The same session imported before (or never exported away) is not
    // added again: two sessions alike, under one label, would be found by
    // neither name.
    let (here, _) = ctx.store.list();
    if let Some(same) = here.iter().find(|h| same_session(h, &session)) {
        println!(
            "{}",
            Shown::new(
                &s.IMPORT_ALREADY
                    .replace(
                        "{name}",
                        &same.label.as_deref().map_or_else(
                            || same.id.clone(),
                            |l| format!("\u{201c}{}\u{201d} ({})", clean(l, false), same.id)
                        )
                    )
                    .replace("{id}", &same.id)
            )
        );
        return Outcome::Done;
    }
    let namesake = session.label.as_deref().and_then(|l| {
        here.iter().find(|h| {
            h.label
                .as_deref()
                .is_some_and(|o| o.trim().to_lowercase() == l.trim().to_lowercase())
        })
    });
    let namesake = namesake.map(|h| (h.id.clone(), clean(h.name(), false)));
    let now = crate::clock::now_secs();
    let mut fresh = Session::new(&ctx.bank, now);
    fresh.label = session.label;
    // A `created` that is not a plain timestamp is replaced by now, so no
    // byte of it is ever shown (issue 15, finding 1).
    if is_plain_stamp(&session.created) {
        fresh.created = session.created;
    }
    fresh.answers = session.answers;
    fresh.checkins = session.checkins;
    fresh.asked = session.asked;
    fresh.extra = session.extra;
    fresh.refresh(&ctx.bank, now);
    match ctx.store.create(&mut fresh) {
        // Too large to read back once saved: refused like a bad file.
        Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => {
            bad(&crate::core::reason::io_in(s, &e))
        }
        Ok(path) => {
            println!(
                "{}",
                Shown::new(&crate::core::text::fill_with(
                    s.IMPORTED,
                    &[("id", &fresh.id), ("path", &path.display().to_string())]
                ))
            );
            if let Some((id, name)) = namesake {
                println!(
                    "{}",
                    Shown::new(
                        &s.IMPORT_SAME_LABEL
                            .replace("{id}", &id)
                            .replace("{new}", &fresh.id)
                            .replace("{name}", &name)
                    )
                );
            }
            Outcome::Done
        }
        Err(e) => fail(
            Outcome::Error,
            crate::core::text::fill_with(
                s.CANNOT_SAVE,
                &[
                    ("dir", &ctx.store.dir().display().to_string()),
                    ("error", &crate::core::reason::io_in(s, &e)),
                ],
            ),
        ),
    }
}

/// `fitcheck rename ID LABEL` (an empty label removes it).
pub fn rename(ctx: &Context, query: &str, label: &str) -> Outcome {
    let s = ctx.bank.words();
    let found = match find(ctx, query) {
        Ok(s) => s,
        Err(code) => return code,
    };
    // Not while another window has it open: its next save would undo this.
    let lock = match ctx.store.lock(&found.id) {
        Err(e) if crate::store::is_open_elsewhere(&e) => return fail(Outcome::Error, e),
        lock => lock.ok(),
    };
    // Read again under the lock, as it is now.
    let mut session = match lock.as_ref().map(|_| ctx.store.load(&found.id)) {
        Some(Ok(s)) => s,
        Some(Err(b)) => {
            return fail(
                Outcome::Error,
                crate::store::FindError::Unreadable(b).message(ctx.bank.words()),
            );
        }
        None => found,
    };
    let label = label.trim();
    session.label = (!label.is_empty()).then(|| label.to_string());
    session.refresh(&ctx.bank, crate::clock::now_secs());
    match ctx.store.save(&session) {
        Ok(_) => {
            println!(
                "{}",
                Shown::new(&crate::core::text::fill_with(
                    s.RENAMED,
                    &[
                        ("id", &session.id),
                        ("label", &clean(session.name(), false))
                    ]
                ))
            );
            Outcome::Done
        }
        Err(e) => fail(
            Outcome::Error,
            crate::core::text::fill_with(
                s.CANNOT_SAVE,
                &[
                    ("dir", &ctx.store.dir().display().to_string()),
                    ("error", &crate::core::reason::io_in(s, &e)),
                ],
            ),
        ),
    }
}

/// Asks for "yes" on the terminal, as the question says: "yes" in any case
/// deletes, anything else (even "y") keeps. False when there is no terminal.
fn confirm(s: &Words, question: &str) -> bool {
    if !std::io::stdin().is_terminal() {
        return false;
    }
    eprint!("{} {} ", Shown::new(question), s.CONFIRM_TYPE_YES);
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    let answer = line.trim().to_lowercase();
    // In Spanish, "sí" (accent optional) as the question says; "yes" always.
    answer == "yes" || (s.lang != Lang::En && ["sí", "si"].contains(&answer.as_str()))
}

/// `fitcheck delete ID|--all [--yes]`.
pub fn delete(ctx: &Context, query: Option<&str>, all: bool, yes: bool) -> Outcome {
    let s = ctx.bank.words();
    let dir = ctx.store.dir().display().to_string();
    let (what, target) = if all {
        let listing = match ctx.store.entries() {
            Ok(l) => l,
            Err(e) => {
                return fail(
                    Outcome::Error,
                    crate::core::text::fill_with(
                        s.CANNOT_READ_FOLDER,
                        &[("dir", &dir), ("error", &crate::core::reason::io_in(s, &e))],
                    ),
                );
            }
        };
        if listing.sessions.is_empty() {
            eprintln!("{}", s.DELETE_NOTHING);
            for b in &listing.bad {
                eprintln!(
                    "fitcheck: {}",
                    Shown::new(&s.LIST_SKIPPED.replace("{bad}", &b.to_string()))
                );
            }
            return Outcome::Done;
        }
        // Refused before asking, and again (under the locks) when deleting.
        if let Err(e) = ctx
            .store
            .lock_all(listing.sessions.iter().map(|e| e.id.as_str()))
            && crate::store::is_open_elsewhere(&e)
        {
            return fail(Outcome::Error, e);
        }
        let n = listing.sessions.len();
        let what = if n == 1 {
            s.DELETE_ALL_ONE.to_string()
        } else {
            s.DELETE_ALL_N.replace("{n}", &n.to_string())
        };
        (what.replace("{dir}", &dir), None)
    } else {
        match find(ctx, query.unwrap_or_default()) {
            Ok(session) if ctx.store.is_open_elsewhere(&session.id) => {
                return fail(Outcome::Error, s.DELETE_OPEN.replace("{id}", &session.id));
            }
            Ok(session) => (
                crate::core::text::fill_with(
                    s.DELETE_ONE,
                    &[("name", &clean(session.name(), false)), ("id", &session.id)],
                ),
                Some(session),
            ),
            Err(code) => return code,
        }
    };
    if !yes {
        if !std::io::stdin().is_terminal() {
            return fail(Outcome::Usage, s.DELETE_NEEDS_YES.replace("{what}", &what));
        }
        if !confirm(s, &s.DELETE_CONFIRM.replace("{what}", &what)) {
            eprintln!("{}", s.DELETE_CANCELLED);
            return Outcome::Error;
        }
    }
    match target {
        Some(session) => {
            if let Err(e) = ctx.store.delete(&session.id) {
                if crate::store::is_open_elsewhere(&e) {
                    return fail(Outcome::Error, s.DELETE_OPEN.replace("{id}", &session.id));
                }
                return fail(
                    Outcome::Error,
                    crate::core::text::fill_with(
                        s.CMD_CANNOT_DELETE,
                        &[
                            ("id", &session.id),
                            ("reason", &crate::core::reason::io_in(s, &e)),
                        ],
                    ),
                );
            }
            println!("{}", Shown::new(&s.DELETED.replace("{what}", &what)));
        }
        None => match ctx.store.delete_all() {
            Ok((n, bad)) => {
                println!(
                    "{}",
                    Shown::new(
                        &crate::core::words::plural(n, s.DELETED_ALL_ONE, s.DELETED_ALL)
                            .replace("{n}", &n.to_string())
                            .replace("{dir}", &dir)
                    )
                );
                if !bad.is_empty() {
                    eprintln!("{}", s.DELETE_LEFT);
                    for b in &bad {
                        eprintln!("  {}", Shown::new(&b.to_string()));
                    }
                }
            }
            Err(e) if crate::store::is_open_elsewhere(&e) => return fail(Outcome::Error, e),
            Err(e) => {
                return fail(
                    Outcome::Error,
                    crate::core::text::fill_with(
                        s.CMD_CANNOT_DELETE_IN,
                        &[
                            ("dir", &dir),
                            ("reason", &crate::core::reason::io_in(s, &e)),
                        ],
                    ),
                );
            }
        },
    }
    Outcome::Done
}

/// `fitcheck` and `fitcheck resume`: the interview, in the wizard or line by line.
pub fn start(
    ctx: &Context,
    plain: Option<bool>,
    answers: Option<&Path>,
    resume: Option<Option<String>>,
) -> Outcome {
    let s = ctx.bank.words();
    let now = crate::clock::now_secs();
    let session = match (&resume, answers) {
        (Some(_), Some(_)) => {
            return fail(Outcome::Usage, s.CMD_ANSWERS_NOT_RESUME);
        }
        (Some(Some(q)), None) => match find(ctx, q) {
            Ok(s) => Some(s),
            Err(code) => return code,
        },
        (Some(None), None) => match ctx.store.latest_unfinished() {
            Some(s) => Some(s),
            None => {
                let any = ctx.store.entries().is_ok_and(|l| !l.sessions.is_empty());
                return fail(
                    Outcome::Error,
                    if any { s.ALL_FINISHED } else { s.NO_SESSIONS },
                );
            }
        },
        (None, Some(path)) => match read_answers(&ctx.bank, path) {
            Ok(a) => {
                let mut s = Session::new(&ctx.bank, now);
                s.answers = a;
                Some(s)
            }
            Err(code) => return code,
        },
        (None, None) => None,
    };
    // Without a language asked for, the session's own: the one resumed,
    // or the newest, which the welcome screen offers.
    let newest = match (&session, answers) {
        (None, None) => ctx.store.latest(),
        _ => None,
    };
    let switched = session
        .as_ref()
        .or(newest.as_ref())
        .and_then(|found| in_session_lang(ctx, found));
    let ctx = switched.as_ref().unwrap_or(ctx);
    let s = ctx.bank.words();
    // A session open in another window is refused before the wizard takes
    // the screen; the front ends refuse it too, when they open it.
    if let Some(open) = &session
        && ctx.store.is_open_elsewhere(&open.id)
    {
        return fail(Outcome::Error, s.OPEN_ELSEWHERE.replace("{id}", &open.id));
    }
    print_notices(&ctx.store);
    if wants_plain(plain) {
        crate::plain::run(ctx, session)
    } else {
        crate::tui::run(ctx, session)
    }
}

/// Whether `a` is `b` as it was exported: the same start, answers,
/// check-ins and questions asked (the id differs after an import, and the
/// label may have been changed since).
fn same_session(a: &Session, b: &Session) -> bool {
    a.created == b.created
        && a.answers == b.answers
        && a.checkins == b.checkins
        && a.asked == b.asked
}

/// Whether `stamp` looks like "2026-11-24T09:30:00Z": a real date, then only
/// printable ASCII, at most 40 bytes.
fn is_plain_stamp(stamp: &str) -> bool {
    stamp.len() <= 40
        && stamp.bytes().all(|b| b.is_ascii_graphic())
        && crate::clock::parse_date(stamp).is_some()
        && crate::core::text::day(stamp) != "?"
}
