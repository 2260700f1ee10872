//! Translations of the question bank: an overlay per bank file, holding only
//! the words a parent reads, put over the English base after it is parsed
//! and before the bank is indexed and validated.
//!
//! Layout: `questions/*.json` is the English base (ids, ratings, sources,
//! links); `questions/es/<same file>.json` mirrors each base file's shape
//! with only its text fields, keyed by the same ids (options by option id,
//! ratings by capability id; lists without ids, such as `levels` and
//! `limits`, by position). See `questions/es/README.md`.
//!
//! Pure apart from [`Bank::load_dir_in`] and [`check_languages`], which read
//! a folder. Every problem is reported like any other bank error, with the
//! file (`es/roles.json`) and the id: an id the English lacks, a text the
//! overlay misses, a `{placeholder}` set that differs from the English.
//!
//! Speed: English loading does not come here. Spanish parses each overlay
//! once (a small tree of its texts) and moves its strings into the parsed
//! English; the bank is then indexed and validated once, as in English.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};

use serde_json::{Map, Value};

use crate::core::bank::validate::Problem;
use crate::core::bank::{
    Ask, Bank, BankError, Capability, Interview, Label, Meta, Need, Role, Source,
};
use crate::core::lang::Lang;

/// The Spanish overlays shipped inside the binary, in [`FILES`] order.
const EMBEDDED_ES: [(&str, &str); 7] = [
    ("bank.json", include_str!("../../../questions/es/bank.json")),
    (
        "sources.json",
        include_str!("../../../questions/es/sources.json"),
    ),
    (
        "capabilities.json",
        include_str!("../../../questions/es/capabilities.json"),
    ),
    (
        "roles.json",
        include_str!("../../../questions/es/roles.json"),
    ),
    (
        "needs.json",
        include_str!("../../../questions/es/needs.json"),
    ),
    (
        "interview.json",
        include_str!("../../../questions/es/interview.json"),
    ),
    ("asks.json", include_str!("../../../questions/es/asks.json")),
];

impl Lang {
    /// The folder, inside a questions folder, that holds this language's
    /// overlays; `None` for English, the base.
    pub fn overlay_dir(self) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Es => Some("es"),
        }
    }
}

/// The parsed overlays of one language, by bank file. A file that could
/// not be read or parsed is absent: its problem is reported once, and its
/// texts stay English.
#[derive(Debug, Clone)]
pub struct Overlays {
    /// "es": the folder name, which prefixes every problem's file.
    dir: &'static str,
    files: Vec<(&'static str, Value)>,
    /// Whether every overlay's text is sure to hold no control character
    /// (see [`crate::core::bank::validate::raw_clean`]).
    pub(crate) clean: bool,
}

/// The parts of a bank as parsed, before indexing: what an overlay changes.
pub struct Parts<'a> {
    pub meta: &'a mut Meta,
    pub sources: &'a mut Vec<Source>,
    pub capabilities: &'a mut Vec<Capability>,
    pub roles: &'a mut Vec<Role>,
    pub needs: &'a mut Vec<Need>,
    pub interview: &'a mut Interview,
    pub asks: &'a mut Vec<Ask>,
}

impl Overlays {
    /// Parses the overlay texts of `lang` (file name, text; `None` for a
    /// file that is missing). Problems are added to `problems`.
    pub fn parse(
        lang: Lang,
        texts: &[(&'static str, Option<&str>)],
        problems: &mut Vec<Problem>,
    ) -> Overlays {
        let dir = lang.overlay_dir().unwrap_or(".");
        let mut files = Vec::new();
        let mut clean = true;
        for &(name, text) in texts {
            let file = format!("{dir}/{name}");
            let Some(text) = text else {
                problems.push(Problem::new(&file, None, "the file is missing".to_string()));
                continue;
            };
            clean &= crate::core::bank::validate::raw_clean(text);
            match serde_json::from_str(text) {
                Ok(v) => files.push((name, v)),
                Err(e) => problems.push(Problem::at(
                    &file,
                    e.line(),
                    e.column(),
                    crate::core::reason::json(&e),
                )),
            }
        }
        Overlays { dir, files, clean }
    }

    fn file(&self, name: &str) -> Option<&Value> {
        self.files.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Puts every text of the overlays over the English parts, reporting
    /// what is missing, unknown or misshapen. What is missing stays English.
    pub fn apply(&self, p: Parts<'_>, problems: &mut Vec<Problem>) {
        let mut run = |name: &str, f: &mut dyn FnMut(&mut Tr<'_>, &Value)| {
            if let Some(v) = self.file(name) {
                let mut t = Tr {
                    file: format!("{}/{name}", self.dir),
                    path: Vec::new(),
                    problems,
                };
                f(&mut t, v);
            }
        };
        run("bank.json", &mut |t, v| t.meta(p.meta, v));
        run("sources.json", &mut |t, v| {
            t.items(
                Some(v),
                None,
                p.sources,
                |s| &s.id,
                |t, s, m| {
                    t.keys(m, &["title", "note"]);
                    t.text(Some(m), "title", &mut s.title);
                    t.text(Some(m), "note", &mut s.note);
                },
            );
        });
        run("capabilities.json", &mut |t, v| {
            t.items(
                Some(v),
                None,
                p.capabilities,
                |c| &c.id,
                |t, c, m| {
                    let keys = [
                        "name",
                        "description",
                        "trained_text",
                        "varies_text",
                        "not_trained_text",
                    ];
                    t.keys(m, &keys);
                    t.text(Some(m), "name", &mut c.name);
                    t.text(Some(m), "description", &mut c.description);
                    t.text(Some(m), "trained_text", &mut c.trained_text);
                    t.text(Some(m), "varies_text", &mut c.varies_text);
                    t.text(Some(m), "not_trained_text", &mut c.not_trained_text);
                },
            );
        });
        run("roles.json", &mut |t, v| {
            t.items(Some(v), None, p.roles, |r| &r.id, Tr::role);
        });
        run("needs.json", &mut |t, v| {
            t.items(
                Some(v),
                None,
                p.needs,
                |n| &n.id,
                |t, n, m| {
                    t.keys(m, &["name"]);
                    t.text(Some(m), "name", &mut n.name);
                },
            );
        });
        run("interview.json", &mut |t, v| t.interview(p.interview, v));
        run("asks.json", &mut |t, v| {
            t.items(
                Some(v),
                None,
                p.asks,
                |a| &a.id,
                |t, a, m| {
                    t.keys(m, &["text", "why"]);
                    t.text(Some(m), "text", &mut a.text);
                    t.text(Some(m), "why", &mut a.why);
                },
            );
        });
    }
}

impl Bank {
    /// The built-in bank in `lang`. English is [`Bank::embedded`] itself;
    /// Spanish puts the built-in overlays over it.
    pub fn embedded_in(lang: Lang) -> Result<Bank, BankError> {
        match lang {
            Lang::En => Bank::embedded(),
            Lang::Es => {
                let mut problems = Vec::new();
                let texts: Vec<(&'static str, Option<&str>)> =
                    EMBEDDED_ES.iter().map(|(n, t)| (*n, Some(*t))).collect();
                let overlays = Overlays::parse(lang, &texts, &mut problems);
                let files: Vec<(&str, Cow<str>)> = Bank::embedded_files()
                    .iter()
                    .map(|(name, text)| (*name, Cow::Borrowed(*text)))
                    .collect();
                let origin = "the built-in questions (español)";
                finish(
                    origin,
                    Bank::from_texts_in(origin, &files, Some(&overlays)),
                    problems,
                )
                .map(|b| b.in_lang(lang))
            }
        }
    }

    /// The bank in `lang` from a folder's texts, as the store read them:
    /// each English file, and each overlay of the language's folder.
    pub fn from_folder_texts(
        origin: &str,
        lang: Lang,
        files: &[(&str, Cow<str>)],
        overlay_texts: &[(&'static str, String)],
    ) -> Result<Bank, BankError> {
        let mut problems = Vec::new();
        let texts: Vec<(&'static str, Option<&str>)> = overlay_texts
            .iter()
            .map(|(n, t)| (*n, Some(t.as_str())))
            .collect();
        let overlays = Overlays::parse(lang, &texts, &mut problems);
        finish(
            origin,
            Bank::from_texts_in(origin, files, Some(&overlays)),
            problems,
        )
        .map(|b| b.in_lang(lang))
    }

    /// The bank, marked as written in `lang`.
    fn in_lang(mut self, lang: Lang) -> Bank {
        self.lang = lang;
        self
    }
}

/// The bank, unless the overlays had problems of their own (a file that
/// does not parse): those come first, then the bank's.
fn finish(
    origin: &str,
    built: Result<Bank, BankError>,
    mut problems: Vec<Problem>,
) -> Result<Bank, BankError> {
    match built {
        Ok(bank) if problems.is_empty() => Ok(bank),
        Ok(_) => Err(BankError {
            origin: origin.to_string(),
            problems,
        }),
        Err(mut e) => {
            problems.append(&mut e.problems);
            e.problems = problems;
            Err(e)
        }
    }
}

/// The `{name}` placeholders in a text.
pub fn placeholders(text: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close)
                if close > 0
                    && after[..close]
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '_') =>
            {
                out.insert(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    out
}

/// Puts one overlay file over its English part, collecting problems.
pub struct Tr<'a> {
    file: String,
    /// Where we are, by ids and keys: "qmha.ratings.safety_planning".
    path: Vec<String>,
    problems: &'a mut Vec<Problem>,
}

impl Tr<'_> {
    fn problem(&mut self, message: String) {
        let id = self.path.join(".");
        let id = (!id.is_empty()).then_some(id);
        self.problems
            .push(Problem::new(&self.file, id.as_deref(), message));
    }

    /// The overlay value as an object whose keys are among `keys` (and
    /// "id"); anything else is reported.
    fn object<'v>(
        &mut self,
        v: Option<&'v Value>,
        keys: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        match v {
            None => None,
            Some(Value::Object(m)) => {
                self.keys(m, keys);
                Some(m)
            }
            Some(_) => {
                self.problem("should be an object, like the English".to_string());
                None
            }
        }
    }

    /// Reports every key of `m` that is not among `keys` (or "id").
    fn keys(&mut self, m: &Map<String, Value>, keys: &[&str]) {
        for k in m.keys() {
            if k != "id" && !keys.contains(&k.as_str()) {
                self.problem(format!(
                    "\"{k}\" is not a text to translate here: keep it only in the English file"
                ));
            }
        }
    }

    /// Replaces `target` with the overlay's text at `key`, checking it is
    /// there, is a non-empty text and has the English placeholders.
    fn text(&mut self, m: Option<&Map<String, Value>>, key: &str, target: &mut String) {
        match m.and_then(|m| m.get(key)) {
            None => self.problem(format!("no translation of \"{key}\"")),
            Some(Value::String(tr)) => {
                if self.good(key, target, tr) {
                    target.clone_from(tr);
                }
            }
            Some(_) => self.problem(format!("\"{key}\" should be a text, like the English")),
        }
    }

    /// An optional English text: translated when there, refused when not.
    fn opt_text(&mut self, m: Option<&Map<String, Value>>, key: &str, target: &mut Option<String>) {
        match target {
            Some(t) => self.text(m, key, t),
            None if m.is_some_and(|m| m.contains_key(key)) => {
                self.problem(format!("\"{key}\" is not in the English file"));
            }
            None => {}
        }
    }

    /// A list of texts, matched by position.
    fn list(&mut self, m: Option<&Map<String, Value>>, key: &str, target: &mut [String]) {
        let theirs = m.and_then(|m| m.get(key));
        if target.is_empty() {
            if theirs.is_some_and(|v| v.as_array().is_none_or(|a| !a.is_empty())) {
                self.problem(format!("\"{key}\" is not in the English file"));
            }
            return;
        }
        match theirs {
            None => self.problem(format!("no translation of \"{key}\"")),
            Some(Value::Array(tr))
                if tr.len() == target.len() && tr.iter().all(Value::is_string) =>
            {
                for (i, (e, t)) in target.iter_mut().zip(tr).enumerate() {
                    let t = t.as_str().unwrap_or_default();
                    if self.good(&format!("{key}[{i}]"), e, t) {
                        *e = t.to_string();
                    }
                }
            }
            Some(_) => self.problem(format!(
                "\"{key}\" should be a list of {} texts, like the English",
                target.len()
            )),
        }
    }

    /// Whether a translation of `en` can replace it: not empty, and with
    /// the same placeholders.
    fn good(&mut self, key: &str, en: &str, tr: &str) -> bool {
        if tr.trim().is_empty() {
            self.problem(format!("\"{key}\" is empty"));
            return false;
        }
        let (a, b) = (placeholders(en), placeholders(tr));
        if a != b {
            let show = |s: &BTreeSet<&str>| {
                if s.is_empty() {
                    "none".to_string()
                } else {
                    s.iter()
                        .map(|p| format!("{{{p}}}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            };
            self.problem(format!(
                "\"{key}\" has the placeholders {}, the English has {}",
                show(&b),
                show(&a)
            ));
            return false;
        }
        true
    }

    /// Matches the overlay's list `v` to `items` by id and calls `f` on
    /// each pair. `key` names the list in problems when it is nested.
    fn items<T>(
        &mut self,
        v: Option<&Value>,
        key: Option<&str>,
        items: &mut [T],
        id: impl Fn(&T) -> &String,
        mut f: impl FnMut(&mut Self, &mut T, &Map<String, Value>),
    ) {
        if let Some(k) = key {
            self.path.push(k.to_string());
        }
        let theirs: &[Value] = match v {
            Some(Value::Array(a)) => a,
            Some(_) => {
                self.problem("should be a list, like the English".to_string());
                &[]
            }
            None => {
                if !items.is_empty() {
                    self.problem("no translation of this list".to_string());
                }
                &[]
            }
        };
        let mut by_id: HashMap<&str, &Map<String, Value>> = HashMap::new();
        for item in theirs {
            let Some((m, their_id)) = item
                .as_object()
                .and_then(|m| Some((m, m.get("id")?.as_str()?)))
            else {
                self.problem("an item has no \"id\"".to_string());
                continue;
            };
            if by_id.insert(their_id, m).is_some() {
                self.problem(format!("\"{their_id}\" is translated twice"));
            }
            if !items.iter().any(|i| id(i) == their_id) {
                self.path.push(their_id.to_string());
                self.problem("this id is not in the English file".to_string());
                self.path.pop();
            }
        }
        if v.is_some() {
            for item in items.iter_mut() {
                let item_id = id(item).clone();
                self.path.push(item_id.clone());
                match by_id.get(item_id.as_str()) {
                    Some(m) => f(self, item, m),
                    None => self.problem("no translation of this id".to_string()),
                }
                self.path.pop();
            }
        }
        if key.is_some() {
            self.path.pop();
        }
    }

    /// A short label and its sentence (coverage, verdicts).
    fn label(&mut self, m: Option<&Map<String, Value>>, key: &str, target: &mut Label) {
        self.path.push(key.to_string());
        let m = match m {
            Some(m) => self.object(m.get(key), &["label", "text"]),
            None => None,
        };
        self.text(m, "label", &mut target.label);
        self.text(m, "text", &mut target.text);
        self.path.pop();
    }

    fn meta(&mut self, meta: &mut Meta, v: &Value) {
        let keys = [
            "not_advice",
            "varies_by_state",
            "limits",
            "report_error",
            "crisis",
            "levels",
            "coverage",
            "verdicts",
        ];
        let m = self.object(Some(v), &keys);
        self.text(m, "not_advice", &mut meta.not_advice);
        self.text(m, "varies_by_state", &mut meta.varies_by_state);
        self.list(m, "limits", &mut meta.limits);
        self.text(m, "report_error", &mut meta.report_error);

        self.path.push("crisis".to_string());
        let keys = [
            "heading",
            "heading_recent",
            "footer",
            "footer_plain",
            "lines",
        ];
        let c = self.object(m.and_then(|m| m.get("crisis")), &keys);
        let crisis = &mut meta.crisis;
        self.text(c, "heading", &mut crisis.heading);
        self.text(c, "heading_recent", &mut crisis.heading_recent);
        self.text(c, "footer", &mut crisis.footer);
        self.text(c, "footer_plain", &mut crisis.footer_plain);
        let lines = c.and_then(|c| c.get("lines"));
        self.items(
            lines,
            Some("lines"),
            &mut crisis.lines,
            |l| &l.id,
            |t, l, m| {
                t.keys(m, &["text"]);
                t.text(Some(m), "text", &mut l.text);
            },
        );
        self.path.pop();

        self.path.push("levels".to_string());
        match m.and_then(|m| m.get("levels")) {
            Some(Value::Array(tr)) if tr.len() == meta.levels.len() => {
                for (i, (level, t)) in meta.levels.iter_mut().zip(tr).enumerate() {
                    self.path.push(i.to_string());
                    let t = self.object(Some(t), &["label", "hint"]);
                    self.text(t, "label", &mut level.label);
                    self.text(t, "hint", &mut level.hint);
                    self.path.pop();
                }
            }
            None => self.problem("no translation of \"levels\"".to_string()),
            Some(_) => self.problem(format!(
                "should be a list of {} levels, like the English",
                meta.levels.len()
            )),
        }
        self.path.pop();

        self.path.push("coverage".to_string());
        let keys = ["trained", "varies", "not_trained"];
        let c = self.object(m.and_then(|m| m.get("coverage")), &keys);
        let cov = &mut meta.coverage;
        self.label(c, "trained", &mut cov.trained);
        self.label(c, "varies", &mut cov.varies);
        self.label(c, "not_trained", &mut cov.not_trained);
        self.path.pop();

        self.path.push("verdicts".to_string());
        let keys = [
            "good_fit",
            "partial_fit",
            "poor_fit",
            "unknown",
            "nothing_to_weigh",
            "other_specialty",
        ];
        let c = self.object(m.and_then(|m| m.get("verdicts")), &keys);
        let v = &mut meta.verdicts;
        self.label(c, "good_fit", &mut v.good_fit);
        self.label(c, "partial_fit", &mut v.partial_fit);
        self.label(c, "poor_fit", &mut v.poor_fit);
        self.label(c, "unknown", &mut v.unknown);
        self.label(c, "nothing_to_weigh", &mut v.nothing_to_weigh);
        self.label(c, "other_specialty", &mut v.other_specialty);
        self.path.pop();
    }

    /// A role's texts and the notes of its ratings. A translated title or
    /// short name keeps the English one among the aliases, so a parent who
    /// read "LCSW" or "Peer Support Specialist" on a letter still finds it.
    fn role(&mut self, r: &mut Role, m: &Map<String, Value>) {
        let keys = [
            "title",
            "short",
            "summary",
            "education",
            "licensed",
            "supervision",
            "does_well",
            "not_trained_for",
            "varies_by_state",
            "ratings",
        ];
        self.keys(m, &keys);
        let english = [r.title.clone(), r.short.clone()];
        self.text(Some(m), "title", &mut r.title);
        self.text(Some(m), "short", &mut r.short);
        self.text(Some(m), "summary", &mut r.summary);
        self.text(Some(m), "education", &mut r.education);
        self.text(Some(m), "licensed", &mut r.licensed);
        self.text(Some(m), "supervision", &mut r.supervision);
        self.list(Some(m), "does_well", &mut r.does_well);
        self.list(Some(m), "not_trained_for", &mut r.not_trained_for);
        self.text(Some(m), "varies_by_state", &mut r.varies_by_state);
        for name in english {
            // A plain comparison: a name listed twice only costs a
            // duplicate in matching, and normalizing every alias here would
            // cost more than the rest of the translation.
            let known = [&r.title, &r.short]
                .into_iter()
                .chain(&r.aliases)
                .any(|a| a.eq_ignore_ascii_case(&name));
            if !known {
                r.aliases.push(name);
            }
        }
        self.path.push("ratings".to_string());
        let theirs = match m.get("ratings") {
            None => None,
            Some(Value::Object(o)) => Some(o),
            Some(_) => {
                self.problem("should be an object, like the English".to_string());
                None
            }
        };
        for cap in theirs.into_iter().flat_map(|o| o.keys()) {
            if !r.ratings.contains_key(cap) {
                self.path.push(cap.clone());
                self.problem("this id is not in the English file".to_string());
                self.path.pop();
            }
        }
        for (cap, rating) in &mut r.ratings {
            self.path.push(cap.clone());
            let t = self.object(theirs.and_then(|o| o.get(cap)), &["note"]);
            match (&mut rating.note, t) {
                (Some(note), t) => self.text(t, "note", note),
                (None, Some(t)) if t.contains_key("note") => {
                    self.problem("\"note\" is not in the English file".to_string());
                }
                (None, _) => {}
            }
            self.path.pop();
        }
        self.path.pop();
    }

    fn interview(&mut self, interview: &mut Interview, v: &Value) {
        let m = self.object(Some(v), &["sections", "questions"]);
        let sections = m.and_then(|m| m.get("sections"));
        self.items(
            sections,
            Some("sections"),
            &mut interview.sections,
            |s| &s.id,
            |t, s, m| {
                t.keys(m, &["title", "intro"]);
                t.text(Some(m), "title", &mut s.title);
                t.opt_text(Some(m), "intro", &mut s.intro);
            },
        );
        let questions = m.and_then(|m| m.get("questions"));
        self.items(
            questions,
            Some("questions"),
            &mut interview.questions,
            |q| &q.id,
            |t, q, m| {
                t.keys(m, &["prompt", "hint", "options", "level_hints"]);
                t.text(Some(m), "prompt", &mut q.prompt);
                t.text(Some(m), "hint", &mut q.hint);
                t.list(Some(m), "level_hints", &mut q.level_hints);
                if q.options.is_empty() {
                    if m.contains_key("options") {
                        t.problem("\"options\" is not in the English file".to_string());
                    }
                    return;
                }
                t.items(
                    m.get("options"),
                    Some("options"),
                    &mut q.options,
                    |o| &o.id,
                    |t, o, m| {
                        t.keys(m, &["text", "hint"]);
                        t.text(Some(m), "text", &mut o.text);
                        t.opt_text(Some(m), "hint", &mut o.hint);
                    },
                );
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The built-in English with the built-in Spanish overlays, each file
    /// first changed by `edit`; every problem as printed.
    fn load(edit: impl Fn(&str, &mut Value)) -> Result<Bank, Vec<String>> {
        let mut problems = Vec::new();
        let texts: Vec<(&'static str, String)> = EMBEDDED_ES
            .iter()
            .map(|(n, t)| {
                let mut v: Value = serde_json::from_str(t).unwrap();
                edit(n, &mut v);
                (*n, v.to_string())
            })
            .collect();
        let texts: Vec<(&'static str, Option<&str>)> =
            texts.iter().map(|(n, t)| (*n, Some(t.as_str()))).collect();
        let overlays = Overlays::parse(Lang::Es, &texts, &mut problems);
        let files: Vec<(&str, Cow<str>)> = Bank::embedded_files()
            .iter()
            .map(|(n, t)| (*n, Cow::Borrowed(*t)))
            .collect();
        finish(
            "test",
            Bank::from_texts_in("test", &files, Some(&overlays)),
            problems,
        )
        .map_err(|e| e.problems.iter().map(ToString::to_string).collect())
    }

    fn find<'a>(list: &'a mut Value, id: &str) -> &'a mut Value {
        list.as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|v| v["id"] == id)
            .unwrap()
    }

    #[test]
    fn spanish_replaces_the_words_and_keeps_the_rest() {
        let en = Bank::embedded().unwrap();
        let es = load(|_, _| {}).unwrap_or_else(|p| panic!("{p:#?}"));
        assert_eq!(es.meta.verdicts.good_fit.label, "Encaja bien");
        assert_eq!(es.meta.levels[3].label, "Urgente");
        let (q_en, q_es) = (
            en.question("safety_self").unwrap(),
            es.question("safety_self").unwrap(),
        );
        assert_ne!(q_en.prompt, q_es.prompt);
        assert_eq!(q_es.options[0].text, "Sí, ahora mismo");
        assert!(q_es.options[0].crisis, "flags stay");
        let (r_en, r_es) = (en.role("qmha").unwrap(), es.role("qmha").unwrap());
        assert_eq!(
            r_en.ratings["safety_planning"].level,
            r_es.ratings["safety_planning"].level
        );
        assert!(
            r_es.ratings["safety_planning"]
                .note
                .as_deref()
                .unwrap()
                .contains("Oregón")
        );
        assert_eq!(r_en.traits, r_es.traits);
        // The English names still find a translated role.
        let psych = es.role("psychologist").unwrap();
        assert_eq!(psych.short, "Psicólogo");
        assert!(psych.aliases.iter().any(|a| a == "Psychologist"));
        assert!(
            !es.role("qmha").unwrap().aliases.iter().any(|a| a == "QMHA"),
            "the same short is not added twice"
        );
        assert_eq!(en.questions.len(), es.questions.len());
    }

    #[test]
    fn reports_missing_unknown_and_misshapen_text_with_file_and_id() {
        let problems = load(|name, v| match name {
            "interview.json" => {
                let q = find(&mut v["questions"], "safety_self");
                q.as_object_mut().unwrap().remove("hint");
                q["options"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"id": "maybe", "text": "Quizás"}));
                q["when"] = json!({"any_of": {}});
                let q = find(&mut v["questions"], "need_family_stress");
                q["level_hints"] = json!(["uno"]);
                let q = find(&mut v["questions"], "provider_name");
                q["options"] = json!([{"id": "x", "text": "X"}]);
                let s = v["questions"].as_array().unwrap()[0].clone();
                v["questions"].as_array_mut().unwrap().push(s);
            }
            "capabilities.json" => {
                find(v, "rapport")["trained_text"] = json!("La formación de {rol} lo cubre.");
            }
            "roles.json" => {
                find(v, "qmha")["ratings"]["rapport"] = json!({"note": "Nota"});
                find(v, "qmha")["ratings"]["flying"] = json!({"note": "Nota"});
                find(v, "lcsw")["ratings"]
                    .as_object_mut()
                    .unwrap()
                    .remove("behavior_charts");
                v.as_array_mut().unwrap().retain(|r| r["id"] != "msw");
            }
            "needs.json" => find(v, "trauma")["name"] = json!(" "),
            _ => {}
        })
        .unwrap_err();
        let all = problems.join("\n");
        for want in [
            "es/interview.json [questions.safety_self]: no translation of \"hint\"",
            "es/interview.json [questions.safety_self.options.maybe]: this id is not in the English file",
            "es/interview.json [questions.safety_self]: \"when\" is not a text to translate here",
            "es/interview.json [questions.need_family_stress]: \"level_hints\" should be a list of 4 texts, like the English",
            "es/interview.json [questions.provider_name]: \"options\" is not in the English file",
            "es/interview.json [questions]: \"safety_self\" is translated twice",
            "es/capabilities.json [rapport]: \"trained_text\" has the placeholders {rol}, the English has {role}",
            "es/roles.json [qmha.ratings.rapport]: \"note\" is not in the English file",
            "es/roles.json [qmha.ratings.flying]: this id is not in the English file",
            "es/roles.json [lcsw.ratings.behavior_charts]: no translation of \"note\"",
            "es/roles.json [msw]: no translation of this id",
            "es/needs.json [trauma]: \"name\" is empty",
        ] {
            assert!(all.contains(want), "missing {want:?} in\n{all}");
        }
    }

    #[test]
    fn translated_text_is_validated_like_the_english() {
        let problems = load(|name, v| {
            if name == "needs.json" {
                find(v, "trauma")["name"] = json!("Trauma \u{1b}[31m");
            }
        })
        .unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("needs.json") && p.contains("control character")),
            "{problems:#?}"
        );
    }

    #[test]
    fn a_broken_or_missing_overlay_is_named_once() {
        let mut problems = Vec::new();
        let o = Overlays::parse(
            Lang::Es,
            &[("needs.json", Some("[ {")), ("asks.json", None)],
            &mut problems,
        );
        assert!(o.files.is_empty());
        let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(all.len(), 2, "{all:?}");
        assert!(all[0].starts_with("es/needs.json:1:"), "{all:?}");
        assert_eq!(all[1], "es/asks.json: the file is missing");
    }

    #[test]
    fn placeholders_are_lowercase_names_in_braces() {
        assert_eq!(
            placeholders("{a} {b_c} {} {Not} { x} {a}")
                .into_iter()
                .collect::<Vec<_>>(),
            ["a", "b_c"]
        );
    }
}
