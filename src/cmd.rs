//! The subcommands other than the interview itself: each reads the bank and
//! the store from the [`Context`] and returns the exit status.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{Context, EXIT_ERROR, EXIT_USAGE, Format, fail, load_bank, read_answers};
use crate::interview::Interview;
use crate::report;
use crate::session::Session;
use crate::store::Store;
use crate::summary::Summary;
use crate::text::{clean, pad, truncate};

/// `fitcheck check-questions [DIR]`.
pub fn check_questions(dir: Option<&Path>) -> ExitCode {
    match load_bank(dir) {
        Ok(bank) => {
            let origin = dir.map_or_else(
                || "the built-in questions".to_string(),
                |d| d.display().to_string(),
            );
            println!("OK: {origin}: {}", bank.counts());
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

/// `fitcheck roles [TITLE]`.
pub fn roles(ctx: &Context, title: Option<String>) -> ExitCode {
    match crate::glossary::run(&ctx.bank, title.as_deref()) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => fail(EXIT_ERROR, message),
    }
}

/// Finds a session for a command, or explains why not.
fn find(ctx: &Context, query: &str) -> Result<Session, ExitCode> {
    ctx.store.find(query).map_err(|e| fail(EXIT_ERROR, e))
}

/// `fitcheck summary`.
pub fn summary(
    ctx: &Context,
    session: Option<&str>,
    answers: Option<&Path>,
    format: Format,
    output: Option<&Path>,
) -> ExitCode {
    let bank = &ctx.bank;
    let summary = if let Some(path) = answers {
        match read_answers(bank, path) {
            Ok(a) => Summary::from_answers(bank, &a),
            Err(code) => return code,
        }
    } else {
        let found = match session {
            Some(q) => find(ctx, q),
            None => ctx
                .store
                .list()
                .0
                .into_iter()
                .next()
                .ok_or_else(|| fail(EXIT_ERROR, crate::store::FindError::NoSessions)),
        };
        match found {
            Ok(s) => Summary::of(bank, &Interview::new(s.answers)),
            Err(code) => return code,
        }
    };
    let date = crate::clock::today();
    let text = match format {
        Format::Text => report::text(bank, &summary, &date),
        Format::Markdown => report::markdown(bank, &summary, &date),
        Format::Json => summary.to_json() + "\n",
    };
    write_out(output, &text)
}

/// Writes `text` to `output`, or to standard output.
fn write_out(output: Option<&Path>, text: &str) -> ExitCode {
    match output {
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => {
                eprintln!("Saved the summary to {}", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => fail(EXIT_ERROR, format!("cannot write {}: {e}", path.display())),
        },
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                // A closed pipe (`fitcheck summary | head`) is not an error worth a message.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => fail(EXIT_ERROR, e),
            }
        }
    }
}

/// `fitcheck list`.
pub fn list(ctx: &Context) -> ExitCode {
    let (sessions, bad) = ctx.store.list();
    for b in &bad {
        eprintln!("fitcheck: skipped {b} (the file was left as it is)");
    }
    if sessions.is_empty() {
        eprintln!("No saved sessions in {}.", ctx.store.dir().display());
        return ExitCode::SUCCESS;
    }
    let mut out = String::new();
    out.push_str(&format!(
        "{} {} {} {} {}\n",
        pad("ID", 20),
        pad("LABEL", 22),
        pad("UPDATED", 10),
        pad("PROGRESS", 9),
        "VERDICTS"
    ));
    for s in &sessions {
        let d = &s.digest;
        let progress = if d.finished {
            "finished".to_string()
        } else {
            format!("{}/{}", d.answered, d.applicable)
        };
        let verdicts: Vec<String> = d
            .verdicts
            .iter()
            .map(|v| {
                format!(
                    "{}: {}",
                    clean(&v.label, false),
                    v.verdict.replace('_', " ")
                )
            })
            .collect();
        out.push_str(&format!(
            "{} {} {} {} {}\n",
            pad(&s.id, 20),
            pad(
                &truncate(&clean(s.label.as_deref().unwrap_or("-"), false), 22),
                22
            ),
            pad(s.updated.get(..10).unwrap_or(&s.updated), 10),
            pad(&progress, 9),
            verdicts.join("; ")
        ));
    }
    write_out(None, &out)
}

/// `fitcheck export ID`.
pub fn export(ctx: &Context, query: &str) -> ExitCode {
    match find(ctx, query) {
        Ok(s) => write_out(
            None,
            &(serde_json::to_string_pretty(&s).expect("serializes") + "\n"),
        ),
        Err(code) => code,
    }
}

/// `fitcheck import FILE`: adds the session under a new id; writes nothing if the file is bad.
pub fn import(ctx: &Context, file: &Path) -> ExitCode {
    let session = match Store::load_path(file) {
        Ok(s) => s,
        Err(reason) => {
            return fail(
                EXIT_USAGE,
                format!("cannot import {}: {reason}", file.display()),
            );
        }
    };
    let problems: Vec<String> = session
        .answers
        .problems(&ctx.bank)
        .into_iter()
        .filter(|p| !p.message.starts_with("there is no question"))
        .map(|p| p.to_string())
        .collect();
    if !problems.is_empty() {
        return fail(
            EXIT_USAGE,
            format!("cannot import {}: {}", file.display(), problems.join("; ")),
        );
    }
    let now = crate::clock::now_secs();
    let mut fresh = Session::new(&ctx.bank, now);
    fresh.label = session.label;
    fresh.created = session.created;
    fresh.answers = session.answers;
    fresh.checkins = session.checkins;
    fresh.asked = session.asked;
    fresh.refresh(&ctx.bank, now);
    match ctx.store.save(&fresh) {
        Ok(path) => {
            println!("Imported as {} ({})", fresh.id, path.display());
            ExitCode::SUCCESS
        }
        Err(e) => fail(
            EXIT_ERROR,
            format!("cannot save in {}: {e}", ctx.store.dir().display()),
        ),
    }
}

/// `fitcheck rename ID LABEL`.
pub fn rename(ctx: &Context, query: &str, label: &str) -> ExitCode {
    let mut s = match find(ctx, query) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let label = clean(label, false).trim().to_string();
    s.label = (!label.is_empty()).then_some(label);
    s.refresh(&ctx.bank, crate::clock::now_secs());
    match ctx.store.save(&s) {
        Ok(_) => {
            println!("Renamed {} to \"{}\"", s.id, s.name());
            ExitCode::SUCCESS
        }
        Err(e) => fail(EXIT_ERROR, format!("cannot save: {e}")),
    }
}

/// Asks "yes/no" on the terminal; false when there is no terminal to ask on.
fn confirm(question: &str) -> bool {
    if !std::io::stdin().is_terminal() {
        return false;
    }
    eprint!("{question} Type yes to confirm: ");
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    line.trim().eq_ignore_ascii_case("yes")
}

/// `fitcheck delete ID|--all [--yes]`.
pub fn delete(ctx: &Context, query: Option<&str>, all: bool, yes: bool) -> ExitCode {
    let targets: Vec<Session> = if all {
        ctx.store.list().0
    } else {
        match find(ctx, query.unwrap_or_default()) {
            Ok(s) => vec![s],
            Err(code) => return code,
        }
    };
    if targets.is_empty() {
        eprintln!("There are no saved sessions to delete.");
        return ExitCode::SUCCESS;
    }
    let what = if all {
        format!("all {} saved sessions", targets.len())
    } else {
        format!("the session \"{}\"", clean(targets[0].name(), false))
    };
    if !yes {
        if !std::io::stdin().is_terminal() {
            return fail(
                EXIT_USAGE,
                format!("to delete {what} without a terminal to confirm on, add --yes"),
            );
        }
        if !confirm(&format!("Delete {what}? This cannot be undone.")) {
            eprintln!("Nothing was deleted.");
            return ExitCode::from(EXIT_ERROR);
        }
    }
    for s in &targets {
        if let Err(e) = ctx.store.delete(&s.id) {
            return fail(EXIT_ERROR, format!("cannot delete {}: {e}", s.id));
        }
    }
    println!("Deleted {what}.");
    ExitCode::SUCCESS
}

/// `fitcheck` and `fitcheck resume`: the interview, in the wizard or line by line.
pub fn start(
    ctx: &Context,
    plain: bool,
    answers: Option<&Path>,
    resume: Option<Option<String>>,
) -> ExitCode {
    let now = crate::clock::now_secs();
    let session = match (&resume, answers) {
        (Some(_), Some(_)) => {
            return fail(
                EXIT_USAGE,
                "--answers starts a new session; it cannot be used with resume",
            );
        }
        (Some(Some(q)), None) => match find(ctx, q) {
            Ok(s) => Some(s),
            Err(code) => return code,
        },
        (Some(None), None) => match ctx.store.latest_unfinished() {
            Some(s) => Some(s),
            None => {
                return fail(
                    EXIT_ERROR,
                    "there is no unfinished session to resume (see `fitcheck list`)",
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
    if crate::cli::wants_plain(plain) {
        crate::plain::run(ctx, session)
    } else {
        crate::tui::run(ctx, session)
    }
}
