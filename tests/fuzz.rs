//! Fuzzing of everything that reads outside input: the question-bank loader,
//! the answers-file and session-file loaders, and the title matcher. Each
//! case mutates a seed from `tests/fuzz_corpus/` (or a bank file) and checks
//! that loading never panics. The suite runs a short pass; for a long run:
//! `FITCHECK_FUZZ_CASES=250000 cargo test --release --test fuzz -- --nocapture`.

use std::borrow::Cow;
use std::path::Path;

use fitcheck::answers::Answers;
use fitcheck::bank::Bank;
use fitcheck::store::Store;
use fitcheck::title;

/// Cases per target: 2,000 in the test suite unless FITCHECK_FUZZ_CASES says otherwise.
fn cases() -> usize {
    std::env::var("FITCHECK_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

/// xorshift64*: a small, seeded, reproducible generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
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

#[test]
fn the_answers_loader_and_scoring_never_panic() {
    let bank = Bank::embedded().unwrap();
    let mut rng = Rng(0x5eed_0002);
    // The worked examples are seeds too, so the corpus follows the real content.
    let mut seeds = seeds("answers");
    if let Ok(entries) = std::fs::read_dir("questions/examples") {
        let mut examples: Vec<Vec<u8>> = entries
            .map(|e| std::fs::read(e.unwrap().path()).unwrap())
            .collect();
        examples.sort();
        seeds.extend(examples);
    }
    let n = cases();
    let mut accepted = 0;
    for _ in 0..n {
        let seed = &seeds[rng.below(seeds.len())];
        let text = String::from_utf8_lossy(&mutate(&mut rng, seed)).into_owned();
        if let Ok(a) = Answers::parse(&text, &bank) {
            accepted += 1;
            // Whatever parses must also walk and score.
            let _ = fitcheck::summary::Summary::from_answers(&bank, &a);
        }
    }
    eprintln!("answers loader: {n} cases, {accepted} accepted and scored");
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
            let _ = fitcheck::summary::Summary::from_answers(&bank, &s.answers);
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
