//! The questions in the other language, for the wizard's language switch:
//! `l` (on the welcome screen, the results, the crisis screen and every
//! question without a text box) shows the whole wizard in the other
//! language at once ([`super::app::App::switch_lang`]). The questions are
//! loaded again in it; the answers stay as they are, as they are
//! language-neutral ids. The session remembers the language
//! ([`crate::core::session::Session::lang`]), so coming back to it without
//! `--lang` opens it in that language.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::core::bank::Bank;
use crate::core::lang::Lang;

/// The banks loaded for a switch, by folder (None: the built-in questions)
/// and language. Each is loaded once and kept for the rest of the run (so
/// at most one per language and folder, switching back and forth loads
/// nothing more): the wizard's model borrows its bank for as long as it lives.
static LOADED: Mutex<Vec<(Option<PathBuf>, Lang, &'static Bank)>> = Mutex::new(Vec::new());

/// The language after `lang`: English and Spanish, in turn.
pub fn other(lang: Lang) -> Lang {
    match lang {
        Lang::En => Lang::Es,
        Lang::Es => Lang::En,
    }
}

/// The questions of `dir` (None: the built-in ones) in `lang`, loaded once
/// per run. None when they are not in that language, or do not load.
pub fn bank_in(dir: Option<&Path>, lang: Lang) -> Option<&'static Bank> {
    let mut loaded = LOADED.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((_, _, bank)) = loaded
        .iter()
        .find(|(d, l, _)| d.as_deref() == dir && *l == lang)
    {
        return Some(bank);
    }
    if !Bank::has_lang(dir, lang) {
        return None;
    }
    let bank = match dir {
        Some(d) => Bank::load_dir_in(d, lang),
        None => Bank::embedded_in(lang),
    }
    .ok()?;
    let bank: &'static Bank = Box::leak(Box::new(bank));
    loaded.push((dir.map(Path::to_path_buf), lang, bank));
    Some(bank)
}

/// Whether `a` and `b` ask the same questions (the same version, the same
/// question ids in the same order): the interview's place and answers
/// mean the same in both.
fn same_questions(a: &Bank, b: &Bank) -> bool {
    a.meta.version == b.meta.version
        && a.questions.len() == b.questions.len()
        && a.questions
            .iter()
            .zip(&b.questions)
            .all(|(x, y)| x.id == y.id)
}

/// The questions in use (`current`, from `dir`) in the other language,
/// when they are in it and ask the same questions.
pub fn other_bank(current: &Bank, dir: Option<&Path>) -> Option<&'static Bank> {
    bank_in(dir, other(current.lang)).filter(|b| same_questions(current, b))
}
