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
