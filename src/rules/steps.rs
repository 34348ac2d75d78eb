//! The steps of the 104-week route (poortwachter.md §3), each with who acts, what kind of date
//! it has, and its legal basis.

use serde::{Deserialize, Serialize};

use super::sources::{Basis, Party, cite::*};

/// A step on the timeline. The serde names are the ids of the public vectors where they exist
/// and the ids poortwachter.md suggests otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepId {
    /// Employee reports sick to the employer, per its written rules (day 1).
    ZiekmeldingWerkgever,
    /// Employer reports the sickness to the bedrijfsarts or arbodienst ("tijdig").
    MeldingBedrijfsarts,
    /// Employer reports to UWV for groups with a Ziektewet claim (no-risk, pregnancy, organ donation).
    ZiekmeldingUwvZw,
    Probleemanalyse,
    PlanVanAanpak,
    /// The next periodic evaluation of the plan van aanpak (at least every six weeks).
    Evaluatie,
    /// The 42nd-week report.
    ZiekmeldingUwv,
    /// UWV's letter with the reminder of the eerstejaarsevaluatie (around week 44).
    UwvBriefEerstejaarsevaluatie,
    /// Arbeidsdeskundig onderzoek, when return to the own work is in doubt.
    ArbeidsdeskundigOnderzoek,
    Eerstejaarsevaluatie,
    /// Last day by which a needed spoor-2 traject must have started.
    #[serde(alias = "spoor2_start", alias = "spoor_2_start")]
    Spoor2StartUiterlijk,
    /// Last useful day to apply for an early IVA (full and lasting incapacity only).
    #[serde(alias = "vervroegde_iva")]
    VervroegdeIvaUiterlijk,
    /// End of week 81: a 42nd-week report still missing then shifts WIA timing risk to the employer.
    #[serde(rename = "ziekmelding_uwv_81wk_grens")]
    ZiekmeldingUwv81wkGrens,
    /// UWV's letter to apply for WIA (week 89).
    UwvWiaBrief,
    ReIntegratieverslag,
    WiaAanvraag,
    /// Last day for UWV's loonsanctie decision.
    UwvLoonsanctieBesluit,
    /// Last day of the 104-week waiting period and of wage continuation.
    EindeWachttijd,
    /// Last day of the dismissal ban during sickness.
    #[serde(rename = "opzegverbod_laatste_dag")]
    EindeOpzegverbod,
    /// Employer reports "ziek uit dienst" to UWV on the last day of a contract that ends.
    ZiekUitDienstMelding,
    /// Latest possible end of a loonsanctie (52 weeks after the waiting period), if one is imposed.
    LoonsanctieUiterlijkEinde,
    /// Employer reports a recovery to UWV when it receives Ziektewet benefit for the employee.
    HersteldmeldingUwv,
    /// UWV's Ziektewet-beoordeling at the end of the first sick year, for whom UWV pays.
    UwvZwBeoordeling,
}

/// What kind of date a step has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Something a party must do, by a last day.
    Deadline,
    /// Something that happens (a letter, the end of a period): it cannot be overdue.
    Event,
    /// Good practice without a statutory date.
    Advice,
}

impl StepId {
    pub const ALL: [StepId; 23] = [
        StepId::ZiekmeldingWerkgever,
        StepId::MeldingBedrijfsarts,
        StepId::ZiekmeldingUwvZw,
        StepId::Probleemanalyse,
        StepId::PlanVanAanpak,
        StepId::Evaluatie,
        StepId::ZiekmeldingUwv,
        StepId::UwvBriefEerstejaarsevaluatie,
        StepId::ArbeidsdeskundigOnderzoek,
        StepId::Eerstejaarsevaluatie,
        StepId::Spoor2StartUiterlijk,
        StepId::VervroegdeIvaUiterlijk,
        StepId::ZiekmeldingUwv81wkGrens,
        StepId::UwvWiaBrief,
        StepId::ReIntegratieverslag,
        StepId::WiaAanvraag,
        StepId::UwvLoonsanctieBesluit,
        StepId::EindeWachttijd,
        StepId::EindeOpzegverbod,
        StepId::ZiekUitDienstMelding,
        StepId::LoonsanctieUiterlijkEinde,
        StepId::HersteldmeldingUwv,
        StepId::UwvZwBeoordeling,
    ];

    /// The stable id, as in the vectors.
    pub fn id(self) -> &'static str {
        match self {
            StepId::ZiekmeldingWerkgever => "ziekmelding_werkgever",
            StepId::MeldingBedrijfsarts => "melding_bedrijfsarts",
            StepId::ZiekmeldingUwvZw => "ziekmelding_uwv_zw",
            StepId::Probleemanalyse => "probleemanalyse",
            StepId::PlanVanAanpak => "plan_van_aanpak",
            StepId::Evaluatie => "evaluatie",
            StepId::ZiekmeldingUwv => "ziekmelding_uwv",
            StepId::UwvBriefEerstejaarsevaluatie => "uwv_brief_eerstejaarsevaluatie",
            StepId::ArbeidsdeskundigOnderzoek => "arbeidsdeskundig_onderzoek",
            StepId::Eerstejaarsevaluatie => "eerstejaarsevaluatie",
            StepId::Spoor2StartUiterlijk => "spoor2_start_uiterlijk",
            StepId::VervroegdeIvaUiterlijk => "vervroegde_iva_uiterlijk",
            StepId::ZiekmeldingUwv81wkGrens => "ziekmelding_uwv_81wk_grens",
            StepId::UwvWiaBrief => "uwv_wia_brief",
            StepId::ReIntegratieverslag => "re_integratieverslag",
            StepId::WiaAanvraag => "wia_aanvraag",
            StepId::UwvLoonsanctieBesluit => "uwv_loonsanctie_besluit",
            StepId::EindeWachttijd => "einde_wachttijd",
            StepId::EindeOpzegverbod => "opzegverbod_laatste_dag",
            StepId::ZiekUitDienstMelding => "ziek_uit_dienst_melding",
            StepId::LoonsanctieUiterlijkEinde => "loonsanctie_uiterlijk_einde",
            StepId::HersteldmeldingUwv => "hersteldmelding_uwv",
            StepId::UwvZwBeoordeling => "uwv_zw_beoordeling",
        }
    }

    /// Who must act (or, for events, whose event it is).
    pub fn who(self) -> Party {
        use StepId::*;
        match self {
            ZiekmeldingWerkgever | VervroegdeIvaUiterlijk | WiaAanvraag => Party::Werknemer,
            MeldingBedrijfsarts | ZiekmeldingUwvZw | ZiekmeldingUwv | ArbeidsdeskundigOnderzoek
            | Spoor2StartUiterlijk | ZiekmeldingUwv81wkGrens | ReIntegratieverslag | ZiekUitDienstMelding | HersteldmeldingUwv
            | EindeWachttijd | EindeOpzegverbod | LoonsanctieUiterlijkEinde => Party::Werkgever,
            Probleemanalyse => Party::Bedrijfsarts,
            PlanVanAanpak | Evaluatie | Eerstejaarsevaluatie => Party::Samen,
            UwvBriefEerstejaarsevaluatie | UwvWiaBrief | UwvLoonsanctieBesluit | UwvZwBeoordeling => Party::Uwv,
        }
    }

    pub fn kind(self) -> StepKind {
        use StepId::*;
        match self {
            UwvBriefEerstejaarsevaluatie | UwvWiaBrief | UwvLoonsanctieBesluit | EindeWachttijd | EindeOpzegverbod
            | LoonsanctieUiterlijkEinde | ZiekmeldingWerkgever | UwvZwBeoordeling => StepKind::Event,
            MeldingBedrijfsarts | ArbeidsdeskundigOnderzoek | Evaluatie => StepKind::Advice,
            _ => StepKind::Deadline,
        }
    }

    /// Whether a user can tell us this step is done (and the date matters to the rules).
    pub fn can_be_done(self) -> bool {
        self.kind() != StepKind::Event
    }

    pub fn basis(self) -> Basis {
        use StepId::*;
        match self {
            ZiekmeldingWerkgever => Basis::of(BW_629_LID6),
            MeldingBedrijfsarts => Basis::with(RPG_2, &[ARBO_14]),
            ZiekmeldingUwvZw => Basis::with(ZW_38A, &[ZW_38A_LID2, ATW_1, ZW_29B, ZW_29A, BOETE_2C]),
            Probleemanalyse => Basis::with(RPG_2, &[WIA_25_LID5]),
            PlanVanAanpak => Basis::with(RPG_4, &[WIA_25_LID2, BW_658A_LID3, BW_660A, UWV_PVA]),
            // "At least every six weeks" is UWV practice; the law only says "periodiek".
            Evaluatie => Basis::with(UWV_PVA, &[RPG_4, WIA_25_LID2]),
            ZiekmeldingUwv => Basis::with(ZW_38, &[UWV_42WK, ZW_38_LID3, BOETE_2C]),
            UwvBriefEerstejaarsevaluatie => Basis::of(UWV_42WK),
            ArbeidsdeskundigOnderzoek => Basis::with(WWP_SPOOR2, &[BBP]),
            Eerstejaarsevaluatie => Basis::with(RPG_4, &[RPG_2023]),
            // The duty is statute; its last day (EJE + 6 weeks) is how UWV tests it.
            Spoor2StartUiterlijk => Basis::with(WWP_SPOOR2, &[BW_658A_LID1, BW_658A_LID2, WIA_25_LID9, WIA_65]),
            VervroegdeIvaUiterlijk => Basis::with(WIA_23_LID6, &[WIA_66, UWV_VERVROEGD_IVA]),
            ZiekmeldingUwv81wkGrens => Basis::with(WIA_64_LID6, &[BW_629_LID11]),
            UwvWiaBrief => Basis::with(WIA_64_LID2, &[UWV_WIA_AANVRAGEN]),
            ReIntegratieverslag => Basis::with(WIA_25_LID3, &[WIA_25_LID5, WIA_25_LID6]),
            WiaAanvraag => Basis::with(WIA_64_LID3, &[BW_629_LID3, UWV_WIA_AANVRAGEN]),
            UwvLoonsanctieBesluit => Basis::of(WIA_25_LID10),
            EindeWachttijd => Basis::with(WIA_23, &[BW_629]),
            EindeOpzegverbod => Basis::with(BW_670, &[BW_669]),
            ZiekUitDienstMelding => Basis::with(ZW_38_LID2, &[UWV_42WK, BOETE_2C]),
            LoonsanctieUiterlijkEinde => Basis::with(WIA_25_LID9, &[BW_629_LID11]),
            HersteldmeldingUwv => Basis::with(ZW_38A_LID5, &[ZW_38AA, BOETE_2C]),
            UwvZwBeoordeling => Basis::with(ZW_19AA, &[WIA_23_LID5, UWV_ZW_BEOORDELING]),
        }
    }
}
