//! `fitcheck summary --answers FILE`: the summary of an answers file in each
//! format, the JSON contract, and bad answers files (exit 2, nothing written).

use std::process::{Command, Output};

fn run(args: &[&str], data: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fitcheck"))
        // English whatever the machine's locale.
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("FITCHECK_LANG")
        .args(["--questions", "tests/fixtures/bank", "--data-dir"])
        .arg(data)
        .args(args)
        .output()
        .unwrap()
}

const GOOD: &str = r#"{"child": {"safety_now": "no", "need_trauma": 3, "need_steady": 1, "written_plan": "no"},
 "providers": [{"answers": {"provider_name": "Ms. R\u001b[31m", "provider_title": "skills trainer", "expect": ["therapy"], "another_provider": "no"}}]}"#;

fn write(dir: &std::path::Path, text: &str) -> std::path::PathBuf {
    let p = dir.join("answers.json");
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn json_summary_follows_the_contract() {
    let tmp = tempfile::tempdir().unwrap();
    let file = write(tmp.path(), GOOD);
    let out = run(
        &[
            "summary",
            "--answers",
            file.to_str().unwrap(),
            "--format",
            "json",
        ],
        &tmp.path().join("data"),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["crisis"], false);
    let p = &v["providers"][0];
    // Control characters typed by the parent never reach a terminal, even via JSON consumers.
    assert_eq!(p["label"], "Ms. R[31m");
    assert_eq!(p["role"], "qmha");
    // Only the urgent trauma counts: steady presence is to keep an eye on.
    assert_eq!(p["fit"], 0);
    assert_eq!(p["verdict"], "poor_fit");
    // Fields added in bank 2026.12.1 (issue 12), beside the old ones.
    assert_eq!(p["licensed"], false);
    assert_eq!(p["supervised"], false);
    assert!(p["no_fit_reason"].is_null());
    assert!(p["verdict_caps"].is_array() && p["strengths"].is_array());
    assert_eq!(p["needs"][0]["counts"], true);
    assert_eq!(p["needs"][0]["kind"], "action");
    assert!(v["team"]["watch"].is_array());
    let need = &p["needs"][0];
    for key in ["capability", "level", "coverage", "reason", "source"] {
        assert!(!need[key].is_null(), "needs[] lacks {key}: {need}");
    }
    assert_eq!(need["capability"], "trauma_interventions");
    assert_eq!(need["coverage"], "not_trained");
    assert_eq!(p["expectation_mismatches"][0]["expectation"], "therapy");
    assert_eq!(v["team"]["unmet"][0]["need"], "trauma");
    let ask = &v["questions_to_ask"][0];
    assert_eq!(ask["id"], "ask_title");
    assert!(ask["text"].is_string() && ask["reason"].is_string());
    assert_eq!(ask["bring"], true);
    assert_eq!(v["bank"]["version"], "0.0.1");
    assert_eq!(v["bank"]["last_checked"], "2026-11-24");
    assert!(
        !tmp.path().join("data").exists(),
        "a summary from a file saves nothing"
    );
}

#[test]
fn text_summary_fits_80_columns_without_escape_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let file = write(tmp.path(), GOOD);
    let out = run(
        &["summary", "--answers", file.to_str().unwrap()],
        &tmp.path().join("data"),
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "escape codes in:\n{text}");
    for line in text.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 80,
            "too wide: {line:?}"
        );
    }
    for needle in [
        "Poor fit",
        "Call or text 988",
        "not medical advice",
        "version 0.0.1",
        "last checked 2026-11-24",
        "Printed on ",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }
    let md = run(
        &[
            "summary",
            "--answers",
            file.to_str().unwrap(),
            "--format",
            "markdown",
        ],
        &tmp.path().join("data"),
    );
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# fitcheck summary"), "{md}");
    assert!(md.contains("| Trauma | Urgent | Not trained |"), "{md}");
}

#[test]
fn bad_answers_files_name_each_bad_entry_and_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let file = write(
        tmp.path(),
        r#"{"child": {"need_trauma": "lots", "ghost": 1}, "providers": [{"answers": {"expect": ["wings"]}}]}"#,
    );
    let out = run(&["summary", "--answers", file.to_str().unwrap()], &data);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("answers.json"), "{err}");
    assert!(
        err.contains("child.need_trauma: expected a level from 0 to 3"),
        "{err}"
    );
    assert!(
        err.contains("child.ghost: there is no question with this id"),
        "{err}"
    );
    assert!(
        err.contains("providers[0].expect: \"wings\" is not an option"),
        "{err}"
    );
    let syntax = write(tmp.path(), "{\"child\": {\n  \"need_trauma\": 3,,\n}}");
    let out = run(&["summary", "--answers", syntax.to_str().unwrap()], &data);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("line 2, column"), "{err}");
    let out = run(&["summary", "--answers", "/no/such/file.json"], &data);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /no/such/file.json"));
    assert!(!data.exists(), "nothing may be written");
}

#[test]
fn a_first_visit_with_no_plan_says_how_long_without_claiming_a_visit_before() {
    // A worked example, changed to "no written plan": the summary says how
    // long the provider has been involved, under a heading that does not
    // speak of an earlier visit.
    let data = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("questions/examples/qmha_skills_only.json").unwrap();
    let mut answers: serde_json::Value = serde_json::from_str(&text).unwrap();
    answers["child"]["written_plan"] = serde_json::json!("no");
    let file = data.path().join("answers.json");
    std::fs::write(&file, answers.to_string()).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_fitcheck"))
        // English whatever the machine's locale.
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("FITCHECK_LANG")
        .args(["--plain", "--answers"])
        .arg(&file)
        .env("FITCHECK_DATA_DIR", data.path().join("sessions"))
        .env("FITCHECK_CONFIG_DIR", "/nonexistent/fitcheck-tests")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(fitcheck::strings::HISTORY_HEADING_FIRST),
        "{stdout}"
    );
    assert!(!stdout.contains("Since your first visit"), "{stdout}");
    assert!(stdout.contains("no written plan"), "{stdout}");
}

/// A name typed with placeholders in it is shown as typed, never filled in
/// (issue 14: `text::fill` for every template).
#[test]
fn a_name_that_looks_like_a_placeholder_stays_as_typed() {
    let dir = tempfile::tempdir().unwrap();
    let name = "{role} {provider} {label}";
    let file = write(
        dir.path(),
        &serde_json::json!({
            "child": {"safety_now": "no", "need_trauma": 3},
            "providers": [{"answers": {"provider_name": name, "provider_title": "skills trainer"}}]
        })
        .to_string(),
    );
    for format in ["text", "markdown", "html"] {
        let out = run(
            &[
                "summary",
                "--answers",
                file.to_str().unwrap(),
                "--format",
                format,
            ],
            dir.path(),
        );
        assert!(out.status.success(), "{format}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("{role} {provider} {label}"),
            "{format}: the name as typed\n{text}"
        );
        assert!(
            !text.contains("Associate {provider}"),
            "{format}: a placeholder in the name was filled in"
        );
    }
}
