//! The wizard: the interview in a full-screen terminal (ratatui).

use std::process::ExitCode;

use crate::cli::{Context, EXIT_ERROR, fail};
use crate::session::Session;

/// Runs the wizard. `session` is a resumed or preseeded one; None lets the parent choose.
pub fn run(_ctx: &Context, _session: Option<Session>) -> ExitCode {
    fail(EXIT_ERROR, "the wizard is not built yet; use --plain")
}
