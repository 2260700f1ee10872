//! The provider's title: what each matching title in the live list says.
//! The screen itself is a question with a text box (see [`super::question`]):
//! the matches, "I don't know their title" and, where allowed, "skip" are
//! its rows.

use crate::core::text::clean;
use crate::core::title::{Suggestion, normalize};
use crate::tui::app::App;

/// "skills trainer · Qualified Mental Health Associate (QMHA)", or
/// "therapist · could be QMHA and LCSW" for a title several roles use.
pub fn suggestion(app: &App<'_>, sg: &Suggestion) -> String {
    let s = app.bank.words();
    let name = clean(&sg.name, false);
    match sg.roles.as_slice() {
        [one] => {
            let role = &app.bank.roles[*one];
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
            let shorts: Vec<&str> = many
                .iter()
                .map(|&r| app.bank.roles[r].short.as_str())
                .collect();
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
