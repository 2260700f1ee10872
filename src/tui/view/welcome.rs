//! The welcome screen: how to turn plain mode on for good, what fitcheck does, that it saves as it goes, that
//! answers stay on this computer, that it is not medical advice; then the
//! choice to continue, start anew, check in or see the results.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{chrome, draw_lines, item, para};
use crate::core::text::clean;
use crate::tui::app::{App, Start};

/// What a choice says.
fn label(app: &App<'_>, choice: Start) -> String {
    let s = app.bank.words();
    match choice {
        Start::Resume => {
            let Some(session) = &app.welcome.unfinished else {
                return s.WELCOME_NEW.to_string();
            };
            let template = if session.label.is_some() {
                s.WELCOME_RESUME_LABEL
            } else {
                s.WELCOME_RESUME
            };
            template
                .replace(
                    "{label}",
                    &clean(session.label.as_deref().unwrap_or_default(), false),
                )
                .replace("{answered}", &session.digest.answered.to_string())
                .replace("{applicable}", &session.digest.applicable.to_string())
                .replace("{date}", &crate::core::text::day(&session.updated))
        }
        Start::StartNew => s.WELCOME_NEW.to_string(),
        Start::CheckIn => match app
            .welcome
            .finished
            .as_ref()
            .and_then(|f| f.checkin.as_ref())
        {
            Some(draft) => s
                .WELCOME_CHECKIN_GO_ON
                .replace("{date}", &crate::core::text::day(&draft.date)),
            None => s.WELCOME_CHECKIN.to_string(),
        },
        Start::ViewResults => s.WELCOME_VIEW.to_string(),
    }
}

/// The text above the choices; `what` includes what fitcheck does.
fn text(app: &App<'_>, width: usize, what: bool) -> Vec<Line<'static>> {
    let s = app.bank.words();
    let t = &app.theme;
    // First, where a screen reader starts: how to have plain mode for good.
    let mut lines = para(s.WELCOME_PLAIN, ratatui::style::Style::new(), width);
    // Then, in the other language, how to have fitcheck in it.
    lines.extend(para(
        s.WELCOME_OTHER_LANG,
        ratatui::style::Style::new(),
        width,
    ));
    lines.push(Line::default());
    if what {
        lines.extend(para(s.WELCOME_WHAT, ratatui::style::Style::new(), width));
        lines.push(Line::default());
    }
    let overdue = app.bank.meta.review_overdue(&app.today).then(|| {
        s.REVIEW_OVERDUE
            .replace("{review_by}", &app.bank.meta.review_by)
    });
    let points = [s.WELCOME_SAVED_HERE, app.bank.meta.not_advice.as_str()];
    for point in points.into_iter().chain(overdue.as_deref()) {
        lines.extend(super::indent(
            point,
            ratatui::style::Style::new(),
            width,
            s.WELCOME_BULLET,
            "  ",
        ));
    }
    lines.push(Line::default());
    if let Some(session) = &app.welcome.finished {
        let date = &crate::core::text::day(&session.updated);
        lines.extend(para(
            &s.WELCOME_BACK.replace("{date}", date),
            t.heading(),
            width,
        ));
        lines.push(Line::default());
    }
    lines
}

/// The lines of each choice, and where each goes.
pub struct Layout {
    pub text: Vec<Line<'static>>,
    pub text_area: Rect,
    pub items: Vec<(Vec<Line<'static>>, Rect)>,
}

/// Lays out the body: the choices always in view, the text above them
/// without its blank lines if need be, then without what fitcheck does
/// (the privacy and not-advice points and "welcome back" matter more),
/// then cut to what fits.
pub fn layout(app: &App<'_>, body: Rect) -> Layout {
    let width = usize::from(body.width);
    let items: Vec<Vec<Line<'static>>> = app
        .welcome
        .items
        .iter()
        .enumerate()
        .map(|(i, c)| {
            item(
                app,
                Some(i + 1),
                None,
                &label(app, *c),
                i == app.welcome.highlight,
                width,
            )
        })
        .collect();
    let items_h: usize = items.iter().map(Vec::len).sum();
    let room = usize::from(body.height).saturating_sub(items_h);
    // Short of room: the blank lines go first, then what fitcheck does.
    let solid = |mut lines: Vec<Line<'static>>| {
        lines.retain(|l| l.width() > 0);
        lines
    };
    let text = [true, false]
        .into_iter()
        .flat_map(|what| {
            let lines = text(app, width, what);
            [lines.clone(), solid(lines)]
        })
        .find(|lines| lines.len() <= room)
        .unwrap_or_else(|| solid(text(app, width, false)));
    let text_h = text
        .len()
        .min(usize::from(body.height).saturating_sub(items_h));
    let mut y = body.y + text_h as u16;
    let bottom = body.y + body.height;
    let items = items
        .into_iter()
        .map(|lines| {
            let h = (lines.len() as u16).min(bottom.saturating_sub(y));
            let rect = Rect::new(body.x, y, body.width, h);
            y += h;
            (lines, rect)
        })
        .collect();
    Layout {
        text,
        text_area: Rect::new(body.x, body.y, body.width, text_h as u16),
        items,
    }
}

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, body: Rect) {
    let l = layout(app, body);
    draw_lines(frame, &l.text, l.text_area);
    for (lines, rect) in l.items {
        draw_lines(frame, &lines, rect);
    }
}

/// The choice at a clicked cell.
pub fn item_at(app: &App<'_>, x: u16, y: u16) -> Option<usize> {
    let area = Rect::new(0, 0, app.size.width, app.size.height);
    let body = chrome(app, area).body;
    let pos = ratatui::layout::Position::new(x, y);
    layout(app, body)
        .items
        .iter()
        .position(|(_, r)| r.contains(pos))
}
