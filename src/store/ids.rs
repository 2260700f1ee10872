//! Fresh session ids. They are random (seeded by the operating system, the
//! process and a counter), so they are made here and not in the pure core,
//! which takes an id as given ([`Session::with_id`]).

use crate::core::bank::Bank;
use crate::core::session::Session;

impl Session {
    /// A new, empty session with a fresh id.
    pub fn new(bank: &Bank, now: i64) -> Session {
        Session::with_id(bank, new_id(now), now)
    }

    /// Gives the session a fresh id (a new session whose id is taken).
    pub fn renew_id(&mut self, now: i64) {
        self.id = new_id(now);
    }
}

/// Eight random hex digits ("7f3a09c2"): short to type, and a few letters
/// are enough to name a session (`fitcheck resume 7f3`). The store never
/// lets a new session take an id that is in use.
fn new_id(now: i64) -> String {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    // RandomState is seeded from the operating system's random source.
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_i64(now);
    h.write_u32(std::process::id());
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    format!("{:08x}", h.finish() & 0xffff_ffff)
}
