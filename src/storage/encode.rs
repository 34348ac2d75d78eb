//! [`Answers`] as JSON, by hand (the browser build links no serde): the same members in the
//! same order as serde's derives wrote them, so that the writer reproduces serde_json's text.

use chrono::{Datelike, NaiveDate};

use super::json::{Json, push_uint};
use super::names::{ANSWERS, PERIOD, SPECIALS, capacity_name, contract_name, own_work_name, role_name, ynu_name};
use crate::rules::{Period, YesNoUnknown};
use crate::wizard::{Answers, EarlierAnswer, EndAnswer, LeaveAnswer, NowAnswer, StepAnswer};

fn member(key: &str, value: Json) -> (String, Json) {
    (key.to_string(), value)
}

fn text(s: &str) -> Json {
    Json::Str(s.to_string())
}

fn tagged(name: &str, content: Json) -> Json {
    Json::Object(vec![member(name, content)])
}

fn or_null<T>(value: Option<T>, write: impl FnOnce(T) -> Json) -> Json {
    value.map_or(Json::Null, write)
}

/// As chrono writes a date (`Display`): `YYYY-MM-DD`, and a signed year of at least four digits
/// outside 0–9999.
pub(super) fn date_text(d: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    let year = d.year();
    if !(0..=9999).contains(&year) {
        out.push(if year < 0 { '-' } else { '+' });
    }
    push_uint(&mut out, u64::from(year.unsigned_abs()), 4);
    out.push('-');
    push_uint(&mut out, u64::from(d.month()), 2);
    out.push('-');
    push_uint(&mut out, u64::from(d.day()), 2);
    out
}

pub(super) fn date_json(d: NaiveDate) -> Json {
    Json::Str(date_text(d))
}

fn period_json(p: &Period) -> Json {
    Json::Object(PERIOD.iter().zip([p.first_day, p.last_day]).map(|(k, d)| member(k, date_json(d))).collect())
}

fn earlier_json(e: &EarlierAnswer) -> Json {
    match e {
        EarlierAnswer::Ja(p) => tagged("ja", period_json(p)),
        EarlierAnswer::Nee => text("nee"),
    }
}

pub(super) fn answers_json(a: &Answers) -> Json {
    let ynu = |v: Option<YesNoUnknown>| or_null(v, |v| text(ynu_name(v)));
    let values = [
        or_null(a.role, |v| text(role_name(v))),
        or_null(a.contract, |v| text(contract_name(v))),
        or_null(a.contract_end, |v| match v {
            EndAnswer::Datum(d) => tagged("datum", date_json(d)),
            EndAnswer::Geen => text("geen"),
            EndAnswer::WeetNiet => text("weet_niet"),
        }),
        or_null(a.first_sick_day, date_json),
        Json::Array(a.earlier.iter().map(earlier_json).collect()),
        or_null(a.now, |v| match v {
            NowAnswer::Ziek => text("ziek"),
            // `PartialReturn` skips its absent fields (`skip_serializing_if`).
            NowAnswer::Gedeeltelijk(p) => {
                let since = p.since.map(|d| member("since", date_json(d)));
                let percent = p.percent.map(|n| member("percent", Json::Uint(u64::from(n))));
                tagged("gedeeltelijk", Json::Object(since.into_iter().chain(percent).collect()))
            }
            NowAnswer::Hersteld(d) => tagged("hersteld", date_json(d)),
        }),
        or_null(a.special, |s| {
            let values = [
                Json::Bool(s.zwangerschap),
                Json::Bool(s.orgaandonatie),
                Json::Bool(s.no_risk),
                Json::Bool(s.aow),
                or_null(s.proeftijd, date_json),
                Json::Bool(s.eigenrisicodrager),
                Json::Bool(s.weet_niet),
            ];
            Json::Object(SPECIALS.iter().zip(values).map(|(k, v)| member(k, v)).collect())
        }),
        or_null(a.leave, |v| match v {
            LeaveAnswer::Ja(p) => tagged("ja", period_json(&p)),
            LeaveAnswer::Nee => text("nee"),
        }),
        or_null(a.before_leave.as_ref(), earlier_json),
        ynu(a.flex),
        or_null(a.own_work, |v| text(own_work_name(v))),
        ynu(a.other_work),
        or_null(a.capacity, |v| text(capacity_name(v))),
        ynu(a.lasting),
        ynu(a.more_capacity),
        ynu(a.prospect),
        ynu(a.cooperation),
        // In `StepId` order, as the `BTreeMap` holds them.
        Json::Object(
            a.steps
                .iter()
                .map(|(id, v)| {
                    let v = match v {
                        StepAnswer::Ja(d) => tagged("ja", date_json(*d)),
                        StepAnswer::Nee => text("nee"),
                        StepAnswer::WeetNiet => text("weet_niet"),
                    };
                    member(id.id(), v)
                })
                .collect(),
        ),
    ];
    Json::Object(ANSWERS.iter().zip(values).map(|(k, v)| member(k, v)).collect())
}
