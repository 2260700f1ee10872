//! `check-questions` and `roles`: the question bank itself.

use std::path::Path;

use super::write_out;
use crate::core::bank::Bank;
use crate::core::lang::Lang;
use crate::core::text::Shown;
use crate::core::words::Words;
use crate::outcome::{Context, Outcome, fail};

/// `fitcheck check-questions [DIR]`.
/// Said in the language of `s`; the problems themselves stay English.
pub fn check_questions(s: &Words, dir: Option<&Path>) -> Outcome {
    // The English bank, with its problems introduced in the run's language.
    let english = match dir {
        Some(d) => Bank::load_dir_in(d, Lang::En),
        None => Bank::embedded_in(Lang::En),
    };
    match english {
        Err(e) => {
            eprint!("fitcheck: {}", Shown::new(&e.message(s)));
            Outcome::Usage
        }
        // Every language the folder has is checked too (issue 16).
        Ok(_) if !check_languages(s, dir) => Outcome::Usage,
        Ok(bank) => {
            let origin =
                dir.map_or_else(|| s.BANK_BUILT_IN.to_string(), |d| d.display().to_string());
            let line = crate::core::text::fill_with(
                s.BANK_OK,
                &[("origin", &origin), ("counts", &bank.counts(s))],
            );
            println!("{}", Shown::new(&line));
            Outcome::Done
        }
    }
}

/// For `check-questions`: loads every translation the folder (or the
/// built-in bank) has, printing each one's problems to stderr as a bank
/// error is printed. Whether all of them loaded.
fn check_languages(s: &Words, dir: Option<&Path>) -> bool {
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
            eprint!("fitcheck: {}", Shown::new(&e.message(s)));
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
