//! The command line in plain words: every argument of every command is
//! described in --help, and errors from the system or the JSON reader
//! reach the parent without internals ("os error 2", "missing field `x`").

mod common;

use clap::CommandFactory;
use common::*;

#[test]
fn every_argument_has_a_description() {
    let mut missing = Vec::new();
    let mut root = fitcheck::cli::Cli::command();
    root.build();
    let mut commands = vec![root.clone()];
    commands.extend(root.get_subcommands().cloned());
    for c in &commands {
        for a in c.get_arguments() {
            let id = a.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            if a.get_help().is_none() && a.get_long_help().is_none() {
                missing.push(format!("{} {id}", c.get_name()));
            }
            // Shell names (bash, zsh, ...) are their own description.
            if !a.get_action().takes_values() || id == "shell" {
                continue;
            }
            for v in a.get_possible_values() {
                if !v.is_hide_set() && v.get_help().is_none() {
                    missing.push(format!("{} {id}={}", c.get_name(), v.get_name()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "no description: {missing:?}");
}

#[test]
fn errors_show_no_internals() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("s");
    let not_a_session = tmp.path().join("s.json");
    std::fs::write(&not_a_session, r#"{"id": "abc"}"#).unwrap();
    let not_answers = tmp.path().join("a.json");
    std::fs::write(
        &not_answers,
        r#"{"child": {"need_safety": "a lot"}, "x": 1}"#,
    )
    .unwrap();
    let gone = tmp.path().join("gone.json");
    let cases: Vec<Vec<String>> = vec![
        vec!["import".into(), gone.display().to_string()],
        vec!["import".into(), not_a_session.display().to_string()],
        vec![
            "summary".into(),
            "--answers".into(),
            gone.display().to_string(),
        ],
        vec![
            "summary".into(),
            "--answers".into(),
            not_answers.display().to_string(),
        ],
        vec![
            "--questions".into(),
            gone.display().to_string(),
            "list".into(),
        ],
    ];
    for args in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(&data, &args, "");
        let err = stderr(&out);
        assert_ne!(out.status.code(), Some(0), "{args:?}");
        assert!(!err.is_empty(), "{args:?}");
        for internal in [
            "os error",
            "missing field",
            "unknown field",
            "`",
            "expected one of",
            "EOF",
        ] {
            assert!(
                !err.contains(internal),
                "{args:?} shows {internal:?}: {err}"
            );
        }
    }
}
