//! Worked examples answered through stdin in plain mode reach the same
//! summary as the core computes from the same answers: every file in
//! questions/examples/, and answers made here from the current bank. The
//! core's printouts are themselves pinned word for word by the golden
//! snapshots in tests/pinned.rs, so a wrong printed number fails there.

mod common;

use std::path::PathBuf;

use common::*;
use fitcheck::core::answers::Answers;
use fitcheck::core::bank::Bank;
use fitcheck::core::history::History;
use fitcheck::core::interview::Interview;
use fitcheck::core::summary::Summary;
use fitcheck::plain::script;

/// Answers `answers` through `fitcheck --plain` on stdin and checks the
/// saved session and the printed summary against the core's.
fn answer_through_stdin(bank: &Bank, name: &str, answers: &Answers) {
    let lines = script::lines(bank, answers).unwrap_or_else(|e| panic!("{name}: {e}"));
    let finished = Interview::new(answers.clone()).is_finished(bank);
    let data = tempfile::TempDir::new().expect("a temporary folder");
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    let err = stderr(&out);
    assert_eq!(
        out.status.code(),
        Some(if finished { 0 } else { 1 }),
        "{name}: stderr:\n{err}"
    );

    let want = Summary::from_answers(bank, answers);
    let session = only_session(data.path());
    let got = Summary::from_answers(bank, &session.answers);
    assert_eq!(got, want, "{name}: the saved session's summary");

    // The binary's own summary of the saved session, as JSON.
    let json = run(
        data.path(),
        &["summary", &session.id, "--format", "json"],
        "",
    );
    assert_eq!(json.status.code(), Some(0), "{name}: {}", stderr(&json));
    // A saved session's summary also carries its history (issue 5).
    let history = History::of(
        bank,
        &session,
        fitcheck::clock::now_secs(),
        fitcheck::clock::zone(),
    );
    assert_eq!(
        stdout(&json),
        want.clone().with_history(history).to_json() + "\n",
        "{name}: summary --format json"
    );
    for p in &want.providers {
        assert!(
            session
                .digest
                .verdicts
                .iter()
                .any(|v| v.label == p.label && v.verdict == p.verdict.as_str()),
            "{name}: {} is {:?} in the saved digest {:?}",
            p.label,
            p.verdict,
            session.digest.verdicts
        );
    }

    if finished {
        // stdout is the printed summary and nothing else.
        let printed = stdout(&out);
        let date = |t: &str| -> String {
            t.lines()
                .filter(|l| !l.starts_with("Printed on"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let expected = fitcheck::core::report::text(bank, &want, "today");
        assert_eq!(date(&printed), date(&expected), "{name}: stdout");
        assert!(
            err.contains(&session.id),
            "{name}: where it is saved:\n{err}"
        );
    } else {
        assert!(stdout(&out).is_empty(), "{name}: nothing on stdout");
    }
}

#[test]
fn answers_made_from_the_bank_reach_the_same_summary() {
    let bank = bank();
    answer_through_stdin(&bank, "two providers", &answers(&bank, two_providers));
    answer_through_stdin(&bank, "a hard day", &answers(&bank, hard_day));
}

#[test]
fn every_worked_example_reaches_the_same_summary() {
    let bank = bank();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("questions/examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    // Until the worked examples land, the same check runs on answers written
    // to a file here, read back the way an example file is.
    let made = tempfile::TempDir::new().expect("a temporary folder");
    if files.is_empty() {
        let path = made.path().join("made.json");
        let text = serde_json::to_string_pretty(&answers(&bank, two_providers)).expect("json");
        std::fs::write(&path, text).expect("write");
        files.push(path);
    }
    for path in &files {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).expect("read the example");
        let answers = Answers::parse(&text, &bank).unwrap_or_else(|e| panic!("{name}: {e}"));
        answer_through_stdin(&bank, &name, &answers);
    }
}

#[test]
fn the_script_of_an_answers_file_types_every_reached_answer() {
    let bank = bank();
    let full = answers(&bank, two_providers);
    let lines = script::lines(&bank, &full).expect("types");
    let steps = Interview::new(full.clone()).steps(&bank);
    assert_eq!(lines.len(), steps.len(), "one line per question asked");
}
