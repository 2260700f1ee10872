//! How plain mode ends and what it leaves on disk: end of input midway
//! (status 1), Ctrl-C and other signals (130 after saving), --answers
//! (asks only what is missing; a bad file is status 2 and writes nothing),
//! and a finished session opened again (check in, or show the results).

mod common;

use std::io::Write;
use std::process::Stdio;

use common::*;
use fitcheck::core::answers::{Answers, ProviderAnswers};
use fitcheck::core::interview::Interview;
use fitcheck::core::summary::Summary;
use fitcheck::plain::script;
use fitcheck::strings as s;

#[test]
fn end_of_input_midway_saves_and_exits_1_naming_the_question() {
    let bank = bank();
    let all = script::lines(&bank, &answers(&bank, two_providers)).unwrap();
    let (iv, step, lines) = walk_to(&bank, two_providers, |_, n| n == all.len() / 2);
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let q = step.question(&bank);
    let named = s::PLAIN_EOF
        .replace("{id}", &q.id)
        .replace("{prompt}", &q.prompt);
    assert!(err.contains(&named), "{err}");
    assert!(stdout(&out).is_empty());
    let saved = only_session(data.path());
    assert_eq!(saved.answers, iv.answers, "the answers given are saved");
    assert!(!saved.digest.finished);
    assert!(
        err.contains(&s::PLAIN_RESUME_WITH.replace("{id}", &saved.id)),
        "{err}"
    );
}

#[test]
fn end_of_input_at_once_saves_nothing_and_exits_1() {
    let bank = bank();
    let first = Interview::new(Answers::default()).current(&bank).unwrap();
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], "");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(&first.question(&bank).id), "{err}");
    assert!(sessions(data.path()).is_empty());
}

/// Starts plain mode, answers `n` questions, waits until the next one is
/// asked (so the answers are saved), then sends `sig`.
fn interrupt_after(
    n: usize,
    sig: libc::c_int,
) -> (tempfile::TempDir, std::process::Output, Interview) {
    let bank = bank();
    let (iv, step, lines) = walk_to(&bank, two_providers, |_, k| k == n);
    let data = tempfile::TempDir::new().unwrap();
    let mut child = fitcheck(data.path())
        .arg("--plain")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = Lines::new(child.stderr.take().unwrap());
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(script_text(&lines).as_bytes()).unwrap();
    stdin.flush().unwrap();
    let p = iv.progress(&bank);
    err.wait_for(&format!(
        "Question {} of {}: {}",
        p.in_section,
        p.section_count(&fitcheck::core::words::EN),
        step.question(&bank).prompt
    ));
    signal(&child, sig);
    let stdout = {
        let mut o = child.stdout.take().unwrap();
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut o, &mut v).unwrap();
        v
    };
    let status = child.wait().unwrap();
    drop(stdin);
    let stderr = err.rest().into_bytes();
    (
        data,
        std::process::Output {
            status,
            stdout,
            stderr,
        },
        iv,
    )
}

#[test]
fn ctrl_c_midway_saves_and_exits_130() {
    let (data, out, iv) = interrupt_after(2, libc::SIGINT);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(stdout(&out).is_empty(), "nothing on stdout");
    let saved = only_session(data.path());
    assert_eq!(saved.answers, iv.answers);
    assert!(err.contains(s::PLAIN_INTERRUPTED), "{err}");
    let path = data.path().join(format!("{}.json", saved.id));
    assert!(
        err.contains(&s::PLAIN_SAVED_AT.replace("{path}", &path.display().to_string())),
        "{err}"
    );
    assert!(leftovers(data.path()).is_empty());
}

#[test]
fn sigterm_and_sighup_save_and_exit_with_128_plus_the_signal() {
    for sig in [libc::SIGTERM, libc::SIGHUP] {
        let (data, out, iv) = interrupt_after(1, sig);
        assert_eq!(out.status.code(), Some(128 + sig), "{}", stderr(&out));
        assert_eq!(only_session(data.path()).answers, iv.answers);
    }
}

#[test]
fn ctrl_c_before_any_answer_saves_nothing() {
    let (data, out, _) = interrupt_after(0, libc::SIGINT);
    assert_eq!(out.status.code(), Some(130));
    assert!(
        stderr(&out).contains(s::PLAIN_NOTHING_SAVED),
        "{}",
        stderr(&out)
    );
    assert!(sessions(data.path()).is_empty());
}

#[test]
fn a_signal_during_a_stream_of_answers_never_leaves_half_a_save() {
    let bank = bank();
    let lines = script::lines(&bank, &answers(&bank, two_providers)).unwrap();
    let first = Interview::new(Answers::default()).current(&bank).unwrap();
    for _ in 0..5 {
        let data = tempfile::TempDir::new().unwrap();
        let mut child = fitcheck(data.path())
            .arg("--plain")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut err = Lines::new(child.stderr.take().unwrap());
        err.wait_for(&first.question(&bank).prompt);
        let mut stdin = child.stdin.take().unwrap();
        // Every answer at once, and the signal while they are being saved.
        let _ = stdin.write_all(script_text(&lines).as_bytes());
        signal(&child, libc::SIGINT);
        let status = child.wait().unwrap();
        assert!(
            matches!(status.code(), Some(130 | 0)),
            "{status:?}: {}",
            err.rest()
        );
        for s in sessions(data.path()) {
            let path = data.path().join(format!("{}.json", s.id));
            fitcheck::store::Store::load_path(&path).expect("the session file parses");
        }
        assert!(
            leftovers(data.path()).is_empty(),
            "{:?}",
            leftovers(data.path())
        );
    }
}

#[test]
fn answers_file_preseeds_and_only_what_is_missing_is_asked() {
    let bank = bank();
    let full = answers(&bank, two_providers);
    // Keep the child's answers and drop every provider's: the file is half done.
    let partial = Answers {
        child: full.child.clone(),
        providers: Vec::new(),
    };
    let mut iv = Interview::new(partial.clone());
    let preseeded = iv.progress(&bank).answered;
    assert!(preseeded > 0);
    let rest = answer_rest(&bank, &mut iv, two_providers);
    let asked = rest.len();
    assert_eq!(asked + preseeded, iv.steps(&bank).len());
    let data = tempfile::TempDir::new().unwrap();
    let file = data.path().join("answers.json");
    std::fs::write(&file, serde_json::to_string(&partial).unwrap()).unwrap();
    let sessions_dir = data.path().join("sessions");
    let out = run(
        &sessions_dir,
        &["--answers", file.to_str().unwrap()],
        &script_text(&rest),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(
        err.lines().filter(|l| l.starts_with("Question ")).count(),
        asked,
        "only the missing questions are asked:\n{err}"
    );
    let told = s::PLAIN_PRESEEDED.replace("{answered}", &preseeded.to_string());
    let told = &told[..told.find("{applicable}").unwrap()];
    assert!(err.contains(told), "{err}");
    let saved = only_session(&sessions_dir);
    assert_eq!(
        Summary::from_answers(&bank, &saved.answers),
        Summary::from_answers(&bank, &full)
    );
}

#[test]
fn answers_file_is_saved_even_when_the_input_ends_at_once() {
    let bank = bank();
    let full = answers(&bank, two_providers);
    let partial = Answers {
        child: full.child.clone(),
        providers: vec![ProviderAnswers::default()],
    };
    let data = tempfile::TempDir::new().unwrap();
    let file = data.path().join("answers.json");
    std::fs::write(&file, serde_json::to_string(&partial).unwrap()).unwrap();
    let sessions_dir = data.path().join("sessions");
    let out = run(
        &sessions_dir,
        &["--plain", "--answers", file.to_str().unwrap()],
        "",
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(only_session(&sessions_dir).answers.child, partial.child);
}

#[test]
fn a_bad_answers_file_exits_2_naming_each_bad_entry_and_writes_nothing() {
    let bank = bank();
    let level = bank
        .questions
        .iter()
        .find(|q| q.kind == fitcheck::core::bank::Kind::Level)
        .unwrap();
    let choice = bank
        .questions
        .iter()
        .find(|q| q.kind == fitcheck::core::bank::Kind::Single)
        .unwrap();
    let data = tempfile::TempDir::new().unwrap();
    let sessions_dir = data.path().join("sessions");
    let file = data.path().join("bad.json");
    let text = format!(
        r#"{{"child": {{"no_such_question": "yes", "{}": 9, "{}": "no_such_option"}}}}"#,
        level.id, choice.id
    );
    std::fs::write(&file, text).unwrap();
    let out = run(
        &sessions_dir,
        &["--plain", "--answers", file.to_str().unwrap()],
        "",
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    for at in [
        "child.no_such_question".to_string(),
        format!("child.{}", level.id),
        format!("child.{}", choice.id),
    ] {
        assert!(err.contains(&at), "{at} named:\n{err}");
    }
    assert!(!sessions_dir.exists(), "nothing written");

    std::fs::write(&file, "{\"child\": {\n  \"x\": [1,\n}").unwrap();
    let out = run(&sessions_dir, &["--answers", file.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("line 3"), "{}", stderr(&out));
    let out = run(&sessions_dir, &["--answers", "/no/such/file.json"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(!sessions_dir.exists(), "nothing written");
}

/// A finished session saved in a new folder.
fn finished_session() -> (tempfile::TempDir, fitcheck::core::session::Session) {
    let bank = bank();
    let lines = script::lines(&bank, &answers(&bank, two_providers)).unwrap();
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--plain"], &script_text(&lines));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let session = only_session(data.path());
    assert!(session.digest.finished);
    (data, session)
}

#[test]
fn a_finished_session_opened_again_can_just_show_the_results() {
    let (data, session) = finished_session();
    let path = data.path().join(format!("{}.json", session.id));
    let before = std::fs::read(&path).unwrap();
    let out = run(data.path(), &["--plain", "resume", &session.id], "2\n");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains(&s::PLAIN_FINISHED_SESSION.replace("{id}", &session.id)),
        "{err}"
    );
    assert!(stdout(&out).starts_with(s::SUMMARY_TITLE));
    assert!(!err.contains("Question "), "nothing asked:\n{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is untouched"
    );
}

#[test]
fn a_finished_session_keeps_what_someone_said_to_a_question_to_ask() {
    let bank = bank();
    let (data, session) = finished_session();
    let summary = Summary::of(&bank, &Interview::new(session.answers.clone()));
    let asks = &summary.questions_to_ask;
    assert!(asks.len() >= 2);
    // Note a reply to the second question, mark the first with none, then show the results.
    let input = "3\n99\n2\nShe works under Dr. Lee, \u{1b}[31mwho signs the plan.\n3\n1\n\n2\n";
    let out = run(data.path(), &["--plain", "resume", &session.id], input);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains(s::PLAIN_REPLY_KEPT), "{err}");
    assert!(err.contains(s::PLAIN_REPLY_MARKED), "{err}");
    assert!(err.contains("99"), "the bad number is named:\n{err}");
    assert!(
        err.contains(&format!("{}{}", asks[1].text, s::PLAIN_ASKED_MARK)),
        "the second time, the list says which were asked:\n{err}"
    );
    let saved = only_session(data.path());
    assert_eq!(
        saved.asked[&asks[1].id].reply.as_deref(),
        Some("She works under Dr. Lee, [31mwho signs the plan.")
    );
    assert_eq!(saved.asked[&asks[0].id].reply, None);
    assert!(
        stdout(&out).contains("She works under Dr. Lee"),
        "the printed summary carries the reply:\n{}",
        stdout(&out)
    );
}

#[test]
fn a_finished_session_opened_again_can_check_in() {
    let bank = bank();
    let (data, session) = finished_session();
    let mut expected = session.clone();
    expected.begin_checkin(0, None);
    let mut iv = Interview::new(expected.working_answers(&bank));
    let lines = answer_rest(&bank, &mut iv, hard_day);
    let mut input = vec![
        "check".to_string(),
        "The skills trainer \u{1b}[1mmissed two visits.".to_string(),
    ];
    input.extend(lines.iter().cloned());
    // --plain after the subcommand works too.
    let out = run(
        data.path(),
        &["resume", &session.id, "--plain"],
        &script_text(&input),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(
        err.lines().filter(|l| l.starts_with("Question ")).count(),
        lines.len(),
        "{err}"
    );
    let saved = only_session(data.path());
    assert_eq!(saved.checkins.len(), 1);
    assert_eq!(
        saved.checkins[0].note.as_deref(),
        Some("The skills trainer [1mmissed two visits."),
        "the note, cleaned of control characters"
    );
    assert_eq!(saved.answers, iv.answers);
    assert!(stdout(&out).starts_with(s::SUMMARY_TITLE));
    assert!(
        stdout(&out).contains("missed two visits"),
        "the summary prints the note:\n{}",
        stdout(&out)
    );
}

#[test]
fn a_finished_session_offer_ends_with_status_1_when_the_input_does() {
    let (data, session) = finished_session();
    let out = run(
        data.path(),
        &["--plain", "resume", &session.id],
        "help\nback\nmaybe\n",
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(s::PLAIN_FINISHED_HELP), "{err}");
    assert!(
        err.contains(&s::PLAIN_NOT_HERE.replace("{word}", "back")),
        "{err}"
    );
    assert!(err.contains("maybe"), "{err}");
    assert!(err.contains(s::PLAIN_FINISHED_EOF), "{err}");
}

#[test]
fn help_and_readme_document_the_exit_statuses() {
    let data = tempfile::TempDir::new().unwrap();
    let out = run(data.path(), &["--help"], "");
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(readme.contains("## Plain mode"));
    for status in ["0", "1", "2", "130"] {
        assert!(
            help.lines()
                .any(|l| l.trim_start().starts_with(&format!("{status} "))),
            "--help lists {status}:\n{help}"
        );
        assert!(
            readme.contains(&format!("| {status} ")),
            "README lists {status}"
        );
    }
    for word in ["FITCHECK_PLAIN", "ACCESSIBLE", "dumb", "--plain"] {
        assert!(help.contains(word), "{word} in --help");
        assert!(readme.contains(word), "{word} in the README");
    }
}

#[test]
fn when_saving_fails_it_is_said_once_and_the_answers_are_printed_at_the_end() {
    let bank = bank();
    let data = tempfile::TempDir::new().unwrap();
    // A folder under a regular file cannot be made, whoever runs the test.
    let file = data.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let unsavable = file.join("sessions");

    let (iv, _, lines) = walk_to(&bank, two_providers, |_, n| n == 3);
    let out = run(&unsavable, &["--plain"], &script_text(&lines));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(
        err.matches("Could not save").count(),
        1,
        "said once:\n{err}"
    );
    let json = &err[err.find(s::PLAIN_NOT_SAVED).expect("not saved") + s::PLAIN_NOT_SAVED.len()..];
    let printed = Answers::parse(json, &bank).expect("the printed answers are an answers file");
    assert_eq!(printed, iv.answers);

    // Finished: the summary is printed, but the status says it was not saved.
    let lines = script::lines(&bank, &answers(&bank, two_providers)).unwrap();
    let out = run(&unsavable, &["--plain"], &script_text(&lines));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).starts_with(s::SUMMARY_TITLE));
    assert!(stderr(&out).contains(s::PLAIN_NOT_SAVED));
}

/// Issue 14, item 3, in plain mode: each question of a check-in says what
/// was answered last time, and an empty line keeps it; "stop" stops the
/// check-in, and nothing changes.
#[test]
fn a_plain_check_in_keeps_last_time_on_enter_and_can_be_stopped() {
    let bank = bank();
    let (data, session) = finished_session();
    let mut expected = session.clone();
    expected.begin_checkin(0, None);
    let questions = Interview::new(expected.working_answers(&bank))
        .steps(&bank)
        .len();
    // Check in, no note, Enter through every question.
    let mut input = vec!["check".to_string(), String::new()];
    input.extend(std::iter::repeat_n(String::new(), questions));
    let out = run(
        data.path(),
        &["--plain", "resume", &session.id],
        &script_text(&input),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("Last time you answered: Not right now"),
        "{err}"
    );
    let saved = only_session(data.path());
    assert_eq!(saved.checkins.len(), 1);
    assert_eq!(saved.answers, session.answers, "Enter kept every answer");

    // A second check-in, one question answered, then stopped; the session
    // was last updated long ago, so a new stamp would show.
    let mut saved = saved;
    saved.updated = "2026-01-02T03:04:05Z".to_string();
    fitcheck::store::Store::at(data.path())
        .save(&saved)
        .unwrap();
    let saved = only_session(data.path());
    let input = ["check", "", "", "stop", "yes"].map(String::from);
    let out = run(
        data.path(),
        &["--plain", "resume", &session.id],
        &script_text(&input),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains(s::CHECKIN_STOPPED), "{err}");
    let after = only_session(data.path());
    assert!(after.checkin.is_none());
    assert_eq!(after.checkins.len(), 1, "the stopped one left nothing");
    assert_eq!(after.answers, saved.answers);
    // Review finding: exactly as it was, its update time too.
    assert_eq!(after.updated, saved.updated);
    assert_eq!(after, saved);
    assert!(
        stdout(&out).starts_with(s::SUMMARY_TITLE),
        "the results follow"
    );
}
