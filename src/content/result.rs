//! Dutch texts for the result page and for input errors (B1 level, "u"-form).
//!
//! Every text is keyed by the engine's typed ids with exhaustive `match`es (no wildcard), so a
//! new step, notice, duty, rule or error without a text does not compile. Texts depend on the
//! [`Role`]: for `Werknemer` "u" is the employee, for `Werkgever` "u" is the employer (an
//! adviser sees the employer's texts too, so they never assume "uw bedrijf").
//!
//! Content rules (see poortwachter.md): judgements belong to the bedrijfsarts,
//! arbeidsdeskundige or UWV and are presented as theirs; no text asks about a diagnosis; no
//! text contains a computed date (the UI shows dates); money amounts come from the reference.

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
pub use dates::{date_nl, weekday_date_nl};
pub use duties::duty;
pub use guides::{disagreement, disclaimer, documents, remedy, spoor2_explainer};
pub use vangnet::scope_vangnet;

/// Texts of the calendar file.
pub const CALENDAR_NAME: &str = "Spoorwijzer: termijnen bij ziekte";
pub const CALENDAR_WHO: &str = "Wie:";
pub const CALENDAR_BY: &str = "Uiterlijk:";
pub const CALENDAR_MISSED: &str = "Als dit niet gebeurt:";
pub const CALENDAR_BASIS: &str = "Grond:";
pub const CALENDAR_MADE: &str = "Gemaakt met Spoorwijzer op";

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

/// Texts of one step on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepText {
    /// Short name, e.g. "Probleemanalyse".
    pub title: &'static str,
    /// What happens or what to do, phrased for the role.
    pub what: &'static str,
    /// What happens when it is missed; empty only for events where nothing can be missed.
    pub missed: &'static str,
}

/// A title with a body (notices, the vangnet explanation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub title: &'static str,
    pub body: &'static str,
}

/// A right or obligation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DutyText {
    pub title: &'static str,
    pub body: &'static str,
    /// What happens when an obligation is not met, or how to use a right.
    pub consequence: &'static str,
}

/// A place to go for help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub label: &'static str,
    pub href: &'static str,
    /// One line: what they can help with.
    pub text: &'static str,
}

/// Why a situation is outside this guide, and where to go instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotCovered {
    pub title: &'static str,
    pub why: &'static str,
    pub where_to_go: &'static [Link],
}

/// A block of explanation: a title, paragraphs, then a bullet list (either may be empty).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
    pub bullets: &'static [&'static str],
}

/// One document of the re-integration file (checklist).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document {
    /// The step whose "done" status marks this document as present.
    pub step: Option<StepId>,
    pub title: &'static str,
    pub what: &'static str,
}
