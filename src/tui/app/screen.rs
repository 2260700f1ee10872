//! What the screen shows: the screen under any popup, the welcome
//! screen's choices, the results' pages, the popups and notices, and what
//! keys mean right now.

use crate::core::session::Session;

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
