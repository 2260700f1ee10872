//! Plain mode: the interview line by line, for screen readers, pipes and
//! scripts. One prompt a line, numbered options, no colour, no cursor
//! movement. Prompts go to stderr and the summary to stdout.
//!
//! The same interview ([`crate::core::interview`]) and the same saved sessions
//! ([`crate::store::autosave`]) as the wizard, so a session started here can be
//! finished there and the other way round. [`dialog`] holds the
//! conversation, [`prompt`] what it says, [`reply`] how it reads what was
//! typed, and [`script`] turns an answers file into lines to type.

pub mod dialog;
pub mod prompt;
pub mod reply;
pub mod script;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::OnceLock;

use crate::core::session::Session;
use crate::core::words::Words;
use crate::outcome::{Context, Outcome};
use crate::store::autosave::Autosave;
use dialog::{Console, Dialog};

/// The session file and id, for the message printed on a signal.
static SESSION: OnceLock<(PathBuf, String)> = OnceLock::new();
/// The words of the bank's language, for that message.
static WORDS: OnceLock<&'static Words> = OnceLock::new();

/// Runs on SIGINT, SIGTERM or SIGHUP, after any save in progress has ended:
/// says where the answers are (every answer is saved as it is given).
fn on_signal() {
    let s = WORDS.get().copied().unwrap_or(&crate::core::words::EN);
    eprintln!();
    eprintln!("{}", s.PLAIN_INTERRUPTED);
    if crate::store::runner::save_failing() {
        eprintln!("{}", s.PLAIN_NOT_SAVED_SIGNAL);
        return;
    }
    match SESSION.get() {
        Some((path, id)) if path.exists() => {
            eprintln!(
                "{}",
                crate::core::text::Shown::new(
                    &s.PLAIN_SAVED_AT
                        .replace("{path}", &path.display().to_string())
                )
            );
            eprintln!("{}", s.PLAIN_RESUME_WITH.replace("{id}", id));
        }
        _ => eprintln!("{}", s.PLAIN_NOTHING_SAVED),
    }
}

/// The width of the terminal in columns, when it can be known.
pub fn terminal_width() -> Option<usize> {
    ratatui::crossterm::terminal::size()
        .ok()
        .map(|(cols, _)| usize::from(cols))
        .filter(|&c| c >= 20)
}

/// Runs the interview line by line. `session` is a resumed or preseeded one; None starts anew.
pub fn run(ctx: &Context, session: Option<Session>) -> Outcome {
    let session = session.unwrap_or_else(|| Session::new(&ctx.bank, crate::clock::now_secs()));
    let _ = SESSION.set((ctx.store.path(&session.id), session.id.clone()));
    let _ = WORDS.set(ctx.bank.words());
    if let Err(e) = crate::signals::install(on_signal) {
        let s = ctx.bank.words();
        eprintln!(
            "{}",
            crate::core::text::fill_with(s.PLAIN_NO_CTRL_C, &[("error", &e)])
        );
    }
    let console = Console {
        echo: !std::io::stdin().is_terminal(),
        err_is_terminal: std::io::stderr().is_terminal(),
        out_is_terminal: std::io::stdout().is_terminal(),
    };
    // Open in another window: exit 1 before asking anything (issue 15, finding 3).
    let save = match Autosave::new(ctx.store.clone(), session) {
        Ok(a) => a,
        Err(e) => return crate::outcome::fail(Outcome::Error, e),
    };
    let end = Dialog::new(
        &ctx.bank,
        save,
        std::io::stdin().lock(),
        // Not locked: the signal thread writes to stderr too.
        std::io::stderr(),
        std::io::stdout(),
        console,
    )
    .run();
    end.outcome()
}
