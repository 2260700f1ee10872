//! Signals: Ctrl-C (SIGINT), SIGTERM and SIGHUP (the terminal window
//! closed). Every answer is saved as soon as it is given, so on a signal
//! fitcheck waits for any save in progress, restores the terminal and exits.

use std::sync::OnceLock;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

static CLEANUP: OnceLock<fn()> = OnceLock::new();

/// The exit status for a signal: 130 for Ctrl-C, 128 + the number otherwise.
pub fn status(signal: i32) -> i32 {
    128 + signal
}

/// Starts a thread that, on SIGINT, SIGTERM or SIGHUP, waits for any save in
/// progress ([`crate::autosave::SAVE_LOCK`]), runs `cleanup` (restore the
/// terminal, say where the session is saved) and exits. Call once.
pub fn install(cleanup: fn()) -> std::io::Result<()> {
    let _ = CLEANUP.set(cleanup);
    let mut signals = Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::Builder::new()
        .name("signals".to_string())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let _guard = crate::autosave::SAVE_LOCK
                    .lock()
                    .unwrap_or_else(|p| p.into_inner());
                if let Some(f) = CLEANUP.get() {
                    f();
                }
                std::process::exit(status(signal));
            }
        })?;
    Ok(())
}
