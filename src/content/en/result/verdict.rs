//! The verdict (spoor), why, who, how sure, status labels, open points and input errors.

use super::{Link, NotCovered, date_text, step};
use crate::rules::{
    Certainty, Field, InputError, NotCoveredReason, OpenPoint, Party, Reason, Role, Rule, Spoor, Status,
};

/// Short title of the verdict.
pub fn verdict_title(spoor: Spoor) -> &'static str {
    match spoor {
        Spoor::Spoor1 => "Track 1",
        Spoor::Spoor2 => "Track 2",
        Spoor::Spoor1En2 => "Track 1 and track 2",
        Spoor::NogNiet => "No re-integration yet",
        Spoor::Geen => "No re-integration track",
    }
}

/// The verdict in one sentence, for the role.
pub fn verdict_sentence(spoor: Spoor, role: Role) -> &'static str {
    match (spoor, role) {
        (Spoor::Spoor1, Role::Werknemer) => {
            "Your employer must help you get back to work: in your own work, adapted work or other suitable work \
             with your employer. This is track 1 (spoor 1)."
        }
        (Spoor::Spoor1, Role::Werkgever) => {
            "You must help your employee get back to work: in their own work, adapted work or other suitable work \
             with you. This is track 1 (spoor 1)."
        }
        (Spoor::Spoor2, Role::Werknemer) => {
            "Your employer must help you find suitable work with another employer. This is track 2 (spoor 2)."
        }
        (Spoor::Spoor2, Role::Werkgever) => {
            "You must help your employee find suitable work with another employer. This is track 2 (spoor 2)."
        }
        (Spoor::Spoor1En2, Role::Werknemer) => {
            "Your employer must help you with two things at the same time: work with your employer, track 1 \
             (spoor 1), and suitable work with another employer, track 2 (spoor 2)."
        }
        (Spoor::Spoor1En2, Role::Werkgever) => {
            "You must help your employee with two things at the same time: work with you, track 1 (spoor 1), and \
             suitable work with another employer, track 2 (spoor 2)."
        }
        (Spoor::NogNiet, Role::Werknemer) => {
            "According to the company doctor (bedrijfsarts), you cannot work now. So re-integration waits until the \
             company doctor looks at it again."
        }
        (Spoor::NogNiet, Role::Werkgever) => {
            "According to the company doctor (bedrijfsarts), your employee cannot work now. So re-integration waits \
             until the company doctor looks at it again."
        }
        (Spoor::Geen, Role::Werknemer) => {
            "Right now, no re-integration through your employer is needed or possible. Below you can read why."
        }
        (Spoor::Geen, Role::Werkgever) => {
            "Right now, there is no re-integration track for you as the employer. Below you can read why."
        }
    }
}

/// Why the rule that decided leads to the verdict (role-neutral, plain English).
pub fn rule(rule: Rule) -> &'static str {
    match rule {
        Rule::R0Scope => {
            "This situation falls outside the rules for re-integration through the employer. Or there is no longer \
             an employer who pays wages: then UWV takes over."
        }
        Rule::R1Hersteld => {
            "Someone who has fully recovered for their own work no longer needs re-integration. If the person falls \
             sick again within 4 weeks, that sickness is added to the earlier period."
        }
        Rule::R2Iva => {
            "The company doctor (bedrijfsarts) expects that working is fully and permanently no longer possible. \
             Then there is no re-integration track. An early IVA application to UWV is then possible. Until UWV has \
             decided, all steps still apply: the plan of action (plan van aanpak), evaluations and the report to \
             UWV in week 42 (42e-weeksmelding). Does UWV turn down the application? Then re-integration simply \
             continues, and the waiting period (wachttijd) of 104 weeks keeps running. A second early application \
             is not possible."
        }
        Rule::R3GeenMogelijkheden => {
            "The company doctor (bedrijfsarts) sees no options for work right now. Then re-integration waits until \
             the company doctor looks again. The deadlines do keep running."
        }
        Rule::R5EigenWerk => {
            "According to the company doctor (bedrijfsarts) or labour expert (arbeidsdeskundige), the employee's own \
             work is possible again, perhaps adapted. Then the way forward is a return to their own employer: track \
             1 (spoor 1)."
        }
        Rule::R6AnderWerk => {
            "The employee's own work is no longer possible, but there is other suitable work with their own \
             employer. That is also track 1 (spoor 1)."
        }
        Rule::R7Spoor2 => {
            "There is no suitable work with the employee's own employer. Can the employee still do some work, \
             according to the company doctor (bedrijfsarts)? Then the employer must help look for work with another \
             employer: track 2 (spoor 2). The law says: as early as possible."
        }
        Rule::R8Beide => {
            "Part of the work is possible with the employee's own employer, but the employee can do more. After the \
             first-year evaluation (eerstejaarsevaluatie), UWV expects this extra capacity to be used through track \
             2 (spoor 2). Then both tracks run at the same time."
        }
        Rule::R9OnbekendVoorEje => {
            "It is not yet known whether work with the employee's own employer is possible. Before the first-year \
             evaluation (eerstejaarsevaluatie), the starting point is a return to their own employer: track 1 \
             (spoor 1). But do arrange an assessment by a labour expert (arbeidsdeskundig onderzoek) in good time."
        }
        Rule::R10OnbekendNaEje => {
            "After the first-year evaluation (eerstejaarsevaluatie), it is still not clear whether work with the \
             employee's own employer is possible. Then UWV expects track 2 (spoor 2) to start as well. Unless there \
             is a concrete prospect of a return within about 3 months."
        }
        Rule::R11Perspectief => {
            "The company doctor (bedrijfsarts) or labour expert (arbeidsdeskundige) sees a concrete prospect of \
             permanent work with the employee's own employer within about 3 months. Then track 2 (spoor 2) may wait \
             that long. Does it not work out? Then track 2 must start straight away."
        }
        Rule::WachttijdVoorbij => {
            "The waiting period (wachttijd) of 104 weeks is over. With that, the re-integration tracks under these \
             rules end. Re-integration with the employer only continues if there is a wage sanction (loonsanctie) \
             or an extension."
        }
    }
}

/// One fact that led to the verdict, as a sentence for the role.
pub fn reason(reason: Reason, role: Role) -> String {
    let w = role == Role::Werknemer;
    let s: &str = match reason {
        Reason::Hersteld(d) => {
            return if w {
                format!("You have been recovered since {}.", date_text(d))
            } else {
                format!("Your employee has been recovered since {}.", date_text(d))
            };
        }
        Reason::ContractVoorbij(d) => {
            return if w {
                format!("Your contract ended on {}.", date_text(d))
            } else {
                format!("Your employee's contract ended on {}.", date_text(d))
            };
        }
        Reason::WachttijdVoorbij(d) => {
            return format!("The waiting period (wachttijd) of 104 weeks ended on {}.", date_text(d));
        }
        Reason::BuitenBereik(r) => return outside_reason(r, role).to_string(),
        Reason::VolledigDuurzaam => {
            if w {
                "The company doctor (bedrijfsarts) expects that you are fully and permanently unable to work."
            } else {
                "The company doctor (bedrijfsarts) expects that your employee is fully and permanently unable to work."
            }
        }
        Reason::GeenBenutbareMogelijkheden => {
            if w {
                "According to the company doctor (bedrijfsarts), you cannot work at all right now."
            } else {
                "According to the company doctor (bedrijfsarts), your employee cannot work at all right now."
            }
        }
        Reason::MogelijkhedenOnbekend => {
            if w {
                "It is not yet known what the company doctor (bedrijfsarts) thinks you can still do."
            } else {
                "It is not yet known what the company doctor (bedrijfsarts) thinks your employee can still do."
            }
        }
        Reason::EigenWerkMogelijk => {
            if w {
                "The company doctor (bedrijfsarts) or labour expert (arbeidsdeskundige) says that you can do your own \
                 work again."
            } else {
                "The company doctor (bedrijfsarts) or labour expert (arbeidsdeskundige) says that your employee can do \
                 their own work again."
            }
        }
        Reason::EigenWerkAangepast => {
            if w {
                "The company doctor (bedrijfsarts) or labour expert (arbeidsdeskundige) says that you can do your own \
                 work if it is adapted."
            } else {
                "The company doctor (bedrijfsarts) or labour expert (arbeidsdeskundige) says that your employee can do \
                 their own work if it is adapted."
            }
        }
        Reason::EigenWerkNietMogelijk => {
            if w {
                "The company doctor (bedrijfsarts) or labour expert (arbeidsdeskundige) says that you can no longer do \
                 your own work."
            } else {
                "The company doctor (bedrijfsarts) or labour expert (arbeidsdeskundige) says that your employee can no \
                 longer do their own work."
            }
        }
        Reason::EigenWerkOnbekend => {
            if w {
                "It is not yet known whether you can do your own work again."
            } else {
                "It is not yet known whether your employee can do their own work again."
            }
        }
        Reason::AnderWerkMogelijk => {
            if w {
                "Your employer has other suitable work for you."
            } else {
                "You have other suitable work for your employee."
            }
        }
        Reason::AnderWerkNietMogelijk => {
            if w {
                "Your employer has no other suitable work for you."
            } else {
                "You have no other suitable work for your employee."
            }
        }
        Reason::AnderWerkOnbekend => {
            if w {
                "It is not yet known whether your employer has other suitable work for you."
            } else {
                "It is not yet known whether you have other suitable work for your employee."
            }
        }
        Reason::PerspectiefBinnenDrieMaanden => {
            if w {
                "There is a concrete plan for you to work permanently with your employer again within about 3 months."
            } else {
                "There is a concrete plan for your employee to work permanently with you within about 3 months."
            }
        }
        Reason::OnbenutteMogelijkheden => {
            if w {
                "You can work more than you do now with your employer."
            } else {
                "Your employee can work more than they manage with you now."
            }
        }
        Reason::EerstejaarsevaluatieBereikt => {
            "The first year of sickness is over, so the first-year evaluation (eerstejaarsevaluatie) must have been \
             done."
        }
        Reason::EerstejaarsevaluatieGehouden => "The first-year evaluation (eerstejaarsevaluatie) has already been done.",
        Reason::EerstejaarsevaluatieNietBereikt => {
            "The first year of sickness is not over yet, so the first-year evaluation (eerstejaarsevaluatie) is still \
             to come."
        }
    };
    s.to_string()
}

/// One sentence on why a situation is outside the guide, for the role.
fn outside_reason(r: NotCoveredReason, role: Role) -> &'static str {
    let w = role == Role::Werknemer;
    match r {
        NotCoveredReason::Zzp => {
            if w {
                "You work as a self-employed person (zzp), without an employment contract."
            } else {
                "The person works as a self-employed person (zzp), without an employment contract."
            }
        }
        NotCoveredReason::UitgezonderdeAmbtenaar => {
            if w {
                "You work for defence, the police or the judiciary, or as a political office holder. These have their \
                 own rules."
            } else {
                "The employee works for defence, the police or the judiciary, or as a political office holder. These \
                 have their own rules."
            }
        }
        NotCoveredReason::BeforeSupportedRange => "The sickness began before the period for which this guide knows the rules.",
        NotCoveredReason::AowLeeftijd => {
            if w {
                "You reach the state pension age (AOW-leeftijd) before the 104 weeks are over."
            } else {
                "Your employee reaches the state pension age (AOW-leeftijd) before the 104 weeks are over."
            }
        }
        NotCoveredReason::ContractAlLangerVoorbij => "The contract ended 4 weeks or more before the sickness began.",
    }
}

const JURIDISCH_LOKET: Link = Link {
    label: "Juridisch Loket",
    href: "https://www.juridischloket.nl/",
    text: "Free information and advice about work, sickness and dismissal.",
};
const UWV_ZIEK_ZONDER_WERKGEVER: Link = Link {
    label: "UWV",
    href: "https://www.uwv.nl/",
    text: "Reporting sick to UWV, and the sickness benefit (Ziektewet-uitkering) when there is no employer: search for \
           'ziek zonder werkgever' (sick without an employer).",
};
const UWV: Link =
    Link { label: "UWV", href: "https://www.uwv.nl/", text: "Information about sickness, the Ziektewet and the WIA." };
const KVK_ONDERNEMERSPLEIN: Link = Link {
    label: "Ondernemersplein (KVK)",
    href: "https://ondernemersplein.kvk.nl/",
    text: "Information for business owners, also about sickness and insurance.",
};
const RIJKSOVERHEID_AMBTENAREN: Link = Link {
    label: "Rijksoverheid: civil servants",
    href: "https://www.rijksoverheid.nl/onderwerpen/ambtenaren",
    text: "Information about the rules for civil servants.",
};
const SVB_AOW: Link = Link {
    label: "SVB: AOW",
    href: "https://www.svb.nl/nl/aow/",
    text: "When you reach the state pension age (AOW-leeftijd) and what the AOW is.",
};

/// Why a situation is outside this guide and where to go instead (role-neutral).
pub fn not_covered(reason: NotCoveredReason) -> NotCovered {
    match reason {
        NotCoveredReason::Zzp => NotCovered {
            title: "Self-employed people (zzp) are not covered here",
            why: "The rules for re-integration only apply to employees with an employment contract. A self-employed \
                  person has no employer who continues their pay during sickness. Perhaps a private insurance against \
                  being unable to work can help.",
            where_to_go: &[KVK_ONDERNEMERSPLEIN, JURIDISCH_LOKET],
        },
        NotCoveredReason::UitgezonderdeAmbtenaar => NotCovered {
            title: "Defence, police, judiciary and political offices",
            why: "Military personnel, the police, the judiciary and political office holders have their own rules \
                  during sickness. These are set out in their own employment regulations (rechtspositie). This guide \
                  does not know those rules. Ask the HR department or a trade union.",
            where_to_go: &[RIJKSOVERHEID_AMBTENAREN, JURIDISCH_LOKET],
        },
        NotCoveredReason::BeforeSupportedRange => NotCovered {
            title: "The sickness began too long ago",
            why: "This guide knows the rules from a certain date. The sickness began before that. Different rules \
                  sometimes applied then. That is why we cannot calculate the dates reliably.",
            where_to_go: &[UWV, JURIDISCH_LOKET],
        },
        NotCoveredReason::AowLeeftijd => NotCovered {
            title: "State pension age before the end of the 104 weeks",
            why: "The employee reaches the state pension age (AOW-leeftijd) before the 104 weeks are over. Then other \
                  rules apply. Continued pay during sickness then usually lasts until 6 weeks after the state \
                  pension date (AOW-datum). After the state pension date, there is no longer a duty for track 2 \
                  (spoor 2). This guide does not calculate those rules.",
            where_to_go: &[SVB_AOW, UWV, JURIDISCH_LOKET],
        },
        NotCoveredReason::ContractAlLangerVoorbij => NotCovered {
            title: "The contract had already ended",
            why: "The contract ended 4 weeks or more before the sickness began. Then there is no employer who pays \
                  wages or arranges re-integration. Anyone who gets unemployment benefit (WW) reports sick to UWV.",
            where_to_go: &[UWV_ZIEK_ZONDER_WERKGEVER, JURIDISCH_LOKET],
        },
    }
}

/// A party as a noun, lower case.
pub fn party(p: Party) -> &'static str {
    match p {
        Party::Werknemer => "employee",
        Party::Werkgever => "employer",
        Party::Samen => "employer and employee together",
        Party::Bedrijfsarts => "company doctor",
        Party::Arbeidsdeskundige => "labour expert",
        Party::Uwv => "UWV",
    }
}

/// A party as the subject of a sentence, seen from the role ("You", "Your employer", …).
pub fn party_for(p: Party, role: Role) -> &'static str {
    match (p, role) {
        (Party::Werknemer, Role::Werknemer) => "You",
        (Party::Werknemer, Role::Werkgever) => "Your employee",
        (Party::Werkgever, Role::Werknemer) => "Your employer",
        (Party::Werkgever, Role::Werkgever) => "You",
        (Party::Samen, Role::Werknemer) => "You and your employer together",
        (Party::Samen, Role::Werkgever) => "You and your employee together",
        (Party::Bedrijfsarts, _) => "The company doctor",
        (Party::Arbeidsdeskundige, _) => "The labour expert",
        (Party::Uwv, _) => "UWV",
    }
}

/// How firm a conclusion is.
pub fn certainty(c: Certainty) -> &'static str {
    match c {
        Certainty::Wet => "Stated in the law",
        Certainty::Regeling => "Stated in a regulation of the minister",
        Certainty::UwvPraktijk => "UWV's way of working",
        Certainty::Oordeel => "Judgement of an expert",
        Certainty::Secundair => "From other sources",
        Certainty::Onzeker => "Not certain",
    }
}

/// Label of a step's status.
pub fn status(s: Status) -> &'static str {
    match s {
        Status::Done(_) => "Done",
        Status::Overdue => "Overdue",
        Status::Now => "Do now",
        Status::Upcoming => "Coming up",
        Status::Passed => "Passed",
        Status::NotApplicable => "Not applicable",
        Status::Unknown => "Not known if done",
    }
}

/// A step's status as its tag reads: events are expected, not done; "do now" only for what
/// the reader does; a deadline whose last day is unsettled is "possibly overdue".
pub fn status_for(s: Status, kind: crate::rules::StepKind, mine: bool, uncertain: bool) -> &'static str {
    use crate::rules::StepKind;
    match (s, kind) {
        (Status::Now, StepKind::Event) => "Soon",
        (Status::Upcoming, StepKind::Event) => "Expected",
        (Status::Passed, StepKind::Event) => "Happened",
        (Status::Now, _) if !mine => "Due now",
        (Status::Overdue, _) if uncertain => "Possibly overdue",
        (s, _) => status(s),
    }
}

/// What an unknown or unanswered question leaves open, for the role.
pub fn open_point(p: OpenPoint, role: Role) -> String {
    let w = role == Role::Werknemer;
    match p {
        OpenPoint::Contract => if w {
            "The type of contract is not known. So we do not know whether your contract can end during the sickness. \
             If that happens, UWV takes over. Check your employment contract."
        } else {
            "The type of contract is not known. So we do not know whether the contract ends during the sickness. If \
             that happens, UWV takes over."
        }
        .to_string(),
        OpenPoint::EigenWerk => if w {
            "It is not yet known whether you can do your own work again. Whether track 2 (spoor 2) is needed depends \
             on this. Ask the company doctor (bedrijfsarts) or a labour expert (arbeidsdeskundige) about it."
        } else {
            "It is not yet known whether your employee can do their own work again. Whether track 2 (spoor 2) is \
             needed depends on this. Ask the company doctor (bedrijfsarts) or a labour expert (arbeidsdeskundige) for \
             their judgement."
        }
        .to_string(),
        OpenPoint::AnderWerk => if w {
            "It is not yet known whether your employer has other suitable work for you. A labour expert \
             (arbeidsdeskundige) can look into this. Whether track 2 (spoor 2) is needed depends on this."
        } else {
            "It is not yet known whether you have other suitable work for your employee. A labour expert \
             (arbeidsdeskundige) can look into this. Whether track 2 (spoor 2) is needed depends on this."
        }
        .to_string(),
        OpenPoint::Mogelijkheden => if w {
            "It is not yet known what the company doctor (bedrijfsarts) thinks you can still do. Without that \
             judgement, it is not possible to say which track fits. Ask the company doctor what you can still do."
        } else {
            "It is not yet known what the company doctor (bedrijfsarts) thinks your employee can still do. Without \
             that judgement, it is not possible to say which track fits. Ask the company doctor for this judgement."
        }
        .to_string(),
        OpenPoint::StapGedaan(id) => {
            let title = step(id, role).title;
            if w {
                format!(
                    "It is not known whether the step ‘{title}’ has been done yet. So we do not know for sure whether \
                     it is on time. Ask your employer."
                )
            } else {
                format!(
                    "You have not filled in whether the step ‘{title}’ has been done yet. So we do not know for sure \
                     whether it is on time. Check this in the re-integration file."
                )
            }
        }
    }
}

/// The answer a field stands for, as a noun phrase ("the first day of sickness").
pub fn field_label(f: Field) -> String {
    match f {
        Field::FirstSickDay => "the first day of sickness".to_string(),
        Field::RecoveredOn => "the recovery date".to_string(),
        Field::EarlierPeriods => "the earlier periods of sickness".to_string(),
        Field::ContractEnd => "the end date of the contract".to_string(),
        Field::Done(id) => format!("the step ‘{}’", step(id, Role::Werkgever).title),
        Field::WazoLeave => "the pregnancy and maternity leave".to_string(),
    }
}

/// Number of an earlier period as the user sees it. The engine's `index` is the 0-based
/// position in `Situation::earlier_periods`; users count from 1.
fn period_no(index: usize) -> usize {
    index + 1
}

/// A precise message that says which answer to change.
pub fn input_error(e: &InputError) -> String {
    match e {
        InputError::FirstSickDayInFuture { first_sick_day, today } => format!(
            "The first day of sickness ({}) is after today ({}). Fill in the first day on which you or your employee \
             was sick. That is today or earlier.",
            date_text(*first_sick_day),
            date_text(*today)
        ),
        InputError::RecoveredNotAfterFirstSickDay { recovered_on, first_sick_day } => format!(
            "The recovery date ({}) is not after the first day of sickness ({}). Change the recovery date or the \
             first day of sickness.",
            date_text(*recovered_on),
            date_text(*first_sick_day)
        ),
        InputError::RecoveredInFuture { recovered_on } => format!(
            "The recovery date ({}) is after today. Only fill in a recovery date if the recovery has already \
             happened. Change the date or leave the recovery date empty.",
            date_text(*recovered_on)
        ),
        InputError::PeriodEndsBeforeStart { index } => format!(
            "In earlier period of sickness {}, the last day is before the first day. Change the dates of that period.",
            period_no(*index)
        ),
        InputError::PeriodNotBeforeCurrent { index } => format!(
            "Earlier period of sickness {} does not end before the first day of sickness of the current sickness. An \
             earlier period must be completely before that day. Change the dates of that period or the first day of \
             sickness.",
            period_no(*index)
        ),
        InputError::PeriodsOverlap { first, second } => format!(
            "Earlier periods of sickness {} and {} overlap. Change the dates, or make them into one period.",
            period_no(*first),
            period_no(*second)
        ),
        InputError::TooManyPeriods { count, max } => format!(
            "You filled in {count} earlier periods of sickness. There can be {max} at most. Periods from before a \
             break of 4 weeks or more do not count. You can leave them out."
        ),
        InputError::DoneBeforeStart { step: id, date } => format!(
            "You filled in that the step ‘{}’ was done on {}. That is before the sickness began. Change the date for \
             that step.",
            step(*id, Role::Werkgever).title,
            date_text(*date)
        ),
        InputError::DoneInFuture { step: id, date } => format!(
            "You filled in that the step ‘{}’ was done on {}. That date is after today. Only fill in steps that have \
             already been done, or change the date.",
            step(*id, Role::Werkgever).title,
            date_text(*date)
        ),
        InputError::WazoLeaveEndsBeforeStart => "The last day of the pregnancy and maternity leave is before the \
                                                 first day. Change the dates of the leave."
            .to_string(),
        InputError::DateOutOfRange { field } => format!(
            "The date for {} is too far in the past or the future to calculate with. Check the year and change the \
             date.",
            field_label(*field)
        ),
    }
}
