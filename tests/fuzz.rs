//! Fuzzing of everything that reads outside input: the question-bank loader,
//! the answers-file and session-file loaders, and the title matcher. Each
//! case mutates a seed from `tests/fuzz_corpus/` (or a bank file) and checks
//! that loading never panics. Scoring also sees thousands of real
//! interviews answered at random (tests/families/), and the answers target
//! changes valid files from the inside, so most of its cases are scored. The suite runs a short pass; for a long run:
//! `FITCHECK_FUZZ_CASES=320000 cargo test --release --test fuzz -- --nocapture`
//! (the README's figure: about a million mutated inputs and 320,000 real
//! interviews scored).

use std::borrow::Cow;
use std::path::Path;

use fitcheck::core::answers::Answers;
use fitcheck::core::bank::Bank;
use fitcheck::core::title;
use fitcheck::store::Store;
use serde_json::Value;

mod families;
use families::Rng;

/// Cases per target: 2,000 in the test suite unless FITCHECK_FUZZ_CASES says otherwise.
fn cases() -> usize {
    std::env::var("FITCHECK_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

/// Interesting bytes and fragments to splice in.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "true",
    "-1",
    "1e999",
    "3",
    "\\u0000",
    "\\ud800",
    "\u{1b}[2J",
    "😀",
    "治",
    "\u{202e}",
    "\"kind\"",
    "\"when\"",
    "\"any_of\"",
    "\"title_unclear\"",
    "\"level_at_least\"",
    "\"crisis\": true",
    "\"adds_provider\": true",
    "\"schema\": 99",
];

/// One random change to `seed`: flip, delete, duplicate or insert bytes, or splice a token.
fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(5) {
            0 if !v.is_empty() => {
                let i = at.min(v.len() - 1);
                v[i] ^= 1 << rng.below(8);
            }
            1 if !v.is_empty() => {
                let end = (at + rng.below(16)).min(v.len());
                v.drain(at.min(end)..end);
            }
            2 => {
                let end = (at + rng.below(32)).min(v.len());
                let chunk = v[at.min(end)..end].to_vec();
                v.splice(at..at, chunk);
            }
            3 => {
                let b = rng.next() as u8;
                v.insert(at, b);
            }
            _ => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                v.splice(at..at, t.iter().copied());
            }
        }
    }
    v
}

fn seeds(dir: &str) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = std::fs::read_dir(Path::new("tests/fuzz_corpus").join(dir))
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    out.sort();
    out
}

#[test]
fn the_bank_loader_never_panics() {
    let files = Bank::embedded_files();
    let mut rng = Rng(0x5eed_0001);
    let n = cases() / 4;
    for _ in 0..n {
        let target = rng.below(files.len());
        let texts: Vec<(&str, Cow<str>)> = files
            .iter()
            .enumerate()
            .map(|(i, (name, text))| {
                if i == target {
                    let bytes = mutate(&mut rng, text.as_bytes());
                    (
                        *name,
                        Cow::Owned(String::from_utf8_lossy(&bytes).into_owned()),
                    )
                } else {
                    (*name, Cow::Borrowed(*text))
                }
            })
            .collect();
        let _ = Bank::from_texts("fuzz", &texts);
    }
    eprintln!("bank loader: {n} cases");
}

/// A random JSON value of any type, to put where an answer was.
fn odd_value(rng: &mut Rng, seed: &Value) -> Value {
    match rng.below(8) {
        0 => Value::Null,
        1 => Value::from(rng.below(6) as i64 - 1),
        2 => Value::from("\u{1b}[2J not an option"),
        3 => Value::from(vec![Value::from("therapy"), Value::from(3)]),
        4 => serde_json::json!({"nested": true}),
        5 => Value::from(1e300),
        6 => Value::from(true),
        // Another answer's value: valid somewhere, maybe not here.
        _ => seed.clone(),
    }
}

/// One change inside a valid answers file: an answer's value replaced, an
/// answer removed or added, or a provider dropped or doubled.
fn mutate_answers(rng: &mut Rng, file: &Value) -> Value {
    let mut v = file.clone();
    let providers = v["providers"].as_array().map_or(0, Vec::len);
    let map = if providers > 0 && rng.chance(40) {
        &mut v["providers"][rng.below(providers)]["answers"]
    } else {
        &mut v["child"]
    };
    let keys: Vec<String> = map
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let any = map.as_object().and_then(|m| m.values().next().cloned());
    match rng.below(4) {
        0 if !keys.is_empty() => {
            let k = &keys[rng.below(keys.len())];
            map[k.as_str()] = odd_value(rng, &any.unwrap_or(Value::Null));
        }
        1 if !keys.is_empty() => {
            let k = keys[rng.below(keys.len())].clone();
            map.as_object_mut().unwrap().remove(&k);
        }
        2 => map["not_a_question"] = Value::from(2),
        _ => {
            if let Some(ps) = v["providers"].as_array_mut()
                && !ps.is_empty()
            {
                let p = ps[0].clone();
                if rng.chance(50) {
                    ps.push(p);
                } else {
                    ps.remove(0);
                }
            }
        }
    }
    v
}

#[test]
fn the_answers_loader_and_scoring_never_panic() {
    let bank = Bank::embedded().unwrap();
    let titles = families::titles(&bank);
    let mut rng = Rng(0x5eed_0002);
    // Seeds: the corpus, the worked examples and real interviews answered at random.
    let mut seeds = seeds("answers");
    if let Ok(entries) = std::fs::read_dir("questions/examples") {
        let mut examples: Vec<Vec<u8>> = entries
            .map(|e| std::fs::read(e.unwrap().path()).unwrap())
            .collect();
        examples.sort();
        seeds.extend(examples);
    }
    let real: Vec<Value> = (0..50)
        .map(|_| serde_json::to_value(families::interview(&mut rng, &bank, &titles, 3)).unwrap())
        .collect();
    let n = cases();
    let (mut bytes_accepted, mut inside, mut inside_accepted) = (0, 0, 0);
    for i in 0..n {
        // Half the cases change bytes anywhere; half change one thing
        // inside a valid file, which mostly still parses and must score.
        let (text, structured) = if i % 2 == 0 {
            let seed = &seeds[rng.below(seeds.len())];
            let text = String::from_utf8_lossy(&mutate(&mut rng, seed)).into_owned();
            (text, false)
        } else {
            let pick = rng.below(real.len());
            let file = mutate_answers(&mut rng, &real[pick]);
            (file.to_string(), true)
        };
        inside += usize::from(structured);
        if let Ok(a) = Answers::parse(&text, &bank) {
            if structured {
                inside_accepted += 1;
            } else {
                bytes_accepted += 1;
            }
            // Whatever parses must also walk and score, with a verdict per provider.
            let s = fitcheck::core::summary::Summary::from_answers(&bank, &a);
            assert!(s.providers.len() <= a.providers.len().max(1));
        }
    }
    eprintln!(
        "answers loader: {n} cases; {bytes_accepted} byte-changed and {inside_accepted} of {inside} changed inside accepted and scored"
    );
    // Not vacuous: many changes inside a valid file still parse and are scored.
    assert!(
        inside_accepted * 3 > inside,
        "only {inside_accepted} of {inside} scored"
    );
}

/// Thousands of real interviews, answered at random through the interview
/// walk: each one finishes, scores completely, and holds the scoring's
/// promises. Counts how many were scored and what they gave.
#[test]
fn scoring_sees_thousands_of_real_interviews() {
    use fitcheck::core::score::{CapRule, Verdict};
    let bank = Bank::embedded().unwrap();
    let titles = families::titles(&bank);
    let mut rng = Rng(0x5eed_0005);
    let n = cases();
    let mut scored = 0;
    let mut verdicts = std::collections::BTreeMap::new();
    let mut capped = 0;
    for _ in 0..n {
        let a = families::interview(&mut rng, &bank, &titles, 3);
        let s = fitcheck::core::summary::Summary::from_answers(&bank, &a);
        assert!(s.complete);
        assert_eq!(s.providers.len(), a.providers.len());
        for p in &s.providers {
            *verdicts.entry(p.verdict.as_str()).or_insert(0) += 1;
            match p.fit {
                Some(f) => {
                    assert!(f <= 100);
                    let band = Verdict::band(f);
                    if p.verdict_caps.is_empty() {
                        assert_eq!(p.verdict, band, "{} {f}", p.role);
                    } else {
                        assert_eq!((band, p.verdict), (Verdict::GoodFit, Verdict::PartialFit));
                        capped += 1;
                    }
                }
                None => {
                    assert_eq!(p.verdict, Verdict::Unknown);
                    assert!(p.no_fit_reason.is_some());
                }
            }
            // A safety cap is there exactly while the team has a safety gap.
            if p.verdict_caps.iter().any(|c| c.rule == CapRule::SafetyGap) {
                assert!(s.team.safety_gap.is_some());
            }
        }
        assert!(s.questions_to_ask.iter().filter(|q| q.bring).count() <= 5);
        scored += 1;
    }
    eprintln!("scoring: {scored} real interviews scored; verdicts {verdicts:?}; {capped} capped");
    assert_eq!(scored, n);
    // Every verdict and some caps are reached, so the checks above bite.
    for v in ["good_fit", "partial_fit", "poor_fit", "unknown"] {
        assert!(
            verdicts.get(v).copied().unwrap_or(0) * 50 >= n,
            "{v}: {verdicts:?}"
        );
    }
    assert!(capped * 100 >= n, "{capped} capped of {n}");
}

#[test]
fn the_session_loader_never_panics_and_never_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.json");
    let bank = Bank::embedded().unwrap();
    let mut rng = Rng(0x5eed_0003);
    let seeds = seeds("session");
    let n = cases();
    for _ in 0..n {
        let pick = rng.below(seeds.len());
        let bytes = mutate(&mut rng, &seeds[pick]);
        std::fs::write(&path, &bytes).unwrap();
        if let Ok(s) = Store::load_path(&path) {
            // An old or odd session must still open and score.
            let _ = fitcheck::core::summary::Summary::from_answers(&bank, &s.answers);
        }
        assert_eq!(
            std::fs::read(&path).unwrap(),
            bytes,
            "loading must not change the file"
        );
    }
    eprintln!("session loader: {n} cases");
}

#[test]
fn the_title_matcher_never_panics() {
    let bank = Bank::embedded().unwrap();
    let mut rng = Rng(0x5eed_0004);
    let seeds: Vec<Vec<u8>> = seeds("title")
        .iter()
        .flat_map(|f| {
            f.split(|b| *b == b'\n')
                .map(<[u8]>::to_vec)
                .collect::<Vec<_>>()
        })
        .collect();
    let n = cases();
    for _ in 0..n {
        let pick = rng.below(seeds.len());
        let bytes = mutate(&mut rng, &seeds[pick]);
        let text = String::from_utf8_lossy(&bytes);
        let _ = title::normalize(&text);
        let _ = title::match_roles(&bank, &text);
        let _ = title::suggest(&bank, &text, 8);
        let _ = title::closest(&bank, &text, 5);
    }
    eprintln!("title matcher: {n} cases");
}
