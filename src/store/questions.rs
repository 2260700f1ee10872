//! Reading a folder of questions (`--questions DIR`) from the disk. Parsing
//! and checking the text is the core's ([`Bank::from_texts`]).

use std::path::Path;

use crate::core::bank::validate::Problem;
use crate::core::bank::{Bank, BankError, FILES};

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
}
