//! What each party should do now, derived from the assessment for the reader's role: the one to
//! three actions for the top of the result, the next one when nothing is due, what the other
//! party must do, and what UWV does. Each step becomes at most one action, under the party who
//! acts, so the result never says the same thing twice.

use chrono::NaiveDate;
use serde::Serialize;

use super::assessment::{Assessment, Condition, Status, Step};
use super::situation::Role;
use super::sources::{Certainty, Party};
use super::steps::{StepId, StepKind};

/// How the reader is involved in an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// The reader does it (alone or together with the other party).
    Do,
    /// The reader does not know whether it was done: find out, and if not, have it done.
    AskAbout,
    /// The other party does it.
    Theirs,
    /// UWV or the bedrijfsarts does it; the reader waits for it.
    Expect,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Action {
    pub step: StepId,
    pub kind: ActionKind,
    /// Who acts.
    pub who: Party,
    /// The last day (or the day of the event).
    pub date: NaiveDate,
    pub status: Status,
    pub condition: Option<Condition>,
    pub certainty: Certainty,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Summary {
    /// What the reader does now: late, unknown or due within two weeks; at most three.
    pub now: Vec<Action>,
    /// When nothing is due now: the reader's next action.
    pub next: Option<Action>,
    /// What the other party (or the bedrijfsarts) must do now.
    pub theirs: Vec<Action>,
    /// What UWV does now or soon.
    pub uwv: Vec<Action>,
}

/// At most this many actions at the top of the result.
pub const MAX_NOW: usize = 3;

/// The reader's own party, or both together.
fn own(who: Party, role: Role) -> bool {
    match role {
        Role::Werknemer => matches!(who, Party::Werknemer | Party::Samen),
        // The employer asks the bedrijfsarts for the probleemanalyse: its action.
        Role::Werkgever => matches!(who, Party::Werkgever | Party::Samen | Party::Bedrijfsarts),
    }
}

fn action(st: &Step, kind: ActionKind) -> Action {
    Action { step: st.id, kind, who: st.who, date: st.date, status: st.status, condition: st.condition, certainty: st.certainty }
}

/// Urgency order: late first, then unknown, then by date.
fn rank(a: &Action) -> (u8, NaiveDate) {
    let r = match a.status {
        Status::Overdue => 0,
        Status::Unknown => 1,
        _ => 2,
    };
    (r, a.date)
}

/// Steps that are never actions: the first sick day itself and a loonsanctie that is only a
/// possibility.
fn actionable(st: &Step) -> bool {
    st.id != StepId::ZiekmeldingWerkgever && st.condition != Some(Condition::Loonsanctie)
}

/// How the reader is involved in a step, whatever its date: its own step (or both together),
/// one to find out about, the other party's, or UWV's or the bedrijfsarts' event.
pub fn kind_for(st: &Step, role: Role) -> ActionKind {
    match (st.kind, st.who) {
        (StepKind::Event, _) => ActionKind::Expect,
        _ if st.status == Status::Unknown => ActionKind::AskAbout,
        _ if own(st.who, role) => ActionKind::Do,
        _ => ActionKind::Theirs,
    }
}

/// The step as an action for the reader.
pub fn action_for(st: &Step, role: Role) -> Action {
    action(st, kind_for(st, role))
}

pub fn summary(a: &Assessment, role: Role) -> Summary {
    let mut now = Vec::new();
    let mut theirs = Vec::new();
    let mut uwv = Vec::new();
    for st in a.steps.iter().filter(|s| actionable(s)) {
        let due = matches!(st.status, Status::Overdue | Status::Now | Status::Unknown);
        if !due {
            continue;
        }
        // Not knowing whether the other party did a step is the reader's to find out.
        match kind_for(st, role) {
            ActionKind::Expect if matches!(st.who, Party::Uwv | Party::Bedrijfsarts) && st.status == Status::Now => {
                uwv.push(action(st, ActionKind::Expect));
            }
            ActionKind::Expect => {}
            kind @ (ActionKind::AskAbout | ActionKind::Do) => now.push(action(st, kind)),
            ActionKind::Theirs => theirs.push(action(st, ActionKind::Theirs)),
        }
    }
    for list in [&mut now, &mut theirs, &mut uwv] {
        super::small_sort::sort_small_by_key(list, rank);
    }
    now.truncate(MAX_NOW);
    theirs.truncate(MAX_NOW);
    let next = if now.is_empty() {
        a.steps
            .iter()
            .filter(|st| actionable(st) && st.status == Status::Upcoming && st.kind != StepKind::Event && own(st.who, role))
            .min_by_key(|st| st.date)
            .map(|st| action(st, ActionKind::Do))
    } else {
        None
    };
    Summary { now, next, theirs, uwv }
}
