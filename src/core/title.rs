//! Matching a provider's title, as the parent typed it, to roles in the bank.
//!
//! Case and punctuation are ignored: "lcsw", "L.C.S.W." and "licensed
//! clinical social worker" all find the same role. An ambiguous title
//! ("therapist") finds several candidate roles, which the follow-up
//! questions narrow down (see [`resolve`]).

use crate::core::answers::{Answer, AnswerMap};
use crate::core::bank::{Bank, Kind, Role};

/// Title matching compares names as [`crate::core::text::normalize`] writes
/// them (it lives there so that the bank can index names without this module).
pub use crate::core::text::normalize;

/// Indexes of the roles whose names match `text` exactly (after
/// normalizing). When none does, the roles whose longest name appears as
/// whole words inside `text` ("she's a licensed clinical social worker").
/// Empty when nothing matches.
///
/// A title in brackets wins ("Therapist (QMHA)" is a QMHA): when the text
/// inside a pair of brackets names a role, that is the match. When it names
/// none ("LCSW (not sure)"), the text outside the brackets is matched.
pub fn match_roles(bank: &Bank, text: &str) -> Vec<usize> {
    let (inside, outside) = bracketed(text);
    if inside.is_empty() {
        return match_words(bank, text);
    }
    let named =
        |found: &Vec<usize>| !found.is_empty() && !found.iter().any(|&i| bank.roles[i].unknown);
    for inner in inside {
        let found = match_words(bank, inner);
        if named(&found) {
            return found;
        }
    }
    let found = match_words(bank, &outside);
    if !found.is_empty() {
        return found;
    }
    match_words(bank, text)
}

/// The texts inside round or square brackets (outermost pairs, in order),
/// and the text outside them.
fn bracketed(text: &str) -> (Vec<&str>, String) {
    let mut inside = Vec::new();
    let mut outside = String::new();
    let mut start = None;
    let mut depth = 0usize;
    for (i, ch) in text.char_indices() {
        match ch {
            '(' | '[' => {
                if depth == 0 {
                    start = Some(i + 1);
                }
                depth += 1;
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0
                    && let Some(s) = start.take()
                {
                    inside.push(&text[s..i]);
                    outside.push(' ');
                }
            }
            _ if depth == 0 => outside.push(ch),
            _ => {}
        }
    }
    (inside, outside)
}

/// [`match_roles`] without the bracket rule.
fn match_words(bank: &Bank, text: &str) -> Vec<usize> {
    let wanted = normalize(text);
    if wanted.is_empty() {
        return Vec::new();
    }
    let exact: Vec<usize> = (0..bank.roles.len())
        .filter(|&i| bank.role_names(i).contains(&wanted))
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    let padded = format!(" {wanted} ");
    let mut best_len = 0;
    let mut best = Vec::new();
    for i in 0..bank.roles.len() {
        let len = bank
            .role_names(i)
            .iter()
            .filter(|n| !n.is_empty() && padded.contains(&format!(" {n} ")))
            .map(|n| n.len())
            .max()
            .unwrap_or(0);
        if len == 0 {
            continue;
        }
        if len > best_len {
            best_len = len;
            best.clear();
        }
        if len == best_len {
            best.push(i);
        }
    }
    best
}

/// One row of the live list shown while the parent types a title.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The name that matched, as written in the bank.
    pub name: String,
    /// Indexes of the roles with that name.
    pub roles: Vec<usize>,
}

/// Names that start with, contain, or are close to `text`, best first, at most `limit`.
pub fn suggest(bank: &Bank, text: &str, limit: usize) -> Vec<Suggestion> {
    let wanted = normalize(text);
    let mut scored: Vec<(u8, i64, String, usize)> = Vec::new();
    for (i, r) in bank.roles.iter().enumerate() {
        for name in r.names() {
            let n = normalize(name);
            let (rank, closeness) = if wanted.is_empty() {
                (3, 0)
            } else if n == wanted {
                (0, 0)
            } else if n.starts_with(&wanted) {
                (1, n.len() as i64)
            } else if n.contains(&wanted) {
                (2, n.len() as i64)
            } else {
                let sim = strsim::jaro_winkler(&n, &wanted);
                if sim < 0.8 {
                    continue;
                }
                (3, -((sim * 1000.0) as i64))
            };
            scored.push((rank, closeness, name.clone(), i));
        }
    }
    scored.sort_by(|a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
    let mut out: Vec<Suggestion> = Vec::new();
    for (_, _, name, role) in scored {
        if let Some(s) = out
            .iter_mut()
            .find(|s| normalize(&s.name) == normalize(&name))
        {
            if !s.roles.contains(&role) {
                s.roles.push(role);
            }
            continue;
        }
        if out.len() == limit {
            continue;
        }
        out.push(Suggestion {
            name,
            roles: vec![role],
        });
    }
    out
}

/// The titles closest to `text`, for "nothing matched; did you mean".
pub fn closest(bank: &Bank, text: &str, limit: usize) -> Vec<String> {
    let wanted = normalize(text);
    let mut scored: Vec<(i64, String)> = bank
        .roles
        .iter()
        .flat_map(|r| r.names())
        .map(|name| {
            let n = normalize(name);
            let sim = strsim::jaro_winkler(&n, &wanted).max(
                if n.contains(&wanted) || wanted.contains(&n) {
                    0.9
                } else {
                    0.0
                },
            );
            (-((sim * 1000.0) as i64), name.clone())
        })
        .collect();
    scored.sort();
    let mut out: Vec<String> = Vec::new();
    for (_, name) in scored {
        if !out.iter().any(|o| normalize(o) == normalize(&name)) {
            out.push(name);
        }
        if out.len() == limit {
            break;
        }
    }
    out
}

/// What a provider's title and its follow-up answers tell about their role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// The title as the parent typed it, if answered.
    pub typed: Option<String>,
    /// Whether the title matched any name in the bank.
    pub matched: bool,
    /// Roles the provider may hold, after the follow-ups (indexes into `bank.roles`).
    pub candidates: Vec<usize>,
    /// The title names someone with the role's training who is not yet
    /// fully licensed and works under a supervisor ("LPC Associate").
    pub supervised: bool,
}

impl Resolution {
    /// The role, when exactly one candidate remains.
    pub fn role<'b>(&self, bank: &'b Bank) -> Option<&'b Role> {
        match self.candidates.as_slice() {
            [one] => Some(&bank.roles[*one]),
            _ => None,
        }
    }

    /// Candidate roles that differ on `trait_name`: true when a follow-up about it would help.
    pub fn unclear_on(&self, bank: &Bank, trait_name: &str) -> bool {
        let mut first: Option<Option<&String>> = None;
        for &i in &self.candidates {
            let v = bank.roles[i].traits.get(trait_name);
            match first {
                None => first = Some(v),
                Some(f) if f != v => return true,
                Some(_) => {}
            }
        }
        false
    }
}

/// Resolves the provider's role from their answers, using only the questions
/// before position `before` in interview order (all of them when None).
pub fn resolve(bank: &Bank, answers: &AnswerMap, before: Option<usize>) -> Resolution {
    let mut r = resolve_with(bank, |pos| answers.get(&bank.questions[pos].id), before);
    r.supervised = match (r.candidates.as_slice(), r.typed.as_deref()) {
        ([one], Some(text)) => is_supervised_title(bank, *one, text),
        _ => false,
    };
    r
}

/// [`resolve`], reading the answer to the question at each position with
/// `answer`, and without working out whether the title is a supervised
/// one (`supervised` is false): what a question's condition needs.
pub fn resolve_with<'a>(
    bank: &Bank,
    answer: impl Fn(usize) -> Option<&'a Answer>,
    before: Option<usize>,
) -> Resolution {
    let limit = before.unwrap_or(usize::MAX);
    let mut typed = None;
    let mut matched = false;
    let mut candidates: Vec<usize> = Vec::new();
    for (pos, q) in bank.questions.iter().enumerate().take(limit) {
        let Some(answer) = answer(pos) else {
            continue;
        };
        if q.kind == Kind::Title {
            let text = answer.as_str().unwrap_or("");
            typed = answer.as_str().map(str::to_string);
            let found = match_roles(bank, text);
            matched = !found.is_empty();
            let unknown = found.iter().any(|&i| bank.roles[i].unknown) || found.is_empty();
            candidates = if unknown {
                (0..bank.roles.len())
                    .filter(|&i| !bank.roles[i].unknown)
                    .collect()
            } else {
                found
            };
        } else if let (Some(t), Some(value)) = (
            &q.trait_name,
            answer
                .as_str()
                .and_then(|a| q.option(a))
                .and_then(|c| c.trait_value.as_ref()),
        ) {
            let narrowed: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&i| bank.roles[i].traits.get(t) == Some(value))
                .collect();
            // An answer that rules out every candidate is kept as a doubt, not applied.
            if !narrowed.is_empty() {
                candidates = narrowed;
            }
        }
    }
    Resolution {
        typed,
        matched,
        candidates,
        supervised: false,
    }
}

/// Whether `text`, typed for role `i`, names a supervised stage of it: it is
/// one of the role's supervised titles (or holds one as whole words, longer
/// than any other name of the role it holds), or the role is a licensed
/// profession and the text holds a word such as "associate" or "intern".
pub fn is_supervised_title(bank: &Bank, i: usize, text: &str) -> bool {
    let role = &bank.roles[i];
    let wanted = normalize(text);
    let longest = |names: &[String]| {
        names
            .iter()
            .filter(|n| holds_words(&wanted, n))
            .map(|n| n.len())
            .max()
            .unwrap_or(0)
    };
    let supervised = longest(bank.role_supervised_names(i));
    let plain = longest(bank.role_plain_names(i));
    if supervised > 0 && supervised >= plain {
        return true;
    }
    role.traits.get("licensed").is_some_and(|v| v == "yes")
        && bank
            .meta
            .supervised_words
            .iter()
            .any(|w| holds_words(&wanted, &normalize(w)))
}

/// Whether normalized `text` holds normalized `name` as whole words:
/// " {name} " inside " {text} ", found without building either.
fn holds_words(text: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    std::iter::once(0)
        .chain(text.match_indices(' ').map(|(at, _)| at + 1))
        .any(|at| {
            text[at..].starts_with(name)
                && text[at + name.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == ' ')
        })
}

#[cfg(test)]
mod tests {

    #[test]
    fn whole_words_are_found_where_a_padded_search_finds_them() {
        for (text, name) in [
            ("lcsw a", "lcsw"),
            ("lcsw a", "lcsw a"),
            ("xa a a", "a a"),
            ("lcswa", "lcsw"),
            ("a lcsw", "lcsw"),
            ("pre lcsw a post", "lcsw a"),
            ("lcsw", "lcsw a"),
            ("", "x"),
            ("x", ""),
        ] {
            let padded = !name.is_empty() && format!(" {text} ").contains(&format!(" {name} "));
            assert_eq!(super::holds_words(text, name), padded, "{text:?} {name:?}");
        }
    }

    #[test]
    fn accents_and_case_fold_away() {
        assert_eq!(normalize("Psicóloga"), "psicologa");
        assert_eq!(
            normalize("TRABAJADORA SOCIAL CLÍNICA"),
            "trabajadora social clinica"
        );
        assert_eq!(normalize("Niñera"), "ninera");
        assert_eq!(normalize("Thérapeute familial"), "therapeute familial");
        assert_eq!(normalize("L.C.S.W."), "lcsw");
    }
    use super::normalize;

    #[test]
    fn normalize_folds_case_and_punctuation_in_any_script() {
        assert_eq!(normalize("L.C.S.W."), "lcsw");
        assert_eq!(normalize("  Skills-Trainer  "), "skills trainer");
        assert_eq!(normalize("Parent’s PARTNER"), "parents partner");
        assert_eq!(normalize("Thérapeute FAMILIALE"), "therapeute familiale");
        // Letter by letter (no final-sigma rule): both sides of a match fold alike.
        assert_eq!(normalize("ΨΥΧΟΛΌΓΟΣ"), "ψυχολόγοσ");
        assert_eq!(normalize("İstanbul"), "i\u{307}stanbul");
        assert_eq!(normalize("..."), "");
    }
}
