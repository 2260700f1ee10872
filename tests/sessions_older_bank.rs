//! Older banks: a session answered against an older question bank still
//! lists, prints and resumes. Answers to questions that no longer exist are
//! kept in the file and shown as from an older version; questions added
//! since are asked on resume.
//!
//! Two fixtures: tests/fixtures/sessions/oldbank1.json (written by hand,
//! every answer to a retired question), and an older bank made from the
//! current one (one question removed, one retired question added).

mod sessions_common;

use std::path::Path;

use fitcheck::core::bank::Bank;
use fitcheck::core::interview::Interview;
use fitcheck::core::session::Session;
use fitcheck::store::Store;
use fitcheck::store::autosave::{Autosave, SaveState};
use sessions_common::*;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/sessions/oldbank1.json"
);

fn with_fixture(data: &Path) {
    std::fs::create_dir_all(data).unwrap();
    std::fs::copy(FIXTURE, data.join("oldbank1.json")).unwrap();
}

#[test]
fn the_fixture_is_from_an_older_bank() {
    let bank = bank();
    let s = Session::from_json(&std::fs::read(FIXTURE).unwrap()).unwrap();
    assert_ne!(s.bank_version, bank.meta.version);
    assert!(s.answers.child.keys().all(|id| bank.question(id).is_none()));
}

#[test]
fn it_lists_and_prints_with_the_old_answers_shown() {
    let tmp = tempfile::tempdir().unwrap();
    with_fixture(tmp.path());
    let out = run(tmp.path(), &["list"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("oldbank1"), "{}", stdout(&out));
    assert!(!stderr(&out).contains("skipped"), "{}", stderr(&out));
    let out = run(tmp.path(), &["summary", "older fitcheck"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Answers from an older version of the questions"),
        "{text}"
    );
    assert!(text.contains("retired_sleep: 2"));
    assert!(text.contains("retired_notes: He sleeps badly since the move."));
    assert!(text.contains("retired_worries: school, friends"));
    assert!(text.contains("retired_hours (provider 1): Two hours a week"));
    // The question asked no longer exists: its id stands in, the reply stays.
    assert!(text.contains("retired_ask") && text.contains("They said they would check."));
    let json: serde_json::Value = serde_json::from_str(&stdout(&run(
        tmp.path(),
        &["summary", "oldbank1", "--format", "json"],
    )))
    .unwrap();
    let older = json["history"]["older_answers"].as_array().unwrap();
    assert_eq!(older.len(), 4);
    assert!(
        older
            .iter()
            .any(|o| o["question"] == "retired_hours" && o["provider"] == 0)
    );
    assert_eq!(json["complete"], false);
}

#[test]
fn resuming_asks_the_current_questions_and_keeps_the_old_answers_in_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    with_fixture(tmp.path());
    let bank = bank();
    let store = Store::at(tmp.path());
    let s = store.find("oldbank1").unwrap();
    let mut interview = Interview::new(s.answers.clone());
    let first = interview.current(&bank).expect("current questions to ask");
    assert_eq!(
        first.question, 0,
        "starts at the first question of today's bank"
    );
    let mut auto = Autosave::new(store.clone(), s).unwrap();
    let a = pick(&bank, first.question(&bank), 1);
    interview.answer(&bank, a).unwrap();
    assert!(matches!(
        auto.save(&bank, &interview.answers),
        SaveState::Saved(_)
    ));
    assert_eq!(auto.session().id, "oldbank1", "saved over its own file");
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(store.path("oldbank1")).unwrap()).unwrap();
    let child = &saved["answers"]["child"];
    for id in ["retired_sleep", "retired_notes", "retired_worries"] {
        assert!(!child[id].is_null(), "{id} was dropped");
    }
    assert!(!child[&bank.questions[0].id].is_null());
    assert_eq!(
        saved["answers"]["providers"][0]["answers"]["retired_hours"],
        "Two hours a week"
    );
    assert_eq!(saved["bank_version"], bank.meta.version.as_str());
    assert_eq!(
        saved["asked"]["retired_ask"]["reply"],
        "They said they would check."
    );
}

/// A question of the current bank nothing else refers to (safe to remove).
fn unreferenced_question(bank: &Bank) -> String {
    let all: String = bank_files().into_iter().map(|(_, t)| t).collect();
    bank.questions
        .iter()
        .rev()
        .map(|q| q.id.clone())
        .find(|id| all.matches(&format!("\"{id}\"")).count() == 1)
        .expect("a question nothing refers to")
}

/// The current bank as it might have been: one question not written yet,
/// one that has since been retired, an older version number.
fn older_bank(dir: &Path, removed: &str) -> Bank {
    let mut files = bank_files();
    for (name, text) in files.iter_mut() {
        let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
        if name == "interview.json" {
            let qs = v["questions"].as_array_mut().unwrap();
            qs.retain(|q| q["id"] != removed);
            // A text question at the end of the last section (questions
            // stay in section order).
            let last = qs[qs.len() - 1]["section"].clone();
            qs.push(serde_json::json!({
                "id": "retired_question", "section": last,
                "kind": "text", "prompt": "Anything else?", "hint": "x", "skippable": true
            }));
        }
        if name == "bank.json" {
            v["version"] = "0.0.0-older".into();
        }
        *text = serde_json::to_string(&v).unwrap();
    }
    std::fs::create_dir_all(dir).unwrap();
    for (name, text) in &files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    Bank::load_dir(dir).expect("the older bank loads")
}

#[test]
fn a_session_from_a_generated_older_bank_opens_and_asks_what_is_new() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let removed = unreferenced_question(&bank);
    let old = older_bank(&tmp.path().join("old"), &removed);
    let data = tmp.path().join("s");
    let mut s = Session::new(&old, NOW);
    s.answers = answer_all_with(&old, 2, |q| {
        (q.id == "retired_question").then(|| fitcheck::core::answers::Answer::One("kept".into()))
    });
    s.refresh(&old, NOW);
    assert!(s.digest.finished);
    Store::at(&data).save(&s).unwrap();
    // Opened with today's bank: the new question is asked, the old answer kept.
    let found = Store::at(&data).find(&s.id).unwrap();
    assert_eq!(found.bank_version, "0.0.0-older");
    let interview = Interview::new(found.answers.clone());
    let step = interview.current(&bank).expect("the new question is asked");
    assert_eq!(step.question(&bank).id, removed);
    let text = stdout(&run(&data, &["summary", &s.id]));
    assert!(text.contains("retired_question: kept"), "{text}");
    assert_eq!(code(&run(&data, &["list"])), 0);
}

/// A session saved by fitcheck with the 2026.11.1 questions (two providers,
/// every question answered), and the same session with one answer the
/// current questions no longer offer.
fn with_november_sessions(data: &Path) {
    std::fs::create_dir_all(data).unwrap();
    for name in ["bank2026111.json", "bank2026111b.json"] {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sessions");
        std::fs::copy(from.join(name), data.join(name)).unwrap();
    }
}

fn json_summary(data: &Path, id: &str) -> serde_json::Value {
    let out = run(data, &["summary", id, "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

#[test]
fn a_session_saved_with_the_2026_11_1_questions_opens_and_scores() {
    let tmp = tempfile::tempdir().unwrap();
    with_november_sessions(tmp.path());
    let bank = bank();
    let s = Store::at(tmp.path()).find("bank2026111").unwrap();
    assert_eq!(s.bank_version, "2026.11.1");
    assert!(s.answers.problems(&bank).is_empty(), "every id still fits");
    assert!(Interview::new(s.answers.clone()).is_finished(&bank));
    let json = json_summary(tmp.path(), "bank2026111");
    assert_eq!(json["complete"], true);
    assert_eq!(json["crisis"], false);
    let verdicts: Vec<(&str, &str)> = json["providers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["label"].as_str().unwrap(), p["verdict"].as_str().unwrap()))
        .collect();
    assert_eq!(
        verdicts,
        [("Jamie", "poor_fit"), ("Ms. Rivera", "partial_fit")]
    );
    assert!(
        json["history"]["older_answers"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn list_shows_the_verdicts_the_current_questions_give_not_the_saved_ones() {
    let tmp = tempfile::tempdir().unwrap();
    with_november_sessions(tmp.path());
    // The saved digest says what an older fitcheck worked out: here, a
    // good fit for both and finished. Today's scoring disagrees.
    let path = tmp.path().join("bank2026111.json");
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    for p in v["digest"]["verdicts"].as_array_mut().unwrap() {
        p["verdict"] = "good_fit".into();
    }
    std::fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    for round in ["first listing", "listing from the index"] {
        let out = run(tmp.path(), &["list"]);
        let text = stdout(&out);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        assert!(
            text.contains("Jamie: Poor fit; Ms. Rivera: Partial fit"),
            "{round}: {text}"
        );
        assert!(!text.contains("Good fit"), "{round}: {text}");
    }
    // The file itself is not rewritten by listing.
    assert_eq!(
        std::fs::read(&path).unwrap(),
        serde_json::to_vec_pretty(&v).unwrap()
    );
}

#[test]
fn an_answer_no_longer_offered_is_shown_asked_again_and_never_finished_silently() {
    let tmp = tempfile::tempdir().unwrap();
    with_november_sessions(tmp.path());
    // list: not finished, since one question needs an answer again.
    let list = stdout(&run(tmp.path(), &["list"]));
    let line = list
        .lines()
        .find(|l| l.starts_with("bank2026111b"))
        .expect("listed");
    assert!(!line.contains("finished"), "{list}");
    // summary: not complete, and the old answer is listed.
    let json = json_summary(tmp.path(), "bank2026111b");
    assert_eq!(json["complete"], false);
    let older = json["history"]["older_answers"].as_array().unwrap();
    assert_eq!(older.len(), 1, "{older:?}");
    assert_eq!(older[0]["question"], "change_month");
    assert_eq!(older[0]["answer"], "much_worse");
    let text = stdout(&run(tmp.path(), &["summary", "bank2026111b"]));
    assert!(text.contains("change_month: much_worse"), "{text}");
    // Resume in plain mode: the parent is told, the question is asked again,
    // and the old answer stays in the file beside the new one.
    let out = run_with_input(
        tmp.path(),
        &["--plain", "resume", "bank2026111b"],
        "3\nquit\n",
    );
    let said = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        said.contains("1 of your answers no longer fit, so those questions are asked again"),
        "{said}"
    );
    assert!(
        said.contains("Over the past month, how have things changed?"),
        "{said}"
    );
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(tmp.path().join("bank2026111b.json")).unwrap())
            .unwrap();
    assert_eq!(saved["answers"]["child"]["change_month"], "worse");
    assert_eq!(saved["set_aside"][0]["question"], "change_month");
    assert_eq!(saved["set_aside"][0]["answer"], "much_worse");
    assert_eq!(saved["set_aside"][0]["bank_version"], "2026.11.1");
    assert_eq!(json_summary(tmp.path(), "bank2026111b")["complete"], true);
    let older = &json_summary(tmp.path(), "bank2026111b")["history"]["older_answers"];
    assert_eq!(
        older[0]["answer"], "much_worse",
        "still shown after answering"
    );
}

/// The verdicts of the JSON summary, as (label, verdict).
fn verdicts_of(json: &serde_json::Value) -> Vec<(String, String)> {
    json["providers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["label"].as_str().unwrap().to_string(),
                p["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_check_in_on_a_2026_11_1_session_starts_each_needs_checklist_on_the_needs_it_rated() {
    let tmp = tempfile::tempdir().unwrap();
    with_november_sessions(tmp.path());
    let bank = bank();
    let before = json_summary(tmp.path(), "bank2026111");
    let mut s = Store::at(tmp.path()).find("bank2026111").unwrap();
    // The session rates every need and has no checklist: the checklists
    // stand for the levels it rated above 0.
    let level_of = |need: &str| {
        bank.questions
            .iter()
            .find(|q| q.need.as_deref() == Some(need))
            .and_then(|q| s.answers.child.get(&q.id))
            .and_then(fitcheck::core::answers::Answer::level)
    };
    let checklists: Vec<&fitcheck::core::bank::Question> = bank
        .questions
        .iter()
        .filter(|q| q.options.iter().any(|o| o.need.is_some()))
        .collect();
    assert!(!checklists.is_empty());
    let wants: Vec<fitcheck::core::answers::Answer> = checklists
        .iter()
        .map(|q| {
            fitcheck::core::answers::Answer::Many(
                q.options
                    .iter()
                    .filter(|o| o.need.as_deref().and_then(level_of).is_some_and(|l| l > 0))
                    .map(|o| o.id.clone())
                    .collect(),
            )
        })
        .collect();
    s.begin_checkin(NOW + 30 * 86_400, None);
    for (q, want) in checklists.iter().zip(&wants) {
        assert_eq!(
            s.previous_answer(&bank, &q.id).as_ref(),
            Some(want),
            "{}",
            q.id
        );
    }
    // The check-in asks the checklists again; keeping every answer from
    // last time (Enter in the wizard, "keep" in plain mode) finishes it
    // with the same results.
    let mut i = Interview::new(s.working_answers(&bank));
    let mut asked = Vec::new();
    while let Some(step) = i.current(&bank) {
        let q = step.question(&bank);
        asked.push(q.id.clone());
        let last = s.previous_answer(&bank, &q.id).expect(&q.id);
        i.answer(&bank, last).unwrap();
    }
    for q in &checklists {
        assert!(asked.contains(&q.id), "{} is asked again", q.id);
    }
    s.take_answers(&bank, &i.answers);
    assert!(s.checkin.is_none(), "the check-in is finished");
    s.refresh(&bank, NOW + 30 * 86_400);
    Store::at(tmp.path()).save(&s).unwrap();
    let after = json_summary(tmp.path(), "bank2026111");
    assert_eq!(verdicts_of(&after), verdicts_of(&before));
    assert_eq!(after["needs"], before["needs"]);
    // Nothing got better or worse: unticked needs are not listed as changes.
    for n in after["history"]["needs"].as_array().unwrap() {
        assert_eq!(n["change"], "same", "{n}");
    }
}
