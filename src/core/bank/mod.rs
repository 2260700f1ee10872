//! The question bank: every word fitcheck says about roles, needs and the
//! interview, loaded from the JSON files in `questions/`.
//!
//! The bank is embedded in the binary at build time, so `fitcheck` runs from
//! any folder; `Bank::load_dir` (in the store: it reads files) reads
//! another folder of the same format.
//! Loading validates everything (see [`crate::core::bank::validate`]) and reports every
//! problem at once.

use foldhash::{HashMap, HashMapExt};

mod ask;
mod meta;
mod need;
mod question;
mod role;
mod source;
pub mod translation;
pub mod validate;

pub use ask::{Ask, Trigger};
pub use meta::{
    CoverageTexts, Crisis, CrisisLine, Label, LevelText, Meta, VerdictTexts, past_review,
};
pub use need::Need;
pub use question::{Choice, Condition, Interview, Kind, Question, Scope, Section, Tracks};
pub use role::{Capability, Coverage, Rating, Role};
pub use source::Source;

use crate::core::lang::Lang;
use crate::core::words::Words;
use validate::Problem;

/// The files that make up a bank, in the order they are read.
pub const FILES: [&str; 7] = [
    "bank.json",
    "sources.json",
    "capabilities.json",
    "roles.json",
    "needs.json",
    "interview.json",
    "asks.json",
];

/// The bank shipped inside the binary.
const EMBEDDED: [(&str, &str); 7] = [
    ("bank.json", include_str!("../../../questions/bank.json")),
    (
        "sources.json",
        include_str!("../../../questions/sources.json"),
    ),
    (
        "capabilities.json",
        include_str!("../../../questions/capabilities.json"),
    ),
    ("roles.json", include_str!("../../../questions/roles.json")),
    ("needs.json", include_str!("../../../questions/needs.json")),
    (
        "interview.json",
        include_str!("../../../questions/interview.json"),
    ),
    ("asks.json", include_str!("../../../questions/asks.json")),
];

/// The whole bank, validated, with indexes for lookups by id.
#[derive(Debug, Clone)]
pub struct Bank {
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub capabilities: Vec<Capability>,
    pub roles: Vec<Role>,
    pub needs: Vec<Need>,
    pub sections: Vec<Section>,
    pub questions: Vec<Question>,
    pub asks: Vec<Ask>,
    question_index: HashMap<String, usize>,
    role_index: HashMap<String, usize>,
    capability_index: HashMap<String, usize>,
    need_index: HashMap<String, usize>,
    section_index: HashMap<String, usize>,
    /// Each role's names (id, short form, title, aliases), normalized once
    /// here so title matching does not redo it on every key press.
    role_names: Vec<Vec<String>>,
    /// Each question's section, as an index into `sections` (validated).
    question_section: Vec<usize>,
    /// The language the bank's text is in: English unless a loader of
    /// `translation.rs` merged an overlay. The program's own words follow
    /// it ([`Bank::words`]).
    pub lang: Lang,
}

/// Everything wrong with a bank, found at once.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", crate::core::text::listed(
    &format!("the question bank in {origin} has {} problem{}:", problems.len(), crate::core::text::plural(problems.len())),
    problems,
))]
pub struct BankError {
    /// Where the bank came from ("embedded" or a folder path).
    pub origin: String,
    pub problems: Vec<Problem>,
}

impl BankError {
    /// The error for the parent's screen, introduced in the language of
    /// `s`. The problems themselves stay English: they are for whoever
    /// writes the questions, and name files, ids and fields. In English
    /// this is the error's own text.
    pub fn message(&self, s: &crate::core::words::Words) -> String {
        let n = self.problems.len();
        let origin = match self.origin.strip_prefix("the built-in questions") {
            Some(rest) => format!("{}{rest}", s.BANK_BUILT_IN),
            None => self.origin.clone(),
        };
        let head = crate::core::text::fill_with(
            crate::core::words::plural(n, s.BANK_PROBLEMS_ONE, s.BANK_PROBLEMS),
            &[("origin", &origin), ("n", &n)],
        );
        crate::core::text::listed(&head, &self.problems)
    }
}

/// The raw text of each bank file, by file name.
pub type Sources<'a> = [(&'a str, std::borrow::Cow<'a, str>)];

impl Bank {
    /// The text of each built-in bank file, by file name.
    pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
        &EMBEDDED
    }

    /// The bank built into the binary.
    pub fn embedded() -> Result<Bank, BankError> {
        let files: Vec<(&str, std::borrow::Cow<str>)> = EMBEDDED
            .iter()
            .map(|(name, text)| (*name, std::borrow::Cow::Borrowed(*text)))
            .collect();
        Bank::from_texts("the built-in questions", &files)
    }

    /// Parses and validates the text of each bank file.
    pub fn from_texts(origin: &str, files: &Sources<'_>) -> Result<Bank, BankError> {
        Bank::from_texts_in(origin, files, None)
    }

    /// [`Bank::from_texts`], with a language's overlays (see
    /// [`crate::translation`]) put over the English before indexing and
    /// validation.
    pub fn from_texts_in(
        origin: &str,
        files: &Sources<'_>,
        overlays: Option<&crate::core::bank::translation::Overlays>,
    ) -> Result<Bank, BankError> {
        let mut problems = Vec::new();
        let text = |name: &str| {
            files
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, t)| t.as_ref())
        };
        let meta: Option<Meta> = parse("bank.json", text("bank.json"), &mut problems);
        let sources: Option<Vec<Source>> =
            parse("sources.json", text("sources.json"), &mut problems);
        let capabilities: Option<Vec<Capability>> = parse(
            "capabilities.json",
            text("capabilities.json"),
            &mut problems,
        );
        let roles: Option<Vec<Role>> = parse("roles.json", text("roles.json"), &mut problems);
        let needs: Option<Vec<Need>> = parse("needs.json", text("needs.json"), &mut problems);
        let interview: Option<Interview> =
            parse("interview.json", text("interview.json"), &mut problems);
        let asks: Option<Vec<Ask>> = parse("asks.json", text("asks.json"), &mut problems);
        let (
            Some(mut meta),
            Some(mut sources),
            Some(mut capabilities),
            Some(mut roles),
            Some(mut needs),
            Some(mut interview),
            Some(mut asks),
        ) = (meta, sources, capabilities, roles, needs, interview, asks)
        else {
            return Err(BankError {
                origin: origin.to_string(),
                problems,
            });
        };
        if let Some(o) = overlays {
            let parts = crate::core::bank::translation::Parts {
                meta: &mut meta,
                sources: &mut sources,
                capabilities: &mut capabilities,
                roles: &mut roles,
                needs: &mut needs,
                interview: &mut interview,
                asks: &mut asks,
            };
            o.apply(parts, &mut problems);
        }
        let bank = Bank {
            lang: Lang::En,
            question_index: index(&interview.questions, |q| &q.id),
            role_index: index(&roles, |r| &r.id),
            capability_index: index(&capabilities, |c| &c.id),
            need_index: index(&needs, |n| &n.id),
            section_index: index(&interview.sections, |s| &s.id),
            question_section: interview
                .questions
                .iter()
                .map(|q| {
                    interview
                        .sections
                        .iter()
                        .position(|s| s.id == q.section)
                        .unwrap_or(usize::MAX)
                })
                .collect(),
            role_names: roles
                .iter()
                .map(|r| {
                    [&r.id]
                        .into_iter()
                        .chain(r.names())
                        .map(|n| crate::core::text::normalize(n))
                        .collect()
                })
                .collect(),
            meta,
            sources,
            capabilities,
            roles,
            needs,
            sections: interview.sections,
            questions: interview.questions,
            asks,
        };
        // Text that cannot hold a control character spares the check for
        // them, which is most of the time validation takes.
        let clean =
            files.iter().all(|(_, t)| validate::raw_clean(t)) && overlays.is_none_or(|o| o.clean);
        validate::check(&bank, &mut problems, clean);
        if problems.is_empty() {
            Ok(bank)
        } else {
            Err(BankError {
                origin: origin.to_string(),
                problems,
            })
        }
    }

    /// The program's own words in the bank's language.
    pub fn words(&self) -> &'static Words {
        Words::of(self.lang)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_index.get(id).map(|&i| &self.questions[i])
    }

    /// Position of a question in interview order.
    pub fn question_pos(&self, id: &str) -> Option<usize> {
        self.question_index.get(id).copied()
    }

    /// The index in `sections` of question `i`'s section.
    pub fn section_of(&self, i: usize) -> usize {
        self.question_section[i]
    }

    /// Whether question `id` is asked once or for each provider.
    pub fn scope_of(&self, id: &str) -> Option<Scope> {
        let i = *self.question_index.get(id)?;
        self.sections.get(self.question_section[i]).map(|s| s.scope)
    }

    /// The normalized names of role `i` (see [`crate::core::text::normalize`]).
    pub fn role_names(&self, i: usize) -> &[String] {
        &self.role_names[i]
    }

    /// The normalized names role `i` goes by when licensed: its id, short
    /// form, title and English aliases (the first part of [`Bank::role_names`]).
    pub fn role_plain_names(&self, i: usize) -> &[String] {
        &self.role_names[i][..3 + self.roles[i].aliases.len()]
    }

    /// The normalized supervised titles of role `i` ("lcsw a"), the last
    /// part of [`Bank::role_names`].
    pub fn role_supervised_names(&self, i: usize) -> &[String] {
        let names = &self.role_names[i];
        &names[names.len() - self.roles[i].supervised_aliases.len()..]
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.role_index.get(id).map(|&i| &self.roles[i])
    }

    pub fn capability(&self, id: &str) -> Option<&Capability> {
        self.capability_index
            .get(id)
            .map(|&i| &self.capabilities[i])
    }

    pub fn need(&self, id: &str) -> Option<&Need> {
        self.need_index.get(id).map(|&i| &self.needs[i])
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.section_index.get(id).map(|&i| &self.sections[i])
    }

    /// The question that carries `fact`, if the bank has one.
    pub fn tracking(&self, fact: Tracks) -> Option<&Question> {
        self.questions.iter().find(|q| q.tracks == Some(fact))
    }

    /// The question to ask with this id.
    pub fn ask(&self, id: &str) -> Option<&Ask> {
        self.asks.iter().find(|a| a.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The role used when the title is not known.
    pub fn unknown_role(&self) -> &Role {
        self.roles
            .iter()
            .find(|r| r.unknown)
            .expect("validated: the bank has an unknown role")
    }

    /// Method sources (`bank.json`) that name no source.
    pub fn method_sources_unknown(&self) -> Vec<&str> {
        self.meta
            .method_sources
            .iter()
            .filter(|s| self.source(s).is_none())
            .map(String::as_str)
            .collect()
    }

    /// Words for a need level 0-3.
    pub fn level_text(&self, level: u8) -> &LevelText {
        &self.meta.levels[usize::from(level.min(3))]
    }

    pub fn coverage_text(&self, c: Coverage) -> &Label {
        match c {
            Coverage::Trained => &self.meta.coverage.trained,
            Coverage::Varies => &self.meta.coverage.varies,
            Coverage::NotTrained => &self.meta.coverage.not_trained,
        }
    }

    /// Counts for the one-line OK report.
    pub fn counts(&self, s: &crate::core::words::Words) -> String {
        crate::core::text::fill_with(
            s.BANK_COUNTS,
            &[
                ("roles", &self.roles.len()),
                ("capabilities", &self.capabilities.len()),
                ("needs", &self.needs.len()),
                ("sections", &self.sections.len()),
                ("questions", &self.questions.len()),
                ("asks", &self.asks.len()),
                ("sources", &self.sources.len()),
            ],
        )
    }
}

fn index<T>(items: &[T], id: impl Fn(&T) -> &String) -> HashMap<String, usize> {
    // Duplicates are reported by validation; the first one wins here.
    let mut map = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        map.entry(id(item).clone()).or_insert(i);
    }
    map
}

fn parse<T: serde::de::DeserializeOwned>(
    file: &str,
    text: Option<&str>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let Some(text) = text else {
        problems.push(Problem::new(file, None, "the file is missing".to_string()));
        return None;
    };
    match serde_json::from_str(text) {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(Problem::at(file, e.line(), e.column(), strip_position(&e)));
            None
        }
    }
}

/// What is wrong, in words; the position is printed by the caller.
fn strip_position(e: &serde_json::Error) -> String {
    crate::core::reason::json(e)
}
