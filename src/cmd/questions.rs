//! `check-questions` and `roles`: the question bank itself.

use std::path::Path;

use super::{load_bank, write_out};
use crate::core::bank::Bank;
use crate::core::lang::Lang;
use crate::core::text::Shown;
use crate::outcome::{Context, Outcome, fail};

/// `fitcheck check-questions [DIR]`.
pub fn check_questions(dir: Option<&Path>) -> Outcome {
    match load_bank(dir, Lang::En) {
        // Every language the folder has is checked too (issue 16).
        Ok(_) if !check_languages(dir) => Outcome::Usage,
        Ok(bank) => {
            let origin = dir.map_or_else(
                || "the built-in questions".to_string(),
                |d| d.display().to_string(),
            );
            println!(
                "{}",
                Shown::new(&format!("OK: {origin}: {}", bank.counts()))
            );
            Outcome::Done
        }
        Err(code) => code,
    }
}

/// For `check-questions`: loads every translation the folder (or the
/// built-in bank) has, printing each one's problems to stderr as a bank
/// error is printed. Whether all of them loaded.
fn check_languages(dir: Option<&Path>) -> bool {
    let mut ok = true;
    for lang in crate::core::lang::Lang::ALL {
        if lang.overlay_dir().is_none() || !Bank::has_lang(dir, lang) {
            continue;
        }
        let loaded = match dir {
            Some(d) => Bank::load_dir_in(d, lang),
            None => Bank::embedded_in(lang),
        };
        if let Err(e) = loaded {
            eprint!("fitcheck: {}", Shown::new(&e.to_string()));
            ok = false;
        }
    }
    ok
}

/// `fitcheck roles [TITLE]`.
pub fn roles(ctx: &Context, title: Option<String>) -> Outcome {
    let s = ctx.bank.words();
    match crate::core::glossary::run(&ctx.bank, title.as_deref()) {
        Ok(text) => write_out(s, None, &Shown::new(&text)),
        Err(message) => fail(Outcome::Error, message),
    }
}
