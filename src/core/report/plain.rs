//! The summary as plain text: 80 columns, no escape codes.

use std::fmt::Write;

use super::history::history_text;
use super::{
    WIDTH, candidates_line, coverage_label, crisis_text, hang, honesty, level_width, para,
    provider_notes, role_name, source_titles,
};
use crate::core::bank::Bank;
use crate::core::summary::Summary;
use crate::core::text::{self, clean, pad};

/// The summary as plain text that fits `WIDTH` columns.
pub fn text(bank: &Bank, sum: &Summary, date: &str) -> String {
    let s = bank.words();
    let mut out = String::new();
    let w = WIDTH;
    let heading = |out: &mut String, t: &str| {
        let _ = writeln!(out, "{t}");
        let _ = writeln!(out, "{}", "-".repeat(text::width(t)));
    };
    let _ = writeln!(out, "{}", s.SUMMARY_TITLE);
    let _ = writeln!(out, "{}", "=".repeat(s.SUMMARY_TITLE.len()));
    out.push_str(&para(&s.PRINTED_ON.replace("{date}", date), "", w));
    if !sum.complete {
        out.push_str(&para(s.UNFINISHED, "", w));
    }
    out.push('\n');
    if sum.crisis {
        crisis_text(bank, sum, &mut out);
    }
    out.push_str(&para(&honesty(s, sum, date), "", w));
    out.push('\n');
    heading(&mut out, s.NEEDS_HEADING);
    if sum.needs.is_empty() {
        out.push_str(&para(s.NO_NEEDS, "  ", w));
    }
    // The level column: 20 wide, or wider for longer level words
    // (Spanish "Necesita acción ahora").
    let level_w = level_width(bank).max(19) + 1;
    for n in &sum.needs {
        // "  " + level_w + " ": a long need name wraps under itself.
        let names = text::wrap(&n.shown_name(s), w.saturating_sub(level_w + 3));
        for (i, name) in names.iter().enumerate() {
            let label = if i == 0 { n.level_label.as_str() } else { "" };
            let line = format!("  {} {name}", pad(label, level_w));
            let _ = writeln!(out, "{}", line.trim_end());
        }
    }
    out.push('\n');
    if sum.providers.is_empty() {
        out.push_str(&para(s.NO_PROVIDERS, "", w));
        out.push('\n');
    }
    for p in &sum.providers {
        let title = text::fill(
            s.PROVIDER_HEADING,
            &[
                ("label", &text::capitalized(&clean(&p.label, false))),
                ("role", &role_name(p)),
            ],
        );
        heading(&mut out, &text::truncate(&title, w));
        if let Some(t) = &p.title {
            out.push_str(&para(
                &s.TITLE_TYPED.replace("{title}", &clean(t, false)),
                "  ",
                w,
            ));
        }
        if let Some(line) = candidates_line(bank, p) {
            out.push_str(&para(&line, "  ", w));
        }
        let fit = match p.fit {
            Some(f) => s.FIT_LINE.replace("{fit}", &f.to_string()),
            None => s.FIT_UNKNOWN.to_string(),
        }
        .replace("{verdict}", &p.verdict_label);
        out.push_str(&para(&fit, "  ", w));
        out.push_str(&para(&p.verdict_text, "  ", w));
        for l in provider_notes(bank, p) {
            out.push_str(&para(&l, "  ", w));
        }
        if !p.needs.is_empty() {
            out.push('\n');
            let urgency_cols = level_width(bank).max(17) + 1;
            let _ = writeln!(
                out,
                "  {} {} {}",
                pad(s.COL_NEED, 26),
                pad(s.COL_URGENCY, urgency_cols),
                s.COL_COVERAGE
            );
            for l in &p.needs {
                // A long need name wraps within its column; it is never cut.
                let names = text::wrap(&l.need_name, 26);
                for (i, name) in names.iter().enumerate() {
                    if i == 0 {
                        let _ = writeln!(
                            out,
                            "  {} {} {}",
                            pad(name, 26),
                            pad(&l.level_label, urgency_cols),
                            coverage_label(bank, l.coverage)
                        );
                    } else {
                        let _ = writeln!(out, "  {name}");
                    }
                }
                out.push_str(&para(&l.reason, "      ", w));
                if !l.source.is_empty() {
                    out.push_str(&para(
                        &s.SOURCE
                            .replace("{source}", &source_titles(bank, &l.source)),
                        "      ",
                        w,
                    ));
                }
            }
        }
        if !p.expectation_mismatches.is_empty() {
            out.push('\n');
            out.push_str(&para(s.MISMATCH_HEADING, "  ", w));
            for m in &p.expectation_mismatches {
                out.push_str(&hang(
                    &format!("{}: {}", m.text, m.reason),
                    "    - ",
                    "      ",
                    w,
                ));
            }
        }
        out.push('\n');
    }
    if !sum.team.unmet.is_empty() || sum.team.safety_gap.is_some() {
        heading(&mut out, s.UNMET_HEADING);
        if let Some(g) = &sum.team.safety_gap {
            out.push_str(&para(g, "  ", w));
        }
        for u in &sum.team.unmet {
            out.push_str(&hang(
                &format!("{} ({}): {}", u.name, u.level_label, u.reason),
                "  - ",
                "    ",
                w,
            ));
        }
        out.push('\n');
    }
    if !sum.team.watch.is_empty() {
        heading(&mut out, s.WATCH_HEADING);
        for u in &sum.team.watch {
            out.push_str(&hang(
                &format!("{}: {}", u.name, u.reason),
                "  - ",
                "    ",
                w,
            ));
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
        heading(&mut out, title);
        for (i, a) in asks.iter().enumerate() {
            let i = first + i;
            let n = format!("{:>2}. ", i + 1);
            let body = para(&a.text, "      ", w);
            out.push_str(&format!("  {n}{}", body.trim_start()));
            let mut why = format!("{}{}", s.WHY, a.reason);
            if !a.why.is_empty() {
                why.push(' ');
                why.push_str(&a.why);
            }
            out.push_str(&para(&why, "      ", w));
            if !a.providers.is_empty() {
                let names: Vec<String> = a.providers.iter().map(|p| clean(p, false)).collect();
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                out.push_str(&para(
                    &s.ASK_FOR
                        .replace("{providers}", &crate::core::score::list(s, &names)),
                    "      ",
                    w,
                ));
            }
        }
        out.push('\n');
    }
    if let Some(h) = &sum.history {
        history_text(s, h, &mut out);
    }
    heading(&mut out, s.ABOUT_HEADING);
    out.push_str(&para(&honesty(s, sum, date), "  ", w));
    out.push_str(&para(&sum.varies_by_state, "  ", w));
    out.push_str(&para(&sum.report_error, "  ", w));
    out.push_str(&para(
        &s.BANK_LINE
            .replace("{version}", &sum.bank.version)
            .replace("{checked}", &sum.bank.last_checked),
        "  ",
        w,
    ));
    out.push('\n');
    if !sum.crisis {
        crisis_text(bank, sum, &mut out);
    }
    out
}
