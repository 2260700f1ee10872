//! Coming back to a finished session: check in or not, note what a
//! provider said to a question to ask, or stop a check-in.

use std::io::{BufRead, Write};

use super::{Dialog, End};
use crate::core::answers::Answer;
use crate::core::interview::{Interview, Step};
use crate::core::summary::Summary;
use crate::plain::reply::{self, Reply};

impl<R: BufRead, E: Write, O: Write> Dialog<'_, R, E, O> {
    /// A finished session was opened: check in, or just show the results.
    /// None goes on to the questions of the check-in.
    pub(super) fn offer_checkin(&mut self) -> Option<End> {
        let s = self.bank.words();
        let bank = self.bank;
        let line = s
            .PLAIN_FINISHED_SESSION
            .replace("{id}", &self.save.session().id);
        self.say("");
        self.say(&line);
        let names: Vec<(&str, &str)> = s.PLAIN_FINISHED_CHOICES.iter().map(|c| ("", *c)).collect();
        let how = s
            .PLAIN_HOW_SINGLE
            .replace("{max}", &names.len().to_string());
        let show = |d: &mut Self| {
            for (i, (_, text)) in names.iter().enumerate() {
                let line = s
                    .PLAIN_OPTION
                    .replace("{n}", &(i + 1).to_string())
                    .replace("{text}", text);
                d.say(&line);
            }
            d.say(&how);
        };
        show(self);
        loop {
            let Some(line) = self.read() else {
                self.say(s.PLAIN_FINISHED_EOF);
                return Some(End::EndOfInput(None));
            };
            match reply::command_in(self.bank.words(), &line) {
                Some(Reply::Quit) => return Some(self.quit()),
                Some(Reply::Help) => {
                    self.say(s.PLAIN_FINISHED_HELP);
                    show(self);
                }
                Some(Reply::Roles(t)) => self.roles(t.as_deref()),
                Some(Reply::Print) => self.print(),
                Some(Reply::Open) => self.open(),
                Some(_) => {
                    let word = line.trim().to_lowercase();
                    self.say(&s.PLAIN_NOT_HERE.replace("{word}", &word));
                }
                None => match reply::choose_in(self.bank.words(), &names, 1, &line, &how) {
                    Ok(0) => {
                        self.say(s.CHECKIN_NOTE_PROMPT);
                        self.say(s.PLAIN_NOTE_HOW);
                        let Some(note) = self.read() else {
                            self.say(s.PLAIN_FINISHED_EOF);
                            return Some(End::EndOfInput(None));
                        };
                        let note = Some(note.trim().to_string()).filter(|n| !n.is_empty());
                        let now = crate::clock::now_secs();
                        let working = self.save.visit.begin_checkin(bank, note, now);
                        self.interview = Interview::new(working);
                        self.changed = true;
                        self.store();
                        return None;
                    }
                    Ok(1) => return Some(self.finish()),
                    Ok(n) if n + 1 == s.PLAIN_FINISHED_PRINT => {
                        self.print();
                        show(self);
                    }
                    Ok(_) => {
                        if !self.note_asked() {
                            self.say(s.PLAIN_FINISHED_EOF);
                            return Some(End::EndOfInput(None));
                        }
                        show(self);
                    }
                    Err(reason) => self.say(&reason.to_string()),
                },
            }
        }
    }

    /// Marks a question to ask as asked, with what the provider said, and
    /// saves. False when the input ended.
    fn note_asked(&mut self) -> bool {
        let s = self.bank.words();
        let summary = Summary::of(self.bank, &self.interview);
        let asks = &summary.questions_to_ask;
        if asks.is_empty() {
            self.say(s.PLAIN_ASKS_NONE);
            return true;
        }
        self.say("");
        for (i, a) in asks.iter().enumerate() {
            let asked = self.save.session().asked.contains_key(&a.id);
            let text = format!("{}{}", a.text, if asked { s.PLAIN_ASKED_MARK } else { "" });
            let line = s
                .PLAIN_OPTION
                .replace("{n}", &(i + 1).to_string())
                .replace("{text}", &text);
            self.say(&line);
        }
        let names: Vec<(&str, &str)> = asks
            .iter()
            .map(|a| (a.id.as_str(), a.text.as_str()))
            .collect();
        let how = s
            .PLAIN_HOW_SINGLE
            .replace("{max}", &names.len().to_string());
        let chosen = loop {
            self.say(s.PLAIN_ASKS_WHICH);
            let Some(line) = self.read() else {
                return false;
            };
            if line.trim().is_empty() {
                return true;
            }
            match reply::choose_in(self.bank.words(), &names, 1, &line, &how) {
                Ok(i) => break i,
                Err(reason) => self.say(&reason.to_string()),
            }
        };
        self.say(&asks[chosen].text);
        self.say(s.PLAIN_REPLY_PROMPT);
        let Some(line) = self.read() else {
            return false;
        };
        let said = line.trim().to_string();
        let noted = !said.is_empty();
        let now = crate::clock::now_secs();
        let e = self
            .save
            .visit
            .mark_asked(self.bank, &asks[chosen].id, noted.then_some(said), now);
        self.report(Some(e));
        self.say(if noted {
            s.PLAIN_REPLY_KEPT
        } else {
            s.PLAIN_REPLY_MARKED
        });
        true
    }

    /// During a check-in, the answer `step` had before it, when not
    /// answered again yet (what an empty line keeps).
    pub(super) fn last_time(&self, step: Step) -> Option<Answer> {
        if step.provider.is_some() || self.interview.answer_for(self.bank, step).is_some() {
            return None;
        }
        let q = step.question(self.bank);
        self.save
            .visit
            .previous_answer(self.bank, &q.id)
            .filter(|a| crate::core::answers::fits(q, a))
    }

    /// Asks whether to stop the check-in in progress, and stops it on yes:
    /// the session is then as it was before the check-in. Some when the
    /// dialog ends here (the input ended).
    pub(super) fn stop_checkin(&mut self) -> Option<End> {
        let s = self.bank.words();
        self.say(s.PLAIN_STOP_CHECKIN);
        let Some(line) = self.read() else {
            return Some(End::EndOfInput(None));
        };
        // "y" or "yes"; in Spanish also "s", "sí" or "si".
        let yes = line.trim().to_lowercase();
        let spanish = s.lang != crate::core::lang::Lang::En;
        if !(matches!(yes.as_str(), "yes" | "y")
            || spanish && matches!(yes.as_str(), "s" | "sí" | "si"))
        {
            self.say(s.PLAIN_CHECKIN_GOES_ON);
            return None;
        }
        let e = self
            .save
            .visit
            .cancel_checkin(self.bank, crate::clock::now_secs());
        self.interview = Interview::new(self.save.session().answers.clone());
        self.changed = true;
        self.report(e);
        self.say(s.CHECKIN_STOPPED);
        None
    }
}
