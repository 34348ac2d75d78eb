//! English date formatting: "3 March 2026", "Tuesday 3 March 2026".

use chrono::{Datelike, NaiveDate, Weekday};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday_en(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// "3 March 2026": day without leading zero, English month name with a capital letter.
pub fn date_text(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// "Tuesday 3 March 2026": English weekday name with a capital letter, then [`date_text`].
pub fn weekday_date_text(d: NaiveDate) -> String {
    format!("{} {}", weekday_en(d.weekday()), date_text(d))
}
