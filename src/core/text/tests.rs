use super::*;

#[test]
fn articles_follow_the_sound() {
    for (word, want) in [
        ("LPC", "an"),
        ("LCSW-A", "an"),
        ("RBT", "an"),
        ("MSW", "an"),
        ("NP", "an"),
        ("FNP", "an"),
        ("SLP", "an"),
        ("OT", "an"),
        ("QMHA", "a"),
        ("QMHP-C", "a"),
        ("BCBA", "a"),
        ("CADC", "a"),
        ("PA", "a"),
        ("Qualified Mental Health Associate", "a"),
        ("occupational therapist", "an"),
        ("Intensive care coordinator", "an"),
        ("unlicensed helper", "an"),
        ("university counselor", "a"),
        ("hour", "an"),
        ("skills trainer", "a"),
        ("", "a"),
    ] {
        assert_eq!(indefinite_article(word), want, "{word}");
    }
    assert_eq!(
        articles_for("Ms. Lee is a {role}. What a {role} does.", "role", "LPC"),
        "Ms. Lee is an {role}. What an {role} does."
    );
    assert_eq!(
        articles_for("A {role} can help.", "role", "LPC"),
        "An {role} can help."
    );
    // Not an article alone: left as it is.
    assert_eq!(
        articles_for("Es una {role}.", "role", "LPC"),
        "Es una {role}."
    );
    assert_eq!(articles_for("is a {role}", "role", "QMHA"), "is a {role}");
}

#[test]
fn c1_controls_in_json_become_escapes_and_read_back_the_same() {
    let v = serde_json::json!({"label": "Maya\u{85}\u{9b}31m\u{7f} é"});
    let text = json_escape_c1(v.to_string());
    assert_eq!(text, r#"{"label":"Maya\u0085\u009b31m\u007f é"}"#);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), v);
}

#[test]
fn fill_replaces_each_placeholder_once() {
    let filled = fill(
        "{provider} is {role}; {provider} again",
        &[("provider", "Ms. {role}"), ("role", "a skills trainer")],
    );
    assert_eq!(filled, "Ms. {role} is a skills trainer; Ms. {role} again");
}

#[test]
fn fill_leaves_unknown_and_unclosed_braces() {
    assert_eq!(fill("{x} {y} {", &[("x", "1")]), "1 {y} {");
    assert_eq!(fill("no braces", &[("x", "1")]), "no braces");
    assert_eq!(fill("{}{x}", &[("x", "é")]), "{}é");
}

#[test]
fn clean_drops_escapes_and_controls() {
    assert_eq!(clean("a\x1b[31mred\x07\tb", false), "a[31mred b");
    assert_eq!(clean("x\u{202e}y", false), "xy");
    assert_eq!(clean("line\nnext", true), "line\nnext");
}

#[test]
fn shown_json_escapes_what_serde_leaves_raw_and_parses_back_the_same() {
    let value = serde_json::json!({ "label": "a\u{1b}[2J\u{9b}31m\u{202e}b\u{2028}é😀" });
    let text = serde_json::to_string_pretty(&value).unwrap();
    let shown = Shown::json(&text);
    assert!(
        shown.as_str().chars().all(|c| !c.is_control() || c == '\n'),
        "{shown}"
    );
    assert!(!shown.as_str().contains('\u{202e}'));
    let back: serde_json::Value = serde_json::from_str(shown.as_str()).unwrap();
    assert_eq!(back, value);
    assert_eq!(Shown::new("a\u{1b}]0;x\u{7}\nb").as_str(), "a]0;x\nb");
}

#[test]
fn wrap_respects_width_of_wide_characters() {
    let lines = wrap("日本語のテキスト と 😀😀😀 words here", 8);
    assert!(lines.iter().all(|l| width(l) <= 8), "{lines:?}");
    assert_eq!(wrap("aaa bbb ccc", 7), vec!["aaa bbb", "ccc"]);
}

#[test]
fn hanging_indents_continuation_lines() {
    assert_eq!(
        hanging("aaa bbb ccc ddd", "  - ", "    ", 16),
        "  - aaa bbb ccc\n    ddd\n"
    );
}

#[test]
fn mid_sentence_lowers_only_ordinary_words() {
    assert_eq!(mid_sentence("Trauma"), "trauma");
    assert_eq!(mid_sentence("ADHD support"), "ADHD support");
    assert_eq!(mid_sentence("A steady adult"), "a steady adult");
}

#[test]
fn truncate_adds_ellipsis() {
    assert_eq!(truncate("abcdef", 4), "abc…");
    assert_eq!(truncate("abc", 4), "abc");
}
