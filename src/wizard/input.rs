//! What was typed → answers, with precise errors the content catalogue words. Dates come as three
//! text fields (dag, maand, jaar), GOV.UK style. Validation happens on submit only.

use chrono::{Days, NaiveDate};

use crate::rules::{OwnWork, PartialReturn, Period, YesNoUnknown};

use super::answers::*;
pub use super::form::{DateError, DateParts, FieldRef, Form, Part, Slot, parse_date};
use super::journey::asked_steps;
use super::questions::QuestionId;

/// An error on one input of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormError {
    KiesAntwoord,
    Datum(DateError),
    /// The earlier period ended more than four weeks before `next_start`: it does not count.
    PeriodeTeVroeg { next_start: NaiveDate },
    /// The "tot" date is before the "van" date.
    EindeVoorBegin,
    /// The period overlaps the sickness that follows it.
    PeriodeNietVoor { next_start: NaiveDate },
    /// "Geen van deze" or "Weet ik niet" together with a situation.
    AlleenOfGeen,
    /// Both pregnancy and organ donation as the cause: one sickness has one cause here.
    EenOorzaak,
    /// Not a whole number from 1 to 100.
    Procent,
}

pub type Errors = Vec<(FieldRef, FormError)>;

fn ynu(v: &str) -> Option<YesNoUnknown> {
    match v {
        "ja" => Some(YesNoUnknown::Ja),
        "nee" => Some(YesNoUnknown::Nee),
        "weet-niet" => Some(YesNoUnknown::Onbekend),
        _ => None,
    }
}

fn ynu_id(v: YesNoUnknown) -> &'static str {
    match v {
        YesNoUnknown::Ja => "ja",
        YesNoUnknown::Nee => "nee",
        YesNoUnknown::Onbekend => "weet-niet",
    }
}

/// The first day of the sickness (or period) that the earlier period `n` must end before.
pub fn earlier_reference(a: &Answers, n: u8) -> Option<NaiveDate> {
    if n == 0 {
        return a.first_sick_day;
    }
    match a.earlier.get(usize::from(n) - 1)? {
        EarlierAnswer::Ja(p) => Some(p.first_day),
        EarlierAnswer::Nee => None,
    }
}

/// Prefill a page from the saved answers, so that "Terug" and "Wijzigen" show them.
/// The choice on the role question for a role.
pub fn role_choice(r: RoleAnswer) -> &'static str {
    match r {
        RoleAnswer::Werknemer => "werknemer",
        RoleAnswer::Werkgever => "werkgever",
        RoleAnswer::Adviseur => "adviseur",
    }
}

pub fn form_from(q: QuestionId, a: &Answers, today: NaiveDate) -> Form {
    use QuestionId::*;
    let mut f = Form::default();
    let main = Part::Main;
    let period = |f: &mut Form, part: Part, e: Option<&EarlierAnswer>| match e {
        Some(EarlierAnswer::Ja(p)) => {
            f.set_choice(part, "ja");
            f.set_date(part, Slot::Date1, p.first_day);
            f.set_date(part, Slot::Date2, p.last_day);
        }
        Some(EarlierAnswer::Nee) => f.set_choice(part, "nee"),
        None => {}
    };
    match q {
        Rol => {
            if let Some(r) = a.role {
                f.set_choice(main, role_choice(r));
            }
        }
        Contract => {
            if let Some(c) = a.contract {
                f.set_choice(main, match c {
                    ContractAnswer::Vast => "vast",
                    ContractAnswer::Tijdelijk => "tijdelijk",
                    ContractAnswer::Uitzend => "uitzend",
                    ContractAnswer::Oproep => "oproep",
                    ContractAnswer::Zzp => "zzp",
                    ContractAnswer::Uitgezonderd => "uitgezonderd",
                });
            }
        }
        ContractEinde => match a.contract_end {
            Some(EndAnswer::Datum(d)) => {
                f.set_choice(main, "datum");
                f.set_date(main, Slot::Date1, d);
            }
            Some(EndAnswer::Geen) => f.set_choice(main, "geen"),
            Some(EndAnswer::WeetNiet) => f.set_choice(main, "weet-niet"),
            None => {}
        },
        EersteZiektedag => {
            if let Some(d) = a.first_sick_day {
                f.set_date(main, Slot::Date1, d);
            }
            period(&mut f, Part::Earlier, a.earlier.first());
        }
        EerderZiek(n) => period(&mut f, main, a.earlier.get(usize::from(n))),
        VoorVerlof => period(&mut f, main, a.before_leave.as_ref()),
        Verlof => match a.leave {
            Some(LeaveAnswer::Ja(p)) => period(&mut f, main, Some(&EarlierAnswer::Ja(p))),
            Some(LeaveAnswer::Nee) => f.set_choice(main, "nee"),
            None => {}
        },
        Situatie => match a.now {
            Some(NowAnswer::Ziek) => f.set_choice(main, "ziek"),
            Some(NowAnswer::Gedeeltelijk(p)) => {
                f.set_choice(main, "gedeeltelijk");
                if let Some(d) = p.since {
                    f.set_date(main, Slot::Date1, d);
                }
                if let Some(v) = p.percent {
                    f.numbers.insert(FieldRef::new(main, Slot::Number), v.to_string());
                }
            }
            Some(NowAnswer::Hersteld(d)) => {
                f.set_choice(main, "hersteld");
                f.set_date(main, Slot::Date1, d);
            }
            None => {}
        },
        Bijzonder => {
            if let Some(s) = a.special {
                let ticks = [
                    (s.zwangerschap, "zwangerschap"),
                    (s.orgaandonatie, "orgaandonatie"),
                    (s.no_risk, "no-risk"),
                    (s.aow, "aow"),
                    (s.proeftijd.is_some(), "proeftijd"),
                    (s.eigenrisicodrager, "eigenrisicodrager"),
                    (s.weet_niet, "weet-niet"),
                ];
                // Inserted one by one: collecting into a BTreeSet would bring in std's sort.
                f.checks.clear();
                for (_, id) in ticks.iter().filter(|(on, _)| *on) {
                    f.checks.insert((*id).to_string());
                }
                if f.checks.is_empty() {
                    f.checks.insert("geen".into());
                }
                if let Some(d) = s.proeftijd {
                    f.set_date(main, Slot::Date1, d);
                }
            }
        }
        EigenWerk => {
            if let Some(o) = a.own_work {
                f.set_choice(main, match o {
                    OwnWork::Ja => "ja",
                    OwnWork::Aangepast => "aangepast",
                    OwnWork::Nee => "nee",
                    OwnWork::Onbekend => "weet-niet",
                });
            }
        }
        Mogelijkheden => {
            if let Some(c) = a.capacity {
                f.set_choice(main, match c {
                    CapacityAnswer::Beperkt => "beperkt",
                    CapacityAnswer::Geen => "geen",
                    CapacityAnswer::WeetNiet => "weet-niet",
                });
            }
        }
        AnderWerk | Duurzaam | MeerMogelijkheden | Perspectief | Medewerking | Flex => {
            let v = match q {
                Flex => a.flex,
                AnderWerk => a.other_work,
                Duurzaam => a.lasting,
                MeerMogelijkheden => a.more_capacity,
                Perspectief => a.prospect,
                _ => a.cooperation,
            };
            if let Some(v) = v {
                f.set_choice(main, ynu_id(v));
            }
        }
        Stappen => {
            for s in asked_steps(a, today) {
                let part = Part::Step(s);
                match a.steps.get(&s) {
                    Some(StepAnswer::Ja(d)) => {
                        f.set_choice(part, "ja");
                        f.set_date(part, Slot::Date1, *d);
                    }
                    Some(StepAnswer::Nee) => f.set_choice(part, "nee"),
                    Some(StepAnswer::WeetNiet) => f.set_choice(part, "weet-niet"),
                    None => {}
                }
            }
        }
    }
    f
}

/// A date that must lie in [min, today] (no upper bound with `future_ok`).
fn date_in(f: &Form, at: FieldRef, min: Option<NaiveDate>, today: NaiveDate, errs: &mut Errors) -> Option<NaiveDate> {
    match parse_date(&f.date(at.part, at.slot)) {
        Err(e) => errs.push((at, FormError::Datum(e))),
        Ok(d) if d > today => errs.push((at, FormError::Datum(DateError::InToekomst))),
        Ok(d) if min.is_some_and(|m| d < m) => errs.push((at, FormError::Datum(DateError::Voor(min.unwrap_or(d))))),
        Ok(d) => return Some(d),
    }
    None
}

/// Any valid date.
fn any_date(f: &Form, at: FieldRef, errs: &mut Errors) -> Option<NaiveDate> {
    parse_date(&f.date(at.part, at.slot)).map_err(|e| errs.push((at, FormError::Datum(e)))).ok()
}

/// The chosen option of a part, if it is one of its options; else an error.
fn chosen<'f>(q: QuestionId, f: &'f Form, part: Part, errs: &mut Errors) -> Option<&'f str> {
    let employer = true;
    let options = super::form::layout(q, &[], employer);
    let known = |v: &str| match part {
        Part::Step(_) => matches!(v, "ja" | "nee" | "weet-niet"),
        _ => options.iter().filter(|p| p.part == part).flat_map(|p| p.options).any(|o| o.id == v),
    };
    let c = f.choice(part).filter(|c| known(c));
    if c.is_none() {
        errs.push((FieldRef::new(part, Slot::Choice), FormError::KiesAntwoord));
    }
    c
}

/// An earlier period answered on `part`, which must end within four weeks before `next`.
fn period(f: &Form, part: Part, next: Option<NaiveDate>, today: NaiveDate, errs: &mut Errors) -> Option<EarlierAnswer> {
    let from = date_in(f, FieldRef::new(part, Slot::Date1), None, today, errs);
    let to = date_in(f, FieldRef::new(part, Slot::Date2), None, today, errs);
    let (from, to) = (from?, to?);
    let at = FieldRef::new(part, Slot::Date2);
    if to < from {
        errs.push((at, FormError::EindeVoorBegin));
    } else if let Some(next) = next {
        if to >= next {
            errs.push((at, FormError::PeriodeNietVoor { next_start: next }));
        } else if next.checked_sub_days(Days::new(28)).is_some_and(|limit| to < limit) {
            // 28 fit days or more (last day before next − 28): a new count, so it does not belong here.
            errs.push((at, FormError::PeriodeTeVroeg { next_start: next }));
        }
    }
    Some(EarlierAnswer::Ja(Period { first_day: from, last_day: to }))
}

/// Store `answer` as earlier period `idx`, keeping the periods before it and, when it did not
/// change, the ones after it.
fn set_earlier(out: &mut Answers, old: &Answers, idx: usize, answer: EarlierAnswer) {
    out.earlier.truncate(idx);
    out.earlier.push(answer);
    if matches!(answer, EarlierAnswer::Ja(_)) && old.earlier.get(idx) == Some(&answer) {
        if let Some(rest) = old.earlier.get(idx + 1..) {
            out.earlier.extend_from_slice(rest);
        }
    }
}

/// Apply a submitted page to the answers: the updated answers, or the errors to show.
pub fn apply(q: QuestionId, f: &Form, a: &Answers, today: NaiveDate) -> Result<Answers, Errors> {
    use QuestionId::*;
    let mut errs: Errors = Vec::new();
    let mut out = a.clone();
    let main = Part::Main;
    match q {
        Rol => {
            if let Some(c) = chosen(q, f, main, &mut errs) {
                out.role = Some(match c {
                    "werknemer" => RoleAnswer::Werknemer,
                    "werkgever" => RoleAnswer::Werkgever,
                    _ => RoleAnswer::Adviseur,
                });
            }
        }
        Contract => {
            if let Some(c) = chosen(q, f, main, &mut errs) {
                out.contract = Some(match c {
                    "vast" => ContractAnswer::Vast,
                    "tijdelijk" => ContractAnswer::Tijdelijk,
                    "uitzend" => ContractAnswer::Uitzend,
                    "oproep" => ContractAnswer::Oproep,
                    "zzp" => ContractAnswer::Zzp,
                    _ => ContractAnswer::Uitgezonderd,
                });
            }
        }
        ContractEinde => match chosen(q, f, main, &mut errs) {
            Some("datum") => out.contract_end = any_date(f, FieldRef::new(main, Slot::Date1), &mut errs).map(EndAnswer::Datum),
            Some("geen") => out.contract_end = Some(EndAnswer::Geen),
            Some(_) => out.contract_end = Some(EndAnswer::WeetNiet),
            None => {}
        },
        EersteZiektedag => {
            let first = date_in(f, FieldRef::new(main, Slot::Date1), None, today, &mut errs);
            out.first_sick_day = first;
            match chosen(q, f, Part::Earlier, &mut errs) {
                Some("ja") => {
                    if let Some(p) = period(f, Part::Earlier, first, today, &mut errs) {
                        set_earlier(&mut out, a, 0, p);
                    }
                }
                Some(_) => set_earlier(&mut out, a, 0, EarlierAnswer::Nee),
                None => {}
            }
        }
        EerderZiek(n) => match chosen(q, f, main, &mut errs) {
            Some("ja") => {
                if let Some(p) = period(f, main, earlier_reference(a, n), today, &mut errs) {
                    set_earlier(&mut out, a, usize::from(n), p);
                }
            }
            Some(_) => set_earlier(&mut out, a, usize::from(n), EarlierAnswer::Nee),
            None => {}
        },
        VoorVerlof => match chosen(q, f, main, &mut errs) {
            Some("ja") => {
                let leave_start = match a.leave {
                    Some(LeaveAnswer::Ja(p)) => Some(p.first_day),
                    _ => None,
                };
                out.before_leave = period(f, main, leave_start, today, &mut errs);
            }
            Some(_) => out.before_leave = Some(EarlierAnswer::Nee),
            None => {}
        },
        Situatie => {
            let after_first = a.first_sick_day.and_then(|d| d.succ_opt());
            match chosen(q, f, main, &mut errs) {
                Some("ziek") => out.now = Some(NowAnswer::Ziek),
                Some("gedeeltelijk") => {
                    // Both details are optional: "since" and "how many hours" help the result
                    // say more, but change no deadline.
                    let since_at = FieldRef::new(main, Slot::Date1);
                    let since = (f.date(main, Slot::Date1) != DateParts::default())
                        .then(|| date_in(f, since_at, a.first_sick_day, today, &mut errs))
                        .flatten();
                    let raw = f.number(main, Slot::Number).trim().trim_end_matches('%').trim();
                    let percent = if raw.is_empty() {
                        None
                    } else {
                        let v = raw.parse::<u8>().ok().filter(|v| (1..=100).contains(v));
                        if v.is_none() {
                            errs.push((FieldRef::new(main, Slot::Number), FormError::Procent));
                        }
                        v
                    };
                    out.now = Some(NowAnswer::Gedeeltelijk(PartialReturn { since, percent }));
                }
                Some(_) => {
                    let d = date_in(f, FieldRef::new(main, Slot::Date1), after_first, today, &mut errs);
                    out.now = d.map(NowAnswer::Hersteld);
                }
                None => {}
            }
        }
        Bijzonder => out.special = specials(f, &mut errs),
        Verlof => match chosen(q, f, main, &mut errs) {
            Some("ja") => {
                let from = any_date(f, FieldRef::new(main, Slot::Date1), &mut errs);
                let to = any_date(f, FieldRef::new(main, Slot::Date2), &mut errs);
                if let (Some(from), Some(to)) = (from, to) {
                    if to < from {
                        errs.push((FieldRef::new(main, Slot::Date2), FormError::EindeVoorBegin));
                    }
                    out.leave = Some(LeaveAnswer::Ja(Period { first_day: from, last_day: to }));
                }
            }
            Some(_) => out.leave = Some(LeaveAnswer::Nee),
            None => {}
        },
        EigenWerk => {
            if let Some(c) = chosen(q, f, main, &mut errs) {
                out.own_work = Some(match c {
                    "ja" => OwnWork::Ja,
                    "aangepast" => OwnWork::Aangepast,
                    "nee" => OwnWork::Nee,
                    _ => OwnWork::Onbekend,
                });
            }
        }
        Mogelijkheden => {
            if let Some(c) = chosen(q, f, main, &mut errs) {
                out.capacity = Some(match c {
                    "beperkt" => CapacityAnswer::Beperkt,
                    "geen" => CapacityAnswer::Geen,
                    _ => CapacityAnswer::WeetNiet,
                });
            }
        }
        AnderWerk | Duurzaam | MeerMogelijkheden | Perspectief | Medewerking | Flex => {
            let v = chosen(q, f, main, &mut errs).and_then(ynu);
            match q {
                Flex => out.flex = v,
                AnderWerk => out.other_work = v,
                Duurzaam => out.lasting = v,
                MeerMogelijkheden => out.more_capacity = v,
                Perspectief => out.prospect = v,
                _ => out.cooperation = v,
            }
        }
        Stappen => {
            // A step cannot be done before the (chain's) first sick day.
            let min = a.earlier_periods().map(|p| p.first_day).chain(a.first_sick_day).min();
            for s in asked_steps(a, today) {
                let part = Part::Step(s);
                let answer = match chosen(q, f, part, &mut errs) {
                    Some("ja") => date_in(f, FieldRef::new(part, Slot::Date1), min, today, &mut errs).map(StepAnswer::Ja),
                    Some("nee") => Some(StepAnswer::Nee),
                    Some(_) => Some(StepAnswer::WeetNiet),
                    None => None,
                };
                if let Some(answer) = answer {
                    out.steps.insert(s, answer);
                }
            }
        }
    }
    if errs.is_empty() { Ok(out) } else { Err(errs) }
}

/// The ticked special situations, checked: at least one box, "geen" and "weet ik niet" alone.
fn specials(f: &Form, errs: &mut Errors) -> Option<Specials> {
    let at = FieldRef::new(Part::Main, Slot::Choice);
    let ticked = |id: &str| f.checks.contains(id);
    let known = super::form::special_options(true);
    let ticks: Vec<&str> = known.iter().map(|o| o.id).filter(|id| ticked(id)).collect();
    if ticks.is_empty() {
        errs.push((at, FormError::KiesAntwoord));
        return None;
    }
    let alone = known.iter().any(|o| o.exclusive && ticked(o.id));
    if alone && ticks.len() > 1 {
        errs.push((at, FormError::AlleenOfGeen));
        return None;
    }
    if ticked("zwangerschap") && ticked("orgaandonatie") {
        errs.push((at, FormError::EenOorzaak));
        return None;
    }
    let proeftijd = if ticked("proeftijd") { any_date(f, FieldRef::new(Part::Main, Slot::Date1), errs) } else { None };
    Some(Specials {
        zwangerschap: ticked("zwangerschap"),
        orgaandonatie: ticked("orgaandonatie"),
        no_risk: ticked("no-risk"),
        aow: ticked("aow"),
        proeftijd,
        eigenrisicodrager: ticked("eigenrisicodrager"),
        weet_niet: ticked("weet-niet"),
    })
}
