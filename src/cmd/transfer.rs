//! `export` and `import`: moving a session between computers.

use std::io::IsTerminal;
use std::path::Path;

use super::read::read_import;
use super::{find, write_out};
use crate::core::session::Session;
use crate::core::text::{Shown, clean};
use crate::outcome::{Context, Outcome, fail};

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
        Err(reason) => return bad(&reason.to_string()),
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
                bad(&reason.to_string())
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
