//! Taking over the terminal and giving it back on every way out: a normal
//! exit, Ctrl-C, SIGTERM or SIGHUP (through [`crate::signals`]) and a panic.
//! ratatui's own panic hook restores raw mode and the main screen; the hook
//! installed here before it turns off what fitcheck added (mouse capture,
//! bracketed paste), shows the cursor and says where the answers are saved.

use std::io::{Write, stdout};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ratatui::DefaultTerminal;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

use crate::strings as s;

/// Where the session on screen was last saved, for the panic message.
static SAVED_AT: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Remembers where the session is saved.
pub fn remember(path: Option<&Path>) {
    if let Some(p) = path {
        let mut saved = SAVED_AT.lock().unwrap_or_else(|p| p.into_inner());
        if saved.as_deref() != Some(p) {
            *saved = Some(p.to_path_buf());
        }
    }
}

/// Enters the alternate screen in raw mode, with mouse clicks and bracketed
/// paste. Installs the panic message first, so it runs after ratatui's
/// restore.
pub fn init() -> std::io::Result<DefaultTerminal> {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        release();
        default(info);
        let saved = SAVED_AT.lock().map(|p| p.clone()).unwrap_or(None);
        let message = match saved {
            Some(path) => s::PANIC_SAVED.replace("{path}", &path.display().to_string()),
            None => s::PANIC_NOTHING.to_string(),
        };
        eprintln!("{message}");
    }));
    let terminal = ratatui::try_init()?;
    execute!(stdout(), EnableBracketedPaste, EnableMouseCapture)?;
    Ok(terminal)
}

/// Turns off what [`init`] turned on beyond ratatui's own, and shows the cursor.
fn release() {
    let mut out = stdout();
    let _ = execute!(out, DisableMouseCapture, DisableBracketedPaste);
    let _ = execute!(out, Show);
    let _ = out.flush();
}

/// Gives the terminal back: raw mode off, main screen, cursor shown.
pub fn restore() {
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    release();
}
