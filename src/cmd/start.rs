//! `fitcheck` and `fitcheck resume`: starting the interview.

use std::io::IsTerminal;
use std::path::Path;

use super::{find, in_session_lang, print_notices, read_answers};
use crate::core::session::Session;
use crate::outcome::{Context, Outcome, fail};

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
