//! The app's only clock: today's date in the browser's local time zone. The rules never read a
//! clock; the UI passes this date in.
use chrono::NaiveDate;

pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .unwrap_or(NaiveDate::MIN)
}
