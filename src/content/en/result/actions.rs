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

/// "Only if …:" before a conditional action.
pub fn condition(c: Condition) -> &'static str {
    match c {
        Condition::Spoor2Nodig => "Only if track 2 is needed:",
        Condition::MeldingNietGedaan => "Only if the report to UWV in week 42 has not been made yet:",
        Condition::Loonsanctie => "Only if UWV gives a wage sanction (loonsanctie):",
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
        (Role::Werkgever, MeldingBedrijfsarts) => "Report the sickness to the company doctor (bedrijfsarts) or occupational health service (arbodienst).",
        (Role::Werkgever, ZiekmeldingUwvZw) => "Report the sickness to UWV for the sickness benefit (Ziektewet-uitkering).",
        (Role::Werkgever, Probleemanalyse) => "Ask the company doctor (bedrijfsarts) for the problem analysis (probleemanalyse).",
        (Role::Werkgever, PlanVanAanpak) => "Make the plan of action (plan van aanpak) together with your employee.",
        (Role::Werkgever, Evaluatie) => "Discuss with your employee how things are going, and change the plan of action (plan van aanpak) if needed.",
        (Role::Werkgever, ZiekmeldingUwv) => "Report your employee's sickness to UWV (42e-weeksmelding).",
        (Role::Werkgever, ArbeidsdeskundigOnderzoek) => {
            "Have a labour expert (arbeidsdeskundige) look into whether you have suitable work."
        }
        (Role::Werkgever, Eerstejaarsevaluatie) => "Hold the first-year evaluation (eerstejaarsevaluatie) with your employee.",
        (Role::Werkgever, Spoor2StartUiterlijk) => "Start track 2 (spoor 2) and help your employee find suitable work with another employer.",
        (Role::Werkgever, ZiekmeldingUwv81wkGrens) => "Make the report to UWV in week 42 (42e-weeksmelding) now, before the end of week 81.",
        (Role::Werkgever, ReIntegratieverslag) => "Write the re-integration report (re-integratieverslag) and give your employee a copy.",
        (Role::Werkgever, ZiekUitDienstMelding) => "Report to UWV that the contract ends while your employee is sick (ziek-uit-dienstmelding).",
        (Role::Werkgever, HersteldmeldingUwv) => "Report the recovery to UWV.",
        (Role::Werknemer, PlanVanAanpak) => "Make the plan of action (plan van aanpak) together with your employer, and include your own view.",
        (Role::Werknemer, Evaluatie) => "Discuss with your employer how things are going.",
        (Role::Werknemer, Eerstejaarsevaluatie) => "Discuss the first year of sickness with your employer (first-year evaluation, eerstejaarsevaluatie).",
        (Role::Werknemer, VervroegdeIvaUiterlijk) => "If you want to, apply to UWV for an early IVA benefit (vervroegde IVA-uitkering).",
        (Role::Werknemer, WiaAanvraag) => "Apply to UWV for your WIA benefit.",
        _ => theirs(step, role),
    }
}

fn theirs(step: StepId, role: Role) -> &'static str {
    use StepId::*;
    match (role, step) {
        (Role::Werknemer, MeldingBedrijfsarts) => "Your employer reports your sickness to the company doctor (bedrijfsarts). Go to the appointments.",
        (Role::Werknemer, ZiekmeldingUwvZw) => "Your employer reports your sickness to UWV for the Ziektewet.",
        (Role::Werknemer, Probleemanalyse) => "Your employer asks the company doctor (bedrijfsarts) for the problem analysis (probleemanalyse).",
        (Role::Werknemer, ZiekmeldingUwv) => "Your employer reports your sickness to UWV (42e-weeksmelding).",
        (Role::Werknemer, ZiekmeldingUwv81wkGrens) => "Your employer must make the report to UWV in week 42 (42e-weeksmelding) now, before the end of week 81.",
        (Role::Werknemer, ArbeidsdeskundigOnderzoek) => "Your employer has a labour expert (arbeidsdeskundige) look at suitable work.",
        (Role::Werknemer, Spoor2StartUiterlijk) => "Your employer starts track 2 (spoor 2). You take part.",
        (Role::Werknemer, ReIntegratieverslag) => "Your employer writes the re-integration report (re-integratieverslag). You get a copy.",
        (Role::Werknemer, ZiekUitDienstMelding) => "Your employer reports to UWV that your contract ends while you are sick (ziek-uit-dienstmelding).",
        (Role::Werknemer, HersteldmeldingUwv) => "Your employer reports your recovery to UWV.",
        (Role::Werkgever, VervroegdeIvaUiterlijk) => "Your employee can apply to UWV for an early IVA benefit (vervroegde IVA-uitkering).",
        (Role::Werkgever, WiaAanvraag) => "Your employee applies to UWV for the WIA benefit. Make sure the re-integration report (re-integratieverslag) is ready.",
        (_, id) => crate::content::en::questions::step_name(id),
    }
}

fn expect(step: StepId, role: Role) -> &'static str {
    use StepId::*;
    let w = role == Role::Werknemer;
    match step {
        UwvBriefEerstejaarsevaluatie => "UWV sends a letter about the first-year evaluation (eerstejaarsevaluatie).",
        UwvWiaBrief if w => "UWV sends you a letter about the WIA application.",
        UwvWiaBrief => "UWV sends your employee a letter about the WIA application. You get a copy.",
        UwvLoonsanctieBesluit => "UWV assesses whether enough has been done for re-integration.",
        UwvZwBeoordeling if w => "UWV assesses whether you still get a sickness benefit (Ziektewet-uitkering) after 52 weeks.",
        UwvZwBeoordeling => "UWV assesses whether your former employee still gets a sickness benefit (Ziektewet-uitkering) after 52 weeks.",
        EindeWachttijd => "The waiting period (wachttijd) of 104 weeks ends.",
        id => crate::content::en::questions::step_name(id),
    }
}

/// "I don't know": find out, and say what follows if it was not done.
fn ask(step: StepId, role: Role) -> String {
    use StepId::*;
    let what = match step {
        ZiekmeldingUwvZw => "the sickness has been reported to UWV for the Ziektewet",
        Probleemanalyse => "the problem analysis (probleemanalyse) has been made",
        PlanVanAanpak => "the plan of action (plan van aanpak) has been made",
        ZiekmeldingUwv => "the report to UWV in week 42 (42e-weeksmelding) has been made",
        Eerstejaarsevaluatie => "the first-year evaluation (eerstejaarsevaluatie) has been held",
        Spoor2StartUiterlijk => "track 2 (spoor 2) has started",
        ZiekUitDienstMelding => "the report to UWV on leaving employment sick (ziek-uit-dienstmelding) has been made",
        HersteldmeldingUwv => "the recovery has been reported to UWV",
        ReIntegratieverslag => "the re-integration report (re-integratieverslag) is ready",
        WiaAanvraag => "the WIA application has been made",
        _ => "this step has been done",
    };
    match (role, step) {
        (Role::Werknemer, WiaAanvraag) => "Check whether you have already applied for the WIA benefit. If not: do it now.".into(),
        (Role::Werknemer, _) => format!("Ask your employer whether {what}. If not, it must still be done, as soon as possible."),
        (Role::Werkgever, _) => format!("Check in the re-integration file whether {what}. If not: do it now, even if it is late."),
    }
}
