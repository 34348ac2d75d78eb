//! Pieces of the check page's answer lines ("Controleer uw antwoorden").

/// "… : 3 maart 2026 tot en met 9 maart 2026" (dates already written out).
pub fn period(text: &str, from: &str, to: &str) -> String {
    format!("{text}: {from} tot en met {to}")
}

/// "… (50% van de uren)".
pub fn with_percent(text: &str, percent: &str) -> String {
    format!("{text} ({percent}% van de uren)")
}
