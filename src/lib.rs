//! fitcheck: a calm terminal interview that tells parents how well a
//! mental-health provider's role fits their child's needs.
//!
//! The core has no terminal in it: [`bank`] (the question bank, loaded from
//! `questions/` and checked by [`validate`]), [`interview`] (the state
//! machine over [`answers`]), [`title`] (matching a typed title to roles),
//! [`score`] and [`ask`] (the fit and the questions to ask), and [`summary`]
//! (everything a front end shows). [`report`] prints a summary as text or
//! Markdown. [`session`], [`store`] (with its list [`index`]) and
//! [`autosave`] keep sessions on disk; [`history`] is what changed between visits.

pub mod answers;
pub mod ask;
pub mod autosave;
pub mod bank;
pub mod cli;
pub mod clock;
pub mod cmd;
pub mod glossary;
pub mod history;
pub mod html;
pub mod index;
pub mod interview;
pub mod plain;
pub mod printout;
pub mod reason;
pub mod report;
pub mod score;
pub mod session;
pub mod settings;
pub mod signals;
pub mod store;
pub mod strings;
/// Spanish for `strings`, not wired in yet (issue 16): the lead swaps
/// `strings::X` for a per-language table once that refactor lands.
#[allow(dead_code)]
mod strings_es;
pub mod summary;
pub mod text;
pub mod title;
pub mod tui;
pub mod validate;
