//! `needs.json`: what the child may need help with.

use serde::{Deserialize, Serialize};

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
