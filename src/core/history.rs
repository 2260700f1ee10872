//! History: what a saved session says about the time since the first
//! visit. Which needs got better or worse (the first visit's revisited
//! answers, kept in `checkins[0]`, against the current ones), which
//! questions were asked at meetings and what was answered, how long each
//! provider has been involved with no written plan, and the answers to
//! questions this version of the bank no longer asks.
//!
//! Pure: computed from the bank, the session and the time now. Every fact
//! is optional in the bank (see [`crate::core::bank::Tracks`]); without it the
//! history leaves that part out.

use jiff::tz::TimeZone;
use serde::Serialize;

use crate::core::answers::{Answer, AnswerMap, Answers};
use crate::core::bank::{Bank, Kind, Question, Scope, Tracks};
use crate::core::interview::Interview;
use crate::core::session::Session;
use crate::core::text::clean;

/// A check-in after the first visit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Visit {
    /// YYYY-MM-DD.
    pub date: String,
    pub note: Option<String>,
}

/// How a need changed since the first visit. A lower level is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Better,
    Worse,
    Same,
    /// Not rated at the first visit, rated now.
    New,
    /// Rated at the first visit, not re-rated yet at this check-in.
    NotYet,
}

/// One revisited need at the first visit and now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NeedChange {
    pub need: String,
    pub name: String,
    pub first: Option<u8>,
    pub first_label: Option<String>,
    pub now: Option<u8>,
    pub now_label: Option<String>,
    pub change: Change,
}

/// Another revisited answer (about progress) that changed since the first visit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerChange {
    pub question: String,
    pub prompt: String,
    pub first: String,
    pub now: String,
}

/// A question to ask that the parent marked as asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AskedQuestion {
    pub id: String,
    /// The words of the question; its id when this bank no longer has it.
    pub text: String,
    /// YYYY-MM-DD.
    pub date: String,
    pub reply: Option<String>,
}

/// A provider with no written plan, and for how long they have been involved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoPlan {
    /// The provider's name, or "Provider 1".
    pub provider: String,
    /// About how many months the provider has been involved by now: the
    /// answer given at the first visit plus the months since. None when the
    /// bank does not ask, or the parent typed it in words (`since`).
    pub months: Option<u32>,
    /// "Since March" when the question takes free text.
    pub since: Option<String>,
    /// Months since the first visit.
    pub months_since_first_visit: u32,
    /// There was no written plan at the first visit either (known after a check-in).
    pub none_at_first_visit: bool,
}

/// An answer to a question the current bank does not have: kept in the
/// session file, shown so nothing the parent said disappears.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OlderAnswer {
    pub question: String,
    /// Which provider (0-based), for a provider question.
    pub provider: Option<usize>,
    pub answer: String,
}

/// The change since the first visit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct History {
    /// The date of the first visit (YYYY-MM-DD).
    pub first_visit: String,
    /// The check-ins since, oldest first.
    pub checkins: Vec<Visit>,
    /// Each revisited need rated at the first visit or now. Empty before the first check-in.
    pub needs: Vec<NeedChange>,
    pub answers: Vec<AnswerChange>,
    pub asked: Vec<AskedQuestion>,
    pub no_plan: Vec<NoPlan>,
    pub older_answers: Vec<OlderAnswer>,
}

impl History {
    /// The history of `session` as of `now` (seconds since 1970), with its
    /// dates in `zone` (the parent's).
    pub fn of(bank: &Bank, session: &Session, now: i64, zone: &TimeZone) -> History {
        let active = Interview::new(session.answers.clone()).active(bank);
        let first = session.checkins.first().map(|c| &c.answers);
        let mut h = History {
            first_visit: day(&session.created, zone),
            checkins: session
                .checkins
                .iter()
                .map(|c| Visit {
                    date: day(&c.date, zone),
                    note: c.note.clone(),
                })
                .collect(),
            needs: Vec::new(),
            answers: Vec::new(),
            asked: asked(bank, session, zone),
            no_plan: no_plan(bank, session, &active, first, now),
            older_answers: older_answers(bank, session),
        };
        if let Some(first) = first {
            revisited(bank, &first.child, &active.child, &mut h);
        }
        h
    }

    /// Whether there is nothing to show.
    pub fn is_empty(&self) -> bool {
        self.checkins.is_empty()
            && self.asked.is_empty()
            && self.no_plan.is_empty()
            && self.older_answers.is_empty()
    }
}

/// "2026-11-24": the parent's local date of a stored UTC stamp.
fn day(stamp: &str, zone: &TimeZone) -> String {
    crate::core::time::local_day_in(stamp, zone)
}

/// Compares the revisited questions' answers at the first visit and now.
fn revisited(bank: &Bank, first: &AnswerMap, now: &AnswerMap, h: &mut History) {
    for q in &bank.questions {
        let revisit = bank
            .section(&q.section)
            .is_some_and(|s| s.revisit && s.scope == Scope::Child);
        if !revisit {
            continue;
        }
        let (a, b) = (first.get(&q.id), now.get(&q.id));
        if q.kind == Kind::Level {
            let Some(need) = q.need.as_deref().and_then(|n| bank.need(n)) else {
                continue;
            };
            let (a, ua) = level_in(bank, first, &need.id, a);
            let (b, ub) = level_in(bank, now, &need.id, b);
            if (ua || ub) && a.unwrap_or(0) == 0 && b.unwrap_or(0) == 0 {
                // Not going on at either visit: nothing to compare.
                continue;
            }
            let change = match (a, b) {
                (None, None) => continue,
                (Some(x), Some(y)) if y < x => Change::Better,
                (Some(x), Some(y)) if y > x => Change::Worse,
                (Some(_), Some(_)) => Change::Same,
                (None, Some(_)) => Change::New,
                (Some(_), None) => Change::NotYet,
            };
            let label = |l: Option<u8>| l.map(|l| bank.level_text(l).label.clone());
            h.needs.push(NeedChange {
                need: need.id.clone(),
                name: need.name.clone(),
                first: a,
                first_label: label(a),
                now: b,
                now_label: label(b),
                change,
            });
        } else if let (Some(a), Some(b)) = (a, b)
            && a != b
            // A needs checklist's ticks are said once, as the needs they
            // raise or leave (above), not again as an answer.
            && !q.options.iter().any(|o| o.need.is_some())
        {
            h.answers.push(AnswerChange {
                question: q.id.clone(),
                prompt: q.prompt.clone(),
                first: answer_text(bank, Some(q), a),
                now: answer_text(bank, Some(q), b),
            });
        }
    }
}

/// A need's level in `map` from its level answer `a`, and whether a needs
/// checklist leaves it unticked: then it is at level 0, whatever an earlier
/// level answer said (an older session's checklist stands for its levels).
fn level_in(bank: &Bank, map: &AnswerMap, need: &str, a: Option<&Answer>) -> (Option<u8>, bool) {
    for c in &bank.questions {
        let Some(o) = c.options.iter().find(|o| o.need.as_deref() == Some(need)) else {
            continue;
        };
        let ticked = match map.get(&c.id) {
            Some(t) => t.includes(&o.id),
            None => match crate::core::interview::derived_checklist(bank, c, map) {
                Some(t) => t.includes(&o.id),
                None => continue,
            },
        };
        if !ticked {
            return (Some(0), true);
        }
    }
    (a.and_then(Answer::level), false)
}

fn asked(bank: &Bank, session: &Session, zone: &TimeZone) -> Vec<AskedQuestion> {
    let mut out: Vec<AskedQuestion> = session
        .asked
        .iter()
        .map(|(id, a)| AskedQuestion {
            id: id.clone(),
            text: bank.ask(id).map_or_else(|| id.clone(), |q| q.text.clone()),
            date: day(&a.date, zone),
            reply: a.reply.clone(),
        })
        .collect();
    out.sort_by(|a, b| (&a.date, &a.id).cmp(&(&b.date, &b.id)));
    out
}

/// The option of `q` chosen in `a`, for a single-choice question.
fn chosen<'b>(q: &'b Question, a: Option<&Answer>) -> Option<&'b crate::core::bank::Choice> {
    a.and_then(Answer::as_str).and_then(|id| q.option(id))
}

fn no_plan(
    bank: &Bank,
    session: &Session,
    active: &Answers,
    first: Option<&Answers>,
    now: i64,
) -> Vec<NoPlan> {
    let Some(plan_q) = bank.tracking(Tracks::WrittenPlan) else {
        return Vec::new();
    };
    let plan_scope = bank.section(&plan_q.section).map(|s| s.scope);
    let since_q = bank.tracking(Tracks::InvolvedSince);
    let elapsed = crate::core::time::months_since(&session.created, now);
    let mut out = Vec::new();
    for p in crate::core::score::providers(bank, active) {
        let (plan_now, plan_then) = if plan_scope == Some(Scope::Provider) {
            (p.answers.get(&plan_q.id), None)
        } else {
            (
                active.child.get(&plan_q.id),
                first.and_then(|f| f.child.get(&plan_q.id)),
            )
        };
        if !chosen(plan_q, plan_now).is_some_and(|o| o.no_plan) {
            continue;
        }
        let since_answer = since_q.and_then(|q| p.answers.get(&q.id).map(|a| (q, a)));
        let months = since_answer
            .and_then(|(q, a)| chosen(q, Some(a)))
            .and_then(|o| o.months)
            .map(|m| m.saturating_add(elapsed));
        let since = since_answer
            .filter(|(q, _)| q.kind == Kind::Text)
            .and_then(|(_, a)| a.as_str())
            .map(str::to_string);
        out.push(NoPlan {
            provider: p.label.clone(),
            months,
            since,
            months_since_first_visit: elapsed,
            none_at_first_visit: chosen(plan_q, plan_then).is_some_and(|o| o.no_plan),
        });
    }
    out
}

/// Answers to questions `bank` does not have, answers that no longer fit
/// their question, and answers set aside for that reason: each is shown so
/// nothing the parent said disappears without a word.
fn older_answers(bank: &Bank, session: &Session) -> Vec<OlderAnswer> {
    let answers = &session.answers;
    let maps = std::iter::once((None, &answers.child)).chain(
        answers
            .providers
            .iter()
            .enumerate()
            .map(|(i, p)| (Some(i), &p.answers)),
    );
    let mut out = Vec::new();
    for (provider, map) in maps {
        for (id, a) in map {
            if bank
                .question(id)
                .is_none_or(|q| !crate::core::answers::fits(q, a))
            {
                out.push(OlderAnswer {
                    question: id.clone(),
                    provider,
                    answer: answer_text(bank, None, a),
                });
            }
        }
    }
    out.extend(session.set_aside.iter().map(|a| OlderAnswer {
        question: a.question.clone(),
        provider: a.provider,
        answer: answer_text(bank, None, &a.answer),
    }));
    out
}

/// An answer in words: option texts, level labels, or the text typed.
pub fn answer_text(bank: &Bank, q: Option<&Question>, a: &Answer) -> String {
    let s = bank.words();
    let option = |id: &str| {
        q.and_then(|q| q.option(id))
            .map_or_else(|| clean(id, false), |o| o.text.clone())
    };
    match a {
        Answer::Skipped => s.SKIPPED.to_string(),
        Answer::Level(l) => match q {
            Some(_) => bank.level_text(*l).label.clone(),
            None => l.to_string(),
        },
        Answer::One(v) => match q {
            Some(q) if matches!(q.kind, Kind::Single) => option(v),
            _ => clean(v, false),
        },
        Answer::Many(v) if v.is_empty() => s.ANSWER_NONE.to_string(),
        Answer::Many(v) => v.iter().map(|id| option(id)).collect::<Vec<_>>().join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_multiple_choice_answer_reads_as_none() {
        let bank = Bank::embedded().unwrap();
        let s = bank.words();
        let q = bank.question("needs_present").unwrap();
        assert_eq!(
            answer_text(&bank, Some(q), &Answer::Many(Vec::new())),
            s.ANSWER_NONE
        );
        let one = Answer::Many(vec![q.options[0].id.clone()]);
        assert_eq!(answer_text(&bank, Some(q), &one), q.options[0].text);
    }
}
