//! The interview state machine on a small fixture bank: order, progress,
//! answers of every kind, skip, back, changing an earlier answer, title
//! follow-ups, providers, crisis, and answers files.

use fitcheck::core::answers::{Answer, Answers, AnswersError};
use fitcheck::core::bank::Bank;
use fitcheck::core::interview::{AnswerError, CrisisLevel, Interview, Position};
use fitcheck::core::summary::Summary;
use fitcheck::core::title;

fn bank() -> Bank {
    Bank::load_dir(std::path::Path::new("tests/fixtures/bank")).unwrap()
}

fn current_id(b: &Bank, i: &Interview) -> String {
    i.current(b)
        .map(|s| s.question(b).id.clone())
        .unwrap_or_else(|| "DONE".into())
}

fn one(s: &str) -> Answer {
    Answer::One(s.to_string())
}

/// Answers up to the provider's title.
fn up_to_title(b: &Bank) -> Interview {
    let mut i = Interview::new(Answers::default());
    i.answer(b, one("no")).unwrap();
    i.answer(b, Answer::Level(3)).unwrap();
    i.answer(b, Answer::Level(1)).unwrap();
    i.skip(b).unwrap();
    assert_eq!(current_id(b, &i), "provider_title");
    i
}

#[test]
fn questions_come_in_order_with_progress() {
    let b = bank();
    let mut i = Interview::new(Answers::default());
    assert_eq!(current_id(&b, &i), "safety_now");
    let p = i.progress(&b);
    assert_eq!(
        (p.answered, p.section.as_str(), p.in_section, p.section_len),
        (0, "Safety", 1, 1)
    );
    i.answer(&b, one("no")).unwrap();
    assert_eq!(current_id(&b, &i), "need_trauma");
    let p = i.progress(&b);
    assert_eq!(
        (p.answered, p.section.as_str(), p.in_section, p.section_len),
        (1, "Needs", 1, 2)
    );
}

#[test]
fn wrong_answers_are_refused_and_change_nothing() {
    let b = bank();
    let mut i = Interview::new(Answers::default());
    let err = i.answer(&b, one("maybe")).unwrap_err();
    assert!(
        matches!(&err, AnswerError::Invalid(m) if m.contains("\"maybe\" is not an option")),
        "{err}"
    );
    assert!(matches!(
        i.answer(&b, Answer::Level(2)),
        Err(AnswerError::Invalid(_))
    ));
    assert_eq!(
        i.skip(&b),
        Err(AnswerError::Invalid(
            "This question needs an answer; it cannot be skipped.".into()
        ))
    );
    i.answer(&b, one("no")).unwrap();
    assert!(matches!(
        i.answer(&b, Answer::Level(4)),
        Err(AnswerError::Invalid(_))
    ));
    assert_eq!(current_id(&b, &i), "need_trauma");
    assert_eq!(i.progress(&b).answered, 1);
}

#[test]
fn back_goes_to_the_previous_question_and_keeps_answers() {
    let b = bank();
    let mut i = up_to_title(&b);
    assert!(i.back(&b));
    assert_eq!(current_id(&b, &i), "provider_name");
    assert!(i.back(&b));
    assert_eq!(current_id(&b, &i), "need_steady");
    assert_eq!(
        i.answer_at(&b, i.current(&b).unwrap()),
        Some(&Answer::Level(1))
    );
    // Answering again moves on to the first question still unanswered.
    i.answer(&b, Answer::Level(2)).unwrap();
    assert_eq!(current_id(&b, &i), "provider_title");
    let mut fresh = Interview::new(Answers::default());
    assert!(!fresh.back(&b), "nothing before the first question");
}

#[test]
fn an_ambiguous_title_asks_a_follow_up_that_narrows_it() {
    let b = bank();
    let mut i = up_to_title(&b);
    i.answer(&b, one("Therapist")).unwrap();
    assert_eq!(current_id(&b, &i), "title_licensed");
    i.answer(&b, one("no")).unwrap();
    let active = i.active(&b);
    let r = title::resolve(&b, &active.providers[0].answers, None);
    assert_eq!(r.role(&b).map(|r| r.id.as_str()), Some("qmha"));
}

#[test]
fn changing_an_earlier_answer_re_evaluates_later_questions() {
    let b = bank();
    let mut i = up_to_title(&b);
    i.answer(&b, one("therapist")).unwrap();
    i.answer(&b, one("no")).unwrap();
    i.answer(&b, Answer::Many(vec!["therapy".into()])).unwrap();
    // Go back to the title and make it clear: the follow-up no longer applies.
    let title_step = i
        .steps(&b)
        .into_iter()
        .find(|s| s.question(&b).id == "provider_title")
        .unwrap();
    assert!(i.goto(&b, title_step));
    i.answer(&b, one("L.C.S.W.")).unwrap();
    assert!(
        !i.steps(&b)
            .iter()
            .any(|s| s.question(&b).id == "title_licensed")
    );
    let active = i.active(&b);
    assert!(!active.providers[0].answers.contains_key("title_licensed"));
    // ... but its answer is kept, and the later answer that still applies too.
    assert_eq!(
        i.answers.providers[0].answers.get("title_licensed"),
        Some(&one("no"))
    );
    assert_eq!(
        active.providers[0].answers.get("expect"),
        Some(&Answer::Many(vec!["therapy".into()]))
    );
    // The next question is the first one still unanswered.
    assert_eq!(current_id(&b, &i), "another_provider");
    // Changing it back brings the follow-up back with its answer.
    i.goto(&b, title_step);
    i.answer(&b, one("therapist")).unwrap();
    assert_eq!(
        i.active(&b).providers[0].answers.get("title_licensed"),
        Some(&one("no"))
    );
}

#[test]
fn another_provider_adds_the_provider_questions_again() {
    let b = bank();
    let mut i = up_to_title(&b);
    i.answer(&b, one("lcsw")).unwrap();
    i.answer(&b, Answer::Many(vec![])).unwrap();
    let before = i.progress(&b).applicable;
    i.answer(&b, one("yes")).unwrap();
    assert_eq!(i.current(&b).unwrap().provider, Some(1));
    assert_eq!(current_id(&b, &i), "provider_name");
    assert!(i.progress(&b).applicable > before);
    assert_eq!(i.provider_count(&b), 2);
}

#[test]
fn a_full_interview_finishes_and_is_scored() {
    let b = bank();
    let mut i = up_to_title(&b);
    i.answer(&b, one("skills trainer")).unwrap();
    i.answer(&b, Answer::Many(vec!["therapy".into()])).unwrap();
    i.answer(&b, one("no")).unwrap();
    i.answer(&b, one("no")).unwrap();
    assert_eq!(i.position(&b), Position::Done);
    assert!(i.is_finished(&b));
    assert_eq!(i.answer(&b, one("x")), Err(AnswerError::Finished));
    // The refusals read as sentences wherever they are shown.
    assert_eq!(
        AnswerError::Finished.to_string(),
        "the interview is finished"
    );
    assert_eq!(
        AnswerError::Invalid("Type an answer to go on.".into()).to_string(),
        "Type an answer to go on."
    );
    let s = Summary::of(&b, &i);
    assert!(!s.crisis);
    let p = &s.providers[0];
    assert_eq!(p.role, "qmha");
    // Only trauma calls for action (urgent, not trained); steady presence
    // is to keep an eye on, a note that does not count.
    assert_eq!(p.fit, Some(0));
    assert_eq!(p.verdict.as_str(), "poor_fit");
    assert_eq!(p.needs[0].need, "trauma");
    assert_eq!(p.needs[0].coverage.as_str(), "not_trained");
    assert_eq!(p.expectation_mismatches[0].expectation, "therapy");
    assert_eq!(s.team.unmet[0].need, "trauma");
    let ids: Vec<&str> = s.questions_to_ask.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["ask_title", "ask_trauma", "ask_plan"]);
}

#[test]
fn an_urgent_need_the_role_is_not_trained_for_never_gives_a_good_fit() {
    let b = bank();
    let mut answers = Answers::default();
    answers.child.insert("safety_now".into(), one("no"));
    answers.child.insert("need_trauma".into(), Answer::Level(3));
    answers.child.insert("need_steady".into(), Answer::Level(3));
    let mut p = fitcheck::core::answers::ProviderAnswers::default();
    p.answers.insert("provider_title".into(), one("qmha"));
    answers.providers.push(p);
    let s = Summary::from_answers(&b, &answers);
    assert_eq!(s.providers[0].fit, Some(50));
    assert_eq!(s.providers[0].verdict.as_str(), "partial_fit");
    // Even when the other needs lift the fit above the good-fit line.
    let view = &fitcheck::core::score::providers(&b, &answers)[0];
    let mut needs = fitcheck::core::score::rated_needs(&b, &answers, 0);
    let steady = needs[1].clone();
    needs.extend([steady.clone(), steady.clone(), steady]);
    let fit = fitcheck::core::score::fit(&b, view, &needs);
    assert_eq!(fit.fit, Some(80));
    assert!(fit.fit.unwrap() >= fitcheck::core::score::GOOD_FIT);
    assert_eq!(fit.verdict.as_str(), "partial_fit");
}

#[test]
fn an_unknown_title_gives_an_unknown_verdict_and_title_questions() {
    let b = bank();
    let mut i = up_to_title(&b);
    i.answer(&b, one("I don't know")).unwrap();
    i.answer(&b, one("not_sure")).unwrap();
    let s = Summary::of(&b, &i);
    assert_eq!(s.providers[0].verdict.as_str(), "unknown");
    assert_eq!(s.providers[0].fit, None);
    assert_eq!(s.providers[0].candidates, ["qmha", "lcsw"]);
    assert_eq!(s.questions_to_ask[0].id, "ask_title");
}

#[test]
fn danger_now_sets_the_crisis_flag() {
    let b = bank();
    let mut i = Interview::new(Answers::default());
    assert!(!i.crisis(&b));
    i.answer(&b, one("yes")).unwrap();
    assert!(i.crisis(&b));
    assert!(Summary::of(&b, &i).crisis);
}

#[test]
fn titles_match_ignoring_case_and_punctuation() {
    let b = bank();
    let ids = |t: &str| -> Vec<String> {
        title::match_roles(&b, t)
            .iter()
            .map(|&i| b.roles[i].id.clone())
            .collect()
    };
    assert_eq!(ids("lcsw"), ["lcsw"]);
    assert_eq!(ids("L.C.S.W."), ["lcsw"]);
    assert_eq!(ids("Licensed Clinical Social Worker"), ["lcsw"]);
    assert_eq!(ids("skills  trainer!"), ["qmha"]);
    assert_eq!(ids("she's our skills trainer"), ["qmha"]);
    assert_eq!(ids("therapist"), ["qmha", "lcsw"]);
    assert!(ids("astronaut").is_empty());
    assert!(title::closest(&b, "skils trainr", 3).contains(&"skills trainer".to_string()));
}

#[test]
fn answers_files_are_checked_entry_by_entry() {
    let b = bank();
    let text = r#"{
      "child": {"safety_now": "perhaps", "need_trauma": "high", "nope": 1, "provider_title": "lcsw"},
      "providers": [{"answers": {"expect": ["therapy", "magic"], "need_steady": 2}}]
    }"#;
    let Err(AnswersError::Invalid(bad)) = Answers::parse(text, &b) else {
        panic!("must be refused");
    };
    let bad: Vec<String> = bad.iter().map(ToString::to_string).collect();
    assert_eq!(bad.len(), 6, "{bad:#?}");
    let has = |s: &str| assert!(bad.iter().any(|b| b.contains(s)), "{s} not in {bad:#?}");
    has("child.safety_now: \"perhaps\" is not an option here");
    has("child.need_trauma: expected a level from 0 to 3, found the text \"high\"");
    has("child.nope: there is no question with this id");
    has("child.provider_title: this question is asked for each provider");
    has("providers[0].expect: \"magic\" is not an option here");
    has("providers[0].need_steady: this question is asked once");
    let Err(AnswersError::Syntax { line, .. }) = Answers::parse("{\n\"child\": [}", &b) else {
        panic!("syntax error expected");
    };
    assert_eq!(line, 2);
}

/// The safety tier for every combination of the two safety answers and the
/// safety need's level: "yes_now" or level 3 means now; "worried" or "past"
/// means recent; anything else, none.
#[test]
fn the_safety_tier_for_each_answer_combination() {
    use fitcheck::core::interview::crisis_level;
    let b = Bank::embedded().expect("the built-in bank loads");
    for me in ["yes_now", "worried", "no"] {
        for others in ["yes_now", "past", "no"] {
            for level in 0u8..=3 {
                let mut a = Answers::default();
                a.child.insert("safety_self".into(), Answer::One(me.into()));
                a.child
                    .insert("safety_others".into(), Answer::One(others.into()));
                a.child.insert("need_safety".into(), Answer::Level(level));
                let want = if me == "yes_now" || others == "yes_now" || level == 3 {
                    Some(CrisisLevel::Now)
                } else if me == "worried" || others == "past" {
                    Some(CrisisLevel::Recent)
                } else {
                    None
                };
                assert_eq!(crisis_level(&b, &a), want, "{me} {others} {level}");
                let s = Summary::from_answers(&b, &a);
                assert_eq!(s.crisis, want.is_some());
                let first = &s.crisis_lines[0];
                match want {
                    Some(CrisisLevel::Now) => assert!(first.starts_with("Call 911"), "{first}"),
                    _ => assert!(first.starts_with("Call or text 988"), "{first}"),
                }
                // Lines about danger from another person only when someone
                // at home may be in danger.
                let dv = s.crisis_lines.iter().any(|l| l.contains("1-800-799-7233"));
                assert_eq!(
                    dv,
                    others != "no" && want.is_some(),
                    "{me} {others} {level}"
                );
                let json = s.to_json();
                let tier = match want {
                    Some(CrisisLevel::Now) => "\"crisis_level\": \"now\"",
                    Some(CrisisLevel::Recent) => "\"crisis_level\": \"recent\"",
                    None => "\"crisis_level\": null",
                };
                assert!(json.contains(tier), "{json}");
            }
        }
    }
}

/// Issue 13: the lines for danger from another person (domestic violence,
/// child abuse) hide only when the parent says the danger comes from the
/// child alone. Unanswered, skipped or unsure, they show, as before.
#[test]
fn danger_from_the_child_alone_hides_the_lines_about_others() {
    let b = Bank::embedded().expect("the built-in bank loads");
    for others in ["yes_now", "past"] {
        for from in [
            None,
            Some("child"),
            Some("someone_else"),
            Some("both"),
            Some("not_sure"),
            Some("skip"),
        ] {
            let mut a = Answers::default();
            a.child
                .insert("safety_self".into(), Answer::One("no".into()));
            a.child
                .insert("safety_others".into(), Answer::One(others.into()));
            match from {
                Some("skip") => {
                    a.child.insert("danger_from".into(), Answer::Skipped);
                }
                Some(f) => {
                    a.child.insert("danger_from".into(), Answer::One(f.into()));
                }
                None => {}
            }
            let s = Summary::from_answers(&b, &a);
            let dv = s.crisis_lines.iter().any(|l| l.contains("1-800-799-7233"));
            let abuse = s.crisis_lines.iter().any(|l| l.contains("1-855-503-7233"));
            let want = from != Some("child");
            assert_eq!(dv, want, "{others} {from:?}");
            assert_eq!(abuse, want, "{others} {from:?}");
            // The tier never depends on who the danger comes from.
            assert!(s.crisis, "{others} {from:?}");
        }
    }
    // Asked only when someone at home may be in danger.
    let q = b.question("danger_from").expect("danger_from");
    assert!(q.skippable && !q.is_safety());
    let mut a = Answers::default();
    a.child
        .insert("safety_self".into(), Answer::One("no".into()));
    a.child
        .insert("safety_others".into(), Answer::One("no".into()));
    a.child
        .insert("danger_from".into(), Answer::One("someone_else".into()));
    let s = Summary::from_answers(&b, &a);
    assert!(!s.crisis_lines.iter().any(|l| l.contains("1-800-799-7233")));
}

/// A level question's recent_risk_levels report the recent tier (the
/// self-harm need will use levels 1-2).
#[test]
fn recent_risk_levels_report_a_recent_worry() {
    use fitcheck::core::interview::crisis_level;
    let mut b = Bank::embedded().expect("the built-in bank loads");
    let q = b
        .questions
        .iter_mut()
        .find(|q| q.id == "need_violence")
        .expect("need_violence");
    q.recent_risk_levels = vec![1, 2];
    q.crisis_levels = vec![3];
    for (level, want) in [
        (0, None),
        (1, Some(CrisisLevel::Recent)),
        (2, Some(CrisisLevel::Recent)),
        (3, Some(CrisisLevel::Now)),
    ] {
        let mut a = Answers::default();
        a.child.insert("need_violence".into(), Answer::Level(level));
        assert_eq!(crisis_level(&b, &a), want, "level {level}");
    }
}

/// The disclaimer starts and ends the printed summary, and a bank past its
/// review date says so only when today is after it.
#[test]
fn the_disclaimer_and_the_review_date() {
    let b = Bank::embedded().expect("the built-in bank loads");
    let s = Summary::from_answers(&b, &Answers::default());
    let flat = |t: String| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = fitcheck::core::report::text(&b, &s, "2026-12-02");
    assert_eq!(
        flat(text.clone())
            .matches("It is not a crisis service.")
            .count(),
        2
    );
    assert!(flat(text.clone()).contains(&s.report_error));
    assert!(!text.contains("due to be checked again"));
    let late = flat(fitcheck::core::report::text(&b, &s, "2027-11-25"));
    assert!(late.contains("due to be checked again by 2027-11-24"));
    let md = flat(fitcheck::core::report::markdown(&b, &s, "2027-11-25"));
    assert!(md.contains("due to be checked again by 2027-11-24"));
    assert!(b.meta.review_overdue("2027-11-25"));
    assert!(!b.meta.review_overdue("2027-11-24"));
    assert!(!b.meta.review_overdue("today"), "not a date: never overdue");
}

/// The fixture's `ask_title` is also asked of a provider who is not
/// licensed (the built-in bank no longer uses that trigger): never of a
/// licensed one, and as urgent as the most urgent need the role is not
/// fully trained for.
#[test]
fn an_unlicensed_provider_is_asked_about_their_title_as_urgently_as_their_gaps() {
    let b = bank();
    let ask = |title: &str, trauma: u8, steady: u8| {
        let text = serde_json::json!({
            "child": {"safety_now": "no", "need_trauma": trauma, "need_steady": steady, "written_plan": "yes"},
            "providers": [{"answers": {"provider_name": "Jo", "provider_title": title,
                "expect": [], "another_provider": "no"}}]
        })
        .to_string();
        let a = Answers::parse(&text, &b).unwrap();
        Summary::from_answers(&b, &a)
            .questions_to_ask
            .into_iter()
            .find(|q| q.id == "ask_title")
            .map(|q| (q.urgency, q.providers))
    };
    let jo = vec!["Jo".to_string()];
    // Trauma (not trained) needs action; the urgent steady presence is trained.
    assert_eq!(ask("QMHA", 2, 3), Some((2, jo.clone())));
    assert_eq!(ask("QMHA", 3, 2), Some((3, jo.clone())));
    // Nothing the role lacks: still asked, at the lowest urgency.
    assert_eq!(ask("QMHA", 0, 2), Some((1, jo)));
    // A licensed role is not asked about its title.
    assert_eq!(ask("LCSW", 2, 3), None);
}

/// A bank whose provider section comes last (no progress section after
/// it) walks to the end like any other: the walk stops at the last section.
#[test]
fn a_bank_ending_with_the_provider_section_walks_to_the_end() {
    use std::borrow::Cow;
    let dir = std::path::Path::new("tests/fixtures/bank");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    for (name, text) in &mut files {
        let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
        match name.as_str() {
            "interview.json" => {
                v["sections"]
                    .as_array_mut()
                    .unwrap()
                    .retain(|s| s["id"] != "progress");
                v["questions"]
                    .as_array_mut()
                    .unwrap()
                    .retain(|q| q["section"] != "progress");
            }
            "asks.json" => v.as_array_mut().unwrap().retain(|a| a["id"] != "ask_plan"),
            _ => {}
        }
        *text = v.to_string();
    }
    let sources: Vec<(&str, Cow<str>)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), Cow::Borrowed(t.as_str())))
        .collect();
    let b = Bank::from_texts("no progress section", &sources).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(b.sections.last().unwrap().id, "provider");
    let mut i = up_to_title(&b);
    i.answer(&b, one("LCSW")).unwrap();
    i.answer(&b, Answer::Many(vec![])).unwrap();
    i.answer(&b, one("no")).unwrap();
    assert!(i.is_finished(&b), "{}", current_id(&b, &i));
    assert_eq!(Summary::of(&b, &i).providers[0].role, "lcsw");
}

/// Text and titles are trimmed and must not be empty; a choice is taken as
/// given (an option id with spaces around it is not an option).
#[test]
fn typed_answers_are_trimmed_and_choices_are_not() {
    let b = bank();
    let mut i = Interview::new(Answers::default());
    assert!(matches!(
        i.answer(&b, one(" no ")),
        Err(AnswerError::Invalid(_))
    ));
    i.answer(&b, one("no")).unwrap();
    i.answer(&b, Answer::Level(3)).unwrap();
    i.answer(&b, Answer::Level(1)).unwrap();
    assert_eq!(current_id(&b, &i), "provider_name");
    assert_eq!(
        i.answer(&b, one("   ")),
        Err(AnswerError::Invalid(
            "Type an answer, or skip this question.".into()
        ))
    );
    i.answer(&b, one("  Jo Smith \n")).unwrap();
    assert_eq!(current_id(&b, &i), "provider_title");
    assert_eq!(
        i.answer(&b, one("")),
        Err(AnswerError::Invalid("Type an answer to go on.".into()))
    );
    i.answer(&b, one(" QMHA  ")).unwrap();
    let p = &i.answers.providers[0].answers;
    assert_eq!(p["provider_name"], one("Jo Smith"));
    assert_eq!(p["provider_title"], one("QMHA"));
}

/// After an answer the interview moves on to the next unanswered question
/// after it, not back to an earlier gap; `to_first_unanswered` goes to the
/// first gap.
#[test]
fn an_answer_moves_on_to_the_next_gap_after_it() {
    let b = bank();
    let mut i = Interview::new(Answers::default());
    let steps = i.steps(&b);
    let at = |id: &str| {
        *steps
            .iter()
            .find(|s| s.question(&b).id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    // Answer the second need first: the first question is still open.
    assert!(i.goto(&b, at("need_steady")));
    i.answer(&b, Answer::Level(1)).unwrap();
    assert_eq!(current_id(&b, &i), "provider_name");
    i.to_first_unanswered();
    assert_eq!(current_id(&b, &i), "safety_now");
}

/// `holds` reads every kind of condition; `not` turns one around.
#[test]
fn conditions_hold_as_written() {
    use fitcheck::core::bank::Condition;
    let b = bank();
    let a = Answers::parse(r#"{"child": {"safety_now": "no", "need_trauma": 2}}"#, &b).unwrap();
    let any_of = |o: &str| Condition::AnyOf {
        question: "safety_now".into(),
        options: vec![o.into()],
    };
    let holds = |c: &Condition| fitcheck::core::interview::holds(&b, c, &a, None, usize::MAX);
    assert!(holds(&any_of("no")));
    assert!(!holds(&any_of("yes")));
    assert!(holds(&Condition::Not(Box::new(any_of("yes")))));
    assert!(!holds(&Condition::Not(Box::new(any_of("no")))));
    let level = |l: u8| Condition::LevelAtLeast {
        question: "need_trauma".into(),
        level: l,
    };
    assert!(holds(&level(2)) && !holds(&level(3)));
    assert!(holds(&Condition::Any(vec![any_of("yes"), level(2)])));
    assert!(!holds(&Condition::All(vec![any_of("yes"), level(2)])));
}

/// The crisis check on answers that count: danger now is a crisis, "no" is not.
#[test]
fn the_crisis_check_reads_the_answers() {
    let b = bank();
    let calm = Answers::parse(r#"{"child": {"safety_now": "no"}}"#, &b).unwrap();
    let danger = Answers::parse(r#"{"child": {"safety_now": "yes"}}"#, &b).unwrap();
    assert!(!fitcheck::core::interview::crisis(&b, &calm));
    assert!(fitcheck::core::interview::crisis(&b, &danger));
}

/// The provider section's count is "about" until the title is given (it
/// may add questions that narrow it down), and final once it is clear.
#[test]
fn a_section_count_is_settled_once_no_answer_to_come_can_change_it() {
    let b = bank();
    let mut i = up_to_title(&b);
    let p = i.progress(&b);
    assert!(!p.section_settled, "before the title: {p:?}");
    assert_eq!(
        p.section_count(&fitcheck::core::words::EN),
        format!("about {}", p.section_len)
    );
    let clear = b.roles.iter().find(|r| !r.unknown).unwrap().short.clone();
    i.answer(&b, one(&clear)).unwrap();
    let p = i.progress(&b);
    assert!(p.section_settled, "a clear title settles it: {p:?}");
    assert_eq!(
        p.section_count(&fitcheck::core::words::EN),
        p.section_len.to_string()
    );
    // The needs section has nothing ahead that changes it.
    let fresh = Interview::new(Answers::default());
    assert!(fresh.progress(&b).section_settled);
}
