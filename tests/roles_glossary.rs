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
