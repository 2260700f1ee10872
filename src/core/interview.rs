//! The interview state machine: given the bank and the answers so far, which
//! question comes next, which are hidden by their conditions, and how far
//! along the parent is. Pure: no terminal, no I/O.
//!
//! Every answer is kept, even one whose question a later change hides, so
//! that changing an answer back brings the earlier one back too. Only the
//! answers to questions that currently apply ([`Interview::active`]) count.

use std::borrow::Cow;

use crate::core::answers::{Answer, AnswerMap, Answers, check_value, fits};
use crate::core::bank::{Bank, Condition, Kind, Question, Scope};
use crate::core::title;

/// One screen of the interview: a question, for a provider when the question
/// is asked once per provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Step {
    /// Index into `bank.questions`.
    pub question: usize,
    /// Which provider, for provider questions.
    pub provider: Option<usize>,
}

impl Step {
    pub fn question<'b>(&self, bank: &'b Bank) -> &'b Question {
        &bank.questions[self.question]
    }
}

/// Where the parent is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// On this question.
    At(Step),
    /// Every question that applies is answered.
    Done,
}

/// How far along the parent is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// Questions answered (or skipped), of those that apply.
    pub answered: usize,
    /// Questions that apply, given the answers so far.
    pub applicable: usize,
    /// The current section's title ("Needs").
    pub section: String,
    /// 1-based position of the current question within its section.
    pub in_section: usize,
    /// Questions of the current section that apply.
    pub section_len: usize,
    /// Whether `section_len` is final: no answer still to give in reach of
    /// the section's conditions could add or remove one of its questions.
    /// Until then it is an estimate ("about 5"), so a total that changes
    /// never reads as a promise broken.
    pub section_settled: bool,
}

impl Progress {
    /// How many questions the current section has, in words: "5", or
    /// "about 5" while answers still to come may change it.
    pub fn section_count(&self, s: &crate::core::words::Words) -> String {
        if self.section_settled {
            self.section_len.to_string()
        } else {
            s.ABOUT_N.replace("{n}", &self.section_len.to_string())
        }
    }
}

/// Why an answer was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    /// Every question is answered; there is nothing to answer.
    #[error("the interview is finished")]
    Finished,
    /// The answer does not fit the question; the message says why.
    #[error("{0}")]
    Invalid(String),
}

/// The interview: every answer given, and where the parent is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Interview {
    pub answers: Answers,
    /// The question on screen; None means "the first unanswered one".
    cursor: Option<Step>,
}

/// The applicable steps and the answers that count, worked out together
/// because each condition looks only at earlier answers that count.
struct Walk<'a> {
    steps: Vec<Step>,
    active: Counted<'a>,
}

/// The answers that count, as a walk finds them: borrowed from the answers
/// given, by question position, for the child and for each provider. A
/// summary reads them without copying a single answer.
struct Counted<'a> {
    child: Vec<Option<&'a Answer>>,
    providers: Vec<Vec<Option<&'a Answer>>>,
    /// How many answers count.
    len: usize,
}

impl<'a> Counted<'a> {
    fn new(bank: &Bank) -> Counted<'a> {
        Counted {
            child: vec![None; bank.questions.len()],
            providers: Vec::new(),
            len: 0,
        }
    }

    fn slots(&self, provider: Option<usize>) -> Option<&[Option<&'a Answer>]> {
        match provider {
            None => Some(&self.child),
            Some(i) => self.providers.get(i).map(Vec::as_slice),
        }
    }

    fn slots_mut(&mut self, provider: Option<usize>) -> &mut Vec<Option<&'a Answer>> {
        match provider {
            None => &mut self.child,
            Some(i) => {
                let n = self.child.len();
                if self.providers.len() <= i {
                    self.providers.resize_with(i + 1, || vec![None; n]);
                }
                &mut self.providers[i]
            }
        }
    }

    fn count(&mut self, provider: Option<usize>, pos: usize, answer: &'a Answer) {
        let slot = &mut self.slots_mut(provider)[pos];
        let new = slot.is_none();
        *slot = Some(answer);
        if new {
            self.len += 1;
        }
    }

    /// The answers that count, as answers: those given, borrowed, when
    /// every one of them counts (a finished interview, most often), else a
    /// copy of the ones that count. Providers past the last one with an
    /// answer are left out.
    fn answers(&self, bank: &Bank, given: &'a Answers) -> Cow<'a, Answers> {
        let total = given.child.len()
            + given
                .providers
                .iter()
                .map(|p| p.answers.len())
                .sum::<usize>();
        let trailing_empty = given.providers.last().is_some_and(|p| p.answers.is_empty());
        if total == self.len && !trailing_empty {
            return Cow::Borrowed(given);
        }
        let map = |slots: &[Option<&Answer>]| -> AnswerMap {
            slots
                .iter()
                .enumerate()
                .filter_map(|(pos, a)| a.map(|a| (bank.questions[pos].id.clone(), a.clone())))
                .collect()
        };
        let mut out = Answers {
            child: map(&self.child),
            providers: self
                .providers
                .iter()
                .map(|p| crate::core::answers::ProviderAnswers { answers: map(p) })
                .collect(),
        };
        while out.providers.last().is_some_and(|p| p.answers.is_empty()) {
            out.providers.pop();
        }
        Cow::Owned(out)
    }
}

impl Given for Counted<'_> {
    fn answer(&self, bank: &Bank, question: &str, provider: Option<usize>) -> Option<&Answer> {
        let pos = bank.question_pos(question)?;
        let scoped = match bank.sections.get(bank.section_of(pos))?.scope {
            Scope::Child => None,
            Scope::Provider => provider,
        };
        self.slots(scoped)?.get(pos).copied().flatten()
    }

    fn in_map(&self, _: &Bank, provider: Option<usize>, question: usize) -> Option<&Answer> {
        self.slots(provider)?.get(question).copied().flatten()
    }
}

/// Answers a condition can look at: those given, or those that count.
pub trait Given {
    /// The answer to `question`, reading provider-scoped questions from
    /// `provider` and the others from the child-level answers.
    fn answer(&self, bank: &Bank, question: &str, provider: Option<usize>) -> Option<&Answer>;
    /// The answer to the question at position `question` in the answers
    /// of `provider` (None: the child-level ones).
    fn in_map(&self, bank: &Bank, provider: Option<usize>, question: usize) -> Option<&Answer>;
}

impl Given for Answers {
    fn answer(&self, bank: &Bank, question: &str, provider: Option<usize>) -> Option<&Answer> {
        self.get(bank, question, provider)
    }

    fn in_map(&self, bank: &Bank, provider: Option<usize>, question: usize) -> Option<&Answer> {
        self.map(provider)?.get(&bank.questions[question].id)
    }
}

/// The answer a needs checklist ("which of these are going on?") stands
/// for in answers given before the bank had it: when the checklist is
/// unanswered but some of its needs' level questions are answered (an older
/// answers file or session that rated every need), the needs rated above 0
/// count as ticked. So those answers score as before and stay finished: a
/// need left unticked is at level 0, as the old rating of 0 was. Answers
/// with no level rated, as in a new interview, derive nothing.
pub fn derived_checklist(bank: &Bank, q: &Question, child: &AnswerMap) -> Option<Answer> {
    if q.kind != Kind::Multi || child.contains_key(&q.id) {
        return None;
    }
    let mut any = false;
    let mut ticked = Vec::new();
    for o in &q.options {
        let Some(need) = o.need.as_deref() else {
            continue;
        };
        let levels = bank
            .questions
            .iter()
            .filter(|l| l.kind == Kind::Level && l.need.as_deref() == Some(need))
            .filter_map(|l| child.get(&l.id))
            .filter(|a| !matches!(a, Answer::Skipped));
        for a in levels {
            any = true;
            if a.level().is_some_and(|l| l > 0) && !ticked.contains(&o.id) {
                ticked.push(o.id.clone());
            }
        }
    }
    any.then_some(Answer::Many(ticked))
}

/// `answers` with each needs checklist filled in from the levels rated
/// before the bank had it (see [`derived_checklist`]); borrowed unchanged
/// when there is nothing to fill in.
pub fn with_checklists<'a>(bank: &Bank, answers: &'a Answers) -> Cow<'a, Answers> {
    let derived: Vec<(String, Answer)> = bank
        .questions
        .iter()
        .filter(|q| {
            bank.section(&q.section)
                .is_some_and(|s| s.scope == Scope::Child)
        })
        .filter_map(|q| derived_checklist(bank, q, &answers.child).map(|a| (q.id.clone(), a)))
        .collect();
    if derived.is_empty() {
        return Cow::Borrowed(answers);
    }
    let mut owned = answers.clone();
    owned.child.extend(derived);
    Cow::Owned(owned)
}

/// Walks `answers` (with their checklists filled in: see
/// [`with_checklists`]) in interview order.
fn walk<'a>(bank: &Bank, answers: &'a Answers) -> Walk<'a> {
    let mut steps = Vec::with_capacity(bank.questions.len());
    let mut active = Counted::new(bank);
    let mut i = 0;
    let sections = &bank.sections;
    while i < sections.len() {
        if sections[i].scope == Scope::Child {
            for pos in 0..bank.questions.len() {
                if bank.section_of(pos) == i {
                    visit(bank, answers, pos, None, &mut steps, &mut active);
                }
            }
            i += 1;
            continue;
        }
        // A run of provider sections is asked in full for each provider.
        let mut end = i;
        while end < sections.len() && sections[end].scope == Scope::Provider {
            end += 1;
        }
        let block = i..end;
        let mut provider = 0;
        loop {
            active.slots_mut(Some(provider));
            let mut another = false;
            for (pos, q) in bank.questions.iter().enumerate() {
                if !block.contains(&bank.section_of(pos)) {
                    continue;
                }
                if visit(bank, answers, pos, Some(provider), &mut steps, &mut active)
                    && let Some(a) = answers.map(Some(provider)).and_then(|m| m.get(&q.id))
                    && q.options
                        .iter()
                        .any(|o| o.adds_provider && a.includes(&o.id))
                {
                    another = true;
                }
            }
            if !another {
                break;
            }
            provider += 1;
        }
        i = end;
    }
    Walk { steps, active }
}

/// Adds the question at `pos` to the walk when it applies, with its answer
/// if it has one; returns whether it applies.
fn visit<'a>(
    bank: &Bank,
    answers: &'a Answers,
    pos: usize,
    provider: Option<usize>,
    steps: &mut Vec<Step>,
    active: &mut Counted<'a>,
) -> bool {
    let q = &bank.questions[pos];
    let applies = match &q.when {
        None => true,
        Some(c) => holds(bank, c, active, provider, pos),
    };
    if !applies {
        return false;
    }
    steps.push(Step {
        question: pos,
        provider,
    });
    // An answer that no longer fits its question (the bank changed under a
    // saved session) does not count: the question is asked again.
    if let Some(a) = answers.map(provider).and_then(|m| m.get(&q.id))
        && fits(q, a)
    {
        active.count(provider, pos, a);
    }
    true
}

/// Whether condition `c` of the question at `pos` can no longer change as
/// the parent goes on: every answer it looks at is given, or its question
/// does not apply. (Changing an answer from the results can still change
/// it; that is the parent's own doing, not a total that jumps.)
fn decided(bank: &Bank, c: &Condition, w: &Walk<'_>, provider: Option<usize>, pos: usize) -> bool {
    let given = |id: &str| -> bool {
        let Some(at) = bank.questions.iter().position(|q| q.id == id) else {
            return true;
        };
        let scoped = match bank.scope_of(id) {
            Some(Scope::Provider) => provider,
            _ => None,
        };
        let step = Step {
            question: at,
            provider: scoped,
        };
        w.active.answer(bank, id, provider).is_some() || !w.steps.contains(&step)
    };
    match c {
        Condition::AnyOf { question, .. } | Condition::LevelAtLeast { question, .. } => {
            given(question)
        }
        // The title and the follow-ups before this one narrow it down.
        Condition::TitleUnclear(_) => bank
            .questions
            .iter()
            .take(pos)
            .filter(|q| q.kind == Kind::Title || q.trait_name.is_some())
            .all(|q| given(&q.id)),
        Condition::All(cs) | Condition::Any(cs) => {
            cs.iter().all(|c| decided(bank, c, w, provider, pos))
        }
        Condition::Not(c) => decided(bank, c, w, provider, pos),
    }
}

/// Whether condition `c` holds for the question at `pos`, looking at the answers that count.
pub fn holds(
    bank: &Bank,
    c: &Condition,
    active: &impl Given,
    provider: Option<usize>,
    pos: usize,
) -> bool {
    match c {
        Condition::AnyOf { question, options } => active
            .answer(bank, question, provider)
            .is_some_and(|a| options.iter().any(|o| a.includes(o))),
        Condition::LevelAtLeast { question, level } => active
            .answer(bank, question, provider)
            .and_then(Answer::level)
            .is_some_and(|l| l >= *level),
        Condition::TitleUnclear(t) => {
            title::resolve_with(bank, |at| active.in_map(bank, provider, at), Some(pos))
                .unclear_on(bank, t)
        }
        Condition::All(cs) => cs.iter().all(|c| holds(bank, c, active, provider, pos)),
        Condition::Any(cs) => cs.iter().any(|c| holds(bank, c, active, provider, pos)),
        Condition::Not(c) => !holds(bank, c, active, provider, pos),
    }
}

impl Interview {
    /// An interview over answers given before (empty for a new one).
    pub fn new(answers: Answers) -> Interview {
        Interview {
            answers,
            cursor: None,
        }
    }

    /// The questions that apply given the answers so far, in order.
    pub fn steps(&self, bank: &Bank) -> Vec<Step> {
        walk(bank, &with_checklists(bank, &self.answers)).steps
    }

    /// The answers that count: those to questions that currently apply.
    pub fn active(&self, bank: &Bank) -> Answers {
        self.active_and_finished(bank).0.into_owned()
    }

    /// The answers that count, and whether every question that applies is
    /// answered, from one walk through the interview. The answers that
    /// count are borrowed when they are all the answers given.
    pub fn active_and_finished(&self, bank: &Bank) -> (Cow<'_, Answers>, bool) {
        // The walk counts each answer that fits, checklists filled in as
        // [`Interview::answer_for`] fills them: finished when every step
        // has one.
        let finished = |w: &Walk<'_>| {
            w.steps
                .iter()
                .all(|s| w.active.in_map(bank, s.provider, s.question).is_some())
        };
        match with_checklists(bank, &self.answers) {
            Cow::Borrowed(given) => {
                let w = walk(bank, given);
                (w.active.answers(bank, given), finished(&w))
            }
            Cow::Owned(filled) => {
                let w = walk(bank, &filled);
                let active = w.active.answers(bank, &filled).into_owned();
                (Cow::Owned(active), finished(&w))
            }
        }
    }

    /// The answer given to `step`, if any.
    /// An answer that no longer fits the question counts as none.
    pub fn answer_at(&self, bank: &Bank, step: Step) -> Option<&Answer> {
        let q = step.question(bank);
        self.answers
            .map(step.provider)
            .and_then(|m| m.get(&q.id))
            .filter(|a| fits(q, a))
    }

    /// The answer that stands for `step`: the one given ([`Interview::answer_at`]),
    /// or for a needs checklist older answers never saw, the one the
    /// levels they rated stand for (see [`derived_checklist`]). Whether a
    /// question is answered, and what a front end shows as its answer,
    /// come from here.
    pub fn answer_for(&self, bank: &Bank, step: Step) -> Option<Cow<'_, Answer>> {
        let q = step.question(bank);
        match self.answer_at(bank, step) {
            Some(a) => Some(Cow::Borrowed(a)),
            None if step.provider.is_none() => {
                derived_checklist(bank, q, &self.answers.child).map(Cow::Owned)
            }
            None => None,
        }
    }

    /// Number of providers on the team, as far as the interview has got.
    pub fn provider_count(&self, bank: &Bank) -> usize {
        self.steps(bank)
            .iter()
            .filter_map(|s| s.provider)
            .max()
            .map_or(0, |p| p + 1)
    }

    /// Where the parent is now.
    pub fn position(&self, bank: &Bank) -> Position {
        self.position_in(bank, &self.steps(bank))
    }

    fn position_in(&self, bank: &Bank, steps: &[Step]) -> Position {
        if let Some(c) = self.cursor
            && steps.contains(&c)
        {
            return Position::At(c);
        }
        match steps.iter().find(|s| self.answer_for(bank, **s).is_none()) {
            Some(s) => Position::At(*s),
            None => Position::Done,
        }
    }

    /// The question on screen, or None when every question is answered.
    pub fn current(&self, bank: &Bank) -> Option<Step> {
        match self.position(bank) {
            Position::At(s) => Some(s),
            Position::Done => None,
        }
    }

    /// Whether every question that applies has an answer.
    pub fn is_finished(&self, bank: &Bank) -> bool {
        let steps = self.steps(bank);
        steps.iter().all(|s| self.answer_for(bank, *s).is_some())
    }

    /// Answers the current question and moves to the next unanswered one.
    /// Text is trimmed; an empty title or text is refused.
    pub fn answer(&mut self, bank: &Bank, answer: Answer) -> Result<(), AnswerError> {
        let step = self.current(bank).ok_or(AnswerError::Finished)?;
        let q = step.question(bank);
        let answer = match answer {
            Answer::One(s) if matches!(q.kind, Kind::Text | Kind::Title) => {
                let t = s.trim();
                if t.is_empty() {
                    let s = bank.words();
                    return Err(AnswerError::Invalid(if q.skippable {
                        s.INTERVIEW_TYPE_OR_SKIP.to_string()
                    } else {
                        s.INTERVIEW_TYPE.to_string()
                    }));
                }
                Answer::One(t.to_string())
            }
            other => other,
        };
        check_value(bank.words(), q, &answer).map_err(AnswerError::Invalid)?;
        self.answers
            .map_mut(step.provider)
            .insert(q.id.clone(), answer);
        self.advance(bank, step);
        Ok(())
    }

    /// Skips the current question, where the question allows it.
    pub fn skip(&mut self, bank: &Bank) -> Result<(), AnswerError> {
        let step = self.current(bank).ok_or(AnswerError::Finished)?;
        if !step.question(bank).skippable {
            return Err(AnswerError::Invalid(
                bank.words().INTERVIEW_NOT_SKIPPABLE.to_string(),
            ));
        }
        self.answer(bank, Answer::Skipped)
    }

    /// Moves to the next unanswered question after `from`, or the first
    /// unanswered one before it, or to the end.
    fn advance(&mut self, bank: &Bank, from: Step) {
        let steps = self.steps(bank);
        let at = steps.iter().position(|s| *s == from).unwrap_or(0);
        let next = steps[at..]
            .iter()
            .chain(steps[..at].iter())
            .find(|s| self.answer_for(bank, **s).is_none());
        self.cursor = next.copied();
    }

    /// Goes back to the question before the current one (from the end: the
    /// last question). Returns false at the first question.
    pub fn back(&mut self, bank: &Bank) -> bool {
        let steps = self.steps(bank);
        let at = match self.position(bank) {
            Position::At(s) => steps.iter().position(|x| *x == s).unwrap_or(0),
            Position::Done => steps.len(),
        };
        if at == 0 {
            return false;
        }
        self.cursor = Some(steps[at - 1]);
        true
    }

    /// Opens any applicable question, to change its answer.
    pub fn goto(&mut self, bank: &Bank, step: Step) -> bool {
        if self.steps(bank).contains(&step) {
            self.cursor = Some(step);
            true
        } else {
            false
        }
    }

    /// Leaves the current question without answering it and shows the
    /// results if everything is answered (used after editing from results).
    pub fn to_first_unanswered(&mut self) {
        self.cursor = None;
    }

    /// How far along the parent is.
    pub fn progress(&self, bank: &Bank) -> Progress {
        let filled = with_checklists(bank, &self.answers);
        let w = walk(bank, &filled);
        let steps = &w.steps;
        let position = self.position_in(bank, steps);
        let answered = steps
            .iter()
            .filter(|s| self.answer_for(bank, **s).is_some())
            .count();
        let (section, in_section, section_len, section_settled) = match position {
            Position::At(step) => {
                let sec = &step.question(bank).section;
                let same: Vec<&Step> = steps
                    .iter()
                    .filter(|s| &s.question(bank).section == sec && s.provider == step.provider)
                    .collect();
                let idx = same.iter().position(|s| **s == step).unwrap_or(0);
                let title = bank
                    .section(sec)
                    .map(|s| s.title.clone())
                    .unwrap_or_default();
                let settled = bank
                    .questions
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| &q.section == sec)
                    .all(|(pos, q)| {
                        q.when
                            .as_ref()
                            .is_none_or(|c| decided(bank, c, &w, step.provider, pos))
                    });
                (title, idx + 1, same.len(), settled)
            }
            Position::Done => (String::new(), 0, 0, true),
        };
        Progress {
            answered,
            applicable: steps.len(),
            section,
            in_section,
            section_len,
            section_settled,
        }
    }

    /// Whether an answer that counts reports danger, now or recent.
    pub fn crisis(&self, bank: &Bank) -> bool {
        self.crisis_level(bank).is_some()
    }

    /// How urgent the danger reported by the answers that count is.
    pub fn crisis_level(&self, bank: &Bank) -> Option<CrisisLevel> {
        crisis_level(bank, &self.active(bank))
    }
}

/// The two safety tiers. Either one puts the crisis lines first everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CrisisLevel {
    /// A recent worry: talk of suicide, self-harm or hurting others in the
    /// past weeks. 988 comes first.
    Recent,
    /// Danger right now. 911 comes first.
    Now,
}

/// Whether `active` answers report danger, now or recent.
pub fn crisis(bank: &Bank, active: &Answers) -> bool {
    crisis_level(bank, active).is_some()
}

/// The most urgent safety tier any answer that counts reports: an option
/// marked `crisis` or a level in `crisis_levels` means now; an option marked
/// `recent_risk` or a level in `recent_risk_levels` means recent.
pub fn crisis_level(bank: &Bank, active: &Answers) -> Option<CrisisLevel> {
    crisis_level_of(bank, active, &[])
}

/// [`crisis_level`] from the answers to the questions `only` names (every
/// question when it is empty).
pub fn crisis_level_of(bank: &Bank, active: &Answers, only: &[String]) -> Option<CrisisLevel> {
    let maps = std::iter::once(&active.child).chain(active.providers.iter().map(|p| &p.answers));
    let mut found = None;
    for map in maps {
        for (id, a) in map {
            if !only.is_empty() && !only.contains(id) {
                continue;
            }
            let Some(q) = bank.question(id) else { continue };
            let level = a.level();
            let chosen = |f: fn(&crate::core::bank::Choice) -> bool| {
                q.options.iter().any(|o| f(o) && a.includes(&o.id))
            };
            if chosen(|o| o.crisis) || level.is_some_and(|l| q.crisis_levels.contains(&l)) {
                return Some(CrisisLevel::Now);
            }
            if chosen(|o| o.recent_risk) || level.is_some_and(|l| q.recent_risk_levels.contains(&l))
            {
                found = Some(CrisisLevel::Recent);
            }
        }
    }
    found
}

/// Whether someone at home may be in danger from another person: the
/// safety question about others is answered and not "no", and the parent
/// did not say the danger comes from the child alone.
///
/// The follow-up (`danger_from`) can only narrow: unanswered or skipped (an
/// older session, or a parent who would rather not say), the lines for
/// danger from another person still show. Showing a hotline that was not
/// needed costs a line; hiding one from a parent at risk could cost far more.
fn others_at_risk(active: &Answers) -> bool {
    let others = active
        .child
        .get("safety_others")
        .is_some_and(|a| !a.includes("no"));
    let child_only = active
        .child
        .get("danger_from")
        .is_some_and(|a| a.includes("child"));
    others && !child_only
}

/// The crisis block's heading for a tier: calmer words for a recent worry.
pub fn crisis_heading(bank: &Bank, level: Option<CrisisLevel>) -> &str {
    match level {
        Some(CrisisLevel::Recent) => &bank.meta.crisis.heading_recent,
        _ => &bank.meta.crisis.heading,
    }
}

/// The crisis lines for these answers, in the order every front end and
/// printout shows them: danger now puts 911 first, a recent worry 988 first.
/// Lines about danger from another person show only when someone at home
/// may be in danger.
pub fn crisis_lines<'b>(
    bank: &'b Bank,
    active: &Answers,
) -> Vec<&'b crate::core::bank::CrisisLine> {
    let c = &bank.meta.crisis;
    let order = match crisis_level(bank, active) {
        Some(CrisisLevel::Now) => &c.order_now,
        Some(CrisisLevel::Recent) => &c.order_recent,
        None => &c.order_none,
    };
    let others = others_at_risk(active);
    order
        .iter()
        .filter_map(|id| c.lines.iter().find(|l| &l.id == id))
        .filter(|l| others || !l.others_only)
        .collect()
}
