//! The summary as it is now, and `print` and `open`: the page to print.

use std::io::{BufRead, Write};

use super::Dialog;
use crate::core::summary::Summary;

impl<R: BufRead, E: Write, O: Write> Dialog<'_, R, E, O> {
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
    pub(super) fn print(&mut self) {
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
    pub(super) fn open(&mut self) {
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
}
