//! The printable page (`--format html`): valid HTML, nothing that loads or
//! runs, every parent-typed string escaped, and page 1's parts present.

mod common;

use common::*;
use fitcheck::core::answers::Answers;
use fitcheck::core::summary::Summary;
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

fn example(name: &str) -> Summary {
    let bank = bank();
    let path = format!(
        "{}/questions/examples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("the example");
    let answers = Answers::parse(&text, &bank).expect("the example parses");
    Summary::from_answers(&bank, &answers)
}

/// The parse errors html5ever reports for `page` (empty when it is valid).
fn parse_errors(page: &str) -> Vec<String> {
    let dom = html5ever::parse_document(RcDom::default(), Default::default())
        .from_utf8()
        .read_from(&mut page.as_bytes())
        .expect("the page parses");
    dom.errors.borrow().iter().map(|e| e.to_string()).collect()
}

const EXAMPLES: [&str; 6] = [
    "crisis",
    "lmft_medication",
    "qmha_skills_only",
    "qmha_trauma_violence",
    "team_two_providers",
    "unknown_title",
];

#[test]
fn every_example_is_valid_and_loads_nothing() {
    for name in EXAMPLES {
        let sum = example(name);
        let page = fitcheck::core::html::page(&bank(), &sum, "2026-12-02");
        assert_eq!(parse_errors(&page), Vec::<String>::new(), "{name}");
        let lower = page.to_lowercase();
        assert!(page.starts_with("<!DOCTYPE html>"), "{name}");
        assert!(!lower.contains("<script"), "{name}: a script");
        for loads in [
            "src=", "href=", "url(", "@import", "<link", "<img", "<iframe",
        ] {
            assert!(!lower.contains(loads), "{name}: {loads}");
        }
        for line in &sum.crisis_lines {
            assert!(
                page.contains(&fitcheck::core::html::escape(line)),
                "{name}: {line}"
            );
        }
        let (bring, _) = sum.bring_these();
        assert!(bring.len() <= 5);
        for q in bring {
            assert!(
                page.contains(&fitcheck::core::html::escape(&q.text)),
                "{name}"
            );
        }
        for p in &sum.providers {
            assert!(
                page.contains(&fitcheck::core::html::escape(&p.verdict_label)),
                "{name}"
            );
        }
    }
}

#[test]
fn the_page_comes_from_the_command_line() {
    let data = tempfile::TempDir::new().expect("a temporary folder");
    let path = format!(
        "{}/questions/examples/crisis.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let out = run(
        data.path(),
        &["summary", "--answers", &path, "--format", "html"],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("988"));
}

#[test]
fn a_hostile_label_is_escaped() {
    let mut sum = example("team_two_providers");
    let hostile = "<script>alert(1)</script><img src=http://x.example/a.png>\"'&";
    sum.providers[0].label = hostile.to_string();
    sum.questions_to_ask[0].text = hostile.to_string();
    let page = fitcheck::core::html::page(&bank(), &sum, "<b>date</b>");
    assert!(!page.contains("<script"));
    assert!(!page.contains("<img"));
    assert!(!page.contains("<b>date"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=http://x.example/a.png&gt;&quot;&#39;&amp;"));
    assert_eq!(parse_errors(&page), Vec::<String>::new());
}

#[test]
fn snapshot_of_a_worked_example() {
    let page = fitcheck::core::html::page(&bank(), &example("qmha_trauma_violence"), "2026-12-02");
    insta::assert_snapshot!(page.replace("><", ">\n<"));
}

#[test]
fn version_names_the_question_bank_and_its_check_date() {
    let data = tempfile::TempDir::new().expect("a temporary folder");
    let out = run(data.path(), &["--version"], "");
    assert_eq!(out.status.code(), Some(0));
    let bank = bank();
    let want = format!(
        "fitcheck {} (questions {}, checked {})\n",
        env!("CARGO_PKG_VERSION"),
        bank.meta.version,
        bank.meta.last_checked
    );
    assert_eq!(stdout(&out), want);
}

/// The page carries what the text summary carries: the hoped-for service a
/// role may not give, what the parent noted a provider said, and sources by
/// name, never by id.
#[test]
fn the_page_carries_the_mismatch_the_replies_and_source_names() {
    let bank = bank();
    let path = format!(
        "{}/questions/examples/qmha_trauma_violence.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let answers = Answers::parse(&std::fs::read_to_string(&path).unwrap(), &bank).unwrap();
    let mut session = fitcheck::core::session::Session::new(&bank, 1_780_000_000);
    session.answers = answers;
    let first = Summary::of_session(&bank, &session, 1_780_000_000, fitcheck::clock::zone());
    let ask = first.questions_to_ask[0].id.clone();
    session.mark_asked(
        &ask,
        Some("Dr. Lee will call on Friday.".into()),
        1_780_000_000,
    );
    let sum = Summary::of_session(&bank, &session, 1_780_000_000, fitcheck::clock::zone());
    let page = fitcheck::core::html::page(&bank, &sum, "2026-12-02");
    assert!(parse_errors(&page).is_empty(), "{:?}", parse_errors(&page));
    assert!(page.contains("Dr. Lee will call on Friday."), "the reply");
    assert!(page.contains(&html_escape(fitcheck::strings::MISMATCH_HEADING)));
    for p in &sum.providers {
        for n in &p.needs {
            for id in n.source.split(", ") {
                assert!(
                    !page.contains(&format!("Source: {id}<")),
                    "{id} shown as an id"
                );
            }
        }
    }
}

fn html_escape(s: &str) -> String {
    fitcheck::core::html::escape(s)
}
