//! `fitcheck summary` of saved sessions: text within 80 columns with no
//! escape codes, Markdown for email, JSON that is the core's Summary; the
//! date, bank version, last-checked date, the not-medical-advice line and
//! the crisis lines always printed; `--output` to a private file.

mod sessions_common;

use fitcheck::core::answers::Answer;
use fitcheck::core::bank::Kind;
use fitcheck::core::session::Session;
use fitcheck::core::summary::Summary;
use fitcheck::store::Store;
use sessions_common::*;

fn must_carry(text: &str, bank: &fitcheck::core::bank::Bank) {
    let today = fitcheck::clock::today();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&today), "no date");
    assert!(flat.contains(&bank.meta.version), "no bank version");
    assert!(
        flat.contains(&bank.meta.last_checked),
        "no last-checked date"
    );
    let advice = bank
        .meta
        .not_advice
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains(&advice), "no not-medical-advice line");
    // Lines about danger from another person depend on who the danger
    // comes from (tests/interview.rs pins that); every other line is carried.
    for l in bank.meta.crisis.lines.iter().filter(|l| !l.others_only) {
        let line = l.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&line), "crisis line missing: {line}");
    }
}

#[test]
fn text_summary_fits_80_columns_and_carries_the_fixed_parts() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let s = saved_finished(&bank, tmp.path(), NOW, Some("Maya"));
    let out = run(tmp.path(), &["summary", &s.id]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    must_carry(&text, &bank);
    assert!(!text.contains('\x1b'), "escape codes in a piped summary");
    for l in text.lines() {
        assert!(fitcheck::core::text::width(l) <= 80, "too wide: {l:?}");
    }
    // The providers' verdicts are there.
    for v in &s.digest.verdicts {
        assert!(text.contains(&v.label));
    }
}

#[test]
fn what_the_parent_typed_never_reaches_the_terminal_raw() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let nasty = "Ms. \x1b[2J\x1b[31mRivera\x07 \u{202e}evil 日本語😀 ".repeat(20);
    let mut s = Session::new(&bank, NOW);
    s.answers = answer_all_with(&bank, 3, |q| {
        (q.kind == Kind::Text).then(|| Answer::One(nasty.clone()))
    });
    if let Some(ask) = bank.asks.first() {
        s.mark_asked(&ask.id, Some(nasty.clone()), NOW);
    }
    s.refresh(&bank, NOW);
    Store::at(tmp.path()).save(&s).unwrap();
    for format in ["text", "markdown"] {
        let out = run(tmp.path(), &["summary", &s.id, "--format", format]);
        assert_eq!(code(&out), 0);
        let text = stdout(&out);
        assert!(!text.contains('\x1b') && !text.contains('\x07'), "{format}");
        assert!(!text.contains('\u{202e}'), "{format}");
        if format == "text" {
            for l in text.lines() {
                assert!(fitcheck::core::text::width(l) <= 80, "too wide: {l:?}");
            }
        }
    }
    // Saved and reloaded intact.
    assert_eq!(
        Store::at(tmp.path()).load(&s.id).unwrap().answers,
        s.answers
    );
}

#[test]
fn markdown_is_for_email_and_json_is_the_core_summary() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let s = saved_finished(&bank, tmp.path(), NOW, None);
    let md = stdout(&run(
        tmp.path(),
        &["summary", &s.id, "--format", "markdown"],
    ));
    assert!(md.starts_with("# "), "{md}");
    assert!(md.contains("\n## "));
    must_carry(&md, &bank);
    let out = run(tmp.path(), &["summary", &s.id, "--format", "json"]);
    assert_eq!(code(&out), 0);
    let got: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let want = serde_json::to_value(Summary::of_session(
        &bank,
        &s,
        fitcheck::clock::now_secs(),
        fitcheck::clock::zone(),
    ))
    .unwrap();
    assert_eq!(got, want);
    assert!(
        got["history"].is_object(),
        "a session's summary has its history"
    );
    assert_eq!(got["bank"]["version"], bank.meta.version.as_str());
}

#[test]
fn summary_without_an_id_is_the_latest_finished_session() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let out = run(tmp.path(), &["summary"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("no saved sessions"),
        "{}",
        stderr(&out)
    );
    let json = |args: &[&str]| -> serde_json::Value {
        serde_json::from_str(&stdout(&run(tmp.path(), args))).unwrap()
    };
    // Nothing finished yet: the latest, said to be so far.
    let first = saved_unfinished(&bank, tmp.path(), NOW - 100, None);
    let out = run(tmp.path(), &["summary", "--format", "json"]);
    assert!(
        stderr(&out).contains("No session is finished yet"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        json(&["summary", "--format", "json"]),
        json(&["summary", &first.id, "--format", "json"])
    );
    // A parent coming back wants the finished one, not a newer start.
    let done = saved_finished(&bank, tmp.path(), NOW, None);
    saved_unfinished(&bank, tmp.path(), NOW + 100, None);
    let out = run(tmp.path(), &["summary", "--format", "json"]);
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    assert_eq!(
        json(&["summary", "--format", "json"]),
        json(&["summary", &done.id, "--format", "json"])
    );
}

#[test]
fn output_writes_a_private_file_and_names_it() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let s = saved_finished(&bank, tmp.path(), NOW, None);
    let file = tmp.path().join("for-the-team.md");
    let out = run(
        tmp.path(),
        &[
            "summary",
            &s.id[..4],
            "--format",
            "markdown",
            "--output",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains(&file.display().to_string()));
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.starts_with("# "));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let nowhere = tmp.path().join("no/such/folder/x.txt");
    let out = run(
        tmp.path(),
        &["summary", &s.id, "-o", nowhere.to_str().unwrap()],
    );
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("cannot write"), "{}", stderr(&out));
}

#[test]
fn an_unknown_session_or_format_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    saved_finished(&bank, tmp.path(), NOW, None);
    let out = run(tmp.path(), &["summary", "zzzz"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("no saved session matches"),
        "{}",
        stderr(&out)
    );
    let out = run(tmp.path(), &["summary", "--format", "pdf"]);
    assert_eq!(code(&out), 2);
}
