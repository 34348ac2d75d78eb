//! One short sentence per action (`rules::actions`): what to do now, phrased for the reader's
//! role, with the condition first when it holds only under one.

use crate::rules::actions::{Action, ActionKind};
use crate::rules::{Condition, Role, StepId};

/// What the reader (or the other party, or UWV) does, in one sentence.
pub fn action(a: &Action, role: Role) -> String {
    let text = match a.kind {
        ActionKind::Do => own(a.step, role),
        ActionKind::AskAbout => return ask(a.step, role),
        ActionKind::Theirs => theirs(a.step, role),
        ActionKind::Expect => expect(a.step, role),
    };
    match a.condition {
        Some(c) => format!("{} {}", condition(c), lower_first(text)),
        None => text.to_string(),
    }
}

/// "Alleen als …:" before a conditional action.
pub fn condition(c: Condition) -> &'static str {
    match c {
        Condition::Spoor2Nodig => "Alleen als spoor 2 nodig is:",
        Condition::MeldingNietGedaan => "Alleen als de ziekmelding bij UWV nog niet is gedaan:",
        Condition::Loonsanctie => "Alleen als UWV een loonsanctie geeft:",
    }
}

/// The text with its first letter in lower case (ASCII only: every text starts with one, and
/// Unicode case tables would cost bytes in the browser).
pub fn lower_first(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_lowercase();
    }
    out
}

fn own(step: StepId, role: Role) -> &'static str {
    use StepId::*;
    match (role, step) {
        (Role::Werkgever, MeldingBedrijfsarts) => "Meld de ziekte bij de bedrijfsarts of arbodienst.",
        (Role::Werkgever, ZiekmeldingUwvZw) => "Meld de ziekte bij UWV voor de Ziektewet-uitkering.",
        (Role::Werkgever, Probleemanalyse) => "Vraag de bedrijfsarts om de probleemanalyse.",
        (Role::Werkgever, PlanVanAanpak) => "Maak samen met uw werknemer het plan van aanpak.",
        (Role::Werkgever, Evaluatie) => "Bespreek met uw werknemer hoe het gaat en pas het plan van aanpak zo nodig aan.",
        (Role::Werkgever, ZiekmeldingUwv) => "Meld uw werknemer ziek bij UWV (42e-weeksmelding).",
        (Role::Werkgever, ArbeidsdeskundigOnderzoek) => {
            "Laat een arbeidsdeskundige onderzoeken of er passend werk bij u is."
        }
        (Role::Werkgever, Eerstejaarsevaluatie) => "Houd met uw werknemer de eerstejaarsevaluatie.",
        (Role::Werkgever, Spoor2StartUiterlijk) => "Start spoor 2: help uw werknemer aan passend werk bij een andere werkgever.",
        (Role::Werkgever, ZiekmeldingUwv81wkGrens) => "Doe de ziekmelding bij UWV nu, vóór het eind van week 81.",
        (Role::Werkgever, ReIntegratieverslag) => "Maak het re-integratieverslag en geef uw werknemer een kopie.",
        (Role::Werkgever, ZiekUitDienstMelding) => "Meld bij UWV dat het contract eindigt terwijl uw werknemer ziek is.",
        (Role::Werkgever, HersteldmeldingUwv) => "Meld het herstel bij UWV.",
        (Role::Werknemer, PlanVanAanpak) => "Maak samen met uw werkgever het plan van aanpak, met uw eigen visie erin.",
        (Role::Werknemer, Evaluatie) => "Bespreek met uw werkgever hoe het gaat.",
        (Role::Werknemer, Eerstejaarsevaluatie) => "Bespreek met uw werkgever het eerste ziektejaar (eerstejaarsevaluatie).",
        (Role::Werknemer, VervroegdeIvaUiterlijk) => "Vraag, als u dat wilt, een vervroegde IVA-uitkering aan bij UWV.",
        (Role::Werknemer, WiaAanvraag) => "Vraag uw WIA-uitkering aan bij UWV.",
        _ => theirs(step, role),
    }
}

fn theirs(step: StepId, role: Role) -> &'static str {
    use StepId::*;
    match (role, step) {
        (Role::Werknemer, MeldingBedrijfsarts) => "Uw werkgever meldt uw ziekte bij de bedrijfsarts. Ga naar de afspraken.",
        (Role::Werknemer, ZiekmeldingUwvZw) => "Uw werkgever meldt uw ziekte bij UWV voor de Ziektewet.",
        (Role::Werknemer, Probleemanalyse) => "Uw werkgever vraagt de bedrijfsarts om de probleemanalyse.",
        (Role::Werknemer, ZiekmeldingUwv) => "Uw werkgever meldt u ziek bij UWV (42e-weeksmelding).",
        (Role::Werknemer, ZiekmeldingUwv81wkGrens) => "Uw werkgever moet de ziekmelding bij UWV nu doen, vóór het eind van week 81.",
        (Role::Werknemer, ArbeidsdeskundigOnderzoek) => "Uw werkgever laat een arbeidsdeskundige kijken naar passend werk.",
        (Role::Werknemer, Spoor2StartUiterlijk) => "Uw werkgever start spoor 2. U doet mee.",
        (Role::Werknemer, ReIntegratieverslag) => "Uw werkgever maakt het re-integratieverslag. U krijgt een kopie.",
        (Role::Werknemer, ZiekUitDienstMelding) => "Uw werkgever meldt bij UWV dat uw contract eindigt terwijl u ziek bent.",
        (Role::Werknemer, HersteldmeldingUwv) => "Uw werkgever meldt uw herstel bij UWV.",
        (Role::Werkgever, VervroegdeIvaUiterlijk) => "Uw werknemer kan een vervroegde IVA-uitkering aanvragen bij UWV.",
        (Role::Werkgever, WiaAanvraag) => "Uw werknemer vraagt de WIA-uitkering aan bij UWV. Zorg dat het re-integratieverslag klaar is.",
        (_, id) => crate::content::en::questions::step_name(id),
    }
}

fn expect(step: StepId, role: Role) -> &'static str {
    use StepId::*;
    let w = role == Role::Werknemer;
    match step {
        UwvBriefEerstejaarsevaluatie => "UWV stuurt een brief over de eerstejaarsevaluatie.",
        UwvWiaBrief if w => "UWV stuurt u een brief over de WIA-aanvraag.",
        UwvWiaBrief => "UWV stuurt uw werknemer een brief over de WIA-aanvraag. U krijgt een kopie.",
        UwvLoonsanctieBesluit => "UWV beoordeelt of er genoeg aan re-integratie is gedaan.",
        UwvZwBeoordeling if w => "UWV beoordeelt of u na 52 weken nog een Ziektewet-uitkering krijgt.",
        UwvZwBeoordeling => "UWV beoordeelt of uw oud-werknemer na 52 weken nog een Ziektewet-uitkering krijgt.",
        EindeWachttijd => "De wachttijd van 104 weken eindigt.",
        id => crate::content::en::questions::step_name(id),
    }
}

/// "Weet ik niet": find out, and say what follows if it was not done.
fn ask(step: StepId, role: Role) -> String {
    use StepId::*;
    let what = match step {
        ZiekmeldingUwvZw => "de ziekte bij UWV is gemeld voor de Ziektewet",
        Probleemanalyse => "de probleemanalyse er is",
        PlanVanAanpak => "het plan van aanpak er is",
        ZiekmeldingUwv => "de ziekmelding bij UWV (42e week) is gedaan",
        Eerstejaarsevaluatie => "de eerstejaarsevaluatie is gehouden",
        Spoor2StartUiterlijk => "spoor 2 is gestart",
        ZiekUitDienstMelding => "de ziek-uit-dienstmelding bij UWV is gedaan",
        HersteldmeldingUwv => "het herstel bij UWV is gemeld",
        ReIntegratieverslag => "het re-integratieverslag klaar is",
        WiaAanvraag => "de WIA-aanvraag is gedaan",
        _ => "deze stap is gedaan",
    };
    match (role, step) {
        (Role::Werknemer, WiaAanvraag) => "Kijk na of u de WIA-uitkering al heeft aangevraagd. Zo niet: doe het nu.".into(),
        (Role::Werknemer, _) => format!("Vraag uw werkgever of {what}. Is dat niet zo? Dan moet het alsnog, zo snel mogelijk."),
        (Role::Werkgever, _) => format!("Kijk in het dossier of {what}. Zo niet: doe het nu alsnog."),
    }
}
