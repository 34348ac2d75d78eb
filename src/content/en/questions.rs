//! Question texts, per role: the page heading, hint, the legends of further parts on a page,
//! option labels, the labels of revealed fields, the short labels on "Check your answers",
//! and the error messages.

pub use crate::content::types::{View, QuestionText};

use chrono::NaiveDate;

use crate::rules::StepId;
use crate::wizard::QuestionId;
use crate::wizard::form::{DateError, FieldRef, Part, Slot};
use crate::wizard::input::FormError;

use super::result::date_text;



fn qt(title: impl Into<String>, hint: impl Into<String>) -> QuestionText {
    QuestionText { title: title.into(), hint: hint.into() }
}

/// `w` for the werknemer, `g` for the werkgever.
fn pick(v: View, w: &str, g: &str) -> String {
    if v == View::Werknemer { w.to_string() } else { g.to_string() }
}

/// The step's name as the step page and the check page show it.
pub fn step_name(s: StepId) -> &'static str {
    match s {
        StepId::Probleemanalyse => "Problem analysis (probleemanalyse)",
        StepId::PlanVanAanpak => "Plan of action (plan van aanpak)",
        StepId::ZiekmeldingUwv => "Report to UWV in week 42 (42e-weeksmelding)",
        StepId::Eerstejaarsevaluatie => "First-year evaluation (eerstejaarsevaluatie)",
        StepId::Spoor2StartUiterlijk => "Start of track 2 (spoor 2)",
        StepId::ZiekUitDienstMelding => "Report to UWV on leaving employment sick (ziek-uit-dienstmelding)",
        StepId::ZiekmeldingUwvZw => "Sickness report to UWV for the Ziektewet",
        StepId::HersteldmeldingUwv => "Report of recovery to UWV (hersteldmelding)",
        StepId::ReIntegratieverslag => "Re-integration report (re-integratieverslag)",
        StepId::WiaAanvraag => "WIA application",
        _ => "Step",
    }
}

/// The page heading and hint. `reference` is the date an earlier-sickness question counts back
/// from, or for the special situations the first sick day.
pub fn question(q: QuestionId, v: View, reference: Option<NaiveDate>) -> QuestionText {
    use QuestionId::*;
    match q {
        Rol => qt("Who are you using Spoorwijzer for?", "We will then adapt the questions and the explanations to you."),
        Contract => qt(
            pick(v, "What kind of contract do you have?", "What kind of contract does your employee have?"),
            pick(v, "Look in your employment contract or ask your employer.", "Choose the contract that applies now."),
        ),
        ContractEinde => qt(
            pick(v, "Does your contract have an end date?", "Does your employee's contract have an end date?"),
            "A temporary contract ends on the end date, even if someone is sick. After that, UWV provides further help.",
        ),
        EersteZiektedag => qt(
            pick(v, "What was your first day of sickness?", "What was your employee's first day of sickness?"),
            pick(
                v,
                "The first day that you could not work (fully) because of sickness. For example 15 3 2026.",
                "The first day that your employee could not work (fully) because of sickness. For example 15 3 2026.",
            ),
        ),
        EerderZiek(_) => {
            let on = reference.map(date_text).unwrap_or_default();
            qt(
                pick(
                    v,
                    &format!("Were you sick another time before that, in the 4 weeks before {on}?"),
                    &format!("Was your employee sick another time before that, in the 4 weeks before {on}?"),
                ),
                earlier_hint(v, reference),
            )
        }
        Situatie => qt(
            pick(v, "How are things with your work now?", "How are things with your employee's work now?"),
            "Choose what applies today.",
        ),
        Bijzonder => qt(
            pick(v, "Do one or more of these situations apply to you?", "Do one or more of these situations apply to your employee?"),
            pick(
                v,
                "Choose all that apply. Extra rules apply to these. You do not have to say what the illness is.",
                "Choose all that apply. Extra rules apply to these. You are not allowed to ask what the illness is. You may \
                 only record the fact that such a rule applies.",
            ),
        ),
        Verlof => qt(
            pick(v, "Have you already had pregnancy or maternity leave?", "Has your employee already had pregnancy or maternity leave?"),
            "Days of this leave do not count towards the 104 weeks of sickness.",
        ),
        VoorVerlof => qt(
            pick(
                v,
                "Just before the leave, were you also sick because of the pregnancy?",
                "Just before the leave, was your employee also sick because of the pregnancy?",
            ),
            "An illness that ended in the 4 weeks before the leave counts together with the illness after it, however long \
             the leave lasted. The days of the leave do not count.",
        ),
        Flex => qt(
            "Did the illness start in the 6 weeks before the due date, or after the leave?",
            "The 6 weeks before the due date are called the flexible period (flexibiliseringsperiode). Did the illness \
             start then, or after the leave? Then the employer must report the illness to UWV as early as the fourth day of \
             sickness.",
        ),
        EigenWerk => qt(
            pick(v, "According to the company doctor, can you do your own work again?", "According to the company doctor, can your employee do their own work again?"),
            "It is about the judgement of the company doctor (bedrijfsarts) or the labour expert (arbeidsdeskundige). Also if that is only for part of the hours.",
        ),
        AnderWerk => qt(
            pick(v, "Is there other suitable work for you with your own employer?", "Do you have other suitable work for your employee?"),
            "Suitable work is work that fits what someone can still do. Often the labour expert (arbeidsdeskundige) says what this is.",
        ),
        Mogelijkheden => qt(
            pick(v, "According to the company doctor, can you work (a little) now?", "According to the company doctor, can your employee work (a little) now?"),
            "The company doctor (bedrijfsarts) calls this 'usable abilities' (benutbare mogelijkheden).",
        ),
        Duurzaam => qt(
            pick(v, "Does the company doctor expect that you will never be able to work again?", "Does the company doctor expect that your employee will never be able to work again?"),
            "This is called fully and permanently unable to work (volledig en duurzaam arbeidsongeschikt). Only the company doctor (bedrijfsarts) can estimate this. UWV decides.",
        ),
        MeerMogelijkheden => qt(
            pick(v, "Can you work more than is possible with your employer now?", "Can your employee work more than is possible with you now?"),
            "For example: the company doctor (bedrijfsarts) says 32 hours, but the employer only has work for 16 hours.",
        ),
        Perspectief => qt(
            pick(
                v,
                "Is there a concrete plan for you to be back at work with your employer for good within 3 months?",
                "Is there a concrete plan for your employee to be back at work with you for good within 3 months?",
            ),
            "Only if the company doctor (bedrijfsarts) or labour expert (arbeidsdeskundige) has written this down. Then track 2 (spoor 2) may wait for a while.",
        ),
        Medewerking => qt(
            "Does your employee cooperate with the re-integration?",
            "For example: keeps to agreements, goes to the company doctor (bedrijfsarts) and takes part in the plan of action (plan van aanpak).",
        ),
        Stappen => qt(
            "Which steps have already been taken?",
            pick(
                v,
                "Not sure? Then choose 'I don't know'. The result will then show you what you can ask about.",
                "Look in the re-integration file. Not sure? Then choose 'I don't know'.",
            ),
        ),
    }
}

fn earlier_hint(v: View, reference: Option<NaiveDate>) -> String {
    let who = if v == View::Werknemer { "you" } else { "your employee" };
    match reference {
        Some(r) => {
            let from = r.checked_sub_days(chrono::Days::new(28)).map(date_text).unwrap_or_default();
            let to = r.pred_opt().map(date_text).unwrap_or_default();
            format!(
                "It is about an illness that ended between {from} and {to}. Then the periods are added together. The cause \
                 does not matter. You do not have to say what {who} had."
            )
        }
        None => format!("Did that illness end less than 4 weeks before the first day of sickness? Then the periods are added together. You do not have to say what {who} had."),
    }
}

/// The legend and hint of a part that is not the page's own question.
pub fn part_text(part: Part, v: View) -> QuestionText {
    match part {
        Part::Main => qt("", ""),
        Part::Earlier => qt(
            pick(v, "Were you also sick in the 4 weeks before that day?", "Was your employee also sick in the 4 weeks before that day?"),
            format!(
                "{} Did {} only do adapted work or work fewer hours in between? Then that was not a recovery: enter the first \
                 day of the whole illness.",
                earlier_hint(v, None),
                if v == View::Werknemer { "you" } else { "your employee" }
            ),
        ),
        Part::Step(s) => qt(step_name(s), step_hint(s, v)),
    }
}

fn step_hint(s: StepId, v: View) -> String {
    match s {
        StepId::Probleemanalyse => pick(
            v,
            "Made by the company doctor (bedrijfsarts): what you can still do and what is needed to work again.",
            "Made by the company doctor (bedrijfsarts): what your employee can still do and what is needed to work again.",
        ),
        StepId::PlanVanAanpak => pick(
            v,
            "The plan that you and your employer make together, with agreements about returning to work.",
            "The plan that you and your employee make together, with agreements about returning to work.",
        ),
        StepId::ZiekmeldingUwv => pick(v, "Your employer reports this to UWV. You will then get a letter from UWV.", "You do this through UWV's employer portal (werkgeversportaal)."),
        StepId::Eerstejaarsevaluatie => "The meeting at the end of the first year of sickness about the goal for the second year.".into(),
        StepId::Spoor2StartUiterlijk => {
            "Looking for suitable work with another employer, often with a re-integration agency.".into()
        }
        StepId::ZiekUitDienstMelding => pick(
            v,
            "Your employer reports to UWV that your contract ends while you are sick.",
            "You report to UWV that the contract ends while your employee is sick.",
        ),
        StepId::ZiekmeldingUwvZw => pick(
            v,
            "Your employer reports your illness to UWV, because UWV then pays your employer a sickness benefit (Ziektewet-uitkering).",
            "You report the illness to UWV to get the sickness benefit (Ziektewet-uitkering) for this employee.",
        ),
        StepId::HersteldmeldingUwv => pick(
            v,
            "Your employer reports to UWV that you have recovered.",
            "You report to UWV that your employee has recovered.",
        ),
        StepId::ReIntegratieverslag => pick(
            v,
            "Your employer's report on the whole re-integration. You get a copy of it.",
            "Your report on the whole re-integration. Your employee gets a copy.",
        ),
        StepId::WiaAanvraag => pick(
            v,
            "You apply for the WIA benefit yourself at UWV. UWV sends a letter around week 89.",
            "Your employee applies for the WIA benefit themselves at UWV.",
        ),
        _ => String::new(),
    }
}

/// Label and optional hint of an option. `reference`: the first sick day (for the AOW option).
pub fn option(q: QuestionId, id: &str, v: View, reference: Option<NaiveDate>) -> (String, Option<String>) {
    use QuestionId::*;
    let s = |l: &str| (l.to_string(), None);
    let h = |l: &str, hint: &str| (l.to_string(), Some(hint.to_string()));
    match (q, id) {
        (Rol, "werknemer") => h("I am an employee and I am sick", "Or you are helping someone who is sick, such as a partner."),
        (Rol, "werkgever") => h("I am an employer", "You have an employee who is sick."),
        (Rol, "adviseur") => h("I advise an employer", "For example as a case manager or re-integration agency."),
        (Contract, "vast") => s("Permanent contract (no end date)"),
        (Contract, "tijdelijk") => s("Temporary contract (fixed term)"),
        (Contract, "uitzend") => s("Agency worker contract"),
        (Contract, "oproep") => s("On-call contract or zero-hours contract"),
        (Contract, "zzp") => h("No contract: self-employed (zzp)", "Then these rules do not apply."),
        (Contract, "uitgezonderd") => h("Military, police, judiciary or political office", "These civil servants have their own rules."),
        (ContractEinde, "datum") => s("Yes, the contract ends or ended on a date"),
        (ContractEinde, "geen") => s("No"),
        (Situatie, "ziek") => s(&pick(v, "I am not working yet", "My employee is not working yet")),
        (Situatie, "gedeeltelijk") => h(
            &pick(v, "I am working again for part of the time, or doing other work", "My employee is working again for part of the time, or doing other work"),
            "The 104 weeks then simply continue.",
        ),
        (Situatie, "hersteld") => h(
            &pick(v, "I have fully recovered", "My employee has fully recovered"),
            &pick(v, "You are doing all your own work again, all hours.", "Your employee is doing all their own work again, all hours."),
        ),
        (Bijzonder, "zwangerschap") => s("The illness is caused by pregnancy or childbirth"),
        (Bijzonder, "orgaandonatie") => s("The illness is caused by organ donation"),
        (Bijzonder, "no-risk") => h("The no-riskpolis applies", "For example with a work disability (arbeidsbeperking) or after a Wajong or WIA benefit."),
        (Bijzonder, "aow") => {
            let by = reference.and_then(|d| d.checked_add_months(chrono::Months::new(24))).map(date_text).unwrap_or_default();
            h(
                &pick(v, &format!("I will reach the state pension age before {by}"), &format!("My employee will reach the state pension age before {by}")),
                "The state pension age (AOW-leeftijd) is 67 years, and 67 years and 3 months from 2028. That date is 2 years after the first day of sickness.",
            )
        }
        (Bijzonder, "proeftijd") => h(
            &pick(v, "My contract was ended during the probation period", "I ended the contract during the probation period"),
            "During the probation period, the ban on dismissal during sickness (opzegverbod) does not apply.",
        ),
        (Bijzonder, "eigenrisicodrager") => h(
            "We are a self-insurer (eigenrisicodrager) for the Ziektewet",
            "Then you pay the sickness benefit (Ziektewet-uitkering) yourself if the contract of a sick employee ends.",
        ),
        (Bijzonder, "geen") => s("No, none of these"),
        (EigenWerk, "ja") => s(&pick(v, "Yes, my own work", "Yes, their own work")),
        (EigenWerk, "aangepast") => s("Yes, but adapted or for fewer hours"),
        (EigenWerk, "nee") => s(&pick(v, "No, my own work is no longer possible", "No, their own work is no longer possible")),
        (Mogelijkheden, "beperkt") => s(&pick(v, "Yes, I can do some work, or other work", "Yes, my employee can do some work, or other work")),
        (Mogelijkheden, "geen") => s(&pick(v, "No, I cannot work at all now", "No, my employee cannot work at all now")),
        (_, "ja") => s("Yes"),
        (_, "nee") => s("No"),
        (_, "weet-niet") => s("I don't know"),
        _ => s(id),
    }
}

/// The label of a revealed or plain input.
pub fn field_label(q: QuestionId, f: FieldRef) -> &'static str {
    use QuestionId::*;
    match (q, f.part, f.slot) {
        (_, _, Slot::Number) => "Percentage of the usual hours (optional)",
        (ContractEinde, _, _) => "Last day of the contract",
        (EersteZiektedag, Part::Main, _) => "First day of sickness",
        (EersteZiektedag | EerderZiek(_) | VoorVerlof, _, Slot::Date2) => "Last day of sickness in that period",
        (EersteZiektedag | EerderZiek(_) | VoorVerlof, _, _) => "First day of sickness in that period",
        (Situatie, _, _) => "Date",
        (Verlof, _, Slot::Date2) => "Last day of the leave",
        (Verlof, _, _) => "First day of the leave",
        (Bijzonder, _, _) => "Last day of the contract",
        (Stappen, _, _) => "Date it was done",
        _ => "Date",
    }
}

/// The label of a revealed date on the situation page, which depends on the option.
pub fn situation_date_label(option: &str) -> &'static str {
    if option == "hersteld" { "First day fully back at work" } else { "Since when (optional)" }
}

/// The short label of an answer on "Check your answers".
pub fn check_label(q: QuestionId, part: Part) -> String {
    use QuestionId::*;
    match (q, part) {
        (_, Part::Step(s)) => step_name(s).to_string(),
        (EersteZiektedag, Part::Earlier) => "Sick in the 4 weeks before".into(),
        (Rol, _) => "You are".into(),
        (Contract, _) => "Type of contract".into(),
        (ContractEinde, _) => "End date of the contract".into(),
        (EersteZiektedag, _) => "First day of sickness".into(),
        (EerderZiek(_), _) => "Another earlier period of sickness".into(),
        (Situatie, _) => "Situation now".into(),
        (Bijzonder, _) => "Special situations".into(),
        (Verlof, _) => "Pregnancy and maternity leave".into(),
        (VoorVerlof, _) => "Sick just before the leave".into(),
        (Flex, _) => "Illness started in the 6 weeks before the birth or after the leave".into(),
        (EigenWerk, _) => "Own work".into(),
        (AnderWerk, _) => "Other work with the same employer".into(),
        (Mogelijkheden, _) => "Ability to work".into(),
        (Duurzaam, _) => "Fully and permanently unable to work".into(),
        (MeerMogelijkheden, _) => "More ability to work than is used now".into(),
        (Perspectief, _) => "Prospect of return within 3 months".into(),
        (Medewerking, _) => "Cooperation of the employee".into(),
        (Stappen, _) => "Steps".into(),
    }
}

/// The message for an input error, a full sentence. `label` names the field.
pub fn form_error(e: FormError, q: QuestionId, f: FieldRef) -> String {
    let label = super::result::lower_first(field_label(q, f));
    let l = label.trim_end_matches(" (optional)");
    match e {
        FormError::KiesAntwoord => match f.part {
            Part::Step(s) => format!("Choose an answer for ‘{}’.", step_name(s)),
            Part::Earlier => "Choose whether there was also sickness in the 4 weeks before.".into(),
            Part::Main if q == QuestionId::Bijzonder => "Choose what applies, or choose 'No, none of these'.".into(),
            Part::Main => "Choose an answer.".into(),
        },
        FormError::Datum(d) => match d {
            DateError::Leeg => format!("Enter the {l}."),
            DateError::DagOntbreekt => format!("The {l} must include a day."),
            DateError::MaandOntbreekt => format!("The {l} must include a month."),
            DateError::JaarOntbreekt => format!("The {l} must include a year."),
            DateError::DagOngeldig => "The day must be between 1 and 31.".into(),
            DateError::MaandOngeldig => "The month must be between 1 and 12.".into(),
            DateError::JaarOngeldig => "Enter the year with four digits, for example 2026.".into(),
            DateError::BestaatNiet => "This date does not exist. Check the day and the month.".into(),
            DateError::InToekomst => "This date is in the future. Enter a date up to and including today.".into(),
            DateError::Voor(min) => format!("The date must be on or after {}.", date_text(min)),
            DateError::Na(max) => format!("The date must be on or before {}.", date_text(max)),
        },
        FormError::PeriodeTeVroeg { next_start } => format!(
            "This illness ended 4 weeks or more before {}. Then it does not count. Choose 'No'.",
            date_text(next_start)
        ),
        FormError::EindeVoorBegin => "The last day cannot be before the first day.".into(),
        FormError::PeriodeNietVoor { next_start } => {
            format!("The last day of sickness must be before {}.", date_text(next_start))
        }
        FormError::AlleenOfGeen => "Choose 'No, none of these' or 'I don't know' on its own, without also choosing a situation.".into(),
        FormError::EenOorzaak => "Choose pregnancy or organ donation as the cause, not both.".into(),
        FormError::Procent => "Enter a whole number from 1 to 100, or leave it empty.".into(),
    }
}
