//! Translations of the question bank: an overlay per bank file, holding only
//! the words a parent reads, merged into the English base before the bank
//! is built.
//!
//! Layout: `questions/*.json` is the English base (ids, ratings, sources,
//! links); `questions/es/<same file>.json` mirrors each base file's shape
//! with only its text fields, keyed by the same ids (options by option id,
//! ratings by capability id; lists without ids, such as `levels` and
//! `limits`, by position). Pure apart from [`Bank::load_dir_in`], which
//! reads the folder: the merge itself is a function of two texts.
//!
//! Every problem is reported like any other bank error, with the file
//! (`es/roles.json`) and the id: an id the English lacks, a text the overlay
//! misses, a `{placeholder}` set that differs from the English.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::Path;

use serde_json::{Map, Value};

use crate::core::bank::{Bank, BankError, FILES};
use crate::core::lang::Lang;
use crate::core::validate::Problem;

/// The Spanish overlays shipped inside the binary, in [`FILES`] order.
const EMBEDDED_ES: [(&str, &str); 7] = [
    ("bank.json", include_str!("../../questions/es/bank.json")),
    (
        "sources.json",
        include_str!("../../questions/es/sources.json"),
    ),
    (
        "capabilities.json",
        include_str!("../../questions/es/capabilities.json"),
    ),
    ("roles.json", include_str!("../../questions/es/roles.json")),
    ("needs.json", include_str!("../../questions/es/needs.json")),
    (
        "interview.json",
        include_str!("../../questions/es/interview.json"),
    ),
    ("asks.json", include_str!("../../questions/es/asks.json")),
];

/// Keys whose value (a string, or a list of strings) is text a parent
/// reads. Everywhere in the bank these keys hold words, never ids, except
/// under [`SKIP`].
pub const TEXT_KEYS: [&str; 29] = [
    "not_advice",
    "varies_by_state",
    "limits",
    "report_error",
    "heading",
    "heading_recent",
    "footer",
    "footer_plain",
    "text",
    "label",
    "hint",
    "title",
    "short",
    "note",
    "name",
    "description",
    "trained_text",
    "varies_text",
    "not_trained_text",
    "summary",
    "education",
    "licensed",
    "supervision",
    "does_well",
    "not_trained_for",
    "intro",
    "prompt",
    "level_hints",
    "why",
];

/// Keys that hold ids, conditions or names matched as typed, never text to
/// translate: the merge does not look inside them. (`traits` has a trait
/// named "licensed", which is a value like "yes", not a sentence.)
const SKIP: [&str; 19] = [
    "id",
    "traits",
    "when",
    "triggers",
    "aliases",
    "aliases_es",
    "supervised_aliases",
    "supervised_words",
    "method_sources",
    "order_now",
    "order_recent",
    "order_none",
    "sources",
    "capabilities",
    "raised_by",
    "assessment",
    "expects",
    "instead_of",
    "source",
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

impl Bank {
    /// The built-in bank in `lang`. English is [`Bank::embedded`] itself;
    /// Spanish merges the built-in overlays first.
    pub fn embedded_in(lang: Lang) -> Result<Bank, BankError> {
        match lang {
            Lang::En => Bank::embedded(),
            Lang::Es => {
                let origin = "the built-in questions (español)";
                let mut problems = Vec::new();
                let files: Vec<(&str, Cow<str>)> = Bank::embedded_files()
                    .iter()
                    .map(|(name, base)| {
                        let overlay = EMBEDDED_ES.iter().find(|(n, _)| n == name).map(|(_, t)| *t);
                        (*name, merge_file(lang, name, base, overlay, &mut problems))
                    })
                    .collect();
                finish(origin, &files, problems).map(|b| b.in_lang(lang))
            }
        }
    }

    /// Reads a bank from a folder in `lang`: the English files, and for
    /// Spanish the overlays in its `es/` folder. A folder without `es/` is
    /// English only: asking it for Spanish is an error that says so.
    pub fn load_dir_in(dir: &Path, lang: Lang) -> Result<Bank, BankError> {
        let Some(sub) = lang.overlay_dir() else {
            return Bank::load_dir(dir);
        };
        let origin = format!("{} ({})", dir.display(), lang.name().to_lowercase());
        let overlay_dir = dir.join(sub);
        if !overlay_dir.is_dir() {
            return Err(BankError {
                origin,
                problems: vec![Problem::new(
                    sub,
                    None,
                    format!(
                        "this folder has no {sub}/ folder, so it has no questions in {}: use it in English, or add {sub}/ with a translation of each file",
                        lang.name()
                    ),
                )],
            });
        }
        let mut problems = Vec::new();
        let mut texts: Vec<(&str, String, Option<String>)> = Vec::new();
        for name in FILES {
            let base = match std::fs::read_to_string(dir.join(name)) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(Problem::new(
                        name,
                        None,
                        format!("cannot read it: {}", crate::core::reason::io(&e)),
                    ));
                    continue;
                }
            };
            let overlay = match std::fs::read_to_string(overlay_dir.join(name)) {
                Ok(t) => Some(t),
                Err(e) => {
                    problems.push(Problem::new(
                        &format!("{sub}/{name}"),
                        None,
                        format!("cannot read it: {}", crate::core::reason::io(&e)),
                    ));
                    None
                }
            };
            texts.push((name, base, overlay));
        }
        if !problems.is_empty() {
            return Err(BankError { origin, problems });
        }
        let files: Vec<(&str, Cow<str>)> = texts
            .iter()
            .map(|(name, base, overlay)| {
                (
                    *name,
                    merge_file(lang, name, base, overlay.as_deref(), &mut problems),
                )
            })
            .collect();
        finish(&origin, &files, problems).map(|b| b.in_lang(lang))
    }

    /// The bank, marked as written in `lang`.
    fn in_lang(mut self, lang: Lang) -> Bank {
        self.lang = lang;
        self
    }

    /// Whether the folder (or, without one, the built-in bank) has
    /// questions in `lang`.
    pub fn has_lang(dir: Option<&Path>, lang: Lang) -> bool {
        match (lang.overlay_dir(), dir) {
            (None, _) | (Some(_), None) => true,
            (Some(sub), Some(d)) => d.join(sub).is_dir(),
        }
    }
}

/// Builds the bank from merged texts, reporting the merge's problems with
/// the bank's own.
fn finish(
    origin: &str,
    files: &[(&str, Cow<str>)],
    mut problems: Vec<Problem>,
) -> Result<Bank, BankError> {
    match Bank::from_texts(origin, files) {
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

/// The base text with the overlay merged in. On any problem with the
/// overlay, what can be merged is, the rest stays English, and the
/// problems are added to `problems`. A base that does not parse is
/// returned as it is, for the bank to report.
fn merge_file<'a>(
    lang: Lang,
    name: &str,
    base: &'a str,
    overlay: Option<&str>,
    problems: &mut Vec<Problem>,
) -> Cow<'a, str> {
    let file = format!("{}/{name}", lang.overlay_dir().unwrap_or("."));
    let Some(overlay) = overlay else {
        problems.push(Problem::new(&file, None, "the file is missing".to_string()));
        return Cow::Borrowed(base);
    };
    let Ok(mut value) = serde_json::from_str::<Value>(base) else {
        return Cow::Borrowed(base);
    };
    let english = (name == "roles.json").then(|| role_names(&value));
    match merge(&file, &mut value, overlay) {
        Ok(found) => problems.extend(found),
        Err(p) => {
            problems.push(p);
            return Cow::Borrowed(base);
        }
    }
    if let Some(english) = english {
        keep_english_names(&mut value, english);
    }
    Cow::Owned(value.to_string())
}

/// Merges the overlay text into `base`, in place. `Err` when the overlay is
/// not JSON; otherwise every problem found (empty when all is well).
pub fn merge(file: &str, base: &mut Value, overlay: &str) -> Result<Vec<Problem>, Problem> {
    let overlay: Value = serde_json::from_str(overlay)
        .map_err(|e| Problem::at(file, e.line(), e.column(), crate::core::reason::json(&e)))?;
    let mut m = Merger {
        file,
        problems: Vec::new(),
    };
    m.value(base, Some(&overlay), &mut Vec::new());
    Ok(m.problems)
}

struct Merger<'a> {
    file: &'a str,
    problems: Vec<Problem>,
}

/// Whether a base value is text: a string, or a list of strings.
fn is_text(v: &Value) -> bool {
    match v {
        Value::String(_) => true,
        Value::Array(items) => items.iter().all(Value::is_string),
        _ => false,
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

impl Merger<'_> {
    fn problem(&mut self, path: &[String], message: String) {
        let id = path.join(".");
        let id = (!id.is_empty()).then_some(id);
        self.problems
            .push(Problem::new(self.file, id.as_deref(), message));
    }

    /// Merges `overlay` into `base`; `path` names where we are by ids and
    /// keys, for problems.
    fn value(&mut self, base: &mut Value, overlay: Option<&Value>, path: &mut Vec<String>) {
        match base {
            Value::Object(map) => self.object(map, overlay, path),
            Value::Array(items) => self.array(items, overlay, path),
            _ => {}
        }
    }

    fn object(
        &mut self,
        base: &mut Map<String, Value>,
        overlay: Option<&Value>,
        path: &mut Vec<String>,
    ) {
        let over = match overlay {
            Some(Value::Object(o)) => Some(o),
            Some(_) => {
                self.problem(path, "should be an object, like the English".to_string());
                None
            }
            None => None,
        };
        for (key, value) in base.iter_mut() {
            if SKIP.contains(&key.as_str()) {
                continue;
            }
            let theirs = over.and_then(|o| o.get(key));
            if TEXT_KEYS.contains(&key.as_str()) && is_text(value) {
                self.text(key, value, theirs, path);
            } else if value.is_object() || value.is_array() {
                path.push(key.clone());
                self.value(value, theirs, path);
                path.pop();
            }
        }
        if let Some(o) = over {
            for key in o.keys() {
                if key == "id" {
                    continue;
                }
                match base.get(key) {
                    None => self.problem(path, format!("\"{key}\" is not in the English file")),
                    Some(v) if SKIP.contains(&key.as_str()) || !(v.is_object() || v.is_array() || TEXT_KEYS.contains(&key.as_str()) && is_text(v)) => {
                        self.problem(path, format!("\"{key}\" is not text to translate: keep it only in the English file"))
                    }
                    Some(_) => {}
                }
            }
        }
    }

    /// Replaces a text field (a string or a list of strings) with the
    /// overlay's, checking it is there, has the same shape and the same
    /// placeholders.
    fn text(&mut self, key: &str, base: &mut Value, theirs: Option<&Value>, path: &[String]) {
        let Some(theirs) = theirs else {
            if !matches!(base, Value::Array(a) if a.is_empty()) {
                self.problem(path, format!("no translation of \"{key}\""));
            }
            return;
        };
        match (&mut *base, theirs) {
            (Value::String(en), Value::String(tr)) => {
                self.same_placeholders(key, en, tr, path);
                *en = tr.clone();
            }
            (Value::Array(en), Value::Array(tr))
                if en.len() == tr.len() && tr.iter().all(Value::is_string) =>
            {
                for (i, (e, t)) in en.iter_mut().zip(tr).enumerate() {
                    if let (Value::String(e), Value::String(t)) = (e, t) {
                        self.same_placeholders(&format!("{key}[{i}]"), e, t, path);
                        *e = t.clone();
                    }
                }
            }
            (Value::Array(en), _) => self.problem(
                path,
                format!(
                    "\"{key}\" should be a list of {} texts, like the English",
                    en.len()
                ),
            ),
            _ => self.problem(
                path,
                format!("\"{key}\" should be a text, like the English"),
            ),
        }
    }

    fn same_placeholders(&mut self, key: &str, en: &str, tr: &str, path: &[String]) {
        if tr.trim().is_empty() {
            self.problem(path, format!("\"{key}\" is empty"));
            return;
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
            self.problem(
                path,
                format!(
                    "\"{key}\" has the placeholders {}, the English has {}",
                    show(&b),
                    show(&a)
                ),
            );
        }
    }

    fn array(&mut self, base: &mut [Value], overlay: Option<&Value>, path: &mut Vec<String>) {
        let over = match overlay {
            Some(Value::Array(o)) => Some(o.as_slice()),
            Some(_) => {
                self.problem(path, "should be a list, like the English".to_string());
                None
            }
            None => None,
        };
        let by_id = base
            .iter()
            .all(|v| v.get("id").is_some_and(Value::is_string));
        if !by_id {
            // A list without ids (the levels): matched by position.
            if let Some(o) = over
                && o.len() != base.len()
            {
                self.problem(
                    path,
                    format!("has {} items, the English has {}", o.len(), base.len()),
                );
            }
            for (i, item) in base.iter_mut().enumerate() {
                path.push(i.to_string());
                self.value(item, over.and_then(|o| o.get(i)), path);
                path.pop();
            }
            return;
        }
        let mut seen = BTreeSet::new();
        for item in over.unwrap_or(&[]) {
            match item.get("id").and_then(Value::as_str) {
                None => self.problem(path, "an item has no \"id\"".to_string()),
                Some(id) if !seen.insert(id) => {
                    self.problem(path, format!("\"{id}\" is translated twice"))
                }
                Some(id) if !base.iter().any(|b| b["id"] == id) => {
                    path.push(id.to_string());
                    self.problem(path, "this id is not in the English file".to_string());
                    path.pop();
                }
                Some(_) => {}
            }
        }
        for item in base.iter_mut() {
            let id = item["id"].as_str().unwrap_or_default().to_string();
            let theirs = over.and_then(|o| {
                o.iter()
                    .find(|t| t.get("id").and_then(Value::as_str) == Some(&id))
            });
            path.push(id);
            self.value(item, theirs, path);
            path.pop();
        }
    }
}

/// Each role's English title and short name, by position.
fn role_names(roles: &Value) -> Vec<[Option<String>; 2]> {
    let names = |r: &Value| ["title", "short"].map(|k| r[k].as_str().map(str::to_string));
    roles
        .as_array()
        .map_or_else(Vec::new, |a| a.iter().map(names).collect())
}

/// A role whose title or short name is translated is still found by its
/// English ones (a parent reads "LCSW" or "Peer Support Specialist" on a
/// letter): they join its aliases.
fn keep_english_names(roles: &mut Value, english: Vec<[Option<String>; 2]>) {
    let Some(roles) = roles.as_array_mut() else {
        return;
    };
    for (role, names) in roles.iter_mut().zip(english) {
        let now = [role["title"].clone(), role["short"].clone()];
        let Some(aliases) = role.get_mut("aliases").and_then(Value::as_array_mut) else {
            continue;
        };
        for name in names.into_iter().flatten() {
            let known = now.iter().chain(aliases.iter()).any(|v| {
                v.as_str().is_some_and(|a| {
                    crate::core::title::normalize(a) == crate::core::title::normalize(&name)
                })
            });
            if !known {
                aliases.push(Value::String(name));
            }
        }
    }
}

/// For `check-questions`: loads every translation the folder (or the
/// built-in bank) has, printing each one's problems to stderr as a bank
/// error is printed. Whether all of them loaded.
pub fn check_languages(dir: Option<&Path>) -> bool {
    let mut ok = true;
    for lang in Lang::ALL {
        if lang.overlay_dir().is_none() || !Bank::has_lang(dir, lang) {
            continue;
        }
        let loaded = match dir {
            Some(d) => Bank::load_dir_in(d, lang),
            None => Bank::embedded_in(lang),
        };
        if let Err(e) = loaded {
            eprint!(
                "fitcheck: {}",
                crate::core::text::Shown::new(&e.to_string())
            );
            ok = false;
        }
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(base: Value, overlay: Value) -> (Value, Vec<String>) {
        let mut base = base;
        let problems = merge("es/x.json", &mut base, &overlay.to_string()).unwrap();
        (base, problems.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn merges_text_by_id_and_position_and_keeps_the_rest() {
        let base = json!([
            {"id": "q", "prompt": "Hello?", "hint": "Say it.", "source": "s",
             "options": [{"id": "yes", "text": "Yes", "crisis": true}, {"id": "no", "text": "No"}],
             "level_hints": ["a", "b"], "traits": {"licensed": "yes"}}
        ]);
        let overlay = json!([
            {"id": "q", "prompt": "¿Hola?", "hint": "Dígalo.",
             "options": [{"id": "no", "text": "No"}, {"id": "yes", "text": "Sí"}],
             "level_hints": ["A", "B"]}
        ]);
        let (merged, problems) = run(base, overlay);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(merged[0]["prompt"], "¿Hola?");
        assert_eq!(merged[0]["options"][0]["text"], "Sí");
        assert_eq!(merged[0]["options"][0]["crisis"], true);
        assert_eq!(merged[0]["level_hints"], json!(["A", "B"]));
        assert_eq!(merged[0]["traits"]["licensed"], "yes");
        assert_eq!(merged[0]["source"], "s");
    }

    #[test]
    fn reports_missing_unknown_and_misshapen_text_with_file_and_id() {
        let base = json!([
            {"id": "q", "prompt": "Hello?", "hint": "Say it.",
             "options": [{"id": "yes", "text": "Yes"}], "level_hints": ["a", "b"]},
            {"id": "r", "prompt": "Other?", "hint": "h"}
        ]);
        let overlay = json!([
            {"id": "q", "prompt": "¿Hola?", "source": "x",
             "options": [{"id": "maybe", "text": "Quizás"}], "level_hints": ["A"]},
            {"id": "zzz", "prompt": "?"},
            {"id": "q", "prompt": "again"}
        ]);
        let (merged, problems) = run(base, overlay);
        let all = problems.join("\n");
        for want in [
            "es/x.json [q]: no translation of \"hint\"",
            "es/x.json [q.options.yes]: no translation of \"text\"",
            "es/x.json [q.options.maybe]: this id is not in the English file",
            "es/x.json [zzz]: this id is not in the English file",
            "es/x.json: \"q\" is translated twice",
            "es/x.json [q]: \"source\" is not in the English file",
            "es/x.json [q]: \"level_hints\" should be a list of 2 texts, like the English",
            "es/x.json [r]: no translation of \"prompt\"",
            "es/x.json [r]: no translation of \"hint\"",
        ] {
            assert!(all.contains(want), "missing {want:?} in\n{all}");
        }
        assert_eq!(
            merged[0]["hint"], "Say it.",
            "what is missing stays English"
        );
    }

    #[test]
    fn placeholders_must_match_the_english() {
        let base = json!({"text": "{role} training covers it.", "note": "Checked on {checked}."});
        let (_, problems) = run(
            base,
            json!({"text": "La formación de {rol} lo cubre.", "note": "Revisado el {checked}."}),
        );
        assert_eq!(
            problems,
            ["es/x.json: \"text\" has the placeholders {rol}, the English has {role}"]
        );
        assert_eq!(
            placeholders("{a} {b_c} {} {Not} { x} {a}")
                .into_iter()
                .collect::<Vec<_>>(),
            ["a", "b_c"]
        );
    }

    #[test]
    fn ids_and_conditions_cannot_be_translated() {
        let base =
            json!({"traits": {"licensed": "yes"}, "version": "1", "levels": [{"label": "x"}]});
        let (_, problems) = run(
            base,
            json!({"traits": {"licensed": "sí"}, "version": "2", "levels": [{"label": "X"}, {"label": "Y"}]}),
        );
        let all = problems.join("\n");
        assert!(all.contains("\"traits\" is not text to translate"), "{all}");
        assert!(
            all.contains("\"version\" is not text to translate"),
            "{all}"
        );
        assert!(
            all.contains("[levels]: has 2 items, the English has 1"),
            "{all}"
        );
    }

    #[test]
    fn a_broken_overlay_names_its_position() {
        let mut base = json!({});
        let p = merge("es/x.json", &mut base, "{ \"a\": ").unwrap_err();
        assert_eq!(p.file, "es/x.json");
        assert!(p.position.is_some());
    }

    #[test]
    fn translated_role_names_keep_the_english_ones_as_aliases() {
        let mut roles = json!([{"id": "p", "title": "Psychologist", "short": "Psychologist", "aliases": ["psych"]},
                               {"id": "q", "title": "Qualified Mental Health Associate", "short": "QMHA", "aliases": []}]);
        let english = role_names(&roles);
        roles[0]["title"] = json!("Psicólogo o psicóloga");
        roles[0]["short"] = json!("Psicólogo");
        roles[1]["title"] = json!("Asociado calificado en salud mental");
        keep_english_names(&mut roles, english);
        assert_eq!(roles[0]["aliases"], json!(["psych", "Psychologist"]));
        assert_eq!(
            roles[1]["aliases"],
            json!(["Qualified Mental Health Associate"]),
            "the short name is the same in both"
        );
    }
}
