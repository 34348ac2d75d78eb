//! Texts of "Wat als?": the changes offered, their one question, and the comparison.

use crate::rules::{Role, Scope, StepId};
use crate::wizard::what_if::WhatIfKind;

/// The change as the user picks it, phrased for the role.
pub fn what_if_label(kind: WhatIfKind, role: Role) -> String {
    use WhatIfKind::*;
    let w = role == Role::Werknemer;
    match kind {
        ContractEnds => if w { "Wat als mijn contract eindigt op een datum?" } else { "Wat als het contract eindigt op een datum?" }.into(),
        ContractExtended => if w { "Wat als mijn contract wordt verlengd?" } else { "Wat als het contract wordt verlengd?" }.into(),
        Spoor2Starts => "Wat als spoor 2 start op een datum?".into(),
        StepDone(id) => format!("Wat als {} wordt gedaan op een datum?", step_noun(id)),
        Recovers => if w { "Wat als ik weer helemaal aan het werk ga?" } else { "Wat als mijn werknemer weer helemaal aan het werk gaat?" }.into(),
        PartlyBack => if w { "Wat als ik weer een deel van mijn uren ga werken?" } else { "Wat als mijn werknemer weer een deel van de uren gaat werken?" }.into(),
        SickAgain => if w { "Wat als ik binnen 4 weken weer ziek word?" } else { "Wat als mijn werknemer binnen 4 weken weer ziek wordt?" }.into(),
        LaterDay => "Hoe staat het er op een andere dag voor?".into(),
    }
}

fn step_noun(id: StepId) -> &'static str {
    match id {
        StepId::Probleemanalyse => "de probleemanalyse",
        StepId::PlanVanAanpak => "het plan van aanpak",
        StepId::ZiekmeldingUwv => "de ziekmelding bij UWV (42e week)",
        StepId::Eerstejaarsevaluatie => "de eerstejaarsevaluatie",
        StepId::ZiekUitDienstMelding => "de ziek-uit-dienstmelding",
        StepId::ReIntegratieverslag => "het re-integratieverslag",
        StepId::WiaAanvraag => "de WIA-aanvraag",
        StepId::ZiekmeldingUwvZw => "de ziekmelding bij UWV voor de Ziektewet",
        StepId::HersteldmeldingUwv => "de hersteldmelding",
        _ => "deze stap",
    }
}

/// The label of the one date the change asks for.
pub fn what_if_date_label(kind: WhatIfKind) -> &'static str {
    use WhatIfKind::*;
    match kind {
        ContractEnds => "Laatste dag van het contract",
        Spoor2Starts => "Dag waarop spoor 2 start",
        StepDone(_) => "Dag waarop de stap wordt gedaan",
        Recovers => "Eerste dag weer helemaal aan het werk",
        PartlyBack => "Eerste dag weer een deel van de uren aan het werk",
        SickAgain => "Eerste dag weer ziek",
        LaterDay => "Welke dag wilt u bekijken?",
        ContractExtended => "",
    }
}

/// Who pays and guides, per route.
pub fn scope_label(s: Scope) -> &'static str {
    match s {
        Scope::Poortwachter => "De werkgever betaalt loon en helpt met re-integratie",
        Scope::VangnetUwv => "UWV betaalt de Ziektewet-uitkering en helpt met re-integratie",
        Scope::NotCovered => "Buiten wat Spoorwijzer uitwerkt",
    }
}

pub const WHAT_IF_TITLE: &str = "Wat als?";
pub const WHAT_IF_INTRO: &str = "Uw antwoorden blijven zoals ze zijn, tot u de wijziging overneemt.";
pub const WHAT_IF_OPEN: &str = "Probeer uit wat er verandert als één ding anders wordt";
pub const WHAT_IF_PICK: &str = "Wat wilt u uitproberen?";
pub const WHAT_IF_SHOW: &str = "Bekijk wat er verandert";
pub const WHAT_IF_TAKE: &str = "Neem deze wijziging over";
pub const WHAT_IF_DISCARD: &str = "Terug naar mijn situatie";
pub const WHAT_IF_NOW: &str = "Nu";
/// The left column when a step on a later day is weighed against doing it today.
pub const WHAT_IF_TODAY: &str = "Als het vandaag gebeurt";
pub const WHAT_IF_THEN: &str = "Met de wijziging";
pub const WHAT_IF_SUBJECT: &str = "Wat";
pub const WHAT_IF_SAME: &str = "Wat hetzelfde blijft";
pub const WHAT_IF_NOTHING: &str = "Er verandert niets aan de uitkomst.";
pub const WHAT_IF_INVALID: &str = "Deze wijziging past niet bij uw antwoorden. Kies een andere datum.";
pub const WHAT_IF_ROUTE: &str = "Wie betaalt en helpt";
pub const WHAT_IF_SPOOR: &str = "Spoor";
pub const WHAT_IF_WEEK: &str = "Ziekteweek";
pub const WHAT_IF_LATE: &str = "Te laat en nog niet gedaan";
pub const WHAT_IF_APPLIES: &str = "Geldt";
pub const WHAT_IF_NEW: &str = "Komt erbij";
pub const WHAT_IF_GONE: &str = "Vervalt";
pub const WHAT_IF_DONE_LATE: &str = "na de uiterste datum";
pub const WHAT_IF_DUTY_NEW: &str = "Nieuwe rechten en plichten";
pub const WHAT_IF_DUTY_GONE: &str = "Vervallen rechten en plichten";
pub const WHAT_IF_FINES: &str = "Boete voor te late meldingen";
pub const WHAT_IF_NOT_APPLICABLE: &str = "geldt niet";
pub const WHAT_IF_PERCENT: &str = "Hoeveel procent van de eigen uren (niet verplicht)";
pub const WHAT_IF_TAKEN: &str = "De wijziging is overgenomen in uw antwoorden.";
