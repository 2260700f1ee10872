//! Fills a folder with saved sessions for measuring: `make_sessions DIR N`.
//! Answers come from the built-in bank (needs at varying levels, some
//! sessions unfinished, some with a check-in and a question asked), so the
//! files look like a family's. Used by scripts/bench-sessions.sh.
//!
//! Files are written 0600 without syncing each one: this is test data, and
//! ten thousand syncs would only measure the disk.

use std::io::Write;
use std::path::PathBuf;

use fitcheck::core::answers::{Answer, Answers};
use fitcheck::core::bank::{Bank, Kind, Question};
use fitcheck::core::interview::Interview;
use fitcheck::core::session::Session;

fn pick(bank: &Bank, q: &Question, n: usize) -> Answer {
    let calm: Vec<_> = q
        .options
        .iter()
        .filter(|o| !o.crisis && !o.adds_provider)
        .collect();
    match q.kind {
        Kind::Level => Answer::Level(
            (0..=3u8)
                .cycle()
                .skip(n % 4)
                .find(|l| !q.crisis_levels.contains(l))
                .unwrap_or(0),
        ),
        Kind::Single => Answer::One(calm[n % calm.len()].id.clone()),
        Kind::Multi => Answer::Many(vec![calm[n % calm.len()].id.clone()]),
        Kind::Text => Answer::One(format!("Provider number {n}")),
        Kind::Title => {
            let roles: Vec<_> = bank.roles.iter().filter(|r| !r.unknown).collect();
            let r = roles[n % roles.len()];
            Answer::One(r.aliases.first().unwrap_or(&r.short).clone())
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(count)) = (args.next(), args.next()) else {
        eprintln!("usage: make_sessions DIR COUNT");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    let count: usize = count.parse().expect("COUNT is a number");
    let bank = Bank::embedded().expect("the built-in bank");
    let store = fitcheck::store::Store::at(&dir);
    store.ensure_dir().expect("the folder");
    let start = 1_767_225_600; // 2026-01-01
    for n in 0..count {
        let now = start + (n as i64) * 3_600;
        let mut interview = Interview::new(Answers::default());
        // One in five is left unfinished.
        let stop = if n % 5 == 0 { 1 + n % 3 } else { usize::MAX };
        let mut asked = 0;
        while let Some(step) = interview.current(&bank) {
            if asked == stop {
                break;
            }
            let a = pick(&bank, step.question(&bank), n + asked);
            interview.answer(&bank, a).expect("a valid answer");
            asked += 1;
        }
        let mut s = Session::new(&bank, now);
        s.label = (n % 2 == 0).then(|| format!("Child {n} - skills trainer"));
        s.answers = interview.answers;
        if n % 7 == 0 && stop == usize::MAX {
            s.begin_checkin(now + 86_400 * 30, Some("A month on.".to_string()));
            if let Some(ask) = bank.asks.first() {
                s.mark_asked(&ask.id, Some("They will check.".to_string()), now);
            }
        }
        s.refresh(&bank, now);
        let mut json = serde_json::to_vec_pretty(&s).expect("serializes");
        json.push(b'\n');
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(store.path(&s.id)).expect("a new file");
        file.write_all(&json).expect("written");
    }
    println!("{count} sessions in {}", dir.display());
}
