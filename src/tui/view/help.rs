//! The list of every key, over any screen (`?`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{draw_popup, para, popup_width};
use crate::core::text::{pad, wrap};
use crate::tui::app::App;

/// Columns for the keys.
const KEYS: usize = 14;

pub fn lines(app: &App<'_>, width: usize) -> Vec<Line<'static>> {
    let s = app.bank.words();
    let mut out = Vec::new();
    for (keys, what) in s.HELP {
        let text_w = width.saturating_sub(KEYS).max(1);
        for (i, l) in wrap(what, text_w).into_iter().enumerate() {
            let k = if i == 0 { keys } else { "" };
            out.push(Line::from(vec![
                Span::styled(pad(k, KEYS), app.theme.key()),
                Span::raw(l),
            ]));
        }
    }
    out.push(Line::default());
    out.extend(para(s.HELP_CLOSE, Style::new(), width));
    out
}

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, area: Rect, scroll: usize) {
    let s = app.bank.words();
    let lines = lines(app, popup_width(area.width));
    draw_popup(app, frame, area, s.HELP_TITLE, lines, scroll);
}
