//! Family situations, each with the verdict, the crisis flag, the gaps and
//! the questions a careful clinician-advocate would give (issue 12), and
//! properties that must hold for any answers.

use fitcheck::core::answers::Answers;
use fitcheck::core::bank::Bank;
use fitcheck::core::score::{CapRule, NoFit, Verdict};
use fitcheck::core::summary::Summary;
use serde_json::{Value, json};

fn bank() -> Bank {
    Bank::embedded().unwrap_or_else(|e| panic!("{e}"))
}

/// Calm answers to every child question, then `child` on top; one provider
/// per entry of `providers`, each with "another_provider" filled in.
fn answers(bank: &Bank, child: Value, providers: &[Value]) -> Answers {
    let mut c = json!({
        "safety_self": "no", "safety_others": "no",
        "written_plan": "yes", "behavior_plan": "yes", "case_overseer": "yes",
        "family_involved": "family", "change_month": "better"
    });
    for q in &bank.questions {
        if q.kind == fitcheck::core::bank::Kind::Level {
            c[q.id.as_str()] = json!(0);
        }
    }
    for (k, v) in child.as_object().unwrap() {
        c[k.as_str()] = v.clone();
    }
    let n = providers.len();
    let ps: Vec<Value> = providers
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut a = json!({"expects": [], "involved_since": "one_three_months",
                "another_provider": if i + 1 < n { "yes" } else { "no" }});
            for (k, v) in p.as_object().unwrap() {
                a[k.as_str()] = v.clone();
            }
            json!({ "answers": a })
        })
        .collect();
    let text = json!({"child": c, "providers": ps}).to_string();
    Answers::parse(&text, bank).unwrap_or_else(|e| panic!("{e}"))
}

fn summary(child: Value, providers: &[Value]) -> Summary {
    let b = bank();
    Summary::from_answers(&b, &answers(&b, child, providers))
}

fn asks(s: &Summary) -> Vec<&str> {
    s.questions_to_ask.iter().map(|a| a.id.as_str()).collect()
}

fn top(s: &Summary, n: usize) -> Vec<&str> {
    asks(s).into_iter().take(n).collect()
}

#[test]
fn danger_now_with_a_skills_trainer_is_never_a_good_fit() {
    // The child is in danger; the skills trainer fits the daily-living need,
    // but nobody is trained to judge the risk and write a safety plan.
    let s = summary(
        json!({"safety_self": "yes_now", "need_daily_living": 2}),
        &[json!({"provider_title": "skills trainer"})],
    );
    assert!(s.crisis);
    let p = &s.providers[0];
    assert_eq!(p.role, "qmha");
    assert_ne!(p.verdict, Verdict::GoodFit);
    assert!(s.team.safety_gap.is_some());
    assert!(
        s.needs
            .iter()
            .any(|n| n.need == "safety" && n.level == 3 && n.from_safety_answers)
    );
    assert_eq!(top(&s, 1), ["ask_safety_plan"]);
}

#[test]
fn safety_and_violence_needing_action_with_nobody_trained_cap_the_verdict() {
    // Only the daily-living need is covered; safety and violence need action.
    let s = summary(
        json!({"need_safety": 2, "need_daily_living": 3}),
        &[json!({"provider_title": "skills trainer"})],
    );
    let p = &s.providers[0];
    assert_eq!(p.verdict, Verdict::PartialFit, "{}", p.verdict_text);
    assert!(p.verdict_caps.iter().any(|c| c.rule == CapRule::SafetyGap));
    assert!(p.verdict_text.contains("safety plan"));
}

#[test]
fn a_safety_need_that_someone_on_the_team_covers_does_not_cap() {
    // The LCSW is trained in safety planning, so the QMHA is not capped by safety.
    let s = summary(
        json!({"need_safety": 2, "need_daily_living": 3}),
        &[
            json!({"provider_title": "skills trainer"}),
            json!({"provider_title": "LCSW"}),
        ],
    );
    assert!(s.team.safety_gap.is_none());
    assert!(
        !s.providers[0]
            .verdict_caps
            .iter()
            .any(|c| c.rule == CapRule::SafetyGap)
    );
}

#[test]
fn supervised_associates_are_not_shown_as_licensed() {
    for title in [
        "LPC Associate",
        "LPC-A",
        "LCSW-A",
        "MFT intern",
        "LMFT Associate",
    ] {
        let s = summary(
            json!({"need_family_conflict": 2}),
            &[json!({"provider_title": title})],
        );
        let p = &s.providers[0];
        assert!(!p.licensed, "{title}");
        assert!(p.supervised, "{title}");
        assert!(
            !p.role_title.starts_with("Licensed"),
            "{title}: {}",
            p.role_title
        );
        assert!(
            top(&s, 3).contains(&"ask_supervisor"),
            "{title}: {:?}",
            asks(&s)
        );
    }
    // A fully licensed title stays licensed.
    let s = summary(
        json!({"need_family_conflict": 2}),
        &[json!({"provider_title": "LPC"})],
    );
    assert!(s.providers[0].licensed && !s.providers[0].supervised);
}

#[test]
fn a_therapist_is_not_poor_for_not_prescribing() {
    // Medicine is a separate specialty: a team gap, not the LCSW's failing.
    let s = summary(
        json!({"need_medication": 2}),
        &[json!({"provider_title": "LCSW"})],
    );
    let p = &s.providers[0];
    assert_eq!(p.verdict, Verdict::Unknown);
    assert_eq!(p.fit, None);
    assert_eq!(p.no_fit_reason, Some(NoFit::OtherSpecialty));
    assert_eq!(s.team.unmet[0].need, "medication_question");
    assert!(asks(&s).contains(&"ask_prescriber"));
}

#[test]
fn expecting_medicine_from_a_therapist_is_a_mismatch_asked_early() {
    let s = summary(
        json!({"need_medication": 2, "need_family_conflict": 2}),
        &[json!({"provider_title": "LMFT", "expects": ["medication"]})],
    );
    let p = &s.providers[0];
    assert_ne!(p.verdict, Verdict::GoodFit);
    assert_eq!(p.expectation_mismatches[0].expectation, "medication");
    assert!(top(&s, 3).contains(&"ask_prescriber"), "{:?}", asks(&s));
}

#[test]
fn watch_level_needs_alone_give_nothing_to_weigh() {
    let s = summary(
        json!({"need_trauma": 1, "need_family_conflict": 1}),
        &[json!({"provider_title": "skills trainer"})],
    );
    let p = &s.providers[0];
    assert_eq!(p.verdict, Verdict::Unknown);
    assert_eq!(p.no_fit_reason, Some(NoFit::NothingToWeigh));
    assert_ne!(p.verdict_label, "Poor fit");
    assert!(s.team.unmet.is_empty());
    assert_eq!(s.team.watch.len(), 2);
    assert!(asks(&s).contains(&"ask_if_grows"));
}

#[test]
fn a_watch_level_need_does_not_move_a_good_fit() {
    let good = summary(
        json!({"need_family_conflict": 2}),
        &[json!({"provider_title": "LMFT"})],
    );
    let more = summary(
        json!({"need_family_conflict": 2, "need_substance_use": 1}),
        &[json!({"provider_title": "LMFT"})],
    );
    assert_eq!(good.providers[0].verdict, Verdict::GoodFit);
    assert_eq!(more.providers[0].verdict, Verdict::GoodFit);
    assert_eq!(good.providers[0].fit, more.providers[0].fit);
}

#[test]
fn a_gap_another_provider_covers_is_asked_as_teamwork() {
    let s = summary(
        json!({"need_family_conflict": 3, "need_daily_living": 2}),
        &[
            json!({"provider_title": "skills trainer", "provider_name": "Jamie"}),
            json!({"provider_title": "LMFT"}),
        ],
    );
    assert!(s.team.unmet.iter().all(|u| u.need != "family_conflict"));
    assert!(asks(&s).contains(&"ask_coordinate"), "{:?}", asks(&s));
    // No question aimed at Jamie about the family work the LMFT covers.
    let fam = s
        .questions_to_ask
        .iter()
        .find(|a| a.id == "ask_family_therapy");
    assert!(fam.is_none_or(|a| !a.providers.iter().any(|p| p == "Jamie")));
}

#[test]
fn an_unknown_title_says_what_is_missing_and_asks_for_it() {
    let s = summary(
        json!({"need_trauma": 2}),
        &[json!({"provider_title": "not sure"})],
    );
    let p = &s.providers[0];
    assert_eq!(p.verdict, Verdict::Unknown);
    assert_eq!(p.no_fit_reason, Some(NoFit::TitleUnknown));
    assert!(asks(&s).contains(&"ask_title"));
}

#[test]
fn a_parent_peer_is_asked_about_certification_not_a_license() {
    let s = summary(
        json!({"need_family_stress": 2}),
        &[json!({"provider_title": "peer support specialist"})],
    );
    assert_eq!(s.providers[0].role, "peer_support");
    assert!(asks(&s).contains(&"ask_certification"), "{:?}", asks(&s));
    assert!(!asks(&s).contains(&"ask_licensed"));
}

#[test]
fn expecting_therapy_from_a_skills_trainer_caps_and_is_in_the_top_three() {
    let s = summary(
        json!({"need_daily_living": 2}),
        &[json!({"provider_title": "skills trainer", "expects": ["therapy"]})],
    );
    let p = &s.providers[0];
    assert_eq!(p.fit, Some(100));
    assert_eq!(p.verdict, Verdict::PartialFit);
    assert!(
        p.verdict_caps
            .iter()
            .any(|c| c.rule == CapRule::Expectation)
    );
    assert!(top(&s, 3).contains(&"ask_therapy_direct"), "{:?}", asks(&s));
}

#[test]
fn at_most_five_questions_are_to_bring_and_they_come_first() {
    let s = summary(
        json!({"need_trauma": 3, "need_violence": 3, "need_safety": 2, "need_family_conflict": 2}),
        &[json!({"provider_title": "skills trainer", "expects": ["therapy"]})],
    );
    let (bring, more) = s.bring_these();
    assert_eq!(bring.len(), 5);
    assert!(!more.is_empty());
    assert!(bring.iter().all(|a| a.bring) && more.iter().all(|a| !a.bring));
}

/// A small deterministic generator (xorshift), so the property runs need no
/// extra crate and always see the same cases.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const TITLES: [&str; 8] = [
    "skills trainer",
    "QMHP",
    "LCSW",
    "LPC",
    "LMFT",
    "psychologist",
    "psychiatrist",
    "BCBA",
];

fn random_needs(rng: &mut Rng, bank: &Bank) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    for q in bank
        .questions
        .iter()
        .filter(|q| q.kind == fitcheck::core::bank::Kind::Level)
    {
        m.insert(q.id.clone(), json!(rng.below(4)));
    }
    m
}

#[test]
fn properties_hold_over_random_families() {
    let b = bank();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let levels: Vec<&fitcheck::core::bank::Question> = b
        .questions
        .iter()
        .filter(|q| q.kind == fitcheck::core::bank::Kind::Level)
        .collect();
    let mut checked = 0;
    let mut two_band_checked = 0;
    for _ in 0..300 {
        let needs = random_needs(&mut rng, &b);
        let title = TITLES[rng.below(TITLES.len() as u64) as usize];
        let provider = json!({"provider_title": title});
        let s = summary(
            Value::Object(needs.clone()),
            std::slice::from_ref(&provider),
        );
        let p = &s.providers[0];
        // Bands are monotone in the fit, and caps only ever lower a good fit.
        if let Some(f) = p.fit {
            let band = Verdict::band(f);
            assert!(
                p.verdict == band || (band == Verdict::GoodFit && p.verdict == Verdict::PartialFit),
                "{title} {f} {:?}",
                p.verdict
            );
        }
        // Raising one need a step: never raises the fit when the role is not
        // trained for it, never lowers it when the role is.
        let q = levels[rng.below(levels.len() as u64) as usize];
        let now = needs[&q.id].as_u64().unwrap();
        if now < 3 {
            let mut up = needs.clone();
            up.insert(q.id.clone(), json!(now + 1));
            let s2 = summary(Value::Object(up), std::slice::from_ref(&provider));
            let p2 = &s2.providers[0];
            // One small answer never moves a verdict across two bands.
            let pair = (p.verdict, p2.verdict);
            assert!(
                pair != (Verdict::GoodFit, Verdict::PoorFit)
                    && pair != (Verdict::PoorFit, Verdict::GoodFit),
                "{title}: raising {} from {now} moved {:?} to {:?}",
                q.id,
                p.verdict,
                p2.verdict
            );
            two_band_checked += 1;
            let need = q.need.as_deref().unwrap();
            let line = p2.needs.iter().find(|l| l.need == need);
            if let (Some(a), Some(b2), Some(l)) = (p.fit, p2.fit, line)
                && !s
                    .needs
                    .iter()
                    .any(|n| n.need == need && n.from_safety_answers)
            {
                match l.coverage {
                    fitcheck::core::bank::Coverage::NotTrained => {
                        assert!(b2 <= a, "{title} {need}")
                    }
                    fitcheck::core::bank::Coverage::Trained => assert!(b2 >= a, "{title} {need}"),
                    fitcheck::core::bank::Coverage::Varies => {}
                }
                checked += 1;
            }
        }
        // A level-0 need changes nothing: leaving it out gives the same summary.
        let zero: Vec<String> = needs
            .iter()
            .filter(|(_, v)| v.as_u64() == Some(0))
            .map(|(k, _)| k.clone())
            .collect();
        let mut without = answers(
            &b,
            Value::Object(needs.clone()),
            std::slice::from_ref(&provider),
        );
        for k in &zero {
            without.child.remove(k);
        }
        let s3 = Summary::from_answers(&b, &without);
        assert_eq!(s3.providers, s.providers, "level 0 changed a fit");
        assert_eq!(s3.team, s.team);
        // Adding a provider never adds to the team's gaps.
        let other = json!({"provider_title": TITLES[rng.below(TITLES.len() as u64) as usize]});
        let s4 = summary(Value::Object(needs.clone()), &[provider.clone(), other]);
        for u in &s4.team.unmet {
            assert!(
                s.team.unmet.iter().any(|x| x.need == u.need),
                "adding a provider added the gap {}",
                u.need
            );
        }
    }
    assert!(checked > 50, "only {checked} raised needs were checked");
    assert!(
        two_band_checked > 150,
        "only {two_band_checked} steps were checked"
    );
}

#[test]
fn crisis_answers_always_put_the_crisis_block_first() {
    let b = bank();
    for (self_, others) in [
        ("yes_now", "no"),
        ("worried", "no"),
        ("no", "yes_now"),
        ("no", "past"),
    ] {
        let s = summary(
            json!({"safety_self": self_, "safety_others": others, "need_trauma": 2}),
            &[json!({"provider_title": "LCSW"})],
        );
        assert!(s.crisis, "{self_} {others}");
        let text = fitcheck::core::report::text(&b, &s, "2026-12-02");
        let crisis_at = text
            .find(s.crisis_lines[0].split(' ').next().unwrap())
            .unwrap();
        let needs_at = text.find("The needs you rated").unwrap();
        assert!(crisis_at < needs_at, "{self_} {others}");
    }
}
