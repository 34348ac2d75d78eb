//! The questions, their URL slugs and the section of the journey they belong to.

use crate::rules::StepId;

/// One page of the wizard. The URL holds only this id (`?stap=<slug>`), never an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuestionId {
    Rol,
    Contract,
    ContractEinde,
    Aow,
    EersteZiektedag,
    /// Earlier sick period number n (0 = the one just before the first sick day).
    EerderZiek(u8),
    Situatie,
    Bijzonder,
    Verlof,
    EigenWerk,
    AnderWerk,
    Mogelijkheden,
    Duurzaam,
    MeerMogelijkheden,
    Perspectief,
    Medewerking,
    /// Whether a step was done, and when.
    Stap(StepId),
}

/// The steps whose "done" date the wizard asks for.
pub const ASKED_STEPS: [StepId; 7] = [
    StepId::Probleemanalyse,
    StepId::PlanVanAanpak,
    StepId::ZiekmeldingUwv,
    StepId::Eerstejaarsevaluatie,
    StepId::Spoor2StartUiterlijk,
    StepId::ReIntegratieverslag,
    StepId::WiaAanvraag,
];

/// Sections shown as "Stap n van 4" above each question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    OverU,
    Ziekte,
    Oordeel,
    Stappen,
}

impl Section {
    pub fn number(self) -> u8 {
        match self {
            Section::OverU => 1,
            Section::Ziekte => 2,
            Section::Oordeel => 3,
            Section::Stappen => 4,
        }
    }
}

impl QuestionId {
    pub fn section(self) -> Section {
        use QuestionId::*;
        match self {
            Rol | Contract | ContractEinde | Aow => Section::OverU,
            EersteZiektedag | EerderZiek(_) | Situatie | Bijzonder | Verlof => Section::Ziekte,
            EigenWerk | AnderWerk | Mogelijkheden | Duurzaam | MeerMogelijkheden | Perspectief | Medewerking => {
                Section::Oordeel
            }
            Stap(_) => Section::Stappen,
        }
    }

    pub fn slug(self) -> String {
        use QuestionId::*;
        match self {
            Rol => "rol".into(),
            Contract => "contract".into(),
            ContractEinde => "contract-einde".into(),
            Aow => "aow".into(),
            EersteZiektedag => "eerste-ziektedag".into(),
            EerderZiek(n) => format!("eerder-ziek-{}", u16::from(n) + 1),
            Situatie => "situatie".into(),
            Bijzonder => "bijzondere-situatie".into(),
            Verlof => "verlof".into(),
            EigenWerk => "eigen-werk".into(),
            AnderWerk => "ander-werk".into(),
            Mogelijkheden => "mogelijkheden".into(),
            Duurzaam => "duurzaam".into(),
            MeerMogelijkheden => "meer-mogelijkheden".into(),
            Perspectief => "perspectief".into(),
            Medewerking => "medewerking".into(),
            Stap(step) => format!("stap-{}", step.id().replace('_', "-")),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        use QuestionId::*;
        let simple = [
            Rol,
            Contract,
            ContractEinde,
            Aow,
            EersteZiektedag,
            Situatie,
            Bijzonder,
            Verlof,
            EigenWerk,
            AnderWerk,
            Mogelijkheden,
            Duurzaam,
            MeerMogelijkheden,
            Perspectief,
            Medewerking,
        ];
        if let Some(q) = simple.into_iter().find(|q| q.slug() == slug) {
            return Some(q);
        }
        if let Some(n) = slug.strip_prefix("eerder-ziek-").and_then(|n| n.parse::<u8>().ok()) {
            let n = n.checked_sub(1)?;
            return (usize::from(n) < super::answers::MAX_EARLIER).then_some(EerderZiek(n));
        }
        ASKED_STEPS.into_iter().map(Stap).find(|q| q.slug() == slug)
    }
}
