//! The timeline: every step's date (poortwachter.md §3 and §7) and its status on "today".

use chrono::{Days, Months, NaiveDate};

use super::assessment::{Condition, Rule, Scope, Status, Step};
use super::calendar::first_working_day_on_or_after;
use super::engine::Case;
use super::situation::{Cause, OwnWork, Situation, YesNoUnknown};
use super::sources::{Certainty, Party};
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
    condition: Option<Condition>,
}

impl Raw {
    fn on(id: StepId, date: NaiveDate, counted_day: Option<u32>) -> Self {
        Self { id, from: None, date, counted_day, applies: true, condition: None }
    }
    fn day(id: StepId, count: &Count, k: u32) -> Option<Self> {
        Some(Self::on(id, day(count, k)?, Some(k)))
    }
    fn from(mut self, from: NaiveDate) -> Self {
        self.from = Some(from);
        self
    }
    fn applies(mut self, applies: bool) -> Self {
        self.applies = applies;
        self
    }
    fn only_if(mut self, condition: Option<Condition>) -> Self {
        self.condition = condition;
        self
    }
}

/// Counted sick days at the contract's end from which the employer sends the
/// re-integratieverslag with the ziek-uit-dienstmelding (poortwachter.md §3 row 18, §6).
pub(crate) const RIV_AT_END_FROM_DAY: u32 = 42;

/// A relapse leaves the bedrijfsarts at least this many days before "week 6" of the chain counts
/// as a settled deadline (see `pa_uncertain`). LEGAL-QUESTION: no source sets a number; two weeks
/// is our reading of RPG art. 2 lid 3 ("onverwijld" once long absence threatens).
const PA_ROOM_AFTER_RELAPSE: u64 = 14;

/// UWV accepts an early IVA application "tussen 3 en 68 weken ziekte" (uwv.nl, vervroegd WIA):
/// after three weeks of sickness, i.e. from counted day 21.
pub(crate) const IVA_FROM_DAY: u32 = 21;

/// Whether the probleemanalyse's last day is unsettled: the periods count together and counted
/// day 42 falls inside an earlier period, or so soon after the relapse that the bedrijfsarts
/// could not have done it in time. Whether the six weeks run on the counted days of the chain
/// (our reading) or restart per period is not spelled out (poortwachter.md §9.4).
pub(crate) fn pa_uncertain(c: &Case) -> bool {
    c.count.linked > 0
        && plus(c.situation.first_sick_day, PA_ROOM_AFTER_RELAPSE).is_some_and(|room| c.dates.probleemanalyse < room)
}

/// Phase "timeline": every step of the route with its date and its status on today.
pub(crate) fn steps(c: &Case, v: &Decision) -> Option<Vec<Step>> {
    use StepId::*;
    let s = c.situation;
    let d = &c.dates;
    let n = &c.count;
    let done = |id: StepId| s.done.contains_key(&id);
    let unknown = |id: StepId| !done(id) && s.done_unknown.contains(&id);
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
    // apply; the notice asks for a re-check instead. Before the EJE, with work at the own
    // employer still unclear (R9), the date holds only if spoor 2 turns out to be needed.
    let spoor2_relevant = v.spoor.includes_spoor_2() || v.rule == Rule::R9OnbekendVoorEje;
    let spoor2_condition = (v.rule == Rule::R9OnbekendVoorEje).then_some(Condition::Spoor2Nodig);
    let sick_on_contract_end = sick_on_contract_end(c);
    // With the ziek-uit-dienstmelding the employer also sends the re-integratieverslag, when the
    // employee has then been sick for six weeks or more (ZW 38 lid 2; UWV).
    let riv_at_end = sick_on_contract_end
        .filter(|&end| n.counted_day_on(end) >= RIV_AT_END_FROM_DAY && end < day(n, 637).unwrap_or(end));
    // The week-81 line matters once the 42nd-week report is late, or may be (not known).
    let report_missing = !done(ZiekmeldingUwv) && d.ziekmelding_uwv < c.today;
    let evaluatie = next_evaluation(c)?;

    let raw = [
        Raw::on(ZiekmeldingWerkgever, s.first_sick_day, None),
        Raw::day(MeldingBedrijfsarts, n, 7)?,
        // Pregnancy-related sickness in the flexibiliseringsperiode or after the leave: the fourth
        // day (ZW 38a lid 2), shown as the calendar date (whether the Algemene termijnenwet moves
        // it is not confirmed). The other groups: the first day after six weeks (lid 3), which we
        // read as moved to a working day (Atw art. 1; poortwachter.md §2.5).
        if s.zw_vierde_dag == Some(true) && s.cause == Some(Cause::Zwangerschap) {
            Raw::day(ZiekmeldingUwvZw, n, 4)?.applies(special_zw)
        } else {
            Raw::on(ZiekmeldingUwvZw, first_working_day_on_or_after(day(n, 43)?)?, Some(43)).applies(special_zw)
        },
        Raw::day(Probleemanalyse, n, 42)?,
        Raw::on(PlanVanAanpak, d.plan_van_aanpak, None),
        Raw::on(Evaluatie, evaluatie, None).applies(evaluatie <= d.einde_wachttijd),
        Raw::on(ZiekmeldingUwv, d.ziekmelding_uwv, Some(295)),
        Raw::day(UwvBriefEerstejaarsevaluatie, n, 308)?.from(day(n, 302)?),
        Raw::day(ArbeidsdeskundigOnderzoek, n, 316)?.applies(own_unclear && active),
        Raw::day(Eerstejaarsevaluatie, n, 364)?.from(day(n, 316)?),
        Raw::on(Spoor2StartUiterlijk, d.spoor2, None).applies(spoor2_relevant).only_if(spoor2_condition),
        // UWV takes an early application "tussen 3 en 68 weken ziekte"; the statute sets no first
        // day (the shortened wachttijd is at least 13 weeks) but the last useful one, day 476.
        Raw::on(VervroegdeIvaUiterlijk, d.vervroegde_iva, Some(476))
            .from(day(n, IVA_FROM_DAY)?)
            .applies(s.full_lasting_disability == Some(true)),
        Raw::day(ZiekmeldingUwv81wkGrens, n, 567)?
            .applies(report_missing)
            .only_if(unknown(ZiekmeldingUwv).then_some(Condition::MeldingNietGedaan)),
        Raw::day(UwvWiaBrief, n, 623)?.from(day(n, 617)?),
        match riv_at_end {
            Some(end) => Raw::on(ReIntegratieverslag, end, None),
            None => Raw::day(ReIntegratieverslag, n, 637)?,
        },
        Raw::day(WiaAanvraag, n, 651)?,
        Raw::day(UwvLoonsanctieBesluit, n, 686)?,
        Raw::on(EindeWachttijd, d.einde_wachttijd, Some(728)),
        Raw::on(EindeOpzegverbod, d.opzegverbod, None),
        Raw::on(ZiekUitDienstMelding, sick_on_contract_end.unwrap_or(d.einde_wachttijd), None)
            .applies(sick_on_contract_end.is_some()),
        // The employer reports the recovery of an employee for whom it receives Ziektewet benefit
        // at the latest on the second day after hearing of it (ZW 38a lid 5); we count from the
        // day of recovery itself.
        Raw::on(HersteldmeldingUwv, s.recovered_on.and_then(|r| plus(r, 2)).unwrap_or(d.einde_wachttijd), None)
            .applies(special_zw && s.recovered_on.is_some()),
        // Whom UWV pays the Ziektewet keeps it after 52 weeks only if at least 35% unfit (ZW
        // 19aa); UWV assesses from about week 44.
        Raw::day(UwvZwBeoordeling, n, 364)?.from(day(n, 302)?).applies(c.scope.scope == Scope::VangnetUwv),
        // Applies only once a loonsanctie can be imposed (see below).
        Raw::day(LoonsanctieUiterlijkEinde, n, 728 + 364)?.applies(false).only_if(Some(Condition::Loonsanctie)),
    ];
    let uncertain_pa = pa_uncertain(c);
    let mut steps: Vec<Step> = raw
        .into_iter()
        .map(|r| {
            let riv_at_end = r.id == ReIntegratieverslag && riv_at_end.is_some();
            let mut st = finish(c, r, riv_at_end);
            // The plan van aanpak's last day follows the probleemanalyse's.
            if uncertain_pa && (st.id == Probleemanalyse || (st.id == PlanVanAanpak && !done(Probleemanalyse))) {
                st.certainty = Certainty::Onzeker;
            }
            st
        })
        .collect();
    // The latest possible end of a loonsanctie matters only once one can be imposed.
    if loonsanctie_risk(c, &steps) {
        if let Some(st) = steps.iter_mut().find(|st| st.id == LoonsanctieUiterlijkEinde) {
            st.status = status(st.id, true, None, None, st.date, c.today);
        }
    }
    Some(steps)
}

/// The last day of a contract that ends while the employee is sick, within the waiting period.
fn sick_on_contract_end(c: &Case) -> Option<NaiveDate> {
    let s = c.situation;
    c.scope.employer_until.filter(|&end| {
        end >= s.first_sick_day && s.recovered_on.is_none_or(|r| r > end) && end <= c.dates.einde_wachttijd
    })
}

/// Next periodic evaluation: six weeks after the plan van aanpak, then every six weeks (UWV).
fn next_evaluation(c: &Case) -> Option<NaiveDate> {
    let s = c.situation;
    let base = s.done.get(&StepId::PlanVanAanpak).copied().unwrap_or(c.dates.plan_van_aanpak);
    let mut next = plus(base, 42)?;
    while next < c.today && next <= c.dates.einde_wachttijd {
        next = plus(next, 42)?;
    }
    Some(next)
}

/// Whether UWV could impose a loonsanctie at the RIV-toets (WIA 65, WIA 25 lid 9): a step it
/// weighs is missing after its last day, or was done after it. After a recovery there is no WIA
/// application, so no test. A step whose last day is itself unsettled (see `pa_uncertain`) and a
/// step the user does not know about are not counted: the result says what is open instead.
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
                && st.certainty != Certainty::Onzeker
        })
}

/// The employee's own steps and UWV's: they go on when UWV has taken over.
fn employee_side(id: StepId) -> bool {
    matches!(
        id,
        StepId::WiaAanvraag
            | StepId::UwvWiaBrief
            | StepId::EindeWachttijd
            | StepId::VervroegdeIvaUiterlijk
            | StepId::UwvZwBeoordeling
    )
}

/// Whether a step still applies given scope, contract end and recovery.
fn in_route(c: &Case, id: StepId, date: NaiveDate, riv_at_end: bool) -> bool {
    let s = c.situation;
    match c.scope.scope {
        Scope::NotCovered => return false,
        // UWV's safety net: the employer's route is over, including its steps that fell before
        // the contract's last day (poortwachter.md §7: steps apply while scope = poortwachter);
        // they cannot be "overdue" any more. What the employer owed on the last day itself, the
        // ziek-uit-dienstmelding and the re-integratieverslag with it, stays owed: a late report
        // can be fined (ZW 38 lid 2 and 3). Sick after the contract ended: the employee reports
        // to UWV, not to an employer.
        Scope::VangnetUwv if !employee_side(id) => {
            return match id {
                StepId::ZiekmeldingWerkgever => s.contract_end.is_none_or(|end| end >= s.first_sick_day),
                StepId::ZiekUitDienstMelding => c.scope.contract_ends_while_sick,
                StepId::ReIntegratieverslag => c.scope.contract_ends_while_sick && riv_at_end,
                _ => false,
            };
        }
        _ => {}
    }
    if id == StepId::ZiekUitDienstMelding || riv_at_end {
        return true;
    }
    if let Some(end) = c.scope.employer_until {
        if date > end && !employee_side(id) {
            return false;
        }
    }
    if let Some(r) = s.recovered_on {
        if date >= r && !matches!(id, StepId::ZiekmeldingWerkgever | StepId::HersteldmeldingUwv) {
            return false;
        }
    }
    true
}

fn finish(c: &Case, r: Raw, riv_at_end: bool) -> Step {
    let id = r.id;
    let s = c.situation;
    let applies = r.applies && in_route(c, id, r.date, riv_at_end);
    let done_on = s.done.get(&id).copied();
    let unknown = s.done_unknown.contains(&id);
    let status = status(id, applies, done_on, r.from, r.date, c.today);
    // "Weet ik niet": never turned into "not done" or "too late" (the open points say what to ask).
    let status = if unknown && applies && matches!(status, Status::Overdue | Status::Now | Status::Upcoming) {
        Status::Unknown
    } else {
        status
    };
    // After the contract, the end of the waiting period is UWV's (it pays the Ziektewet then).
    let vangnet = employee_side(id)
        && (c.scope.scope == Scope::VangnetUwv || c.scope.employer_until.is_some_and(|end| r.date > end));
    let who = if vangnet && id == StepId::EindeWachttijd { Party::Uwv } else { id.who() };
    let basis = id.basis();
    Step {
        id,
        kind: id.kind(),
        who,
        from: r.from,
        date: r.date,
        counted_day: r.counted_day,
        status,
        condition: r.condition,
        vangnet,
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
