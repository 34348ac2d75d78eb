//! The next conversation a person should prepare for, derived from the assessment: with the
//! bedrijfsarts, about the plan van aanpak, at an evaluation, at the eerstejaarsevaluatie, at the
//! start of spoor 2, about the WIA application, or with UWV after the contract ended.

use chrono::NaiveDate;
use serde::Serialize;

use super::assessment::{Assessment, Rule, Scope, Status};
use super::steps::StepId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversationKind {
    /// The first consultation: the bedrijfsarts makes the probleemanalyse.
    Bedrijfsarts,
    PlanVanAanpak,
    Evaluatie,
    Eerstejaarsevaluatie,
    Spoor2,
    /// The re-integratieverslag and the WIA application.
    WiaAanvraag,
    /// After the contract ended: with UWV.
    Uwv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Conversation {
    pub kind: ConversationKind,
    /// The last day of the step the conversation is for, if it has one.
    pub date: Option<NaiveDate>,
}

/// The next conversation, or none when there is no route to talk about (outside the guide,
/// recovered, or after the waiting period).
pub fn next_conversation(a: &Assessment) -> Option<Conversation> {
    use ConversationKind::*;
    if matches!(a.verdict.rule, Rule::R1Hersteld | Rule::WachttijdVoorbij) || a.scope == Scope::NotCovered {
        return None;
    }
    let open = |id: StepId| a.step(id).filter(|st| !matches!(st.status, Status::Done(_) | Status::NotApplicable | Status::Passed));
    let at = |kind, id: StepId| Some(Conversation { kind, date: a.step(id).map(|st| st.date) });
    if a.scope == Scope::VangnetUwv {
        return Some(Conversation { kind: Uwv, date: open(StepId::UwvZwBeoordeling).map(|st| st.date) });
    }
    if open(StepId::Probleemanalyse).is_some() {
        return at(Bedrijfsarts, StepId::Probleemanalyse);
    }
    if open(StepId::PlanVanAanpak).is_some() {
        return at(PlanVanAanpak, StepId::PlanVanAanpak);
    }
    if open(StepId::Spoor2StartUiterlijk).is_some() && a.verdict.spoor.includes_spoor_2() {
        return at(Spoor2, StepId::Spoor2StartUiterlijk);
    }
    if a.sick_week >= 40 && open(StepId::Eerstejaarsevaluatie).is_some() {
        return at(Eerstejaarsevaluatie, StepId::Eerstejaarsevaluatie);
    }
    if a.sick_week >= 85 && open(StepId::WiaAanvraag).is_some() {
        return at(WiaAanvraag, StepId::WiaAanvraag);
    }
    Some(Conversation { kind: Evaluatie, date: open(StepId::Evaluatie).map(|st| st.date) })
}
