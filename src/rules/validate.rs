//! Input checks: every impossible answer becomes a typed [`InputError`], never a panic.

use chrono::{Datelike, NaiveDate};

use super::errors::{Field, InputError};
use super::situation::Situation;

/// Most earlier periods we accept; more is not a realistic answer and would only slow us down.
pub const MAX_EARLIER_PERIODS: usize = 20;

/// Dates outside this range are typing errors; inside it, all date arithmetic is safe.
fn in_range(d: NaiveDate) -> bool {
    (1900..=2200).contains(&d.year())
}

fn check_range(d: NaiveDate, field: Field) -> Result<(), InputError> {
    if in_range(d) { Ok(()) } else { Err(InputError::DateOutOfRange { field }) }
}

/// Checks that do not need the chain.
pub(crate) fn situation(s: &Situation, today: NaiveDate) -> Result<(), InputError> {
    check_range(today, Field::FirstSickDay)?;
    check_range(s.first_sick_day, Field::FirstSickDay)?;
    if s.first_sick_day > today {
        return Err(InputError::FirstSickDayInFuture { first_sick_day: s.first_sick_day, today });
    }
    if let Some(r) = s.recovered_on {
        check_range(r, Field::RecoveredOn)?;
        if r <= s.first_sick_day {
            return Err(InputError::RecoveredNotAfterFirstSickDay { recovered_on: r, first_sick_day: s.first_sick_day });
        }
        if r > today {
            return Err(InputError::RecoveredInFuture { recovered_on: r });
        }
    }
    if let Some(end) = s.contract_end {
        check_range(end, Field::ContractEnd)?;
    }
    if s.earlier_periods.len() > MAX_EARLIER_PERIODS {
        return Err(InputError::TooManyPeriods { count: s.earlier_periods.len(), max: MAX_EARLIER_PERIODS });
    }
    for (index, p) in s.earlier_periods.iter().enumerate() {
        check_range(p.first_day, Field::EarlierPeriods)?;
        check_range(p.last_day, Field::EarlierPeriods)?;
        if p.last_day < p.first_day {
            return Err(InputError::PeriodEndsBeforeStart { index });
        }
        if p.last_day >= s.first_sick_day {
            return Err(InputError::PeriodNotBeforeCurrent { index });
        }
    }
    let mut order: Vec<usize> = (0..s.earlier_periods.len()).collect();
    super::small_sort::sort_small_by_key(&mut order, |&i| s.earlier_periods[i].first_day);
    for pair in order.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if s.earlier_periods[b].first_day <= s.earlier_periods[a].last_day {
            return Err(InputError::PeriodsOverlap { first: a.min(b), second: a.max(b) });
        }
    }
    if let Some(leave) = s.wazo_leave {
        check_range(leave.first_day, Field::WazoLeave)?;
        check_range(leave.last_day, Field::WazoLeave)?;
        if leave.last_day < leave.first_day {
            return Err(InputError::WazoLeaveEndsBeforeStart);
        }
    }
    Ok(())
}

/// Done dates must lie within [chain start, today].
pub(crate) fn done_dates(s: &Situation, chain_start: NaiveDate, today: NaiveDate) -> Result<(), InputError> {
    for (&step, &date) in &s.done {
        check_range(date, Field::Done(step))?;
        if date < chain_start {
            return Err(InputError::DoneBeforeStart { step, date });
        }
        if date > today {
            return Err(InputError::DoneInFuture { step, date });
        }
    }
    Ok(())
}
