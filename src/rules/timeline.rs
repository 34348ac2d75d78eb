//! The timeline: every step's date (poortwachter.md §3 and §7) and its status on "today".

use chrono::{Days, Months, NaiveDate};

use super::assessment::{Rule, Scope, Status, Step};
use super::calendar::first_working_day_on_or_after;
use super::engine::Case;
use super::situation::{Cause, OwnWork, Situation, YesNoUnknown};
use super::steps::{StepId, StepKind};
use super::verdict::Decision;
use super::weeks::Count;

/// How many days before a deadline a step counts as "now".
const NOW_DAYS: i64 = 14;

/// The dates of the route, computed once from the chain.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Dates {
    pub probleemanalyse: NaiveDate,
    pub plan_van_aanpak: NaiveDate,
    pub ziekmelding_uwv: NaiveDate,
    pub eerstejaarsevaluatie: NaiveDate,
    pub spoor2: NaiveDate,
    pub vervroegde_iva: NaiveDate,
    pub einde_wachttijd: NaiveDate,
    pub opzegverbod: NaiveDate,
}

/// Date of counted day k: `None` only outside chrono's range, which validation rules out.
fn day(count: &Count, k: u32) -> Option<NaiveDate> {
    count.date_of_counted_day(k)
}

fn plus(d: NaiveDate, days: u64) -> Option<NaiveDate> {
    d.checked_add_days(Days::new(days))
}

impl Dates {
    pub fn new(s: &Situation, count: &Count) -> Option<Self> {
        let pa_done = s.done.get(&StepId::Probleemanalyse).copied();
        let eje_done = s.done.get(&StepId::Eerstejaarsevaluatie).copied();
        let einde = day(count, 728)?;
        // Opzegverbod: "two years" read as calendar years of counted sickness, or as 104
        // weeks; we use the later of the two (poortwachter.md §3 row 23, §9.5).
        let two_years = count.first_day.checked_add_months(Months::new(24))?;
        let calendar_days = u32::try_from((two_years - count.first_day).num_days()).ok()?;
        let opzeg = day(count, calendar_days)?.max(einde);
        Some(Self {
            probleemanalyse: day(count, 42)?,
            plan_van_aanpak: match pa_done {
                Some(pa) => plus(pa, 14)?,
                None => day(count, 56)?,
            },
            ziekmelding_uwv: first_working_day_on_or_after(day(count, 295)?)?,
            eerstejaarsevaluatie: day(count, 364)?,
            spoor2: match eje_done {
                Some(eje) => plus(eje, 42)?,
                None => day(count, 406)?,
            },
            vervroegde_iva: day(count, 476)?,
            einde_wachttijd: einde,
            opzegverbod: opzeg,
        })
    }
}

struct Raw {
    id: StepId,
    from: Option<NaiveDate>,
    date: NaiveDate,
    counted_day: Option<u32>,
    applies: bool,
}

/// Phase "timeline": every step of the route with its date and its status on today.
pub(crate) fn steps(c: &Case, v: &Decision) -> Option<Vec<Step>> {
    let s = c.situation;
    let d = &c.dates;
    let at = |k: u32| day(&c.count, k);
    let done = |id: StepId| s.done.contains_key(&id);
    let special_zw = matches!(s.cause, Some(Cause::Zwangerschap | Cause::Orgaandonatie)) || s.no_risk_polis == Some(true);
    // An arbeidsdeskundig onderzoek is advised while it is unclear whether work at the own employer
    // is possible; once the experts have said "no" to both, their judgement exists.
    let own_unclear = match s.own_work {
        None | Some(OwnWork::Onbekend) => true,
        Some(OwnWork::Nee) => !matches!(s.other_work_own_employer, Some(YesNoUnknown::Ja | YesNoUnknown::Nee)),
        Some(OwnWork::Ja | OwnWork::Aangepast) => false,
    };
    let active = !matches!(v.rule, Rule::R2Iva | Rule::R3GeenMogelijkheden);
    // With a documented prospect of return (R11) spoor 2 may wait, so its last day does not
    // apply; the notice asks for a re-check instead.
    let spoor2_relevant = v.spoor.includes_spoor_2() || v.rule == Rule::R9OnbekendVoorEje;
    let sick_on_contract_end = c.scope.employer_until.filter(|&end| {
        end >= s.first_sick_day && s.recovered_on.is_none_or(|r| r > end) && end <= d.einde_wachttijd
    });

    // Next periodic evaluation: six weeks after the plan van aanpak, then every six weeks.
    let evaluatie = {
        let base = s.done.get(&StepId::PlanVanAanpak).copied().unwrap_or(d.plan_van_aanpak);
        let mut next = plus(base, 42)?;
        while next < c.today && next <= d.einde_wachttijd {
            next = plus(next, 42)?;
        }
        next
    };

    let raw = [
        Raw { id: StepId::ZiekmeldingWerkgever, from: None, date: s.first_sick_day, counted_day: None, applies: true },
        Raw { id: StepId::MeldingBedrijfsarts, from: None, date: at(7)?, counted_day: Some(7), applies: true },
        Raw {
            id: StepId::ZiekmeldingUwvZw,
            from: None,
            date: first_working_day_on_or_after(at(43)?)?,
            counted_day: Some(43),
            applies: special_zw,
        },
        Raw { id: StepId::Probleemanalyse, from: None, date: d.probleemanalyse, counted_day: Some(42), applies: true },
        Raw { id: StepId::PlanVanAanpak, from: None, date: d.plan_van_aanpak, counted_day: None, applies: true },
        Raw { id: StepId::Evaluatie, from: None, date: evaluatie, counted_day: None, applies: evaluatie <= d.einde_wachttijd },
        Raw { id: StepId::ZiekmeldingUwv, from: None, date: d.ziekmelding_uwv, counted_day: Some(295), applies: true },
        Raw {
            id: StepId::UwvBriefEerstejaarsevaluatie,
            from: Some(at(302)?),
            date: at(308)?,
            counted_day: Some(308),
            applies: true,
        },
        Raw {
            id: StepId::ArbeidsdeskundigOnderzoek,
            from: None,
            date: at(316)?,
            counted_day: Some(316),
            applies: own_unclear && active,
        },
        Raw {
            id: StepId::Eerstejaarsevaluatie,
            from: Some(at(316)?),
            date: d.eerstejaarsevaluatie,
            counted_day: Some(364),
            applies: true,
        },
        Raw { id: StepId::Spoor2StartUiterlijk, from: None, date: d.spoor2, counted_day: None, applies: spoor2_relevant },
        Raw {
            id: StepId::VervroegdeIvaUiterlijk,
            from: None,
            date: d.vervroegde_iva,
            counted_day: Some(476),
            applies: s.full_lasting_disability == Some(true),
        },
        Raw {
            id: StepId::ZiekmeldingUwv81wkGrens,
            from: None,
            date: at(567)?,
            counted_day: Some(567),
            // Only relevant once the 42nd-week report is late.
            applies: !done(StepId::ZiekmeldingUwv) && d.ziekmelding_uwv < c.today,
        },
        Raw { id: StepId::UwvWiaBrief, from: Some(at(617)?), date: at(623)?, counted_day: Some(623), applies: true },
        Raw { id: StepId::ReIntegratieverslag, from: None, date: at(637)?, counted_day: Some(637), applies: true },
        Raw { id: StepId::WiaAanvraag, from: None, date: at(651)?, counted_day: Some(651), applies: true },
        Raw { id: StepId::UwvLoonsanctieBesluit, from: None, date: at(686)?, counted_day: Some(686), applies: true },
        Raw { id: StepId::EindeWachttijd, from: None, date: d.einde_wachttijd, counted_day: Some(728), applies: true },
        Raw { id: StepId::EindeOpzegverbod, from: None, date: d.opzegverbod, counted_day: None, applies: true },
        Raw {
            id: StepId::ZiekUitDienstMelding,
            from: None,
            date: sick_on_contract_end.unwrap_or(d.einde_wachttijd),
            counted_day: None,
            applies: sick_on_contract_end.is_some(),
        },
        // Filled in by the engine once the loonsanctie risk is known.
        Raw {
            id: StepId::LoonsanctieUiterlijkEinde,
            from: None,
            date: at(728 + 364)?,
            counted_day: Some(1092),
            applies: false,
        },
    ];
    let mut steps: Vec<Step> = raw.into_iter().map(|r| finish(c, r)).collect();
    // The latest possible end of a loonsanctie matters only once one can be imposed.
    if loonsanctie_risk(c, &steps) {
        if let Some(st) = steps.iter_mut().find(|st| st.id == StepId::LoonsanctieUiterlijkEinde) {
            st.status = status(st.id, true, None, None, st.date, c.today);
        }
    }
    Some(steps)
}

/// Whether UWV could impose a loonsanctie at the RIV-toets (WIA 65, WIA 25 lid 9): a step it
/// weighs is missing after its last day, or was done after it. After a recovery there is no WIA
/// application, so no test.
pub(crate) fn loonsanctie_risk(c: &Case, steps: &[Step]) -> bool {
    let late = |st: &Step| match st.status {
        Status::Overdue => true,
        Status::Done(on) => on > st.date,
        _ => false,
    };
    c.in_route()
        && steps.iter().any(|st| {
            matches!(
                st.id,
                StepId::Probleemanalyse
                    | StepId::PlanVanAanpak
                    | StepId::Eerstejaarsevaluatie
                    | StepId::ReIntegratieverslag
                    | StepId::Spoor2StartUiterlijk
            ) && late(st)
        })
}

/// Whether a step still applies given scope, contract end and recovery.
fn in_route(c: &Case, id: StepId, date: NaiveDate) -> bool {
    let s = c.situation;
    // The employee's own steps: they go on when UWV has taken over.
    let employee_side = matches!(
        id,
        StepId::WiaAanvraag | StepId::UwvWiaBrief | StepId::EindeWachttijd | StepId::VervroegdeIvaUiterlijk
    );
    match c.scope.scope {
        Scope::NotCovered => return false,
        // UWV's safety net: the employer's route is over, including its steps that fell before
        // the contract's last day (poortwachter.md §7: steps apply while scope = poortwachter);
        // they cannot be "overdue" any more. Sick after the contract ended: the employee reports
        // to UWV, not to an employer.
        Scope::VangnetUwv if !employee_side => {
            return id == StepId::ZiekmeldingWerkgever && s.contract_end.is_none_or(|end| end >= s.first_sick_day);
        }
        _ => {}
    }
    if id == StepId::ZiekUitDienstMelding {
        return true;
    }
    if let Some(end) = c.scope.employer_until {
        if date > end && !employee_side {
            return false;
        }
    }
    if let Some(r) = s.recovered_on {
        if date >= r && id != StepId::ZiekmeldingWerkgever {
            return false;
        }
    }
    true
}

fn finish(c: &Case, r: Raw) -> Step {
    let id = r.id;
    let applies = r.applies && in_route(c, id, r.date);
    let done_on = c.situation.done.get(&id).copied();
    let status = status(id, applies, done_on, r.from, r.date, c.today);
    let basis = id.basis();
    Step {
        id,
        kind: id.kind(),
        who: id.who(),
        from: r.from,
        date: r.date,
        counted_day: r.counted_day,
        status,
        certainty: basis.certainty(),
        basis,
    }
}

/// The early-IVA date is an option for the employee, not a duty: passing it is not "overdue".
fn optional(id: StepId) -> bool {
    id == StepId::VervroegdeIvaUiterlijk
}

pub(crate) fn status(
    id: StepId,
    applies: bool,
    done_on: Option<NaiveDate>,
    from: Option<NaiveDate>,
    date: NaiveDate,
    today: NaiveDate,
) -> Status {
    if let Some(on) = done_on.filter(|_| id.can_be_done()) {
        return Status::Done(on);
    }
    if !applies {
        return Status::NotApplicable;
    }
    let soon = (date - today).num_days() <= NOW_DAYS;
    let window_open = from.is_some_and(|f| f <= today);
    match id.kind() {
        StepKind::Deadline if date < today => {
            if optional(id) { Status::Passed } else { Status::Overdue }
        }
        StepKind::Event if date < today => Status::Passed,
        // Advice past its date: the arbeidsdeskundig onderzoek is still due; other advice moments
        // simply passed.
        StepKind::Advice if date < today => {
            if id == StepId::ArbeidsdeskundigOnderzoek { Status::Now } else { Status::Passed }
        }
        _ if window_open || soon => Status::Now,
        _ => Status::Upcoming,
    }
}
