//! The dialog: plain mode's conversation with the parent. It asks the
//! question the interview is on, reads a line, acts on it and saves after
//! every answer, until the interview is done, the parent quits or the input
//! ends. Prompts go to one writer (stderr), the final summary to another
//! (stdout), so `fitcheck --plain > summary.txt` keeps just the summary.

mod checkin;
mod print;
mod save;

use std::io::{BufRead, ErrorKind, Read, Write};

use crate::core::answers::Answer;
use crate::core::bank::{Bank, Kind};
use crate::core::interview::{Interview, Step};
use crate::core::text::{Shown, clean};
use crate::outcome::Outcome;
use crate::plain::prompt;
use crate::plain::reply::{self, Reply};
use crate::store::autosave::Autosave;

/// Facts about where the lines come from and go to.
#[derive(Debug, Clone, Copy, Default)]
pub struct Console {
    /// Repeat each line read after the prompt: on when the input is not a
    /// terminal (which would have shown it), so the transcript reads whole.
    pub echo: bool,
    /// Whether the prompts go to a terminal: long lines are then wrapped at
    /// spaces to its width, not cut mid-word at its edge. Elsewhere (a log,
    /// a script) each prompt stays one line.
    pub err_is_terminal: bool,
    /// Whether the summary goes to a terminal. When it does not, the crisis
    /// lines are also written with the prompts, where the parent sees them.
    pub out_is_terminal: bool,
}

/// How a dialog ends, and the outcome for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum End {
    /// Every question is answered and the summary was printed (status 0),
    /// or the last save or the printing of the summary failed (status 1).
    Finished { saved: bool },
    /// The parent typed quit (status 1).
    Quit,
    /// The input ended before the interview did, on this question (status 1).
    EndOfInput(Option<Step>),
}

impl End {
    pub fn outcome(&self) -> Outcome {
        match self {
            End::Finished { saved: true } => Outcome::Done,
            _ => Outcome::Error,
        }
    }
}

pub struct Dialog<'a, R, E, O> {
    bank: &'a Bank,
    save: Autosave,
    interview: Interview,
    input: R,
    err: E,
    out: O,
    console: Console,
    /// Whether the session file existed before this dialog (a resumed session).
    resumed: bool,
    /// How many saved answers no longer fit the questions and were set aside.
    set_aside: usize,
    /// Whether anything changed since the session was opened.
    changed: bool,
    /// Whether the crisis lines were shown for the answers as they are.
    crisis_shown: bool,
    /// The section (and provider) whose heading was shown last.
    shown_heading: Option<(String, Option<usize>)>,
    /// The page `print` saved last, for `open`.
    printed: Option<std::path::PathBuf>,
}

/// The longest line read at once, far longer than any answer fitcheck keeps.
const MAX_LINE: usize = 64 * 1024;

impl<'a, R: BufRead, E: Write, O: Write> Dialog<'a, R, E, O> {
    pub fn new(
        bank: &'a Bank,
        mut save: Autosave,
        input: R,
        err: E,
        out: O,
        console: Console,
    ) -> Self {
        // An answer the current questions no longer offer is set aside (and
        // shown with the summary) before the question is asked again.
        let set_aside = save.visit.set_aside_unfitting(bank);
        let resumed = save.path().exists();
        let interview = Interview::new(save.visit.working_answers(bank));
        Dialog {
            bank,
            save,
            interview,
            input,
            err,
            out,
            console,
            resumed,
            set_aside,
            changed: false,
            crisis_shown: false,
            shown_heading: None,
            printed: None,
        }
    }

    /// Writes lines for the parent, fitted to the terminal.
    fn say(&mut self, text: &str) {
        // Asked each time: the window may have been resized.
        let width = self
            .console
            .err_is_terminal
            .then(crate::plain::terminal_width)
            .flatten();
        match width {
            Some(w) => self.say_raw(&Shown::new(&prompt::fit(text, w))),
            None => self.say_raw(&Shown::new(text)),
        }
    }

    /// Writes lines as they are. A closed stderr is not worth stopping for.
    fn say_raw(&mut self, text: &Shown) {
        let text = text.as_str();
        let _ = self.err.write_all(text.as_bytes());
        if !text.ends_with('\n') {
            let _ = self.err.write_all(b"\n");
        }
        let _ = self.err.flush();
    }

    /// Shows the input marker and reads one line, cleaned of control
    /// characters. None at the end of the input.
    fn read(&mut self) -> Option<String> {
        let s = self.bank.words();
        let _ = self.err.write_all(s.PLAIN_INPUT.as_bytes());
        let _ = self.err.flush();
        let mut buf = Vec::new();
        loop {
            // Bounded, so endless input without a newline cannot fill memory;
            // the rest of a longer line is read as the next (issue 15, finding 6).
            let room = MAX_LINE.saturating_sub(buf.len()) as u64;
            match (&mut self.input).take(room).read_until(b'\n', &mut buf) {
                Ok(0) if buf.is_empty() => {
                    // Ctrl-D on a terminal leaves the cursor after the marker.
                    let _ = self.err.write_all(b"\n");
                    return None;
                }
                Ok(_) => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(_) => return None,
            }
        }
        let text = String::from_utf8_lossy(&buf);
        let line = clean(text.trim_end_matches(['\n', '\r']), false);
        if self.console.echo {
            let _ = writeln!(self.err, "{line}");
        }
        Some(line)
    }

    /// Runs the dialog to its end.
    pub fn run(&mut self) -> End {
        let s = self.bank.words();
        let bank = self.bank;
        self.say(s.PLAIN_WELCOME);
        self.say(s.PLAIN_COMMANDS);
        self.say(&bank.meta.not_advice);
        if bank.meta.review_overdue(&crate::clock::today()) {
            self.say(
                &s.REVIEW_OVERDUE
                    .replace("{review_by}", &bank.meta.review_by),
            );
        }
        self.say(&bank.meta.crisis.footer_plain);
        let progress = self.interview.progress(bank);
        let counts = |t: &str| {
            t.replace("{answered}", &progress.answered.to_string())
                .replace("{applicable}", &progress.applicable.to_string())
        };
        if self.set_aside > 0 {
            let line = s
                .SET_ASIDE_NOTICE
                .replace("{n}", &self.set_aside.to_string());
            self.say(&line);
        }
        if self.resumed {
            if self.interview.is_finished(bank) {
                if let Some(end) = self.offer_checkin() {
                    return end;
                }
            } else {
                let line = counts(s.PLAIN_RESUMING).replace("{id}", &self.save.session().id);
                self.say(&line);
            }
        } else if progress.answered > 0 {
            // Answers from --answers: keep them on disk from the start.
            let line = counts(s.PLAIN_PRESEEDED);
            self.say(&line);
            self.store();
        }
        self.check_crisis();
        self.ask_all()
    }

    /// Asks until every question that applies is answered.
    fn ask_all(&mut self) -> End {
        let bank = self.bank;
        while let Some(step) = self.interview.current(bank) {
            self.show(step);
            if let Some(end) = self.ask(step) {
                return end;
            }
        }
        self.finish()
    }

    /// Shows the section heading when the section changes, then the question.
    fn show(&mut self, step: Step) {
        let s = self.bank.words();
        let bank = self.bank;
        let here = (step.question(bank).section.clone(), step.provider);
        self.say("");
        if self.shown_heading.as_ref() != Some(&here) {
            self.say(&prompt::heading(bank, step));
            self.shown_heading = Some(here);
        }
        let text = prompt::question(bank, &self.interview, step);
        self.say(&text);
        if let Some(last) = self.last_time(step) {
            let line = s.PLAIN_LAST_TIME.replace(
                "{answer}",
                &crate::core::history::answer_text(bank, Some(step.question(bank)), &last),
            );
            self.say(&line);
        }
    }

    /// Reads lines until one moves the interview (an answer, skip or back).
    /// Some when the dialog ends here.
    fn ask(&mut self, step: Step) -> Option<End> {
        let s = self.bank.words();
        let bank = self.bank;
        let q = step.question(bank);
        loop {
            let Some(line) = self.read() else {
                return Some(self.end_of_input(step));
            };
            let reply = match reply::parse(bank, q, &line) {
                Ok(r) => r,
                Err(reason) => {
                    self.say(&reason.to_string());
                    continue;
                }
            };
            let result = match reply {
                Reply::Quit => return Some(self.quit()),
                Reply::Help => {
                    self.say(&prompt::help(bank, q));
                    self.show(step);
                    continue;
                }
                Reply::Roles(t) => {
                    self.roles(t.as_deref());
                    self.show(step);
                    continue;
                }
                Reply::Print => {
                    self.print();
                    self.show(step);
                    continue;
                }
                Reply::Open => {
                    self.open();
                    continue;
                }
                Reply::Stop if self.save.visit.checking_in() => {
                    if let Some(end) = self.stop_checkin() {
                        return Some(end);
                    }
                    // Stopped: the questions are all answered again, as before.
                    return None;
                }
                Reply::Stop => {
                    self.say(&s.PLAIN_NOT_HERE.replace("{word}", "stop"));
                    continue;
                }
                Reply::Back => {
                    if self.interview.back(bank) {
                        return None;
                    }
                    self.say(s.PLAIN_FIRST);
                    continue;
                }
                Reply::Skip => self.interview.skip(bank),
                Reply::Keep => match self
                    .interview
                    .answer_for(bank, step)
                    .map(std::borrow::Cow::into_owned)
                    .or_else(|| self.last_time(step))
                {
                    Some(earlier) => self.interview.answer(bank, earlier),
                    // An empty line on a question that can be skipped skips it.
                    None if q.skippable => self.interview.skip(bank),
                    None => {
                        self.say(&s.PLAIN_EMPTY.replace("{how}", &reply::how_in(s, q)));
                        continue;
                    }
                },
                Reply::Answer(a) => self.interview.answer(bank, a),
            };
            match result {
                Ok(()) => {
                    self.answered(step);
                    return None;
                }
                Err(e) => self.say(&e.to_string()),
            }
        }
    }

    /// After an answer: save, say what a title matched, show the crisis lines if they now apply.
    fn answered(&mut self, step: Step) {
        let bank = self.bank;
        self.changed = true;
        self.store();
        let q = step.question(bank);
        if q.kind == Kind::Title
            && let Some(Answer::One(t)) = self.interview.answer_for(bank, step).as_deref()
        {
            let note = prompt::title_match(bank, t);
            self.say(&note);
        }
        self.check_crisis();
    }

    /// Shows the crisis lines as soon as an answer that counts reports danger.
    fn check_crisis(&mut self) {
        let s = self.bank.words();
        let now = self.interview.crisis(self.bank);
        if now && !self.crisis_shown {
            self.say("");
            let active = self.interview.active(self.bank);
            self.say(&prompt::crisis(self.bank, &active));
            self.say(s.PLAIN_CRISIS_AFTER);
        }
        self.crisis_shown = now;
    }

    /// `roles` and `roles TITLE`: the glossary, with the prompts.
    fn roles(&mut self, title: Option<&str>) {
        let text = match crate::core::glossary::run(self.bank, title) {
            Ok(t) => t,
            Err(e) => e.to_string(),
        };
        self.say(&clean(&text, true));
    }
}
