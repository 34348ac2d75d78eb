//! Pieces of the check page's answer lines ("Check your answers").

/// "…: 3 March 2026 to 9 March 2026" (dates already written out).
pub fn period(text: &str, from: &str, to: &str) -> String {
    format!("{text}: {from} to {to}")
}

/// "… (50% of the hours)".
pub fn with_percent(text: &str, percent: &str) -> String {
    format!("{text} ({percent}% of the hours)")
}
