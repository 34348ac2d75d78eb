//! Phase "open points": answers that were not given or were "weet ik niet", and what each leaves
//! open. The result names them instead of guessing.

use super::assessment::{OpenPoint, Rule, Scope, Status, Step};
use super::engine::Case;
use super::situation::{Capacity, OwnWork, YesNoUnknown};
use super::verdict::Decision;

pub(crate) fn points(c: &Case, v: &Decision, steps: &[Step]) -> Vec<OpenPoint> {
    let s = c.situation;
    let mut open = Vec::new();
    if c.scope.scope != Scope::NotCovered && s.contract.is_none() {
        open.push(OpenPoint::Contract);
    }
    if c.in_route() && !matches!(v.rule, Rule::R2Iva | Rule::R3GeenMogelijkheden | Rule::WachttijdVoorbij) {
        if matches!(s.own_work, None | Some(OwnWork::Onbekend)) {
            open.push(OpenPoint::EigenWerk);
        }
        if !matches!(s.own_work, Some(OwnWork::Ja | OwnWork::Aangepast))
            && matches!(s.other_work_own_employer, None | Some(YesNoUnknown::Onbekend))
        {
            open.push(OpenPoint::AnderWerk);
        }
        if matches!(s.work_capacity, None | Some(Capacity::Onbekend)) {
            open.push(OpenPoint::Mogelijkheden);
        }
    }
    for &id in &s.done_unknown {
        if !s.done.contains_key(&id) && steps.iter().any(|st| st.id == id && st.status != Status::NotApplicable) {
            open.push(OpenPoint::StapGedaan(id));
        }
    }
    open
}
