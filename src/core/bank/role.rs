//! `capabilities.json` and `roles.json`: what a provider may be trained to
//! do, and each role's training.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

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
