//! The command line: what `fitcheck` accepts, and which part of the program
//! each command runs. Each returns an [`Outcome`]; `main` maps it to the exit
//! status: 0 finished, 1 error or unfinished interview, 2 bad usage or a bad
//! input file, 130 interrupted (after saving).

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::cmd::{Format, ListFormat, load_bank, print_notices};
use crate::core::bank::Bank;
use crate::core::lang::Lang;
use crate::core::text::clean;
use crate::core::words::Words;
use crate::language;
use crate::outcome::{Context, Outcome, fail};
use crate::store::Store;

const AFTER_HELP: &str = "\
Run with no command to start (or resume) the interview.

Exit status:
  0    finished
  1    error, or the interview did not finish (the input ended, or quit)
  2    bad usage or a bad input file
  130  interrupted by Ctrl-C (the session was saved first)

Plain mode (--plain) asks line by line: prompts on stderr, the summary on
stdout. It also runs when FITCHECK_PLAIN or ACCESSIBLE is set, TERM is dumb,
or input or output is not a terminal. Type help at any question.
fitcheck --plain --remember keeps plain mode on for good; --no-plain
--remember turns it off.

fitcheck gives information, not medical advice. If anyone is in danger now,
call or text 988, or call 911.";

#[derive(Debug, Parser)]
#[command(
    name = "fitcheck",
    version,
    about = "A calm interview that shows how well a mental-health provider's role fits your child's needs",
    after_help = AFTER_HELP
)]
pub struct Cli {
    /// Use another folder of questions instead of the built-in ones.
    #[arg(long, value_name = "DIR", global = true)]
    pub questions: Option<PathBuf>,

    /// Keep sessions in this folder (also: FITCHECK_DATA_DIR).
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// Ask line by line, for screen readers, pipes and scripts.
    #[arg(long, global = true, conflicts_with = "no_plain")]
    pub plain: bool,

    /// Use the full-screen interview this time, even if plain mode is remembered.
    #[arg(long, global = true)]
    pub no_plain: bool,

    /// With --plain or --no-plain: remember the choice for every start.
    #[arg(long, global = true)]
    pub remember: bool,

    /// The language: en (English) or es (Spanish). Also: FITCHECK_LANG, or
    /// the system's language.
    #[arg(long, value_name = "LANG", global = true)]
    pub lang: Option<String>,

    /// Start a new session with these answers and ask only what is missing
    /// ("-" reads them from standard input).
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a folder of questions and report every problem.
    CheckQuestions {
        /// The folder to check (default: the built-in questions).
        dir: Option<PathBuf>,
    },
    /// List provider titles, or explain one.
    Roles {
        /// A title, such as "QMHA" or "skills trainer".
        title: Option<Vec<String>>,
    },
    /// Print the summary of a session, or of an answers file.
    Summary {
        /// Session id (a unique start is enough) or label. Default: the
        /// latest finished session.
        session: Option<String>,
        /// Compute the summary from an answers file instead ("-": standard input); nothing is saved.
        #[arg(long, value_name = "FILE", conflicts_with = "session")]
        answers: Option<PathBuf>,
        /// How to write it.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace an existing --output file (never a symbolic link).
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// List saved sessions, newest first.
    List {
        /// How to write it.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Continue a session: the latest unfinished one by default.
    Resume {
        /// Session id (a unique start is enough) or label.
        session: Option<String>,
    },
    /// Write a session as JSON, to keep or move: fitcheck export ID > session.json
    Export {
        /// Session id (a unique start is enough) or label.
        session: String,
    },
    /// Add a session from a file written by `export`, as a new session
    /// ("-" reads it from standard input).
    Import {
        /// A file written by `fitcheck export`.
        file: PathBuf,
    },
    /// Give a session a label, such as "Maya - skills trainer".
    Rename {
        /// Session id (a unique start is enough) or label.
        session: String,
        /// The new label, such as the child's first name ("" removes it).
        label: String,
    },
    /// Print a shell completion script: bash, zsh, fish or powershell.
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man`.
    Man,
    /// Delete a session (asks first unless --yes).
    Delete {
        /// Session id or label.
        #[arg(required_unless_present = "all")]
        session: Option<String>,
        /// Delete every saved session.
        #[arg(long, conflicts_with = "session")]
        all: bool,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
}

/// Writes a line to stderr, wrapped at spaces to the terminal's width when
/// it is a terminal.
fn say(line: &str) {
    let width = std::io::stderr()
        .is_terminal()
        .then(crate::plain::terminal_width)
        .flatten();
    match width {
        Some(w) => eprint!("{}", crate::plain::prompt::fit(line, w)),
        None => eprintln!("{line}"),
    }
}

/// The plain-mode choice for this run: the command line's, else the
/// settings file's. With --remember, saves the command line's choice first.
/// A settings file that cannot be read is named on stderr and the
/// defaults are used; it is never written over.
fn plain_choice(s: &Words, cli: &Cli) -> Result<Option<bool>, Outcome> {
    let asked = if cli.plain {
        Some(true)
    } else if cli.no_plain {
        Some(false)
    } else {
        None
    };
    let Some(path) = crate::store::settings::path() else {
        if cli.remember {
            eprintln!("fitcheck: {}", s.SETTINGS_NOWHERE);
        }
        return Ok(asked);
    };
    let shown = path.display().to_string();
    if cli.remember {
        let Some(on) = asked else {
            return Err(fail(Outcome::Usage, s.REMEMBER_WHAT));
        };
        match crate::store::settings::remember_plain(s, &path, on) {
            Ok(_) => {
                let line = if on {
                    s.REMEMBERED_PLAIN
                } else {
                    s.REMEMBERED_WIZARD
                };
                eprintln!("{}", line.replace("{path}", &shown));
            }
            Err(reason) => {
                let line = crate::core::text::fill_with(
                    s.SETTINGS_NOT_SAVED,
                    &[("path", &shown), ("reason", &reason.message(s))],
                );
                say(&format!("fitcheck: {}", clean(&line, true)));
            }
        }
        return Ok(asked);
    }
    match crate::store::settings::load(&path) {
        Ok(settings) => Ok(asked.or(settings.plain.then_some(true))),
        Err(reason) => {
            let line = crate::core::text::fill_with(
                s.SETTINGS_BROKEN,
                &[("path", &shown), ("reason", &reason.message(s))],
            );
            say(&format!("fitcheck: {}", clean(&line, true)));
            Ok(asked)
        }
    }
}

/// Parses the command line and runs it.
/// "0.1.0 (questions 2026.12.1, checked 2026-11-24)": the program's version
/// and the built-in question bank's, read from its small `bank.json` alone.
pub fn long_version() -> String {
    let bank = Bank::embedded_files()
        .iter()
        .find(|(name, _)| *name == "bank.json")
        .and_then(|(_, text)| serde_json::from_str::<serde_json::Value>(text).ok());
    let field = |k: &str| {
        bank.as_ref()
            .and_then(|b| b[k].as_str())
            .unwrap_or("unknown")
            .to_string()
    };
    format!(
        "{} (questions {}, checked {})",
        env!("CARGO_PKG_VERSION"),
        field("version"),
        field("last_checked")
    )
}

/// Ends the process for a clap error, or shows the help or version it
/// stands for; in Spanish, clap's own words in the help are Spanish too,
/// and an error is fitcheck's own Spanish message, with clap's exit status.
fn clap_exit(e: clap::Error, lang: Lang, args: &[std::ffi::OsString], cmd: &clap::Command) -> ! {
    use clap::error::ErrorKind;
    let shows = matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion);
    if lang == Lang::Es && !shows && e.use_stderr() {
        let message = language::clap_error(&e, args, cmd);
        say(&format!("fitcheck: {}", clean(&message, true)));
        std::process::exit(e.exit_code());
    }
    if lang == Lang::Es && shows {
        let styled = e.render();
        let text = if std::io::stdout().is_terminal() {
            styled.ansi().to_string()
        } else {
            styled.to_string()
        };
        let _ = crate::cmd::print_bytes(
            Words::of(lang),
            language::spanish_help_text(&text).as_bytes(),
        );
        std::process::exit(0);
    }
    e.exit()
}

pub fn run() -> Outcome {
    let version: &'static str = Box::leak(long_version().into_boxed_str());
    // The language comes first: clap's help is in it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang_flag = language::flag(&args);
    let lang_asked =
        lang_flag.is_some() || std::env::var("FITCHECK_LANG").is_ok_and(|v| !v.trim().is_empty());
    let lang = match language::choose(lang_flag.as_deref(), |v| std::env::var(v).ok()) {
        Ok(l) => l,
        Err(e) => return fail(Outcome::Usage, e.message()),
    };
    let s = Words::of(lang);
    let mut command = Cli::command().version(version);
    if lang == Lang::Es {
        command = language::spanish(command);
    }
    let matches = match command.try_get_matches_from_mut(&args) {
        Ok(m) => m,
        Err(e) => clap_exit(e, lang, &args, &command),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => clap_exit(e, lang, &args, &command),
    };
    match &cli.command {
        Some(Command::CheckQuestions { dir }) => {
            return crate::cmd::check_questions(s, dir.as_deref().or(cli.questions.as_deref()));
        }
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "fitcheck", &mut out);
            return crate::cmd::print_bytes(s, &out);
        }
        Some(Command::Man) => {
            let mut out = Vec::new();
            let man = clap_mangen::Man::new(Cli::command().version(version));
            if let Err(e) = man.render(&mut out) {
                return fail(Outcome::Error, e);
            }
            return crate::cmd::print_bytes(s, &out);
        }
        _ => {}
    }
    let bank = match load_bank(cli.questions.as_deref(), lang) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let dir = cli.data_dir.clone().or_else(Store::default_dir);
    let Some(dir) = dir else {
        return fail(Outcome::Error, s.CLI_NO_DATA_DIR);
    };
    let bank = std::sync::Arc::new(bank);
    let ctx = Context {
        store: Store::at(dir).with_bank(bank.clone()),
        bank,
        questions: cli.questions.clone(),
        lang_asked,
    };
    ctx.store.check_dir();
    ctx.store.sweep_stale();
    print_notices(&ctx.store);
    let interview = matches!(cli.command, None | Some(Command::Resume { .. }));
    if cli.remember && !interview {
        return fail(Outcome::Usage, s.REMEMBER_WHERE);
    }
    // Only the interview reads the settings: the other commands never
    // depend on them.
    let plain = if interview {
        match plain_choice(s, &cli) {
            Ok(p) => p,
            Err(code) => return code,
        }
    } else {
        None
    };
    let status = match cli.command {
        None => crate::cmd::start(&ctx, plain, cli.answers.as_deref(), None),
        Some(Command::Resume { session }) => {
            crate::cmd::start(&ctx, plain, cli.answers.as_deref(), Some(session))
        }
        Some(Command::CheckQuestions { .. } | Command::Completions { .. } | Command::Man) => {
            unreachable!("handled above")
        }
        Some(Command::Roles { title }) => crate::cmd::roles(&ctx, title.map(|t| t.join(" "))),
        Some(Command::Summary {
            session,
            answers,
            format,
            output,
            force,
        }) => crate::cmd::summary(
            &ctx,
            session.as_deref(),
            answers.as_deref(),
            format,
            output.as_deref().map(|p| (p, force)),
        ),
        Some(Command::List { format }) => crate::cmd::list(&ctx, format),
        Some(Command::Export { session }) => crate::cmd::export(&ctx, &session),
        Some(Command::Import { file }) => crate::cmd::import(&ctx, &file),
        Some(Command::Rename { session, label }) => crate::cmd::rename(&ctx, &session, &label),
        Some(Command::Delete { session, all, yes }) => {
            crate::cmd::delete(&ctx, session.as_deref(), all, yes)
        }
    };
    print_notices(&ctx.store);
    status
}
