//! Longer explanations: what track 2 (spoor 2) involves, what to do when you disagree,
//! the documents checklist and the disclaimer.

use super::{Document, Section, Text};
use crate::rules::{RemedyId, Role, StepId};

/// Three sections: what a track 2 programme involves, known drawbacks, and what helps.
pub fn spoor2_explainer(role: Role) -> [Section; 3] {
    match role {
        Role::Werknemer => [
            Section {
                title: "What is a track 2 programme?",
                paragraphs: &[
                    "In track 2 (spoor 2), you look for suitable work with another employer, with help. Your employer \
                     pays for the programme. Usually your employer hires a re-integration agency for this. You may \
                     have a say in the choice of agency. In the end, your employer decides.",
                    "A programme usually takes about six months. It can be extended if that is needed.",
                    "Track 2 is not dismissal. Your contract simply continues, and you keep your right to pay during \
                     sickness. Do you already work part of the time for your employer? Then that can simply continue.",
                    "A programme often has these parts:",
                ],
                bullets: &[
                    "Career orientation: what do you want, and what can you still do?",
                    "Tests or an assessment: what work suits you?",
                    "Making or updating a CV.",
                    "Job application training.",
                    "Training or a course, if that helps.",
                    "Applying for jobs and networking, with support.",
                ],
            },
            Section {
                title: "Problems people run into",
                paragraphs: &[
                    "A track 2 programme can feel hard. That is normal. Many people mention the same problems:",
                ],
                bullets: &[
                    "Uncertainty: you do not know if or where you will find work.",
                    "Pressure: appointments, tasks and applying for jobs, while you are still recovering.",
                    "The feeling that your own employer is sending you away.",
                    "Poor communication: you do not know what is expected of you, or who decides what.",
                    "A long programme that can make you tired and sad.",
                ],
            },
            Section {
                title: "What helps",
                paragraphs: &["These things make the programme better for many people:"],
                bullets: &[
                    "Talk early and openly with your employer about what you expect and what worries you.",
                    "Ask for the report of the labour expert (arbeidsdeskundige). It says why track 2 is needed.",
                    "Put agreements in writing, also in the plan of action (plan van aanpak). Keep a copy yourself.",
                    "Do you have doubts about the advice of the company doctor (bedrijfsarts)? Ask for a second \
                     opinion.",
                    "Do you disagree about suitable work or the approach? Ask UWV for an expert opinion \
                     (deskundigenoordeel).",
                    "Bring someone to conversations, for example your partner, a friend or someone from the trade \
                     union.",
                    "Say so if the programme does not suit you. A programme can be adjusted.",
                ],
            },
        ],
        Role::Werkgever => [
            Section {
                title: "What is a track 2 programme?",
                paragraphs: &[
                    "In track 2 (spoor 2), you help your employee find suitable work with another employer. You pay \
                     for the programme. Usually you hire a re-integration agency for this. Let your employee have a \
                     say in the choice of agency. In the end, you decide.",
                    "A programme usually takes about six months. It can be extended if that is needed.",
                    "Track 2 is not dismissal. The contract continues and you keep paying wages. Does your employee \
                     already work part of the time for you? Then that can simply continue.",
                    "A programme often has these parts:",
                ],
                bullets: &[
                    "Career orientation: what does the employee want, and what can they still do?",
                    "Tests or an assessment: what work is a good fit?",
                    "Making or updating a CV.",
                    "Job application training.",
                    "Training or a course, if that helps.",
                    "Applying for jobs and networking, with support.",
                ],
            },
            Section {
                title: "Problems employees and employers run into",
                paragraphs: &[
                    "A track 2 programme can feel hard for your employee. Many people mention the same problems:",
                ],
                bullets: &[
                    "Uncertainty: does the employee know if and where there will be work?",
                    "Pressure: appointments, tasks and applying for jobs, while the employee is still recovering.",
                    "The feeling that the employee is being sent away.",
                    "Poor communication: not knowing what is expected, or who decides what.",
                    "For you: the programme costs time and money.",
                ],
            },
            Section {
                title: "What helps",
                paragraphs: &["These things make the programme better for both sides:"],
                bullets: &[
                    "Talk early and openly with your employee about expectations and worries.",
                    "Share the report of the labour expert (arbeidsdeskundige). It says why track 2 is needed.",
                    "Put agreements in writing, also in the plan of action (plan van aanpak).",
                    "Explain that track 2 is not dismissal and that the contract continues.",
                    "If you cannot agree, point out the second opinion and the expert opinion (deskundigenoordeel) \
                     from UWV.",
                    "Allow the employee to bring someone to conversations.",
                    "Choose a programme that suits the person. Adjust it if it does not work.",
                ],
            },
        ],
    }
}

/// Three sections: second opinion, expert opinion (deskundigenoordeel) from UWV, and where to get advice.
pub fn disagreement(role: Role) -> [Section; 3] {
    match role {
        Role::Werknemer => [
            Section {
                title: "Second opinion from another company doctor",
                paragraphs: &[
                    "Do you have doubts about the advice of the company doctor (bedrijfsarts)? Then you may ask for a \
                     second opinion from another company doctor. This is in the Arbowet.",
                    "Your employer pays for the second opinion.",
                    "The advice of the second company doctor is not binding. Your own company doctor looks at it and \
                     decides what to do with it.",
                ],
                bullets: &[
                    "Ask for the second opinion through your own company doctor.",
                    "Say clearly which advice you have doubts about.",
                    "Keep the advice with your own papers.",
                ],
            },
            Section {
                title: "Expert opinion from UWV",
                paragraphs: &[
                    "Is the re-integration stuck? Then you can ask UWV for an independent opinion: an expert opinion \
                     (deskundigenoordeel). You and your employer may both ask for this.",
                    "For an employee it costs about €100. The amount can change: see uwv.nl.",
                    "The answer usually comes within 2 to 4 weeks.",
                    "The opinion is not binding. But it carries a lot of weight with UWV and with the court. Do you \
                     want to go to court about your pay? Then you usually need an expert opinion first.",
                    "UWV can, for example, answer these questions:",
                ],
                bullets: &[
                    "Can you do your own work? This is only possible if there is a dispute about your pay.",
                    "Is the work that your employer offers suitable?",
                    "Are you doing enough for your re-integration?",
                    "Is your employer doing enough for your re-integration?",
                ],
            },
            Section {
                title: "Help and advice",
                paragraphs: &[
                    "Can you not sort it out together? Then get advice in good time. This is often free or cheap.",
                ],
                bullets: &[
                    "The Juridisch Loket (free legal advice): free information and advice, by phone or online.",
                    "Your trade union, if you are a member.",
                    "Your legal expenses insurance, if you have it.",
                    "An employment lawyer, for a complicated case or dismissal.",
                ],
            },
        ],
        Role::Werkgever => [
            Section {
                title: "Second opinion from another company doctor",
                paragraphs: &[
                    "Does your employee have doubts about the advice of the company doctor (bedrijfsarts)? Then the \
                     employee may ask for a second opinion from another company doctor. This is in the Arbowet.",
                    "You pay for the second opinion.",
                    "The advice of the second company doctor is not binding. The employee's own company doctor looks \
                     at it and decides what to do with it.",
                ],
                bullets: &[
                    "Tell your employee about this right if there are doubts.",
                    "Record in the re-integration file that a second opinion was asked for.",
                ],
            },
            Section {
                title: "Expert opinion from UWV",
                paragraphs: &[
                    "Is the re-integration stuck? Then you can ask UWV for an independent opinion: an expert opinion \
                     (deskundigenoordeel). You and your employee may both ask for this.",
                    "For an employer it costs about €400. The amount can change: see uwv.nl. Do you need it for a \
                     dismissal application, because the employee does not cooperate or is often sick? Then it is \
                     free.",
                    "The answer usually comes within 2 to 4 weeks.",
                    "The opinion is not binding. But it carries a lot of weight with UWV and with the court.",
                    "UWV can, for example, answer these questions:",
                ],
                bullets: &[
                    "Is the work that you offer suitable?",
                    "Is your employee doing enough for the re-integration?",
                    "Are you doing enough for the re-integration?",
                    "Can your employee do their own work? This is only possible if there is a dispute about pay.",
                ],
            },
            Section {
                title: "Help and advice",
                paragraphs: &["Can you not sort it out together? Then get advice in good time."],
                bullets: &[
                    "Your company doctor (bedrijfsarts) or occupational health service (arbodienst).",
                    "Your employers' association or industry organisation.",
                    "Your sickness absence insurer (verzuimverzekeraar), if you have one.",
                    "Your legal expenses insurance, if you have it.",
                    "An employment lawyer.",
                ],
            },
        ],
    }
}

static DOCUMENTS: [Document; 8] = [
    Document {
        step: Some(StepId::Probleemanalyse),
        title: "Problem analysis (probleemanalyse)",
        what: "The advice of the company doctor (bedrijfsarts) about what is and is not possible. By week 6 at the \
               latest.",
    },
    Document {
        step: Some(StepId::PlanVanAanpak),
        title: "Plan of action (plan van aanpak)",
        what: "The plan of the employer and employee together, with the views of both. Within 2 weeks after the \
               problem analysis (probleemanalyse).",
    },
    Document {
        step: Some(StepId::Evaluatie),
        title: "Reviews of the plan of action",
        what: "Reports of the conversations about the plan of action (plan van aanpak), at least every 6 weeks. With \
               the changes made to the plan.",
    },
    Document {
        step: Some(StepId::ZiekmeldingUwv),
        title: "Confirmation of the report to UWV in week 42 (42e-weeksmelding)",
        what: "The proof that the sickness was reported to UWV after 42 weeks of sickness.",
    },
    Document {
        step: Some(StepId::ArbeidsdeskundigOnderzoek),
        title: "Report of the labour expert (arbeidsdeskundige)",
        what: "The research into suitable work with the employee's own employer, and into whether track 2 (spoor 2) is \
               needed.",
    },
    Document {
        step: Some(StepId::Eerstejaarsevaluatie),
        title: "First-year evaluation (eerstejaarsevaluatie)",
        what: "The report of the conversation at the end of the first year of sickness, with the views of both.",
    },
    Document {
        step: Some(StepId::Spoor2StartUiterlijk),
        title: "Reports of the track 2 programme",
        what: "The plan and the progress reports of the re-integration agency. Only if track 2 (spoor 2) is needed.",
    },
    Document {
        step: Some(StepId::ReIntegratieverslag),
        title: "Re-integration report (re-integratieverslag)",
        what: "All documents together, with the up-to-date assessment of the company doctor (bedrijfsarts). It goes \
               with the WIA application.",
    },
];

/// Checklist of the re-integration file; each entry names the step whose "done" marks it present.
pub fn documents() -> &'static [Document] {
    &DOCUMENTS
}

/// One or two sentences: this is not legal advice, and where to get advice.
pub fn disclaimer() -> &'static str {
    "This is not legal advice: this tool explains the rules, but does not know all the details of your situation. \
     For advice, ask the Juridisch Loket (free legal advice), a trade union or employers' association, your company \
     doctor (bedrijfsarts) or a lawyer."
}

/// What a remedy is and when to use it, for the role (who asks, cost and time come from the
/// engine's `Remedy`).
pub fn remedy(id: RemedyId, role: Role) -> Text {
    let w = role == Role::Werknemer;
    match id {
        RemedyId::SecondOpinion => Text {
            title: "Second opinion from another company doctor",
            body: if w {
                "Do you have doubts about the advice of the company doctor (bedrijfsarts)? Then ask for a second \
                 opinion from another company doctor, through your own company doctor. You can do this at any time. \
                 Your own company doctor then decides what to do with the advice."
            } else {
                "Does your employee have doubts about the advice of the company doctor (bedrijfsarts)? Then the \
                 employee may ask for a second opinion from another company doctor, through their own company doctor. \
                 You pay for it. Record in the re-integration file that it was asked for."
            },
        },
        RemedyId::Deskundigenoordeel => Text {
            title: "Expert opinion from UWV",
            body: if w {
                "Is the re-integration stuck? Or do you disagree about suitable work, or about what you or your \
                 employer are doing? Then ask UWV for an expert opinion (deskundigenoordeel). You can do this at any \
                 time during the sickness. Do you want to go to court about your pay? Then you need this first."
            } else {
                "Is the re-integration stuck? Or do you disagree about suitable work, or about what you or your \
                 employee are doing? Then ask UWV for an expert opinion (deskundigenoordeel). You can do this at any \
                 time during the sickness. Do you need it for a dismissal application because the employee does not \
                 cooperate? Then it is free."
            },
        },
    }
}
