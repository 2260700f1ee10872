//! The role glossary: `fitcheck roles` (a short table of every role) and
//! `fitcheck roles TITLE` (one role explained, found by any of its names).
//!
//! Everything is wrapped to [`WIDTH`] columns. The words come from
//! `questions/roles.json`; the few words of the glossary's own (headings,
//! the note on ambiguous titles) are the constants below. [`plain_texts`]
//! returns every text the glossary can print, unwrapped, so the content
//! tests can hold it to the same plain-language bar as the rest.

use unicode_width::UnicodeWidthStr;

use crate::core::bank::{Bank, Role};
use crate::core::lang::Lang;
use crate::core::text::wrap;
use crate::core::title;
use crate::core::words::Words;

/// The widest line the glossary prints.
pub const WIDTH: usize = 80;

/// One piece of glossary output, before wrapping.
#[derive(Debug, Clone, PartialEq)]
enum Block {
    /// A title or heading, flush left.
    Heading(String),
    /// A paragraph, indented two columns.
    Para(String),
    /// A list item: "  - text".
    Bullet(String),
    /// A web address, printed under a source; not prose.
    Url(String),
    /// An empty line.
    Blank,
}

/// No role has the title asked about. Said in the bank's language, with the
/// closest titles.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", crate::core::text::fill_with(
    .words.ROLES_NO_MATCH,
    &[("title", &.typed), ("list", &.closest.join(", "))],
))]
pub struct NoSuchTitle {
    /// What was typed, trimmed.
    pub typed: String,
    /// The closest titles, nearest first.
    pub closest: Vec<String>,
    words: &'static Words,
}

/// The text `fitcheck roles [TITLE]` prints: Ok for stdout, Err for stderr
/// (nothing matched; the message lists the closest titles).
pub fn run(bank: &Bank, title: Option<&str>) -> Result<String, NoSuchTitle> {
    let s = bank.words();
    let Some(typed) = title else {
        return Ok(table(bank));
    };
    let found = title::match_roles(bank, typed);
    if found.is_empty() {
        return Err(NoSuchTitle {
            typed: typed.trim().to_string(),
            closest: title::closest(bank, typed, 5),
            words: s,
        });
    }
    let roles: Vec<&Role> = found.iter().map(|&i| &bank.roles[i]).collect();
    let blocks = match (roles.as_slice(), found.as_slice()) {
        // "LPC Associate": the profession's entry, headed as not yet fully
        // licensed, with who answers for the care first.
        ([one], [i]) if title::is_supervised_title(bank, *i, typed) => {
            let mut b = entry(bank, one);
            if let Some(Block::Heading(h)) = b.first_mut() {
                *h = format!(
                    "{}: {}",
                    typed.trim(),
                    crate::core::text::fill(s.SUPERVISED_TITLE, &[("role", &one.short)])
                );
            }
            b.insert(1, Block::Blank);
            b.insert(2, Block::Para(s.SUPERVISED_GLOSSARY.to_string()));
            b
        }
        ([one], _) => entry(bank, one),
        _ => ambiguous(bank, typed.trim(), &roles),
    };
    Ok(render(&blocks))
}

/// Every text the glossary can print, unwrapped: the table, each role's
/// entry, and the note for each title that means several roles.
pub fn plain_texts(bank: &Bank) -> Vec<String> {
    let s = bank.words();
    let mut blocks = vec![
        Block::Para(s.ROLES_HEAD_TITLE.to_string()),
        Block::Para(s.ROLES_HEAD_LICENSED.to_string()),
        Block::Para(s.ROLES_HEAD_WHAT.to_string()),
        Block::Para(s.ROLES_TABLE_FOOT.to_string()),
    ];
    for r in &bank.roles {
        blocks.push(Block::Para(licensed_short(r)));
        blocks.push(Block::Para(first_sentence(&r.summary)));
        blocks.extend(entry(bank, r));
        for name in r
            .aliases
            .iter()
            .chain(&r.aliases_es)
            .chain(&r.supervised_aliases)
            .chain([&r.short, &r.title])
        {
            let found = title::match_roles(bank, name);
            if found.len() > 1 {
                let roles: Vec<&Role> = found.iter().map(|&i| &bank.roles[i]).collect();
                blocks.extend(ambiguous(bank, name, &roles));
            }
        }
    }
    let mut out: Vec<String> = Vec::new();
    for b in blocks {
        let text = match b {
            Block::Heading(t) | Block::Para(t) | Block::Bullet(t) => t,
            Block::Url(_) | Block::Blank => continue,
        };
        if !out.contains(&text) {
            out.push(text);
        }
    }
    out
}

/// The first sentence of a text: up to and including the first ". ".
fn first_sentence(text: &str) -> String {
    match text.find(". ") {
        Some(i) => text[..=i].to_string(),
        None => text.to_string(),
    }
}

/// "Yes", "No", "Certified", "Not always": the licensed text up to its first stop or comma.
fn licensed_short(role: &Role) -> String {
    let t = role.licensed.trim();
    let end = t.find(['.', ',']).unwrap_or(t.len());
    t[..end].to_string()
}

/// The table of every role.
fn table(bank: &Bank) -> String {
    let s = bank.words();
    // A short name wider than this ("School social worker") takes a line of
    // its own, so the column of full titles stays wide.
    const MAX_SHORT: usize = 16;
    let w_short = bank
        .roles
        .iter()
        .map(|r| r.short.width())
        .filter(|&w| w <= MAX_SHORT)
        .chain([s.ROLES_HEAD_TITLE.width()])
        .max()
        .unwrap_or(0);
    let w_lic = bank
        .roles
        .iter()
        .map(|r| licensed_short(r).width())
        .chain([s.ROLES_HEAD_LICENSED.width()])
        .max()
        .unwrap_or(0);
    let left = w_short + 2 + w_lic + 2;
    let right = WIDTH.saturating_sub(left).max(20);
    let mut out = String::new();
    let row = |out: &mut String, a: &str, b: &str, text: &str| {
        for (i, line) in wrap(text, right).iter().enumerate() {
            let (a, b) = if i == 0 { (a, b) } else { ("", "") };
            let pad_a = w_short - a.width();
            let pad_b = w_lic - b.width();
            let line = format!("{a}{}  {b}{}  {line}", " ".repeat(pad_a), " ".repeat(pad_b));
            out.push_str(line.trim_end());
            out.push('\n');
        }
    };
    row(
        &mut out,
        s.ROLES_HEAD_TITLE,
        s.ROLES_HEAD_LICENSED,
        s.ROLES_HEAD_WHAT,
    );
    for r in &bank.roles {
        out.push('\n');
        if r.short.width() > w_short {
            out.push_str(&r.short);
            out.push('\n');
            row(&mut out, "", &licensed_short(r), &r.title);
        } else {
            row(&mut out, &r.short, &licensed_short(r), &r.title);
        }
        row(&mut out, "", "", &first_sentence(&r.summary));
    }
    out.push('\n');
    for line in wrap(s.ROLES_TABLE_FOOT, WIDTH) {
        out.push_str(&line);
        out.push('\n');
    }
    for line in wrap(&bank.meta.not_advice, WIDTH) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The full entry for one role.
fn entry(bank: &Bank, r: &Role) -> Vec<Block> {
    let s = bank.words();
    let mut b = Vec::new();
    if r.unknown {
        b.push(Block::Heading(r.title.clone()));
    } else {
        b.push(Block::Heading(format!("{}: {}", r.short, r.title)));
    }
    let section = |b: &mut Vec<Block>, heading: &str, text: &str| {
        if !text.trim().is_empty() {
            b.push(Block::Blank);
            b.push(Block::Heading(heading.to_string()));
            b.push(Block::Para(text.to_string()));
        }
    };
    section(&mut b, s.ROLES_H_MEANS, &r.summary);
    section(&mut b, s.ROLES_H_EDUCATION, &r.education);
    section(&mut b, s.ROLES_H_LICENSED, &r.licensed);
    section(&mut b, s.ROLES_H_SUPERVISION, &r.supervision);
    let list = |b: &mut Vec<Block>, heading: &str, items: &[String]| {
        if !items.is_empty() {
            b.push(Block::Blank);
            b.push(Block::Heading(heading.to_string()));
            b.extend(items.iter().map(|i| Block::Bullet(i.clone())));
        }
    };
    list(&mut b, s.ROLES_H_DOES_WELL, &r.does_well);
    list(&mut b, s.ROLES_H_NOT_TRAINED, &r.not_trained_for);
    section(&mut b, s.ROLES_H_STATE, &r.varies_by_state);
    if r.unknown {
        b.push(Block::Blank);
        b.push(Block::Para(s.ROLES_UNKNOWN_TIP.to_string()));
    } else {
        // Names made of acronyms ("LICSW", "psych NP") are left out: the
        // entry's own text spells out the ones a parent needs.
        let names: Vec<&str> = r
            .aliases
            .iter()
            .map(String::as_str)
            .filter(|a| {
                a.split(|c: char| c.is_whitespace() || c == '-')
                    .all(|w| w.chars().any(char::is_lowercase))
            })
            .collect();
        // In Spanish, the Spanish names come first, then the English ones
        // a parent may still read on a letter, said to be English.
        let spanish: Vec<&str> = match s.lang {
            Lang::Es => r.aliases_es.iter().map(String::as_str).collect(),
            Lang::En => Vec::new(),
        };
        match (spanish.is_empty(), names.is_empty()) {
            (true, true) => {}
            (true, false) => section(&mut b, s.ROLES_H_ALSO, &names.join(", ")),
            (false, true) => section(&mut b, s.ROLES_H_ALSO, &spanish.join(", ")),
            (false, false) => {
                section(&mut b, s.ROLES_H_ALSO, &spanish.join(", "));
                b.push(Block::Para(
                    s.ROLES_ALSO_ENGLISH.replace("{names}", &names.join(", ")),
                ));
            }
        }
    }
    if !r.sources.is_empty() {
        b.push(Block::Blank);
        b.push(Block::Heading(s.ROLES_H_SOURCES.to_string()));
        for id in &r.sources {
            if let Some(s) = bank.source(id) {
                b.push(Block::Bullet(s.title.clone()));
                if let Some(url) = &s.url {
                    b.push(Block::Url(url.clone()));
                }
            }
        }
    }
    b.push(Block::Blank);
    b.push(Block::Para(
        s.ROLES_LAST_CHECKED.replace("{date}", &r.last_checked),
    ));
    b.push(Block::Para(bank.meta.varies_by_state.clone()));
    b.push(Block::Para(bank.meta.not_advice.clone()));
    b
}

/// A title that means several roles: each one briefly, and how to tell them apart.
fn ambiguous(bank: &Bank, typed: &str, roles: &[&Role]) -> Vec<Block> {
    let s = bank.words();
    let mut b = vec![Block::Para(crate::core::text::fill_with(
        s.ROLES_AMBIGUOUS,
        &[("title", &typed), ("n", &roles.len().to_string())],
    ))];
    let is_peer = |r: &&Role| r.traits.get("peer").is_some_and(|v| v == "yes");
    let peers: Vec<&Role> = roles.iter().copied().filter(|r| is_peer(r)).collect();
    let others: Vec<&str> = roles
        .iter()
        .filter(|r| !is_peer(r))
        .map(|r| r.short.as_str())
        .collect();
    if let ([peer], false) = (peers.as_slice(), others.is_empty()) {
        // English puts "a" before each title; Spanish none, and says "u"
        // for "o" before the sound "o".
        let a = if s.lang == Lang::En { "a " } else { "" };
        let or = |last: &str| {
            let w = title::normalize(last);
            if w.strip_prefix('h').unwrap_or(&w).starts_with('o') {
                s.OR_BEFORE_O
            } else {
                s.ROLES_OR
            }
        };
        let others = match others.as_slice() {
            [one] if s.lang == Lang::En => {
                format!("{} {one}", crate::core::text::indefinite_article(one))
            }
            [rest @ .., last] if s.lang == Lang::En => format!(
                "{} {} {} {last}",
                crate::core::text::indefinite_article(rest[0]),
                rest.join(", "),
                or(last)
            ),
            [one] => format!("{a}{one}"),
            [rest @ .., last] => format!("{a}{} {} {last}", rest.join(", "), or(last)),
            [] => String::new(),
        };
        b.push(Block::Para(
            s.ROLES_PEER_NOTE
                .replace("{peer}", &peer.title)
                .replace("{others}", &others),
        ));
    }
    for r in roles {
        b.push(Block::Blank);
        b.push(Block::Heading(format!("{}: {}", r.short, r.title)));
        b.push(Block::Para(r.summary.clone()));
        b.push(Block::Para(
            s.ROLES_LICENSED_LINE.replace("{licensed}", &r.licensed),
        ));
    }
    b.push(Block::Blank);
    let example = roles.first().map_or("", |r| r.short.as_str());
    b.push(Block::Para(s.ROLES_MORE.replace("{short}", example)));
    let date = roles
        .iter()
        .map(|r| r.last_checked.as_str())
        .min()
        .unwrap_or("");
    b.push(Block::Para(s.ROLES_LAST_CHECKED.replace("{date}", date)));
    b.push(Block::Para(bank.meta.not_advice.clone()));
    b
}

fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut push = |line: &str| {
        out.push_str(line.trim_end());
        out.push('\n');
    };
    for block in blocks {
        match block {
            Block::Heading(t) => wrap(t, WIDTH).iter().for_each(|l| push(l)),
            Block::Para(t) => wrap(t, WIDTH - 2)
                .iter()
                .for_each(|l| push(&format!("  {l}"))),
            Block::Bullet(t) => {
                for (i, l) in wrap(t, WIDTH - 4).iter().enumerate() {
                    push(&format!("{}{l}", if i == 0 { "  - " } else { "    " }));
                }
            }
            Block::Url(u) => push(&format!("    {u}")),
            Block::Blank => push(""),
        }
    }
    out
}

#[cfg(test)]
mod tests;
