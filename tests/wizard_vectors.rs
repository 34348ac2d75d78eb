//! The wizard against the conformance vectors: a simulated user answers every question the
//! wizard asks, as the vector's situation says, and the result must meet the vector's
//! expectation. This checks what the engine tests cannot: that the questions, their order and
//! the mapping of answers to the engine lose nothing on the way.
//! `VECTORS_DIR` points it at another folder of vectors, as for `tests/vectors.rs`.

mod common;

use chrono::NaiveDate;
use common::Vector;
use spoorwijzer::rules::{Capacity, Cause, ContractKind, OwnWork, Period, Role, Situation, YesNoUnknown};
use spoorwijzer::wizard::form::{FieldRef, Part, Slot};
use spoorwijzer::wizard::input::{self, Form};
use spoorwijzer::wizard::journey::is_answered;
use spoorwijzer::wizard::*;

/// A page with one choice on the main part and up to two dates.
fn form(choice: &str, d1: Option<NaiveDate>, d2: Option<NaiveDate>) -> Form {
    let mut f = Form::default();
    f.set_choice(Part::Main, choice);
    put_dates(&mut f, Part::Main, d1, d2);
    f
}

fn put_dates(f: &mut Form, part: Part, d1: Option<NaiveDate>, d2: Option<NaiveDate>) {
    if let Some(d) = d1 {
        f.set_date(part, Slot::Date1, d);
    }
    if let Some(d) = d2 {
        f.set_date(part, Slot::Date2, d);
    }
}

fn ynu(v: Option<YesNoUnknown>) -> &'static str {
    match v {
        Some(YesNoUnknown::Ja) => "ja",
        Some(YesNoUnknown::Nee) => "nee",
        _ => "weet-niet",
    }
}

fn yes_no(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "ja",
        Some(false) => "nee",
        None => "weet-niet",
    }
}

/// The earlier period the user types when asked about sickness in the four weeks before
/// `before`: the latest period that started before it, even one that overlaps.
fn linked_before(s: &Situation, before: NaiveDate) -> Option<Period> {
    s.earlier_periods
        .iter()
        .filter(|p| p.first_day < before && (before - p.last_day).num_days() - 1 < 28)
        .max_by_key(|p| p.last_day)
        .copied()
}

/// What a user in situation `s` answers on page `q`. Questions the situation says nothing
/// about get the honest answer for "not known" or "not the case".
fn answer_for(q: QuestionId, s: &Situation, a: &Answers, today: NaiveDate) -> Form {
    use QuestionId::*;
    match q {
        Rol => form(if s.role == Role::Werknemer { "werknemer" } else { "werkgever" }, None, None),
        Contract => form(
            match s.contract {
                Some(ContractKind::Tijdelijk) => "tijdelijk",
                Some(ContractKind::Uitzend) => "uitzend",
                Some(ContractKind::Oproep) => "oproep",
                Some(ContractKind::Zzp) => "zzp",
                Some(ContractKind::Uitgezonderd) => "uitgezonderd",
                Some(ContractKind::Vast) | None => "vast",
            },
            None,
            None,
        ),
        ContractEinde => match s.contract_end {
            Some(end) => form("datum", Some(end), None),
            None => form("geen", None, None),
        },
        EersteZiektedag => {
            let mut f = Form::default();
            f.set_date(Part::Main, Slot::Date1, s.first_sick_day);
            match linked_before(s, s.first_sick_day) {
                Some(p) => {
                    f.set_choice(Part::Earlier, "ja");
                    put_dates(&mut f, Part::Earlier, Some(p.first_day), Some(p.last_day));
                }
                None => f.set_choice(Part::Earlier, "nee"),
            }
            f
        }
        EerderZiek(n) => {
            let before = input::earlier_reference(a, n).expect("asked only with a reference date");
            match linked_before(s, before) {
                Some(p) => form("ja", Some(p.first_day), Some(p.last_day)),
                None => form("nee", None, None),
            }
        }
        Situatie => match (s.recovered_on, s.partial_return) {
            (Some(r), _) => form("hersteld", Some(r), None),
            (None, Some(p)) => {
                let mut f = form("gedeeltelijk", p.since, None);
                if let Some(v) = p.percent {
                    f.numbers.insert(FieldRef::new(Part::Main, Slot::Number), v.to_string());
                }
                f
            }
            (None, None) => form("ziek", None, None),
        },
        Bijzonder => {
            let mut f = Form::default();
            let mut tick = |on: bool, id: &str| {
                if on {
                    f.checks.insert(id.to_string());
                }
            };
            tick(s.cause == Some(Cause::Zwangerschap), "zwangerschap");
            tick(s.cause == Some(Cause::Orgaandonatie), "orgaandonatie");
            tick(s.no_risk_polis == Some(true), "no-risk");
            tick(s.aow_before_end == Some(true), "aow");
            tick(s.ontslag_proeftijd == Some(true), "proeftijd");
            tick(s.eigenrisicodrager_zw == Some(true), "eigenrisicodrager");
            if f.checks.is_empty() {
                f.checks.insert("geen".into());
            }
            if s.ontslag_proeftijd == Some(true) {
                put_dates(&mut f, Part::Main, s.contract_end, None);
            }
            f
        }
        Flex => form(yes_no(s.zw_vierde_dag), None, None),
        VoorVerlof => {
            let leave = s.wazo_leave.expect("asked only after a leave");
            match linked_before(s, leave.first_day) {
                Some(p) => form("ja", Some(p.first_day), Some(p.last_day)),
                None => form("nee", None, None),
            }
        }
        Verlof => match s.wazo_leave {
            Some(p) => form("ja", Some(p.first_day), Some(p.last_day)),
            None => form("nee", None, None),
        },
        EigenWerk => form(
            match s.own_work {
                Some(OwnWork::Ja) => "ja",
                Some(OwnWork::Aangepast) => "aangepast",
                Some(OwnWork::Nee) => "nee",
                Some(OwnWork::Onbekend) | None => "weet-niet",
            },
            None,
            None,
        ),
        AnderWerk => form(ynu(s.other_work_own_employer), None, None),
        Mogelijkheden => form(
            match s.work_capacity {
                Some(Capacity::Beperkt) => "beperkt",
                Some(Capacity::Geen) => "geen",
                Some(Capacity::Onbekend) | None => "weet-niet",
            },
            None,
            None,
        ),
        Duurzaam => form(yes_no(s.full_lasting_disability), None, None),
        MeerMogelijkheden => form(yes_no(s.unused_capacity), None, None),
        Perspectief => form(yes_no(s.return_within_3_months), None, None),
        Medewerking => form(if s.refuses_cooperation == Some(true) { "nee" } else { "ja" }, None, None),
        Stappen => {
            let mut f = Form::default();
            for step in asked_steps(a, today) {
                let part = Part::Step(step);
                match s.done.get(&step) {
                    Some(&on) => {
                        f.set_choice(part, "ja");
                        f.set_date(part, Slot::Date1, on);
                    }
                    None if s.done_unknown.contains(&step) => f.set_choice(part, "weet-niet"),
                    None => f.set_choice(part, "nee"),
                }
            }
            f
        }
    }
}

/// Walk the wizard as the simulated user: answers, or the first answer the wizard refused.
fn walk(v: &Vector) -> Result<Answers, String> {
    let mut a = Answers::default();
    for _ in 0..100 {
        let Some(q) = path(&a, v.today).into_iter().find(|q| !is_answered(*q, &a, v.today)) else { return Ok(a) };
        let f = answer_for(q, &v.situation, &a, v.today);
        a = input::apply(q, &f, &a, v.today).map_err(|e| format!("the wizard refused the answer to {q:?}: {e:?}"))?;
        prune(&mut a, v.today);
    }
    Err("the journey did not end within 100 questions".into())
}

fn check(v: &Vector) -> Vec<String> {
    if let Some(why) = &v.engine_only {
        println!("not through the wizard: {} ({why})", v.name);
        return Vec::new();
    }
    match walk(v) {
        // A vector that expects an input error is met when the wizard refuses the answer.
        Err(_) if v.expect.error.is_some() => Vec::new(),
        Err(e) => vec![e],
        Ok(a) => match outcome(&a, v.today) {
            None => vec!["the journey ended without a first sick day".into()],
            Some(Outcome::Assessed(x)) => common::compare(v, Ok(*x)),
            Some(Outcome::Invalid(e)) => common::compare(v, Err(e)),
            // The journey stopped early; only the scope can be compared.
            Some(Outcome::NotCovered(_)) => match v.expect.scope.as_deref() {
                Some("not_covered") => Vec::new(),
                other => vec![format!("the wizard says not covered; the vector expects scope {other:?}")],
            },
        },
    }
}

fn run(dir: std::path::PathBuf) {
    let (total, failures) = common::run_dir_with(&dir, check);
    assert!(total > 0, "no vectors in {}", dir.display());
    println!("{total} vectors answered through the wizard from {}: {} failed", dir.display(), failures.len());
    assert!(failures.is_empty(), "{} of {total} vectors failed through the wizard:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn shared_vectors_through_the_wizard() {
    run(common::shared_dir());
}

#[test]
fn own_vectors_through_the_wizard() {
    run(common::own_dir());
}
