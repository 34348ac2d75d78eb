//! JSON to the current [`Answers`], by hand, with the rules of `read.rs` (as serde read it).
//! Each reader returns `None` for anything serde refused; `restore` calls that `Damaged`.

use std::collections::BTreeMap;

use super::json::Json;
use super::names::{
    ANSWERS, CAPACITIES, CONTRACTS, OWN_WORK, PARTIAL, PERIOD, ROLES, SPECIALS, YNU, capacity_name, contract_name,
    own_work_name, role_name, step_id, ynu_name,
};
use super::read::{byte, date, fields, flag, is_unit, list, opt, unit_enum, variant};
use crate::rules::{OwnWork, PartialReturn, Period, StepId, YesNoUnknown};
use crate::wizard::{
    Answers, CapacityAnswer, ContractAnswer, EarlierAnswer, EndAnswer, LeaveAnswer, NowAnswer, RoleAnswer, Specials,
    StepAnswer,
};

pub(super) fn role(v: &Json) -> Option<RoleAnswer> {
    unit_enum(v, &ROLES, role_name)
}

pub(super) fn contract(v: &Json) -> Option<ContractAnswer> {
    unit_enum(v, &CONTRACTS, contract_name)
}

pub(super) fn capacity(v: &Json) -> Option<CapacityAnswer> {
    unit_enum(v, &CAPACITIES, capacity_name)
}

pub(super) fn own_work(v: &Json) -> Option<OwnWork> {
    unit_enum(v, &OWN_WORK, own_work_name)
}

pub(super) fn ynu(v: &Json) -> Option<YesNoUnknown> {
    unit_enum(v, &YNU, ynu_name)
}

pub(super) fn end(v: &Json) -> Option<EndAnswer> {
    match variant(v)? {
        ("datum", Some(d)) => Some(EndAnswer::Datum(date(d)?)),
        ("geen", c) if is_unit(c) => Some(EndAnswer::Geen),
        ("weet_niet", c) if is_unit(c) => Some(EndAnswer::WeetNiet),
        _ => None,
    }
}

fn period(v: &Json) -> Option<Period> {
    let [first, last] = fields(v, &PERIOD)?;
    Some(Period { first_day: date(first?)?, last_day: date(last?)? })
}

pub(super) fn earlier(v: &Json) -> Option<EarlierAnswer> {
    match variant(v)? {
        ("ja", Some(p)) => Some(EarlierAnswer::Ja(period(p)?)),
        ("nee", c) if is_unit(c) => Some(EarlierAnswer::Nee),
        _ => None,
    }
}

pub(super) fn leave(v: &Json) -> Option<LeaveAnswer> {
    match variant(v)? {
        ("ja", Some(p)) => Some(LeaveAnswer::Ja(period(p)?)),
        ("nee", c) if is_unit(c) => Some(LeaveAnswer::Nee),
        _ => None,
    }
}

fn now(v: &Json) -> Option<NowAnswer> {
    match variant(v)? {
        ("ziek", c) if is_unit(c) => Some(NowAnswer::Ziek),
        ("gedeeltelijk", Some(p)) => {
            let [since, percent] = fields(p, &PARTIAL)?;
            Some(NowAnswer::Gedeeltelijk(PartialReturn { since: opt(since, date)?, percent: opt(percent, byte)? }))
        }
        ("hersteld", Some(d)) => Some(NowAnswer::Hersteld(date(d)?)),
        _ => None,
    }
}

fn specials(v: &Json) -> Option<Specials> {
    let [zwangerschap, orgaandonatie, no_risk, aow, proeftijd, eigenrisicodrager, weet_niet] = fields(v, &SPECIALS)?;
    Some(Specials {
        zwangerschap: flag(zwangerschap)?,
        orgaandonatie: flag(orgaandonatie)?,
        no_risk: flag(no_risk)?,
        aow: flag(aow)?,
        proeftijd: opt(proeftijd, date)?,
        eigenrisicodrager: flag(eigenrisicodrager)?,
        weet_niet: flag(weet_niet)?,
    })
}

fn step_answer(v: &Json) -> Option<StepAnswer> {
    match variant(v)? {
        ("ja", Some(d)) => Some(StepAnswer::Ja(date(d)?)),
        ("nee", c) if is_unit(c) => Some(StepAnswer::Nee),
        ("weet_niet", c) if is_unit(c) => Some(StepAnswer::WeetNiet),
        _ => None,
    }
}

/// The answered steps (absent: none). serde_json's map kept the last of repeated keys and
/// handed the keys over in sorted order, so of two spellings of one step the greater one won;
/// every key that survived had to be a step and hold a valid answer.
pub(super) fn steps(field: Option<&Json>) -> Option<BTreeMap<StepId, StepAnswer>> {
    let mut out = BTreeMap::new();
    let members = match field {
        None => return Some(out),
        Some(Json::Object(members)) => members,
        Some(_) => return None,
    };
    // Newest first, so that an earlier copy of a key is recognised and skipped. At most 26
    // distinct keys get this far (23 steps and 3 aliases): any other key fails at once.
    let mut seen: Vec<(&str, StepId)> = Vec::new();
    for (key, value) in members.iter().rev() {
        if seen.iter().any(|(k, _)| *k == key) {
            continue;
        }
        let id = step_id(key)?;
        let answer = step_answer(value)?;
        let beaten = seen.iter().any(|(k, s)| *s == id && *k > key.as_str());
        seen.push((key, id));
        if !beaten {
            out.insert(id, answer);
        }
    }
    Some(out)
}

/// The answers of the current version.
pub(super) fn answers(v: &Json) -> Option<Answers> {
    let [
        role_f,
        contract_f,
        end_f,
        first_sick_day,
        earlier_f,
        now_f,
        special,
        leave_f,
        before_leave,
        flex,
        own_work_f,
        other_work,
        capacity_f,
        lasting,
        more_capacity,
        prospect,
        cooperation,
        steps_f,
    ] = fields(v, &ANSWERS)?;
    Some(Answers {
        role: opt(role_f, role)?,
        contract: opt(contract_f, contract)?,
        contract_end: opt(end_f, end)?,
        first_sick_day: opt(first_sick_day, date)?,
        earlier: list(earlier_f, earlier)?,
        now: opt(now_f, now)?,
        special: opt(special, specials)?,
        leave: opt(leave_f, leave)?,
        before_leave: opt(before_leave, earlier)?,
        flex: opt(flex, ynu)?,
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
