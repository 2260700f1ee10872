//! Listing the sessions in the folder, through the list index.

use std::fs;
use std::io;

use super::{BadFile, Store};
use crate::core::reason::io_in;
use crate::core::session::{Entry, Session};
use crate::store::index::{Index, Stamp};

impl Store {
    /// Every session in the folder, newest first, and the files that could
    /// not be read. Uses the list index, so only new or changed files are parsed.
    pub fn entries(&self) -> io::Result<Listing> {
        let mut listing = Listing::default();
        let dir = match fs::read_dir(&self.dir) {
            Ok(d) => d,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(listing),
            Err(e) => return Err(e),
        };
        let mut index = Index::load(&self.dir);
        for e in dir {
            let e = e?;
            let name = e.file_name();
            let Some(name) = name.to_str() else {
                continue;
            };
            let Some(id) = name.strip_suffix(".json") else {
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            let path = e.path();
            let meta = match e.metadata() {
                Ok(m) => m,
                Err(err) => {
                    listing.bad.push(BadFile {
                        path,
                        reason: err.to_string(),
                    });
                    continue;
                }
            };
            let stamp = Stamp::of(&meta);
            if meta.is_file() {
                self.tighten(&path, &meta, 0o600);
                if let Some(entry) = index
                    .get(name, stamp)
                    .filter(|en| en.id == id && self.digest_is_current(en))
                {
                    listing.sessions.push(entry);
                    continue;
                }
            }
            match self.read_entry(&path, id, &meta) {
                Ok(session) => {
                    let entry = self.current_entry(&session);
                    index.put(name, stamp, entry.clone());
                    listing.sessions.push(entry);
                }
                Err(reason) => listing.bad.push(BadFile {
                    path,
                    reason: reason.message(self.words()),
                }),
            }
        }
        index.store();
        listing
            .sessions
            .sort_by(|a, b| (&b.updated, &b.id).cmp(&(&a.updated, &a.id)));
        listing.bad.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(listing)
    }

    /// Whether `entry`'s digest was worked out with the bank in use.
    fn digest_is_current(&self, entry: &Entry) -> bool {
        self.bank.as_ref().is_none_or(|b| {
            entry.digest_bank == b.meta.version
                && entry.digest.verdicts.iter().all(|v| !v.words.is_empty())
        })
    }

    /// `session` as `list` shows it, its digest worked out with the bank in
    /// use when the session was saved with another.
    fn current_entry(&self, session: &Session) -> Entry {
        let mut entry = session.entry();
        if let Some(bank) = &self.bank
            && !self.digest_is_current(&entry)
        {
            entry.digest = session.digest_with(bank);
            entry.digest_bank = bank.meta.version.clone();
        }
        entry
    }

    /// Every session, read in full, newest first, and the files that could
    /// not be read (the folder itself, when it cannot be read).
    pub fn list(&self) -> (Vec<Session>, Vec<BadFile>) {
        let listing = match self.entries() {
            Ok(l) => l,
            Err(e) => {
                return (
                    Vec::new(),
                    vec![BadFile {
                        path: self.dir.clone(),
                        reason: io_in(self.words(), &e),
                    }],
                );
            }
        };
        let mut bad = listing.bad;
        let mut sessions = Vec::with_capacity(listing.sessions.len());
        for e in &listing.sessions {
            match self.load(&e.id) {
                Ok(s) => sessions.push(s),
                Err(b) => bad.push(b),
            }
        }
        (sessions, bad)
    }
}

/// The sessions in the folder, newest first, and the files that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub sessions: Vec<Entry>,
    pub bad: Vec<BadFile>,
}
