//! The wizard's language switch: `l` (on the welcome screen, the results,
//! the crisis screen and every question without a text box) shows the whole
//! wizard in the other language at once. The questions are loaded again in
//! it; the answers stay as they are, as they are language-neutral ids. The
//! session remembers the language ([`crate::core::session::Session::lang`]),
//! so coming back to it without `--lang` opens it in that language.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::core::bank::Bank;
use crate::core::lang::Lang;

use super::app::{App, Notice, Screen};

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

/// Shows the wizard in the other language: the screen on show stays, with
/// the answers, the place in the interview, what is ticked or typed and
/// the highlighted row. An open session is saved, so it remembers the
/// language. When the questions are in one language only, a notice says so.
pub fn switch(app: &mut App<'_>) {
    let to = other(app.bank.lang);
    let bank = bank_in(app.questions_dir.as_deref(), to).filter(|b| same_questions(app.bank, b));
    let Some(bank) = bank else {
        app.notice = Some(Notice::Info(app.bank.words().LANG_ONLY_ONE.to_string()));
        return;
    };
    app.bank = bank;
    match app.screen {
        Screen::Welcome => {}
        Screen::Results => app.changed(),
        Screen::Question => {
            // The form is rebuilt from the new bank (the rows name titles in
            // its language); what the parent did on it is kept.
            let old = std::mem::replace(&mut app.form, super::app::Form::empty(&app.theme));
            if let Some(step) = old.step {
                app.load_form(step);
                app.form.field = old.field;
                app.form.ticked = old.ticked;
                app.form.none_meant = old.none_meant;
                if let Some(q) = app.question() {
                    app.form.rows = app.rows_for(q);
                }
                app.form.highlight = old.highlight.min(app.form.rows.len().saturating_sub(1));
                app.set_focus(old.focus);
            }
        }
    }
    // Remembered with the session: saved now when it has a file already;
    // a new one is saved in this language with its first answer.
    if app.session_file().is_some() {
        app.save();
    }
    app.notice = Some(Notice::Info(app.bank.words().LANG_NOW.to_string()));
}
