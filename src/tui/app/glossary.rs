//! The glossary popup: which title to explain, and its text.

use super::{App, Focus, Popup, Row};
use crate::core::answers::Answer;
use crate::core::bank::Kind;
use crate::core::text::clean;

impl App<'_> {
    /// The title the glossary should explain: the highlighted match, what was
    /// typed, or the provider's title given earlier.
    pub(crate) fn title_on_screen(&self) -> Option<String> {
        let step = self.form.step?;
        let q = step.question(self.bank);
        if q.kind == Kind::Title {
            if self.form.focus == Focus::List {
                match self.form.rows.get(self.form.highlight) {
                    Some(Row::Title(sg)) => return Some(sg.name.clone()),
                    Some(Row::Unknown) => return Some(self.bank.unknown_role().title.clone()),
                    _ => {}
                }
            }
            let typed = self.form.text();
            return (!typed.trim().is_empty()).then_some(typed);
        }
        let provider = step.provider?;
        self.provider_title(provider)
    }

    pub(crate) fn provider_title(&self, provider: usize) -> Option<String> {
        let map = self.interview.answers.map(Some(provider))?;
        self.bank
            .questions
            .iter()
            .filter(|q| q.kind == Kind::Title)
            .find_map(|q| map.get(&q.id).and_then(Answer::as_str))
            .map(str::to_string)
    }

    pub(crate) fn open_glossary(&mut self, titles: Vec<String>) {
        let s = self.bank.words();
        let (title, text) = if titles.is_empty() {
            let text =
                crate::core::glossary::run(self.bank, None).unwrap_or_else(|e| e.to_string());
            (s.GLOSSARY_ALL.to_string(), text)
        } else {
            let text = titles
                .iter()
                .map(|t| {
                    crate::core::glossary::run(self.bank, Some(t)).unwrap_or_else(|e| e.to_string())
                })
                .collect::<Vec<_>>()
                .join("\n");
            let title = s.GLOSSARY_TITLE.replace("{title}", &titles.join(", "));
            (clean(&title, false), text)
        };
        self.popup = Some(Popup::Glossary {
            title,
            text: clean(&text, true),
            scroll: 0,
        });
    }
}
