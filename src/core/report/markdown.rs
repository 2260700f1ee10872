//! The summary as Markdown, for email or notes.

use std::fmt::Write;

use super::history::history_markdown;
use super::{coverage_label, honesty, provider_notes, role_name};
use crate::core::bank::Bank;
use crate::core::summary::Summary;
use crate::core::text::{self, clean};

/// Escapes characters that Markdown would read as formatting.
pub(super) fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in clean(s, false).chars() {
        if matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// The summary as Markdown.
pub fn markdown(bank: &Bank, sum: &Summary, date: &str) -> String {
    let s = bank.words();
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", s.SUMMARY_TITLE);
    let _ = writeln!(out, "{}\n", s.PRINTED_ON.replace("{date}", date));
    if !sum.complete {
        let _ = writeln!(out, "{}\n", s.UNFINISHED);
    }
    let crisis = |out: &mut String| {
        let _ = writeln!(out, "## {}\n", sum.crisis_heading(bank));
        for l in &sum.crisis_lines {
            let _ = writeln!(out, "- {}", md(l));
        }
        out.push('\n');
    };
    if sum.crisis {
        crisis(&mut out);
    }
    let _ = writeln!(out, "{}\n", md(&honesty(s, sum, date)));
    let _ = writeln!(out, "## {}\n", s.NEEDS_HEADING);
    if sum.needs.is_empty() {
        let _ = writeln!(out, "{}", s.NO_NEEDS);
    }
    for n in &sum.needs {
        let _ = writeln!(
            out,
            "- **{}**: {}",
            md(&n.shown_name(s)),
            md(&n.level_label)
        );
    }
    out.push('\n');
    for p in &sum.providers {
        let _ = writeln!(
            out,
            "## {}\n",
            md(&text::fill(
                s.PROVIDER_HEADING,
                &[
                    ("label", &text::capitalized(&p.label)),
                    ("role", &role_name(p))
                ]
            ))
        );
        if let Some(t) = &p.title {
            let _ = writeln!(out, "{}\n", md(&s.TITLE_TYPED.replace("{title}", t)));
        }
        let fit = match p.fit {
            Some(f) => s.FIT_LINE.replace("{fit}", &f.to_string()),
            None => s.FIT_UNKNOWN.to_string(),
        }
        .replace("{verdict}", &p.verdict_label);
        let _ = writeln!(out, "**{}** {}\n", md(&fit), md(&p.verdict_text));
        for l in provider_notes(bank, p) {
            let _ = writeln!(out, "{}\n", md(&l));
        }
        if !p.needs.is_empty() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | |",
                s.COL_NEED, s.COL_URGENCY, s.COL_COVERAGE
            );
            let _ = writeln!(out, "|---|---|---|---|");
            for l in &p.needs {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} |",
                    md(&l.need_name),
                    md(&l.level_label),
                    md(coverage_label(bank, l.coverage)),
                    md(&l.reason)
                );
            }
            out.push('\n');
        }
        if !p.expectation_mismatches.is_empty() {
            let _ = writeln!(out, "**{}**\n", s.MISMATCH_HEADING);
            for m in &p.expectation_mismatches {
                let _ = writeln!(out, "- {}: {}", md(&m.text), md(&m.reason));
            }
            out.push('\n');
        }
    }
    if !sum.team.unmet.is_empty() || sum.team.safety_gap.is_some() {
        let _ = writeln!(out, "## {}\n", s.UNMET_HEADING);
        if let Some(g) = &sum.team.safety_gap {
            let _ = writeln!(out, "{}\n", md(g));
        }
        for u in &sum.team.unmet {
            let _ = writeln!(
                out,
                "- **{}** ({}): {}",
                md(&u.name),
                md(&u.level_label),
                md(&u.reason)
            );
        }
        out.push('\n');
    }
    if !sum.team.watch.is_empty() {
        let _ = writeln!(out, "## {}\n", s.WATCH_HEADING);
        for u in &sum.team.watch {
            let _ = writeln!(out, "- **{}**: {}", md(&u.name), md(&u.reason));
        }
        out.push('\n');
    }
    let (bring, more) = sum.bring_these();
    for (title, asks, first) in [
        (s.ASKS_HEADING, bring, 0),
        (s.MORE_ASKS_HEADING, more, bring.len()),
    ] {
        if asks.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {title}\n");
        for (i, a) in asks.iter().enumerate() {
            let i = first + i;
            let _ = writeln!(out, "{}. **{}**  ", i + 1, md(&a.text));
            let _ = writeln!(out, "   {}{} {}", s.WHY, md(&a.reason), md(&a.why));
        }
        out.push('\n');
    }
    if let Some(h) = &sum.history {
        history_markdown(s, h, &mut out);
    }
    let _ = writeln!(out, "## {}\n", s.ABOUT_HEADING);
    let _ = writeln!(out, "{}\n", md(&honesty(s, sum, date)));
    let _ = writeln!(out, "{}\n", md(&sum.varies_by_state));
    let _ = writeln!(out, "{}\n", md(&sum.report_error));
    let _ = writeln!(
        out,
        "{}\n",
        s.BANK_LINE
            .replace("{version}", &sum.bank.version)
            .replace("{checked}", &sum.bank.last_checked)
    );
    if !sum.crisis {
        crisis(&mut out);
    }
    out
}
