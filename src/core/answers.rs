//! The parent's answers: the shape saved inside a session and accepted by
//! `--answers FILE`, and its validation against a bank.
//!
//! ```json
//! {
//!   "child": { "safety_self": "no", "need_trauma": 3 },
//!   "providers": [ { "answers": { "provider_title": "skills trainer" } } ]
//! }
//! ```
//! A value is a string (one option id, free text or a title), a list of
//! option ids (multiple choice), a number 0-3 (a need level) or `null`
//! (skipped).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::bank::{Bank, Kind, Scope};

/// One answer. The question's kind says how to read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    /// The parent chose to skip the question.
    Skipped,
    /// A need level 0-3.
    Level(u8),
    /// Several option ids.
    Many(Vec<String>),
    /// One option id, free text, or a provider's title.
    One(String),
}

impl Answer {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Answer::One(s) => Some(s),
            _ => None,
        }
    }

    pub fn level(&self) -> Option<u8> {
        match self {
            Answer::Level(l) => Some(*l),
            _ => None,
        }
    }

    /// Whether this answer is (or includes) the option `id`.
    pub fn includes(&self, id: &str) -> bool {
        match self {
            Answer::One(s) => s == id,
            Answer::Many(v) => v.iter().any(|s| s == id),
            _ => false,
        }
    }
}

/// Question id -> answer.
pub type AnswerMap = BTreeMap<String, Answer>;

/// The answers for one provider on the child's team.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderAnswers {
    #[serde(default)]
    pub answers: AnswerMap,
}

/// Everything the parent has answered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// Questions asked once.
    #[serde(default)]
    pub child: AnswerMap,
    /// Questions asked for each provider, in the order they were added.
    #[serde(default)]
    pub providers: Vec<ProviderAnswers>,
}

impl Answers {
    /// The answers that apply to `provider` (None: the child-level ones).
    pub fn map(&self, provider: Option<usize>) -> Option<&AnswerMap> {
        match provider {
            None => Some(&self.child),
            Some(i) => self.providers.get(i).map(|p| &p.answers),
        }
    }

    pub fn map_mut(&mut self, provider: Option<usize>) -> &mut AnswerMap {
        match provider {
            None => &mut self.child,
            Some(i) => {
                if self.providers.len() <= i {
                    self.providers.resize_with(i + 1, ProviderAnswers::default);
                }
                &mut self.providers[i].answers
            }
        }
    }

    /// Looks up the answer to `question`, reading provider-scoped questions
    /// from `provider` and the others from the child-level answers.
    pub fn get(&self, bank: &Bank, question: &str, provider: Option<usize>) -> Option<&Answer> {
        let scope = bank.scope_of(question)?;
        match scope {
            Scope::Child => self.child.get(question),
            Scope::Provider => self.map(provider)?.get(question),
        }
    }
}

/// One bad entry in an answers file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{at}: {message}")]
pub struct BadAnswer {
    /// Where: "child.need_trauma" or "providers[1].provider_title".
    pub at: String,
    pub message: String,
}

/// Why an answers file was rejected.
#[derive(Debug, Clone, thiserror::Error)]
pub enum AnswersError {
    /// Not JSON, or not the answers shape.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// Well-formed, but some entries do not fit the bank.
    #[error("{}", crate::core::text::listed(
        &format!("{} answer{} do not fit the questions:", .0.len(), crate::core::text::plural(.0.len())),
        .0,
    ))]
    Invalid(Vec<BadAnswer>),
}

impl AnswersError {
    /// What is wrong, in the language of `s` (the bank's: the message of
    /// each answer already is).
    pub fn message(&self, s: &crate::core::words::Words) -> String {
        match self {
            AnswersError::Syntax {
                line,
                column,
                message,
            } => crate::core::text::fill_with(
                s.ANSWERS_AT,
                &[("line", line), ("column", column), ("message", message)],
            ),
            AnswersError::Invalid(bad) => {
                let n = bad.len();
                let mut out = crate::core::words::plural(n, s.ANSWERS_BAD_ONE, s.ANSWERS_BAD_N)
                    .replace("{n}", &n.to_string());
                out.push('\n');
                for b in bad {
                    out.push_str(&format!("  {b}\n"));
                }
                out
            }
        }
    }
}

impl Answers {
    /// Parses and validates an answers file against `bank`.
    pub fn parse(text: &str, bank: &Bank) -> Result<Answers, AnswersError> {
        let answers: Answers = serde_json::from_str(text).map_err(|e| {
            let message = crate::core::reason::json_in(bank.words(), &e);
            AnswersError::Syntax {
                line: e.line(),
                column: e.column(),
                message,
            }
        })?;
        let bad = answers.problems(bank);
        if bad.is_empty() {
            Ok(answers)
        } else {
            Err(AnswersError::Invalid(bad))
        }
    }

    /// Every entry that does not fit `bank`: unknown question ids, values of
    /// the wrong kind, option ids the question does not have.
    pub fn problems(&self, bank: &Bank) -> Vec<BadAnswer> {
        let mut bad = Vec::new();
        check_map(bank, &self.child, Scope::Child, "child", &mut bad);
        for (i, p) in self.providers.iter().enumerate() {
            check_map(
                bank,
                &p.answers,
                Scope::Provider,
                &format!("providers[{i}]"),
                &mut bad,
            );
        }
        bad
    }
}

fn check_map(bank: &Bank, map: &AnswerMap, scope: Scope, at: &str, bad: &mut Vec<BadAnswer>) {
    let s = bank.words();
    for (id, answer) in map {
        let here = format!("{at}.{id}");
        let Some(q) = bank.question(id) else {
            bad.push(BadAnswer {
                at: here,
                message: s.ANSWERS_NO_SUCH_QUESTION.to_string(),
            });
            continue;
        };
        let q_scope = bank.section(&q.section).map(|s| s.scope);
        if q_scope != Some(scope) {
            let message = match scope {
                Scope::Child => s.ANSWERS_PER_PROVIDER,
                Scope::Provider => s.ANSWERS_ONCE,
            };
            bad.push(BadAnswer {
                at: here,
                message: message.to_string(),
            });
            continue;
        }
        if let Err(message) = check_value(s, q, answer) {
            bad.push(BadAnswer { at: here, message });
        }
    }
}

/// Whether `answer` fits `q`: [`check_value`] without the message, cheap
/// enough for every step of the interview walk.
pub fn fits(q: &crate::core::bank::Question, answer: &Answer) -> bool {
    match (q.kind, answer) {
        (_, Answer::Skipped) => q.skippable,
        (Kind::Level, Answer::Level(l)) => *l <= 3,
        (Kind::Single, Answer::One(s)) => q.option(s).is_some(),
        (Kind::Multi, Answer::Many(v)) => v.iter().all(|s| q.option(s).is_some()),
        (Kind::Text | Kind::Title, Answer::One(_)) => true,
        _ => false,
    }
}

/// The longest text answer kept, in characters.
pub const MAX_TEXT: usize = 2000;

/// Whether `answer` is a valid answer to `q` (skips allowed where `q` allows them).
pub fn check_value(
    s: &crate::core::words::Words,
    q: &crate::core::bank::Question,
    answer: &Answer,
) -> Result<(), String> {
    let found = describe(s, answer);
    let fill = crate::core::text::fill_with;
    match (q.kind, answer) {
        (_, Answer::Skipped) if q.skippable => Ok(()),
        (_, Answer::Skipped) => Err(s.ANSWERS_NOT_SKIPPABLE.to_string()),
        (Kind::Level, Answer::Level(l)) if *l <= 3 => Ok(()),
        (Kind::Level, _) => Err(fill(s.ANSWERS_WANT_LEVEL, &[("found", &found)])),
        (Kind::Single, Answer::One(v)) => {
            if q.option(v).is_some() {
                Ok(())
            } else {
                Err(fill(
                    s.ANSWERS_NOT_AN_OPTION,
                    &[("value", v), ("options", &option_list(q))],
                ))
            }
        }
        (Kind::Single, _) => Err(fill(s.ANSWERS_WANT_ONE, &[("found", &found)])),
        (Kind::Multi, Answer::Many(v)) => {
            let unknown: Vec<&str> = v
                .iter()
                .filter(|s| q.option(s).is_none())
                .map(String::as_str)
                .collect();
            let (open, close) = if s.lang == crate::core::lang::Lang::En {
                ('"', '"')
            } else {
                ('\u{201c}', '\u{201d}')
            };
            match unknown.as_slice() {
                [] => Ok(()),
                [one] => Err(fill(
                    s.ANSWERS_NOT_AN_OPTION,
                    &[("value", one), ("options", &option_list(q))],
                )),
                many => Err(fill(
                    s.ANSWERS_NOT_OPTIONS,
                    &[
                        (
                            "values",
                            &many
                                .iter()
                                .map(|v| format!("{open}{v}{close}"))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                        ("options", &option_list(q)),
                    ],
                )),
            }
        }
        (Kind::Multi, _) => Err(fill(s.ANSWERS_WANT_LIST, &[("found", &found)])),
        (Kind::Text | Kind::Title, Answer::One(text)) => {
            // A name or a title, never a book: what is kept must save and read back.
            let n = text.chars().count();
            if n > MAX_TEXT {
                Err(s
                    .TEXT_TOO_LONG
                    .replace("{n}", &n.to_string())
                    .replace("{max}", &MAX_TEXT.to_string()))
            } else {
                Ok(())
            }
        }
        (Kind::Text | Kind::Title, _) => Err(fill(s.ANSWERS_WANT_TEXT, &[("found", &found)])),
    }
}

fn option_list(q: &crate::core::bank::Question) -> String {
    q.options
        .iter()
        .map(|o| o.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn describe(s: &crate::core::words::Words, a: &Answer) -> String {
    match a {
        Answer::Skipped => "null".to_string(),
        Answer::Level(l) => s.ANSWERS_FOUND_NUMBER.replace("{l}", &l.to_string()),
        Answer::Many(_) => s.JSON_A_LIST.to_string(),
        Answer::One(v) => crate::core::text::fill_with(s.ANSWERS_FOUND_TEXT, &[("s", v)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `fits` is `check_value` without the message: they agree on every
    /// kind of answer to every question of the built-in bank.
    #[test]
    fn fits_agrees_with_check_value() {
        let bank = Bank::embedded().expect("the built-in bank loads");
        let mut checked = 0;
        for q in &bank.questions {
            let first = q.options.first().map(|o| o.id.clone());
            let mut tries = vec![
                Answer::Skipped,
                Answer::Level(0),
                Answer::Level(3),
                Answer::Level(4),
                Answer::One("not-an-option".into()),
                Answer::Many(vec!["not-an-option".into()]),
                Answer::Many(Vec::new()),
            ];
            if let Some(id) = first {
                tries.push(Answer::One(id.clone()));
                tries.push(Answer::Many(vec![id.clone()]));
                tries.push(Answer::Many(vec![id, "not-an-option".into()]));
            }
            for a in &tries {
                assert_eq!(
                    fits(q, a),
                    check_value(&crate::core::words::EN, q, a).is_ok(),
                    "{} with {a:?}",
                    q.id
                );
                checked += 1;
            }
        }
        assert!(checked > 250, "{checked}");
    }
}
