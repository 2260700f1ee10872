//! The wizard's side of a visit: opening a session, saving it, check-ins,
//! notes, replies and the session's name, all through the core's visit.

use super::{App, Form, Notice, Noting, Popup, Screen, Start, Task, new_field};
use crate::core::answers::Answer;
use crate::core::interview::{Interview, Step};
use crate::core::session::Session;
use crate::core::summary::Summary;
use crate::core::text::clean;
use crate::store::autosave::{Autosave, SaveState};

impl App<'_> {
    /// Opens a session: the interview over its answers, saved as it changes.
    /// A session open in another window is not opened, and the screen says
    /// so (issue 15, finding 3). Returns whether it opened.
    pub(crate) fn open(&mut self, mut session: Session) -> bool {
        let s = self.bank.words();
        // An answer the current questions no longer offer is set aside (and
        // shown with the summary) before the question is asked again, so
        // the new answer never replaces it unseen.
        let set_aside = session.set_aside_unfitting(self.bank);
        let fresh = !self.store.path(&session.id).exists();
        let has_answers = session.answers != Default::default();
        let copy = (!fresh).then(|| session.clone());
        let autosave = match Autosave::new(self.store.clone(), session) {
            Ok(a) => a,
            Err(e) => {
                if let Some(s) = copy {
                    self.view_read_only(&s);
                }
                self.notice = Some(Notice::Error(e.to_string()));
                return false;
            }
        };
        self.interview = Interview::new(autosave.visit.working_answers(self.bank));
        self.autosave = Some(autosave);
        // Answers given with --answers are saved at once, so they are not lost.
        if fresh && has_answers {
            self.save();
        }
        self.crisis_seen = None;
        self.changed();
        if set_aside > 0 {
            self.notice = Some(Notice::Info(
                s.SET_ASIDE_NOTICE.replace("{n}", &set_aside.to_string()),
            ));
        }
        true
    }

    /// Shows session `s`, open in another window, without changing it:
    /// its printed summary in a popup that scrolls and closes like the
    /// glossary's.
    pub(crate) fn view_read_only(&mut self, s: &Session) {
        let w = self.bank.words();
        self.show_read_only(s, &w.OPEN_ELSEWHERE.replace("{id}", &s.id));
    }

    /// Shows session `s` without opening it, after the sentence `said`.
    pub(crate) fn show_read_only(&mut self, s: &Session, said: &str) {
        let w = self.bank.words();
        let summary = Summary::of_session(self.bank, s, self.now, &self.zone);
        let today = crate::core::time::date_in(self.now, &self.zone);
        let report = crate::core::report::text(self.bank, &summary, &today);
        let mut said = said.chars();
        let first = said.next().map(|c| c.to_uppercase().to_string());
        let said = format!("{}{}.", first.unwrap_or_default(), said.as_str());
        self.popup = Some(Popup::Glossary {
            title: w.READ_ONLY_TITLE.replace("{id}", &s.id),
            text: clean(&format!("{said}\n\n{report}"), true),
            scroll: 0,
        });
    }

    pub(crate) fn save(&mut self) {
        self.save_due = false;
        if let Some(a) = self.autosave.as_mut() {
            a.save(self.bank, &self.interview.answers);
        }
        crate::store::autosave::save_is_made();
    }

    /// Saves the answer given by the last message. The wizard calls this
    /// right after drawing the frame that answer led to, so the next
    /// question is on screen without waiting for the disk; a failed save is
    /// then drawn at once. Returns whether a save was made.
    pub fn save_pending(&mut self) -> bool {
        if self.save_due {
            self.save();
            true
        } else {
            false
        }
    }

    /// Whether an answer was given and its save has not been made yet.
    pub fn save_is_due(&self) -> bool {
        self.save_due
    }

    /// Whether something is not on disk that should be.
    pub(crate) fn unsaved(&self) -> bool {
        self.save_due
            || self.autosave.as_ref().is_some_and(|a| match a.state() {
                SaveState::Saved(_) => false,
                SaveState::Failed(_) => true,
                SaveState::Unsaved => self.interview.answers != Default::default(),
            })
    }

    /// The results of the answers so far, with the session's history.
    pub(crate) fn summary(&self) -> Summary {
        let summary = Summary::of(self.bank, &self.interview);
        match &self.autosave {
            // As the session will be once these answers are saved (a
            // check-in just finished is in its history).
            Some(a) => a
                .visit
                .summary(self.bank, &self.interview.answers, self.now, &self.zone),
            None => summary,
        }
    }

    /// After the interview changed: the results, the screen and the form follow.
    pub(crate) fn changed(&mut self) {
        let crisis = self.interview.crisis_level(self.bank);
        if crisis > self.crisis_seen {
            self.crisis_open = true;
            self.crisis_scroll = 0;
        }
        self.crisis_seen = crisis;
        match self.interview.current(self.bank) {
            Some(step) => {
                self.screen = Screen::Question;
                if self.form.step != Some(step) {
                    self.load_form(step);
                }
            }
            None => {
                // Scored only when the results are shown: a key press on a
                // question does not pay for it.
                self.summary = self.summary();
                if self.screen != Screen::Results {
                    self.results.scroll = 0;
                }
                self.screen = Screen::Results;
                self.form.step = None;
                self.editing = false;
                let n = self.answered().len();
                self.results.answer = self.results.answer.min(n.saturating_sub(1));
                let asks = self.summary.questions_to_ask.len();
                self.results.ask = self.results.ask.min(asks.saturating_sub(1));
            }
        }
    }

    /// During a check-in, the answer `step` had before it (child questions only).
    pub(crate) fn last_time_answer(&self, step: Step) -> Option<Answer> {
        if step.provider.is_some() {
            return None;
        }
        let q = step.question(self.bank);
        self.autosave
            .as_ref()?
            .visit
            .previous_answer(self.bank, &q.id)
            .filter(|a| crate::core::answers::fits(q, a))
    }

    /// "Last time: Needs action now" for the question on screen during a
    /// check-in, or None.
    pub fn last_time(&self) -> Option<String> {
        let s = self.bank.words();
        let step = self.form.step?;
        let a = self.last_time_answer(step)?;
        let q = step.question(self.bank);
        Some(s.LAST_TIME.replace(
            "{answer}",
            &crate::core::history::answer_text(self.bank, Some(q), &a),
        ))
    }

    /// Stops the check-in in progress: its answers are dropped, and the
    /// session, its answers and its results stay as they were before it.
    pub(crate) fn stop_checkin(&mut self) {
        let s = self.bank.words();
        let Some(a) = self.autosave.as_mut() else {
            return;
        };
        let Some(e) = a.visit.cancel_checkin(self.bank, self.now) else {
            return;
        };
        self.save_due = false;
        a.run(Some(e));
        self.interview = Interview::new(a.session().answers.clone());
        self.crisis_seen = self.interview.crisis_level(self.bank);
        self.changed();
        self.notice = Some(Notice::Info(s.CHECKIN_STOPPED.to_string()));
    }

    /// Whether a check-in is in progress.
    pub fn checking_in(&self) -> bool {
        self.autosave
            .as_ref()
            .is_some_and(|a| a.visit.checking_in())
    }

    pub(crate) fn start(&mut self, choice: Start) {
        let now = self.now;
        match choice {
            Start::StartNew => {
                self.open(Session::new(self.bank, now));
            }
            // Kept on the welcome screen in case another window has it open.
            Start::Resume => {
                if let Some(s) = self.welcome.unfinished.clone() {
                    self.open(s);
                }
            }
            Start::ViewResults => {
                if let Some(s) = self.welcome.finished.clone() {
                    if s.checkin.is_some() {
                        // The check-in stays as it is, for later: the
                        // results are shown as they were before it.
                        self.show_read_only(&s, self.bank.words().RESULTS_BEFORE_CHECKIN);
                    } else {
                        self.open(s);
                    }
                }
            }
            Start::CheckIn => {
                if let Some(mut s) = self.welcome.finished.clone() {
                    if self.store.is_open_elsewhere(&s.id) {
                        // Shown as it is, not as a check-in would begin it.
                        self.view_read_only(&s);
                        self.notice = Some(Notice::Error(
                            self.bank.words().OPEN_ELSEWHERE.replace("{id}", &s.id),
                        ));
                        return;
                    }
                    let going_on = s.checkin.is_some();
                    s.begin_checkin(now, None);
                    if !self.open(s) {
                        return;
                    }
                    if let Some(a) = self.autosave.as_mut() {
                        a.flush(self.bank);
                    }
                    // The crisis lines come first; the note is then not
                    // asked for, nor when going on with a check-in.
                    if !self.crisis_open && !going_on {
                        self.note = new_field(&self.theme, "");
                        self.popup = Some(Popup::Note(Noting::CheckIn));
                    }
                }
            }
        }
    }

    /// Shows the wizard in the other language (`l`): the screen on show
    /// stays, with the answers, the place in the interview, what is ticked
    /// or typed and the highlighted row. An open session is saved, so it
    /// remembers the language. Questions in one language only say so.
    pub(crate) fn switch_lang(&mut self) {
        let Some(bank) = crate::tui::lang::other_bank(self.bank, self.questions_dir.as_deref())
        else {
            self.notice = Some(Notice::Info(self.bank.words().LANG_ONLY_ONE.to_string()));
            return;
        };
        self.bank = bank;
        match self.screen {
            Screen::Welcome => {}
            Screen::Results => self.changed(),
            Screen::Question => {
                // The rows follow the new bank (titles are named in its
                // language); what the parent did on the form is kept.
                let old = std::mem::replace(&mut self.form, Form::empty(&self.theme));
                if let Some(step) = old.step {
                    self.load_form(step);
                    self.form.field = old.field;
                    self.form.ticked = old.ticked;
                    self.form.none_meant = old.none_meant;
                    if let Some(q) = self.question() {
                        self.form.rows = self.rows_for(q);
                    }
                    let last = self.form.rows.len().saturating_sub(1);
                    self.form.highlight = old.highlight.min(last);
                    self.set_focus(old.focus);
                }
            }
        }
        // A session with a file is saved now; a new one is saved in this
        // language with its first answer.
        if self.session_file().is_some() {
            self.save();
        }
        self.notice = Some(Notice::Info(self.bank.words().LANG_NOW.to_string()));
    }

    /// Opens the box for what the provider said to the highlighted question
    /// to ask, with the answer noted before, if any.
    pub(crate) fn open_reply(&mut self) {
        let Some(item) = self.summary.questions_to_ask.get(self.results.ask) else {
            return;
        };
        let Some(a) = self.autosave.as_ref() else {
            return;
        };
        let noted = a
            .session()
            .asked
            .get(&item.id)
            .and_then(|asked| asked.reply.as_deref())
            .unwrap_or_default();
        self.note = new_field(&self.theme, noted);
        self.popup = Some(Popup::Note(Noting::Reply(self.results.ask)));
    }

    /// Opens the box for the session's name, with the name it has, if any.
    pub(crate) fn ask_label(&mut self) {
        let Some(a) = self.autosave.as_ref() else {
            return;
        };
        let label = a.session().label.as_deref().map(|l| clean(l, false));
        self.note = new_field(&self.theme, label.as_deref().unwrap_or_default());
        self.label_asked = true;
        self.popup = Some(Popup::Note(Noting::Label));
    }

    /// Names the session (an empty box removes the name) and saves.
    pub(crate) fn save_label(&mut self, label: Option<String>) {
        let s = self.bank.words();
        let Some(a) = self.autosave.as_mut() else {
            return;
        };
        let Some(e) = a.visit.set_label(self.bank, label.clone(), self.now) else {
            return;
        };
        self.tasks.push(Task::Visit(e));
        if let Some(l) = label {
            // Quoted for the shell when it has spaces: fitcheck resume "Dana B".
            let shell = if l.contains(char::is_whitespace) {
                format!("\"{l}\"")
            } else {
                l.clone()
            };
            self.notice = Some(Notice::Info(
                s.LABEL_SAVED
                    .replace("{label}", &l)
                    .replace("{shell}", &shell),
            ));
        }
    }

    /// Keeps the note typed, if any, and closes its box.
    pub(crate) fn save_note(&mut self, noting: Noting) {
        self.popup = None;
        let text = clean(&self.note.lines().join(" "), false);
        let text = Some(text.trim().to_string()).filter(|t| !t.is_empty());
        match noting {
            Noting::Reply(ask) => self.save_reply(ask, text),
            Noting::Label => self.save_label(text),
            Noting::CheckIn => {
                let Some(a) = self.autosave.as_mut() else {
                    return;
                };
                if let Some(text) = text
                    && let Some(e) = a.visit.note_checkin(self.bank, text, self.now)
                {
                    self.tasks.push(Task::Visit(e));
                }
            }
        }
    }

    /// Marks question to ask `ask` as asked with what the provider said
    /// (nothing, when the box was empty), and saves.
    pub(crate) fn save_reply(&mut self, ask: usize, reply: Option<String>) {
        let Some(item) = self.summary.questions_to_ask.get(ask) else {
            return;
        };
        let id = item.id.clone();
        let Some(a) = self.autosave.as_mut() else {
            return;
        };
        let e = a.visit.mark_asked(self.bank, &id, reply, self.now);
        self.tasks.push(Task::Visit(e));
        self.summary = self.summary();
    }

    /// Marks the highlighted question to ask as asked, or unmarks it.
    pub(crate) fn toggle_asked(&mut self) {
        let Some(item) = self.summary.questions_to_ask.get(self.results.ask) else {
            return;
        };
        let id = item.id.clone();
        let Some(a) = self.autosave.as_mut() else {
            return;
        };
        let e = a.visit.toggle_asked(self.bank, &id, self.now);
        self.tasks.push(Task::Visit(e));
        // The history lists the questions asked.
        self.summary = self.summary();
    }
}
