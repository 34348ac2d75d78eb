//! The rules core: the Wet verbetering poortwachter as pure functions of the answers and
//! "today". No web dependency and no clock (chrono is built without its `clock` feature, so
//! `Local::now()` does not even exist here); tested natively with `cargo test`.

pub mod actions;
pub mod assessment;
pub mod calendar;
pub mod conversation;
pub mod diff;
pub mod duties;
pub mod errors;
pub mod fines;
pub mod notices;
pub mod regime;
pub mod remedies;
pub mod situation;
pub mod small_sort;
pub mod sources;
pub mod steps;
pub mod weeks;

mod engine;
mod open;
mod scope;
mod timeline;
mod validate;
mod verdict;

pub use assessment::*;
pub use duties::{DutyId, DutyKind};
pub use engine::assess;
pub use errors::{Field, InputError};
pub use fines::Fine;
pub use notices::NoticeId;
pub use regime::RULES_CHECKED_ON;
pub use remedies::{Remedy, RemedyId};
pub use situation::*;
pub use sources::{Basis, Certainty, Citation, Party, Source};
pub use steps::{StepId, StepKind};
