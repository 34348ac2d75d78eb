//! The names under which answers are written: the ones serde's derives used
//! (`rename_all = "snake_case"`), pinned by `tests/storage.rs`
//! (`every_answer_value_keeps_its_written_name`) and checked against serde_json by
//! `tests/storage_codec.rs`. A new variant breaks the `match`es below until it is given a name;
//! add it to the list of all variants next to the `match` too, or it cannot be read back.

use crate::rules::{OwnWork, StepId, YesNoUnknown};
use crate::wizard::{CapacityAnswer, ContractAnswer, RoleAnswer};

/// The fields of `Answers` in declaration order (the order of a file).
pub(super) const ANSWERS: [&str; 18] = [
    "role",
    "contract",
    "contract_end",
    "first_sick_day",
    "earlier",
    "now",
    "special",
    "leave",
    "before_leave",
    "flex",
    "own_work",
    "other_work",
    "capacity",
    "lasting",
    "more_capacity",
    "prospect",
    "cooperation",
    "steps",
];
pub(super) const SPECIALS: [&str; 7] =
    ["zwangerschap", "orgaandonatie", "no_risk", "aow", "proeftijd", "eigenrisicodrager", "weet_niet"];
pub(super) const PERIOD: [&str; 2] = ["first_day", "last_day"];
pub(super) const PARTIAL: [&str; 2] = ["since", "percent"];

pub(super) fn role_name(v: RoleAnswer) -> &'static str {
    match v {
        RoleAnswer::Werknemer => "werknemer",
        RoleAnswer::Werkgever => "werkgever",
        RoleAnswer::Adviseur => "adviseur",
    }
}
pub(super) const ROLES: [RoleAnswer; 3] = [RoleAnswer::Werknemer, RoleAnswer::Werkgever, RoleAnswer::Adviseur];

pub(super) fn contract_name(v: ContractAnswer) -> &'static str {
    match v {
        ContractAnswer::Vast => "vast",
        ContractAnswer::Tijdelijk => "tijdelijk",
        ContractAnswer::Uitzend => "uitzend",
        ContractAnswer::Oproep => "oproep",
        ContractAnswer::Zzp => "zzp",
        ContractAnswer::Uitgezonderd => "uitgezonderd",
    }
}
pub(super) const CONTRACTS: [ContractAnswer; 6] = [
    ContractAnswer::Vast,
    ContractAnswer::Tijdelijk,
    ContractAnswer::Uitzend,
    ContractAnswer::Oproep,
    ContractAnswer::Zzp,
    ContractAnswer::Uitgezonderd,
];

pub(super) fn capacity_name(v: CapacityAnswer) -> &'static str {
    match v {
        CapacityAnswer::Beperkt => "beperkt",
        CapacityAnswer::Geen => "geen",
        CapacityAnswer::WeetNiet => "weet_niet",
    }
}
pub(super) const CAPACITIES: [CapacityAnswer; 3] =
    [CapacityAnswer::Beperkt, CapacityAnswer::Geen, CapacityAnswer::WeetNiet];

pub(super) fn own_work_name(v: OwnWork) -> &'static str {
    match v {
        OwnWork::Ja => "ja",
        OwnWork::Aangepast => "aangepast",
        OwnWork::Nee => "nee",
        OwnWork::Onbekend => "onbekend",
    }
}
pub(super) const OWN_WORK: [OwnWork; 4] = [OwnWork::Ja, OwnWork::Aangepast, OwnWork::Nee, OwnWork::Onbekend];

pub(super) fn ynu_name(v: YesNoUnknown) -> &'static str {
    match v {
        YesNoUnknown::Ja => "ja",
        YesNoUnknown::Nee => "nee",
        YesNoUnknown::Onbekend => "onbekend",
    }
}
pub(super) const YNU: [YesNoUnknown; 3] = [YesNoUnknown::Ja, YesNoUnknown::Nee, YesNoUnknown::Onbekend];

/// Older spellings of step ids that serde also accepted (`#[serde(alias)]` in `rules::steps`).
const STEP_ALIASES: [(&str, StepId); 3] = [
    ("spoor2_start", StepId::Spoor2StartUiterlijk),
    ("spoor_2_start", StepId::Spoor2StartUiterlijk),
    ("vervroegde_iva", StepId::VervroegdeIvaUiterlijk),
];

pub(super) fn step_id(name: &str) -> Option<StepId> {
    let alias = STEP_ALIASES.iter().find(|(n, _)| *n == name).map(|(_, id)| *id);
    alias.or_else(|| StepId::ALL.iter().copied().find(|id| id.id() == name))
}
