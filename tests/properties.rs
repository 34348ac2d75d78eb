//! Property tests: for any situation, the engine does not panic and its output is coherent.
//! 120,000 cases by default (`PROPTEST_CASES` overrides); about 88% of generated situations are
//! valid, so over 100,000 full assessments are checked, and the rest exercise the input errors.

mod common;

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use spoorwijzer::rules::weeks::week_of;
use spoorwijzer::rules::*;

fn date_from(base: NaiveDate, offset: i64) -> NaiveDate {
    if offset >= 0 { base + Days::new(offset as u64) } else { base - Days::new((-offset) as u64) }
}

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 1, 1).unwrap()
}

prop_compose! {
    fn situation_and_today()(
        d1 in 0i64..3650,
        today_off in -30i64..1300,
        role in prop_oneof![Just(Role::Werknemer), Just(Role::Werkgever)],
        earlier in prop::collection::vec((1i64..120, 1i64..90), 0..4),
        recovered in prop::option::of(-50i64..1000),
        contract in prop::option::of(prop_oneof![
            Just(ContractKind::Vast), Just(ContractKind::Tijdelijk), Just(ContractKind::Uitzend),
            Just(ContractKind::Oproep), Just(ContractKind::Zzp), Just(ContractKind::Uitgezonderd)]),
        contract_end in prop::option::of(-60i64..900),
        cause in prop::option::of(prop_oneof![Just(Cause::Regulier), Just(Cause::Zwangerschap), Just(Cause::Orgaandonatie)]),
        flags in prop::array::uniform6(prop::option::of(any::<bool>())),
        own in prop::option::of(prop_oneof![Just(OwnWork::Ja), Just(OwnWork::Aangepast), Just(OwnWork::Nee), Just(OwnWork::Onbekend)]),
        other in prop::option::of(prop_oneof![Just(YesNoUnknown::Ja), Just(YesNoUnknown::Nee), Just(YesNoUnknown::Onbekend)]),
        cap in prop::option::of(prop_oneof![Just(Capacity::Geen), Just(Capacity::Beperkt), Just(Capacity::Onbekend)]),
        done in prop::collection::vec((0usize..StepId::ALL.len(), -50i64..1000), 0..6),
        wazo in prop::option::of((0i64..400, 0i64..120)),
        unknown in prop::collection::btree_set(0usize..StepId::ALL.len(), 0..3),
    ) -> (Situation, NaiveDate) {
        let first = date_from(base(), d1);
        let today = date_from(first, today_off);
        let mut s = Situation::new(role, first);
        // Earlier periods, walking back from the first sick day: (fit gap, length).
        let mut next = first;
        for (gap, len) in earlier {
            let last = date_from(next, -gap - 1);
            let start = date_from(last, -len + 1);
            s.earlier_periods.push(Period { first_day: start, last_day: last });
            next = start;
        }
        // Offsets are per mille of the sick time so far; a few fall outside it to exercise errors.
        let span = (today - first).num_days().max(1);
        let within = |per_mille: i64| date_from(first, span * per_mille / 1000);
        s.recovered_on = recovered.map(|r| within(r));
        s.contract = contract;
        s.contract_end = contract_end.map(|c| date_from(first, c));
        s.cause = cause;
        s.no_risk_polis = flags[0];
        s.full_lasting_disability = flags[1];
        s.refuses_cooperation = flags[2];
        s.unused_capacity = flags[3];
        s.aow_before_end = flags[4].filter(|_| flags[5] == Some(true));
        s.own_work = own;
        s.other_work_own_employer = other;
        s.work_capacity = cap;
        s.done = done.into_iter().map(|(i, off)| (StepId::ALL[i], within(off))).collect::<BTreeMap<_, _>>();
        s.done_unknown = unknown.into_iter().map(|i| StepId::ALL[i]).collect();
        s.wazo_leave = wazo.map(|(start, len)| Period { first_day: date_from(first, start), last_day: date_from(first, start + len) });
        (s, today)
    }
}

proptest! {
    #![proptest_config(common::proptest_config(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(120_000),
    ))]

    #[test]
    fn engine_is_total_and_coherent((s, today) in situation_and_today()) {
        let first = assess(&s, today);
        // Deterministic: the same input gives the same output (or the same error).
        prop_assert_eq!(&first, &assess(&s, today));
        let Ok(a) = first else { return Ok(()) };

        // The sick week matches the counted days, which never exceed the calendar days.
        prop_assert_eq!(a.sick_week, week_of(a.chain.counted_days));
        let calendar = (today - a.chain.first_day).num_days() + 1;
        prop_assert!(i64::from(a.chain.counted_days) <= calendar);
        if s.earlier_periods.is_empty() && s.wazo_leave.is_none() && s.recovered_on.is_none() {
            prop_assert_eq!(i64::from(a.chain.counted_days), (today - s.first_sick_day).num_days() + 1);
        }

        // Deadlines in their legal order. The re-integratieverslag is due with the
        // ziek-uit-dienstmelding when the contract ends first (sick six weeks or more by then).
        let at = |id: StepId| a.step(id).map(|st| st.date);
        let riv = a.step(StepId::ReIntegratieverslag).unwrap();
        let riv_at_end = riv.counted_day.is_none();
        let order: &[StepId] = if riv_at_end {
            prop_assert_eq!(at(StepId::ReIntegratieverslag), at(StepId::ZiekUitDienstMelding));
            prop_assert!(at(StepId::ReIntegratieverslag) >= at(StepId::Probleemanalyse));
            &[StepId::Probleemanalyse, StepId::ZiekmeldingUwv, StepId::Eerstejaarsevaluatie, StepId::WiaAanvraag, StepId::EindeWachttijd]
        } else {
            &[StepId::Probleemanalyse, StepId::ZiekmeldingUwv, StepId::Eerstejaarsevaluatie,
                StepId::ReIntegratieverslag, StepId::WiaAanvraag, StepId::EindeWachttijd]
        };
        for pair in order.windows(2) {
            prop_assert!(at(pair[0]) < at(pair[1]), "{:?} not before {:?}", pair[0], pair[1]);
        }
        prop_assert!(at(StepId::EindeWachttijd) <= at(StepId::EindeOpzegverbod));
        prop_assert!(at(StepId::Eerstejaarsevaluatie) < at(StepId::LoonsanctieUiterlijkEinde));

        for st in &a.steps {
            // A step listed as done is never overdue; an overdue step's last day has passed.
            if s.done.contains_key(&st.id) && st.id.can_be_done() {
                prop_assert_eq!(st.status, Status::Done(s.done[&st.id]));
            }
            if st.status == Status::Overdue {
                prop_assert!(st.date < today && !s.done.contains_key(&st.id));
                // "Weet ik niet" is never turned into "too late".
                prop_assert!(!s.done_unknown.contains(&st.id), "{:?} unknown but overdue", st.id);
            }
            if let Some(from) = st.from { prop_assert!(from <= st.date); }
        }

        if s.done_unknown.contains(&StepId::ZiekmeldingUwv) && !s.done.contains_key(&StepId::ZiekmeldingUwv) {
            prop_assert!(!a.has_notice(NoticeId::ZiekmeldingUwvTeLaat));
        }

        // The actions at the top of the result: at most three, each step once, under one party,
        // "weet ik niet" only as something to ask about, never as late.
        for role in [Role::Werknemer, Role::Werkgever] {
            let sum = actions::summary(&a, role);
            prop_assert!(sum.now.len() <= actions::MAX_NOW);
            let mut seen: Vec<StepId> = sum.now.iter().chain(&sum.theirs).chain(&sum.uwv).chain(sum.next.iter()).map(|x| x.step).collect();
            let n = seen.len();
            seen.sort();
            seen.dedup();
            prop_assert_eq!(seen.len(), n, "a step under two headings");
            for x in sum.now.iter().chain(&sum.theirs) {
                prop_assert_eq!(x.kind == actions::ActionKind::AskAbout, x.status == Status::Unknown);
            }
            prop_assert!(sum.next.is_none() || sum.now.is_empty());
        }

        // Outside the route nothing is due; every conclusion carries a cited basis.
        if a.scope == Scope::NotCovered {
            prop_assert!(a.overdue().next().is_none());
            prop_assert_eq!(a.verdict.spoor, Spoor::Geen);
            prop_assert!(a.not_covered.is_some());
        }
        if a.verdict.spoor.includes_spoor_2() {
            prop_assert!(a.verdict.spoor2_start_uiterlijk.is_some());
        }
        let bases = a.steps.iter().map(|x| x.basis)
            .chain(a.notices.iter().map(|x| x.basis))
            .chain(a.duties.iter().map(|x| x.basis))
            .chain(std::iter::once(a.verdict.basis));
        for b in bases {
            for c in b.cite(a.law_on) {
                prop_assert!(!c.citation.is_empty() && c.url.starts_with("https://"), "bad citation {:?}", c);
            }
        }
    }
}

/// The generator must mostly produce assessable situations, or the properties above test little.
#[test]
fn generator_mostly_produces_valid_situations() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = situation_and_today();
    let n = 2000;
    let ok = (0..n)
        .filter(|_| {
            let (s, today) = strategy.new_tree(&mut runner).unwrap().current();
            assess(&s, today).is_ok()
        })
        .count();
    println!("{ok} of {n} generated situations are valid");
    assert!(ok * 100 / n >= 40, "only {ok} of {n} generated situations are valid");
}
