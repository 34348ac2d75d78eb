//! "Wat als?": one fact changed in the user's own answers (or the day looked at), to compare with
//! the answers as they are. The changes offered depend on the case and the role; each is one
//! question away (a date, for a partial return also the share of hours). Pure.

use chrono::{Days, NaiveDate};

use crate::rules::{Assessment, PartialReturn, Period, Scope, Status, StepId};

use super::answers::*;
use super::journey::prune;

/// A change the user can try.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WhatIfKind {
    /// The contract ends on a date (or ends sooner than now set).
    ContractEnds,
    /// A fixed-term contract with an end date is extended (no end date any more).
    ContractExtended,
    /// Spoor 2 starts on a date.
    Spoor2Starts,
    /// A step is done on a date.
    StepDone(StepId),
    /// The employee is fully back at work on a date.
    Recovers,
    /// The employee works part of the hours again from a date.
    PartlyBack,
    /// Recovered, and sick again on a date (within four weeks the count goes on).
    SickAgain,
    /// The same case on a later day.
    LaterDay,
}

/// The answer to the one question of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WhatIf {
    pub kind: WhatIfKind,
    /// The date asked (unused for `ContractExtended`).
    pub date: NaiveDate,
    /// For `PartlyBack`: the share of the own hours, if given.
    pub percent: Option<u8>,
}

/// Steps whose "done" date matters enough to offer: those still open and due now or already late.
fn open_steps(x: &Assessment) -> impl Iterator<Item = StepId> + '_ {
    x.steps
        .iter()
        .filter(|st| matches!(st.status, Status::Overdue | Status::Now | Status::Unknown) && super::ASKED_STEPS.contains(&st.id))
        .map(|st| st.id)
}

/// The changes that make sense for this case, in the order offered.
pub fn offered(a: &Answers, x: &Assessment) -> Vec<WhatIfKind> {
    use WhatIfKind::*;
    let mut out = Vec::new();
    let sick = matches!(a.now, Some(NowAnswer::Ziek | NowAnswer::Gedeeltelijk(_)));
    let in_route = x.scope == Scope::Poortwachter;
    // "What if my contract is not renewed?": a contract that can end; a permanent one ends this
    // way only in ways the guide does not cover.
    if in_route && sick && !matches!(a.contract, Some(ContractAnswer::Vast) | None) {
        out.push(ContractEnds);
    }
    if in_route && matches!(a.contract_end, Some(EndAnswer::Datum(_))) && x.step(StepId::ZiekUitDienstMelding).is_some_and(|s| s.status != Status::NotApplicable) {
        out.push(ContractExtended);
    }
    // Spoor 2 not (known to be) started yet: while it is due, when it is late, or not known.
    let spoor2_started = matches!(a.steps.get(&StepId::Spoor2StartUiterlijk), Some(StepAnswer::Ja(_)));
    if in_route && sick && x.verdict.spoor.includes_spoor_2() && !spoor2_started
        || x.step(StepId::Spoor2StartUiterlijk).is_some_and(|s| matches!(s.status, Status::Overdue | Status::Unknown))
    {
        out.push(Spoor2Starts);
    }
    out.extend(open_steps(x).filter(|s| *s != StepId::Spoor2StartUiterlijk).map(StepDone));
    if sick && x.scope != Scope::NotCovered {
        out.push(Recovers);
        if !matches!(a.now, Some(NowAnswer::Gedeeltelijk(_))) {
            out.push(PartlyBack);
        }
    }
    if matches!(a.now, Some(NowAnswer::Hersteld(_))) {
        out.push(SickAgain);
    }
    out.push(LaterDay);
    out.dedup();
    out
}

/// The date a change's question starts with: a sensible default the user can edit.
pub fn default_date(kind: WhatIfKind, a: &Answers, today: NaiveDate) -> NaiveDate {
    let month = today.checked_add_days(Days::new(30)).unwrap_or(today);
    match kind {
        WhatIfKind::SickAgain => match a.now {
            Some(NowAnswer::Hersteld(r)) => r.checked_add_days(Days::new(14)).unwrap_or(today).max(today).min(r + Days::new(27)),
            _ => today,
        },
        WhatIfKind::StepDone(_) | WhatIfKind::Spoor2Starts | WhatIfKind::Recovers | WhatIfKind::PartlyBack => today,
        _ => month,
    }
}

/// A change applied: the answers with it, and the days to compare on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub answers: Answers,
    /// What the change is compared with: the answers as they are, or, for a step done on a later
    /// day, the same step done today ("spoor 2 next month instead of now").
    pub baseline: Answers,
    /// The baseline is "done today" rather than the answers as they are.
    pub baseline_today: bool,
    /// The day the case as it is is looked at: today, except when the change lies later (a step
    /// done next week is compared on that day, so that both sides speak of the same day).
    pub before_on: NaiveDate,
    /// The day the changed case is looked at.
    pub after_on: NaiveDate,
}

/// The answers and the days with the change applied, pruned as the wizard does. `None` when the
/// change does not fit these answers (for example a relapse before the recovery); the result
/// then says so.
pub fn apply(a: &Answers, today: NaiveDate, w: WhatIf) -> Option<Applied> {
    use WhatIfKind::*;
    let mut b = a.clone();
    let mut on = today;
    match w.kind {
        ContractEnds => {
            b.contract_end = Some(EndAnswer::Datum(w.date));
        }
        ContractExtended => b.contract_end = Some(EndAnswer::Geen),
        Spoor2Starts => {
            b.steps.insert(StepId::Spoor2StartUiterlijk, StepAnswer::Ja(w.date));
            on = on.max(w.date);
        }
        StepDone(id) => {
            b.steps.insert(id, StepAnswer::Ja(w.date));
            on = on.max(w.date);
        }
        Recovers => {
            b.now = Some(NowAnswer::Hersteld(w.date));
            on = on.max(w.date);
        }
        PartlyBack => {
            b.now = Some(NowAnswer::Gedeeltelijk(PartialReturn { since: Some(w.date), percent: w.percent }));
            on = on.max(w.date);
        }
        SickAgain => {
            let (Some(NowAnswer::Hersteld(r)), Some(first)) = (a.now, a.first_sick_day) else { return None };
            if w.date <= r {
                return None;
            }
            // The old sickness becomes an earlier period; the new one starts on the date.
            let old = Period { first_day: first, last_day: r.pred_opt()? };
            b.first_sick_day = Some(w.date);
            let mut earlier = vec![EarlierAnswer::Ja(old)];
            earlier.extend(a.earlier_periods().map(EarlierAnswer::Ja));
            earlier.push(EarlierAnswer::Nee);
            earlier.truncate(MAX_EARLIER);
            b.earlier = earlier;
            b.now = Some(NowAnswer::Ziek);
            on = on.max(w.date);
        }
        LaterDay => {
            let on = w.date.max(today);
            return Some(Applied { baseline: a.clone(), baseline_today: false, answers: b, before_on: today, after_on: on });
        }
    }
    prune(&mut b, on);
    // A step done on a later day is weighed against doing it today: left as it is, it would
    // simply be late by then, which is not the choice the user is weighing.
    let step = match w.kind {
        Spoor2Starts => Some(StepId::Spoor2StartUiterlijk),
        StepDone(id) => Some(id),
        _ => None,
    };
    let (baseline, baseline_today) = match step {
        Some(id) if w.date > today => {
            let mut base = a.clone();
            base.steps.insert(id, StepAnswer::Ja(today));
            prune(&mut base, on);
            (base, true)
        }
        _ => (a.clone(), false),
    };
    Some(Applied { answers: b, baseline, baseline_today, before_on: on, after_on: on })
}
