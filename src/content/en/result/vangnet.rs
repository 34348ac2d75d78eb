//! Texts for UWV's safety net (the Ziektewet "vangnet"): when there is no employer paying wage
//! any more, the employee's own steps read differently, and the employer has no part in them.

use super::{DutyText, StepText, Text};
use crate::rules::{DutyId, Role, StepId};

/// What happens now that UWV has taken over. `after_contract`: the sickness began within four
/// weeks after the contract ended ("nawerking"), rather than the contract ending while sick.
pub fn scope_vangnet(role: Role, after_contract: bool) -> Text {
    match (role, after_contract) {
        (Role::Werknemer, false) => Text {
            title: "UWV takes over: the Ziektewet",
            body: "You no longer have an employer who pays your wages, because your contract ended while you were \
                   sick. Then you get a sickness benefit (Ziektewet-uitkering) from UWV. This is called the safety \
                   net (vangnet) of the Ziektewet. UWV also helps you with re-integration and makes a plan of action \
                   (plan van aanpak) with you. You must cooperate with this. The waiting period (wachttijd) of 104 \
                   weeks continues from your first day of sickness. After that, you can apply for a WIA benefit.",
        },
        (Role::Werknemer, true) => Text {
            title: "UWV helps you: the Ziektewet",
            body: "You became sick within 4 weeks after your contract ended. So you have no employer who pays wages. \
                   You can get a sickness benefit (Ziektewet-uitkering) from UWV. This is called the safety net \
                   (vangnet) of the Ziektewet. Report sick to UWV as soon as possible. UWV also helps you with \
                   re-integration and makes a plan of action (plan van aanpak) with you. The waiting period \
                   (wachttijd) of 104 weeks starts on your first day of sickness.",
        },
        (Role::Werkgever, false) => Text {
            title: "UWV takes over: the Ziektewet",
            body: "The contract has ended while your employee is sick. From the day after the last day of the \
                   contract, UWV pays a sickness benefit (Ziektewet-uitkering) to your former employee. This is \
                   called the safety net (vangnet) of the Ziektewet. UWV then does the re-integration. You no longer \
                   have a duty to pay wages or to carry out re-integration. But do make the report to UWV on leaving \
                   employment sick (ziek-uit-dienstmelding), on the last day of the contract at the latest. Are you \
                   a self-insurer (eigenrisicodrager) for the Ziektewet? Then you pay the benefit yourself and you \
                   remain responsible for the re-integration.",
        },
        (Role::Werkgever, true) => Text {
            title: "UWV helps your former employee: the Ziektewet",
            body: "Your former employee became sick within 4 weeks after the contract ended. Then UWV pays a \
                   sickness benefit (Ziektewet-uitkering) and UWV does the re-integration. You have no duties: the \
                   contract had already ended. Are you a self-insurer (eigenrisicodrager) for the Ziektewet? Then you \
                   pay the benefit yourself and you are responsible for the re-integration.",
        },
    }
}

/// The employee's steps that go on under UWV, worded without an employer paying wage.
pub fn step(id: StepId, role: Role) -> Option<StepText> {
    let w = role == Role::Werknemer;
    let (title, what, missed) = match id {
        StepId::UwvWiaBrief => (
            "Letter from UWV about the WIA application",
            if w {
                "Around week 89, UWV sends you a letter. It tells you how to apply for a WIA benefit. Does the letter \
                 come late? Then your application is usually still on time if you apply within 4 weeks after the \
                 letter."
            } else {
                "Around week 89, UWV sends your former employee a letter about the WIA application. You do not have to \
                 do anything."
            },
            "",
        ),
        StepId::WiaAanvraag => (
            "WIA application",
            if w {
                "Apply to UWV for your WIA benefit, at the latest 11 weeks before the end of the waiting period \
                 (wachttijd): in week 93."
            } else {
                "Your former employee applies to UWV for the WIA benefit themselves, in week 93 at the latest."
            },
            if w {
                "Do you apply too late, without a good reason? Then your WIA benefit starts later. You can then be \
                 without income for a while."
            } else {
                "This is a step for your former employee. A late application has no consequences for you."
            },
        ),
        StepId::EindeWachttijd => (
            "End of the waiting period (104 weeks)",
            if w {
                "This is the last day of the waiting period (wachttijd) of 104 weeks. After that, the sickness benefit \
                 (Ziektewet-uitkering) stops. Do you get WIA? Then it starts the next day."
            } else {
                "This is the last day of your former employee's waiting period (wachttijd) of 104 weeks. Nothing \
                 changes for you: the contract has already ended."
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
            title: "Applying for WIA on time",
            body: if w {
                "Apply to UWV for a WIA benefit in week 93 at the latest. UWV sends you a letter around week 89."
            } else {
                "Your former employee applies to UWV for a WIA benefit themselves, in week 93 at the latest."
            },
            consequence: if w {
                "Too late, without a good reason? Then your WIA benefit starts later."
            } else {
                "A late application has no consequences for you: there are no more wages to pay."
            },
        }),
        _ => None,
    }
}
