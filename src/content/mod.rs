//! Every user-visible Dutch text, keyed by typed ids (exhaustive `match`es, so a new step,
//! notice or question without a text does not compile). An English version is a data addition.

pub mod result;
pub mod glossary;
pub mod questions;
pub mod ui_text;
pub mod privacy;
pub mod embed;
