//! The engine's output: everything the result page shows, derived from the answers and today.

use chrono::NaiveDate;
use serde::Serialize;

use super::duties::{DutyId, DutyKind};
use super::notices::NoticeId;
use super::regime::RegimeId;
use super::sources::{Basis, Certainty, Party};
use super::steps::{StepId, StepKind};

/// Which route applies (poortwachter.md §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The employer's 104-week route under the Wet verbetering poortwachter.
    Poortwachter,
    /// UWV's safety net (Ziektewet): no employer paying wage any more.
    VangnetUwv,
    /// A situation this guide does not cover; see the reason.
    NotCovered,
}

/// Why a situation is outside the guide, with where to go instead (the content catalogue
/// holds the Dutch text per reason).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotCoveredReason {
    /// Self-employed: no employment contract.
    Zzp,
    /// Civil servant with an own legal status (military, police, judiciary, political office).
    UitgezonderdeAmbtenaar,
    /// The sickness began before the first date our rule table covers.
    BeforeSupportedRange,
    /// The employee reaches AOW age before the end of the waiting period.
    AowLeeftijd,
    /// The contract ended four weeks or more before the sickness began.
    ContractAlLangerVoorbij,
}

/// Re-integration track(s).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Spoor {
    #[serde(rename = "spoor_1")]
    Spoor1,
    #[serde(rename = "spoor_2")]
    Spoor2,
    #[serde(rename = "spoor_1_en_2")]
    Spoor1En2,
    NogNiet,
    Geen,
}

impl Spoor {
    pub fn id(self) -> &'static str {
        match self {
            Spoor::Spoor1 => "spoor_1",
            Spoor::Spoor2 => "spoor_2",
            Spoor::Spoor1En2 => "spoor_1_en_2",
            Spoor::NogNiet => "nog_niet",
            Spoor::Geen => "geen",
        }
    }
    pub fn includes_spoor_2(self) -> bool {
        matches!(self, Spoor::Spoor2 | Spoor::Spoor1En2)
    }
}

/// The rule (poortwachter.md §4.3) that decided the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// R0: outside the employer's route (not covered, or UWV's safety net).
    R0Scope,
    /// R1: recovered.
    R1Hersteld,
    /// R2: full and lasting incapacity expected.
    R2Iva,
    /// R3: no usable capacity now.
    R3GeenMogelijkheden,
    /// R5: own work (possibly adapted) is possible.
    R5EigenWerk,
    /// R6: other suitable work at the own employer.
    R6AnderWerk,
    /// R7: no work at the own employer, some capacity: spoor 2.
    R7Spoor2,
    /// R8: partly back in spoor 1, unused capacity, at/after the EJE: both tracks.
    R8Beide,
    /// R9: still unknown before the EJE: spoor 1 and have an ADO done.
    R9OnbekendVoorEje,
    /// R10: still unknown at/after the EJE: both tracks.
    R10OnbekendNaEje,
    /// R11: a documented prospect of return within about three months: spoor 2 may wait.
    R11Perspectief,
    /// After the 104-week waiting period the Poortwachter tracks end.
    WachttijdVoorbij,
}

/// A fact from the answers or the dates that led to the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "reason", content = "value", rename_all = "snake_case")]
pub enum Reason {
    Hersteld(NaiveDate),
    VolledigDuurzaam,
    GeenBenutbareMogelijkheden,
    MogelijkhedenOnbekend,
    EigenWerkMogelijk,
    EigenWerkAangepast,
    EigenWerkNietMogelijk,
    EigenWerkOnbekend,
    AnderWerkMogelijk,
    AnderWerkNietMogelijk,
    AnderWerkOnbekend,
    OnbenutteMogelijkheden,
    /// A documented prospect of structural return at the own employer within about three months.
    PerspectiefBinnenDrieMaanden,
    /// Counted sick day on which the eerstejaarsevaluatie is due has been reached.
    EerstejaarsevaluatieBereikt,
    /// The eerstejaarsevaluatie was held before its last day.
    EerstejaarsevaluatieGehouden,
    EerstejaarsevaluatieNietBereikt,
    ContractVoorbij(NaiveDate),
    WachttijdVoorbij(NaiveDate),
    BuitenBereik(NotCoveredReason),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub spoor: Spoor,
    pub rule: Rule,
    pub reasons: Vec<Reason>,
    /// Rules (Wet) vs. a judgement we only report (Oordeel, with who holds it).
    pub certainty: Certainty,
    /// Who decides what the engine cannot: the bedrijfsarts, arbeidsdeskundige or UWV.
    pub decided_by: Vec<Party>,
    /// When spoor 2 applies or may apply: the last day it must have started.
    pub spoor2_start_uiterlijk: Option<NaiveDate>,
    pub basis: Basis,
}

/// A step's status on "today".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "status", content = "on", rename_all = "snake_case")]
pub enum Status {
    /// Done on this date.
    Done(NaiveDate),
    /// The last day has passed and it is not done.
    Overdue,
    /// Due soon or its window is open.
    Now,
    Upcoming,
    /// An event that has taken place.
    Passed,
    /// Does not apply to this case (the step keeps its date for reference).
    NotApplicable,
    /// The user does not know whether it was done ("weet ik niet"): neither done nor late.
    Unknown,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Done(_) => "done",
            Status::Overdue => "overdue",
            Status::Now => "now",
            Status::Upcoming => "upcoming",
            Status::Passed => "passed",
            Status::NotApplicable => "not_applicable",
            Status::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub id: StepId,
    pub kind: StepKind,
    pub who: Party,
    /// First day of the window, for steps that have one (eerstejaarsevaluatie, UWV letter).
    pub from: Option<NaiveDate>,
    /// Last day (deadline) or the day of the event.
    pub date: NaiveDate,
    /// Counted sick day the date belongs to, where it is defined by one.
    pub counted_day: Option<u32>,
    pub status: Status,
    /// The step holds only under this condition, which the result states with it.
    pub condition: Option<Condition>,
    /// The step belongs to UWV's safety net: it falls after the contract's end, when UWV pays
    /// the Ziektewet and the employer no longer has a part in it.
    pub vangnet: bool,
    pub certainty: Certainty,
    pub basis: Basis,
}

/// When a step holds only if something is (or turns out to be) the case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Only if spoor 2 turns out to be needed (work at the own employer is still unclear).
    Spoor2Nodig,
    /// Only if the 42nd-week report has not been made (the user does not know).
    MeldingNietGedaan,
    /// Only if UWV imposes a loonsanctie.
    Loonsanctie,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Duty {
    pub id: DutyId,
    pub party: Party,
    pub kind: DutyKind,
    pub certainty: Certainty,
    pub basis: Basis,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub id: NoticeId,
    pub certainty: Certainty,
    pub basis: Basis,
}

/// An answer that was not given or is "weet ik niet", and what it leaves open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OpenPoint {
    Contract,
    EigenWerk,
    AnderWerk,
    Mogelijkheden,
    StapGedaan(StepId),
}

/// The chain of sickness periods that count together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Chain {
    /// First sick day of the chain (what UWV is told).
    pub first_day: NaiveDate,
    /// Earlier periods that count together with the current one.
    pub linked_periods: usize,
    /// Fit days between linked periods (not counted).
    pub gap_days: u32,
    /// Counted sick days up to and including today (or the recovery).
    pub counted_days: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub today: NaiveDate,
    /// Date on which the team last checked the rules against the law.
    pub rules_checked_on: NaiveDate,
    /// Date of the consolidated law texts applied; the links point to that version.
    pub law_on: NaiveDate,
    /// Row of the dated rule table applied.
    pub regime: Option<RegimeId>,
    pub scope: Scope,
    pub not_covered: Option<NotCoveredReason>,
    pub chain: Chain,
    /// Sick week on today, (k − 1) div 7 + 1; capped at nothing (it can exceed 104).
    pub sick_week: u32,
    pub verdict: Verdict,
    pub steps: Vec<Step>,
    pub duties: Vec<Duty>,
    pub notices: Vec<Notice>,
    pub open_points: Vec<OpenPoint>,
    /// Reports to UWV that are late, with the highest fine (Boetebesluit art. 2c).
    pub fines: Vec<super::fines::Fine>,
    /// What the parties can do when they disagree (second opinion, deskundigenoordeel).
    pub remedies: Vec<super::remedies::Remedy>,
}

impl Assessment {
    pub fn step(&self, id: StepId) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }
    pub fn has_notice(&self, id: NoticeId) -> bool {
        self.notices.iter().any(|n| n.id == id)
    }
    pub fn overdue(&self) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(|s| s.status == Status::Overdue)
    }
}
