//! The answers the engine works from: one plain, serialisable record.
//!
//! Keys and values follow the public conformance vectors (`../shared/domain/vectors/README.md`),
//! so a vector's `situation` deserialises straight into [`Situation`]. Keys the vectors do not
//! know are optional extensions the wizard asks for. Unknown keys are rejected: a typo must
//! not pass silently.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::steps::StepId;

/// Who is using the guide. An adviser (re-integration bureau) sees the employer's view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Werknemer,
    Werkgever,
}

/// A closed earlier sickness period with the same employer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContractKind {
    Vast,
    Tijdelijk,
    Uitzend,
    Oproep,
    /// Self-employed: no employment contract, so no Poortwachter route at all.
    Zzp,
    /// Civil servants with their own legal status (military, police, judiciary, political office).
    Uitgezonderd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    Regulier,
    Zwangerschap,
    Orgaandonatie,
}

/// Bedrijfsarts / arbeidsdeskundige on the own work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OwnWork {
    Ja,
    Aangepast,
    Nee,
    Onbekend,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YesNoUnknown {
    Ja,
    Nee,
    Onbekend,
}

/// Benutbare mogelijkheden, as the bedrijfsarts judges them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Capacity {
    Geen,
    Beperkt,
    Onbekend,
}

/// Everything the engine needs to know. All keys but `role` and `first_sick_day` are optional;
/// an absent answer means "not given", which the engine treats as unknown and reports as an
/// open point rather than guessing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    pub role: Role,
    /// First day of the current sickness period.
    pub first_sick_day: NaiveDate,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier_periods: Vec<Period>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recovered_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract: Option<ContractKind>,
    /// Last day of the employment contract, if it ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_end: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<Cause>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_risk_polis: Option<bool>,
    /// Accepted for completeness; on the rules' date no rule depends on it (R13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_size: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_work: Option<OwnWork>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_work_own_employer: Option<YesNoUnknown>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_capacity: Option<Capacity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_lasting_disability: Option<bool>,
    /// Steps already done, and when.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub done: BTreeMap<StepId, NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refuses_cooperation: Option<bool>,

    // ---- extensions beyond the public vector format ----
    /// The employee could do more work than spoor 1 uses (R8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unused_capacity: Option<bool>,
    /// The bedrijfsarts or arbeidsdeskundige documented a concrete prospect of structural return
    /// within the own organisation within about three months (R11).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_within_3_months: Option<bool>,
    /// Pregnancy and childbirth leave (Wazo) taken during the chain: those days are not counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wazo_leave: Option<Period>,
    /// Steps the user does not know to be done ("weet ik niet"). They count as not done, as the
    /// law requires them, and the result names each as an open point.
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub done_unknown: std::collections::BTreeSet<StepId>,
    /// The employee reaches the AOW age before the end of the waiting period: outside our scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aow_before_end: Option<bool>,
    /// The employee works again for part of the hours or in other work: the count goes on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_return: Option<PartialReturn>,
    /// The contract was ended in the proeftijd (its last day is `contract_end`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ontslag_proeftijd: Option<bool>,
    /// The employer is eigenrisicodrager for the Ziektewet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eigenrisicodrager_zw: Option<bool>,
    /// Pregnancy-related sickness that began in the flexibiliseringsperiode or after the leave:
    /// the employer reports it to UWV on the fourth day (ZW 38a lid 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zw_vierde_dag: Option<bool>,
}

/// A partial return to work: since when, and what share of the own hours (both optional).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartialReturn {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent: Option<u8>,
}

impl Situation {
    /// A minimal situation: only the two required answers.
    pub fn new(role: Role, first_sick_day: NaiveDate) -> Self {
        Self {
            role,
            first_sick_day,
            earlier_periods: Vec::new(),
            recovered_on: None,
            contract: None,
            contract_end: None,
            cause: None,
            no_risk_polis: None,
            employer_size: None,
            own_work: None,
            other_work_own_employer: None,
            work_capacity: None,
            full_lasting_disability: None,
            done: BTreeMap::new(),
            refuses_cooperation: None,
            unused_capacity: None,
            return_within_3_months: None,
            wazo_leave: None,
            done_unknown: std::collections::BTreeSet::new(),
            aow_before_end: None,
            partial_return: None,
            ontslag_proeftijd: None,
            eigenrisicodrager_zw: None,
            zw_vierde_dag: None,
        }
    }
}
