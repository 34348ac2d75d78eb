//! The wizard's pure logic: paths, pruning, navigation, input parsing and the mapping to the
//! engine, including random answers that must never make it panic.

mod common;

use chrono::NaiveDate;
use proptest::prelude::*;
use spoorwijzer::rules::{OwnWork, Period, StepId, YesNoUnknown, assess};
use spoorwijzer::wizard::input::{self, DateError, DateParts, Form, FormError, FormField, parse_date};
use spoorwijzer::wizard::journey::{complete, is_answered, reachable};
use spoorwijzer::wizard::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn today() -> NaiveDate {
    d("2026-11-24")
}

fn parts(s: &str) -> DateParts {
    let v: Vec<&str> = s.split('-').collect();
    DateParts { jaar: v[0].into(), maand: v[1].into(), dag: v[2].into() }
}

/// Answer question `q` like a user would: choose `choice`, optionally fill dates.
fn answer(a: &Answers, q: QuestionId, choice: Option<&str>, d1: Option<&str>, d2: Option<&str>) -> Answers {
    let form = Form {
        choice: choice.map(String::from),
        date1: d1.map(parts).unwrap_or_default(),
        date2: d2.map(parts).unwrap_or_default(),
    };
    let mut next = input::apply(q, &form, a, today()).unwrap_or_else(|e| panic!("{q:?}: {e:?}"));
    prune(&mut next, today());
    next
}

#[test]
fn an_empty_start_asks_the_role_first() {
    assert_eq!(path(&Answers::default(), today()), vec![QuestionId::Rol]);
    assert_eq!(next_page(Page::Start, &Answers::default(), today(), false), Page::Question(QuestionId::Rol));
}

#[test]
fn a_spoor_2_journey_for_an_employer_follows_the_expected_questions() {
    use QuestionId::*;
    let mut a = Answers::default();
    let script: Vec<(QuestionId, Option<&str>, Option<&str>, Option<&str>)> = vec![
        (Rol, Some("werkgever"), None, None),
        (Contract, Some("vast"), None, None),
        (Aow, Some("nee"), None, None),
        (EersteZiektedag, None, Some("2025-10-06"), None),
        (EerderZiek(0), Some("nee"), None, None),
        (Situatie, Some("ziek"), None, None),
        (Bijzonder, Some("geen"), None, None),
        (EigenWerk, Some("nee"), None, None),
        (AnderWerk, Some("nee"), None, None),
        (Mogelijkheden, Some("beperkt"), None, None),
        (Perspectief, Some("nee"), None, None),
        (Medewerking, Some("ja"), None, None),
        (Stap(StepId::Probleemanalyse), Some("ja"), Some("2025-11-14"), None),
        (Stap(StepId::PlanVanAanpak), Some("ja"), Some("2025-11-27"), None),
        (Stap(StepId::ZiekmeldingUwv), Some("ja"), Some("2026-07-20"), None),
        (Stap(StepId::Eerstejaarsevaluatie), Some("ja"), Some("2026-09-28"), None),
        (Stap(StepId::Spoor2StartUiterlijk), Some("nee"), None, None),
    ];
    let mut page = next_page(Page::Start, &a, today(), false);
    for (q, c, d1, d2) in &script {
        assert_eq!(page, Page::Question(*q), "expected {q:?} next");
        a = answer(&a, *q, *c, *d1, *d2);
        page = next_page(Page::Question(*q), &a, today(), false);
    }
    assert_eq!(page, Page::Controle);
    assert!(complete(&a, today()));
    let expected: Vec<QuestionId> = script.iter().map(|s| s.0).collect();
    assert_eq!(path(&a, today()), expected);
    let result = assess(&to_situation(&a).unwrap(), today()).unwrap();
    assert_eq!(result.verdict.spoor.id(), "spoor_2");
    assert_eq!(prev_page(Page::Controle, &a, today()), Page::Question(QuestionId::Stap(StepId::Spoor2StartUiterlijk)));
}

#[test]
fn out_of_scope_answers_end_the_questions() {
    let a = Answers { role: Some(RoleAnswer::Werknemer), contract: Some(ContractAnswer::Zzp), ..Default::default() };
    assert_eq!(path(&a, today()), vec![QuestionId::Rol, QuestionId::Contract]);
    assert_eq!(next_page(Page::Question(QuestionId::Contract), &a, today(), false), Page::Controle);
    let b = Answers { contract: Some(ContractAnswer::Vast), aow: Some(YesNoUnknown::Ja), ..a };
    assert_eq!(path(&b, today()).last(), Some(&QuestionId::Aow));
}

#[test]
fn changing_an_early_answer_keeps_later_answers_that_still_apply() {
    let mut a = Answers {
        role: Some(RoleAnswer::Werknemer),
        contract: Some(ContractAnswer::Vast),
        aow: Some(YesNoUnknown::Nee),
        first_sick_day: Some(d("2026-03-02")),
        earlier: vec![EarlierAnswer::Nee],
        now: Some(NowAnswer::Ziek),
        special: Some(SpecialAnswer::Geen),
        own_work: Some(OwnWork::Nee),
        other_work: Some(YesNoUnknown::Nee),
        capacity: Some(CapacityAnswer::Beperkt),
        prospect: Some(YesNoUnknown::Nee),
        ..Default::default()
    };
    a.steps.insert(StepId::Probleemanalyse, StepAnswer::Ja(d("2026-04-10")));
    prune(&mut a, today());
    assert_eq!(a.other_work, Some(YesNoUnknown::Nee));
    // Own work is possible after all: the other-work and capacity answers no longer apply...
    a.own_work = Some(OwnWork::Ja);
    prune(&mut a, today());
    assert_eq!((a.other_work, a.capacity), (None, None));
    // ...but the step answers and the dates do.
    assert_eq!(a.steps.get(&StepId::Probleemanalyse), Some(&StepAnswer::Ja(d("2026-04-10"))));
    assert_eq!(a.first_sick_day, Some(d("2026-03-02")));
    // Pruning twice changes nothing.
    let once = a.clone();
    prune(&mut a, today());
    assert_eq!(a, once);
}

#[test]
fn an_answer_that_adds_a_question_keeps_the_answers_after_it() {
    let mut a = Answers {
        role: Some(RoleAnswer::Werkgever),
        contract: Some(ContractAnswer::Vast),
        aow: Some(YesNoUnknown::Nee),
        first_sick_day: Some(d("2026-03-02")),
        earlier: vec![EarlierAnswer::Nee],
        now: Some(NowAnswer::Ziek),
        special: Some(SpecialAnswer::Geen),
        own_work: Some(OwnWork::Ja),
        cooperation: Some(YesNoUnknown::Ja),
        ..Default::default()
    };
    a.steps.insert(StepId::Probleemanalyse, StepAnswer::Nee);
    prune(&mut a, today());
    let full = a.clone();
    // A fixed-term contract asks for its end date, which is not answered yet: nothing after it
    // is lost, and the next question is the new one.
    a.contract = Some(ContractAnswer::Tijdelijk);
    prune(&mut a, today());
    assert_eq!(Answers { contract: Some(ContractAnswer::Tijdelijk), ..full.clone() }, a);
    assert_eq!(next_page(Page::Question(QuestionId::Contract), &a, today(), true), Page::Question(QuestionId::ContractEinde));
    // An end date in the past makes UWV's safety net apply: the questions about the work at the
    // employer go, the dates stay.
    a.contract_end = Some(EndAnswer::Datum(d("2026-06-30")));
    prune(&mut a, today());
    assert_eq!((a.own_work, a.cooperation), (None, None));
    assert_eq!((a.first_sick_day, a.aow), (full.first_sick_day, full.aow));
    // The one judgement still asked is the early-IVA one.
    assert_eq!(path(&a, today()).last(), Some(&QuestionId::Duurzaam));
}

#[test]
fn changing_from_the_check_page_returns_there() {
    let a = Answers { role: Some(RoleAnswer::Werknemer), contract: Some(ContractAnswer::Zzp), ..Default::default() };
    assert_eq!(next_page(Page::Question(QuestionId::Rol), &a, today(), true), Page::Controle);
}

#[test]
fn a_page_without_its_answers_sends_the_user_to_the_first_open_question() {
    let a = Answers::default();
    assert_eq!(reachable(Page::Resultaat, &a, today()), Page::Question(QuestionId::Rol));
    assert_eq!(reachable(Page::Question(QuestionId::EigenWerk), &a, today()), Page::Question(QuestionId::Rol));
    assert_eq!(reachable(Page::Privacy, &a, today()), Page::Privacy);
}

#[test]
fn every_slug_round_trips() {
    let mut all = vec![
        QuestionId::Rol, QuestionId::Contract, QuestionId::ContractEinde, QuestionId::Aow, QuestionId::EersteZiektedag,
        QuestionId::Situatie, QuestionId::Bijzonder, QuestionId::Verlof, QuestionId::EigenWerk, QuestionId::AnderWerk,
        QuestionId::Mogelijkheden, QuestionId::Duurzaam, QuestionId::MeerMogelijkheden, QuestionId::Perspectief,
        QuestionId::Medewerking,
    ];
    all.extend((0..6).map(QuestionId::EerderZiek));
    all.extend(ASKED_STEPS.iter().map(|s| QuestionId::Stap(*s)));
    for q in all {
        assert_eq!(QuestionId::from_slug(&q.slug()), Some(q), "{}", q.slug());
        assert_eq!(Page::from_slug(&Page::Question(q).slug()), Some(Page::Question(q)));
    }
    assert_eq!(QuestionId::from_slug("eerder-ziek-0"), None);
    assert_eq!(QuestionId::from_slug("eerder-ziek-7"), None);
    assert_eq!(Page::from_slug("onzin"), None);
}

#[test]
fn dates_are_parsed_with_precise_errors() {
    let p = |dag: &str, maand: &str, jaar: &str| DateParts { dag: dag.into(), maand: maand.into(), jaar: jaar.into() };
    assert_eq!(parse_date(&p(" 5", "03 ", "2026")), Ok(d("2026-03-05")));
    assert_eq!(parse_date(&p("", "", "")), Err(DateError::Leeg));
    assert_eq!(parse_date(&p("", "3", "2026")), Err(DateError::DagOntbreekt));
    assert_eq!(parse_date(&p("5", "", "2026")), Err(DateError::MaandOntbreekt));
    assert_eq!(parse_date(&p("5", "3", "")), Err(DateError::JaarOntbreekt));
    assert_eq!(parse_date(&p("32", "3", "2026")), Err(DateError::DagOngeldig));
    assert_eq!(parse_date(&p("x", "3", "2026")), Err(DateError::DagOngeldig));
    assert_eq!(parse_date(&p("5", "13", "2026")), Err(DateError::MaandOngeldig));
    assert_eq!(parse_date(&p("5", "3", "26")), Err(DateError::JaarOngeldig));
    assert_eq!(parse_date(&p("5", "3", "1850")), Err(DateError::JaarOngeldig));
    assert_eq!(parse_date(&p("31", "4", "2026")), Err(DateError::BestaatNiet));
    assert_eq!(parse_date(&p("29", "2", "2028")), Ok(d("2028-02-29")));
}

#[test]
fn impossible_answers_are_refused_with_a_reason() {
    let base = Answers { first_sick_day: Some(d("2026-10-01")), ..Default::default() };
    let err = |q, choice: &str, d1: &str, d2: &str| {
        let form = Form { choice: Some(choice.into()), date1: parts(d1), date2: if d2.is_empty() { DateParts::default() } else { parts(d2) } };
        input::apply(q, &form, &base, today()).unwrap_err()
    };
    let no_choice = input::apply(QuestionId::Rol, &Form::default(), &base, today()).unwrap_err();
    assert_eq!(no_choice, vec![(FormField::Choice, FormError::KiesAntwoord)]);
    assert_eq!(
        err(QuestionId::Situatie, "hersteld", "2026-09-01", ""),
        vec![(FormField::Date1, FormError::Datum(DateError::Voor(d("2026-10-02"))))]
    );
    assert_eq!(
        err(QuestionId::Situatie, "hersteld", "2026-12-01", ""),
        vec![(FormField::Date1, FormError::Datum(DateError::InToekomst))]
    );
    assert_eq!(
        err(QuestionId::EerderZiek(0), "ja", "2026-08-01", "2026-08-20"),
        vec![(FormField::Date2, FormError::PeriodeTeVroeg { next_start: d("2026-10-01") })]
    );
    // Last sick day 2 September: 28 fit days (3 to 30 September), a new count, not this question's.
    assert_eq!(
        err(QuestionId::EerderZiek(0), "ja", "2026-08-20", "2026-09-02"),
        vec![(FormField::Date2, FormError::PeriodeTeVroeg { next_start: d("2026-10-01") })]
    );
    assert_eq!(
        err(QuestionId::EerderZiek(0), "ja", "2026-09-20", "2026-09-10"),
        vec![(FormField::Date2, FormError::EindeVoorBegin)]
    );
    assert_eq!(
        err(QuestionId::EerderZiek(0), "ja", "2026-09-20", "2026-10-01"),
        vec![(FormField::Date2, FormError::PeriodeNietVoor { next_start: d("2026-10-01") })]
    );
    // 27 fit days: still counts together.
    let ok = input::apply(
        QuestionId::EerderZiek(0),
        &Form { choice: Some("ja".into()), date1: parts("2026-08-20"), date2: parts("2026-09-03") },
        &base,
        today(),
    )
    .unwrap();
    assert_eq!(ok.earlier, vec![EarlierAnswer::Ja(Period { first_day: d("2026-08-20"), last_day: d("2026-09-03") })]);
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..4000).prop_map(|o| d("2018-01-01") + chrono::Days::new(o as u64))
}

fn any_answers() -> impl Strategy<Value = Answers> {
    let ynu = || prop::option::of(prop_oneof![Just(YesNoUnknown::Ja), Just(YesNoUnknown::Nee), Just(YesNoUnknown::Onbekend)]);
    (
        (
            prop::option::of(prop_oneof![Just(RoleAnswer::Werknemer), Just(RoleAnswer::Werkgever), Just(RoleAnswer::Adviseur)]),
            prop::option::of(prop_oneof![Just(ContractAnswer::Vast), Just(ContractAnswer::Tijdelijk), Just(ContractAnswer::Zzp)]),
            prop::option::of(prop_oneof![any_date().prop_map(EndAnswer::Datum), Just(EndAnswer::Geen), Just(EndAnswer::WeetNiet)]),
            ynu(),
            prop::option::of(any_date()),
            prop::collection::vec(prop_oneof![(any_date(), 0u64..60).prop_map(|(s, l)| EarlierAnswer::Ja(Period { first_day: s, last_day: s + chrono::Days::new(l) })), Just(EarlierAnswer::Nee)], 0..4),
        ),
        (
            prop::option::of(prop_oneof![Just(NowAnswer::Ziek), Just(NowAnswer::Gedeeltelijk), any_date().prop_map(NowAnswer::Hersteld)]),
            prop::option::of(prop_oneof![Just(SpecialAnswer::Zwangerschap), Just(SpecialAnswer::Geen), Just(SpecialAnswer::NoRisk)]),
            prop::option::of(prop_oneof![Just(OwnWork::Ja), Just(OwnWork::Aangepast), Just(OwnWork::Nee), Just(OwnWork::Onbekend)]),
            ynu(),
            prop::option::of(prop_oneof![Just(CapacityAnswer::Beperkt), Just(CapacityAnswer::Geen), Just(CapacityAnswer::WeetNiet)]),
            (ynu(), ynu(), ynu(), ynu()),
            prop::collection::btree_map(prop::sample::select(ASKED_STEPS.to_vec()), prop_oneof![any_date().prop_map(StepAnswer::Ja), Just(StepAnswer::Nee), Just(StepAnswer::WeetNiet)], 0..5),
        ),
    )
        .prop_map(|((role, contract, contract_end, aow, first, earlier), (now, special, own, other, cap, (lasting, more, prospect, coop), steps))| Answers {
            role, contract, contract_end, aow, first_sick_day: first, earlier, now, special, leave: None,
            own_work: own, other_work: other, capacity: cap, lasting, more_capacity: more, prospect, cooperation: coop, steps,
        })
}

proptest! {
    #![proptest_config(common::proptest_config(20_000))]
    #[test]
    fn random_answers_never_break_the_wizard(a in any_answers()) {
        let t = today();
        let p = path(&a, t);
        prop_assert!(!p.is_empty());
        // Only the last question on the path can be unanswered.
        for q in &p[..p.len() - 1] { prop_assert!(is_answered(*q, &a), "{:?} unanswered mid-path", q); }
        let mut pruned = a.clone();
        prune(&mut pruned, t);
        prop_assert_eq!(path(&pruned, t), p.clone());
        let again = { let mut x = pruned.clone(); prune(&mut x, t); x };
        prop_assert_eq!(&again, &pruned);
        for q in &p {
            let page = Page::Question(*q);
            prop_assert_eq!(reachable(page, &pruned, t), page);
            let _ = next_page(page, &pruned, t, false);
            let _ = prev_page(page, &pruned, t);
            let _ = input::form_from(*q, &pruned);
        }
        if let Some(s) = to_situation(&pruned) { let _ = assess(&s, t); }
        let json = serde_json::to_string(&pruned).unwrap();
        prop_assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), pruned);
    }
}


/// Regression (a CI run of `random_answers_never_break_the_wizard` on an unrelated change): an
/// answer to a question that is not on the path (more capacity, asked only from week 46) used
/// to reach the verdict, put the spoor 2 step on the path and keep a spoor 2 start dated years
/// before the sickness; pruning again then dropped it. Off-path answers must never count.
#[test]
fn an_answer_off_the_path_never_keeps_another_answer() {
    let mut a = Answers {
        role: Some(RoleAnswer::Werknemer),
        contract: Some(ContractAnswer::Vast),
        aow: Some(YesNoUnknown::Nee),
        first_sick_day: Some(d("2026-01-14")),
        earlier: vec![EarlierAnswer::Nee],
        now: Some(NowAnswer::Ziek),
        special: Some(SpecialAnswer::Geen),
        own_work: Some(OwnWork::Aangepast),
        more_capacity: Some(YesNoUnknown::Ja),
        ..Default::default()
    };
    a.steps.insert(StepId::Eerstejaarsevaluatie, StepAnswer::Ja(d("2026-01-14")));
    a.steps.insert(StepId::Spoor2StartUiterlijk, StepAnswer::Ja(d("2018-01-01")));
    // Week 45 on this day: the question about more capacity is not asked yet.
    assert!(!path(&a, today()).contains(&QuestionId::MeerMogelijkheden));
    let mut once = a.clone();
    prune(&mut once, today());
    assert_eq!(once.more_capacity, None);
    assert_eq!(once.steps.get(&StepId::Spoor2StartUiterlijk), None, "the spoor 2 step is not on the path");
    let mut twice = once.clone();
    prune(&mut twice, today());
    assert_eq!(twice, once);
}
