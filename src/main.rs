//! The `fitcheck` binary: see [`fitcheck::cli`].

fn main() -> std::process::ExitCode {
    fitcheck::cli::run()
}
