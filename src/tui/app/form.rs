//! The question on screen and what the parent has done on it so far: its
//! rows, the ticks, the text box, and giving the answer.

use std::collections::BTreeSet;

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::{App, Notice, SUGGESTIONS, Screen};
use crate::core::answers::Answer;
use crate::core::bank::{Kind, Question};
use crate::core::interview::Step;
use crate::core::text::clean;
use crate::core::title::{self, Suggestion};
use crate::tui::theme::Theme;

impl App<'_> {
    /// Sets up the form for `step`, showing the answer given before, if any.
    pub(crate) fn load_form(&mut self, step: Step) {
        let bank = self.bank;
        let q = step.question(bank);
        // During a check-in, a question not answered again yet starts on
        // the answer given last time, so Enter keeps it.
        let before = self
            .interview
            .answer_for(bank, step)
            .map(std::borrow::Cow::into_owned)
            .or_else(|| self.last_time_answer(step));
        let mut form = Form::empty(&self.theme);
        form.step = Some(step);
        match q.kind {
            Kind::Text | Kind::Title => {
                let text = before.as_ref().and_then(Answer::as_str).unwrap_or("");
                form.field = new_field(&self.theme, &clean(text, false));
                form.focus = Focus::Field;
            }
            Kind::Multi => {
                if let Some(Answer::Many(ids)) = &before {
                    form.none_meant = ids.is_empty();
                    form.ticked = q
                        .options
                        .iter()
                        .enumerate()
                        .filter(|(_, o)| ids.contains(&o.id))
                        .map(|(i, _)| i)
                        .collect();
                }
            }
            Kind::Single | Kind::Level => {}
        }
        self.form = form;
        self.form.rows = self.rows_for(q);
        self.form.highlight = match (&before, q.kind) {
            (Some(Answer::Skipped), _) => self.form.rows.len().saturating_sub(1),
            (Some(Answer::Level(l)), _) => usize::from(*l),
            (Some(Answer::One(id)), Kind::Single) => q
                .options
                .iter()
                .position(|o| &o.id == id)
                .unwrap_or_default(),
            _ => 0,
        };
        self.set_focus(self.form.focus);
    }

    /// The rows under question `q`, given what is typed.
    pub(crate) fn rows_for(&self, q: &Question) -> Vec<Row> {
        let mut rows: Vec<Row> = match q.kind {
            Kind::Single | Kind::Multi => (0..q.options.len()).map(Row::Option).collect(),
            Kind::Level => (0..self.bank.meta.levels.len().min(4) as u8)
                .map(Row::Level)
                .collect(),
            Kind::Text => Vec::new(),
            Kind::Title => {
                let typed = self.form.text();
                let found: Vec<Suggestion> = if typed.trim().is_empty() {
                    // Nothing typed yet: every title, to browse.
                    self.bank
                        .roles
                        .iter()
                        .enumerate()
                        .map(|(i, r)| Suggestion {
                            name: r.short.clone(),
                            roles: vec![i],
                        })
                        .collect()
                } else {
                    title::suggest(self.bank, &typed, SUGGESTIONS)
                };
                let mut rows: Vec<Row> = Vec::new();
                let mut labels: Vec<String> = Vec::new();
                for sg in found {
                    if sg.roles.iter().all(|&r| self.bank.roles[r].unknown) {
                        continue;
                    }
                    // Two names of one role can read the same ("LCSW" and its title).
                    let label = crate::tui::labels::suggestion(self.bank, &sg);
                    if !labels.contains(&label) {
                        labels.push(label);
                        rows.push(Row::Title(sg));
                    }
                }
                rows.push(Row::Unknown);
                rows
            }
        };
        if q.skippable {
            rows.push(Row::Skip);
        }
        rows
    }

    pub(crate) fn set_focus(&mut self, focus: Focus) {
        self.form.focus = focus;
        let style = if focus == Focus::Field {
            self.theme.selected()
        } else {
            Style::new()
        };
        self.form.field.set_cursor_style(style);
    }

    pub(crate) fn is_field_question(&self) -> bool {
        self.question()
            .is_some_and(|q| matches!(q.kind, Kind::Text | Kind::Title))
    }

    /// Gives `answer` to the question on screen; a refusal is shown under it.
    pub(crate) fn give(&mut self, answer: Answer) {
        let s = self.bank.words();
        match self.interview.answer(self.bank, answer) {
            Ok(()) => {
                self.save_due = true;
                let editing = self.editing;
                self.changed();
                if editing && self.screen == Screen::Results {
                    self.notice = Some(Notice::Info(s.CHANGED.to_string()));
                }
                // The last answer of a first visit: ask for a name to come
                // back by, once, unless the session has one or the crisis
                // lines come first.
                let unnamed = self.autosave.as_ref().is_some_and(|a| {
                    a.session().label.is_none()
                        && a.session().checkins.is_empty()
                        && a.session().checkin.is_none()
                });
                if !editing
                    && !self.label_asked
                    && unnamed
                    && !self.crisis_open
                    && self.screen == Screen::Results
                {
                    self.ask_label();
                }
            }
            Err(e) => {
                self.form.error = Some(e.to_string());
                self.form.confirm = false;
            }
        }
    }

    /// Chooses row `i` of the list under the question.
    pub(crate) fn choose(&mut self, i: usize) {
        let s = self.bank.words();
        let Some(q) = self.question() else { return };
        let Some(row) = self.form.rows.get(i).cloned() else {
            return;
        };
        self.form.highlight = i;
        // What was typed is never dropped unasked (Esc, then Enter, lands here).
        let typed = clean(&self.form.text(), false).trim().to_string();
        if matches!(row, Row::Skip | Row::Unknown) && !typed.is_empty() && !self.form.confirm {
            self.form.error = Some(s.TYPED_NOT_KEPT.replace("{typed}", &typed));
            self.form.confirm = true;
            return;
        }
        match row {
            Row::Skip => self.give(Answer::Skipped),
            Row::Level(l) => self.give(Answer::Level(l)),
            Row::Title(sg) => self.give(Answer::One(sg.name)),
            Row::Unknown => self.give(Answer::One(self.bank.unknown_role().title.clone())),
            Row::Option(_) if q.kind == Kind::Multi => self.finish_multi(),
            Row::Option(o) => self.give(Answer::One(q.options[o].id.clone())),
        }
    }

    pub(crate) fn toggle(&mut self, i: usize) {
        if let Some(Row::Option(o)) = self.form.rows.get(i) {
            let o = *o;
            if !self.form.ticked.remove(&o) {
                self.form.ticked.insert(o);
            }
            self.form.highlight = i;
            self.form.error = None;
            self.form.confirm = false;
            self.form.none_meant = true;
        }
    }

    /// Enter on multiple choice: the ticked options. Nothing ticked on a
    /// list left as it came needs a second Enter (Enter alone does not
    /// tick); after unticking, or when nothing was ticked last time, one
    /// Enter is enough.
    pub(crate) fn finish_multi(&mut self) {
        let s = self.bank.words();
        let Some(q) = self.question() else { return };
        if self.form.ticked.is_empty() && !self.form.confirm && !self.form.none_meant {
            self.form.error = Some(s.MULTI_NONE.to_string());
            self.form.confirm = true;
            return;
        }
        let ids = self
            .form
            .ticked
            .iter()
            .map(|&i| q.options[i].id.clone())
            .collect();
        self.give(Answer::Many(ids));
    }

    /// Enter in the text box. Nothing typed on a question that can be
    /// skipped skips it.
    pub(crate) fn submit_field(&mut self) {
        let s = self.bank.words();
        let Some(q) = self.question() else { return };
        let text = clean(&self.form.text(), false).trim().to_string();
        if text.is_empty() && q.skippable {
            self.give(Answer::Skipped);
            return;
        }
        if q.kind == Kind::Title
            && !text.is_empty()
            && title::match_roles(self.bank, &text).is_empty()
            && !self.form.confirm
        {
            self.form.error = Some(s.TITLE_NO_MATCH.replace("{typed}", &text));
            self.form.confirm = true;
            return;
        }
        self.give(Answer::One(text));
    }

    /// After the text changed: the matching titles follow.
    pub(crate) fn edited(&mut self) {
        // Pasted or typed line breaks are joined: every answer is one line.
        if self.form.field.lines().len() > 1 {
            let text = self.form.text();
            self.form.field = new_field(&self.theme, &text);
        }
        self.form.error = None;
        self.form.confirm = false;
        if let Some(q) = self.question() {
            self.form.rows = self.rows_for(q);
            self.form.highlight = 0;
        }
    }
}

/// Where typing goes on a question with a text box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Field,
    List,
}

/// One row of the list under a question.
#[derive(Debug, Clone, PartialEq)]
pub enum Row {
    /// An option of the question (index into its options).
    Option(usize),
    /// A need level, 0-3.
    Level(u8),
    /// A title that matches what was typed.
    Title(Suggestion),
    /// "I don't know their title".
    Unknown,
    /// "Skip this question".
    Skip,
}

/// The question on screen and what the parent has done on it so far.
#[derive(Debug, Clone)]
pub struct Form {
    pub step: Option<Step>,
    pub rows: Vec<Row>,
    pub highlight: usize,
    /// Ticked options (indexes), for multiple choice.
    pub ticked: BTreeSet<usize>,
    pub field: TextArea<'static>,
    pub focus: Focus,
    /// Why the last answer was refused, or what a second Enter will do.
    pub error: Option<String>,
    /// The next Enter accepts what the last one questioned (nothing ticked, an unknown title).
    pub confirm: bool,
    /// Nothing ticked is what the parent means, so one Enter takes it: they
    /// ticked or unticked an option here, or nothing was ticked last time.
    pub none_meant: bool,
}

pub(super) fn new_field(theme: &Theme, text: &str) -> TextArea<'static> {
    let mut field = TextArea::new(vec![text.to_string()]);
    field.set_wrap_mode(WrapMode::WordOrGlyph);
    field.set_cursor_line_style(Style::new());
    field.set_cursor_style(theme.selected());
    field.move_cursor(CursorMove::End);
    field
}

impl Form {
    pub(crate) fn empty(theme: &Theme) -> Form {
        Form {
            step: None,
            rows: Vec::new(),
            highlight: 0,
            ticked: BTreeSet::new(),
            field: new_field(theme, ""),
            focus: Focus::List,
            error: None,
            confirm: false,
            none_meant: false,
        }
    }

    /// The text in the box, on one line.
    pub fn text(&self) -> String {
        self.field.lines().join(" ")
    }
}
