//! What changed since the first visit, in words: for the printed summary,
//! the Markdown and the results screen.

use std::fmt::Write;

use super::markdown::md;
use super::{WIDTH, hang, para};
use crate::core::history::{Change, History, NoPlan};
use crate::core::text::{self, clean};
use crate::core::words::Words;

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
pub(super) fn history_text(s: &'static Words, h: &History, out: &mut String) {
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
pub(super) fn history_markdown(s: &'static Words, h: &History, out: &mut String) {
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
