//! Saving, and the ways a dialog ends: each says where the session is, and
//! nothing typed is lost when it cannot be saved.

use std::io::{BufRead, ErrorKind, Write};

use super::{Dialog, End};
use crate::core::answers::Answers;
use crate::core::interview::Step;
use crate::core::text::Shown;
use crate::core::visit::Effect;
use crate::plain::prompt;
use crate::store::autosave::SaveState;

impl<R: BufRead, E: Write, O: Write> Dialog<'_, R, E, O> {
    /// Saves the answers. A failed save is said once (the answers stay in
    /// memory and every later answer tries again), and so is its recovery.
    pub(super) fn store(&mut self) {
        let e = self
            .save
            .visit
            .save(self.bank, &self.interview.answers, crate::clock::now_secs());
        self.report(Some(e));
    }

    /// Has the save the visit asked for made, and says how it went when
    /// that changed.
    pub(super) fn report(&mut self, effect: Option<Effect>) {
        let s = self.bank.words();
        let was_failing = matches!(self.save.state(), SaveState::Failed(_));
        match self.save.run(effect).clone() {
            SaveState::Failed(message) => {
                if !was_failing {
                    self.say(&s.PLAIN_SAVE_FAILED.replace("{message}", &message));
                }
            }
            SaveState::Saved(_) => {
                if was_failing {
                    self.say(s.PLAIN_SAVED_AGAIN);
                }
            }
            SaveState::Unsaved => {}
        }
    }

    /// Whether there are answers that are not on disk: a change since the
    /// last good save, or a new session's answers from a file.
    fn unsaved(&self) -> bool {
        !self.save.is_saved()
            && (self.changed || (!self.resumed && self.interview.answers != Answers::default()))
    }

    /// At the end: saves what is left to save and says where the session
    /// is. When it still cannot be saved, prints the answers in the
    /// `--answers` format so nothing typed is lost. False in that case.
    fn settle(&mut self, next: &str) -> bool {
        let s = self.bank.words();
        if self.unsaved() {
            self.store();
        }
        if self.unsaved() {
            self.say(s.PLAIN_NOT_SAVED);
            let json = serde_json::to_string_pretty(&self.interview.answers)
                .expect("answers always serialize");
            // Not wrapped: it must stay valid JSON.
            self.say_raw(&Shown::json(&json));
            return false;
        }
        if self.save.path().exists() {
            let path = self.save.path().display().to_string();
            self.say(&s.PLAIN_SAVED_AT.replace("{path}", &path));
            self.say(&next.replace("{id}", &self.save.session().id));
        } else {
            self.say(s.PLAIN_NOTHING_SAVED);
        }
        true
    }

    pub(super) fn quit(&mut self) -> End {
        let s = self.bank.words();
        self.say(s.PLAIN_QUIT);
        let next = if self.interview.is_finished(self.bank) {
            s.PLAIN_SUMMARY_WITH
        } else {
            s.PLAIN_RESUME_WITH
        };
        self.settle(next);
        End::Quit
    }

    pub(super) fn end_of_input(&mut self, step: Step) -> End {
        let s = self.bank.words();
        let q = step.question(self.bank);
        let line = s
            .PLAIN_EOF
            .replace("{id}", &q.id)
            .replace("{prompt}", &q.prompt);
        self.say(&line);
        self.settle(s.PLAIN_RESUME_WITH);
        End::EndOfInput(Some(step))
    }

    /// Prints the summary to the output, crisis lines first, and says where the session is.
    pub(super) fn finish(&mut self) -> End {
        let s = self.bank.words();
        let bank = self.bank;
        // The session holds the answers just given (saved or not), plus its history.
        let summary = self.save.visit.summary(
            bank,
            &self.interview.answers,
            crate::clock::now_secs(),
            crate::clock::zone(),
        );
        if summary.crisis && !self.console.out_is_terminal {
            self.say("");
            let active = self.interview.active(bank);
            self.say(&prompt::crisis(bank, &active));
        }
        let text = Shown::new(&crate::core::report::text(
            bank,
            &summary,
            &crate::clock::today(),
        ));
        let written = self
            .out
            .write_all(text.as_str().as_bytes())
            .and_then(|()| self.out.flush());
        let mut printed = true;
        if let Err(e) = written
            && e.kind() != ErrorKind::BrokenPipe
        {
            let why = crate::core::reason::io_in(s, &e);
            self.say(&s.PLAIN_CANNOT_PRINT.replace("{reason}", &why));
            printed = false;
        }
        let saved = self.settle(s.PLAIN_SUMMARY_WITH);
        if saved && self.save.path().exists() {
            let line = s.PLAIN_PRINT_LATER.replace("{id}", &self.save.session().id);
            self.say(&line);
            // Not asked here (a script's lines would shift): said how.
            if self.save.session().label.is_none() {
                let line = s.PLAIN_NAME_WITH.replace("{id}", &self.save.session().id);
                self.say(&line);
            }
        }
        // A summary that could not be printed is a failure (status 1).
        End::Finished {
            saved: saved && printed,
        }
    }
}
