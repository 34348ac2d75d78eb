//! Input errors: a typed reason the situation cannot be assessed, so the UI can say in Dutch
//! which answer to change. The engine never panics on bad input.

use chrono::NaiveDate;
use serde::Serialize;
use thiserror::Error;

use super::steps::StepId;

/// Which answer an error is about, so the UI can link to the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    FirstSickDay,
    RecoveredOn,
    EarlierPeriods,
    ContractEnd,
    Done(StepId),
    WazoLeave,
}

#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum InputError {
    #[error("first sick day {first_sick_day} is after today {today}")]
    FirstSickDayInFuture { first_sick_day: NaiveDate, today: NaiveDate },
    #[error("recovery date {recovered_on} is not after the first sick day {first_sick_day}")]
    RecoveredNotAfterFirstSickDay { recovered_on: NaiveDate, first_sick_day: NaiveDate },
    #[error("recovery date {recovered_on} is after today")]
    RecoveredInFuture { recovered_on: NaiveDate },
    #[error("earlier period {index}: last day before first day")]
    PeriodEndsBeforeStart { index: usize },
    #[error("earlier period {index} does not end before the current sickness starts")]
    PeriodNotBeforeCurrent { index: usize },
    #[error("earlier periods {first} and {second} overlap")]
    PeriodsOverlap { first: usize, second: usize },
    #[error("too many earlier periods ({count}, at most {max})")]
    TooManyPeriods { count: usize, max: usize },
    #[error("step {step:?} is done on {date}, before the sickness started")]
    DoneBeforeStart { step: StepId, date: NaiveDate },
    #[error("step {step:?} is done on {date}, after today")]
    DoneInFuture { step: StepId, date: NaiveDate },
    #[error("pregnancy leave ends before it starts")]
    WazoLeaveEndsBeforeStart,
    #[error("a date is outside the range the guide can compute with")]
    DateOutOfRange { field: Field },
}

impl InputError {
    /// The answer to change.
    pub fn field(&self) -> Field {
        match self {
            InputError::FirstSickDayInFuture { .. } => Field::FirstSickDay,
            InputError::RecoveredNotAfterFirstSickDay { .. } | InputError::RecoveredInFuture { .. } => Field::RecoveredOn,
            InputError::PeriodEndsBeforeStart { .. }
            | InputError::PeriodNotBeforeCurrent { .. }
            | InputError::PeriodsOverlap { .. }
            | InputError::TooManyPeriods { .. } => Field::EarlierPeriods,
            InputError::DoneBeforeStart { step, .. } | InputError::DoneInFuture { step, .. } => Field::Done(*step),
            InputError::WazoLeaveEndsBeforeStart => Field::WazoLeave,
            InputError::DateOutOfRange { field } => *field,
        }
    }
}
