//! Texts per step of the 104-week route (poortwachter.md §3), for each role.

use super::StepText;
use crate::rules::{Role, StepId};

/// (what, missed) for one role.
type Pair = (&'static str, &'static str);

/// Title, what and missed for a step, phrased for the role. `missed` is empty only for events
/// (letters, the end of a period) where there is nothing to miss.
pub fn step(id: StepId, role: Role) -> StepText {
    let (title, werknemer, werkgever): (&'static str, Pair, Pair) = match id {
        StepId::ZiekmeldingWerkgever => (
            "Sickness report to the employer",
            (
                "You report sick to your employer on the first day of sickness. Follow your employer's rules for \
                 this. These are often in a sickness absence policy (verzuimreglement). You do not have to say what \
                 illness you have.",
                "If you do not follow reasonable, written rules for reporting sick, your employer may suspend your \
                 pay for a while (loonopschorting). You will still get the pay once you follow the rules again.",
            ),
            (
                "Your employee reports sick on the first day of sickness. This is done according to your written \
                 rules for reporting sick. You may not ask what illness the employee has.",
                "If the employee does not follow reasonable, written rules, you may suspend the pay for a while \
                 (loonopschorting). Tell the employee this straight away. The employee will still get the pay once \
                 they follow the rules again.",
            ),
        ),
        StepId::MeldingBedrijfsarts => (
            "Report to the company doctor or occupational health service",
            (
                "Your employer reports your sickness to the company doctor (bedrijfsarts) or occupational health \
                 service (arbodienst). The law does not set a fixed day. It must be done in time, usually in the \
                 first week. After that, the company doctor invites you. Go to those appointments.",
                "Does your employer report too late? Then the problem analysis (probleemanalyse) may come too late. \
                 UWV can later give your employer a wage sanction (loonsanctie) for this.",
            ),
            (
                "Report the sickness in time to your company doctor (bedrijfsarts) or occupational health service \
                 (arbodienst). The law does not set a fixed day. The contract with the occupational health service \
                 usually says: within the first week. The company doctor must have enough time for the problem \
                 analysis (probleemanalyse).",
                "Do you report too late? Then the problem analysis (probleemanalyse) may come too late. UWV can later \
                 give you a wage sanction (loonsanctie) for this: you then pay wages for up to 52 weeks longer.",
            ),
        ),
        StepId::ZiekmeldingUwvZw => (
            "Sickness report to UWV for the Ziektewet",
            (
                "You fall under a safety net scheme (vangnetregeling), such as the no-riskpolis. That is why your \
                 employer reports your sickness to UWV. UWV then pays a sickness benefit (Ziektewet-uitkering) to \
                 your employer. Your employer keeps paying your wages.",
                "Does your employer report too late? Then UWV can give your employer a fine. Your employer may also \
                 get the benefit later, or not at all. Your employer does keep paying your wages.",
            ),
            (
                "Does your employee fall under a safety net scheme (vangnetregeling)? For example the no-riskpolis, \
                 sickness caused by pregnancy, or organ donation. Then report the sickness to UWV, usually no later \
                 than the first day after 6 weeks of sickness. Sometimes it must be done as early as the fourth day \
                 of sickness.",
                "Do you report too late? Then UWV can give you a fine of up to €455. You may also get the sickness \
                 benefit (Ziektewet-uitkering) later, or not at all.",
            ),
        ),
        StepId::Probleemanalyse => (
            "Problem analysis",
            (
                "The company doctor (bedrijfsarts) writes a problem analysis (probleemanalyse). It says what you can \
                 and cannot still do. It also gives advice on your return to work. Your illness itself is not in \
                 it. Your employer must ask the company doctor for this, no later than in week 6.",
                "Is the problem analysis (probleemanalyse) missing, or does it come too late? Then UWV can later \
                 give your employer a wage sanction (loonsanctie). You can ask your employer or the company doctor \
                 (bedrijfsarts) about it.",
            ),
            (
                "Ask the company doctor (bedrijfsarts) for a problem analysis (probleemanalyse). It must be ready no \
                 later than the end of week 6. It says what your employee can and cannot still do. It also gives \
                 advice on the return to work. Does it only become clear later that the sickness will last a long \
                 time? Then the analysis must be made straight away.",
                "Is the problem analysis (probleemanalyse) missing, or does it come too late? Then UWV can later give \
                 you a wage sanction (loonsanctie): you then pay wages for up to 52 weeks longer. Are you too late? \
                 Then have the analysis made as soon as possible anyway.",
            ),
        ),
        StepId::PlanVanAanpak => (
            "Plan of action",
            (
                "You and your employer make a plan of action (plan van aanpak) together. It says how you will go \
                 back to work, who does what, and when. Your own view on the re-integration also belongs in it. The \
                 plan must be ready within 2 weeks after the problem analysis (probleemanalyse), usually in week 8.",
                "If you do not cooperate with the plan and have no good reason, your employer may stop your pay \
                 (loonstop). If your employer does not make a plan, UWV can give your employer a wage sanction \
                 (loonsanctie).",
            ),
            (
                "You and your employee make a plan of action (plan van aanpak) together. It says how the employee \
                 will go back to work, who does what, and when. Put both your views on the re-integration in it. \
                 Also appoint a case manager. The plan must be ready within 2 weeks after the problem analysis \
                 (probleemanalyse), usually in week 8.",
                "If there is no plan, or it comes too late, UWV can later give you a wage sanction \
                 (loonsanctie): you then pay wages for up to 52 weeks longer. If your employee does not cooperate \
                 and has no good reason, you may stop the pay (loonstop).",
            ),
        ),
        StepId::Evaluatie => (
            "Review of the plan of action",
            (
                "You and your employer regularly discuss how things are going. UWV expects this at least every 6 \
                 weeks. Does something change? Then you and your employer adjust the plan of action (plan van \
                 aanpak). Your employer writes down the agreements in the re-integration file. Read them: are they \
                 correct?",
                "If you do not cooperate with the review or the changes and have no good reason, your employer may \
                 stop your pay. Gaps in the re-integration file can later lead to a wage sanction (loonsanctie) for \
                 your employer.",
            ),
            (
                "Regularly discuss with your employee how things are going. UWV expects this at least every 6 weeks. \
                 Does something change? Then adjust the plan of action (plan van aanpak), together with your \
                 employee. Record every conversation in writing.",
                "The law does not set a fixed deadline. But gaps in the re-integration file count when UWV checks \
                 the re-integration. That can lead to a wage sanction (loonsanctie).",
            ),
        ),
        StepId::ZiekmeldingUwv => (
            "Report to UWV in week 42",
            (
                "Have you been sick for 42 weeks? Then your employer reports your sickness to UWV: the report to UWV \
                 in week 42 (42e-weeksmelding). This way UWV knows that you have been sick for a long time.",
                "Does your employer report too late? Then UWV can give your employer a fine. Ask your employer \
                 whether the report has been made.",
            ),
            (
                "Report your employee's sickness to UWV when the sickness has lasted 42 weeks: the report to UWV in \
                 week 42 (42e-weeksmelding). This must be done no later than the first working day after week 42. \
                 It is best to do it in week 42. You can do this through UWV's employer portal \
                 (werkgeversportaal).",
                "Too late? Then UWV can give you a fine of up to €455. In that case, make the report straight away. \
                 Has the report still not been made after week 81? Then you may have to pay wages for longer if the \
                 WIA application is late because of this.",
            ),
        ),
        StepId::UwvBriefEerstejaarsevaluatie => (
            "Letter from UWV about the first-year evaluation",
            (
                "After the sickness report to UWV, a letter from UWV comes around week 44. In it, UWV gives a \
                 reminder about the first-year evaluation (eerstejaarsevaluatie). Have you heard nothing? Then ask \
                 your employer whether the report to UWV has been made.",
                "",
            ),
            (
                "After the report in week 42, UWV sends a letter around week 44. In it, UWV gives a reminder about \
                 the first-year evaluation (eerstejaarsevaluatie). If you did not get a letter, check that your \
                 report reached UWV properly.",
                "",
            ),
        ),
        StepId::ArbeidsdeskundigOnderzoek => (
            "Assessment by a labour expert",
            (
                "Is it unclear whether you can go back to your own work? Then your employer calls in a labour expert \
                 (arbeidsdeskundige). The labour expert looks at whether your own work, adapted work or other work \
                 with your employer is suitable. And whether track 2 (spoor 2) is needed. Ask for a copy of the \
                 report.",
                "The law does not set a fixed date. But without this assessment, the choice between track 1 (spoor \
                 1) and track 2 (spoor 2) is poorly supported. UWV can then give your employer a wage sanction \
                 (loonsanctie).",
            ),
            (
                "Is it unclear whether your employee can go back to their own work? Then call in a labour expert \
                 (arbeidsdeskundige). The labour expert looks at whether own work, adapted work or other work with \
                 you is suitable. And whether track 2 (spoor 2) is needed. Do this no later than around the \
                 first-year evaluation (eerstejaarsevaluatie).",
                "The law does not set a fixed date. But without this assessment, the choice between track 1 (spoor \
                 1) and track 2 (spoor 2) is poorly supported. UWV can then give you a wage sanction (loonsanctie).",
            ),
        ),
        StepId::Eerstejaarsevaluatie => (
            "First-year evaluation",
            (
                "At the end of the first year of sickness, you and your employer discuss the past year. This happens \
                 between week 46 and week 52. Together you agree on the goal for the second year. Your own view must \
                 be in the report of this talk. By then at the latest, it must be clear whether track 2 (spoor 2) is \
                 needed.",
                "Is the first-year evaluation (eerstejaarsevaluatie) missing, or does it come too late? Then UWV can \
                 give your employer a wage sanction (loonsanctie). If you do not cooperate and have no good reason, \
                 your employer may stop your pay.",
            ),
            (
                "At the end of the first year of sickness, discuss the past year with your employee. This happens \
                 between week 46 and week 52. Agree on the goal for the second year. Put both your views in the \
                 report of this talk. By then at the latest, it must be clear whether track 2 (spoor 2) is needed.",
                "Is the first-year evaluation (eerstejaarsevaluatie) missing, or does it come too late? Then UWV can \
                 give you a wage sanction (loonsanctie): you then pay wages for up to 52 weeks longer.",
            ),
        ),
        StepId::Spoor2StartUiterlijk => (
            "Start of track 2",
            (
                "If your employer has no suitable work for you, your employer must start track 2 (spoor 2): \
                 looking for suitable work with another employer. This must happen as soon as that is clear. No \
                 later than 6 weeks after the first-year evaluation (eerstejaarsevaluatie). You must take part.",
                "Does your employer start too late? Then UWV can give your employer a wage sanction (loonsanctie). \
                 If you do not take part and have no good reason, your employer may stop your pay.",
            ),
            (
                "If you have no suitable work for your employee, start track 2 (spoor 2): looking for suitable \
                 work with another employer. Do this as soon as that is clear. No later than 6 weeks after the \
                 first-year evaluation (eerstejaarsevaluatie). Usually you call in a re-integration agency.",
                "Starting track 2 (spoor 2) too late or too weakly is the most common reason for a wage sanction \
                 (loonsanctie). You then pay wages for up to 52 weeks longer. You may only wait if the company \
                 doctor (bedrijfsarts) or labour expert (arbeidsdeskundige) records a concrete prospect of a return \
                 to work with you within about 3 months.",
            ),
        ),
        StepId::VervroegdeIvaUiterlijk => (
            "Early IVA application",
            (
                "Does the company doctor (bedrijfsarts) expect that you are fully and permanently unable to work? \
                 Then you can apply to UWV for an IVA benefit earlier. For this you need a statement from the \
                 company doctor. Apply well before week 68. You can only do this once.",
                "After this day, the waiting period (wachttijd) can no longer become shorter. You can then only get \
                 the WIA at the end of the 104 weeks.",
            ),
            (
                "Does the company doctor (bedrijfsarts) expect that your employee is fully and permanently unable to \
                 work? Then the employee can apply for an IVA benefit earlier. The employee does this themselves, \
                 with a statement from the company doctor. You can point this out to the employee.",
                "After this day, the waiting period (wachttijd) can no longer become shorter. The WIA can then only \
                 start at the end of the 104 weeks.",
            ),
        ),
        StepId::ZiekmeldingUwv81wkGrens => (
            "Week 81 limit for the report to UWV",
            (
                "This date only counts if your employer has not yet reported your sickness to UWV. That should have \
                 happened after 42 weeks. Ask your employer to do it straight away.",
                "Has the report still not been made after week 81? And do you apply for WIA too late because of \
                 this? Then your employer must pay wages for longer.",
            ),
            (
                "This date only counts if you have not yet made the report to UWV in week 42 (42e-weeksmelding). In \
                 that case, make that report straight away, and in any case no later than the end of week 81.",
                "Has the report still not been made after week 81? And is the WIA application made too late because \
                 of this? Then you must pay wages for longer.",
            ),
        ),
        StepId::UwvWiaBrief => (
            "Letter from UWV about the WIA application",
            (
                "Around week 89, UWV sends you a letter. It explains how to apply for a WIA benefit. Your employer \
                 gets a copy. Does the letter come late? Then your application is usually still in time if you apply \
                 within 4 weeks after the letter.",
                "",
            ),
            (
                "Around week 89, UWV sends your employee a letter about the WIA application. You get a copy. Make \
                 sure the re-integration report (re-integratieverslag) is almost ready by then.",
                "",
            ),
        ),
        StepId::ReIntegratieverslag => (
            "Re-integration report",
            (
                "Your employer makes the re-integration report (re-integratieverslag), in consultation with you. It \
                 contains everything you and your employer have done. The company doctor (bedrijfsarts) adds an \
                 up-to-date opinion. You get a copy and send it with your WIA application.",
                "If you do not get the report in time, ask for it. Is the report not complete? Then UWV asks for \
                 the missing parts. Your application may then be dealt with later.",
            ),
            (
                "Make the re-integration report (re-integratieverslag), in consultation with your employee. It \
                 contains the problem analysis (probleemanalyse), the plan of action (plan van aanpak), the reviews \
                 and the first-year evaluation (eerstejaarsevaluatie). The company doctor (bedrijfsarts) adds an \
                 up-to-date opinion. Give your employee a copy. It must be ready no later than the end of week 91.",
                "Is the report not complete? Then UWV gives a deadline to complete it. This can delay your \
                 employee's application.",
            ),
        ),
        StepId::WiaAanvraag => (
            "WIA application",
            (
                "Apply to UWV for your WIA benefit. You must do this no later than 11 weeks before the end of the \
                 waiting period (wachttijd), in week 93. Send the re-integration report (re-integratieverslag) with \
                 it.",
                "Do you apply too late, without a good reason? Then your WIA benefit starts later. For that extra \
                 time, your employer may refuse to pay your wages. You may then be without income for a while.",
            ),
            (
                "Your employee applies to UWV for the WIA benefit, no later than in week 93. Make sure the \
                 re-integration report (re-integratieverslag) is ready in time. Help your employee if needed.",
                "Does your employee apply too late, without a good reason? Then your duty to pay wages lasts longer. \
                 For that extra time, you may refuse to pay the wages.",
            ),
        ),
        StepId::UwvLoonsanctieBesluit => (
            "UWV assesses the re-integration",
            (
                "With the WIA application, UWV uses the re-integration report (re-integratieverslag) to check \
                 whether you and your employer have done enough. Has your employer done too little, without a good \
                 reason? Then your employer must pay wages for longer: a wage sanction (loonsanctie). UWV decides on \
                 this no later than on this day.",
                "",
            ),
            (
                "With the WIA application, UWV uses the re-integration report (re-integratieverslag) to check \
                 whether enough has been done. Have you done too little, without a good reason? Then you get a wage \
                 sanction (loonsanctie): you pay wages for up to 52 weeks longer. UWV decides on this no later than \
                 on this day.",
                "",
            ),
        ),
        StepId::EindeWachttijd => (
            "End of the waiting period (104 weeks)",
            (
                "This is the last day of the waiting period (wachttijd) of 104 weeks. After this, your employer no \
                 longer has to pay wages during sickness. This is different if there is a wage sanction \
                 (loonsanctie) or an extension. Do you get WIA? Then it starts the day after. Your contract does not \
                 end automatically.",
                "",
            ),
            (
                "This is the last day of the waiting period (wachttijd) of 104 weeks. After this, you no longer have \
                 to pay wages during sickness. This is different if there is a wage sanction (loonsanctie) or an \
                 extension. Has UWV not yet decided on the WIA? Then UWV pays an advance. The contract does not end \
                 automatically.",
                "",
            ),
        ),
        StepId::EindeOpzegverbod => (
            "End of the ban on dismissal",
            (
                "In the first 2 years of sickness, your employer usually may not dismiss you. This is the last day \
                 of that protection, the ban on dismissal during sickness (opzegverbod). The law says 2 years. That \
                 is a few days longer than 104 weeks, so we show the later date. After that, dismissal because of \
                 long-term sickness is only possible with permission from UWV. A temporary contract does still \
                 simply end on its end date.",
                "",
            ),
            (
                "In the first 2 years of sickness, you may not give your employee notice. This is the last day of \
                 that ban on dismissal during sickness (opzegverbod). The law says 2 years. That is a few days longer \
                 than 104 weeks, so we show the later date. After that, dismissal because of long-term sickness is \
                 only possible with permission from UWV.",
                "",
            ),
        ),
        StepId::ZiekUitDienstMelding => (
            "Report to UWV on leaving employment sick",
            (
                "Does your contract end while you are sick? Then your employer reports your sickness to UWV, no \
                 later than on the last day of your contract. After that, you get a sickness benefit \
                 (Ziektewet-uitkering) from UWV. UWV then helps you with re-integration.",
                "Does your employer report too late? Then your benefit may come later. In that case, contact UWV \
                 yourself.",
            ),
            (
                "Does the contract end while your employee is sick? Then report this to UWV, no later than on the \
                 last day of the contract. Has the employee been sick for 6 weeks or longer by then? Then also send \
                 the re-integration report (re-integratieverslag).",
                "Too late? Then UWV can give you a fine of up to €455. The sickness benefit (Ziektewet-uitkering) \
                 for your employee may then come later.",
            ),
        ),
        StepId::LoonsanctieUiterlijkEinde => (
            "Latest end of a wage sanction",
            (
                "Has UWV given your employer a wage sanction (loonsanctie)? Then you get your wages for longer, up \
                 to 52 extra weeks. Your protection against dismissal also lasts that long. The re-integration simply \
                 continues during that time.",
                "",
            ),
            (
                "Has UWV given you a wage sanction (loonsanctie)? Then you pay wages for longer, up to 52 extra \
                 weeks. Put right what UWV finds missing and tell UWV you have done so. The sanction then ends 6 \
                 weeks after UWV finds that it has been put right.",
                "",
            ),
        ),
        StepId::HersteldmeldingUwv => (
            "Report of recovery to UWV",
            (
                "Your employer gets a sickness benefit (Ziektewet-uitkering) from UWV for you. Have you recovered? \
                 Tell your employer no later than on the second day. Your employer then reports it to UWV within 2 \
                 days.",
                "Does your employer report your recovery too late? Then UWV can give your employer a fine. Nothing \
                 changes for you.",
            ),
            (
                "You get a sickness benefit (Ziektewet-uitkering) from UWV for this employee. Report the recovery to \
                 UWV, no later than on the second day after you heard about it from your employee.",
                "Too late? Then UWV can give you a fine of €70 to €455. Did UWV pay for too long? Then UWV asks for \
                 that money back.",
            ),
        ),
        StepId::UwvZwBeoordeling => (
            "Ziektewet assessment by UWV",
            (
                "After 52 weeks of sickness, UWV checks whether you still have a right to the sickness benefit \
                 (Ziektewet-uitkering). This starts around week 44. Can you earn more than 65% of what you used to \
                 earn? Then the benefit stops a month later.",
                "",
            ),
            (
                "After 52 weeks of sickness, UWV checks whether your former employee still has a right to the \
                 sickness benefit (Ziektewet-uitkering). This starts around week 44. You do not have to do anything \
                 for this.",
                "",
            ),
        ),
    };
    let (what, missed) = match role {
        Role::Werknemer => werknemer,
        Role::Werkgever => werkgever,
    };
    StepText { title, what, missed }
}
