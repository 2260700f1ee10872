//! Time from exec to the first complete frame in an 80x24 pseudo-terminal:
//! `fitcheck` (release build) side by side with Debian's `dialog --menu` in
//! the same run. A frame is complete when its last row has arrived: the
//! crisis line for fitcheck, the Cancel button for dialog. Skips dialog when
//! it is not installed. The pty harness adds its own cost, measured as a
//! baseline (`echo`); compare the programs above it. `cargo bench --bench startup`.

use std::io::Read;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Runs `cmd` in a fresh 80x24 pty until its output contains `done`, and
/// returns how long that took; the child is then ended (not timed: ending it
/// takes portable-pty a grace period).
fn first_frame(cmd: CommandBuilder, done: &[u8]) -> Duration {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(cmd).expect("the program starts");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("a reader");
    let (tx, rx) = mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let mut seen = Vec::new();
    let took = loop {
        let chunk = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("a first frame within 20 s");
        seen.extend_from_slice(&chunk);
        if seen.windows(done.len()).any(|w| w == done) {
            break start.elapsed();
        }
    };
    let _ = child.kill();
    let _ = child.wait();
    took
}

fn startup(c: &mut Criterion) {
    let bin = Path::new(env!("CARGO_BIN_EXE_fitcheck"));
    let data = tempfile::tempdir().unwrap();
    let bank = fitcheck::core::bank::Bank::embedded().unwrap();
    let footer = bank.meta.crisis.footer.clone();
    let mut group = c.benchmark_group("first frame");
    group.sample_size(20);
    // What the pty harness itself costs: a program that prints at once.
    group.bench_function("baseline: echo", |b| {
        b.iter_custom(|iters| {
            (0..iters)
                .map(|_| {
                    let mut cmd = CommandBuilder::new("/bin/echo");
                    cmd.arg("ready");
                    first_frame(cmd, b"ready")
                })
                .sum()
        })
    });
    group.bench_function("fitcheck", |b| {
        b.iter_custom(|iters| {
            (0..iters)
                .map(|_| {
                    let mut cmd = CommandBuilder::new(bin);
                    cmd.env("FITCHECK_DATA_DIR", data.path());
                    cmd.env("TERM", "xterm-256color");
                    first_frame(cmd, footer.as_bytes())
                })
                .sum()
        })
    });
    let dialog = ["/usr/bin/dialog", "/bin/dialog"]
        .into_iter()
        .find(|p| Path::new(p).exists());
    if let Some(dialog) = dialog {
        group.bench_function("dialog --menu", |b| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| {
                        let mut cmd = CommandBuilder::new(dialog);
                        cmd.env("TERM", "xterm-256color");
                        cmd.args([
                            "--menu",
                            "Is anyone in danger right now?",
                            "12",
                            "60",
                            "2",
                            "1",
                            "Yes",
                            "2",
                            "No",
                        ]);
                        first_frame(cmd, b"Cancel")
                    })
                    .sum()
            })
        });
    } else {
        eprintln!("dialog is not installed: measuring fitcheck only");
    }
    group.finish();
}

criterion_group!(benches, startup);
criterion_main!(benches);
