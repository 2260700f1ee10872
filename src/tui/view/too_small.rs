//! A window too small to draw in: ask for a larger one, saying in words
//! the size needed and how to quit, in as much of the message as fits,
//! with the crisis lines kept on the last row.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::widgets::Paragraph;

use super::{draw_footer, para};
use crate::tui::app::{App, MIN_HEIGHT, MIN_WIDTH};

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let s = app.bank.words();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let width = usize::from(area.width);
    let size = s
        .TOO_SMALL_SIZE
        .replace("{w}", &area.width.to_string())
        .replace("{h}", &area.height.to_string())
        .replace("{mw}", &MIN_WIDTH.to_string())
        .replace("{mh}", &MIN_HEIGHT.to_string());
    let mut lines = para(s.TOO_SMALL, app.theme.heading(), width);
    lines.extend(para(&size, Style::new(), width));
    lines.extend(para(s.TOO_SMALL_QUIT, Style::new(), width));
    let text_h = area.height.saturating_sub(1);
    let top = text_h.saturating_sub(lines.len() as u16) / 2;
    frame.render_widget(
        Paragraph::new(lines).alignment(Alignment::Center),
        Rect::new(area.x, area.y + top, area.width, text_h - top),
    );
    draw_footer(
        app,
        frame,
        Rect::new(area.x, area.y + area.height - 1, area.width, 1),
    );
}
