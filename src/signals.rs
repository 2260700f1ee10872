//! Signals: Ctrl-C (SIGINT), SIGTERM and SIGHUP (the terminal window
//! closed). Every answer is saved as soon as it is given, so on a signal
//! fitcheck waits for the save of an answer already given and for any save
//! in progress, restores the terminal and exits.
//!
//! In the wizard, Ctrl-Z (SIGTSTP) too: after the same wait, the terminal is
//! given back, fitcheck stops, and on `fg` (SIGCONT) it takes the terminal
//! again and redraws ([`install_suspend`]).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;

static CLEANUP: OnceLock<fn()> = OnceLock::new();

/// Set once a signal is being handled: its thread owns the way out.
static EXITING: AtomicBool = AtomicBool::new(false);

/// Whether a signal is being handled. The main thread then leaves the exit
/// (and its status) to the signal's thread.
pub fn exiting() -> bool {
    EXITING.load(Ordering::SeqCst)
}

/// The exit status for a signal: 130 for Ctrl-C, 128 + the number otherwise.
pub fn status(signal: i32) -> i32 {
    128 + signal
}

/// Starts a thread that, on SIGINT, SIGTERM or SIGHUP, waits for any save in
/// progress ([`crate::store::autosave::SAVE_LOCK`]), runs `cleanup` (restore the
/// terminal, say where the session is saved) and exits. Call once.
pub fn install(cleanup: fn()) -> std::io::Result<()> {
    let _ = CLEANUP.set(cleanup);
    let mut signals = Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::Builder::new()
        .name("signals".to_string())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                EXITING.store(true, Ordering::SeqCst);
                // An answer already on screen but not yet saved is saved first;
                // the wait is bounded in case the main thread is stuck.
                crate::store::autosave::wait_for_due_save(std::time::Duration::from_secs(2));
                let _guard = crate::store::autosave::SAVE_LOCK
                    .lock()
                    .unwrap_or_else(|p| p.into_inner());
                if let Some(f) = CLEANUP.get() {
                    f();
                }
                crate::store::remove_lock_files_on_exit();
                std::process::exit(status(signal));
            }
        })?;
    Ok(())
}

/// Starts a thread that, on SIGTSTP (Ctrl-Z, `kill -TSTP`), waits for a
/// coming save and any save in progress, then runs `suspend`, which gives
/// the terminal back, calls [`stop`] and takes the terminal again when it
/// returns. Call once, for the wizard (plain mode keeps the default stop:
/// its terminal needs nothing back).
pub fn install_suspend(suspend: fn()) -> std::io::Result<()> {
    let mut signals = Signals::new([SIGTSTP])?;
    std::thread::Builder::new()
        .name("suspend".to_string())
        .spawn(move || {
            for _ in signals.forever() {
                if exiting() {
                    continue;
                }
                crate::store::autosave::wait_for_due_save(std::time::Duration::from_secs(2));
                let _guard = crate::store::autosave::SAVE_LOCK
                    .lock()
                    .unwrap_or_else(|p| p.into_inner());
                suspend();
            }
        })?;
    Ok(())
}

/// Asks for the suspend of [`install_suspend`], as Ctrl-Z does outside raw
/// mode (in the wizard, Ctrl-Z arrives as a key).
pub fn request_suspend() {
    let _ = signal_hook::low_level::raise(SIGTSTP);
}

/// Stops the process as SIGTSTP's default action does; returns once it is
/// continued (`fg`, SIGCONT).
pub fn stop() {
    let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
}

/// Asks the wizard to redraw whole: its event reader takes SIGWINCH as a
/// resize, and a resize clears and redraws every cell.
pub fn request_redraw() {
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGWINCH);
}
