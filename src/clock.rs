//! Dates and times without a time-zone database: UTC, from the system clock.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since 1970-01-01 UTC.
pub fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// (year, month, day) of a day count since 1970-01-01 (Howard Hinnant's civil_from_days).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// "2026-11-24T09:30:00Z".
pub fn timestamp(secs: i64) -> String {
    let (y, m, d) = civil(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// "2026-11-24".
pub fn date(secs: i64) -> String {
    let (y, m, d) = civil(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Seconds since 1970-01-01 UTC of the date at the start of `stamp`
/// ("2026-11-24" or "2026-11-24T09:30:00Z"); None when it is not a date.
pub fn parse_date(stamp: &str) -> Option<i64> {
    let date = stamp.get(..10)?;
    let mut parts = date.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d) * 86_400)
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

/// Today's date, UTC.
pub fn today() -> String {
    date(now_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(timestamp(1_795_478_400), "2026-11-24T00:00:00Z");
        assert_eq!(date(951_782_400), "2000-02-29");
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
