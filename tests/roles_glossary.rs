//! `fitcheck roles TITLE` for each role added in issue 13: what a parent
//! reads about it, pinned as a snapshot.

use fitcheck::core::bank::Bank;

fn entry(title: &str) -> String {
    let bank = Bank::embedded().unwrap_or_else(|e| panic!("{e}"));
    fitcheck::core::glossary::run(&bank, Some(title)).unwrap_or_else(|e| panic!("{title}: {e}"))
}

#[test]
fn new_roles_in_the_glossary() {
    for (name, title) in [
        ("care_coordinator", "care coordinator"),
        ("school_counselor", "school counselor"),
        ("school_psychologist", "school psychologist"),
        ("school_social_worker", "school social worker"),
        ("primary_care", "pediatrician"),
        ("nurse_practitioner", "nurse practitioner"),
        ("physician_assistant", "physician assistant"),
        ("occupational_therapist", "occupational therapist"),
        ("rbt", "RBT"),
    ] {
        insta::assert_snapshot!(name, entry(title));
    }
}

/// The corrected entries of issue 13, section 2.
#[test]
fn corrected_roles_in_the_glossary() {
    for (name, title) in [
        ("qmhp", "QMHP-R"),
        ("msw", "LMSW"),
        ("lcsw", "LCSW"),
        ("bcba", "BCBA"),
        ("cadc", "CADC"),
        ("therapist_qmha", "Therapist (QMHA)"),
    ] {
        insta::assert_snapshot!(name, entry(title));
    }
}

/// In Spanish (issue 16), "También se le llama" lists the Spanish names
/// first, then the English ones, said to be English; a supervised title
/// reads in Spanish. `fitcheck roles` and the wizard's glossary both print
/// this text. English lists only its own names, as before.
#[test]
fn the_spanish_glossary_gives_spanish_names_first() {
    use fitcheck::core::lang::Lang;
    let bank = Bank::embedded_in(Lang::Es).unwrap_or_else(|e| panic!("{e}"));
    let es = |title: &str| {
        fitcheck::core::glossary::run(&bank, Some(title)).unwrap_or_else(|e| panic!("{e}"))
    };
    let lcsw = es("lcsw");
    let also = lcsw
        .find("También se le llama\n  trabajador social clínico, trabajadora social clínica")
        .unwrap_or_else(|| panic!("no Spanish names first:\n{lcsw}"));
    let english = lcsw
        .find("En inglés: clinical social worker")
        .unwrap_or_else(|| panic!("no English names:\n{lcsw}"));
    assert!(also < english, "{lcsw}");
    assert!(!lcsw.contains("Also called"), "{lcsw}");
    insta::assert_snapshot!("lcsw_es", lcsw);
    insta::assert_snapshot!("lpc_associate_es", es("LPC Associate"));
    let en = entry("LCSW");
    assert!(
        !en.contains("trabajador") && !en.contains("In English"),
        "{en}"
    );
}
