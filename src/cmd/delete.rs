//! `fitcheck delete`: one session or all of them, after a yes.

use std::io::{BufRead, IsTerminal, Write};

use super::find;
use crate::core::lang::Lang;
use crate::core::text::{Shown, clean};
use crate::core::words::Words;
use crate::outcome::{Context, Outcome, fail};

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
