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
