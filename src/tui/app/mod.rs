//! The wizard's model (The Elm Architecture): the core's [`Interview`] and
//! [`Autosave`] (a visit and its saves), and what the screen shows of them.
//! `super::update` turns one [`Msg`] into a new state; [`App::carry_out`]
//! does the work it leaves. Nothing here touches the terminal, so every
//! behaviour is tested by sending messages to an [`App`].

mod form;
mod glossary;
mod msg;
mod screen;
mod tasks;
mod visit;

use std::path::PathBuf;

use ratatui::layout::Size;
use ratatui_textarea::TextArea;

use form::new_field;
pub use form::{Focus, Form, Row};
pub use msg::{Hit, Msg};
pub use screen::{Mode, Notice, Noting, Popup, ResultsView, Screen, Start, Tab, Welcome};
pub use tasks::{Exit, Task};

use crate::core::answers::Answer;
use crate::core::bank::{Bank, Kind, Question};
use crate::core::interview::{Interview, Step};
use crate::core::session::Session;
use crate::core::summary::Summary;
use crate::core::text::clean;
use crate::store::Store;
use crate::store::autosave::{Autosave, SaveState};

use super::theme::Theme;

/// The smallest window the wizard draws in; below it, it asks for a larger one.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;
/// How many matching titles the title screen lists.
pub const SUGGESTIONS: usize = 5;

/// What the last frame drew, as far as `update` needs it: how far each
/// scrolling part can scroll. The wizard's loop measures it after each
/// frame (`view::drawn`), so the model never asks the view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Drawn {
    /// How far the crisis screen can scroll.
    pub crisis_max: usize,
    /// How far the popup on show can scroll.
    pub popup_max: usize,
    /// How far the results page can scroll, and its height in rows.
    pub results_max: usize,
    pub results_page: usize,
}

/// Whether the window is too small to draw the wizard in.
pub fn too_small(area: ratatui::layout::Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The whole state of the wizard.
#[derive(Debug)]
pub struct App<'a> {
    pub bank: &'a Bank,
    pub store: Store,
    pub theme: Theme,
    pub screen: Screen,
    pub welcome: Welcome,
    pub interview: Interview,
    /// None until the parent picks or starts a session.
    pub autosave: Option<Autosave>,
    /// The results of the answers so far, recomputed after each change.
    pub summary: Summary,
    pub form: Form,
    pub results: ResultsView,
    pub popup: Option<Popup>,
    pub notice: Option<Notice>,
    /// The crisis screen is up.
    pub crisis_open: bool,
    /// How far the crisis screen is scrolled (a small window cannot show
    /// every line at once).
    pub crisis_scroll: usize,
    /// What the last frame drew (see [`Drawn`]).
    pub drawn: Drawn,
    /// Today (YYYY-MM-DD), read once when the app starts: the welcome screen
    /// says when the content is past its review date.
    pub today: String,
    /// The safety tier as of the last change, to notice when it turns on or
    /// rises from a recent worry to danger now.
    crisis_seen: Option<crate::core::interview::CrisisLevel>,
    /// The question on screen was opened from the results.
    pub editing: bool,
    /// An answer was given and is not saved yet (see [`App::save_pending`]).
    save_due: bool,
    /// The box of a note, while [`Popup::Note`] is open.
    pub note: TextArea<'static>,
    pub size: Size,
    /// The page `p` saved last, for `o` to open.
    pub printed: Option<PathBuf>,
    /// Where `p` saves pages: the Documents folder (or home), found at the start.
    pub documents: Option<PathBuf>,
    /// The name for the session was asked for already in this run.
    label_asked: bool,
    /// The time of the message being handled (seconds since 1970), set by
    /// the wizard's loop: `update` never reads the clock.
    pub now: i64,
    /// The parent's time zone, for the dates shown.
    pub zone: jiff::tz::TimeZone,
    /// Work left for [`App::carry_out`].
    pub tasks: Vec<Task>,
    /// Where `l` loads the questions in the other language: the
    /// `--questions` folder, None for the built-in ones ([`crate::tui::lang`]).
    pub questions_dir: Option<PathBuf>,
}

impl<'a> App<'a> {
    /// The wizard over `store`. With a session, it opens it (a finished,
    /// saved one offers a check-in or its results); without, the welcome
    /// screen offers the latest unfinished session or a new one.
    pub fn new(
        bank: &'a Bank,
        store: Store,
        session: Option<Session>,
        theme: Theme,
        size: Size,
    ) -> App<'a> {
        let mut app = App {
            bank,
            theme,
            screen: Screen::Welcome,
            welcome: Welcome {
                items: Vec::new(),
                highlight: 0,
                unfinished: None,
                finished: None,
            },
            interview: Interview::default(),
            autosave: None,
            summary: Summary::of(bank, &Interview::default()),
            form: Form::empty(&theme),
            note: new_field(&theme, ""),
            results: ResultsView {
                tab: Tab::Results,
                scroll: 0,
                ask: 0,
                answer: 0,
            },
            popup: None,
            notice: None,
            crisis_open: false,
            crisis_scroll: 0,
            drawn: Drawn::default(),
            crisis_seen: None,
            today: crate::clock::today(),
            editing: false,
            save_due: false,
            size,
            store,
            printed: None,
            documents: crate::store::printout::folder(),
            label_asked: false,
            now: crate::clock::now_secs(),
            zone: crate::clock::zone().clone(),
            tasks: Vec::new(),
            questions_dir: None,
        };
        let finished = |s: &Session| Interview::new(s.answers.clone()).is_finished(bank);
        match session {
            Some(s) => {
                if finished(&s) && app.store.path(&s.id).exists() {
                    app.offer_finished(s);
                } else if !app.open(s) {
                    app.welcome.items.push(Start::StartNew);
                }
            }
            None => {
                // The newest session, if finished, is offered to see again or
                // check in on; an unfinished one (the newest of those) to go on with.
                let (unfinished, done) = match app.store.latest_and_unfinished() {
                    (Some(s), older) if finished(&s) => (older.filter(|o| o.id != s.id), Some(s)),
                    (newest, _) => (newest, None),
                };
                if let Some(s) = done {
                    app.offer_finished(s);
                }
                if let Some(s) = unfinished {
                    app.welcome.items.push(Start::Resume);
                    app.welcome.unfinished = Some(s);
                }
                app.welcome.items.push(Start::StartNew);
            }
        }
        app
    }

    /// Offers to check in on finished session `s` or to see its results.
    pub(crate) fn offer_finished(&mut self, s: Session) {
        // A check-in re-asks the revisited questions; without any, there is none.
        let revisits = self
            .bank
            .questions
            .iter()
            .any(|q| self.bank.section(&q.section).is_some_and(|s| s.revisit));
        // Seeing the results is the default; a check-in is a choice.
        self.welcome.items.push(Start::ViewResults);
        if revisits {
            self.welcome.items.push(Start::CheckIn);
        }
        self.welcome.finished = Some(s);
    }

    /// What keys mean right now.
    pub fn mode(&self) -> Mode {
        match &self.popup {
            Some(Popup::Help { .. }) => return Mode::Help,
            Some(Popup::Glossary { .. }) => return Mode::Glossary,
            Some(Popup::Unsaved) => return Mode::Unsaved,
            Some(Popup::StopCheckIn) => return Mode::StopCheckIn,
            Some(Popup::Note(_)) => return Mode::Note,
            None => {}
        }
        if self.crisis_open {
            Mode::Crisis
        } else if self.screen == Screen::Question && self.form.focus == Focus::Field {
            Mode::Field
        } else {
            Mode::Normal
        }
    }

    /// The question on screen.
    pub fn question(&self) -> Option<&'a Question> {
        self.form.step.map(|s| s.question(self.bank))
    }

    /// The session's file, once there is one (saved now, or opened from the store).
    pub fn session_file(&self) -> Option<PathBuf> {
        let a = self.autosave.as_ref()?;
        match a.state() {
            SaveState::Saved(p) => Some(p.clone()),
            _ => Some(a.path()).filter(|p| p.exists()),
        }
    }

    /// The message of the last failed save.
    pub fn save_error(&self) -> Option<&str> {
        match self.autosave.as_ref()?.state() {
            SaveState::Failed(m) => Some(m),
            _ => None,
        }
    }

    /// What to call a provider: the name the parent gave, else their
    /// title ("the LCSW"), else "Provider N" (see [`crate::core::score::provider_label`]).
    pub fn provider_label(&self, provider: usize) -> String {
        let maps: Vec<_> = self
            .interview
            .answers
            .providers
            .iter()
            .map(|p| &p.answers)
            .collect();
        crate::core::score::provider_label(self.bank, &maps, provider)
    }

    /// The answered questions, in interview order (the Your answers page).
    pub fn answered(&self) -> Vec<Step> {
        self.interview
            .steps(self.bank)
            .into_iter()
            .filter(|s| self.interview.answer_for(self.bank, *s).is_some())
            .collect()
    }

    /// An answer in words.
    pub fn answer_text(&self, step: Step) -> String {
        let s = self.bank.words();
        let q = step.question(self.bank);
        match self.interview.answer_for(self.bank, step).as_deref() {
            None => String::new(),
            Some(Answer::Skipped) => s.ANSWER_SKIPPED.to_string(),
            Some(Answer::Level(l)) => self.bank.level_text(*l).label.clone(),
            Some(Answer::Many(ids)) if ids.is_empty() => s.ANSWER_NONE.to_string(),
            Some(Answer::Many(ids)) => ids
                .iter()
                .map(|id| q.option(id).map_or(id.as_str(), |o| o.text.as_str()))
                .collect::<Vec<_>>()
                .join("; "),
            Some(Answer::One(v)) => match q.kind {
                Kind::Single => q.option(v).map_or_else(|| v.clone(), |o| o.text.clone()),
                _ => clean(v, false),
            },
        }
    }
}
