//! The CLI's commands, one file each (`gander <command>` is `commands/<command>.rs`), the JSON
//! they print, and the little civil-time arithmetic goose's names and log lines need.

pub mod baseline;
pub mod check;
pub mod create;
pub mod down;
pub mod fix;
pub mod goose;
pub mod json;
pub mod migrate;
pub mod namespaces;
pub mod redo;
pub mod repair;
pub mod schema;
pub mod serve;
pub mod status;
pub mod wait;

use std::time::{SystemTime, UNIX_EPOCH};

/// A UTC date and time, to the second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    /// 0 = Sunday.
    pub weekday: u32,
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// A date to days since 1970-01-01.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl Civil {
    /// Seconds since the epoch to UTC.
    pub fn from_unix(secs: i64) -> Civil {
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        Civil {
            year,
            month,
            day,
            hour: (rem / 3600) as u32,
            minute: (rem % 3600 / 60) as u32,
            second: (rem % 60) as u32,
            weekday: (days + 4).rem_euclid(7) as u32,
        }
    }

    /// Now, in UTC.
    pub fn now() -> Civil {
        Civil::at(SystemTime::now())
    }

    /// A point in time, in UTC.
    pub fn at(t: SystemTime) -> Civil {
        let secs = t
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        Civil::from_unix(secs)
    }

    /// goose's timestamp version format, `20060102150405`.
    pub fn stamp(&self) -> String {
        format!(
            "{:04}{:02}{:02}{:02}{:02}{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }

    /// Go's `log` prefix, `2006/01/02 15:04:05 ` (UTC here).
    pub fn log_prefix(&self) -> String {
        format!(
            "{:04}/{:02}/{:02} {:02}:{:02}:{:02} ",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }

    /// Go's `time.ANSIC`, `Mon Jan _2 15:04:05 2006`.
    pub fn ansic(&self) -> String {
        const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        format!(
            "{} {} {:>2} {:02}:{:02}:{:02} {}",
            DAYS[self.weekday as usize % 7],
            MONTHS[(self.month as usize + 11) % 12],
            self.day,
            self.hour,
            self.minute,
            self.second,
            self.year
        )
    }

    /// PostgreSQL's `timestamp::text` (`2026-07-22 12:34:56.123456`), seconds kept.
    pub fn parse_pg(text: &str) -> Option<Civil> {
        let (date, time) = text.trim().split_once(' ')?;
        let mut d = date.split('-');
        let (y, m, day) = (
            d.next()?.parse().ok()?,
            d.next()?.parse().ok()?,
            d.next()?.parse().ok()?,
        );
        let mut t = time.split(':');
        let (h, mi): (i64, i64) = (t.next()?.parse().ok()?, t.next()?.parse().ok()?);
        let s: i64 = t.next()?.split(['.', '+', '-']).next()?.parse().ok()?;
        Some(Civil::from_unix(
            days_from_civil(y, m, day) * 86_400 + h * 3600 + mi * 60 + s,
        ))
    }

    /// Whether a version is one of goose's timestamps: `yyyymmddhhmmss`, a valid date and time
    /// after 1970-01-01 00:00:00 (goose's `timestamped()`).
    pub fn is_timestamp(version: u64) -> bool {
        let s = version.to_string();
        if s.len() != 14 {
            return false;
        }
        let n = |a: usize, b: usize| s[a..b].parse::<u32>().unwrap_or(99);
        let (y, m, d, h, mi, sec) = (n(0, 4), n(4, 6), n(6, 8), n(8, 10), n(10, 12), n(12, 14));
        if !(1..=12).contains(&m) || d == 0 || h > 23 || mi > 59 || sec > 59 {
            return false;
        }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        let dim = [
            31,
            if leap { 29 } else { 28 },
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ];
        if d > dim[(m - 1) as usize] {
            return false;
        }
        days_from_civil(i64::from(y), m, d) * 86_400 + i64::from(h * 3600 + mi * 60 + sec) > 0
    }
}

/// The migration versions of a folder's file names (`<digits>_….sql` or `.go`), with names.
pub fn versions_in(dir: &std::path::Path) -> std::io::Result<Vec<(u64, String)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        if !entry.path().is_file() {
            continue;
        }
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        if !(name.ends_with(".sql") || name.ends_with(".go")) || name.ends_with("_test.go") {
            continue;
        }
        let Some((digits, _)) = name.split_once('_') else {
            continue;
        };
        if let Ok(v) = digits.parse::<u64>()
            && v > 0
        {
            out.push((v, name));
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::Civil;

    #[test]
    fn civil_time_round_trips_and_formats_like_go() {
        let c = Civil::from_unix(1_784_723_696); // 2026-07-22 12:34:56 UTC, a Wednesday
        assert_eq!(c.stamp(), "20260722123456");
        assert_eq!(c.ansic(), "Wed Jul 22 12:34:56 2026");
        assert_eq!(c.log_prefix(), "2026/07/22 12:34:56 ");
        assert_eq!(Civil::parse_pg("2026-07-22 12:34:56.123456"), Some(c));
        assert_eq!(Civil::from_unix(0).ansic(), "Thu Jan  1 00:00:00 1970");
        assert!(Civil::is_timestamp(20_260_722_123_456));
        assert!(!Civil::is_timestamp(20_261_322_123_456));
        assert!(!Civil::is_timestamp(1000));
        assert!(!Civil::is_timestamp(19_700_101_000_000));
    }
}
