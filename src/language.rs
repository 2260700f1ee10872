//! Which language fitcheck speaks, chosen before anything is parsed:
//! `--lang`, then `FITCHECK_LANG`, then the system locale (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`), else English. And clap's help in Spanish: the
//! `HELP_*` texts of `strings_es.rs` put on the command before it parses.

use std::ffi::OsString;

use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};
use clap::{Command, ValueEnum};

use crate::cmd::{Format, ListFormat};
use crate::core::lang::Lang;
use crate::core::text::fill_with;
use crate::core::words::Words;
use crate::strings_es as es;

/// A language fitcheck does not speak, and where it was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang {
    /// "--lang" or "FITCHECK_LANG".
    pub from: &'static str,
    /// The value as given.
    pub value: String,
    /// The language to say so in: the one the remaining sources choose.
    pub say_in: Lang,
}

impl UnknownLang {
    /// The message for the parent, in [`UnknownLang::say_in`].
    pub fn message(&self) -> String {
        fill_with(
            Words::of(self.say_in).LANG_UNKNOWN,
            &[("from", &self.from), ("value", &self.value)],
        )
    }
}

/// The value of `--lang` in `args` (the program's name first), before clap
/// parses them: `--lang es` or `--lang=es`, up to a `--`.
pub fn flag(args: &[OsString]) -> Option<String> {
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let a = a.to_string_lossy();
        if a == "--" {
            return None;
        }
        if a == "--lang" {
            return it.next().map(|v| v.to_string_lossy().into_owned());
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

/// The language: `flag` (from `--lang`), else `FITCHECK_LANG`, else the
/// first of `LC_ALL`, `LC_MESSAGES` and `LANG` that names English or
/// Spanish, else English. `var` reads an environment variable; an empty one
/// counts as unset. An unknown `--lang` or `FITCHECK_LANG` is an error, as
/// a typo should not silently give the other language; an unknown locale
/// ("fr_FR") is not, as it was not set for fitcheck.
pub fn choose(
    flag: Option<&str>,
    var: impl Fn(&str) -> Option<String>,
) -> Result<Lang, UnknownLang> {
    let var = |name: &str| var(name).filter(|v| !v.trim().is_empty());
    let locale = || {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| var(name).and_then(|v| Lang::from_locale(&v)))
            .unwrap_or(Lang::En)
    };
    let env = var("FITCHECK_LANG");
    let from_env = || match &env {
        Some(v) => Lang::parse(v).ok_or_else(|| UnknownLang {
            from: "FITCHECK_LANG",
            value: v.clone(),
            say_in: locale(),
        }),
        None => Ok(locale()),
    };
    match flag {
        Some(v) => Lang::parse(v).ok_or_else(|| UnknownLang {
            from: "--lang",
            value: v.to_string(),
            say_in: from_env().unwrap_or_else(|_| locale()),
        }),
        None => from_env(),
    }
}

/// The Spanish help of an argument, command or value, by its name in
/// `strings_es.rs` (`HELP_SUMMARY_FORMAT`); None for a name it lacks.
pub fn help_es(name: &str) -> Option<&'static str> {
    Some(match name {
        "HELP_LANG" => es::HELP_LANG,
        "HELP_QUESTIONS" => es::HELP_QUESTIONS,
        "HELP_DATA_DIR" => es::HELP_DATA_DIR,
        "HELP_PLAIN" => es::HELP_PLAIN,
        "HELP_NO_PLAIN" => es::HELP_NO_PLAIN,
        "HELP_REMEMBER" => es::HELP_REMEMBER,
        "HELP_ANSWERS" => es::HELP_ANSWERS,
        "HELP_LIST_FORMAT_TEXT" => es::HELP_LIST_FORMAT_TEXT,
        "HELP_LIST_FORMAT_JSON" => es::HELP_LIST_FORMAT_JSON,
        "HELP_SUMMARY_FORMAT_TEXT" => es::HELP_SUMMARY_FORMAT_TEXT,
        "HELP_SUMMARY_FORMAT_MARKDOWN" => es::HELP_SUMMARY_FORMAT_MARKDOWN,
        "HELP_SUMMARY_FORMAT_JSON" => es::HELP_SUMMARY_FORMAT_JSON,
        "HELP_SUMMARY_FORMAT_HTML" => es::HELP_SUMMARY_FORMAT_HTML,
        "HELP_CMD_CHECK_QUESTIONS" => es::HELP_CMD_CHECK_QUESTIONS,
        "HELP_CHECK_QUESTIONS_DIR" => es::HELP_CHECK_QUESTIONS_DIR,
        "HELP_CMD_ROLES" => es::HELP_CMD_ROLES,
        "HELP_ROLES_TITLE" => es::HELP_ROLES_TITLE,
        "HELP_CMD_SUMMARY" => es::HELP_CMD_SUMMARY,
        "HELP_SUMMARY_SESSION" => es::HELP_SUMMARY_SESSION,
        "HELP_SUMMARY_ANSWERS" => es::HELP_SUMMARY_ANSWERS,
        "HELP_SUMMARY_FORMAT" => es::HELP_SUMMARY_FORMAT,
        "HELP_SUMMARY_OUTPUT" => es::HELP_SUMMARY_OUTPUT,
        "HELP_SUMMARY_FORCE" => es::HELP_SUMMARY_FORCE,
        "HELP_CMD_LIST" => es::HELP_CMD_LIST,
        "HELP_LIST_FORMAT" => es::HELP_LIST_FORMAT,
        "HELP_CMD_RESUME" => es::HELP_CMD_RESUME,
        "HELP_RESUME_SESSION" => es::HELP_RESUME_SESSION,
        "HELP_CMD_EXPORT" => es::HELP_CMD_EXPORT,
        "HELP_EXPORT_SESSION" => es::HELP_EXPORT_SESSION,
        "HELP_CMD_IMPORT" => es::HELP_CMD_IMPORT,
        "HELP_IMPORT_FILE" => es::HELP_IMPORT_FILE,
        "HELP_CMD_RENAME" => es::HELP_CMD_RENAME,
        "HELP_RENAME_SESSION" => es::HELP_RENAME_SESSION,
        "HELP_RENAME_LABEL" => es::HELP_RENAME_LABEL,
        "HELP_CMD_COMPLETIONS" => es::HELP_CMD_COMPLETIONS,
        "HELP_COMPLETIONS_SHELL" => es::HELP_COMPLETIONS_SHELL,
        "HELP_CMD_MAN" => es::HELP_CMD_MAN,
        "HELP_CMD_DELETE" => es::HELP_CMD_DELETE,
        "HELP_DELETE_SESSION" => es::HELP_DELETE_SESSION,
        "HELP_DELETE_ALL" => es::HELP_DELETE_ALL,
        "HELP_DELETE_YES" => es::HELP_DELETE_YES,
        _ => return None,
    })
}

/// The constant name of the help of `parts` ("summary", "format"):
/// `HELP_SUMMARY_FORMAT`.
fn help_name(parts: &[&str]) -> String {
    let joined: Vec<String> = parts
        .iter()
        .map(|p| p.replace('-', "_").to_uppercase())
        .collect();
    format!("HELP_{}", joined.join("_"))
}

/// The Spanish name of a value in the help and the usage line, by its
/// English one (`DIR`, or a positional's id in capitals: `SESSION`).
fn value_name_es(en: &str) -> Option<&'static str> {
    Some(match en {
        "DIR" => es::HELP_VALUE_DIR,
        "FILE" => es::HELP_VALUE_FILE,
        "LANG" => es::HELP_VALUE_LANG,
        "SESSION" => es::HELP_VALUE_SESSION,
        "LABEL" => es::HELP_VALUE_LABEL,
        "TITLE" => es::HELP_VALUE_TITLE,
        "SHELL" => es::HELP_VALUE_SHELL,
        "FORMAT" => es::HELP_VALUE_FORMAT,
        _ => return None,
    })
}

/// `a` with its value's name in Spanish, if it takes a value fitcheck
/// names (flags such as `--plain` take none, and are left alone).
fn spanish_value_name(a: clap::Arg) -> clap::Arg {
    let en = match a.get_value_names() {
        Some([first, ..]) => first.to_string(),
        _ => a.get_id().as_str().to_uppercase(),
    };
    match value_name_es(&en) {
        Some(name) => a.value_name(name),
        None => a,
    }
}

/// clap's usage line with its own words in Spanish, without its heading:
/// "fitcheck summary [OPCIONES] [SESIÓN]".
fn spanish_usage(usage: &str) -> String {
    let usage = usage.trim();
    let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
    usage
        .replace("[OPTIONS]", &format!("[{}]", es::HELP_USAGE_OPTIONS))
        .replace("[COMMAND]", &format!("[{}]", es::HELP_USAGE_COMMAND))
        .replace("<COMMAND>", &format!("<{}>", es::HELP_USAGE_COMMAND))
}

/// `cmd` with a Spanish usage line on it and on each of its commands,
/// from the usage clap writes for them (value names already Spanish).
fn with_spanish_usage(cmd: Command) -> Command {
    let mut built = cmd.clone();
    built.build();
    let root = spanish_usage(&built.render_usage().to_string());
    let own: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let subs: Vec<(String, String)> = built
        .get_subcommands_mut()
        .filter(|c| own.iter().any(|n| n == c.get_name()))
        .map(|c| {
            (
                c.get_name().to_string(),
                spanish_usage(&c.render_usage().to_string()),
            )
        })
        .collect();
    let mut cmd = cmd.override_usage(root);
    for (name, usage) in subs {
        cmd = cmd.mut_subcommand(name, |c| c.override_usage(usage));
    }
    cmd
}

/// `cmd` (fitcheck's command line) with every help text in Spanish, and
/// the names of values and the usage line too. The names of commands and
/// options and the values themselves stay as they are.
pub fn spanish(cmd: Command) -> Command {
    let mut cmd = cmd
        .about(es::HELP_ABOUT)
        .long_about(None::<&str>)
        .after_help(es::HELP_AFTER)
        .after_long_help(None::<&str>);
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        if let Some(h) = help_es(&help_name(&[&id])) {
            cmd = cmd.mut_arg(&id, |a| a.help(h).long_help(None::<&str>));
        }
        cmd = cmd.mut_arg(&id, spanish_value_name);
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(name.clone(), |mut sc| {
            if let Some(h) = help_es(&help_name(&["cmd", &name])) {
                sc = sc.about(h).long_about(None::<&str>);
            }
            let ids: Vec<String> = sc.get_arguments().map(|a| a.get_id().to_string()).collect();
            for id in ids {
                if let Some(h) = help_es(&help_name(&[&name, &id])) {
                    sc = sc.mut_arg(&id, |a| a.help(h).long_help(None::<&str>));
                }
                sc = sc.mut_arg(&id, spanish_value_name);
                sc = match (name.as_str(), id.as_str()) {
                    ("summary", "format") => sc.mut_arg(&id, |a| {
                        a.value_parser(Helped::<Format>::parser(&name, &id))
                    }),
                    ("list", "format") => sc.mut_arg(&id, |a| {
                        a.value_parser(Helped::<ListFormat>::parser(&name, &id))
                    }),
                    _ => sc,
                };
            }
            sc
        });
    }
    with_spanish_usage(cmd)
}

/// A clap error said in Spanish: what went wrong, naming the argument or
/// value, then how to see the help. clap writes its errors in English and
/// has no way to translate them, so fitcheck writes its own from the
/// error's context; a kind it does not know gets a general sentence, never
/// English. `args` is the command line (the program's name first) and `cmd`
/// the command it was parsed with, to point at the right command's help.
pub fn clap_error(e: &clap::Error, args: &[OsString], cmd: &Command) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(v)) => Some(v.clone()),
        Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.join(", ")),
        _ => None,
    };
    let quoted_list = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(v)) => Some(format!("\u{201c}{v}\u{201d}")),
        Some(ContextValue::Strings(v)) if !v.is_empty() => Some(
            v.iter()
                .map(|v| format!("\u{201c}{v}\u{201d}"))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => None,
    };
    let fill = |template: &str, arg: &str, value: &str, list: &str| {
        fill_with(
            template,
            &[("arg", &arg), ("value", &value), ("list", &list)],
        )
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let mut lines: Vec<String> = Vec::new();
    match (e.kind(), arg.as_deref(), value.as_deref()) {
        (ErrorKind::UnknownArgument, Some(arg), _) => {
            let t = if arg.starts_with('-') {
                es::CLAP_UNKNOWN_OPTION
            } else {
                es::CLAP_UNEXPECTED
            };
            lines.push(fill(t, arg, "", ""));
            if let Some(s) = text(ContextKind::SuggestedArg) {
                lines.push(fill(es::CLAP_DID_YOU_MEAN, "", &s, ""));
            }
        }
        (ErrorKind::InvalidValue, Some(arg), Some("")) => {
            lines.push(fill(es::CLAP_NO_VALUE, arg, "", ""));
            if let Some(list) = text(ContextKind::ValidValue) {
                lines.push(fill(es::CLAP_VALUES, "", "", &list));
            }
        }
        (ErrorKind::InvalidValue | ErrorKind::ValueValidation, Some(arg), Some(value)) => {
            lines.push(fill(es::CLAP_BAD_VALUE, arg, value, ""));
            if let Some(s) = text(ContextKind::SuggestedValue) {
                lines.push(fill(es::CLAP_DID_YOU_MEAN, "", &s, ""));
            }
            if let Some(list) = text(ContextKind::ValidValue) {
                lines.push(fill(es::CLAP_VALUES, "", "", &list));
            }
        }
        (ErrorKind::InvalidSubcommand, ..) => {
            let sub = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            lines.push(fill(es::CLAP_NO_COMMAND, "", &sub, ""));
            if let Some(Some(s)) = e.get(ContextKind::SuggestedSubcommand).map(|v| match v {
                ContextValue::Strings(v) => v.first().cloned(),
                ContextValue::String(v) => Some(v.clone()),
                _ => None,
            }) {
                lines.push(fill(es::CLAP_DID_YOU_MEAN, "", &s, ""));
            }
        }
        (ErrorKind::MissingRequiredArgument, Some(list), _) => {
            lines.push(fill(es::CLAP_MISSING, "", "", list));
        }
        (ErrorKind::ArgumentConflict, Some(arg), _) => {
            // The same argument as "prior" means it was given twice.
            let line = if text(ContextKind::PriorArg).as_deref() == Some(arg) {
                fill(es::CLAP_TWICE, arg, "", "")
            } else if let Some(prior) = quoted_list(ContextKind::PriorArg) {
                fill(es::CLAP_CONFLICT, arg, "", &prior)
            } else {
                es::CLAP_OTHER.to_string()
            };
            lines.push(line);
        }
        (ErrorKind::NoEquals, Some(arg), _) => lines.push(fill(es::CLAP_NO_EQUALS, arg, "", "")),
        (ErrorKind::TooManyValues, Some(arg), Some(value)) => {
            lines.push(fill(es::CLAP_TOO_MANY, arg, value, ""));
        }
        (ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues, Some(arg), _) => {
            lines.push(fill(es::CLAP_COUNT, arg, "", ""));
        }
        (ErrorKind::InvalidUtf8, ..) => lines.push(es::CLAP_NOT_TEXT.to_string()),
        _ => lines.push(es::CLAP_OTHER.to_string()),
    }
    lines.push(fill_with(
        es::CLAP_HELP_HINT,
        &[("help", &help_command(args, cmd))],
    ));
    lines.join("\n")
}

/// "fitcheck summary --help" when `args` name one of `cmd`'s commands
/// (the first word that is not an option), else "fitcheck --help".
fn help_command(args: &[OsString], cmd: &Command) -> String {
    let sub = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy())
        .take_while(|a| a != "--")
        .find(|a| cmd.get_subcommands().any(|c| c.get_name() == a.as_ref()));
    match sub {
        Some(sub) => format!("fitcheck {sub} --help"),
        None => "fitcheck --help".to_string(),
    }
}

/// clap's own words in its help, and the Spanish for each. Applied to the
/// rendered help, as clap builds them in.
fn clap_words() -> [(&'static str, String); 9] {
    let values = es::HELP_HEADING_VALUES.trim_end_matches(':');
    [
        ("Usage:", es::HELP_HEADING_USAGE.to_string()),
        ("Commands:", es::HELP_HEADING_COMMANDS.to_string()),
        ("Arguments:", es::HELP_HEADING_ARGUMENTS.to_string()),
        ("Options:", es::HELP_HEADING_OPTIONS.to_string()),
        ("Possible values:", es::HELP_HEADING_VALUES.to_string()),
        (
            "[possible values: ",
            format!("[{}: ", values.to_lowercase()),
        ),
        ("[default: ", format!("[{}: ", es::HELP_HEADING_DEFAULT)),
        (
            "Print this message or the help of the given subcommand(s)",
            es::HELP_CMD_HELP.to_string(),
        ),
        ("Print help", es::HELP_HELP.to_string()),
    ]
}

/// clap's rendered help (or version) with clap's own words in Spanish.
pub fn spanish_help_text(text: &str) -> String {
    // The pointer between short and long help has no Spanish of its own:
    // each help says all there is, so it is dropped.
    let mut out = text
        .replace(" (see a summary with '-h')", "")
        .replace(" (see more with '--help')", "")
        .replace("Print version", es::HELP_VERSION);
    for (en, es) in clap_words() {
        out = out.replace(en, &es);
    }
    out
}

/// A [`ValueEnum`]'s parser whose possible values carry Spanish help.
#[derive(Clone)]
struct Helped<E: ValueEnum + Clone + Send + Sync + 'static> {
    /// (value, its help).
    helps: Vec<(String, &'static str)>,
    inner: EnumValueParser<E>,
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> Helped<E> {
    /// The parser of `arg` of command `cmd`, with the help of each value.
    fn parser(cmd: &str, arg: &str) -> Helped<E> {
        let helps = E::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value())
            .filter_map(|p| {
                let name = p.get_name().to_string();
                help_es(&help_name(&[cmd, arg, &name])).map(|h| (name, h))
            })
            .collect();
        Helped {
            helps,
            inner: EnumValueParser::new(),
        }
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Helped<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<E, clap::Error> {
        self.inner.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            E::value_variants()
                .iter()
                .filter_map(|v| v.to_possible_value())
                .map(
                    |p| match self.helps.iter().find(|(n, _)| *n == p.get_name()) {
                        Some((_, h)) => p.help(*h),
                        None => p,
                    },
                ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_flag_wins_then_fitcheck_lang_then_the_locale_then_english() {
        let all = [("FITCHECK_LANG", "en"), ("LC_ALL", "es_MX.UTF-8")];
        assert_eq!(choose(Some("es"), env(&all)), Ok(Lang::Es));
        assert_eq!(choose(None, env(&all)), Ok(Lang::En));
        assert_eq!(choose(None, env(&all[1..])), Ok(Lang::Es));
        assert_eq!(choose(None, env(&[])), Ok(Lang::En));
        // Empty counts as unset; a locale fitcheck does not speak falls through.
        let empty = [("FITCHECK_LANG", " "), ("LC_ALL", "fr_FR"), ("LANG", "es")];
        assert_eq!(choose(None, env(&empty)), Ok(Lang::Es));
    }

    #[test]
    fn an_unknown_value_names_itself_in_the_language_left() {
        let e = choose(Some("klingon"), env(&[("LANG", "es_AR")])).unwrap_err();
        assert_eq!(
            (e.from, e.value.as_str(), e.say_in),
            ("--lang", "klingon", Lang::Es)
        );
        assert!(e.message().contains("“klingon”"), "{}", e.message());
        let e = choose(None, env(&[("FITCHECK_LANG", "fr")])).unwrap_err();
        assert_eq!((e.from, e.say_in), ("FITCHECK_LANG", Lang::En));
    }

    #[test]
    fn the_flag_is_read_before_clap_up_to_a_double_dash() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            flag(&args(&["fitcheck", "list", "--lang", "es"])).as_deref(),
            Some("es")
        );
        assert_eq!(
            flag(&args(&["fitcheck", "--lang=en"])).as_deref(),
            Some("en")
        );
        assert_eq!(
            flag(&args(&["fitcheck", "rename", "x", "--", "--lang"])),
            None
        );
        assert_eq!(flag(&args(&["fitcheck"])), None);
    }

    #[test]
    fn a_clap_error_fitcheck_has_no_words_for_gets_a_general_spanish_one() {
        use clap::error::ErrorKind;
        let cmd = spanish(<crate::cli::Cli as clap::CommandFactory>::command());
        let args: Vec<OsString> = ["fitcheck", "list"].iter().map(OsString::from).collect();
        let e = clap::Error::raw(ErrorKind::Io, "Broken pipe");
        assert_eq!(
            clap_error(&e, &args, &cmd),
            format!(
                "{}\nPara ver la ayuda: fitcheck list --help",
                es::CLAP_OTHER
            )
        );
    }

    #[test]
    fn every_spanish_help_name_is_found() {
        assert_eq!(
            help_es("HELP_SUMMARY_FORMAT_JSON"),
            Some(es::HELP_SUMMARY_FORMAT_JSON)
        );
        assert_eq!(help_es("HELP_NOTHING"), None);
    }
}
