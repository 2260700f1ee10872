//! The key bar: which keys work right now, most useful first. It says what
//! [`crate::tui::keys`] does with them.

use crate::core::bank::Kind;
use crate::tui::app::{App, Focus, Mode, Noting, Popup, Screen, Tab};

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
        Mode::Crisis if super::crisis::max_scroll(app) > 0 => {
            vec![s.KEY_CONTINUE, s.KEY_SCROLL, s.KEY_QUIT, s.KEY_LANG]
        }
        Mode::Crisis => vec![s.KEY_CONTINUE, s.KEY_QUIT, s.KEY_LANG],
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
            Screen::Welcome => vec![s.KEY_MOVE, s.KEY_CHOOSE, s.KEY_QUIT, s.KEY_LANG],
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
                // Where letters are commands; in a text box l is typed.
                if !field {
                    keys.push(s.KEY_LANG);
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
                keys.push(s.KEY_LANG);
                keys
            }
        },
    }
}
