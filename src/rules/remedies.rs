//! What either party can do when they disagree, as steps with who asks, when, what it costs and
//! how long it takes: the second opinion of another bedrijfsarts and UWV's deskundigenoordeel.

use serde::Serialize;

use super::assessment::Scope;
use super::engine::Case;
use super::sources::{Basis, Certainty, Party, cite::*};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RemedyId {
    /// Another bedrijfsarts looks at the advice (Arbowet 14 lid 2 onder g; Arbobesluit 2.14d).
    SecondOpinion,
    /// UWV's independent opinion on fitness, suitable work or the efforts (Wet SUWI 32, 32a).
    Deskundigenoordeel,
}

/// A cost of a remedy for one party: an amount in euros (0: free), or `None` when that party
/// pays whatever it costs; with how sure the amount is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cost {
    pub party: Party,
    pub eur: Option<u32>,
    pub certainty: Certainty,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Remedy {
    pub id: RemedyId,
    /// Who may ask for it.
    pub asked_by: Vec<Party>,
    pub costs: Vec<Cost>,
    /// Usual answer time in weeks (from, to); the statute's term is the first (SUWI 32a: two weeks).
    pub weeks: Option<(u8, u8)>,
    /// The outcome binds nobody: it weighs with UWV and the court.
    pub binding: bool,
    pub basis: Basis,
}

impl RemedyId {
    pub fn id(self) -> &'static str {
        match self {
            RemedyId::SecondOpinion => "second_opinion",
            RemedyId::Deskundigenoordeel => "deskundigenoordeel",
        }
    }
    pub fn basis(self) -> Basis {
        match self {
            RemedyId::SecondOpinion => Basis::with(ARBO_14_LID2G, &[ARBOBESLUIT_2_14D]),
            RemedyId::Deskundigenoordeel => Basis::with(SUWI_32, &[SUWI_32A, BW_629A, UWV_DESKUNDIGENOORDEEL]),
        }
    }
}

/// Phase "remedies": while the employer's route runs, both are open to the parties.
pub(crate) fn for_case(c: &Case) -> Vec<Remedy> {
    if c.scope.scope != Scope::Poortwachter || c.situation.recovered_on.is_some() || !c.wachttijd_runs() {
        return Vec::new();
    }
    vec![
        Remedy {
            id: RemedyId::SecondOpinion,
            // Only the employee asks, through the own bedrijfsarts; the employer pays (its
            // contract with the arbodienst must provide for it).
            asked_by: vec![Party::Werknemer],
            costs: vec![
                Cost { party: Party::Werknemer, eur: Some(0), certainty: Certainty::Secundair },
                Cost { party: Party::Werkgever, eur: None, certainty: Certainty::Secundair },
            ],
            weeks: None,
            binding: false,
            basis: RemedyId::SecondOpinion.basis(),
        },
        Remedy {
            id: RemedyId::Deskundigenoordeel,
            asked_by: vec![Party::Werknemer, Party::Werkgever],
            // UWV's page gives €400 for the employer; €100 for the employee is from secondary
            // sources (poortwachter.md §5.3, §9.8). Amounts are dated: they may change.
            costs: vec![
                Cost { party: Party::Werknemer, eur: Some(100), certainty: Certainty::Secundair },
                Cost { party: Party::Werkgever, eur: Some(400), certainty: Certainty::UwvPraktijk },
            ],
            weeks: Some((2, 4)),
            binding: false,
            basis: RemedyId::Deskundigenoordeel.basis(),
        },
    ]
}
