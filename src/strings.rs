//! The words of fitcheck's own chrome: labels, headings, messages and the
//! sentence templates that join content from `questions/` into explanations.
//! Content itself (questions, roles, needs, questions to ask) lives in
//! `questions/`. Placeholders in braces are filled in by the caller.

// Explanations built by scoring.
pub const AND: &str = "and";
/// How an item of a list shows it has "and" inside it.
pub const AND_INSIDE: &str = " and ";
pub const PROVIDER_N: &str = "Provider {n}";
/// An unnamed provider, by their title: "the LCSW".
pub const PROVIDER_TITLE: &str = "the {title}";
/// Two unnamed providers with one title: "the LCSW (provider 2)".
pub const PROVIDER_TITLE_N: &str = "{title} (provider {n})";
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
    "Nobody you told us about is clearly trained for {need}. It depends on the people: ask.";
pub const UNMET_ONLY_ONE: &str =
    "{provider}'s training does not cover {need}, and you told us about nobody else.";
pub const UNMET_NOBODY: &str = "Nobody you told us about is trained for {need}.";
pub const WATCH_NOTE: &str = "Nothing needs action now for {need}. If that changes, who would step in? Nobody you told us about is clearly trained for it.";
pub const SUPERVISED_TITLE: &str = "{role} associate, not yet fully licensed";
pub const THIS_ROLE: &str = "this role";
/// The reason of a need that calls for several kinds of training, led by
/// the one that decides it.
pub const LINE_DECIDED_BY: &str = "{capability}: {reason}";
/// Before the reason of a need only to keep an eye on, in every table.
pub const LINE_WATCH: &str = "Only to keep an eye on, so it does not count in the fit.";
/// Before a need line's reason when the safety answers set its level.
pub const LINE_FROM_SAFETY: &str = "This level comes from your answers to the safety questions.";
/// After a need's name in the list of needs when the safety answers set its level.
pub const NEED_FROM_SAFETY: &str = "(from your safety answers)";
pub const LINE_OTHER_SPECIALTY: &str = "{capability} is a separate specialty. It is not part of {role} training, and that is not a failing. Someone else on the team should cover it.";

// Why a verdict is what it is. {role} is the role's short name, {provider} the person.
pub const VT_COVERS: &str = "Of what needs action now, {role} training covers {needs}.";
pub const VT_ASK: &str = "For {needs}, it depends on the person: ask them.";
pub const VT_NOT_COVERS: &str = "It does not cover {needs}.";
pub const VT_COVERS_NONE: &str = "{role} training does not cover {needs}, which need action now.";
pub const VT_TITLE_MISSING: &str =
    "We do not have {provider}'s job title yet, so we cannot say what their role covers.";
pub const VT_TITLE_NOT_KNOWN_YET: &str = "You do not know {provider}'s title yet, so we cannot say what their role covers. Ask for their exact title, and whether they have a license.";
pub const VT_TITLE_NO_MATCH: &str = "The title \u{201c}{title}\u{201d} does not match a title we know, so we cannot say what {provider}'s role covers. Ask for their exact title.";
pub const VT_TITLE_UNCLEAR: &str = "The title \u{201c}{title}\u{201d} could mean {roles}. These differ in training, so we cannot say yet. Ask about their license and degree.";
pub const VT_OTHER_SPECIALTY: &str = "What needs action now ({needs}) is a separate specialty. {role} training does not include it, and that is not {provider}'s failing.";
pub const CAP_URGENT: &str = "It cannot be a good fit while you rate {need} as urgent and {role} training does not cover it.";
pub const CAP_EXPECTATION: &str = "You hope for \u{201c}{expectation}\u{201d} from {provider}, and {role} training does not include it. That needs to be talked about.";
pub const CAP_SAFETY: &str = "While action is needed on {need}, nobody you told us about is trained to judge the risk and write a safety plan. No one can be a good fit until someone is.";

// Reasons a question to ask was chosen.
pub const REASON_GAP: &str = "You marked {need} as \u{201c}{level}\u{201d}, and {provider}'s role does not include training in {capability}.";
pub const REASON_UNSURE: &str = "You marked {need} as \u{201c}{level}\u{201d}. Whether {provider} is trained in {capability} depends on the person.";
pub const REASON_MISMATCH: &str =
    "You hope for \u{201c}{expectation}\u{201d} from {provider}, and their role may not offer it.";
pub const REASON_UNLICENSED: &str = "{provider} is a {role}. This role has no license to practice on its own, so someone else oversees the work.";
pub const REASON_SUPERVISED: &str = "{provider}'s title says they are not yet fully licensed. They work under a licensed supervisor, who answers for the care.";
pub const REASON_PEER: &str = "{provider} is a {role}. Peers bring their own lived experience, are certified rather than licensed, and have a supervisor.";
pub const REASON_COVERED_BY_OTHER: &str = "{provider} is not trained for {need}, but someone else on the team is. The team should work on it together.";
pub const REASON_ASSESS: &str =
    "You marked {need} as \u{201c}{level}\u{201d}, and nobody you told us about can assess it.";
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
pub const FIT_UNKNOWN: &str = "Fit: {verdict}.";
pub const COL_NEED: &str = "Need";
pub const COL_URGENCY: &str = "How urgent";
pub const COL_COVERAGE: &str = "Training";
pub const SOURCE: &str = "Source: {source}";
pub const MISMATCH_HEADING: &str = "What you hope for that this role may not offer";
pub const UNMET_HEADING: &str = "What nobody you told us about covers";
pub const WATCH_HEADING: &str = "To keep an eye on";
pub const MORE_ASKS_HEADING: &str = "More questions, when there is time";
/// `fitcheck roles "LPC Associate"`, before the profession's entry.
pub const SUPERVISED_GLOSSARY: &str = "This title means the person has finished the training below but is not yet fully licensed. They work under a licensed supervisor, who answers for the care. Ask who that is. What follows describes the fully licensed role.";
pub const SUPERVISED_SHORT: &str = "they work under a licensed supervisor";
pub const SUPERVISED_LINE: &str = "Their title says they are not yet fully licensed. They work under a licensed supervisor, who answers for the care.";
pub const STRENGTHS_HERE: &str = "What their training covers for your child: {needs}.";
pub const STRENGTHS_ROLE: &str = "What a {role} does well: {things}.";
pub const NO_PROVIDERS: &str = "No provider was added yet.";
pub const ASKS_HEADING: &str = "Bring these to the next meeting";
pub const ASK_FOR: &str = "For {providers}.";
pub const WHY: &str = "Why: ";
pub const ABOUT_HEADING: &str = "About this summary";
/// Said when the content is past its review date.
pub const REVIEW_OVERDUE: &str =
    "The facts in fitcheck were due to be checked again by {review_by}. Some may be out of date.";
pub const BANK_LINE: &str = "Question bank version {version}, facts last checked {checked}.";

// The page to print (src/html.rs), with PRINTED_ON, UNMET_HEADING and SOURCE above.
pub const HTML_LANG: &str = "en";
pub const HTML_TITLE: &str = "fitcheck summary {date}";
pub const HTML_HEADING: &str = "Does this provider fit my child's needs?";
pub const HTML_UNFINISHED: &str = "Some questions are not answered yet.";
pub const HTML_CRISIS: &str = "If your child is in danger now";
pub const HTML_FITS: &str = "How each provider fits";
pub const HTML_FIT_OF: &str = ", {fit} out of 100";
pub const HTML_ALL_COVERED: &str = "Every need you rated is covered by someone.";
pub const HTML_BRING: &str = "Bring these questions";
pub const HTML_MORE: &str = "More questions";
pub const HTML_WHY: &str = "Why: need by need";
pub const HTML_BANK: &str = "Questions version {version}, checked {checked}.";

// The wizard (src/tui): its chrome. Keys are written as the parent presses them.
pub const APP_NAME: &str = "fitcheck";
pub const MARKER: &str = "›";
pub const TICKED: &str = "[x]";
pub const UNTICKED: &str = "[ ]";
pub const SAVED: &str = "Saved";
pub const SAVING: &str = "Saving";
pub const NOT_SAVED: &str = "Not saved";
pub const SECTION_PROGRESS: &str = "{section} · {n} of {m}";
/// A section's question count that may still change with the answers to come.
pub const ABOUT_N: &str = "about {n}";
pub const PROVIDER_PROGRESS: &str = "{section} · {provider} · {n} of {m}";
pub const RESULTS: &str = "Results";
pub const HEADER: &str = "{app} · {place}";
pub const MORE_BELOW: &str = "more below ↓";
/// Under the crisis lines when a small window cannot show them all.
pub const CRISIS_MORE: &str = "More help below: press ↓ to see it.";
pub const MORE_ROWS: &str = "⋮ more: ↑↓ to see them";
pub const WELCOME_HEADER: &str = "Welcome";

pub const WELCOME_WHAT: &str = "fitcheck asks about your child's needs and the title of the person helping. Then it shows how well that role fits, and what to ask at the next meeting. About ten minutes.";
pub const WELCOME_SAVED_HERE: &str =
    "Your answers are saved as you go, and they stay on this computer.";
pub const WELCOME_BULLET: &str = "• ";
pub const WELCOME_RESUME: &str =
    "Continue where you left off ({answered} of {applicable} answered, {date})";
pub const WELCOME_RESUME_LABEL: &str =
    "Continue \u{201c}{label}\u{201d} ({answered} of {applicable} answered, {date})";
pub const WELCOME_NEW: &str = "Start a new interview";
pub const WELCOME_PLAIN: &str =
    "Screen reader? Run fitcheck --plain --remember for line-by-line questions.";
/// For a parent who reads the other language, in that language.
pub const WELCOME_OTHER_LANG: &str = "En español: oprima la tecla l";
pub const WELCOME_BACK: &str = "Welcome back. This interview from {date} is finished.";
pub const WELCOME_CHECKIN: &str = "Check in: rate the needs and the progress again";
pub const WELCOME_VIEW: &str = "See the results and the questions to ask";
pub const WELCOME_CHECKIN_GO_ON: &str = "Go on with the check-in you started on {date}";
pub const RESULTS_BEFORE_CHECKIN: &str = "A check-in is in progress. These are your results as they were before it. To go on with the check-in, choose it on the first screen.";

pub const SKIP: &str = "Skip this question";
pub const TITLE_FIELD: &str = "Their title";
pub const TEXT_FIELD: &str = "Your answer";
pub const TITLE_UNKNOWN: &str = "I don't know their title";
pub const TITLE_ONE_ROLE: &str = "{name} · {role}";
pub const TITLE_MANY_ROLES: &str = "{name} · could be {roles}";
pub const TITLE_NO_MATCH: &str = "No title matches \u{201c}{typed}\u{201d}. Choose one from the list, or press Enter again to keep what you typed.";
pub const TYPED_NOT_KEPT: &str = "You typed \u{201c}{typed}\u{201d}. To keep it, press Tab, then Enter. To leave it out, press Enter again.";
pub const MULTI_NONE: &str = "Nothing is ticked. Press Space to tick what applies, then Enter. To tick nothing, press Enter again.";
pub const ANSWER_SKIPPED: &str = "Skipped";
pub const ANSWER_NONE: &str = "None";
pub const ANSWER_AT: &str = "{section} · {prompt}";
pub const ANSWER_AT_PROVIDER: &str = "{section} · {provider} · {prompt}";

pub const CRISIS_INTRO: &str = "You said someone may be in danger. Please reach out now:";
/// The crisis screen for a recent worry rather than danger right now.
pub const CRISIS_INTRO_RECENT: &str = "You told us harm or danger has come up, in the past few weeks or before, or that you worry about it. You do not have to wait for things to get worse. You can reach someone today:";
pub const CRISIS_AFTER: &str =
    "Your answers are saved. fitcheck will be here when you are ready to go on.";
pub const CRISIS_CONTINUE: &str = "When you are ready to go on, press c.";
/// The key that dismisses the crisis screen; [`CRISIS_CONTINUE`] names it.
pub const CRISIS_KEY: char = 'c';
pub const CRISIS_REMIND: &str = "To go on, press c. To stop here, press q.";

pub const TAB_RESULTS: &str = "Results";
pub const TAB_ASKS: &str = "Questions to ask";
pub const TAB_ANSWERS: &str = "Your answers";
pub const FIT_OF: &str = "{fit} of 100";
pub const FIT_NONE: &str = "cannot tell yet";
pub const FIT_LABEL: &str = "Fit ";
pub const ASKS_INTRO: &str = "Ask these at the next meeting, most important first. Press Space to mark one as asked, or Enter to note what they said; p prints them all.";
pub const ASKS_NONE: &str = "No questions to ask came up from your answers.";
pub const ASK_WHY: &str = "Why it matters: ";
pub const ASK_REASON: &str = "Why for you: ";
pub const ANSWERS_INTRO: &str =
    "Choose an answer and press Enter to change it. The results update.";
pub const PRINTED_TO: &str =
    "Saved a page to print: {path} (the text version is beside it). Press o to open it.";
pub const PRINT_FAILED: &str = "Could not save the page to print: {error}";
pub const OPENING: &str = "Opening {path} with {program}. If nothing appears, open it from your Documents folder in a web browser.";
pub const NO_OPENER: &str = "This computer has no program here that opens files on screen. Open {path} in a web browser, then print it.";
pub const OPEN_FAILED: &str =
    "Could not open it ({error}). Open {path} in a web browser, then print it.";
pub const OPEN_NOTHING: &str = "Press p first to save a page to print; then o opens it.";
pub const CHANGED: &str = "Your answer is changed and the results are updated.";
pub const SAVE_RETRIED: &str = "Saved.";

pub const TOO_SMALL: &str = "Please make the window larger.";
pub const TOO_SMALL_SIZE: &str = "This window is {w} columns wide and {h} rows tall. fitcheck needs at least {mw} columns and {mh} rows.";
pub const TOO_SMALL_QUIT: &str = "To quit, press q. Anything you answered is saved.";

pub const HELP_TITLE: &str = "Keys";
pub const HELP_CLOSE: &str = "Press ? or Esc to close.";
pub const HELP: [(&str, &str); 21] = [
    ("↑ ↓  j k", "Move up and down; scroll"),
    (
        "Enter",
        "Choose, or finish typing; on a question to ask, note what they said",
    ),
    (
        "Space",
        "Tick or untick (when several can be chosen); mark a question as asked",
    ),
    (
        "1-9",
        "Highlight an option by its number; Enter chooses it. Where several can be chosen, the number ticks or unticks it",
    ),
    (
        "0-3",
        "On a need: highlight that level (0 not a concern, 3 urgent); Enter chooses it",
    ),
    (
        "b  Backspace",
        "Go back to the question before (not while typing)",
    ),
    (
        "Tab",
        "Move between the text box and the list, or between the result pages",
    ),
    ("g", "What a title means"),
    ("Ctrl-G", "While typing a title: what it means"),
    (
        "p",
        "Save a page to print in your Documents folder (it says where)",
    ),
    ("o", "Open the page just saved, to print it"),
    ("r", "Back to the results (after changing an answer)"),
    (
        "n",
        "On the results: give this session a name, to come back to it by name",
    ),
    ("s", "Try saving again (after a save failed)"),
    (
        "l",
        "English / Español: the whole screen in the other language (not while typing)",
    ),
    ("PgUp PgDn", "Scroll a page"),
    ("?  F1", "Show or hide this list (F1 while typing)"),
    ("q  Esc", "Quit. Your answers are already saved"),
    ("Esc", "While typing: leave the text box"),
    ("Ctrl-C", "Quit at once (your answers are saved)"),
    ("Ctrl-Z", "Put fitcheck aside (saved); fg brings it back"),
];
pub const GLOSSARY_TITLE: &str = "What \u{201c}{title}\u{201d} means";
pub const GLOSSARY_ALL: &str = "Titles";
pub const POPUP_CLOSE: &str = "Esc to close · ↑↓ to scroll";
pub const REPLY_TITLE: &str = "What did they say?";
pub const REPLY_TEXT: &str = "Write down their answer in your own words, so you have it at the next meeting. Enter keeps it and marks the question as asked. You can leave it empty.";
pub const REPLY_FIELD: &str = "Their answer";
pub const CHECKIN_NOTE_TITLE: &str = "Since your last visit";
pub const CHECKIN_NOTE_PROMPT: &str =
    "Anything you want to remember from the last meeting or the weeks since?";
pub const CHECKIN_NOTE_TEXT: &str = "What was tried, what was said, what changed. It is kept with this check-in and printed with the summary. Enter keeps it. You can leave it empty.";
pub const CHECKIN_NOTE_FIELD: &str = "Your note";
pub const LABEL_TITLE: &str = "A name for this session";
pub const LABEL_PROMPT: &str = "What would you like to call it? Your child's first name is enough.";
pub const LABEL_TEXT: &str = "With a name you can come back to it by name, such as: fitcheck resume Dana. It stays on this computer. Enter keeps it. You can leave it empty, and give it one later with n on the results.";
pub const LABEL_FIELD: &str = "Name";
pub const LABEL_SAVED: &str = "This session is now called \u{201c}{label}\u{201d}. To come back to it: fitcheck resume {shell}";
pub const UNSAVED_TITLE: &str = "Your answers are not saved";
pub const UNSAVED_TEXT: &str = "Press p to save a page to print in your Documents folder, s to try saving again, Esc to go back, or q to quit without saving.";

// The key bar: (key, what it does).
pub const KEY_SEP: &str = " · ";
pub const KEY_MOVE: (&str, &str) = ("↑↓", "move");
pub const KEY_SCROLL: (&str, &str) = ("↑↓", "scroll");
pub const KEY_CHOOSE: (&str, &str) = ("Enter", "choose");
pub const KEY_DONE: (&str, &str) = ("Enter", "done");
pub const KEY_OPEN: (&str, &str) = ("Enter", "change");
pub const KEY_TICK: (&str, &str) = ("Space", "tick");
pub const KEY_MARK: (&str, &str) = ("Space", "mark asked");
pub const KEY_BACK: (&str, &str) = ("b", "back");
pub const KEY_LIST: (&str, &str) = ("Tab", "list");
pub const KEY_TYPE: (&str, &str) = ("Tab", "type");
pub const KEY_PAGES: (&str, &str) = ("Tab", "pages");
pub const KEY_LEAVE_FIELD: (&str, &str) = ("Esc", "leave box");
pub const KEY_GLOSSARY: (&str, &str) = ("g", "meaning");
pub const KEY_GLOSSARY_FIELD: (&str, &str) = ("Ctrl-G", "meaning");
pub const KEY_PRINT: (&str, &str) = ("p", "print");
pub const KEY_OPEN_PRINTED: (&str, &str) = ("o", "open it");
pub const KEY_RESULTS: (&str, &str) = ("r", "results");
pub const KEY_QUIT: (&str, &str) = ("q", "quit");
pub const KEY_LANG: (&str, &str) = ("l", "English / Español");
/// After `l`: the language the wizard speaks now.
pub const LANG_NOW: &str = "Now in English. Press l for Spanish (español).";
/// After `l`, when the questions in use are in one language only.
pub const LANG_ONLY_ONE: &str =
    "These questions are in English only, so fitcheck stays in English.";
pub const KEY_STOP_CHECKIN: (&str, &str) = ("Esc", "stop check-in");
pub const KEY_STOP_YES: (&str, &str) = ("y", "stop it");
pub const KEY_STOP_NO: (&str, &str) = ("Esc", "go on");
pub const STOP_CHECKIN_TITLE: &str = "Stop this check-in?";
pub const STOP_CHECKIN_TEXT: &str = "The answers of this check-in are dropped. Your earlier answers and results stay as they were. Press y to stop, or Esc to go on with the check-in.";
pub const CHECKIN_STOPPED: &str =
    "The check-in was stopped. Your answers and results are as they were before it.";
pub const KEY_CLOSE: (&str, &str) = ("Esc", "close");
pub const KEY_CONTINUE: (&str, &str) = ("c", "go on");
pub const KEY_HELP: (&str, &str) = ("?", "keys");
pub const KEY_NOTE: (&str, &str) = ("Enter", "note");
pub const KEY_KEEP_NOTE: (&str, &str) = ("Enter", "keep");
pub const KEY_CANCEL: (&str, &str) = ("Esc", "cancel");
pub const KEY_SKIP: (&str, &str) = ("Esc", "skip");
pub const KEY_HELP_FIELD: (&str, &str) = ("F1", "keys");
pub const KEY_NAME: (&str, &str) = ("n", "name");

// Leaving the wizard (printed to standard error after the terminal is restored).
pub const BYE_SAVED: &str = "Your answers are saved in {path}.";
pub const BYE_CONTINUE: &str = "To pick up where you left off, run: fitcheck";
pub const BYE_FINISHED: &str = "To see the results again, run: fitcheck resume {id}";
pub const BYE_UNSAVED: &str = "Your answers could not be saved: {error}";
pub const PANIC_SAVED: &str = "fitcheck stopped because of a problem in fitcheck itself. Your answers up to the last one are saved in {path}. Run `fitcheck resume` to go on.";
pub const PANIC_NOTHING: &str =
    "fitcheck stopped because of a problem in fitcheck itself. No answers had been saved yet.";
pub const NO_TERMINAL: &str = "cannot start the wizard: {error}. Try `fitcheck --plain`.";

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
pub const SHARED_DIR: &str = "{path} can be read by others (permissions {old}) and holds files that are not fitcheck's, so it is left as it is. Your session files in it are private, but others can see their names. For a folder of their own, use --data-dir.";
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
pub const SAVE_TOO_LARGE: &str = "the session would take {mb} MB, more than the {max} MB fitcheck can read back, so it was not written";
pub const NOT_PLAIN_FILE: &str = "it is not a plain file (a pipe or a device), so it is not read. To read from a pipe, give - and pipe it in";
pub const TEXT_TOO_LONG: &str =
    "this answer is {n} characters long; fitcheck keeps at most {max}. Please shorten it";
pub const SAVE_FAILED: &str = "Could not save to {dir}: {error}. Your answers are kept here and saving will be tried again after your next answer.";
pub const SKIPPED: &str = "skipped";

// The history part of the printed summary.
pub const HISTORY_HEADING: &str = "Since your first visit on {date}";
pub const HISTORY_HEADING_FIRST: &str = "How long this has gone on";
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
pub const OLDER_INTRO: &str = "The questions changed since you gave these answers: fitcheck no longer asks the question, or no longer offers that answer. Your answers are kept in the session. A question that is still asked is asked again.";
pub const OLDER_PROVIDER: &str = "provider {n}";
/// Plain mode, under a question asked again in a check-in.
pub const PLAIN_LAST_TIME: &str =
    "Last time you answered: {answer}. Press Enter to keep it, or type stop to stop this check-in.";
pub const PLAIN_STOP_CHECKIN: &str = "Stop this check-in? Its answers are dropped, and your earlier answers and results stay as they were. Type yes to stop, or anything else to go on.";
pub const PLAIN_CHECKIN_GOES_ON: &str = "The check-in goes on.";
/// Under a question asked again in a check-in.
pub const LAST_TIME: &str = "Last time: {answer}. Enter keeps it.";
/// On resume, when answers no longer fit the questions ({n} of them).
pub const SET_ASIDE_NOTICE: &str = "The questions changed since your last visit. {n} of your answers no longer fit, so those questions are asked again. Your old answers are kept and shown with the summary.";

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
pub const IMPORT_ALREADY: &str = "This session is already here, as {name}, so nothing was added. To see it: fitcheck summary {id}";
pub const IMPORT_SAME_LABEL: &str = "Another session is also called \u{201c}{name}\u{201d} ({id}). To tell them apart, give this one a label of its own: fitcheck rename {new} LABEL";
pub const EXPORT_TO_FILE: &str = "export writes the session as JSON, to keep or to move to another computer. Send it to a file: fitcheck export {query} > session.json";
pub const SUMMARY_NONE_FINISHED: &str =
    "No session is finished yet; this is the summary of the latest one, {id}, so far.";
pub const WRITE_FAILED: &str = "cannot write the output: {error}";
pub const CANNOT_SAVE: &str = "cannot save in {dir}: {error}";
pub const RENAMED: &str = "Session {id} is now called \u{201c}{label}\u{201d}";
pub const CONFIRM_TYPE_YES: &str = "Type yes to delete; anything else keeps it:";
pub const DELETE_ONE: &str = "the session \u{201c}{name}\u{201d} ({id})";
pub const DELETE_ALL_ONE: &str = "the only saved session in {dir}";
pub const DELETE_ALL_N: &str = "all {n} saved sessions in {dir}";
pub const DELETE_CONFIRM: &str = "Delete {what}? This cannot be undone.";
pub const DELETE_NEEDS_YES: &str = "to delete {what} without a terminal to confirm on, add --yes";
pub const DELETE_CANCELLED: &str = "Nothing was deleted.";
pub const DELETE_NOTHING: &str = "There are no saved sessions to delete.";
pub const DELETED: &str = "Deleted {what}.";
// The settings file (src/settings.rs) and --remember.
pub const REMEMBERED_PLAIN: &str = "Plain mode (line by line, for screen readers) now starts every time; this is kept in {path}. To go back to the full screen: fitcheck --no-plain --remember";
pub const REMEMBERED_WIZARD: &str = "The full-screen interview now starts every time; this is kept in {path}. For plain mode: fitcheck --plain --remember";
pub const REMEMBER_WHAT: &str = "--remember needs --plain or --no-plain: fitcheck --plain --remember starts plain mode every time";
pub const REMEMBER_WHERE: &str =
    "--remember works when starting the interview: fitcheck --plain --remember";
/// A language fitcheck does not speak, from {from} (--lang or FITCHECK_LANG).
pub const LANG_UNKNOWN: &str = "{from} is \u{201c}{value}\u{201d}, a language fitcheck does not speak. Use en for English or es for Spanish (español).";
pub const SETTINGS_NOWHERE: &str = "cannot find a folder for settings, so nothing is remembered";
pub const SETTINGS_BROKEN: &str = "the settings file {path} cannot be read, so the defaults are used. Fix it, or delete it to start afresh. The reason: {reason}.";
pub const SETTINGS_NOT_SAVED: &str = "nothing was remembered: the settings file {path} cannot be read. Delete it, then try again. The reason: {reason}.";
pub const DELETED_ALL: &str = "Deleted {n} saved sessions from {dir}.";
pub const DELETE_LEFT: &str = "These files could not be read as sessions, so they were left in place. Delete them yourself if you no longer need them:";
pub const OPEN_ELSEWHERE: &str = "session {id} is open in another fitcheck window. Finish or quit it there first, so no answer is lost. To see it here without changing it: fitcheck summary {id}";
pub const READ_ONLY_TITLE: &str = "Session {id}, read-only";
pub const DELETE_OPEN: &str = "cannot delete session {id}: it is open in another fitcheck window. Quit it there first; nothing was deleted";
pub const DELETE_ALL_OPEN: &str = "cannot delete all sessions: {ids} open in another fitcheck window. Quit it there first; nothing was deleted";
pub const ALL_FINISHED: &str = "every saved session is finished. To check in on one, name it: fitcheck resume ID (see `fitcheck list`)";

// Plain mode (src/plain/): the interview line by line. Printed as they are:
// one line each, no colour, no cursor movement, no box drawing.
pub const PLAIN_WELCOME: &str =
    "fitcheck, line by line. Answer each question on one line and press Enter.";
pub const PLAIN_COMMANDS: &str =
    "At any question you can type: help, back, skip, roles TITLE, print, or quit.";
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
pub const PLAIN_HOW_SKIP: &str = "To skip it, press Enter or type skip.";
pub const PLAIN_HELP_HEADING: &str = "Help for this question:";
pub const PLAIN_HELP_WORDS: &str = "Words that work at every question:";
pub const PLAIN_HELP_LINES: [&str; 9] = [
    "  back         go back to the question before",
    "  skip         skip this question, where that is allowed",
    "  help         show this help",
    "  roles        list the provider titles fitcheck knows",
    "  roles TITLE  explain a title, such as: roles QMHA",
    "  print        save a page to print in your Documents folder",
    "  open         open that page, where this computer can",
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
pub const PLAIN_NAME_WITH: &str = "To come back to it by name: fitcheck rename {id} NAME (your child's first name is enough), then fitcheck summary NAME.";
pub const PLAIN_SUMMARY_WITH: &str = "To see the summary again: fitcheck summary {id}";
pub const PLAIN_QUIT: &str = "Stopped here.";
pub const PLAIN_INTERRUPTED: &str = "Interrupted.";
pub const PLAIN_EOF: &str = "fitcheck: the input ended before the interview did. Not answered yet: {id} (\u{201c}{prompt}\u{201d}).";
pub const PLAIN_FINISHED_SESSION: &str = "Session {id} is finished.";
pub const PLAIN_FINISHED_CHOICES: [&str; 4] = [
    "Check in: answer the needs and progress questions again",
    "Show the results",
    "Note what someone said to a question to ask",
    "Save a page to print in your Documents folder",
];
/// Which of [`PLAIN_FINISHED_CHOICES`] prints, counted from 1.
pub const PLAIN_FINISHED_PRINT: usize = 4;
pub const PLAIN_OPEN_NOTHING: &str =
    "Type print first to save a page to print; then open opens it.";
pub const PLAIN_PRINT_LATER: &str =
    "For a page to print, in your Documents folder: fitcheck resume {id}, then choose 4.";
pub const PLAIN_PRINTED: &str =
    "Saved a page to print: {path}\nThe text version is beside it: {text}\nType open to open it.";
pub const PLAIN_ASKS_WHICH: &str =
    "Which question did you ask? Type its number, or press Enter to go back.";
pub const PLAIN_ASKS_NONE: &str = "There are no questions to ask for these answers.";
pub const PLAIN_ASKED_MARK: &str = " (asked)";
pub const PLAIN_REPLY_PROMPT: &str = "What did they say? Type it on one line. Press Enter on an empty line to just mark it as asked.";
pub const PLAIN_NOTE_HOW: &str = "Type it on one line, or press Enter to skip.";
pub const PLAIN_REPLY_KEPT: &str = "Noted, and marked as asked.";
pub const PLAIN_REPLY_MARKED: &str = "Marked as asked.";
pub const PLAIN_FINISHED_HELP: &str = "A check-in asks again how urgent each need is and how things are going, to see what changed; your earlier answers are kept. After a meeting, you can note what someone said to a question you asked. You can also type roles TITLE, or quit.";
pub const PLAIN_FINISHED_EOF: &str = "fitcheck: the input ended before a choice was made.";
