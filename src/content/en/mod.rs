//! The English texts (plain English, "you"): the same items as `nl`, Dutch legal terms kept visible.

pub mod result;
pub mod glossary;
pub mod questions;
pub mod ui_text;
pub mod privacy;
pub mod embed;
pub mod lang;
pub mod check;
pub mod shell;
