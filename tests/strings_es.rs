//! The Spanish words of the program (`src/strings_es.rs`, issue 16) against
//! the English ones (`src/strings.rs`): the same constants in the same
//! order with the same placeholders, the same keys, a Spanish help text for
//! every command-line argument, and Spanish that reads easily by the
//! Szigriszt-Pazos / INFLESZ measure.
//!
//! Both files are read as source text, so the Spanish table needs no
//! wiring to be checked.

use std::collections::{BTreeMap, BTreeSet};

use clap::CommandFactory;

const ENGLISH: &str = include_str!("../src/strings.rs");
const SPANISH: &str = include_str!("../src/strings_es.rs");
/// In `strings_es.rs`, the line after which the constants only Spanish has begin.
const SPANISH_ONLY_MARK: &str = "// Solo en español.";

// ---------------------------------------------------------------- parsing

/// One `pub const NAME: TYPE = VALUE;` of a strings file.
#[derive(Debug, Clone)]
struct Const {
    name: String,
    /// The text between ':' and '=', such as `&str` or `(&str, &str)`.
    ty: String,
    /// Every string literal of the value, unescaped, in order.
    texts: Vec<String>,
    /// The value as written, for the consts that are not strings (a char, a number).
    raw: String,
}

/// Reads the `pub const` items of a strings file, in order.
fn consts(source: &str) -> Vec<Const> {
    let mut out = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("pub const ") {
        let after = &rest[at + "pub const ".len()..];
        let colon = after.find(':').expect("a const has a type");
        let name = after[..colon].trim().to_string();
        let eq = colon + after[colon..].find('=').expect("a const has a value");
        let ty = after[colon + 1..eq].trim().to_string();
        let value = &after[eq + 1..];
        let (texts, len) = literals(value);
        out.push(Const {
            name,
            ty,
            texts,
            raw: value[..len].trim().to_string(),
        });
        rest = &value[len..];
    }
    out
}

/// The string literals in `value` up to the `;` that ends it (outside any
/// literal), unescaped; and the length read.
fn literals(value: &str) -> (Vec<String>, usize) {
    let mut texts = Vec::new();
    let mut chars = value.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            ';' => return (texts, i),
            '\'' => {
                // A char literal: 'c' or '\''.
                for (_, d) in chars.by_ref() {
                    if d == '\'' {
                        break;
                    }
                }
            }
            '"' => {
                let mut text = String::new();
                while let Some((_, d)) = chars.next() {
                    match d {
                        '"' => break,
                        '\\' => match chars.next().map(|(_, e)| e) {
                            Some('n') => text.push('\n'),
                            Some('"') => text.push('"'),
                            Some('\\') => text.push('\\'),
                            Some('\'') => text.push('\''),
                            Some('u') => {
                                let mut hex = String::new();
                                for (_, h) in chars.by_ref() {
                                    match h {
                                        '{' => {}
                                        '}' => break,
                                        h => hex.push(h),
                                    }
                                }
                                let code = u32::from_str_radix(&hex, 16).expect("a \\u escape");
                                text.push(char::from_u32(code).expect("a char"));
                            }
                            // A line continuation: the newline and the next
                            // line's leading spaces are dropped.
                            Some('\n') => {
                                while chars.peek().is_some_and(|(_, w)| w.is_whitespace()) {
                                    chars.next();
                                }
                            }
                            other => panic!("unknown escape \\{other:?}"),
                        },
                        d => text.push(d),
                    }
                }
                texts.push(text);
            }
            _ => {}
        }
    }
    panic!("a const without its ';'")
}

/// The `{placeholder}` names in `text`.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close)
                if after[..close]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && close > 0 =>
            {
                out.insert(after[..close].to_string());
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    out
}

fn english() -> Vec<Const> {
    consts(ENGLISH)
}

/// The Spanish constants shared with English, and those only Spanish has.
fn spanish() -> (Vec<Const>, Vec<Const>) {
    let mark = SPANISH
        .find(SPANISH_ONLY_MARK)
        .expect("strings_es.rs marks where its own constants begin");
    (consts(&SPANISH[..mark]), consts(&SPANISH[mark..]))
}

fn by_name(list: &[Const]) -> BTreeMap<&str, &Const> {
    list.iter().map(|c| (c.name.as_str(), c)).collect()
}

#[test]
fn the_parser_reads_what_the_compiler_reads() {
    let got = consts(
        "pub const A: &str = \"x {a}; \\u{201c}y\\u{201d}\";\n\
         pub const B: (&str, &str) = (\"k\", \"it's \\\"so\\\"\");\n\
         pub const C: char =\n    ';';\n\
         pub const D: &str = \"one \\\n    two\";\n",
    );
    let names: Vec<&str> = got.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["A", "B", "C", "D"]);
    assert_eq!(got[0].texts, ["x {a}; \u{201c}y\u{201d}"]);
    assert_eq!(got[1].texts, ["k", "it's \"so\""]);
    assert!(got[2].texts.is_empty());
    assert_eq!(got[2].raw, "';'");
    assert_eq!(got[3].texts, ["one two"]);
    assert_eq!(
        placeholders("{a} {b_c} {} { x} {a}"),
        BTreeSet::from(["a".to_string(), "b_c".to_string()])
    );
    assert!(
        english().len() > 300,
        "strings.rs reads as {} consts",
        english().len()
    );
}

#[test]
fn spanish_has_every_english_const_in_order_and_no_other() {
    let en = english();
    let (es, own) = spanish();
    let en_names: Vec<&str> = en.iter().map(|c| c.name.as_str()).collect();
    let es_names: Vec<&str> = es.iter().map(|c| c.name.as_str()).collect();
    let en_set: BTreeSet<&str> = en_names.iter().copied().collect();
    let es_set: BTreeSet<&str> = es_names.iter().copied().collect();
    let missing: Vec<&&str> = en_set.difference(&es_set).collect();
    let extra: Vec<&&str> = es_set.difference(&en_set).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing in strings_es.rs: {missing:?}\nin strings_es.rs but not in strings.rs (move it below \"{SPANISH_ONLY_MARK}\"): {extra:?}"
    );
    assert_eq!(en_names, es_names, "the same constants, in the same order");
    for c in &own {
        assert!(
            !en_set.contains(c.name.as_str()),
            "{} is below \"{SPANISH_ONLY_MARK}\" but English has it too",
            c.name
        );
    }
}

#[test]
fn every_const_has_the_same_type_and_placeholders_in_both_languages() {
    let en = english();
    let (es, _) = spanish();
    let es = by_name(&es);
    let mut wrong = Vec::new();
    for e in &en {
        let Some(s) = es.get(e.name.as_str()) else {
            continue; // reported by the test above
        };
        if e.ty != s.ty {
            wrong.push(format!(
                "{}: type {} in English, {} in Spanish",
                e.name, e.ty, s.ty
            ));
            continue;
        }
        if e.texts.is_empty() {
            if e.raw != s.raw {
                wrong.push(format!(
                    "{}: {} in English, {} in Spanish",
                    e.name, e.raw, s.raw
                ));
            }
            continue;
        }
        if e.texts.len() != s.texts.len() {
            wrong.push(format!(
                "{}: {} texts in English, {} in Spanish",
                e.name,
                e.texts.len(),
                s.texts.len()
            ));
            continue;
        }
        for (i, (a, b)) in e.texts.iter().zip(&s.texts).enumerate() {
            if placeholders(a) != placeholders(b) {
                wrong.push(format!(
                    "{}[{i}]: {:?} in English, {:?} in Spanish",
                    e.name,
                    placeholders(a),
                    placeholders(b)
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Keys do not change with the language; only their labels do. The one
/// key named by a word that is not on the key itself, Space, is said in Spanish.
fn same_key(en: &str, es: &str) -> bool {
    en.replace("Space", "Espacio") == es
}

#[test]
fn keys_are_the_same_in_both_languages() {
    let en = english();
    let (es, _) = spanish();
    let es = by_name(&es);
    let mut wrong = Vec::new();
    for e in en.iter().filter(|c| c.ty == "(&str, &str)") {
        let s = es[e.name.as_str()];
        if !same_key(&e.texts[0], &s.texts[0]) {
            wrong.push(format!("{}: {:?} / {:?}", e.name, e.texts[0], s.texts[0]));
        }
    }
    let help_en = &en.iter().find(|c| c.name == "HELP").expect("HELP").texts;
    let help_es = &es["HELP"].texts;
    for (a, b) in help_en.iter().zip(help_es.iter()).step_by(2) {
        if !same_key(a, b) {
            wrong.push(format!("HELP: {a:?} / {b:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The Spanish-only constant holding the help of a clap argument, command
/// or possible value: see the naming rule in `strings_es.rs`.
fn help_name(parts: &[&str]) -> String {
    let joined: Vec<String> = parts
        .iter()
        .map(|p| p.replace('-', "_").to_uppercase())
        .collect();
    format!("HELP_{}", joined.join("_"))
}

#[test]
fn every_command_line_argument_has_spanish_help() {
    let (_, own) = spanish();
    let own = by_name(&own);
    let mut missing = Vec::new();
    let mut checked = 0;
    let mut want = |name: String| {
        checked += 1;
        if !own.contains_key(name.as_str()) {
            missing.push(name);
        }
    };
    let mut root = fitcheck::cli::Cli::command();
    root.build();
    for name in ["ABOUT", "AFTER", "HELP", "VERSION", "CMD_HELP"] {
        want(format!("HELP_{name}"));
    }
    for a in root.get_arguments() {
        let id = a.get_id().as_str();
        if id != "help" && id != "version" {
            want(help_name(&[id]));
        }
    }
    for c in root.get_subcommands() {
        let cmd = c.get_name();
        if cmd == "help" {
            continue;
        }
        want(help_name(&["cmd", cmd]));
        for a in c.get_arguments() {
            let id = a.get_id().as_str();
            if a.is_global_set() || id == "help" || id == "version" {
                continue;
            }
            // Global options are listed once, under the root command.
            if root.get_arguments().any(|r| r.get_id() == a.get_id()) {
                continue;
            }
            want(help_name(&[cmd, id]));
            if id == "shell" {
                continue; // shell names are their own description
            }
            for v in a.get_possible_values() {
                if v.get_help().is_some() {
                    want(help_name(&[cmd, id, v.get_name()]));
                }
            }
        }
    }
    assert!(checked > 40, "only {checked} help texts looked for");
    assert!(
        missing.is_empty(),
        "Spanish help is missing for: {missing:?}"
    );
}

#[test]
fn plain_mode_words_do_not_clash() {
    let (_, own) = spanish();
    let lists: Vec<&Const> = own
        .iter()
        .filter(|c| c.name.starts_with("PLAIN_WORDS_"))
        .collect();
    assert!(lists.len() >= 10, "{} word lists", lists.len());
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for c in &lists {
        for w in &c.texts {
            assert_eq!(w, &w.to_lowercase(), "{}: {w} in lower case", c.name);
            if let Some(other) = seen.insert(w.as_str(), c.name.as_str()) {
                panic!("{w:?} is in both {other} and {}", c.name);
            }
        }
    }
    // Every accented word is also there without its accents.
    for c in &lists {
        for w in &c.texts {
            let bare = fitcheck::core::title::normalize(w);
            assert!(
                c.texts.contains(&bare),
                "{}: {w:?} without accents ({bare:?}) is missing",
                c.name
            );
        }
    }
}

// ------------------------------------------------------------ readability

/// Strong vowels; an accent on i or u makes it strong too (a hiatus: "día").
fn strong(c: char) -> bool {
    "aeoáéóíú".contains(c)
}

fn vowel(c: char) -> bool {
    "aeiouáéíóúü".contains(c)
}

/// Spanish syllables: one per vowel nucleus. Vowels side by side share a
/// syllable (a diphthong, "ciudad"; a triphthong, "buey") unless both are
/// strong, which splits them (a hiatus: "poeta", "país"). A "y" is a vowel
/// when no vowel follows it ("hay", "muy", "y"). A word with no vowel (an
/// acronym such as LCSW, or a number) counts as one.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let is_vowel = |i: usize| -> bool {
        let c = w[i];
        vowel(c) || (c == 'y' && !w.get(i + 1).is_some_and(|&n| vowel(n)))
    };
    let mut count = 0;
    for i in 0..w.len() {
        if !is_vowel(i) {
            continue;
        }
        let starts_nucleus = i == 0 || !is_vowel(i - 1) || (strong(w[i - 1]) && strong(w[i]));
        if starts_nucleus {
            count += 1;
        }
    }
    count.max(1)
}

fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric)
}

/// Sentences: each ., ! or ? that ends a word, plus one for a piece that
/// does not end with one. Pieces are paragraphs and the lines of a list
/// (a line that starts with spaces), so a list counts as short sentences.
fn sentences(text: &str) -> usize {
    let mut pieces: Vec<String> = Vec::new();
    for paragraph in text.split("\n\n") {
        for line in paragraph.lines() {
            match pieces.last_mut() {
                Some(last) if !line.starts_with(' ') && !last.is_empty() => {
                    last.push(' ');
                    last.push_str(line);
                }
                _ => pieces.push(line.to_string()),
            }
        }
        pieces.push(String::new());
    }
    let closers = ['"', '\'', ')', '\u{201d}', '\u{2019}', '»'];
    let mut count = 0;
    for piece in pieces.iter().filter(|p| is_word(p)) {
        for token in piece.split_whitespace() {
            let t = token.trim_end_matches(closers);
            if t.ends_with(['.', '!', '?']) && t.chars().any(char::is_alphanumeric) {
                count += 1;
            }
        }
        if !piece
            .trim_end()
            .trim_end_matches(closers)
            .ends_with(['.', '!', '?'])
        {
            count += 1;
        }
    }
    count.max(1)
}

/// A placeholder stands for one short word once filled: "algo".
fn filled(text: &str) -> String {
    let mut out = text.to_string();
    for p in placeholders(text) {
        out = out.replace(&format!("{{{p}}}"), "algo");
    }
    out
}

#[derive(Debug, Clone, Copy)]
struct Counts {
    words: usize,
    sentences: usize,
    syllables: usize,
}

impl Counts {
    fn of(text: &str) -> Counts {
        let text = filled(text);
        let words: Vec<&str> = text.split_whitespace().filter(|t| is_word(t)).collect();
        Counts {
            words: words.len(),
            sentences: sentences(&text),
            syllables: words.iter().map(|w| syllables(w)).sum(),
        }
    }

    /// Szigriszt-Pazos perspicuity (the INFLESZ scale): 55 to 65 is
    /// "normal", above 65 "fairly easy", above 80 "very easy".
    fn perspicuity(&self) -> f64 {
        let words = self.words.max(1) as f64;
        206.835 - 62.3 * self.syllables as f64 / words - words / self.sentences.max(1) as f64
    }
}

#[test]
fn syllable_counter_knows_diphthongs_and_hiatus() {
    for (word, n) in [
        ("casa", 2),
        ("niño", 2),
        ("y", 1),
        ("hay", 1),
        ("muy", 1),
        ("ayuda", 3),
        ("ciudad", 2),
        ("cuidado", 3),
        ("guerra", 2),
        ("pingüino", 3),
        ("buey", 1),
        ("Uruguay", 3),
        ("país", 2),
        ("día", 2),
        ("reúne", 3),
        ("oír", 2),
        ("poeta", 3),
        ("leer", 2),
        ("aéreo", 4),
        ("evaluación", 4),
        ("acción", 2),
        ("ahora", 3),
        ("psicóloga", 4),
        ("seguridad", 4),
        ("atrás", 2),
        ("¿Qué", 1),
        ("LCSW", 1),
        ("988", 1),
        ("fitcheck", 2),
    ] {
        assert_eq!(syllables(word), n, "{word}");
    }
    assert_eq!(sentences("Sí"), 1);
    assert_eq!(sentences("Uno. ¿Dos? Tres"), 3);
    assert_eq!(sentences("Pregunte: \u{201c}¿Quién es?\u{201d}"), 1);
    assert_eq!(sentences("Lista:\n  0    uno\n  1    dos\n\nFin."), 4);
}

#[test]
fn perspicuity_formula_matches_known_values() {
    // 206.835 - 62.3 * 20/10 - 10/1 = 72.235
    let c = Counts {
        words: 10,
        sentences: 1,
        syllables: 20,
    };
    assert!((c.perspicuity() - 72.235).abs() < 1e-9);
    // Long words in one long sentence score far below 55; the test below would fail on it.
    let hard = Counts::of(
        "La implementación de intervenciones psicoterapéuticas multidisciplinarias requiere una consideración individualizada de circunstancias socioeconómicas, psicológicas y ambientales.",
    );
    assert!(hard.perspicuity() < 40.0, "{}", hard.perspicuity());
    let easy = Counts::of("Su hijo está a salvo. Puede llamar hoy.");
    assert!(easy.perspicuity() > 80.0, "{}", easy.perspicuity());
}

/// The Spanish texts the readability bar holds to: every shared constant's
/// texts but key hints (the key bar and the key column of the help) and
/// texts of a single word of their own (labels such as "Guardado", or a
/// template that only joins placeholders); and the Spanish-only texts
/// (plurals, command-line help, messages still hard-coded in English) but
/// the plain-mode word lists.
fn readable_texts() -> Vec<(String, String)> {
    let (shared, own) = spanish();
    let mut out = Vec::new();
    for c in &shared {
        if c.ty == "(&str, &str)" {
            continue;
        }
        let step = if c.name == "HELP" { 2 } else { 1 };
        let skip = usize::from(c.name == "HELP");
        for (i, t) in c.texts.iter().enumerate().skip(skip).step_by(step) {
            out.push((format!("{}[{i}]", c.name), t.clone()));
        }
    }
    for c in own.iter().filter(|c| !c.name.starts_with("PLAIN_WORDS_")) {
        for (i, t) in c.texts.iter().enumerate() {
            out.push((format!("{}[{i}]", c.name), t.clone()));
        }
    }
    out.retain(|(_, t)| {
        let own_words = t
            .split_whitespace()
            .filter(|w| is_word(w) && placeholders(w).is_empty())
            .count();
        own_words >= 2
    });
    out
}

#[test]
fn spanish_reads_easily_by_the_inflesz_scale() {
    let texts = readable_texts();
    assert!(texts.len() > 250, "only {} texts", texts.len());
    let mut scored: Vec<(f64, &str, &str)> = texts
        .iter()
        .map(|(at, t)| (Counts::of(t).perspicuity(), at.as_str(), t.as_str()))
        .collect();
    let n = scored.len() as f64;
    let mean = scored.iter().map(|s| s.0).sum::<f64>() / n;
    let easy = scored.iter().filter(|s| s.0 >= 55.0).count() as f64 / n;
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    let worst: Vec<String> = scored
        .iter()
        .take(15)
        .map(|(p, at, t)| format!("  {p:5.1}  {at}: {t}"))
        .collect();
    println!(
        "INFLESZ over {} texts: mean {mean:.1}, {:.1}% at 55 or more. Hardest:\n{}",
        scored.len(),
        easy * 100.0,
        worst.join("\n")
    );
    assert!(
        easy >= 0.90 && mean >= 65.0,
        "mean {mean:.1} (needs 65), {:.1}% at 55 or more (needs 90%). Hardest:\n{}",
        easy * 100.0,
        worst.join("\n")
    );
}

#[test]
fn spanish_uses_the_agreed_words_and_no_english_leaks() {
    let (shared, own) = spanish();
    let all: Vec<(&str, &String)> = shared
        .iter()
        .chain(&own)
        .filter(|c| !c.name.starts_with("KEY_") && c.name != "HELP")
        // The welcome's line for the other language is in English on purpose.
        .filter(|c| c.name != "WELCOME_OTHER_LANG")
        .flat_map(|c| c.texts.iter().map(move |t| (c.name.as_str(), t)))
        .collect();
    // Words a translation might slip into, and the agreed term instead.
    let avoid = [
        ("proveedor", "profesional"),
        ("chequeo", "revisión"),
        ("check-in", "revisión"),
        ("the ", "(English)"),
        (" and ", "(English)"),
        ("Press ", "(English)"),
        ("Type ", "(English)"),
        ("tú ", "usted"),
        ("puedes", "puede"),
    ];
    let mut wrong = Vec::new();
    for (name, t) in &all {
        let lower = t.to_lowercase();
        for (bad, good) in avoid {
            if lower.contains(&bad.to_lowercase()) {
                wrong.push(format!("{name}: \u{201c}{bad}\u{201d} (use {good}): {t}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let joined: String = all
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    for term in [
        "no es un problema",
        "revisión",
        "plan de seguridad",
        "Ajuste",
        "preguntas para hacer",
        "aún no se sabe",
        "sesión",
        "profesional",
    ] {
        assert!(
            joined.contains(term),
            "the agreed term {term:?} is not used"
        );
    }
}
