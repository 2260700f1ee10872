//! The subcommands other than the interview itself: each reads the bank and
//! the store from the [`Context`] and returns an [`Outcome`].

mod delete;
mod list;
mod questions;
mod read;
mod rename;
mod start;
mod summary;
mod transfer;

use std::io::Write;
use std::path::Path;

use clap::ValueEnum;

pub use delete::delete;
pub use list::list;
pub use questions::{check_questions, roles};
pub use read::{load_bank, read_answers};
pub use rename::rename;
pub use start::{start, wants_plain};
pub use summary::summary;
pub use transfer::{export, import};

use crate::core::bank::Bank;
use crate::core::session::Session;
use crate::core::text::Shown;
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

/// Shows the store's notices (permissions tightened) on stderr.
pub fn print_notices(store: &Store) {
    for n in store.take_notices() {
        eprintln!("fitcheck: {}", crate::core::text::Shown::new(&n));
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
