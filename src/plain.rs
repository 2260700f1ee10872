//! Plain mode: the interview line by line, for screen readers, pipes and scripts.

use std::process::ExitCode;

use crate::cli::{Context, EXIT_ERROR, fail};
use crate::session::Session;

/// Runs the interview line by line. `session` is a resumed or preseeded one; None starts anew.
pub fn run(_ctx: &Context, _session: Option<Session>) -> ExitCode {
    fail(EXIT_ERROR, "plain mode is not built yet")
}
