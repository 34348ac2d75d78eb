//! Spoor 1, spoor 2, both, not yet or none: rules R0–R10 of poortwachter.md §4.3, evaluated in
//! order; the first rule that matches decides.

use chrono::NaiveDate;

use super::assessment::{NotCoveredReason, Reason, Rule, Spoor};
use super::situation::{Capacity, OwnWork, Situation, YesNoUnknown};
use super::sources::{Basis, Certainty, Party, cite::*};

impl Rule {
    pub fn basis(self) -> Basis {
        match self {
            Rule::R0Scope => Basis::with(WIA_26, &[ZW_29]),
            Rule::R1Hersteld => Basis::with(BW_658A_LID1, &[BW_629_LID10]),
            Rule::R2Iva => Basis::with(WIA_23_LID6, &[WIA_66]),
            Rule::R3GeenMogelijkheden => Basis::with(BW_658A_LID1, &[RPG_4, BBP]),
            Rule::R5EigenWerk => Basis::of(BW_658A_LID1),
            Rule::R6AnderWerk => Basis::with(BW_658A_LID1, &[BW_658A_LID4]),
            Rule::R7Spoor2 => Basis::with(BW_658A_LID1, &[BW_658A_LID2, BW_658A_LID4, WWP_SPOOR2]),
            Rule::R8Beide => Basis::with(BW_658A_LID1, &[WWP_SPOOR2, BBP]),
            Rule::R9OnbekendVoorEje => Basis::with(BW_658A_LID1, &[WWP_SPOOR2]),
            Rule::R10OnbekendNaEje => Basis::with(WWP_SPOOR2, &[BW_658A_LID1, BBP, WIA_25_LID9]),
            Rule::R11Perspectief => Basis::with(WWP_SPOOR2, &[BBP, BW_658A_LID1]),
            Rule::WachttijdVoorbij => Basis::with(WIA_23, &[BW_658A_LID1]),
        }
    }
}

/// What the verdict rules look at, already derived from the answers and the dates.
pub(crate) struct Facts<'a> {
    pub situation: &'a Situation,
    pub not_covered: Option<NotCoveredReason>,
    /// Last day of a contract that ended while (or just before) the employee was sick.
    pub vangnet_since: Option<NaiveDate>,
    pub recovered: Option<NaiveDate>,
    pub wachttijd_over: Option<NaiveDate>,
    /// The eerstejaarsevaluatie's last day (counted day 364) has been reached.
    pub eje_due_passed: bool,
    /// The eerstejaarsevaluatie has been held (possibly early).
    pub eje_held: bool,
}

pub(crate) struct Decision {
    pub spoor: Spoor,
    pub rule: Rule,
    pub reasons: Vec<Reason>,
    pub certainty: Certainty,
    pub decided_by: Vec<Party>,
}

fn decision(spoor: Spoor, rule: Rule, reasons: Vec<Reason>, certainty: Certainty, decided_by: &[Party]) -> Decision {
    Decision { spoor, rule, reasons, certainty, decided_by: decided_by.to_vec() }
}

pub(crate) fn decide(f: &Facts) -> Decision {
    let d = decide_tracks(f);
    // R11: spoor 2 may wait while a documented, concrete prospect of structural return at the own
    // employer within about three months exists (UWV practice); re-check when it runs out.
    if d.spoor.includes_spoor_2() && f.situation.return_within_3_months == Some(true) {
        let mut reasons = d.reasons;
        reasons.push(Reason::PerspectiefBinnenDrieMaanden);
        return decision(
            Spoor::Spoor1,
            Rule::R11Perspectief,
            reasons,
            Certainty::UwvPraktijk,
            &[Party::Bedrijfsarts, Party::Arbeidsdeskundige],
        );
    }
    d
}

fn decide_tracks(f: &Facts) -> Decision {
    use Party::{Arbeidsdeskundige as Ad, Bedrijfsarts as Ba, Uwv};
    // R0: outside the employer's route.
    if let Some(reason) = f.not_covered {
        return decision(Spoor::Geen, Rule::R0Scope, vec![Reason::BuitenBereik(reason)], Certainty::Wet, &[]);
    }
    if let Some(end) = f.vangnet_since {
        return decision(Spoor::Geen, Rule::R0Scope, vec![Reason::ContractVoorbij(end)], Certainty::Wet, &[Uwv]);
    }
    // R1: recovered.
    if let Some(on) = f.recovered {
        return decision(Spoor::Geen, Rule::R1Hersteld, vec![Reason::Hersteld(on)], Certainty::Wet, &[]);
    }
    if let Some(end) = f.wachttijd_over {
        return decision(Spoor::Geen, Rule::WachttijdVoorbij, vec![Reason::WachttijdVoorbij(end)], Certainty::Wet, &[Uwv]);
    }
    let s = f.situation;
    // R2: full and lasting incapacity expected (the bedrijfsarts' judgement; UWV decides on IVA).
    if s.full_lasting_disability == Some(true) {
        return decision(Spoor::Geen, Rule::R2Iva, vec![Reason::VolledigDuurzaam], Certainty::Oordeel, &[Ba, Uwv]);
    }
    // R3: no usable capacity for now.
    if s.work_capacity == Some(Capacity::Geen) {
        return decision(
            Spoor::NogNiet,
            Rule::R3GeenMogelijkheden,
            vec![Reason::GeenBenutbareMogelijkheden],
            Certainty::Oordeel,
            &[Ba],
        );
    }
    let own = s.own_work.unwrap_or(OwnWork::Onbekend);
    let other = s.other_work_own_employer.unwrap_or(YesNoUnknown::Onbekend);
    let mut reasons = vec![match own {
        OwnWork::Ja => Reason::EigenWerkMogelijk,
        OwnWork::Aangepast => Reason::EigenWerkAangepast,
        OwnWork::Nee => Reason::EigenWerkNietMogelijk,
        OwnWork::Onbekend => Reason::EigenWerkOnbekend,
    }];
    let eje = if f.eje_due_passed { Reason::EerstejaarsevaluatieBereikt } else { Reason::EerstejaarsevaluatieNietBereikt };
    // R5 / R8: own work, possibly adapted; R8 "after (or at) the EJE".
    if matches!(own, OwnWork::Ja | OwnWork::Aangepast) {
        if s.unused_capacity == Some(true) && (f.eje_held || f.eje_due_passed) {
            let eje = if f.eje_due_passed { eje } else { Reason::EerstejaarsevaluatieGehouden };
            reasons.extend([Reason::OnbenutteMogelijkheden, eje]);
            return decision(Spoor::Spoor1En2, Rule::R8Beide, reasons, Certainty::Oordeel, &[Ba, Ad]);
        }
        return decision(Spoor::Spoor1, Rule::R5EigenWerk, reasons, Certainty::Oordeel, &[Ba, Ad]);
    }
    // R6: other suitable work at the own employer is still spoor 1.
    if other == YesNoUnknown::Ja {
        reasons.push(Reason::AnderWerkMogelijk);
        return decision(Spoor::Spoor1, Rule::R6AnderWerk, reasons, Certainty::Oordeel, &[Ba, Ad]);
    }
    // R7: neither own nor other work at the own employer, some capacity: spoor 2, at once.
    if own == OwnWork::Nee && other == YesNoUnknown::Nee {
        reasons.push(Reason::AnderWerkNietMogelijk);
        if s.work_capacity != Some(Capacity::Beperkt) {
            reasons.push(Reason::MogelijkhedenOnbekend);
        }
        return decision(Spoor::Spoor2, Rule::R7Spoor2, reasons, Certainty::Oordeel, &[Ba, Ad]);
    }
    reasons.push(if other == YesNoUnknown::Nee { Reason::AnderWerkNietMogelijk } else { Reason::AnderWerkOnbekend });
    reasons.push(eje);
    if f.eje_due_passed {
        // R10: still unknown at/after the EJE: UWV expects spoor 2 alongside spoor 1.
        decision(Spoor::Spoor1En2, Rule::R10OnbekendNaEje, reasons, Certainty::UwvPraktijk, &[Ad, Uwv])
    } else {
        // R9: unknown before the EJE: spoor 1 is the legal starting point; have an ADO done.
        decision(Spoor::Spoor1, Rule::R9OnbekendVoorEje, reasons, Certainty::Oordeel, &[Ba, Ad])
    }
}
