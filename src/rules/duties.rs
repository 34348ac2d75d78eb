//! Rights and obligations of werknemer and werkgever (poortwachter.md §5), each with its basis
//! and what happens when it is not met.

use serde::Serialize;

use super::assessment::{Duty, Scope};
use super::engine::Case;
use super::sources::{Basis, Party, cite::*};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DutyKind {
    Plicht,
    Recht,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DutyId {
    // werkgever: plichten
    LoonDoorbetalen,
    BedrijfsartsInschakelen,
    ReIntegratieInspannen,
    DossierEnStappen,
    MeldingenUwv,
    MedischePrivacy,
    SecondOpinionBetalen,
    Opzegverbod,
    InformerenBijLoonmaatregel,
    // werkgever: rechten
    LoonopschortingEnLoonstop,
    DeskundigenoordeelWerkgever,
    // werknemer: plichten
    ZiekmeldenEnBereikbaar,
    HerstelNietBelemmeren,
    PassendeArbeidVerrichten,
    MeewerkenPlanVanAanpak,
    WiaAanvragen,
    // werknemer: rechten
    LoonTijdensZiekte,
    DiagnoseBlijftPrive,
    SecondOpinion,
    DeskundigenoordeelWerknemer,
    OntslagBescherming,
    KopieReIntegratieverslag,
    EigenVisie,
    /// Vangnet: after the contract, UWV pays Ziektewet and guides re-integration.
    ZiektewetUitkering,
    /// Vangnet: cooperate with UWV's re-integration.
    MeewerkenUwv,
}

impl DutyId {
    pub const ALL: [DutyId; 25] = [
        DutyId::LoonDoorbetalen,
        DutyId::BedrijfsartsInschakelen,
        DutyId::ReIntegratieInspannen,
        DutyId::DossierEnStappen,
        DutyId::MeldingenUwv,
        DutyId::MedischePrivacy,
        DutyId::SecondOpinionBetalen,
        DutyId::Opzegverbod,
        DutyId::InformerenBijLoonmaatregel,
        DutyId::LoonopschortingEnLoonstop,
        DutyId::DeskundigenoordeelWerkgever,
        DutyId::ZiekmeldenEnBereikbaar,
        DutyId::HerstelNietBelemmeren,
        DutyId::PassendeArbeidVerrichten,
        DutyId::MeewerkenPlanVanAanpak,
        DutyId::WiaAanvragen,
        DutyId::LoonTijdensZiekte,
        DutyId::DiagnoseBlijftPrive,
        DutyId::SecondOpinion,
        DutyId::DeskundigenoordeelWerknemer,
        DutyId::OntslagBescherming,
        DutyId::KopieReIntegratieverslag,
        DutyId::EigenVisie,
        DutyId::ZiektewetUitkering,
        DutyId::MeewerkenUwv,
    ];

    pub fn id(self) -> &'static str {
        use DutyId::*;
        match self {
            LoonDoorbetalen => "loon_doorbetalen",
            BedrijfsartsInschakelen => "bedrijfsarts_inschakelen",
            ReIntegratieInspannen => "re_integratie_inspannen",
            DossierEnStappen => "dossier_en_stappen",
            MeldingenUwv => "meldingen_uwv",
            MedischePrivacy => "medische_privacy",
            SecondOpinionBetalen => "second_opinion_betalen",
            Opzegverbod => "opzegverbod",
            InformerenBijLoonmaatregel => "informeren_bij_loonmaatregel",
            LoonopschortingEnLoonstop => "loonopschorting_en_loonstop",
            DeskundigenoordeelWerkgever => "deskundigenoordeel_werkgever",
            ZiekmeldenEnBereikbaar => "ziekmelden_en_bereikbaar",
            HerstelNietBelemmeren => "herstel_niet_belemmeren",
            PassendeArbeidVerrichten => "passende_arbeid_verrichten",
            MeewerkenPlanVanAanpak => "meewerken_plan_van_aanpak",
            WiaAanvragen => "wia_aanvragen",
            LoonTijdensZiekte => "loon_tijdens_ziekte",
            DiagnoseBlijftPrive => "diagnose_blijft_prive",
            SecondOpinion => "second_opinion",
            DeskundigenoordeelWerknemer => "deskundigenoordeel_werknemer",
            OntslagBescherming => "ontslagbescherming",
            KopieReIntegratieverslag => "kopie_re_integratieverslag",
            EigenVisie => "eigen_visie",
            ZiektewetUitkering => "ziektewet_uitkering",
            MeewerkenUwv => "meewerken_uwv",
        }
    }

    /// Whose right or obligation it is.
    pub fn party(self) -> Party {
        use DutyId::*;
        match self {
            LoonDoorbetalen | BedrijfsartsInschakelen | ReIntegratieInspannen | DossierEnStappen | MeldingenUwv
            | MedischePrivacy | SecondOpinionBetalen | Opzegverbod | InformerenBijLoonmaatregel
            | LoonopschortingEnLoonstop | DeskundigenoordeelWerkgever => Party::Werkgever,
            _ => Party::Werknemer,
        }
    }

    pub fn kind(self) -> DutyKind {
        use DutyId::*;
        match self {
            LoonopschortingEnLoonstop | DeskundigenoordeelWerkgever | LoonTijdensZiekte | DiagnoseBlijftPrive
            | SecondOpinion | DeskundigenoordeelWerknemer | OntslagBescherming | KopieReIntegratieverslag
            | EigenVisie | ZiektewetUitkering => DutyKind::Recht,
            _ => DutyKind::Plicht,
        }
    }

    pub fn basis(self) -> Basis {
        use DutyId::*;
        match self {
            LoonDoorbetalen => Basis::of(BW_629),
            BedrijfsartsInschakelen => Basis::with(ARBO_14, &[RPG_2]),
            ReIntegratieInspannen => Basis::with(BW_658A, &[WIA_25_LID9, WIA_65]),
            DossierEnStappen => Basis::with(WIA_25_LID1, &[RPG_2, RPG_4, WIA_25_LID3]),
            MeldingenUwv => Basis::with(ZW_38, &[ZW_38_LID2, ZW_38A]),
            MedischePrivacy => Basis::of(AP_ZIEKE_WERKNEMER),
            SecondOpinionBetalen => Basis::of(ARBO_14),
            Opzegverbod => Basis::with(BW_670, &[BW_670A]),
            InformerenBijLoonmaatregel => Basis::of(crate::rules::sources::Source::law(crate::rules::sources::Instrument::Bw7, "7:629 lid 7")),
            LoonopschortingEnLoonstop => Basis::with(BW_629_LID3, &[BW_629_LID6]),
            DeskundigenoordeelWerkgever => Basis::with(SUWI_32, &[UWV_DESKUNDIGENOORDEEL]),
            ZiekmeldenEnBereikbaar => Basis::of(BW_629_LID6),
            HerstelNietBelemmeren => Basis::of(BW_629_LID3),
            PassendeArbeidVerrichten => Basis::with(BW_660A, &[BW_629_LID3, BW_658A_LID4, BW_670A]),
            MeewerkenPlanVanAanpak => Basis::with(BW_660A, &[WIA_25_LID6]),
            WiaAanvragen => Basis::with(WIA_64_LID3, &[BW_629_LID3]),
            LoonTijdensZiekte => Basis::with(BW_629, &[BW_629A]),
            DiagnoseBlijftPrive => Basis::of(AP_ZIEKE_WERKNEMER),
            SecondOpinion => Basis::of(ARBO_14),
            DeskundigenoordeelWerknemer => Basis::with(SUWI_32, &[UWV_DESKUNDIGENOORDEEL]),
            OntslagBescherming => Basis::with(BW_670, &[BW_670A, BW_669]),
            KopieReIntegratieverslag => Basis::of(WIA_25_LID3),
            EigenVisie => Basis::of(RPG_2023),
            ZiektewetUitkering => Basis::of(ZW_29),
            MeewerkenUwv => Basis::of(WIA_26),
        }
    }
}

/// Phase "duties": the rights and obligations of both parties in this case.
pub(crate) fn for_case(c: &Case) -> Vec<Duty> {
    use DutyId::*;
    let visie = c.regime.is_some_and(|r| r.re_integratievisie);
    let ids: Vec<DutyId> = match c.scope.scope {
        Scope::NotCovered => Vec::new(),
        Scope::VangnetUwv => {
            let mut v = vec![ZiektewetUitkering, MeewerkenUwv, DiagnoseBlijftPrive, DeskundigenoordeelWerknemer, WiaAanvragen];
            if c.scope.contract_ends_while_sick {
                v.push(MeldingenUwv);
            }
            v
        }
        Scope::Poortwachter if c.situation.recovered_on.is_some() => {
            vec![MedischePrivacy, DiagnoseBlijftPrive, ZiekmeldenEnBereikbaar]
        }
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
