//! The questions to ask at the next meeting, most important first, under
//! two headings: the few to bring, then more for when there is time. Each
//! says why it was chosen for this family and why it matters. Space marks
//! one as asked (kept in the session).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{draw_page, indent, item, page_items, para};
use crate::core::text::clean;
use crate::tui::app::App;

/// Columns the lines under a question start at (marker, tick box).
const LEAD: &str = "      ";

fn intro(app: &App<'_>, width: usize) -> Vec<Line<'static>> {
    let s = app.bank.words();
    let text = if app.summary.questions_to_ask.is_empty() {
        s.ASKS_NONE
    } else {
        s.ASKS_INTRO
    };
    let mut lines = para(text, app.theme.hint(), width);
    lines.push(Line::default());
    lines
}

/// The lines of question to ask `i`.
fn lines(app: &App<'_>, i: usize, width: usize) -> Vec<Line<'static>> {
    let s = app.bank.words();
    let a = &app.summary.questions_to_ask[i];
    let asked = app
        .autosave
        .as_ref()
        .and_then(|s| s.session().asked.get(&a.id));
    let label = format!("{}. {}", i + 1, a.text);
    // "Bring these" heads the first questions, "More questions" the rest.
    let all = &app.summary.questions_to_ask;
    let heading = match (i, a.bring) {
        (0, true) => Some(s.ASKS_HEADING),
        (_, false) if i == 0 || all[i - 1].bring => Some(s.MORE_ASKS_HEADING),
        _ => None,
    };
    let mut out = heading.map_or_else(Vec::new, |h| para(h, app.theme.heading(), width));
    out.extend(item(
        app,
        None,
        Some(asked.is_some()),
        &label,
        i == app.results.ask,
        width,
    ));
    let under = |text: &str, style: Style| indent(text, style, width, LEAD, LEAD);
    out.extend(under(
        &format!("{}{}", s.ASK_REASON, a.reason),
        Style::new(),
    ));
    if !a.why.trim().is_empty() {
        out.extend(under(&format!("{}{}", s.ASK_WHY, a.why), app.theme.hint()));
    }
    if !a.providers.is_empty() {
        let names: Vec<String> = a.providers.iter().map(|p| clean(p, false)).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let line = s
            .ASK_FOR
            .replace("{providers}", &crate::core::score::list(s, &names));
        out.extend(under(&line, Style::new()));
    }
    if let Some(asked) = asked {
        let date = &crate::core::text::day(&asked.date);
        out.extend(under(
            &s.ASKED_ON.replace("{date}", date),
            app.theme.notice(),
        ));
        if let Some(reply) = asked.reply.as_deref().filter(|r| !r.trim().is_empty()) {
            out.extend(under(
                &s.ASKED_REPLY.replace("{reply}", &clean(reply, false)),
                app.theme.notice(),
            ));
        }
    }
    out.push(Line::default());
    out
}

/// (question index, lines, area) of the questions in view under the intro.
pub fn layout(app: &App<'_>, page: Rect) -> Vec<(usize, Vec<Line<'static>>, Rect)> {
    let width = usize::from(page.width);
    let top = intro(app, width).len().min(usize::from(page.height)) as u16;
    let items: Vec<Vec<Line<'static>>> = (0..app.summary.questions_to_ask.len())
        .map(|i| lines(app, i, width))
        .collect();
    page_items(items, app.results.ask, page, top)
}

pub fn draw(app: &App<'_>, frame: &mut Frame<'_>, page: Rect) {
    draw_page(
        frame,
        page,
        intro(app, usize::from(page.width)),
        layout(app, page),
    );
}
