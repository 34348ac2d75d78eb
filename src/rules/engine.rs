//! The one entry point: answers + today → assessment, in named phases that each read and test on
//! their own: counting (which days count), scope (which route), verdict (which spoor), timeline
//! (every step's date and status), notices, duties (rights and obligations) and open points.
//! Each phase is a pure function of the situation, today and the phases before it.

use chrono::NaiveDate;

use super::assessment::*;
use super::duties;
use super::errors::{Field, InputError};
use super::fines;
use super::remedies;
use super::notices;
use super::open;
use super::regime::{self, RULES_CHECKED_ON, Regime};
use super::scope::{self, FOUR_WEEKS, ScopeFacts};
use super::situation::{Cause, Situation};
use super::steps::StepId;
use super::timeline::{self, Dates};
use super::validate;
use super::verdict::{self, Decision, Facts};
use super::weeks::{Count, week_of};

/// What the earlier phases found, read by the later ones.
pub(crate) struct Case<'a> {
    pub situation: &'a Situation,
    pub today: NaiveDate,
    pub regime: Option<&'static Regime>,
    pub count: Count,
    pub dates: Dates,
    /// Counted sick days up to and including today (or the day before a recovery).
    pub counted_days: u32,
    pub sick_week: u32,
    pub scope: ScopeFacts,
}

impl Case<'_> {
    /// The employer's route runs today: in scope, not recovered.
    pub fn in_route(&self) -> bool {
        self.scope.scope == Scope::Poortwachter && self.situation.recovered_on.is_none()
    }
    /// The 104-week waiting period has not ended yet.
    pub fn wachttijd_runs(&self) -> bool {
        self.today <= self.dates.einde_wachttijd
    }
}

/// Assess a situation on `today`. Pure: the same input always gives the same output.
pub fn assess(s: &Situation, today: NaiveDate) -> Result<Assessment, InputError> {
    validate::situation(s, today)?;
    let case = case(s, today)?;
    let decision = verdict_phase(&case);
    let steps = timeline::steps(&case, &decision).ok_or(InputError::DateOutOfRange { field: Field::FirstSickDay })?;
    let notices = notices::raise(&case, &decision, &steps);
    let duties = duties::for_case(&case);
    let open_points = open::points(&case, &decision, &steps);
    let fines = fines::late_reports(&steps, today);
    let remedies = remedies::for_case(&case);
    Ok(Assessment { fines, remedies, ..assemble(&case, decision, steps, notices, duties, open_points) })
}

/// Phases "counting" and "scope": the chain of periods that count together, the dates of the
/// route, how far the count has come today, and which route applies.
pub(crate) fn case(s: &Situation, today: NaiveDate) -> Result<Case<'_>, InputError> {
    let gap = regime::for_date(s.first_sick_day).map_or(FOUR_WEEKS, |r| r.samentelling_gap_days);
    // Around pregnancy leave, spells count together only with the same cause; we take a
    // pregnancy-related sickness now as that cause (LEGAL-QUESTION: a regular sickness before and
    // after the leave may also have one cause; the guide does not ask).
    let same_cause = s.cause == Some(Cause::Zwangerschap);
    let count = Count::new(&s.earlier_periods, s.first_sick_day, s.wazo_leave, gap, same_cause);
    validate::done_dates(s, count.first_day, today)?;
    let regime = regime::for_date(count.first_day);
    let dates = Dates::new(s, &count).ok_or(InputError::DateOutOfRange { field: Field::FirstSickDay })?;
    let counted_days = count.counted_days_until(today, s.recovered_on);
    let scope = scope::decide(s, regime, &dates, today);
    Ok(Case { situation: s, today, regime, count, dates, counted_days, sick_week: week_of(counted_days), scope })
}

/// Phase "verdict": spoor 1, spoor 2, both, not yet or none.
fn verdict_phase(c: &Case) -> Decision {
    // R10 turns on the eerstejaarsevaluatie's last day (counted day 364), not on an early
    // evaluation (poortwachter.md §4.3: "unknown and counted day < 364 → spoor_1"); R8 may also
    // follow an evaluation held early.
    let s = c.situation;
    verdict::decide(&Facts {
        situation: s,
        not_covered: c.scope.not_covered,
        vangnet_since: c.scope.vangnet_since,
        recovered: s.recovered_on,
        wachttijd_over: (!c.wachttijd_runs()).then_some(c.dates.einde_wachttijd),
        eje_due_passed: c.today >= c.dates.eerstejaarsevaluatie,
        eje_held: s.done.get(&StepId::Eerstejaarsevaluatie).is_some_and(|&d| d <= c.today),
    })
}

fn assemble(
    c: &Case,
    decision: Decision,
    steps: Vec<Step>,
    notices: Vec<Notice>,
    duties: Vec<Duty>,
    open_points: Vec<OpenPoint>,
) -> Assessment {
    // The legal last day for spoor 2, whenever spoor 2 applies or may apply (R9), even when a
    // contract end makes the employer's step moot: the notice on the contract explains that.
    let spoor2_start_uiterlijk =
        (decision.spoor.includes_spoor_2() || decision.rule == Rule::R9OnbekendVoorEje).then_some(c.dates.spoor2);
    let basis = decision.rule.basis();
    Assessment {
        today: c.today,
        rules_checked_on: RULES_CHECKED_ON,
        law_on: regime::LAW_TEXT_DATE,
        regime: c.regime.map(|r| r.id),
        scope: c.scope.scope,
        not_covered: c.scope.not_covered,
        chain: Chain {
            first_day: c.count.first_day,
            linked_periods: c.count.linked,
            gap_days: c.count.gap_days,
            counted_days: c.counted_days,
        },
        sick_week: c.sick_week,
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
        notices,
        open_points,
        fines: Vec::new(),
        remedies: Vec::new(),
    }
}
