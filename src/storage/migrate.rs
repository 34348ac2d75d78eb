//! From every version we ever wrote to the current [`Answers`].
//!
//! Version 1 is the first released format, so there is nothing to migrate yet. When
//! `SCHEMA_VERSION` goes to 2: copy today's `Answers` (and the enums it uses) into a frozen
//! `mod v1` here, deserialise version-1 answers into it and write `impl From<v1::Answers> for
//! Answers`. Old versions are never read by the current type directly: a renamed field would
//! otherwise vanish silently.

use super::RestoreError;
use crate::wizard::Answers;

pub(super) fn to_current(version: u32, answers: serde_json::Value) -> Result<Answers, RestoreError> {
    match version {
        1 => serde_json::from_value(answers).map_err(|_| RestoreError::Damaged),
        _ => Err(RestoreError::UnknownVersion),
    }
}
