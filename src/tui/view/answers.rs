//! The Your answers page of the results: every answered question with its
//! answer in words. Enter opens one to change it; the results follow.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{draw_page, indent, item, page_items, para};
use crate::tui::app::App;

fn intro(app: &App<'_>, width: usize) -> Vec<Line<'static>> {
    let s = app.bank.words();
    let mut lines = para(s.ANSWERS_INTRO, app.theme.hint(), width);
    lines.push(Line::default());
    lines
}

/// (answer index, lines, area) of the answers in view under the intro.
pub fn layout(app: &App<'_>, page: Rect) -> Vec<(usize, Vec<Line<'static>>, Rect)> {
    let s = app.bank.words();
    let width = usize::from(page.width);
    let top = intro(app, width).len().min(usize::from(page.height)) as u16;
    let steps = app.answered();
    let items: Vec<Vec<Line<'static>>> = steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let q = step.question(app.bank);
            let section = app
                .bank
                .section(&q.section)
                .map_or("", |s| s.title.as_str());
            // What the parent typed goes in last, so it is never read as a placeholder.
            let template = match step.provider {
                Some(_) => s.ANSWER_AT_PROVIDER,
                None => s.ANSWER_AT,
            };
            let label = template
                .replace("{section}", section)
                .replace("{prompt}", &q.prompt)
                .replace(
                    "{provider}",
                    &step
                        .provider
                        .map(|p| app.provider_label(p))
                        .unwrap_or_default(),
                );
            let mut lines = item(app, None, None, &label, i == app.results.answer, width);
            lines.extend(indent(
                &app.answer_text(*step),
                app.theme.hint(),
                width,
                "    ",
                "    ",
            ));
            lines
        })
        .collect();
    page_items(items, app.results.answer, page, top)
}

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, page: Rect) {
    draw_page(
        frame,
        page,
        intro(app, usize::from(page.width)),
        layout(app, page),
    );
}
