//! The question pages, their URL slugs and the section of the journey they belong to.

use crate::rules::StepId;

/// One page of the wizard. The URL holds only this id (`?stap=<slug>`), never an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuestionId {
    Rol,
    Contract,
    ContractEinde,
    /// The first sick day, and on the same page whether there was sickness in the four weeks
    /// before it (the first earlier period, `Answers::earlier[0]`).
    EersteZiektedag,
    /// A further earlier period: `Answers::earlier[n]`, n ≥ 1 (before the period n − 1).
    EerderZiek(u8),
    Situatie,
    /// The special situations, several at once (checkboxes).
    Bijzonder,
    Verlof,
    /// Sickness that ended right before the pregnancy leave.
    VoorVerlof,
    /// Whether the pregnancy-related sickness began in the flexibiliseringsperiode or after the leave.
    Flex,
    EigenWerk,
    AnderWerk,
    Mogelijkheden,
    Duurzaam,
    MeerMogelijkheden,
    Perspectief,
    Medewerking,
    /// Which steps were done, and when: one page for all the steps that matter now.
    Stappen,
}

/// The steps whose "done" date the wizard can ask for, in the order they are asked.
pub const ASKED_STEPS: [StepId; 10] = [
    StepId::ZiekmeldingUwvZw,
    StepId::Probleemanalyse,
    StepId::PlanVanAanpak,
    StepId::ZiekmeldingUwv,
    StepId::Eerstejaarsevaluatie,
    StepId::Spoor2StartUiterlijk,
    StepId::ZiekUitDienstMelding,
    StepId::HersteldmeldingUwv,
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

/// The pages with a fixed slug (all but the numbered earlier periods).
const SIMPLE: [QuestionId; 17] = [
    QuestionId::Rol,
    QuestionId::Contract,
    QuestionId::ContractEinde,
    QuestionId::EersteZiektedag,
    QuestionId::Situatie,
    QuestionId::Bijzonder,
    QuestionId::Verlof,
    QuestionId::VoorVerlof,
    QuestionId::Flex,
    QuestionId::EigenWerk,
    QuestionId::AnderWerk,
    QuestionId::Mogelijkheden,
    QuestionId::Duurzaam,
    QuestionId::MeerMogelijkheden,
    QuestionId::Perspectief,
    QuestionId::Medewerking,
    QuestionId::Stappen,
];

impl QuestionId {
    pub fn section(self) -> Section {
        use QuestionId::*;
        match self {
            Rol | Contract | ContractEinde => Section::OverU,
            EersteZiektedag | EerderZiek(_) | Situatie | Bijzonder | Verlof | VoorVerlof | Flex => Section::Ziekte,
            EigenWerk | AnderWerk | Mogelijkheden | Duurzaam | MeerMogelijkheden | Perspectief | Medewerking => {
                Section::Oordeel
            }
            Stappen => Section::Stappen,
        }
    }

    pub fn slug(self) -> String {
        use QuestionId::*;
        match self {
            Rol => "rol".into(),
            Contract => "contract".into(),
            ContractEinde => "contract-einde".into(),
            EersteZiektedag => "eerste-ziektedag".into(),
            EerderZiek(n) => format!("eerder-ziek-{}", u16::from(n) + 1),
            Situatie => "situatie".into(),
            Bijzonder => "bijzondere-situatie".into(),
            Verlof => "verlof".into(),
            VoorVerlof => "ziek-voor-verlof".into(),
            Flex => "begin-zwangerschapsziekte".into(),
            EigenWerk => "eigen-werk".into(),
            AnderWerk => "ander-werk".into(),
            Mogelijkheden => "mogelijkheden".into(),
            Duurzaam => "duurzaam".into(),
            MeerMogelijkheden => "meer-mogelijkheden".into(),
            Perspectief => "perspectief".into(),
            Medewerking => "medewerking".into(),
            Stappen => "stappen".into(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Self> {
        if let Some(q) = SIMPLE.into_iter().find(|q| q.slug() == slug) {
            return Some(q);
        }
        // "eerder-ziek-2" is the second earlier period; the first is asked with the first sick day.
        let n = slug.strip_prefix("eerder-ziek-").and_then(|n| n.parse::<u8>().ok())?.checked_sub(1)?;
        (n >= 1 && usize::from(n) < super::answers::MAX_EARLIER).then_some(QuestionId::EerderZiek(n))
    }
}
