//! Benchmarks of the terminal-free core: loading and validating the built-in
//! question bank, the interview's next step, and scoring a full interview.
//! Targets (issue 2): bank load + validation under 1 ms; scoring under 50 µs.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use fitcheck::core::answers::{Answer, Answers};
use fitcheck::core::bank::{Bank, Kind};
use fitcheck::core::interview::Interview;
use fitcheck::core::lang::Lang;
use fitcheck::core::summary::Summary;

/// A full interview: every level urgent, the first option of each choice,
/// a title for each provider, text elsewhere.
fn full_interview(bank: &Bank) -> Interview {
    let mut i = Interview::new(Answers::default());
    while let Some(step) = i.current(bank) {
        let q = step.question(bank);
        let answer = match q.kind {
            Kind::Level => Answer::Level(3),
            Kind::Multi => Answer::Many(q.options.iter().map(|o| o.id.clone()).collect()),
            Kind::Single => {
                // Never add endless providers, never report a crisis.
                let o = q
                    .options
                    .iter()
                    .find(|o| !o.adds_provider && !o.crisis)
                    .unwrap_or(&q.options[0]);
                Answer::One(o.id.clone())
            }
            Kind::Title => Answer::One("skills trainer".to_string()),
            Kind::Text => Answer::One("Ms. Rivera".to_string()),
        };
        i.answer(bank, answer).expect("valid answer");
    }
    i
}

fn bench(c: &mut Criterion) {
    c.bench_function("bank: load and validate the built-in bank", |b| {
        b.iter(|| black_box(Bank::embedded().unwrap()))
    });
    c.bench_function(
        "bank: load and validate the built-in bank in Spanish",
        |b| b.iter(|| black_box(Bank::embedded_in(Lang::Es).unwrap())),
    );
    let bank = Bank::embedded().unwrap();
    let done = full_interview(&bank);
    c.bench_function("score: summary of a full interview", |b| {
        b.iter(|| black_box(Summary::of(&bank, black_box(&done))))
    });
    let mut half = done.clone();
    for _ in 0..half.steps(&bank).len() / 2 {
        half.back(&bank);
    }
    c.bench_function("interview: next step and progress", |b| {
        b.iter(|| {
            black_box(half.current(&bank));
            black_box(half.progress(&bank))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
