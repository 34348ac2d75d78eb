//! The conversation card (gesprekskaart): for the next conversation, what to ask or raise, what to
//! bring and what to write down afterwards, for each role. Plain B1 English; never a question about
//! the diagnosis.

pub use crate::content::types::{Card};

use crate::rules::Role;
use crate::rules::conversation::ConversationKind;


const NOTE_W: &[&str] = &[
    "What was agreed, and who does what by when?",
    "What did the company doctor say about what you can and cannot do?",
    "When is the next conversation?",
];
const NOTE_G: &[&str] = &[
    "What was agreed, and who does what by when?",
    "The advice of the company doctor about what your employee can do (no diagnosis).",
    "When is the next conversation? Put the report in the re-integration file.",
];

/// The card for the next conversation, for the role.
pub fn card(kind: ConversationKind, role: Role) -> Card {
    use ConversationKind::*;
    let w = role == Role::Werknemer;
    let note = if w { NOTE_W } else { NOTE_G };
    match (kind, w) {
        (Bedrijfsarts, true) => Card {
            title: "Conversation with the company doctor",
            intro: "The company doctor (bedrijfsarts) looks at what you can still do and writes the problem analysis \
                    (probleemanalyse). You do not have to tell your employer what is wrong with you. You may tell the \
                    company doctor.",
            ask: &[
                "What can I do now, and what can I not do (yet)?",
                "How long do you think it will take before I can work again?",
                "What work or which hours suit me now?",
                "What will you write in the problem analysis, and will I get to see it?",
                "What do I do if I do not agree with your advice? (second opinion)",
            ],
            bring: &[
                "A short list of what works and what does not work in your job.",
                "Letters or advice from your own doctor or therapist, if you want to show them.",
                "Your questions, on paper.",
            ],
            note,
        },
        (Bedrijfsarts, false) => Card {
            title: "Conversation with the company doctor",
            intro: "The company doctor (bedrijfsarts) writes the problem analysis (probleemanalyse). You hear what your \
                    employee can do, never what the illness is. Do not ask about it.",
            ask: &[
                "What can my employee do now, and what can they not do?",
                "How long is it expected to take?",
                "What work or which hours are suitable now?",
                "When will I get the problem analysis? It must be ready by week 6 at the latest.",
                "Is a labour expert (arbeidsdeskundige) needed?",
            ],
            bring: &[
                "A description of the job and the work.",
                "What adapted work or other work you can offer.",
                "The date of the sickness report (ziekmelding).",
            ],
            note,
        },
        (PlanVanAanpak, true) => Card {
            title: "Conversation about the plan of action",
            intro: "You and your employer make the plan of action (plan van aanpak) together. Your own view on the \
                    re-integration belongs in it.",
            ask: &[
                "What work will I do, how many hours, and how do I build up?",
                "Who is my case manager?",
                "When do we discuss how it is going?",
                "Is my own view in the plan?",
            ],
            bring: &[
                "The problem analysis (probleemanalyse) from the company doctor (bedrijfsarts).",
                "Your own ideas about returning to work.",
            ],
            note,
        },
        (PlanVanAanpak, false) => Card {
            title: "Conversation about the plan of action",
            intro: "You and your employee make the plan of action (plan van aanpak) together, within 2 weeks after the \
                    problem analysis (probleemanalyse). The views of both of you belong in it.",
            ask: &[
                "Which work, which hours and what build-up fit the advice of the company doctor (bedrijfsarts)?",
                "Who will be the case manager?",
                "When do we review the plan? UWV expects this at least every 6 weeks.",
                "What is the employee's view on the re-integration?",
            ],
            bring: &["The problem analysis.", "The form or template for the plan of action."],
            note,
        },
        (Evaluatie, true) => Card {
            title: "Review of the plan of action",
            intro: "You discuss with your employer how things are going. Does something change? Then you adjust the \
                    plan together.",
            ask: &[
                "Is the build-up going as agreed? What works, and what does not?",
                "Does the plan need to be changed?",
                "Is more work or other work possible?",
                "When is the next conversation?",
            ],
            bring: &["The plan of action (plan van aanpak).", "Your notes from the past few weeks."],
            note,
        },
        (Evaluatie, false) => Card {
            title: "Review of the plan of action",
            intro: "You discuss with your employee how things are going, at least every 6 weeks. Record every \
                    conversation.",
            ask: &[
                "Is the build-up going as agreed?",
                "What does the company doctor (bedrijfsarts) say now about what is possible?",
                "Does the plan need to be changed?",
                "Is an assessment by a labour expert (arbeidsdeskundige) needed?",
            ],
            bring: &[
                "The plan of action (plan van aanpak) and the previous reports.",
                "The latest advice of the company doctor.",
            ],
            note,
        },
        (Eerstejaarsevaluatie, true) => Card {
            title: "The first-year evaluation (eerstejaarsevaluatie)",
            intro: "At the end of the first year of sickness, you discuss the past year with your employer, and the \
                    goal for the second year. Your own view must be in the report.",
            ask: &[
                "What is the goal for the second year?",
                "Can I go back to my own work, or is other work needed?",
                "Is track 2 (spoor 2) needed: work with another employer?",
                "Is my view in the report?",
            ],
            bring: &[
                "The plan of action (plan van aanpak) and the reports.",
                "The report of the labour expert (arbeidsdeskundige), if there is one.",
            ],
            note,
        },
        (Eerstejaarsevaluatie, false) => Card {
            title: "The first-year evaluation (eerstejaarsevaluatie)",
            intro: "By week 52 at the latest, you discuss the first year of sickness with your employee. By then it \
                    must also be clear whether track 2 (spoor 2) is needed. Put the views of both of you in the \
                    report.",
            ask: &[
                "Is it achievable for your employee to return to their own work or to other work with you?",
                "Is track 2 needed? If so: start it no later than 6 weeks after this conversation.",
                "What is the goal for the second year?",
                "What is the employee's view?",
            ],
            bring: &[
                "The re-integration file: problem analysis (probleemanalyse), plan of action (plan van aanpak), \
                 reviews.",
                "The report of the labour expert (arbeidsdeskundige).",
            ],
            note,
        },
        (Spoor2, true) => Card {
            title: "The start of track 2",
            intro: "In track 2 (spoor 2), you look for suitable work with another employer, with help. Your contract \
                    simply continues.",
            ask: &[
                "Which re-integration agency will help me, and can I have a say in the choice?",
                "What is in the plan for track 2, and how many hours a week will it take?",
                "Can I keep my work with my employer for as long as that works?",
                "Who pays for training or a course?",
            ],
            bring: &["The report of the labour expert (arbeidsdeskundige).", "Your CV, if you have one."],
            note,
        },
        (Spoor2, false) => Card {
            title: "The start of track 2",
            intro: "Start track 2 (spoor 2) as soon as it is clear that there is no suitable work with you, and no \
                    later than 6 weeks after the first-year evaluation (eerstejaarsevaluatie). Usually with a \
                    re-integration agency.",
            ask: &[
                "Which agency suits the employee? Let the employee have a say.",
                "Does the direction of the job search fit what the company doctor (bedrijfsarts) and labour expert \
                 (arbeidsdeskundige) say?",
                "How often will you get a progress report?",
                "Does the work with you continue alongside track 2?",
            ],
            bring: &[
                "The report of the labour expert.",
                "The plan of action (plan van aanpak) and the first-year evaluation.",
            ],
            note,
        },
        (WiaAanvraag, true) => Card {
            title: "The WIA application and the re-integration report",
            intro: "You apply for the WIA benefit yourself at UWV, by week 93 at the latest. Your employer's \
                    re-integration report (re-integratieverslag) goes with it.",
            ask: &[
                "When will I get the re-integration report?",
                "Is there something in it that I do not agree with? Then I can add my own opinion.",
                "Who will help me with the application?",
            ],
            bring: &[
                "The letter from UWV about the WIA application.",
                "Your own copies of the plan of action (plan van aanpak) and the reports.",
            ],
            note,
        },
        (WiaAanvraag, false) => Card {
            title: "The re-integration report and the WIA application",
            intro: "Make the re-integration report (re-integratieverslag) by week 91 at the latest, with the \
                    up-to-date assessment of the company doctor (bedrijfsarts). Your employee applies for the WIA, by \
                    week 93 at the latest.",
            ask: &[
                "Is the re-integration file complete: problem analysis (probleemanalyse), plan, reviews, first-year \
                 evaluation (eerstejaarsevaluatie), track 2 (spoor 2)?",
                "Has the company doctor given the up-to-date assessment?",
                "Has your employee received a copy?",
            ],
            bring: &["The whole re-integration file.", "The letter from UWV about the WIA application (copy)."],
            note,
        },
        (Uwv, true) => Card {
            title: "Conversation with UWV",
            intro: "Your contract has ended. UWV now pays your sickness benefit (Ziektewet-uitkering) and helps you with \
                    re-integration.",
            ask: &[
                "Who is my contact person at UWV?",
                "What is in my plan of action (plan van aanpak) at UWV?",
                "When is the Ziektewet assessment, and what does it mean for me?",
            ],
            bring: &[
                "The documents from your former employer: problem analysis (probleemanalyse), plan of action.",
                "Your questions, on paper.",
            ],
            note: &["What was agreed, and who does what by when?", "When is the next conversation?"],
        },
        (Uwv, false) => Card {
            title: "After the contract has ended",
            intro: "UWV has taken over. You no longer have conversations about re-integration, unless you are a \
                    self-insurer (eigenrisicodrager) for the Ziektewet.",
            ask: &[
                "Has the report to UWV on leaving employment sick (ziek-uit-dienstmelding) been made?",
                "Was the re-integration report (re-integratieverslag) sent with it, if the sickness lasted 6 weeks or \
                 longer?",
            ],
            bring: &["The re-integration file, in case UWV asks for it."],
            note: &["When was the report made, and by whom?"],
        },
    }
}

/// Headings and labels of the card.
pub const CARD_LINK: &str = "Conversation card (gesprekskaart) for your next conversation";
pub const CARD_KICKER: &str = "Conversation card (gesprekskaart)";
pub const CARD_ASK: &str = "Questions and points to discuss";
pub const CARD_BRING: &str = "Bring with you";
pub const CARD_NOTE: &str = "Write down after the conversation";
pub const CARD_WHEN: &str = "No later than:";
pub const CARD_PRINT: &str = "Print the conversation card";
pub const CARD_BACK: &str = "Back to your result";
pub const CARD_NONE: &str = "There is no conversation to prepare for right now.";
