//! Errors from the operating system and the JSON reader, in a parent's
//! words: no "os error 2", no "missing field `schema`". Every message that
//! passes on an `io::Error` or a `serde_json::Error` goes through here.

use std::io::{Error, ErrorKind};

/// An I/O error in plain English words. An error fitcheck made itself (a
/// message of its own inside) is kept as it is.
pub fn io(e: &Error) -> String {
    io_in(&crate::core::words::EN, e)
}

/// [`io`] in the language of `s`. The system's own words, for an error
/// fitcheck has none for, stay as the system gives them.
pub fn io_in(s: &crate::core::words::Words, e: &Error) -> String {
    if e.raw_os_error().is_none() && e.get_ref().is_some() {
        return e.to_string();
    }
    let words = match e.kind() {
        ErrorKind::NotFound => s.IO_NOT_FOUND,
        ErrorKind::PermissionDenied => s.IO_PERMISSION_DENIED,
        ErrorKind::AlreadyExists => s.IO_ALREADY_EXISTS,
        ErrorKind::IsADirectory => s.IO_IS_A_DIRECTORY,
        ErrorKind::NotADirectory => s.IO_NOT_A_DIRECTORY,
        ErrorKind::StorageFull => s.IO_STORAGE_FULL,
        ErrorKind::QuotaExceeded => s.IO_QUOTA_EXCEEDED,
        ErrorKind::ReadOnlyFilesystem => s.IO_READ_ONLY,
        ErrorKind::DirectoryNotEmpty => s.IO_DIRECTORY_NOT_EMPTY,
        ErrorKind::InvalidFilename => s.IO_INVALID_FILENAME,
        ErrorKind::FileTooLarge => s.IO_FILE_TOO_LARGE,
        ErrorKind::ResourceBusy => s.IO_RESOURCE_BUSY,
        ErrorKind::TimedOut => s.IO_TIMED_OUT,
        ErrorKind::BrokenPipe => s.IO_BROKEN_PIPE,
        ErrorKind::InvalidData => s.IO_INVALID_DATA,
        ErrorKind::UnexpectedEof => s.IO_UNEXPECTED_EOF,
        _ => "",
    };
    if !words.is_empty() {
        return words.to_string();
    }
    // Anything else: the system's own words, without the error number.
    let text = e.to_string();
    let text = match text.rfind(" (os error ") {
        Some(i) => &text[..i],
        None => &text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => s.IO_UNNAMED.to_string(),
    }
}

/// What is wrong in a JSON file, without where (the caller says where) and
/// without the reader's jargon: fields and values are named in quotes.
pub fn json(e: &serde_json::Error) -> String {
    json_in(&crate::core::words::EN, e)
}

/// [`json`] in the language of `s`.
pub fn json_in(s: &crate::core::words::Words, e: &serde_json::Error) -> String {
    let text = e.to_string();
    let text = match text.rfind(" at line ") {
        Some(i) => &text[..i],
        None => &text,
    };
    // serde's other messages are English sentences for programmers: in
    // another language, what kind of problem it is, in its words.
    let general = || {
        (s.lang != crate::core::lang::Lang::En).then(|| {
            match e.classify() {
                serde_json::error::Category::Data => s.JSON_BAD_VALUE,
                serde_json::error::Category::Io => s.IO_UNNAMED,
                _ => s.JSON_NOT_JSON,
            }
            .to_string()
        })
    };
    known(s, text)
        .or_else(general)
        .unwrap_or_else(|| quoted(text))
}

/// [`json`] for the message alone.
pub fn json_message(text: &str) -> String {
    json_message_in(&crate::core::words::EN, text)
}

/// [`json_message`] in the language of `s`.
pub fn json_message_in(w: &crate::core::words::Words, text: &str) -> String {
    known(w, text).unwrap_or_else(|| quoted(text))
}

/// `s` with serde's backticks as quotation marks: `schema` is “schema”.
fn quoted(s: &str) -> String {
    let mut out = String::new();
    let mut open = true;
    for c in s.chars() {
        if c == '`' {
            out.push(if open { '\u{201c}' } else { '\u{201d}' });
            open = !open;
        } else {
            out.push(c);
        }
    }
    out
}

/// What serde found where it wanted another kind of value (serde's
/// `Unexpected`: `string "x"`, ``integer `3` ``, `sequence`, `null`), in
/// everyday words of `w`: the text "x", the number 3, a list.
fn found(w: &crate::core::words::Words, what: &str) -> String {
    // serde wraps a number or a boolean in backticks.
    let bare = |v: &str| v.trim().trim_matches('`').to_string();
    let text = |t: &str| crate::core::text::fill_with(w.ANSWERS_FOUND_TEXT, &[("s", &t)]);
    if let Some(v) = what.strip_prefix("string ") {
        // Written with Rust's quotes and escapes, which JSON reads back.
        let t =
            serde_json::from_str::<String>(v).unwrap_or_else(|_| v.trim_matches('"').to_string());
        text(&t)
    } else if let Some(v) = what.strip_prefix("character ") {
        text(&bare(v))
    } else if let Some(v) = what
        .strip_prefix("integer ")
        .or_else(|| what.strip_prefix("floating point "))
    {
        w.ANSWERS_FOUND_NUMBER.replace("{l}", &bare(v))
    } else if let Some(v) = what.strip_prefix("boolean ") {
        w.JSON_FOUND_BOOL.replace("{value}", &bare(v))
    } else {
        match what {
            "null" | "unit value" => w.JSON_FOUND_NULL,
            "sequence" | "a sequence" => w.JSON_A_LIST,
            "map" => w.JSON_A_GROUP,
            _ => w.JSON_FOUND_OTHER,
        }
        .to_string()
    }
}

/// A serde message fitcheck has its own words for, in the language of `w`.
fn known(w: &crate::core::words::Words, text: &str) -> Option<String> {
    let name = |t: &str, n: String| t.replace("{name}", &n);
    // Only the part before ", expected ...": the list of what serde wanted
    // is written for programmers.
    let head = |s: &str| s.split(", expected").next().unwrap_or(s).to_string();
    Some(if let Some(rest) = text.strip_prefix("missing field ") {
        name(w.JSON_MISSING, quoted(rest))
    } else if let Some(rest) = text.strip_prefix("unknown field ") {
        name(w.JSON_UNKNOWN_FIELD, quoted(&head(rest)))
    } else if let Some(rest) = text.strip_prefix("unknown variant ") {
        name(w.JSON_UNKNOWN_VALUE, quoted(&head(rest)))
    } else if let Some(rest) = text.strip_prefix("duplicate field ") {
        name(w.JSON_DUPLICATE, quoted(rest))
    } else if let Some(rest) = text.strip_prefix("invalid type: ") {
        w.JSON_WRONG_KIND.replace("{found}", &found(w, &head(rest)))
    } else if text.starts_with("invalid value: ") || text.starts_with("invalid length ") {
        w.JSON_BAD_VALUE.to_string()
    } else if text.starts_with("EOF while parsing") {
        w.JSON_CUT_OFF.to_string()
    } else if text == "expected value" {
        w.JSON_NOT_JSON.to_string()
    } else if text == "trailing characters" {
        w.JSON_TRAILING.to_string()
    } else if text.starts_with("invalid unicode")
        || text.contains("UTF-8")
        || text.contains("utf-8")
    {
        w.JSON_NOT_TEXT.to_string()
    } else {
        return None;
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_carry_no_error_numbers() {
        let e = std::fs::read("/no/such/fitcheck/file").unwrap_err();
        assert_eq!(io(&e), "there is no such file or folder");
        let e = Error::from_raw_os_error(40);
        assert!(!io(&e).contains("os error"), "{}", io(&e));
        let own = Error::other("the session would take 40 MB");
        assert_eq!(io(&own), "the session would take 40 MB");
    }

    #[test]
    fn json_errors_name_fields_in_words() {
        let e =
            serde_json::from_str::<serde_json::Map<String, serde_json::Value>>("{").unwrap_err();
        assert!(!json(&e).contains("EOF"));
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        #[serde(deny_unknown_fields)]
        struct S {
            schema: u32,
        }
        let e = serde_json::from_str::<S>("{}").unwrap_err();
        assert_eq!(json(&e), "\u{201c}schema\u{201d} is missing");
        let e = serde_json::from_str::<S>(r#"{"schema": 1, "x": 2}"#).unwrap_err();
        assert_eq!(
            json(&e),
            "\u{201c}x\u{201d} is not something fitcheck knows"
        );
        let e = serde_json::from_str::<S>(r#"{"schema": "one"}"#).unwrap_err();
        assert!(
            !json(&e).contains('`') && !json(&e).contains("u32"),
            "{}",
            json(&e)
        );
    }

    /// serde's names of kinds of values ("string", "integer", "sequence")
    /// become everyday words, in each language.
    #[test]
    fn the_kind_found_is_said_in_everyday_words() {
        use crate::core::words::ES;
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct S {
            plain: bool,
        }
        let said = |json_text: &str| {
            let e = serde_json::from_str::<S>(json_text).unwrap_err();
            (json(&e), json_in(&ES, &e))
        };
        for (value, en, es) in [
            (r#""sí""#, "the text \"sí\"", "el texto \u{201c}sí\u{201d}"),
            ("3", "the number 3", "el número 3"),
            ("1.5", "the number 1.5", "el número 1.5"),
            ("[1]", "a list", "una lista"),
            ("{}", "a group of fields", "un grupo de campos"),
            ("null", "null (an empty value)", "null (un valor vacío)"),
        ] {
            let (got_en, got_es) = said(&format!("{{\"plain\": {value}}}"));
            assert!(got_en.ends_with(&format!("(found {en})")), "{got_en}");
            assert!(got_es.ends_with(&format!("(se encontró {es})")), "{got_es}");
            for jargon in ["string", "integer", "floating", "sequence", "map", "`"] {
                assert!(!got_es.contains(jargon), "{got_es}");
            }
        }
    }
}
