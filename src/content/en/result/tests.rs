//! The English catalogue against the Dutch one: the same texts (listed by the same code, key by
//! key), each translated, none left in Dutch outside the Dutch terms kept in brackets.

include!("../../tests_collect.rs");

/// Dutch words that never belong in the English texts outside a bracketed or quoted Dutch term.
const DUTCH: [&str; 24] = [
    "uw", "het", "een", "niet", "wordt", "moet", "bij", "voor", "ook", "nog", "heeft", "kunt", "naar", "dan", "wat",
    "wie", "zijn", "werknemer", "werkgever", "ziekte", "wanneer", "deze", "daarna", "alleen",
];

/// The text without what is meant to stay Dutch: "(plan van aanpak)", 'ziek zonder werkgever'.
fn outside_dutch_terms(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut quoted = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let word_edge = |j: Option<&char>| j.is_none_or(|c| !c.is_alphanumeric());
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            // An opening or closing quote, not an apostrophe inside a word ("employee's").
            '\'' | '‘' | '’' | '"' if word_edge(i.checked_sub(1).and_then(|j| chars.get(j))) || word_edge(chars.get(i + 1)) => {
                quoted = !quoted
            }
            _ if depth == 0 && !quoted => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn every_dutch_text_has_an_english_one_under_the_same_key() {
    let nl = crate::content::nl::result::tests::all_texts();
    let en = all_texts();
    let keys = |v: &[(String, String)]| v.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
    assert_eq!(keys(&nl), keys(&en));
    for ((key, nl), (_, en)) in nl.iter().zip(&en) {
        assert_eq!(nl.trim().is_empty(), en.trim().is_empty(), "{key}: one language is empty");
        // Short labels may be the same in both ("UWV", "WIA"); a sentence may not.
        assert!(nl.len() < 25 || nl != en, "{key}: not translated: {en}");
    }
}

#[test]
fn no_dutch_left_outside_the_dutch_terms() {
    let mut found = Vec::new();
    for (key, text) in all_texts() {
        let rest = outside_dutch_terms(&text).to_ascii_lowercase();
        let words: HashSet<&str> = rest.split(|c: char| !c.is_alphanumeric()).collect();
        for w in DUTCH {
            if words.contains(w) {
                found.push(format!("{key}: '{w}' in: {text}"));
            }
        }
    }
    assert!(found.is_empty(), "Dutch in the English texts:\n{}", found.join("\n"));
}

#[test]
fn dates_in_english() {
    assert_eq!(date_text(day(2025, 4, 14)), "14 April 2025");
    assert_eq!(weekday_date_text(day(2025, 4, 14)), "Monday 14 April 2025");
    assert_eq!(weekday_date_text(day(2024, 2, 29)), "Thursday 29 February 2024");
    assert_eq!(date_text(day(2026, 12, 3)), "3 December 2026");
}

#[test]
fn the_dutch_terms_stay_visible_in_the_english_texts() {
    // People meet these in Dutch letters and forms: the English names them at least once.
    let all: String = all_texts().into_iter().map(|(_, t)| t).collect::<Vec<_>>().join("\n");
    for term in ["(plan van aanpak)", "(probleemanalyse)", "(eerstejaarsevaluatie)", "(bedrijfsarts)", "(loonsanctie)", "(spoor 2)"] {
        assert!(all.contains(term), "the Dutch term {term} is nowhere in the English texts");
    }
}
