//! The printed summary: a [`Summary`] as plain text (80 columns, no escape
//! codes) or as Markdown for sharing by email. The JSON form is
//! [`Summary::to_json`].

mod history;
mod markdown;
mod plain;

use std::fmt::Write;

use crate::core::bank::Bank;
use crate::core::summary::Summary;
use crate::core::text::{self, clean};
use crate::core::words::Words;

pub use history::{HistoryWords, history_words, older_label};
pub use markdown::markdown;
pub use plain::text;

/// Columns of the printed text summary.
pub const WIDTH: usize = 80;

/// `s` wrapped to `cols` columns after `indent`, cleaned of control
/// characters: explanations can quote what the parent typed (a provider's
/// name), which must never reach the terminal raw.
fn para(s: &str, indent: &str, cols: usize) -> String {
    text::indented(&clean(s, true), indent, cols)
}

/// `s` cleaned and wrapped with a hanging indent (see [`para`]).
fn hang(s: &str, first: &str, rest: &str, cols: usize) -> String {
    text::hanging(&clean(s, true), first, rest, cols)
}

fn coverage_label(bank: &Bank, c: crate::core::bank::Coverage) -> &str {
    &bank.coverage_text(c).label
}

fn role_name(p: &crate::core::score::ProviderFit) -> String {
    p.role_title.clone()
}

/// The lines under a provider's verdict that every front end shows: their
/// supervised status, and what their role does well (for this child's needs
/// when it covers some, otherwise in general), so a verdict never lists
/// only gaps.
pub fn provider_notes(bank: &Bank, p: &crate::core::score::ProviderFit) -> Vec<String> {
    let s = bank.words();
    let mut out = Vec::new();
    if p.supervised {
        out.push(s.SUPERVISED_LINE.to_string());
    }
    let role = bank.role(&p.role).filter(|r| !r.unknown);
    if !p.strengths.is_empty() {
        let names: Vec<String> = p.strengths.iter().map(|n| text::mid_sentence(n)).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        out.push(
            s.STRENGTHS_HERE
                .replace("{needs}", &crate::core::score::list(s, &names)),
        );
    } else if let Some(r) = role
        && !r.does_well.is_empty()
    {
        let names: Vec<String> = r
            .does_well
            .iter()
            .take(3)
            .map(|n| text::mid_sentence(n))
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        out.push(
            text::articles_for(s.STRENGTHS_ROLE, "role", &r.short)
                .replace("{role}", &r.short)
                .replace("{things}", &crate::core::score::list(s, &names)),
        );
    }
    out
}

/// The width of the widest need-level label.
fn level_width(bank: &Bank) -> usize {
    use unicode_width::UnicodeWidthStr;
    bank.meta
        .levels
        .iter()
        .map(|l| l.label.width())
        .max()
        .unwrap_or(0)
}

/// "The title could mean: QMHA, QMHP and LCSW." for a title that fits
/// several roles; nothing for a matched title or one that fits none (every
/// role would be listed).
pub fn candidates_line(bank: &Bank, p: &crate::core::score::ProviderFit) -> Option<String> {
    let s = bank.words();
    if p.candidates.len() < 2 || p.no_fit_reason == Some(crate::core::score::NoFit::TitleUnknown) {
        return None;
    }
    let names: Vec<&str> = p
        .candidates
        .iter()
        .filter_map(|c| bank.role(c).map(|r| r.short.as_str()))
        .collect();
    Some(
        s.CANDIDATES
            .replace("{roles}", &crate::core::score::list(s, &names)),
    )
}

/// The disclaimer at the start and the end of a summary: what fitcheck is
/// not, and a warning when the content is past its review date on `today`.
fn honesty(s: &'static Words, sum: &Summary, today: &str) -> String {
    let mut parts = vec![sum.not_advice.clone()];
    parts.extend(sum.limits.iter().cloned());
    if sum.bank.review_overdue(today) {
        parts.push(s.REVIEW_OVERDUE.replace("{review_by}", &sum.bank.review_by));
    }
    parts.join(" ")
}

fn crisis_text(bank: &Bank, sum: &Summary, out: &mut String) {
    let heading = sum.crisis_heading(bank);
    let _ = writeln!(out, "{heading}");
    let _ = writeln!(out, "{}", "-".repeat(text::width(heading)));
    for l in &sum.crisis_lines {
        out.push_str(&hang(l, "  * ", "    ", WIDTH));
    }
    out.push('\n');
}

/// Source ids ("seed, nami") as their titles.
/// The titles of the sources a line cites (their ids, as the summary keeps them).
pub fn source_titles(bank: &Bank, ids: &str) -> String {
    ids.split(", ")
        .map(|id| bank.source(id).map_or(id, |s| s.title.as_str()))
        .collect::<Vec<_>>()
        .join("; ")
}
