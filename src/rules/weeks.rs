//! The one place that counts sick days and weeks (poortwachter.md §2).
//!
//! Day 1 is the chain's first sick day. Periods with fewer than 28 fit days between them form a
//! chain (samentelling); fit days and Wazo leave days are not counted. "End of week n" is the
//! date of counted day 7n. Future dates assume the employee stays sick from the current
//! period on (the law's projection); a recovery only changes what has been counted so far.

use chrono::{Days, NaiveDate};

use super::situation::Period;

/// A run of consecutive counted days. `end = None`: open-ended (the current period, projected).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    start: NaiveDate,
    end: Option<NaiveDate>,
}

/// The sickness periods that count together, as counted segments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    segments: Vec<Segment>,
    /// First sick day of the chain.
    pub first_day: NaiveDate,
    /// How many earlier periods join the current one.
    pub linked: usize,
    /// Fit days between linked periods.
    pub gap_days: u32,
    /// Whether an earlier period exists that does not link (gap of 28 days or more).
    pub unlinked_earlier: bool,
}

fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

impl Count {
    /// Build the chain. `earlier` must be validated: each period ordered and before `current`.
    /// `max_gap` is the number of fit days from which a new count starts (28). With
    /// `leave_bridges`, Wazo leave between two periods is not a fit gap: periods with the same
    /// cause just before and just after the leave count together, however long the leave (WIA 23
    /// lid 3; BW 7:629 lid 10; poortwachter.md §2.3). The caller decides on "the same cause".
    pub fn new(earlier: &[Period], current: NaiveDate, wazo: Option<Period>, max_gap: u32, leave_bridges: bool) -> Self {
        let mut sorted: Vec<Period> = earlier.to_vec();
        super::small_sort::sort_small_by_key(&mut sorted, |p| p.first_day);
        let mut linked: Vec<Period> = Vec::new();
        let mut next_first = current;
        let mut gap_days = 0u32;
        for p in sorted.iter().rev() {
            let mut gap = days_between(p.last_day, next_first) - 1;
            if let Some(leave) = wazo.filter(|_| leave_bridges) {
                gap -= overlap(leave, p.last_day, next_first);
            }
            if gap >= 0 && gap < i64::from(max_gap) {
                gap_days = gap_days.saturating_add(u32::try_from(gap).unwrap_or(u32::MAX));
                linked.push(*p);
                next_first = p.first_day;
            } else {
                break;
            }
        }
        linked.reverse();
        let unlinked_earlier = sorted.len() > linked.len();
        let mut segments: Vec<Segment> =
            linked.iter().map(|p| Segment { start: p.first_day, end: Some(p.last_day) }).collect();
        segments.push(Segment { start: current, end: None });
        if let Some(leave) = wazo {
            segments = segments.into_iter().flat_map(|s| subtract(s, leave)).collect();
        }
        Self { segments, first_day: next_first, linked: linked.len(), gap_days, unlinked_earlier }
    }

    /// Date of counted sick day `k` (1-based). `None` for k = 0 or beyond chrono's range.
    pub fn date_of_counted_day(&self, k: u32) -> Option<NaiveDate> {
        if k == 0 {
            return None;
        }
        let mut left = u64::from(k);
        for s in &self.segments {
            match s.end {
                Some(end) => {
                    let len = u64::try_from(days_between(s.start, end) + 1).unwrap_or(0);
                    if left <= len {
                        return s.start.checked_add_days(Days::new(left - 1));
                    }
                    left -= len;
                }
                None => return s.start.checked_add_days(Days::new(left - 1)),
            }
        }
        None
    }

    /// End of sick week `n`: the date of counted day 7n.
    pub fn end_of_week(&self, n: u32) -> Option<NaiveDate> {
        self.date_of_counted_day(n.checked_mul(7)?)
    }

    /// Counted sick days up to and including `on`. The current period ends the day before
    /// `recovered_on`, if given.
    pub fn counted_days_until(&self, on: NaiveDate, recovered_on: Option<NaiveDate>) -> u32 {
        let mut total: i64 = 0;
        for s in &self.segments {
            let mut end = match s.end {
                Some(e) => e,
                None => match recovered_on.and_then(|r| r.pred_opt()) {
                    Some(last) => last,
                    None => on,
                },
            };
            if end > on {
                end = on;
            }
            if end >= s.start {
                total += days_between(s.start, end) + 1;
            }
        }
        u32::try_from(total).unwrap_or(u32::MAX)
    }

    /// The counted day that falls on `date` if the employee stays sick (projection), i.e. how
    /// many counted days lie on or before `date`.
    pub fn counted_day_on(&self, date: NaiveDate) -> u32 {
        self.counted_days_until(date, None)
    }
}

/// Sick week of counted day `k`: (k − 1) div 7 + 1; week 0 before the first sick day.
pub fn week_of(k: u32) -> u32 {
    if k == 0 { 0 } else { (k - 1) / 7 + 1 }
}

/// Days of `leave` strictly between `after` and `before`.
fn overlap(leave: Period, after: NaiveDate, before: NaiveDate) -> i64 {
    let start = leave.first_day.max(after + chrono::Days::new(1));
    let end = leave.last_day.min(before - chrono::Days::new(1));
    if end < start { 0 } else { days_between(start, end) + 1 }
}

/// Remove the leave days from a segment (none, one or two pieces remain).
fn subtract(s: Segment, leave: Period) -> Vec<Segment> {
    let before_leave = leave.first_day.pred_opt();
    let after_leave = leave.last_day.succ_opt();
    let overlaps = s.end.is_none_or(|e| e >= leave.first_day) && s.start <= leave.last_day;
    if !overlaps {
        return vec![s];
    }
    let mut out = Vec::new();
    if s.start < leave.first_day {
        if let Some(b) = before_leave {
            out.push(Segment { start: s.start, end: Some(b) });
        }
    }
    if let Some(a) = after_leave {
        if s.end.is_none_or(|e| e >= a) {
            out.push(Segment { start: a, end: s.end });
        }
    }
    out
}
