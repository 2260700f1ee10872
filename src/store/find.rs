//! Finding a session by id or label, or the latest one.

use std::fs;

use super::{FindError, Store};
use crate::core::reason::io_in;
use crate::core::session::{Entry, Session, valid_id};

impl Store {
    /// Finds a session by, in this order: its id, its label (case ignored),
    /// a unique start of its id, or a unique part of its label.
    pub fn find(&self, query: &str) -> Result<Session, FindError> {
        let query = query.trim();
        // The quick way: the id itself names the file.
        if valid_id(query) && fs::symlink_metadata(self.path(query)).is_ok() {
            return self.load(query).map_err(FindError::Unreadable);
        }
        let listing = self.entries().map_err(|e| {
            FindError::Folder(crate::core::text::fill_with(
                self.words().CANNOT_READ_FOLDER,
                &[
                    ("dir", &self.dir.display().to_string()),
                    ("error", &io_in(self.words(), &e)),
                ],
            ))
        })?;
        if listing.sessions.is_empty() && listing.bad.is_empty() {
            return Err(FindError::NoSessions);
        }
        let wanted = query.to_lowercase();
        let by_label: Vec<&Entry> = listing
            .sessions
            .iter()
            .filter(|e| {
                e.label
                    .as_deref()
                    .is_some_and(|l| l.trim().to_lowercase() == wanted)
            })
            .collect();
        let by_prefix = || -> Vec<&Entry> {
            listing
                .sessions
                .iter()
                .filter(|e| !query.is_empty() && e.id.starts_with(query))
                .collect()
        };
        // Last, a part of a label: "Maya" finds "Maya - skills trainer".
        let by_part = || -> Vec<&Entry> {
            listing
                .sessions
                .iter()
                .filter(|e| {
                    !wanted.is_empty()
                        && e.label
                            .as_deref()
                            .is_some_and(|l| l.to_lowercase().contains(&wanted))
                })
                .collect()
        };
        let mut hits = by_label;
        if hits.is_empty() {
            hits = by_prefix();
        }
        if hits.is_empty() {
            hits = by_part();
        }
        match hits.as_slice() {
            [] => {
                let unreadable = listing.bad.into_iter().find(|b| {
                    !query.is_empty()
                        && b.path
                            .file_stem()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with(query))
                });
                Err(match unreadable {
                    Some(b) => FindError::Unreadable(b),
                    None => FindError::NotFound(query.to_string()),
                })
            }
            [one] => self.load(&one.id).map_err(FindError::Unreadable),
            many => Err(FindError::Ambiguous(
                query.to_string(),
                many.iter()
                    .map(|e| match &e.label {
                        Some(l) => format!("{} ({})", e.id, crate::core::text::clean(l, false)),
                        None => e.id.clone(),
                    })
                    .collect(),
            )),
        }
    }

    /// The most recently updated session, finished or not.
    pub fn latest(&self) -> Option<Session> {
        let listing = self.entries().ok()?;
        listing.sessions.iter().find_map(|e| self.load(&e.id).ok())
    }

    /// The most recently updated finished session.
    pub fn latest_finished(&self) -> Option<Session> {
        let listing = self.entries().ok()?;
        listing
            .sessions
            .iter()
            .filter(|e| e.digest.finished)
            .find_map(|e| self.load(&e.id).ok())
    }

    /// The most recently updated session, and the most recently updated
    /// unfinished one (often the same), from one listing.
    pub fn latest_and_unfinished(&self) -> (Option<Session>, Option<Session>) {
        let Ok(listing) = self.entries() else {
            return (None, None);
        };
        let mut entries = listing.sessions.iter();
        let Some((first, latest)) = entries
            .by_ref()
            .find_map(|e| Some((e, self.load(&e.id).ok()?)))
        else {
            return (None, None);
        };
        let unfinished = if first.digest.finished {
            entries
                .filter(|e| !e.digest.finished)
                .find_map(|e| self.load(&e.id).ok())
        } else {
            Some(latest.clone())
        };
        (Some(latest), unfinished)
    }

    /// The most recently updated unfinished session.
    pub fn latest_unfinished(&self) -> Option<Session> {
        let listing = self.entries().ok()?;
        listing
            .sessions
            .iter()
            .filter(|e| !e.digest.finished)
            .find_map(|e| self.load(&e.id).ok())
    }
}
