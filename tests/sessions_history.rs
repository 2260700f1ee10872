//! Revisiting: a check-in keeps the first visit's answers; the summary
//! shows which needs got better or worse since, the questions asked and
//! what was answered, and how long a provider has been involved with no
//! written plan, in the core (History) and in every printed format.
//!
//! Uses the built-in bank with the optional history questions added where
//! it lacks them (see common::history_bank).

mod sessions_common;

use fitcheck::core::answers::{Answer, Answers};
use fitcheck::core::bank::{Bank, Kind, Question, Tracks};
use fitcheck::core::history::{Change, History};
use fitcheck::core::interview::Interview;
use fitcheck::core::session::Session;
use fitcheck::store::Store;
use sessions_common::*;

const DAY: i64 = 86_400;

/// The level questions of revisited sections, in order.
fn revisited_levels(bank: &Bank) -> Vec<&Question> {
    bank.questions
        .iter()
        .filter(|q| q.kind == Kind::Level && bank.section(&q.section).is_some_and(|s| s.revisit))
        .collect()
}

/// Chooses the tracked answers: no written plan, involved for the option
/// with the most months.
fn tracked(q: &Question) -> Option<Answer> {
    match q.tracks {
        Some(Tracks::WrittenPlan) => q.options.iter().find(|o| o.no_plan),
        Some(Tracks::InvolvedSince) => q.options.iter().max_by_key(|o| o.months),
        None => None,
    }
    .map(|o| Answer::One(o.id.clone()))
}

/// A session answered at NOW (first need urgent, second mild, the rest in
/// between), then checked in 60 days later with the first need better and
/// the second worse, and a question marked asked.
fn revisited_session(bank: &Bank) -> Session {
    let levels: Vec<String> = revisited_levels(bank)
        .iter()
        .map(|q| q.id.clone())
        .collect();
    assert!(
        !levels.is_empty(),
        "the bank rates needs in a revisited section"
    );
    let first_visit = |q: &Question| {
        tracked(q).or_else(|| match levels.iter().position(|l| *l == q.id) {
            Some(0) => Some(Answer::Level(3)),
            Some(1) => Some(Answer::Level(1)),
            _ => None,
        })
    };
    let mut s = Session::new(bank, NOW);
    s.answers = answer_all_with(bank, 2, first_visit);
    s.refresh(bank, NOW);
    s.begin_checkin(NOW + 60 * DAY, Some("Met the team on Tuesday.".to_string()));
    let checkin = |q: &Question| {
        tracked(q).or_else(|| match levels.iter().position(|l| *l == q.id) {
            Some(0) => Some(Answer::Level(1)),
            Some(1) => Some(Answer::Level(3)),
            _ => None,
        })
    };
    let answers = answer_from(bank, s.working_answers(bank), 2, &mut { checkin });
    s.take_answers(bank, &answers);
    assert!(
        s.checkin.is_none(),
        "every question answered ends the check-in"
    );
    if let Some(ask) = bank.asks.first() {
        s.mark_asked(
            &ask.id,
            Some("She will find out by Friday.".to_string()),
            NOW + 60 * DAY,
        );
    }
    s.refresh(bank, NOW + 60 * DAY);
    s
}

#[test]
fn a_checkin_keeps_the_first_visit_and_asks_the_revisited_questions_again() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = history_bank(tmp.path());
    let mut s = Session::new(&bank, NOW);
    s.answers = answer_all(&bank, 2);
    s.refresh(&bank, NOW);
    let before = s.clone();
    s.begin_checkin(NOW + DAY, None);
    // Nothing of the session changes while the check-in is in progress.
    assert_eq!(s.answers, before.answers);
    assert!(s.checkins.is_empty());
    s.refresh(&bank, NOW + DAY);
    assert_eq!(s.digest, before.digest, "list shows the results as before");
    // The interview over it asks the revisited questions again, first.
    let working = s.working_answers(&bank);
    for id in before.answers.child.keys() {
        let q = bank.question(id).expect("a question of the bank");
        let revisit = bank.section(&q.section).unwrap().revisit;
        assert_eq!(working.child.contains_key(id), !revisit, "{id}");
    }
    assert_eq!(working.providers, before.answers.providers);
    let mut interview = Interview::new(working);
    let step = interview.current(&bank).expect("a question");
    assert!(bank.section(&step.question(&bank).section).unwrap().revisit);
    assert_eq!(
        step.question(&bank).section,
        bank.sections[0].id,
        "the safety questions come first"
    );
    // Each answer of the check-in is kept with it, not in the session's answers.
    let first = interview.current(&bank).unwrap();
    let a = pick(&bank, first.question(&bank), 1);
    interview.answer(&bank, a.clone()).unwrap();
    s.take_answers(&bank, &interview.answers);
    assert_eq!(s.answers, before.answers);
    let draft = s.checkin.as_ref().expect("in progress");
    assert_eq!(draft.answers.get(&first.question(&bank).id), Some(&a));
    // Stopped: everything is as it was.
    assert!(s.cancel_checkin());
    assert_eq!(s.answers, before.answers);
    assert!(s.checkins.is_empty() && s.checkin.is_none());
}

#[test]
fn a_finished_checkin_keeps_the_first_visit_in_its_history() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = history_bank(tmp.path());
    let mut s = Session::new(&bank, NOW);
    s.answers = answer_all(&bank, 2);
    let before = s.answers.clone();
    s.begin_checkin(NOW + DAY, Some("note".into()));
    let answers = answer_from(&bank, s.working_answers(&bank), 1, &mut |_| None);
    s.take_answers(&bank, &answers);
    assert!(s.checkin.is_none());
    assert_eq!(s.checkins.len(), 1);
    assert_eq!(s.checkins[0].note.as_deref(), Some("note"));
    assert_eq!(s.answers, answers);
    // The first visit's answers to the revisited questions are in the history.
    for (id, a) in &s.checkins[0].answers.child {
        assert_eq!(before.child.get(id), Some(a), "{id}");
    }
    for (id, a) in &before.child {
        let q = bank.question(id).unwrap();
        if bank.section(&q.section).unwrap().revisit {
            assert_eq!(s.checkins[0].answers.child.get(id), Some(a), "{id}");
        }
    }
}

#[test]
fn history_shows_what_got_better_or_worse_what_was_asked_and_the_missing_plan() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = history_bank(tmp.path());
    let s = revisited_session(&bank);
    let h = History::of(&bank, &s, NOW + 90 * DAY, fitcheck::clock::zone());
    assert_eq!(h.first_visit, "2026-01-15");
    assert_eq!(h.checkins.len(), 1);
    assert_eq!(h.checkins[0].date, fitcheck::clock::date(NOW + 60 * DAY));
    assert_eq!(
        h.checkins[0].note.as_deref(),
        Some("Met the team on Tuesday.")
    );
    let levels = revisited_levels(&bank);
    let change_of = |q: &Question| {
        let need = q.need.as_deref().unwrap();
        h.needs.iter().find(|n| n.need == need).map(|n| n.change)
    };
    assert_eq!(change_of(levels[0]), Some(Change::Better));
    let first = h.needs.iter().find(|n| n.change == Change::Better).unwrap();
    assert_eq!((first.first, first.now), (Some(3), Some(1)));
    if levels.len() > 1 {
        assert_eq!(change_of(levels[1]), Some(Change::Worse));
    }
    for q in levels.iter().skip(2) {
        assert_eq!(change_of(q), Some(Change::Same), "{}", q.id);
    }
    if let Some(ask) = bank.asks.first() {
        assert_eq!(h.asked.len(), 1);
        assert_eq!(h.asked[0].text, ask.text);
        assert_eq!(
            h.asked[0].reply.as_deref(),
            Some("She will find out by Friday.")
        );
    }
    // Involved for the longest option at the first visit, plus the months since.
    let since = bank.tracking(Tracks::InvolvedSince).unwrap();
    let most = since.options.iter().filter_map(|o| o.months).max().unwrap();
    assert_eq!(h.no_plan.len(), 1);
    assert_eq!(h.no_plan[0].months, Some(most + 2));
    assert_eq!(h.no_plan[0].months_since_first_visit, 2);
    assert!(h.no_plan[0].none_at_first_visit);
    assert!(h.older_answers.is_empty());
}

#[test]
fn without_the_tracked_questions_the_history_leaves_the_plan_out() {
    // Today's bank with every optional history field taken out.
    let tmp = tempfile::tempdir().unwrap();
    let mut files = bank_files();
    for (name, text) in files.iter_mut() {
        if name == "interview.json" {
            let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
            for q in v["questions"].as_array_mut().unwrap() {
                let q = q.as_object_mut().unwrap();
                q.remove("tracks");
                for o in q
                    .get_mut("options")
                    .and_then(|o| o.as_array_mut())
                    .into_iter()
                    .flatten()
                {
                    let o = o.as_object_mut().unwrap();
                    o.remove("months");
                    o.remove("no_plan");
                }
            }
            *text = serde_json::to_string(&v).unwrap();
        }
        std::fs::write(tmp.path().join(name.as_str()), text.as_str()).unwrap();
    }
    let bank = Bank::load_dir(tmp.path()).expect("loads without them");
    assert!(bank.tracking(Tracks::WrittenPlan).is_none());
    let mut s = Session::new(&bank, NOW);
    s.answers = answer_all_with(&bank, 2, |q| {
        // Every "No" an answer can be: no plan would be reported if tracked.
        q.options
            .iter()
            .find(|o| o.id == "no")
            .map(|o| Answer::One(o.id.clone()))
    });
    let h = History::of(&bank, &s, NOW + 400 * DAY, fitcheck::clock::zone());
    assert!(h.no_plan.is_empty() && h.needs.is_empty() && h.checkins.is_empty());
    assert!(h.is_empty());
    // The same answers with today's bank do report it, if it tracks the plan.
    let today = sessions_common::bank();
    if let Some(plan) = today.tracking(Tracks::WrittenPlan)
        && plan.option("no").is_some_and(|o| o.no_plan)
    {
        assert!(
            !History::of(&today, &s, NOW + 400 * DAY, fitcheck::clock::zone())
                .no_plan
                .is_empty()
        );
    }
}

#[test]
fn a_checkin_in_progress_changes_nothing_the_summary_shows() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = history_bank(tmp.path());
    let mut s = Session::new(&bank, NOW);
    s.answers = answer_all(&bank, 2);
    let before =
        fitcheck::core::summary::Summary::of_session(&bank, &s, NOW + DAY, fitcheck::clock::zone());
    s.begin_checkin(NOW + DAY, None);
    let answers = answer_from(&bank, s.working_answers(&bank), 0, &mut |_| None);
    let mut partial = s.working_answers(&bank);
    // Half the check-in answered.
    for (k, v) in answers.child.iter().take(3) {
        partial.child.insert(k.clone(), v.clone());
    }
    s.take_answers(&bank, &partial);
    assert!(s.checkin.is_some());
    assert_eq!(
        fitcheck::core::summary::Summary::of_session(&bank, &s, NOW + DAY, fitcheck::clock::zone()),
        before
    );
}

#[test]
fn the_printed_summary_shows_the_history_in_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    let qdir = tmp.path().join("questions");
    let data = tmp.path().join("sessions");
    let bank = history_bank(&qdir);
    let s = revisited_session(&bank);
    Store::at(&data).save(&s).unwrap();
    let q = qdir.to_str().unwrap();
    let since = bank.tracking(Tracks::InvolvedSince).unwrap();
    let most = since.options.iter().filter_map(|o| o.months).max().unwrap();
    let months = most + fitcheck::clock::months_since(&s.created, fitcheck::clock::now_secs());
    let levels = revisited_levels(&bank);
    let need_name = |q: &Question| bank.need(q.need.as_deref().unwrap()).unwrap().name.clone();

    let out = run(&data, &["--questions", q, "summary", &s.id]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    for l in text.lines() {
        assert!(fitcheck::core::text::width(l) <= 80, "too wide: {l}");
    }
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for want in [
        "Since your first visit on 2026-01-15".to_string(),
        "You came back once".to_string(),
        "Met the team on Tuesday.".to_string(),
        "Better:".to_string(),
        format!("{}: was", need_name(levels[0])),
        "Questions you asked".to_string(),
        "She will find out by Friday.".to_string(),
        format!("about {months} months, and there is no written plan"),
    ] {
        assert!(flat.contains(&want), "{want:?} missing:\n{text}");
    }
    if levels.len() > 1 {
        assert!(flat.contains("Worse:"), "{text}");
    }
    if levels.len() > 2 {
        let same = format!("No change: {}", need_name(levels[2]));
        assert!(flat.contains(&same), "{same:?} missing:\n{text}");
    }

    let md = stdout(&run(
        &data,
        &["--questions", q, "summary", &s.id, "--format", "markdown"],
    ));
    assert!(
        md.contains("## Since your first visit on 2026-01-15"),
        "{md}"
    );
    assert!(md.contains("## Questions you asked"));
    assert!(md.contains("no written plan"));

    let json: serde_json::Value = serde_json::from_str(&stdout(&run(
        &data,
        &["--questions", q, "summary", &s.id, "--format", "json"],
    )))
    .unwrap();
    let h = &json["history"];
    assert_eq!(h["first_visit"], "2026-01-15");
    assert!(h["needs"][0]["change"].is_string());
    assert!(
        h["needs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["change"] == "better")
    );
    assert_eq!(h["no_plan"][0]["months"], months);
    assert_eq!(
        h["asked"].as_array().map(Vec::len),
        Some(usize::from(!bank.asks.is_empty()))
    );
}

#[test]
fn a_summary_from_an_answers_file_has_no_history() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let file = tmp.path().join("answers.json");
    let answers: Answers = answer_all(&bank, 2);
    std::fs::write(&file, serde_json::to_vec(&answers).unwrap()).unwrap();
    let out = run(
        tmp.path(),
        &[
            "summary",
            "--answers",
            file.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(json["history"].is_null());
}
