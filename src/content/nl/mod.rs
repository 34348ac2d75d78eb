//! The Dutch texts (B1, "u"-form): the reference language.

pub mod result;
pub mod glossary;
pub mod questions;
pub mod ui_text;
pub mod privacy;
pub mod embed;
pub mod lang;
pub mod check;
pub mod shell;
