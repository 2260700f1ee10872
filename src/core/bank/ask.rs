//! `asks.json`: the questions the parent can ask at the next meeting.

use serde::{Deserialize, Serialize};

use super::Condition;

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
