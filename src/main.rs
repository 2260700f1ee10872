//! The `fitcheck` binary: see [`fitcheck::cli`].

fn main() -> std::process::ExitCode {
    // A closed pipe (`fitcheck roles | head -1`) ends fitcheck quietly, as it
    // ends other command-line tools: the shell sees status 141. Saves are
    // atomic (a temporary file, then a rename), so no session is cut short.
    // SAFETY: called first, before any other thread exists.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // A failed write to standard output or error (a full disk, a closed
    // stderr) exits 1 with a message where one can still be written, never
    // with a panic's 101.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if msg.starts_with("failed printing to std") {
            use std::io::Write;
            let _ = writeln!(std::io::stderr(), "fitcheck: {msg}");
            std::process::exit(1);
        }
        default_hook(info);
    }));
    exit_code(fitcheck::cli::run())
}

/// The one place an outcome becomes the process's exit status (the README's
/// "Exit status", and `fitcheck --help`).
fn exit_code(outcome: fitcheck::outcome::Outcome) -> std::process::ExitCode {
    use fitcheck::outcome::Outcome;
    std::process::ExitCode::from(match outcome {
        Outcome::Done => 0,
        Outcome::Error => 1,
        Outcome::Usage => 2,
        Outcome::Interrupted => 130,
    })
}
