//! The wizard's update function (The Elm Architecture): one [`Msg`] turned
//! into a new [`App`], by the mode and screen it arrives in. It changes the
//! model only; the work that needs the world is left as [`Task`]s for
//! [`App::carry_out`].

use ratatui::layout::Size;
use ratatui_textarea::Key;

use crate::core::bank::Kind;
use crate::core::interview::Step;
use crate::core::text::clean;

use super::app::*;

fn step_by(value: usize, len: usize, down: bool, by: usize) -> usize {
    if len == 0 {
        return 0;
    }
    if down {
        (value + by).min(len - 1)
    } else {
        value.saturating_sub(by)
    }
}

/// Applies one message to the model. Returns how the wizard ends, when it
/// does. Pure but for the model: it reads no clock (the time is
/// [`App::now`]), writes no file and sets no process-wide flag; what needs
/// the world is left as [`Task`]s for [`App::carry_out`].
pub fn update(app: &mut App<'_>, msg: Msg) -> Option<Exit> {
    let s = app.bank.words();
    match msg {
        Msg::Interrupt => {
            app.tasks.push(Task::SaveUnsaved);
            return Some(Exit::Interrupted);
        }
        Msg::Resize(w, h) => {
            app.size = Size::new(w, h);
            return None;
        }
        Msg::Suspend => return None,
        _ => {}
    }
    // In a window too small to show anything, keys would act unseen: only
    // quitting works until it is larger.
    let area = ratatui::layout::Rect::new(0, 0, app.size.width, app.size.height);
    if too_small(area) {
        return match msg {
            Msg::Quit => app.later(Task::Quit),
            _ => None,
        };
    }
    // A notice stays until the next key.
    app.notice = None;
    match app.mode() {
        Mode::Help | Mode::Glossary => popup(app, msg),
        Mode::Note => {
            note(app, msg);
            None
        }
        Mode::StopCheckIn => {
            match msg {
                Msg::Confirm => {
                    app.popup = None;
                    app.later(Task::StopCheckIn);
                }
                Msg::Cancel => app.popup = None,
                _ => {}
            }
            None
        }
        Mode::Unsaved => match msg {
            Msg::Quit => Some(Exit::Quit),
            Msg::Print => app.later(Task::Print),
            Msg::OpenPrinted => app.later(Task::OpenPrinted),
            Msg::Retry => app.later(Task::Retry),
            Msg::Cancel => {
                app.popup = None;
                None
            }
            _ => None,
        },
        Mode::Crisis => match msg {
            Msg::Continue => {
                app.crisis_open = false;
                None
            }
            Msg::Up | Msg::Down | Msg::PageUp | Msg::PageDown | Msg::Top | Msg::Bottom => {
                let max = app.drawn.crisis_max;
                let page = usize::from(app.size.height / 2).max(1);
                let at = app.crisis_scroll;
                app.crisis_scroll = match msg {
                    Msg::Up => at.saturating_sub(1),
                    Msg::Down => at + 1,
                    Msg::PageUp => at.saturating_sub(page),
                    Msg::PageDown => at + page,
                    Msg::Top => 0,
                    _ => max,
                }
                .min(max);
                None
            }
            Msg::Quit => app.later(Task::Quit),
            Msg::Help => {
                app.popup = Some(Popup::Help { scroll: 0 });
                None
            }
            Msg::Lang => app.later(Task::SwitchLang),
            _ => {
                app.notice = Some(Notice::Info(s.CRISIS_REMIND.to_string()));
                None
            }
        },
        Mode::Field | Mode::Normal => match msg {
            Msg::Quit => app.later(Task::Quit),
            Msg::StopCheckIn if app.checking_in() => {
                app.popup = Some(Popup::StopCheckIn);
                None
            }
            Msg::Help => {
                app.popup = Some(Popup::Help { scroll: 0 });
                None
            }
            Msg::Retry => app.later(Task::Retry),
            Msg::Lang => app.later(Task::SwitchLang),
            _ => {
                match app.screen {
                    Screen::Welcome => welcome(app, msg),
                    Screen::Question => question(app, msg),
                    Screen::Results => results(app, msg),
                }
                None
            }
        },
    }
}

fn popup(app: &mut App<'_>, msg: Msg) -> Option<Exit> {
    let max = app.drawn.popup_max;
    let page = usize::from(app.size.height / 2).max(1);
    let scroll = match app.popup.as_mut() {
        Some(Popup::Help { scroll } | Popup::Glossary { scroll, .. }) => scroll,
        _ => return None,
    };
    match msg {
        Msg::Cancel | Msg::Help | Msg::Quit | Msg::Glossary => app.popup = None,
        Msg::Up => *scroll = scroll.saturating_sub(1),
        Msg::Down => *scroll = (*scroll + 1).min(max),
        Msg::PageUp => *scroll = scroll.saturating_sub(page),
        Msg::PageDown => *scroll = (*scroll + page).min(max),
        Msg::Top => *scroll = 0,
        Msg::Bottom => *scroll = max,
        _ => {}
    }
    None
}

/// The box of a note: typing, Enter to keep it, Esc to close it unkept.
fn note(app: &mut App<'_>, msg: Msg) {
    let Some(Popup::Note(noting)) = app.popup else {
        return;
    };
    match msg {
        Msg::Confirm => app.save_note(noting),
        Msg::Cancel => app.popup = None,
        Msg::Edit(input) if !matches!(input.key, Key::Char(c) if c.is_control()) => {
            app.note.input(input);
        }
        Msg::Paste(text) => {
            app.note.insert_str(clean(&text, false));
        }
        _ => {}
    }
}

fn welcome(app: &mut App<'_>, msg: Msg) {
    let len = app.welcome.items.len();
    match msg {
        Msg::Up | Msg::PrevArea => {
            app.welcome.highlight = step_by(app.welcome.highlight, len, false, 1)
        }
        Msg::Down | Msg::NextArea => {
            app.welcome.highlight = step_by(app.welcome.highlight, len, true, 1)
        }
        Msg::Top => app.welcome.highlight = 0,
        Msg::Bottom => app.welcome.highlight = len.saturating_sub(1),
        Msg::Confirm | Msg::Toggle => {
            if let Some(&c) = app.welcome.items.get(app.welcome.highlight) {
                app.later(Task::Start(c));
            }
        }
        Msg::Pick(i) => {
            if let Some(&c) = app.welcome.items.get(i) {
                app.welcome.highlight = i;
                app.later(Task::Start(c));
            }
        }
        Msg::Click(Hit::Start(i)) => {
            if let Some(&c) = app.welcome.items.get(i) {
                app.welcome.highlight = i;
                app.later(Task::Start(c));
            }
        }
        Msg::Glossary => app.open_glossary(Vec::new()),
        _ => {}
    }
}

fn question(app: &mut App<'_>, msg: Msg) {
    let Some(q) = app.question() else { return };
    let len = app.form.rows.len();
    let field = app.is_field_question();
    match msg {
        Msg::Edit(input) => {
            if !field {
                return;
            }
            app.set_focus(Focus::Field);
            if matches!(input.key, Key::Char(c) if c.is_control()) {
                return;
            }
            if app.form.field.input(input) {
                app.edited();
            }
        }
        Msg::Paste(text) if field => {
            app.set_focus(Focus::Field);
            app.form.field.insert_str(clean(&text, false));
            app.edited();
        }
        Msg::Up => {
            if field && app.form.focus == Focus::List && app.form.highlight == 0 {
                app.set_focus(Focus::Field);
            } else if app.form.focus == Focus::List {
                app.form.highlight = step_by(app.form.highlight, len, false, 1);
            }
        }
        Msg::Down => {
            if app.form.focus == Focus::Field {
                if len > 0 {
                    app.set_focus(Focus::List);
                }
            } else {
                app.form.highlight = step_by(app.form.highlight, len, true, 1);
            }
        }
        Msg::PageUp | Msg::Top if app.form.focus == Focus::List => app.form.highlight = 0,
        Msg::PageDown | Msg::Bottom if app.form.focus == Focus::List => {
            app.form.highlight = len.saturating_sub(1)
        }
        Msg::Cancel if field => app.set_focus(Focus::List),
        Msg::NextArea | Msg::PrevArea if field => {
            let to = match app.form.focus {
                Focus::Field => Focus::List,
                Focus::List => Focus::Field,
            };
            app.set_focus(to);
        }
        Msg::Confirm => {
            if app.form.focus == Focus::Field {
                app.submit_field();
            } else {
                app.choose(app.form.highlight);
            }
        }
        Msg::Toggle => {
            if q.kind == Kind::Multi {
                app.toggle(app.form.highlight);
            } else {
                app.choose(app.form.highlight);
            }
        }
        // A number only highlights its row (multiple choice: ticks it); Enter
        // confirms. Answering on the number alone let a second key press answer
        // the next question unseen, which on a safety question reads as danger.
        Msg::Pick(i) if i < len => {
            if q.kind == Kind::Multi && matches!(app.form.rows[i], Row::Option(_)) {
                app.toggle(i);
            } else {
                app.form.highlight = i;
            }
        }
        // At the first question there is nothing before: it stays.
        Msg::Back if app.interview.back(app.bank) => app.changed(),
        Msg::Results if app.interview.is_finished(app.bank) => {
            app.interview.to_first_unanswered();
            app.changed();
        }
        Msg::Glossary => {
            let titles = app.title_on_screen().into_iter().collect();
            app.open_glossary(titles);
        }
        Msg::Click(Hit::Field) => app.set_focus(Focus::Field),
        Msg::Click(Hit::Row(i)) if i < app.form.rows.len() => {
            if field {
                app.set_focus(Focus::List);
            }
            if q.kind == Kind::Multi && matches!(app.form.rows[i], Row::Option(_)) {
                app.toggle(i);
            } else {
                app.choose(i);
            }
        }
        Msg::Print => {
            app.later(Task::Print);
        }
        Msg::OpenPrinted => {
            app.later(Task::OpenPrinted);
        }
        _ => {}
    }
}

fn results(app: &mut App<'_>, msg: Msg) {
    let page = app.drawn.results_page.max(1);
    let asks = app.summary.questions_to_ask.len();
    let answers = app.answered();
    let tab = app.results.tab;
    let r = &mut app.results;
    match (msg.clone(), tab) {
        (Msg::NextArea, _) => {
            r.tab = Tab::ALL[(tab.index() + 1) % Tab::ALL.len()];
            r.scroll = 0;
        }
        (Msg::PrevArea, _) => {
            r.tab = Tab::ALL[(tab.index() + Tab::ALL.len() - 1) % Tab::ALL.len()];
            r.scroll = 0;
        }
        (Msg::Pick(i), _) if i < Tab::ALL.len() => {
            r.tab = Tab::ALL[i];
            r.scroll = 0;
        }
        (Msg::Up, Tab::Results) => r.scroll = r.scroll.saturating_sub(1),
        (Msg::PageUp, Tab::Results) => r.scroll = r.scroll.saturating_sub(page),
        (Msg::Top, Tab::Results) => r.scroll = 0,
        (Msg::Down | Msg::PageDown | Msg::Bottom, Tab::Results) => {
            let by = match msg {
                Msg::Down => 1,
                Msg::PageDown => page,
                _ => usize::MAX / 2,
            };
            let max = app.drawn.results_max;
            let r = &mut app.results;
            r.scroll = r.scroll.saturating_add(by).min(max);
        }
        (Msg::Up | Msg::Down | Msg::PageUp | Msg::PageDown | Msg::Top | Msg::Bottom, Tab::Asks) => {
            r.ask = match msg {
                Msg::Up => step_by(r.ask, asks, false, 1),
                Msg::Down => step_by(r.ask, asks, true, 1),
                Msg::PageUp => step_by(r.ask, asks, false, 5),
                Msg::PageDown => step_by(r.ask, asks, true, 5),
                Msg::Top => 0,
                _ => asks.saturating_sub(1),
            }
        }
        (
            Msg::Up | Msg::Down | Msg::PageUp | Msg::PageDown | Msg::Top | Msg::Bottom,
            Tab::Answers,
        ) => {
            let n = answers.len();
            r.answer = match msg {
                Msg::Up => step_by(r.answer, n, false, 1),
                Msg::Down => step_by(r.answer, n, true, 1),
                Msg::PageUp => step_by(r.answer, n, false, 5),
                Msg::PageDown => step_by(r.answer, n, true, 5),
                Msg::Top => 0,
                _ => n.saturating_sub(1),
            }
        }
        (Msg::Toggle, Tab::Asks) => app.toggle_asked(),
        (Msg::Confirm, Tab::Asks) => app.open_reply(),
        (Msg::Confirm, Tab::Answers) => {
            if let Some(&step) = answers.get(r.answer) {
                open_answer(app, step);
            }
        }
        (Msg::Back, _) => {
            app.interview.back(app.bank);
            app.form.step = None;
            app.changed();
        }
        (Msg::Print, _) => {
            app.later(Task::Print);
        }
        (Msg::OpenPrinted, _) => {
            app.later(Task::OpenPrinted);
        }
        (Msg::Name, _) => app.ask_label(),
        (Msg::Glossary, _) => {
            let providers = app.interview.provider_count(app.bank);
            let titles = (0..providers)
                .filter_map(|p| app.provider_title(p))
                .collect();
            app.open_glossary(titles);
        }
        (Msg::Click(Hit::Tab(t)), _) => {
            app.results.tab = t;
            app.results.scroll = 0;
        }
        (Msg::Click(Hit::Ask(i)), _) => app.results.ask = i,
        (Msg::Click(Hit::Answer(i)), _) => {
            app.results.answer = i;
            if let Some(&step) = answers.get(i) {
                open_answer(app, step);
            }
        }
        _ => {}
    }
}

/// Opens an answered question from the results to change it.
fn open_answer(app: &mut App<'_>, step: Step) {
    if app.interview.goto(app.bank, step) {
        app.form.step = None;
        app.changed();
        app.editing = true;
    }
}
