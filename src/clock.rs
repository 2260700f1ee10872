//! The system's clock and time zone: the only place fitcheck reads them.
//! The calendar arithmetic is pure and lives in [`crate::core::time`].

use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use jiff::tz::TimeZone;

pub use crate::core::time::{date_in, local_day_in, months_since, parse_date, timestamp};

/// Seconds since 1970-01-01 UTC.
pub fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// The system's time zone (from `TZ` or the system settings), read once.
/// Falls back to UTC when the system does not say.
pub fn zone() -> &'static TimeZone {
    static ZONE: OnceLock<TimeZone> = OnceLock::new();
    ZONE.get_or_init(|| TimeZone::try_system().unwrap_or(TimeZone::UTC))
}

/// "2026-11-24": the date of `secs` in the system's zone.
pub fn date(secs: i64) -> String {
    date_in(secs, zone())
}

/// [`local_day_in`] in the system's zone.
pub fn local_day(stamp: &str) -> String {
    local_day_in(stamp, zone())
}

/// Today's date in the system's zone.
pub fn today() -> String {
    date(now_secs())
}
