//! `fitcheck list`: the saved sessions, newest first.

use super::{ListFormat, write_out};
use crate::core::report;
use crate::core::text::{Shown, clean, indented, pad, truncate};
use crate::outcome::{Context, Outcome, fail};

/// Width of the id column of `fitcheck list`.
const ID_COLS: usize = 8;

/// Width of the label column of `fitcheck list`.
const LABEL_COLS: usize = 26;

/// `fitcheck list`: one line per session, newest first, and the verdicts
/// below it. Unreadable files are named on stderr; the exit status stays 0.
pub fn list(ctx: &Context, format: ListFormat) -> Outcome {
    let s = ctx.bank.words();
    let listing = match ctx.store.entries() {
        Ok(l) => l,
        Err(e) => {
            return fail(
                Outcome::Error,
                crate::core::text::fill_with(
                    s.CANNOT_READ_FOLDER,
                    &[
                        ("dir", &ctx.store.dir().display().to_string()),
                        ("error", &crate::core::reason::io_in(s, &e)),
                    ],
                ),
            );
        }
    };
    for b in &listing.bad {
        eprintln!(
            "fitcheck: {}",
            Shown::new(&s.LIST_SKIPPED.replace("{bad}", &b.to_string()))
        );
    }
    if format == ListFormat::Json {
        let rows: Vec<serde_json::Value> = listing
            .sessions
            .iter()
            .map(|e| {
                serde_json::json!({
                    "id": e.id,
                    "label": e.label,
                    "created": e.created,
                    "updated": e.updated,
                    "bank_version": e.bank_version,
                    "checkins": e.checkins,
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into());
        return write_out(s, None, &Shown::json(&(text + "\n")));
    }
    if listing.sessions.is_empty() {
        eprintln!(
            "{}",
            Shown::new(
                &s.LIST_EMPTY
                    .replace("{dir}", &ctx.store.dir().display().to_string())
            )
        );
        return Outcome::Done;
    }
    let id_cols = listing
        .sessions
        .iter()
        .map(|e| e.id.len())
        .max()
        .unwrap_or(0)
        .max(ID_COLS);
    let verdict_label = |v: &str| -> String {
        let t = &ctx.bank.meta.verdicts;
        match v {
            "good_fit" => t.good_fit.label.clone(),
            "partial_fit" => t.partial_fit.label.clone(),
            "poor_fit" => t.poor_fit.label.clone(),
            "unknown" => t.unknown.label.clone(),
            // A verdict this version does not know, from a file: shown, never as controls.
            other => clean(other, false).replace('_', " "),
        }
    };
    let mut out = String::with_capacity(listing.sessions.len() * 100);
    out.push_str(&format!(
        "{}  {}  {}  {}  {}\n",
        pad(s.LIST_ID, id_cols),
        pad(s.LIST_LABEL, LABEL_COLS),
        pad(s.LIST_CREATED, 10),
        pad(s.LIST_UPDATED, 10),
        s.LIST_PROGRESS
    ));
    let indent = " ".repeat(id_cols + 2);
    for e in &listing.sessions {
        let d = &e.digest;
        let progress = if d.finished {
            s.LIST_FINISHED.to_string()
        } else {
            format!("{}/{}", d.answered, d.applicable)
        };
        let label = clean(e.label.as_deref().unwrap_or("-"), false);
        out.push_str(&format!(
            "{}  {}  {}  {}  {}\n",
            pad(&e.id, id_cols),
            pad(&truncate(&label, LABEL_COLS), LABEL_COLS),
            pad(&crate::clock::local_day(&e.created), 10),
            pad(&crate::clock::local_day(&e.updated), 10),
            progress
        ));
        if !d.verdicts.is_empty() {
            let verdicts: Vec<String> = d
                .verdicts
                .iter()
                .map(|v| {
                    let who = crate::core::text::capitalized(&clean(&v.label, false));
                    let words = if v.words.is_empty() {
                        verdict_label(&v.verdict)
                    } else {
                        clean(&v.words, false)
                    };
                    format!("{who}: {words}")
                })
                .collect();
            out.push_str(&indented(&verdicts.join("; "), &indent, report::WIDTH));
        }
    }
    write_out(s, None, &Shown::new(&out))
}
