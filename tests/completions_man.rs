//! `fitcheck completions SHELL` and `fitcheck man` generate what a shell
//! and `man` read: every command is named, and where the tool is on this
//! machine, bash reads the script and groff the page without a complaint.

mod common;

use common::*;

const COMMANDS: [&str; 6] = ["summary", "list", "resume", "roles", "completions", "man"];

fn on_path(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn completions_for_each_shell_name_every_command() {
    let data = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = run(data.path(), &["completions", shell], "");
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", stderr(&out));
        let script = stdout(&out);
        for c in COMMANDS {
            assert!(script.contains(c), "{shell} completes {c}");
        }
        assert!(
            script.contains("plain") && script.contains("remember"),
            "{shell}"
        );
        // Generating is all it does: nothing is saved.
        assert!(!data.path().join("sessions").exists());
    }
    let out = run(data.path(), &["completions", "tcsh"], "");
    assert_eq!(out.status.code(), Some(2), "an unknown shell is bad usage");
    assert!(stderr(&out).contains("bash"), "the shells are named");
}

#[test]
fn bash_reads_the_completion_script() {
    if !on_path("bash") {
        eprintln!("SKIPPED: no bash here to read the script");
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("fitcheck.bash");
    std::fs::write(
        &file,
        stdout(&run(data.path(), &["completions", "bash"], "")),
    )
    .unwrap();
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source '{}' && complete -p fitcheck",
            file.display()
        ))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("fitcheck"));
}

#[test]
fn the_man_page_is_roff_with_every_command_and_the_version() {
    let data = tempfile::tempdir().unwrap();
    let out = run(data.path(), &["man"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.contains(".TH fitcheck 1"), "{page}");
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS", ".SH SUBCOMMANDS"] {
        assert!(page.contains(section), "{section}");
    }
    for c in COMMANDS {
        assert!(page.contains(c), "the page names {c}");
    }
    let bank = bank();
    assert!(page.contains(&bank.meta.version), "the questions' version");
    assert!(page.contains("988"), "the crisis line");
    if !on_path("groff") {
        eprintln!("SKIPPED: no groff here to render the page");
        return;
    }
    let file = data.path().join("fitcheck.1");
    std::fs::write(&file, &page).unwrap();
    let out = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "groff has no warnings"
    );
}
