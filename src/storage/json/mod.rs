//! The little JSON that the saved-answers format needs, written by hand so that the browser build
//! does not link serde_json (about 35 KB brotli, a quarter of the size budget).
//!
//! It reads any JSON text (RFC 8259) and refuses exactly what serde_json refuses, including its
//! nesting limit and numbers too large for an `f64`, so that `restore` keeps giving the same
//! reason for the same text. It writes exactly what serde_json wrote for our values: the pretty
//! layout of a file and the compact, key-sorted text of a stored value. `tests/storage_codec.rs`
//! checks both against serde_json, which stays a native dev-dependency as the oracle.
//! It is not a general JSON library: it keeps only what a save can hold.

mod parse;
mod write;

pub use parse::{MAX_DEPTH, parse};
pub(super) use write::push_uint;
pub use write::{to_compact_sorted, to_pretty};

/// A parsed or to-be-written JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A non-negative integer written without fraction or exponent that fits a `u64` (serde_json's
    /// `PosInt`): the only kind of number a save holds (the version and a percentage).
    Uint(u64),
    /// Any other number, kept as written: negative, with a fraction or an exponent, or beyond
    /// `u64`. No field of a save accepts one, so its value is never needed; keeping the text lets
    /// the writer reproduce it.
    Number(String),
    Str(String),
    Array(Vec<Json>),
    /// Members in the order written, repeated keys included. Where a key repeats, the last one
    /// counts (as in serde_json's map, which keeps the last): see [`Json::get`].
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value of `key` in an object (the last one, if the key repeats).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
}
