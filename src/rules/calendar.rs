//! Dutch working days: weekends and the holidays of the Algemene termijnenwet (art. 3),
//! computed from the year (Easter-based), never typed in per year.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Koningsdag: 27 April, or 26 April when the 27th is a Sunday (since 2014; before that
/// Koninginnedag on 30 April, or 29 April when the 30th was a Sunday).
fn kings_day(year: i32) -> Option<NaiveDate> {
    let (day, sunday_shift) = if year >= 2014 { (27, 26) } else { (30, 29) };
    let d = NaiveDate::from_ymd_opt(year, 4, day)?;
    if d.weekday() == Weekday::Sun { NaiveDate::from_ymd_opt(year, 4, sunday_shift) } else { Some(d) }
}

/// Whether `date` is a holiday under Atw art. 3 (Goede Vrijdag is treated as one, lid 2).
pub fn is_atw_holiday(date: NaiveDate) -> bool {
    let year = date.year();
    let (m, d) = (date.month(), date.day());
    if matches!((m, d), (1, 1) | (5, 5) | (12, 25) | (12, 26)) {
        return true;
    }
    if kings_day(year) == Some(date) {
        return true;
    }
    let Some(easter) = easter_sunday(year) else { return false };
    // Goede Vrijdag −2, 2e Paasdag +1, Hemelvaartsdag +39, 2e Pinksterdag +50.
    [-2i64, 1, 39, 50].iter().any(|&offset| {
        let shifted =
            if offset < 0 { easter.checked_sub_days(Days::new(2)) } else { easter.checked_add_days(Days::new(offset as u64)) };
        shifted == Some(date)
    })
}

pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_atw_holiday(date)
}

/// The first working day on or after `date`. A run of non-working days is at most a few days
/// long, so the loop is bounded; `None` only at the end of chrono's date range.
pub fn first_working_day_on_or_after(date: NaiveDate) -> Option<NaiveDate> {
    let mut d = date;
    for _ in 0..10 {
        if is_working_day(d) {
            return Some(d);
        }
        d = d.succ_opt()?;
    }
    None
}
