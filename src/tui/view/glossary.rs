//! What a title means, over the screen (`g`): the text of
//! [`crate::glossary::run`] for the title on screen, scrollable.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{draw_popup, para, popup_width};
use crate::strings as s;
use crate::tui::app::App;

pub fn lines(app: &App<'_>, text: &str, width: usize) -> Vec<Line<'static>> {
    let mut out = para(text.trim_end(), Style::new(), width);
    out.push(Line::default());
    out.extend(para(s::POPUP_CLOSE, app.theme.hint(), width));
    out
}

pub fn draw(
    app: &App<'_>,
    frame: &mut Frame<'_>,
    area: Rect,
    title: &str,
    text: &str,
    scroll: usize,
) {
    let lines = lines(app, text, popup_width(area.width));
    draw_popup(app, frame, area, title, lines, scroll);
}
