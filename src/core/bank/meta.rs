//! `bank.json`: the bank's version, its review date, the crisis lines and
//! the words every screen shares.

use serde::{Deserialize, Serialize};

use super::validate;

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
    /// More pages, when `source` does not say all of the line ("988 can send
    /// a local crisis team" is in a rule, not on the 988 page). Optional.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_sources: Vec<String>,
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
