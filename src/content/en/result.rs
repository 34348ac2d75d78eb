//! English texts for the result page and for input errors (plain English, B1 level, "you").
//!
//! Every text is keyed by the engine's typed ids with exhaustive `match`es (no wildcard), so a
//! new step, notice, duty, rule or error without a text does not compile. Texts depend on the
//! [`Role`]: for `Werknemer` "you" is the employee, for `Werkgever` "you" is the employer (an
//! adviser sees the employer's texts too, so they never assume "your company").
//!
//! Content rules (see poortwachter.md): judgements belong to the bedrijfsarts,
//! arbeidsdeskundige or UWV and are presented as theirs; no text asks about a diagnosis; no
//! text contains a computed date (the UI shows dates); money amounts come from the reference.

pub use crate::content::types::{StepText, Text, DutyText, Link, NotCovered, Section, Document};

mod actions;
mod card;
mod dates;
mod duties;
mod guides;
mod notices;
mod steps;
mod vangnet;
mod verdict;
mod what_if;

#[cfg(test)]
mod tests;


pub use actions::{action, condition, lower_first};
pub use card::*;
pub use what_if::*;
pub use dates::{date_text, weekday_date_text};
pub use duties::duty;
pub use guides::{disagreement, disclaimer, documents, remedy, spoor2_explainer};
pub use vangnet::scope_vangnet;

/// Texts of the calendar file.
pub const CALENDAR_NAME: &str = "Spoorwijzer: deadlines during sickness";
pub const CALENDAR_WHO: &str = "Who:";
pub const CALENDAR_BY: &str = "No later than:";
pub const CALENDAR_MISSED: &str = "If this does not happen:";
pub const CALENDAR_BASIS: &str = "Legal basis:";
pub const CALENDAR_MADE: &str = "Made with Spoorwijzer on";

/// Who pays what for a remedy: "De werkgever: ongeveer €100", or without a known amount.
pub fn remedy_cost(party: &str, eur: Option<u32>) -> String {
    match eur {
        Some(eur) => format!("{party}: about €{eur}"),
        None => format!("{party}: pays"),
    }
}

/// A step's texts; under UWV's safety net the employee's own steps read differently.
pub fn step_in(id: crate::rules::StepId, role: crate::rules::Role, vangnet: bool) -> StepText {
    vangnet.then(|| vangnet::step(id, role)).flatten().unwrap_or_else(|| step(id, role))
}

/// A right's or obligation's texts, likewise.
pub fn duty_in(id: crate::rules::DutyId, role: crate::rules::Role, vangnet: bool) -> DutyText {
    vangnet.then(|| vangnet::duty(id, role)).flatten().unwrap_or_else(|| duty(id, role))
}
pub use notices::notice;
pub use steps::step;
pub use verdict::{
    certainty, field_label, input_error, not_covered, open_point, party, party_for, reason, rule, status,
    status_for, verdict_sentence, verdict_title,
};

#[allow(unused_imports)]
pub use crate::rules::{
    Certainty, DutyId, Field, InputError, NotCoveredReason, NoticeId, OpenPoint, Party, Reason, Role, Rule, Spoor,
    Status, StepId,
};







