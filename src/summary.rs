//! The summary: everything a front end shows after the interview, computed
//! from the bank and the answers. Its JSON form is a public contract
//! (`fitcheck summary --format json`), documented in the README.

use serde::Serialize;

use crate::answers::Answers;
use crate::ask::{self, AskItem};
use crate::bank::Bank;
use crate::history::History;
use crate::interview::{self, Interview};
use crate::score::{self, ProviderFit, RatedNeed, Unmet};

/// The bank the summary was computed with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BankInfo {
    pub version: String,
    pub last_checked: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Team {
    /// Rated needs that nobody on the team is trained for.
    pub unmet: Vec<Unmet>,
}

/// The results of an interview.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// An answer reports danger now: show the crisis lines first.
    pub crisis: bool,
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

    /// The summary of a saved session, with its history as of `now`.
    pub fn of_session(bank: &Bank, session: &crate::session::Session, now: i64) -> Summary {
        Summary::of(bank, &Interview::new(session.answers.clone()))
            .with_history(History::of(bank, session, now))
    }

    /// The summary with a session's history added (for a front end that
    /// already has the interview's summary).
    pub fn with_history(mut self, history: History) -> Summary {
        self.history = Some(history);
        self
    }

    fn compute(bank: &Bank, active: &Answers, complete: bool) -> Summary {
        let needs = score::rated_needs(bank, active);
        let views = score::providers(bank, active);
        let fits: Vec<ProviderFit> = views.iter().map(|p| score::fit(bank, p, &needs)).collect();
        let unmet = score::unmet(&fits, &needs);
        let questions_to_ask = ask::choose(bank, active, &fits, &unmet);
        Summary {
            crisis: interview::crisis(bank, active),
            crisis_lines: bank
                .meta
                .crisis
                .lines
                .iter()
                .map(|l| l.text.clone())
                .collect(),
            complete,
            needs,
            providers: fits,
            team: Team { unmet },
            questions_to_ask,
            bank: BankInfo {
                version: bank.meta.version.clone(),
                last_checked: bank.meta.last_checked.clone(),
            },
            not_advice: bank.meta.not_advice.clone(),
            varies_by_state: bank.meta.varies_by_state.clone(),
            history: None,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a summary always serializes")
    }
}
