//! `fitcheck rename ID LABEL`.

use super::find;
use crate::core::text::{Shown, clean};
use crate::outcome::{Context, Outcome, fail};

/// `fitcheck rename ID LABEL` (an empty label removes it).
pub fn rename(ctx: &Context, query: &str, label: &str) -> Outcome {
    let s = ctx.bank.words();
    let found = match find(ctx, query) {
        Ok(s) => s,
        Err(code) => return code,
    };
    // Not while another window has it open: its next save would undo this.
    let lock = match ctx.store.lock(&found.id) {
        Err(e) if crate::store::is_open_elsewhere(&e) => return fail(Outcome::Error, e),
        lock => lock.ok(),
    };
    // Read again under the lock, as it is now.
    let mut session = match lock.as_ref().map(|_| ctx.store.load(&found.id)) {
        Some(Ok(s)) => s,
        Some(Err(b)) => {
            return fail(
                Outcome::Error,
                crate::store::FindError::Unreadable(b).message(ctx.bank.words()),
            );
        }
        None => found,
    };
    let label = label.trim();
    session.label = (!label.is_empty()).then(|| label.to_string());
    session.refresh(&ctx.bank, crate::clock::now_secs());
    match ctx.store.save(&session) {
        Ok(_) => {
            println!(
                "{}",
                Shown::new(&crate::core::text::fill_with(
                    s.RENAMED,
                    &[
                        ("id", &session.id),
                        ("label", &clean(session.name(), false))
                    ]
                ))
            );
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
