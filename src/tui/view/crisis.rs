//! The crisis screen: shown first whenever an answer reports danger, right
//! now or a recent worry (calmer words then, 988 first), and again when a
//! recent worry becomes danger now.
//! It names the crisis lines and stays until the parent presses the key it
//! states ([`crate::strings::CRISIS_KEY`]); any other key only reminds them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{draw_lines, indent, para};
use crate::strings as s;
use crate::tui::app::App;

pub fn lines(app: &App<'_>, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let active = app.interview.active(app.bank);
    let level = crate::interview::crisis_level(app.bank, &active);
    let heading = crate::interview::crisis_heading(app.bank, level);
    let intro = match level {
        Some(crate::interview::CrisisLevel::Recent) => s::CRISIS_INTRO_RECENT,
        _ => s::CRISIS_INTRO,
    };
    let mut lines = para(heading, t.crisis(), width);
    lines.push(Line::default());
    lines.extend(para(intro, Style::new(), width));
    lines.push(Line::default());
    for l in crate::interview::crisis_lines(app.bank, &active) {
        lines.extend(indent(&l.text, t.crisis(), width, "  • ", "    "));
    }
    lines.push(Line::default());
    lines.extend(para(s::CRISIS_AFTER, Style::new(), width));
    lines.push(Line::default());
    lines
}

/// The crisis lines first, and the key to go on always in view.
pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, body: Rect) {
    let width = usize::from(body.width);
    let mut lines = lines(app, width);
    let go_on = para(s::CRISIS_CONTINUE, app.theme.heading(), width);
    lines.truncate(usize::from(body.height).saturating_sub(go_on.len()));
    lines.extend(go_on);
    draw_lines(frame, &lines, body);
}
