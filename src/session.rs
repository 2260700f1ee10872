//! A saved session: the parent's answers and everything that happens after
//! (check-ins, questions asked), with the facts `fitcheck list` shows.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::bank::Bank;
use crate::interview::Interview;
use crate::summary::Summary;

/// The version of the session file format this build writes.
pub const SCHEMA: u32 = 1;

/// What `fitcheck list` shows without recomputing anything: refreshed at every save.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    pub answered: usize,
    pub applicable: usize,
    pub finished: bool,
    /// "label: verdict" for each provider.
    #[serde(default)]
    pub verdicts: Vec<ProviderVerdict>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderVerdict {
    pub label: String,
    pub role: String,
    pub verdict: String,
}

/// A question to ask, marked as asked, with the reply the parent noted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asked {
    pub date: String,
    #[serde(default)]
    pub reply: Option<String>,
}

/// A later visit to a finished session. `answers` holds the answers to the
/// revisited questions as they were *before* this check-in re-asked them;
/// the current ones are in the session's `answers`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    pub date: String,
    /// The child-level answers given at this check-in (need levels, progress).
    pub answers: Answers,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// File format version; a file from a newer fitcheck is refused, not overwritten.
    pub schema: u32,
    pub id: String,
    #[serde(default)]
    pub label: Option<String>,
    pub created: String,
    pub updated: String,
    /// The question bank version the answers were given against.
    pub bank_version: String,
    pub answers: Answers,
    #[serde(default)]
    pub checkins: Vec<CheckIn>,
    /// Question-to-ask id -> when it was asked and the reply.
    #[serde(default)]
    pub asked: BTreeMap<String, Asked>,
    #[serde(default)]
    pub digest: Digest,
}

impl Session {
    /// A new, empty session with a fresh id.
    pub fn new(bank: &Bank, now: i64) -> Session {
        let stamp = crate::clock::timestamp(now);
        Session {
            schema: SCHEMA,
            id: new_id(now),
            label: None,
            created: stamp.clone(),
            updated: stamp,
            bank_version: bank.meta.version.clone(),
            answers: Answers::default(),
            checkins: Vec::new(),
            asked: BTreeMap::new(),
            digest: Digest::default(),
        }
    }

    /// Recomputes the digest from the answers, and stamps the update time.
    pub fn refresh(&mut self, bank: &Bank, now: i64) {
        let interview = Interview::new(self.answers.clone());
        let progress = interview.progress(bank);
        let finished = interview.is_finished(bank);
        let summary = Summary::of(bank, &interview);
        self.digest = Digest {
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
                })
                .collect(),
        };
        self.updated = crate::clock::timestamp(now);
        self.bank_version = bank.meta.version.clone();
    }

    /// Starts a check-in on a session: the current answers to the questions
    /// of `revisit` sections are kept in the history, then cleared so the
    /// interview asks them again. Nothing is lost: the earlier answers stay
    /// in `checkins`.
    pub fn begin_checkin(&mut self, bank: &Bank, now: i64, note: Option<String>) {
        let revisit: Vec<&str> = bank
            .questions
            .iter()
            .filter(|q| bank.section(&q.section).is_some_and(|s| s.revisit))
            .map(|q| q.id.as_str())
            .collect();
        let before = Answers {
            child: self
                .answers
                .child
                .iter()
                .filter(|(id, _)| revisit.contains(&id.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            providers: Vec::new(),
        };
        self.checkins.push(CheckIn {
            date: crate::clock::timestamp(now),
            answers: before,
            note,
        });
        self.answers
            .child
            .retain(|id, _| !revisit.contains(&id.as_str()));
    }

    /// Marks a question to ask as asked, with the reply the parent noted.
    pub fn mark_asked(&mut self, ask: &str, reply: Option<String>, now: i64) {
        self.asked.insert(
            ask.to_string(),
            Asked {
                date: crate::clock::timestamp(now),
                reply,
            },
        );
    }

    /// The label, or the id when the parent gave none.
    pub fn name(&self) -> &str {
        self.label.as_deref().unwrap_or(&self.id)
    }
}

/// "20261124-093000-7f3a": sortable by creation time, unique enough for one family's computer.
fn new_id(now: i64) -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_i64(now);
    h.write_u32(std::process::id());
    let stamp = crate::clock::timestamp(now);
    let digits: String = stamp.chars().filter(char::is_ascii_digit).collect();
    format!(
        "{}-{}-{:04x}",
        &digits[..8],
        &digits[8..14],
        h.finish() & 0xffff
    )
}
