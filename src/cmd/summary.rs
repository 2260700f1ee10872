//! `fitcheck summary`: a session's summary in any format.

use std::path::Path;

use super::{Format, find, in_session_lang, read_answers, write_out};
use crate::core::report;
use crate::core::summary::Summary;
use crate::core::text::Shown;
use crate::outcome::{Context, Outcome, fail};

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
