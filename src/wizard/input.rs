//! What was typed → answers, with precise Dutch-ready errors. Dates come as three text fields
//! (dag, maand, jaar), GOV.UK style. Validation happens on submit only.

use chrono::{Datelike, Days, NaiveDate};

use crate::rules::{OwnWork, Period, StepId, YesNoUnknown};

use super::answers::*;
use super::questions::QuestionId;

/// The raw text of a three-field date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateParts {
    pub dag: String,
    pub maand: String,
    pub jaar: String,
}

impl DateParts {
    pub fn of(d: NaiveDate) -> Self {
        Self { dag: d.day().to_string(), maand: d.month().to_string(), jaar: d.year().to_string() }
    }
}

/// Why a date is not accepted. The content catalogue turns each into a Dutch sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    Leeg,
    DagOntbreekt,
    MaandOntbreekt,
    JaarOntbreekt,
    DagOngeldig,
    MaandOngeldig,
    JaarOngeldig,
    BestaatNiet,
    InToekomst,
    /// Must be on or after this date.
    Voor(NaiveDate),
    /// Must be on or before this date.
    Na(NaiveDate),
}

/// Parse three fields into a date. Accepts surrounding spaces and leading zeros.
pub fn parse_date(p: &DateParts) -> Result<NaiveDate, DateError> {
    let (d, m, y) = (p.dag.trim(), p.maand.trim(), p.jaar.trim());
    match (d.is_empty(), m.is_empty(), y.is_empty()) {
        (true, true, true) => return Err(DateError::Leeg),
        (true, _, _) => return Err(DateError::DagOntbreekt),
        (_, true, _) => return Err(DateError::MaandOntbreekt),
        (_, _, true) => return Err(DateError::JaarOntbreekt),
        _ => {}
    }
    let day = d.parse::<u32>().ok().filter(|v| (1..=31).contains(v)).ok_or(DateError::DagOngeldig)?;
    let month = m.parse::<u32>().ok().filter(|v| (1..=12).contains(v)).ok_or(DateError::MaandOngeldig)?;
    let year = (y.len() == 4).then(|| y.parse::<i32>().ok()).flatten().filter(|v| *v >= 1900).ok_or(DateError::JaarOngeldig)?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::BestaatNiet)
}

/// Which input of a question an error belongs to (for the error summary link).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormField {
    Choice,
    Date1,
    Date2,
}

/// An error on one input of a question.
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
}

/// What the user filled in on one question page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Form {
    pub choice: Option<String>,
    pub date1: DateParts,
    pub date2: DateParts,
}

/// An option of a choice question: its value id and how many dates it reveals (0, 1 or 2).
pub type Choice = (&'static str, u8);

/// The options of a question, in display order. Labels live in `content::questions`.
pub fn options(q: QuestionId) -> &'static [Choice] {
    use QuestionId::*;
    match q {
        Rol => &[("werknemer", 0), ("werkgever", 0), ("adviseur", 0)],
        Contract => &[("vast", 0), ("tijdelijk", 0), ("uitzend", 0), ("oproep", 0), ("zzp", 0), ("uitgezonderd", 0)],
        ContractEinde => &[("datum", 1), ("geen", 0), ("weet-niet", 0)],
        EersteZiektedag => &[],
        EerderZiek(_) | Verlof => &[("ja", 2), ("nee", 0)],
        Situatie => &[("ziek", 0), ("gedeeltelijk", 0), ("hersteld", 1)],
        Bijzonder => &[("zwangerschap", 0), ("orgaandonatie", 0), ("no-risk", 0), ("geen", 0), ("weet-niet", 0)],
        EigenWerk => &[("ja", 0), ("aangepast", 0), ("nee", 0), ("weet-niet", 0)],
        Mogelijkheden => &[("beperkt", 0), ("geen", 0), ("weet-niet", 0)],
        Aow | AnderWerk | Duurzaam | MeerMogelijkheden | Perspectief | Medewerking => {
            &[("ja", 0), ("nee", 0), ("weet-niet", 0)]
        }
        Stap(_) => &[("ja", 1), ("nee", 0), ("weet-niet", 0)],
    }
}

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

/// The day before the period or sickness that `EerderZiek(n)` asks about precedes.
pub fn earlier_reference(a: &Answers, n: u8) -> Option<NaiveDate> {
    if n == 0 {
        return a.first_sick_day;
    }
    match a.earlier.get(usize::from(n) - 1)? {
        EarlierAnswer::Ja(p) => Some(p.first_day),
        EarlierAnswer::Nee => None,
    }
}

/// Prefill a question's form from the saved answer, so "Terug" and "Wijzigen" show it.
pub fn form_from(q: QuestionId, a: &Answers) -> Form {
    use QuestionId::*;
    let mut f = Form::default();
    let pick = |s: &str| Some(s.to_string());
    match q {
        Rol => {
            f.choice = a.role.map(|r| match r {
                RoleAnswer::Werknemer => "werknemer",
                RoleAnswer::Werkgever => "werkgever",
                RoleAnswer::Adviseur => "adviseur",
            }.to_string())
        }
        Contract => {
            f.choice = a.contract.map(|c| match c {
                ContractAnswer::Vast => "vast",
                ContractAnswer::Tijdelijk => "tijdelijk",
                ContractAnswer::Uitzend => "uitzend",
                ContractAnswer::Oproep => "oproep",
                ContractAnswer::Zzp => "zzp",
                ContractAnswer::Uitgezonderd => "uitgezonderd",
            }.to_string())
        }
        ContractEinde => match a.contract_end {
            Some(EndAnswer::Datum(d)) => { f.choice = pick("datum"); f.date1 = DateParts::of(d); }
            Some(EndAnswer::Geen) => f.choice = pick("geen"),
            Some(EndAnswer::WeetNiet) => f.choice = pick("weet-niet"),
            None => {}
        },
        Aow => f.choice = a.aow.map(|v| ynu_id(v).to_string()),
        EersteZiektedag => f.date1 = a.first_sick_day.map(DateParts::of).unwrap_or_default(),
        EerderZiek(n) => match a.earlier.get(usize::from(n)) {
            Some(EarlierAnswer::Ja(p)) => { f.choice = pick("ja"); f.date1 = DateParts::of(p.first_day); f.date2 = DateParts::of(p.last_day); }
            Some(EarlierAnswer::Nee) => f.choice = pick("nee"),
            None => {}
        },
        Situatie => match a.now {
            Some(NowAnswer::Ziek) => f.choice = pick("ziek"),
            Some(NowAnswer::Gedeeltelijk) => f.choice = pick("gedeeltelijk"),
            Some(NowAnswer::Hersteld(d)) => { f.choice = pick("hersteld"); f.date1 = DateParts::of(d); }
            None => {}
        },
        Bijzonder => {
            f.choice = a.special.map(|s| match s {
                SpecialAnswer::Zwangerschap => "zwangerschap",
                SpecialAnswer::Orgaandonatie => "orgaandonatie",
                SpecialAnswer::NoRisk => "no-risk",
                SpecialAnswer::Geen => "geen",
                SpecialAnswer::WeetNiet => "weet-niet",
            }.to_string())
        }
        Verlof => match a.leave {
            Some(LeaveAnswer::Ja(p)) => { f.choice = pick("ja"); f.date1 = DateParts::of(p.first_day); f.date2 = DateParts::of(p.last_day); }
            Some(LeaveAnswer::Nee) => f.choice = pick("nee"),
            None => {}
        },
        EigenWerk => {
            f.choice = a.own_work.map(|o| match o {
                OwnWork::Ja => "ja",
                OwnWork::Aangepast => "aangepast",
                OwnWork::Nee => "nee",
                OwnWork::Onbekend => "weet-niet",
            }.to_string())
        }
        AnderWerk => f.choice = a.other_work.map(|v| ynu_id(v).to_string()),
        Mogelijkheden => {
            f.choice = a.capacity.map(|c| match c {
                CapacityAnswer::Beperkt => "beperkt",
                CapacityAnswer::Geen => "geen",
                CapacityAnswer::WeetNiet => "weet-niet",
            }.to_string())
        }
        Duurzaam => f.choice = a.lasting.map(|v| ynu_id(v).to_string()),
        MeerMogelijkheden => f.choice = a.more_capacity.map(|v| ynu_id(v).to_string()),
        Perspectief => f.choice = a.prospect.map(|v| ynu_id(v).to_string()),
        Medewerking => f.choice = a.cooperation.map(|v| ynu_id(v).to_string()),
        Stap(s) => match a.steps.get(&s) {
            Some(StepAnswer::Ja(d)) => { f.choice = pick("ja"); f.date1 = DateParts::of(*d); }
            Some(StepAnswer::Nee) => f.choice = pick("nee"),
            Some(StepAnswer::WeetNiet) => f.choice = pick("weet-niet"),
            None => {}
        },
    }
    f
}

type Errors = Vec<(FormField, FormError)>;

/// A date that must lie in [min, today].
fn date_in(parts: &DateParts, min: Option<NaiveDate>, today: NaiveDate, field: FormField, errs: &mut Errors) -> Option<NaiveDate> {
    match parse_date(parts) {
        Err(e) => errs.push((field, FormError::Datum(e))),
        Ok(d) if d > today => errs.push((field, FormError::Datum(DateError::InToekomst))),
        Ok(d) if min.is_some_and(|m| d < m) => errs.push((field, FormError::Datum(DateError::Voor(min.unwrap_or(d))))),
        Ok(d) => return Some(d),
    }
    None
}

/// Apply a submitted form to the answers: the updated answers, or the errors to show.
pub fn apply(q: QuestionId, f: &Form, a: &Answers, today: NaiveDate) -> Result<Answers, Errors> {
    use QuestionId::*;
    let mut errs: Errors = Vec::new();
    let mut out = a.clone();
    let choice = f.choice.as_deref().filter(|c| options(q).iter().any(|(id, _)| id == c));
    if choice.is_none() && q != EersteZiektedag {
        return Err(vec![(FormField::Choice, FormError::KiesAntwoord)]);
    }
    let c = choice.unwrap_or("");
    let d1 = a.first_sick_day;
    match q {
        Rol => out.role = Some(match c { "werknemer" => RoleAnswer::Werknemer, "werkgever" => RoleAnswer::Werkgever, _ => RoleAnswer::Adviseur }),
        Contract => {
            out.contract = Some(match c {
                "vast" => ContractAnswer::Vast,
                "tijdelijk" => ContractAnswer::Tijdelijk,
                "uitzend" => ContractAnswer::Uitzend,
                "oproep" => ContractAnswer::Oproep,
                "zzp" => ContractAnswer::Zzp,
                _ => ContractAnswer::Uitgezonderd,
            })
        }
        ContractEinde => {
            out.contract_end = Some(match c {
                "datum" => match parse_date(&f.date1) {
                    Ok(d) => EndAnswer::Datum(d),
                    Err(e) => { errs.push((FormField::Date1, FormError::Datum(e))); EndAnswer::Geen }
                },
                "geen" => EndAnswer::Geen,
                _ => EndAnswer::WeetNiet,
            })
        }
        Aow => out.aow = ynu(c),
        EersteZiektedag => out.first_sick_day = date_in(&f.date1, None, today, FormField::Date1, &mut errs),
        EerderZiek(n) => {
            let idx = usize::from(n);
            let answer = if c == "ja" {
                let reference = earlier_reference(a, n);
                let from = date_in(&f.date1, None, today, FormField::Date1, &mut errs);
                let to = date_in(&f.date2, None, today, FormField::Date2, &mut errs);
                match (from, to, reference) {
                    (Some(from), Some(to), Some(next)) => {
                        if to < from {
                            errs.push((FormField::Date2, FormError::EindeVoorBegin));
                        } else if to >= next {
                            errs.push((FormField::Date2, FormError::PeriodeNietVoor { next_start: next }));
                        } else if next.checked_sub_days(Days::new(28)).is_some_and(|limit| to < limit) {
                            // 28 fit days or more (last day before next − 28): a new count, so it does
                            // not belong here.
                            errs.push((FormField::Date2, FormError::PeriodeTeVroeg { next_start: next }));
                        }
                        EarlierAnswer::Ja(Period { first_day: from, last_day: to })
                    }
                    _ => EarlierAnswer::Nee,
                }
            } else {
                EarlierAnswer::Nee
            };
            out.earlier.truncate(idx);
            out.earlier.push(answer);
            if let Some(rest) = a.earlier.get(idx + 1..) {
                if matches!(answer, EarlierAnswer::Ja(_)) && a.earlier.get(idx) == Some(&answer) {
                    out.earlier.extend_from_slice(rest);
                }
            }
        }
        Situatie => {
            out.now = Some(match c {
                "ziek" => NowAnswer::Ziek,
                "gedeeltelijk" => NowAnswer::Gedeeltelijk,
                _ => {
                    let min = d1.and_then(|d| d.succ_opt());
                    NowAnswer::Hersteld(date_in(&f.date1, min, today, FormField::Date1, &mut errs).unwrap_or(today))
                }
            })
        }
        Bijzonder => {
            out.special = Some(match c {
                "zwangerschap" => SpecialAnswer::Zwangerschap,
                "orgaandonatie" => SpecialAnswer::Orgaandonatie,
                "no-risk" => SpecialAnswer::NoRisk,
                "geen" => SpecialAnswer::Geen,
                _ => SpecialAnswer::WeetNiet,
            })
        }
        Verlof => {
            out.leave = Some(if c == "ja" {
                let from = match parse_date(&f.date1) {
                    Ok(d) => Some(d),
                    Err(e) => { errs.push((FormField::Date1, FormError::Datum(e))); None }
                };
                let to = match parse_date(&f.date2) {
                    Ok(d) => Some(d),
                    Err(e) => { errs.push((FormField::Date2, FormError::Datum(e))); None }
                };
                match (from, to) {
                    (Some(from), Some(to)) if to >= from => LeaveAnswer::Ja(Period { first_day: from, last_day: to }),
                    (Some(_), Some(_)) => { errs.push((FormField::Date2, FormError::EindeVoorBegin)); LeaveAnswer::Nee }
                    _ => LeaveAnswer::Nee,
                }
            } else {
                LeaveAnswer::Nee
            })
        }
        EigenWerk => {
            out.own_work = Some(match c {
                "ja" => OwnWork::Ja,
                "aangepast" => OwnWork::Aangepast,
                "nee" => OwnWork::Nee,
                _ => OwnWork::Onbekend,
            })
        }
        AnderWerk => out.other_work = ynu(c),
        Mogelijkheden => {
            out.capacity = Some(match c {
                "beperkt" => CapacityAnswer::Beperkt,
                "geen" => CapacityAnswer::Geen,
                _ => CapacityAnswer::WeetNiet,
            })
        }
        Duurzaam => out.lasting = ynu(c),
        MeerMogelijkheden => out.more_capacity = ynu(c),
        Perspectief => out.prospect = ynu(c),
        Medewerking => out.cooperation = ynu(c),
        Stap(s) => {
            let answer = match c {
                "ja" => {
                    // A step cannot be done before the (chain's) first sick day.
                    let min = a.earlier_periods().map(|p| p.first_day).min().or(d1).map(|m| m.min(d1.unwrap_or(m)));
                    StepAnswer::Ja(date_in(&f.date1, min, today, FormField::Date1, &mut errs).unwrap_or(today))
                }
                "nee" => StepAnswer::Nee,
                _ => StepAnswer::WeetNiet,
            };
            out.steps.insert(s, answer);
        }
    }
    if errs.is_empty() { Ok(out) } else { Err(errs) }
}

/// Steps that, when answered "ja", need a date on or after the first sick day.
pub fn step_needs_date(s: StepId) -> bool {
    s.can_be_done()
}
