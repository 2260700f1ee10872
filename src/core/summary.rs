//! The summary: everything a front end shows after the interview, computed
//! from the bank and the answers. Its JSON form is a public contract
//! (`fitcheck summary --format json`), documented in the README.

use serde::Serialize;

use crate::core::answers::Answers;
use crate::core::ask::{self, AskItem};
use crate::core::bank::Bank;
use crate::core::history::History;
use crate::core::interview::{self, CrisisLevel, Interview};
use crate::core::score::{self, ProviderFit, RatedNeed, Unmet};
use crate::core::session::{Digest, ProviderVerdict, Session};

/// The level the safety answers raise the safety need to: danger now
/// makes it urgent, a recent worry makes it need action.
fn safety_floor(level: Option<interview::CrisisLevel>) -> u8 {
    match level {
        Some(interview::CrisisLevel::Now) => 3,
        Some(interview::CrisisLevel::Recent) => score::ACTION,
        None => 0,
    }
}

/// The bank the summary was computed with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BankInfo {
    pub version: String,
    pub last_checked: String,
    /// When the content is due to be checked again (YYYY-MM-DD).
    pub review_by: String,
}

impl BankInfo {
    /// Whether the content is past its review date on `today` (YYYY-MM-DD,
    /// passed in: the core never reads the clock).
    pub fn review_overdue(&self, today: &str) -> bool {
        crate::core::bank::past_review(today, &self.review_by)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Team {
    /// Needs that call for action that nobody on the team is trained for.
    pub unmet: Vec<Unmet>,
    /// Needs to keep an eye on that nobody on the team is trained for:
    /// notes, not gaps.
    pub watch: Vec<Unmet>,
    /// When a safety need calls for action and nobody on the team is
    /// trained for it: the sentence that says so (no provider is then a
    /// good fit).
    pub safety_gap: Option<String>,
}

/// The results of an interview.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// An answer reports danger, now or recent: show the crisis lines first.
    pub crisis: bool,
    /// How urgent: "now", "recent", or null when no danger was reported.
    pub crisis_level: Option<CrisisLevel>,
    /// The crisis lines, always included so a printed summary carries them.
    pub crisis_lines: Vec<String>,
    /// Whether every question that applies is answered.
    pub complete: bool,
    /// The needs rated above "not a concern", most urgent first.
    pub needs: Vec<RatedNeed>,
    pub providers: Vec<ProviderFit>,
    pub team: Team,
    pub questions_to_ask: Vec<AskItem>,
    pub bank: BankInfo,
    pub not_advice: String,
    pub varies_by_state: String,
    /// What fitcheck is not: a title's typical training, not this person's
    /// skill; Oregon's rules; a guide, not a validated measure; not a crisis
    /// service; who wrote it and when.
    pub limits: Vec<String>,
    /// How to report an error in the content.
    pub report_error: String,
    /// For a saved session: the change since the first visit, the questions
    /// asked, and answers kept from an older question bank. Null for a
    /// summary of an answers file.
    pub history: Option<History>,
}

impl Summary {
    /// The summary of an interview in any state, finished or not.
    pub fn of(bank: &Bank, interview: &Interview) -> Summary {
        let (active, complete) = interview.active_and_finished(bank);
        Summary::compute(bank, &active, complete)
    }

    /// The summary of answers read from a file: only the answers to
    /// questions that apply count.
    pub fn from_answers(bank: &Bank, answers: &Answers) -> Summary {
        Summary::of(bank, &Interview::new(answers.clone()))
    }

    /// The summary of a saved session, with its history as of `now` and its
    /// dates in `zone`.
    pub fn of_session(
        bank: &Bank,
        session: &Session,
        now: i64,
        zone: &jiff::tz::TimeZone,
    ) -> Summary {
        Summary::of(bank, &Interview::new(session.answers.clone()))
            .with_history(History::of(bank, session, now, zone))
    }

    /// The summary with a session's history added (for a front end that
    /// already has the interview's summary).
    pub fn with_history(mut self, history: History) -> Summary {
        self.history = Some(history);
        self
    }

    fn compute(bank: &Bank, active: &Answers, complete: bool) -> Summary {
        let crisis_level = interview::crisis_level(bank, active);
        let needs = score::rated_needs(bank, active, safety_floor(crisis_level));
        let views = score::providers(bank, active);
        let mut fits: Vec<ProviderFit> =
            views.iter().map(|p| score::fit(bank, p, &needs)).collect();
        let safety_gap = score::team_caps(bank, &mut fits, &needs);
        let unmet = score::unmet(bank.words(), &fits, &needs);
        let watch = score::watch(bank.words(), &fits, &needs);
        let questions_to_ask = ask::choose(
            bank,
            active,
            &ask::Findings {
                fits: &fits,
                views: &views,
                needs: &needs,
                unmet: &unmet,
                watch: &watch,
                safety: safety_gap.is_some() || crisis_level.is_some(),
            },
        );
        Summary {
            crisis: crisis_level.is_some(),
            crisis_level,
            crisis_lines: interview::crisis_lines(bank, active)
                .into_iter()
                .map(|l| l.text.clone())
                .collect(),
            complete,
            needs,
            providers: fits,
            team: Team {
                unmet,
                watch,
                safety_gap,
            },
            questions_to_ask,
            bank: BankInfo {
                version: bank.meta.version.clone(),
                last_checked: bank.meta.last_checked.clone(),
                review_by: bank.meta.review_by.clone(),
            },
            limits: bank
                .meta
                .limits
                .iter()
                .map(|l| l.replace("{checked}", &bank.meta.last_checked))
                .collect(),
            report_error: bank.meta.report_error.clone(),
            not_advice: bank.meta.not_advice.clone(),
            varies_by_state: bank.meta.varies_by_state.clone(),
            history: None,
        }
    }

    /// The crisis block's heading for this summary's tier.
    pub fn crisis_heading<'b>(&self, bank: &'b Bank) -> &'b str {
        interview::crisis_heading(bank, self.crisis_level)
    }

    /// The questions to bring to the next meeting (at most
    /// [`ask::BRING`], the most important), and the rest.
    pub fn bring_these(&self) -> (&[AskItem], &[AskItem]) {
        let n = self.questions_to_ask.iter().filter(|a| a.bring).count();
        self.questions_to_ask.split_at(n)
    }

    pub fn to_json(&self) -> String {
        crate::core::text::json_escape_c1(
            serde_json::to_string_pretty(self).expect("a summary always serializes"),
        )
    }
}

/// A session's digest is its summary in brief (what `list` shows). It is
/// worked out here, beside the summary, so that the session (plain data)
/// does not depend on the summary.
impl Session {
    /// Recomputes the digest from the answers, and stamps the update time
    /// and the language (the bank's) the session was last used in.
    pub fn refresh(&mut self, bank: &Bank, now: i64) {
        self.set_aside_unfitting(bank);
        self.digest = self.digest_with(bank);
        self.updated = crate::core::time::timestamp(now);
        self.bank_version = bank.meta.version.clone();
        self.lang = Some(bank.lang.code().to_string());
    }

    /// The digest as `bank` works it out, without changing the session.
    pub fn digest_with(&self, bank: &Bank) -> Digest {
        let interview = Interview::new(self.answers.clone());
        let progress = interview.progress(bank);
        let finished = interview.is_finished(bank);
        let summary = Summary::of(bank, &interview);
        Digest {
            answered: progress.answered,
            applicable: progress.applicable,
            finished,
            verdicts: summary
                .providers
                .iter()
                .map(|p| ProviderVerdict {
                    label: p.label.clone(),
                    role: p.role.clone(),
                    verdict: p.verdict.as_str().to_string(),
                    words: p.verdict_label.clone(),
                })
                .collect(),
        }
    }
}
