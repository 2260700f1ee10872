//! The Your answers page of the results: every answered question with its
//! answer in words. Enter opens one to change it; the results follow.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{indent, item, list_rows, para};
use crate::strings as s;
use crate::tui::app::App;

fn intro(app: &App<'_>, width: usize) -> Vec<Line<'static>> {
    let mut lines = para(s::ANSWERS_INTRO, app.theme.hint(), width);
    lines.push(Line::default());
    lines
}

/// (answer index, lines, area) of the answers in view under the intro.
pub fn layout(app: &App<'_>, page: Rect) -> Vec<(usize, Vec<Line<'static>>, Rect)> {
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
                Some(_) => s::ANSWER_AT_PROVIDER,
                None => s::ANSWER_AT,
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
    let heights: Vec<usize> = items.iter().map(Vec::len).collect();
    let height = usize::from(page.height - top);
    let mut items: Vec<Option<Vec<Line<'static>>>> = items.into_iter().map(Some).collect();
    list_rows(&heights, app.results.answer, height)
        .into_iter()
        .map(|(i, first, n)| {
            let lines: Vec<Line<'static>> = items[i]
                .take()
                .unwrap_or_default()
                .into_iter()
                .take(n)
                .collect();
            let rect = Rect::new(page.x, page.y + top + first as u16, page.width, n as u16);
            (i, lines, rect)
        })
        .collect()
}

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, page: Rect) {
    let intro = intro(app, usize::from(page.width));
    let top = (intro.len() as u16).min(page.height);
    frame.render_widget(
        Paragraph::new(intro),
        Rect::new(page.x, page.y, page.width, top),
    );
    for (_, lines, rect) in layout(app, page) {
        frame.render_widget(Paragraph::new(lines), rect);
    }
}
