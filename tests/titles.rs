//! The titles parents hear find the right roles, and the follow-up
//! questions narrow the ambiguous ones.

use std::collections::BTreeSet;

use fitcheck::answers::{Answer, AnswerMap, Answers};
use fitcheck::bank::Bank;
use fitcheck::interview::Interview;
use fitcheck::title::{match_roles, resolve};

fn bank() -> Bank {
    Bank::embedded().unwrap_or_else(|e| panic!("{e}"))
}

fn roles(bank: &Bank, title: &str) -> BTreeSet<String> {
    match_roles(bank, title)
        .into_iter()
        .map(|i| bank.roles[i].id.clone())
        .collect()
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

fn check(bank: &Bank, titles: &[&str], expected: &[&str]) {
    for t in titles {
        assert_eq!(roles(bank, t), set(expected), "title {t:?}");
    }
}

#[test]
fn clinical_social_worker() {
    check(
        &bank(),
        &[
            "lcsw",
            "LCSW",
            "L.C.S.W.",
            "licensed clinical social worker",
            "Licensed Clinical Social Worker",
            "LICSW",
            "she's a licensed clinical social worker",
        ],
        &["lcsw"],
    );
}

#[test]
fn qmha_and_its_other_names() {
    check(
        &bank(),
        &[
            "QMHA",
            "Q.M.H.A.",
            "skills trainer",
            "Skills Trainer",
            "behavioral health associate",
            "behavioral health technician",
            "community-based mental health provider",
            "community based mental health provider",
            "Qualified Mental Health Associate",
        ],
        &["qmha"],
    );
}

#[test]
fn social_work_degree() {
    check(&bank(), &["MSW", "LMSW", "master of social work"], &["msw"]);
    check(&bank(), &["social worker"], &["msw", "lcsw"]);
}

#[test]
fn counselor_licenses() {
    check(
        &bank(),
        &[
            "LPC",
            "LMHC",
            "LPCC",
            "LCPC",
            "licensed professional counselor",
        ],
        &["lpc"],
    );
}

#[test]
fn family_therapist() {
    check(
        &bank(),
        &["LMFT", "MFT", "marriage and family therapist"],
        &["lmft"],
    );
}

#[test]
fn psychologist_and_psychiatrist() {
    check(
        &bank(),
        &["psychologist", "PhD", "Ph.D.", "PsyD", "Psy.D."],
        &["psychologist"],
    );
    check(
        &bank(),
        &["psychiatrist", "child psychiatrist"],
        &["psychiatrist"],
    );
    // Issue 13: a doctor or an MD is not a psychiatrist by default; most
    // children's prescribers are pediatricians or family doctors.
    check(&bank(), &["doctor", "MD", "M.D.", "DO"], &[]);
}

#[test]
fn nurse_practitioner() {
    check(
        &bank(),
        &[
            "PMHNP",
            "psychiatric nurse practitioner",
            "Psychiatric Mental Health Nurse Practitioner",
        ],
        &["pmhnp"],
    );
    // Issue 13: a nurse practitioner is not a psychiatric one by default.
    check(&bank(), &["nurse practitioner", "NP"], &[]);
}

#[test]
fn behavior_analyst_and_addiction_counselor() {
    check(&bank(), &["BCBA", "behavior analyst"], &["bcba"]);
    check(
        &bank(),
        &[
            "CADC",
            "addiction counselor",
            "drug and alcohol counselor",
            "CADC II",
        ],
        &["cadc"],
    );
}

#[test]
fn peer_roles() {
    check(
        &bank(),
        &[
            "peer support specialist",
            "youth support specialist",
            "peer specialist",
        ],
        &["peer_support"],
    );
    check(
        &bank(),
        &["QMHP", "qualified mental health professional"],
        &["qmhp"],
    );
}

#[test]
fn ambiguous_titles_find_several_candidates() {
    let bank = bank();
    check(
        &bank,
        &["therapist", "Therapist"],
        &["qmha", "qmhp", "msw", "lcsw", "lpc", "lmft", "psychologist"],
    );
    check(
        &bank,
        &["counselor"],
        &["qmha", "qmhp", "msw", "lcsw", "lpc", "lmft", "cadc"],
    );
    check(&bank, &["case manager"], &["qmha", "qmhp", "msw"]);
    check(
        &bank,
        &["clinician"],
        &[
            "qmhp",
            "msw",
            "lcsw",
            "lpc",
            "lmft",
            "psychologist",
            "psychiatrist",
            "pmhnp",
        ],
    );
    check(
        &bank,
        &["family support specialist", "Family Support Specialist"],
        &["qmha", "peer_support"],
    );
    // The article's family intervention specialist could be either kind of QMH role.
    check(
        &bank,
        &["family intervention specialist"],
        &["qmha", "qmhp"],
    );
}

#[test]
fn not_knowing_the_title_is_the_unknown_role() {
    let bank = bank();
    for t in [
        "I don't know",
        "not sure",
        "unknown",
        "I do not know",
        "Not sure.",
    ] {
        assert_eq!(roles(&bank, t), set(&["unknown"]), "{t:?}");
    }
    assert!(roles(&bank, "zzz").is_empty());
}

/// The candidates after answering the title and some follow-ups.
fn narrowed(bank: &Bank, answers: &[(&str, &str)]) -> BTreeSet<String> {
    let mut map = AnswerMap::new();
    for (q, a) in answers {
        map.insert(q.to_string(), Answer::One(a.to_string()));
    }
    resolve(bank, &map, None)
        .candidates
        .into_iter()
        .map(|i| bank.roles[i].id.clone())
        .collect()
}

#[test]
fn lived_experience_tells_a_family_support_specialist_apart() {
    let bank = bank();
    let fss = ("provider_title", "family support specialist");
    assert_eq!(
        narrowed(&bank, &[fss, ("title_peer", "yes")]),
        set(&["peer_support"])
    );
    assert_eq!(
        narrowed(&bank, &[fss, ("title_peer", "no")]),
        set(&["qmha"])
    );
    assert_eq!(
        narrowed(&bank, &[fss, ("title_peer", "not_sure")]),
        set(&["qmha", "peer_support"])
    );
}

#[test]
fn licence_and_degree_narrow_a_therapist() {
    let bank = bank();
    let t = ("provider_title", "therapist");
    assert_eq!(
        narrowed(&bank, &[t, ("title_licensed", "no")]),
        set(&["qmha", "qmhp", "msw"])
    );
    assert_eq!(
        narrowed(
            &bank,
            &[t, ("title_licensed", "no"), ("title_degree", "bachelor")]
        ),
        set(&["qmha"])
    );
    assert_eq!(
        narrowed(
            &bank,
            &[t, ("title_licensed", "yes"), ("title_degree", "doctorate")]
        ),
        set(&["psychologist"])
    );
}

#[test]
fn an_unknown_title_starts_with_every_role() {
    let bank = bank();
    let all = narrowed(&bank, &[("provider_title", "not sure")]);
    assert_eq!(all.len(), 12);
    assert!(!all.contains("unknown"));
    assert_eq!(
        narrowed(
            &bank,
            &[
                ("provider_title", "not sure"),
                ("title_peer", "no"),
                ("title_licensed", "certified")
            ]
        ),
        set(&["bcba", "cadc"])
    );
}

/// The follow-up questions the interview asks for a provider with this title.
fn follow_ups(bank: &Bank, title: &str, answers: &[(&str, &str)]) -> Vec<String> {
    let mut a = Answers::default();
    let map = a.map_mut(Some(0));
    map.insert("provider_title".to_string(), Answer::One(title.to_string()));
    for (q, v) in answers {
        map.insert(q.to_string(), Answer::One(v.to_string()));
    }
    Interview::new(a)
        .steps(bank)
        .iter()
        .map(|s| s.question(bank))
        .filter(|q| q.trait_name.is_some())
        .map(|q| q.id.clone())
        .collect()
}

#[test]
fn follow_ups_are_asked_only_while_the_title_is_unclear() {
    let bank = bank();
    assert!(follow_ups(&bank, "LCSW", &[]).is_empty());
    assert!(follow_ups(&bank, "skills trainer", &[]).is_empty());
    // Until the lived-experience question is answered, the other two may follow;
    // its answer settles the title, so they drop away.
    assert_eq!(
        follow_ups(&bank, "family support specialist", &[]),
        ["title_peer", "title_licensed", "title_degree"]
    );
    assert_eq!(
        follow_ups(&bank, "family support specialist", &[("title_peer", "yes")]),
        ["title_peer"]
    );
    assert_eq!(
        follow_ups(&bank, "therapist", &[]),
        ["title_licensed", "title_degree"]
    );
    assert_eq!(
        follow_ups(&bank, "therapist", &[("title_licensed", "no")]),
        ["title_licensed", "title_degree"]
    );
    // Licensed: LCSW, LPC, LMFT or a psychologist; the degree still tells them apart.
    assert_eq!(
        follow_ups(&bank, "therapist", &[("title_licensed", "yes")]),
        ["title_licensed", "title_degree"]
    );
    assert_eq!(
        follow_ups(&bank, "not sure", &[]),
        ["title_peer", "title_licensed", "title_degree"]
    );
    // An unmatched title is treated like an unknown one.
    assert_eq!(
        follow_ups(&bank, "zzz", &[]),
        ["title_peer", "title_licensed", "title_degree"]
    );
}

/// A name inside longer words matches every role that has it, as the name
/// alone does: a tie is kept, not narrowed to the last role.
#[test]
fn a_shared_name_inside_longer_words_keeps_every_role_that_has_it() {
    let b = fitcheck::bank::Bank::embedded().unwrap();
    let alone = fitcheck::title::match_roles(&b, "counselor");
    assert!(alone.len() >= 2, "{alone:?}");
    assert_eq!(fitcheck::title::match_roles(&b, "our counselor Jo"), alone);
}
