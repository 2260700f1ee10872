//! Keys, clicks and pastes turned into [`Msg`]s. The meaning of a key
//! depends on the [`Mode`]: in a text box letters are typed, elsewhere they
//! are commands. The key bar that says which keys work right now is the
//! view's ([`super::view::keybar`]).

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui_textarea::Input;

use super::app::{App, Hit, Mode, Msg, Screen};
use super::view;
use crate::core::bank::Kind;

/// The message for a terminal event, if it means anything here.
pub fn msg(app: &App<'_>, event: &Event) -> Option<Msg> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => key(app, k),
        Event::Paste(text) => Some(Msg::Paste(text.clone())),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => click(app, m.column, m.row).map(Msg::Click),
            MouseEventKind::ScrollUp => Some(Msg::Up),
            MouseEventKind::ScrollDown => Some(Msg::Down),
            _ => None,
        },
        Event::Resize(w, h) => Some(Msg::Resize(*w, *h)),
        _ => None,
    }
}

/// What the last frame drew at (x, y), where a click means something: on
/// the welcome, question and results screens, with no popup open. The state
/// has not changed since that frame, so the view works it out again.
fn click(app: &App<'_>, x: u16, y: u16) -> Option<Hit> {
    let area = ratatui::layout::Rect::new(0, 0, app.size.width, app.size.height);
    if super::view::too_small(area) || !matches!(app.mode(), Mode::Field | Mode::Normal) {
        return None;
    }
    match app.screen {
        Screen::Welcome => view::welcome::item_at(app, x, y).map(Hit::Start),
        Screen::Question => view::question::hit(app, x, y),
        Screen::Results => view::results::hit(app, x, y),
    }
}

/// The message for a key press.
pub fn key(app: &App<'_>, k: &KeyEvent) -> Option<Msg> {
    let s = app.bank.words();
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(k.code, KeyCode::Char('c' | 'C')) {
        return Some(Msg::Interrupt);
    }
    if ctrl && matches!(k.code, KeyCode::Char('z' | 'Z')) {
        return Some(Msg::Suspend);
    }
    let scroll = |code: KeyCode| match code {
        KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
        KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
        KeyCode::PageUp => Some(Msg::PageUp),
        KeyCode::PageDown | KeyCode::Char(' ') => Some(Msg::PageDown),
        KeyCode::Home => Some(Msg::Top),
        KeyCode::End => Some(Msg::Bottom),
        _ => None,
    };
    // Too small to draw in: only quitting works, by the key the screen names,
    // even in a text box or a popup.
    let area = ratatui::layout::Rect::new(0, 0, app.size.width, app.size.height);
    if super::view::too_small(area) {
        return matches!(k.code, KeyCode::Char('q' | 'Q') | KeyCode::Esc).then_some(Msg::Quit);
    }
    match app.mode() {
        Mode::Help | Mode::Glossary => match k.code {
            KeyCode::Esc | KeyCode::Char('q' | '?' | 'g') | KeyCode::Enter | KeyCode::F(1) => {
                Some(Msg::Cancel)
            }
            code => scroll(code),
        },
        Mode::Unsaved => match k.code {
            KeyCode::Char('q') => Some(Msg::Quit),
            KeyCode::Char('p') => Some(Msg::Print),
            KeyCode::Char('o') if app.printed.is_some() => Some(Msg::OpenPrinted),
            KeyCode::Char('s') => Some(Msg::Retry),
            KeyCode::Esc => Some(Msg::Cancel),
            _ => None,
        },
        Mode::Crisis => match k.code {
            KeyCode::Char(c) if c == s.CRISIS_KEY => Some(Msg::Continue),
            // A small window scrolls the lines; nothing else moves here.
            KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
            KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
            KeyCode::PageUp => Some(Msg::PageUp),
            KeyCode::PageDown | KeyCode::Char(' ') => Some(Msg::PageDown),
            KeyCode::Home => Some(Msg::Top),
            KeyCode::End => Some(Msg::Bottom),
            KeyCode::Char('q') | KeyCode::Esc => Some(Msg::Quit),
            KeyCode::Char('?') => Some(Msg::Help),
            KeyCode::Char('l') => Some(Msg::Lang),
            // Any other key: a reminder of how to go on.
            _ => Some(Msg::Confirm),
        },
        Mode::StopCheckIn => match k.code {
            KeyCode::Char('y' | 'Y') => Some(Msg::Confirm),
            KeyCode::Esc | KeyCode::Char('n' | 'N') => Some(Msg::Cancel),
            _ => None,
        },
        Mode::Note => match k.code {
            KeyCode::Enter => Some(Msg::Confirm),
            KeyCode::Esc => Some(Msg::Cancel),
            _ => Some(Msg::Edit(Input::from(*k))),
        },
        Mode::Field => match k.code {
            // Letters are typed here: the keys list and a title's meaning
            // have keys that type nothing.
            KeyCode::F(1) => Some(Msg::Help),
            KeyCode::Char('g' | 'G') if ctrl => Some(Msg::Glossary),
            KeyCode::Enter => Some(Msg::Confirm),
            KeyCode::Esc => Some(Msg::Cancel),
            KeyCode::Tab => Some(Msg::NextArea),
            KeyCode::BackTab => Some(Msg::PrevArea),
            KeyCode::Up => Some(Msg::Up),
            KeyCode::Down => Some(Msg::Down),
            _ => Some(Msg::Edit(Input::from(*k))),
        },
        Mode::Normal => match k.code {
            KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
            KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
            KeyCode::PageUp => Some(Msg::PageUp),
            KeyCode::PageDown => Some(Msg::PageDown),
            KeyCode::Home => Some(Msg::Top),
            KeyCode::End => Some(Msg::Bottom),
            KeyCode::Enter => Some(Msg::Confirm),
            KeyCode::Char(' ') => Some(Msg::Toggle),
            KeyCode::Char(c @ '0'..='9') => number(app, c as usize - '0' as usize),
            KeyCode::Backspace | KeyCode::Char('b') => Some(Msg::Back),
            KeyCode::Tab => Some(Msg::NextArea),
            KeyCode::BackTab => Some(Msg::PrevArea),
            KeyCode::Char('?') | KeyCode::F(1) => Some(Msg::Help),
            KeyCode::Char('g') => Some(Msg::Glossary),
            KeyCode::Char('p') => Some(Msg::Print),
            // After a print; on a question with a text box, o is typed instead.
            KeyCode::Char('o') if app.printed.is_some() && !has_field(app) => {
                Some(Msg::OpenPrinted)
            }
            KeyCode::Char('r') => Some(Msg::Results),
            KeyCode::Char('n') if app.screen == Screen::Results => Some(Msg::Name),
            KeyCode::Char('s') => Some(Msg::Retry),
            // On a question with a text box, l is typed instead.
            KeyCode::Char('l') if !has_field(app) => Some(Msg::Lang),
            // In a check-in, Esc asks whether to stop it; q keeps it for later.
            KeyCode::Esc if app.checking_in() && app.screen == Screen::Question => {
                Some(Msg::StopCheckIn)
            }
            KeyCode::Char('q') | KeyCode::Esc => Some(Msg::Quit),
            // Any other letter on a question with a text box goes back to typing.
            KeyCode::Char(_) if !ctrl && app.form.step.is_some() && has_field(app) => {
                Some(Msg::Edit(Input::from(*k)))
            }
            _ => None,
        },
    }
}

/// A number key: the row that shows that number (a need level is numbered
/// from 0, every other list from 1).
fn number(app: &App<'_>, n: usize) -> Option<Msg> {
    if app.screen == Screen::Question
        && let Some(i) = app
            .form
            .rows
            .iter()
            .enumerate()
            .position(|(i, r)| super::view::question::row_number(r, i) == n)
    {
        return Some(Msg::Pick(i));
    }
    if app.screen == Screen::Question {
        return None;
    }
    n.checked_sub(1).map(Msg::Pick)
}

fn has_field(app: &App<'_>) -> bool {
    app.screen == Screen::Question
        && app
            .question()
            .is_some_and(|q| matches!(q.kind, Kind::Text | Kind::Title))
}
