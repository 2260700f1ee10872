//! Putting one overlay file over its English part, text by text, with a
//! problem for every id, key or placeholder that does not match.

use std::collections::{BTreeSet, HashMap};

use serde_json::{Map, Value};

use super::placeholders;
use crate::core::bank::validate::Problem;
use crate::core::bank::{Interview, Label, Meta, Role};

/// Puts one overlay file over its English part, collecting problems.
pub struct Tr<'a> {
    pub(super) file: String,
    /// Where we are, by ids and keys: "qmha.ratings.safety_planning".
    pub(super) path: Vec<String>,
    pub(super) problems: &'a mut Vec<Problem>,
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
    pub(super) fn keys(&mut self, m: &Map<String, Value>, keys: &[&str]) {
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
    pub(super) fn text(&mut self, m: Option<&Map<String, Value>>, key: &str, target: &mut String) {
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
    pub(super) fn items<T>(
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

    pub(super) fn meta(&mut self, meta: &mut Meta, v: &Value) {
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
    pub(super) fn role(&mut self, r: &mut Role, m: &Map<String, Value>) {
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

    pub(super) fn interview(&mut self, interview: &mut Interview, v: &Value) {
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
