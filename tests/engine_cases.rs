//! Hand-written cases for rules the vectors do not pin down: counting across periods, every
//! input error, applicability after recovery and contract end, and open points.

use chrono::NaiveDate;
use spoorwijzer::rules::weeks::Count;
use spoorwijzer::rules::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn p(a: &str, b: &str) -> Period {
    Period { first_day: d(a), last_day: d(b) }
}

#[test]
fn counting_skips_fit_days_across_a_chain() {
    // Two earlier periods of 10 days each, 5 fit days between all periods.
    let earlier = [p("2026-01-01", "2026-01-10"), p("2026-01-16", "2026-01-25")];
    let c = Count::new(&earlier, d("2026-01-31"), None, 28, false);
    assert_eq!(c.first_day, d("2026-01-01"));
    assert_eq!((c.linked, c.gap_days), (2, 10));
    assert_eq!(c.date_of_counted_day(10), Some(d("2026-01-10")));
    assert_eq!(c.date_of_counted_day(11), Some(d("2026-01-16")));
    assert_eq!(c.date_of_counted_day(21), Some(d("2026-01-31")));
    assert_eq!(c.date_of_counted_day(42), Some(d("2026-02-21")));
    assert_eq!(c.counted_days_until(d("2026-01-13"), None), 10); // a fit day adds nothing
    assert_eq!(c.counted_days_until(d("2026-02-01"), None), 22);
    assert_eq!(c.date_of_counted_day(0), None);
}

#[test]
fn a_long_gap_breaks_the_chain_but_a_short_one_before_it_does_not_join() {
    // Oldest period 40 days before the middle one: only the middle one links.
    let earlier = [p("2025-10-01", "2025-10-10"), p("2025-11-20", "2025-12-20")];
    let c = Count::new(&earlier, d("2026-01-05"), None, 28, false);
    assert_eq!((c.first_day, c.linked, c.unlinked_earlier), (d("2025-11-20"), 1, true));
}

#[test]
fn wazo_leave_days_are_not_counted() {
    let c = Count::new(&[], d("2026-01-05"), Some(p("2026-01-10", "2026-01-19")), 28, false);
    assert_eq!(c.date_of_counted_day(5), Some(d("2026-01-09")));
    assert_eq!(c.date_of_counted_day(6), Some(d("2026-01-20")));
}

fn err(s: &Situation, today: &str) -> String {
    let e = assess(s, d(today)).expect_err("expected an input error");
    serde_json::to_value(&e).unwrap()["error"].as_str().unwrap().to_string()
}

#[test]
fn every_bad_input_has_its_own_error_and_field() {
    let base = Situation::new(Role::Werknemer, d("2026-10-01"));
    let today = "2026-11-22";
    let mut s = base.clone();
    s.first_sick_day = d("2026-12-01");
    assert_eq!(err(&s, today), "first_sick_day_in_future");
    let mut s = base.clone();
    s.recovered_on = Some(d("2026-10-01"));
    assert_eq!(err(&s, today), "recovered_not_after_first_sick_day");
    s.recovered_on = Some(d("2026-11-23"));
    assert_eq!(err(&s, today), "recovered_in_future");
    let mut s = base.clone();
    s.earlier_periods = vec![p("2026-09-10", "2026-09-01")];
    assert_eq!(err(&s, today), "period_ends_before_start");
    s.earlier_periods = vec![p("2026-09-10", "2026-10-01")];
    assert_eq!(err(&s, today), "period_not_before_current");
    s.earlier_periods = vec![p("2026-08-01", "2026-08-20"), p("2026-08-20", "2026-09-01")];
    assert_eq!(err(&s, today), "periods_overlap");
    s.earlier_periods = (0..21).map(|i| p(&format!("2025-{:02}-01", i % 12 + 1), &format!("2025-{:02}-02", i % 12 + 1))).collect();
    assert_eq!(err(&s, today), "too_many_periods");
    let mut s = base.clone();
    s.done.insert(StepId::Probleemanalyse, d("2026-09-30"));
    assert_eq!(err(&s, today), "done_before_start");
    let e = assess(&s, d(today)).unwrap_err();
    assert_eq!(e.field(), Field::Done(StepId::Probleemanalyse));
    s.done.insert(StepId::Probleemanalyse, d("2026-11-23"));
    assert_eq!(err(&s, today), "done_in_future");
    let mut s = base.clone();
    s.wazo_leave = Some(p("2026-10-10", "2026-10-05"));
    assert_eq!(err(&s, today), "wazo_leave_ends_before_start");
    let mut s = base.clone();
    s.first_sick_day = d("1850-01-01");
    assert_eq!(err(&s, today), "date_out_of_range");
    // A done date inside an earlier linked period is fine: the chain started then.
    let mut s = base;
    s.earlier_periods = vec![p("2026-09-01", "2026-09-20")];
    s.done.insert(StepId::Probleemanalyse, d("2026-09-15"));
    assert!(assess(&s, d(today)).is_ok());
}

#[test]
fn after_recovery_later_steps_do_not_apply() {
    let mut s = Situation::new(Role::Werknemer, d("2026-01-05"));
    s.recovered_on = Some(d("2026-03-01"));
    let a = assess(&s, d("2026-06-01")).unwrap();
    assert_eq!(a.verdict.spoor, Spoor::Geen);
    assert_eq!(a.step(StepId::Probleemanalyse).unwrap().status, Status::Overdue); // day 42 was 15 Feb
    assert_eq!(a.step(StepId::ZiekmeldingUwv).unwrap().status, Status::NotApplicable);
    assert_eq!(a.chain.counted_days, 55);
}

#[test]
fn contract_end_while_sick_stops_employer_steps_but_not_the_wia_route() {
    let mut s = Situation::new(Role::Werknemer, d("2026-01-05"));
    s.contract = Some(ContractKind::Tijdelijk);
    s.contract_end = Some(d("2026-06-30"));
    let a = assess(&s, d("2026-11-22")).unwrap();
    assert_eq!(a.scope, Scope::VangnetUwv);
    assert_eq!(a.step(StepId::ZiekmeldingUwv).unwrap().status, Status::NotApplicable);
    assert_eq!(a.step(StepId::WiaAanvraag).unwrap().status, Status::Upcoming);
    assert_eq!(a.step(StepId::ZiekUitDienstMelding).unwrap().date, d("2026-06-30"));
    // Before the end, the same case is still the employer's route, with the notice.
    let b = assess(&s, d("2026-05-01")).unwrap();
    assert_eq!(b.scope, Scope::Poortwachter);
    assert!(b.has_notice(NoticeId::ContractEindigtTijdensZiekte));
}

#[test]
fn unknown_steps_are_open_points_never_late_and_raise_no_risk() {
    // "Weet ik niet" on the probleemanalyse (due 12 October) and on the 42nd-week report.
    let mut s = Situation::new(Role::Werknemer, d("2025-09-01"));
    s.done_unknown.insert(StepId::Probleemanalyse);
    s.done_unknown.insert(StepId::ZiekmeldingUwv);
    let a = assess(&s, d("2026-11-22")).unwrap();
    assert!(a.open_points.contains(&OpenPoint::StapGedaan(StepId::Probleemanalyse)));
    assert_eq!(a.step(StepId::Probleemanalyse).unwrap().status, Status::Unknown);
    assert_eq!(a.step(StepId::ZiekmeldingUwv).unwrap().status, Status::Unknown);
    assert!(a.overdue().all(|st| !matches!(st.id, StepId::Probleemanalyse | StepId::ZiekmeldingUwv)));
    assert!(!a.has_notice(NoticeId::ZiekmeldingUwvTeLaat), "no 'te laat' on no evidence");
    // The week-81 line holds only if the report was not made: said as a condition.
    let line = a.step(StepId::ZiekmeldingUwv81wkGrens).unwrap();
    assert_eq!(line.condition, Some(Condition::MeldingNietGedaan));
    // Answered "nee", the same steps are late, with the fine and the sanction risk.
    s.done_unknown.clear();
    let b = assess(&s, d("2026-11-22")).unwrap();
    assert_eq!(b.step(StepId::Probleemanalyse).unwrap().status, Status::Overdue);
    assert!(b.has_notice(NoticeId::ZiekmeldingUwvTeLaat) && b.has_notice(NoticeId::LoonsanctieRisico));
    assert_eq!(b.step(StepId::ZiekmeldingUwv81wkGrens).unwrap().condition, None);
}

#[test]
fn the_81_week_line_only_shows_when_the_42nd_week_report_is_late() {
    let s = Situation::new(Role::Werkgever, d("2026-01-05"));
    let early = assess(&s, d("2026-03-01")).unwrap();
    assert_eq!(early.step(StepId::ZiekmeldingUwv81wkGrens).unwrap().status, Status::NotApplicable);
    let late = assess(&s, d("2026-11-22")).unwrap();
    assert_eq!(late.step(StepId::ZiekmeldingUwv81wkGrens).unwrap().status, Status::Upcoming);
    assert!(late.has_notice(NoticeId::ZiekmeldingUwvTeLaat));
}

#[test]
fn every_id_has_a_basis_with_a_link() {
    let law_on = d("2026-07-01");
    let bases = StepId::ALL.iter().map(|s| s.basis()).chain(DutyId::ALL.iter().map(|x| x.basis()));
    for b in bases {
        for c in b.cite(law_on) {
            assert!(c.url.starts_with("https://"), "{c:?}");
            assert!(!c.citation.is_empty());
        }
    }
    assert_eq!(
        spoorwijzer::rules::sources::cite::WIA_25_LID9.url(law_on),
        "https://wetten.overheid.nl/BWBR0019057/2026-07-01#Artikel25"
    );
}

#[test]
fn the_next_conversation_follows_the_route() {
    use spoorwijzer::rules::conversation::{ConversationKind::*, next_conversation};
    let kind = |s: &Situation, on: &str| next_conversation(&assess(s, d(on)).unwrap()).map(|c| c.kind);
    let mut s = Situation::new(Role::Werknemer, d("2026-02-09"));
    assert_eq!(kind(&s, "2026-03-05"), Some(Bedrijfsarts));
    s.done.insert(StepId::Probleemanalyse, d("2026-03-16"));
    assert_eq!(kind(&s, "2026-03-20"), Some(PlanVanAanpak));
    s.done.insert(StepId::PlanVanAanpak, d("2026-03-30"));
    assert_eq!(kind(&s, "2026-06-01"), Some(Evaluatie));
    assert_eq!(kind(&s, "2026-12-20"), Some(Eerstejaarsevaluatie));
    s.recovered_on = Some(d("2026-06-01"));
    assert_eq!(kind(&s, "2026-06-10"), None, "recovered: no conversation to prepare");
}
