//! Real interviews at random: walks the interview with the core, giving each
//! question it asks a valid answer of its kind, so scoring sees what a parent
//! could really type (issue 18). Seeded and reproducible.
#![allow(dead_code)]

use fitcheck::core::answers::{Answer, Answers};
use fitcheck::core::bank::{Bank, Kind};
use fitcheck::core::interview::Interview;

/// xorshift64*: a small, seeded, reproducible generator.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Titles a parent may type: every role's own names, supervised and
/// unclear titles, typos and words that match nothing.
pub fn titles(bank: &Bank) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, r) in bank.roles.iter().enumerate() {
        out.push(r.short.clone());
        out.extend(bank.role_names(i).iter().take(2).cloned());
    }
    for t in [
        "LPC Associate",
        "LCSW-A",
        "MFT intern",
        "counselor",
        "therapist",
        "psychiatrst",
        "skills trainer",
        "peer support specialist",
        "not sure",
        "wizard",
    ] {
        out.push(t.to_string());
    }
    out
}

/// Names a parent may give a provider.
const NAMES: [&str; 5] = ["Jamie", "Dr. Lee", "Ms. Rivera", "Sam O'Neil", "Alex"];

/// One finished interview, answered at random, with at most `max_providers`.
pub fn interview(rng: &mut Rng, bank: &Bank, titles: &[String], max_providers: usize) -> Answers {
    let mut iv = Interview::new(Answers::default());
    for _ in 0..1000 {
        let Some(step) = iv.current(bank) else {
            return iv.active(bank);
        };
        let q = step.question(bank);
        if q.skippable && rng.chance(15) {
            iv.skip(bank).expect("a skippable question skips");
            continue;
        }
        let answer = match q.kind {
            Kind::Single => {
                let more = iv.provider_count(bank) < max_providers;
                let ok: Vec<_> = q
                    .options
                    .iter()
                    .filter(|o| more || !o.adds_provider)
                    .collect();
                // Danger is rarer than calm, as in life.
                let calm: Vec<_> = ok.iter().filter(|o| !o.crisis && !o.recent_risk).collect();
                let o = if !calm.is_empty() && rng.chance(80) {
                    calm[rng.below(calm.len())]
                } else {
                    &ok[rng.below(ok.len())]
                };
                Answer::One(o.id.clone())
            }
            Kind::Level => {
                let r = rng.below(10);
                let level = match r {
                    0..=3 => 0,
                    4 => 1,
                    5..=7 => 2,
                    _ => 3,
                };
                let level = if (q.crisis_levels.contains(&level)
                    || q.recent_risk_levels.contains(&level))
                    && rng.chance(70)
                {
                    0
                } else {
                    level
                };
                Answer::Level(level)
            }
            Kind::Multi => Answer::Many(
                q.options
                    .iter()
                    .filter(|_| rng.chance(25))
                    .map(|o| o.id.clone())
                    .collect(),
            ),
            Kind::Text => Answer::One(NAMES[rng.below(NAMES.len())].to_string()),
            Kind::Title => Answer::One(titles[rng.below(titles.len())].clone()),
        };
        iv.answer(bank, answer)
            .unwrap_or_else(|e| panic!("{}: {e:?}", q.id));
    }
    panic!("the interview did not finish in 1000 answers");
}
