//! A saved session: the parent's answers and everything that happens after
//! (check-ins, questions asked), with the facts `fitcheck list` shows.
//!
//! A session file is JSON (see [`Session`]). Reading one ([`Session::from_json`])
//! refuses a file from a newer fitcheck and says in plain words what is wrong
//! with a damaged one; fields this version does not know are kept as they are.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::answers::{Answer, AnswerMap, Answers};
use crate::core::bank::Bank;
use crate::core::interview::Interview;
use crate::core::lang::Lang;
use crate::core::text::fill_with;
use crate::core::words::Words;

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
    /// The verdict in the summary's words ("Not this role's job"), so
    /// `list` says what `summary` says. Empty in files from before it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub words: String,
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
/// the current ones are in the session's `answers`. So `checkins[0].answers`
/// are the first visit's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    pub date: String,
    /// The revisited child-level answers (need levels, progress) as they
    /// were just before this check-in.
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
    /// Answers set aside because the question bank changed under them: a
    /// question kept its id but no longer offers the value. The question is
    /// asked again; the old answer stays here and is shown with the summary.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<SetAside>,
    /// A check-in in progress: the answers given so far, kept apart from
    /// the session's until every revisited question is answered again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkin: Option<Draft>,
    /// The language the session was last answered or shown in ("en",
    /// "es"): coming back to it without `--lang` or `FITCHECK_LANG` opens
    /// it in that language. Absent in sessions saved before fitcheck spoke
    /// Spanish; a code this fitcheck does not know is ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Fields written by another version of fitcheck, kept as they are.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A check-in in progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// When it was started.
    pub date: String,
    #[serde(default)]
    pub note: Option<String>,
    /// The revisited questions answered so far in this check-in.
    #[serde(default)]
    pub answers: AnswerMap,
    /// The session's `updated` time before the check-in began: stopping the
    /// check-in puts it back, so the session is exactly as it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_before: Option<String>,
}

/// An answer that no longer fits its question, kept with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAside {
    pub question: String,
    /// Which provider (0-based), for a provider question.
    #[serde(default)]
    pub provider: Option<usize>,
    pub answer: crate::core::answers::Answer,
    /// The question bank the answer was given against.
    pub bank_version: String,
}

/// One line of `fitcheck list`: what a session file says about itself,
/// without its answers. Cached by the store's list index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub label: Option<String>,
    pub created: String,
    pub updated: String,
    pub bank_version: String,
    /// How many check-ins were started.
    pub checkins: usize,
    pub digest: Digest,
    /// The question bank the digest was worked out with; a listing made
    /// with another bank works it out again, so `list` never shows a
    /// verdict that `summary` would not.
    #[serde(default)]
    pub digest_bank: String,
}

/// The largest session file fitcheck reads: far more than any family types.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

impl Session {
    /// A new, empty session with the id `id` (the store makes fresh ones:
    /// [`crate::store`]'s `Session::new`).
    pub fn with_id(bank: &Bank, id: String, now: i64) -> Session {
        let stamp = crate::core::time::timestamp(now);
        Session {
            schema: SCHEMA,
            id,
            label: None,
            created: stamp.clone(),
            updated: stamp,
            bank_version: bank.meta.version.clone(),
            answers: Answers::default(),
            checkins: Vec::new(),
            asked: BTreeMap::new(),
            digest: Digest::default(),
            set_aside: Vec::new(),
            checkin: None,
            lang: Some(bank.lang.code().to_string()),
            extra: BTreeMap::new(),
        }
    }

    /// The language the session was last used in, when it says one this
    /// fitcheck speaks.
    pub fn lang(&self) -> Option<crate::core::lang::Lang> {
        self.lang
            .as_deref()
            .and_then(crate::core::lang::Lang::parse)
    }

    /// Reads a session from the bytes of a file. The error says, for a
    /// parent, what is wrong: empty, cut off, not JSON, not a session, or
    /// from a newer fitcheck.
    pub fn from_json(bytes: &[u8]) -> Result<Session, BadSession> {
        Session::from_json_in(&crate::core::words::EN, bytes)
    }

    /// [`Session::from_json`], saying what is wrong in the language of `w`.
    pub fn from_json_in(
        w: &crate::core::words::Words,
        bytes: &[u8],
    ) -> Result<Session, BadSession> {
        let lang = w.lang;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(BadSession::Empty(lang));
        }
        #[derive(Deserialize)]
        struct Version {
            schema: Option<u32>,
        }
        let newer = |format: u32| BadSession::Newer { format, lang };
        let session: Session = match serde_json::from_slice(bytes) {
            Ok(s) => s,
            Err(e) => {
                if let Ok(Version { schema: Some(v) }) = serde_json::from_slice(bytes)
                    && v > SCHEMA
                {
                    return Err(newer(v));
                }
                return Err(explain(w, &e));
            }
        };
        if session.schema > SCHEMA {
            return Err(newer(session.schema));
        }
        if !valid_id(&session.id) {
            return Err(BadSession::Id {
                id: crate::core::text::clean(&session.id, false),
                lang,
            });
        }
        Ok(session)
    }

    /// The session as `fitcheck list` shows it.
    pub fn entry(&self) -> Entry {
        Entry {
            id: self.id.clone(),
            label: self.label.clone(),
            created: self.created.clone(),
            updated: self.updated.clone(),
            bank_version: self.bank_version.clone(),
            checkins: self.checkins.len(),
            digest: self.digest.clone(),
            digest_bank: self.bank_version.clone(),
        }
    }

    /// Moves each answer to a question `bank` has, but that no longer fits
    /// it (an option that was taken out), into [`Session::set_aside`], so the
    /// question is asked again and the old answer is neither lost nor
    /// silently replaced. Answers to questions `bank` does not have stay
    /// where they are (a newer fitcheck may know them) and are listed as
    /// older answers. Returns how many were set aside.
    pub fn set_aside_unfitting(&mut self, bank: &Bank) -> usize {
        let before = self.set_aside.len();
        let version = self.bank_version.clone();
        let maps = std::iter::once((None, &mut self.answers.child)).chain(
            self.answers
                .providers
                .iter_mut()
                .enumerate()
                .map(|(i, p)| (Some(i), &mut p.answers)),
        );
        for (provider, map) in maps {
            map.retain(|id, answer| {
                let Some(q) = bank.question(id) else {
                    return true;
                };
                if crate::core::answers::fits(q, answer) {
                    return true;
                }
                self.set_aside.push(SetAside {
                    question: id.clone(),
                    provider,
                    answer: answer.clone(),
                    bank_version: version.clone(),
                });
                false
            });
        }
        self.set_aside.len() - before
    }

    /// The ids of the child questions a check-in asks again.
    fn revisit_ids(bank: &Bank) -> Vec<&str> {
        bank.questions
            .iter()
            .filter(|q| {
                bank.section(&q.section)
                    .is_some_and(|s| s.revisit && s.scope == crate::core::bank::Scope::Child)
            })
            .map(|q| q.id.as_str())
            .collect()
    }

    /// Starts a check-in (or goes on with the one in progress): the
    /// revisited questions are asked again, and the new answers are kept
    /// apart in [`Session::checkin`] until every one is given. Until then
    /// the session's answers, and so its results, stay as they were.
    pub fn begin_checkin(&mut self, now: i64, note: Option<String>) {
        match &mut self.checkin {
            Some(draft) => {
                if note.is_some() {
                    draft.note = note;
                }
            }
            None => {
                self.checkin = Some(Draft {
                    date: crate::core::time::timestamp(now),
                    note,
                    answers: AnswerMap::new(),
                    updated_before: Some(self.updated.clone()),
                });
            }
        }
    }

    /// Gives up the check-in in progress: nothing else changes, and the
    /// update time is put back to what it was before the check-in (save
    /// with the store's `save_as_it_was`, which keeps it).
    /// Returns whether there was one.
    pub fn cancel_checkin(&mut self) -> bool {
        let Some(draft) = self.checkin.take() else {
            return false;
        };
        if let Some(updated) = draft.updated_before {
            self.updated = updated;
        }
        true
    }

    /// The answers an interview over this session works on: the session's
    /// own, or during a check-in, its answers with the revisited questions
    /// answered as far as the check-in has got.
    pub fn working_answers(&self, bank: &Bank) -> Answers {
        let mut answers = self.answers.clone();
        if let Some(draft) = &self.checkin {
            let revisit = Session::revisit_ids(bank);
            answers
                .child
                .retain(|id, _| !revisit.contains(&id.as_str()));
            answers
                .child
                .extend(draft.answers.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        answers
    }

    /// Takes the interview's `answers` (see [`Session::working_answers`]).
    /// During a check-in the revisited answers go to the check-in, and once
    /// every question that applies is answered, the check-in is finished:
    /// the earlier answers go to the history and the new ones become the
    /// session's.
    pub fn take_answers(&mut self, bank: &Bank, answers: &Answers) {
        if self.checkin.is_none() {
            self.answers = answers.clone();
            return;
        }
        let revisit = Session::revisit_ids(bank);
        let (new, rest): (AnswerMap, AnswerMap) = answers
            .child
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .partition(|(id, _)| revisit.contains(&id.as_str()));
        let kept: AnswerMap = self
            .answers
            .child
            .iter()
            .filter(|(id, _)| revisit.contains(&id.as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        self.answers.child = rest;
        self.answers.child.extend(kept);
        self.answers.providers = answers.providers.clone();
        if let Some(draft) = &mut self.checkin {
            draft.answers = new;
        }
        if Interview::new(self.working_answers(bank)).is_finished(bank) {
            self.finish_checkin(bank);
        }
    }

    /// Ends the check-in in progress: the answers it replaces are kept in
    /// `checkins`, with its date and note.
    fn finish_checkin(&mut self, bank: &Bank) {
        let Some(draft) = self.checkin.take() else {
            return;
        };
        let revisit = Session::revisit_ids(bank);
        let (before, rest): (AnswerMap, AnswerMap) = std::mem::take(&mut self.answers.child)
            .into_iter()
            .partition(|(id, _)| revisit.contains(&id.as_str()));
        self.answers.child = rest;
        self.answers.child.extend(draft.answers);
        self.checkins.push(CheckIn {
            date: draft.date,
            answers: Answers {
                child: before,
                providers: Vec::new(),
            },
            note: draft.note,
        });
    }

    /// During a check-in, the answer given to `question` before it (shown
    /// as "Last time", and what Enter keeps).
    /// A needs checklist the session's answers never had stands for the
    /// levels they rated (see [`crate::core::interview::derived_checklist`]).
    pub fn previous_answer(&self, bank: &Bank, question: &str) -> Option<Answer> {
        self.checkin.as_ref()?;
        if let Some(a) = self.answers.child.get(question) {
            return Some(a.clone());
        }
        let q = bank.question(question)?;
        crate::core::interview::derived_checklist(bank, q, &self.answers.child)
    }

    /// Marks a question to ask as asked, with the reply the parent noted.
    pub fn mark_asked(&mut self, ask: &str, reply: Option<String>, now: i64) {
        self.asked.insert(
            ask.to_string(),
            Asked {
                date: crate::core::time::timestamp(now),
                reply,
            },
        );
    }

    /// The label, or the id when the parent gave none.
    pub fn name(&self) -> &str {
        self.label.as_deref().unwrap_or(&self.id)
    }
}

/// Whether `id` can name a session file: 1-64 ASCII letters, digits, `-`
/// and `_`, so it never reaches outside the sessions folder.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Why a file is not a session this fitcheck can open, in words for a
/// parent, in the language it was read in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadSession {
    #[error("{}", Words::of(*.0).FILE_EMPTY)]
    Empty(Lang),
    /// Saved by a newer fitcheck, in this file format.
    #[error("{}", fill_with(
        Words::of(*.lang).SESSION_NEWER,
        &[("v", .format), ("schema", &SCHEMA)],
    ))]
    Newer { format: u32, lang: Lang },
    #[error("{}", fill_with(
        Words::of(*.lang).SESSION_CUT_OFF,
        &[("at", &at(*.lang, *.line, *.column))],
    ))]
    CutOff {
        line: usize,
        column: usize,
        lang: Lang,
    },
    #[error("{}", fill_with(
        Words::of(*.lang).SESSION_NOT_JSON,
        &[("at", &at(*.lang, *.line, *.column)), ("reason", .reason)],
    ))]
    NotJson {
        line: usize,
        column: usize,
        reason: String,
        lang: Lang,
    },
    #[error("{}", fill_with(
        Words::of(*.lang).SESSION_NOT_SESSION,
        &[("at", &at(*.lang, *.line, *.column)), ("reason", .reason)],
    ))]
    NotASession {
        line: usize,
        column: usize,
        reason: String,
        lang: Lang,
    },
    #[error("{}", Words::of(*.lang).SESSION_UNREADABLE.replace("{reason}", .reason))]
    Unreadable { reason: String, lang: Lang },
    /// Its id (cleaned for the terminal) could leave the folder or is not one fitcheck makes.
    #[error("{}", Words::of(*.lang).SESSION_BAD_ID.replace("{id}", .id))]
    Id { id: String, lang: Lang },
}

/// Where in the file, in the words of `lang`.
fn at(lang: Lang, line: usize, column: usize) -> String {
    fill_with(
        Words::of(lang).SESSION_AT,
        &[("line", &line), ("column", &column)],
    )
}

/// A serde_json error in words for a parent, in the language of `w`.
fn explain(w: &Words, e: &serde_json::Error) -> BadSession {
    use serde_json::error::Category;
    let (line, column, lang) = (e.line(), e.column(), w.lang);
    let reason = || crate::core::reason::json_in(w, e);
    match e.classify() {
        Category::Eof => BadSession::CutOff { line, column, lang },
        Category::Syntax => BadSession::NotJson {
            line,
            column,
            reason: reason(),
            lang,
        },
        Category::Data => BadSession::NotASession {
            line,
            column,
            reason: reason(),
            lang,
        },
        Category::Io => BadSession::Unreadable {
            reason: reason(),
            lang,
        },
    }
}

#[cfg(test)]
pub(crate) mod tests;
