//! One module per kind of page.
pub mod card;
pub mod check;
pub mod question;
pub mod result;
pub mod start;
