//! The question bank: every word fitcheck says about roles, needs and the
//! interview, loaded from the JSON files in `questions/`.
//!
//! The bank is embedded in the binary at build time, so `fitcheck` runs from
//! any folder; `Bank::load_dir` (in the store: it reads files) reads
//! another folder of the same format.
//! Loading validates everything (see [`crate::core::bank::validate`]) and reports every
//! problem at once.

use foldhash::{HashMap, HashMapExt};
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub mod translation;
pub mod validate;

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

/// `bank.json`: the bank's version and the words shared by every screen.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Version of the content, recorded in every saved session.
    pub version: String,
    /// When the facts were last checked against their sources (YYYY-MM-DD).
    pub last_checked: String,
    /// "fitcheck informs; it never diagnoses."
    pub not_advice: String,
    /// Titles and rules differ from state to state.
    pub varies_by_state: String,
    /// What fitcheck is not, in short sentences: shown at the start and the
    /// end of every summary. "{checked}" becomes `last_checked`.
    pub limits: Vec<String>,
    /// One line on how to report an error in the content.
    pub report_error: String,
    /// The crisis lines, shown first when a parent reports danger.
    pub crisis: Crisis,
    /// When the content must be checked again (YYYY-MM-DD), twelve months
    /// after `last_checked`. A bank past this date says so.
    pub review_by: String,
    /// Words for the 0-3 need levels, index = level.
    pub levels: Vec<LevelText>,
    /// Words for each coverage value.
    pub coverage: CoverageTexts,
    /// Words for each verdict.
    pub verdicts: VerdictTexts,
    /// Words that, in a typed title of a licensed profession, mark someone
    /// who is not yet fully licensed and works under a supervisor
    /// ("associate", "intern", "resident"). Matched as whole words.
    #[serde(default)]
    pub supervised_words: Vec<String>,
    /// Sources for how fitcheck works rather than for a fact it states (the
    /// 0-3 action scale, decision-aid standards, a crisis line on every
    /// screen). They count as cited.
    #[serde(default)]
    pub method_sources: Vec<String>,
}

impl Meta {
    /// Whether the content is past its review date on `today` (YYYY-MM-DD,
    /// passed in: the core never reads the clock).
    pub fn review_overdue(&self, today: &str) -> bool {
        past_review(today, &self.review_by)
    }
}

/// Whether `today` is a date (YYYY-MM-DD) after `review_by`. Anything that
/// is not a date (a test's "today") is never overdue.
pub fn past_review(today: &str, review_by: &str) -> bool {
    validate::is_date(today) && today > review_by
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Crisis {
    /// A short heading, e.g. "If anyone is in danger now".
    pub heading: String,
    /// The heading when the worry is recent rather than right now.
    pub heading_recent: String,
    /// A one-line reminder shown in every footer.
    pub footer: String,
    /// The footer as a full sentence, for plain mode (a screen reader reads
    /// "·" badly).
    pub footer_plain: String,
    /// The lines themselves; the orders below pick and sort them.
    pub lines: Vec<CrisisLine>,
    /// Line ids, in order, when there is danger right now.
    pub order_now: Vec<String>,
    /// Line ids, in order, for a recent worry.
    pub order_recent: Vec<String>,
    /// Line ids, in order, when no danger was reported (a printout still
    /// carries them).
    pub order_none: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CrisisLine {
    /// Named by the orders in [`Crisis`].
    pub id: String,
    pub text: String,
    /// Shown only when someone at home may be in danger from another person
    /// (`safety_others` is not "no", and `danger_from` is not "child").
    #[serde(default)]
    pub others_only: bool,
    pub source: String,
    /// When the number was last checked (YYYY-MM-DD).
    pub checked: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LevelText {
    /// "Not a concern", "Keep an eye on it", "Needs action now", "Urgent".
    pub label: String,
    pub hint: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CoverageTexts {
    pub trained: Label,
    pub varies: Label,
    pub not_trained: Label,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictTexts {
    pub good_fit: Label,
    pub partial_fit: Label,
    pub poor_fit: Label,
    /// The title is not known, or still fits several roles.
    pub unknown: Label,
    /// No need calls for action now: nothing to weigh the role against.
    pub nothing_to_weigh: Label,
    /// What needs action is a separate specialty this role does not practise.
    pub other_specialty: Label,
}

/// A short label and a sentence that explains it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub label: String,
    pub text: String,
}

/// `sources.json`: where a claim comes from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
    /// When the source was last read (YYYY-MM-DD).
    pub checked: String,
    /// In a sentence or two, what the page itself says that the bank uses.
    /// Required: `check-questions` refuses a source without one.
    #[serde(default)]
    pub note: String,
}

/// `capabilities.json`: something a provider may or may not be trained to do.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Capability {
    pub id: String,
    /// Short name for tables: "Trauma therapy".
    pub name: String,
    /// Plain sentence: what this is.
    pub description: String,
    /// Explanation when a role is trained for it. `{role}` is replaced by the role's title.
    pub trained_text: String,
    /// Explanation when it depends on the person, state or license stage.
    pub varies_text: String,
    /// Explanation when the role is not trained for it.
    pub not_trained_text: String,
    /// A separate specialty (prescribing, testing, diagnosis): a role that
    /// does not practise it is not judged on it. A need that calls only for
    /// specialties counts for a provider only when their role practises it
    /// or the parent expects it from them; otherwise it is a team gap.
    #[serde(default)]
    pub specialty: bool,
}

/// How well a role's training covers a capability.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    NotTrained,
    Varies,
    Trained,
}

impl Coverage {
    /// The share of a need this coverage counts for in the fit.
    pub fn weight(self) -> f64 {
        match self {
            Coverage::Trained => 1.0,
            Coverage::Varies => 0.5,
            Coverage::NotTrained => 0.0,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Coverage::Trained => "trained",
            Coverage::Varies => "varies",
            Coverage::NotTrained => "not_trained",
        }
    }
}

/// One role x capability rating.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub level: Coverage,
    /// An id from `sources.json`.
    pub source: String,
    /// Replaces the capability's generic explanation for this role.
    #[serde(default)]
    pub note: Option<String>,
}

/// `roles.json`: a provider title and what it means.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    /// Full title: "Qualified Mental Health Associate".
    pub title: String,
    /// Short form for tables: "QMHA".
    pub short: String,
    /// One or two sentences: what this title means.
    pub summary: String,
    pub education: String,
    pub licensed: String,
    pub supervision: String,
    pub does_well: Vec<String>,
    pub not_trained_for: Vec<String>,
    pub varies_by_state: String,
    /// Names parents hear for this role. Matched ignoring case and punctuation.
    pub aliases: Vec<String>,
    /// The names Spanish-speaking parents hear for this role ("psicóloga",
    /// "trabajador social clínico"): matched in any language, as the
    /// English acronyms are.
    #[serde(default)]
    pub aliases_es: Vec<String>,
    /// Titles of people who have this role's training but work under a
    /// licensed supervisor before their own full license ("LPC Associate",
    /// "LCSW-A", "MFT intern"). They resolve to this role, shown as
    /// supervised and never as licensed.
    #[serde(default)]
    pub supervised_aliases: Vec<String>,
    /// Facts the follow-up questions use to tell roles apart (trait -> value).
    #[serde(default)]
    pub traits: BTreeMap<String, String>,
    /// Capability id -> rating. Every capability must be rated, except for the `unknown` role.
    #[serde(default)]
    pub ratings: BTreeMap<String, Rating>,
    /// Ids from `sources.json`.
    pub sources: Vec<String>,
    pub last_checked: String,
    /// True for the "I don't know their title" role, which has no ratings.
    #[serde(default)]
    pub unknown: bool,
}

impl Role {
    /// Every name a parent may type for this role: its short form, its
    /// title, its aliases and its supervised titles.
    pub fn names(&self) -> impl Iterator<Item = &String> {
        [&self.short, &self.title]
            .into_iter()
            .chain(self.aliases.iter())
            .chain(self.aliases_es.iter())
            .chain(self.supervised_aliases.iter())
    }
}

/// `needs.json`: something the child may need help with.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Need {
    pub id: String,
    /// Short name for tables: "Trauma".
    pub name: String,
    /// Capability ids this need calls for. A role covers the need as well as
    /// it covers the weakest of them.
    pub capabilities: Vec<String>,
    pub source: String,
    /// A safety need: while it calls for action and nobody on the team is
    /// trained for it, no provider is a good fit.
    #[serde(default)]
    pub safety: bool,
    /// The need the safety questions raise: danger now makes it urgent, a
    /// recent worry makes it need action, whatever its own rating.
    #[serde(default)]
    pub raised_by_safety: bool,
    /// With `raised_by_safety`: only the answers to these safety questions
    /// raise it (empty: any answer that reports danger).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub raised_by: Vec<String>,
    /// Capabilities that can assess this need (an assessment, a diagnosis
    /// or testing). When it calls for action and nobody on the team has
    /// one of them, "who can assess this?" is asked.
    #[serde(default)]
    pub assessment: Vec<String>,
}

/// Whether a section is asked once, or once for each provider on the team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Child,
    Provider,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub scope: Scope,
    /// A sentence or two shown before the first question of the section.
    #[serde(default)]
    pub intro: Option<String>,
    /// Asked again at every check-in (the needs and the progress questions).
    #[serde(default)]
    pub revisit: bool,
}

/// The kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// One option.
    Single,
    /// Any number of options.
    Multi,
    /// A need rated 0-3.
    Level,
    /// Free text.
    Text,
    /// A provider's title, typed freely and matched to roles.
    Title,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// Choosing this reports danger now: the crisis lines come first.
    #[serde(default)]
    pub crisis: bool,
    /// Choosing this reports a recent worry (talk of suicide, self-harm or
    /// hurting others in the past weeks): the crisis lines come first, 988 first.
    #[serde(default)]
    pub recent_risk: bool,
    /// What the parent expects from the provider when choosing this (capability ids).
    #[serde(default)]
    pub expects: Vec<String>,
    /// For title follow-ups: keep only candidate roles whose trait has this value.
    #[serde(default)]
    pub trait_value: Option<String>,
    /// Choosing this adds another provider to the team.
    #[serde(default)]
    pub adds_provider: bool,
    /// For the `involved_since` question: about how many months this option means.
    #[serde(default)]
    pub months: Option<u32>,
    /// For the `written_plan` question: choosing this means there is no written plan.
    #[serde(default)]
    pub no_plan: bool,
    /// For a needs checklist ("which of these are going on?"): choosing
    /// this says the need is going on, so its level question is asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need: Option<String>,
}

/// A fact the summary's history follows over time, read from the answer to
/// the one question that carries it. Optional: without such a question the
/// history simply leaves that fact out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tracks {
    /// How long the provider has been involved: a provider question, either
    /// single choice whose options give `months`, or free text shown as typed.
    InvolvedSince,
    /// Whether there is a written plan: a single-choice question where the
    /// option meaning "no" has `no_plan: true`.
    WrittenPlan,
}

/// When a question is asked. Conditions may only look at earlier questions.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// The answer to `question` is (or, for multiple choice, includes) one of `options`.
    AnyOf {
        question: String,
        options: Vec<String>,
    },
    /// The need asked by `question` is rated at least `level`.
    LevelAtLeast {
        question: String,
        level: u8,
    },
    /// The provider's title still fits roles that differ on this trait.
    TitleUnclear(String),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub section: String,
    pub kind: Kind,
    pub prompt: String,
    pub hint: String,
    #[serde(default)]
    pub options: Vec<Choice>,
    /// For `level` questions: the need being rated.
    #[serde(default)]
    pub need: Option<String>,
    /// For title follow-ups: the trait the options narrow down.
    #[serde(default, rename = "trait")]
    pub trait_name: Option<String>,
    /// For `level` questions: levels that report danger now.
    #[serde(default)]
    pub crisis_levels: Vec<u8>,
    /// For `level` questions: levels that report a recent worry.
    #[serde(default)]
    pub recent_risk_levels: Vec<u8>,
    #[serde(default)]
    pub when: Option<Condition>,
    /// Whether "skip" is offered. Safety questions are never skippable.
    #[serde(default)]
    pub skippable: bool,
    /// The answer names the provider ("Ms. Rivera") in results.
    #[serde(default)]
    pub names_provider: bool,
    /// The fact over time this answer gives the summary's history.
    #[serde(default)]
    pub tracks: Option<Tracks>,
    /// For `level` questions: a hint for each level 0-3 that fits this
    /// question, in place of the shared ones (which speak of a problem for
    /// the child). Empty: the shared hints.
    #[serde(default)]
    pub level_hints: Vec<String>,
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The hint for a level 0-3 of this question: its own, or the shared one.
    pub fn level_hint<'a>(&'a self, bank: &'a Bank, level: u8) -> &'a str {
        match self.level_hints.get(usize::from(level.min(3))) {
            Some(h) => h,
            None => &bank.level_text(level).hint,
        }
    }

    /// Whether some answer to this question can set the crisis flag.
    pub fn is_safety(&self) -> bool {
        self.options.iter().any(|o| o.crisis) || !self.crisis_levels.is_empty()
    }
}

/// `interview.json`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    pub sections: Vec<Section>,
    pub questions: Vec<Question>,
}

/// Why a question to ask is suggested.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Trigger {
    /// A rated need calls for this capability and a provider is not trained for it.
    Gap(String),
    /// A rated need calls for this capability and it depends on the provider.
    Unsure(String),
    /// The parent expects this capability from a provider whose role does not offer it.
    Mismatch(String),
    /// Nobody on the team is trained for a need that calls for this capability.
    Unmet(String),
    /// The provider's role is not licensed.
    Unlicensed,
    /// The provider's title is not known or still unclear.
    UnknownRole,
    /// An answer matches a condition (for the progress questions).
    When(Condition),
    /// Always suggested.
    Always,
    /// The provider's title says they are not yet fully licensed and work
    /// under a supervisor (an associate, an intern), or their role is not
    /// licensed and is not a peer role.
    Supervised,
    /// The provider's role is a peer role (lived experience, certified).
    Peer,
    /// A provider is not trained for a need that another provider on the
    /// team covers: ask how they work together.
    CoveredByOther,
    /// A need that calls for action needs an assessment nobody on the team gives.
    NeedsAssessment,
    /// A need to keep an eye on that nobody on the team is trained for.
    Watch,
    /// The parent is not sure what the provider is there to do.
    RoleUnclear,
}

/// `asks.json`: a question the parent can ask at the next meeting.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ask {
    pub id: String,
    /// Words the parent can say aloud.
    pub text: String,
    /// Why it matters, in one or two sentences.
    pub why: String,
    pub triggers: Vec<Trigger>,
    pub source: String,
    /// A question about safety: asked first when safety is a gap.
    #[serde(default)]
    pub safety: bool,
    /// Questions this one replaces when both would be asked (ask ids): it
    /// says the same thing in the words the parent's answers call for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instead_of: Vec<String>,
}

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
        validate::check(&bank, &mut problems);
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
