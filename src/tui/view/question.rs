//! A question of the interview: the section's introduction on its first
//! question, the question and its hint, then the options (need levels read
//! as words), or a text box with the rows under it. The hint of the
//! highlighted option and any refusal come last.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{chrome, draw_lines, draw_text_box, item, list_rows, para};
use crate::core::bank::Kind;
use crate::tui::app::{App, Focus, Hit, Row};

/// Where everything on the question screen goes.
pub struct Layout {
    pub top: Vec<Line<'static>>,
    pub top_area: Rect,
    pub field: Option<Rect>,
    /// (row index, its lines, where they go) for the rows in view.
    pub rows: Vec<(usize, Vec<Line<'static>>, Rect)>,
    /// Where to mark that the list goes on past what is shown.
    pub more: Option<Rect>,
    pub below: Vec<Line<'static>>,
    pub below_area: Rect,
}

/// The number row `i` shows, and that its key highlights: a need level is
/// its own number (0 to 3, as in plain mode and the answers file); any other
/// row counts from 1.
pub fn row_number(row: &Row, i: usize) -> usize {
    match row {
        Row::Level(l) => usize::from(*l),
        _ => i + 1,
    }
}

/// What row `row` says.
pub fn row_label(app: &App<'_>, row: &Row) -> String {
    let s = app.bank.words();
    let Some(q) = app.question() else {
        return String::new();
    };
    match row {
        Row::Option(i) => q
            .options
            .get(*i)
            .map_or_else(String::new, |o| o.text.clone()),
        Row::Level(l) => app.bank.level_text(*l).label.clone(),
        Row::Title(sg) => crate::tui::labels::suggestion(app.bank, sg),
        Row::Unknown => s.TITLE_UNKNOWN.to_string(),
        Row::Skip => s.SKIP.to_string(),
    }
}

/// The hint of row `row`, if it has one.
fn row_hint(app: &App<'_>, row: &Row) -> Option<String> {
    let q = app.question()?;
    match row {
        Row::Option(i) => q.options.get(*i)?.hint.clone(),
        Row::Level(l) => Some(q.level_hint(app.bank, *l).to_string()),
        _ => None,
    }
    .filter(|h| !h.trim().is_empty())
}

fn top_lines(app: &App<'_>, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let Some(q) = app.question() else {
        return lines;
    };
    let t = &app.theme;
    let progress = app.interview.progress(app.bank);
    if progress.in_section == 1
        && let Some(intro) = app.bank.section(&q.section).and_then(|s| s.intro.as_ref())
    {
        lines.extend(para(intro, Style::new(), width));
        lines.push(Line::default());
    }
    lines.extend(para(&q.prompt, t.prompt(), width));
    if !q.hint.trim().is_empty() {
        lines.extend(para(&q.hint, t.hint(), width));
    }
    // In a check-in: what the parent said last time, which Enter keeps.
    if let Some(last) = app.last_time() {
        lines.extend(para(&last, t.notice(), width));
    }
    lines.push(Line::default());
    lines
}

/// Lays the question out in `body`.
pub fn layout(app: &App<'_>, body: Rect) -> Layout {
    let width = usize::from(body.width);
    let h = usize::from(body.height);
    let form = &app.form;
    let kind = app.question().map(|q| q.kind);
    let top = top_lines(app, width);
    let field_h = match kind {
        Some(Kind::Title) => 3,
        Some(Kind::Text) => 5,
        _ => 0,
    };
    let gap = usize::from(field_h > 0 && !form.rows.is_empty());
    let list_focus = form.focus == Focus::List;
    let multi = kind == Some(Kind::Multi);
    let items: Vec<Vec<Line<'static>>> = form
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let tick = match row {
                Row::Option(o) if multi => Some(form.ticked.contains(o)),
                _ => None,
            };
            item(
                app,
                Some(row_number(row, i)),
                tick,
                &row_label(app, row),
                list_focus && i == form.highlight,
                width,
            )
        })
        .collect();
    let mut below = Vec::new();
    if list_focus && let Some(hint) = form.rows.get(form.highlight).and_then(|r| row_hint(app, r)) {
        below.push(Line::default());
        below.extend(para(&hint, app.theme.hint(), width));
    }
    if let Some(e) = &form.error {
        below.push(Line::default());
        below.extend(para(e, app.theme.error(), width));
    }
    let rows_need: usize = items.iter().map(Vec::len).sum();
    let rows_h = rows_need
        .min(
            h.saturating_sub(top.len() + field_h + gap + below.len())
                .max(3),
        )
        .min(h.saturating_sub(field_h + gap));
    let rest = h.saturating_sub(rows_h + field_h + gap);
    let top_h = top.len().min(rest);
    let below_h = below.len().min(rest - top_h);

    let mut y = body.y;
    let top_area = Rect::new(body.x, y, body.width, top_h as u16);
    y += top_h as u16;
    let field = (field_h > 0).then(|| {
        let r = Rect::new(body.x, y, body.width, (field_h as u16).min(body.height));
        y += field_h as u16 + gap as u16;
        r
    });
    let heights: Vec<usize> = items.iter().map(Vec::len).collect();
    // A list too long for the window scrolls with the highlight, with a mark
    // saying so; "I don't know their title" and "Skip" stay in view under it.
    let tail = form
        .rows
        .iter()
        .rev()
        .take_while(|r| matches!(r, Row::Unknown | Row::Skip))
        .count();
    let head = heights.len() - tail;
    let tail_h: usize = heights[head..].iter().sum();
    let mut shown: Vec<(usize, usize, usize)>;
    let mut cut = None;
    if rows_need <= rows_h || rows_h < 2 {
        shown = list_rows(&heights, form.highlight, rows_h);
    } else if head > 0 && rows_h > tail_h + 1 {
        let selected = if form.highlight < head {
            form.highlight
        } else {
            0
        };
        shown = list_rows(&heights[..head], selected, rows_h - tail_h - 1);
        let mut end = shown.last().map_or(0, |(_, first, n)| first + n);
        cut = Some(end);
        end += 1;
        for (i, h) in heights.iter().enumerate().skip(head) {
            shown.push((i, end, *h));
            end += h;
        }
    } else {
        shown = list_rows(&heights, form.highlight, rows_h - 1);
        cut = Some(shown.last().map_or(0, |(_, first, n)| first + n));
    }
    let mut rows = Vec::new();
    let mut items: Vec<Option<Vec<Line<'static>>>> = items.into_iter().map(Some).collect();
    let mut rows_end = y;
    for (i, first, n) in shown {
        let lines: Vec<Line<'static>> = items[i].take().unwrap_or_default();
        let rect = Rect::new(body.x, y + first as u16, body.width, n as u16);
        rows_end = rows_end.max(rect.y + rect.height);
        rows.push((i, lines.into_iter().take(n).collect(), rect));
    }
    let more = cut.map(|at| Rect::new(body.x, y + at as u16, body.width, 1));
    let below_area = Rect::new(body.x, rows_end, body.width, below_h as u16);
    Layout {
        top,
        top_area,
        field,
        rows,
        more,
        below,
        below_area,
    }
}

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, body: Rect) {
    let s = app.bank.words();
    let l = layout(app, body);
    draw_lines(frame, &l.top, l.top_area);
    if let Some(area) = l.field {
        let kind = app.question().map(|q| q.kind);
        let caption = if kind == Some(Kind::Title) {
            s.TITLE_FIELD
        } else {
            s.TEXT_FIELD
        };
        let focused = app.form.focus == Focus::Field;
        let border = if focused {
            app.theme.heading()
        } else {
            app.theme.border()
        };
        draw_text_box(frame, area, caption, border, &app.form.field);
    }
    for (_, lines, rect) in l.rows {
        draw_lines(frame, &lines, rect);
    }
    if let Some(rect) = l.more {
        frame.render_widget(
            Paragraph::new(format!("     {}", s.MORE_ROWS)).style(app.theme.hint()),
            rect,
        );
    }
    draw_lines(frame, &l.below, l.below_area);
}

/// What is at a clicked cell.
pub fn hit(app: &App<'_>, x: u16, y: u16) -> Option<Hit> {
    let area = Rect::new(0, 0, app.size.width, app.size.height);
    let l = layout(app, chrome(app, area).body);
    let pos = Position::new(x, y);
    if l.field.is_some_and(|f| f.contains(pos)) {
        return Some(Hit::Field);
    }
    l.rows
        .iter()
        .find(|(_, _, r)| r.contains(pos))
        .map(|(i, _, _)| Hit::Row(*i))
}
