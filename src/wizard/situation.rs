//! Answers → the engine's `Situation`. Pure mapping; "weet ik niet" becomes "unknown".

use crate::rules::{Capacity, Cause, ContractKind, OwnWork, Situation, YesNoUnknown};

use super::answers::*;

fn yes(a: Option<YesNoUnknown>) -> Option<bool> {
    match a {
        Some(YesNoUnknown::Ja) => Some(true),
        Some(YesNoUnknown::Nee) => Some(false),
        _ => None,
    }
}

/// `None` until the first sick day is known.
pub fn to_situation(a: &Answers) -> Option<Situation> {
    let mut s = Situation::new(a.engine_role(), a.first_sick_day?);
    s.earlier_periods = a.earlier_periods().collect();
    s.recovered_on = match a.now {
        Some(NowAnswer::Hersteld(d)) => Some(d),
        _ => None,
    };
    s.partial_return = match a.now {
        Some(NowAnswer::Gedeeltelijk(p)) => Some(p),
        _ => None,
    };
    s.contract = a.contract.map(|c| match c {
        ContractAnswer::Vast => ContractKind::Vast,
        ContractAnswer::Tijdelijk => ContractKind::Tijdelijk,
        ContractAnswer::Uitzend => ContractKind::Uitzend,
        ContractAnswer::Oproep => ContractKind::Oproep,
        ContractAnswer::Zzp => ContractKind::Zzp,
        ContractAnswer::Uitgezonderd => ContractKind::Uitgezonderd,
    });
    // Only answers to questions that were asked count: a stale answer to a question that is no
    // longer on the path (see `journey`) must not change the outcome.
    let fixed_term = matches!(a.contract, Some(ContractAnswer::Tijdelijk | ContractAnswer::Uitzend | ContractAnswer::Oproep));
    s.contract_end = match a.contract_end {
        Some(EndAnswer::Datum(d)) if fixed_term => Some(d),
        _ => None,
    };
    let special = a.special.unwrap_or_default();
    if a.special.is_some() && !special.weet_niet {
        s.cause = Some(if special.zwangerschap {
            Cause::Zwangerschap
        } else if special.orgaandonatie {
            Cause::Orgaandonatie
        } else {
            Cause::Regulier
        });
        s.no_risk_polis = Some(special.no_risk);
        s.aow_before_end = Some(special.aow);
        s.eigenrisicodrager_zw = Some(special.eigenrisicodrager);
    }
    // A contract ended in the proeftijd ends on that day, whatever kind of contract it was.
    if let Some(end) = special.proeftijd.filter(|_| !special.weet_niet) {
        s.contract_end = Some(end);
        s.ontslag_proeftijd = Some(true);
    }
    s.wazo_leave = match a.leave {
        Some(LeaveAnswer::Ja(p)) if special.zwangerschap => Some(p),
        _ => None,
    };
    s.zw_vierde_dag = yes(a.flex.filter(|_| special.zwangerschap));
    // Sickness just before a leave that ended before this sickness: an earlier period, which the
    // engine links across the leave (unless it overlaps one given already).
    if let (Some(EarlierAnswer::Ja(p)), Some(leave)) = (a.before_leave, s.wazo_leave) {
        let apart = s.earlier_periods.iter().all(|e| e.last_day < p.first_day || e.first_day > p.last_day);
        if apart && p.last_day < leave.first_day {
            s.earlier_periods.push(p);
        }
    }
    s.own_work = a.own_work;
    let own_ok = matches!(a.own_work, Some(OwnWork::Ja | OwnWork::Aangepast));
    s.other_work_own_employer = a.other_work.filter(|_| !own_ok);
    let capacity_asked = !own_ok && s.other_work_own_employer != Some(YesNoUnknown::Ja);
    s.work_capacity = a.capacity.filter(|_| capacity_asked).map(|c| match c {
        CapacityAnswer::Beperkt => Capacity::Beperkt,
        CapacityAnswer::Geen => Capacity::Geen,
        CapacityAnswer::WeetNiet => Capacity::Onbekend,
    });
    // Asked after "no or unknown capacity", or on its own when UWV's safety net applies (then
    // the questions about work at the employer are not asked at all).
    let lasting_asked = matches!(s.work_capacity, Some(Capacity::Geen | Capacity::Onbekend)) || a.own_work.is_none();
    s.full_lasting_disability = yes(a.lasting.filter(|_| lasting_asked));
    let partly = a.own_work == Some(OwnWork::Aangepast)
        || matches!(a.now, Some(NowAnswer::Gedeeltelijk(_)))
        || s.other_work_own_employer == Some(YesNoUnknown::Ja);
    s.unused_capacity = yes(a.more_capacity.filter(|_| partly));
    s.return_within_3_months = yes(a.prospect);
    s.refuses_cooperation = yes(a.cooperation).map(|cooperates| !cooperates);
    for (&step, answer) in &a.steps {
        match answer {
            StepAnswer::Ja(d) => {
                s.done.insert(step, *d);
            }
            StepAnswer::WeetNiet => {
                s.done_unknown.insert(step);
            }
            StepAnswer::Nee => {}
        }
    }
    Some(s)
}
