//! The question bank loader: every validation error the loader reports, each
//! naming its file and id, all at once; and `fitcheck check-questions`.

use std::path::Path;
use std::process::Command;

use fitcheck::core::bank::Bank;
use serde_json::{Value, json};

/// The fixture bank's files as JSON values, to break one thing at a time.
fn fixture() -> Vec<(String, Value)> {
    fitcheck::core::bank::FILES
        .iter()
        .map(|name| {
            let text =
                std::fs::read_to_string(Path::new("tests/fixtures/bank").join(name)).unwrap();
            (name.to_string(), serde_json::from_str(&text).unwrap())
        })
        .collect()
}

fn load(files: &[(String, Value)]) -> Result<Bank, Vec<String>> {
    let texts: Vec<(&str, std::borrow::Cow<str>)> = files
        .iter()
        .map(|(n, v)| {
            (
                n.as_str(),
                std::borrow::Cow::Owned(serde_json::to_string_pretty(v).unwrap()),
            )
        })
        .collect();
    Bank::from_texts("fixture", &texts)
        .map_err(|e| e.problems.iter().map(|p| p.to_string()).collect())
}

fn file<'a>(files: &'a mut [(String, Value)], name: &str) -> &'a mut Value {
    &mut files.iter_mut().find(|(n, _)| n == name).unwrap().1
}

fn problems_after(change: impl FnOnce(&mut Vec<(String, Value)>)) -> Vec<String> {
    let mut files = fixture();
    change(&mut files);
    load(&files).expect_err("the broken bank must be refused")
}

fn assert_has(problems: &[String], needle: &str) {
    assert!(
        problems.iter().any(|p| p.contains(needle)),
        "expected a problem containing {needle:?}, got {problems:#?}"
    );
}

#[test]
fn the_fixture_and_the_built_in_bank_load() {
    load(&fixture()).expect("fixture loads");
    if let Err(e) = Bank::embedded() {
        panic!("{e}");
    }
}

#[test]
fn syntax_errors_give_file_line_and_column() {
    let mut files = fixture();
    let texts: Vec<(&str, std::borrow::Cow<str>)> = files
        .iter_mut()
        .map(|(n, v)| {
            let text = if n == "needs.json" {
                "[\n  {\"id\": \"trauma\",\n    \"name\": }\n]".to_string()
            } else {
                serde_json::to_string(v).unwrap()
            };
            (n.as_str(), std::borrow::Cow::Owned(text))
        })
        .collect();
    let err = Bank::from_texts("fixture", &texts).unwrap_err();
    let p: Vec<String> = err.problems.iter().map(ToString::to_string).collect();
    assert_has(&p, "needs.json:3:13");
}

#[test]
fn duplicate_ids_are_reported() {
    let p = problems_after(|f| {
        let roles = file(f, "roles.json").as_array_mut().unwrap();
        let copy = roles[0].clone();
        roles.push(copy);
        let qs = file(f, "interview.json")["questions"]
            .as_array_mut()
            .unwrap();
        let copy = qs[1].clone();
        qs.push(copy);
    });
    assert_has(&p, "roles.json [qmha]: duplicate role id");
    assert_has(&p, "interview.json [need_trauma]: duplicate question id");
}

#[test]
fn references_to_unknown_ids_are_reported() {
    let p = problems_after(|f| {
        file(f, "needs.json")[0]["capabilities"] = json!(["flying"]);
        file(f, "roles.json")[0]["ratings"]["rapport"]["source"] = json!("nowhere");
        file(f, "interview.json")["questions"][0]["section"] = json!("nosuch");
        file(f, "asks.json")[1]["triggers"] = json!([{"gap": "mind_reading"}]);
    });
    assert_has(&p, "needs.json [trauma]: unknown capability \"flying\"");
    assert_has(&p, "roles.json [qmha.rapport]: unknown source \"nowhere\"");
    assert_has(&p, "unknown section \"nosuch\"");
    assert_has(
        &p,
        "asks.json [ask_trauma]: unknown capability \"mind_reading\"",
    );
}

#[test]
fn conditions_on_missing_or_later_questions_are_reported() {
    let p = problems_after(|f| {
        let qs = file(f, "interview.json")["questions"]
            .as_array_mut()
            .unwrap();
        qs[1]["when"] = json!({"level_at_least": {"question": "need_steady", "level": 2}});
        qs[2]["when"] = json!({"any_of": {"question": "ghost", "options": ["yes"]}});
    });
    assert_has(
        &p,
        "[need_trauma]: condition depends on \"need_steady\", which is not asked before it",
    );
    assert_has(
        &p,
        "[need_steady]: condition depends on unknown question \"ghost\"",
    );
}

#[test]
fn options_without_text_are_reported() {
    let p = problems_after(|f| {
        file(f, "interview.json")["questions"][0]["options"][1]["text"] = json!("  ");
    });
    assert_has(&p, "[safety_now]: option \"no\" has no text");
}

#[test]
fn a_role_must_rate_every_capability() {
    let p = problems_after(|f| {
        file(f, "roles.json")[1]["ratings"]
            .as_object_mut()
            .unwrap()
            .remove("trauma_interventions");
    });
    assert_has(
        &p,
        "roles.json [lcsw]: has no rating for capability \"trauma_interventions\"",
    );
}

#[test]
fn safety_questions_cannot_be_skipped_or_conditional() {
    let p = problems_after(|f| {
        let q = &mut file(f, "interview.json")["questions"][0];
        q["skippable"] = json!(true);
        q["when"] = json!({"level_at_least": {"question": "need_trauma", "level": 1}});
    });
    assert_has(&p, "[safety_now]: a safety question can never be skipped");
    assert_has(&p, "[safety_now]: a safety question is always asked");
}

#[test]
fn every_problem_is_reported_at_once() {
    let p = problems_after(|f| {
        file(f, "needs.json")[0]["capabilities"] = json!(["flying"]);
        file(f, "interview.json")["questions"][0]["options"][1]["text"] = json!("");
        file(f, "roles.json")[1]["ratings"]
            .as_object_mut()
            .unwrap()
            .remove("rapport");
    });
    assert_eq!(p.len(), 3, "{p:#?}");
}

fn fitcheck() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_fitcheck"));
    // English whatever the machine's locale.
    c.env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("FITCHECK_LANG");
    c
}

#[test]
fn check_questions_prints_one_ok_line() {
    let out = fitcheck().arg("check-questions").output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(
        stdout.starts_with("OK: the built-in questions: "),
        "{stdout}"
    );
    assert!(stdout.contains(" roles, "), "{stdout}");
}

#[test]
fn check_questions_lists_problems_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    for (name, mut value) in fixture() {
        if name == "needs.json" {
            value[0]["capabilities"] = json!(["flying"]);
        }
        std::fs::write(
            dir.path().join(&name),
            serde_json::to_string(&value).unwrap(),
        )
        .unwrap();
    }
    std::fs::write(dir.path().join("asks.json"), "[ {").unwrap();
    let out = fitcheck()
        .arg("check-questions")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("asks.json:1:3"), "{stderr}");
    assert!(
        stderr.contains("2 problems") || stderr.contains("1 problem"),
        "{stderr}"
    );
}

#[test]
fn a_missing_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = fitcheck()
        .arg("check-questions")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("roles.json: cannot read it"), "{stderr}");
}

#[test]
fn level_hints_need_a_level_question_and_four_hints() {
    for (id, hints) in [
        ("need_trauma", json!(["a", "b", "c"])),
        ("need_trauma", json!(["a", "b", " ", "d"])),
        ("written_plan", json!(["a", "b", "c", "d"])),
    ] {
        let problems = problems_after(|files| {
            let qs = file(files, "interview.json")["questions"]
                .as_array_mut()
                .unwrap();
            let q = qs.iter_mut().find(|q| q["id"] == id).unwrap();
            q["level_hints"] = hints.clone();
        });
        assert_has(
            &problems,
            "level_hints needs a level question and four hints",
        );
        assert_has(&problems, id);
    }
    let mut files = fixture();
    let qs = file(&mut files, "interview.json")["questions"]
        .as_array_mut()
        .unwrap();
    let q = qs.iter_mut().find(|q| q["id"] == "need_trauma").unwrap();
    q["level_hints"] = json!(["a", "b", "c", "d"]);
    let bank = load(&files).expect("four hints load");
    let q = bank.question("need_trauma").unwrap();
    assert_eq!(q.level_hint(&bank, 2), "c");
}

/// Issue 13 section 5: a rating without a source, a source without a note,
/// and a source that nothing cites are all refused.
#[test]
fn citations_hold() {
    let problems = problems_after(|files| {
        let roles = file(files, "roles.json").as_array_mut().unwrap();
        let r = roles.iter_mut().find(|r| r["id"] == "qmha").unwrap();
        r["ratings"]["rapport"]["source"] = json!("");
    });
    assert_has(&problems, "[qmha.rapport]: has no source");
    let problems = problems_after(|files| {
        let sources = file(files, "sources.json").as_array_mut().unwrap();
        sources[0]["note"] = json!(" ");
    });
    assert_has(&problems, "[seed]: has no note");
    let problems = problems_after(|files| {
        let sources = file(files, "sources.json").as_array_mut().unwrap();
        sources.push(json!({
            "id": "lonely", "title": "A page", "checked": "2026-12-02",
            "note": "Says something."
        }));
    });
    assert_has(&problems, "[lonely]: is cited by nothing");
    // A method source counts as cited, and must exist.
    let mut files = fixture();
    file(&mut files, "sources.json")
        .as_array_mut()
        .unwrap()
        .push(json!({
            "id": "method", "title": "A standard", "checked": "2026-12-02",
            "note": "Says how to do it."
        }));
    file(&mut files, "bank.json")["method_sources"] = json!(["method"]);
    load(&files).expect("a method source is cited");
    let problems = problems_after(|files| {
        file(files, "bank.json")["method_sources"] = json!(["nowhere"]);
    });
    assert_has(&problems, "unknown source \"nowhere\"");
}

/// A crisis line may cite more pages than one (`also_sources`): each must be
/// a known source, and counts as cited.
#[test]
fn crisis_lines_may_cite_more_sources() {
    let mut files = fixture();
    file(&mut files, "sources.json")
        .as_array_mut()
        .unwrap()
        .push(json!({
            "id": "rule", "title": "A rule", "checked": "2026-12-02",
            "note": "Says the crisis team comes."
        }));
    file(&mut files, "bank.json")["crisis"]["lines"][0]["also_sources"] = json!(["rule"]);
    let bank = load(&files).expect("a second source is cited");
    assert_eq!(bank.meta.crisis.lines[0].also_sources, ["rule"]);
    let problems = problems_after(|files| {
        file(files, "bank.json")["crisis"]["lines"][0]["also_sources"] = json!(["nowhere"]);
    });
    assert_has(&problems, "unknown source \"nowhere\"");
    // The built-in 988 line cites the rule that sends Oregon's crisis teams.
    let bank = Bank::embedded().unwrap_or_else(|e| panic!("{e}"));
    let line = bank
        .meta
        .crisis
        .lines
        .iter()
        .find(|l| l.id == "call_988")
        .unwrap();
    assert!(line.text.contains("local crisis team"));
    assert!(line.also_sources.iter().any(|s| s == "oar_309_072_0140"));
}

/// The shortcut that spares the search for control characters: only JSON
/// text that cannot give one passes; any escape of a control character or
/// direction override, and any raw one, sends the bank through the search.
#[test]
fn raw_clean_passes_only_text_that_cannot_hold_a_control_character() {
    use fitcheck::core::bank::validate::raw_clean;
    let cases: &[(&str, bool)] = &[
        (r#"{"a": "plain text, accents: é ñ, and a dash —"}"#, true),
        (
            r#"{"a": "line\nbreak, \"quoted\", back\\slash, a\/b"}"#,
            true,
        ),
        (r#"{"a": "\u201cskills\u201d"}"#, true),
        (r#"{"a": "\ud83d\ude00"}"#, true),
        (r#"{"a": "\u001b[31m"}"#, false),
        (r#"{"a": "\u009b"}"#, false),
        (r#"{"a": "\u202E"}"#, false),
        (r#"{"a": "\u2066"}"#, false),
        (r#"{"a": "\t"}"#, false),
        (r#"{"a": "\r"}"#, false),
        (r#"{"a": "\u12"}"#, false),
        ("{\"a\": \"raw \u{202e} override\"}", false),
        ("{\"a\": \"raw \u{1b} escape\"}", false),
        ("{\r\n\"a\": 1}", false),
    ];
    for (text, want) in cases {
        assert_eq!(raw_clean(text), *want, "{text:?}");
    }
}

/// The built-in bank, English and Spanish, takes the shortcut (its JSON is
/// clean), so loading it at start-up does not serialize it again.
#[test]
fn the_built_in_bank_files_are_raw_clean() {
    use fitcheck::core::bank::validate::raw_clean;
    for (name, text) in Bank::embedded_files() {
        assert!(raw_clean(text), "{name}");
    }
}

/// An escaped control character in a Spanish overlay is still refused:
/// the overlay is not clean, so the bank is searched.
#[test]
fn an_escape_in_an_overlay_is_still_found() {
    use fitcheck::core::lang::Lang;
    let files: Vec<(&str, std::borrow::Cow<str>)> = Bank::embedded_files()
        .iter()
        .map(|(n, t)| (*n, std::borrow::Cow::Borrowed(*t)))
        .collect();
    let dir = Path::new("questions/es");
    let overlays: Vec<(&'static str, String)> = fitcheck::core::bank::FILES
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(name)).unwrap();
            let text = if *name == "bank.json" {
                let mut v: Value = serde_json::from_str(&text).unwrap();
                v["crisis"]["heading"] = Value::String("Ayuda\u{1b}[2J ahora".to_string());
                v.to_string()
            } else {
                text
            };
            (*name, text)
        })
        .collect();
    let err = Bank::from_folder_texts("test", Lang::Es, &files, &overlays).expect_err("refused");
    assert!(err.to_string().contains("control character"), "{err}");
}
