//! `sources.json`: where each claim comes from.

use serde::{Deserialize, Serialize};

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
