//! A script: the lines a parent would type in plain mode to give a set of
//! answers, found by walking the interview with the core. Turns any answers
//! file into input for `fitcheck --plain < script.txt`.

use crate::core::answers::{Answer, Answers};
use crate::core::bank::{Bank, Kind, Question};
use crate::core::interview::{AnswerError, Interview};
use crate::plain::reply::{self, Reply};

/// Why an answer cannot be given as a line typed in plain mode.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Untypable {
    #[error("{question}: the answer {answer:?} holds a line break or control character")]
    ControlCharacter { question: String, answer: Answer },
    /// Neither its words nor its numbers read back as this answer.
    #[error("{question}: the answer {answer:?} cannot be typed in plain mode")]
    NoWords { question: String, answer: Answer },
    /// The interview refused the answer.
    #[error("{question}: {error}")]
    Refused {
        question: String,
        error: AnswerError,
    },
}

/// The lines that answer, in order, every question `answers` reaches. The
/// walk stops at the first question `answers` does not answer; answers to
/// questions that never come up are left out (they would not count). A
/// needs checklist older answers never had is ticked as their levels say
/// (see [`crate::core::interview::derived_checklist`]).
pub fn lines(bank: &Bank, answers: &Answers) -> Result<Vec<String>, Untypable> {
    let mut interview = Interview::new(Answers::default());
    let mut out = Vec::new();
    while let Some(step) = interview.current(bank) {
        let q = step.question(bank);
        let given = answers
            .map(step.provider)
            .and_then(|m| m.get(&q.id))
            .cloned();
        let derived = || {
            step.provider
                .is_none()
                .then(|| crate::core::interview::derived_checklist(bank, q, &answers.child))
                .flatten()
        };
        let Some(a) = given.or_else(derived) else {
            break;
        };
        out.push(typed(bank, q, &a)?);
        interview
            .answer(bank, a)
            .map_err(|error| Untypable::Refused {
                question: q.id.clone(),
                error,
            })?;
    }
    Ok(out)
}

/// The line that gives answer `a` to `q`: the option's words where they
/// read back as that option, the numbers otherwise.
pub fn typed(bank: &Bank, q: &Question, a: &Answer) -> Result<String, Untypable> {
    let s = bank.words();
    let words = match a {
        Answer::Skipped => s.PLAIN_WORDS_SKIP[0].to_string(),
        Answer::Level(l) => l.to_string(),
        Answer::Many(ids) if ids.is_empty() => s.PLAIN_NONE.to_string(),
        Answer::Many(ids) => ids
            .iter()
            .map(|id| q.option(id).map_or(id.as_str(), |o| o.text.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::One(v) => match q.kind {
            Kind::Single => q.option(v).map_or(v.clone(), |o| o.text.clone()),
            _ => v.clone(),
        },
    };
    if words.chars().any(char::is_control) {
        return Err(Untypable::ControlCharacter {
            question: q.id.clone(),
            answer: a.clone(),
        });
    }
    let reads_back = |line: &str| match reply::parse(bank, q, line) {
        Ok(Reply::Answer(b)) => same(&b, a),
        Ok(Reply::Skip) => *a == Answer::Skipped,
        _ => false,
    };
    if reads_back(&words) {
        return Ok(words);
    }
    let numbers = match a {
        Answer::One(v) if q.kind == Kind::Single => position(q, v),
        Answer::Many(ids) => ids
            .iter()
            .map(|id| position(q, id))
            .collect::<Option<Vec<_>>>()
            .map(|v| v.join(", ")),
        _ => None,
    };
    match numbers {
        Some(n) if reads_back(&n) => Ok(n),
        _ => Err(Untypable::NoWords {
            question: q.id.clone(),
            answer: a.clone(),
        }),
    }
}

/// The option's number, as typed.
fn position(q: &Question, id: &str) -> Option<String> {
    q.options
        .iter()
        .position(|o| o.id == id)
        .map(|i| (i + 1).to_string())
}

/// Whether two answers mean the same (multiple choice in any order; text trimmed).
fn same(a: &Answer, b: &Answer) -> bool {
    match (a, b) {
        (Answer::Many(x), Answer::Many(y)) => {
            let mut x = x.clone();
            let mut y = y.clone();
            x.sort();
            x.dedup();
            y.sort();
            y.dedup();
            x == y
        }
        (Answer::One(x), Answer::One(y)) => x.trim() == y.trim(),
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_of_every_question_can_be_typed() {
        let bank = Bank::embedded().expect("the built-in bank loads");
        for q in &bank.questions {
            let answers: Vec<Answer> = match q.kind {
                Kind::Single => q
                    .options
                    .iter()
                    .map(|o| Answer::One(o.id.clone()))
                    .collect(),
                Kind::Multi => {
                    let mut v = vec![Answer::Many(
                        q.options.iter().map(|o| o.id.clone()).collect(),
                    )];
                    v.extend(q.options.iter().map(|o| Answer::Many(vec![o.id.clone()])));
                    v
                }
                Kind::Level => (0..=3).map(Answer::Level).collect(),
                Kind::Text | Kind::Title => vec![Answer::One("Ms. Rivera".to_string())],
            };
            for a in answers {
                let line = typed(&bank, q, &a).unwrap_or_else(|e| panic!("{e}"));
                assert!(!line.contains('\n'), "{line:?}");
            }
            if q.skippable {
                assert_eq!(typed(&bank, q, &Answer::Skipped), Ok("skip".to_string()));
            }
        }
    }

    #[test]
    fn the_walk_stops_at_the_first_unanswered_question() {
        let bank = Bank::embedded().expect("the built-in bank loads");
        assert_eq!(lines(&bank, &Answers::default()), Ok(Vec::new()));
        let first = Interview::new(Answers::default())
            .current(&bank)
            .expect("a first question");
        let q = first.question(&bank);
        let a = match q.kind {
            Kind::Level => Answer::Level(1),
            Kind::Single | Kind::Multi if q.kind == Kind::Single => {
                Answer::One(q.options[0].id.clone())
            }
            Kind::Multi => Answer::Many(vec![q.options[0].id.clone()]),
            _ => Answer::One("text".to_string()),
        };
        let mut answers = Answers::default();
        answers
            .map_mut(first.provider)
            .insert(q.id.clone(), a.clone());
        let got = lines(&bank, &answers).expect("types");
        assert_eq!(got, vec![typed(&bank, q, &a).expect("types")]);
    }
}
