//! The wizard's model (The Elm Architecture): the core's [`Interview`] and
//! [`Autosave`] (a visit and its saves), and what the screen shows of them.
//! `super::update` turns one [`Msg`] into a new state; [`App::carry_out`]
//! does the work it leaves. Nothing here touches the terminal, so every
//! behaviour is tested by sending messages to an [`App`].

use std::collections::BTreeSet;
use std::path::PathBuf;

use ratatui::layout::Size;
use ratatui::style::Style;
use ratatui_textarea::{CursorMove, Input, TextArea, WrapMode};

use crate::core::answers::Answer;
use crate::core::bank::{Bank, Kind, Question};
use crate::core::interview::{Interview, Step};
use crate::core::session::Session;
use crate::core::summary::Summary;
use crate::core::text::clean;
use crate::core::title::{self, Suggestion};
use crate::core::visit::Effect;
use crate::store::Store;
use crate::store::autosave::{Autosave, SaveState};

use super::theme::Theme;

/// The smallest window the wizard draws in; below it, it asks for a larger one.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;
/// How many matching titles the title screen lists.
pub const SUGGESTIONS: usize = 5;

/// Everything the parent can ask the wizard to do, whatever key or click asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// Move the highlight up a row, or scroll up a line.
    Up,
    /// Move the highlight down a row, or scroll down a line.
    Down,
    /// Scroll up a page.
    PageUp,
    /// Scroll down a page.
    PageDown,
    /// Go to the first row, or the top of the page.
    Top,
    /// Go to the last row, or the bottom of the page.
    Bottom,
    /// Choose the highlighted row, or finish typing.
    Confirm,
    /// Tick or untick the highlighted option; mark a question to ask as asked.
    Toggle,
    /// Choose the row (or results page) with this number, counted from 0.
    Pick(usize),
    /// Go back to the question before.
    Back,
    /// Move to the next area: from the text box to the list, or to the next results page.
    NextArea,
    /// Move to the area before.
    PrevArea,
    /// Show or hide the list of keys.
    Help,
    /// Explain the title on screen (the glossary).
    Glossary,
    /// Save the page to print in the Documents folder.
    Print,
    /// Open the page just printed with the system's opener.
    OpenPrinted,
    /// Go back to the results, leaving the question on screen as it was.
    Results,
    /// Give the session a name (on the results).
    Name,
    /// Switch the whole wizard to the other language (`l`).
    Lang,
    /// Try saving again after a failed save.
    Retry,
    /// Close the popup on top, or leave the text box.
    Cancel,
    /// Leave the crisis screen: only its own key sends this.
    Continue,
    /// Leave fitcheck; the answers are saved already.
    Quit,
    /// During a check-in: ask whether to stop it (nothing changes if so).
    StopCheckIn,
    /// Ctrl-C: save and leave at once.
    Interrupt,
    /// Ctrl-Z: save, give the terminal back until `fg`. The wizard's loop
    /// carries it out; `update` leaves everything as it is.
    Suspend,
    /// A key typed into the text box.
    Edit(Input),
    /// Text pasted into the terminal (bracketed paste).
    Paste(String),
    /// A left click, on what the last frame drew there: the key mapper
    /// ([`super::keys`]) resolves the cell, so the model needs no view.
    Click(Hit),
    /// The window is now (columns, rows).
    Resize(u16, u16),
}

/// What a click landed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// An item of the welcome screen.
    Start(usize),
    /// A question's text box.
    Field,
    /// A question's row (an option, a title in the list).
    Row(usize),
    /// A tab of the results.
    Tab(Tab),
    /// A question to ask, on the results.
    Ask(usize),
    /// An answer, on the results.
    Answer(usize),
}

/// Work `update` leaves for [`App::carry_out`], which the wizard's loop
/// calls right after it: what touches the disk or another program. So
/// `update` itself only changes the model.
#[derive(Debug, Clone, PartialEq)]
pub enum Task {
    /// Carry out what the visit asked for (a save).
    Visit(Effect),
    /// Open a session, or start one, from the welcome screen.
    Start(Start),
    /// Save the page to print.
    Print,
    /// Open the page printed.
    OpenPrinted,
    /// Save what is unsaved and quit, or say why not.
    Quit,
    /// Try a failed save again.
    Retry,
    /// Stop the check-in in progress.
    StopCheckIn,
    /// Save what is not saved yet (on the way out).
    SaveUnsaved,
    /// Load the questions in the other language and show everything in it
    /// ([`super::lang::switch`]).
    SwitchLang,
}

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

/// How the wizard ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The parent quit; everything that could be saved is saved.
    Quit,
    /// Ctrl-C: exit status 130, nothing printed.
    Interrupted,
}

/// The screen under any popup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Question,
    Results,
}

/// A choice on the welcome screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// Continue the latest unfinished session.
    Resume,
    StartNew,
    /// Re-answer the revisited questions of a finished session.
    CheckIn,
    /// Open a finished session's results.
    ViewResults,
}

#[derive(Debug, Clone)]
pub struct Welcome {
    pub items: Vec<Start>,
    pub highlight: usize,
    /// The unfinished session that Resume opens.
    pub unfinished: Option<Session>,
    /// The finished session that CheckIn and ViewResults open.
    pub finished: Option<Session>,
}

/// Where typing goes on a question with a text box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Field,
    List,
}

/// One row of the list under a question.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    /// An option of the question (index into its options).
    Option(usize),
    /// A need level, 0-3.
    Level(u8),
    /// A title that matches what was typed.
    Title(Suggestion),
    /// "I don't know their title".
    Unknown,
    /// "Skip this question".
    Skip,
}

/// The question on screen and what the parent has done on it so far.
#[derive(Debug, Clone)]
pub struct Form {
    pub step: Option<Step>,
    pub rows: Vec<Row>,
    pub highlight: usize,
    /// Ticked options (indexes), for multiple choice.
    pub ticked: BTreeSet<usize>,
    pub field: TextArea<'static>,
    pub focus: Focus,
    /// Why the last answer was refused, or what a second Enter will do.
    pub error: Option<String>,
    /// The next Enter accepts what the last one questioned (nothing ticked, an unknown title).
    pub confirm: bool,
    /// Nothing ticked is what the parent means, so one Enter takes it: they
    /// ticked or unticked an option here, or nothing was ticked last time.
    pub none_meant: bool,
}

/// The pages of the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Results,
    Asks,
    Answers,
}

impl Tab {
    pub const ALL: [Tab; 3] = [Tab::Results, Tab::Asks, Tab::Answers];

    pub(crate) fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResultsView {
    pub tab: Tab,
    /// First line shown on the Results page.
    pub scroll: usize,
    /// Highlighted question to ask.
    pub ask: usize,
    /// Highlighted answer on the Your answers page.
    pub answer: usize,
}

/// A window over the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Popup {
    Help {
        scroll: usize,
    },
    Glossary {
        title: String,
        text: String,
        scroll: usize,
    },
    /// Quitting while the answers could not be saved.
    Unsaved,
    /// Stop the check-in in progress? (y stops it, Esc goes on.)
    StopCheckIn,
    /// A note the parent types (in [`App::note`]).
    Note(Noting),
}

/// What a note is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noting {
    /// What a provider said to question to ask `n`; saving marks it asked.
    Reply(usize),
    /// What happened since the last visit, at the start of a check-in.
    CheckIn,
    /// A name for the session, to come back to it by: asked once when the
    /// interview first reaches the results, and on `n` there.
    Label,
}

/// A one-off message under the screen, gone at the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Info(String),
    Error(String),
}

/// What keys mean right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Typing into a text box.
    Field,
    /// The crisis screen: only its key leaves it.
    Crisis,
    Help,
    Glossary,
    Unsaved,
    /// Asked whether to stop the check-in.
    StopCheckIn,
    /// Typing a note: a provider's answer, or a check-in's note.
    Note,
    /// Everything else: keys are commands.
    Normal,
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
    /// `--questions` folder, None for the built-in ones ([`super::lang`]).
    pub questions_dir: Option<PathBuf>,
}

fn new_field(theme: &Theme, text: &str) -> TextArea<'static> {
    let mut field = TextArea::new(vec![text.to_string()]);
    field.set_wrap_mode(WrapMode::WordOrGlyph);
    field.set_cursor_line_style(Style::new());
    field.set_cursor_style(theme.selected());
    field.move_cursor(CursorMove::End);
    field
}

impl Form {
    pub(crate) fn empty(theme: &Theme) -> Form {
        Form {
            step: None,
            rows: Vec::new(),
            highlight: 0,
            ticked: BTreeSet::new(),
            field: new_field(theme, ""),
            focus: Focus::List,
            error: None,
            confirm: false,
            none_meant: false,
        }
    }

    /// The text in the box, on one line.
    pub fn text(&self) -> String {
        self.field.lines().join(" ")
    }
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

    /// Opens a session: the interview over its answers, saved as it changes.
    /// A session open in another window is not opened, and the screen says
    /// so (issue 15, finding 3). Returns whether it opened.
    pub(crate) fn open(&mut self, mut session: Session) -> bool {
        let s = self.bank.words();
        // An answer the current questions no longer offer is set aside (and
        // shown with the summary) before the question is asked again, so
        // the new answer never replaces it unseen.
        let set_aside = session.set_aside_unfitting(self.bank);
        let fresh = !self.store.path(&session.id).exists();
        let has_answers = session.answers != Default::default();
        let copy = (!fresh).then(|| session.clone());
        let autosave = match Autosave::new(self.store.clone(), session) {
            Ok(a) => a,
            Err(e) => {
                if let Some(s) = copy {
                    self.view_read_only(&s);
                }
                self.notice = Some(Notice::Error(e.to_string()));
                return false;
            }
        };
        self.interview = Interview::new(autosave.visit.working_answers(self.bank));
        self.autosave = Some(autosave);
        // Answers given with --answers are saved at once, so they are not lost.
        if fresh && has_answers {
            self.save();
        }
        self.crisis_seen = None;
        self.changed();
        if set_aside > 0 {
            self.notice = Some(Notice::Info(
                s.SET_ASIDE_NOTICE.replace("{n}", &set_aside.to_string()),
            ));
        }
        true
    }

    /// Shows session `s`, open in another window, without changing it:
    /// its printed summary in a popup that scrolls and closes like the
    /// glossary's.
    pub(crate) fn view_read_only(&mut self, s: &Session) {
        let w = self.bank.words();
        self.show_read_only(s, &w.OPEN_ELSEWHERE.replace("{id}", &s.id));
    }

    /// Shows session `s` without opening it, after the sentence `said`.
    pub(crate) fn show_read_only(&mut self, s: &Session, said: &str) {
        let w = self.bank.words();
        let summary = Summary::of_session(self.bank, s, self.now, &self.zone);
        let today = crate::core::time::date_in(self.now, &self.zone);
        let report = crate::core::report::text(self.bank, &summary, &today);
        let mut said = said.chars();
        let first = said.next().map(|c| c.to_uppercase().to_string());
        let said = format!("{}{}.", first.unwrap_or_default(), said.as_str());
        self.popup = Some(Popup::Glossary {
            title: w.READ_ONLY_TITLE.replace("{id}", &s.id),
            text: clean(&format!("{said}\n\n{report}"), true),
            scroll: 0,
        });
    }

    pub(crate) fn save(&mut self) {
        self.save_due = false;
        if let Some(a) = self.autosave.as_mut() {
            a.save(self.bank, &self.interview.answers);
        }
        crate::store::autosave::save_is_made();
    }

    /// Saves the answer given by the last message. The wizard calls this
    /// right after drawing the frame that answer led to, so the next
    /// question is on screen without waiting for the disk; a failed save is
    /// then drawn at once. Returns whether a save was made.
    pub fn save_pending(&mut self) -> bool {
        if self.save_due {
            self.save();
            true
        } else {
            false
        }
    }

    /// Whether an answer was given and its save has not been made yet.
    pub fn save_is_due(&self) -> bool {
        self.save_due
    }

    /// Whether something is not on disk that should be.
    pub(crate) fn unsaved(&self) -> bool {
        self.save_due
            || self.autosave.as_ref().is_some_and(|a| match a.state() {
                SaveState::Saved(_) => false,
                SaveState::Failed(_) => true,
                SaveState::Unsaved => self.interview.answers != Default::default(),
            })
    }

    /// The results of the answers so far, with the session's history.
    pub(crate) fn summary(&self) -> Summary {
        let summary = Summary::of(self.bank, &self.interview);
        match &self.autosave {
            // As the session will be once these answers are saved (a
            // check-in just finished is in its history).
            Some(a) => a
                .visit
                .summary(self.bank, &self.interview.answers, self.now, &self.zone),
            None => summary,
        }
    }

    /// After the interview changed: the results, the screen and the form follow.
    pub(crate) fn changed(&mut self) {
        let crisis = self.interview.crisis_level(self.bank);
        if crisis > self.crisis_seen {
            self.crisis_open = true;
            self.crisis_scroll = 0;
        }
        self.crisis_seen = crisis;
        match self.interview.current(self.bank) {
            Some(step) => {
                self.screen = Screen::Question;
                if self.form.step != Some(step) {
                    self.load_form(step);
                }
            }
            None => {
                // Scored only when the results are shown: a key press on a
                // question does not pay for it.
                self.summary = self.summary();
                if self.screen != Screen::Results {
                    self.results.scroll = 0;
                }
                self.screen = Screen::Results;
                self.form.step = None;
                self.editing = false;
                let n = self.answered().len();
                self.results.answer = self.results.answer.min(n.saturating_sub(1));
                let asks = self.summary.questions_to_ask.len();
                self.results.ask = self.results.ask.min(asks.saturating_sub(1));
            }
        }
    }

    /// During a check-in, the answer `step` had before it (child questions only).
    pub(crate) fn last_time_answer(&self, step: Step) -> Option<Answer> {
        if step.provider.is_some() {
            return None;
        }
        let q = step.question(self.bank);
        self.autosave
            .as_ref()?
            .visit
            .previous_answer(self.bank, &q.id)
            .filter(|a| crate::core::answers::fits(q, a))
    }

    /// "Last time: Needs action now" for the question on screen during a
    /// check-in, or None.
    pub fn last_time(&self) -> Option<String> {
        let s = self.bank.words();
        let step = self.form.step?;
        let a = self.last_time_answer(step)?;
        let q = step.question(self.bank);
        Some(s.LAST_TIME.replace(
            "{answer}",
            &crate::core::history::answer_text(self.bank, Some(q), &a),
        ))
    }

    /// Stops the check-in in progress: its answers are dropped, and the
    /// session, its answers and its results stay as they were before it.
    pub(crate) fn stop_checkin(&mut self) {
        let s = self.bank.words();
        let Some(a) = self.autosave.as_mut() else {
            return;
        };
        let Some(e) = a.visit.cancel_checkin(self.bank, self.now) else {
            return;
        };
        self.save_due = false;
        a.run(Some(e));
        self.interview = Interview::new(a.session().answers.clone());
        self.crisis_seen = self.interview.crisis_level(self.bank);
        self.changed();
        self.notice = Some(Notice::Info(s.CHECKIN_STOPPED.to_string()));
    }

    /// Whether a check-in is in progress.
    pub fn checking_in(&self) -> bool {
        self.autosave
            .as_ref()
            .is_some_and(|a| a.visit.checking_in())
    }

    /// Sets up the form for `step`, showing the answer given before, if any.
    pub(crate) fn load_form(&mut self, step: Step) {
        let bank = self.bank;
        let q = step.question(bank);
        // During a check-in, a question not answered again yet starts on
        // the answer given last time, so Enter keeps it.
        let before = self
            .interview
            .answer_for(bank, step)
            .map(std::borrow::Cow::into_owned)
            .or_else(|| self.last_time_answer(step));
        let mut form = Form::empty(&self.theme);
        form.step = Some(step);
        match q.kind {
            Kind::Text | Kind::Title => {
                let text = before.as_ref().and_then(Answer::as_str).unwrap_or("");
                form.field = new_field(&self.theme, &clean(text, false));
                form.focus = Focus::Field;
            }
            Kind::Multi => {
                if let Some(Answer::Many(ids)) = &before {
                    form.none_meant = ids.is_empty();
                    form.ticked = q
                        .options
                        .iter()
                        .enumerate()
                        .filter(|(_, o)| ids.contains(&o.id))
                        .map(|(i, _)| i)
                        .collect();
                }
            }
            Kind::Single | Kind::Level => {}
        }
        self.form = form;
        self.form.rows = self.rows_for(q);
        self.form.highlight = match (&before, q.kind) {
            (Some(Answer::Skipped), _) => self.form.rows.len().saturating_sub(1),
            (Some(Answer::Level(l)), _) => usize::from(*l),
            (Some(Answer::One(id)), Kind::Single) => q
                .options
                .iter()
                .position(|o| &o.id == id)
                .unwrap_or_default(),
            _ => 0,
        };
        self.set_focus(self.form.focus);
    }

    /// The rows under question `q`, given what is typed.
    pub(crate) fn rows_for(&self, q: &Question) -> Vec<Row> {
        let mut rows: Vec<Row> = match q.kind {
            Kind::Single | Kind::Multi => (0..q.options.len()).map(Row::Option).collect(),
            Kind::Level => (0..self.bank.meta.levels.len().min(4) as u8)
                .map(Row::Level)
                .collect(),
            Kind::Text => Vec::new(),
            Kind::Title => {
                let typed = self.form.text();
                let found: Vec<Suggestion> = if typed.trim().is_empty() {
                    // Nothing typed yet: every title, to browse.
                    self.bank
                        .roles
                        .iter()
                        .enumerate()
                        .map(|(i, r)| Suggestion {
                            name: r.short.clone(),
                            roles: vec![i],
                        })
                        .collect()
                } else {
                    title::suggest(self.bank, &typed, SUGGESTIONS)
                };
                let mut rows: Vec<Row> = Vec::new();
                let mut labels: Vec<String> = Vec::new();
                for sg in found {
                    if sg.roles.iter().all(|&r| self.bank.roles[r].unknown) {
                        continue;
                    }
                    // Two names of one role can read the same ("LCSW" and its title).
                    let label = super::labels::suggestion(self.bank, &sg);
                    if !labels.contains(&label) {
                        labels.push(label);
                        rows.push(Row::Title(sg));
                    }
                }
                rows.push(Row::Unknown);
                rows
            }
        };
        if q.skippable {
            rows.push(Row::Skip);
        }
        rows
    }

    pub(crate) fn set_focus(&mut self, focus: Focus) {
        self.form.focus = focus;
        let style = if focus == Focus::Field {
            self.theme.selected()
        } else {
            Style::new()
        };
        self.form.field.set_cursor_style(style);
    }

    pub(crate) fn is_field_question(&self) -> bool {
        self.question()
            .is_some_and(|q| matches!(q.kind, Kind::Text | Kind::Title))
    }

    /// Gives `answer` to the question on screen; a refusal is shown under it.
    pub(crate) fn give(&mut self, answer: Answer) {
        let s = self.bank.words();
        match self.interview.answer(self.bank, answer) {
            Ok(()) => {
                self.save_due = true;
                let editing = self.editing;
                self.changed();
                if editing && self.screen == Screen::Results {
                    self.notice = Some(Notice::Info(s.CHANGED.to_string()));
                }
                // The last answer of a first visit: ask for a name to come
                // back by, once, unless the session has one or the crisis
                // lines come first.
                let unnamed = self.autosave.as_ref().is_some_and(|a| {
                    a.session().label.is_none()
                        && a.session().checkins.is_empty()
                        && a.session().checkin.is_none()
                });
                if !editing
                    && !self.label_asked
                    && unnamed
                    && !self.crisis_open
                    && self.screen == Screen::Results
                {
                    self.ask_label();
                }
            }
            Err(e) => {
                self.form.error = Some(e.to_string());
                self.form.confirm = false;
            }
        }
    }

    /// Chooses row `i` of the list under the question.
    pub(crate) fn choose(&mut self, i: usize) {
        let s = self.bank.words();
        let Some(q) = self.question() else { return };
        let Some(row) = self.form.rows.get(i).cloned() else {
            return;
        };
        self.form.highlight = i;
        // What was typed is never dropped unasked (Esc, then Enter, lands here).
        let typed = clean(&self.form.text(), false).trim().to_string();
        if matches!(row, Row::Skip | Row::Unknown) && !typed.is_empty() && !self.form.confirm {
            self.form.error = Some(s.TYPED_NOT_KEPT.replace("{typed}", &typed));
            self.form.confirm = true;
            return;
        }
        match row {
            Row::Skip => self.give(Answer::Skipped),
            Row::Level(l) => self.give(Answer::Level(l)),
            Row::Title(sg) => self.give(Answer::One(sg.name)),
            Row::Unknown => self.give(Answer::One(self.bank.unknown_role().title.clone())),
            Row::Option(_) if q.kind == Kind::Multi => self.finish_multi(),
            Row::Option(o) => self.give(Answer::One(q.options[o].id.clone())),
        }
    }

    pub(crate) fn toggle(&mut self, i: usize) {
        if let Some(Row::Option(o)) = self.form.rows.get(i) {
            let o = *o;
            if !self.form.ticked.remove(&o) {
                self.form.ticked.insert(o);
            }
            self.form.highlight = i;
            self.form.error = None;
            self.form.confirm = false;
            self.form.none_meant = true;
        }
    }

    /// Enter on multiple choice: the ticked options. Nothing ticked on a
    /// list left as it came needs a second Enter (Enter alone does not
    /// tick); after unticking, or when nothing was ticked last time, one
    /// Enter is enough.
    pub(crate) fn finish_multi(&mut self) {
        let s = self.bank.words();
        let Some(q) = self.question() else { return };
        if self.form.ticked.is_empty() && !self.form.confirm && !self.form.none_meant {
            self.form.error = Some(s.MULTI_NONE.to_string());
            self.form.confirm = true;
            return;
        }
        let ids = self
            .form
            .ticked
            .iter()
            .map(|&i| q.options[i].id.clone())
            .collect();
        self.give(Answer::Many(ids));
    }

    /// Enter in the text box. Nothing typed on a question that can be
    /// skipped skips it.
    pub(crate) fn submit_field(&mut self) {
        let s = self.bank.words();
        let Some(q) = self.question() else { return };
        let text = clean(&self.form.text(), false).trim().to_string();
        if text.is_empty() && q.skippable {
            self.give(Answer::Skipped);
            return;
        }
        if q.kind == Kind::Title
            && !text.is_empty()
            && title::match_roles(self.bank, &text).is_empty()
            && !self.form.confirm
        {
            self.form.error = Some(s.TITLE_NO_MATCH.replace("{typed}", &text));
            self.form.confirm = true;
            return;
        }
        self.give(Answer::One(text));
    }

    /// After the text changed: the matching titles follow.
    pub(crate) fn edited(&mut self) {
        // Pasted or typed line breaks are joined: every answer is one line.
        if self.form.field.lines().len() > 1 {
            let text = self.form.text();
            self.form.field = new_field(&self.theme, &text);
        }
        self.form.error = None;
        self.form.confirm = false;
        if let Some(q) = self.question() {
            self.form.rows = self.rows_for(q);
            self.form.highlight = 0;
        }
    }

    /// The title the glossary should explain: the highlighted match, what was
    /// typed, or the provider's title given earlier.
    pub(crate) fn title_on_screen(&self) -> Option<String> {
        let step = self.form.step?;
        let q = step.question(self.bank);
        if q.kind == Kind::Title {
            if self.form.focus == Focus::List {
                match self.form.rows.get(self.form.highlight) {
                    Some(Row::Title(sg)) => return Some(sg.name.clone()),
                    Some(Row::Unknown) => return Some(self.bank.unknown_role().title.clone()),
                    _ => {}
                }
            }
            let typed = self.form.text();
            return (!typed.trim().is_empty()).then_some(typed);
        }
        let provider = step.provider?;
        self.provider_title(provider)
    }

    pub(crate) fn provider_title(&self, provider: usize) -> Option<String> {
        let map = self.interview.answers.map(Some(provider))?;
        self.bank
            .questions
            .iter()
            .filter(|q| q.kind == Kind::Title)
            .find_map(|q| map.get(&q.id).and_then(Answer::as_str))
            .map(str::to_string)
    }

    pub(crate) fn open_glossary(&mut self, titles: Vec<String>) {
        let s = self.bank.words();
        let (title, text) = if titles.is_empty() {
            let text = crate::core::glossary::run(self.bank, None).unwrap_or_else(|e| e);
            (s.GLOSSARY_ALL.to_string(), text)
        } else {
            let text = titles
                .iter()
                .map(|t| crate::core::glossary::run(self.bank, Some(t)).unwrap_or_else(|e| e))
                .collect::<Vec<_>>()
                .join("\n");
            let title = s.GLOSSARY_TITLE.replace("{title}", &titles.join(", "));
            (clean(&title, false), text)
        };
        self.popup = Some(Popup::Glossary {
            title,
            text: clean(&text, true),
            scroll: 0,
        });
    }

    /// Saves the one-page summary (and its text version) in the Documents
    /// folder under a new name, and says where.
    pub(crate) fn print(&mut self) {
        let s = self.bank.words();
        // Printing works from any screen, so score the answers as they are now.
        let label = self
            .autosave
            .as_ref()
            .and_then(|a| a.session().label.clone());
        let result = crate::store::printout::print(
            self.bank,
            &self.summary(),
            label.as_deref(),
            self.documents.as_deref(),
        );
        self.notice = Some(match result {
            Ok(p) => {
                let path = p.html.display().to_string();
                self.printed = Some(p.html);
                Notice::Info(s.PRINTED_TO.replace("{path}", &path))
            }
            Err(e) => Notice::Error(
                s.PRINT_FAILED
                    .replace("{error}", &crate::core::reason::io_in(s, &e)),
            ),
        });
    }

    /// Opens the page just printed with the system's opener, without
    /// waiting for it; says so in words where there is none.
    pub(crate) fn open_printed(&mut self) {
        let s = self.bank.words();
        let Some(path) = self.printed.clone() else {
            self.notice = Some(Notice::Info(s.OPEN_NOTHING.to_string()));
            return;
        };
        let shown = path.display().to_string();
        self.notice = Some(match crate::store::printout::open(s, &path) {
            crate::store::printout::Opened::Started(program) => Notice::Info(
                s.OPENING
                    .replace("{path}", &shown)
                    .replace("{program}", &program),
            ),
            crate::store::printout::Opened::NoOpener => {
                Notice::Info(s.NO_OPENER.replace("{path}", &shown))
            }
            crate::store::printout::Opened::Failed(e) => Notice::Error(
                s.OPEN_FAILED
                    .replace("{path}", &shown)
                    .replace("{error}", &e),
            ),
        });
    }

    /// Leaves `task` for [`App::carry_out`].
    pub(crate) fn later(&mut self, task: Task) -> Option<Exit> {
        self.tasks.push(task);
        None
    }

    pub(crate) fn quit(&mut self) -> Option<Exit> {
        if self.unsaved() {
            self.save();
        }
        if self.save_error().is_some() {
            self.popup = Some(Popup::Unsaved);
            None
        } else {
            Some(Exit::Quit)
        }
    }

    pub(crate) fn retry(&mut self) {
        let s = self.bank.words();
        if self.unsaved() {
            self.save();
            if self.save_error().is_none() {
                self.notice = Some(Notice::Info(s.SAVE_RETRIED.to_string()));
            }
        }
    }

    /// Carries out the work `update` left ([`Task`]), in order. Returns how
    /// the wizard ends, when a task ends it (quitting, once saved). The
    /// wizard's loop calls it after every `update`, even one that ends the
    /// wizard, so a save due is made on the way out.
    pub fn carry_out(&mut self) -> Option<Exit> {
        let mut exit = None;
        for task in std::mem::take(&mut self.tasks) {
            match task {
                Task::Visit(e) => {
                    if let Some(a) = self.autosave.as_mut() {
                        a.run(Some(e));
                    }
                }
                Task::Start(choice) => self.start(choice),
                Task::Print => self.print(),
                Task::OpenPrinted => self.open_printed(),
                Task::Quit => exit = exit.or(self.quit()),
                Task::Retry => {
                    self.retry();
                    if matches!(self.popup, Some(Popup::Unsaved)) && self.save_error().is_none() {
                        self.popup = None;
                    }
                }
                Task::StopCheckIn => self.stop_checkin(),
                Task::SwitchLang => self.switch_lang(),
                Task::SaveUnsaved => {
                    if self.unsaved() {
                        self.save();
                    }
                }
            }
        }
        exit
    }

    pub(crate) fn start(&mut self, choice: Start) {
        let now = self.now;
        match choice {
            Start::StartNew => {
                self.open(Session::new(self.bank, now));
            }
            // Kept on the welcome screen in case another window has it open.
            Start::Resume => {
                if let Some(s) = self.welcome.unfinished.clone() {
                    self.open(s);
                }
            }
            Start::ViewResults => {
                if let Some(s) = self.welcome.finished.clone() {
                    if s.checkin.is_some() {
                        // The check-in stays as it is, for later: the
                        // results are shown as they were before it.
                        self.show_read_only(&s, self.bank.words().RESULTS_BEFORE_CHECKIN);
                    } else {
                        self.open(s);
                    }
                }
            }
            Start::CheckIn => {
                if let Some(mut s) = self.welcome.finished.clone() {
                    if self.store.is_open_elsewhere(&s.id) {
                        // Shown as it is, not as a check-in would begin it.
                        self.view_read_only(&s);
                        self.notice = Some(Notice::Error(
                            self.bank.words().OPEN_ELSEWHERE.replace("{id}", &s.id),
                        ));
                        return;
                    }
                    let going_on = s.checkin.is_some();
                    s.begin_checkin(now, None);
                    if !self.open(s) {
                        return;
                    }
                    if let Some(a) = self.autosave.as_mut() {
                        a.flush(self.bank);
                    }
                    // The crisis lines come first; the note is then not
                    // asked for, nor when going on with a check-in.
                    if !self.crisis_open && !going_on {
                        self.note = new_field(&self.theme, "");
                        self.popup = Some(Popup::Note(Noting::CheckIn));
                    }
                }
            }
        }
    }

    /// Shows the wizard in the other language (`l`): the screen on show
    /// stays, with the answers, the place in the interview, what is ticked
    /// or typed and the highlighted row. An open session is saved, so it
    /// remembers the language. Questions in one language only say so.
    pub(crate) fn switch_lang(&mut self) {
        let Some(bank) = super::lang::other_bank(self.bank, self.questions_dir.as_deref()) else {
            self.notice = Some(Notice::Info(self.bank.words().LANG_ONLY_ONE.to_string()));
            return;
        };
        self.bank = bank;
        match self.screen {
            Screen::Welcome => {}
            Screen::Results => self.changed(),
            Screen::Question => {
                // The rows follow the new bank (titles are named in its
                // language); what the parent did on the form is kept.
                let old = std::mem::replace(&mut self.form, Form::empty(&self.theme));
                if let Some(step) = old.step {
                    self.load_form(step);
                    self.form.field = old.field;
                    self.form.ticked = old.ticked;
                    self.form.none_meant = old.none_meant;
                    if let Some(q) = self.question() {
                        self.form.rows = self.rows_for(q);
                    }
                    let last = self.form.rows.len().saturating_sub(1);
                    self.form.highlight = old.highlight.min(last);
                    self.set_focus(old.focus);
                }
            }
        }
        // A session with a file is saved now; a new one is saved in this
        // language with its first answer.
        if self.session_file().is_some() {
            self.save();
        }
        self.notice = Some(Notice::Info(self.bank.words().LANG_NOW.to_string()));
    }

    /// Opens the box for what the provider said to the highlighted question
    /// to ask, with the answer noted before, if any.
    pub(crate) fn open_reply(&mut self) {
        let Some(item) = self.summary.questions_to_ask.get(self.results.ask) else {
            return;
        };
        let Some(a) = self.autosave.as_ref() else {
            return;
        };
        let noted = a
            .session()
            .asked
            .get(&item.id)
            .and_then(|asked| asked.reply.as_deref())
            .unwrap_or_default();
        self.note = new_field(&self.theme, noted);
        self.popup = Some(Popup::Note(Noting::Reply(self.results.ask)));
    }

    /// Opens the box for the session's name, with the name it has, if any.
    pub(crate) fn ask_label(&mut self) {
        let Some(a) = self.autosave.as_ref() else {
            return;
        };
        let label = a.session().label.as_deref().map(|l| clean(l, false));
        self.note = new_field(&self.theme, label.as_deref().unwrap_or_default());
        self.label_asked = true;
        self.popup = Some(Popup::Note(Noting::Label));
    }

    /// Names the session (an empty box removes the name) and saves.
    pub(crate) fn save_label(&mut self, label: Option<String>) {
        let s = self.bank.words();
        let Some(a) = self.autosave.as_mut() else {
            return;
        };
        let Some(e) = a.visit.set_label(self.bank, label.clone(), self.now) else {
            return;
        };
        self.tasks.push(Task::Visit(e));
        if let Some(l) = label {
            // Quoted for the shell when it has spaces: fitcheck resume "Dana B".
            let shell = if l.contains(char::is_whitespace) {
                format!("\"{l}\"")
            } else {
                l.clone()
            };
            self.notice = Some(Notice::Info(
                s.LABEL_SAVED
                    .replace("{label}", &l)
                    .replace("{shell}", &shell),
            ));
        }
    }

    /// Keeps the note typed, if any, and closes its box.
    pub(crate) fn save_note(&mut self, noting: Noting) {
        self.popup = None;
        let text = clean(&self.note.lines().join(" "), false);
        let text = Some(text.trim().to_string()).filter(|t| !t.is_empty());
        match noting {
            Noting::Reply(ask) => self.save_reply(ask, text),
            Noting::Label => self.save_label(text),
            Noting::CheckIn => {
                let Some(a) = self.autosave.as_mut() else {
                    return;
                };
                if let Some(text) = text
                    && let Some(e) = a.visit.note_checkin(self.bank, text, self.now)
                {
                    self.tasks.push(Task::Visit(e));
                }
            }
        }
    }

    /// Marks question to ask `ask` as asked with what the provider said
    /// (nothing, when the box was empty), and saves.
    pub(crate) fn save_reply(&mut self, ask: usize, reply: Option<String>) {
        let Some(item) = self.summary.questions_to_ask.get(ask) else {
            return;
        };
        let id = item.id.clone();
        let Some(a) = self.autosave.as_mut() else {
            return;
        };
        let e = a.visit.mark_asked(self.bank, &id, reply, self.now);
        self.tasks.push(Task::Visit(e));
        self.summary = self.summary();
    }

    /// Marks the highlighted question to ask as asked, or unmarks it.
    pub(crate) fn toggle_asked(&mut self) {
        let Some(item) = self.summary.questions_to_ask.get(self.results.ask) else {
            return;
        };
        let id = item.id.clone();
        let Some(a) = self.autosave.as_mut() else {
            return;
        };
        let e = a.visit.toggle_asked(self.bank, &id, self.now);
        self.tasks.push(Task::Visit(e));
        // The history lists the questions asked.
        self.summary = self.summary();
    }
}
