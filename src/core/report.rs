//! The printed summary: a [`Summary`] as plain text (80 columns, no escape
//! codes) or as Markdown for sharing by email. The JSON form is
//! [`Summary::to_json`].

use std::fmt::Write;

use crate::core::bank::Bank;
use crate::core::history::{Change, History, NoPlan};
use crate::core::summary::Summary;
use crate::core::text::{self, clean, pad};
use crate::core::words::Words;

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

/// The order needs are listed in by how they changed: what needs attention first.
fn changes(s: &'static Words) -> [(Change, &'static str); 5] {
    [
        (Change::Worse, s.HISTORY_WORSE),
        (Change::Better, s.HISTORY_BETTER),
        (Change::New, s.HISTORY_NEW),
        (Change::Same, s.HISTORY_SAME),
        (Change::NotYet, s.HISTORY_NOT_YET),
    ]
}

/// "about 6 months", in words.
fn months(s: &'static Words, n: u32) -> String {
    match n {
        0 => s.MONTHS_LESS.to_string(),
        1 => s.MONTHS_ONE.to_string(),
        n => s.MONTHS_N.replace("{n}", &n.to_string()),
    }
}

/// The history's sentences, one per paragraph, as plain text (not yet
/// cleaned). Shared with the wizard, so both say the same.
pub struct HistoryWords {
    pub heading: String,
    /// The visits and the notes taken at them.
    pub visits: Vec<String>,
    /// (how they changed, its label, "Trauma: was ..., now ..." for each
    /// need); the unchanged ones as one list of names.
    pub needs: Vec<(Change, &'static str, Vec<String>)>,
    /// The revisited answers that changed, and the written plan.
    pub after: Vec<String>,
}

/// The change since the first visit in sentences; None when there is none to tell.
pub fn history_words(s: &'static Words, h: &History) -> Option<HistoryWords> {
    if h.checkins.is_empty() && h.no_plan.is_empty() {
        return None;
    }
    let mut visits = Vec::new();
    match h.checkins.as_slice() {
        [] => {}
        [one] => visits.push(s.HISTORY_VISIT_ONE.replace("{date}", &one.date)),
        many => visits.push(
            s.HISTORY_VISITS
                .replace("{n}", &many.len().to_string())
                .replace("{date}", &many[many.len() - 1].date),
        ),
    }
    for v in &h.checkins {
        if let Some(note) = v.note.as_deref().filter(|n| !n.trim().is_empty()) {
            visits.push(
                s.HISTORY_NOTE
                    .replace("{date}", &v.date)
                    .replace("{note}", note),
            );
        }
    }
    let mut needs = Vec::new();
    for (change, label) in changes(s) {
        let group = h.needs.iter().filter(|n| n.change == change);
        if change == Change::Same {
            // Unchanged needs in one line, leaving out those still "not a concern".
            let names: Vec<&str> = group
                .filter(|n| n.now.is_some_and(|l| l > 0))
                .map(|n| n.name.as_str())
                .collect();
            if !names.is_empty() {
                needs.push((change, label, vec![names.join(s.HISTORY_LIST_SEP)]));
            }
            continue;
        }
        let items: Vec<String> = group
            .map(|n| match (&n.first_label, &n.now_label) {
                (Some(a), Some(b)) if a != b => crate::core::text::fill_with(
                    s.HISTORY_NEED,
                    &[("name", &n.name), ("first", &a), ("now", &b)],
                ),
                (Some(l), _) | (None, Some(l)) => s
                    .HISTORY_NEED_ONE
                    .replace("{name}", &n.name)
                    .replace("{level}", l),
                (None, None) => n.name.clone(),
            })
            .collect();
        if !items.is_empty() {
            needs.push((change, label, items));
        }
    }
    let mut after = Vec::new();
    for a in &h.answers {
        after.push(
            s.HISTORY_ANSWER
                .replace("{prompt}", &a.prompt)
                .replace("{first}", &a.first)
                .replace("{now}", &a.now),
        );
    }
    for p in &h.no_plan {
        after.push(no_plan_sentence(s, p));
    }
    Some(HistoryWords {
        // Before any check-in there is no "since": only the facts of this visit.
        heading: if h.checkins.is_empty() {
            s.HISTORY_HEADING_FIRST.to_string()
        } else {
            s.HISTORY_HEADING.replace("{date}", &h.first_visit)
        },
        visits,
        needs,
        after,
    })
}

fn no_plan_sentence(s: &'static Words, p: &NoPlan) -> String {
    use crate::core::text::fill;
    let provider = clean(&p.provider, false);
    if let Some(m) = p.months {
        fill(
            s.NO_PLAN_MONTHS,
            &[("provider", &provider), ("months", &months(s, m))],
        )
    } else if let Some(since) = &p.since {
        fill(
            s.NO_PLAN_SINCE,
            &[("provider", &provider), ("since", &clean(since, false))],
        )
    } else if p.none_at_first_visit {
        s.NO_PLAN_STILL
            .replace("{months}", &months(s, p.months_since_first_visit))
    } else {
        fill(s.NO_PLAN, &[("provider", &provider)])
    }
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

/// "The question (provider 2)" for an answer kept from an older bank.
pub fn older_label(s: &'static Words, o: &crate::core::history::OlderAnswer) -> String {
    let q = clean(&o.question, false);
    match o.provider {
        Some(i) => format!(
            "{q} ({})",
            s.OLDER_PROVIDER.replace("{n}", &(i + 1).to_string())
        ),
        None => q,
    }
}

/// The history as plain text: the change since the first visit, the
/// questions asked, and answers kept from an older bank.
fn history_text(s: &'static Words, h: &History, out: &mut String) {
    let w = WIDTH;
    let heading = |out: &mut String, t: &str| {
        let t = text::truncate(t, w);
        let _ = writeln!(out, "{t}");
        let _ = writeln!(out, "{}", "-".repeat(text::width(&t)));
    };
    if let Some(words) = history_words(s, h) {
        heading(out, &words.heading);
        for l in &words.visits {
            out.push_str(&para(&clean(l, false), "  ", w));
        }
        for (change, label, items) in &words.needs {
            if *change == Change::Same {
                out.push_str(&hang(
                    &format!("{label}: {}", items.join(", ")),
                    "  ",
                    "    ",
                    w,
                ));
                continue;
            }
            out.push_str(&para(&format!("{label}:"), "  ", w));
            for i in items {
                out.push_str(&hang(&clean(i, false), "    - ", "      ", w));
            }
        }
        for l in &words.after {
            out.push_str(&para(&clean(l, false), "  ", w));
        }
        out.push('\n');
    }
    if !h.asked.is_empty() {
        heading(out, s.ASKED_HEADING);
        for a in &h.asked {
            out.push_str(&hang(&clean(&a.text, false), "  - ", "    ", w));
            let mut line = s.ASKED_ON.replace("{date}", &a.date);
            if let Some(r) = a.reply.as_deref().filter(|r| !r.trim().is_empty()) {
                line.push(' ');
                line.push_str(&s.ASKED_REPLY.replace("{reply}", &clean(r, false)));
            }
            out.push_str(&para(&line, "    ", w));
        }
        out.push('\n');
    }
    if !h.older_answers.is_empty() {
        heading(out, s.OLDER_HEADING);
        out.push_str(&para(s.OLDER_INTRO, "  ", w));
        for o in &h.older_answers {
            out.push_str(&hang(
                &format!("{}: {}", older_label(s, o), clean(&o.answer, false)),
                "  - ",
                "    ",
                w,
            ));
        }
        out.push('\n');
    }
}

/// The history as Markdown.
fn history_markdown(s: &'static Words, h: &History, out: &mut String) {
    if let Some(words) = history_words(s, h) {
        let _ = writeln!(out, "## {}\n", md(&words.heading));
        for l in &words.visits {
            let _ = writeln!(out, "{}\n", md(l));
        }
        for (change, label, items) in &words.needs {
            if *change == Change::Same {
                let _ = writeln!(out, "**{}:** {}\n", md(label), md(&items.concat()));
                continue;
            }
            let _ = writeln!(out, "**{}**\n", md(label));
            for i in items {
                let _ = writeln!(out, "- {}", md(i));
            }
            out.push('\n');
        }
        for l in &words.after {
            let _ = writeln!(out, "{}\n", md(l));
        }
    }
    if !h.asked.is_empty() {
        let _ = writeln!(out, "## {}\n", s.ASKED_HEADING);
        for a in &h.asked {
            let mut line = format!(
                "- **{}**  \n  {}",
                md(&a.text),
                md(&s.ASKED_ON.replace("{date}", &a.date))
            );
            if let Some(r) = a.reply.as_deref().filter(|r| !r.trim().is_empty()) {
                line.push(' ');
                line.push_str(&md(&s.ASKED_REPLY.replace("{reply}", r)));
            }
            let _ = writeln!(out, "{line}");
        }
        out.push('\n');
    }
    if !h.older_answers.is_empty() {
        let _ = writeln!(out, "## {}\n", s.OLDER_HEADING);
        let _ = writeln!(out, "{}\n", s.OLDER_INTRO);
        for o in &h.older_answers {
            let _ = writeln!(out, "- {}: {}", md(&older_label(s, o)), md(&o.answer));
        }
        out.push('\n');
    }
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
