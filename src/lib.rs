//! Spoorwijzer: a self-service guide to sick-leave re-integration under the
//! Wet verbetering poortwachter.
//!
//! The crate has two layers:
//! - pure modules (`rules`, and later `wizard` and `content`) with no web dependency and no
//!   clock: "today" is always an argument. They compile and are tested natively.
//! - `ui`, the Leptos single-page app, compiled only for `wasm32` (see Cargo.toml).

pub mod content;
pub mod embed;
pub mod export;
pub mod ics;
pub mod rules;
/// The served HTML's start page, written at build time (native only: the wasm never carries it).
#[cfg(not(target_arch = "wasm32"))]
pub mod static_page;
pub mod storage;
pub mod wizard;

#[cfg(target_arch = "wasm32")]
pub mod ui;
