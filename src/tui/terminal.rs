//! Taking over the terminal and giving it back on every way out: a normal
//! exit, Ctrl-C, SIGTERM or SIGHUP (through [`crate::signals`]) and a panic;
//! and for a while on Ctrl-Z, until `fg` ([`suspend`]).
//! The panic hook installed here gives the terminal back (raw mode off, the
//! main screen, no mouse capture or bracketed paste, the cursor shown) and
//! then says where the answers are saved.
//!
//! Each frame goes to the terminal in one write ([`FrameWriter`]), so the
//! terminal never shows half a frame and a key's answer costs one system
//! call, not one per kilobyte.

use std::io::{self, Stdout, Write, stdout};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{EnterAlternateScreen, enable_raw_mode, size};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use crate::core::words::Words;

/// The wizard's terminal.
pub type Term = Terminal<CrosstermBackend<FrameWriter<Stdout>>>;

/// Holds what ratatui writes for a frame and sends it to standard output in
/// one write when ratatui flushes, at the end of the frame. Bytes never
/// flushed (a panic in the middle of a frame) are dropped, not written over
/// the screen the panic hook has just given back.
#[derive(Debug)]
pub struct FrameWriter<W: Write> {
    frame: Vec<u8>,
    out: W,
}

impl<W: Write> FrameWriter<W> {
    pub fn new(out: W) -> FrameWriter<W> {
        FrameWriter {
            frame: Vec::with_capacity(16 * 1024),
            out,
        }
    }
}

impl<W: Write> Write for FrameWriter<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.frame.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.frame.is_empty() {
            return Ok(());
        }
        // Not while suspended: a frame would land on the parent's shell.
        let _out = OUT.lock().unwrap_or_else(|p| p.into_inner());
        let written = self
            .out
            .write_all(&self.frame)
            .and_then(|()| self.out.flush());
        self.frame.clear();
        written
    }
}

/// Held while a frame is written, and while fitcheck is suspended (Ctrl-Z).
static OUT: Mutex<()> = Mutex::new(());

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
/// paste, after installing the panic hook that gives the terminal back.
pub fn init(s: &'static Words) -> io::Result<Term> {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        default(info);
        let saved = SAVED_AT.lock().map(|p| p.clone()).unwrap_or(None);
        let message = match saved {
            Some(path) => s.PANIC_SAVED.replace("{path}", &path.display().to_string()),
            None => s.PANIC_NOTHING.to_string(),
        };
        eprintln!("{}", crate::core::text::Shown::new(&message));
    }));
    take_over()?;
    // A fixed viewport, resized on each resize event (see [`resize`]):
    // a full-screen one asks the terminal its size before every frame.
    let (width, height) = size()?;
    Terminal::with_options(
        CrosstermBackend::new(FrameWriter::new(stdout())),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
        },
    )
}

/// Raw mode, the alternate screen, bracketed paste and mouse clicks.
fn take_over() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableMouseCapture
    )
}

/// Ctrl-Z (issue 15, finding 10), run by [`crate::signals::install_suspend`]
/// once the answers are saved: gives the terminal back, stops until `fg`,
/// then takes it again and has the wizard redraw at the window's size.
pub fn suspend() {
    let _out = OUT.lock().unwrap_or_else(|p| p.into_inner());
    restore();
    crate::signals::stop();
    let _ = take_over();
    crate::signals::request_redraw();
}

/// Follows the window to its new size; the next frame is drawn whole.
pub fn resize(term: &mut Term, width: u16, height: u16) -> io::Result<()> {
    term.resize(Rect::new(0, 0, width, height))
}

/// Gives the terminal back: no mouse capture or bracketed paste, raw mode
/// off, the main screen, the cursor shown.
pub fn restore() {
    let mut out = stdout();
    let _ = execute!(out, DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    let _ = execute!(out, Show);
    let _ = out.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records each write it is given.
    #[derive(Default)]
    struct Writes(Vec<Vec<u8>>);

    impl Write for &mut Writes {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.push(bytes.to_vec());
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_frame_goes_out_in_one_write_when_flushed() {
        let mut writes = Writes::default();
        let mut w = FrameWriter::new(&mut writes);
        w.write_all(b"\x1b[1;1Hfirst").unwrap();
        w.write_all(&[b'x'; 5000]).unwrap();
        w.flush().unwrap();
        w.flush().unwrap();
        drop(w);
        assert_eq!(
            writes.0.len(),
            1,
            "one write for the frame, none for an empty flush"
        );
        assert_eq!(writes.0[0].len(), 11 + 5000);
    }

    #[test]
    fn an_unfinished_frame_is_dropped_not_written() {
        let mut writes = Writes::default();
        let mut w = FrameWriter::new(&mut writes);
        w.write_all(b"done").unwrap();
        w.flush().unwrap();
        w.write_all(b"half a fra").unwrap();
        drop(w);
        assert_eq!(writes.0, vec![b"done".to_vec()]);
    }
}
