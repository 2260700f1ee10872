//! The program's own words in each language, as one typed table.
//!
//! [`crate::strings`] (English) and `strings_es` (Spanish) keep the words as
//! constants, one per line, where they are easy to read and review. The
//! `words!` macro below turns the list of their names into the struct
//! [`Words`] and its two values, [`EN`] and [`ES`]: a constant missing from
//! either file is a compile error, not an English word on a Spanish screen.
//! Code that has the question bank gets the words of its language with
//! [`crate::core::bank::Bank::words`] and writes `s.NAME` where it wrote
//! `s::NAME`.
//!
//! Why a table of our own and not Fluent or rust-i18n: two languages, about
//! 400 strings, placeholders already filled by [`crate::core::text`], and
//! a few sentences whose grammar differs by number, done by [`plural`].
//! A struct is checked by the compiler, costs nothing at start-up and needs
//! no new dependency.

use crate::core::lang::Lang;
use crate::strings as en;
use crate::strings_es as es;

/// The English words of `fitcheck roles` (the glossary).
mod roles_en {
    pub const HEAD_TITLE: &str = "Title";
    pub const HEAD_LICENSED: &str = "Licensed?";
    pub const HEAD_WHAT: &str = "Full title and what they do";
    pub const TABLE_FOOT: &str = "To read more about one title, run fitcheck roles with the title, like: fitcheck roles QMHA";
    pub const H_MEANS: &str = "What the title means";
    pub const H_EDUCATION: &str = "Education";
    pub const H_LICENSED: &str = "Licensed";
    pub const H_SUPERVISION: &str = "Who supervises them";
    pub const H_DOES_WELL: &str = "What they do well";
    pub const H_NOT_TRAINED: &str = "What they are not trained for";
    pub const H_STATE: &str = "What varies by state";
    pub const H_ALSO: &str = "Also called";
    pub const H_SOURCES: &str = "Where this comes from";
    pub const LICENSED_LINE: &str = "Licensed: {licensed}";
    pub const LAST_CHECKED: &str = "Last checked: {date}.";
    pub const AMBIGUOUS: &str = "\u{201c}{title}\u{201d} can mean {n} different roles. In the interview, a follow-up question tells them apart. You can also ask the person for their exact title and license.";
    pub const PEER_NOTE: &str = "This title may mean a certified peer with lived experience ({peer}), not {others}. Ask: \u{201c}Are you a certified peer, with lived experience of your own?\u{201d}";
    pub const MORE: &str = "To read more about one of them, run: fitcheck roles {short}";
    pub const UNKNOWN_TIP: &str = "Not knowing the title is common. Ask the person for their exact title, if they hold a license, and who supervises them. To see every title, run: fitcheck roles";
    pub const NO_MATCH: &str = "No title matched \"{title}\". The closest titles are: {list}.";
    pub const OR: &str = "or";
}

/// Builds [`Words`], [`EN`] and [`ES`]. The first list holds the names
/// both files have; the second the constants only `strings_es.rs` has:
/// Spanish grammar and plurals, plain-mode words, and the English that is
/// still written in the code (each with its English and its Spanish).
macro_rules! words {
    (
        both { $($name:ident: $ty:ty,)* }
        spanish_only { $($extra:ident: $xty:ty = $en:expr, $es:expr;)* }
    ) => {
        /// Every word of the program's chrome, in one language. The field
        /// names are the constant names of [`crate::strings`].
        #[allow(non_snake_case)]
        #[derive(Debug)]
        pub struct Words {
            /// The language these words are in.
            pub lang: Lang,
            $(pub $name: $ty,)*
            $(pub $extra: $xty,)*
        }

        /// The English words: [`crate::strings`].
        pub static EN: Words = Words {
            lang: Lang::En,
            $($name: en::$name,)*
            $($extra: $en,)*
        };

        /// The Spanish words: `src/strings_es.rs`.
        pub static ES: Words = Words {
            lang: Lang::Es,
            $($name: es::$name,)*
            $($extra: $es,)*
        };
    };
}

words! {
both {
    AND: &'static str,
    AND_INSIDE: &'static str,
    PROVIDER_N: &'static str,
    PROVIDER_TITLE: &'static str,
    PROVIDER_TITLE_N: &'static str,
    NO_TITLE: &'static str,
    ALL_CANDIDATES_TRAINED: &'static str,
    ALL_CANDIDATES_VARY: &'static str,
    NO_CANDIDATE_TRAINED: &'static str,
    SOME_CANDIDATES_TRAINED: &'static str,
    SOME_CANDIDATES_MAY: &'static str,
    UNMET_NO_TEAM: &'static str,
    UNMET_MAYBE: &'static str,
    UNMET_ONLY_ONE: &'static str,
    UNMET_NOBODY: &'static str,
    WATCH_NOTE: &'static str,
    SUPERVISED_TITLE: &'static str,
    THIS_ROLE: &'static str,
    LINE_DECIDED_BY: &'static str,
    LINE_WATCH: &'static str,
    LINE_FROM_SAFETY: &'static str,
    NEED_FROM_SAFETY: &'static str,
    LINE_OTHER_SPECIALTY: &'static str,
    VT_COVERS: &'static str,
    VT_ASK: &'static str,
    VT_NOT_COVERS: &'static str,
    VT_COVERS_NONE: &'static str,
    VT_TITLE_MISSING: &'static str,
    VT_TITLE_NOT_KNOWN_YET: &'static str,
    VT_TITLE_NO_MATCH: &'static str,
    VT_TITLE_UNCLEAR: &'static str,
    VT_OTHER_SPECIALTY: &'static str,
    CAP_URGENT: &'static str,
    CAP_EXPECTATION: &'static str,
    CAP_SAFETY: &'static str,
    REASON_GAP: &'static str,
    REASON_UNSURE: &'static str,
    REASON_MISMATCH: &'static str,
    REASON_UNLICENSED: &'static str,
    REASON_SUPERVISED: &'static str,
    REASON_PEER: &'static str,
    REASON_COVERED_BY_OTHER: &'static str,
    REASON_ASSESS: &'static str,
    REASON_UNKNOWN: &'static str,
    REASON_ANSWERED: &'static str,
    REASON_ANSWER: &'static str,
    REASON_ALWAYS: &'static str,
    SUMMARY_TITLE: &'static str,
    PRINTED_ON: &'static str,
    UNFINISHED: &'static str,
    NEEDS_HEADING: &'static str,
    NO_NEEDS: &'static str,
    PROVIDER_HEADING: &'static str,
    TITLE_TYPED: &'static str,
    CANDIDATES: &'static str,
    FIT_LINE: &'static str,
    FIT_UNKNOWN: &'static str,
    COL_NEED: &'static str,
    COL_URGENCY: &'static str,
    COL_COVERAGE: &'static str,
    SOURCE: &'static str,
    MISMATCH_HEADING: &'static str,
    UNMET_HEADING: &'static str,
    WATCH_HEADING: &'static str,
    MORE_ASKS_HEADING: &'static str,
    SUPERVISED_GLOSSARY: &'static str,
    SUPERVISED_SHORT: &'static str,
    SUPERVISED_LINE: &'static str,
    STRENGTHS_HERE: &'static str,
    STRENGTHS_ROLE: &'static str,
    NO_PROVIDERS: &'static str,
    ASKS_HEADING: &'static str,
    ASK_FOR: &'static str,
    WHY: &'static str,
    ABOUT_HEADING: &'static str,
    REVIEW_OVERDUE: &'static str,
    BANK_LINE: &'static str,
    HTML_LANG: &'static str,
    HTML_TITLE: &'static str,
    HTML_HEADING: &'static str,
    HTML_UNFINISHED: &'static str,
    HTML_CRISIS: &'static str,
    HTML_FITS: &'static str,
    HTML_FIT_OF: &'static str,
    HTML_ALL_COVERED: &'static str,
    HTML_BRING: &'static str,
    HTML_MORE: &'static str,
    HTML_WHY: &'static str,
    HTML_BANK: &'static str,
    APP_NAME: &'static str,
    MARKER: &'static str,
    TICKED: &'static str,
    UNTICKED: &'static str,
    SAVED: &'static str,
    SAVING: &'static str,
    NOT_SAVED: &'static str,
    SECTION_PROGRESS: &'static str,
    ABOUT_N: &'static str,
    PROVIDER_PROGRESS: &'static str,
    RESULTS: &'static str,
    HEADER: &'static str,
    MORE_BELOW: &'static str,
    CRISIS_MORE: &'static str,
    MORE_ROWS: &'static str,
    WELCOME_HEADER: &'static str,
    WELCOME_WHAT: &'static str,
    WELCOME_SAVED_HERE: &'static str,
    WELCOME_BULLET: &'static str,
    WELCOME_RESUME: &'static str,
    WELCOME_RESUME_LABEL: &'static str,
    WELCOME_NEW: &'static str,
    WELCOME_PLAIN: &'static str,
    WELCOME_OTHER_LANG: &'static str,
    WELCOME_BACK: &'static str,
    WELCOME_CHECKIN: &'static str,
    WELCOME_VIEW: &'static str,
    WELCOME_CHECKIN_GO_ON: &'static str,
    RESULTS_BEFORE_CHECKIN: &'static str,
    SKIP: &'static str,
    TITLE_FIELD: &'static str,
    TEXT_FIELD: &'static str,
    TITLE_UNKNOWN: &'static str,
    TITLE_ONE_ROLE: &'static str,
    TITLE_MANY_ROLES: &'static str,
    TITLE_NO_MATCH: &'static str,
    TYPED_NOT_KEPT: &'static str,
    MULTI_NONE: &'static str,
    ANSWER_SKIPPED: &'static str,
    ANSWER_NONE: &'static str,
    ANSWER_AT: &'static str,
    ANSWER_AT_PROVIDER: &'static str,
    CRISIS_INTRO: &'static str,
    CRISIS_INTRO_RECENT: &'static str,
    CRISIS_AFTER: &'static str,
    CRISIS_CONTINUE: &'static str,
    CRISIS_KEY: char,
    CRISIS_REMIND: &'static str,
    TAB_RESULTS: &'static str,
    TAB_ASKS: &'static str,
    TAB_ANSWERS: &'static str,
    FIT_OF: &'static str,
    FIT_NONE: &'static str,
    FIT_LABEL: &'static str,
    ASKS_INTRO: &'static str,
    ASKS_NONE: &'static str,
    ASK_WHY: &'static str,
    ASK_REASON: &'static str,
    ANSWERS_INTRO: &'static str,
    PRINTED_TO: &'static str,
    PRINT_FAILED: &'static str,
    OPENING: &'static str,
    NO_OPENER: &'static str,
    OPEN_FAILED: &'static str,
    OPEN_NOTHING: &'static str,
    CHANGED: &'static str,
    SAVE_RETRIED: &'static str,
    TOO_SMALL: &'static str,
    TOO_SMALL_SIZE: &'static str,
    TOO_SMALL_QUIT: &'static str,
    HELP_TITLE: &'static str,
    HELP_CLOSE: &'static str,
    HELP: [(&'static str, &'static str); 21],
    GLOSSARY_TITLE: &'static str,
    GLOSSARY_ALL: &'static str,
    POPUP_CLOSE: &'static str,
    REPLY_TITLE: &'static str,
    REPLY_TEXT: &'static str,
    REPLY_FIELD: &'static str,
    CHECKIN_NOTE_TITLE: &'static str,
    CHECKIN_NOTE_PROMPT: &'static str,
    CHECKIN_NOTE_TEXT: &'static str,
    CHECKIN_NOTE_FIELD: &'static str,
    LABEL_TITLE: &'static str,
    LABEL_PROMPT: &'static str,
    LABEL_TEXT: &'static str,
    LABEL_FIELD: &'static str,
    LABEL_SAVED: &'static str,
    UNSAVED_TITLE: &'static str,
    UNSAVED_TEXT: &'static str,
    KEY_SEP: &'static str,
    KEY_MOVE: (&'static str, &'static str),
    KEY_SCROLL: (&'static str, &'static str),
    KEY_CHOOSE: (&'static str, &'static str),
    KEY_DONE: (&'static str, &'static str),
    KEY_OPEN: (&'static str, &'static str),
    KEY_TICK: (&'static str, &'static str),
    KEY_MARK: (&'static str, &'static str),
    KEY_BACK: (&'static str, &'static str),
    KEY_LIST: (&'static str, &'static str),
    KEY_TYPE: (&'static str, &'static str),
    KEY_PAGES: (&'static str, &'static str),
    KEY_LEAVE_FIELD: (&'static str, &'static str),
    KEY_GLOSSARY: (&'static str, &'static str),
    KEY_GLOSSARY_FIELD: (&'static str, &'static str),
    KEY_PRINT: (&'static str, &'static str),
    KEY_OPEN_PRINTED: (&'static str, &'static str),
    KEY_RESULTS: (&'static str, &'static str),
    KEY_QUIT: (&'static str, &'static str),
    KEY_LANG: (&'static str, &'static str),
    LANG_NOW: &'static str,
    LANG_ONLY_ONE: &'static str,
    KEY_STOP_CHECKIN: (&'static str, &'static str),
    KEY_STOP_YES: (&'static str, &'static str),
    KEY_STOP_NO: (&'static str, &'static str),
    STOP_CHECKIN_TITLE: &'static str,
    STOP_CHECKIN_TEXT: &'static str,
    CHECKIN_STOPPED: &'static str,
    KEY_CLOSE: (&'static str, &'static str),
    KEY_CONTINUE: (&'static str, &'static str),
    KEY_HELP: (&'static str, &'static str),
    KEY_NOTE: (&'static str, &'static str),
    KEY_KEEP_NOTE: (&'static str, &'static str),
    KEY_CANCEL: (&'static str, &'static str),
    KEY_SKIP: (&'static str, &'static str),
    KEY_HELP_FIELD: (&'static str, &'static str),
    KEY_NAME: (&'static str, &'static str),
    BYE_SAVED: &'static str,
    BYE_CONTINUE: &'static str,
    BYE_FINISHED: &'static str,
    BYE_UNSAVED: &'static str,
    PANIC_SAVED: &'static str,
    PANIC_NOTHING: &'static str,
    NO_TERMINAL: &'static str,
    NO_SESSIONS: &'static str,
    FIND_NONE: &'static str,
    FIND_MANY: &'static str,
    UNREADABLE: &'static str,
    CANNOT_READ_FOLDER: &'static str,
    TIGHTENED: &'static str,
    SHARED_DIR: &'static str,
    CANNOT_TIGHTEN: &'static str,
    BAD_SYMLINK: &'static str,
    BAD_ID_MISMATCH: &'static str,
    BAD_FOLDER: &'static str,
    BAD_SPECIAL: &'static str,
    BAD_TOO_LARGE: &'static str,
    BAD_CHANGED: &'static str,
    REFUSE_REPLACE: &'static str,
    SAVE_TOO_LARGE: &'static str,
    NOT_PLAIN_FILE: &'static str,
    TEXT_TOO_LONG: &'static str,
    SAVE_FAILED: &'static str,
    SKIPPED: &'static str,
    HISTORY_HEADING: &'static str,
    HISTORY_HEADING_FIRST: &'static str,
    HISTORY_VISITS: &'static str,
    HISTORY_VISIT_ONE: &'static str,
    HISTORY_NOTE: &'static str,
    HISTORY_BETTER: &'static str,
    HISTORY_WORSE: &'static str,
    HISTORY_SAME: &'static str,
    HISTORY_LIST_SEP: &'static str,
    HISTORY_NEW: &'static str,
    HISTORY_NOT_YET: &'static str,
    HISTORY_NEED: &'static str,
    HISTORY_NEED_ONE: &'static str,
    HISTORY_ANSWER: &'static str,
    NO_PLAN_MONTHS: &'static str,
    NO_PLAN_SINCE: &'static str,
    NO_PLAN: &'static str,
    NO_PLAN_STILL: &'static str,
    MONTHS_LESS: &'static str,
    MONTHS_ONE: &'static str,
    MONTHS_N: &'static str,
    ASKED_HEADING: &'static str,
    ASKED_ON: &'static str,
    ASKED_REPLY: &'static str,
    OLDER_HEADING: &'static str,
    OLDER_INTRO: &'static str,
    OLDER_PROVIDER: &'static str,
    PLAIN_LAST_TIME: &'static str,
    PLAIN_STOP_CHECKIN: &'static str,
    PLAIN_CHECKIN_GOES_ON: &'static str,
    LAST_TIME: &'static str,
    SET_ASIDE_NOTICE: &'static str,
    SUMMARY_SAVED: &'static str,
    LIST_ID: &'static str,
    LIST_LABEL: &'static str,
    LIST_CREATED: &'static str,
    LIST_UPDATED: &'static str,
    LIST_PROGRESS: &'static str,
    LIST_FINISHED: &'static str,
    LIST_SKIPPED: &'static str,
    LIST_EMPTY: &'static str,
    IMPORT_BAD: &'static str,
    IMPORT_ANSWERS_HINT: &'static str,
    IMPORTED: &'static str,
    IMPORT_ALREADY: &'static str,
    IMPORT_SAME_LABEL: &'static str,
    EXPORT_TO_FILE: &'static str,
    SUMMARY_NONE_FINISHED: &'static str,
    WRITE_FAILED: &'static str,
    CANNOT_SAVE: &'static str,
    RENAMED: &'static str,
    CONFIRM_TYPE_YES: &'static str,
    DELETE_ONE: &'static str,
    DELETE_ALL_ONE: &'static str,
    DELETE_ALL_N: &'static str,
    DELETE_CONFIRM: &'static str,
    DELETE_NEEDS_YES: &'static str,
    DELETE_CANCELLED: &'static str,
    DELETE_NOTHING: &'static str,
    DELETED: &'static str,
    REMEMBERED_PLAIN: &'static str,
    REMEMBERED_WIZARD: &'static str,
    REMEMBER_WHAT: &'static str,
    REMEMBER_WHERE: &'static str,
    LANG_UNKNOWN: &'static str,
    SETTINGS_NOWHERE: &'static str,
    SETTINGS_BROKEN: &'static str,
    SETTINGS_NOT_SAVED: &'static str,
    DELETED_ALL: &'static str,
    DELETE_LEFT: &'static str,
    OPEN_ELSEWHERE: &'static str,
    READ_ONLY_TITLE: &'static str,
    DELETE_OPEN: &'static str,
    DELETE_ALL_OPEN: &'static str,
    ALL_FINISHED: &'static str,
    PLAIN_WELCOME: &'static str,
    PLAIN_COMMANDS: &'static str,
    PLAIN_RESUMING: &'static str,
    PLAIN_PRESEEDED: &'static str,
    PLAIN_QUESTION: &'static str,
    PLAIN_SECTION_PROVIDER: &'static str,
    PLAIN_OPTION: &'static str,
    PLAIN_OPTION_HINT: &'static str,
    PLAIN_EARLIER: &'static str,
    PLAIN_SKIPPED: &'static str,
    PLAIN_NONE: &'static str,
    PLAIN_AND: &'static str,
    PLAIN_OR: &'static str,
    PLAIN_INPUT: &'static str,
    PLAIN_HOW_SINGLE: &'static str,
    PLAIN_HOW_MULTI: &'static str,
    PLAIN_HOW_LEVEL: &'static str,
    PLAIN_HOW_TEXT: &'static str,
    PLAIN_HOW_TITLE: &'static str,
    PLAIN_HOW_SKIP: &'static str,
    PLAIN_HELP_HEADING: &'static str,
    PLAIN_HELP_WORDS: &'static str,
    PLAIN_HELP_LINES: [&'static str; 9],
    PLAIN_LEVEL_HINT: &'static str,
    PLAIN_FIRST: &'static str,
    PLAIN_NOT_HERE: &'static str,
    PLAIN_NO_OPTION: &'static str,
    PLAIN_NOT_AN_OPTION: &'static str,
    PLAIN_AMBIGUOUS: &'static str,
    PLAIN_EMPTY: &'static str,
    PLAIN_TITLE_ONE: &'static str,
    PLAIN_TITLE_MANY: &'static str,
    PLAIN_TITLE_UNKNOWN_ROLE: &'static str,
    PLAIN_TITLE_NONE: &'static str,
    PLAIN_CRISIS_AFTER: &'static str,
    PLAIN_SAVE_FAILED: &'static str,
    PLAIN_SAVED_AGAIN: &'static str,
    PLAIN_NOT_SAVED: &'static str,
    PLAIN_NOT_SAVED_SIGNAL: &'static str,
    PLAIN_SAVED_AT: &'static str,
    PLAIN_NOTHING_SAVED: &'static str,
    PLAIN_RESUME_WITH: &'static str,
    PLAIN_NAME_WITH: &'static str,
    PLAIN_SUMMARY_WITH: &'static str,
    PLAIN_QUIT: &'static str,
    PLAIN_INTERRUPTED: &'static str,
    PLAIN_EOF: &'static str,
    PLAIN_FINISHED_SESSION: &'static str,
    PLAIN_FINISHED_CHOICES: [&'static str; 4],
    PLAIN_FINISHED_PRINT: usize,
    PLAIN_OPEN_NOTHING: &'static str,
    PLAIN_PRINT_LATER: &'static str,
    PLAIN_PRINTED: &'static str,
    PLAIN_ASKS_WHICH: &'static str,
    PLAIN_ASKS_NONE: &'static str,
    PLAIN_ASKED_MARK: &'static str,
    PLAIN_REPLY_PROMPT: &'static str,
    PLAIN_NOTE_HOW: &'static str,
    PLAIN_REPLY_KEPT: &'static str,
    PLAIN_REPLY_MARKED: &'static str,
    PLAIN_FINISHED_HELP: &'static str,
    PLAIN_FINISHED_EOF: &'static str,
}
spanish_only {
    // "y" before a word that starts with the sound "i" is "e" in Spanish.
    AND_BEFORE_I: &'static str = en::AND, es::AND_BEFORE_I;
    // "o" before a word that starts with the sound "o" is "u" in Spanish.
    OR_BEFORE_O: &'static str = "or", es::OR_BEFORE_O;
    // English says the same sentence for one and for many.
    SET_ASIDE_NOTICE_ONE: &'static str = en::SET_ASIDE_NOTICE, es::SET_ASIDE_NOTICE_ONE;
    DELETED_ALL_ONE: &'static str = en::DELETED_ALL, es::DELETED_ALL_ONE;
    // The {ids} of DELETE_ALL_OPEN, for one open session and for several.
    DELETE_ALL_OPEN_ONE: &'static str = "session {id} is", es::DELETE_ALL_OPEN_ONE;
    DELETE_ALL_OPEN_MANY: &'static str = "sessions {ids} are", es::DELETE_ALL_OPEN_MANY;
    // `fitcheck roles` and the wizard's glossary: English in core/glossary.rs.
    ROLES_HEAD_TITLE: &'static str = roles_en::HEAD_TITLE, es::ROLES_HEAD_TITLE;
    ROLES_HEAD_LICENSED: &'static str = roles_en::HEAD_LICENSED, es::ROLES_HEAD_LICENSED;
    ROLES_HEAD_WHAT: &'static str = roles_en::HEAD_WHAT, es::ROLES_HEAD_WHAT;
    ROLES_TABLE_FOOT: &'static str = roles_en::TABLE_FOOT, es::ROLES_TABLE_FOOT;
    ROLES_H_MEANS: &'static str = roles_en::H_MEANS, es::ROLES_H_MEANS;
    ROLES_H_EDUCATION: &'static str = roles_en::H_EDUCATION, es::ROLES_H_EDUCATION;
    ROLES_H_LICENSED: &'static str = roles_en::H_LICENSED, es::ROLES_H_LICENSED;
    ROLES_H_SUPERVISION: &'static str = roles_en::H_SUPERVISION, es::ROLES_H_SUPERVISION;
    ROLES_H_DOES_WELL: &'static str = roles_en::H_DOES_WELL, es::ROLES_H_DOES_WELL;
    ROLES_H_NOT_TRAINED: &'static str = roles_en::H_NOT_TRAINED, es::ROLES_H_NOT_TRAINED;
    ROLES_H_STATE: &'static str = roles_en::H_STATE, es::ROLES_H_STATE;
    ROLES_H_ALSO: &'static str = roles_en::H_ALSO, es::ROLES_H_ALSO;
    // English lists only its own names, so it never says this.
    ROLES_ALSO_ENGLISH: &'static str = "In English: {names}", es::ROLES_ALSO_ENGLISH;
    ROLES_H_SOURCES: &'static str = roles_en::H_SOURCES, es::ROLES_H_SOURCES;
    ROLES_LICENSED_LINE: &'static str = roles_en::LICENSED_LINE, es::ROLES_LICENSED_LINE;
    ROLES_LAST_CHECKED: &'static str = roles_en::LAST_CHECKED, es::ROLES_LAST_CHECKED;
    ROLES_AMBIGUOUS: &'static str = roles_en::AMBIGUOUS, es::ROLES_AMBIGUOUS;
    ROLES_PEER_NOTE: &'static str = roles_en::PEER_NOTE, es::ROLES_PEER_NOTE;
    ROLES_MORE: &'static str = roles_en::MORE, es::ROLES_MORE;
    ROLES_UNKNOWN_TIP: &'static str = roles_en::UNKNOWN_TIP, es::ROLES_UNKNOWN_TIP;
    ROLES_NO_MATCH: &'static str = roles_en::NO_MATCH, es::ROLES_NO_MATCH;
    ROLES_OR: &'static str = roles_en::OR, es::ROLES_OR;
    // Messages English still writes in the code, not in strings.rs.
    INTERVIEW_TYPE_OR_SKIP: &'static str = "Type an answer, or skip this question.", es::INTERVIEW_TYPE_OR_SKIP;
    INTERVIEW_TYPE: &'static str = "Type an answer to go on.", es::INTERVIEW_TYPE;
    INTERVIEW_NOT_SKIPPABLE: &'static str = "This question needs an answer; it cannot be skipped.", es::INTERVIEW_NOT_SKIPPABLE;
    CLI_CANNOT_READ: &'static str = "cannot read {path}: {reason}", es::CLI_CANNOT_READ;
    CLI_NOT_TEXT: &'static str = "cannot read {path}: it is not text (UTF-8)", es::CLI_NOT_TEXT;
    CLI_NO_DATA_DIR: &'static str = "cannot find a folder to keep sessions in; pass --data-dir DIR or set FITCHECK_DATA_DIR", es::CLI_NO_DATA_DIR;
    CMD_CANNOT_WRITE: &'static str = "cannot write {path}: {reason}", es::CMD_CANNOT_WRITE;
    CMD_CANNOT_DELETE: &'static str = "cannot delete {id}: {reason}", es::CMD_CANNOT_DELETE;
    CMD_CANNOT_DELETE_IN: &'static str = "cannot delete in {dir}: {reason}", es::CMD_CANNOT_DELETE_IN;
    CMD_ANSWERS_NOT_RESUME: &'static str = "--answers starts a new session; it cannot be used with resume", es::CMD_ANSWERS_NOT_RESUME;
    PLAIN_CANNOT_PRINT: &'static str = "fitcheck: cannot print the summary: {reason}", es::PLAIN_CANNOT_PRINT;
    PLAIN_NO_CTRL_C: &'static str = "fitcheck: cannot watch for Ctrl-C ({error}); every answer is still saved as it is given", es::PLAIN_NO_CTRL_C;
    // System errors in everyday words (core/reason.rs).
    IO_NOT_FOUND: &'static str = "there is no such file or folder", es::IO_NOT_FOUND;
    IO_PERMISSION_DENIED: &'static str = "this user is not allowed to open it", es::IO_PERMISSION_DENIED;
    IO_ALREADY_EXISTS: &'static str = "a file with that name is already there", es::IO_ALREADY_EXISTS;
    IO_IS_A_DIRECTORY: &'static str = "it is a folder, not a file", es::IO_IS_A_DIRECTORY;
    IO_NOT_A_DIRECTORY: &'static str = "part of the path is a file, not a folder", es::IO_NOT_A_DIRECTORY;
    IO_STORAGE_FULL: &'static str = "the disk is full", es::IO_STORAGE_FULL;
    IO_QUOTA_EXCEEDED: &'static str = "there is no more room for this user on the disk", es::IO_QUOTA_EXCEEDED;
    IO_READ_ONLY: &'static str = "the disk can only be read, not written", es::IO_READ_ONLY;
    IO_DIRECTORY_NOT_EMPTY: &'static str = "the folder is not empty", es::IO_DIRECTORY_NOT_EMPTY;
    IO_INVALID_FILENAME: &'static str = "the name is too long or not allowed", es::IO_INVALID_FILENAME;
    IO_FILE_TOO_LARGE: &'static str = "the file is too large", es::IO_FILE_TOO_LARGE;
    IO_RESOURCE_BUSY: &'static str = "it is in use by another program", es::IO_RESOURCE_BUSY;
    IO_TIMED_OUT: &'static str = "it took too long to answer", es::IO_TIMED_OUT;
    IO_BROKEN_PIPE: &'static str = "the program reading the output stopped", es::IO_BROKEN_PIPE;
    IO_INVALID_DATA: &'static str = "it is not text fitcheck can read", es::IO_INVALID_DATA;
    IO_UNEXPECTED_EOF: &'static str = "it ended too early", es::IO_UNEXPECTED_EOF;
    IO_UNNAMED: &'static str = "an error the system did not name", es::IO_UNNAMED;
    // An answers file (--answers) that does not fit (core/answers.rs).
    ANSWERS_AT: &'static str = "line {line}, column {column}: {message}", es::ANSWERS_AT;
    ANSWERS_BAD_ONE: &'static str = "1 answer do not fit the questions:", es::ANSWERS_BAD_ONE;
    ANSWERS_BAD_N: &'static str = "{n} answers do not fit the questions:", es::ANSWERS_BAD_N;
    ANSWERS_NO_SUCH_QUESTION: &'static str = "there is no question with this id", es::ANSWERS_NO_SUCH_QUESTION;
    ANSWERS_PER_PROVIDER: &'static str = "this question is asked for each provider: put it under providers[].answers", es::ANSWERS_PER_PROVIDER;
    ANSWERS_ONCE: &'static str = "this question is asked once: put it under child", es::ANSWERS_ONCE;
    ANSWERS_NOT_SKIPPABLE: &'static str = "this question cannot be skipped", es::ANSWERS_NOT_SKIPPABLE;
    ANSWERS_WANT_LEVEL: &'static str = "expected a level from 0 to 3, found {found}", es::ANSWERS_WANT_LEVEL;
    ANSWERS_NOT_AN_OPTION: &'static str = "\"{value}\" is not an option here (options: {options})", es::ANSWERS_NOT_AN_OPTION;
    ANSWERS_NOT_OPTIONS: &'static str = "{values} are not an option here (options: {options})", es::ANSWERS_NOT_OPTIONS;
    ANSWERS_WANT_ONE: &'static str = "expected one option id, found {found}", es::ANSWERS_WANT_ONE;
    ANSWERS_WANT_LIST: &'static str = "expected a list of option ids, found {found}", es::ANSWERS_WANT_LIST;
    ANSWERS_WANT_TEXT: &'static str = "expected text, found {found}", es::ANSWERS_WANT_TEXT;
    ANSWERS_FOUND_NUMBER: &'static str = "the number {l}", es::ANSWERS_FOUND_NUMBER;
    ANSWERS_FOUND_TEXT: &'static str = "the text \"{s}\"", es::ANSWERS_FOUND_TEXT;
    JSON_A_LIST: &'static str = "a list", es::JSON_A_LIST;
    // The JSON reader's errors in words (core/reason.rs); {name} is quoted.
    JSON_MISSING: &'static str = "{name} is missing", es::JSON_MISSING;
    JSON_UNKNOWN_FIELD: &'static str = "{name} is not something fitcheck knows", es::JSON_UNKNOWN_FIELD;
    JSON_UNKNOWN_VALUE: &'static str = "{name} is not a value fitcheck knows", es::JSON_UNKNOWN_VALUE;
    JSON_DUPLICATE: &'static str = "{name} is given twice", es::JSON_DUPLICATE;
    JSON_WRONG_KIND: &'static str = "a value is of the wrong kind (found {found})", es::JSON_WRONG_KIND;
    JSON_A_GROUP: &'static str = "a group of fields", es::JSON_A_GROUP;
    // More of what JSON_WRONG_KIND found: true or false, null, anything else.
    JSON_FOUND_BOOL: &'static str = "the value {value}", es::JSON_FOUND_BOOL;
    JSON_FOUND_NULL: &'static str = "null (an empty value)", es::JSON_FOUND_NULL;
    JSON_FOUND_OTHER: &'static str = "another kind of value", es::JSON_FOUND_OTHER;
    JSON_BAD_VALUE: &'static str = "a value is not one fitcheck accepts", es::JSON_BAD_VALUE;
    JSON_CUT_OFF: &'static str = "it ends too early: it was probably cut off", es::JSON_CUT_OFF;
    JSON_NOT_JSON: &'static str = "there is something that is not JSON", es::JSON_NOT_JSON;
    JSON_TRAILING: &'static str = "there is more after the end of the JSON", es::JSON_TRAILING;
    JSON_NOT_TEXT: &'static str = "it is not text (UTF-8)", es::JSON_NOT_TEXT;
    // A session file that cannot be read (core/session.rs).
    FILE_EMPTY: &'static str = "the file is empty", es::FILE_EMPTY;
    SESSION_NEWER: &'static str = "it was saved by a newer fitcheck (file format {v}; this one reads up to {schema}). Update fitcheck to open it", es::SESSION_NEWER;
    SESSION_BAD_ID: &'static str = "its id \"{id}\" is not one fitcheck makes (letters, digits, - and _ only)", es::SESSION_BAD_ID;
    SESSION_CUT_OFF: &'static str = "the file ends too early ({at}): it was probably cut off while being copied or saved", es::SESSION_CUT_OFF;
    SESSION_NOT_JSON: &'static str = "it is not valid JSON ({at}: {reason})", es::SESSION_NOT_JSON;
    SESSION_NOT_SESSION: &'static str = "it is not a fitcheck session ({at}: {reason})", es::SESSION_NOT_SESSION;
    SESSION_UNREADABLE: &'static str = "it could not be read: {reason}", es::SESSION_UNREADABLE;
    SESSION_AT: &'static str = "line {line}, column {column}", es::SESSION_AT;
    // `fitcheck check-questions` and a bank that does not load (cmd.rs):
    // the problems stay English, for whoever writes the questions.
    BANK_BUILT_IN: &'static str = "the built-in questions", es::BANK_BUILT_IN;
    BANK_PROBLEMS_ONE: &'static str = "the question bank in {origin} has 1 problem:", es::BANK_PROBLEMS_ONE;
    BANK_PROBLEMS: &'static str = "the question bank in {origin} has {n} problems:", es::BANK_PROBLEMS;
    BANK_OK: &'static str = "OK: {origin}: {counts}", es::BANK_OK;
    BANK_COUNTS: &'static str = "{roles} roles, {capabilities} capabilities, {needs} needs, {sections} sections, {questions} questions, {asks} questions to ask, {sources} sources", es::BANK_COUNTS;
    // Why the settings file cannot be read or written (store/settings.rs).
    SETTINGS_NOT_PLAIN: &'static str = "it is not a plain file", es::SETTINGS_NOT_PLAIN;
    SETTINGS_TOO_LARGE: &'static str = "it is far too large to be fitcheck's", es::SETTINGS_TOO_LARGE;
    SETTINGS_BAD_VALUE: &'static str = "a setting has a value fitcheck does not understand: {reason}", es::SETTINGS_BAD_VALUE;
    SETTINGS_NOT_JSON: &'static str = "it is not valid JSON: {reason}", es::SETTINGS_NOT_JSON;
    SETTINGS_NO_FOLDER: &'static str = "the settings file has no folder", es::SETTINGS_NO_FOLDER;
    // The store's own reasons (store/mod.rs).
    STORE_OTHER_SESSION: &'static str = "it holds another session ({id})", es::STORE_OTHER_SESSION;
    STORE_NO_FREE_NAME: &'static str = "could not find a free name for the session", es::STORE_NO_FREE_NAME;
    STORE_NOT_REGULAR: &'static str = "{path} is not a regular file", es::STORE_NOT_REGULAR;
    STORE_LEFT_ALONE: &'static str = "it is a link, not a plain file, or someone else's, so it is left alone", es::STORE_LEFT_ALONE;
    STORE_USE_FORCE: &'static str = "a file is already there (add --force to replace it)", es::STORE_USE_FORCE;
    PRINTOUT_FULL: &'static str = "999 printed pages with this name are there already", es::PRINTOUT_FULL;
    PRINTOUT_NO_HOME: &'static str = "cannot find your home folder", es::PRINTOUT_NO_HOME;
    STORE_NOT_AN_ID: &'static str = "\"{id}\" is not a session id", es::STORE_NOT_AN_ID;
    // The plain-mode words of this language. English ones always work too.
    PLAIN_WORDS_BACK: &'static [&'static str] = &["back"], &es::PLAIN_WORDS_BACK;
    PLAIN_WORDS_SKIP: &'static [&'static str] = &["skip"], &es::PLAIN_WORDS_SKIP;
    PLAIN_WORDS_HELP: &'static [&'static str] = &["help", "?"], &es::PLAIN_WORDS_HELP;
    PLAIN_WORDS_ROLES: &'static [&'static str] = &["roles"], &es::PLAIN_WORDS_ROLES;
    PLAIN_WORDS_QUIT: &'static [&'static str] = &["quit"], &es::PLAIN_WORDS_QUIT;
    PLAIN_WORDS_STOP: &'static [&'static str] = &["stop"], &es::PLAIN_WORDS_STOP;
    PLAIN_WORDS_PRINT: &'static [&'static str] = &["print"], &es::PLAIN_WORDS_PRINT;
    PLAIN_WORDS_OPEN: &'static [&'static str] = &["open"], &es::PLAIN_WORDS_OPEN;
    PLAIN_WORDS_YES: &'static [&'static str] = &["yes", "y"], &es::PLAIN_WORDS_YES;
    PLAIN_WORDS_NO: &'static [&'static str] = &["no", "n"], &es::PLAIN_WORDS_NO;
    PLAIN_WORDS_NONE: &'static [&'static str] = &["none"], &es::PLAIN_WORDS_NONE;
}
}

impl Words {
    /// The words of `lang`.
    pub fn of(lang: Lang) -> &'static Words {
        match lang {
            Lang::En => &EN,
            Lang::Es => &ES,
        }
    }
}

/// `one` when `n` is 1, else `many`: for the sentences whose Spanish
/// differs by number ([`Words::SET_ASIDE_NOTICE_ONE`], [`Words::DELETED_ALL_ONE`]).
/// In English both are the same sentence, so English output is unchanged.
pub fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_words_and_english_singulars_are_the_same_sentence() {
        assert_eq!(Words::of(Lang::En).SUMMARY_TITLE, en::SUMMARY_TITLE);
        assert_eq!(Words::of(Lang::Es).SUMMARY_TITLE, es::SUMMARY_TITLE);
        assert_eq!(EN.SET_ASIDE_NOTICE_ONE, EN.SET_ASIDE_NOTICE);
        assert_eq!(
            plural(1, ES.DELETED_ALL_ONE, ES.DELETED_ALL),
            es::DELETED_ALL_ONE
        );
        assert_eq!(
            plural(2, ES.DELETED_ALL_ONE, ES.DELETED_ALL),
            es::DELETED_ALL
        );
    }
}
