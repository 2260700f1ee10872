//! The prompt: how a question, its help and the notes around it read in
//! plain mode, as whole lines of text. Lines are not wrapped: a screen
//! reader reads a line as one sentence. Pure: no I/O.

use crate::core::answers::Answer;
use crate::core::bank::{Bank, Kind, Question};
use crate::core::interview::{Interview, Step};
use crate::core::text::clean;
use crate::core::title;
use crate::plain::reply;

/// The section's title (with the provider's number for questions asked
/// once per provider) and its introduction.
pub fn heading(bank: &Bank, step: Step) -> String {
    let s = bank.words();
    let q = step.question(bank);
    let Some(section) = bank.section(&q.section) else {
        return String::new();
    };
    let mut out = match step.provider {
        Some(p) => s
            .PLAIN_SECTION_PROVIDER
            .replace("{section}", &section.title)
            .replace("{n}", &(p + 1).to_string()),
        None => section.title.clone(),
    };
    out.push('\n');
    if let Some(intro) = &section.intro {
        out.push_str(intro);
        out.push('\n');
    }
    out
}

/// The question: its number, prompt and hint, the numbered options, the
/// answer given before (if any) and how to answer.
/// Numbered within its section, as the wizard numbers it: the sections
/// are the same for everyone, so the count never jumps when a later
/// answer adds questions (another provider, a title to narrow down).
pub fn question(bank: &Bank, interview: &Interview, step: Step) -> String {
    let s = bank.words();
    let q = step.question(bank);
    let p = interview.progress(bank);
    let mut out = s
        .PLAIN_QUESTION
        .replace("{n}", &p.in_section.to_string())
        .replace("{total}", &p.section_count(s))
        .replace("{prompt}", &q.prompt);
    out.push('\n');
    if !q.hint.trim().is_empty() {
        out.push_str(&q.hint);
        out.push('\n');
    }
    out.push_str(&options(bank, q));
    if let Some(a) = interview.answer_for(bank, step) {
        out.push_str(
            &s.PLAIN_EARLIER
                .replace("{answer}", &answer_words(bank, q, &a)),
        );
        out.push('\n');
    }
    out.push_str(&reply::how_in(s, q));
    out.push('\n');
    out
}

/// The numbered options of a choice or level question, one a line.
fn options(bank: &Bank, q: &Question) -> String {
    let s = bank.words();
    let mut out = String::new();
    match q.kind {
        Kind::Single | Kind::Multi => {
            for (i, o) in q.options.iter().enumerate() {
                let line = match &o.hint {
                    Some(h) if !h.trim().is_empty() => s.PLAIN_OPTION_HINT.replace("{hint}", h),
                    _ => s.PLAIN_OPTION.to_string(),
                };
                out.push_str(
                    &line
                        .replace("{n}", &(i + 1).to_string())
                        .replace("{text}", &o.text),
                );
                out.push('\n');
            }
        }
        Kind::Level => {
            for (i, l) in bank.meta.levels.iter().enumerate() {
                out.push_str(
                    &s.PLAIN_OPTION
                        .replace("{n}", &i.to_string())
                        .replace("{text}", &l.label),
                );
                out.push('\n');
            }
        }
        Kind::Text | Kind::Title => {}
    }
    out
}

/// An answer in the words the parent saw: option texts, the level's label,
/// or the text they typed (cleaned of control characters).
pub fn answer_words(bank: &Bank, q: &Question, a: &Answer) -> String {
    let s = bank.words();
    let option = |id: &str| {
        q.option(id)
            .map_or_else(|| clean(id, false), |o| o.text.clone())
    };
    match a {
        Answer::Skipped => s.PLAIN_SKIPPED.to_string(),
        Answer::Level(l) => bank.level_text(*l).label.clone(),
        Answer::Many(ids) if ids.is_empty() => s.PLAIN_NONE.to_string(),
        Answer::Many(ids) => ids
            .iter()
            .map(|id| option(id))
            .collect::<Vec<_>>()
            .join(s.PLAIN_AND),
        Answer::One(v) => match q.kind {
            Kind::Single => option(v),
            _ => clean(v, false),
        },
    }
}

/// The help for a question: its hint, the level words explained, how to
/// answer, and the words that work at every question.
pub fn help(bank: &Bank, q: &Question) -> String {
    let s = bank.words();
    let mut out = String::new();
    out.push_str(s.PLAIN_HELP_HEADING);
    out.push('\n');
    out.push_str(&q.prompt);
    out.push('\n');
    if !q.hint.trim().is_empty() {
        out.push_str(&q.hint);
        out.push('\n');
    }
    if q.kind == Kind::Level {
        for (i, l) in bank.meta.levels.iter().enumerate() {
            out.push_str(
                &s.PLAIN_LEVEL_HINT
                    .replace("{n}", &i.to_string())
                    .replace("{label}", &l.label)
                    .replace("{hint}", q.level_hint(bank, i as u8)),
            );
            out.push('\n');
        }
    }
    out.push_str(&reply::how_in(s, q));
    out.push('\n');
    out.push_str(s.PLAIN_HELP_WORDS);
    out.push('\n');
    for line in s.PLAIN_HELP_LINES {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// What a typed title matched: one role, several, the "not known" role,
/// or nothing (with the closest titles; the text is kept anyway).
pub fn title_match(bank: &Bank, typed: &str) -> String {
    let s = bank.words();
    let found = title::match_roles(bank, typed);
    let line = match found.as_slice() {
        [] => crate::core::text::fill_with(
            s.PLAIN_TITLE_NONE,
            &[
                ("typed", &clean(typed, false)),
                ("closest", &title::closest(bank, typed, 3).join(", ")),
            ],
        ),
        [one] if bank.roles[*one].unknown => s
            .PLAIN_TITLE_UNKNOWN_ROLE
            .replace("{title}", &bank.roles[*one].title),
        // "LPC Associate": the profession, said to be not yet fully licensed.
        [one] if title::is_supervised_title(bank, *one, typed) => s.PLAIN_TITLE_ONE.replace(
            "{role}",
            &format!(
                "{} ({})",
                crate::core::text::fill(s.SUPERVISED_TITLE, &[("role", &bank.roles[*one].short)]),
                s.SUPERVISED_SHORT
            ),
        ),
        [one] => s
            .PLAIN_TITLE_ONE
            .replace("{role}", &role_name(&bank.roles[*one])),
        many => {
            let names: Vec<String> = many.iter().map(|&i| role_name(&bank.roles[i])).collect();
            s.PLAIN_TITLE_MANY.replace("{roles}", &names.join(", "))
        }
    };
    line + "\n"
}

/// `text` for a terminal `width` columns wide: each longer line is wrapped
/// at spaces, and its next lines are indented under its words (after an
/// option's number or a bullet), so no word is cut in two at the edge.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if crate::core::text::width(line) <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let body = line.trim_start();
        let mut head = line.len() - body.len();
        if body.starts_with("* ") {
            head += 2;
        } else if let Some(dot) = body.find(". ")
            && dot > 0
            && body[..dot].chars().all(|c| c.is_ascii_digit())
        {
            head += dot + 2;
        }
        let indent = " ".repeat(crate::core::text::width(&line[..head]));
        let cols = width.saturating_sub(indent.len()).max(20);
        for (i, part) in crate::core::text::wrap(&line[head..], cols)
            .iter()
            .enumerate()
        {
            out.push_str(if i == 0 { &line[..head] } else { &indent });
            out.push_str(part);
            out.push('\n');
        }
    }
    out
}

/// "QMHA (Qualified Mental Health Associate)", or just the title when the
/// short form is the same ("Psychologist").
fn role_name(role: &crate::core::bank::Role) -> String {
    if role.short.eq_ignore_ascii_case(&role.title) {
        role.title.clone()
    } else {
        format!("{} ({})", role.short, role.title)
    }
}

/// The crisis lines for these answers, in their tier's order.
pub fn crisis(bank: &Bank, active: &crate::core::answers::Answers) -> String {
    let level = crate::core::interview::crisis_level(bank, active);
    let mut out = format!("{}\n", crate::core::interview::crisis_heading(bank, level));
    for l in crate::core::interview::crisis_lines(bank, active) {
        out.push_str(&format!("* {}\n", l.text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::Answers;

    fn bank() -> Bank {
        Bank::embedded().expect("the built-in bank loads")
    }

    #[test]
    fn the_first_question_shows_its_number_options_and_how_to_answer() {
        let bank = bank();
        let iv = Interview::new(Answers::default());
        let step = iv.current(&bank).expect("a first question");
        let q = step.question(&bank);
        let text = question(&bank, &iv, step);
        let total = iv.progress(&bank).section_count(bank.words());
        assert!(
            text.starts_with(&format!("Question 1 of {total}: {}\n", q.prompt)),
            "{text}"
        );
        for (i, o) in q.options.iter().enumerate() {
            assert!(text.contains(&format!("  {}. {}", i + 1, o.text)), "{text}");
        }
        assert!(text.ends_with(&format!("{}\n", reply::how(q))), "{text}");
        assert!(!text.contains('\x1b'));
    }

    #[test]
    fn a_level_question_numbers_the_level_words_from_0() {
        let bank = bank();
        let (pos, _) = bank
            .questions
            .iter()
            .enumerate()
            .find(|(_, q)| q.kind == Kind::Level)
            .expect("a level question");
        let iv = Interview::new(Answers::default());
        let step = Step {
            question: pos,
            provider: None,
        };
        let text = question(&bank, &iv, step);
        for (i, l) in bank.meta.levels.iter().enumerate() {
            assert!(text.contains(&format!("  {i}. {}\n", l.label)), "{text}");
        }
    }

    #[test]
    fn typed_text_is_cleaned_before_it_is_shown() {
        let bank = bank();
        let q = bank
            .questions
            .iter()
            .find(|q| q.kind == Kind::Title)
            .expect("a title question");
        let shown = answer_words(&bank, q, &Answer::One("x\x1b[2Jy".to_string()));
        assert!(!shown.contains('\x1b'), "{shown:?}");
        let note = title_match(&bank, "zz\x1b[31mzz");
        assert!(!note.contains('\x1b'), "{note:?}");
    }

    #[test]
    fn long_lines_wrap_at_spaces_under_their_words() {
        let text = "Question 1 of 9: is this a long question that goes on?\n  12. an option with words that go on and on\n* a crisis line that is long and goes on\nshort\n";
        let fitted = fit(text, 30);
        assert!(
            fitted.lines().all(|l| crate::core::text::width(l) <= 30),
            "{fitted}"
        );
        assert!(
            fitted.contains("  12. an option with words\n      that go on and on\n"),
            "{fitted}"
        );
        assert!(
            fitted.contains("* a crisis line that is long\n  and goes on\n"),
            "{fitted}"
        );
        assert!(fitted.ends_with("short\n"));
        let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(words(&fitted), words(text), "no word is lost or cut");
        assert_eq!(fit(text, 200), text);
    }

    #[test]
    fn a_title_shows_what_it_matched() {
        let bank = bank();
        let role = bank.roles.iter().find(|r| !r.unknown).expect("a role");
        let one = title_match(&bank, &role.title);
        assert!(one.contains(&role.short), "{one}");
        let none = title_match(&bank, "qqqq zzzz");
        for t in title::closest(&bank, "qqqq zzzz", 3) {
            assert!(none.contains(&t), "{none}");
        }
    }
}
