//! Drawing: a pure function of the [`App`]. This module draws what every
//! screen shares (the header, the key bar, the crisis footer, messages) and
//! hands the body to the module of the screen on show. Layout functions are
//! public so that clicks are mapped with the same geometry that was drawn.

pub mod answers;
pub mod asks;
pub mod crisis;
pub mod glossary;
pub mod help;
pub mod keybar;
pub mod note;
mod popup;
pub mod question;
pub mod results;
pub mod too_small;
pub mod unsaved;
pub mod welcome;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::app::{App, Drawn, Mode, Notice, Popup, Screen};
use crate::core::text::{self, truncate, wrap};

/// Columns left blank on each side of the body.
const MARGIN: u16 = 2;

/// The parts of the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chrome {
    pub header: Rect,
    pub rule: Rect,
    pub body: Rect,
    pub status: Rect,
    pub keys: Rect,
    pub footer: Rect,
}

pub use super::app::too_small;
pub use popup::{
    POPUP_WIDTH, draw_popup, popup_area, popup_max_scroll, popup_space, popup_text_width,
    popup_width,
};

/// What this frame drew, as `update` needs it (see [`Drawn`]): the same
/// state draws the same frame, so it is measured from the state. Only what
/// is on screen is measured; the rest stays 0.
pub fn drawn(app: &App<'_>) -> Drawn {
    let mut d = Drawn::default();
    match app.mode() {
        Mode::Crisis => d.crisis_max = crisis::max_scroll(app),
        Mode::Help | Mode::Glossary => d.popup_max = popup_max_scroll(app),
        _ => {}
    }
    if app.screen == Screen::Results {
        d.results_max = results::max_scroll(app);
        d.results_page = results::page_height(app);
    }
    d
}

/// The width of the body's text for a window `width` columns wide.
pub fn content_width(width: u16) -> usize {
    usize::from(width.saturating_sub(2 * MARGIN).max(1))
}

/// The lines under the body: a passing notice and a failed save.
fn status_lines(app: &App<'_>, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(e) = app.save_error() {
        lines.extend(para(e, app.theme.error(), width));
    }
    match &app.notice {
        Some(Notice::Info(m)) => lines.extend(para(m, app.theme.notice(), width)),
        Some(Notice::Error(m)) => lines.extend(para(m, app.theme.error(), width)),
        None => {}
    }
    lines.truncate(4);
    lines
}

/// Where each part of the screen goes in `area`.
pub fn chrome(app: &App<'_>, area: Rect) -> Chrome {
    let status = status_lines(app, content_width(area.width)).len() as u16;
    let row = |y: u16, h: u16| Rect::new(area.x, area.y + y, area.width, h);
    let h = area.height;
    let body_top = 2;
    let bottom = 2 + status;
    let body_h = h.saturating_sub(body_top + bottom);
    let body = Rect::new(
        area.x + MARGIN,
        area.y + body_top.min(h),
        area.width.saturating_sub(2 * MARGIN),
        body_h,
    );
    Chrome {
        header: row(0, 1.min(h)),
        rule: row(1.min(h), u16::from(h > 1)),
        body,
        status: Rect::new(
            area.x + MARGIN,
            area.y + h.saturating_sub(bottom),
            area.width.saturating_sub(2 * MARGIN),
            status,
        ),
        keys: row(h.saturating_sub(2), u16::from(h > 2)),
        footer: row(h.saturating_sub(1), u16::from(h > 0)),
    }
}

/// The body's height for the window the app last saw.
pub fn body_height(app: &App<'_>) -> usize {
    let area = Rect::new(0, 0, app.size.width, app.size.height);
    usize::from(chrome(app, area).body.height)
}

/// Draws the whole screen.
pub fn draw(app: &App<'_>, frame: &mut Frame<'_>) {
    let s = app.bank.words();
    let area = frame.area();
    if too_small(area) {
        too_small::draw(app, frame, area);
        return;
    }
    let c = chrome(app, area);
    draw_header(app, frame, c.header);
    frame.render_widget(
        Paragraph::new("─".repeat(usize::from(area.width))).style(app.theme.keys()),
        c.rule,
    );
    if app.crisis_open {
        crisis::draw(app, frame, c.body);
    } else {
        match app.screen {
            Screen::Welcome => welcome::draw(app, frame, c.body),
            Screen::Question => question::draw(app, frame, c.body),
            Screen::Results => results::draw(app, frame, c.body),
        }
    }
    let width = content_width(area.width);
    draw_lines(frame, &status_lines(app, width), c.status);
    draw_keys(app, frame, c.keys);
    draw_footer(app, frame, c.footer);
    match &app.popup {
        Some(Popup::Help { scroll }) => help::draw(app, frame, area, *scroll),
        Some(Popup::Glossary {
            title,
            text,
            scroll,
        }) => glossary::draw(app, frame, area, title, text, *scroll),
        Some(Popup::Unsaved) => unsaved::draw(app, frame, area),
        Some(Popup::StopCheckIn) => {
            let width = popup_width(area.width);
            let lines = para(s.STOP_CHECKIN_TEXT, Style::new(), width);
            draw_popup(app, frame, area, s.STOP_CHECKIN_TITLE, lines, 0);
        }
        Some(Popup::Note(noting)) => note::draw(app, frame, area, *noting),
        None => {}
    }
}

/// "fitcheck · Needs · 4 of 13" on the left, the save state on the right.
fn draw_header(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let s = app.bank.words();
    let place = match app.screen {
        // The crisis screen covers whatever is behind it: its header says what it is.
        _ if app.crisis_open => app.summary.crisis_heading(app.bank).to_string(),
        Screen::Welcome => s.WELCOME_HEADER.to_string(),
        Screen::Results => s.RESULTS.to_string(),
        Screen::Question => {
            let p = app.interview.progress(app.bank);
            let provider = app.form.step.and_then(|st| st.provider);
            let template = match provider {
                Some(_) => s.PROVIDER_PROGRESS,
                None => s.SECTION_PROGRESS,
            };
            // The name the parent typed goes in last: never read as a placeholder.
            template
                .replace("{section}", &p.section)
                .replace("{n}", &p.in_section.to_string())
                .replace("{m}", &p.section_count(s))
                .replace(
                    "{provider}",
                    &provider.map(|i| app.provider_label(i)).unwrap_or_default(),
                )
        }
    };
    let (state, style) = match app.autosave.as_ref().map(|a| a.state()) {
        // The frame of a new answer is drawn just before its save: never claim it is saved yet.
        Some(_) if app.save_is_due() => (s.SAVING, app.theme.saved()),
        Some(crate::store::autosave::SaveState::Saved(_)) => (s.SAVED, app.theme.saved()),
        Some(crate::store::autosave::SaveState::Failed(_)) => (s.NOT_SAVED, app.theme.error()),
        _ => ("", Style::new()),
    };
    let width = usize::from(area.width);
    let right = text::width(state) + 1;
    let left = format!(
        " {}",
        s.HEADER
            .replace("{app}", s.APP_NAME)
            .replace("{place}", &place)
    );
    // Too narrow for it all (Spanish at 60 columns): where the parent is
    // matters more than the program's name, so the name goes first.
    let room = width.saturating_sub(right + 1);
    let left = if text::width(&left) > room {
        format!(" {place}")
    } else {
        left
    };
    let left = truncate(&left, room);
    let gap = width.saturating_sub(text::width(&left) + right);
    let line = Line::from(vec![
        Span::styled(left, app.theme.header()),
        Span::raw(" ".repeat(gap)),
        Span::styled(state, style),
    ]);
    draw_lines(frame, &[line], area);
}

/// The keys that work now, with "? keys" kept in view at the right.
fn draw_keys(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let s = app.bank.words();
    let width = usize::from(area.width);
    let help = keybar::help_hint(app).map_or_else(Vec::new, |k| key_spans(app, k));
    let help_w: usize = help
        .iter()
        .map(|sp| text::width(&sp.content))
        .sum::<usize>()
        + usize::from(!help.is_empty());
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (i, k) in keybar::hints(app).into_iter().enumerate() {
        let sep = if i == 0 { "" } else { s.KEY_SEP };
        let item_w = text::width(sep) + text::width(k.0) + 1 + text::width(k.1);
        if used + item_w + help_w + 1 > width {
            break;
        }
        spans.push(Span::styled(sep, app.theme.keys()));
        spans.extend(key_spans(app, k));
        used += item_w;
    }
    if used + help_w <= width {
        spans.push(Span::raw(" ".repeat(width - used - help_w)));
        spans.extend(help);
    }
    draw_lines(frame, &[Line::from(spans)], area);
}

fn key_spans(app: &App<'_>, (key, what): (&'static str, &'static str)) -> Vec<Span<'static>> {
    vec![
        Span::styled(key, app.theme.key()),
        Span::raw(" "),
        Span::raw(what),
    ]
}

/// The crisis lines, on every screen.
pub fn draw_footer(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let footer = truncate(
        &format!(" {}", app.bank.meta.crisis.footer),
        usize::from(area.width),
    );
    frame.render_widget(
        Paragraph::new(Span::styled(footer, app.theme.crisis())),
        area,
    );
}

/// Draws `lines` one to a row from the top of `area`, each cut to its
/// width: what `Paragraph::new(lines)` draws, without its reflow machinery
/// and its style pass over every cell of the area, which made up most of
/// the time to draw a screen. The text is wrapped already (by [`wrap`]).
pub fn draw_lines(frame: &mut Frame<'_>, lines: &[Line<'_>], area: Rect) {
    let area = area.intersection(frame.area());
    let buf = frame.buffer_mut();
    for (line, y) in lines.iter().zip(area.top()..area.bottom()) {
        buf.set_line(area.x, y, line, area.width);
    }
}

/// A framed text box titled `caption`, with the text a column in from
/// each side of the frame.
pub fn draw_text_box(
    frame: &mut Frame<'_>,
    area: Rect,
    caption: &str,
    border: Style,
    field: &ratatui_textarea::TextArea<'_>,
) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(border)
        .title(format!(" {caption} "));
    frame.render_widget(block, area);
    frame.render_widget(field, text_inside(area));
}

/// Where the text of a framed box at `area` goes: inside the border, a
/// column in from each side.
pub fn text_inside(area: Rect) -> Rect {
    let inner = Block::bordered().inner(area);
    Rect::new(
        inner.x + 1,
        inner.y,
        inner.width.saturating_sub(2),
        inner.height,
    )
}

/// `text` wrapped to `width` columns, each line in `style`.
pub fn para(text: &str, style: Style, width: usize) -> Vec<Line<'static>> {
    indent(text, style, width, "", "")
}

/// `text` wrapped to `width` columns: the first line after `first`, the
/// others after `rest` (both unstyled, e.g. a marker and spaces).
pub fn indent(
    text: &str,
    style: Style,
    width: usize,
    first: &str,
    rest: &str,
) -> Vec<Line<'static>> {
    let lead = text::width(first).max(text::width(rest));
    wrap(text, width.saturating_sub(lead).max(1))
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let prefix = if i == 0 { first } else { rest };
            Line::from(vec![Span::raw(prefix.to_string()), Span::styled(l, style)])
        })
        .collect()
}

/// A page of tall list items under an intro: (item index, lines, area) of
/// each item in view, keeping `selected` in view.
pub fn page_items(
    items: Vec<Vec<Line<'static>>>,
    selected: usize,
    page: Rect,
    top: u16,
) -> Vec<(usize, Vec<Line<'static>>, Rect)> {
    let heights: Vec<usize> = items.iter().map(Vec::len).collect();
    let height = usize::from(page.height.saturating_sub(top));
    let mut items: Vec<Option<Vec<Line<'static>>>> = items.into_iter().map(Some).collect();
    list_rows(&heights, selected, height)
        .into_iter()
        .map(|(i, first, n)| {
            let lines: Vec<Line<'static>> = items[i]
                .take()
                .unwrap_or_default()
                .into_iter()
                .take(n)
                .collect();
            let rect = Rect::new(page.x, page.y + top + first as u16, page.width, n as u16);
            (i, lines, rect)
        })
        .collect()
}

/// Draws an intro, then the items `page_items` placed under it.
pub fn draw_page(
    frame: &mut Frame<'_>,
    page: Rect,
    intro: Vec<Line<'static>>,
    items: Vec<(usize, Vec<Line<'static>>, Rect)>,
) {
    let top = (intro.len() as u16).min(page.height);
    draw_lines(frame, &intro, Rect::new(page.x, page.y, page.width, top));
    for (_, lines, rect) in items {
        draw_lines(frame, &lines, rect);
    }
}

/// Rows of a list: which items fit in `height` lines when `selected` must
/// be in view. Returns (item index, first line, line count) of each shown item.
pub fn list_rows(heights: &[usize], selected: usize, height: usize) -> Vec<(usize, usize, usize)> {
    let selected = selected.min(heights.len().saturating_sub(1));
    let mut first = 0;
    while first < selected && heights[first..=selected].iter().sum::<usize>() > height {
        first += 1;
    }
    let mut out = Vec::new();
    let mut y = 0;
    for (i, &h) in heights.iter().enumerate().skip(first) {
        if y >= height {
            break;
        }
        out.push((i, y, h.min(height - y)));
        y += h;
    }
    out
}

/// The lines of one row of a list: a marker when highlighted (kept without
/// colour), the number key that picks it (if `number`), a tick box for multiple choice, and the
/// text wrapped under itself. The highlighted row is in reverse video.
pub fn item(
    app: &App<'_>,
    number: Option<usize>,
    tick: Option<bool>,
    label: &str,
    selected: bool,
    width: usize,
) -> Vec<Line<'static>> {
    let s = app.bank.words();
    let marker = if selected { s.MARKER } else { " " };
    // `number` is the number shown: the key that highlights the row.
    let num = match number {
        Some(n) if n <= 9 => format!("{n}. "),
        Some(_) => "   ".to_string(),
        None => String::new(),
    };
    let tick = match tick {
        Some(true) => format!("{} ", s.TICKED),
        Some(false) => format!("{} ", s.UNTICKED),
        None => String::new(),
    };
    let lead = format!("{num}{tick}");
    let lead_w = 2 + text::width(&lead);
    let style = if selected {
        app.theme.selected()
    } else {
        Style::new()
    };
    wrap(label, width.saturating_sub(lead_w).max(1))
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let head = if i == 0 {
                lead.clone()
            } else {
                " ".repeat(lead_w - 2)
            };
            let m = if i == 0 { marker } else { " " };
            Line::from(vec![
                Span::styled(format!("{m} "), app.theme.key()),
                Span::styled(head, style),
                Span::styled(l, style),
            ])
        })
        .collect()
}

#[cfg(test)]
mod tests;
