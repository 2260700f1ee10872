//! The work `update` leaves ([`Task`]) and how [`App::carry_out`] does it:
//! saves, printing, opening the page printed, quitting.

use super::{App, Notice, Popup, Start};
use crate::core::visit::Effect;

impl App<'_> {
    /// Saves the one-page summary (and its text version) in the Documents
    /// folder under a new name, and says where.
    pub(crate) fn print(&mut self) {
        let s = self.bank.words();
        // Printing works from any screen, so score the answers as they are now.
        let label = self
            .autosave
            .as_ref()
            .and_then(|a| a.session().label.clone());
        let result = crate::store::printout::print(
            self.bank,
            &self.summary(),
            label.as_deref(),
            self.documents.as_deref(),
        );
        self.notice = Some(match result {
            Ok(p) => {
                let path = p.html.display().to_string();
                self.printed = Some(p.html);
                Notice::Info(s.PRINTED_TO.replace("{path}", &path))
            }
            Err(e) => Notice::Error(
                s.PRINT_FAILED
                    .replace("{error}", &crate::core::reason::io_in(s, &e)),
            ),
        });
    }

    /// Opens the page just printed with the system's opener, without
    /// waiting for it; says so in words where there is none.
    pub(crate) fn open_printed(&mut self) {
        let s = self.bank.words();
        let Some(path) = self.printed.clone() else {
            self.notice = Some(Notice::Info(s.OPEN_NOTHING.to_string()));
            return;
        };
        let shown = path.display().to_string();
        self.notice = Some(match crate::store::printout::open(s, &path) {
            crate::store::printout::Opened::Started(program) => Notice::Info(
                s.OPENING
                    .replace("{path}", &shown)
                    .replace("{program}", &program),
            ),
            crate::store::printout::Opened::NoOpener => {
                Notice::Info(s.NO_OPENER.replace("{path}", &shown))
            }
            crate::store::printout::Opened::Failed(e) => Notice::Error(
                s.OPEN_FAILED
                    .replace("{path}", &shown)
                    .replace("{error}", &e),
            ),
        });
    }

    /// Leaves `task` for [`App::carry_out`].
    pub(crate) fn later(&mut self, task: Task) -> Option<Exit> {
        self.tasks.push(task);
        None
    }

    pub(crate) fn quit(&mut self) -> Option<Exit> {
        if self.unsaved() {
            self.save();
        }
        if self.save_error().is_some() {
            self.popup = Some(Popup::Unsaved);
            None
        } else {
            Some(Exit::Quit)
        }
    }

    pub(crate) fn retry(&mut self) {
        let s = self.bank.words();
        if self.unsaved() {
            self.save();
            if self.save_error().is_none() {
                self.notice = Some(Notice::Info(s.SAVE_RETRIED.to_string()));
            }
        }
    }

    /// Carries out the work `update` left ([`Task`]), in order. Returns how
    /// the wizard ends, when a task ends it (quitting, once saved). The
    /// wizard's loop calls it after every `update`, even one that ends the
    /// wizard, so a save due is made on the way out.
    pub fn carry_out(&mut self) -> Option<Exit> {
        let mut exit = None;
        for task in std::mem::take(&mut self.tasks) {
            match task {
                Task::Visit(e) => {
                    if let Some(a) = self.autosave.as_mut() {
                        a.run(Some(e));
                    }
                }
                Task::Start(choice) => self.start(choice),
                Task::Print => self.print(),
                Task::OpenPrinted => self.open_printed(),
                Task::Quit => exit = exit.or(self.quit()),
                Task::Retry => {
                    self.retry();
                    if matches!(self.popup, Some(Popup::Unsaved)) && self.save_error().is_none() {
                        self.popup = None;
                    }
                }
                Task::StopCheckIn => self.stop_checkin(),
                Task::SwitchLang => self.switch_lang(),
                Task::SaveUnsaved => {
                    if self.unsaved() {
                        self.save();
                    }
                }
            }
        }
        exit
    }
}

/// Work `update` leaves for [`App::carry_out`], which the wizard's loop
/// calls right after it: what touches the disk or another program. So
/// `update` itself only changes the model.
#[derive(Debug, Clone, PartialEq)]
pub enum Task {
    /// Carry out what the visit asked for (a save).
    Visit(Effect),
    /// Open a session, or start one, from the welcome screen.
    Start(Start),
    /// Save the page to print.
    Print,
    /// Open the page printed.
    OpenPrinted,
    /// Save what is unsaved and quit, or say why not.
    Quit,
    /// Try a failed save again.
    Retry,
    /// Stop the check-in in progress.
    StopCheckIn,
    /// Save what is not saved yet (on the way out).
    SaveUnsaved,
    /// Load the questions in the other language and show everything in it
    /// ([`App::switch_lang`](super::App::switch_lang)).
    SwitchLang,
}

/// How the wizard ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The parent quit; everything that could be saved is saved.
    Quit,
    /// Ctrl-C: exit status 130, nothing printed.
    Interrupted,
}
