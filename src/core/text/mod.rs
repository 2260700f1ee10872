//! Measuring, wrapping and cleaning text for the terminal and for printed
//! summaries. Widths are measured with `unicode-width`, so emoji and wide
//! (CJK) characters take the columns they really take.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Columns `s` takes on a terminal.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Removes control characters (escape sequences included) so that text the
/// parent typed can never move the cursor or change colours when shown.
/// Tabs become spaces; newlines become spaces unless `keep_newlines`.
pub fn clean(s: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\n' if keep_newlines => out.push('\n'),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            // Bidirectional overrides could reorder the rest of the line.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Text cleared to leave fitcheck for a terminal, a printed file or an
/// error message (issue 15: one boundary for terminal text). It can only be
/// made by cleaning, so it holds no ESC, no C0 control but the newline, no
/// C1 control and no bidi override. What writes to standard output or a
/// printed file takes it: `cmd`'s output, `store::write_private` and plain
/// mode's lines; error messages pass through `cli::fail`, which makes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown(String);

impl Shown {
    /// `s` cleaned for a terminal, its newlines kept.
    pub fn new(s: &str) -> Shown {
        Shown(clean(s, true))
    }

    /// JSON written by serde_json, for a terminal and still exact once
    /// parsed: serde_json escapes C0 controls itself; C1 controls, bidi
    /// overrides and line separators are escaped here too (`\u009b`). They
    /// can only be inside strings, so the JSON stays valid and means the same.
    pub fn json(json: &str) -> Shown {
        let mut out = String::with_capacity(json.len());
        for ch in json.chars() {
            if needs_escape_in_json(ch) {
                out.push_str(&format!("\\u{:04x}", u32::from(ch)));
            } else {
                out.push(ch);
            }
        }
        Shown(out)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Characters serde_json leaves raw that a terminal could act on.
fn needs_escape_in_json(ch: char) -> bool {
    matches!(ch, '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

/// The "2026-11-24" at the start of a timestamp read from a file, or "?"
/// when it does not start with such a date. Never returns other bytes from
/// the file, so a crafted `created` cannot reach the terminal.
/// JSON text with DEL and every C1 control (U+007F to U+009F) written as a
/// `\u` escape: serde_json writes them as they are, and a terminal obeys them.
/// The value is unchanged for any JSON reader; outside strings JSON is ASCII.
pub fn json_escape_c1(json: String) -> String {
    if !json.chars().any(|c| ('\u{7f}'..='\u{9f}').contains(&c)) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if ('\u{7f}'..='\u{9f}').contains(&c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

pub fn day(stamp: &str) -> String {
    let b = stamp.as_bytes();
    let ok = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if ok {
        stamp[..10].to_string()
    } else {
        "?".to_string()
    }
}

/// Wraps `s` into lines of at most `cols` columns, breaking at spaces and,
/// for words longer than a line, inside the word.
pub fn wrap(s: &str, cols: usize) -> Vec<String> {
    let cols = cols.max(1);
    let mut lines = Vec::new();
    for para in s.split('\n') {
        let mut line = String::new();
        let mut line_w = 0;
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            let w = width(word);
            if line_w > 0 && line_w + 1 + w <= cols {
                line.push(' ');
                line.push_str(word);
                line_w += 1 + w;
                continue;
            }
            if line_w > 0 {
                lines.push(std::mem::take(&mut line));
                line_w = 0;
            }
            if w <= cols {
                line.push_str(word);
                line_w = w;
                continue;
            }
            for ch in word.chars() {
                let cw = ch.width().unwrap_or(0);
                if line_w + cw > cols && line_w > 0 {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0;
                }
                line.push(ch);
                line_w += cw;
            }
        }
        lines.push(line);
    }
    lines
}

/// `s` wrapped to `cols` columns with every line starting with `indent`.
pub fn indented(s: &str, indent: &str, cols: usize) -> String {
    let mut out = String::new();
    for line in wrap(s, cols.saturating_sub(width(indent)).max(10)) {
        out.push_str(indent);
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// `s` wrapped to `cols` columns, the first line starting with `first` and
/// the others with `rest` (a hanging indent for list items).
pub fn hanging(s: &str, first: &str, rest: &str, cols: usize) -> String {
    let mut out = String::new();
    let inner = cols.saturating_sub(width(first).max(width(rest))).max(10);
    for (i, line) in wrap(s, inner).into_iter().enumerate() {
        out.push_str(if i == 0 { first } else { rest });
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// `s` with its first letter in lower case, for a name used mid-sentence
/// ("Trauma" -> "trauma"). Names that start with an acronym keep it ("ADHD").
pub fn mid_sentence(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() => {
            let mut out = String::with_capacity(s.len() + 2);
            out.extend(a.to_lowercase());
            out.push_str(&s[a.len_utf8()..]);
            out
        }
        _ => s.to_string(),
    }
}

/// [`fill`] with values of any kind that prints (text, numbers, paths
/// shown with `.display()`), each filled in once: a value that itself holds
/// "{role}" (a label the parent typed) is never expanded.
pub fn fill_with(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let shown: Vec<(&str, String)> = values.iter().map(|(k, v)| (*k, v.to_string())).collect();
    let pairs: Vec<(&str, &str)> = shown.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(template, &pairs)
}

/// Pushes `s` onto `out` with its first letter in upper case.
fn push_capitalized(out: &mut String, s: &str) {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => {
            out.extend(c.to_uppercase());
            out.push_str(chars.as_str());
        }
        _ => out.push_str(s),
    }
}

/// `s` with its first letter in upper case ("the LCSW" is "The LCSW").
pub fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        _ => s.to_string(),
    }
}

/// `template` with each `{name}` replaced by its value from `values`, in
/// one pass: a value is never searched for placeholders itself, so a name
/// the parent typed that looks like `{need}` stays as typed. A placeholder
/// with no value is left as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let extra: usize = values.iter().map(|(_, v)| v.len()).sum();
    let mut out = String::with_capacity(template.len() + extra);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            let (_, v) = values.iter().find(|(n, _)| *n == name)?;
            Some((v, close))
        });
        match value {
            Some((v, close)) => {
                // A value that starts a sentence starts with a capital:
                // "The LCSW's training ...".
                if (out.is_empty() || out.ends_with(". ")) && template.trim_end().ends_with('.') {
                    push_capitalized(&mut out, v);
                } else {
                    out.push_str(v);
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `s` cut to at most `cols` columns, with an ellipsis when cut.
pub fn truncate(s: &str, cols: usize) -> String {
    if width(s) <= cols {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for ch in s.chars() {
        let cw = ch.width().unwrap_or(0);
        if w + cw + 1 > cols {
            break;
        }
        out.push(ch);
        w += cw;
    }
    out.push('…');
    out
}

/// `s` padded with spaces to `cols` columns.
pub fn pad(s: &str, cols: usize) -> String {
    let w = width(s);
    if w >= cols {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(cols - w))
    }
}

/// Lower-cases, drops dots and apostrophes ("L.C.S.W." -> "lcsw"), turns
/// any other punctuation into a space and folds runs of spaces.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for ch in text.chars() {
        if matches!(ch, '.' | '\'' | '’') {
            continue;
        }
        if ch.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            if ch.is_ascii() {
                out.push(ch.to_ascii_lowercase());
            } else {
                // Accents fold away, so "psicóloga" meets "psicologa".
                for lower in ch.to_lowercase() {
                    out.push(fold_accent(lower));
                }
            }
        } else {
            space = true;
        }
    }
    out
}

/// A lower-case letter without its accent (the letters of Spanish, French
/// and Portuguese titles); any other character as it is.
fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// "a" or "an" before `word`, as it is said aloud: "an LPC", "an RBT" and
/// "an MSW" (an acronym is read letter by letter), "a QMHA", "an
/// occupational therapist", "a user", "an hour".
pub fn indefinite_article(word: &str) -> &'static str {
    let first: String = word
        .split(|c: char| c.is_whitespace() || c == '-' || c == '/')
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    let acronym = first.chars().count() >= 2
        && first
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let Some(c) = first.chars().next() else {
        return "a";
    };
    if acronym {
        // Letters whose names start with a vowel sound: A, E, F, H, I, L, M, N, O, R, S, X.
        return if "AEFHILMNORSX".contains(c) {
            "an"
        } else {
            "a"
        };
    }
    let lower = first.to_lowercase();
    let said_like_you = ["uni", "use", "usu", "uti", "eu", "one", "once"];
    let silent_h = ["hour", "honest", "honor", "heir"];
    if silent_h.iter().any(|p| lower.starts_with(p)) {
        "an"
    } else if said_like_you.iter().any(|p| lower.starts_with(p)) {
        "a"
    } else if "aeiou".contains(lower.chars().next().unwrap_or('x')) {
        "an"
    } else {
        "a"
    }
}

/// `template` with its "a {key}" made "an {key}" where `value` is said with
/// a vowel sound first ("is a {role}" with LPC reads "is an LPC"). Only an
/// "a" standing alone is changed, so another language's words are left as
/// they are.
pub fn articles_for(template: &str, key: &str, value: &str) -> String {
    if indefinite_article(value) == "a" {
        return template.to_string();
    }
    let mut out = template.to_string();
    for (a, an) in [("a", "an"), ("A", "An")] {
        let from = format!("{a} {{{key}}}");
        let to = format!("{an} {{{key}}}");
        let mut at = 0;
        while let Some(i) = out[at..].find(&from) {
            let i = at + i;
            let alone = out[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if alone {
                out.replace_range(i..i + from.len(), &to);
                at = i + to.len();
            } else {
                at = i + from.len();
            }
        }
    }
    out
}

/// A heading line, then each item on its own line, indented: how an error
/// with several parts is said ("3 answers do not fit the questions:").
pub fn listed<T: std::fmt::Display>(head: &str, items: &[T]) -> String {
    let mut out = format!("{head}\n");
    for item in items {
        out.push_str(&format!("  {item}\n"));
    }
    out
}

/// "" for one, "s" for any other number.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests;
