//! `fitcheck list`, run as a parent would: newest first, with label,
//! dates, progress and verdicts, within 80 columns, and bad files named on
//! stderr without stopping the listing.

mod sessions_common;

use fitcheck::store::Store;
use sessions_common::*;

#[test]
fn an_empty_folder_lists_nothing_and_says_where_sessions_go() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("sessions");
    let out = run(&data, &["list"]);
    assert_eq!(code(&out), 0);
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains("No saved sessions yet"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains(&data.display().to_string()));
    assert!(!data.exists(), "listing creates nothing");
}

#[test]
fn sessions_are_listed_newest_first_with_their_facts() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path();
    let bank = bank();
    let old = saved_finished(&bank, data, NOW, Some("Maya - skills trainer"));
    let new = saved_unfinished(&bank, data, NOW + 86_400 * 3, None);
    let out = run(data, &["list"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("ID") && lines[0].contains("LABEL"));
    for col in ["CREATED", "UPDATED", "PROGRESS"] {
        assert!(lines[0].contains(col), "{col} missing: {}", lines[0]);
    }
    let new_at = lines.iter().position(|l| l.starts_with(&new.id)).unwrap();
    let old_at = lines.iter().position(|l| l.starts_with(&old.id)).unwrap();
    assert!(new_at < old_at, "newest first:\n{text}");
    let new_line = lines[new_at];
    assert!(new_line.contains(&format!(
        "{}/{}",
        new.digest.answered, new.digest.applicable
    )));
    let old_line = lines[old_at];
    assert!(old_line.contains("Maya - skills trainer"));
    assert!(old_line.contains("2026-01-15"));
    assert!(old_line.contains("finished"));
    // The verdicts, in the bank's own words, on the line below.
    let verdicts = lines[old_at + 1];
    for v in &old.digest.verdicts {
        assert!(verdicts.contains(&v.label), "{verdicts}");
        let word = match v.verdict.as_str() {
            "good_fit" => &bank.meta.verdicts.good_fit.label,
            "partial_fit" => &bank.meta.verdicts.partial_fit.label,
            "poor_fit" => &bank.meta.verdicts.poor_fit.label,
            _ => &bank.meta.verdicts.unknown.label,
        };
        assert!(verdicts.contains(word.as_str()), "{verdicts}");
    }
    for l in &lines {
        assert!(fitcheck::core::text::width(l) <= 80, "too wide: {l}");
    }
}

#[test]
fn long_and_unusual_labels_stay_in_their_column_and_reach_no_terminal_raw() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let labels = [
        "日本語のラベル とても長い名前のセッションです 😀😀😀",
        "مرحبا - العربية",
        "e\u{301}\u{301}\u{301} combining",
        "red \x1b[31malert\x1b[0m \x07 bell",
        &"x".repeat(100_000),
    ];
    for (i, l) in labels.iter().enumerate() {
        saved_finished(&bank, tmp.path(), NOW + i as i64, Some(l));
    }
    let out = run(tmp.path(), &["list"]);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text:?}");
    for l in text.lines() {
        assert!(fitcheck::core::text::width(l) <= 80, "too wide: {l}");
    }
    // The labels themselves were saved intact.
    let (sessions, bad) = Store::at(tmp.path()).list();
    assert!(bad.is_empty());
    for l in labels {
        assert!(sessions.iter().any(|s| s.label.as_deref() == Some(l)));
    }
}

#[test]
fn a_second_listing_reads_the_index_and_follows_changed_files() {
    let tmp = tempfile::tempdir().unwrap();
    let bank = bank();
    let mut s = saved_finished(&bank, tmp.path(), NOW, Some("first"));
    let first = stdout(&run(tmp.path(), &["list"]));
    assert!(tmp.path().join(fitcheck::store::index::FILE).exists());
    assert_eq!(stdout(&run(tmp.path(), &["list"])), first);
    s.label = Some("second".to_string());
    Store::at(tmp.path()).save(&s).unwrap();
    let after = stdout(&run(tmp.path(), &["list"]));
    assert!(
        after.contains("second") && !after.contains("first"),
        "{after}"
    );
    // A damaged index changes nothing the parent sees.
    std::fs::write(
        tmp.path().join(fitcheck::store::index::FILE),
        b"\0\0garbage",
    )
    .unwrap();
    let out = run(tmp.path(), &["list"]);
    assert_eq!(stdout(&out), after);
    assert_eq!(stderr(&out), "");
}

#[test]
fn list_as_json_gives_one_object_per_session_newest_first() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path();
    let bank = bank();
    let old = saved_finished(&bank, data, NOW, Some("Maya <b>"));
    let new = saved_unfinished(&bank, data, NOW + 86_400 * 3, None);
    let out = run(data, &["list", "--format", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["id"], new.id.as_str());
    assert_eq!(rows[1]["id"], old.id.as_str());
    assert_eq!(rows[1]["label"], "Maya <b>");
    assert!(rows[0]["label"].is_null());
    assert_eq!(rows[1]["created"], old.created.as_str());

    let empty = tempfile::tempdir().unwrap();
    let out = run(empty.path(), &["list", "--format", "json"]);
    assert_eq!(code(&out), 0);
    assert_eq!(stdout(&out), "[]\n");
}

/// `list` says a verdict in the summary's words: a therapist whose only
/// need to act on is medicine is "not this role's job", not "cannot tell".
#[test]
fn list_says_the_verdict_in_the_summarys_words() {
    let tmp = tempfile::tempdir().unwrap();
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/scenarios/lcsw_when_only_medication_needs_action.json"
    );
    let out = fitcheck(tmp.path())
        .args(["--plain", "--answers", file])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(tmp.path(), &["summary", "--format", "json"]))).unwrap();
    let words = json["providers"][0]["verdict_label"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(
        words,
        bank().meta.verdicts.unknown.label,
        "a reason, not 'cannot tell'"
    );
    let list = stdout(&run(tmp.path(), &["list"]));
    assert!(list.contains(&words), "{list}");
}
