//! Signals: Ctrl-C (SIGINT), SIGTERM and SIGHUP (the terminal window
//! closed). Every answer is saved as soon as it is given, so on a signal
//! fitcheck waits for the save of an answer already given and for any save
//! in progress, restores the terminal and exits.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
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
/// progress ([`crate::autosave::SAVE_LOCK`]), runs `cleanup` (restore the
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
                crate::autosave::wait_for_due_save(std::time::Duration::from_secs(2));
                let _guard = crate::autosave::SAVE_LOCK
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
