//! The one entry point: answers + today → assessment.

use chrono::{Days, NaiveDate};

use super::assessment::*;
use super::duties::DutyId;
use super::errors::{Field, InputError};
use super::notices::NoticeId;
use super::regime::{self, RULES_CHECKED_ON};
use super::situation::{Capacity, ContractKind, OwnWork, Situation, YesNoUnknown};
use super::steps::StepId;
use super::timeline::{self, Context, Dates};
use super::validate;
use super::verdict::{self, Facts};
use super::weeks::{Count, week_of};

/// Fit days from which a sickness counts as a new period; also the "nawerking" window after a
/// contract ends. Kept in the regime table; this is only the fallback before a row is chosen.
const FOUR_WEEKS: u32 = 28;

/// Assess a situation on `today`. Pure: the same input always gives the same output.
pub fn assess(s: &Situation, today: NaiveDate) -> Result<Assessment, InputError> {
    validate::situation(s, today)?;
    let gap = regime::for_date(s.first_sick_day).map_or(FOUR_WEEKS, |r| r.samentelling_gap_days);
    // Around pregnancy leave, spells count together only with the same cause; we take a
    // pregnancy-related sickness now as that cause (LEGAL-QUESTION: a regular sickness before and
    // after the leave may also have one cause; the guide does not ask).
    let same_cause = s.cause == Some(super::situation::Cause::Zwangerschap);
    let count = Count::new(&s.earlier_periods, s.first_sick_day, s.wazo_leave, gap, same_cause);
    validate::done_dates(s, count.first_day, today)?;
    let regime = regime::for_date(count.first_day);
    let out_of_range = InputError::DateOutOfRange { field: Field::FirstSickDay };
    let dates = Dates::new(s, &count).ok_or(out_of_range.clone())?;

    let counted_days = count.counted_days_until(today, s.recovered_on);
    let sick_week = week_of(counted_days);
    let recovered = s.recovered_on;
    let still_sick_on = |d: NaiveDate| d >= s.first_sick_day && recovered.is_none_or(|r| r > d);

    // ---- scope (R0) ----
    let mut not_covered = match s.contract {
        Some(ContractKind::Zzp) => Some(NotCoveredReason::Zzp),
        Some(ContractKind::Uitgezonderd) => Some(NotCoveredReason::UitgezonderdeAmbtenaar),
        _ if regime.is_none() => Some(NotCoveredReason::BeforeSupportedRange),
        _ if s.aow_before_end == Some(true) => Some(NotCoveredReason::AowLeeftijd),
        _ => None,
    };
    let mut vangnet_since = None;
    let mut nawerking = false;
    let mut contract_ends_while_sick = false;
    if let (None, Some(end)) = (not_covered, s.contract_end) {
        if end < s.first_sick_day {
            // Sick after the contract ended: UWV's "nawerking" within four weeks, else outside.
            let fit_days = (s.first_sick_day - end).num_days() - 1;
            if fit_days < i64::from(FOUR_WEEKS) {
                vangnet_since = Some(end);
                nawerking = true;
            } else {
                not_covered = Some(NotCoveredReason::ContractAlLangerVoorbij);
            }
        } else if end < today && still_sick_on(end) {
            vangnet_since = Some(end);
            contract_ends_while_sick = true;
        } else if end <= dates.einde_wachttijd && still_sick_on(end) {
            contract_ends_while_sick = true;
        }
    }
    let scope = match (not_covered, vangnet_since) {
        (Some(_), _) => Scope::NotCovered,
        (None, Some(_)) => Scope::VangnetUwv,
        (None, None) => Scope::Poortwachter,
    };

    // ---- verdict ----
    // R10 turns on the eerstejaarsevaluatie's last day (counted day 364), not on an early
    // evaluation (poortwachter.md §4.3: "unknown and counted day < 364 → spoor_1"); R8 may also
    // follow an evaluation held early.
    let eje_due_passed = today >= dates.eerstejaarsevaluatie;
    let eje_held = s.done.get(&StepId::Eerstejaarsevaluatie).is_some_and(|&d| d <= today);
    let facts = Facts {
        situation: s,
        not_covered,
        vangnet_since,
        recovered,
        wachttijd_over: (today > dates.einde_wachttijd).then_some(dates.einde_wachttijd),
        eje_due_passed,
        eje_held,
    };
    let decision = verdict::decide(&facts);

    // ---- timeline ----
    let employer_until = s.contract_end.filter(|&end| end >= s.first_sick_day || nawerking);
    let ctx = Context {
        situation: s,
        today,
        count: &count,
        dates: &dates,
        scope,
        employer_until,
        spoor: decision.spoor,
        rule: decision.rule,
    };
    let mut steps = timeline::steps(&ctx).ok_or(out_of_range)?;
    let overdue = |steps: &[Step], id: StepId| steps.iter().any(|st| st.id == id && st.status == Status::Overdue);

    // ---- notices ----
    let mut notices: Vec<NoticeId> = Vec::new();
    let in_route = scope == Scope::Poortwachter && recovered.is_none();
    // Steps UWV weighs at the RIV-toets (WIA 65): missing, or done after their last day. After a
    // recovery there is no WIA application, so no test.
    let late = |st: &Step| match st.status {
        Status::Overdue => true,
        Status::Done(on) => on > st.date,
        _ => false,
    };
    let loonsanctie = scope == Scope::Poortwachter
        && recovered.is_none()
        && steps.iter().any(|st| {
            matches!(
                st.id,
                StepId::Probleemanalyse
                    | StepId::PlanVanAanpak
                    | StepId::Eerstejaarsevaluatie
                    | StepId::ReIntegratieverslag
                    | StepId::Spoor2StartUiterlijk
            ) && late(st)
        });
    if loonsanctie {
        notices.push(NoticeId::LoonsanctieRisico);
        if let Some(st) = steps.iter_mut().find(|st| st.id == StepId::LoonsanctieUiterlijkEinde) {
            st.status = timeline::status(st.id, true, None, None, st.date, today);
        }
    }
    if scope != Scope::NotCovered {
        if contract_ends_while_sick {
            notices.push(NoticeId::ContractEindigtTijdensZiekte);
        }
        if nawerking {
            notices.push(NoticeId::ZiekNaEindeContract);
        }
        if s.cause == Some(super::situation::Cause::Zwangerschap) {
            notices.push(NoticeId::ZwangerschapUwv);
        }
        if s.cause == Some(super::situation::Cause::Orgaandonatie) {
            notices.push(NoticeId::OrgaandonatieUwv);
        }
        if s.no_risk_polis == Some(true) {
            notices.push(NoticeId::NoRiskPolis);
        }
        if count.linked > 0 {
            notices.push(NoticeId::Samentelling);
        } else if count.unlinked_earlier {
            notices.push(NoticeId::GeenSamentelling);
        }
        if s.wazo_leave.is_some() {
            notices.push(NoticeId::WazoNietGeteld);
        }
    }
    // Early IVA is the employee's own right (WIA 23 lid 6), also after the contract ended.
    let wachttijd_runs = today <= dates.einde_wachttijd;
    if s.full_lasting_disability == Some(true)
        && scope != Scope::NotCovered
        && recovered.is_none()
        && wachttijd_runs
        && counted_days <= 476
    {
        notices.push(NoticeId::VervroegdeIva);
    }
    if overdue(&steps, StepId::ZiekmeldingUwv) {
        notices.push(NoticeId::ZiekmeldingUwvTeLaat);
    }
    if in_route {

        if s.refuses_cooperation == Some(true) {
            notices.push(NoticeId::LoonopschortingMogelijk);
        }
        if matches!(decision.rule, Rule::R9OnbekendVoorEje | Rule::R10OnbekendNaEje) {
            notices.push(NoticeId::AdoAdvies);
        }
        // Only when the bedrijfsarts has said there is capacity (R7 needs `beperkt`).
        if decision.rule == Rule::R7Spoor2
            && s.work_capacity == Some(Capacity::Beperkt)
            && !s.done.contains_key(&StepId::Spoor2StartUiterlijk)
        {
            notices.push(NoticeId::Spoor2DirectStarten);
        }
        if decision.rule == Rule::R11Perspectief {
            notices.push(NoticeId::PerspectiefHerbeoordelen);
        }
        if decision.rule == Rule::R3GeenMogelijkheden {
            notices.push(NoticeId::GeenBenutbareMogelijkheden);
        }
        // WIA 24: not when the Ziektewet pays (no-riskpolis, pregnancy, organ donation: ZW 29a, 29b).
        let zw_paid = s.no_risk_polis == Some(true)
            || matches!(s.cause, Some(super::situation::Cause::Zwangerschap | super::situation::Cause::Orgaandonatie));
        if (80..=104).contains(&sick_week) && !zw_paid {
            notices.push(NoticeId::VrijwilligeVerlenging);
        }
        if regime.is_some_and(|r| r.re_integratievisie) && today <= dates.einde_wachttijd {
            notices.push(NoticeId::ReIntegratievisie);
        }
        match s.contract {
            Some(ContractKind::Oproep) => notices.push(NoticeId::OproepkrachtLoon),
            Some(ContractKind::Uitzend) => notices.push(NoticeId::Uitzendbeding),
            _ => {}
        }
    }
    if decision.rule == Rule::R1Hersteld && recovered.is_some_and(|r| (today - r).num_days() < i64::from(FOUR_WEEKS)) {
        notices.push(NoticeId::HerstelTerugval);
    }
    if decision.rule == Rule::WachttijdVoorbij {
        notices.push(NoticeId::WachttijdVoorbij);
    }
    if decision.certainty == super::sources::Certainty::Oordeel {
        notices.push(NoticeId::OordeelDeskundigen);
    }
    if RULES_CHECKED_ON.checked_add_days(Days::new(365)).is_some_and(|stale| today > stale) {
        notices.push(NoticeId::RegelsMogelijkVerouderd);
    }
    notices.sort();
    notices.dedup();

    // ---- rights and obligations ----
    let duties = duties(scope, recovered.is_some(), regime.is_some_and(|r| r.re_integratievisie), contract_ends_while_sick);

    // ---- open points ----
    let mut open_points = Vec::new();
    if scope != Scope::NotCovered && s.contract.is_none() {
        open_points.push(OpenPoint::Contract);
    }
    if in_route && !matches!(decision.rule, Rule::R2Iva | Rule::R3GeenMogelijkheden | Rule::WachttijdVoorbij) {
        if matches!(s.own_work, None | Some(OwnWork::Onbekend)) {
            open_points.push(OpenPoint::EigenWerk);
        }
        if !matches!(s.own_work, Some(OwnWork::Ja | OwnWork::Aangepast))
            && matches!(s.other_work_own_employer, None | Some(YesNoUnknown::Onbekend))
        {
            open_points.push(OpenPoint::AnderWerk);
        }
        if matches!(s.work_capacity, None | Some(Capacity::Onbekend)) {
            open_points.push(OpenPoint::Mogelijkheden);
        }
    }

    // The legal last day for spoor 2, whenever spoor 2 applies or may apply (R9), even when a
    // contract end makes the employer's step moot: the notice on the contract explains that.
    for &id in &s.done_unknown {
        if !s.done.contains_key(&id) && steps.iter().any(|st| st.id == id && st.status != Status::NotApplicable) {
            open_points.push(OpenPoint::StapGedaan(id));
        }
    }

    let spoor2_start_uiterlijk = (decision.spoor.includes_spoor_2()
        || decision.rule == Rule::R9OnbekendVoorEje)
        .then_some(dates.spoor2);
    let basis = decision.rule.basis();
    Ok(Assessment {
        today,
        rules_checked_on: RULES_CHECKED_ON,
        law_on: regime::LAW_TEXT_DATE,
        regime: regime.map(|r| r.id),
        scope,
        not_covered,
        chain: Chain { first_day: count.first_day, linked_periods: count.linked, gap_days: count.gap_days, counted_days },
        sick_week,
        verdict: Verdict {
            spoor: decision.spoor,
            rule: decision.rule,
            reasons: decision.reasons,
            certainty: decision.certainty,
            decided_by: decision.decided_by,
            spoor2_start_uiterlijk,
            basis,
        },
        steps,
        duties,
        notices: notices
            .into_iter()
            .map(|id| {
                let basis = id.basis();
                Notice { id, certainty: basis.certainty(), basis }
            })
            .collect(),
        open_points,
    })
}

fn duties(scope: Scope, recovered: bool, visie: bool, contract_ends: bool) -> Vec<Duty> {
    use DutyId::*;
    let ids: Vec<DutyId> = match scope {
        Scope::NotCovered => Vec::new(),
        Scope::VangnetUwv => {
            let mut v = vec![ZiektewetUitkering, MeewerkenUwv, DiagnoseBlijftPrive, DeskundigenoordeelWerknemer, WiaAanvragen];
            if contract_ends {
                v.push(MeldingenUwv);
            }
            v
        }
        Scope::Poortwachter if recovered => vec![MedischePrivacy, DiagnoseBlijftPrive, ZiekmeldenEnBereikbaar],
        Scope::Poortwachter => DutyId::ALL
            .into_iter()
            .filter(|d| !matches!(d, ZiektewetUitkering | MeewerkenUwv) && (visie || *d != EigenVisie))
            .collect(),
    };
    ids.into_iter()
        .map(|id| {
            let basis = id.basis();
            Duty { id, party: id.party(), kind: id.kind(), certainty: basis.certainty(), basis }
        })
        .collect()
}
