//! Validation of a parsed question bank: every problem is collected, each
//! naming its file and the id involved, so an author fixes them in one pass.

use foldhash::{HashSet, HashSetExt};

mod interview;

use crate::core::bank::{Bank, Scope, Trigger};

/// One thing wrong with the bank: "roles.json:3:7 [qmha]: ...".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{file}{}{}: {message}",
    position.map_or_else(String::new, |(l, c)| format!(":{l}:{c}")),
    id.as_ref().map_or_else(String::new, |id| format!(" [{id}]"))
)]
pub struct Problem {
    pub file: String,
    /// The id the problem is about, when there is one.
    pub id: Option<String>,
    /// Line and column, for JSON syntax errors.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl Problem {
    pub fn new(file: &str, id: Option<&str>, message: String) -> Problem {
        Problem {
            file: file.to_string(),
            id: id.map(str::to_string),
            position: None,
            message,
        }
    }

    pub fn at(file: &str, line: usize, column: usize, message: String) -> Problem {
        Problem {
            file: file.to_string(),
            id: None,
            position: Some((line, column)),
            message,
        }
    }
}

/// Adds every problem found in `bank` to `out`. `clean`: the texts the
/// bank was parsed from are sure to hold no control character or
/// direction override ([`raw_clean`]), so its strings need no search.
pub fn check(bank: &Bank, out: &mut Vec<Problem>, clean: bool) {
    let mut v = Checker { bank, out };
    v.duplicates();
    v.meta();
    v.roles();
    v.needs();
    v.interview();
    v.tracks();
    v.asks();
    v.citations();
    if !clean {
        v.controls();
    }
}

/// Whether the JSON `text` of a bank file is sure to parse to strings with
/// no hostile character. JSON escapes every control character, so a text
/// is sure when it holds no hostile character of its own (a tab or a
/// carriage return between values counts, to be safe) and no escape but
/// `\n`, `\"`, `\\`, `\/` and a `\uXXXX` of a character that is not
/// hostile (a curly quote).
pub fn raw_clean(text: &str) -> bool {
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | '"' | '\\' | '/') => {}
                Some('u') => {
                    let mut code = 0u32;
                    for _ in 0..4 {
                        match chars.next().and_then(|h| h.to_digit(16)) {
                            Some(d) => code = code * 16 + d,
                            None => return false,
                        }
                    }
                    // A surrogate is half of a character beyond U+FFFF,
                    // where no hostile character is.
                    if char::from_u32(code).is_some_and(is_hostile) {
                        return false;
                    }
                }
                _ => return false,
            }
        } else if is_hostile(c) {
            return false;
        }
    }
    true
}

/// Whether `c` may not appear in bank text: control characters other than a
/// newline, and the bidirectional overrides that reorder a line.
fn is_hostile(c: char) -> bool {
    (c.is_control() && c != '\n')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Every string in `v` (keys too) that holds a hostile character, by path.
fn hostile_strings(v: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(t) if t.chars().any(is_hostile) => out.push(path.to_string()),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                hostile_strings(item, &format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, item) in map {
                let at = format!("{path}.{}", crate::core::text::clean(k, false));
                if k.chars().any(is_hostile) {
                    out.push(at.clone());
                }
                hostile_strings(item, &at, out);
            }
        }
        _ => {}
    }
}

struct Checker<'a> {
    bank: &'a Bank,
    out: &'a mut Vec<Problem>,
}

impl Checker<'_> {
    /// Bank text is shown on terminals: control characters (escape
    /// sequences) and bidirectional overrides are refused (issue 15).
    fn controls(&mut self) {
        let b = self.bank;
        // Fast path (bank loading is on start-up's path): JSON text escapes
        // every control character, so a bank whose JSON has no escape but
        // \n, \" and \\, and no direction override, is clean.
        let text = [
            serde_json::to_string(&b.meta),
            serde_json::to_string(&b.sources),
            serde_json::to_string(&b.capabilities),
            serde_json::to_string(&b.roles),
            serde_json::to_string(&b.needs),
            serde_json::to_string(&b.sections),
            serde_json::to_string(&b.questions),
            serde_json::to_string(&b.asks),
        ];
        let suspect = |t: &str| {
            let mut chars = t.chars();
            while let Some(c) = chars.next() {
                if c == '\\' {
                    if !matches!(chars.next(), Some('n' | '"' | '\\' | '/')) {
                        return true;
                    }
                } else if is_hostile(c) {
                    return true;
                }
            }
            false
        };
        if !text.iter().any(|t| t.as_deref().map_or(true, suspect)) {
            return;
        }
        let parts = [
            ("bank.json", serde_json::to_value(&b.meta)),
            ("sources.json", serde_json::to_value(&b.sources)),
            ("capabilities.json", serde_json::to_value(&b.capabilities)),
            ("roles.json", serde_json::to_value(&b.roles)),
            ("needs.json", serde_json::to_value(&b.needs)),
            ("interview.json", serde_json::to_value(&b.sections)),
            ("interview.json", serde_json::to_value(&b.questions)),
            ("asks.json", serde_json::to_value(&b.asks)),
        ];
        for (file, value) in parts {
            let Ok(value) = value else { continue };
            let mut found = Vec::new();
            hostile_strings(&value, "", &mut found);
            for at in found {
                self.push(
                    file,
                    at.trim_start_matches('.'),
                    "text has a control character or a direction override".to_string(),
                );
            }
        }
    }

    fn push(&mut self, file: &str, id: &str, message: String) {
        self.out.push(Problem::new(file, Some(id), message));
    }

    fn duplicates(&mut self) {
        let b = self.bank;
        let lists: [(&str, &str, Vec<&str>); 7] = [
            (
                "sources.json",
                "source",
                b.sources.iter().map(|x| x.id.as_str()).collect(),
            ),
            (
                "capabilities.json",
                "capability",
                b.capabilities.iter().map(|x| x.id.as_str()).collect(),
            ),
            (
                "roles.json",
                "role",
                b.roles.iter().map(|x| x.id.as_str()).collect(),
            ),
            (
                "needs.json",
                "need",
                b.needs.iter().map(|x| x.id.as_str()).collect(),
            ),
            (
                "interview.json",
                "section",
                b.sections.iter().map(|x| x.id.as_str()).collect(),
            ),
            (
                "interview.json",
                "question",
                b.questions.iter().map(|x| x.id.as_str()).collect(),
            ),
            (
                "asks.json",
                "question to ask",
                b.asks.iter().map(|x| x.id.as_str()).collect(),
            ),
        ];
        for (file, what, ids) in lists {
            let mut seen = HashSet::new();
            for id in ids {
                if id.trim().is_empty() {
                    self.push(file, id, format!("a {what} has an empty id"));
                } else if !seen.insert(id) {
                    self.push(file, id, format!("duplicate {what} id"));
                }
            }
        }
        for q in &b.questions {
            let mut seen = HashSet::new();
            for o in &q.options {
                if !seen.insert(o.id.as_str()) {
                    self.push(
                        "interview.json",
                        &q.id,
                        format!("duplicate option id \"{}\"", o.id),
                    );
                }
            }
        }
    }

    fn source(&mut self, file: &str, id: &str, source: &str) {
        if source.trim().is_empty() {
            self.push(
                file,
                id,
                "has no source: cite the page that says it".to_string(),
            );
        } else if self.bank.source(source).is_none() {
            self.push(file, id, format!("unknown source \"{source}\""));
        }
    }

    /// Every source says in a note what the page says, and something cites it.
    fn citations(&mut self) {
        let b = self.bank;
        let mut cited: std::collections::HashSet<&str> = std::collections::HashSet::new();
        cited.extend(b.meta.method_sources.iter().map(String::as_str));
        for l in &b.meta.crisis.lines {
            cited.insert(l.source.as_str());
            cited.extend(l.also_sources.iter().map(String::as_str));
        }
        for r in &b.roles {
            cited.extend(r.sources.iter().map(String::as_str));
            cited.extend(r.ratings.values().map(|x| x.source.as_str()));
        }
        cited.extend(b.needs.iter().map(|n| n.source.as_str()));
        cited.extend(b.asks.iter().map(|a| a.source.as_str()));
        for s in &b.method_sources_unknown() {
            self.push(
                "bank.json",
                "method_sources",
                format!("unknown source \"{s}\""),
            );
        }
        for s in &b.sources {
            if s.note.trim().is_empty() {
                self.push(
                    "sources.json",
                    &s.id,
                    "has no note: say in a sentence what the page says".to_string(),
                );
            }
            if !cited.contains(s.id.as_str()) {
                self.push(
                    "sources.json",
                    &s.id,
                    "is cited by nothing: no rating, role, need, question to ask or crisis line names it"
                        .to_string(),
                );
            }
        }
    }

    fn capability(&mut self, file: &str, id: &str, cap: &str) {
        if self.bank.capability(cap).is_none() {
            self.push(file, id, format!("unknown capability \"{cap}\""));
        }
    }

    fn meta(&mut self) {
        let b = self.bank;
        if b.meta.levels.len() != 4 {
            self.push(
                "bank.json",
                "levels",
                format!(
                    "needs exactly 4 level texts (0-3), found {}",
                    b.meta.levels.len()
                ),
            );
        }
        if b.meta.crisis.lines.is_empty() {
            self.push("bank.json", "crisis", "has no crisis lines".to_string());
        }
        for line in &b.meta.crisis.lines {
            self.source("bank.json", "crisis", &line.source);
            for s in &line.also_sources {
                self.source("bank.json", &line.id, s);
            }
        }
        let c = &b.meta.crisis;
        for (name, order) in [
            ("order_now", &c.order_now),
            ("order_recent", &c.order_recent),
            ("order_none", &c.order_none),
        ] {
            if order.is_empty() {
                self.push("bank.json", name, "lists no crisis lines".to_string());
            }
            for id in order {
                if !c.lines.iter().any(|l| &l.id == id) {
                    self.push(
                        "bank.json",
                        name,
                        format!("names unknown crisis line {id:?}"),
                    );
                }
            }
        }
        for l in &c.lines {
            if c.lines.iter().filter(|o| o.id == l.id).count() > 1 {
                self.push(
                    "bank.json",
                    &l.id,
                    "crisis line id is used twice".to_string(),
                );
            }
            if ![&c.order_now, &c.order_recent, &c.order_none]
                .iter()
                .any(|o| o.contains(&l.id))
            {
                self.push("bank.json", &l.id, "crisis line is in no order".to_string());
            }
        }
        if !is_date(&b.meta.review_by) {
            self.push(
                "bank.json",
                "review_by",
                "must be a date YYYY-MM-DD".to_string(),
            );
        }
    }

    fn roles(&mut self) {
        let b = self.bank;
        let unknown = b.roles.iter().filter(|r| r.unknown).count();
        if unknown != 1 {
            self.push(
                "roles.json",
                "unknown",
                format!("needs exactly one role marked \"unknown\": true, found {unknown}"),
            );
        }
        for r in &b.roles {
            for s in &r.sources {
                self.source("roles.json", &r.id, s);
            }
            if r.aliases
                .iter()
                .chain(&r.aliases_es)
                .chain(&r.supervised_aliases)
                .any(|a| a.trim().is_empty())
            {
                self.push("roles.json", &r.id, "has an empty alias".to_string());
            }

            if r.unknown {
                continue;
            }
            for c in &b.capabilities {
                if !r.ratings.contains_key(&c.id) {
                    self.push(
                        "roles.json",
                        &r.id,
                        format!("has no rating for capability \"{}\"", c.id),
                    );
                }
            }
            for (cap, rating) in &r.ratings {
                // The id is only spelled out for a rating with a problem.
                if b.capability(cap).is_none() || b.source(&rating.source).is_none() {
                    let id = format!("{}.{cap}", r.id);
                    self.capability("roles.json", &id, cap);
                    self.source("roles.json", &id, &rating.source);
                }
            }
        }
    }

    fn needs(&mut self) {
        for n in &self.bank.needs {
            if n.capabilities.is_empty() {
                self.push("needs.json", &n.id, "calls for no capability".to_string());
            }
            for c in n.capabilities.iter().chain(&n.assessment) {
                self.capability("needs.json", &n.id, c);
            }
            self.source("needs.json", &n.id, &n.source);
        }
        let raised = self
            .bank
            .needs
            .iter()
            .filter(|n| n.raised_by_safety && n.raised_by.is_empty())
            .count();
        if raised > 1 {
            self.push(
                "needs.json",
                "raised_by_safety",
                format!(
                    "at most one need may be raised by every safety question, found {raised}; name the others' questions in raised_by"
                ),
            );
        }
        for n in &self.bank.needs {
            if !n.raised_by.is_empty() && !n.raised_by_safety {
                self.push(
                    "needs.json",
                    &n.id,
                    "raised_by needs raised_by_safety".to_string(),
                );
            }
            for q in &n.raised_by {
                if !self.bank.question(q).is_some_and(|q| q.is_safety()) {
                    self.push(
                        "needs.json",
                        &n.id,
                        format!("raised_by names \"{q}\", which is not a safety question"),
                    );
                }
            }
        }
    }

    fn asks(&mut self) {
        let b = self.bank;
        for a in &b.asks {
            let f = "asks.json";
            if a.text.trim().is_empty() {
                self.push(f, &a.id, "has no text".to_string());
            }
            if a.triggers.is_empty() {
                self.push(f, &a.id, "has no trigger, so it is never asked".to_string());
            }
            self.source(f, &a.id, &a.source);
            for other in &a.instead_of {
                if other == &a.id || !b.asks.iter().any(|x| &x.id == other) {
                    self.push(
                        f,
                        &a.id,
                        format!(
                            "instead_of names \"{other}\", which is not another question to ask"
                        ),
                    );
                }
            }
            for t in &a.triggers {
                match t {
                    Trigger::Gap(c)
                    | Trigger::Unsure(c)
                    | Trigger::Mismatch(c)
                    | Trigger::Unmet(c) => self.capability(f, &a.id, c),
                    Trigger::When(c) => self.condition(f, &a.id, c, None, Scope::Provider),
                    Trigger::Unlicensed
                    | Trigger::UnknownRole
                    | Trigger::Always
                    | Trigger::Supervised
                    | Trigger::Peer
                    | Trigger::CoveredByOther
                    | Trigger::NeedsAssessment
                    | Trigger::Watch
                    | Trigger::RoleUnclear => {}
                }
            }
        }
    }
}

/// Whether `s` looks like a date written YYYY-MM-DD.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}
