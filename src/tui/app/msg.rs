//! What the parent asks the wizard to do, whatever key or click asked.

use ratatui_textarea::Input;

use super::Tab;

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
