//! Atw holidays computed from the year must match the published lists (poortwachter.md §2.5).

use chrono::NaiveDate;
use spoorwijzer::rules::calendar::{easter_sunday, first_working_day_on_or_after, is_atw_holiday};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn holidays_2026_to_2028_match_the_reference() {
    let lists = [
        (2026, vec!["2026-01-01", "2026-04-03", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26"]),
        (2027, vec!["2027-01-01", "2027-03-26", "2027-03-29", "2027-04-27", "2027-05-05", "2027-05-06", "2027-05-17", "2027-12-25", "2027-12-26"]),
        (2028, vec!["2028-01-01", "2028-04-14", "2028-04-17", "2028-04-27", "2028-05-05", "2028-05-25", "2028-06-05", "2028-12-25", "2028-12-26"]),
    ];
    for (year, want) in lists {
        let got: Vec<String> = NaiveDate::from_ymd_opt(year, 1, 1)
            .unwrap()
            .iter_days()
            .take_while(|x| x.format("%Y").to_string() == year.to_string())
            .filter(|&x| is_atw_holiday(x))
            .map(|x| x.to_string())
            .collect();
        assert_eq!(got, want, "holidays of {year}");
    }
}

#[test]
fn easter_known_years() {
    for (y, e) in [(2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2038, "2038-04-25"), (2285, "2285-03-22")] {
        assert_eq!(easter_sunday(y), Some(d(e)), "{y}");
    }
}

#[test]
fn kings_day_moves_to_saturday_when_27_april_is_a_sunday() {
    // 27 April 2025 was a Sunday: Koningsdag was on Saturday 26 April.
    assert!(is_atw_holiday(d("2025-04-26")));
    assert!(!is_atw_holiday(d("2025-04-27")));
    // Before 2014: Koninginnedag on 30 April.
    assert!(is_atw_holiday(d("2013-04-30")));
    assert!(!is_atw_holiday(d("2013-04-27")));
}

#[test]
fn working_day_skips_weekends_and_holiday_runs() {
    assert_eq!(first_working_day_on_or_after(d("2026-11-21")), Some(d("2026-11-23"))); // Sat → Mon
    assert_eq!(first_working_day_on_or_after(d("2026-12-25")), Some(d("2026-12-28"))); // Fri 25, Sat 26 → Mon
    assert_eq!(first_working_day_on_or_after(d("2027-03-26")), Some(d("2027-03-30"))); // Goede Vrijdag → Tue
    assert_eq!(first_working_day_on_or_after(d("2026-11-24")), Some(d("2026-11-24")));
}
