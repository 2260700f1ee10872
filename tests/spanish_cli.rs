//! Spanish through the real binary (issue 16): the language chosen by
//! `--lang`, `FITCHECK_LANG` and the locale, in that order; an unknown one
//! refused by name; `--help` in Spanish; a worked example's summary in
//! Spanish (text, Markdown, and JSON with its English keys); a plain-mode
//! interview answered in Spanish words, to the summary; and that session
//! printed in English and in Spanish.

mod common;

use common::*;
use fitcheck::core::answers::Answers;
use fitcheck::core::bank::Bank;
use fitcheck::core::lang::Lang;
use fitcheck::core::summary::Summary;
use fitcheck::core::words::{EN, ES};
use fitcheck::plain::script;

fn spanish_bank() -> Bank {
    Bank::embedded_in(Lang::Es).expect("the Spanish bank loads")
}

fn example(name: &str) -> String {
    format!(
        "{}/questions/examples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// `fitcheck ARGS` with these environment variables, and its stdout and stderr.
fn with_env(args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String, String) {
    let data = tempfile::TempDir::new().expect("a temporary folder");
    let mut c = fitcheck(data.path());
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.args(args).output().expect("fitcheck runs");
    (out.status.code(), stdout(&out), stderr(&out))
}

/// The language a summary came out in, by its first line.
fn language_of(args: &[&str], env: &[(&str, &str)]) -> &'static str {
    let file = example("qmha_skills_only");
    let mut all = vec!["summary", "--answers", &file];
    all.extend_from_slice(args);
    let (code, out, err) = with_env(&all, env);
    assert_eq!(code, Some(0), "{args:?} {env:?}: {err}");
    let first = out.lines().next().unwrap_or_default();
    if first == ES.SUMMARY_TITLE {
        "es"
    } else if first == EN.SUMMARY_TITLE {
        "en"
    } else {
        panic!("{args:?} {env:?}: a summary in neither language:\n{out}")
    }
}

#[test]
fn the_flag_then_fitcheck_lang_then_the_locale_choose_the_language() {
    assert_eq!(language_of(&[], &[]), "en", "LANG=C is English");
    assert_eq!(language_of(&["--lang", "es"], &[]), "es");
    assert_eq!(language_of(&["--lang=español"], &[]), "es");
    assert_eq!(language_of(&[], &[("LANG", "es_MX.UTF-8")]), "es");
    assert_eq!(language_of(&[], &[("LC_MESSAGES", "es_US.UTF-8")]), "es");
    assert_eq!(language_of(&[], &[("FITCHECK_LANG", "es")]), "es");
    // LC_ALL wins over LANG, FITCHECK_LANG over the locale, --lang over all.
    assert_eq!(
        language_of(&[], &[("LC_ALL", "en_US.UTF-8"), ("LANG", "es_MX.UTF-8")]),
        "en"
    );
    assert_eq!(
        language_of(&[], &[("FITCHECK_LANG", "en"), ("LANG", "es_MX.UTF-8")]),
        "en"
    );
    assert_eq!(
        language_of(&[], &[("FITCHECK_LANG", "es"), ("LC_ALL", "en_US.UTF-8")]),
        "es"
    );
    assert_eq!(
        language_of(&["--lang", "en"], &[("FITCHECK_LANG", "es")]),
        "en"
    );
    // A locale fitcheck does not speak falls through to the next, then English.
    assert_eq!(
        language_of(&[], &[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "es_ES.UTF-8")]),
        "es"
    );
    assert_eq!(language_of(&[], &[("LANG", "de_DE.UTF-8")]), "en");
}

#[test]
fn an_unknown_language_is_refused_by_name_with_what_works() {
    let (code, out, err) = with_env(&["--lang", "fr", "list"], &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(out.is_empty());
    assert!(err.contains("“fr”") && err.contains("--lang"), "{err}");
    assert!(err.contains(" en ") && err.contains(" es "), "{err}");
    // Said in the language the rest of the environment chooses.
    let (code, _, err) = with_env(&["list"], &[("FITCHECK_LANG", "xx"), ("LANG", "es_MX")]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("FITCHECK_LANG dice “xx”"), "{err}");
}

#[test]
fn help_is_in_spanish() {
    let (code, out, err) = with_env(&["--lang", "es", "--help"], &[]);
    assert_eq!(code, Some(0), "{err}");
    for es in [
        fitcheck::strings_es::HELP_ABOUT,
        fitcheck::strings_es::HELP_HEADING_USAGE,
        fitcheck::strings_es::HELP_HEADING_COMMANDS,
        fitcheck::strings_es::HELP_HEADING_OPTIONS,
        fitcheck::strings_es::HELP_CMD_SUMMARY,
        fitcheck::strings_es::HELP_PLAIN,
        fitcheck::strings_es::HELP_LANG,
        fitcheck::strings_es::HELP_HELP,
    ] {
        assert!(out.contains(es), "missing {es:?}:\n{out}");
    }
    for en in [
        "Usage:",
        "Options:",
        "Commands:",
        "Print help",
        "Ask line by line",
    ] {
        assert!(!out.contains(en), "English {en:?} left:\n{out}");
    }
    let (code, out, _) = with_env(&["summary", "--help"], &[("FITCHECK_LANG", "es")]);
    assert_eq!(code, Some(0));
    assert!(
        out.contains(fitcheck::strings_es::HELP_SUMMARY_FORMAT_MARKDOWN),
        "{out}"
    );
    assert!(
        out.contains(fitcheck::strings_es::HELP_HEADING_VALUES),
        "{out}"
    );
    assert!(out.contains("[por defecto: text]"), "{out}");
    for en in ["Possible values", "default:", "see a summary", "For email"] {
        assert!(!out.contains(en), "English {en:?} left:\n{out}");
    }
    // English help is as it was.
    let (_, out, _) = with_env(&["--help"], &[]);
    assert!(
        out.contains("Usage:") && out.contains("Ask line by line"),
        "{out}"
    );
}

#[test]
fn a_worked_example_prints_in_spanish_with_english_json_keys() {
    let es = spanish_bank();
    let en = bank();
    for name in ["qmha_trauma_violence", "team_two_providers", "crisis"] {
        let file = example(name);
        let text = std::fs::read_to_string(&file).unwrap();
        let want = Summary::from_answers(&es, &Answers::parse(&text, &es).unwrap());
        let (code, out, err) = with_env(&["summary", "--lang", "es", "--answers", &file], &[]);
        assert_eq!(code, Some(0), "{name}: {err}");
        let date = |t: &str| -> String {
            t.lines()
                .filter(|l| !l.starts_with("Impreso el"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let expected = fitcheck::core::report::text(&es, &want, "hoy");
        assert_eq!(date(&out), date(&expected), "{name}: text");
        assert!(out.contains(ES.NEEDS_HEADING), "{name}:\n{out}");
        assert!(!out.contains(EN.NEEDS_HEADING), "{name}:\n{out}");

        let (code, md, _) = with_env(
            &[
                "summary",
                "--lang",
                "es",
                "--answers",
                &file,
                "--format",
                "markdown",
            ],
            &[],
        );
        assert_eq!(code, Some(0));
        assert!(md.contains(ES.NEEDS_HEADING), "{name}:\n{md}");

        // JSON: the same keys as in English; the words are Spanish.
        let json = |lang: &str| -> serde_json::Value {
            let (code, out, err) = with_env(
                &[
                    "summary",
                    "--lang",
                    lang,
                    "--answers",
                    &file,
                    "--format",
                    "json",
                ],
                &[],
            );
            assert_eq!(code, Some(0), "{err}");
            serde_json::from_str(&out).expect("JSON")
        };
        let (j_en, j_es) = (json("en"), json("es"));
        assert_eq!(keys(&j_en), keys(&j_es), "{name}: JSON keys");
        assert_eq!(
            j_es,
            serde_json::from_str::<serde_json::Value>(&want.to_json()).unwrap()
        );
        let label =
            |j: &serde_json::Value| j["needs"][0]["level_label"].as_str().unwrap().to_string();
        let levels = |b: &Bank| {
            b.meta
                .levels
                .iter()
                .map(|l| l.label.clone())
                .collect::<Vec<_>>()
        };
        assert!(
            levels(&en).contains(&label(&j_en)),
            "{name}: {}",
            label(&j_en)
        );
        assert!(
            levels(&es).contains(&label(&j_es)),
            "{name}: {}",
            label(&j_es)
        );
    }
}

/// Every key path of a JSON value, arrays counted once.
fn keys(v: &serde_json::Value) -> Vec<String> {
    fn walk(v: &serde_json::Value, at: &str, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    let here = format!("{at}.{k}");
                    out.push(here.clone());
                    walk(v, &here, out);
                }
            }
            serde_json::Value::Array(a) => {
                for v in a {
                    walk(v, &format!("{at}[]"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, "", &mut out);
    out.sort();
    out.dedup();
    out
}

#[test]
fn a_plain_interview_answered_in_spanish_words_reaches_the_spanish_summary() {
    let es = spanish_bank();
    let file = example("qmha_trauma_violence");
    let answers = Answers::parse(&std::fs::read_to_string(&file).unwrap(), &es).unwrap();
    let lines = script::lines(&es, &answers).expect("a script");
    // Option words in Spanish, with and without accents; commands too.
    let mut input = vec!["ayuda".to_string(), "atras".to_string()];
    input.push(lines[0].clone());
    input.push("atrás".to_string());
    input.extend(lines.iter().cloned());
    let joined = lines.join("\n");
    assert!(
        es.questions
            .iter()
            .flat_map(|q| &q.options)
            .any(|o| joined.contains(&o.text) && o.text.chars().any(|c| "áéíóúñ¿".contains(c))),
        "the script uses Spanish option words:\n{joined}"
    );
    let data = tempfile::TempDir::new().expect("a temporary folder");
    let out = run(
        data.path(),
        &["--plain", "--lang", "es"],
        &script_text(&input),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "stderr:\n{err}");
    // The help was given in Spanish, and the Spanish "atrás" went back.
    assert!(err.contains("atrás") && err.contains("salir"), "{err}");
    let session = only_session(data.path());
    let want = Summary::from_answers(&es, &answers);
    assert_eq!(Summary::from_answers(&es, &session.answers), want);
    let printed = stdout(&out);
    let date = |t: &str| -> String {
        t.lines()
            .filter(|l| !l.starts_with("Impreso el"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let expected = fitcheck::core::report::text(&es, &want, "hoy");
    assert_eq!(
        date(&printed),
        date(&expected),
        "stdout is the Spanish summary"
    );

    // Sessions keep ids, not words: this one prints in either language
    // (without --lang, in Spanish: the language it was answered in).
    let (en_out, es_out) = (
        run(data.path(), &["summary", &session.id, "--lang", "en"], ""),
        run(data.path(), &["summary", &session.id], ""),
    );
    assert!(
        stdout(&en_out).starts_with(EN.SUMMARY_TITLE),
        "{}",
        stdout(&en_out)
    );
    assert!(
        stdout(&es_out).starts_with(ES.SUMMARY_TITLE),
        "{}",
        stdout(&es_out)
    );
}

/// A session remembers its language: saved in Spanish, it resumes and
/// prints in Spanish under an English locale, unless `--lang` or
/// `FITCHECK_LANG` asks for another. A session from before fitcheck spoke
/// Spanish (no "lang") follows the locale as before.
#[test]
fn a_session_saved_in_spanish_resumes_and_prints_in_spanish() {
    use fitcheck::core::session::Session;
    use fitcheck::store::Store;
    let data = tempfile::TempDir::new().expect("a temporary folder");
    let store = Store::at(data.path());
    let es = spanish_bank();
    let unfinished = Session::new(&es, 1_800_000_000);
    store.save(&unfinished).expect("saved");
    let text = std::fs::read_to_string(example("qmha_skills_only")).unwrap();
    let mut done = Session::new(&es, 1_800_000_000);
    done.answers = Answers::parse(&text, &es).expect("the example fits");
    done.refresh(&es, 1_800_000_100);
    store.save(&done).expect("saved");
    let mut old = Session::new(&bank(), 1_800_000_000);
    old.answers = done.answers.clone();
    old.lang = None;
    old.refresh(&bank(), 1_800_000_200);
    old.lang = None;
    store.save(&old).expect("saved");

    let first_prompt = |b: &Bank| b.questions[0].prompt.clone();
    let resume = |extra: &[&str], env: &[(&str, &str)]| {
        let mut c = fitcheck(data.path());
        for (k, v) in env {
            c.env(k, v);
        }
        let out = c
            .args(["--plain", "resume", &unfinished.id])
            .args(extra)
            .stdin(std::process::Stdio::null())
            .output()
            .expect("fitcheck runs");
        stderr(&out)
    };
    let err = resume(&[], &[]);
    assert!(err.contains(&first_prompt(&es)), "Spanish expected:\n{err}");
    let err = resume(&["--lang", "en"], &[]);
    assert!(
        err.contains(&first_prompt(&bank())),
        "--lang en wins:\n{err}"
    );
    let err = resume(&[], &[("FITCHECK_LANG", "en")]);
    assert!(
        err.contains(&first_prompt(&bank())),
        "FITCHECK_LANG wins:\n{err}"
    );

    let summary = |id: &str, extra: &[&str]| {
        let out = fitcheck(data.path())
            .args(["summary", id])
            .args(extra)
            .output()
            .expect("fitcheck runs");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out).lines().next().unwrap_or_default().to_string()
    };
    assert_eq!(summary(&done.id, &[]), ES.SUMMARY_TITLE);
    assert_eq!(summary(&done.id, &["--lang", "en"]), EN.SUMMARY_TITLE);
    assert_eq!(summary(&old.id, &[]), EN.SUMMARY_TITLE);
    assert_eq!(summary(&old.id, &["--lang", "es"]), ES.SUMMARY_TITLE);
}

/// The store's messages follow the language: a session that is not there,
/// a damaged session file, an answers file that is not JSON or not there.
/// Each is said in Spanish, with no English sentence in it.
#[test]
fn failing_commands_say_why_in_spanish() {
    let data = tempfile::TempDir::new().expect("a temporary folder");
    let english = [
        " the ", " is ", " not ", "cannot", " found", "while", " must", "file", "there",
    ];
    let check = |args: &[&str], spanish: &str| {
        let out = fitcheck(data.path())
            .args(args)
            .args(["--lang", "es"])
            .stdin(std::process::Stdio::null())
            .output()
            .expect("fitcheck runs");
        assert_ne!(out.status.code(), Some(0), "{args:?} should fail");
        let err = stderr(&out);
        assert!(
            err.contains(spanish),
            "{args:?}: {spanish:?} not in:\n{err}"
        );
        let words = err
            .to_lowercase()
            .replace(data.path().to_str().unwrap(), "");
        for w in english {
            assert!(!words.contains(w), "{args:?}: English {w:?} in:\n{err}");
        }
    };
    check(&["summary", "nosuchid"], "aún no hay sesiones guardadas");
    std::fs::create_dir_all(data.path()).unwrap();
    let bad = data.path().join("abc123.json");
    std::fs::write(&bad, "{\"schema\": 1, \"id\": \"abc").unwrap();
    check(&["summary", "abc123"], "termina antes de tiempo");
    std::fs::write(&bad, "{\"schema\": 1, \"id\": \"abc\n\"}").unwrap();
    check(&["summary", "abc123"], "no es JSON válido");
    std::fs::write(&bad, "[1, 2]").unwrap();
    check(&["summary", "abc123"], "no es una sesión de fitcheck");
    check(&["summary", "zzz"], "ninguna sesión guardada coincide");
    let answers = data.path().join("answers.txt");
    std::fs::write(&answers, "{bad").unwrap();
    let path = answers.to_str().unwrap();
    check(&["summary", "--answers", path], "hay algo que no es JSON");
    check(&["import", path], "No se guardó nada");
    check(
        &["summary", "--answers", "/no/such/fitcheck/respuestas"],
        "no existe",
    );
}

/// clap's mistakes in Spanish (issue 16): each names what was typed, says
/// what works where there is a short list, ends with how to see the help,
/// has no English sentence, and exits 2 as clap does. English stays clap's.
#[test]
fn command_line_mistakes_are_said_in_spanish() {
    let english = [
        "error:",
        "unexpected",
        "invalid",
        "required",
        "usage",
        "for more",
        "possible values",
        "cannot",
        "found",
        "subcommand",
        "[options]",
        "<dir>",
    ];
    let cases: [(&[&str], &[&str]); 9] = [
        (&["--bogus"], &["“--bogus”", "fitcheck --help"]),
        (&["--plian"], &["“--plian”", "¿Quiso decir “--plain”?"]),
        (
            &["summary", "--format", "nope"],
            &[
                "“nope”",
                "“--format <FORMATO>”",
                "text, markdown, json, html",
                "fitcheck summary --help",
            ],
        ),
        (
            &["--questions"],
            &["falta un valor", "“--questions <CARPETA>”"],
        ),
        (&["bogus"], &["el comando “bogus”"]),
        (&["sumary"], &["¿Quiso decir “summary”?"]),
        (&["rename", "x"], &["<NOMBRE>", "fitcheck rename --help"]),
        (&["--plain", "--no-plain"], &["“--plain”", "“--no-plain”"]),
        (&["rename", "a", "b", "c"], &["“c”"]),
    ];
    for (args, wanted) in cases {
        let mut all = vec!["--lang", "es"];
        all.extend_from_slice(args);
        let (code, out, err) = with_env(&all, &[]);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert_eq!(out, "", "{args:?}");
        assert!(err.starts_with("fitcheck: "), "{args:?}: {err}");
        assert!(
            err.contains("Para ver la ayuda: fitcheck "),
            "{args:?}: {err}"
        );
        for w in wanted {
            assert!(err.contains(w), "{args:?}: {w:?} not in:\n{err}");
        }
        let lower = err.to_lowercase();
        for w in english {
            assert!(!lower.contains(w), "{args:?}: English {w:?} in:\n{err}");
        }
    }
    // The English mistakes are clap's, as they were.
    let (code, _, err) = with_env(&["summary", "--format", "nope"], &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("error: invalid value 'nope' for '--format <FORMAT>'")
            && err.contains("[possible values: text, markdown, json, html]")
            && err.contains("For more information, try '--help'."),
        "{err}"
    );
}

/// The usage line and the names of values are Spanish in the Spanish help,
/// and English in the English one.
#[test]
fn the_usage_line_and_value_names_are_spanish() {
    let (_, out, _) = with_env(&["--lang", "es", "--help"], &[]);
    assert!(out.contains("Uso: fitcheck [OPCIONES] [COMANDO]"), "{out}");
    assert!(out.contains("--questions <CARPETA>"), "{out}");
    assert!(out.contains("--lang <IDIOMA>"), "{out}");
    let (_, out, _) = with_env(&["--lang", "es", "summary", "--help"], &[]);
    assert!(
        out.contains("Uso: fitcheck summary [OPCIONES] [SESIÓN]"),
        "{out}"
    );
    assert!(out.contains("--answers <ARCHIVO>"), "{out}");
    for en in [
        "[OPTIONS]",
        "[COMMAND]",
        "<DIR>",
        "<FILE>",
        "[SESSION]",
        "<FORMAT>",
    ] {
        assert!(!out.contains(en), "English {en:?} left:\n{out}");
    }
    let (_, out, _) = with_env(&["summary", "--help"], &[]);
    assert!(
        out.contains("Usage: fitcheck summary [OPTIONS] [SESSION]")
            && out.contains("--answers <FILE>"),
        "{out}"
    );
}

/// A settings file fitcheck cannot read is explained in Spanish, with
/// serde's kinds of values ("string") in everyday words (issue 16).
#[test]
fn a_broken_settings_file_is_explained_in_spanish() {
    let config = tempfile::TempDir::new().expect("a temporary folder");
    let settings = config.path().join(fitcheck::store::settings::FILE);
    let config_dir = config.path().to_str().unwrap();
    for (text, spanish) in [
        ("{\"plain\": \"yes\"}", "se encontró el texto “yes”"),
        ("{\"plain\": 3}", "se encontró el número 3"),
        ("[1, 2]", "se encontró una lista"),
        ("{\"plain\": tr", "no es JSON válido"),
        ("  ", "el archivo está vacío"),
    ] {
        std::fs::write(&settings, text).unwrap();
        let (_, _, err) = with_env(
            &["--lang", "es", "--plain", "--remember"],
            &[("FITCHECK_CONFIG_DIR", config_dir)],
        );
        let first = err.lines().next().unwrap_or_default();
        assert!(first.contains("no se recordó nada"), "{text}: {err}");
        assert!(
            first.contains(spanish),
            "{text}: {spanish:?} not in {first}"
        );
        let lower = first.to_lowercase().replace(config_dir, "");
        for en in [
            "string", "integer", "sequence", " the ", " is ", "invalid", "expected",
        ] {
            assert!(!lower.contains(en), "{text}: English {en:?} in {first}");
        }
        assert_eq!(std::fs::read_to_string(&settings).unwrap(), text);
    }
}

/// `check-questions` in Spanish: the OK line is Spanish, and problems,
/// which stay English for whoever writes the questions, are introduced in
/// Spanish, saying so.
#[test]
fn check_questions_speaks_spanish_around_its_english_problems() {
    let (code, out, err) = with_env(&["--lang", "es", "check-questions"], &[]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.starts_with("Todo bien: las preguntas que trae fitcheck: ")
            && out.contains(" puestos, ")
            && out.contains(" preguntas para hacer, "),
        "{out}"
    );
    let dir = tempfile::TempDir::new().expect("a temporary folder");
    let questions = format!("{}/questions", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(&questions).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    std::fs::write(dir.path().join("needs.json"), "[1]").unwrap();
    let folder = dir.path().to_str().unwrap();
    let (code, _, err) = with_env(&["--lang", "es", "check-questions", folder], &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.starts_with(&format!(
            "fitcheck: hay 1 problema en {folder}. Se explica en inglés, para quien escribe las preguntas:\n  needs.json"
        )),
        "{err}"
    );
    // English is as it was.
    let (_, _, err) = with_env(&["check-questions", folder], &[]);
    assert!(
        err.starts_with(&format!(
            "fitcheck: the question bank in {folder} has 1 problem:"
        )),
        "{err}"
    );
}
