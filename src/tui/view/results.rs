//! The results: three pages under a tab bar. This page shows, for each
//! provider, the verdict in words, the fit as a gauge and a need-by-need
//! table with the reasons; what the parent hopes for that the role may not
//! offer; and what nobody on the team covers; after a check-in, what
//! changed since the first visit (in the printed summary's words, from
//! [`report::history_words`]) and the questions asked. The other pages are
//! [`super::asks`] (questions to ask) and [`super::answers`] (change an answer).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{answers, asks, chrome, content_width, draw_lines, indent, para};
use crate::core::bank::Coverage;
use crate::core::history::Change;
use crate::core::report;
use crate::core::text::{self, clean, pad, truncate, wrap};
use crate::tui::app::{App, Hit, Tab};

/// The width of the fit gauge's bar.
const GAUGE: usize = 24;

fn tab_label(app: &App<'_>, tab: Tab) -> String {
    let s = app.bank.words();
    match tab {
        Tab::Results => s.TAB_RESULTS.to_string(),
        Tab::Asks => format!("{} ({})", s.TAB_ASKS, app.summary.questions_to_ask.len()),
        Tab::Answers => s.TAB_ANSWERS.to_string(),
    }
}

/// The tab bar's spans and each tab's columns; without the numbers that
/// pick them when the window is too narrow for them.
/// Narrower still (Spanish at 60 columns), the count of questions to ask
/// goes too: the page itself lists them.
fn tab_bar(app: &App<'_>, body: Rect) -> (Line<'static>, Vec<(Tab, u16, u16)>) {
    let fits = |bar: &(Line<'static>, Vec<(Tab, u16, u16)>)| {
        bar.1.last().map_or(0, |(_, _, end)| end - body.x) <= body.width
    };
    let full = tabs(app, body, true, true);
    if fits(&full) {
        return full;
    }
    let plain = tabs(app, body, false, true);
    if fits(&plain) {
        plain
    } else {
        tabs(app, body, false, false)
    }
}

fn tabs(
    app: &App<'_>,
    body: Rect,
    numbers: bool,
    count: bool,
) -> (Line<'static>, Vec<(Tab, u16, u16)>) {
    let s = app.bank.words();
    let mut spans = Vec::new();
    let mut ranges = Vec::new();
    let mut x = body.x;
    for (i, tab) in Tab::ALL.iter().enumerate() {
        let selected = *tab == app.results.tab;
        let marker = if selected { s.MARKER } else { " " };
        let label = match (*tab, count) {
            (Tab::Asks, false) => s.TAB_ASKS.to_string(),
            _ => tab_label(app, *tab),
        };
        let label = if numbers {
            format!("{}. {label}", i + 1)
        } else {
            label
        };
        let style = if selected {
            app.theme.selected()
        } else {
            Style::new()
        };
        if i > 0 {
            spans.push(Span::raw(" "));
            x += 1;
        }
        spans.push(Span::styled(format!("{marker} "), app.theme.key()));
        spans.push(Span::styled(label.clone(), style));
        let w = 2 + text::width(&label) as u16;
        ranges.push((*tab, x, x + w));
        x += w;
    }
    (Line::from(spans), ranges)
}

/// The area under the tab bar.
fn page_area(body: Rect) -> Rect {
    Rect::new(
        body.x,
        body.y + 2.min(body.height),
        body.width,
        body.height.saturating_sub(2),
    )
}

/// The lines of the Results page for a body `width` columns wide.
pub fn lines(app: &App<'_>, width: usize) -> Vec<Line<'static>> {
    let s = app.bank.words();
    let t = &app.theme;
    let bank = app.bank;
    let sum = &app.summary;
    let mut out: Vec<Line<'static>> = Vec::new();
    let blank = |out: &mut Vec<Line<'static>>| out.push(Line::default());
    if sum.crisis {
        out.extend(para(sum.crisis_heading(bank), t.crisis(), width));
        for l in &sum.crisis_lines {
            out.extend(indent(l, t.crisis(), width, "  • ", "    "));
        }
        blank(&mut out);
    }
    if !sum.complete {
        out.extend(para(s.UNFINISHED, t.hint(), width));
        blank(&mut out);
    }
    // After a check-in, what changed comes first.
    if let Some(words) = sum
        .history
        .as_ref()
        .and_then(|h| report::history_words(s, h))
    {
        out.extend(para(&words.heading, t.heading(), width));
        for v in &words.visits {
            out.extend(indent(&clean(v, false), Style::new(), width, "  ", "  "));
        }
        for (change, label, items) in &words.needs {
            if *change == Change::Same {
                let line = format!("{label}: {}", items.join(", "));
                out.extend(indent(&line, Style::new(), width, "  ", "    "));
                continue;
            }
            out.extend(indent(&format!("{label}:"), t.heading(), width, "  ", "  "));
            for i in items {
                out.extend(indent(
                    &clean(i, false),
                    Style::new(),
                    width,
                    "    - ",
                    "      ",
                ));
            }
        }
        for a in &words.after {
            out.extend(indent(&clean(a, false), Style::new(), width, "  ", "  "));
        }
        blank(&mut out);
    }
    let level_w = sum
        .needs
        .iter()
        .map(|n| text::width(&n.level_label))
        .max()
        .unwrap_or(0)
        .max(text::width(s.COL_URGENCY));
    if sum.needs.is_empty() && !sum.providers.is_empty() {
        out.extend(para(s.NO_NEEDS, Style::new(), width));
        blank(&mut out);
    }
    // Each provider's table names the needs; without a provider, list them here.
    if sum.providers.is_empty() {
        out.extend(para(s.NO_PROVIDERS, Style::new(), width));
        blank(&mut out);
        out.extend(para(s.NEEDS_HEADING, t.heading(), width));
        if sum.needs.is_empty() {
            out.extend(indent(s.NO_NEEDS, Style::new(), width, "  ", "  "));
        }
        for n in &sum.needs {
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::raw(pad(&n.level_label, level_w + 2)),
                Span::raw(truncate(
                    &n.shown_name(s),
                    width.saturating_sub(level_w + 4),
                )),
            ]));
        }
        blank(&mut out);
    }
    for p in &sum.providers {
        let heading = crate::core::text::fill(
            s.PROVIDER_HEADING,
            &[
                (
                    "label",
                    &crate::core::text::capitalized(&clean(&p.label, false)),
                ),
                ("role", &p.role_title),
            ],
        );
        out.extend(para(&heading, t.heading(), width));
        if let Some(typed) = &p.title {
            let line = s.TITLE_TYPED.replace("{title}", &clean(typed, false));
            out.extend(indent(&line, Style::new(), width, "  ", "  "));
        }
        if let Some(line) = report::candidates_line(bank, p) {
            out.extend(indent(&line, Style::new(), width, "  ", "  "));
        }
        out.extend(indent(&p.verdict_label, t.heading(), width, "  ", "  "));
        if !p.verdict_text.trim().is_empty() {
            out.extend(indent(&p.verdict_text, Style::new(), width, "  ", "  "));
        }
        for l in crate::core::report::provider_notes(bank, p) {
            out.extend(indent(&l, Style::new(), width, "  ", "  "));
        }
        out.push(gauge(app, p.fit, width));
        if !p.needs.is_empty() {
            blank(&mut out);
            let cov_w = [Coverage::Trained, Coverage::Varies, Coverage::NotTrained]
                .iter()
                .map(|c| text::width(&bank.coverage_text(*c).label))
                .max()
                .unwrap_or(0)
                .max(text::width(s.COL_COVERAGE));
            let widest = p
                .needs
                .iter()
                .map(|l| text::width(&l.need_name))
                .max()
                .unwrap_or(0)
                .max(text::width(s.COL_NEED));
            // A need's name wraps in its column when the window is narrow.
            let need_w = widest
                .min(width.saturating_sub(2 + 2 + level_w + 2 + cov_w))
                .max(8);
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(pad(s.COL_NEED, need_w + 2), t.heading()),
                Span::styled(pad(s.COL_URGENCY, level_w + 2), t.heading()),
                Span::styled(s.COL_COVERAGE, t.heading()),
            ]));
            for l in &p.needs {
                let names = wrap(&l.need_name, need_w);
                for (i, name) in names.iter().enumerate() {
                    let mut spans = vec![Span::raw("  "), Span::raw(pad(name, need_w + 2))];
                    if i == 0 {
                        spans.push(Span::raw(pad(&l.level_label, level_w + 2)));
                        spans.push(Span::styled(
                            bank.coverage_text(l.coverage).label.clone(),
                            t.coverage(l.coverage),
                        ));
                    }
                    out.push(Line::from(spans));
                }
                out.extend(indent(&l.reason, t.hint(), width, "    ", "    "));
            }
        }
        if !p.expectation_mismatches.is_empty() {
            blank(&mut out);
            out.extend(indent(s.MISMATCH_HEADING, t.heading(), width, "  ", "  "));
            for m in &p.expectation_mismatches {
                let line = format!("{}: {}", m.text, m.reason);
                out.extend(indent(&line, Style::new(), width, "  - ", "    "));
            }
        }
        blank(&mut out);
    }
    if !sum.team.unmet.is_empty() || sum.team.safety_gap.is_some() {
        out.extend(para(s.UNMET_HEADING, t.heading(), width));
        if let Some(g) = &sum.team.safety_gap {
            out.extend(indent(g, Style::new(), width, "  ", "  "));
        }
        for u in &sum.team.unmet {
            let line = format!("{} ({}): {}", u.name, u.level_label, u.reason);
            out.extend(indent(&line, Style::new(), width, "  - ", "    "));
        }
        blank(&mut out);
    }
    if let Some(h) = &sum.history {
        if !h.asked.is_empty() {
            out.extend(para(s.ASKED_HEADING, t.heading(), width));
            for a in &h.asked {
                out.extend(indent(
                    &clean(&a.text, false),
                    Style::new(),
                    width,
                    "  - ",
                    "    ",
                ));
                let mut line = s.ASKED_ON.replace("{date}", &a.date);
                if let Some(r) = a.reply.as_deref().filter(|r| !r.trim().is_empty()) {
                    line.push(' ');
                    line.push_str(&s.ASKED_REPLY.replace("{reply}", &clean(r, false)));
                }
                out.extend(indent(&line, t.hint(), width, "    ", "    "));
            }
            blank(&mut out);
        }
        if !h.older_answers.is_empty() {
            out.extend(para(s.OLDER_HEADING, t.heading(), width));
            out.extend(indent(s.OLDER_INTRO, Style::new(), width, "  ", "  "));
            for o in &h.older_answers {
                let line = format!("{}: {}", report::older_label(s, o), clean(&o.answer, false));
                out.extend(indent(&line, Style::new(), width, "  - ", "    "));
            }
            blank(&mut out);
        }
    }
    out.extend(para(&sum.not_advice, t.hint(), width));
    out.extend(para(&sum.varies_by_state, t.hint(), width));
    out
}

/// "Fit ██████░░░░░░ 30 of 100", or "cannot tell yet".
fn gauge(app: &App<'_>, fit: Option<u8>, width: usize) -> Line<'static> {
    let s = app.bank.words();
    let bar = GAUGE.min(width.saturating_sub(20)).max(4);
    let mut spans = vec![
        Span::raw("  "),
        Span::styled(s.FIT_LABEL, app.theme.heading()),
    ];
    match fit {
        Some(f) => {
            let filled = (usize::from(f.min(100)) * bar + 50) / 100;
            spans.push(Span::styled("█".repeat(filled), app.theme.gauge()));
            spans.push(Span::raw("░".repeat(bar - filled)));
            spans.push(Span::raw(format!(
                " {}",
                s.FIT_OF.replace("{fit}", &f.to_string())
            )));
        }
        None => spans.push(Span::raw(s.FIT_NONE)),
    }
    Line::from(spans)
}

/// How far the Results page can scroll in the window the app last saw.
pub fn max_scroll(app: &App<'_>) -> usize {
    let area = Rect::new(0, 0, app.size.width, app.size.height);
    let page = page_area(chrome(app, area).body);
    lines(app, content_width(app.size.width))
        .len()
        .saturating_sub(usize::from(page.height))
}

/// The page height, for paging.
pub fn page_height(app: &App<'_>) -> usize {
    let area = Rect::new(0, 0, app.size.width, app.size.height);
    usize::from(page_area(chrome(app, area).body).height)
}

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, body: Rect) {
    let s = app.bank.words();
    let (bar, ranges) = tab_bar(app, body);
    let bar_area = Rect::new(body.x, body.y, body.width, 1.min(body.height));
    draw_lines(frame, std::slice::from_ref(&bar), bar_area);
    let page = page_area(body);
    match app.results.tab {
        Tab::Results => {
            let lines = lines(app, usize::from(page.width));
            let max = lines.len().saturating_sub(usize::from(page.height));
            let scroll = app.results.scroll.min(max);
            // Say there is more, where the tab bar leaves room for it.
            let tabs_end = ranges.last().map_or(body.x, |(_, _, end)| *end);
            let more = s.MORE_BELOW;
            let more_w = text::width(more) as u16;
            if scroll < max && tabs_end + more_w + 2 <= body.x + body.width {
                let x = body.x + body.width - more_w;
                frame.render_widget(
                    Paragraph::new(Span::styled(more, app.theme.hint())),
                    Rect::new(x, body.y, more_w, bar_area.height),
                );
            }
            let shown: Vec<Line> = lines
                .into_iter()
                .skip(scroll)
                .take(usize::from(page.height))
                .collect();
            draw_lines(frame, &shown, page);
        }
        Tab::Asks => asks::draw(app, frame, page),
        Tab::Answers => answers::draw(app, frame, page),
    }
}

/// What is at a clicked cell.
pub fn hit(app: &App<'_>, x: u16, y: u16) -> Option<Hit> {
    let area = Rect::new(0, 0, app.size.width, app.size.height);
    let body = chrome(app, area).body;
    if y == body.y {
        let (_, ranges) = tab_bar(app, body);
        return ranges
            .into_iter()
            .find(|(_, a, b)| (*a..*b).contains(&x))
            .map(|(t, _, _)| Hit::Tab(t));
    }
    let page = page_area(body);
    let pos = Position::new(x, y);
    match app.results.tab {
        Tab::Results => None,
        Tab::Asks => asks::layout(app, page)
            .into_iter()
            .find(|(_, _, r)| r.contains(pos))
            .map(|(i, _, _)| Hit::Ask(i)),
        Tab::Answers => answers::layout(app, page)
            .into_iter()
            .find(|(_, _, r)| r.contains(pos))
            .map(|(i, _, _)| Hit::Answer(i)),
    }
}
