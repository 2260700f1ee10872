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
    let text = e.to_string();
    let text = match text.rfind(" at line ") {
        Some(i) => &text[..i],
        None => &text,
    };
    json_message(text)
}

/// [`json`] for the message alone.
pub fn json_message(text: &str) -> String {
    let quoted = |s: &str| -> String {
        // serde names things in backticks: `schema`.
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
    };
    // Only the part before ", expected ...": the list of what serde wanted
    // is written for programmers.
    let head = |s: &str| s.split(", expected").next().unwrap_or(s).to_string();
    if let Some(rest) = text.strip_prefix("missing field ") {
        format!("{} is missing", quoted(rest))
    } else if let Some(rest) = text.strip_prefix("unknown field ") {
        format!("{} is not something fitcheck knows", quoted(&head(rest)))
    } else if let Some(rest) = text.strip_prefix("unknown variant ") {
        format!("{} is not a value fitcheck knows", quoted(&head(rest)))
    } else if let Some(rest) = text.strip_prefix("duplicate field ") {
        format!("{} is given twice", quoted(rest))
    } else if let Some(rest) = text.strip_prefix("invalid type: ") {
        format!(
            "a value is of the wrong kind (found {})",
            quoted(&head(rest))
                .replace("a sequence", "a list")
                .replace("sequence", "a list")
                .replace("map", "a group of fields")
        )
    } else if text.starts_with("invalid value: ") || text.starts_with("invalid length ") {
        "a value is not one fitcheck accepts".to_string()
    } else if text.starts_with("EOF while parsing") {
        "it ends too early: it was probably cut off".to_string()
    } else if text == "expected value" {
        "there is something that is not JSON".to_string()
    } else if text == "trailing characters" {
        "there is more after the end of the JSON".to_string()
    } else if text.starts_with("invalid unicode")
        || text.contains("UTF-8")
        || text.contains("utf-8")
    {
        "it is not text (UTF-8)".to_string()
    } else {
        quoted(text)
    }
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
}
