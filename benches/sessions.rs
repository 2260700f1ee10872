//! The saved-session work inside one process: listing a folder of sessions
//! through the index (warm) and without it (cold), finding one by id, and
//! computing a session's summary with its history. The whole-process
//! figures (`fitcheck list`, `fitcheck summary ID`) come from
//! scripts/bench-sessions.sh.

use criterion::{Criterion, criterion_group, criterion_main};

use fitcheck::core::answers::{Answer, Answers};
use fitcheck::core::bank::{Bank, Kind};
use fitcheck::core::interview::Interview;
use fitcheck::core::session::Session;
use fitcheck::core::summary::Summary;
use fitcheck::store::Store;

/// A finished session: the first calm option everywhere, needs at 2.
fn session(bank: &Bank, now: i64) -> Session {
    let mut interview = Interview::new(Answers::default());
    while let Some(step) = interview.current(bank) {
        let q = step.question(bank);
        let calm = || {
            q.options
                .iter()
                .find(|o| !o.crisis && !o.adds_provider)
                .map(|o| o.id.clone())
                .unwrap_or_default()
        };
        let a = match q.kind {
            Kind::Level => Answer::Level(if q.crisis_levels.contains(&2) { 0 } else { 2 }),
            Kind::Single => Answer::One(calm()),
            Kind::Multi => Answer::Many(vec![calm()]),
            Kind::Text => Answer::One("Ms. Rivera".to_string()),
            Kind::Title => Answer::One(bank.roles[0].short.clone()),
        };
        interview.answer(bank, a).expect("a valid answer");
    }
    let mut s = Session::new(bank, now);
    s.answers = interview.answers;
    s.refresh(bank, now);
    s
}

fn bench(c: &mut Criterion) {
    let bank = Bank::embedded().expect("the built-in bank");
    let tmp = tempfile::tempdir().expect("a folder");
    let store = Store::at(tmp.path());
    let mut ids = Vec::new();
    for i in 0..1_000 {
        let s = session(&bank, 1_767_225_600 + i * 60);
        store.save(&s).expect("saved");
        ids.push(s.id);
    }
    store.entries().expect("listed");
    c.bench_function("entries, 1000 sessions, index", |b| {
        b.iter(|| store.entries().expect("listed"))
    });
    let index = tmp.path().join(fitcheck::store::index::FILE);
    c.bench_function("entries, 1000 sessions, no index", |b| {
        b.iter(|| {
            let _ = std::fs::remove_file(&index);
            store.entries().expect("listed")
        })
    });
    c.bench_function("find by id", |b| {
        b.iter(|| store.find(&ids[500]).expect("found"))
    });
    let s = store.find(&ids[500]).expect("found");
    c.bench_function("summary with history", |b| {
        b.iter(|| Summary::of_session(&bank, &s, 1_800_000_000, fitcheck::clock::zone()))
    });
    c.bench_function("bank load (embedded)", |b| {
        b.iter(|| Bank::embedded().expect("loads"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
