//! What a title means, over the screen (`g`): the text of
//! [`crate::core::glossary::run`] for the title on screen, scrollable.
//!
//! That text is laid out for [`crate::core::glossary::WIDTH`] columns. In a
//! narrower popup, the lines its wrapping broke are joined again and
//! wrapped to the popup, keeping each paragraph's indent; lines that fit
//! (the table's columns) are kept as they are.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{draw_popup, para, popup_width};
use crate::core::text::{self, wrap};
use crate::tui::app::App;

/// Leading spaces of a line.
fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Where the text of a line's continuation starts: under the text of a
/// "- " list item, under the line itself otherwise.
fn hanging(line: &str) -> usize {
    let at = indent_of(line);
    if line[at..].starts_with("- ") {
        at + 2
    } else {
        at
    }
}

/// The glossary's lines joined back into the paragraphs its wrapping broke.
fn paragraphs(glossary: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // The indent continuation lines of the paragraph in progress have.
    let mut cont: Option<usize> = None;
    for line in glossary.lines() {
        let line = line.trim_end();
        let joins = match (cont, out.last()) {
            (Some(c), Some(prev)) if !line.is_empty() => {
                let first = line.trim_start().split(' ').next().unwrap_or("");
                // The last line as the glossary printed it, indent included.
                let last = match prev.rsplit_once('\n') {
                    Some((_, tail)) => c + text::width(tail),
                    None => text::width(prev.as_str()),
                };
                let broken = last + 1 + text::width(first) > crate::core::glossary::WIDTH;
                broken && indent_of(line) == c && !line.trim_start().starts_with("- ")
            }
            _ => false,
        };
        if joins {
            let last = out.last_mut().expect("a line to join");
            // Kept apart by a newline, so the next line can measure this one.
            last.push('\n');
            last.push_str(line.trim_start());
        } else {
            out.push(line.to_string());
            cont = (!line.is_empty()).then(|| hanging(line));
        }
    }
    out
}

pub fn lines(app: &App<'_>, glossary: &str, width: usize) -> Vec<Line<'static>> {
    let s = app.bank.words();
    let mut out = Vec::new();
    for p in paragraphs(glossary.trim_end()) {
        let first = p.lines().next().unwrap_or("");
        let joined = p.replace('\n', " ");
        if text::width(&joined) <= width && !p.contains('\n') {
            out.push(Line::from(joined));
            continue;
        }
        let lead = indent_of(first);
        let hang = hanging(first).min(width / 2);
        let body = &joined[lead..];
        for (i, l) in wrap(body, width.saturating_sub(hang).max(1))
            .into_iter()
            .enumerate()
        {
            let pad = if i == 0 { lead.min(hang) } else { hang };
            // A list item's dash sits in the indent of the first line.
            out.push(Line::from(format!("{}{l}", " ".repeat(pad))));
        }
    }
    out.push(Line::default());
    out.extend(para(s.POPUP_CLOSE, app.theme.hint(), width));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_lines_join_and_kept_lines_stay() {
        let long = "a".repeat(70);
        let text = format!(
            "Heading\n  {long} broken\n  here.\n  - item {long}\n    more\nTitle   Yes   Kept   columns\n"
        );
        let p = paragraphs(&text);
        assert_eq!(p[0], "Heading");
        assert_eq!(p[1], format!("  {long} broken\nhere."));
        assert_eq!(p[2], format!("  - item {long}\nmore"));
        assert_eq!(p[3], "Title   Yes   Kept   columns");
    }
}
