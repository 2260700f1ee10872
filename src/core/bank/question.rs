//! `interview.json`: the sections and questions of the interview.

use serde::{Deserialize, Serialize};

use super::Bank;

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
