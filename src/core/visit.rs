//! A visit: the one session a front end has open, and everything done to
//! it. The wizard and plain mode both drive a `Visit`, so they give
//! answers, check in, note replies, name the session and report a failed
//! save the same way.
//!
//! Pure. The current time comes in as an argument, and nothing is written
//! here: a change that must reach the disk returns an [`Effect`], which the
//! store's runner (`crate::store::runner`) carries out and reports back
//! with [`Visit::saved`]. So the unsaved and retry state lives here, and a
//! front end only shows it.

use std::path::PathBuf;

use jiff::tz::TimeZone;

use crate::core::answers::{Answer, Answers};
use crate::core::bank::Bank;
use crate::core::history::History;
use crate::core::interview::Interview;
use crate::core::session::Session;
use crate::core::summary::Summary;

/// What a visit asks of the world.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write this copy of the session to the store: its own file, or a new
    /// one under a name no file has.
    Save(Box<Session>),
}

/// The state of the last save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing to save yet.
    Unsaved,
    /// On disk at this path.
    Saved(PathBuf),
    /// The last save failed; the answers are still in memory.
    Failed(String),
}

/// Why a save failed, for a parent: the folder, and what went wrong there,
/// in the words of `lang`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::core::text::fill_with(
    crate::core::words::Words::of(*.lang).SAVE_FAILED,
    &[("dir", .dir), ("error", .error)],
))]
pub struct SaveFailed {
    /// The sessions folder, as shown.
    pub dir: String,
    /// What went wrong, in words.
    pub error: String,
    pub lang: crate::core::lang::Lang,
}

/// One session being answered, and its save state.
#[derive(Debug)]
pub struct Visit {
    session: Session,
    state: SaveState,
    /// An answer was given and its save has not been asked for yet.
    due: bool,
}

impl Visit {
    /// A visit to `session`; `saved` is where its file is when it was read
    /// from one (a resumed session), None for a new one.
    pub fn new(session: Session, saved: Option<PathBuf>) -> Visit {
        Visit {
            session,
            state: saved.map_or(SaveState::Unsaved, SaveState::Saved),
            due: false,
        }
    }

    /// A visit to `session` as the current questions see it: an answer
    /// they no longer offer is set aside (and shown with the summary), so a
    /// new answer never replaces it unseen. Also returns how many were.
    pub fn opened(bank: &Bank, mut session: Session, saved: Option<PathBuf>) -> (Visit, usize) {
        let n = session.set_aside_unfitting(bank);
        (Visit::new(session, saved), n)
    }

    /// Sets aside each saved answer the current questions no longer offer
    /// (see [`Session::set_aside_unfitting`]); returns how many.
    pub fn set_aside_unfitting(&mut self, bank: &Bank) -> usize {
        self.session.set_aside_unfitting(bank)
    }

    /// The session, as it was last given its answers.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The answers an interview over this visit starts from (during a
    /// check-in, with the revisited questions as far as it has got).
    pub fn working_answers(&self, bank: &Bank) -> Answers {
        self.session.working_answers(bank)
    }

    /// Says that an answer was given: its save is due.
    pub fn answered(&mut self) {
        self.due = true;
    }

    /// Whether an answer was given and its save not asked for yet.
    pub fn is_due(&self) -> bool {
        self.due
    }

    /// Gives the interview's `answers` to the session (during a check-in
    /// they go to the check-in, which ends once every question is answered
    /// again) and asks for a save.
    pub fn save(&mut self, bank: &Bank, answers: &Answers, now: i64) -> Effect {
        self.session.take_answers(bank, answers);
        self.flush(bank, now)
    }

    /// Asks for a save of the session as it is.
    pub fn flush(&mut self, bank: &Bank, now: i64) -> Effect {
        self.due = false;
        self.session.refresh(bank, now);
        Effect::Save(Box::new(self.session.clone()))
    }

    /// Asks for the save again if the last one failed (on quitting, or when
    /// the parent asks); nothing otherwise, so quitting before the first
    /// answer leaves no empty session behind.
    pub fn retry(&mut self, bank: &Bank, now: i64) -> Option<Effect> {
        matches!(self.state, SaveState::Failed(_)).then(|| self.flush(bank, now))
    }

    /// What became of a save: the session's id and its file (a new session
    /// whose id was taken is saved under a fresh one), or why it failed.
    pub fn saved(&mut self, result: Result<(String, PathBuf), SaveFailed>) {
        self.state = match result {
            Ok((id, path)) => {
                self.session.id = id;
                SaveState::Saved(path)
            }
            Err(e) => SaveState::Failed(e.to_string()),
        };
    }

    pub fn state(&self) -> &SaveState {
        &self.state
    }

    pub fn is_saved(&self) -> bool {
        matches!(self.state, SaveState::Saved(_))
    }

    /// Why the last save failed, while it stays failed.
    pub fn save_error(&self) -> Option<&str> {
        match &self.state {
            SaveState::Failed(m) => Some(m),
            _ => None,
        }
    }

    /// Whether something is not on disk that should be: a save due or
    /// failed, or answers (from a file) never saved.
    pub fn unsaved(&self, answers: &Answers) -> bool {
        self.due
            || match &self.state {
                SaveState::Saved(_) => false,
                SaveState::Failed(_) => true,
                SaveState::Unsaved => *answers != Answers::default(),
            }
    }

    /// Whether a check-in is in progress.
    pub fn checking_in(&self) -> bool {
        self.session.checkin.is_some()
    }

    /// Starts a check-in (or goes on with the one in progress), with the
    /// parent's note. Returns the answers the interview starts from. Nothing
    /// is saved until the first answer.
    pub fn begin_checkin(&mut self, bank: &Bank, note: Option<String>, now: i64) -> Answers {
        self.session.begin_checkin(now, note);
        self.session.working_answers(bank)
    }

    /// Stops the check-in in progress: its answers are dropped, and the
    /// session, its answers and its results stay as they were before it.
    /// None when there was none.
    pub fn cancel_checkin(&mut self, _bank: &Bank, _now: i64) -> Option<Effect> {
        self.session.cancel_checkin().then(|| {
            self.due = false;
            // No new stamp: the session is saved exactly as it was before
            // the check-in, its update time too.
            Effect::Save(Box::new(self.session.clone()))
        })
    }

    /// Keeps the note of the check-in in progress.
    pub fn note_checkin(&mut self, bank: &Bank, note: String, now: i64) -> Option<Effect> {
        let checkin = self.session.checkin.as_mut()?;
        checkin.note = Some(note);
        Some(self.flush(bank, now))
    }

    /// During a check-in, the answer `question` had before it (shown as
    /// "Last time", and what Enter keeps).
    pub fn previous_answer(&self, bank: &Bank, question: &str) -> Option<Answer> {
        self.session.previous_answer(bank, question)
    }

    /// Names the session (None removes the name). None when it is unchanged.
    pub fn set_label(&mut self, bank: &Bank, label: Option<String>, now: i64) -> Option<Effect> {
        if self.session.label == label {
            return None;
        }
        self.session.label = label;
        Some(self.flush(bank, now))
    }

    /// Marks question to ask `id` as asked, with what the provider said.
    pub fn mark_asked(&mut self, bank: &Bank, id: &str, reply: Option<String>, now: i64) -> Effect {
        self.session.mark_asked(id, reply, now);
        self.flush(bank, now)
    }

    /// Marks question to ask `id` as asked, or unmarks it.
    pub fn toggle_asked(&mut self, bank: &Bank, id: &str, now: i64) -> Effect {
        if self.session.asked.remove(id).is_none() {
            self.session.mark_asked(id, None, now);
        }
        self.flush(bank, now)
    }

    /// The session as it will be once `answers` are saved (a check-in just
    /// finished is in its history).
    pub fn with_answers(&self, bank: &Bank, answers: &Answers) -> Session {
        let mut session = self.session.clone();
        session.take_answers(bank, answers);
        session
    }

    /// The results of `answers`, with the session's history as of `now`,
    /// its dates in `zone`.
    pub fn summary(&self, bank: &Bank, answers: &Answers, now: i64, zone: &TimeZone) -> Summary {
        let session = self.with_answers(bank, answers);
        Summary::of(bank, &Interview::new(answers.clone()))
            .with_history(History::of(bank, &session, now, zone))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bank::Kind;

    const NOW: i64 = 1_800_000_000;
    const DAY: i64 = 86_400;

    fn bank() -> Bank {
        Bank::embedded().unwrap()
    }

    fn visit(bank: &Bank) -> Visit {
        Visit::opened(bank, Session::with_id(bank, "v1".into(), NOW), None).0
    }

    /// The answers of a finished interview: the calm option of each
    /// question, the first role's title.
    fn finished(bank: &Bank) -> Answers {
        let mut iv = Interview::default();
        while let Some(step) = iv.current(bank) {
            let q = step.question(bank);
            let mut calm = q.options.iter().filter(|o| !o.crisis);
            let answer = match q.kind {
                Kind::Single => Answer::One(calm.next_back().unwrap().id.clone()),
                Kind::Multi => Answer::Many(calm.map(|o| o.id.clone()).collect()),
                Kind::Level => Answer::Level(2),
                Kind::Title => Answer::One(bank.roles[0].short.clone()),
                Kind::Text => Answer::One("x".into()),
            };
            iv.answer(bank, answer).unwrap();
        }
        iv.answers
    }

    fn saved_copy(e: &Effect) -> &Session {
        match e {
            Effect::Save(s) => s,
        }
    }

    #[test]
    fn an_answer_is_due_until_its_save_is_asked_for() {
        let bank = bank();
        let mut v = visit(&bank);
        assert!(!v.unsaved(&Answers::default()), "nothing to save yet");
        v.answered();
        assert!(v.is_due() && v.unsaved(&Answers::default()));
        let answers = finished(&bank);
        let e = v.save(&bank, &answers, NOW + 60);
        assert!(!v.is_due());
        assert_eq!(saved_copy(&e).answers, answers);
        assert_eq!(
            saved_copy(&e).updated,
            crate::core::time::timestamp(NOW + 60)
        );
        // Not on disk until the runner says so.
        assert_eq!(v.state(), &SaveState::Unsaved);
        assert!(v.unsaved(&answers));
        v.saved(Ok(("v1".into(), PathBuf::from("v1.json"))));
        assert!(v.is_saved() && !v.unsaved(&answers));
    }

    #[test]
    fn a_failed_save_is_kept_and_retried_only_then() {
        let bank = bank();
        let mut v = visit(&bank);
        assert_eq!(
            v.retry(&bank, NOW),
            None,
            "nothing failed: no empty session is made"
        );
        v.save(&bank, &finished(&bank), NOW);
        let failed = SaveFailed {
            dir: "/sessions".into(),
            error: "the disk is full".into(),
            lang: crate::core::lang::Lang::En,
        };
        v.saved(Err(failed.clone()));
        assert_eq!(v.save_error(), Some(failed.to_string().as_str()));
        assert!(
            failed
                .to_string()
                .starts_with("Could not save to /sessions: the disk is full.")
        );
        assert!(v.unsaved(&Answers::default()));
        assert!(v.retry(&bank, NOW + 1).is_some());
        v.saved(Ok(("v1".into(), PathBuf::from("v1.json"))));
        assert_eq!(v.save_error(), None);
        assert_eq!(v.retry(&bank, NOW + 2), None);
    }

    #[test]
    fn a_new_session_saved_under_a_fresh_id_keeps_it() {
        let bank = bank();
        let mut v = visit(&bank);
        v.save(&bank, &finished(&bank), NOW);
        v.saved(Ok(("v2".into(), PathBuf::from("v2.json"))));
        assert_eq!(v.session().id, "v2");
    }

    #[test]
    fn a_cancelled_checkin_changes_nothing() {
        let bank = bank();
        let answers = finished(&bank);
        let mut v = visit(&bank);
        v.save(&bank, &answers, NOW);
        let before = v.session().clone();
        let working = v.begin_checkin(&bank, Some("a month on".into()), NOW + 30 * DAY);
        assert!(v.checking_in());
        assert_ne!(working, answers, "the revisited questions are asked again");
        let e = v.cancel_checkin(&bank, NOW + 30 * DAY).expect("a save");
        assert!(!v.checking_in());
        assert_eq!(v.session().answers, before.answers);
        assert_eq!(v.session().checkins, before.checkins);
        assert_eq!(saved_copy(&e).answers, before.answers);
        assert_eq!(v.cancel_checkin(&bank, NOW), None, "none in progress");
    }

    #[test]
    fn a_checkin_shows_last_time_and_is_kept_as_history_when_finished() {
        let bank = bank();
        let answers = finished(&bank);
        let mut v = visit(&bank);
        v.save(&bank, &answers, NOW);
        let mut working = v.begin_checkin(&bank, None, NOW + 30 * DAY);
        let mut iv = Interview::new(working.clone());
        let step = iv.current(&bank).expect("a revisited question");
        let q = step.question(&bank);
        assert_eq!(
            v.previous_answer(&bank, &q.id).as_ref(),
            answers.child.get(&q.id),
            "last time's answer is offered"
        );
        // Every revisited question answered as before, but one need better.
        while let Some(step) = iv.current(&bank) {
            let q = step.question(&bank);
            let a = match v.previous_answer(&bank, &q.id) {
                Some(Answer::Level(_)) => Answer::Level(1),
                Some(a) => a,
                None => answers.child.get(&q.id).cloned().unwrap_or(Answer::Skipped),
            };
            iv.answer(&bank, a).unwrap();
        }
        working = iv.answers.clone();
        let summary = v.summary(&bank, &working, NOW + 30 * DAY, &TimeZone::UTC);
        let history = summary.history.expect("a history");
        assert_eq!(history.checkins.len(), 1);
        v.save(&bank, &working, NOW + 30 * DAY);
        assert!(!v.checking_in(), "finished once every question is answered");
        assert_eq!(v.session().checkins.len(), 1, "the first visit is kept");
    }

    #[test]
    fn labels_notes_and_replies_ask_for_a_save() {
        let bank = bank();
        let mut v = visit(&bank);
        let e = v
            .set_label(&bank, Some("Dana".into()), NOW)
            .expect("a save");
        assert_eq!(saved_copy(&e).label.as_deref(), Some("Dana"));
        assert_eq!(
            v.set_label(&bank, Some("Dana".into()), NOW),
            None,
            "unchanged"
        );
        assert_eq!(v.note_checkin(&bank, "x".into(), NOW), None, "no check-in");
        let e = v.mark_asked(&bank, "ask_x", Some("yes".into()), NOW);
        assert_eq!(saved_copy(&e).asked["ask_x"].reply.as_deref(), Some("yes"));
        v.toggle_asked(&bank, "ask_x", NOW);
        assert!(!v.session().asked.contains_key("ask_x"));
        v.toggle_asked(&bank, "ask_x", NOW);
        assert!(v.session().asked.contains_key("ask_x"));
    }
}
