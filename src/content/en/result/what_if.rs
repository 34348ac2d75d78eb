//! Texts of "What if?": the changes offered, their one question, and the comparison.

use crate::rules::{Role, Scope, StepId};
use crate::wizard::what_if::WhatIfKind;

/// The change as the user picks it, phrased for the role.
pub fn what_if_label(kind: WhatIfKind, role: Role) -> String {
    use WhatIfKind::*;
    let w = role == Role::Werknemer;
    match kind {
        ContractEnds => if w { "What if my contract ends on a date?" } else { "What if the contract ends on a date?" }.into(),
        ContractExtended => if w { "What if my contract is extended?" } else { "What if the contract is extended?" }.into(),
        Spoor2Starts => "What if track 2 starts on a date?".into(),
        StepDone(id) => format!("What if {} is done on a date?", step_noun(id)),
        Recovers => if w { "What if I go fully back to work?" } else { "What if my employee goes fully back to work?" }.into(),
        PartlyBack => if w { "What if I go back to work for part of my hours?" } else { "What if my employee goes back to work for part of the hours?" }.into(),
        SickAgain => if w { "What if I get sick again within 4 weeks?" } else { "What if my employee gets sick again within 4 weeks?" }.into(),
        LaterDay => "What does it look like on a different day?".into(),
    }
}

fn step_noun(id: StepId) -> &'static str {
    match id {
        StepId::Probleemanalyse => "the problem analysis",
        StepId::PlanVanAanpak => "the plan of action",
        StepId::ZiekmeldingUwv => "the report to UWV in week 42",
        StepId::Eerstejaarsevaluatie => "the first-year evaluation",
        StepId::ZiekUitDienstMelding => "the report to UWV on leaving employment sick",
        StepId::ReIntegratieverslag => "the re-integration report",
        StepId::WiaAanvraag => "the WIA application",
        StepId::ZiekmeldingUwvZw => "the sickness report to UWV for the Ziektewet",
        StepId::HersteldmeldingUwv => "the report of recovery",
        _ => "this step",
    }
}

/// The label of the one date the change asks for.
pub fn what_if_date_label(kind: WhatIfKind) -> &'static str {
    use WhatIfKind::*;
    match kind {
        ContractEnds => "Last day of the contract",
        Spoor2Starts => "Day on which track 2 starts",
        StepDone(_) => "Day on which the step is done",
        Recovers => "First day fully back at work",
        PartlyBack => "First day back at work for part of the hours",
        SickAgain => "First day sick again",
        LaterDay => "Which day do you want to look at?",
        ContractExtended => "",
    }
}

/// Who pays and guides, per route.
pub fn scope_label(s: Scope) -> &'static str {
    match s {
        Scope::Poortwachter => "The employer pays wages and helps with re-integration",
        Scope::VangnetUwv => "UWV pays the sickness benefit and helps with re-integration",
        Scope::NotCovered => "Outside what Spoorwijzer covers",
    }
}

pub const WHAT_IF_TITLE: &str = "What if?";
pub const WHAT_IF_INTRO: &str = "Your answers stay as they are until you apply the change.";
pub const WHAT_IF_OPEN: &str = "Try out what changes if one thing is different";
pub const WHAT_IF_PICK: &str = "What do you want to try out?";
pub const WHAT_IF_SHOW: &str = "See what changes";
pub const WHAT_IF_TAKE: &str = "Apply this change";
pub const WHAT_IF_DISCARD: &str = "Back to my situation";
pub const WHAT_IF_NOW: &str = "Now";
/// The left column when a step on a later day is weighed against doing it today.
pub const WHAT_IF_TODAY: &str = "If it happens today";
pub const WHAT_IF_THEN: &str = "With the change";
pub const WHAT_IF_SUBJECT: &str = "What";
pub const WHAT_IF_SAME: &str = "What stays the same";
pub const WHAT_IF_NOTHING: &str = "Nothing changes in the outcome.";
pub const WHAT_IF_INVALID: &str = "This change does not fit your answers. Choose a different date.";
pub const WHAT_IF_ROUTE: &str = "Who pays and helps";
pub const WHAT_IF_SPOOR: &str = "Track";
pub const WHAT_IF_WEEK: &str = "Week of sickness";
pub const WHAT_IF_LATE: &str = "Overdue and not done yet";
pub const WHAT_IF_APPLIES: &str = "Applies";
pub const WHAT_IF_NEW: &str = "Added";
pub const WHAT_IF_GONE: &str = "No longer applies";
pub const WHAT_IF_DONE_LATE: &str = "after the deadline";
pub const WHAT_IF_DUTY_NEW: &str = "New rights and obligations";
pub const WHAT_IF_DUTY_GONE: &str = "Rights and obligations that no longer apply";
pub const WHAT_IF_FINES: &str = "Fine for late reports";
pub const WHAT_IF_NOT_APPLICABLE: &str = "does not apply";
pub const WHAT_IF_PERCENT: &str = "What percentage of the usual hours (optional)";
pub const WHAT_IF_TAKEN: &str = "The change has been applied to your answers.";
