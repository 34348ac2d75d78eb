//! Notices: special situations and risks the result page must point out.

use chrono::Days;
use serde::{Deserialize, Serialize};

use super::assessment::{Notice, Rule, Scope, Status, Step};
use super::engine::Case;
use super::regime::RULES_CHECKED_ON;
use super::scope::FOUR_WEEKS;
use super::situation::{Capacity, Cause, ContractKind};
use super::sources::{Basis, Certainty, cite::*};
use super::steps::StepId;
use super::timeline::{IVA_FROM_DAY, loonsanctie_risk, pa_uncertain};
use super::verdict::Decision;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeId {
    /// The contract ends (or ended) while the employee is sick: UWV's Ziektewet takes over.
    ContractEindigtTijdensZiekte,
    /// Sick within four weeks after a contract ended: UWV's Ziektewet (nawerking).
    ZiekNaEindeContract,
    ZwangerschapUwv,
    NoRiskPolis,
    OrgaandonatieUwv,
    VervroegdeIva,
    ZiekmeldingUwvTeLaat,
    LoonsanctieRisico,
    LoonopschortingMogelijk,
    Samentelling,
    /// An earlier period was four weeks or more before: it does not count together.
    GeenSamentelling,
    /// Return to the own employer is unclear: have an arbeidsdeskundig onderzoek done.
    AdoAdvies,
    /// Spoor 2 should start now, not wait for the eerstejaarsevaluatie (R7, R12).
    Spoor2DirectStarten,
    /// R11: spoor 2 waits for a prospect of return within about three months; re-check then.
    PerspectiefHerbeoordelen,
    /// No usable capacity now (R3): the bedrijfsarts re-assesses at least every six weeks.
    GeenBenutbareMogelijkheden,
    /// Recovered: a relapse within four weeks continues the count.
    HerstelTerugval,
    /// The 104-week waiting period has ended.
    WachttijdVoorbij,
    /// The PvA and eerstejaarsevaluatie must contain both parties' re-integratievisie.
    ReIntegratievisie,
    /// Oproepkracht: the wage owed during sickness is complex and not covered in detail.
    OproepkrachtLoon,
    /// Uitzendkracht: an uitzendbeding can end the contract on sickness.
    Uitzendbeding,
    /// Wazo leave days were left out of the count.
    WazoNietGeteld,
    /// Judgements in this result belong to the bedrijfsarts / arbeidsdeskundige / UWV.
    OordeelDeskundigen,
    /// The rules were checked long before "today": they may be out of date.
    RegelsMogelijkVerouderd,
    /// The periods count together and week 6 of the chain falls in an earlier period or just
    /// after the relapse: whether the probleemanalyse was due then is not settled.
    PaTermijnOnzeker,
    /// Working again for part of the hours: the count and the duties go on.
    GedeeltelijkWerken,
    /// The contract was ended in the proeftijd: no opzegverbod then, UWV takes over.
    ProeftijdOntslag,
    /// The employer is eigenrisicodrager for the Ziektewet and the contract ends (or ended) while
    /// sick: the ex-employer keeps UWV's part.
    EigenrisicodragerZw,
    /// Near the end of the waiting period: employer and employee may jointly ask UWV to extend
    /// the wage period and postpone the WIA application (not when the Ziektewet pays).
    VrijwilligeVerlenging,
}

impl NoticeId {
    pub fn id(self) -> &'static str {
        use NoticeId::*;
        match self {
            ContractEindigtTijdensZiekte => "contract_eindigt_tijdens_ziekte",
            ZiekNaEindeContract => "ziek_na_einde_contract",
            ZwangerschapUwv => "zwangerschap_uwv",
            NoRiskPolis => "no_risk_polis",
            OrgaandonatieUwv => "orgaandonatie_uwv",
            VervroegdeIva => "vervroegde_iva",
            ZiekmeldingUwvTeLaat => "ziekmelding_uwv_te_laat",
            LoonsanctieRisico => "loonsanctie_risico",
            LoonopschortingMogelijk => "loonopschorting_mogelijk",
            Samentelling => "samentelling",
            GeenSamentelling => "geen_samentelling",
            AdoAdvies => "ado_advies",
            Spoor2DirectStarten => "spoor2_direct_starten",
            GeenBenutbareMogelijkheden => "geen_benutbare_mogelijkheden",
            PerspectiefHerbeoordelen => "perspectief_herbeoordelen",
            HerstelTerugval => "herstel_terugval",
            WachttijdVoorbij => "wachttijd_voorbij",
            ReIntegratievisie => "re_integratievisie",
            OproepkrachtLoon => "oproepkracht_loon",
            Uitzendbeding => "uitzendbeding",
            WazoNietGeteld => "wazo_niet_geteld",
            OordeelDeskundigen => "oordeel_deskundigen",
            RegelsMogelijkVerouderd => "regels_mogelijk_verouderd",
            VrijwilligeVerlenging => "vrijwillige_verlenging",
            PaTermijnOnzeker => "pa_termijn_onzeker",
            GedeeltelijkWerken => "gedeeltelijk_werken",
            ProeftijdOntslag => "proeftijd_ontslag",
            EigenrisicodragerZw => "eigenrisicodrager_zw",
        }
    }

    pub fn basis(self) -> Basis {
        use NoticeId::*;
        match self {
            ContractEindigtTijdensZiekte => Basis::with(ZW_29, &[ZW_38_LID2, WIA_26, UWV_42WK]),
            ZiekNaEindeContract => Basis::with(ZW_29, &[WIA_26]),
            ZwangerschapUwv => Basis::with(ZW_29A, &[ZW_38A, WAZO_3_1, BW_670_LID2]),
            NoRiskPolis => Basis::with(ZW_29B, &[ZW_38A, WIA_24]),
            OrgaandonatieUwv => Basis::with(ZW_29, &[ZW_38A]),
            VervroegdeIva => Basis::with(WIA_23_LID6, &[WIA_66]),
            ZiekmeldingUwvTeLaat => Basis::with(ZW_38_LID3, &[ZW_38, WIA_64_LID6, UWV_42WK]),
            LoonsanctieRisico => Basis::with(WIA_25_LID9, &[WIA_65, BBP]),
            LoonopschortingMogelijk => Basis::with(BW_629_LID3, &[BW_629_LID6, BW_670A]),
            Samentelling => Basis::with(BW_629_LID10, &[WIA_23_LID3, ZW_38]),
            GeenSamentelling => Basis::with(BW_629_LID10, &[WIA_23_LID3]),
            AdoAdvies => Basis::with(WWP_SPOOR2, &[BBP]),
            Spoor2DirectStarten => Basis::with(BW_658A_LID2, &[WWP_SPOOR2]),
            GeenBenutbareMogelijkheden => Basis::with(RPG_4, &[BBP]),
            PerspectiefHerbeoordelen => Basis::with(WWP_SPOOR2, &[BBP]),
            HerstelTerugval => Basis::with(BW_629_LID10, &[WIA_23_LID3]),
            WachttijdVoorbij => Basis::with(WIA_23, &[BW_629, BW_669]),
            ReIntegratievisie => Basis::of(RPG_2023),
            OproepkrachtLoon => Basis::of(BW_629),
            Uitzendbeding => Basis::with(crate::rules::sources::Source::law(crate::rules::sources::Instrument::Bw7, "7:691 lid 2"), &[ZW_29]),
            WazoNietGeteld => Basis::with(WIA_23_LID5, &[WAZO_3_1, ZW_38]),
            OordeelDeskundigen => Basis::with(BW_658A_LID4, &[ARBO_14, SUWI_32]),
            RegelsMogelijkVerouderd => Basis::of(BBP),
            VrijwilligeVerlenging => Basis::with(WIA_24, &[WIA_25_LID4, BW_629_LID11]),
            PaTermijnOnzeker => Basis::with(RPG_2, &[WIA_23_LID3, BW_629_LID10]),
            GedeeltelijkWerken => Basis::with(WIA_23, &[BW_629, BW_658A_LID1, WIA_25_LID2]),
            ProeftijdOntslag => Basis::with(BW_670A_PROEFTIJD, &[ZW_29, ZW_38_LID2, WIA_26]),
            EigenrisicodragerZw => Basis::with(WIA_26_LID2, &[ZW_38AA, UWV_ERD_ZW]),
        }
    }
}

/// Phase "notices": the special situations and risks of this case, each with its basis.
pub(crate) fn raise(c: &Case, v: &Decision, steps: &[Step]) -> Vec<Notice> {
    use NoticeId::*;
    let s = c.situation;
    let scope = c.scope.scope;
    let overdue = |id: StepId| steps.iter().any(|st| st.id == id && st.status == Status::Overdue);
    let mut ids: Vec<NoticeId> = Vec::new();
    if loonsanctie_risk(c, steps) {
        ids.push(LoonsanctieRisico);
    }
    if scope != Scope::NotCovered {
        if c.scope.contract_ends_while_sick {
            ids.push(ContractEindigtTijdensZiekte);
        }
        if c.scope.nawerking {
            ids.push(ZiekNaEindeContract);
        }
        if s.cause == Some(Cause::Zwangerschap) {
            ids.push(ZwangerschapUwv);
        }
        if s.cause == Some(Cause::Orgaandonatie) {
            ids.push(OrgaandonatieUwv);
        }
        if s.no_risk_polis == Some(true) {
            ids.push(NoRiskPolis);
        }
        if c.count.linked > 0 {
            ids.push(Samentelling);
        } else if c.count.unlinked_earlier {
            ids.push(GeenSamentelling);
        }
        if s.wazo_leave.is_some() {
            ids.push(WazoNietGeteld);
        }
    }
    // Early IVA is the employee's own right (WIA 23 lid 6), also after the contract ended.
    if s.full_lasting_disability == Some(true)
        && scope != Scope::NotCovered
        && s.recovered_on.is_none()
        && c.wachttijd_runs()
        && (IVA_FROM_DAY..=476).contains(&c.counted_days)
    {
        ids.push(VervroegdeIva);
    }
    if s.ontslag_proeftijd == Some(true) && scope != Scope::NotCovered && s.contract_end.is_some() {
        ids.push(ProeftijdOntslag);
    }
    if s.eigenrisicodrager_zw == Some(true) && (c.scope.contract_ends_while_sick || c.scope.nawerking) {
        ids.push(EigenrisicodragerZw);
    }
    if overdue(StepId::ZiekmeldingUwv) {
        ids.push(ZiekmeldingUwvTeLaat);
    }
    if c.in_route() {
        if s.refuses_cooperation == Some(true) {
            ids.push(LoonopschortingMogelijk);
        }
        if matches!(v.rule, Rule::R9OnbekendVoorEje | Rule::R10OnbekendNaEje) {
            ids.push(AdoAdvies);
        }
        // Only when the bedrijfsarts has said there is capacity (R7 needs `beperkt`).
        if v.rule == Rule::R7Spoor2
            && s.work_capacity == Some(Capacity::Beperkt)
            && !s.done.contains_key(&StepId::Spoor2StartUiterlijk)
        {
            ids.push(Spoor2DirectStarten);
        }
        if v.rule == Rule::R11Perspectief {
            ids.push(PerspectiefHerbeoordelen);
        }
        if v.rule == Rule::R3GeenMogelijkheden {
            ids.push(GeenBenutbareMogelijkheden);
        }
        if s.partial_return.is_some() {
            ids.push(GedeeltelijkWerken);
        }
        if pa_uncertain(c) && !s.done.contains_key(&StepId::PlanVanAanpak) {
            ids.push(PaTermijnOnzeker);
        }
        // WIA 24: not when the Ziektewet pays (no-riskpolis, pregnancy, organ donation: ZW 29a, 29b).
        let zw_paid = s.no_risk_polis == Some(true) || matches!(s.cause, Some(Cause::Zwangerschap | Cause::Orgaandonatie));
        if (80..=104).contains(&c.sick_week) && !zw_paid {
            ids.push(VrijwilligeVerlenging);
        }
        if c.regime.is_some_and(|r| r.re_integratievisie) && c.wachttijd_runs() {
            ids.push(ReIntegratievisie);
        }
        match s.contract {
            Some(ContractKind::Oproep) => ids.push(OproepkrachtLoon),
            Some(ContractKind::Uitzend) => ids.push(Uitzendbeding),
            _ => {}
        }
    }
    if v.rule == Rule::R1Hersteld && s.recovered_on.is_some_and(|r| (c.today - r).num_days() < i64::from(FOUR_WEEKS)) {
        ids.push(HerstelTerugval);
    }
    if v.rule == Rule::WachttijdVoorbij {
        ids.push(WachttijdVoorbij);
    }
    if v.certainty == Certainty::Oordeel {
        ids.push(OordeelDeskundigen);
    }
    if RULES_CHECKED_ON.checked_add_days(Days::new(365)).is_some_and(|stale| c.today > stale) {
        ids.push(RegelsMogelijkVerouderd);
    }
    super::small_sort::sort_small_by(&mut ids, |a, b| a < b);
    ids.dedup();
    ids.into_iter()
        .map(|id| {
            let basis = id.basis();
            Notice { id, certainty: basis.certainty(), basis }
        })
        .collect()
}
