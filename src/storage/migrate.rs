//! From every version we ever wrote to the current [`Answers`].
//!
//! Old versions are never read by the current type directly: a renamed field would otherwise
//! vanish silently. Each retired version keeps a frozen copy of the shapes that changed, and a
//! conversion to the next version.

use super::RestoreError;
use crate::wizard::Answers;

pub(super) fn to_current(version: u32, answers: serde_json::Value) -> Result<Answers, RestoreError> {
    match version {
        1 => serde_json::from_value::<v1::Answers>(answers).map(Answers::from).map_err(|_| RestoreError::Damaged),
        2 => serde_json::from_value(answers).map_err(|_| RestoreError::Damaged),
        _ => Err(RestoreError::UnknownVersion),
    }
}

/// Version 1 (2026-12-02): one special situation, the AOW question on its own, and a partial
/// return without a date or share of hours.
mod v1 {
    use std::collections::BTreeMap;

    use chrono::NaiveDate;
    use serde::Deserialize;

    use crate::rules::{OwnWork, StepId, YesNoUnknown};
    use crate::wizard::{CapacityAnswer, ContractAnswer, EarlierAnswer, EndAnswer, LeaveAnswer, RoleAnswer, StepAnswer};

    #[derive(Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Now {
        Ziek,
        Gedeeltelijk,
        Hersteld(NaiveDate),
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Special {
        Zwangerschap,
        Orgaandonatie,
        NoRisk,
        Geen,
        WeetNiet,
    }

    #[derive(Deserialize, Default)]
    #[serde(deny_unknown_fields, default)]
    pub struct Answers {
        pub role: Option<RoleAnswer>,
        pub contract: Option<ContractAnswer>,
        pub contract_end: Option<EndAnswer>,
        pub aow: Option<YesNoUnknown>,
        pub first_sick_day: Option<NaiveDate>,
        pub earlier: Vec<EarlierAnswer>,
        pub now: Option<Now>,
        pub special: Option<Special>,
        pub leave: Option<LeaveAnswer>,
        pub own_work: Option<OwnWork>,
        pub other_work: Option<YesNoUnknown>,
        pub capacity: Option<CapacityAnswer>,
        pub lasting: Option<YesNoUnknown>,
        pub more_capacity: Option<YesNoUnknown>,
        pub prospect: Option<YesNoUnknown>,
        pub cooperation: Option<YesNoUnknown>,
        pub steps: BTreeMap<StepId, StepAnswer>,
    }
}

impl From<v1::Answers> for Answers {
    fn from(o: v1::Answers) -> Self {
        use crate::rules::{PartialReturn, YesNoUnknown};
        use crate::wizard::{NowAnswer, Specials};
        let aow = o.aow == Some(YesNoUnknown::Ja);
        let special = match o.special {
            None if aow => Some(Specials { aow, ..Specials::default() }),
            None => None,
            Some(s) => {
                let mut x = Specials { aow, ..Specials::default() };
                match s {
                    v1::Special::Zwangerschap => x.zwangerschap = true,
                    v1::Special::Orgaandonatie => x.orgaandonatie = true,
                    v1::Special::NoRisk => x.no_risk = true,
                    v1::Special::Geen => {}
                    v1::Special::WeetNiet => x.weet_niet = !aow,
                }
                Some(x)
            }
        };
        Answers {
            role: o.role,
            contract: o.contract,
            contract_end: o.contract_end,
            first_sick_day: o.first_sick_day,
            earlier: o.earlier,
            now: o.now.map(|n| match n {
                v1::Now::Ziek => NowAnswer::Ziek,
                v1::Now::Gedeeltelijk => NowAnswer::Gedeeltelijk(PartialReturn { since: None, percent: None }),
                v1::Now::Hersteld(d) => NowAnswer::Hersteld(d),
            }),
            special,
            leave: o.leave,
            before_leave: None,
            flex: None,
            own_work: o.own_work,
            other_work: o.other_work,
            capacity: o.capacity,
            lasting: o.lasting,
            more_capacity: o.more_capacity,
            prospect: o.prospect,
            cooperation: o.cooperation,
            steps: o.steps,
        }
    }
}
