//! The dialog: plain mode's conversation with the parent. It asks the
//! question the interview is on, reads a line, acts on it and saves after
//! every answer, until the interview is done, the parent quits or the input
//! ends. Prompts go to one writer (stderr), the final summary to another
//! (stdout), so `fitcheck --plain > summary.txt` keeps just the summary.

use std::io::{BufRead, ErrorKind, Read, Write};

use crate::core::answers::{Answer, Answers};
use crate::core::bank::{Bank, Kind};
use crate::core::interview::{Interview, Step};
use crate::core::summary::Summary;
use crate::core::text::{Shown, clean};
use crate::core::visit::Effect;
use crate::outcome::Outcome;
use crate::plain::prompt;
use crate::plain::reply::{self, Reply};
use crate::store::autosave::{Autosave, SaveState};

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

    /// A finished session was opened: check in, or just show the results.
    /// None goes on to the questions of the check-in.
    fn offer_checkin(&mut self) -> Option<End> {
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
                    Err(reason) => self.say(&reason),
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
                Err(reason) => self.say(&reason),
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

    /// During a check-in, the answer `step` had before it, when not
    /// answered again yet (what an empty line keeps).
    fn last_time(&self, step: Step) -> Option<Answer> {
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
    fn stop_checkin(&mut self) -> Option<End> {
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
                    self.say(&reason);
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
            Ok(t) | Err(t) => t,
        };
        self.say(&clean(&text, true));
    }

    /// The summary of the answers as they are now, with the session's history.
    fn summary(&self) -> Summary {
        self.save.visit.summary(
            self.bank,
            &self.interview.answers,
            crate::clock::now_secs(),
            crate::clock::zone(),
        )
    }

    /// `print`: the page to print (and its text version) in the Documents
    /// folder, under a new name; says where.
    fn print(&mut self) {
        let s = self.bank.words();
        let label = self.save.session().label.clone();
        let dir = crate::store::printout::folder();
        match crate::store::printout::print(
            self.bank,
            &self.summary(),
            label.as_deref(),
            dir.as_deref(),
        ) {
            Ok(p) => {
                let line = s
                    .PLAIN_PRINTED
                    .replace("{path}", &p.html.display().to_string())
                    .replace("{text}", &p.text.display().to_string());
                self.say(&line);
                self.printed = Some(p.html);
            }
            Err(e) => self.say(
                &s.PRINT_FAILED
                    .replace("{error}", &crate::core::reason::io_in(s, &e)),
            ),
        }
    }

    /// `open`: the page just printed, with the system's opener.
    fn open(&mut self) {
        let s = self.bank.words();
        let Some(path) = self.printed.clone() else {
            self.say(s.PLAIN_OPEN_NOTHING);
            return;
        };
        let shown = path.display().to_string();
        let line = match crate::store::printout::open(s, &path) {
            crate::store::printout::Opened::Started(program) => s
                .OPENING
                .replace("{path}", &shown)
                .replace("{program}", &program),
            crate::store::printout::Opened::NoOpener => s.NO_OPENER.replace("{path}", &shown),
            crate::store::printout::Opened::Failed(e) => s
                .OPEN_FAILED
                .replace("{path}", &shown)
                .replace("{error}", &e),
        };
        self.say(&line);
    }

    /// Saves the answers. A failed save is said once (the answers stay in
    /// memory and every later answer tries again), and so is its recovery.
    fn store(&mut self) {
        let e = self
            .save
            .visit
            .save(self.bank, &self.interview.answers, crate::clock::now_secs());
        self.report(Some(e));
    }

    /// Has the save the visit asked for made, and says how it went when
    /// that changed.
    fn report(&mut self, effect: Option<Effect>) {
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

    fn quit(&mut self) -> End {
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

    fn end_of_input(&mut self, step: Step) -> End {
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
    fn finish(&mut self) -> End {
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
