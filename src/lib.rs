//! fitcheck: a calm terminal interview that tells parents how well a
//! mental-health provider's role fits their child's needs.
//!
//! Three layers, each allowed to use only the ones above it:
//! - [`core`]: pure. The question bank, the interview, titles, the fit, the
//!   questions to ask, the summary and what changed between visits. No
//!   terminal, no files, no environment, no clock (`tests/layers.rs` checks).
//! - [`store`]: the disk. Saved sessions, their list, autosave, settings and
//!   pages to print.
//! - The front ends: [`cli`] and [`cmd`] (the command line), [`plain`]
//!   (line-by-line mode) and [`tui`] (the wizard), with [`clock`] and
//!   [`signals`] for the process around them, and [`language`] for choosing
//!   English or Spanish. [`strings`] holds every word of UI chrome in
//!   English, `strings_es` in Spanish, and [`core::words`] puts them in one table
//!   per language that all three use. A front end ends with an
//!   [`outcome::Outcome`]; `main` alone maps it to the exit status.

/// Every build of fitcheck (the binary, its tests and its benchmarks)
/// allocates with mimalloc. A summary is made of hundreds of short strings,
/// and with the system allocator about a third of the time went to
/// allocating and freeing them (README, "Performance"). It is declared here,
/// once, so that the benchmarks measure the allocator the binary ships with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod cli;
pub mod clock;
pub mod cmd;
pub mod core;
pub mod language;
pub mod outcome;
pub mod plain;
pub mod signals;
pub mod store;
pub mod strings;
pub mod strings_es;
pub mod tui;
