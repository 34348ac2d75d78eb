//! How a parsed [`Json`] becomes typed data, following the rules by which serde's derives read a
//! `serde_json::Value` before (so that every text keeps the outcome it had):
//!
//! - a struct comes from an object whose keys are all its fields (`deny_unknown_fields`; the last
//!   of repeated keys counts), or from an array holding its fields in declaration order;
//! - a missing field takes its default, where the type has one, and is an error otherwise;
//! - an enum comes from a string (a unit variant) or from an object with a single key (the
//!   variant, holding its content); a unit variant may also hold `null`;
//! - a date is read as chrono's `NaiveDate: FromStr` reads it.
//!
//! Every reader returns `None` for anything else; the caller turns that into one error.

use chrono::NaiveDate;

use super::json::Json;

/// The fields of a struct named `names` (in declaration order), each `None` when absent.
pub(super) fn fields<'a, const N: usize>(value: &'a Json, names: &[&str; N]) -> Option<[Option<&'a Json>; N]> {
    let mut out = [None; N];
    match value {
        Json::Object(members) => {
            for (key, item) in members {
                let slot = names.iter().position(|n| n == key).and_then(|i| out.get_mut(i))?;
                *slot = Some(item);
            }
        }
        // A sequence may stop early (the rest take their defaults) but not run on.
        Json::Array(items) if items.len() <= N => {
            for (slot, item) in out.iter_mut().zip(items) {
                *slot = Some(item);
            }
        }
        _ => return None,
    }
    Some(out)
}

/// An enum's variant name and its content, if any.
pub(super) fn variant(value: &Json) -> Option<(&str, Option<&Json>)> {
    match value {
        Json::Str(name) => Some((name, None)),
        // One key, perhaps repeated: serde_json's map kept only the last.
        Json::Object(members) => {
            let (name, content) = members.last()?;
            members.iter().all(|(k, _)| k == name).then_some((name.as_str(), Some(content)))
        }
        _ => None,
    }
}

/// A unit variant holds nothing, or `null`.
pub(super) fn is_unit(content: Option<&Json>) -> bool {
    matches!(content, None | Some(Json::Null))
}

/// An enum whose variants are all units, named by `name`; `all` lists every variant.
pub(super) fn unit_enum<T: Copy>(value: &Json, all: &[T], name: fn(T) -> &'static str) -> Option<T> {
    let (found, content) = variant(value)?;
    if !is_unit(content) {
        return None;
    }
    all.iter().copied().find(|v| name(*v) == found)
}

/// An `Option` field: absent or `null` is `None`.
pub(super) fn opt<T>(field: Option<&Json>, read: impl FnOnce(&Json) -> Option<T>) -> Option<Option<T>> {
    match field {
        None | Some(Json::Null) => Some(None),
        Some(value) => read(value).map(Some),
    }
}

/// A `bool` field that defaults to false.
pub(super) fn flag(field: Option<&Json>) -> Option<bool> {
    match field {
        None => Some(false),
        Some(Json::Bool(b)) => Some(*b),
        Some(_) => None,
    }
}

/// A `Vec` field that defaults to empty.
pub(super) fn list<T>(field: Option<&Json>, read: impl Fn(&Json) -> Option<T>) -> Option<Vec<T>> {
    match field {
        None => Some(Vec::new()),
        Some(Json::Array(items)) => items.iter().map(read).collect(),
        Some(_) => None,
    }
}

/// A `u8`: only a plain non-negative integer that fits (serde refuses a fraction, even `50.0`).
pub(super) fn byte(value: &Json) -> Option<u8> {
    match value {
        Json::Uint(n) => u8::try_from(*n).ok(),
        _ => None,
    }
}

/// A date as chrono's `FromStr` for `NaiveDate` reads it (what its serde impl used), without
/// chrono's general format parser (about 11 KB of wasm). That parser is more lenient than the
/// `YYYY-MM-DD` we write: whitespace (Unicode's) around each number and dash, months and days
/// of one digit, and a year of one to four digits or, with a sign, of any length.
pub(super) fn date(value: &Json) -> Option<NaiveDate> {
    let s = value.as_str()?.trim_start();
    let (year, s) = if let Some(rest) = s.strip_prefix('-') {
        let (v, rest) = number(rest, usize::MAX)?;
        (-v, rest)
    } else if let Some(rest) = s.strip_prefix('+') {
        number(rest, usize::MAX)?
    } else {
        number(s, 4)?
    };
    let s = s.trim_start().strip_prefix('-')?.trim_start();
    let (month, s) = number(s, 2)?;
    let s = s.trim_start().strip_prefix('-')?.trim_start();
    let (day, s) = number(s, 2)?;
    if !s.trim_start().is_empty() {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// One to `max` ASCII digits at the start of `s` (more may follow), as an `i64`.
fn number(s: &str, max: usize) -> Option<(i64, &str)> {
    let len = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
    if len == 0 {
        return None;
    }
    let (digits, rest) = s.split_at_checked(len)?;
    let mut n: i64 = 0;
    for d in digits.bytes() {
        n = n.checked_mul(10)?.checked_add(i64::from(d - b'0'))?;
    }
    Some((n, rest))
}
