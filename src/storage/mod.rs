//! The one format in which answers leave the app's memory: the opt-in copy in this browser's
//! localStorage and the file a user downloads. Pure: text in, answers out. The UI module
//! `ui::storage` is the only code that touches the browser's storage.
//!
//! Only the answers are kept (plus a format marker, a version and the date); everything else is
//! recomputed, so a corrected rule also corrects an old save. Restoring is all or nothing: any
//! problem gives a typed [`RestoreError`] and no answers at all, never half of them.

mod decode;
mod encode;
pub mod json;
mod migrate;
mod names;
mod read;

use chrono::NaiveDate;
use serde::Serialize;

use crate::wizard::Answers;
use json::Json;

/// Marks our data, so that a foreign value under our key (or a random JSON file) is told apart
/// from a damaged save of ours.
pub const FORMAT: &str = "spoorwijzer-antwoorden";

/// The version of the saved answers. Bump it whenever [`Answers`] changes shape (a field added,
/// renamed or retyped, a variant split), freeze the old shape in `migrate.rs`, and add a fixture
/// `tests/fixtures/saved_v<N>.json`. `tests/storage.rs` fails until all three are done.
pub const SCHEMA_VERSION: u32 = 2;

/// The localStorage key. Stable: the version lives inside the value.
pub const STORAGE_KEY: &str = "spoorwijzer:antwoorden";
/// The chosen language ("nl" or "en"), kept next to the answers only while saving is on (read
/// before the app starts by `public/taal.js`, which opens that language's build).
pub const LANGUAGE_KEY: &str = "spoorwijzer:taal";

/// More than this is not something the wizard wrote (a full save is about 1.5 kB).
pub const MAX_BYTES: usize = 64 * 1024;

/// What a save holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub answers: Answers,
    /// The day it was saved, as the saving device's clock said.
    pub saved_on: NaiveDate,
    /// The version it was written in (older versions are migrated).
    pub version: u32,
}

/// Why a text could not be restored. The content catalogue has a Dutch sentence for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RestoreError {
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// Not JSON at all (damaged or not a Spoorwijzer file).
    NotJson,
    /// JSON, but not ours: no or another format marker.
    Foreign,
    /// Ours, but written by a newer version of Spoorwijzer than this one.
    Newer,
    /// Ours, but the version is missing or not one we ever wrote.
    UnknownVersion,
    /// Ours and of a known version, but the answers are damaged or impossible.
    Damaged,
}

/// The saved form, fields in declaration order: `format`, `version`, `saved_on`, `answers`.
fn envelope(answers: &Answers, saved_on: NaiveDate) -> Json {
    Json::Object(vec![
        ("format".to_string(), Json::Str(FORMAT.to_string())),
        ("version".to_string(), Json::Uint(u64::from(SCHEMA_VERSION))),
        ("saved_on".to_string(), encode::date_json(saved_on)),
        ("answers".to_string(), encode::answers_json(answers)),
    ])
}

/// The value kept in the browser's storage and in the tab's history state: compact, with every
/// object's keys sorted (byte for byte what `serde_json::Value::to_string` gave before).
pub fn encode_compact(answers: &Answers, saved_on: NaiveDate) -> String {
    json::to_compact_sorted(&envelope(answers, saved_on))
}

/// The text of a downloaded file: the same as [`encode_compact`], in the fields' own order and
/// indented, so that a person can read it (byte for byte what `serde_json::to_string_pretty`
/// gave before).
pub fn encode(answers: &Answers, saved_on: NaiveDate) -> String {
    json::to_pretty(&envelope(answers, saved_on))
}

/// Read a stored value or an opened file back into answers, migrating older versions.
///
/// Every text keeps the outcome it had when this was done with serde_json and serde's derives
/// (checked against them in `tests/storage_codec.rs`): first the marker and the version, read
/// leniently (as `struct Header { format: Option<Value>, version: Option<Value> }`, which also
/// read a two-element array), then the whole envelope strictly, then the answers of that version.
pub fn restore(text: &str) -> Result<Saved, RestoreError> {
    if text.len() > MAX_BYTES {
        return Err(RestoreError::TooLarge);
    }
    let value = json::parse(text).ok_or(RestoreError::NotJson)?;
    let (format, version) = match &value {
        Json::Object(_) => (value.get("format"), value.get("version")),
        Json::Array(items) => match items.as_slice() {
            [format, version] => (Some(format), Some(version)),
            _ => return Err(RestoreError::Foreign),
        },
        _ => return Err(RestoreError::Foreign),
    };
    if format.and_then(Json::as_str) != Some(FORMAT) {
        return Err(RestoreError::Foreign);
    }
    // A version is a plain non-negative integer: not "2", 2.0, -0 or one beyond u64.
    let Some(&Json::Uint(version)) = version else {
        return Err(RestoreError::UnknownVersion);
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(RestoreError::Newer);
    }
    let version = u32::try_from(version).map_err(|_| RestoreError::UnknownVersion)?;
    // The envelope, as `struct Body { format: String, version: u32, saved_on: NaiveDate,
    // answers: Value }` with `deny_unknown_fields`: exactly these four fields, each of its type.
    let [format, version_again, saved_on, answers] =
        read::fields(&value, &["format", "version", "saved_on", "answers"]).ok_or(RestoreError::Damaged)?;
    let format_ok = format.and_then(Json::as_str).is_some();
    let version_ok = matches!(version_again, Some(Json::Uint(n)) if u32::try_from(*n).is_ok());
    let (true, true, Some(saved_on), Some(answers)) = (format_ok, version_ok, saved_on.and_then(read::date), answers)
    else {
        return Err(RestoreError::Damaged);
    };
    let answers = migrate::to_current(version, answers)?;
    if !answers.is_valid() {
        return Err(RestoreError::Damaged);
    }
    Ok(Saved { answers, saved_on, version })
}

/// A file name for a download made on `on`: `spoorwijzer-antwoorden-2026-12-02.json`.
pub fn file_name(on: NaiveDate) -> String {
    let mut name = String::from(FORMAT);
    name.push('-');
    name.push_str(&encode::date_text(on));
    name.push_str(".json");
    name
}
