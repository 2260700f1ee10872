//! Quitting while the answers could not be saved: the reason, and the ways
//! out (print the summary, try again, go back, or quit without saving).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{draw_popup, para, popup_width};
use crate::tui::app::App;

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, area: Rect) {
    let s = app.bank.words();
    let width = popup_width(area.width);
    let mut lines = para(
        app.save_error().unwrap_or_default(),
        app.theme.error(),
        width,
    );
    lines.push(Line::default());
    lines.extend(para(s.UNSAVED_TEXT, Style::new(), width));
    draw_popup(app, frame, area, s.UNSAVED_TITLE, lines, 0);
}
