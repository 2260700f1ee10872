use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

use super::*;

/// Draws with `f` on a fresh 12x3 test terminal and returns its buffer.
fn drawn(f: impl FnOnce(&mut Frame<'_>)) -> ratatui::buffer::Buffer {
    let mut t = Terminal::new(TestBackend::new(12, 3)).unwrap();
    t.draw(f).unwrap();
    t.backend().buffer().clone()
}

#[test]
fn draw_lines_draws_what_a_paragraph_draws_styles_included() {
    let lines = vec![
        Line::from(vec![
            Span::raw("› "),
            Span::styled("Urgent", Style::new().add_modifier(Modifier::REVERSED)),
        ]),
        // Wider than the area: cut, and the wide character that does not fit is left out.
        Line::from(vec![Span::styled(
            "日本語のテキスト",
            Style::new().fg(Color::Red),
        )]),
        Line::default(),
        Line::from("a line past the area's last row"),
    ];
    let area = Rect::new(1, 0, 9, 3);
    let ours = drawn(|f| draw_lines(f, &lines, area));
    let paragraph = drawn(|f| f.render_widget(Paragraph::new(lines.clone()), area));
    assert_eq!(ours, paragraph);
}

#[test]
fn draw_lines_stays_inside_the_frame() {
    let lines = vec![Line::from("abc"); 5];
    let outside = Rect::new(10, 2, 8, 4);
    let buf = drawn(|f| draw_lines(f, &lines, outside));
    assert_eq!(buf[(10, 2)].symbol(), "a");
    assert_eq!(buf[(11, 2)].symbol(), "b");
}
