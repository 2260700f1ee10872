//! Dates and times, as pure functions. Stored as UTC
//! ("2026-11-24T09:30:00Z"); shown in the parent's own time zone, so an
//! evening printout carries that evening's date.
//!
//! The calendar work is jiff's. Every function takes the time and the zone
//! as arguments; reading the system's clock and zone is
//! [`crate::clock`]'s job, outside the core.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

fn instant(secs: i64) -> Timestamp {
    Timestamp::from_second(secs).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// "2026-11-24T09:30:00Z": the stored form, always UTC.
pub fn timestamp(secs: i64) -> String {
    instant(secs).strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// "2026-11-24": the date of `secs` in `tz`.
pub fn date_in(secs: i64, tz: &TimeZone) -> String {
    instant(secs).to_zoned(tz.clone()).date().to_string()
}

/// The date, in `tz`, of a stored stamp. A full UTC stamp
/// ("2026-11-24T02:30:00Z") moves to the local date; a bare date
/// ("2026-11-24") is already a calendar date and stays as it is; anything
/// else is shown by its first ten characters, as it was before.
pub fn local_day_in(stamp: &str, tz: &TimeZone) -> String {
    match stamp.parse::<Timestamp>() {
        Ok(t) => t.to_zoned(tz.clone()).date().to_string(),
        // Never the file's raw bytes: a crafted stamp must not reach a terminal.
        Err(_) => crate::core::text::day(stamp),
    }
}

/// Seconds since 1970-01-01 UTC of the date at the start of `stamp`
/// ("2026-11-24" or "2026-11-24T09:30:00Z"), at midnight UTC; None when it is
/// not a date.
pub fn parse_date(stamp: &str) -> Option<i64> {
    let date: Date = stamp.get(..10)?.parse().ok()?;
    let t = date.to_zoned(TimeZone::UTC).ok()?.timestamp();
    Some(t.as_second())
}

/// Whole months (of 30.4 days) from the date of `stamp` to `now`; 0 when
/// `stamp` is not a date or is in the future.
pub fn months_since(stamp: &str, now: i64) -> u32 {
    let Some(then) = parse_date(stamp) else {
        return 0;
    };
    let days = (now - then).max(0) / 86_400;
    u32::try_from(days * 10 / 304).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(timestamp(1_795_478_400), "2026-11-24T00:00:00Z");
        assert_eq!(date_in(951_782_400, &TimeZone::UTC), "2000-02-29");
    }

    /// 2026-12-02 at 04:30 UTC is the evening of Dec 1 in Los Angeles and
    /// the evening of Dec 2 in Auckland: two zones a day apart.
    #[test]
    fn dates_follow_the_zone() {
        let secs = parse_date("2026-12-02").unwrap() + 4 * 3600 + 30 * 60;
        let la = TimeZone::posix("PST8PDT,M3.2.0,M11.1.0").unwrap();
        let nz = TimeZone::posix("NZST-12NZDT,M9.5.0,M4.1.0/3").unwrap();
        assert_eq!(date_in(secs, &la), "2026-12-01");
        assert_eq!(date_in(secs, &nz), "2026-12-02");
        let stamp = timestamp(secs);
        assert_eq!(stamp, "2026-12-02T04:30:00Z");
        assert_eq!(local_day_in(&stamp, &la), "2026-12-01");
        assert_eq!(local_day_in(&stamp, &nz), "2026-12-02");
        // Late at night in Auckland is still the day before in UTC.
        let late = "2026-12-01T11:30:00Z";
        assert_eq!(local_day_in(late, &la), "2026-12-01");
        assert_eq!(local_day_in(late, &nz), "2026-12-02");
        // A bare date is a calendar date: no zone moves it.
        assert_eq!(local_day_in("2026-12-02", &la), "2026-12-02");
        // Anything else is never printed as it is: it may hold escapes.
        assert_eq!(local_day_in("not a date", &la), "?");
    }

    #[test]
    fn dates_parse_back() {
        for secs in [0, 951_782_400, 1_795_478_400, -86_400 * 400] {
            assert_eq!(parse_date(&timestamp(secs)), Some(secs));
        }
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("soon"), None);
    }

    #[test]
    fn months_are_counted_whole() {
        let start = "2026-01-01T10:00:00Z";
        let jan1 = parse_date(start).unwrap();
        assert_eq!(months_since(start, jan1), 0);
        assert_eq!(months_since(start, jan1 + 30 * 86_400), 0);
        assert_eq!(months_since(start, jan1 + 31 * 86_400), 1);
        assert_eq!(months_since(start, jan1 + 364 * 86_400), 11);
        assert_eq!(months_since(start, jan1 + 365 * 86_400), 12);
        assert_eq!(months_since(start, jan1 + 366 * 86_400), 12);
        assert_eq!(months_since(start, jan1 - 86_400), 0);
        assert_eq!(months_since("garbage", jan1), 0);
    }
}
