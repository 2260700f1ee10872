//! The crisis screen: shown first whenever an answer reports danger, right
//! now or a recent worry (calmer words then, 988 first), and again when a
//! recent worry becomes danger now.
//! It names the crisis lines and stays until the parent presses the key it
//! states ([`s.CRISIS_KEY`]); any other key only reminds them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{draw_lines, indent, para};
use crate::tui::app::App;

pub fn lines(app: &App<'_>, width: usize) -> Vec<Line<'static>> {
    let s = app.bank.words();
    let t = &app.theme;
    let active = app.interview.active(app.bank);
    let level = crate::core::interview::crisis_level(app.bank, &active);
    let heading = crate::core::interview::crisis_heading(app.bank, level);
    let intro = match level {
        Some(crate::core::interview::CrisisLevel::Recent) => s.CRISIS_INTRO_RECENT,
        _ => s.CRISIS_INTRO,
    };
    let mut lines = para(heading, t.crisis(), width);
    lines.push(Line::default());
    lines.extend(para(intro, Style::new(), width));
    lines.push(Line::default());
    for l in crate::core::interview::crisis_lines(app.bank, &active) {
        lines.extend(indent(&l.text, t.crisis(), width, "  • ", "    "));
    }
    lines.push(Line::default());
    lines.extend(para(s.CRISIS_AFTER, Style::new(), width));
    lines.push(Line::default());
    lines
}

/// The lines that fit above the key to go on, in a body `height` rows high.
fn room(app: &App<'_>, width: usize, height: usize) -> usize {
    let s = app.bank.words();
    let go_on = para(s.CRISIS_CONTINUE, app.theme.heading(), width).len();
    height.saturating_sub(go_on + 1)
}

/// How far the crisis lines can scroll in the window as it is.
pub fn max_scroll(app: &App<'_>) -> usize {
    let body = super::chrome(app, Rect::new(0, 0, app.size.width, app.size.height)).body;
    let width = usize::from(body.width);
    let all = lines(app, width).len();
    let room = room(app, width, usize::from(body.height));
    // The last line of room is kept for "more below" while there is more.
    all.saturating_sub(room)
}

/// The crisis lines first, and the key to go on always in view. In a small
/// window the lines scroll, and the screen says there is more below.
pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, body: Rect) {
    let s = app.bank.words();
    let width = usize::from(body.width);
    let all = lines(app, width);
    let room = room(app, width, usize::from(body.height));
    let from = app.crisis_scroll.min(all.len().saturating_sub(room));
    let mut shown: Vec<Line<'static>> = all.iter().skip(from).take(room).cloned().collect();
    if from + room < all.len() {
        shown.push(Line::styled(
            format!("  {}", s.CRISIS_MORE),
            app.theme.heading(),
        ));
    } else {
        shown.push(Line::default());
    }
    shown.extend(para(s.CRISIS_CONTINUE, app.theme.heading(), width));
    draw_lines(frame, &shown, body);
}
