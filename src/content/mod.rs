//! Every user-visible text, keyed by typed ids (exhaustive `match`es, so a new step, notice or
//! question without a text does not compile), once per language.
//!
//! `nl` and `en` have the same modules with the same public items; the UI reads the one chosen
//! at build time (`--features en` builds the English app, loaded only by those who choose it, so
//! Dutch users never download the second language). Natively both are compiled, so the tests
//! and the `assess` CLI can use either, and `tests/catalogue.rs` holds the two item for item.

pub mod types;

#[cfg(any(not(feature = "en"), not(target_arch = "wasm32")))]
pub mod nl;
#[cfg(any(feature = "en", not(target_arch = "wasm32")))]
pub mod en;

#[cfg(not(feature = "en"))]
pub use nl::*;
#[cfg(feature = "en")]
pub use en::*;
