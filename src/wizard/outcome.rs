//! What the answers lead to: an assessment, a situation the guide does not cover, or answers
//! that contradict each other. The result page only renders this.

use chrono::NaiveDate;

use crate::rules::{Assessment, InputError, NotCoveredReason, Scope, assess};

use super::answers::{Answers, ContractAnswer};
use super::situation::to_situation;

pub enum Outcome {
    Assessed(Box<Assessment>),
    NotCovered(NotCoveredReason),
    /// Two answers contradict each other; the error names the answer to change.
    Invalid(InputError),
}

/// `None` while the answers do not yet say enough (no first sick day).
pub fn outcome(a: &Answers, today: NaiveDate) -> Option<Outcome> {
    // These end the journey before the first sick day is asked.
    match a.contract {
        Some(ContractAnswer::Zzp) => return Some(Outcome::NotCovered(NotCoveredReason::Zzp)),
        Some(ContractAnswer::Uitgezonderd) => return Some(Outcome::NotCovered(NotCoveredReason::UitgezonderdeAmbtenaar)),
        _ => {}
    }
    if a.special.is_some_and(|s| s.aow) {
        return Some(Outcome::NotCovered(NotCoveredReason::AowLeeftijd));
    }
    Some(match assess(&to_situation(a)?, today) {
        Ok(x) => match (x.scope, x.not_covered) {
            (Scope::NotCovered, Some(r)) => Outcome::NotCovered(r),
            _ => Outcome::Assessed(Box::new(x)),
        },
        Err(e) => Outcome::Invalid(e),
    })
}
