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
mod tests;
