//! From every version we ever wrote to the current [`Answers`].
//!
//! Old versions are never read by the current shape directly: a renamed field would otherwise
//! vanish silently. Each retired version keeps a frozen copy of the shapes that changed, its own
//! reader (with the rules of `read.rs`, as serde read it), and a conversion to the next version.

use super::RestoreError;
use super::json::Json;
use crate::wizard::Answers;

pub(super) fn to_current(version: u32, answers: &Json) -> Result<Answers, RestoreError> {
    match version {
        1 => v1::read(answers).map(Answers::from).ok_or(RestoreError::Damaged),
        2 => super::decode::answers(answers).ok_or(RestoreError::Damaged),
        _ => Err(RestoreError::UnknownVersion),
    }
}

/// Version 1 (2026-12-02): one special situation, the AOW question on its own, and a partial
/// return without a date or share of hours.
mod v1 {
    use std::collections::BTreeMap;

    use chrono::NaiveDate;

    use super::super::decode::{capacity, contract, earlier, end, leave, own_work, role, steps, ynu};
    use super::super::json::Json;
    use super::super::read::{date, fields, is_unit, list, opt, unit_enum, variant};
    use crate::rules::{OwnWork, StepId, YesNoUnknown};
    use crate::wizard::{
        CapacityAnswer, ContractAnswer, EarlierAnswer, EndAnswer, LeaveAnswer, RoleAnswer, StepAnswer,
    };

    pub enum Now {
        Ziek,
        Gedeeltelijk,
        Hersteld(NaiveDate),
    }

    #[derive(Clone, Copy)]
    pub enum Special {
        Zwangerschap,
        Orgaandonatie,
        NoRisk,
        Geen,
        WeetNiet,
    }

    fn special_name(s: Special) -> &'static str {
        match s {
            Special::Zwangerschap => "zwangerschap",
            Special::Orgaandonatie => "orgaandonatie",
            Special::NoRisk => "no_risk",
            Special::Geen => "geen",
            Special::WeetNiet => "weet_niet",
        }
    }
    const SPECIALS: [Special; 5] =
        [Special::Zwangerschap, Special::Orgaandonatie, Special::NoRisk, Special::Geen, Special::WeetNiet];

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

    /// The fields of version 1, in their declaration order (an array holds them in this order).
    const FIELDS: [&str; 17] = [
        "role",
        "contract",
        "contract_end",
        "aow",
        "first_sick_day",
        "earlier",
        "now",
        "special",
        "leave",
        "own_work",
        "other_work",
        "capacity",
        "lasting",
        "more_capacity",
        "prospect",
        "cooperation",
        "steps",
    ];

    fn now(v: &Json) -> Option<Now> {
        match variant(v)? {
            ("ziek", c) if is_unit(c) => Some(Now::Ziek),
            ("gedeeltelijk", c) if is_unit(c) => Some(Now::Gedeeltelijk),
            ("hersteld", Some(d)) => Some(Now::Hersteld(date(d)?)),
            _ => None,
        }
    }

    pub fn read(v: &Json) -> Option<Answers> {
        let [
            role_f,
            contract_f,
            end_f,
            aow,
            first_sick_day,
            earlier_f,
            now_f,
            special,
            leave_f,
            own_work_f,
            other_work,
            capacity_f,
            lasting,
            more_capacity,
            prospect,
            cooperation,
            steps_f,
        ] = fields(v, &FIELDS)?;
        Some(Answers {
            role: opt(role_f, role)?,
            contract: opt(contract_f, contract)?,
            contract_end: opt(end_f, end)?,
            aow: opt(aow, ynu)?,
            first_sick_day: opt(first_sick_day, date)?,
            earlier: list(earlier_f, earlier)?,
            now: opt(now_f, now)?,
            special: opt(special, |s| unit_enum(s, &SPECIALS, special_name))?,
            leave: opt(leave_f, leave)?,
            own_work: opt(own_work_f, own_work)?,
            other_work: opt(other_work, ynu)?,
            capacity: opt(capacity_f, capacity)?,
            lasting: opt(lasting, ynu)?,
            more_capacity: opt(more_capacity, ynu)?,
            prospect: opt(prospect, ynu)?,
            cooperation: opt(cooperation, ynu)?,
            steps: steps(steps_f)?,
        })
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
