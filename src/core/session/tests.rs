use super::*;
use crate::core::answers::Answer;
use crate::core::bank::{Kind, Question};

/// An answer the interview accepts for `q`, avoiding anything that
/// reports danger or adds another provider. Taken from the bank, so it
/// holds whatever the questions are.
fn pick(bank: &Bank, q: &Question, level: u8) -> Answer {
    let calm = |o: &&crate::core::bank::Choice| !o.crisis && !o.adds_provider;
    match q.kind {
        Kind::Level => Answer::Level(
            std::iter::once(level)
                .chain(0..=3)
                .find(|l| !q.crisis_levels.contains(l))
                .expect("some level is calm"),
        ),
        Kind::Single => Answer::One(
            q.options
                .iter()
                .find(calm)
                .or_else(|| q.options.iter().find(|o| !o.crisis))
                .expect("some option is calm")
                .id
                .clone(),
        ),
        Kind::Multi => Answer::Many(vec![
            q.options.iter().find(calm).expect("an option").id.clone(),
        ]),
        Kind::Text => Answer::One("Ms. Rivera".to_string()),
        Kind::Title => Answer::One(
            bank.roles
                .iter()
                .find(|r| !r.unknown)
                .map(|r| r.aliases.first().unwrap_or(&r.short).clone())
                .expect("a role"),
        ),
    }
}

/// Answers every question of `bank`, needs at `level`.
pub(crate) fn answer_all(bank: &Bank, level: u8) -> Answers {
    let mut interview = Interview::new(Answers::default());
    while let Some(step) = interview.current(bank) {
        let a = pick(bank, step.question(bank), level);
        interview.answer(bank, a).expect("a valid answer");
    }
    interview.answers
}

/// Answers the first `n` questions only.
pub(crate) fn answer_some(bank: &Bank, n: usize) -> Answers {
    let mut interview = Interview::new(Answers::default());
    for _ in 0..n {
        let Some(step) = interview.current(bank) else {
            break;
        };
        let a = pick(bank, step.question(bank), 2);
        interview.answer(bank, a).expect("a valid answer");
    }
    interview.answers
}

pub(crate) fn bank() -> Bank {
    Bank::embedded().expect("the built-in bank loads")
}

/// A finished session saved-ready (digest refreshed).
pub(crate) fn finished(bank: &Bank, now: i64) -> Session {
    let mut s = Session::new(bank, now);
    s.answers = answer_all(bank, 2);
    s.refresh(bank, now);
    s
}

#[test]
fn a_session_round_trips_and_keeps_fields_it_does_not_know() {
    let bank = bank();
    let mut s = finished(&bank, 1_800_000_000);
    s.label = Some("Maya 😀 – 日本".to_string());
    s.mark_asked(
        "some_ask",
        Some("She said \"later\"".to_string()),
        1_800_000_100,
    );
    let mut json: serde_json::Value = serde_json::to_value(&s).unwrap();
    json["from_the_future"] = serde_json::json!({"kept": [1, 2]});
    let bytes = serde_json::to_vec(&json).unwrap();
    let back = Session::from_json(&bytes).unwrap();
    assert_eq!(back.answers, s.answers);
    assert_eq!(back.label, s.label);
    assert_eq!(back.asked, s.asked);
    let again = serde_json::to_value(&back).unwrap();
    assert_eq!(again["from_the_future"], json["from_the_future"]);
}

#[test]
fn the_language_round_trips_and_an_old_session_without_it_opens() {
    use crate::core::lang::Lang;
    let es = Bank::embedded_in(Lang::Es).expect("the Spanish bank loads");
    let mut s = Session::new(&es, 1_800_000_000);
    assert_eq!(s.lang(), Some(Lang::Es));
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["lang"], "es");
    let back = Session::from_json(&serde_json::to_vec(&json).unwrap()).unwrap();
    assert_eq!(
        (back.lang.as_deref(), back.lang()),
        (Some("es"), Some(Lang::Es))
    );
    // Saved again in English (the parent switched): the session says so.
    s.refresh(&bank(), 1_800_000_100);
    assert_eq!(s.lang(), Some(Lang::En));
    // A session saved before fitcheck spoke Spanish has no "lang": it
    // opens, says no language, and is written back without one.
    let mut old = serde_json::to_value(finished(&bank(), 1_800_000_000)).unwrap();
    old.as_object_mut().unwrap().remove("lang");
    let back = Session::from_json(&serde_json::to_vec(&old).unwrap()).unwrap();
    assert_eq!((back.lang.as_deref(), back.lang()), (None, None));
    assert!(serde_json::to_value(&back).unwrap().get("lang").is_none());
    assert!(!back.extra.contains_key("lang"));
    // A language this fitcheck does not speak is kept, and ignored.
    old["lang"] = "fr".into();
    let back = Session::from_json(&serde_json::to_vec(&old).unwrap()).unwrap();
    assert_eq!((back.lang.as_deref(), back.lang()), (Some("fr"), None));
}

#[test]
fn damaged_files_are_explained() {
    let bank = bank();
    let good = serde_json::to_vec(&finished(&bank, 1_800_000_000)).unwrap();
    let cases: [(&[u8], &str); 6] = [
        (b"", "empty"),
        (b" \n\t ", "empty"),
        (&good[..good.len() / 2], "ends too early"),
        (b"hello, not json", "not valid JSON"),
        (b"{\"answers\": {}}", "not a fitcheck session"),
        (b"[1, 2, 3]", "not a fitcheck session"),
    ];
    for (bytes, expected) in cases {
        let err = Session::from_json(bytes).unwrap_err().to_string();
        assert!(err.contains(expected), "{expected:?} not in {err:?}");
    }
}

#[test]
fn a_file_from_a_newer_fitcheck_is_refused_by_its_version() {
    let bank = bank();
    let mut v = serde_json::to_value(finished(&bank, 1_800_000_000)).unwrap();
    v["schema"] = (SCHEMA + 1).into();
    let err = Session::from_json(&serde_json::to_vec(&v).unwrap()).unwrap_err();
    assert_eq!(
        err,
        BadSession::Newer {
            format: SCHEMA + 1,
            lang: crate::core::lang::Lang::En
        }
    );
    let err = err.to_string();
    assert!(err.contains("newer fitcheck"), "{err}");
    // Even when the rest no longer looks like this version's sessions.
    let err = Session::from_json(br#"{"schema": 7, "everything": "new"}"#)
        .unwrap_err()
        .to_string();
    assert!(err.contains("newer fitcheck") && err.contains('7'), "{err}");
}

#[test]
fn an_id_that_could_leave_the_folder_is_refused() {
    let bank = bank();
    for id in ["../escape", "a/b", "", "dot.dot", "x y"] {
        let mut v = serde_json::to_value(finished(&bank, 1_800_000_000)).unwrap();
        v["id"] = id.into();
        let err = Session::from_json(&serde_json::to_vec(&v).unwrap()).unwrap_err();
        assert!(matches!(err, BadSession::Id { .. }), "{id:?}: {err}");
        assert!(err.to_string().contains("id"), "{id:?}: {err}");
    }
}

#[test]
fn new_ids_are_short_valid_and_distinct() {
    let bank = bank();
    let ids: std::collections::HashSet<String> = (0..200)
        .map(|_| Session::new(&bank, 1_800_000_000).id)
        .collect();
    assert_eq!(ids.len(), 200);
    assert!(ids.iter().all(|id| valid_id(id) && id.len() == 8));
}

#[test]
fn refresh_records_progress_and_verdicts() {
    let bank = bank();
    let mut s = Session::new(&bank, 1_800_000_000);
    s.answers = answer_some(&bank, 1);
    s.refresh(&bank, 1_800_000_500);
    assert!(!s.digest.finished);
    assert_eq!(s.digest.answered, 1);
    assert!(s.digest.applicable > 1);
    assert_eq!(s.updated, crate::core::time::timestamp(1_800_000_500));
    let f = finished(&bank, 1_800_000_000);
    assert!(f.digest.finished);
    assert_eq!(f.digest.answered, f.digest.applicable);
    assert!(!f.digest.verdicts.is_empty());
    assert_eq!(f.entry().digest, f.digest);
}

#[test]
fn mark_asked_keeps_the_reply_and_a_later_mark_replaces_it() {
    let bank = bank();
    let mut s = Session::new(&bank, 1_800_000_000);
    s.mark_asked("a", None, 1_800_000_000);
    s.mark_asked("a", Some("yes".to_string()), 1_800_086_400);
    assert_eq!(s.asked.len(), 1);
    assert_eq!(s.asked["a"].reply.as_deref(), Some("yes"));
    assert!(
        s.asked["a"]
            .date
            .starts_with(&crate::clock::date(1_800_086_400))
    );
}
