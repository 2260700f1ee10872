//! Keys, clicks and pastes turned into [`Msg`]s, and the key bar that says
//! which keys work right now. The meaning of a key depends on the
//! [`Mode`]: in a text box letters are typed, elsewhere they are commands.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use ratatui_textarea::Input;

use super::app::{App, Focus, Mode, Msg, Noting, Popup, Screen, Tab};
use crate::core::bank::Kind;

/// The message for a terminal event, if it means anything here.
pub fn msg(app: &App<'_>, event: &Event) -> Option<Msg> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => key(app, k),
        Event::Paste(text) => Some(Msg::Paste(text.clone())),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click(m.column, m.row)),
            MouseEventKind::ScrollUp => Some(Msg::Up),
            MouseEventKind::ScrollDown => Some(Msg::Down),
            _ => None,
        },
        Event::Resize(w, h) => Some(Msg::Resize(*w, *h)),
        _ => None,
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

/// The key that lists every key: `?`, or F1 in a text box, where `?` is
/// typed. None over a popup: there `?` only closes it, as Esc does.
pub fn help_hint(app: &App<'_>) -> Option<(&'static str, &'static str)> {
    let s = app.bank.words();
    match app.mode() {
        Mode::Note | Mode::Help | Mode::Glossary => None,
        Mode::Field => Some(s.KEY_HELP_FIELD),
        _ => Some(s.KEY_HELP),
    }
}

/// The keys that work right now, most useful first, for the key bar.
pub fn hints(app: &App<'_>) -> Vec<(&'static str, &'static str)> {
    let s = app.bank.words();
    match app.mode() {
        Mode::Help | Mode::Glossary => vec![s.KEY_SCROLL, s.KEY_CLOSE],
        Mode::Unsaved if app.printed.is_some() => {
            vec![s.KEY_PRINT, s.KEY_OPEN_PRINTED, s.KEY_CLOSE, s.KEY_QUIT]
        }
        Mode::Unsaved => vec![s.KEY_PRINT, s.KEY_CLOSE, s.KEY_QUIT],
        Mode::StopCheckIn => vec![s.KEY_STOP_YES, s.KEY_STOP_NO],
        Mode::Note => match app.popup {
            Some(Popup::Note(Noting::CheckIn | Noting::Label)) => {
                vec![s.KEY_KEEP_NOTE, s.KEY_SKIP]
            }
            _ => vec![s.KEY_KEEP_NOTE, s.KEY_CANCEL],
        },
        Mode::Crisis if crate::tui::view::crisis::max_scroll(app) > 0 => {
            vec![s.KEY_CONTINUE, s.KEY_SCROLL, s.KEY_QUIT]
        }
        Mode::Crisis => vec![s.KEY_CONTINUE, s.KEY_QUIT],
        Mode::Field => {
            let mut keys = vec![s.KEY_DONE];
            if !app.form.rows.is_empty() {
                keys.push(s.KEY_LIST);
            }
            keys.push(s.KEY_LEAVE_FIELD);
            if app.question().is_some_and(|q| q.kind == Kind::Title) {
                keys.push(s.KEY_GLOSSARY_FIELD);
            }
            keys
        }
        Mode::Normal => match app.screen {
            Screen::Welcome => vec![s.KEY_MOVE, s.KEY_CHOOSE, s.KEY_QUIT],
            Screen::Question => {
                let kind = app.question().map(|q| q.kind);
                let mut keys = vec![s.KEY_MOVE];
                match kind {
                    Some(Kind::Multi) => keys.extend([s.KEY_TICK, s.KEY_DONE]),
                    _ => keys.push(s.KEY_CHOOSE),
                }
                let field = matches!(kind, Some(Kind::Text | Kind::Title));
                if field && app.form.focus == Focus::List {
                    keys.push(s.KEY_TYPE);
                }
                keys.push(s.KEY_BACK);
                if app.checking_in() {
                    keys.push(s.KEY_STOP_CHECKIN);
                }
                if app.interview.is_finished(app.bank) {
                    keys.push(s.KEY_RESULTS);
                }
                keys.push(s.KEY_QUIT);
                // On the title and the questions that narrow it down.
                let about_title = kind == Some(Kind::Title)
                    || app.question().is_some_and(|q| q.trait_name.is_some());
                if about_title {
                    keys.push(s.KEY_GLOSSARY);
                }
                keys
            }
            Screen::Results => {
                let mut keys = vec![s.KEY_PAGES];
                match app.results.tab {
                    Tab::Results => keys.push(s.KEY_SCROLL),
                    Tab::Asks => keys.extend([s.KEY_MOVE, s.KEY_MARK, s.KEY_NOTE]),
                    Tab::Answers => keys.extend([s.KEY_MOVE, s.KEY_OPEN]),
                }
                keys.extend([s.KEY_QUIT, s.KEY_PRINT, s.KEY_NAME]);
                if app.printed.is_some() {
                    keys.push(s.KEY_OPEN_PRINTED);
                }
                keys
            }
        },
    }
}
