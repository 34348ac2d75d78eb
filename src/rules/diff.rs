//! What changes between two assessments of the same case ("Wat als?"): the route, the verdict, the
//! sick week, every step's date and status, what is overdue, the notices (risks among them), the
//! fines and the rights and obligations. Follows the engine's phases; each change carries the
//! basis of what it is about. Pure: two assessments in, the differences out.

use chrono::NaiveDate;
use serde::Serialize;

use super::assessment::{Assessment, Scope, Spoor, Status, Step};
use super::duties::DutyId;
use super::fines::Fine;
use super::notices::NoticeId;
use super::sources::Basis;
use super::steps::StepId;

/// A value before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Change<T> {
    pub before: T,
    pub after: T,
}

/// A step as far as a comparison shows it: its dates and status (not applicable: absent).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StepState {
    pub from: Option<NaiveDate>,
    pub date: NaiveDate,
    pub status: Status,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct StepChange {
    pub id: StepId,
    /// `None`: the step does not apply on that side.
    pub before: Option<StepState>,
    pub after: Option<StepState>,
    pub basis: Basis,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Diff {
    pub scope: Option<Change<Scope>>,
    pub spoor: Option<Change<Spoor>>,
    /// The basis of the verdict after the change, when the verdict changes.
    pub verdict_basis: Option<Basis>,
    pub sick_week: Option<Change<u32>>,
    pub steps: Vec<StepChange>,
    /// Steps that become overdue, and that are no longer overdue.
    pub overdue_added: Vec<StepId>,
    pub overdue_removed: Vec<StepId>,
    pub notices_added: Vec<NoticeId>,
    pub notices_removed: Vec<NoticeId>,
    pub duties_added: Vec<DutyId>,
    pub duties_removed: Vec<DutyId>,
    /// Late reports to UWV and their highest fine, before and after.
    pub fines: Option<Change<Vec<Fine>>>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        *self == Diff::default()
    }
}

fn change<T: PartialEq + Copy>(a: T, b: T) -> Option<Change<T>> {
    (a != b).then_some(Change { before: a, after: b })
}

fn state(st: &Step) -> Option<StepState> {
    (st.status != Status::NotApplicable).then_some(StepState { from: st.from, date: st.date, status: st.status })
}

/// Items of `b` not in `a`, in `b`'s order.
fn added<T: PartialEq + Copy>(a: &[T], b: &[T]) -> Vec<T> {
    b.iter().copied().filter(|x| !a.contains(x)).collect()
}

/// The differences from `a` to `b`. `diff(a, a)` is empty.
pub fn diff(a: &Assessment, b: &Assessment) -> Diff {
    let spoor = change(a.verdict.spoor, b.verdict.spoor);
    let steps = b
        .steps
        .iter()
        .filter_map(|sb| {
            let before = a.step(sb.id).and_then(state);
            let after = state(sb);
            (before != after).then_some(StepChange { id: sb.id, before, after, basis: sb.basis })
        })
        .collect();
    let overdue = |x: &Assessment| x.overdue().map(|s| s.id).collect::<Vec<_>>();
    let notices = |x: &Assessment| x.notices.iter().map(|n| n.id).collect::<Vec<_>>();
    let duties = |x: &Assessment| x.duties.iter().map(|d| d.id).collect::<Vec<_>>();
    let (fa, fb) = (a.fines.clone(), b.fines.clone());
    Diff {
        scope: change(a.scope, b.scope),
        verdict_basis: spoor.map(|_| b.verdict.basis),
        spoor,
        sick_week: change(a.sick_week, b.sick_week),
        steps,
        overdue_added: added(&overdue(a), &overdue(b)),
        overdue_removed: added(&overdue(b), &overdue(a)),
        notices_added: added(&notices(a), &notices(b)),
        notices_removed: added(&notices(b), &notices(a)),
        duties_added: added(&duties(a), &duties(b)),
        duties_removed: added(&duties(b), &duties(a)),
        fines: (fa != fb).then_some(Change { before: fa, after: fb }),
    }
}
