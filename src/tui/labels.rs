//! Words the wizard builds from the bank for its rows: what each matching
//! title in the live list says. The model uses them to tell rows apart and
//! the view draws them, so they live apart from both.

use crate::core::bank::Bank;
use crate::core::text::clean;
use crate::core::title::{Suggestion, normalize};

/// "skills trainer · Qualified Mental Health Associate (QMHA)", or
/// "therapist · could be QMHA and LCSW" for a title several roles use.
pub fn suggestion(bank: &Bank, sg: &Suggestion) -> String {
    let s = bank.words();
    let name = clean(&sg.name, false);
    match sg.roles.as_slice() {
        [one] => {
            let role = &bank.roles[*one];
            let full = if normalize(&role.title) == normalize(&role.short) {
                role.title.clone()
            } else {
                format!("{} ({})", role.title, role.short)
            };
            if normalize(&name) == normalize(&role.title)
                || normalize(&name) == normalize(&role.short)
            {
                full
            } else {
                crate::core::text::fill_with(s.TITLE_ONE_ROLE, &[("name", &name), ("role", &full)])
            }
        }
        many => {
            let shorts: Vec<&str> = many.iter().map(|&r| bank.roles[r].short.as_str()).collect();
            crate::core::text::fill_with(
                s.TITLE_MANY_ROLES,
                &[
                    ("name", &name),
                    ("roles", &crate::core::score::list(s, &shorts)),
                ],
            )
        }
    }
}
