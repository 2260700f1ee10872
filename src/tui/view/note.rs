//! A note the parent types, over the screen: what a provider said to a
//! question to ask (Enter on the questions-to-ask page), or what happened
//! since the last visit (at the start of a check-in). What the note is
//! about and what the box is for come first; the box goes in the rows kept
//! free for it at the bottom of the popup.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{
    POPUP_WIDTH, draw_popup, draw_text_box, para, popup_area, popup_space, popup_width, text_inside,
};
use crate::tui::app::{App, Noting};

/// Rows of the box, its border included.
const BOX: u16 = 5;

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, area: Rect, noting: Noting) {
    let s = app.bank.words();
    let width = popup_width(area.width);
    let (title, about, text, field) = match noting {
        Noting::Reply(ask) => (
            s.REPLY_TITLE,
            app.summary
                .questions_to_ask
                .get(ask)
                .map_or("", |a| a.text.as_str()),
            s.REPLY_TEXT,
            s.REPLY_FIELD,
        ),
        Noting::CheckIn => (
            s.CHECKIN_NOTE_TITLE,
            s.CHECKIN_NOTE_PROMPT,
            s.CHECKIN_NOTE_TEXT,
            s.CHECKIN_NOTE_FIELD,
        ),
        Noting::Label => (s.LABEL_TITLE, s.LABEL_PROMPT, s.LABEL_TEXT, s.LABEL_FIELD),
    };
    let mut lines = para(about, app.theme.prompt(), width);
    lines.push(Line::default());
    lines.extend(para(text, app.theme.hint(), width));
    lines.push(Line::default());
    // Rows the box is drawn over.
    lines.extend(std::iter::repeat_n(Line::default(), usize::from(BOX)));
    let rect = popup_area(popup_space(area), POPUP_WIDTH, lines.len());
    draw_popup(app, frame, area, title, lines, 0);
    // Inside the popup's border and margin, at the bottom.
    let inner = text_inside(rect);
    let h = BOX.min(inner.height);
    let boxed = Rect::new(inner.x, inner.bottom() - h, inner.width, h);
    draw_text_box(frame, boxed, field, app.theme.heading(), &app.note);
}
