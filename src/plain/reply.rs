//! A reply: what the parent typed at a plain-mode question, read as one of
//! the words that work everywhere (back, skip, help, roles, quit) or as an
//! answer to the question asked. Pure: no I/O.
//!
//! Choices are picked by number or by their words: the whole text, the
//! option's id, or any start of the text that fits one option only, with
//! case and punctuation ignored.

use std::collections::BTreeSet;

use crate::core::answers::Answer;
use crate::core::bank::{Bank, Kind, Question};
use crate::core::lang::Lang;
use crate::core::title::normalize;
use crate::core::words::{EN, Words};

/// Why a typed line was not read as an answer: a short reason to show
/// before asking again, in the language the line was read in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotUnderstood {
    /// A number that is no option's; `how` says how to answer.
    #[error("{}", Words::of(*.lang)
        .PLAIN_NO_OPTION
        .replace("{n}", &.n.to_string())
        .replace("{how}", .how))]
    NoOption { n: usize, how: String, lang: Lang },
    /// Words that fit no option.
    #[error("{}", crate::core::text::fill_with(
        Words::of(*.lang).PLAIN_NOT_AN_OPTION,
        &[("typed", .typed), ("how", .how)],
    ))]
    NotAnOption {
        typed: String,
        how: String,
        lang: Lang,
    },
    /// Words that fit several options, each given as "N (its text)".
    #[error("{}", crate::core::text::fill_with(
        Words::of(*.lang).PLAIN_AMBIGUOUS,
        &[("typed", .typed), ("options", &either(Words::of(*.lang), .options))],
    ))]
    Ambiguous {
        typed: String,
        options: Vec<String>,
        lang: Lang,
    },
    /// A multiple-choice reply that picked nothing.
    #[error("{}", Words::of(*.lang).PLAIN_EMPTY.replace("{how}", .how))]
    NothingPicked { how: String, lang: Lang },
}

/// What a typed line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Go to the question before.
    Back,
    /// Skip this question.
    Skip,
    /// Explain this question and the words that work.
    Help,
    /// List the titles (None) or explain one.
    Roles(Option<String>),
    /// Stop; the answers are saved.
    Quit,
    /// Save the page to print in the Documents folder.
    Print,
    /// Open the page just printed.
    Open,
    /// Stop the check-in in progress (asks first).
    Stop,
    /// An empty line: keep the answer given before, if there is one.
    Keep,
    /// An answer to the question.
    Answer(Answer),
}

/// Picks one list of command words out of a language's words.
type WordList = fn(&Words) -> &'static [&'static str];

/// The English words that work at every question, or None for anything else.
pub fn command(line: &str) -> Option<Reply> {
    command_in(&EN, line)
}

/// The words that work at every question in the language of `s`, English
/// ones always, or None for anything else. Case does not matter, and
/// accents are optional ("atras" is "atrás").
pub fn command_in(s: &Words, line: &str) -> Option<Reply> {
    let line = line.trim();
    let (word, rest) = match line.split_once(char::is_whitespace) {
        Some((w, r)) => (w, r.trim()),
        None => (line, ""),
    };
    let lower = word.to_lowercase();
    let folded = normalize(&lower);
    let is = |pick: WordList| {
        // English as it always was, exactly; the other language with or
        // without accents.
        pick(&EN).contains(&lower.as_str())
            || (s.lang != Lang::En
                && !folded.is_empty()
                && pick(s).iter().any(|x| normalize(x) == folded))
    };
    let alone = rest.is_empty();
    if is(|w| w.PLAIN_WORDS_ROLES) {
        return Some(Reply::Roles((!alone).then(|| rest.to_string())));
    }
    if !alone {
        return None;
    }
    let words: [(WordList, Reply); 7] = [
        (|w| w.PLAIN_WORDS_BACK, Reply::Back),
        (|w| w.PLAIN_WORDS_SKIP, Reply::Skip),
        (|w| w.PLAIN_WORDS_HELP, Reply::Help),
        (|w| w.PLAIN_WORDS_QUIT, Reply::Quit),
        (|w| w.PLAIN_WORDS_PRINT, Reply::Print),
        (|w| w.PLAIN_WORDS_OPEN, Reply::Open),
        (|w| w.PLAIN_WORDS_STOP, Reply::Stop),
    ];
    words
        .into_iter()
        .find(|(pick, _)| is(*pick))
        .map(|(_, reply)| reply)
}

/// Reads `line` as a reply to `q`. Err holds a short reason to show before asking again.
pub fn parse(bank: &Bank, q: &Question, line: &str) -> Result<Reply, NotUnderstood> {
    let s = bank.words();
    if let Some(c) = command_in(s, line) {
        return Ok(c);
    }
    let typed = line.trim();
    if typed.is_empty() {
        return Ok(Reply::Keep);
    }
    let how = how_in(s, q);
    let answer = match q.kind {
        Kind::Single => {
            let i = choose_in(s, &option_names(q), 1, typed, &how)?;
            Answer::One(q.options[i].id.clone())
        }
        Kind::Level => Answer::Level(choose_in(s, &level_names(bank), 0, typed, &how)? as u8),
        Kind::Multi => Answer::Many(many(s, q, typed, &how)?),
        Kind::Text | Kind::Title => Answer::One(typed.to_string()),
    };
    Ok(Reply::Answer(answer))
}

/// One line saying how to answer `q`, in English.
pub fn how(q: &Question) -> String {
    how_in(&EN, q)
}

/// One line saying how to answer `q`, in the language of `s`.
pub fn how_in(s: &Words, q: &Question) -> String {
    let mut how = match q.kind {
        Kind::Single => s
            .PLAIN_HOW_SINGLE
            .replace("{max}", &q.options.len().to_string()),
        Kind::Multi => s.PLAIN_HOW_MULTI.to_string(),
        Kind::Level => s.PLAIN_HOW_LEVEL.to_string(),
        Kind::Text => s.PLAIN_HOW_TEXT.to_string(),
        Kind::Title => s.PLAIN_HOW_TITLE.to_string(),
    };
    if q.skippable {
        how.push(' ');
        how.push_str(s.PLAIN_HOW_SKIP);
    }
    how
}

/// (id, text) of each option of a choice question.
pub fn option_names(q: &Question) -> Vec<(&str, &str)> {
    q.options
        .iter()
        .map(|o| (o.id.as_str(), o.text.as_str()))
        .collect()
}

/// ("", label) of each need level, 0 to 3.
pub fn level_names(bank: &Bank) -> Vec<(&str, &str)> {
    bank.meta
        .levels
        .iter()
        .map(|l| ("", l.label.as_str()))
        .collect()
}

/// Picks one of `names` ((id, text) pairs numbered from `first`) by number,
/// by its whole text or id, or by a start of its text that fits no other.
/// The reason it gives when nothing fits is in English.
pub fn choose(
    names: &[(&str, &str)],
    first: usize,
    typed: &str,
    how: &str,
) -> Result<usize, NotUnderstood> {
    choose_in(&EN, names, first, typed, how)
}

/// [`choose`], with the reason in the language of `s`.
pub fn choose_in(
    s: &Words,
    names: &[(&str, &str)],
    first: usize,
    typed: &str,
    how: &str,
) -> Result<usize, NotUnderstood> {
    let typed = typed.trim();
    if let Ok(n) = typed.parse::<usize>() {
        return if n >= first && n < first + names.len() {
            Ok(n - first)
        } else {
            Err(NotUnderstood::NoOption {
                n,
                how: how.to_string(),
                lang: s.lang,
            })
        };
    }
    let not_an_option = || NotUnderstood::NotAnOption {
        typed: typed.to_string(),
        how: how.to_string(),
        lang: s.lang,
    };
    let wanted = normalize(typed);
    if wanted.is_empty() {
        return Err(not_an_option());
    }
    let whole: Vec<usize> = (0..names.len())
        .filter(|&i| {
            let (id, text) = names[i];
            normalize(text) == wanted || (!id.is_empty() && normalize(id) == wanted)
        })
        .collect();
    let hits = if whole.is_empty() {
        (0..names.len())
            .filter(|&i| normalize(names[i].1).starts_with(&wanted))
            .collect()
    } else {
        whole
    };
    match hits.as_slice() {
        [one] => Ok(*one),
        [] => Err(not_an_option()),
        many => {
            let options: Vec<String> = many
                .iter()
                .map(|&i| format!("{} ({})", i + first, names[i].1))
                .collect();
            Err(NotUnderstood::Ambiguous {
                typed: typed.to_string(),
                options,
                lang: s.lang,
            })
        }
    }
}

/// "a, b or c".
fn either(s: &Words, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), s.PLAIN_OR),
    }
}

/// The option ids of a multiple-choice reply: numbers or words separated
/// by commas (or spaces, when each word picks an option), or "none".
fn many(s: &Words, q: &Question, typed: &str, how: &str) -> Result<Vec<String>, NotUnderstood> {
    let names = option_names(q);
    let none = normalize(typed);
    let is_none = [EN.PLAIN_NONE, s.PLAIN_NONE]
        .iter()
        .chain(s.PLAIN_WORDS_NONE)
        .any(|w| normalize(w) == none);
    if is_none {
        // An option called "None of these" wins over the word itself.
        return Ok(match choose_in(s, &names, 1, typed, how) {
            Ok(i) => vec![q.options[i].id.clone()],
            Err(_) => Vec::new(),
        });
    }
    let mut picked = BTreeSet::new();
    let parts: Vec<&str> = typed
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut at = 0;
    while at < parts.len() {
        // An option whose own words hold a comma: the longest run of parts
        // that spells one option's whole text.
        let spelled = (at + 2..=parts.len()).rev().find_map(|end| {
            let joined = normalize(&parts[at..end].join(","));
            names
                .iter()
                .position(|(_, text)| normalize(text) == joined)
                .map(|i| (i, end))
        });
        if let Some((i, end)) = spelled {
            picked.insert(i);
            at = end;
            continue;
        }
        let part = parts[at];
        at += 1;
        match choose_in(s, &names, 1, part, how) {
            Ok(i) => {
                picked.insert(i);
            }
            Err(whole) => {
                let words: Vec<&str> = part.split_whitespace().collect();
                if words.len() < 2 {
                    return Err(whole);
                }
                for w in words {
                    match choose_in(s, &names, 1, w, how) {
                        Ok(i) => {
                            picked.insert(i);
                        }
                        // "1 7": say which number is wrong; "therapy for my kid": say the whole.
                        Err(e) if w.parse::<usize>().is_ok() => return Err(e),
                        Err(_) => return Err(whole),
                    }
                }
            }
        }
    }
    if picked.is_empty() {
        return Err(NotUnderstood::NothingPicked {
            how: how.to_string(),
            lang: s.lang,
        });
    }
    Ok(picked
        .into_iter()
        .map(|i| q.options[i].id.clone())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_command_words_work_with_or_without_accents_and_english_still_does() {
        use crate::core::words::ES;
        for (typed, want) in [
            ("atrás", Reply::Back),
            ("ATRAS", Reply::Back),
            ("back", Reply::Back),
            ("saltar", Reply::Skip),
            ("Ayuda", Reply::Help),
            ("?", Reply::Help),
            ("salir", Reply::Quit),
            ("imprimir", Reply::Print),
            ("abrir", Reply::Open),
            ("parar", Reply::Stop),
            ("titulos", Reply::Roles(None)),
            ("roles psicóloga", Reply::Roles(Some("psicóloga".into()))),
        ] {
            assert_eq!(command_in(&ES, typed), Some(want), "{typed}");
        }
        // Spanish words are not commands in English, nor with words after them.
        assert_eq!(command("atrás"), None);
        assert_eq!(command_in(&ES, "salir ahora"), None);
        let es = Bank::embedded_in(crate::core::lang::Lang::Es).unwrap();
        let q = es.questions.iter().find(|q| q.kind == Kind::Multi).unwrap();
        assert_eq!(
            parse(&es, q, "ninguna").unwrap(),
            Reply::Answer(Answer::Many(Vec::new()))
        );
    }

    fn bank() -> Bank {
        Bank::embedded().expect("the built-in bank loads")
    }

    fn first(bank: &Bank, kind: Kind) -> &Question {
        bank.questions
            .iter()
            .find(|q| q.kind == kind)
            .expect("the bank has a question of this kind")
    }

    #[test]
    fn commands_work_in_any_case_and_roles_takes_a_title() {
        assert_eq!(command(" BACK "), Some(Reply::Back));
        assert_eq!(command("Skip"), Some(Reply::Skip));
        assert_eq!(command("?"), Some(Reply::Help));
        assert_eq!(command("quit"), Some(Reply::Quit));
        assert_eq!(command("roles"), Some(Reply::Roles(None)));
        assert_eq!(
            command("roles  skills trainer "),
            Some(Reply::Roles(Some("skills trainer".to_string())))
        );
        assert_eq!(command("back please"), None);
        assert_eq!(command("backwards"), None);
    }

    #[test]
    fn a_choice_is_picked_by_number_words_id_or_unique_start() {
        let names = [("yes", "Yes"), ("no", "No"), ("not_sure", "Not sure")];
        assert_eq!(choose(&names, 1, "2", "how"), Ok(1));
        assert_eq!(
            choose(&names, 1, "NO", "how"),
            Ok(1),
            "whole text beats a start"
        );
        assert_eq!(choose(&names, 1, "not_sure", "how"), Ok(2));
        assert_eq!(choose(&names, 1, "not s", "how"), Ok(2));
        assert_eq!(choose(&names, 1, "y", "how"), Ok(0));
        let e = choose(&names, 1, "n", "how").unwrap_err().to_string();
        assert!(e.contains("2 (No)") && e.contains("3 (Not sure)"), "{e}");
        let e = choose(&names, 1, "4", "how").unwrap_err();
        assert!(matches!(e, NotUnderstood::NoOption { n: 4, .. }), "{e}");
        let e = e.to_string();
        assert!(e.contains("no option 4"), "{e}");
        let e = choose(&names, 1, "maybe", "HOW").unwrap_err().to_string();
        assert!(e.contains("maybe") && e.ends_with("HOW"), "{e}");
        assert_eq!(choose(&names, 0, "0", "how"), Ok(0));
    }

    #[test]
    fn each_kind_of_question_reads_its_answer() {
        let bank = bank();
        let single = first(&bank, Kind::Single);
        let last = single.options.len();
        assert_eq!(
            parse(&bank, single, &last.to_string()),
            Ok(Reply::Answer(Answer::One(
                single.options[last - 1].id.clone()
            )))
        );
        assert_eq!(
            parse(&bank, single, &single.options[0].text.to_uppercase()),
            Ok(Reply::Answer(Answer::One(single.options[0].id.clone())))
        );
        let level = first(&bank, Kind::Level);
        assert_eq!(
            parse(&bank, level, "3"),
            Ok(Reply::Answer(Answer::Level(3)))
        );
        assert_eq!(
            parse(&bank, level, &bank.meta.levels[2].label),
            Ok(Reply::Answer(Answer::Level(2)))
        );
        assert!(parse(&bank, level, "4").is_err());
        let title = first(&bank, Kind::Title);
        assert_eq!(
            parse(&bank, title, "  a title  "),
            Ok(Reply::Answer(Answer::One("a title".to_string())))
        );
        assert_eq!(parse(&bank, title, "   "), Ok(Reply::Keep));
    }

    #[test]
    fn multiple_choice_takes_numbers_words_and_none() {
        let bank = bank();
        let q = first(&bank, Kind::Multi);
        let ids =
            |v: &[usize]| -> Vec<String> { v.iter().map(|&i| q.options[i].id.clone()).collect() };
        let all = (0..q.options.len()).collect::<Vec<_>>();
        let numbers: Vec<String> = (1..=q.options.len()).map(|n| n.to_string()).collect();
        assert_eq!(
            parse(&bank, q, &numbers.join(", ")),
            Ok(Reply::Answer(Answer::Many(ids(&all))))
        );
        assert_eq!(
            parse(&bank, q, &numbers.join(" ")),
            Ok(Reply::Answer(Answer::Many(ids(&all))))
        );
        let texts: Vec<&str> = q.options.iter().rev().map(|o| o.text.as_str()).collect();
        assert_eq!(
            parse(&bank, q, &texts.join(",")),
            Ok(Reply::Answer(Answer::Many(ids(&all)))),
            "kept in the bank's order"
        );
        assert_eq!(
            parse(&bank, q, "1, 1"),
            Ok(Reply::Answer(Answer::Many(ids(&[0]))))
        );
        let comma = Question {
            options: vec![
                crate::core::bank::Choice {
                    id: "skills".to_string(),
                    text: "Coaching skills, like routines".to_string(),
                    ..q.options[0].clone()
                },
                crate::core::bank::Choice {
                    id: "talk".to_string(),
                    text: "Someone to talk to".to_string(),
                    ..q.options[0].clone()
                },
            ],
            ..q.clone()
        };
        let both = Answer::Many(vec!["skills".to_string(), "talk".to_string()]);
        assert_eq!(
            parse(
                &bank,
                &comma,
                "someone to talk to, coaching skills, like routines"
            ),
            Ok(Reply::Answer(both.clone())),
            "an option's text may hold a comma"
        );
        assert_eq!(
            parse(&bank, &comma, "coaching, someone"),
            Ok(Reply::Answer(both))
        );
        if !q
            .options
            .iter()
            .any(|o| normalize(&o.text).starts_with("none"))
        {
            assert_eq!(
                parse(&bank, q, "None"),
                Ok(Reply::Answer(Answer::Many(Vec::new())))
            );
        }
        let e = parse(&bank, q, &format!("1 {}", q.options.len() + 1))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains(&format!("no option {}", q.options.len() + 1)),
            "{e}"
        );
        assert!(parse(&bank, q, " , ").is_err());
    }
}
