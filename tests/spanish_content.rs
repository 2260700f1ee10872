//! The question bank in Spanish (issue 16, items 2 and 7): every content id
//! has both languages, the Spanish reads easily (the Szigriszt-Pazos
//! perspicuity score, INFLESZ scale, per text), the fixed terms for levels,
//! coverage and verdicts are the ones in `questions/es/TERMINOS.md`, every
//! worked example scores the same in both languages, and a Spanish summary
//! carries none of the base's English sentences.

use std::collections::BTreeSet;

use fitcheck::core::answers::Answers;
use fitcheck::core::bank::{Bank, Coverage};
use fitcheck::core::lang::Lang;
use fitcheck::core::summary::Summary;

fn english() -> Bank {
    Bank::embedded_in(Lang::En).unwrap_or_else(|e| panic!("{e}"))
}

fn spanish() -> Bank {
    Bank::embedded_in(Lang::Es).unwrap_or_else(|e| panic!("{e}"))
}

// ------------------------------------------------------------ both languages

/// Every text a parent can read, by where it comes from: the same fields
/// the English quality test reads (tests/content_quality.rs), with each
/// capability's text filled in for each role as scoring shows it.
fn corpus(bank: &Bank) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |at: String, text: &str| out.push((at, text.to_string()));
    let m = &bank.meta;
    add("bank.not_advice".into(), &m.not_advice);
    add("bank.varies_by_state".into(), &m.varies_by_state);
    add("bank.report_error".into(), &m.report_error);
    for (i, l) in m.limits.iter().enumerate() {
        add(format!("bank.limits[{i}]"), l);
    }
    add("bank.crisis.heading".into(), &m.crisis.heading);
    add(
        "bank.crisis.heading_recent".into(),
        &m.crisis.heading_recent,
    );
    add("bank.crisis.footer".into(), &m.crisis.footer);
    add("bank.crisis.footer_plain".into(), &m.crisis.footer_plain);
    for l in &m.crisis.lines {
        add(format!("bank.crisis.lines.{}", l.id), &l.text);
    }
    for (i, l) in m.levels.iter().enumerate() {
        add(format!("bank.levels[{i}].label"), &l.label);
        add(format!("bank.levels[{i}].hint"), &l.hint);
    }
    for (name, l) in [
        ("trained", &m.coverage.trained),
        ("varies", &m.coverage.varies),
        ("not_trained", &m.coverage.not_trained),
        ("good_fit", &m.verdicts.good_fit),
        ("partial_fit", &m.verdicts.partial_fit),
        ("poor_fit", &m.verdicts.poor_fit),
        ("unknown", &m.verdicts.unknown),
        ("nothing_to_weigh", &m.verdicts.nothing_to_weigh),
        ("other_specialty", &m.verdicts.other_specialty),
    ] {
        add(format!("bank.{name}.label"), &l.label);
        add(format!("bank.{name}.text"), &l.text);
    }
    for s in &bank.sources {
        add(format!("source {}.title", s.id), &s.title);
        add(format!("source {}.note", s.id), &s.note);
    }
    for s in &bank.sections {
        add(format!("section {}.title", s.id), &s.title);
        if let Some(intro) = &s.intro {
            add(format!("section {}.intro", s.id), intro);
        }
    }
    for q in &bank.questions {
        add(format!("question {}.prompt", q.id), &q.prompt);
        add(format!("question {}.hint", q.id), &q.hint);
        for (i, h) in q.level_hints.iter().enumerate() {
            add(format!("question {}.level_hints[{i}]", q.id), h);
        }
        for o in &q.options {
            add(format!("question {}.option {}", q.id, o.id), &o.text);
            if let Some(h) = &o.hint {
                add(format!("question {}.option {}.hint", q.id, o.id), h);
            }
        }
    }
    for n in &bank.needs {
        add(format!("need {}.name", n.id), &n.name);
    }
    for c in &bank.capabilities {
        add(format!("capability {}.name", c.id), &c.name);
        add(format!("capability {}.description", c.id), &c.description);
    }
    for r in &bank.roles {
        add(format!("role {}.title", r.id), &r.title);
        add(format!("role {}.short", r.id), &r.short);
        add(format!("role {}.summary", r.id), &r.summary);
        add(format!("role {}.education", r.id), &r.education);
        add(format!("role {}.licensed", r.id), &r.licensed);
        add(format!("role {}.supervision", r.id), &r.supervision);
        for (i, t) in r.does_well.iter().enumerate() {
            add(format!("role {}.does_well[{i}]", r.id), t);
        }
        for (i, t) in r.not_trained_for.iter().enumerate() {
            add(format!("role {}.not_trained_for[{i}]", r.id), t);
        }
        add(format!("role {}.varies_by_state", r.id), &r.varies_by_state);
        for c in &bank.capabilities {
            let Some(rating) = r.ratings.get(&c.id) else {
                continue;
            };
            let shown = match &rating.note {
                Some(note) => note.clone(),
                None => match rating.level {
                    Coverage::Trained => &c.trained_text,
                    Coverage::Varies => &c.varies_text,
                    Coverage::NotTrained => &c.not_trained_text,
                }
                .replace("{role}", &r.short),
            };
            add(format!("role {}.ratings.{}", r.id, c.id), &shown);
        }
    }
    for a in &bank.asks {
        add(format!("ask {}.text", a.id), &a.text);
        add(format!("ask {}.why", a.id), &a.why);
    }
    out
}

/// Texts that are the same word in both languages: acronyms, numbers and
/// a few words Spanish shares ("No", "Trauma").
fn same_in_both(text: &str) -> bool {
    const SHARED: [&str; 3] = ["No", "Trauma", "Crisis Text Line"];
    SHARED.contains(&text)
        || text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || " -/".contains(c))
}

#[test]
fn every_content_id_has_both_languages() {
    let (en, es) = (english(), spanish());
    let ids = |b: &Bank| -> Vec<BTreeSet<String>> {
        vec![
            b.sources.iter().map(|x| x.id.clone()).collect(),
            b.capabilities.iter().map(|x| x.id.clone()).collect(),
            b.roles.iter().map(|x| x.id.clone()).collect(),
            b.needs.iter().map(|x| x.id.clone()).collect(),
            b.sections.iter().map(|x| x.id.clone()).collect(),
            b.questions
                .iter()
                .flat_map(|q| {
                    std::iter::once(q.id.clone())
                        .chain(q.options.iter().map(move |o| format!("{}.{}", q.id, o.id)))
                })
                .collect(),
            b.asks.iter().map(|x| x.id.clone()).collect(),
            b.meta.crisis.lines.iter().map(|x| x.id.clone()).collect(),
        ]
    };
    assert_eq!(ids(&en), ids(&es), "the same ids in both languages");
    let (a, b) = (corpus(&en), corpus(&es));
    assert_eq!(
        a.iter().map(|(at, _)| at).collect::<Vec<_>>(),
        b.iter().map(|(at, _)| at).collect::<Vec<_>>(),
        "the same texts in both languages"
    );
    assert!(a.len() > 900, "corpus looks too small: {}", a.len());
    // A text left in English is a text the overlay forgot.
    let untranslated: Vec<String> = a
        .iter()
        .zip(&b)
        .filter(|((_, e), (_, s))| e == s && !same_in_both(e))
        .map(|((at, e), _)| format!("  {at}: {e}"))
        .collect();
    assert!(
        untranslated.is_empty(),
        "still in English:\n{}",
        untranslated.join("\n")
    );
    for (at, s) in &b {
        assert!(!s.trim().is_empty(), "{at} is empty in Spanish");
    }
}

#[test]
fn a_folder_with_or_without_es_loads_as_it_should() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
    let es = Bank::load_dir_in(&root, Lang::Es).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(es.meta.verdicts.good_fit.label, "Encaja bien");
    let en = Bank::load_dir_in(&root, Lang::En).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(en.meta.verdicts.good_fit.label, "Good fit");

    // The English files alone: English works, Spanish says why not.
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in Bank::embedded_files() {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    assert!(Bank::load_dir_in(dir.path(), Lang::En).is_ok());
    assert!(!Bank::has_lang(Some(dir.path()), Lang::Es));
    let err = Bank::load_dir_in(dir.path(), Lang::Es)
        .unwrap_err()
        .to_string();
    assert!(err.contains("no es/ folder"), "{err}");
    assert!(err.contains("Español"), "{err}");

    // An es/ folder with a file missing and an id the English lacks.
    let es_dir = dir.path().join("es");
    std::fs::create_dir(&es_dir).unwrap();
    for name in fitcheck::core::bank::FILES {
        if name != "needs.json" {
            std::fs::copy(root.join("es").join(name), es_dir.join(name)).unwrap();
        }
    }
    let err = Bank::load_dir_in(dir.path(), Lang::Es)
        .unwrap_err()
        .to_string();
    assert!(err.contains("es/needs.json: cannot read it"), "{err}");
    let needs = std::fs::read_to_string(root.join("es/needs.json")).unwrap();
    let mut needs: serde_json::Value = serde_json::from_str(&needs).unwrap();
    needs[0]["id"] = serde_json::json!("flying");
    std::fs::write(es_dir.join("needs.json"), needs.to_string()).unwrap();
    let err = Bank::load_dir_in(dir.path(), Lang::Es)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("es/needs.json [flying]: this id is not in the English file"),
        "{err}"
    );
    assert!(
        err.contains("es/needs.json [safety]: no translation of this id"),
        "{err}"
    );
}

#[test]
fn check_questions_checks_the_spanish_too() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in Bank::embedded_files() {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let es_dir = dir.path().join("es");
    std::fs::create_dir(&es_dir).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("questions/es");
    for name in fitcheck::core::bank::FILES {
        std::fs::copy(root.join(name), es_dir.join(name)).unwrap();
    }
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_fitcheck"))
            // English whatever the machine's locale.
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("FITCHECK_LANG")
            .arg("check-questions")
            .arg(dir.path())
            .output()
            .unwrap()
    };
    let out = run();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let asks = std::fs::read_to_string(es_dir.join("asks.json")).unwrap();
    let mut asks: serde_json::Value = serde_json::from_str(&asks).unwrap();
    asks[0].as_object_mut().unwrap().remove("why");
    std::fs::write(es_dir.join("asks.json"), asks.to_string()).unwrap();
    let out = run();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("es/asks.json [ask_safety_plan]: no translation of \"why\""),
        "{stderr}"
    );
}

// ------------------------------------------------------------- fixed terms

#[test]
fn levels_coverage_and_verdicts_use_the_fixed_spanish_terms() {
    let b = spanish();
    let m = &b.meta;
    let levels: Vec<&str> = m.levels.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(
        levels,
        [
            "No es un problema",
            "Hay que estar pendiente",
            "Necesita acción ahora",
            "Urgente"
        ]
    );
    assert_eq!(m.coverage.trained.label, "Tiene formación");
    assert_eq!(m.coverage.varies.label, "Pregunte");
    assert_eq!(m.coverage.not_trained.label, "Sin formación");
    let v = &m.verdicts;
    assert_eq!(v.good_fit.label, "Encaja bien");
    assert_eq!(v.partial_fit.label, "Encaja en parte");
    assert_eq!(v.poor_fit.label, "Encaja poco");
    assert_eq!(v.unknown.label, "Aún no se sabe");
    assert_eq!(v.nothing_to_weigh.label, "Nada necesita acción todavía");
    assert_eq!(v.other_specialty.label, "No es la tarea de este puesto");
    // The glossary names every one of them.
    let terms = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questions/es/TERMINOS.md"
    ))
    .unwrap();
    for t in levels.iter().chain(&[
        "Tiene formación",
        "Pregunte",
        "Sin formación",
        "Encaja bien",
        "Encaja en parte",
        "Encaja poco",
        "Aún no se sabe",
        "Nada necesita acción todavía",
        "No es la tarea de este puesto",
        "profesional",
        "ajuste",
        "preguntas para hacer",
        "revisión",
        "sesión",
        "equipo de atención",
        "plan de seguridad",
    ]) {
        assert!(terms.contains(&format!("| {t} |")), "TERMINOS.md lacks {t}");
    }
}

/// Words the fixed terms replace: a Spanish text using them says a level,
/// a verdict or a key word another way than the glossary.
#[test]
fn the_spanish_never_uses_the_words_the_glossary_replaced() {
    let b = spanish();
    let banned = [
        "proveedor",
        "encaje bueno",
        "buen ajuste",
        "ajuste parcial",
        "mal ajuste",
        "plan de crisis y de seguridad",
        "plan de protección",
        "chequeo",
        "check-in",
        "entrenado",
        "entrenada",
        "sin entrenamiento",
    ];
    let mut found = Vec::new();
    for (at, text) in corpus(&b) {
        // Whole words: "entrenador" (a title parents hear) is not "entrenado".
        let lower: String = text
            .to_lowercase()
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c
                } else {
                    ' '
                }
            })
            .collect();
        let lower = format!(
            " {} ",
            lower.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        for w in banned {
            if lower.contains(&format!(" {w} ")) {
                found.push(format!("  {at}: \"{w}\" in {text}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

// ------------------------------------------------------------- readability

/// Whether `c` is a Spanish vowel (with or without an accent).
fn vowel(c: char) -> bool {
    "aeiouáéíóúü".contains(c)
}

/// A strong (open) vowel: a, e, o, with or without an accent, and an
/// accented í or ú, which breaks a diphthong (hiatus: "dí-a", "ba-úl").
fn strong(c: char) -> bool {
    "aeoáéóíú".contains(c)
}

/// Spanish syllables, counted from the vowel nuclei: each run of vowels
/// is one syllable (a diphthong or triphthong: "bue-no", "U-ru-guay"),
/// except that two strong vowels side by side are a hiatus and split
/// ("le-er", "po-e-ta"), and so does an accented í or ú next to another
/// vowel ("dí-a", "re-ú-ne"). "y" is a vowel only at the end of a word
/// ("hoy", "muy"); the "u" of "que", "qui", "gue", "gui" is silent. A
/// token without letters (a number, "988") is one syllable, as it is
/// read aloud as one word group.
fn syllables_es(word: &str) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if w.is_empty() {
        return 1;
    }
    let n = w.len();
    // Map each letter to a vowel or not, with the silent u and final y.
    let is_v: Vec<bool> = (0..n)
        .map(|i| {
            let c = w[i];
            if c == 'y' {
                return i == n - 1 && i > 0 && vowel(w[i - 1]);
            }
            if c == 'u' && i > 0 && (w[i - 1] == 'q' || w[i - 1] == 'g') {
                // "que", "qui", "gue", "gui": the u is not said ("güe" has ü).
                if i + 1 < n
                    && (w[i + 1] == 'e' || w[i + 1] == 'i' || w[i + 1] == 'é' || w[i + 1] == 'í')
                {
                    return false;
                }
            }
            vowel(c)
        })
        .collect();
    let mut count = 0;
    let mut i = 0;
    while i < n {
        if !is_v[i] {
            i += 1;
            continue;
        }
        // A run of vowels: count its syllables.
        let start = i;
        while i < n && is_v[i] {
            i += 1;
        }
        let run = &w[start..i];
        count += 1;
        for pair in run.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            // A final y after a vowel joins it ("hoy", "muy").
            if b == 'y' {
                continue;
            }
            let hiatus = (strong(a) && strong(b))
                || (a == b && !(a == 'u' || a == 'i')) // "leer", "creer"
                || "íú".contains(a) && vowel(b)
                || "íú".contains(b) && vowel(a);
            if hiatus {
                count += 1;
            }
        }
    }
    count.max(1)
}

/// Sentences: each ., ! or ? that ends a word, plus one for a text that does
/// not end with one. The opening ¿ and ¡ of Spanish do not count.
fn sentences_es(text: &str) -> usize {
    let closers = ['"', '\'', ')', '\u{201d}', '\u{2019}', '»'];
    let mut count = 0;
    for token in text.split_whitespace() {
        let t = token.trim_end_matches(closers);
        if t.ends_with(['.', '!', '?']) && t.chars().any(char::is_alphanumeric) {
            count += 1;
        }
    }
    let last = text.trim_end().trim_end_matches(closers);
    if !last.ends_with(['.', '!', '?']) {
        count += 1;
    }
    count.max(1)
}

/// Words: tokens with a letter or a digit.
fn words_es(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .collect()
}

/// The Szigriszt-Pazos perspicuity index: 206.835 − 62.3 · syllables/words
/// − words/sentences. On the INFLESZ scale, 55-65 is "normal", above 65
/// "quite easy", below 40 "very hard".
fn szigriszt(text: &str) -> f64 {
    let words = words_es(text);
    let syll: usize = words.iter().map(|w| syllables_es(w)).sum();
    let n = words.len().max(1) as f64;
    206.835 - 62.3 * syll as f64 / n - n / sentences_es(text) as f64
}

#[test]
fn spanish_syllables_handle_diphthongs_and_hiatus() {
    for (word, n) in [
        // plain syllables
        ("casa", 2),
        ("niño", 2),
        ("formación", 3),
        ("psicólogo", 4),
        ("psiquiatra", 3),
        ("necesita", 4),
        // diphthongs: one syllable
        ("bueno", 2),
        ("tiene", 2),
        ("cuidado", 3),
        ("ciudad", 2),
        ("aire", 2),
        ("hoy", 1),
        ("muy", 1),
        ("estoy", 2),
        ("Uruguay", 3),
        ("acción", 2),
        ("ayuda", 3),
        // hiatus: two strong vowels, or an accented í / ú
        ("leer", 2),
        ("poeta", 3),
        ("día", 2),
        ("país", 2),
        ("reúne", 3),
        ("oído", 3),
        ("crear", 2),
        ("teatro", 3),
        ("área", 3),
        // the silent u of que/qui/gue/gui, and the ü that is said
        ("que", 1),
        ("quien", 1),
        ("guerra", 2),
        ("pingüino", 3),
        // numbers and acronyms
        ("988", 1),
        ("QMHA", 1),
        ("sí", 1),
        ("y", 1),
    ] {
        assert_eq!(syllables_es(word), n, "{word}");
    }
    assert_eq!(sentences_es("Sí"), 1);
    assert_eq!(sentences_es("¿Hay peligro? Llame al 988. Marque 2"), 3);
    assert_eq!(sentences_es("Chatee en 988lineadevida.org. Es gratis."), 2);
}

#[test]
fn szigriszt_formula_matches_worked_values() {
    // "Mi casa es azul." 4 words, 6 syllables, 1 sentence:
    // 206.835 − 62.3 · 1.5 − 4 = 109.385
    assert!((szigriszt("Mi casa es azul.") - 109.385).abs() < 1e-9);
    // Long words and a long sentence score "very hard" (below 40).
    let hard = "La implementación de intervenciones psicoterapéuticas individualizadas requiere consideraciones multidisciplinarias exhaustivas sobre circunstancias socioambientales.";
    assert!(szigriszt(hard) < 40.0, "{}", szigriszt(hard));
}

/// Issue 16, item 7: text by text, at least 90% score 55 or more on the
/// INFLESZ scale ("normal" or easier), and the mean is 65 or more. As in
/// the English test, the formula means little for texts under six words
/// (labels, option names, a role's short name) and for names that are not
/// sentences (a source's title): they are left out.
#[test]
fn spanish_reads_normal_or_easier() {
    let b = spanish();
    let titles: BTreeSet<&str> = b.sources.iter().map(|s| s.title.as_str()).collect();
    let mut seen = BTreeSet::new();
    let scored: Vec<(f64, String, String)> = corpus(&b)
        .into_iter()
        .filter(|(_, t)| seen.insert(t.clone()))
        .filter(|(_, t)| !titles.contains(t.as_str()) && words_es(t).len() >= 6)
        .map(|(at, t)| (szigriszt(&t), at, t))
        .collect();
    assert!(scored.len() > 600, "too few texts: {}", scored.len());
    let mean = scored.iter().map(|(s, ..)| s).sum::<f64>() / scored.len() as f64;
    let mut low: Vec<&(f64, String, String)> = scored.iter().filter(|(s, ..)| *s < 55.0).collect();
    low.sort_by(|a, b| a.0.total_cmp(&b.0));
    let share = low.len() as f64 / scored.len() as f64;
    println!(
        "Szigriszt-Pazos: mean {mean:.1} over {} texts; {} below 55 ({:.1}%)",
        scored.len(),
        low.len(),
        share * 100.0
    );
    let show = |v: &[&(f64, String, String)]| {
        v.iter()
            .take(60)
            .map(|(s, at, t)| format!("  {s:5.1}  {at}: {t}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(
        share <= 0.10,
        "{:.1}% of texts score below 55:\n{}",
        share * 100.0,
        show(&low)
    );
    assert!(mean >= 65.0, "mean {mean:.1} is below 65:\n{}", show(&low));
    if std::env::var_os("SHOW_LOW").is_some() {
        println!("{}", show(&low));
    }
}

// --------------------------------------------------------- worked examples

const EXAMPLES: [&str; 6] = [
    "qmha_trauma_violence",
    "qmha_skills_only",
    "lmft_medication",
    "unknown_title",
    "team_two_providers",
    "crisis",
];

fn summary(bank: &Bank, name: &str) -> Summary {
    let path = format!(
        "{}/questions/examples/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let answers = Answers::parse(&text, bank).unwrap_or_else(|e| panic!("{name}: {e}"));
    Summary::from_answers(bank, &answers)
}

/// Everything in a summary that is not words: ids, levels, fits, verdicts,
/// coverage, the order of lines and questions.
fn shape(s: &Summary) -> String {
    let mut out = format!(
        "crisis {} {:?} complete {} lines {}\n",
        s.crisis,
        s.crisis_level,
        s.complete,
        s.crisis_lines.len()
    );
    for n in &s.needs {
        out += &format!(
            "need {} {} {} {}\n",
            n.need, n.level, n.from_safety_answers, n.question
        );
    }
    for p in &s.providers {
        out += &format!(
            "provider {} role {} {:?} fit {:?} {:?} {:?} licensed {} supervised {} strengths {} mismatches {}\n",
            p.index,
            p.role,
            p.candidates,
            p.fit,
            p.verdict,
            p.no_fit_reason,
            p.licensed,
            p.supervised,
            p.strengths.len(),
            p.expectation_mismatches.len()
        );
        for l in &p.needs {
            out += &format!(
                "  line {} {} {} {:?} {:?} {} {}\n",
                l.need, l.capability, l.level, l.coverage, l.kind, l.counts, l.source
            );
        }
    }
    for u in &s.team.unmet {
        out += &format!("unmet {} {} {:?}\n", u.need, u.level, u.best);
    }
    for u in &s.team.watch {
        out += &format!("watch {} {} {:?}\n", u.need, u.level, u.best);
    }
    out += &format!("safety gap {}\n", s.team.safety_gap.is_some());
    for a in &s.questions_to_ask {
        out += &format!(
            "ask {} {:?} {} {}\n",
            a.id,
            a.providers.len(),
            a.urgency,
            a.source
        );
    }
    out
}

#[test]
fn every_worked_example_scores_the_same_in_both_languages() {
    let (en, es) = (english(), spanish());
    for name in EXAMPLES {
        let (a, b) = (summary(&en, name), summary(&es, name));
        assert_eq!(shape(&a), shape(&b), "{name}");
        assert!(!a.providers.is_empty(), "{name}");
        for (pa, pb) in a.providers.iter().zip(&b.providers) {
            assert_eq!(pa.verdict, pb.verdict, "{name}");
            assert_eq!(pa.fit, pb.fit, "{name}");
            assert_ne!(
                pa.verdict_label, pb.verdict_label,
                "{name}: the label is in Spanish"
            );
        }
    }
}

/// An example as a Spanish-speaking parent would type it: the titles in
/// Spanish, everything else (names, ids, levels) the same.
fn typed_in_spanish(text: &str) -> String {
    text.replace("\"skills trainer\"", "\"entrenadora de habilidades\"")
        .replace("\"I don't know\"", "\"no sé\"")
        .replace("\"L.C.S.W.\"", "\"trabajadora social clínica\"")
}

#[test]
fn every_worked_example_typed_in_spanish_scores_as_the_english_one() {
    let (en, es) = (english(), spanish());
    for name in EXAMPLES {
        let path = format!(
            "{}/questions/examples/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap();
        let typed = typed_in_spanish(&text);
        let answers = Answers::parse(&typed, &es).unwrap_or_else(|e| panic!("{name}: {e}"));
        let b = Summary::from_answers(&es, &answers);
        assert_eq!(shape(&summary(&en, name)), shape(&b), "{name}");
    }
}

/// Long English sentences from the base: none may be in a Spanish summary.
fn english_sentences(en: &Bank) -> Vec<String> {
    corpus(en)
        .into_iter()
        .map(|(_, t)| t)
        .filter(|t| words_es(t).len() >= 4 && !same_in_both(t))
        .collect()
}

#[test]
fn spanish_summaries_carry_no_english_from_the_bank() {
    let (en, es) = (english(), spanish());
    let english = english_sentences(&en);
    // A few we know are shown, checked by name so a change in the corpus
    // cannot make this test vacuous.
    let known = [
        "Call 911 if someone could be hurt right now.",
        "Keep checking how things go.",
        "The questions below can help you find out.",
        "fitcheck gives information only.",
        "What is your exact title, and what is your role on my child's team?",
        "Crises that turn unsafe",
        "Needs action now",
    ];
    for name in EXAMPLES {
        let s = summary(&es, name);
        let text = fitcheck::core::report::text(&es, &s, "2026-12-02");
        let md = fitcheck::core::report::markdown(&es, &s, "2026-12-02");
        let json = s.to_json();
        for out in [&text, &md, &json] {
            for k in known {
                assert!(!out.contains(k), "{name}: {k:?} is in the Spanish summary");
            }
            let leaked: Vec<&String> = english
                .iter()
                .filter(|e| e.len() > 30 && out.contains(e.as_str()))
                .collect();
            assert!(
                leaked.is_empty(),
                "{name}: English in the Spanish summary: {leaked:#?}"
            );
        }
        let english_text = fitcheck::core::report::text(&en, &summary(&en, name), "2026-12-02");
        assert!(
            known.iter().filter(|k| english_text.contains(*k)).count() >= 3,
            "{name}: the spot-check strings should appear in the English summary"
        );
        // The Spanish words do appear.
        assert!(
            text.contains("Encaja")
                || text.contains("Aún no se sabe")
                || text.contains("Nada necesita"),
            "{name}: no Spanish verdict in\n{text}"
        );
    }
    let crisis = fitcheck::core::report::text(&es, &summary(&es, "crisis"), "2026-12-02");
    assert!(crisis.contains("Llame al 911"), "{crisis}");
    assert!(crisis.contains("marque 2"), "{crisis}");
    assert!(crisis.contains("AYUDA"), "{crisis}");
    assert!(crisis.contains("988lineadevida.org"), "{crisis}");
}

/// The printed summary's level column fits the longer Spanish levels
/// ("Necesita acción ahora"): every need name starts in the same column.
#[test]
fn the_spanish_levels_fit_their_column_in_a_printed_summary() {
    let es = spanish();
    let text = fitcheck::core::report::text(&es, &summary(&es, "crisis"), "2026-12-02");
    let labels: Vec<&str> = es.meta.levels.iter().map(|l| l.label.as_str()).collect();
    let starts: BTreeSet<usize> = text
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("  ")?;
            let label = labels.iter().find(|l| rest.starts_with(**l))?;
            let after = &rest[label.len()..];
            // The need name: the first text after the label's padding.
            let gap = after.len() - after.trim_start().len();
            (gap >= 1 && !after.trim().is_empty()).then(|| 2 + label.chars().count() + gap)
        })
        .collect();
    assert!(!starts.is_empty(), "{text}");
    // The needs list and the table each line up (two columns at most).
    assert!(
        starts.len() <= 2,
        "names start at columns {starts:?}:\n{text}"
    );
    assert!(
        text.contains("Necesita acción ahora  "),
        "at least two spaces after the longest label:\n{text}"
    );
}

/// Issue 16, item 5: the crisis lines say, in Spanish, how to reach help in
/// Spanish; the Crisis Text Line gives its Spanish keyword (AYUDA); the
/// footer fits the smallest wizard (60 columns) with room to spare.
#[test]
fn the_spanish_crisis_lines_reach_help_in_spanish() {
    let es = spanish();
    let c = &es.meta.crisis;
    let line = |id: &str| {
        c.lines
            .iter()
            .find(|l| l.id == id)
            .map(|l| l.text.as_str())
            .unwrap_or_else(|| panic!("no line {id}"))
    };
    let s = line("spanish_988");
    for want in ["llame al 988", "marque 2", "AYUDA", "988lineadevida.org"] {
        assert!(s.contains(want), "{want} in {s}");
    }
    assert!(line("call_911").starts_with("Llame al 911"));
    let ctl = line("text_741741");
    assert!(
        ctl.contains("AYUDA al 741741") && !ctl.contains("es en inglés"),
        "{ctl}"
    );
    assert!(line("samhsa").contains("en español"));
    assert!(line("dv_hotline").contains("ayuda en español"));
    assert!(c.footer.contains("988") && c.footer.contains("AYUDA") && c.footer.contains("911"));
    assert!(c.footer.chars().count() <= 56, "{}", c.footer);
    assert!(c.footer_plain.contains("marque 2") && c.footer_plain.contains("AYUDA"));
    // "Call or text 988 · 911" reads as "text 911": 911 is only ever called.
    for l in &c.lines {
        assert!(!l.text.contains("escriba al 911"), "{}", l.text);
    }
    assert!(!c.footer.contains("escriba al 911"));
}
