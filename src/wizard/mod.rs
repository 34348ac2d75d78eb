//! The wizard's logic, pure and native-testable: the answers, the questions, which question
//! comes next, parsing what was typed, and turning answers into the engine's `Situation`.

pub mod answers;
pub mod form;
pub mod input;
pub mod journey;
pub mod outcome;
pub mod questions;
pub mod situation;
pub mod what_if;

pub use answers::*;
pub use journey::{Page, asked_steps, next_page, path, prev_page, prune};
pub use outcome::{Outcome, outcome};
pub use questions::{ASKED_STEPS, QuestionId, Section};
pub use situation::to_situation;
