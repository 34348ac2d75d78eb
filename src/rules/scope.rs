//! Phase 1 of the assessment: which route applies (poortwachter.md §6, rule R0). The employer's
//! 104-week route, UWV's safety net once no employer pays wage any more, or a situation the
//! guide does not cover.

use chrono::NaiveDate;

use super::assessment::{NotCoveredReason, Scope};
use super::regime::Regime;
use super::situation::{ContractKind, Situation};
use super::timeline::Dates;

/// Fit days from which a sickness counts as a new period; also the "nawerking" window after a
/// contract ends (ZW 29 lid 2; poortwachter.md §6). The regime table holds the value in force.
pub(crate) const FOUR_WEEKS: u32 = 28;

/// What the scope phase found out, for the later phases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ScopeFacts {
    pub scope: Scope,
    pub not_covered: Option<NotCoveredReason>,
    /// Last day of a contract after which UWV's safety net applies (today or earlier).
    pub vangnet_since: Option<NaiveDate>,
    /// Sick within four weeks after the contract ended ("nawerking").
    pub nawerking: bool,
    /// The contract ends (or ended) while the employee is sick, within the waiting period.
    pub contract_ends_while_sick: bool,
    /// Last day on which the employer's duties run (the contract's end), if the contract ends.
    pub employer_until: Option<NaiveDate>,
}

/// Decide the route on `today`.
///
/// # Law
/// ZW 29 lid 2 (Ziektewet for whom no employer pays wage), WIA 26 lid 1 (UWV re-integrates then),
/// BW 7:629 (wage while employed). Zzp and civil servants with their own legal status are
/// outside the Poortwachter rules altogether (Wnra).
pub(crate) fn decide(s: &Situation, regime: Option<&Regime>, dates: &Dates, today: NaiveDate) -> ScopeFacts {
    let still_sick_on = |d: NaiveDate| d >= s.first_sick_day && s.recovered_on.is_none_or(|r| r > d);
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
    let employer_until = s.contract_end.filter(|&end| end >= s.first_sick_day || nawerking);
    ScopeFacts { scope, not_covered, vangnet_since, nawerking, contract_ends_while_sick, employer_until }
}
