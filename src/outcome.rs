//! What the front ends share with the command line, without depending on
//! it: the [`Context`] a command runs in, and the [`Outcome`] it ends with.
//! Commands and front ends return an outcome; `main` alone turns it into
//! the process's exit status.

use std::path::PathBuf;
use std::sync::Arc;

use crate::core::bank::Bank;
use crate::store::Store;

/// Everything a command needs, set up once by the command line.
pub struct Context {
    pub bank: Arc<Bank>,
    pub store: Store,
    /// The `--questions` folder, None for the built-in questions: where
    /// the bank is loaded again in another language.
    pub questions: Option<PathBuf>,
    /// The language was asked for (`--lang`, `FITCHECK_LANG`): it wins
    /// over the one a session was last used in.
    pub lang_asked: bool,
}

/// How a command or an interview ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The command did its work, or the interview is finished (status 0).
    Done,
    /// An error, already reported; or an interview left unfinished: the
    /// input ended, or the parent quit (status 1).
    Error,
    /// Bad usage, or a bad input file (status 2).
    Usage,
    /// Interrupted by Ctrl-C, after saving (status 130).
    Interrupted,
}

/// Prints an error for the parent on stderr and returns `outcome`.
pub fn fail(outcome: Outcome, message: impl std::fmt::Display) -> Outcome {
    eprintln!(
        "fitcheck: {}",
        crate::core::text::Shown::new(&message.to_string())
    );
    outcome
}
