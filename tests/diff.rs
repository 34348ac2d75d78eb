//! "Wat als?": the diff of two assessments (`rules::diff`) reports exactly what differs: every
//! reported change is real and nothing that differs is left out. Checked on every vector against a
//! set of one-fact changes, and on random changes with a fixed seed; a case against itself is empty.

mod common;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use spoorwijzer::rules::diff::diff;
use spoorwijzer::rules::*;

/// The one-fact changes tried on a situation: a contract end, spoor 2 started, a step done, a
/// recovery, a partial return, a relapse, and the same case on later days.
fn changes(s: &Situation, today: NaiveDate) -> Vec<(String, Situation, NaiveDate)> {
    let mut out = Vec::new();
    let plus = |d: NaiveDate, n: u64| d.checked_add_days(Days::new(n)).unwrap();
    let mut add = |name: &str, f: &dyn Fn(&mut Situation), on: NaiveDate| {
        let mut t = s.clone();
        f(&mut t);
        out.push((name.to_string(), t, on));
    };
    for n in [0u64, 30, 200] {
        add(&format!("contract ends +{n}"), &|t| {
            t.contract = Some(ContractKind::Tijdelijk);
            t.contract_end = Some(plus(t.first_sick_day, n + 20));
        }, today);
        add(&format!("later day +{n}"), &|_| {}, plus(today, n + 1));
    }
    add("contract extended", &|t| t.contract_end = None, today);
    add("spoor 2 starts today", &|t| { t.done.insert(StepId::Spoor2StartUiterlijk, today); }, today);
    for id in [StepId::Probleemanalyse, StepId::PlanVanAanpak, StepId::ZiekmeldingUwv, StepId::Eerstejaarsevaluatie] {
        add(&format!("{} done today", id.id()), &|t| { t.done.insert(id, today); }, today);
    }
    if today > s.first_sick_day {
        add("recovered today", &|t| t.recovered_on = Some(today), today);
    }
    add("partly back", &|t| t.partial_return = Some(PartialReturn { since: Some(today), percent: Some(50) }), today);
    add("relapse within four weeks", &|t| {
        let last = t.first_sick_day.pred_opt().unwrap();
        let relapse = Period { first_day: t.first_sick_day.checked_sub_days(Days::new(40)).unwrap(), last_day: last.checked_sub_days(Days::new(10)).unwrap() };
        let mut earlier = vec![relapse];
        earlier.extend(t.earlier_periods.iter().copied().filter(|p| p.last_day < relapse.first_day));
        t.earlier_periods = earlier;
    }, today);
    out
}

/// Whether `d` reports exactly the differences between `a` and `b`.
fn exact(a: &Assessment, b: &Assessment) -> Vec<String> {
    let d = diff(a, b);
    let mut bad = Vec::new();
    if d.scope.is_some() != (a.scope != b.scope) { bad.push("scope".into()); }
    if d.spoor.is_some() != (a.verdict.spoor != b.verdict.spoor) { bad.push("spoor".into()); }
    if d.sick_week.is_some() != (a.sick_week != b.sick_week) { bad.push("sick week".into()); }
    let shown = |st: &Step| (st.status != Status::NotApplicable).then_some((st.from, st.date, st.status));
    for id in StepId::ALL {
        let differs = a.step(id).and_then(shown) != b.step(id).and_then(shown);
        let reported = d.steps.iter().filter(|c| c.id == id).count();
        if reported != usize::from(differs) { bad.push(format!("step {}: differs {differs}, reported {reported}", id.id())); }
    }
    let set = |v: Vec<String>| { let mut v = v; v.sort(); v };
    let ids = |x: &Assessment| x.notices.iter().map(|n| n.id.id().to_string()).collect::<Vec<_>>();
    let only = |x: Vec<String>, y: &[String]| set(x.into_iter().filter(|n| !y.contains(n)).collect());
    if set(d.notices_added.iter().map(|n| n.id().to_string()).collect()) != only(ids(b), &ids(a)) { bad.push("notices added".into()); }
    if set(d.notices_removed.iter().map(|n| n.id().to_string()).collect()) != only(ids(a), &ids(b)) { bad.push("notices removed".into()); }
    let od = |x: &Assessment| x.overdue().map(|s| s.id.id().to_string()).collect::<Vec<_>>();
    if set(d.overdue_added.iter().map(|s| s.id().to_string()).collect()) != only(od(b), &od(a)) { bad.push("overdue added".into()); }
    if set(d.overdue_removed.iter().map(|s| s.id().to_string()).collect()) != only(od(a), &od(b)) { bad.push("overdue removed".into()); }
    let du = |x: &Assessment| x.duties.iter().map(|s| s.id.id().to_string()).collect::<Vec<_>>();
    if set(d.duties_added.iter().map(|s| s.id().to_string()).collect()) != only(du(b), &du(a)) { bad.push("duties added".into()); }
    if d.fines.is_some() != (a.fines != b.fines) { bad.push("fines".into()); }
    if d.is_empty() != (a.scope == b.scope && a.verdict.spoor == b.verdict.spoor && a.sick_week == b.sick_week
        && d.steps.is_empty() && ids(a) == ids(b) && du(a) == du(b) && a.fines == b.fines) {
        bad.push("is_empty".into());
    }
    bad
}

fn check_vector(v: &common::Vector) -> Vec<String> {
    let Ok(a) = assess(&v.situation, v.today) else { return Vec::new() };
    let mut bad = Vec::new();
    if !diff(&a, &a).is_empty() { bad.push("a case against itself is not empty".into()); }
    for (name, s, on) in changes(&v.situation, v.today) {
        let Ok(b) = assess(&s, on) else { continue };
        let Ok(a) = assess(&v.situation, on) else { continue };
        for e in exact(&a, &b) { bad.push(format!("{name}: {e}")); }
        // The same when the later day alone is the change.
        let Ok(a0) = assess(&v.situation, v.today) else { continue };
        for e in exact(&a0, &b) { bad.push(format!("{name} (from today): {e}")); }
    }
    bad
}

#[test]
fn the_diff_of_every_vector_against_one_fact_changes_is_exact() {
    let mut total = 0;
    for dir in [common::shared_dir(), common::own_dir()] {
        let (n, failures) = common::run_dir_with(&dir, check_vector);
        total += n;
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
    println!("diffs checked on {total} vectors");
}

proptest! {
    #![proptest_config(common::proptest_config(3_000))]
    #[test]
    fn random_changes_give_exact_diffs(d1 in 0u64..2500, later in 0u64..800, end in proptest::option::of(0u64..900), done in proptest::option::of((0usize..StepId::ALL.len(), 0u64..700)), rec in proptest::option::of(1u64..700)) {
        let first = NaiveDate::from_ymd_opt(2020, 1, 6).unwrap() + Days::new(d1);
        let today = first + Days::new(later);
        let mut s = Situation::new(Role::Werkgever, first);
        s.contract_end = end.map(|e| first + Days::new(e));
        if s.contract_end.is_some() { s.contract = Some(ContractKind::Tijdelijk); }
        let Ok(a) = assess(&s, today) else { return Ok(()) };
        prop_assert!(diff(&a, &a).is_empty());
        let mut t = s.clone();
        if let Some((i, off)) = done { let on = first + Days::new(off); if on <= today { t.done.insert(StepId::ALL[i], on); } }
        if let Some(r) = rec { let on = first + Days::new(r); if on <= today { t.recovered_on = Some(on); } }
        if let Ok(b) = assess(&t, today) {
            let bad = exact(&a, &b);
            prop_assert!(bad.is_empty(), "{:?}", bad);
        }
    }
}
