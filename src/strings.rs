//! The words of fitcheck's own chrome: labels, headings, messages and the
//! sentence templates that join content from `questions/` into explanations.
//! Content itself (questions, roles, needs, questions to ask) lives in
//! `questions/`. Placeholders in braces are filled in by the caller.

// Explanations built by scoring.
pub const AND: &str = "and";
pub const PROVIDER_N: &str = "Provider {n}";
pub const NO_TITLE: &str = "We do not know this person's title yet, so we cannot say if they are trained for {capability}.";
pub const ALL_CANDIDATES_TRAINED: &str =
    "Every title this could be ({roles}) includes training for {capability}.";
pub const ALL_CANDIDATES_VARY: &str =
    "For every title this could be ({roles}), training for {capability} depends on the person.";
pub const NO_CANDIDATE_TRAINED: &str =
    "None of the titles this could be ({roles}) includes training for {capability}.";
pub const SOME_CANDIDATES_TRAINED: &str = "It depends on the exact title. Of the titles this could be, these include training for {capability}: {trained}.";
pub const SOME_CANDIDATES_MAY: &str = "It depends on the exact title and the person. Of the titles this could be, these may include training for {capability}: {varies}.";
pub const UNMET_NO_TEAM: &str = "No provider was added yet, so nobody is covering {need}.";
pub const UNMET_MAYBE: &str =
    "Nobody on the team is clearly trained for {need}. It depends on the people: ask.";
pub const UNMET_NOBODY: &str = "Nobody on the team is trained for {need}.";

// Reasons a question to ask was chosen.
pub const REASON_GAP: &str = "You marked {need} as \u{201c}{level}\u{201d}, and {provider}'s role does not include training in {capability}.";
pub const REASON_UNSURE: &str = "You marked {need} as \u{201c}{level}\u{201d}. Whether {provider} is trained in {capability} depends on the person.";
pub const REASON_MISMATCH: &str =
    "You hope for \u{201c}{expectation}\u{201d} from {provider}, and their role may not offer it.";
pub const REASON_UNLICENSED: &str = "{provider} is a {role}. This role has no licence to practise on its own, so someone else oversees the work.";
pub const REASON_UNKNOWN: &str = "We could not tell {provider}'s role from the title.";
pub const REASON_ANSWER: &str = "One of your answers about how things are going points to this.";
pub const REASON_ALWAYS: &str = "Good to ask any provider.";
