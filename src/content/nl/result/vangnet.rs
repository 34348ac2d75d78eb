//! Texts for UWV's safety net (the Ziektewet "vangnet"): when there is no employer paying wage
//! any more, the employee's own steps read differently, and the employer has no part in them.

use super::{DutyText, StepText, Text};
use crate::rules::{DutyId, Role, StepId};

/// What happens now that UWV has taken over. `after_contract`: the sickness began within four
/// weeks after the contract ended ("nawerking"), rather than the contract ending while sick.
pub fn scope_vangnet(role: Role, after_contract: bool) -> Text {
    match (role, after_contract) {
        (Role::Werknemer, false) => Text {
            title: "UWV neemt het over: de Ziektewet",
            body: "U heeft geen werkgever meer die uw loon betaalt, omdat uw contract afliep terwijl u ziek was. Dan \
                   krijgt u een Ziektewet-uitkering van UWV. Dat heet het vangnet. UWV helpt u ook met re-integratie \
                   en maakt met u een plan van aanpak. U moet daaraan meewerken. De wachttijd van 104 weken loopt \
                   door vanaf uw eerste ziektedag. Daarna kunt u een WIA-uitkering aanvragen.",
        },
        (Role::Werknemer, true) => Text {
            title: "UWV helpt u: de Ziektewet",
            body: "U werd ziek binnen 4 weken nadat uw contract eindigde. U heeft dus geen werkgever die loon betaalt. \
                   U kunt een Ziektewet-uitkering van UWV krijgen. Dat heet het vangnet. Meld u zo snel mogelijk ziek \
                   bij UWV. UWV helpt u ook met re-integratie en maakt met u een plan van aanpak. De wachttijd van 104 \
                   weken begint op uw eerste ziektedag.",
        },
        (Role::Werkgever, false) => Text {
            title: "UWV neemt het over: de Ziektewet",
            body: "Het contract is geëindigd terwijl uw werknemer ziek is. Vanaf de dag na de laatste dag van het \
                   contract betaalt UWV een Ziektewet-uitkering aan uw oud-werknemer. Dat heet het vangnet. UWV doet \
                   dan de re-integratie. U heeft geen plicht meer om loon te betalen of te re-integreren. Meld de \
                   werknemer wel uiterlijk op de laatste dag van het contract ziek uit dienst bij UWV. Bent u \
                   eigenrisicodrager voor de Ziektewet? Dan betaalt u de uitkering zelf en blijft u verantwoordelijk \
                   voor de re-integratie.",
        },
        (Role::Werkgever, true) => Text {
            title: "UWV helpt uw oud-werknemer: de Ziektewet",
            body: "Uw oud-werknemer werd ziek binnen 4 weken nadat het contract eindigde. Dan betaalt UWV een \
                   Ziektewet-uitkering en doet UWV de re-integratie. U heeft geen plichten: het contract was al \
                   voorbij. Bent u eigenrisicodrager voor de Ziektewet? Dan betaalt u de uitkering zelf en bent u \
                   verantwoordelijk voor de re-integratie.",
        },
    }
}

/// The employee's steps that go on under UWV, worded without an employer paying wage.
pub fn step(id: StepId, role: Role) -> Option<StepText> {
    let w = role == Role::Werknemer;
    let (title, what, missed) = match id {
        StepId::UwvWiaBrief => (
            "Brief van UWV over de WIA-aanvraag",
            if w {
                "Rond week 89 stuurt UWV u een brief. Daarin staat hoe u een WIA-uitkering aanvraagt. Komt de brief te \
                 laat? Dan is uw aanvraag meestal nog op tijd als u binnen 4 weken na de brief aanvraagt."
            } else {
                "Rond week 89 stuurt UWV uw oud-werknemer een brief over de WIA-aanvraag. U hoeft niets te doen."
            },
            "",
        ),
        StepId::WiaAanvraag => (
            "WIA-aanvraag",
            if w {
                "Vraag uw WIA-uitkering aan bij UWV, uiterlijk 11 weken voor het eind van de wachttijd: in week 93."
            } else {
                "Uw oud-werknemer vraagt de WIA-uitkering zelf aan bij UWV, uiterlijk in week 93."
            },
            if w {
                "Vraagt u te laat aan, zonder goede reden? Dan begint uw WIA-uitkering later. U kunt dan een tijd \
                 zonder inkomen zitten."
            } else {
                "Dit is een stap van uw oud-werknemer. Voor u heeft een late aanvraag geen gevolgen."
            },
        ),
        StepId::EindeWachttijd => (
            "Einde van de wachttijd (104 weken)",
            if w {
                "Dit is de laatste dag van de wachttijd van 104 weken. Daarna stopt de Ziektewet-uitkering. Krijgt u \
                 WIA? Dan begint die de dag erna."
            } else {
                "Dit is de laatste dag van de wachttijd van 104 weken van uw oud-werknemer. Voor u verandert er niets: \
                 het contract is al voorbij."
            },
            "",
        ),
        _ => return None,
    };
    Some(StepText { title, what, missed })
}

/// Rights and obligations that read differently under UWV.
pub fn duty(id: DutyId, role: Role) -> Option<DutyText> {
    let w = role == Role::Werknemer;
    match id {
        DutyId::WiaAanvragen => Some(DutyText {
            title: "WIA op tijd aanvragen",
            body: if w {
                "Vraag uiterlijk in week 93 een WIA-uitkering aan bij UWV. UWV stuurt u rond week 89 een brief."
            } else {
                "Uw oud-werknemer vraagt uiterlijk in week 93 zelf een WIA-uitkering aan bij UWV."
            },
            consequence: if w {
                "Te laat, zonder goede reden? Dan begint uw WIA-uitkering later."
            } else {
                "Voor u heeft een late aanvraag geen gevolgen: er is geen loon meer te betalen."
            },
        }),
        _ => None,
    }
}
