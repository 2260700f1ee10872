//! The page to print, through a real browser: scripts/pdf.sh renders every
//! worked example to PDF with headless Chromium, on Letter and A4, and
//! checks that page 1 holds the crisis lines, the verdicts and the
//! questions to bring. Runs only where Chromium is installed (Debian:
//! `apt-get install chromium poppler-utils`); elsewhere it says SKIPPED on
//! stderr, and with FITCHECK_REQUIRE_PDF=1 set it fails instead.

use std::process::Command;

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            Command::new("sh")
                .arg("-c")
                .arg(format!("command -v {c}"))
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

#[test]
fn page_one_holds_the_crisis_lines_verdicts_and_questions_on_letter_and_a4() {
    let required = std::env::var_os("FITCHECK_REQUIRE_PDF").is_some_and(|v| v == "1");
    let Some(browser) = chromium() else {
        assert!(
            !required,
            "FITCHECK_REQUIRE_PDF=1, but no chromium is installed"
        );
        eprintln!(
            "SKIPPED: no chromium here, so the PDF check did not run \
             (apt-get install chromium poppler-utils, then run this test or scripts/pdf.sh)"
        );
        return;
    };
    let out = Command::new("bash")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/pdf.sh"))
        .env("FITCHECK", env!("CARGO_BIN_EXE_fitcheck"))
        // The pages are checked in English, whatever the machine's locale.
        .env("FITCHECK_LANG", "en")
        .output()
        .expect("bash runs scripts/pdf.sh");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // Status 2 is a missing tool: with chromium here that is a setup to
    // fix, not a pass.
    assert_eq!(
        out.status.code(),
        Some(0),
        "scripts/pdf.sh with {browser}:\n{said}"
    );
    let examples = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/questions/examples"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "json"))
        })
        .count();
    let checked = said.lines().filter(|l| l.starts_with("ok ")).count();
    assert_eq!(
        checked,
        2 * examples,
        "every example on both papers:\n{said}"
    );
    eprintln!("{said}");
}
