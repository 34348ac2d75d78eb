//! The one format in which answers leave the app's memory: the opt-in copy in this browser's
//! localStorage and the file a user downloads. Pure: text in, answers out. The UI module
//! `ui::storage` is the only code that touches the browser's storage.
//!
//! Only the answers are kept (plus a format marker, a version and the date); everything else is
//! recomputed, so a corrected rule also corrects an old save. Restoring is all or nothing: any
//! problem gives a typed [`RestoreError`] and no answers at all, never half of them.

mod migrate;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::wizard::Answers;

/// Marks our data, so that a foreign value under our key (or a random JSON file) is told apart
/// from a damaged save of ours.
pub const FORMAT: &str = "spoorwijzer-antwoorden";

/// The version of the saved answers. Bump it whenever [`Answers`] changes shape (a field added,
/// renamed or retyped, a variant split), freeze the old shape in `migrate.rs`, and add a fixture
/// `tests/fixtures/saved_v<N>.json`. `tests/storage.rs` fails until all three are done.
pub const SCHEMA_VERSION: u32 = 2;

/// The localStorage key. Stable: the version lives inside the value.
pub const STORAGE_KEY: &str = "spoorwijzer:antwoorden";

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

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u32,
    saved_on: NaiveDate,
    answers: &'a Answers,
}

/// Only the marker and the version, read first: they decide how to read the rest.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// The whole envelope of a known version, with the answers still untyped.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Body {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    saved_on: NaiveDate,
    answers: serde_json::Value,
}

/// The saved form as a JSON value (what the browser's storage keeps, written compactly).
pub fn to_value(answers: &Answers, saved_on: NaiveDate) -> serde_json::Value {
    let envelope = Envelope { format: FORMAT, version: SCHEMA_VERSION, saved_on, answers };
    // Serialising plain data with string keys cannot fail; `Null` would be refused on restore
    // rather than half-read.
    serde_json::to_value(envelope).unwrap_or_default()
}

/// The text of a downloaded file: the same as [`to_value`], in the fields' own order and
/// indented, so that a person can read it.
pub fn encode(answers: &Answers, saved_on: NaiveDate) -> String {
    let envelope = Envelope { format: FORMAT, version: SCHEMA_VERSION, saved_on, answers };
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// Read a stored value or an opened file back into answers, migrating older versions.
pub fn restore(text: &str) -> Result<Saved, RestoreError> {
    if text.len() > MAX_BYTES {
        return Err(RestoreError::TooLarge);
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| RestoreError::NotJson)?;
    let header = Header::deserialize(&value).map_err(|_| RestoreError::Foreign)?;
    if header.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(RestoreError::Foreign);
    }
    let version = header
        .version
        .as_ref()
        .and_then(serde_json::Value::as_u64)
        .ok_or(RestoreError::UnknownVersion)?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(RestoreError::Newer);
    }
    let version = u32::try_from(version).map_err(|_| RestoreError::UnknownVersion)?;
    let body: Body = serde_json::from_value(value).map_err(|_| RestoreError::Damaged)?;
    let answers = migrate::to_current(version, body.answers)?;
    if !answers.is_valid() {
        return Err(RestoreError::Damaged);
    }
    Ok(Saved { answers, saved_on: body.saved_on, version })
}

/// A file name for a download made on `on`: `spoorwijzer-antwoorden-2026-12-02.json`.
pub fn file_name(on: NaiveDate) -> String {
    format!("{FORMAT}-{on}.json")
}
