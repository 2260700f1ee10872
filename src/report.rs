//! The printed summary: a [`Summary`] as plain text (80 columns, no escape
//! codes) or as Markdown for sharing by email. The JSON form is
//! [`Summary::to_json`].

use std::fmt::Write;

use crate::bank::Bank;
use crate::strings as s;
use crate::summary::Summary;
use crate::text::{self, clean, indented, pad};

/// Columns of the printed text summary.
pub const WIDTH: usize = 80;

fn coverage_label(bank: &Bank, c: crate::bank::Coverage) -> &str {
    &bank.coverage_text(c).label
}

fn role_name(p: &crate::score::ProviderFit) -> String {
    p.role_title.clone()
}

/// The summary as plain text that fits `WIDTH` columns.
pub fn text(bank: &Bank, sum: &Summary, date: &str) -> String {
    let mut out = String::new();
    let w = WIDTH;
    let heading = |out: &mut String, t: &str| {
        let _ = writeln!(out, "{t}");
        let _ = writeln!(out, "{}", "-".repeat(text::width(t)));
    };
    let _ = writeln!(out, "{}", s::SUMMARY_TITLE);
    let _ = writeln!(out, "{}", "=".repeat(s::SUMMARY_TITLE.len()));
    out.push_str(&indented(&s::PRINTED_ON.replace("{date}", date), "", w));
    if !sum.complete {
        out.push_str(&indented(s::UNFINISHED, "", w));
    }
    out.push('\n');
    if sum.crisis {
        crisis_text(bank, sum, &mut out);
    }
    heading(&mut out, s::NEEDS_HEADING);
    if sum.needs.is_empty() {
        out.push_str(&indented(s::NO_NEEDS, "  ", w));
    }
    for n in &sum.needs {
        let _ = writeln!(out, "  {} {}", pad(&n.level_label, 20), n.name);
    }
    out.push('\n');
    if sum.providers.is_empty() {
        out.push_str(&indented(s::NO_PROVIDERS, "", w));
        out.push('\n');
    }
    for p in &sum.providers {
        let title = s::PROVIDER_HEADING
            .replace("{label}", &clean(&p.label, false))
            .replace("{role}", &role_name(p));
        heading(&mut out, &text::truncate(&title, w));
        if let Some(t) = &p.title {
            out.push_str(&indented(
                &s::TITLE_TYPED.replace("{title}", &clean(t, false)),
                "  ",
                w,
            ));
        }
        if !p.candidates.is_empty() {
            let names: Vec<&str> = p
                .candidates
                .iter()
                .filter_map(|c| bank.role(c).map(|r| r.short.as_str()))
                .collect();
            out.push_str(&indented(
                &s::CANDIDATES.replace("{roles}", &crate::score::list(&names)),
                "  ",
                w,
            ));
        }
        let fit = match p.fit {
            Some(f) => s::FIT_LINE.replace("{fit}", &f.to_string()),
            None => s::FIT_UNKNOWN.to_string(),
        }
        .replace("{verdict}", &p.verdict_label);
        out.push_str(&indented(&fit, "  ", w));
        out.push_str(&indented(&p.verdict_text, "  ", w));
        if !p.needs.is_empty() {
            out.push('\n');
            let _ = writeln!(
                out,
                "  {} {} {}",
                pad(s::COL_NEED, 26),
                pad(s::COL_URGENCY, 18),
                s::COL_COVERAGE
            );
            for l in &p.needs {
                let _ = writeln!(
                    out,
                    "  {} {} {}",
                    pad(&text::truncate(&l.need_name, 26), 26),
                    pad(&l.level_label, 18),
                    coverage_label(bank, l.coverage)
                );
                out.push_str(&indented(&l.reason, "      ", w));
                if !l.source.is_empty() {
                    out.push_str(&indented(
                        &s::SOURCE.replace("{source}", &source_titles(bank, &l.source)),
                        "      ",
                        w,
                    ));
                }
            }
        }
        if !p.expectation_mismatches.is_empty() {
            out.push('\n');
            out.push_str(&indented(s::MISMATCH_HEADING, "  ", w));
            for m in &p.expectation_mismatches {
                out.push_str(&text::hanging(
                    &format!("{}: {}", m.text, m.reason),
                    "    - ",
                    "      ",
                    w,
                ));
            }
        }
        out.push('\n');
    }
    if !sum.team.unmet.is_empty() {
        heading(&mut out, s::UNMET_HEADING);
        for u in &sum.team.unmet {
            out.push_str(&text::hanging(
                &format!("{} ({}): {}", u.name, u.level_label, u.reason),
                "  - ",
                "    ",
                w,
            ));
        }
        out.push('\n');
    }
    if !sum.questions_to_ask.is_empty() {
        heading(&mut out, s::ASKS_HEADING);
        for (i, a) in sum.questions_to_ask.iter().enumerate() {
            let n = format!("{:>2}. ", i + 1);
            let body = indented(&a.text, "      ", w);
            out.push_str(&format!("  {n}{}", body.trim_start()));
            let mut why = format!("{}{}", s::WHY, a.reason);
            if !a.why.is_empty() {
                why.push(' ');
                why.push_str(&a.why);
            }
            out.push_str(&indented(&why, "      ", w));
            if !a.providers.is_empty() {
                let names: Vec<String> = a.providers.iter().map(|p| clean(p, false)).collect();
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                out.push_str(&indented(
                    &s::ASK_FOR.replace("{providers}", &crate::score::list(&names)),
                    "      ",
                    w,
                ));
            }
        }
        out.push('\n');
    }
    heading(&mut out, s::ABOUT_HEADING);
    out.push_str(&indented(&sum.not_advice, "  ", w));
    out.push_str(&indented(&sum.varies_by_state, "  ", w));
    out.push_str(&indented(
        &s::BANK_LINE
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

fn crisis_text(bank: &Bank, sum: &Summary, out: &mut String) {
    let _ = writeln!(out, "{}", bank.meta.crisis.heading);
    let _ = writeln!(
        out,
        "{}",
        "-".repeat(text::width(&bank.meta.crisis.heading))
    );
    for l in &sum.crisis_lines {
        out.push_str(&text::hanging(l, "  * ", "    ", WIDTH));
    }
    out.push('\n');
}

/// Source ids ("seed, nami") as their titles.
fn source_titles(bank: &Bank, ids: &str) -> String {
    ids.split(", ")
        .map(|id| bank.source(id).map_or(id, |s| s.title.as_str()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Escapes characters that Markdown would read as formatting.
fn md(s: &str) -> String {
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
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", s::SUMMARY_TITLE);
    let _ = writeln!(out, "{}\n", s::PRINTED_ON.replace("{date}", date));
    if !sum.complete {
        let _ = writeln!(out, "{}\n", s::UNFINISHED);
    }
    let crisis = |out: &mut String| {
        let _ = writeln!(out, "## {}\n", bank.meta.crisis.heading);
        for l in &sum.crisis_lines {
            let _ = writeln!(out, "- {}", md(l));
        }
        out.push('\n');
    };
    if sum.crisis {
        crisis(&mut out);
    }
    let _ = writeln!(out, "## {}\n", s::NEEDS_HEADING);
    if sum.needs.is_empty() {
        let _ = writeln!(out, "{}", s::NO_NEEDS);
    }
    for n in &sum.needs {
        let _ = writeln!(out, "- **{}**: {}", md(&n.name), md(&n.level_label));
    }
    out.push('\n');
    for p in &sum.providers {
        let _ = writeln!(
            out,
            "## {}\n",
            md(&s::PROVIDER_HEADING
                .replace("{label}", &p.label)
                .replace("{role}", &role_name(p)))
        );
        if let Some(t) = &p.title {
            let _ = writeln!(out, "{}\n", md(&s::TITLE_TYPED.replace("{title}", t)));
        }
        let fit = match p.fit {
            Some(f) => s::FIT_LINE.replace("{fit}", &f.to_string()),
            None => s::FIT_UNKNOWN.to_string(),
        }
        .replace("{verdict}", &p.verdict_label);
        let _ = writeln!(out, "**{}** {}\n", md(&fit), md(&p.verdict_text));
        if !p.needs.is_empty() {
            let _ = writeln!(
                out,
                "| {} | {} | {} | |",
                s::COL_NEED,
                s::COL_URGENCY,
                s::COL_COVERAGE
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
            let _ = writeln!(out, "**{}**\n", s::MISMATCH_HEADING);
            for m in &p.expectation_mismatches {
                let _ = writeln!(out, "- {}: {}", md(&m.text), md(&m.reason));
            }
            out.push('\n');
        }
    }
    if !sum.team.unmet.is_empty() {
        let _ = writeln!(out, "## {}\n", s::UNMET_HEADING);
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
    if !sum.questions_to_ask.is_empty() {
        let _ = writeln!(out, "## {}\n", s::ASKS_HEADING);
        for (i, a) in sum.questions_to_ask.iter().enumerate() {
            let _ = writeln!(out, "{}. **{}**  ", i + 1, md(&a.text));
            let _ = writeln!(out, "   {}{} {}", s::WHY, md(&a.reason), md(&a.why));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", s::ABOUT_HEADING);
    let _ = writeln!(out, "{}\n", md(&sum.not_advice));
    let _ = writeln!(out, "{}\n", md(&sum.varies_by_state));
    let _ = writeln!(
        out,
        "{}\n",
        s::BANK_LINE
            .replace("{version}", &sum.bank.version)
            .replace("{checked}", &sum.bank.last_checked)
    );
    if !sum.crisis {
        crisis(&mut out);
    }
    out
}
