//! The words of fitcheck's own chrome: labels, headings, messages and the
//! sentence templates that join content from `questions/` into explanations.
//! Content itself (questions, roles, needs, questions to ask) lives in
//! `questions/`. Placeholders in braces are filled in by the caller.

// Explanations built by scoring.
pub const AND: &str = "and";
pub const PROVIDER_N: &str = "Provider {n}";
pub const NO_TITLE: &str = "We do not know this person's title yet, so we cannot say if they are trained for {capability}.";
pub const ALL_CANDIDATES_TRAINED: &str =
    "Every title this could be ({roles}) includes training for {capability}.";
pub const ALL_CANDIDATES_VARY: &str =
    "For every title this could be ({roles}), training for {capability} depends on the person.";
pub const NO_CANDIDATE_TRAINED: &str =
    "None of the titles this could be ({roles}) includes training for {capability}.";
pub const SOME_CANDIDATES_TRAINED: &str = "It depends on the exact title. Of the titles this could be, these include training for {capability}: {trained}.";
pub const SOME_CANDIDATES_MAY: &str = "It depends on the exact title and the person. Of the titles this could be, these may include training for {capability}: {varies}.";
pub const UNMET_NO_TEAM: &str = "No provider was added yet, so nobody is covering {need}.";
pub const UNMET_MAYBE: &str =
    "Nobody on the team is clearly trained for {need}. It depends on the people: ask.";
pub const UNMET_NOBODY: &str = "Nobody on the team is trained for {need}.";

// Reasons a question to ask was chosen.
pub const REASON_GAP: &str = "You marked {need} as \u{201c}{level}\u{201d}, and {provider}'s role does not include training in {capability}.";
pub const REASON_UNSURE: &str = "You marked {need} as \u{201c}{level}\u{201d}. Whether {provider} is trained in {capability} depends on the person.";
pub const REASON_MISMATCH: &str =
    "You hope for \u{201c}{expectation}\u{201d} from {provider}, and their role may not offer it.";
pub const REASON_UNLICENSED: &str = "{provider} is a {role}. This role has no license to practice on its own, so someone else oversees the work.";
pub const REASON_UNKNOWN: &str = "We could not tell {provider}'s role from the title.";
pub const REASON_ANSWERED: &str =
    "To \u{201c}{question}\u{201d} you answered \u{201c}{option}\u{201d}.";
pub const REASON_ANSWER: &str = "One of your answers about how things are going points to this.";
pub const REASON_ALWAYS: &str = "Good to ask any provider.";

// The printed summary (text and Markdown).
pub const SUMMARY_TITLE: &str = "fitcheck summary";
pub const PRINTED_ON: &str = "Printed on {date}.";
pub const UNFINISHED: &str =
    "Some questions are not answered yet, so this summary is not complete.";
pub const NEEDS_HEADING: &str = "The needs you rated";
pub const NO_NEEDS: &str = "No need was rated above \u{201c}not a concern\u{201d}.";
pub const PROVIDER_HEADING: &str = "{label}: {role}";
pub const TITLE_TYPED: &str = "Title you gave: {title}";
pub const CANDIDATES: &str = "The title could mean: {roles}.";
pub const FIT_LINE: &str = "Fit: {fit} of 100. {verdict}.";
pub const FIT_UNKNOWN: &str = "Fit: cannot tell yet. {verdict}.";
pub const COL_NEED: &str = "Need";
pub const COL_URGENCY: &str = "How urgent";
pub const COL_COVERAGE: &str = "Training";
pub const SOURCE: &str = "Source: {source}";
pub const MISMATCH_HEADING: &str = "What you hope for that this role may not offer";
pub const UNMET_HEADING: &str = "What nobody on the team covers";
pub const NO_PROVIDERS: &str = "No provider was added yet.";
pub const ASKS_HEADING: &str = "Questions to ask at the next meeting";
pub const ASK_FOR: &str = "For {providers}.";
pub const WHY: &str = "Why: ";
pub const ABOUT_HEADING: &str = "About this summary";
pub const BANK_LINE: &str = "Question bank version {version}, facts last checked {checked}.";

// Saved sessions: the store, autosave and the session commands.
pub const NO_SESSIONS: &str = "there are no saved sessions yet. Run fitcheck to start one";
pub const FIND_NONE: &str =
    "no saved session matches \u{201c}{query}\u{201d} (see `fitcheck list`)";
pub const FIND_MANY: &str =
    "\u{201c}{query}\u{201d} matches {n} sessions: {ids}. Type more of the id";
pub const UNREADABLE: &str = "cannot open {bad}. The file was left as it is";
pub const CANNOT_READ_FOLDER: &str = "cannot read the sessions folder {dir}: {error}";
pub const TIGHTENED: &str =
    "{path} could be read by others (permissions {old}); it is now private ({new})";
pub const CANNOT_TIGHTEN: &str =
    "{path} can be read by others (permissions {old}) and could not be made private ({new})";
pub const BAD_SYMLINK: &str =
    "it is a symbolic link to somewhere else; fitcheck only opens its own files";
pub const BAD_ID_MISMATCH: &str = "it holds the session \u{201c}{id}\u{201d}, which does not match the file's name (to add a copied session, use `fitcheck import FILE`)";
pub const BAD_FOLDER: &str = "it is a folder, not a session file";
pub const BAD_SPECIAL: &str = "it is not a regular file";
pub const BAD_TOO_LARGE: &str = "it is too large to be a fitcheck session ({mb} MB)";
pub const BAD_CHANGED: &str = "it changed while it was being opened; try again";
pub const REFUSE_REPLACE: &str = "{path} is in the way and was left as it is: {reason}";
pub const SAVE_FAILED: &str = "Could not save to {dir}: {error}. Your answers are kept here and saving will be tried again after your next answer.";
pub const SKIPPED: &str = "skipped";

// The history part of the printed summary.
pub const HISTORY_HEADING: &str = "Since your first visit on {date}";
pub const HISTORY_VISITS: &str = "You came back {n} times, most recently on {date}.";
pub const HISTORY_VISIT_ONE: &str = "You came back once, on {date}.";
pub const HISTORY_NOTE: &str = "Your note from {date}: {note}";
pub const HISTORY_BETTER: &str = "Better";
pub const HISTORY_WORSE: &str = "Worse";
pub const HISTORY_SAME: &str = "No change";
/// Between need names in one line (names may hold commas: "A steady, caring adult").
pub const HISTORY_LIST_SEP: &str = "; ";
pub const HISTORY_NEW: &str = "Newly rated";
pub const HISTORY_NOT_YET: &str = "Not rated again yet";
pub const HISTORY_NEED: &str = "{name}: was \u{201c}{first}\u{201d}, now \u{201c}{now}\u{201d}";
pub const HISTORY_NEED_ONE: &str = "{name}: \u{201c}{level}\u{201d}";
pub const HISTORY_ANSWER: &str = "{prompt} Was \u{201c}{first}\u{201d}, now \u{201c}{now}\u{201d}.";
pub const NO_PLAN_MONTHS: &str =
    "{provider} has been involved for about {months}, and there is no written plan.";
pub const NO_PLAN_SINCE: &str =
    "{provider} has been involved since \u{201c}{since}\u{201d}, and there is no written plan.";
pub const NO_PLAN: &str = "There is no written plan for {provider}.";
pub const NO_PLAN_STILL: &str =
    "There was no written plan at your first visit, {months} ago, and there is still none.";
pub const MONTHS_LESS: &str = "less than a month";
pub const MONTHS_ONE: &str = "1 month";
pub const MONTHS_N: &str = "{n} months";
pub const ASKED_HEADING: &str = "Questions you asked";
pub const ASKED_ON: &str = "Asked on {date}.";
pub const ASKED_REPLY: &str = "The answer you noted: {reply}";
pub const OLDER_HEADING: &str = "Answers from an older version of the questions";
pub const OLDER_INTRO: &str =
    "fitcheck no longer asks these questions. Your answers are kept in the session.";
pub const OLDER_PROVIDER: &str = "provider {n}";

// The session commands (list, summary, import, rename, delete, resume).
pub const SUMMARY_SAVED: &str = "Saved the summary to {path}";
pub const LIST_ID: &str = "ID";
pub const LIST_LABEL: &str = "LABEL";
pub const LIST_CREATED: &str = "CREATED";
pub const LIST_UPDATED: &str = "UPDATED";
pub const LIST_PROGRESS: &str = "PROGRESS";
pub const LIST_FINISHED: &str = "finished";
pub const LIST_SKIPPED: &str = "skipped {bad} (the file was left as it is)";
pub const LIST_EMPTY: &str = "No saved sessions yet. They will be kept in {dir}.";
pub const IMPORT_BAD: &str = "cannot import {file}: {reason}. Nothing was saved";
pub const IMPORT_ANSWERS_HINT: &str =
    "It looks like an answers file: to start a session from it, run fitcheck --answers FILE";
pub const IMPORTED: &str = "Imported as a new session {id} ({path})";
pub const CANNOT_SAVE: &str = "cannot save in {dir}: {error}";
pub const RENAMED: &str = "Session {id} is now called \u{201c}{label}\u{201d}";
pub const CONFIRM_TYPE_YES: &str = "Type yes to confirm:";
pub const DELETE_ONE: &str = "the session \u{201c}{name}\u{201d} ({id})";
pub const DELETE_ALL_ONE: &str = "the only saved session in {dir}";
pub const DELETE_ALL_N: &str = "all {n} saved sessions in {dir}";
pub const DELETE_CONFIRM: &str = "Delete {what}? This cannot be undone.";
pub const DELETE_NEEDS_YES: &str = "to delete {what} without a terminal to confirm on, add --yes";
pub const DELETE_CANCELLED: &str = "Nothing was deleted.";
pub const DELETE_NOTHING: &str = "There are no saved sessions to delete.";
pub const DELETED: &str = "Deleted {what}.";
pub const DELETED_ALL: &str = "Deleted {n} saved sessions from {dir}.";
pub const DELETE_LEFT: &str = "These files could not be read as sessions, so they were left in place. Delete them yourself if you no longer need them:";
pub const ALL_FINISHED: &str = "every saved session is finished. To check in on one, name it: fitcheck resume ID (see `fitcheck list`)";

// Plain mode (src/plain/): the interview line by line. Printed as they are:
// one line each, no colour, no cursor movement, no box drawing.
pub const PLAIN_WELCOME: &str =
    "fitcheck, line by line. Answer each question on one line and press Enter.";
pub const PLAIN_COMMANDS: &str =
    "At any question you can type: help, back, skip, roles TITLE, or quit.";
pub const PLAIN_RESUMING: &str =
    "Going on with session {id}: {answered} of {applicable} questions answered.";
pub const PLAIN_PRESEEDED: &str = "{answered} of {applicable} questions were answered from the file; asking only what is missing.";
pub const PLAIN_QUESTION: &str = "Question {n} of {total}: {prompt}";
pub const PLAIN_SECTION_PROVIDER: &str = "{section}: provider {n}";
pub const PLAIN_OPTION: &str = "  {n}. {text}";
pub const PLAIN_OPTION_HINT: &str = "  {n}. {text} ({hint})";
pub const PLAIN_EARLIER: &str = "Your answer before: {answer}. Press Enter to keep it.";
pub const PLAIN_SKIPPED: &str = "skipped";
pub const PLAIN_NONE: &str = "none";
/// Between the options of a multiple-choice answer shown back (option words may hold commas).
pub const PLAIN_AND: &str = "; ";
pub const PLAIN_OR: &str = "or";
pub const PLAIN_INPUT: &str = "> ";
pub const PLAIN_HOW_SINGLE: &str = "Type a number from 1 to {max}, or the words.";
pub const PLAIN_HOW_MULTI: &str =
    "Type every number or words that fit, separated by commas, or none.";
pub const PLAIN_HOW_LEVEL: &str = "Type a number from 0 to 3, or the words.";
pub const PLAIN_HOW_TEXT: &str = "Type your answer.";
pub const PLAIN_HOW_TITLE: &str = "Type the title as you heard it.";
pub const PLAIN_HOW_SKIP: &str = "Or type skip.";
pub const PLAIN_HELP_HEADING: &str = "Help for this question:";
pub const PLAIN_HELP_WORDS: &str = "Words that work at every question:";
pub const PLAIN_HELP_LINES: [&str; 7] = [
    "  back         go back to the question before",
    "  skip         skip this question, where that is allowed",
    "  help         show this help",
    "  roles        list the provider titles fitcheck knows",
    "  roles TITLE  explain a title, such as: roles QMHA",
    "  quit         stop here; your answers are saved",
    "Press Enter on an answered question to keep the answer.",
];
pub const PLAIN_LEVEL_HINT: &str = "  {n}. {label}: {hint}";
pub const PLAIN_FIRST: &str = "This is the first question; there is nothing before it.";
pub const PLAIN_NOT_HERE: &str = "\u{201c}{word}\u{201d} does not work here.";
pub const PLAIN_NO_OPTION: &str = "There is no option {n}. {how}";
pub const PLAIN_NOT_AN_OPTION: &str = "\u{201c}{typed}\u{201d} is not one of the options. {how}";
pub const PLAIN_AMBIGUOUS: &str =
    "\u{201c}{typed}\u{201d} could mean {options}. Type more of the words, or the number.";
pub const PLAIN_EMPTY: &str = "Nothing was typed. {how}";
pub const PLAIN_TITLE_ONE: &str = "Matched: {role}.";
pub const PLAIN_TITLE_MANY: &str = "This title could mean: {roles}.";
pub const PLAIN_TITLE_UNKNOWN_ROLE: &str = "Noted: {title}.";
pub const PLAIN_TITLE_NONE: &str = "No title fitcheck knows matched \u{201c}{typed}\u{201d}. The closest are: {closest}. It is kept as a title fitcheck does not know; type back to change it.";
pub const PLAIN_CRISIS_AFTER: &str = "The questions go on when you are ready.";
pub const PLAIN_SAVE_FAILED: &str = "fitcheck: {message}";
pub const PLAIN_SAVED_AGAIN: &str = "Saving works again: your answers are saved.";
pub const PLAIN_NOT_SAVED: &str = "fitcheck: your answers could not be saved. Here they are: keep them in a file, and start again from them with fitcheck --answers FILE";
pub const PLAIN_NOT_SAVED_SIGNAL: &str =
    "Your latest answers could not be saved (see the message above).";
pub const PLAIN_SAVED_AT: &str = "Your answers are saved in {path}.";
pub const PLAIN_NOTHING_SAVED: &str = "Nothing was answered, so nothing was saved.";
pub const PLAIN_RESUME_WITH: &str = "To go on later: fitcheck resume {id}";
pub const PLAIN_SUMMARY_WITH: &str = "To see the summary again: fitcheck summary {id}";
pub const PLAIN_QUIT: &str = "Stopped here.";
pub const PLAIN_INTERRUPTED: &str = "Interrupted.";
pub const PLAIN_EOF: &str = "fitcheck: the input ended before the interview did. Not answered yet: {id} (\u{201c}{prompt}\u{201d}).";
pub const PLAIN_FINISHED_SESSION: &str = "Session {id} is finished.";
pub const PLAIN_FINISHED_CHOICES: [&str; 2] = [
    "Check in: answer the needs and progress questions again",
    "Show the results",
];
pub const PLAIN_FINISHED_HELP: &str = "A check-in asks again how urgent each need is and how things are going, to see what changed; your earlier answers are kept. You can also type roles TITLE, or quit.";
pub const PLAIN_FINISHED_EOF: &str = "fitcheck: the input ended before a choice was made.";
