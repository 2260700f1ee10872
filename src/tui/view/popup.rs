//! Popups: where they go, how wide they are, how far they scroll, and the
//! frame drawn round them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};

use super::{draw_lines, glossary, help, text_inside};
use crate::core::text::truncate;
use crate::tui::app::{App, Popup};

/// Where popups go: between the rule under the header and the key bar,
/// so the keys and the crisis lines stay in view.
pub fn popup_space(area: Rect) -> Rect {
    Rect::new(
        area.x,
        area.y + 2.min(area.height),
        area.width,
        area.height.saturating_sub(4),
    )
}

/// A centered window over `area`, at most `width` columns wide, tall
/// enough for `lines` lines of text.
pub fn popup_area(area: Rect, width: u16, lines: usize) -> Rect {
    let w = width.min(area.width.saturating_sub(4)).max(1);
    let h = (lines as u16).saturating_add(2).min(area.height).max(1);
    Rect::new(
        area.x + (area.width.saturating_sub(w)) / 2,
        area.y + (area.height.saturating_sub(h)) / 2,
        w,
        h,
    )
}

/// The widest a popup gets.
pub const POPUP_WIDTH: u16 = 72;

/// Draws a framed, scrollable popup of `lines` titled `title`.
pub fn draw_popup(
    app: &App<'_>,
    frame: &mut Frame<'_>,
    area: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: usize,
) {
    let space = popup_space(area);
    let rect = popup_area(space, POPUP_WIDTH, lines.len());
    let inner_h = usize::from(rect.height.saturating_sub(2));
    let scroll = scroll.min(lines.len().saturating_sub(inner_h));
    // The whole space, not just the window: no cut-off words at its sides.
    frame.render_widget(Clear, space);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border())
        .title(Span::styled(
            truncate(
                &format!(" {title} "),
                usize::from(rect.width.saturating_sub(2)),
            ),
            app.theme.heading(),
        ));
    frame.render_widget(block, rect);
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(inner_h).collect();
    draw_lines(frame, &shown, text_inside(rect));
}

/// The text width inside a popup for the window the app last saw.
pub fn popup_text_width(app: &App<'_>) -> usize {
    popup_width(app.size.width)
}

/// The text width inside a popup in a window `width` columns wide.
pub fn popup_width(width: u16) -> usize {
    let w = POPUP_WIDTH.min(width.saturating_sub(4));
    usize::from(w.saturating_sub(4).max(1))
}

/// How far the popup on show can scroll.
pub fn popup_max_scroll(app: &App<'_>) -> usize {
    let width = popup_text_width(app);
    let lines = match &app.popup {
        Some(Popup::Help { .. }) => help::lines(app, width).len(),
        Some(Popup::Glossary { text, .. }) => glossary::lines(app, text, width).len(),
        _ => 0,
    };
    let area = Rect::new(0, 0, app.size.width, app.size.height);
    let inner = usize::from(
        popup_area(area, POPUP_WIDTH, lines)
            .height
            .saturating_sub(2),
    );
    lines.saturating_sub(inner)
}
