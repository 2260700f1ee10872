//! Pinned behaviour where parents look (issue 18): the verdict bands just
//! below, at and above each cut-off, every rule that caps a verdict (and the
//! near misses that must not cap), the printed text and markdown summary of
//! every worked example, and the table of every role's coverage ratings.
//!
//! The printouts and the table are insta file snapshots in tests/snapshots/:
//! a change to the scoring or to questions/ shows up there as a diff to
//! review (`INSTA_UPDATE=always cargo test --test pinned`, then read it).

use fitcheck::core::answers::Answers;
use fitcheck::core::bank::{Bank, Coverage, Kind};
use fitcheck::core::score::{CapRule, GOOD_FIT, PARTIAL_FIT, Verdict};
use fitcheck::core::summary::Summary;
use serde_json::{Value, json};

fn bank() -> Bank {
    Bank::embedded().unwrap_or_else(|e| panic!("{e}"))
}

/// Calm answers to every child question, then `child` on top; one provider
/// per entry of `providers`.
fn answers(bank: &Bank, child: &Value, providers: &[Value]) -> Answers {
    let mut c = json!({
        "safety_self": "no", "safety_others": "no",
        "written_plan": "yes", "behavior_plan": "yes", "case_overseer": "yes",
        "family_involved": "family", "change_month": "better"
    });
    for q in bank.questions.iter().filter(|q| q.kind == Kind::Level) {
        c[q.id.as_str()] = json!(0);
    }
    for (k, v) in child.as_object().expect("an object") {
        c[k.as_str()] = v.clone();
    }
    let n = providers.len();
    let ps: Vec<Value> = providers
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut a = json!({"expects": [], "involved_since": "one_three_months",
                "another_provider": if i + 1 < n { "yes" } else { "no" }});
            for (k, v) in p.as_object().expect("an object") {
                a[k.as_str()] = v.clone();
            }
            json!({ "answers": a })
        })
        .collect();
    let text = json!({"child": c, "providers": ps}).to_string();
    Answers::parse(&text, bank).unwrap_or_else(|e| panic!("{e}"))
}

fn summary(bank: &Bank, child: &Value, providers: &[Value]) -> Summary {
    Summary::from_answers(bank, &answers(bank, child, providers))
}

#[test]
fn the_cut_offs_are_45_and_75() {
    assert_eq!((PARTIAL_FIT, GOOD_FIT), (45, 75));
    let table = [
        (0, Verdict::PoorFit),
        (40, Verdict::PoorFit),
        (44, Verdict::PoorFit),
        (45, Verdict::PartialFit),
        (46, Verdict::PartialFit),
        (50, Verdict::PartialFit),
        (70, Verdict::PartialFit),
        (74, Verdict::PartialFit),
        (75, Verdict::GoodFit),
        (76, Verdict::GoodFit),
        (80, Verdict::GoodFit),
        (100, Verdict::GoodFit),
    ];
    for (fit, want) in table {
        assert_eq!(Verdict::band(fit), want, "a fit of {fit}");
    }
}

/// Families whose fit lands just below, at and just above each cut-off,
/// scored end to end: (title, needs rated, fit, verdict). None of them has
/// a cap, so the verdict is the band's.
const BOUNDARIES: &[(&str, &str, u8, Verdict)] = &[
    (
        "skills trainer",
        r#"{"need_daily_living":2,"need_family_stress":3,"need_overwhelm":3}"#,
        40,
        Verdict::PoorFit,
    ),
    (
        "skills trainer",
        r#"{"need_daily_living":3,"need_family_conflict":3,"need_steady_presence":2,"need_trauma":3}"#,
        43,
        Verdict::PoorFit,
    ),
    (
        "psychiatrist",
        r#"{"need_daily_living":2,"need_family_conflict":3,"need_family_stress":3,"need_routines_goals":3,"need_school_refusal":2}"#,
        44,
        Verdict::PoorFit,
    ),
    (
        "psychiatrist",
        r#"{"need_daily_living":2,"need_family_stress":3,"need_school_refusal":3,"need_sexualized_behavior":3,"need_social_skills":3,"need_trauma":2}"#,
        45,
        Verdict::PartialFit,
    ),
    (
        "psychiatrist",
        r#"{"need_daily_living":3,"need_family_stress":3,"need_medication":2,"need_school_refusal":3,"need_screen_overuse":3,"need_substance_use":3,"need_trauma":3}"#,
        46,
        Verdict::PartialFit,
    ),
    (
        "LCSW",
        r#"{"need_overwhelm":3,"need_substance_use":3,"need_trauma":2}"#,
        70,
        Verdict::PartialFit,
    ),
    (
        "LPC",
        r#"{"need_family_stress":2,"need_routines_goals":3,"need_school_refusal":3,"need_screen_overuse":3,"need_sexualized_behavior":3,"need_substance_use":3}"#,
        73,
        Verdict::PartialFit,
    ),
    (
        "LMFT",
        r#"{"need_daily_living":3,"need_diagnosis":3,"need_family_conflict":3,"need_routines_goals":2,"need_school_refusal":2,"need_screen_overuse":3,"need_sexualized_behavior":3,"need_steady_presence":3,"need_substance_use":3,"need_trauma":2}"#,
        74,
        Verdict::PartialFit,
    ),
    // An urgent need the role covers only "it depends" (substance use) is
    // half covered, not an urgent gap: this stays a good fit.
    (
        "LMFT",
        r#"{"need_overwhelm":3,"need_substance_use":3}"#,
        75,
        Verdict::GoodFit,
    ),
    // Daily living skills are "Ask" for an LCSW since issue 13 (BLS, social
    // workers); parent and sibling stress is still "Trained".
    (
        "LCSW",
        r#"{"need_family_stress":3,"need_trauma":3}"#,
        75,
        Verdict::GoodFit,
    ),
    (
        "LCSW",
        r#"{"need_diagnosis":3,"need_family_stress":3,"need_overwhelm":2,"need_school_refusal":3,"need_screen_overuse":3,"need_social_skills":3,"need_steady_presence":3,"need_substance_use":3,"need_trauma":3}"#,
        76,
        Verdict::GoodFit,
    ),
];

#[test]
fn fits_next_to_each_cut_off_get_their_band_end_to_end() {
    let b = bank();
    for &(title, needs, fit, verdict) in BOUNDARIES {
        let needs: Value = serde_json::from_str(needs).unwrap();
        let s = summary(&b, &needs, &[json!({ "provider_title": title })]);
        let p = &s.providers[0];
        assert_eq!(p.fit, Some(fit), "{title} {needs}");
        assert_eq!(p.verdict, verdict, "{title} at {fit}: {}", p.verdict_text);
        assert!(
            p.verdict_caps.is_empty(),
            "{title} at {fit}: {:?}",
            p.verdict_caps
        );
        assert!(s.team.safety_gap.is_none());
    }
    // Each cut-off is approached from both sides.
    for cut in [PARTIAL_FIT, GOOD_FIT] {
        assert!(BOUNDARIES.iter().any(|b| b.2 == cut));
        assert!(BOUNDARIES.iter().any(|b| b.2 == cut - 1));
        assert!(BOUNDARIES.iter().any(|b| b.2 == cut + 1));
    }
}

/// A cap case: the title, the needs, what the parent expects of them, any
/// other provider on the team, and the cap rules that must (or, for a near
/// miss, must not) apply, with the fit and the verdict.
struct CapCase {
    what: &'static str,
    providers: Vec<Value>,
    needs: Value,
    fit: u8,
    caps: Vec<CapRule>,
    verdict: Verdict,
}

impl CapCase {
    /// Whether the team has a safety gap: these cases rate safety only to make one.
    fn safety_gap(&self) -> bool {
        self.needs["need_safety"] == 2 && self.providers.len() == 1
    }
}

#[test]
fn every_rule_that_caps_a_verdict_applies_exactly_when_it_should() {
    let b = bank();
    let st = |extra: Value| {
        let mut p = json!({"provider_title": "skills trainer", "provider_name": "Jamie"});
        for (k, v) in extra.as_object().unwrap() {
            p[k.as_str()] = v.clone();
        }
        p
    };
    // The skills trainer covers daily living, social skills and routines;
    // trauma therapy is not in their training.
    let skills = json!({"need_daily_living": 3, "need_social_skills": 3, "need_routines_goals": 3, "need_steady_presence": 3});
    let with = |extra: Value| {
        let mut n = skills.clone();
        for (k, v) in extra.as_object().unwrap() {
            n[k.as_str()] = v.clone();
        }
        n
    };
    let cases = [
        CapCase {
            what: "no cap: the skills the role is trained for",
            providers: vec![st(json!({}))],
            needs: skills.clone(),
            fit: 100,
            caps: vec![],
            verdict: Verdict::GoodFit,
        },
        CapCase {
            what: "an urgent need the role is not trained for",
            providers: vec![st(json!({}))],
            needs: with(json!({"need_trauma": 3})),
            fit: 80,
            caps: vec![CapRule::UrgentGap],
            verdict: Verdict::PartialFit,
        },
        CapCase {
            what: "near miss: the same need needing action, not urgent",
            providers: vec![st(json!({}))],
            needs: with(json!({"need_trauma": 2})),
            fit: 89,
            caps: vec![],
            verdict: Verdict::GoodFit,
        },
        CapCase {
            what: "near miss: an urgent need the role covers 'it depends'",
            providers: vec![json!({"provider_title": "LMFT"})],
            needs: json!({"need_overwhelm": 3, "need_substance_use": 3, "need_family_conflict": 3}),
            fit: 83,
            caps: vec![],
            verdict: Verdict::GoodFit,
        },
        CapCase {
            what: "the parent expects therapy the role does not give",
            providers: vec![st(json!({"expects": ["therapy"]}))],
            needs: skills.clone(),
            fit: 100,
            caps: vec![CapRule::Expectation],
            verdict: Verdict::PartialFit,
        },
        CapCase {
            what: "near miss: the parent expects the skills the role teaches",
            providers: vec![st(json!({"expects": ["skills"]}))],
            needs: skills.clone(),
            fit: 100,
            caps: vec![],
            verdict: Verdict::GoodFit,
        },
        CapCase {
            what: "near miss: an expectation the role meets 'it depends' (crisis help)",
            providers: vec![st(json!({"expects": ["crisis_help"]}))],
            needs: skills.clone(),
            fit: 100,
            caps: vec![],
            verdict: Verdict::GoodFit,
        },
        CapCase {
            what: "a safety need calls for action and nobody is trained for it",
            providers: vec![st(json!({}))],
            needs: with(json!({"need_safety": 2})),
            fit: 94,
            caps: vec![CapRule::SafetyGap],
            verdict: Verdict::PartialFit,
        },
        CapCase {
            what: "near miss: a safety need only to keep an eye on",
            providers: vec![st(json!({}))],
            needs: with(json!({"need_safety": 1})),
            fit: 100,
            caps: vec![],
            verdict: Verdict::GoodFit,
        },
        CapCase {
            what: "near miss: someone else on the team is trained in safety planning",
            providers: vec![st(json!({})), json!({"provider_title": "LCSW"})],
            needs: with(json!({"need_safety": 2})),
            fit: 94,
            caps: vec![],
            verdict: Verdict::GoodFit,
        },
        CapCase {
            what: "the provider's own caps; the team's safety gap is then said for the team",
            providers: vec![st(json!({"expects": ["therapy"]}))],
            needs: with(json!({"need_safety": 2, "need_trauma": 3})),
            fit: 77,
            caps: vec![CapRule::UrgentGap, CapRule::Expectation],
            verdict: Verdict::PartialFit,
        },
        CapCase {
            what: "caps never lower a fit below good: an urgent gap in a partial fit",
            providers: vec![st(json!({}))],
            needs: json!({"need_daily_living": 3, "need_trauma": 3, "need_family_conflict": 2}),
            fit: 40,
            caps: vec![],
            verdict: Verdict::PoorFit,
        },
    ];
    for c in &cases {
        let s = summary(&b, &c.needs, &c.providers);
        let p = &s.providers[0];
        let rules: Vec<CapRule> = p.verdict_caps.iter().map(|c| c.rule).collect();
        assert_eq!(p.fit, Some(c.fit), "{}", c.what);
        assert_eq!(rules, c.caps, "{}", c.what);
        assert_eq!(p.verdict, c.verdict, "{}: {}", c.what, p.verdict_text);
        // Each cap is said in the verdict's words, which still name the role.
        for cap in &p.verdict_caps {
            assert!(p.verdict_text.contains(&cap.text), "{}", c.what);
        }
        let short = &b.role(&p.role).unwrap().short;
        assert!(
            p.verdict_text.contains(&format!("{short} training covers")),
            "{}: {}",
            c.what,
            p.verdict_text
        );
        assert_eq!(s.team.safety_gap.is_some(), c.safety_gap(), "{}", c.what);
    }
}

const EXAMPLES: [&str; 6] = [
    "crisis",
    "lmft_medication",
    "qmha_skills_only",
    "qmha_trauma_violence",
    "team_two_providers",
    "unknown_title",
];

fn example(bank: &Bank, name: &str) -> Summary {
    let path = format!(
        "{}/questions/examples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let answers = Answers::parse(&text, bank).unwrap_or_else(|e| panic!("{name}: {e}"));
    Summary::from_answers(bank, &answers)
}

/// The printed summaries, on a fixed date. The binary prints what these
/// renderers give (tests/plain_examples.rs checks that), so together they
/// pin every number and word a parent reads.
#[test]
fn golden_text_and_markdown_summaries_of_every_worked_example() {
    let b = bank();
    let dir = format!("{}/questions/examples", env!("CARGO_MANIFEST_DIR"));
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".json").map(str::to_string))
        .collect();
    found.sort();
    assert_eq!(
        found, EXAMPLES,
        "a worked example without a golden printout"
    );
    for name in EXAMPLES {
        let s = example(&b, name);
        insta::assert_snapshot!(
            format!("{name}_text"),
            fitcheck::core::report::text(&b, &s, "2026-12-02")
        );
        insta::assert_snapshot!(
            format!("{name}_markdown"),
            fitcheck::core::report::markdown(&b, &s, "2026-12-02")
        );
    }
}

/// Every role's rating for every capability, one row per role: an edit to
/// questions/roles.json shows up as a reviewed diff of this table.
#[test]
fn golden_table_of_every_roles_coverage() {
    let b = bank();
    let mut out = String::from(
        "T trained, ~ it depends, . not trained, ? no rating\n\
         (* a separate specialty)\n\n",
    );
    for (i, c) in b.capabilities.iter().enumerate() {
        let star = if c.specialty { "*" } else { "" };
        out.push_str(&format!("c{:02} {}{star}\n", i + 1, c.id));
    }
    out.push('\n');
    out.push_str(&format!("{:<14}", "role"));
    for i in 0..b.capabilities.len() {
        out.push_str(&format!(" c{:02}", i + 1));
    }
    out.push('\n');
    let mut rated = 0;
    for r in &b.roles {
        out.push_str(&format!("{:<14}", r.id));
        for c in &b.capabilities {
            let mark = match r.ratings.get(&c.id).map(|x| x.level) {
                Some(Coverage::Trained) => "T",
                Some(Coverage::Varies) => "~",
                Some(Coverage::NotTrained) => ".",
                None => "?",
            };
            rated += usize::from(mark != "?");
            out.push_str(&format!("   {mark}"));
        }
        out.push('\n');
    }
    // The unknown role alone has no ratings; every other role rates every capability.
    let real = b.roles.iter().filter(|r| !r.unknown).count();
    assert_eq!(rated, real * b.capabilities.len());
    insta::assert_snapshot!("coverage_table", out);
}

/// Three ratings a wrong edit would hurt most, spelled out beside the table.
#[test]
fn key_ratings_are_as_the_sources_say() {
    let b = bank();
    let rating = |role: &str, cap: &str| {
        b.role(role)
            .unwrap_or_else(|| panic!("{role}"))
            .ratings
            .get(cap)
            .unwrap_or_else(|| panic!("{role} {cap}"))
            .level
    };
    assert_eq!(rating("psychiatrist", "safety_planning"), Coverage::Trained);
    assert_eq!(rating("bcba", "daily_living_skills"), Coverage::Trained);
    assert_eq!(rating("psychologist", "psychotherapy"), Coverage::Trained);
    assert_eq!(rating("qmha", "trauma_interventions"), Coverage::NotTrained);
}

mod families;

/// Everything a summary decides, one short line per fact: the rated
/// needs, each provider's role, fit, verdict, caps and need lines, the
/// team's gaps, and the questions to ask with their reasons.
fn digest(s: &Summary) -> String {
    use std::fmt::Write;
    // The start of a reason says which one it is; the rest is pinned by the printouts.
    let short = |t: &str| t.chars().take(60).collect::<String>();
    let mut o = String::new();
    let needs: Vec<String> = s
        .needs
        .iter()
        .map(|n| {
            let raised = if n.from_safety_answers { "!" } else { "" };
            format!("{}:{}{raised}", n.need, n.level)
        })
        .collect();
    let _ = writeln!(o, "needs {}", needs.join(" "));
    let _ = writeln!(
        o,
        "crisis {:?} complete {} lines {}",
        s.crisis_level,
        s.complete,
        s.crisis_lines.len()
    );
    for p in &s.providers {
        let caps: Vec<_> = p.verdict_caps.iter().map(|c| c.rule).collect();
        let _ = writeln!(
            o,
            "provider {:?} {:?} -> {} ({}) candidates {:?} licensed {} supervised {}",
            p.label, p.title, p.role, p.role_title, p.candidates, p.licensed, p.supervised
        );
        let _ = writeln!(
            o,
            "  fit {:?} {:?} {:?} caps {caps:?} strengths {:?}",
            p.fit, p.verdict, p.no_fit_reason, p.strengths
        );
        let _ = writeln!(o, "  says {}: {}", p.verdict_label, p.verdict_text);
        for l in &p.needs {
            let _ = writeln!(
                o,
                "  line {} {} {:?} {:?} via {} (all {:?}): {}",
                l.need,
                l.level,
                l.kind,
                l.coverage,
                l.capability,
                l.full,
                short(&l.reason)
            );
        }
        for m in &p.expectation_mismatches {
            let _ = writeln!(
                o,
                "  expects {} {} {:?}: {}",
                m.expectation,
                m.capability,
                m.coverage,
                short(&m.reason)
            );
        }
    }
    for u in &s.team.unmet {
        let _ = writeln!(
            o,
            "unmet {} {} {:?}: {}",
            u.need,
            u.level,
            u.best,
            short(&u.reason)
        );
    }
    for u in &s.team.watch {
        let _ = writeln!(o, "watch {} {:?}: {}", u.need, u.best, short(&u.reason));
    }
    if let Some(g) = &s.team.safety_gap {
        let _ = writeln!(o, "safety gap: {g}");
    }
    for a in &s.questions_to_ask {
        let bring = if a.bring { "bring" } else { "more" };
        let _ = writeln!(
            o,
            "ask {} {bring} u{} {:?}: {}",
            a.id,
            a.urgency,
            a.providers,
            short(&a.reason)
        );
    }
    o
}

/// Thirty real interviews answered at random: everything each summary
/// decides, pinned, so a change to scoring, questions to ask or the
/// interview walk shows up as a reviewed diff.
#[test]
fn golden_digest_of_thirty_random_interviews() {
    let b = bank();
    let titles = families::titles(&b);
    let mut rng = families::Rng(0x00f1_7c4e_c0ff_ee18);
    let mut out = String::new();
    for i in 0..30 {
        let a = families::interview(&mut rng, &b, &titles, 3);
        let s = Summary::from_answers(&b, &a);
        assert!(s.complete, "interview {i}");
        out.push_str(&format!("## interview {i}\n{}\n", digest(&s)));
    }
    insta::assert_snapshot!("random_interviews_digest", out);
}

/// Only needs that call for action weigh: 2 for "needs action now", 4 for
/// "urgent", nothing for "keep an eye on it" or "not a concern".
#[test]
fn the_weights_of_each_level() {
    assert_eq!(
        [0, 1, 2, 3].map(fitcheck::core::score::weight),
        [0, 0, 2, 4]
    );
}

/// Danger now raises the safety need to urgent even when its own question
/// went unanswered (a file without it): the need is added, once, as rated
/// by its question, beside the needs the parent did rate.
#[test]
fn danger_now_adds_the_safety_need_when_its_question_is_unanswered() {
    let b = bank();
    let mut a = answers(
        &b,
        &json!({"safety_self": "yes_now", "need_trauma": 2}),
        &[json!({"provider_title": "LCSW"})],
    );
    a.child.remove("need_safety");
    let s = Summary::from_answers(&b, &a);
    let got: Vec<(&str, u8, bool, &str)> = s
        .needs
        .iter()
        .map(|n| {
            (
                n.need.as_str(),
                n.level,
                n.from_safety_answers,
                n.question.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("safety", 3, true, "need_safety"),
            // Danger to the child themselves also raises self-harm.
            ("self_harm", 3, true, "need_self_harm"),
            ("trauma", 2, false, "need_trauma")
        ]
    );
    // With no danger, nothing is added.
    let mut calm = answers(
        &b,
        &json!({"need_trauma": 2}),
        &[json!({"provider_title": "LCSW"})],
    );
    calm.child.remove("need_safety");
    let s = Summary::from_answers(&b, &calm);
    assert_eq!(s.needs.len(), 1);
    assert_eq!(s.needs[0].need, "trauma");
}

/// Review finding: a need the safety answers raise (self-harm, from "not
/// right now, but..." on the self-harm question) says so wherever it is
/// shown: in the list of needs and in each provider's line; a need the
/// parent rated as high or higher says nothing of the kind.
#[test]
fn a_need_the_safety_answers_raise_says_so() {
    let b = bank();
    let s = summary(
        &b,
        &json!({"safety_self": "worried", "need_trauma": 2}),
        &[json!({"provider_title": "LCSW"})],
    );
    let raised = s.needs.iter().find(|n| n.need == "self_harm").unwrap();
    assert!(raised.from_safety_answers);
    assert!(
        raised
            .shown_name(&fitcheck::core::words::EN)
            .ends_with(fitcheck::strings::NEED_FROM_SAFETY)
    );
    let line = s.providers[0]
        .needs
        .iter()
        .find(|l| l.need == "self_harm")
        .unwrap();
    assert!(
        line.reason.starts_with(fitcheck::strings::LINE_FROM_SAFETY),
        "{}",
        line.reason
    );
    let trauma = s.providers[0]
        .needs
        .iter()
        .find(|l| l.need == "trauma")
        .unwrap();
    assert!(!trauma.reason.contains(fitcheck::strings::LINE_FROM_SAFETY));
    let text = fitcheck::core::report::text(&b, &s, "2026-12-02");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(fitcheck::strings::NEED_FROM_SAFETY), "{text}");
    // Rated as high by the parent: their own rating, nothing added.
    let s = summary(
        &b,
        &json!({"safety_self": "worried", "need_self_harm": 2}),
        &[json!({"provider_title": "LCSW"})],
    );
    let own = s.needs.iter().find(|n| n.need == "self_harm").unwrap();
    assert!(!own.from_safety_answers);
    assert_eq!(own.shown_name(&fitcheck::core::words::EN), own.name);
}

/// Review finding: "an LPC", never "a LPC", wherever an article is put
/// before a title; "a QMHA" stays.
#[test]
fn an_article_before_a_title_follows_its_sound() {
    let b = bank();
    for (title, want) in [
        ("LPC", "What an LPC does well"),
        ("QMHA", "What a QMHA does well"),
    ] {
        let s = summary(&b, &json!({}), &[json!({"provider_title": title})]);
        let notes = fitcheck::core::report::provider_notes(&b, &s.providers[0]).join(" ");
        assert!(notes.contains(want), "{title}: {notes}");
    }
}

/// A title of spaces alone (from a file) is no title: the verdict asks for
/// one instead of quoting blanks; a typed title that matches nothing is quoted.
#[test]
fn a_blank_title_is_said_to_be_missing_and_an_unknown_one_is_quoted() {
    let b = bank();
    let words = |title: &str| {
        let s = summary(
            &b,
            &json!({"need_trauma": 2}),
            &[json!({"provider_title": title, "provider_name": "Jo"})],
        );
        let p = &s.providers[0];
        assert_eq!(
            p.no_fit_reason,
            Some(fitcheck::core::score::NoFit::TitleUnknown)
        );
        p.verdict_text.clone()
    };
    let missing =
        fitcheck::core::text::fill(fitcheck::strings::VT_TITLE_MISSING, &[("provider", "Jo")]);
    assert!(words("   ").starts_with(&missing), "{}", words("   "));
    assert!(
        words("wizard").starts_with("The title \u{201c}wizard\u{201d} does not match"),
        "{}",
        words("wizard")
    );
}

/// When every need that calls for action is a specialty the role does not
/// practise, the verdict names those needs, not the ones to keep an eye on.
#[test]
fn another_specialty_verdict_names_only_the_needs_that_call_for_action() {
    let b = bank();
    let s = summary(
        &b,
        &json!({"need_medication": 2, "need_diagnosis": 1}),
        &[json!({"provider_title": "skills trainer"})],
    );
    let p = &s.providers[0];
    assert_eq!(
        p.no_fit_reason,
        Some(fitcheck::core::score::NoFit::OtherSpecialty)
    );
    let name = |id: &str| fitcheck::core::text::mid_sentence(&b.need(id).unwrap().name);
    assert!(
        p.needs.iter().any(|l| l.need == "diagnosis_question"
            && l.level == 1
            && l.kind == fitcheck::core::score::LineKind::OtherSpecialty),
        "the watch-level specialty is a line"
    );
    assert!(
        p.verdict_text.contains(&name("medication_question")),
        "{}",
        p.verdict_text
    );
    assert!(
        !p.verdict_text.contains(&name("diagnosis_question")),
        "{}",
        p.verdict_text
    );
}

/// With no provider named yet, every need that calls for action is a gap
/// of the whole team, said as such.
#[test]
fn with_no_provider_every_need_is_the_teams_gap() {
    let b = bank();
    let s = summary(
        &b,
        &json!({"need_trauma": 2, "need_steady_presence": 3}),
        &[],
    );
    assert!(s.providers.is_empty());
    let needs: Vec<&str> = s.team.unmet.iter().map(|u| u.need.as_str()).collect();
    assert_eq!(needs, ["steady_presence", "trauma"]);
    for u in &s.team.unmet {
        let need = fitcheck::core::text::mid_sentence(&u.name);
        assert_eq!(
            u.reason,
            fitcheck::core::text::fill(
                fitcheck::strings::UNMET_NO_TEAM,
                &[("need", &need), ("provider", "")]
            )
        );
    }
}

/// What a role does well is said even when it covers none of this child's
/// needs, so a verdict never lists only gaps.
#[test]
fn a_provider_with_only_gaps_is_told_what_their_role_does_well() {
    let b = bank();
    let s = summary(
        &b,
        &json!({"need_trauma": 2}),
        &[json!({"provider_title": "skills trainer"})],
    );
    let p = &s.providers[0];
    assert!(p.strengths.is_empty());
    let notes = fitcheck::core::report::provider_notes(&b, p);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].starts_with("What a QMHA does well: "), "{notes:?}");
}

/// The history's words: the visits, the last one's date, the notes, how
/// each need changed, and how long a provider has worked without a plan.
#[test]
fn history_words_name_the_visits_the_changes_and_the_months_without_a_plan() {
    use fitcheck::core::history::{Change, History, NeedChange, NoPlan, Visit};
    use fitcheck::core::report::history_words;
    let visit = |date: &str, note: Option<&str>| Visit {
        date: date.into(),
        note: note.map(Into::into),
    };
    let no_plan = |months: Option<u32>, since: u32, first: bool| NoPlan {
        provider: "Jo".into(),
        months,
        since: None,
        months_since_first_visit: since,
        none_at_first_visit: first,
    };
    let change = |name: &str, first: u8, now: u8, change: Change| NeedChange {
        need: name.to_lowercase(),
        name: name.into(),
        first: Some(first),
        first_label: Some(format!("level {first}")),
        now: Some(now),
        now_label: Some(format!("level {now}")),
        change,
    };
    let h = |needs: Vec<NeedChange>, checkins: Vec<Visit>, no_plan: Vec<NoPlan>| History {
        first_visit: "2026-09-01".into(),
        checkins,
        needs,
        answers: vec![],
        asked: vec![],
        no_plan,
        older_answers: vec![],
    };
    assert!(history_words(&fitcheck::core::words::EN, &h(vec![], vec![], vec![])).is_none());
    // The needs, worse first; unchanged ones by name, those still "not a concern" left out.
    let needs = vec![
        change("Trauma", 1, 3, Change::Worse),
        change("Sleep", 2, 2, Change::Same),
        change("Screens", 0, 0, Change::Same),
        // Labels that read the same are said once.
        change("School", 2, 2, Change::Better),
    ];
    let w = history_words(
        &fitcheck::core::words::EN,
        &h(needs, vec![visit("2026-10-01", None)], vec![]),
    )
    .expect("a visit");
    assert_eq!(w.visits, ["You came back once, on 2026-10-01."]);
    let groups: Vec<(Change, Vec<String>)> =
        w.needs.iter().map(|(c, _, v)| (*c, v.clone())).collect();
    assert_eq!(groups.len(), 3, "{groups:?}");
    let need = fitcheck::strings::HISTORY_NEED
        .replace("{name}", "Trauma")
        .replace("{first}", "level 1")
        .replace("{now}", "level 3");
    assert_eq!(groups[0], (Change::Worse, vec![need]));
    let once = fitcheck::strings::HISTORY_NEED_ONE
        .replace("{name}", "School")
        .replace("{level}", "level 2");
    assert_eq!(groups[1], (Change::Better, vec![once]));
    assert_eq!(groups[2], (Change::Same, vec!["Sleep".to_string()]));
    let w = history_words(
        &fitcheck::core::words::EN,
        &h(
            vec![],
            vec![
                visit("2026-10-01", Some("  ")),
                visit("2026-11-01", Some("calmer at school")),
            ],
            vec![],
        ),
    )
    .expect("two visits");
    assert_eq!(
        w.visits,
        [
            "You came back 2 times, most recently on 2026-11-01.",
            "Your note from 2026-11-01: calmer at school"
        ]
    );
    let w = history_words(
        &fitcheck::core::words::EN,
        &h(
            vec![],
            vec![],
            vec![
                no_plan(Some(6), 0, false),
                no_plan(Some(1), 0, false),
                no_plan(None, 0, true),
            ],
        ),
    )
    .expect("no plan");
    assert!(w.needs.is_empty());
    let after = w.after.join("\n");
    for want in [
        "Jo has been involved for about 6 months, and there is no written plan.",
        "Jo has been involved for about 1 month, and there is no written plan.",
        "There was no written plan at your first visit, less than a month ago, and there is still none.",
    ] {
        assert!(after.contains(want), "{want}\n{after}");
    }
}

/// A full history under a summary: every part of it, printed as text and as
/// markdown, pinned word for word.
#[test]
fn golden_text_and_markdown_of_a_summary_with_its_history() {
    use fitcheck::core::history::{
        AnswerChange, AskedQuestion, Change, History, NeedChange, NoPlan, OlderAnswer, Visit,
    };
    let b = bank();
    let need = |name: &str, first: Option<u8>, now: Option<u8>, change: Change| NeedChange {
        need: name.to_lowercase(),
        name: name.into(),
        first,
        first_label: first.map(|l| b.level_text(l).label.clone()),
        now,
        now_label: now.map(|l| b.level_text(l).label.clone()),
        change,
    };
    let h = History {
        first_visit: "2026-09-01".into(),
        checkins: vec![
            Visit {
                date: "2026-10-01".into(),
                note: Some("New school started".into()),
            },
            Visit {
                date: "2026-11-01".into(),
                note: None,
            },
        ],
        needs: vec![
            need("Trauma", Some(1), Some(3), Change::Worse),
            need("Daily living skills", Some(3), Some(2), Change::Better),
            need("Screen overuse", None, Some(2), Change::New),
            need("Social skills", Some(2), Some(2), Change::Same),
            need("Routines and goals", Some(2), None, Change::NotYet),
        ],
        answers: vec![AnswerChange {
            question: "change_month".into(),
            prompt: "Over the past month, how have things changed?".into(),
            first: "Better".into(),
            now: "Worse".into(),
        }],
        asked: vec![
            AskedQuestion {
                id: "ask_supervisor".into(),
                text: "Who supervises your work with my child?".into(),
                date: "2026-10-02".into(),
                reply: Some("Dr. Lee, on Tuesdays".into()),
            },
            AskedQuestion {
                id: "ask_gone".into(),
                text: "ask_gone".into(),
                date: "2026-10-03".into(),
                reply: None,
            },
        ],
        no_plan: vec![NoPlan {
            provider: "Sam".into(),
            months: Some(4),
            since: None,
            months_since_first_visit: 2,
            none_at_first_visit: true,
        }],
        older_answers: vec![
            OlderAnswer {
                question: "old_question".into(),
                provider: Some(0),
                answer: "kept".into(),
            },
            OlderAnswer {
                question: "older_child_question".into(),
                provider: None,
                answer: "also kept".into(),
            },
        ],
    };
    let s = example(&b, "qmha_skills_only").with_history(h);
    insta::assert_snapshot!(
        "history_text",
        fitcheck::core::report::text(&b, &s, "2026-12-02")
    );
    insta::assert_snapshot!(
        "history_markdown",
        fitcheck::core::report::markdown(&b, &s, "2026-12-02")
    );
}
