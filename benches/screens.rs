//! How long the wizard takes to draw each screen on ratatui's TestBackend at
//! 80x24 and 200x60, to go from a key press to the next frame, and to save
//! an answer after that frame. `cargo bench --bench screens`.

#[path = "../tests/tui_kit/mod.rs"]
mod tui_kit;

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use fitcheck::core::bank::Kind;
use fitcheck::tui::app::{App, Msg};
use fitcheck::tui::update::update;
use fitcheck::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use tui_kit::*;

/// The wizard brought to a screen by keys.
fn at<'a>(kit: &'a Kit, screen: &str) -> App<'a> {
    let mut app = kit.app(None);
    if screen == "welcome" {
        return app;
    }
    start_new(&mut app);
    match screen {
        "question_level" => {
            advance_to(&mut app, |q| q.kind == Kind::Level);
        }
        "title_typing" => {
            advance_to(&mut app, |q| q.kind == Kind::Title);
            type_text(&mut app, "ski");
        }
        "results" | "results_asks" | "results_answers" => {
            finish(&mut app);
            match screen {
                "results_asks" => press_char(&mut app, '2'),
                "results_answers" => press_char(&mut app, '3'),
                _ => None,
            };
        }
        "help" => {
            press_char(&mut app, '?');
        }
        _ => panic!("no screen {screen}"),
    }
    app
}

fn draw(c: &mut Criterion) {
    let kit = Kit::new();
    for screen in [
        "welcome",
        "question_level",
        "title_typing",
        "results",
        "results_asks",
        "results_answers",
        "help",
    ] {
        let mut app = at(&kit, screen);
        for (w, h) in [(80, 24), (200, 60)] {
            update(&mut app, Msg::Resize(w, h));
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            c.bench_function(&format!("draw {screen} {w}x{h}"), |b| {
                b.iter(|| {
                    terminal.draw(|f| view::draw(black_box(&app), f)).unwrap();
                })
            });
        }
    }
}

fn keys(c: &mut Criterion) {
    let kit = Kit::new();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut app = at(&kit, "question_level");
    c.bench_function("key to frame: move the highlight", |b| {
        b.iter(|| {
            press(&mut app, KeyCode::Down);
            press(&mut app, KeyCode::Up);
            terminal.draw(|f| view::draw(&app, f)).unwrap();
        })
    });
    // What the parent waits for: the key, the update, the next question drawn.
    c.bench_function("key to frame: answer to the next question", |b| {
        b.iter_batched(
            || {
                // A number highlights the option; the timed key is Enter.
                let mut app = at(&kit, "question_level");
                press(&mut app, KeyCode::Char('2'));
                app
            },
            |mut app| {
                let event = KeyEvent::from(KeyCode::Enter);
                let msg = fitcheck::tui::keys::key(&app, &event).unwrap();
                update(&mut app, msg);
                terminal.draw(|f| view::draw(&app, f)).unwrap();
                app
            },
            BatchSize::PerIteration,
        )
    });
    // What follows the frame: the answer written and synced to disk.
    c.bench_function("save after an answer (temp dir)", |b| {
        b.iter_batched(
            || {
                let mut app = at(&kit, "question_level");
                press(&mut app, KeyCode::Char('2'));
                let event = KeyEvent::from(KeyCode::Enter);
                let msg = fitcheck::tui::keys::key(&app, &event).unwrap();
                update(&mut app, msg);
                app
            },
            |mut app| {
                assert!(app.save_pending());
                app
            },
            BatchSize::PerIteration,
        )
    });
}

criterion_group!(benches, draw, keys);
criterion_main!(benches);
