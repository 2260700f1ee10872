//! Reading what the command line names: the question bank, an answers
//! file, a session file to import.

use std::io::Read;
use std::path::Path;

use crate::core::answers::Answers;
use crate::core::bank::Bank;
use crate::core::lang::Lang;
use crate::core::session::MAX_BYTES;
use crate::core::words::Words;
use crate::outcome::{Outcome, fail};

/// Loads the bank in `lang` from `--questions DIR`, or the built-in one.
pub fn load_bank(dir: Option<&Path>, lang: Lang) -> Result<Bank, Outcome> {
    let result = match dir {
        Some(d) => Bank::load_dir_in(d, lang),
        None => Bank::embedded_in(lang),
    };
    result.map_err(|e| {
        let message = e.message(Words::of(lang));
        eprint!("fitcheck: {}", crate::core::text::Shown::new(&message));
        Outcome::Usage
    })
}

/// Reads and checks an answers file.
pub fn read_answers(bank: &Bank, path: &Path) -> Result<Answers, Outcome> {
    let s = bank.words();
    let bytes = read_import(s, path).map_err(|e| {
        let shown = path.display();
        let line =
            crate::core::text::fill_with(s.CLI_CANNOT_READ, &[("path", &shown), ("reason", &e)]);
        fail(Outcome::Usage, line)
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        fail(
            Outcome::Usage,
            crate::core::text::fill_with(s.CLI_NOT_TEXT, &[("path", &path.display())]),
        )
    })?;
    Answers::parse(&text, bank).map_err(|e| {
        let e = e.message(s);
        let msg = crate::core::text::Shown::new(&format!("{}: {e}", path.display()));
        eprint!("fitcheck: {msg}");
        if !e.ends_with('\n') {
            eprintln!();
        }
        Outcome::Usage
    })
}

/// Why a file named on the command line was not read, in the language of
/// the bank's words.
#[derive(Debug, thiserror::Error)]
pub(super) enum CannotRead {
    #[error("{}", crate::core::reason::io_in(Words::of(*.lang), .error))]
    Io { error: std::io::Error, lang: Lang },
    /// Larger than any session: `mb` megabytes.
    #[error("{}", Words::of(*.lang).BAD_TOO_LARGE.replace("{mb}", &.mb.to_string()))]
    TooLarge { mb: u64, lang: Lang },
    #[error("{}", Words::of(*.0).BAD_FOLDER)]
    Folder(Lang),
    /// A pipe or a device.
    #[error("{}", Words::of(*.0).NOT_PLAIN_FILE)]
    NotPlainFile(Lang),
}

/// Reads a file given on the command line (links followed), refusing
/// folders, pipes, devices and files too large to be a session. `-` reads
/// standard input, up to the same size.
pub(super) fn read_import(s: &Words, file: &Path) -> Result<Vec<u8>, CannotRead> {
    let lang = s.lang;
    let io = |error| CannotRead::Io { error, lang };
    let too_large = |bytes: u64| CannotRead::TooLarge {
        mb: bytes / (1024 * 1024),
        lang,
    };
    if file == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(MAX_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        if bytes.len() as u64 > MAX_BYTES {
            return Err(too_large(MAX_BYTES));
        }
        return Ok(bytes);
    }
    let meta = std::fs::metadata(file).map_err(io)?;
    if meta.is_dir() {
        return Err(CannotRead::Folder(lang));
    }
    // A pipe or a device could hang fitcheck or never end (issue 15).
    if !meta.is_file() {
        return Err(CannotRead::NotPlainFile(lang));
    }
    if meta.len() > MAX_BYTES {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}
