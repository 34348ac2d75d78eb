//! Texts per right or obligation (poortwachter.md §5), for each role.

use super::DutyText;
use crate::rules::{DutyId, Role};

const fn d(title: &'static str, body: &'static str, consequence: &'static str) -> DutyText {
    DutyText { title, body, consequence }
}

/// Title, body and consequence of a right or obligation, phrased for the role.
pub fn duty(id: DutyId, role: Role) -> DutyText {
    let (werknemer, werkgever) = match id {
        // ---- werkgever: plichten ----
        DutyId::LoonDoorbetalen => (
            d(
                "Continued pay during sickness",
                "Your employer keeps paying your wages for up to 104 weeks, at least 70%. In the first year you get at \
                 least the minimum wage. There is a maximum for high wages. Many collective labour agreements (cao's) \
                 give more. Look in your cao or employment contract.",
                "Are you getting too little? First ask your employer to explain. If that does not help, you can go to \
                 court. For that you usually first need an expert opinion (deskundigenoordeel) from UWV.",
            ),
            d(
                "Continued pay during sickness",
                "You keep paying wages for up to 104 weeks, at least 70%. In the first year at least the minimum wage. \
                 There is a maximum for high wages (the maximum daily wage, maximumdagloon). Many collective labour \
                 agreements (cao's) ask for more. At most 2 waiting days without pay are allowed, and only if this has \
                 been agreed.",
                "Are you paying too little? Then the employee can claim the wages through the courts, with interest \
                 and an increase.",
            ),
        ),
        DutyId::BedrijfsartsInschakelen => (
            d(
                "Bringing in a company doctor",
                "Your employer must bring in a company doctor (bedrijfsarts) or occupational health service \
                 (arbodienst). The company doctor gives advice on what you can still do. The company doctor does not \
                 tell your employer what is wrong with you.",
                "Has your employer not brought in a company doctor? Ask for one. Are steps late because of this? Then \
                 UWV can give your employer a wage sanction (loonsanctie) later.",
            ),
            d(
                "Bringing in a company doctor",
                "You must bring in a company doctor (bedrijfsarts) or occupational health service (arbodienst). Give \
                 the company doctor the information that is needed in good time.",
                "Is the company doctor involved too late? Then the problem analysis (probleemanalyse) can come too \
                 late. That is a risk of a wage sanction (loonsanctie).",
            ),
        ),
        DutyId::ReIntegratieInspannen => (
            d(
                "Making an effort for re-integration",
                "Your employer must help you get back to work. First in your own work or other suitable work with your \
                 employer. This is track 1 (spoor 1). If that does not work, then with another employer: track 2 \
                 (spoor 2). Your employer must start as early as possible.",
                "Is your employer doing too little? Talk about it first. You can also ask UWV for an expert opinion \
                 (deskundigenoordeel). Later, UWV can give your employer a wage sanction (loonsanctie).",
            ),
            d(
                "Making an effort for re-integration",
                "You must help your employee get back to work. First in their own work or other suitable work with \
                 you. This is track 1 (spoor 1). If that does not work, then with another employer: track 2 (spoor \
                 2). Start as early as possible.",
                "Are you doing too little, without a good reason? Then UWV can give you a wage sanction (loonsanctie): \
                 you then pay wages for up to 52 weeks longer.",
            ),
        ),
        DutyId::DossierEnStappen => (
            d(
                "Keeping up the file and the steps",
                "Your employer keeps a re-integration file. It contains the problem analysis (probleemanalyse), the \
                 plan of action (plan van aanpak), the reviews of the plan and the first-year evaluation \
                 (eerstejaarsevaluatie). Later, the re-integration report (re-integratieverslag) is added.",
                "Keep copies of all documents yourself too. Are steps missing? Then UWV can give your employer a wage \
                 sanction (loonsanctie).",
            ),
            d(
                "Keeping up the file and the steps",
                "Keep a re-integration file. It contains the problem analysis (probleemanalyse), the plan of action \
                 (plan van aanpak) and the reviews of the plan. It also contains the first-year evaluation \
                 (eerstejaarsevaluatie) and the re-integration report (re-integratieverslag). Put all agreements in \
                 writing.",
                "Are steps or documents missing? Then UWV can give you a wage sanction (loonsanctie): you then pay \
                 wages for up to 52 weeks longer.",
            ),
        ),
        DutyId::MeldingenUwv => (
            d(
                "Reports to UWV",
                "Your employer reports you sick to UWV when you have been sick for 42 weeks (42e-weeksmelding). Does \
                 your contract end while you are sick? Then your employer reports this on the last day at the latest. \
                 Sometimes a report must be made earlier.",
                "Does your employer report too late? Then UWV can give your employer a fine. Check whether the report \
                 has been made.",
            ),
            d(
                "Reports to UWV",
                "Report your employee sick to UWV after 42 weeks (42e-weeksmelding). Does the contract end while your \
                 employee is sick? Report this on the last day at the latest. With the no-riskpolis, pregnancy or \
                 organ donation, you report earlier. Does UWV pay a benefit? Then report recovery within 2 days.",
                "Too late? Then UWV can give you a fine of up to €455.",
            ),
        ),
        DutyId::MedischePrivacy => (
            d(
                "Medical privacy",
                "Your employer may not ask what is wrong with you. Not about symptoms, treatment or medicines either. \
                 Your employer may also not write it down, not even if you tell them yourself. You discuss that \
                 only with the company doctor (bedrijfsarts).",
                "Does your employer ask about it anyway? You do not have to answer. You can make a complaint to the \
                 Autoriteit Persoonsgegevens (the Dutch data protection authority).",
            ),
            d(
                "Respecting medical privacy",
                "You may not ask about the illness, symptoms, treatment or medicines. You may also not record this, \
                 not even if the employee tells you themselves. You may ask roughly how long the illness will last \
                 and how you can reach the employee.",
                "The company doctor (bedrijfsarts) only tells you what the employee can and cannot do. Do you not \
                 follow these rules? Then the Autoriteit Persoonsgegevens (the Dutch data protection authority) can \
                 take action.",
            ),
        ),
        DutyId::SecondOpinionBetalen => (
            d(
                "Your employer pays for a second opinion",
                "Do you ask for a second opinion from another company doctor (bedrijfsarts)? Then your employer pays \
                 for it.",
                "Ask your company doctor about a second opinion. The advice of the second doctor is not binding.",
            ),
            d(
                "Paying for a second opinion",
                "Does your employee ask for a second opinion from another company doctor (bedrijfsarts)? Then you pay \
                 for it. This is in the Arbowet.",
                "The advice of the second doctor is not binding. The employee's own company doctor looks at it and \
                 decides what to do with it.",
            ),
        ),
        DutyId::Opzegverbod => (
            d(
                "No dismissal during sickness",
                "In the first 2 years of sickness, your employer usually may not dismiss you. A temporary contract \
                 does end on its end date.",
                "Are you dismissed anyway? Then get advice quickly, for example from the Juridisch Loket (free legal \
                 advice) or your trade union.",
            ),
            d(
                "No dismissal during sickness",
                "In the first 2 years of sickness, you may not give your employee notice. An exception is when the \
                 employee keeps refusing to cooperate after a warning or after their pay was stopped. A temporary \
                 contract does end on its end date.",
                "Do you give notice anyway? Then the employee can have the notice annulled.",
            ),
        ),
        DutyId::InformerenBijLoonmaatregel => (
            d(
                "Being told straight away if your pay stops",
                "Does your employer suspend or stop your pay? Then your employer must tell you straight away, with the \
                 reason.",
                "Were you not told straight away? Then the measure may not hold up. Ask for advice.",
            ),
            d(
                "Telling your employee straight away if you suspend or stop pay",
                "Do you suspend or stop the pay? Then tell the employee straight away, with the reason. Do this in \
                 writing.",
                "If you do not do this straight away, the measure may not hold up.",
            ),
        ),
        // ---- werkgever: rechten ----
        DutyId::LoonopschortingEnLoonstop => (
            d(
                "Your pay can be suspended or stopped",
                "Do you not follow reasonable, written rules for sickness? Then your employer may suspend your pay \
                 until you do follow them. Do you refuse suitable work or refuse to cooperate, without a good reason? \
                 Then your employer may stop your pay for that time.",
                "If your pay is suspended, you still get it later. If your pay is stopped, you do not. Do you \
                 disagree? Ask UWV for an expert opinion (deskundigenoordeel).",
            ),
            d(
                "Suspending or stopping pay",
                "Does your employee not follow reasonable, written rules for sickness? Then you may suspend the pay \
                 until the employee does follow them. Does the employee refuse suitable work or refuse to cooperate, \
                 without a good reason? Then you may stop the pay for that time.",
                "Tell the employee straight away in writing and record everything. A recorded refusal is a good \
                 reason when UWV checks later.",
            ),
        ),
        DutyId::DeskundigenoordeelWerkgever => (
            d(
                "Your employer can ask for an expert opinion",
                "Is the re-integration stuck? Then your employer can ask UWV for an expert opinion \
                 (deskundigenoordeel). For example about whether work is suitable, or whether you are cooperating \
                 enough.",
                "You can also ask for an expert opinion yourself. The opinion is not binding, but it carries a lot of \
                 weight.",
            ),
            d(
                "Asking for an expert opinion",
                "Is the re-integration stuck? Then you can ask UWV for an expert opinion (deskundigenoordeel). For \
                 example about whether work is suitable, whether the employee is cooperating enough, or whether you \
                 yourself are doing enough.",
                "It costs about €400. See uwv.nl for the current amount. The answer usually comes within 2 to 4 weeks. \
                 The opinion is not binding, but it carries a lot of weight.",
            ),
        ),
        // ---- werknemer: plichten ----
        DutyId::ZiekmeldenEnBereikbaar => (
            d(
                "Reporting sick and being reachable",
                "Report sick following your employer's rules. Make sure you can be reached. Go to the appointments \
                 with the company doctor (bedrijfsarts).",
                "If you do not do this, your employer may suspend your pay until you do. You will still get the pay \
                 afterwards.",
            ),
            d(
                "Reporting sick and being reachable",
                "Your employee must report sick following your written rules. The employee must be reachable and go \
                 to the appointments with the company doctor (bedrijfsarts).",
                "Does the employee not do this? Then you may suspend the pay until the employee does. After that, you \
                 still pay it.",
            ),
        ),
        DutyId::HerstelNietBelemmeren => (
            d(
                "Not working against your recovery",
                "Do nothing that works against your recovery or slows it down. Do not give false information at a \
                 medical check.",
                "Do you do this anyway? Then your employer may stop your pay for that time.",
            ),
            d(
                "Not working against recovery",
                "Your employee may not work against their recovery or delay it. The employee may not give false \
                 information at a medical check.",
                "Does this happen anyway? Then you may stop the pay for that time. Say so straight away in writing.",
            ),
        ),
        DutyId::PassendeArbeidVerrichten => (
            d(
                "Doing suitable work",
                "Does your employer offer suitable work? Then you must do it. Suitable work is work that fits what you \
                 can still do. It can be different work from your own work. Your contract does not change because of \
                 this.",
                "Do you refuse without a good reason? Then your employer may stop your pay. If you keep refusing, your \
                 protection against dismissal can also end. Are you unsure whether the work is suitable? Ask UWV for \
                 an expert opinion (deskundigenoordeel).",
            ),
            d(
                "Doing suitable work",
                "Do you offer suitable work? Then your employee must do it. Suitable work fits what the employee can \
                 still do. The contract does not change because of this.",
                "Does the employee refuse without a good reason? Then you may stop the pay. Does the employee keep \
                 refusing after a warning or after their pay was stopped? Then the ban on dismissal during sickness \
                 (opzegverbod) no longer applies.",
            ),
        ),
        DutyId::MeewerkenPlanVanAanpak => (
            d(
                "Cooperating on the plan of action",
                "Cooperate in making, discussing and changing the plan of action (plan van aanpak). Follow reasonable \
                 agreements and cooperate with measures, including track 2 (spoor 2).",
                "Do you refuse without a good reason? Then your employer may stop your pay.",
            ),
            d(
                "Cooperating on the plan of action",
                "Your employee must cooperate in making, discussing and changing the plan of action (plan van aanpak). \
                 And with reasonable measures, including track 2 (spoor 2).",
                "Does the employee refuse without a good reason? Then you may stop the pay. Record this in the \
                 re-integration file.",
            ),
        ),
        DutyId::WiaAanvragen => (
            d(
                "Applying for WIA on time",
                "Apply to UWV for a WIA benefit in week 93 at the latest. UWV sends you a letter around week 89.",
                "Too late, without a good reason? Then your WIA starts later. Your employer may refuse to pay your \
                 wages for that extra time.",
            ),
            d(
                "Applying for WIA on time",
                "Your employee applies to UWV for a WIA benefit in week 93 at the latest.",
                "Too late, without a good reason? Then your duty to pay wages lasts longer. You may refuse to pay \
                 wages for that extra time.",
            ),
        ),
        // ---- werknemer: rechten ----
        DutyId::LoonTijdensZiekte => (
            d(
                "Pay during sickness",
                "You get wages for up to 104 weeks when you are sick, at least 70%. In the first year at least the \
                 minimum wage. There is a maximum for high wages. Look in your collective labour agreement (cao): you \
                 often get more.",
                "Are you getting too little? First ask your employer to explain. Do you want to go to court about your \
                 pay? Then you usually first need an expert opinion (deskundigenoordeel) from UWV.",
            ),
            d(
                "Pay during sickness",
                "Your employee has a right to wages for up to 104 weeks, at least 70%. In the first year at least the \
                 minimum wage.",
                "Are you paying too little? Then the employee can claim the wages through the courts.",
            ),
        ),
        DutyId::DiagnoseBlijftPrive => (
            d(
                "Your illness stays private",
                "You do not have to tell your employer what is wrong with you. You discuss that only with the \
                 company doctor (bedrijfsarts). The company doctor \
                 only tells your employer what you can and cannot do.",
                "Does your employer ask about it anyway? You may refuse. You can make a complaint to the Autoriteit \
                 Persoonsgegevens (the Dutch data protection authority).",
            ),
            d(
                "The illness stays private",
                "Your employee does not have to tell you what the illness is. From the company doctor (bedrijfsarts) \
                 you only hear what the employee can and cannot do.",
                "Do not ask about it and do not record it, not even if the employee tells you themselves.",
            ),
        ),
        DutyId::SecondOpinion => (
            d(
                "Asking for a second opinion",
                "Do you have doubts about the advice of the company doctor (bedrijfsarts)? Then you can ask for a \
                 second opinion from another company doctor. Your employer pays for it.",
                "Ask your company doctor about it. The advice of the second doctor is not binding. Your own company \
                 doctor looks at it and decides what to do with it.",
            ),
            d(
                "Second opinion for the employee",
                "Does your employee have doubts about the advice of the company doctor (bedrijfsarts)? Then the \
                 employee can ask for a second opinion from another company doctor. You pay for it.",
                "The advice is not binding. The employee's own company doctor decides what to do with it.",
            ),
        ),
        DutyId::DeskundigenoordeelWerknemer => (
            d(
                "Asking for an expert opinion",
                "Is the re-integration stuck, or do you disagree? Then you can ask UWV for an expert opinion \
                 (deskundigenoordeel). For example about whether work is suitable, or whether your employer is doing \
                 enough.",
                "It costs about €100. See uwv.nl for the current amount. The answer usually comes within 2 to 4 weeks. \
                 The opinion is not binding, but it carries a lot of weight.",
            ),
            d(
                "Your employee can ask for an expert opinion",
                "Does your employee disagree about suitable work or about your efforts? Then the employee can ask UWV \
                 for an expert opinion (deskundigenoordeel).",
                "The opinion is not binding, but it carries a lot of weight with UWV and the courts.",
            ),
        ),
        DutyId::OntslagBescherming => (
            d(
                "Protection against dismissal",
                "In the first 2 years of sickness, your employer usually may not dismiss you. After that, dismissal \
                 because of long-term sickness is only possible with permission from UWV.",
                "The protection ends if you keep refusing to cooperate after a warning or after your pay was stopped. \
                 Are you dismissed? Then get advice quickly.",
            ),
            d(
                "The employee's protection against dismissal",
                "In the first 2 years of sickness, you may not give the employee notice. After that, dismissal because \
                 of long-term sickness is only possible with permission from UWV.",
                "UWV only gives that permission if recovery within 26 weeks is not expected. And if no suitable work is \
                 possible within 26 weeks.",
            ),
        ),
        DutyId::KopieReIntegratieverslag => (
            d(
                "Copy of the re-integration report",
                "Your employer must give you a copy of the re-integration report (re-integratieverslag). You send it \
                 with your WIA application.",
                "Do you not get a copy? Then ask for one in writing. Read it carefully and say what is not correct.",
            ),
            d(
                "Giving a copy of the re-integration report",
                "Give your employee a copy of the re-integration report (re-integratieverslag). The employee sends it \
                 with the WIA application.",
                "Without the report, the WIA application can be delayed.",
            ),
        ),
        DutyId::EigenVisie => (
            d(
                "Your own view in the plan",
                "Your own view on the re-integration must be in the plan of action (plan van aanpak) and the \
                 first-year evaluation (eerstejaarsevaluatie). Next to your employer's view.",
                "Is your view not in it? Then ask for a change. Write down your view yourself and keep a copy.",
            ),
            d(
                "The employee's view in the plan",
                "Your employee's view on the re-integration must be in the plan of action (plan van aanpak) and the \
                 first-year evaluation (eerstejaarsevaluatie). Next to your own view.",
                "Is a view missing? Then the plan is not complete. That can count when UWV checks later.",
            ),
        ),
        DutyId::ZiektewetUitkering => (
            d(
                "Sickness benefit from UWV",
                "Has your contract ended while you are sick? Then you get a sickness benefit (Ziektewet-uitkering) from \
                 UWV. UWV also helps you with re-integration and makes a plan of action (plan van aanpak) with you.",
                "Do you not hear anything from UWV? Then contact UWV yourself. See uwv.nl under ‘ziek zonder \
                 werkgever’ (sick without an employer).",
            ),
            d(
                "Sickness benefit from UWV",
                "Has the contract ended during the sickness? Then your former employee gets a sickness benefit \
                 (Ziektewet-uitkering) from UWV. UWV takes over the re-integration.",
                "Are you a self-insurer (eigenrisicodrager) for the Ziektewet? Then you pay the benefit yourself and \
                 you remain responsible for the re-integration.",
            ),
        ),
        DutyId::MeewerkenUwv => (
            d(
                "Cooperating with UWV",
                "Do you get a sickness benefit (Ziektewet-uitkering)? Then you must cooperate with UWV's \
                 re-integration. Go to the appointments and do what is in the plan.",
                "Do you not cooperate? Then UWV can take a measure. Your benefit can then become lower.",
            ),
            d(
                "Cooperating with UWV",
                "Your former employee must cooperate with UWV's re-integration.",
                "Are you a self-insurer (eigenrisicodrager) for the Ziektewet? Then you guide the re-integration \
                 yourself and the employee must cooperate with you.",
            ),
        ),
    };
    match role {
        Role::Werknemer => werknemer,
        Role::Werkgever => werkgever,
    }
}
