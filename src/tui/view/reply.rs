//! Noting what a provider said to a question to ask (Enter on the
//! questions-to-ask page): the question, a line on what the box is for,
//! and the box. The text is laid out above the box; the box goes in the
//! rows kept free for it at the bottom of the popup.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders};

use super::{POPUP_WIDTH, draw_popup, para, popup_area, popup_space, popup_width};
use crate::strings as s;
use crate::tui::app::App;

/// Rows of the box, its border included.
const BOX: u16 = 5;

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, area: Rect, ask: usize) {
    let width = popup_width(area.width);
    let question = app
        .summary
        .questions_to_ask
        .get(ask)
        .map_or("", |a| a.text.as_str());
    let mut lines = para(question, app.theme.prompt(), width);
    lines.push(Line::default());
    lines.extend(para(s::REPLY_TEXT, app.theme.hint(), width));
    lines.push(Line::default());
    // Rows the box is drawn over.
    lines.extend(std::iter::repeat_n(Line::default(), usize::from(BOX)));
    let rect = popup_area(popup_space(area), POPUP_WIDTH, lines.len());
    draw_popup(app, frame, area, s::REPLY_TITLE, lines, 0);
    // Inside the popup's border and margin, at the bottom.
    let inner = Rect::new(
        rect.x + 2,
        rect.y + 1,
        rect.width.saturating_sub(4),
        rect.height.saturating_sub(2),
    );
    let h = BOX.min(inner.height);
    let field = Rect::new(inner.x, inner.bottom() - h, inner.width, h);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.heading())
        .title(format!(" {} ", s::REPLY_FIELD));
    let text = block.inner(field);
    frame.render_widget(block, field);
    let text = Rect::new(
        text.x + 1,
        text.y,
        text.width.saturating_sub(2),
        text.height,
    );
    frame.render_widget(&app.reply, text);
}
