//! The titles parents hear find the right roles, and the follow-up
//! questions narrow the ambiguous ones.

use std::collections::BTreeSet;

use fitcheck::core::answers::{Answer, AnswerMap, Answers};
use fitcheck::core::bank::Bank;
use fitcheck::core::interview::Interview;
use fitcheck::core::title::{match_roles, resolve};

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
    // Michigan's clinical LMSW is the clinical licence (issue 13).
    check(&bank(), &["clinical LMSW"], &["lcsw"]);
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
    check(
        &bank(),
        &["doctor", "MD", "M.D.", "pediatrician", "family doctor"],
        &["primary_care"],
    );
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
    check(
        &bank(),
        &[
            "nurse practitioner",
            "NP",
            "APRN",
            "family nurse practitioner",
        ],
        &["nurse_practitioner"],
    );
    check(
        &bank(),
        &["physician assistant", "PA-C"],
        &["physician_assistant"],
    );
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
    check(
        &bank,
        &["case manager"],
        &["qmha", "qmhp", "msw", "care_coordinator"],
    );
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
    assert_eq!(all.len(), 21);
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
        set(&[
            "bcba",
            "cadc",
            "rbt",
            "school_counselor",
            "school_psychologist",
            "school_social_worker"
        ])
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

/// Issue 13: a title in brackets wins ("Therapist (QMHA)" is a QMHA).
#[test]
fn a_title_in_brackets_wins() {
    let bank = bank();
    check(
        &bank,
        &[
            "Therapist (QMHA)",
            "therapist [QMHA]",
            "Skills trainer (QMHA-I)",
        ],
        &["qmha"],
    );
    check(&bank, &["Counselor (LPC)"], &["lpc"]);
    // Brackets that name nothing, or only "not sure", change nothing.
    check(&bank, &["LCSW (she is great)"], &["lcsw"]);
    check(&bank, &["LCSW (not sure)"], &["lcsw"]);
}

/// Issue 13: Oregon's QMHP-R and QMHP-C are QMHPs, not QMHAs (MHACBO).
#[test]
fn qmhp_r_and_qmhp_c_are_qmhps() {
    check(&bank(), &["QMHP-R", "QMHP-C", "QMHP R"], &["qmhp"]);
}

/// Issue 13: these titles now have their own roles instead of matching
/// every therapist or counselor.
#[test]
fn new_roles_have_their_own_titles() {
    let bank = bank();
    for (titles, id) in [
        (
            &["occupational therapist", "OT", "OTR/L"][..],
            "occupational_therapist",
        ),
        (
            &["school counselor", "guidance counselor"][..],
            "school_counselor",
        ),
        (&["school psychologist"][..], "school_psychologist"),
        (&["school social worker"][..], "school_social_worker"),
        (
            &["care coordinator", "wraparound facilitator", "ICC"][..],
            "care_coordinator",
        ),
        (
            &["RBT", "registered behavior technician", "ABA therapist"][..],
            "rbt",
        ),
    ] {
        check(&bank, titles, &[id]);
    }
}

/// Issue 16, item 4: every built-in role has Spanish names, matched with or
/// without accents and in any case; "terapeuta" and "consejero" are as
/// open as "therapist" and "counselor".
#[test]
fn spanish_titles_find_their_roles() {
    let bank = fitcheck::core::bank::Bank::embedded().unwrap();
    for r in &bank.roles {
        assert!(!r.aliases_es.is_empty(), "{} has no Spanish name", r.id);
    }
    let role = |t: &str| -> Vec<String> {
        fitcheck::core::title::match_roles(&bank, t)
            .into_iter()
            .map(|i| bank.roles[i].id.clone())
            .collect()
    };
    for (typed, want) in [
        ("psicóloga", "psychologist"),
        ("PSICOLOGO", "psychologist"),
        ("psiquiatra", "psychiatrist"),
        ("trabajadora social clínica", "lcsw"),
        ("terapeuta familiar", "lmft"),
        ("entrenador de habilidades", "qmha"),
        ("coordinadora de cuidados", "care_coordinator"),
        ("enfermera practicante", "nurse_practitioner"),
        ("pediatra", "primary_care"),
        ("no sé", "unknown"),
    ] {
        assert_eq!(role(typed), [want], "{typed}");
    }
    assert_eq!(role("terapeuta"), role("therapist"));
    assert_eq!(role("consejero"), role("counselor"));
    assert_eq!(role("especialista de apoyo familiar").len(), 2);
}

/// A trainee's title is never explained as the fully licensed role:
/// `fitcheck roles LCSW-A` leads with "not yet fully licensed" and the
/// supervisor.
#[test]
fn roles_explains_a_trainee_title_as_not_yet_licensed() {
    let bank = fitcheck::core::bank::Bank::embedded().unwrap();
    for typed in ["LCSW-A", "LPC Associate", "MFT intern"] {
        let text = fitcheck::core::glossary::run(&bank, Some(typed)).unwrap();
        let first = text.lines().next().unwrap();
        assert!(first.contains("not yet fully licensed"), "{typed}: {first}");
        assert!(text.contains("licensed supervisor"), "{typed}");
    }
    let text = fitcheck::core::glossary::run(&bank, Some("LCSW")).unwrap();
    assert!(!text.contains("not yet fully licensed"));
}

/// Plain mode says a trainee's title matched the profession, not yet fully
/// licensed, never just "LPC".
#[test]
fn plain_mode_says_a_trainee_is_not_yet_licensed() {
    let bank = fitcheck::core::bank::Bank::embedded().unwrap();
    let said = fitcheck::plain::prompt::title_match(&bank, "LPC Associate");
    assert!(said.contains("not yet fully licensed"), "{said}");
    let said = fitcheck::plain::prompt::title_match(&bank, "LPC");
    assert!(!said.contains("not yet"), "{said}");
}

/// A name inside longer words matches every role that has it, as the name
/// alone does: a tie is kept, not narrowed to the last role.
#[test]
fn a_shared_name_inside_longer_words_keeps_every_role_that_has_it() {
    let b = fitcheck::core::bank::Bank::embedded().unwrap();
    let alone = fitcheck::core::title::match_roles(&b, "counselor");
    assert!(alone.len() >= 2, "{alone:?}");
    assert_eq!(
        fitcheck::core::title::match_roles(&b, "our counselor Jo"),
        alone
    );
}

fn role_index(bank: &Bank, id: &str) -> usize {
    bank.roles
        .iter()
        .position(|r| r.id == id)
        .unwrap_or_else(|| panic!("no role {id}"))
}

/// The live list under the title box (issue 18: kills the mutants of
/// `suggest`): an exact name first, then names that start with what was
/// typed; a typo finds the closest names, best first; nonsense finds
/// nothing; a name many roles share is one row with all of them, even past
/// the limit; never more rows than the limit.
#[test]
fn suggestions_put_the_exact_name_first_and_merge_shared_names() {
    use fitcheck::core::title::{normalize, suggest};
    let b = bank();
    let names = |typed: &str, limit: usize| -> Vec<String> {
        suggest(&b, typed, limit)
            .into_iter()
            .map(|s| s.name)
            .collect()
    };
    let lcsw = suggest(&b, "lcsw", 5);
    assert_eq!(lcsw.len(), 5);
    assert_eq!(lcsw[0].name, "LCSW", "the exact name first: {lcsw:?}");
    assert_eq!(lcsw[0].roles, vec![role_index(&b, "lcsw")]);
    assert!(
        lcsw[1..3]
            .iter()
            .all(|s| normalize(&s.name).starts_with("lcsw")),
        "then the names that start with it: {lcsw:?}"
    );
    // A typo: the closest names, best first (not in alphabetical order).
    let typo = names("skils trainr", 5);
    assert_eq!(
        typo.first().map(String::as_str),
        Some("skills trainer"),
        "{typo:?}"
    );
    let coach = typo.iter().position(|n| n == "skills coach");
    assert!(coach.is_some_and(|i| i > 0), "{typo:?}");
    assert!(names("zzzz", 5).is_empty(), "nothing close, nothing shown");
    // A shared name is one row with every role that has it.
    let therapist = suggest(&b, "therapist", 5);
    assert_eq!(therapist[0].name, "therapist");
    for id in ["qmha", "lcsw", "lpc", "lmft"] {
        assert!(
            therapist[0].roles.contains(&role_index(&b, id)),
            "{id} in {therapist:?}"
        );
    }
    let mut seen = BTreeSet::new();
    for s in &therapist {
        assert!(
            seen.insert(normalize(&s.name)),
            "one row per name: {therapist:?}"
        );
    }
    // The limit: rows, not roles.
    let one = suggest(&b, "counselor", 1);
    assert_eq!(one.len(), 1);
    assert!(one[0].roles.len() >= 5, "{one:?}");
    assert_eq!(names("", 5).len(), 5);
    assert_eq!(names("", 0).len(), 0);
}

/// "Nothing matched; did you mean" (issue 18: kills the mutants of
/// `closest`): best first, a name inside what was typed (or what was typed
/// inside a name) counts as close, one entry per name, as many as asked.
#[test]
fn closest_titles_are_best_first_and_one_per_name() {
    use fitcheck::core::title::{closest, normalize};
    let b = bank();
    let typo = closest(&b, "skils trainr", 4);
    assert_eq!(typo.len(), 4);
    assert_eq!(typo[..2], ["skills trainer", "skills coach"], "{typo:?}");
    // Part of a name, or a name inside a sentence, comes first.
    assert_eq!(closest(&b, "trainer", 3)[0], "skills trainer");
    assert_eq!(closest(&b, "she is my lcsw", 3)[0], "LCSW");
    for typed in ["therapist", "counselr", "psychologist", ""] {
        let got = closest(&b, typed, 4);
        assert_eq!(got.len(), 4, "{typed:?}: {got:?}");
        let distinct: BTreeSet<String> = got.iter().map(|n| normalize(n)).collect();
        assert_eq!(distinct.len(), 4, "one entry per name: {got:?}");
        assert!(got.iter().all(|n| !n.is_empty()));
    }
    assert_eq!(closest(&b, "psychologist", 1), ["Psychologist"]);
}

/// A title names a supervised stage of a licensed role (issue 18: kills the
/// mutants of `is_supervised_title`): one of the role's supervised names
/// (even with no word like "associate" in it), or a supervised word with a
/// licensed role's name; never the licensed title itself, a name the role
/// does not have, or a supervised word with a role that has no license.
#[test]
fn supervised_titles_are_told_apart_from_the_licensed_ones() {
    use fitcheck::core::title::is_supervised_title;
    let b = bank();
    let (lcsw, lpc, qmha) = (
        role_index(&b, "lcsw"),
        role_index(&b, "lpc"),
        role_index(&b, "qmha"),
    );
    for (role, text, want) in [
        (lcsw, "LCSWA", true),
        (lcsw, "CSWA", true),
        (lcsw, "LLMSW", true),
        (lcsw, "she is an LCSW-A", true),
        (lcsw, "licensed clinical social worker intern", true),
        (lpc, "LPC Associate", true),
        (lpc, "APCC", true),
        (lpc, "LPC, under supervision", true),
        (lcsw, "LCSW", false),
        (lcsw, "licensed clinical social worker", false),
        (lcsw, "Ms. Rivera", false),
        (lcsw, "", false),
        (lpc, "LPC", false),
        (lpc, "licensed professional counselor", false),
        (qmha, "QMHA", false),
        (qmha, "QMHA intern", false),
        (qmha, "skills trainer associate", false),
    ] {
        assert_eq!(
            is_supervised_title(&b, role, text),
            want,
            "{} / {text:?}",
            b.roles[role].id
        );
    }
}
