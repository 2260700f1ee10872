//! The role glossary: `fitcheck roles` (a short table of every role) and
//! `fitcheck roles TITLE` (one role explained, found by any of its names).

use crate::bank::Bank;

/// The text `fitcheck roles [TITLE]` prints: Ok for stdout, Err for stderr
/// (nothing matched; the message lists the closest titles).
pub fn run(bank: &Bank, title: Option<&str>) -> Result<String, String> {
    match title {
        None => Ok(bank
            .roles
            .iter()
            .map(|r| format!("{:<10} {}\n", r.short, r.title))
            .collect()),
        Some(t) => {
            let found = crate::title::match_roles(bank, t);
            if found.is_empty() {
                Err(format!(
                    "No title matched \"{t}\". Closest: {}",
                    crate::title::closest(bank, t, 5).join(", ")
                ))
            } else {
                Ok(found
                    .iter()
                    .map(|&i| format!("{}\n{}\n", bank.roles[i].title, bank.roles[i].summary))
                    .collect())
            }
        }
    }
}
