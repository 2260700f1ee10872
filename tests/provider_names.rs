//! A provider the parent did not name is called by their title ("the
//! LCSW"), in the summary and on the wizard's screens, never "Provider 2";
//! two unnamed providers with one title are told apart by their number.

mod common;

use common::*;
use fitcheck::core::answers::Answer;
use fitcheck::core::bank::{Bank, Kind, Question};
use fitcheck::core::interview::Step;

/// Two providers, neither named: an LCSW, then (`twice`) another LCSW or
/// a skills trainer.
fn unnamed(bank: &Bank, q: &Question, step: Step, twice: bool) -> Answer {
    match q.kind {
        Kind::Text if q.skippable => Answer::Skipped,
        Kind::Title => Answer::One(match (step.provider, twice) {
            (Some(0), _) | (_, true) => "lcsw".to_string(),
            _ => "Skills Trainer".to_string(),
        }),
        _ => two_providers(bank, q, step),
    }
}

fn summary_of(choose: Chooser) -> String {
    let bank = bank();
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("answers.json");
    std::fs::write(
        &file,
        serde_json::to_string(&answers(&bank, choose)).unwrap(),
    )
    .unwrap();
    let out = run(
        &tmp.path().join("data"),
        &["summary", "--answers", file.to_str().unwrap()],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn the_summary_calls_an_unnamed_provider_by_their_title() {
    let text = summary_of(|b, q, s| unnamed(b, q, s, false));
    assert!(
        !text.contains("Provider 1") && !text.contains("Provider 2"),
        "{text}"
    );
    assert!(text.contains("The LCSW: "), "{text}");
    assert!(text.contains("The skills trainer: "), "{text}");
    assert!(
        text.contains("the LCSW") || text.contains("the skills trainer"),
        "{text}"
    );
}

#[test]
fn two_unnamed_providers_with_one_title_get_their_number() {
    let text = summary_of(|b, q, s| unnamed(b, q, s, true));
    assert!(text.contains("The LCSW (provider 1): "), "{text}");
    assert!(text.contains("The LCSW (provider 2): "), "{text}");
}
