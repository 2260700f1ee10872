use super::*;

fn bank() -> Bank {
    Bank::embedded().expect("the embedded bank loads")
}

/// The text with every run of spaces and newlines folded to one space.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every line fits, but a web address alone on its line: breaking it
/// would make it useless, so a long one runs past the edge.
fn assert_fits(text: &str) {
    for line in text.lines() {
        let url = line.trim().starts_with("https://") && !line.trim().contains(' ');
        assert!(
            url || line.width() <= WIDTH,
            "line wider than {WIDTH}: {line:?}"
        );
    }
}

#[test]
fn table_lists_every_role_within_80_columns() {
    let bank = bank();
    let out = run(&bank, None).unwrap();
    for r in &bank.roles {
        assert!(out.contains(&r.short), "table misses {}", r.short);
        assert!(out.contains(&r.title), "table misses {}", r.title);
        let start: Vec<&str> = r.summary.split_whitespace().take(3).collect();
        assert!(
            out.contains(&start.join(" ")),
            "table misses what {} does",
            r.short
        );
    }
    assert!(
        out.lines()
            .next()
            .unwrap()
            .starts_with(crate::core::words::EN.ROLES_HEAD_TITLE)
    );
    assert!(out.contains("QMHA") && out.contains("Certified"));
    assert_fits(&out);
}

#[test]
fn qmha_shows_the_full_entry() {
    let bank = bank();
    let out = run(&bank, Some("qmha")).unwrap();
    assert!(out.starts_with("QMHA: Qualified Mental Health Associate\n"));
    let s = &crate::core::words::EN;
    for heading in [
        s.ROLES_H_MEANS,
        s.ROLES_H_EDUCATION,
        s.ROLES_H_LICENSED,
        s.ROLES_H_SUPERVISION,
        s.ROLES_H_DOES_WELL,
        s.ROLES_H_NOT_TRAINED,
        s.ROLES_H_STATE,
        s.ROLES_H_SOURCES,
    ] {
        assert!(out.contains(&format!("\n{heading}\n")), "no {heading}");
    }
    assert!(out.contains("  - Building trust with your child\n"));
    assert!(out.contains("  - Trauma therapy\n"));
    assert!(out.contains("skills trainer"));
    assert!(out.contains("https://oregon.public.law/rules/oar_309-022-0125"));
    assert!(out.contains("Last checked: 2026-12-02."));
    assert_fits(&out);
}

#[test]
fn every_entry_fits_80_columns() {
    let bank = bank();
    for r in &bank.roles {
        let out = run(&bank, Some(&r.title)).unwrap();
        assert_fits(&out);
    }
}

#[test]
fn dotted_title_finds_lcsw() {
    let bank = bank();
    let out = run(&bank, Some("L.C.S.W.")).unwrap();
    assert!(out.starts_with("LCSW: Licensed Clinical Social Worker\n"));
}

#[test]
fn ambiguous_title_lists_candidates_and_the_follow_up() {
    let bank = bank();
    let out = run(&bank, Some("therapist")).unwrap();
    assert!(out.contains("can mean 7 different roles"), "{out}");
    assert!(flat(&out).contains("a follow-up question tells them apart"));
    for short in ["QMHA", "QMHP", "LCSW", "LPC", "LMFT", "Psychologist"] {
        assert!(out.contains(&format!("\n{short}: ")), "no {short} in {out}");
    }
    assert!(!flat(&out).contains("lived experience of your own"));
    assert_fits(&out);
}

#[test]
fn family_support_specialist_may_be_a_peer() {
    let bank = bank();
    let out = run(&bank, Some("Family Support Specialist")).unwrap();
    assert!(out.contains("can mean 2 different roles"), "{out}");
    let flat = flat(&out);
    assert!(
        flat.contains("certified peer with lived experience (Peer Support Specialist), not a QMHA"),
        "{flat}"
    );
    assert!(flat.contains("Ask:"));
}

#[test]
fn unknown_title_explains_what_to_ask() {
    let bank = bank();
    let out = run(&bank, Some("not sure")).unwrap();
    assert!(out.starts_with("Title not known\n"));
    assert!(flat(&out).contains("Not knowing the title is common"));
}

#[test]
fn unmatched_title_errs_with_suggestions() {
    let bank = bank();
    let err = run(&bank, Some("zzz")).unwrap_err().to_string();
    assert!(err.starts_with("No title matched \"zzz\". The closest titles are: "));
    let list = err.trim_end_matches('.').rsplit(": ").next().unwrap();
    assert_eq!(list.split(", ").count(), 5, "{err}");
    let err = run(&bank, Some("skils trainer")).unwrap_err().to_string();
    assert!(err.contains("skills trainer"), "{err}");
}

#[test]
fn plain_texts_cover_entries_and_notes() {
    let bank = bank();
    let texts = plain_texts(&bank);
    assert!(texts.iter().any(|t| t.starts_with("QMHA: ")));
    assert!(
        texts
            .iter()
            .any(|t| t.contains("can mean 7 different roles"))
    );
    assert!(texts.iter().any(|t| t.contains("certified peer")));
    assert!(!texts.iter().any(|t| t.starts_with("https://")));
}
