//! Reading a folder of questions (`--questions DIR`) from the disk. Parsing
//! and checking the text is the core's ([`Bank::from_texts`]).

use std::borrow::Cow;
use std::path::Path;

use crate::core::bank::validate::Problem;
use crate::core::bank::{Bank, BankError, FILES};
use crate::core::lang::Lang;

impl Bank {
    /// Reads a bank from a folder holding the same files as `questions/`.
    pub fn load_dir(dir: &Path) -> Result<Bank, BankError> {
        let origin = dir.display().to_string();
        let mut files = Vec::new();
        let mut problems = Vec::new();
        for name in FILES {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(text) => files.push((name, std::borrow::Cow::Owned(text))),
                Err(e) => problems.push(Problem::new(
                    name,
                    None,
                    format!("cannot read it: {}", crate::core::reason::io(&e)),
                )),
            }
        }
        if !problems.is_empty() {
            return Err(BankError { origin, problems });
        }
        Bank::from_texts(&origin, &files)
    }

    /// Reads a bank from a folder in `lang`: the English files, and for
    /// Spanish the overlays in its `es/` folder. A folder without `es/` is
    /// English only: asking it for Spanish is an error that says so.
    pub fn load_dir_in(dir: &Path, lang: Lang) -> Result<Bank, BankError> {
        let Some(sub) = lang.overlay_dir() else {
            return Bank::load_dir(dir);
        };
        let origin = format!("{} ({})", dir.display(), lang.name().to_lowercase());
        let overlay_dir = dir.join(sub);
        if !overlay_dir.is_dir() {
            return Err(BankError {
                origin,
                problems: vec![Problem::new(
                    sub,
                    None,
                    format!(
                        "this folder has no {sub}/ folder, so it has no questions in {}: use it in English, or add {sub}/ with a translation of each file",
                        lang.name()
                    ),
                )],
            });
        }
        let mut problems = Vec::new();
        let mut files: Vec<(&str, Cow<str>)> = Vec::new();
        let mut overlay_texts: Vec<(&'static str, String)> = Vec::new();
        for name in FILES {
            match std::fs::read_to_string(dir.join(name)) {
                Ok(t) => files.push((name, Cow::Owned(t))),
                Err(e) => problems.push(Problem::new(
                    name,
                    None,
                    format!("cannot read it: {}", crate::core::reason::io(&e)),
                )),
            }
            match std::fs::read_to_string(overlay_dir.join(name)) {
                Ok(t) => overlay_texts.push((name, t)),
                Err(e) => problems.push(Problem::new(
                    &format!("{sub}/{name}"),
                    None,
                    format!("cannot read it: {}", crate::core::reason::io(&e)),
                )),
            }
        }
        if !problems.is_empty() {
            return Err(BankError { origin, problems });
        }
        Bank::from_folder_texts(&origin, lang, &files, &overlay_texts)
    }

    /// Whether the folder (or, without one, the built-in bank) has
    /// questions in `lang`.
    pub fn has_lang(dir: Option<&Path>, lang: Lang) -> bool {
        match (lang.overlay_dir(), dir) {
            (None, _) | (Some(_), None) => true,
            (Some(sub), Some(d)) => d.join(sub).is_dir(),
        }
    }
}
