//! What a question page holds: its parts (a set of radios, checkboxes or a date), the options
//! of each, which inputs an option reveals, and the raw text the user typed. Described as data
//! so that one renderer draws every page and one parser reads it (`input`). Texts live in
//! `content::questions`.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};

use crate::rules::StepId;

use super::questions::QuestionId;

/// A group of inputs on a page, with its own legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// The page's own question (its legend is the page heading).
    Main,
    /// On the first-sick-day page: sickness in the four weeks before.
    Earlier,
    /// On the step page: whether this step was done, and when.
    Step(StepId),
}

/// One input of a part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Slot {
    Choice,
    Date1,
    Date2,
    /// A whole number (a percentage).
    Number,
}

/// Where an input (and an error about it) sits on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldRef {
    pub part: Part,
    pub slot: Slot,
}

impl FieldRef {
    pub const fn new(part: Part, slot: Slot) -> Self {
        Self { part, slot }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Radios,
    /// Several may be chosen; an `exclusive` option ("Geen van deze") stands alone.
    Checkboxes,
    /// Only a date (`Slot::Date1`).
    Date,
}

/// An option: its value, the inputs it reveals when chosen, and whether it excludes the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opt {
    pub id: &'static str,
    pub reveals: &'static [Slot],
    pub exclusive: bool,
}

const fn o(id: &'static str) -> Opt {
    Opt { id, reveals: &[], exclusive: false }
}
const fn with(id: &'static str, reveals: &'static [Slot]) -> Opt {
    Opt { id, reveals, exclusive: false }
}
const fn alone(id: &'static str) -> Opt {
    Opt { id, reveals: &[], exclusive: true }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartSpec {
    pub part: Part,
    pub kind: Kind,
    pub options: &'static [Opt],
}

const YES_NO_UNKNOWN: &[Opt] = &[o("ja"), o("nee"), o("weet-niet")];
const STEP: &[Opt] = &[with("ja", &[Slot::Date1]), o("nee"), o("weet-niet")];
const PERIOD: &[Opt] = &[with("ja", &[Slot::Date1, Slot::Date2]), o("nee")];
const ROLES: &[Opt] = &[o("werknemer"), o("werkgever"), o("adviseur")];
const CONTRACTS: &[Opt] = &[o("vast"), o("tijdelijk"), o("uitzend"), o("oproep"), o("zzp"), o("uitgezonderd")];
const CONTRACT_END: &[Opt] = &[with("datum", &[Slot::Date1]), o("geen"), o("weet-niet")];
const NOW: &[Opt] = &[o("ziek"), with("gedeeltelijk", &[Slot::Date1, Slot::Number]), with("hersteld", &[Slot::Date1])];
const OWN_WORK: &[Opt] = &[o("ja"), o("aangepast"), o("nee"), o("weet-niet")];
const CAPACITY: &[Opt] = &[o("beperkt"), o("geen"), o("weet-niet")];
const SPECIAL_EMPLOYER: &[Opt] = &[
    o("zwangerschap"),
    o("orgaandonatie"),
    o("no-risk"),
    o("aow"),
    with("proeftijd", &[Slot::Date1]),
    o("eigenrisicodrager"),
    alone("geen"),
    alone("weet-niet"),
];
const SPECIAL_EMPLOYEE: &[Opt] =
    &[o("zwangerschap"), o("orgaandonatie"), o("no-risk"), o("aow"), with("proeftijd", &[Slot::Date1]), alone("geen"), alone("weet-niet")];

/// The options of the special situations; `employer` adds the one only an employer can know.
pub fn special_options(employer: bool) -> &'static [Opt] {
    if employer { SPECIAL_EMPLOYER } else { SPECIAL_EMPLOYEE }
}

/// The parts of question `q`, in page order. `steps`: what the step page asks about.
pub fn layout(q: QuestionId, steps: &[StepId], employer: bool) -> Vec<PartSpec> {
    use QuestionId::*;
    let main = |kind, options| vec![PartSpec { part: Part::Main, kind, options }];
    match q {
        Rol => main(Kind::Radios, ROLES),
        Contract => main(Kind::Radios, CONTRACTS),
        ContractEinde => main(Kind::Radios, CONTRACT_END),
        EersteZiektedag => vec![
            PartSpec { part: Part::Main, kind: Kind::Date, options: &[] },
            PartSpec { part: Part::Earlier, kind: Kind::Radios, options: PERIOD },
        ],
        EerderZiek(_) | Verlof | VoorVerlof => main(Kind::Radios, PERIOD),
        Situatie => main(Kind::Radios, NOW),
        Bijzonder => main(Kind::Checkboxes, special_options(employer)),
        EigenWerk => main(Kind::Radios, OWN_WORK),
        Mogelijkheden => main(Kind::Radios, CAPACITY),
        AnderWerk | Duurzaam | MeerMogelijkheden | Perspectief | Medewerking | Flex => main(Kind::Radios, YES_NO_UNKNOWN),
        Stappen => steps.iter().map(|&s| PartSpec { part: Part::Step(s), kind: Kind::Radios, options: STEP }).collect(),
    }
}

/// The raw text of a three-field date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateParts {
    pub dag: String,
    pub maand: String,
    pub jaar: String,
}

impl DateParts {
    pub fn of(d: NaiveDate) -> Self {
        Self { dag: d.day().to_string(), maand: d.month().to_string(), jaar: d.year().to_string() }
    }
}

/// What the user filled in on one page, before it is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Form {
    /// The chosen radio per part.
    pub choices: BTreeMap<Part, String>,
    /// The ticked checkboxes (of the main part).
    pub checks: BTreeSet<String>,
    pub dates: BTreeMap<FieldRef, DateParts>,
    pub numbers: BTreeMap<FieldRef, String>,
}

impl Form {
    pub fn choice(&self, part: Part) -> Option<&str> {
        self.choices.get(&part).map(String::as_str)
    }
    pub fn date(&self, part: Part, slot: Slot) -> DateParts {
        self.dates.get(&FieldRef::new(part, slot)).cloned().unwrap_or_default()
    }
    pub fn number(&self, part: Part, slot: Slot) -> &str {
        self.numbers.get(&FieldRef::new(part, slot)).map_or("", String::as_str)
    }
    pub fn set_choice(&mut self, part: Part, v: &str) {
        self.choices.insert(part, v.to_string());
    }
    pub fn set_date(&mut self, part: Part, slot: Slot, d: NaiveDate) {
        self.dates.insert(FieldRef::new(part, slot), DateParts::of(d));
    }
}

/// The id of a part's first input, and the prefix of its other inputs' ids and names.
pub fn part_id(q: QuestionId, part: Part) -> String {
    let slug = q.slug();
    match part {
        Part::Main => slug,
        Part::Earlier => format!("{slug}-eerder"),
        Part::Step(s) => format!("{slug}-{}", s.id().replace('_', "-")),
    }
}

/// The id of an input, the target of an error summary link: the first radio or checkbox of a
/// part, or the day field of a date.
pub fn field_id(q: QuestionId, f: FieldRef) -> String {
    let base = part_id(q, f.part);
    match f.slot {
        Slot::Choice => base,
        Slot::Date1 => format!("{base}-datum-dag"),
        Slot::Date2 => format!("{base}-tot-dag"),
        Slot::Number => format!("{base}-procent"),
    }
}

/// The id prefix of a date's three fields (`…-dag`, `…-maand`, `…-jaar`).
pub fn date_base(q: QuestionId, part: Part, slot: Slot) -> String {
    let base = part_id(q, part);
    if slot == Slot::Date2 { format!("{base}-tot") } else { format!("{base}-datum") }
}

/// Why a date is not accepted. The content catalogue turns each into a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    Leeg,
    DagOntbreekt,
    MaandOntbreekt,
    JaarOntbreekt,
    DagOngeldig,
    MaandOngeldig,
    JaarOngeldig,
    BestaatNiet,
    InToekomst,
    /// Must be on or after this date.
    Voor(NaiveDate),
    /// Must be on or before this date.
    Na(NaiveDate),
}

/// Parse three fields into a date. Accepts surrounding spaces and leading zeros.
pub fn parse_date(p: &DateParts) -> Result<NaiveDate, DateError> {
    let (d, m, y) = (p.dag.trim(), p.maand.trim(), p.jaar.trim());
    match (d.is_empty(), m.is_empty(), y.is_empty()) {
        (true, true, true) => return Err(DateError::Leeg),
        (true, _, _) => return Err(DateError::DagOntbreekt),
        (_, true, _) => return Err(DateError::MaandOntbreekt),
        (_, _, true) => return Err(DateError::JaarOntbreekt),
        _ => {}
    }
    let day = d.parse::<u32>().ok().filter(|v| (1..=31).contains(v)).ok_or(DateError::DagOngeldig)?;
    let month = m.parse::<u32>().ok().filter(|v| (1..=12).contains(v)).ok_or(DateError::MaandOngeldig)?;
    let year = (y.len() == 4).then(|| y.parse::<i32>().ok()).flatten().filter(|v| *v >= 1900).ok_or(DateError::JaarOngeldig)?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::BestaatNiet)
}
