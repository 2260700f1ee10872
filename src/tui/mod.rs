//! The wizard: the interview in a full-screen terminal (ratatui), in The Elm
//! Architecture. [`app`] holds the model and `update`, [`keys`] turns
//! terminal events into messages, [`view`] draws (one module per screen),
//! [`theme`] holds the look, and [`terminal`] takes over the terminal and
//! gives it back on every way out.

pub mod app;
pub mod keys;
pub mod labels;
pub mod lang;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;

use ratatui::crossterm::event;
use ratatui::layout::Size;

use crate::core::session::Session;
use crate::core::text::Shown;
use crate::outcome::{Context, Outcome, fail};
use app::{App, Exit};
use update::update;

/// Runs the wizard. `session` is a resumed or preseeded one; None lets the parent choose.
pub fn run(ctx: &Context, session: Option<Session>) -> Outcome {
    let s = ctx.bank.words();
    // SIGTERM and SIGHUP (and SIGINT sent by `kill`) restore the terminal too.
    let _ = crate::signals::install(terminal::restore);
    let _ = crate::signals::install_suspend(terminal::suspend);
    let mut term = match terminal::init(s) {
        Ok(t) => t,
        Err(e) => {
            terminal::restore();
            return fail(
                Outcome::Error,
                s.NO_TERMINAL
                    .replace("{error}", &crate::core::reason::io_in(s, &e)),
            );
        }
    };
    let size = term.size().unwrap_or(Size::new(80, 24));
    let mut app = App::new(
        &ctx.bank,
        ctx.store.clone(),
        session,
        theme::Theme::from_env(),
        size,
    );
    app.questions_dir = ctx.questions.clone();
    let exit = loop {
        terminal::remember(app.session_file().as_deref());
        if let Err(e) = term.draw(|frame| view::draw(&app, frame)) {
            break Err(e);
        }
        app.drawn = view::drawn(&app);
        // The answer's frame is out; now its save, and the save's outcome.
        debug_delay_save(&app);
        if app.save_pending() {
            terminal::remember(app.session_file().as_deref());
            if let Err(e) = term.draw(|frame| view::draw(&app, frame)) {
                break Err(e);
            }
            app.drawn = view::drawn(&app);
            debug_panic(&app);
        }
        let ev = match event::read() {
            Ok(ev) => ev,
            Err(e) => break Err(e),
        };
        if let event::Event::Resize(width, height) = ev
            && let Err(e) = terminal::resize(&mut term, width, height)
        {
            break Err(e);
        }
        let msg = keys::msg(&app, &ev);
        // Ctrl-Z: the answer given is saved first, then the suspend's thread
        // gives the terminal back (see signals::install_suspend).
        if matches!(msg, Some(app::Msg::Suspend)) {
            app.save_pending();
            crate::signals::request_suspend();
            continue;
        }
        // `update` only changes the model; the time comes in, and the work
        // it leaves (saves, printing, opening a session) is carried out here.
        app.now = crate::clock::now_secs();
        if let Some(msg) = msg
            && let Some(exit) = {
                let exit = update(&mut app, msg);
                if app.save_is_due() {
                    crate::store::autosave::save_is_coming();
                }
                let later = app.carry_out();
                exit.or(later)
            }
        {
            break Ok(exit);
        }
    };
    // An answer whose frame could not be drawn (the terminal went away) is saved all the same.
    app.save_pending();
    if crate::signals::exiting() {
        // The signal's thread restores the terminal and exits with the signal's status.
        loop {
            std::thread::park();
        }
    }
    drop(term);
    terminal::restore();
    match exit {
        Ok(Exit::Interrupted) => Outcome::Interrupted,
        Ok(Exit::Quit) => {
            goodbye(&app);
            // As in plain mode: 0 once the interview is finished, 1 before.
            if app.interview.is_finished(app.bank) && app.autosave.is_some() {
                Outcome::Done
            } else {
                Outcome::Error
            }
        }
        Err(e) => {
            goodbye(&app);
            fail(Outcome::Error, e)
        }
    }
}

/// After quitting: where the answers are and how to come back.
fn goodbye(app: &App<'_>) {
    let s = app.bank.words();
    if let Some(e) = app.save_error() {
        eprintln!(
            "fitcheck: {}",
            Shown::new(&s.BYE_UNSAVED.replace("{error}", e))
        );
        return;
    }
    let (Some(path), Some(autosave)) = (app.session_file(), app.autosave.as_ref()) else {
        return;
    };
    eprintln!(
        "{}",
        Shown::new(&s.BYE_SAVED.replace("{path}", &path.display().to_string()))
    );
    if app.interview.is_finished(app.bank) {
        eprintln!("{}", s.BYE_FINISHED.replace("{id}", &autosave.session().id));
    } else {
        eprintln!("{}", s.BYE_CONTINUE);
    }
}

/// Debug builds only: waits `FITCHECK_DEBUG_SAVE_DELAY_MS` between an
/// answer's frame and its save, so the tests can send a signal in that gap.
/// Release builds have no such switch.
fn debug_delay_save(app: &App<'_>) {
    if !cfg!(debug_assertions) || !app.save_is_due() {
        return;
    }
    if let Some(ms) = std::env::var("FITCHECK_DEBUG_SAVE_DELAY_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// Debug builds only: panics once `FITCHECK_DEBUG_PANIC_AFTER` answers are
/// saved, so the tests can check what a parent sees after a crash (the
/// terminal given back, and where the answers are). Release builds have no
/// such switch.
fn debug_panic(app: &App<'_>) {
    if !cfg!(debug_assertions) {
        return;
    }
    let Some(after) = std::env::var("FITCHECK_DEBUG_PANIC_AFTER")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    else {
        return;
    };
    if app.interview.progress(app.bank).answered >= after {
        panic!("FITCHECK_DEBUG_PANIC_AFTER={after}: a deliberate crash for testing");
    }
}
