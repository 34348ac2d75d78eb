//! This language and the way to the other one (the switch on every page).

/// `<html lang>` and the saved preference.
pub const CODE: &str = "en";
/// Where this language's app lives, and the other's (one build per language, see
/// `content/mod.rs`).
pub const HOME: &str = "/en/";
pub const OTHER_HOME: &str = "/";
pub const OTHER_CODE: &str = "nl";
/// The other language, named in itself: the switch reads it in the language it leads to.
pub const OTHER_NAME: &str = "Nederlands";
/// For screen readers, in this language: what the switch does.
pub const SWITCH_HINT: &str = "Read this guide in Dutch";
