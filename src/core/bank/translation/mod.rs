//! Translations of the question bank: an overlay per bank file, holding only
//! the words a parent reads, put over the English base after it is parsed
//! and before the bank is indexed and validated.
//!
//! Layout: `questions/*.json` is the English base (ids, ratings, sources,
//! links); `questions/es/<same file>.json` mirrors each base file's shape
//! with only its text fields, keyed by the same ids (options by option id,
//! ratings by capability id; lists without ids, such as `levels` and
//! `limits`, by position). See `questions/es/README.md`.
//!
//! Pure apart from [`Bank::load_dir_in`] and [`check_languages`], which read
//! a folder. Every problem is reported like any other bank error, with the
//! file (`es/roles.json`) and the id: an id the English lacks, a text the
//! overlay misses, a `{placeholder}` set that differs from the English.
//!
//! Speed: English loading does not come here. Spanish parses each overlay
//! once (a small tree of its texts) and moves its strings into the parsed
//! English; the bank is then indexed and validated once, as in English.

use std::borrow::Cow;
use std::collections::BTreeSet;

use serde_json::Value;

use crate::core::bank::validate::Problem;
use crate::core::bank::{Ask, Bank, BankError, Capability, Interview, Meta, Need, Role, Source};
use crate::core::lang::Lang;
use overlay::Tr;

mod overlay;

/// The Spanish overlays shipped inside the binary, in [`FILES`] order.
const EMBEDDED_ES: [(&str, &str); 7] = [
    (
        "bank.json",
        include_str!("../../../../questions/es/bank.json"),
    ),
    (
        "sources.json",
        include_str!("../../../../questions/es/sources.json"),
    ),
    (
        "capabilities.json",
        include_str!("../../../../questions/es/capabilities.json"),
    ),
    (
        "roles.json",
        include_str!("../../../../questions/es/roles.json"),
    ),
    (
        "needs.json",
        include_str!("../../../../questions/es/needs.json"),
    ),
    (
        "interview.json",
        include_str!("../../../../questions/es/interview.json"),
    ),
    (
        "asks.json",
        include_str!("../../../../questions/es/asks.json"),
    ),
];

impl Lang {
    /// The folder, inside a questions folder, that holds this language's
    /// overlays; `None` for English, the base.
    pub fn overlay_dir(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Es => Some("es"),
        }
    }
}

/// The parsed overlays of one language, by bank file. A file that could
/// not be read or parsed is absent: its problem is reported once, and its
/// texts stay English.
#[derive(Debug, Clone)]
pub struct Overlays {
    /// "es": the folder name, which prefixes every problem's file.
    dir: &'static str,
    files: Vec<(&'static str, Value)>,
    /// Whether every overlay's text is sure to hold no control character
    /// (see [`crate::core::bank::validate::raw_clean`]).
    pub(crate) clean: bool,
}

/// The parts of a bank as parsed, before indexing: what an overlay changes.
pub struct Parts<'a> {
    pub meta: &'a mut Meta,
    pub sources: &'a mut Vec<Source>,
    pub capabilities: &'a mut Vec<Capability>,
    pub roles: &'a mut Vec<Role>,
    pub needs: &'a mut Vec<Need>,
    pub interview: &'a mut Interview,
    pub asks: &'a mut Vec<Ask>,
}

impl Overlays {
    /// Parses the overlay texts of `lang` (file name, text; `None` for a
    /// file that is missing). Problems are added to `problems`.
    pub fn parse(
        lang: Lang,
        texts: &[(&'static str, Option<&str>)],
        problems: &mut Vec<Problem>,
    ) -> Overlays {
        let dir = lang.overlay_dir().unwrap_or(".");
        let mut files = Vec::new();
        let mut clean = true;
        for &(name, text) in texts {
            let file = format!("{dir}/{name}");
            let Some(text) = text else {
                problems.push(Problem::new(&file, None, "the file is missing".to_string()));
                continue;
            };
            clean &= crate::core::bank::validate::raw_clean(text);
            match serde_json::from_str(text) {
                Ok(v) => files.push((name, v)),
                Err(e) => problems.push(Problem::at(
                    &file,
                    e.line(),
                    e.column(),
                    crate::core::reason::json(&e),
                )),
            }
        }
        Overlays { dir, files, clean }
    }

    fn file(&self, name: &str) -> Option<&Value> {
        self.files.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Puts every text of the overlays over the English parts, reporting
    /// what is missing, unknown or misshapen. What is missing stays English.
    pub fn apply(&self, p: Parts<'_>, problems: &mut Vec<Problem>) {
        let mut run = |name: &str, f: &mut dyn FnMut(&mut Tr<'_>, &Value)| {
            if let Some(v) = self.file(name) {
                let mut t = Tr {
                    file: format!("{}/{name}", self.dir),
                    path: Vec::new(),
                    problems,
                };
                f(&mut t, v);
            }
        };
        run("bank.json", &mut |t, v| t.meta(p.meta, v));
        run("sources.json", &mut |t, v| {
            t.items(
                Some(v),
                None,
                p.sources,
                |s| &s.id,
                |t, s, m| {
                    t.keys(m, &["title", "note"]);
                    t.text(Some(m), "title", &mut s.title);
                    t.text(Some(m), "note", &mut s.note);
                },
            );
        });
        run("capabilities.json", &mut |t, v| {
            t.items(
                Some(v),
                None,
                p.capabilities,
                |c| &c.id,
                |t, c, m| {
                    let keys = [
                        "name",
                        "description",
                        "trained_text",
                        "varies_text",
                        "not_trained_text",
                    ];
                    t.keys(m, &keys);
                    t.text(Some(m), "name", &mut c.name);
                    t.text(Some(m), "description", &mut c.description);
                    t.text(Some(m), "trained_text", &mut c.trained_text);
                    t.text(Some(m), "varies_text", &mut c.varies_text);
                    t.text(Some(m), "not_trained_text", &mut c.not_trained_text);
                },
            );
        });
        run("roles.json", &mut |t, v| {
            t.items(Some(v), None, p.roles, |r| &r.id, Tr::role);
        });
        run("needs.json", &mut |t, v| {
            t.items(
                Some(v),
                None,
                p.needs,
                |n| &n.id,
                |t, n, m| {
                    t.keys(m, &["name"]);
                    t.text(Some(m), "name", &mut n.name);
                },
            );
        });
        run("interview.json", &mut |t, v| t.interview(p.interview, v));
        run("asks.json", &mut |t, v| {
            t.items(
                Some(v),
                None,
                p.asks,
                |a| &a.id,
                |t, a, m| {
                    t.keys(m, &["text", "why"]);
                    t.text(Some(m), "text", &mut a.text);
                    t.text(Some(m), "why", &mut a.why);
                },
            );
        });
    }
}

impl Bank {
    /// The built-in bank in `lang`. English is [`Bank::embedded`] itself;
    /// Spanish puts the built-in overlays over it.
    pub fn embedded_in(lang: Lang) -> Result<Bank, BankError> {
        match lang {
            Lang::En => Bank::embedded(),
            Lang::Es => {
                let mut problems = Vec::new();
                let texts: Vec<(&'static str, Option<&str>)> =
                    EMBEDDED_ES.iter().map(|(n, t)| (*n, Some(*t))).collect();
                let overlays = Overlays::parse(lang, &texts, &mut problems);
                let files: Vec<(&str, Cow<str>)> = Bank::embedded_files()
                    .iter()
                    .map(|(name, text)| (*name, Cow::Borrowed(*text)))
                    .collect();
                let origin = "the built-in questions (español)";
                finish(
                    origin,
                    Bank::from_texts_in(origin, &files, Some(&overlays)),
                    problems,
                )
                .map(|b| b.in_lang(lang))
            }
        }
    }

    /// The bank in `lang` from a folder's texts, as the store read them:
    /// each English file, and each overlay of the language's folder.
    pub fn from_folder_texts(
        origin: &str,
        lang: Lang,
        files: &[(&str, Cow<str>)],
        overlay_texts: &[(&'static str, String)],
    ) -> Result<Bank, BankError> {
        let mut problems = Vec::new();
        let texts: Vec<(&'static str, Option<&str>)> = overlay_texts
            .iter()
            .map(|(n, t)| (*n, Some(t.as_str())))
            .collect();
        let overlays = Overlays::parse(lang, &texts, &mut problems);
        finish(
            origin,
            Bank::from_texts_in(origin, files, Some(&overlays)),
            problems,
        )
        .map(|b| b.in_lang(lang))
    }

    /// The bank, marked as written in `lang`.
    fn in_lang(mut self, lang: Lang) -> Bank {
        self.lang = lang;
        self
    }
}

/// The bank, unless the overlays had problems of their own (a file that
/// does not parse): those come first, then the bank's.
fn finish(
    origin: &str,
    built: Result<Bank, BankError>,
    mut problems: Vec<Problem>,
) -> Result<Bank, BankError> {
    match built {
        Ok(bank) if problems.is_empty() => Ok(bank),
        Ok(_) => Err(BankError {
            origin: origin.to_string(),
            problems,
        }),
        Err(mut e) => {
            problems.append(&mut e.problems);
            e.problems = problems;
            Err(e)
        }
    }
}

/// The `{name}` placeholders in a text.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close)
                if close > 0
                    && after[..close]
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '_') =>
            {
                out.insert(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    out
}

#[cfg(test)]
mod tests;
