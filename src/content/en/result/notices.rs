//! Texts per notice (special situations and risks), for each role.

use super::Text;
use crate::rules::{NoticeId, Role};

const fn t(title: &'static str, body: &'static str) -> Text {
    Text { title, body }
}

/// Title and body of a notice, phrased for the role.
pub fn notice(id: NoticeId, role: Role) -> Text {
    let (werknemer, werkgever) = match id {
        NoticeId::ContractEindigtTijdensZiekte => (
            t(
                "Your contract ends while you are sick",
                "A temporary contract also ends on its end date when you are sick. Your employer then reports to UWV \
                 on the last day at the latest that you leave employment sick. After that you get a sickness benefit \
                 (Ziektewet-uitkering) from UWV. UWV then helps you further with re-integration. The waiting period \
                 (wachttijd) of 104 weeks simply goes on.",
            ),
            t(
                "The contract ends during the sickness",
                "A temporary contract also ends on its end date during sickness. The ban on dismissal during sickness \
                 (opzegverbod) does not change that. On the last day at the latest, make the report to UWV on leaving \
                 employment sick (ziek-uit-dienstmelding). After that UWV pays the sickness benefit \
                 (Ziektewet-uitkering) and takes over the re-integration. Are you a self-insurer (eigenrisicodrager) \
                 for the Ziektewet? Then you pay yourself and you stay responsible for the re-integration.",
            ),
        ),
        NoticeId::ZiekNaEindeContract => (
            t(
                "Sick within 4 weeks after your contract ended",
                "You became sick within 4 weeks after your contract ended. Then you can get a sickness benefit \
                 (Ziektewet-uitkering) from UWV. Your former employer does not have to pay you. Report your sickness \
                 to UWV as soon as possible.",
            ),
            t(
                "Sick after the contract ended",
                "Your former employee became sick within 4 weeks after the contract ended. You do not have to pay \
                 wages and you have no re-integration duties. The former employee reports sick to UWV. Are you a \
                 self-insurer (eigenrisicodrager) for the Ziektewet? Then the benefit can be at your cost.",
            ),
        ),
        NoticeId::ZwangerschapUwv => (
            t(
                "Sick because of pregnancy or childbirth",
                "Are you sick because of your pregnancy or childbirth? Then your employer gets a sickness benefit \
                 (Ziektewet-uitkering) from UWV. Your employer must report you to UWV in time for this. The days of \
                 your pregnancy and maternity leave do not count towards the 104 weeks. You have extra protection \
                 against dismissal.",
            ),
            t(
                "Sickness because of pregnancy or childbirth",
                "For sickness because of pregnancy or childbirth, UWV pays you a sickness benefit \
                 (Ziektewet-uitkering) of 100% of the daily wage. Report the sickness to UWV in time. Your \
                 re-integration duties still apply. The days of the leave do not count towards the 104 weeks. There \
                 is extra protection against dismissal. You may not ask about the illness itself.",
            ),
        ),
        NoticeId::NoRiskPolis => (
            t(
                "The no-riskpolis applies to you",
                "Are you sick? Then your employer gets a sickness benefit (Ziektewet-uitkering) from UWV. That is the \
                 no-riskpolis. It usually applies until 5 years after the start of your contract. Little changes for \
                 you. Your employer pays your wages and helps you with re-integration.",
            ),
            t(
                "The no-riskpolis applies to this employee",
                "Report the sickness to UWV, on the first day after 6 weeks of sickness at the latest. UWV then pays \
                 you a sickness benefit (Ziektewet-uitkering). You deduct it from the wages you pay. Your \
                 re-integration duties stay the same. Voluntarily extending the continued pay is then not possible.",
            ),
        ),
        NoticeId::OrgaandonatieUwv => (
            t(
                "Sick because of organ donation",
                "Are you sick because you donated an organ? Then your employer gets a sickness benefit \
                 (Ziektewet-uitkering) from UWV for that sickness. Your employer must report you to UWV in time for \
                 this. Nothing changes for your wages or your re-integration.",
            ),
            t(
                "Sickness because of organ donation",
                "Is your employee sick because of organ donation? Then you get a sickness benefit \
                 (Ziektewet-uitkering) from UWV for that sickness, of 100% of the daily wage. Report the sickness to \
                 UWV, on the first day after 6 weeks of sickness at the latest. Your re-integration duties still \
                 apply.",
            ),
        ),
        NoticeId::VervroegdeIva => (
            t(
                "You can apply for an IVA benefit earlier",
                "You said that the company doctor (bedrijfsarts) expects that you are fully and permanently unable to \
                 work. Then you can apply for an IVA benefit before the 104 weeks are over. You do this yourself at \
                 UWV, with a statement from the company doctor. Apply well before week 68. You can do it only once. \
                 UWV decides.",
            ),
            t(
                "Your employee can apply for an IVA benefit earlier",
                "You said that the company doctor (bedrijfsarts) expects that your employee is fully and permanently \
                 unable to work. Then your employee can apply for an IVA benefit earlier. The employee does this \
                 themselves at UWV, with a statement from the company doctor. This must be well before week 68. UWV \
                 decides.",
            ),
        ),
        NoticeId::ZiekmeldingUwvTeLaat => (
            t(
                "The report to UWV is overdue",
                "Your employer should have reported your sickness to UWV after 42 weeks (42e-weeksmelding). According \
                 to your answers, this has not happened yet. Ask your employer to do it at once. UWV can give your \
                 employer a fine. Nothing changes for your wages now.",
            ),
            t(
                "The report to UWV in week 42 (42e-weeksmelding) is overdue",
                "Report your employee's sickness to UWV at once. UWV can give you a fine of up to €455. You do not get \
                 a wage sanction (loonsanctie) for this. But do not wait: if the report is still missing after week \
                 81, you may have to pay wages for longer.",
            ),
        ),
        NoticeId::LoonsanctieRisico => (
            t(
                "Risk of a wage sanction for your employer",
                "A step was taken too late or is still missing. Because of this, UWV can later give your employer a \
                 wage sanction (loonsanctie), unless there is a good reason. Your employer must then pay your wages \
                 for up to 52 weeks longer. Your WIA assessment then moves to a later date. Discuss with your \
                 employer how a missing step can still be taken now.",
            ),
            t(
                "Risk of a wage sanction",
                "A step was taken too late or is still missing. If your employee applies for WIA, UWV checks what \
                 was done. UWV can then give you a wage sanction (loonsanctie): paying wages for up to 52 weeks \
                 longer. UWV cannot do that if you had a good reason (deugdelijke grond). Take a missing step now, \
                 even though it is late. Write down in the re-integration file why a step was taken later.",
            ),
        ),
        NoticeId::LoonopschortingMogelijk => (
            t(
                "If you do not cooperate, your pay can stop",
                "You must cooperate with your re-integration. Do you refuse without a good reason? Then your employer \
                 may suspend or stop your pay. Do you keep refusing after a warning? Then your protection against \
                 dismissal can also end. Do you have a reason? Discuss it, and if needed ask UWV for an expert \
                 opinion (deskundigenoordeel).",
            ),
            t(
                "If your employee does not cooperate",
                "Does your employee not follow reasonable, written rules for sickness checks (controleregels)? Then \
                 you may suspend the pay until the employee does. Does the employee refuse suitable work or refuse \
                 to cooperate, without a good reason? Then you may stop the pay for that time. Say so in writing at \
                 once and keep a record of everything. In case of doubt, you can ask UWV for an expert opinion \
                 (deskundigenoordeel).",
            ),
        ),
        NoticeId::Samentelling => (
            t(
                "Your periods of sickness count together",
                "You were sick before, and then well for less than 4 weeks. Then the periods of sickness count \
                 together. It does not matter whether it is the same illness. The days you were well do not count. \
                 The weeks count from the first day of sickness of the first period.",
            ),
            t(
                "The periods of sickness count together",
                "Your employee was sick before, and then well for less than 4 weeks. Then the periods of sickness \
                 count together. The cause does not matter. The days the employee was well do not count. Give UWV \
                 the first day of sickness of the first period.",
            ),
        ),
        NoticeId::GeenSamentelling => (
            t(
                "An earlier period of sickness does not count",
                "There were 4 weeks or more between an earlier period of sickness and this sickness. Then that earlier \
                 period does not count. The counting of the weeks starts again.",
            ),
            t(
                "An earlier period of sickness does not count",
                "There were 4 weeks or more between an earlier period of sickness and this sickness. Then that earlier \
                 period does not count. The counting of the weeks starts again, also for the problem analysis \
                 (probleemanalyse) and the plan of action (plan van aanpak).",
            ),
        ),
        NoticeId::AdoAdvies => (
            t(
                "An assessment by a labour expert helps",
                "It is not clear yet whether you can go back to your own work or to other work with your employer. A \
                 labour expert (arbeidsdeskundige) can look into this. Ask your employer for this assessment, \
                 preferably before week 46. Then ask for a copy of the report.",
            ),
            t(
                "Have a labour expert carry out an assessment",
                "It is not clear yet whether your employee can go back to their own work or to other work with you. \
                 Have a labour expert (arbeidsdeskundige) look into this, preferably before week 46. Without this \
                 assessment, the decision about track 2 (spoor 2) has a weak basis. That is a risk of a wage sanction \
                 (loonsanctie).",
            ),
        ),
        NoticeId::Spoor2DirectStarten => (
            t(
                "Track 2 must start now",
                "According to the company doctor (bedrijfsarts) or labour expert (arbeidsdeskundige), there is no \
                 suitable work for you with your employer. But according to them, you can still do something. Then \
                 your employer must start track 2 (spoor 2) now. There is no need to wait for the first-year \
                 evaluation (eerstejaarsevaluatie). Track 2 is not a dismissal: your contract goes on.",
            ),
            t(
                "Start track 2 now",
                "You said that, according to the company doctor (bedrijfsarts) or labour expert (arbeidsdeskundige), \
                 there is no suitable work with you. But according to them, your employee can still do something. \
                 Then start track 2 (spoor 2) now. Do not wait for the first-year evaluation (eerstejaarsevaluatie): \
                 the law asks you to start as early as possible. A late start is the most common reason for a wage \
                 sanction (loonsanctie).",
            ),
        ),
        NoticeId::GeenBenutbareMogelijkheden => (
            t(
                "The company doctor says you cannot work now",
                "According to the company doctor (bedrijfsarts), you cannot work at all at the moment. That is why \
                 the re-integration is on hold for now. The company doctor looks again regularly, at least every 6 \
                 weeks. The deadlines do go on, such as the report to UWV in week 42 (42e-weeksmelding) and the \
                 first-year evaluation (eerstejaarsevaluatie). A plan of action (plan van aanpak) that says this is \
                 wise.",
            ),
            t(
                "The company doctor says your employee cannot work now",
                "According to the company doctor (bedrijfsarts), your employee cannot work at all at the moment. That \
                 is why the re-integration is on hold for now. Have the company doctor look again regularly, at least \
                 every 6 weeks. The deadlines do go on. Still make a plan of action (plan van aanpak) that says this.",
            ),
        ),
        NoticeId::HerstelTerugval => (
            t(
                "Do you become sick again within 4 weeks?",
                "You have recovered. Do you become sick again within 4 weeks? Then the new sickness counts together \
                 with the previous period, even if it is a different illness. After 4 weeks or more, the counting \
                 starts again.",
            ),
            t(
                "Does your employee become sick again within 4 weeks?",
                "Your employee has recovered. Does the employee become sick again within 4 weeks? Then the new \
                 sickness counts together with the previous period, even if the cause is different. After 4 weeks or \
                 more, the counting starts again.",
            ),
        ),
        NoticeId::WachttijdVoorbij => (
            t(
                "The 104 weeks are over",
                "The waiting period (wachttijd) of 104 weeks is over. Your employer no longer has to pay wages \
                 during sickness. That is different with a wage sanction (loonsanctie) or if the period was \
                 extended. UWV decides about the WIA. Your contract does not end by itself. What happens after 104 \
                 weeks is outside the scope of this guide.",
            ),
            t(
                "The 104 weeks are over",
                "The waiting period (wachttijd) of 104 weeks is over. You no longer have to pay wages during \
                 sickness. That is different with a wage sanction (loonsanctie) or if the period was extended. The \
                 contract does not end by itself. Dismissal because of long-term sickness is only possible with \
                 permission from UWV. What happens after 104 weeks is outside the scope of this guide.",
            ),
        ),
        NoticeId::ReIntegratievisie => (
            t(
                "Your own view belongs in the plan",
                "The plan of action (plan van aanpak) and the first-year evaluation (eerstejaarsevaluatie) must contain \
                 your own view on the re-integration. And your employer's view. This way UWV can see later what you \
                 both thought. Write down your view yourself, or check that it was written down correctly.",
            ),
            t(
                "Put both views in the plan",
                "The plan of action (plan van aanpak) and the first-year evaluation (eerstejaarsevaluatie) must contain \
                 your employee's view on the re-integration. And yours. This is required. Let the employee write down \
                 their view or check it.",
            ),
        ),
        NoticeId::OproepkrachtLoon => (
            t(
                "On-call worker: your pay during sickness",
                "As an on-call worker (oproepkracht) you also have a right to pay during sickness, as long as your \
                 contract runs. How much that is depends on what you would have earned. That is complicated, and \
                 this guide does not work it out. Ask for advice from the Juridisch Loket (free legal advice) or \
                 your trade union.",
            ),
            t(
                "On-call worker: pay during sickness",
                "An on-call worker (oproepkracht) also has a right to pay during sickness, as long as the contract \
                 runs. How much that is depends on what the employee would have earned. That is complicated, and \
                 this guide does not work it out. Ask for advice if you are in doubt.",
            ),
        ),
        NoticeId::Uitzendbeding => (
            t(
                "Agency worker: your contract can end when you are sick",
                "Your agency contract may contain an agency clause (uitzendbeding). Then your contract ends when you \
                 become sick. This is usually only possible in the first phase of the collective labour agreement for \
                 agency work (uitzend-cao). Does your contract end? Then you get a sickness benefit \
                 (Ziektewet-uitkering). Does it not end? Then the agency is your employer and the normal rules apply.",
            ),
            t(
                "Agency worker and agency clause",
                "Does the contract contain an agency clause (uitzendbeding)? Then the contract can end at sickness. \
                 This is usually only possible in the first phase of the collective labour agreement for agency work \
                 (uitzend-cao). Does the contract end? Then make the report to UWV on leaving employment sick \
                 (ziek-uit-dienstmelding). Does it not end? Then you are the employer and the normal rules apply.",
            ),
        ),
        NoticeId::WazoNietGeteld => (
            t(
                "Your leave does not count",
                "The days of your pregnancy and maternity leave do not count towards the 104 weeks. Because of this, \
                 the dates move later. Were you sick before and after the leave from the same cause? Then those \
                 periods count together. With a different cause, the counting starts again.",
            ),
            t(
                "The leave does not count",
                "The days of the pregnancy and maternity leave do not count towards the 104 weeks. Because of this, the \
                 dates move later. Sickness before and after the leave only counts together when the cause is the \
                 same. The company doctor (bedrijfsarts) judges that. You may not ask about the illness itself.",
            ),
        ),
        NoticeId::OordeelDeskundigen => (
            t(
                "Who judges what",
                "The company doctor (bedrijfsarts) judges what you can still do. The labour expert \
                 (arbeidsdeskundige) judges whether work is suitable. If people disagree, UWV gives an opinion. This \
                 guide uses what you filled in about their judgement. We do not decide about it. Do you disagree? \
                 Ask for a second opinion or an expert opinion (deskundigenoordeel) from UWV.",
            ),
            t(
                "Who judges what",
                "The company doctor (bedrijfsarts) judges what your employee can still do. The labour expert \
                 (arbeidsdeskundige) judges whether work is suitable. If people disagree, UWV gives an opinion. This \
                 guide uses what you filled in about their judgement. You decide yourself which programme you start, \
                 and you are responsible for it.",
            ),
        ),
        NoticeId::PerspectiefHerbeoordelen => (
            t(
                "Track 2 can wait, but not for ever",
                "Track 2 (spoor 2) may wait because there is a concrete prospect of permanent work with your employer \
                 within about 3 months. Make sure this plan is on paper. Does it not work out after that time? Then \
                 track 2 must start at once.",
            ),
            t(
                "Track 2 can wait, but not for ever",
                "Track 2 (spoor 2) may wait because there is a concrete prospect of permanent work with you within \
                 about 3 months. Record this plan and the advice in the re-integration file. Does it not work out \
                 after that time? Then start track 2 at once. Otherwise UWV can give a wage sanction (loonsanctie).",
            ),
        ),
        NoticeId::VrijwilligeVerlenging => (
            t(
                "Longer pay instead of WIA now",
                "Is working almost going well? Then you and your employer can ask UWV together to extend the \
                 continued pay. The WIA application then moves to a later date. You must both want this, and UWV \
                 decides. Ask before you apply for WIA.",
            ),
            t(
                "Extending the continued pay voluntarily",
                "Is your employee almost back at work? Then you and your employee can ask UWV together to extend the \
                 continued pay. The WIA application then moves to a later date. You must both want this, and UWV \
                 decides. Ask before the WIA application.",
            ),
        ),
        NoticeId::PaTermijnOnzeker => (
            t(
                "Not certain when the problem analysis was due",
                "Your periods of sickness count together. Because of this, week 6 falls in an earlier period, or just \
                 after the start of this sickness. The rules do not say clearly whether the problem analysis \
                 (probleemanalyse) had to be ready by then. Is there no problem analysis yet? Then ask your employer \
                 to have it made at once.",
            ),
            t(
                "Not certain when the problem analysis was due",
                "The periods of sickness count together. Because of this, week 6 falls in an earlier period, or just \
                 after the start of this sickness. The rules do not say clearly whether the problem analysis \
                 (probleemanalyse) had to be ready by then. Have the company doctor (bedrijfsarts) make the problem \
                 analysis at once, if there is none yet. Write down in the re-integration file why it could not be \
                 done earlier.",
            ),
        ),
        NoticeId::GedeeltelijkWerken => (
            t(
                "You work part of the time again",
                "Good that it is working out. The 104 weeks go on until you can do all your own work again, for all \
                 your hours. The steps and agreements still apply. Discuss at every review whether you can do more. \
                 For the hours you work, you get the pay that goes with that work.",
            ),
            t(
                "Your employee works part of the time again",
                "The 104 weeks go on until your employee can do all their own work again, for all their hours. All \
                 steps still apply. Record the hours and the work in the plan of action (plan van aanpak) and build \
                 up the work step by step with the company doctor (bedrijfsarts). Can your employee do more than you \
                 can offer? Then track 2 (spoor 2) may be needed for the rest.",
            ),
        ),
        NoticeId::ProeftijdOntslag => (
            t(
                "Notice given during the probation period",
                "During the probation period an employer may give notice, also when you are sick. It may not be \
                 because you are sick. After the last day you get a sickness benefit (Ziektewet-uitkering) from UWV. \
                 Contact UWV yourself if your employer does not report you. Do you doubt the dismissal is right? Ask \
                 for advice quickly, for example from the Juridisch Loket (free legal advice).",
            ),
            t(
                "Notice given during the probation period",
                "During the probation period, the ban on dismissal during sickness (opzegverbod) does not apply. The \
                 notice may not be given because of the sickness itself. On the last day, make the report to UWV on \
                 leaving employment sick (ziek-uit-dienstmelding). After that UWV pays the sickness benefit \
                 (Ziektewet-uitkering) and takes over the re-integration.",
            ),
        ),
        NoticeId::EigenrisicodragerZw => (
            t(
                "Your employer is a self-insurer for the Ziektewet",
                "Your employer then pays your sickness benefit (Ziektewet-uitkering) itself after the contract ends. \
                 Your employer also keeps helping you with re-integration, instead of UWV. Spoorwijzer does not work \
                 out those steps by date. Ask your former employer or UWV what applies to you.",
            ),
            t(
                "You are a self-insurer (eigenrisicodrager) for the Ziektewet",
                "After the contract ends, you take the place of UWV. You pay the sickness benefit \
                 (Ziektewet-uitkering) and guide the re-integration: plan of action (plan van aanpak), reviews and a \
                 re-integration report (re-integratieverslag). Report the sickness to UWV within 6 weeks after the \
                 last day. Do you do too little? Then UWV can extend the benefit at your cost for up to 52 weeks. \
                 Spoorwijzer does not work out these steps by date. Ask your insurer or occupational health service \
                 (arbodienst) for help.",
            ),
        ),
        NoticeId::RegelsMogelijkVerouderd => (
            t(
                "The rules may have changed",
                "We have not checked the rules in this guide for a long time. Something may have changed since then. \
                 Check important dates with UWV or ask for advice.",
            ),
            t(
                "The rules may have changed",
                "We have not checked the rules in this guide for a long time. Something may have changed since then. \
                 Check important dates with UWV or ask for advice.",
            ),
        ),
    };
    match role {
        Role::Werknemer => werknemer,
        Role::Werkgever => werkgever,
    }
}
