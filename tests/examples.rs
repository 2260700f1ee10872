//! The worked examples in questions/examples/: each is a complete
//! interview, and each one's results are pinned, so a change to the
//! content that moves a verdict, a need line or the first questions to ask
//! shows up here.

use fitcheck::core::answers::Answers;
use fitcheck::core::bank::{Bank, Coverage};
use fitcheck::core::interview::{CrisisLevel, Interview};
use fitcheck::core::score::Verdict;
use fitcheck::core::summary::Summary;

const EXAMPLES: [&str; 6] = [
    "qmha_trauma_violence",
    "qmha_skills_only",
    "lmft_medication",
    "unknown_title",
    "team_two_providers",
    "crisis",
];

fn bank() -> Bank {
    Bank::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn answers(bank: &Bank, name: &str) -> Answers {
    let path = format!(
        "{}/questions/examples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Answers::parse(&text, bank).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn summary(name: &str) -> Summary {
    let bank = bank();
    Summary::from_answers(&bank, &answers(&bank, name))
}

fn top_asks(s: &Summary, n: usize) -> Vec<&str> {
    s.questions_to_ask
        .iter()
        .take(n)
        .map(|a| a.id.as_str())
        .collect()
}

fn ask_ids(s: &Summary) -> Vec<&str> {
    s.questions_to_ask.iter().map(|a| a.id.as_str()).collect()
}

/// (need, level, coverage, deciding capability) for a provider's first `n` need lines.
fn lines(s: &Summary, provider: usize, n: usize) -> Vec<(&str, u8, Coverage, &str)> {
    s.providers[provider]
        .needs
        .iter()
        .take(n)
        .map(|l| (l.need.as_str(), l.level, l.coverage, l.capability.as_str()))
        .collect()
}

#[test]
fn the_examples_folder_holds_the_six_examples() {
    let dir = format!("{}/questions/examples", env!("CARGO_MANIFEST_DIR"));
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    found.sort();
    let mut want: Vec<String> = EXAMPLES.iter().map(|n| format!("{n}.json")).collect();
    want.sort();
    assert_eq!(found, want);
}

/// `old` (every need rated) as the same answers given with the needs
/// checklists: the needs rated above 0 ticked, the level-0 ratings gone.
fn checklist_form(bank: &Bank, old: &Answers) -> Answers {
    let mut a = fitcheck::core::interview::with_checklists(bank, old).into_owned();
    let listed = |need: &str| {
        bank.questions
            .iter()
            .flat_map(|q| &q.options)
            .any(|o| o.need.as_deref() == Some(need))
    };
    a.child.retain(|id, v| {
        let Some(q) = bank.question(id) else {
            return true;
        };
        !(q.need.as_deref().is_some_and(listed) && v.level() == Some(0))
    });
    a
}

#[test]
fn every_example_is_a_complete_interview() {
    let bank = bank();
    assert!(!Interview::new(Answers::default()).is_finished(&bank));
    for name in EXAMPLES {
        let old = answers(&bank, name);
        // The examples rate every need, as answers files did before the
        // needs checklists: they stay finished and score the same as the
        // same answers given with the checklists.
        let interview = Interview::new(old.clone());
        assert!(
            interview.is_finished(&bank),
            "{name}: next question is {:?}",
            interview.current(&bank).map(|s| &s.question(&bank).id)
        );
        let a = checklist_form(&bank, &old);
        assert_ne!(a, old, "{name} has no checklist to derive");
        assert_eq!(
            Summary::from_answers(&bank, &old),
            Summary::from_answers(&bank, &a),
            "{name}: the old form scores as the checklist form"
        );
        let interview = Interview::new(a.clone());
        assert!(interview.is_finished(&bank), "{name}");
        // Every answer counts: none is for a question that does not apply.
        assert_eq!(
            interview.active(&bank),
            a,
            "{name} has answers that do not apply"
        );
        assert!(Summary::from_answers(&bank, &a).complete, "{name}");
        // Taking away any one answer leaves the interview unfinished, but
        // for a needs checklist with a need ticked: the levels rated stand
        // for it, as in answers from before it.
        for id in a.child.keys() {
            let mut less = a.clone();
            less.child.remove(id);
            let checklist = bank
                .question(id)
                .is_some_and(|q| q.options.iter().any(|o| o.need.is_some()));
            if checklist && a.child[id] != fitcheck::core::answers::Answer::Many(Vec::new()) {
                let i = Interview::new(less);
                assert!(i.is_finished(&bank), "{name} without {id}");
                assert_eq!(i.active(&bank), a, "{name} without {id}");
                continue;
            }
            assert!(
                !Interview::new(less).is_finished(&bank),
                "{name} without {id}"
            );
        }
    }
}

#[test]
fn qmha_with_urgent_trauma_and_violence_is_a_poor_fit() {
    let s = summary("qmha_trauma_violence");
    // "past" violence or threats is a recent worry: crisis help comes first.
    assert!(s.crisis);
    assert_eq!(s.crisis_level, Some(CrisisLevel::Recent));
    assert_eq!(s.needs[0].need, "violence_aggression");
    assert_eq!(s.needs[0].level, 3);
    assert_eq!(s.needs[1].need, "trauma");
    let p = &s.providers[0];
    assert_eq!(p.label, "Jamie");
    assert_eq!(p.role, "qmha");
    assert!(!p.licensed);
    assert_eq!(p.verdict, Verdict::PoorFit);
    // Watch-level needs no longer count; the action-level ones are mostly gaps.
    assert_eq!(p.fit, Some(14));
    assert_eq!(
        lines(&s, 0, 3),
        [
            (
                "violence_aggression",
                3,
                Coverage::NotTrained,
                "diagnosis_tailored_interventions"
            ),
            ("trauma", 3, Coverage::NotTrained, "trauma_interventions"),
            // A QMHA may follow a safety plan but not write one (issue 13).
            ("safety", 2, Coverage::Varies, "safety_planning"),
        ]
    );
    assert!(
        p.needs[1]
            .reason
            .contains("Trauma therapy takes a clinician with more training")
    );
    // The parent hoped for therapy; the role does not give it.
    let m: Vec<(&str, &str)> = p
        .expectation_mismatches
        .iter()
        .map(|m| (m.expectation.as_str(), m.capability.as_str()))
        .collect();
    assert_eq!(m, [("therapy", "psychotherapy")]);
    let unmet: Vec<&str> = s.team.unmet.iter().map(|u| u.need.as_str()).collect();
    assert_eq!(
        unmet,
        [
            "violence_aggression",
            "trauma",
            "safety",
            "family_conflict",
            "family_stress",
        ]
    );
    // Getting overwhelmed is only to keep an eye on: a note, not a gap.
    assert!(
        s.team
            .watch
            .iter()
            .any(|u| u.need == "neurodivergent_overwhelm")
    );
    // Safety first (there is no written plan, so making one), then the
    // therapy the parent expects and a QMHA does not give.
    assert_eq!(
        top_asks(&s, 3),
        [
            "ask_make_safety_plan",
            "ask_after_hours",
            "ask_therapy_direct"
        ]
    );
    let ids = ask_ids(&s);
    for id in [
        "ask_supervisor",
        "ask_trauma_who",
        "ask_therapy_direct",
        "ask_make_safety_plan",
        "ask_behavior_plan",
        "ask_no_change",
        "ask_involve_family",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
}

#[test]
fn qmha_for_skills_only_is_a_good_fit() {
    let s = summary("qmha_skills_only");
    assert!(!s.crisis);
    assert_eq!(
        s.needs.iter().map(|n| n.need.as_str()).collect::<Vec<_>>(),
        [
            "daily_living",
            "social_skills",
            "steady_presence",
            "routines_goals"
        ]
    );
    let p = &s.providers[0];
    assert_eq!(p.role, "qmha");
    assert_eq!(p.verdict, Verdict::GoodFit);
    assert_eq!(p.fit, Some(100));
    assert!(p.needs.iter().all(|l| l.coverage == Coverage::Trained));
    assert_eq!(
        lines(&s, 0, 1),
        [("daily_living", 2, Coverage::Trained, "daily_living_skills")]
    );
    assert!(p.expectation_mismatches.is_empty());
    assert!(s.team.unmet.is_empty());
    // A good fit still tells the parent who answers for the care; the
    // title they typed is never asked back, nor "are you licensed?".
    assert_eq!(top_asks(&s, 1), ["ask_supervisor"]);
    assert!(!ask_ids(&s).contains(&"ask_title"));
    assert!(!ask_ids(&s).contains(&"ask_licensed"));
    let ids = ask_ids(&s);
    assert!(!ids.contains(&"ask_trauma_who"));
    assert!(!ids.contains(&"ask_written_plan"));
    assert!(!ids.contains(&"ask_make_safety_plan"));
}

#[test]
fn lmft_when_medicine_is_needed_is_not_a_good_fit() {
    let s = summary("lmft_medication");
    // "worried" covers talk of suicide in the past weeks: a recent worry.
    assert!(s.crisis);
    assert_eq!(s.crisis_level, Some(CrisisLevel::Recent));
    assert!(s.crisis_lines[0].starts_with("Call or text 988"));
    let p = &s.providers[0];
    assert_eq!(p.label, "Ms. Rivera");
    assert_eq!(p.role, "lmft");
    assert!(p.licensed);
    assert_ne!(p.verdict, Verdict::GoodFit);
    assert_eq!(p.verdict, Verdict::PartialFit);
    // Medicine counts against the LMFT only because the parent expects it
    // from them; the recent worry raises the safety need, and the need for
    // help with suicidal thoughts or self-harm, to "needs action". The LMFT
    // is trained for both (60 before that need was in the bank; the
    // verdict is the same).
    assert_eq!(p.fit, Some(67));
    assert!(
        s.needs
            .iter()
            .any(|n| n.need == "self_harm" && n.level == 2 && n.from_safety_answers)
    );
    assert_eq!(
        lines(&s, 0, 2),
        [
            ("medication_question", 3, Coverage::NotTrained, "medication"),
            ("safety", 2, Coverage::Trained, "safety_planning"),
        ]
    );
    assert!(
        s.needs
            .iter()
            .any(|n| n.need == "safety" && n.from_safety_answers)
    );
    let m: Vec<(&str, &str, Coverage)> = p
        .expectation_mismatches
        .iter()
        .map(|m| (m.expectation.as_str(), m.capability.as_str(), m.coverage))
        .collect();
    assert_eq!(m, [("medication", "medication", Coverage::NotTrained)]);
    let unmet: Vec<&str> = s.team.unmet.iter().map(|u| u.need.as_str()).collect();
    assert_eq!(unmet, ["medication_question"]);
    // A recent worry puts safety first.
    assert_eq!(
        top_asks(&s, 3),
        ["ask_after_hours", "ask_prescriber", "ask_missing"]
    );
    assert!(!ask_ids(&s).contains(&"ask_title"), "an LMFT is licensed");
}

#[test]
fn unknown_title_cannot_be_scored_and_asks_for_the_title() {
    let s = summary("unknown_title");
    assert!(!s.crisis);
    let p = &s.providers[0];
    assert_eq!(p.label, "Provider 1");
    assert_eq!(p.role, "unknown");
    assert_eq!(p.verdict, Verdict::Unknown);
    assert_eq!(p.fit, None);
    assert_eq!(p.candidates.len(), 21);
    assert_eq!(
        lines(&s, 0, 2),
        [
            ("trauma", 2, Coverage::Varies, "trauma_interventions"),
            ("school_refusal", 2, Coverage::Varies, "psychotherapy"),
        ]
    );
    // No role is always trained for trauma therapy: the line names those that may be.
    assert_eq!(
        p.needs[0].reason,
        "It depends on the exact title and the person. Of the titles this could be, these may \
         include training for trauma therapy: QMHP, MSW, LCSW, LPC, LMFT, Psychologist, \
         Psychiatrist, PMHNP, School psychologist and School social worker."
    );
    assert_eq!(
        top_asks(&s, 3),
        ["ask_title", "ask_licensed", "ask_supervisor"]
    );
    assert!(
        s.questions_to_ask[..3]
            .iter()
            .all(|a| a.urgency == 3 && a.providers == ["Provider 1"])
    );
    let ids = ask_ids(&s);
    for id in [
        "ask_therapy_direct",
        "ask_trauma_training",
        "ask_overseer",
        "ask_school",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
}

#[test]
fn a_team_of_two_is_scored_person_by_person_and_as_a_team() {
    let s = summary("team_two_providers");
    assert!(!s.crisis);
    assert_eq!(s.providers.len(), 2);
    let fits: Vec<(&str, &str, Verdict, Option<u8>)> = s
        .providers
        .iter()
        .map(|p| (p.label.as_str(), p.role.as_str(), p.verdict, p.fit))
        .collect();
    assert_eq!(
        fits,
        [
            ("Jamie", "qmha", Verdict::PoorFit, Some(25)),
            // 50, not 63, since issue 13: skills coaching is "Ask" for an
            // LCSW (BLS, social workers), no longer "Trained".
            ("Ms. Rivera", "lcsw", Verdict::PartialFit, Some(50)),
        ]
    );
    assert_eq!(
        lines(&s, 1, 1),
        [("trauma", 3, Coverage::Varies, "trauma_interventions")]
    );
    let unmet: Vec<(&str, Coverage)> = s
        .team
        .unmet
        .iter()
        .map(|u| (u.need.as_str(), u.best))
        .collect();
    assert_eq!(
        unmet,
        [
            ("trauma", Coverage::Varies),
            ("family_conflict", Coverage::Varies),
        ]
    );
    // A need only to keep an eye on is a note, not a gap.
    let watch: Vec<&str> = s.team.watch.iter().map(|u| u.need.as_str()).collect();
    assert_eq!(watch, ["medication_question"]);
    // The hoped-for family therapy first, then who supervises the QMHA.
    assert_eq!(
        top_asks(&s, 3),
        ["ask_family_therapy", "ask_supervisor", "ask_trauma_who"]
    );
    assert_eq!(s.questions_to_ask[0].providers, ["Jamie", "Ms. Rivera"]);
    let trauma = s
        .questions_to_ask
        .iter()
        .find(|a| a.id == "ask_trauma_training")
        .unwrap();
    assert_eq!(trauma.providers, ["Ms. Rivera"]);
    assert_eq!(trauma.urgency, 3);
}

#[test]
fn danger_now_puts_the_crisis_lines_first() {
    let s = summary("crisis");
    assert!(s.crisis);
    assert_eq!(s.crisis_level, Some(CrisisLevel::Now));
    assert!(s.crisis_lines[0].starts_with("Call 911"));
    assert!(s.crisis_lines[1].starts_with("Call or text 988"));
    assert_eq!(s.needs[0].need, "safety");
    assert_eq!(s.needs[0].level, 3);
    let p = &s.providers[0];
    assert_eq!(p.role, "lpc");
    assert_eq!(p.verdict, Verdict::GoodFit);
    // The watch-level trauma note no longer counts: every need that calls
    // for action is covered.
    assert_eq!(p.fit, Some(100));
    assert_eq!(
        lines(&s, 0, 1),
        [("safety", 3, Coverage::Trained, "safety_planning")]
    );
    assert_eq!(
        top_asks(&s, 3),
        [
            "ask_make_safety_plan",
            "ask_after_hours",
            "ask_behavior_plan"
        ]
    );
}

#[test]
fn every_explanation_is_a_whole_sentence() {
    for name in EXAMPLES {
        let s = summary(name);
        let reasons = s
            .providers
            .iter()
            .flat_map(|p| p.needs.iter().map(|l| &l.reason))
            .chain(s.team.unmet.iter().map(|u| &u.reason))
            .chain(s.questions_to_ask.iter().map(|a| &a.reason));
        for r in reasons {
            assert!(r.ends_with('.') && !r.ends_with(": ."), "{name}: {r:?}");
            assert!(!r.contains('{'), "{name}: unfilled placeholder in {r:?}");
        }
    }
}

#[test]
fn each_example_reports_its_safety_tier() {
    for name in EXAMPLES {
        let want = match name {
            "crisis" => Some(CrisisLevel::Now),
            "lmft_medication" | "qmha_trauma_violence" => Some(CrisisLevel::Recent),
            _ => None,
        };
        let s = summary(name);
        assert_eq!(s.crisis_level, want, "{name}");
        assert_eq!(s.crisis, want.is_some(), "{name}");
    }
}

/// Issue 13 section 7: the printed table never cuts a need's name; a long
/// one wraps within its column.
#[test]
fn a_long_need_name_wraps_in_the_printed_table() {
    let mut bank = bank();
    let long = "Trauma from something frightening that happened, and still affects every day";
    bank.needs
        .iter_mut()
        .find(|n| n.id == "trauma")
        .unwrap()
        .name = long.to_string();
    let s = Summary::from_answers(&bank, &answers(&bank, "qmha_trauma_violence"));
    let text = fitcheck::core::report::text(&bank, &s, "2026-12-02");
    let pieces = fitcheck::core::text::wrap(long, 26);
    assert!(pieces.len() > 1);
    for piece in &pieces {
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with(piece.as_str())),
            "{piece:?} missing:\n{text}"
        );
    }
    assert!(
        text.lines().all(|l| fitcheck::core::text::width(l) <= 80),
        "{text}"
    );
}

/// Issue 13 section 4: the needs families bring, each rated through the
/// roles' existing capabilities and citing a page about that need.
#[test]
fn needs_families_bring_are_in_the_bank_and_self_harm_follows_the_safety_answers() {
    let bank = bank();
    for id in [
        "self_harm",
        "anxiety",
        "low_mood",
        "attention",
        "school_behavior",
        "eating",
        "developmental",
        "hearing_seeing",
    ] {
        let n = bank.need(id).unwrap_or_else(|| panic!("{id}"));
        let url = bank
            .source(&n.source)
            .and_then(|s| s.url.clone())
            .unwrap_or_default();
        assert!(url.starts_with("https://") && url.len() > 30, "{id}: {url}");
        for r in bank.roles.iter().filter(|r| !r.unknown) {
            for c in &n.capabilities {
                assert!(r.ratings.contains_key(c), "{} rates {c} for {id}", r.id);
            }
        }
        // Its level is asked only when it is ticked on a checklist.
        assert!(
            bank.questions
                .iter()
                .flat_map(|q| &q.options)
                .any(|o| o.need.as_deref() == Some(id)),
            "{id} is on a checklist"
        );
    }
    let self_harm = bank.need("self_harm").unwrap();
    assert!(self_harm.safety && self_harm.raised_by_safety);
    assert_eq!(self_harm.raised_by, ["safety_self"]);
    let school = bank.need("school_behavior").unwrap();
    assert_eq!(school.capabilities, ["school_supports"]);

    // Talk of suicide raises it; danger from someone else does not.
    let level_of = |text: &str| {
        let a = Answers::parse(text, &bank).unwrap();
        Summary::from_answers(&bank, &a)
            .needs
            .iter()
            .find(|n| n.need == "self_harm")
            .map(|n| (n.level, n.from_safety_answers))
    };
    let base = |self_: &str, others: &str| {
        format!(
            r#"{{"child": {{"safety_self": "{self_}", "safety_others": "{others}",
                "needs_present": [], "needs_present_feelings": [], "needs_present_family": []}}}}"#
        )
    };
    assert_eq!(level_of(&base("worried", "no")), Some((2, true)));
    assert_eq!(level_of(&base("yes_now", "no")), Some((3, true)));
    assert_eq!(level_of(&base("no", "past")), None);
    assert_eq!(level_of(&base("no", "yes_now")), None);
    assert_eq!(level_of(&base("no", "no")), None);
    // Ticked and rated "keep an eye on it", it is a recent worry: the
    // crisis lines come first, 988 first.
    let a = Answers::parse(
        r#"{"child": {"safety_self": "no", "safety_others": "no",
            "needs_present": ["self_harm"], "need_self_harm": 1}}"#,
        &bank,
    )
    .unwrap();
    let s = Summary::from_answers(&bank, &a);
    assert_eq!(s.crisis_level, Some(CrisisLevel::Recent));
}

/// Every worked example keeps the verdicts it had before the needs
/// checklists and the needs added in bank 2026.12.3 (the examples rate
/// every need and have no checklist, as older answers files do).
#[test]
fn every_example_keeps_its_verdicts_from_bank_2026_12_2() {
    let want: &[(&str, &[(&str, Verdict)])] = &[
        ("crisis", &[("Alex", Verdict::GoodFit)]),
        ("lmft_medication", &[("Ms. Rivera", Verdict::PartialFit)]),
        ("qmha_skills_only", &[("Sam", Verdict::GoodFit)]),
        ("qmha_trauma_violence", &[("Jamie", Verdict::PoorFit)]),
        (
            "team_two_providers",
            &[
                ("Jamie", Verdict::PoorFit),
                ("Ms. Rivera", Verdict::PartialFit),
            ],
        ),
        ("unknown_title", &[("Provider 1", Verdict::Unknown)]),
    ];
    assert_eq!(want.len(), EXAMPLES.len());
    for (name, verdicts) in want {
        let s = summary(name);
        assert!(s.complete, "{name}");
        let got: Vec<(&str, Verdict)> = s
            .providers
            .iter()
            .map(|p| (p.label.as_str(), p.verdict))
            .collect();
        assert_eq!(&got, verdicts, "{name}");
    }
}
