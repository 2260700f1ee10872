//! A session's whole life, as issue 5 asks: answered in a front end (plain
//! mode, the one that reads stdin), listed, resumed for a check-in with
//! new ratings, a question marked asked, printed with what changed,
//! exported, imported elsewhere, and deleted.

mod sessions_common;

use fitcheck::core::answers::Answer;
use fitcheck::core::bank::{Bank, Kind, Question, Tracks};
use fitcheck::core::interview::Interview;
use fitcheck::plain::script;
use fitcheck::store::Store;
use sessions_common::*;

/// The level questions asked again at check-ins.
fn revisited_levels(bank: &Bank) -> Vec<String> {
    bank.questions
        .iter()
        .filter(|q| q.kind == Kind::Level && bank.section(&q.section).is_some_and(|s| s.revisit))
        .map(|q| q.id.clone())
        .collect()
}

/// The lines a parent types to answer everything `interview` still asks,
/// `choose` deciding where it has a preference.
fn typed_answers(
    bank: &Bank,
    interview: &mut Interview,
    choose: &dyn Fn(&Question) -> Option<Answer>,
) -> String {
    let mut text = String::new();
    while let Some(step) = interview.current(bank) {
        let q = step.question(bank);
        let a = choose(q).unwrap_or_else(|| pick(bank, q, 2));
        text.push_str(&script::typed(bank, q, &a).expect("can be typed"));
        text.push('\n');
        interview.answer(bank, a).expect("a valid answer");
    }
    text
}

#[test]
fn answered_listed_checked_in_printed_exported_imported_and_deleted() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("sessions");
    let bank = bank();
    let levels = revisited_levels(&bank);
    assert!(levels.len() >= 2, "the bank revisits at least two needs");
    let plan_q = bank.tracking(Tracks::WrittenPlan).map(|q| q.id.clone());
    let rate = |first: u8, second: u8| {
        let levels = levels.clone();
        let plan_q = plan_q.clone();
        move |q: &Question| -> Option<Answer> {
            if Some(&q.id) == plan_q.as_ref() {
                return q
                    .options
                    .iter()
                    .find(|o| o.no_plan)
                    .map(|o| Answer::One(o.id.clone()));
            }
            match levels.iter().position(|l| *l == q.id) {
                Some(0) => Some(Answer::Level(first)),
                Some(1) => Some(Answer::Level(second)),
                _ => None,
            }
        }
    };

    // First visit, in plain mode.
    let mut interview = Interview::default();
    let input = typed_answers(&bank, &mut interview, &rate(3, 1));
    let out = run_with_input(&data, &["--plain"], &input);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let (sessions, bad) = Store::at(&data).list();
    assert!(bad.is_empty());
    assert_eq!(sessions.len(), 1);
    let id = sessions[0].id.clone();
    assert_eq!(sessions[0].answers, interview.answers);

    let listed = stdout(&run(&data, &["list"]));
    assert!(
        listed.contains(&id) && listed.contains("finished"),
        "{listed}"
    );

    // Back a month later: resume, choose the check-in, rate again.
    let mut after = sessions[0].clone();
    after.begin_checkin(NOW, None);
    let mut checkin = Interview::new(after.working_answers(&bank));
    // Check in, with no note.
    let first_choice = "1\n\n".to_string();
    let input = first_choice + &typed_answers(&bank, &mut checkin, &rate(1, 3));
    let out = run_with_input(&data, &["--plain", "resume", &id[..4]], &input);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let store = Store::at(&data);
    let mut s = store.find(&id).unwrap();
    assert_eq!(s.checkins.len(), 1, "the check-in was kept");
    assert_eq!(s.answers, checkin.answers);

    // A question asked at the meeting, marked with the reply (the wizard's job).
    let ask = bank.asks.first().expect("a question to ask");
    s.mark_asked(&ask.id, Some("We will write one together.".into()), NOW);
    store.save(&s).unwrap();

    // The printed summary says what changed.
    let text = stdout(&run(&data, &["summary", &id]));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = |i: usize| {
        let q = bank.question(&levels[i]).unwrap();
        bank.need(q.need.as_deref().unwrap()).unwrap().name.clone()
    };
    for want in [
        "Since your first visit".to_string(),
        format!("Better: - {}: was", name(0)),
        format!("Worse: - {}: was", name(1)),
        "We will write one together.".to_string(),
    ] {
        assert!(flat.contains(&want), "{want:?} missing:\n{text}");
    }
    if plan_q.is_some() {
        assert!(flat.contains("no written plan"), "{text}");
    }

    // Exported, imported on another computer: a new session, same story.
    let file = tmp.path().join("to-share.json");
    std::fs::write(&file, stdout(&run(&data, &["export", &id]))).unwrap();
    let elsewhere = tmp.path().join("elsewhere");
    let out = run(&elsewhere, &["import", file.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let copy = &Store::at(&elsewhere).list().0[0];
    assert_ne!(copy.id, id);
    assert_eq!(copy.checkins, s.checkins);
    let copied = stdout(&run(&elsewhere, &["summary", &copy.id]));
    assert!(copied.contains("We will write one together."));

    // And deleted.
    let out = run(&data, &["delete", &id, "--yes"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&data, &["list"]);
    assert!(stdout(&out).is_empty() && stderr(&out).contains("No saved sessions"));
}

/// Issue 13: a check-in through the needs checklists, typed into the real
/// binary in plain mode. A finished first visit ticks two needs; the
/// check-in keeps every answer with Enter but two: "none" on the checklist
/// that held one need, and a new level for the other. The summary's "what
/// changed" shows exactly those two, once each.
#[test]
fn a_check_in_through_the_needs_checklists_shows_exactly_what_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("sessions");
    let bank = bank();
    let checklist_of = |need: &str| {
        bank.questions
            .iter()
            .find(|q| {
                q.kind == Kind::Multi && q.options.iter().any(|o| o.need.as_deref() == Some(need))
            })
            .unwrap_or_else(|| panic!("a checklist with {need}"))
    };
    let level_of = |need: &str| {
        bank.questions
            .iter()
            .find(|q| q.kind == Kind::Level && q.need.as_deref() == Some(need))
            .unwrap_or_else(|| panic!("a level for {need}"))
            .id
            .clone()
    };
    let (kept, dropped) = ("school_refusal", "anxiety");
    let (kept_list, dropped_list) = (checklist_of(kept), checklist_of(dropped));
    assert_ne!(kept_list.id, dropped_list.id, "two checklists");
    let ticks = |q: &Question, need: &str| {
        q.options
            .iter()
            .filter(|o| o.need.as_deref() == Some(need))
            .map(|o| o.id.clone())
            .collect::<Vec<_>>()
    };
    let first = |q: &Question| -> Option<Answer> {
        if q.id == kept_list.id {
            Some(Answer::Many(ticks(q, kept)))
        } else if q.id == dropped_list.id {
            Some(Answer::Many(ticks(q, dropped)))
        } else if q.kind == Kind::Multi && q.options.iter().any(|o| o.need.is_some()) {
            Some(Answer::Many(Vec::new()))
        } else {
            None
        }
    };
    let mut interview = Interview::default();
    let input = typed_answers(&bank, &mut interview, &first);
    let out = run_with_input(&data, &["--plain"], &input);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let s = Store::at(&data).list().0.remove(0);
    let (kept_level, dropped_level) = (level_of(kept), level_of(dropped));
    assert_eq!(s.answers.child.get(&kept_level), Some(&Answer::Level(2)));
    assert_eq!(s.answers.child.get(&dropped_level), Some(&Answer::Level(2)));

    // The check-in: Enter keeps last time's answer, but for two.
    let mut after = s.clone();
    after.begin_checkin(NOW, None);
    let mut checkin = Interview::new(after.working_answers(&bank));
    let mut input = "1\n\n".to_string();
    let mut changed = 0;
    while let Some(step) = checkin.current(&bank) {
        let q = step.question(&bank);
        let (line, a) = if q.id == dropped_list.id {
            changed += 1;
            ("none".to_string(), Answer::Many(Vec::new()))
        } else if q.id == kept_level {
            changed += 1;
            ("3".to_string(), Answer::Level(3))
        } else {
            let last = s
                .answers
                .child
                .get(&q.id)
                .cloned()
                .expect("answered last time");
            (String::new(), last)
        };
        input.push_str(&line);
        input.push('\n');
        checkin.answer(&bank, a).expect("a valid answer");
    }
    assert_eq!(changed, 2, "both changes are asked at a check-in");
    let out = run_with_input(&data, &["--plain", "resume", &s.id], &input);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let now = Store::at(&data).find(&s.id).unwrap();
    assert_eq!(now.checkins.len(), 1);
    assert_eq!(now.answers, checkin.answers, "what was typed was kept");

    let json: serde_json::Value = serde_json::from_str(&stdout(&run(
        &data,
        &["summary", &s.id, "--format", "json"],
    )))
    .unwrap();
    let h = &json["history"];
    let moved: std::collections::BTreeSet<(String, String)> = h["needs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["change"] != "same")
        .map(|n| {
            (
                n["need"].as_str().unwrap().into(),
                n["change"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want = [(kept, "worse"), (dropped, "better")]
        .map(|(n, c)| (n.to_string(), c.to_string()))
        .into_iter()
        .collect();
    assert_eq!(moved, want, "exactly the two needs changed: {h:#}");
    assert_eq!(
        h["answers"],
        serde_json::json!([]),
        "said once, as needs: {h:#}"
    );

    let text = stdout(&run(&data, &["summary", &s.id]));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let name = |need: &str| bank.need(need).unwrap().name.clone();
    assert!(
        flat.contains(&format!("Better: - {}: was", name(dropped))),
        "{text}"
    );
    assert!(
        flat.contains(&format!("Worse: - {}: was", name(kept))),
        "{text}"
    );
}
