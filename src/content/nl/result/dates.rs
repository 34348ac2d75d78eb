//! Dutch date formatting: "3 maart 2026", "dinsdag 3 maart 2026".

use chrono::{Datelike, NaiveDate, Weekday};

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

fn weekday_nl(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "maandag",
        Weekday::Tue => "dinsdag",
        Weekday::Wed => "woensdag",
        Weekday::Thu => "donderdag",
        Weekday::Fri => "vrijdag",
        Weekday::Sat => "zaterdag",
        Weekday::Sun => "zondag",
    }
}

/// "3 maart 2026": day without leading zero, Dutch month name in lower case.
pub fn date_text(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// "dinsdag 3 maart 2026".
pub fn weekday_date_text(d: NaiveDate) -> String {
    format!("{} {}", weekday_nl(d.weekday()), date_text(d))
}
