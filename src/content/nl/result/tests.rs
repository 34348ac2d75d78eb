//! Tests of the result-page catalogue: completeness per id and role, text hygiene, B1 sentence
//! length, role perspective, date formatting and input errors.

include!("../../tests_collect.rs");
use crate::rules::StepKind;

#[test]
fn every_step_has_text_for_every_role() {
    for role in ROLES {
        for id in StepId::ALL {
            let s = step(id, role);
            assert!(!s.title.is_empty(), "{id:?} @{role:?} title");
            assert!(!s.what.is_empty(), "{id:?} @{role:?} what");
            if id.kind() != StepKind::Event || id == StepId::ZiekmeldingWerkgever {
                assert!(!s.missed.is_empty(), "{id:?} @{role:?}: only pure events may leave `missed` empty");
            }
        }
    }
}

#[test]
fn step_titles_are_role_independent() {
    for id in StepId::ALL {
        assert_eq!(step(id, Role::Werknemer).title, step(id, Role::Werkgever).title, "{id:?}");
    }
}

#[test]
fn every_notice_and_duty_has_text() {
    for role in ROLES {
        for id in NOTICES {
            let n = notice(id, role);
            assert!(!n.title.is_empty() && !n.body.is_empty(), "{id:?} @{role:?}");
        }
        for id in DUTIES {
            let d = duty(id, role);
            assert!(!d.title.is_empty() && !d.body.is_empty() && !d.consequence.is_empty(), "{id:?} @{role:?}");
        }
    }
}

#[test]
fn verdicts_rules_reasons_and_labels_have_text() {
    for role in ROLES {
        for sp in SPOREN {
            let s = verdict_sentence(sp, role);
            assert!(s.ends_with('.'), "{sp:?} @{role:?}");
            assert!(!s.trim_end_matches('.').contains(". "), "verdict must be one sentence: {sp:?} @{role:?}");
        }
        for r in reasons() {
            let s = reason(r, role);
            assert!(!s.is_empty() && s.ends_with('.'), "{r:?} @{role:?}");
        }
        for p in open_points() {
            assert!(!open_point(p, role).is_empty(), "{p:?} @{role:?}");
        }
        assert_eq!(party_for(Party::Werknemer, Role::Werknemer), "U");
        assert_eq!(party_for(Party::Werkgever, Role::Werkgever), "U");
        assert_eq!(party_for(Party::Werkgever, Role::Werknemer), "Uw werkgever");
    }
    for sp in SPOREN {
        assert!(!verdict_title(sp).is_empty());
    }
    assert_eq!(verdict_title(Spoor::Spoor1En2), "Spoor 1 en spoor 2");
    for r in RULES {
        assert!(!rule(r).is_empty(), "{r:?}");
    }
    for c in CERTAINTIES {
        assert!(!certainty(c).is_empty());
    }
    for s in statuses() {
        assert!(!status(s).is_empty());
    }
    let labels: HashSet<&str> = statuses().iter().map(|s| status(*s)).collect();
    assert_eq!(labels.len(), 6, "status labels must differ");
    let labels: HashSet<&str> = CERTAINTIES.iter().map(|c| certainty(*c)).collect();
    assert_eq!(labels.len(), 6, "certainty labels must differ");
}

#[test]
fn not_covered_has_where_to_go() {
    for r in NOT_COVERED {
        let n = not_covered(r);
        assert!(!n.title.is_empty() && !n.why.is_empty(), "{r:?}");
        assert!(!n.where_to_go.is_empty(), "{r:?}");
        for l in n.where_to_go {
            assert!(l.href.starts_with("https://"), "{r:?} {}", l.href);
            assert!(!l.label.is_empty() && !l.text.is_empty(), "{r:?}");
        }
    }
}

#[test]
fn sections_and_documents_are_filled() {
    for role in ROLES {
        for s in spoor2_explainer(role).iter().chain(disagreement(role).iter()) {
            assert!(!s.title.is_empty());
            assert!(!s.paragraphs.is_empty() || !s.bullets.is_empty(), "{}", s.title);
        }
        for after in [false, true] {
            let vn = scope_vangnet(role, after);
            assert!(!vn.title.is_empty() && !vn.body.is_empty());
        }
    }
    let docs = documents();
    assert!(docs.len() >= 7);
    let steps: HashSet<_> = docs.iter().filter_map(|d| d.step).collect();
    assert_eq!(steps.len(), docs.iter().filter(|d| d.step.is_some()).count(), "a step marks one document only");
    for s in [StepId::Probleemanalyse, StepId::PlanVanAanpak, StepId::Eerstejaarsevaluatie, StepId::ReIntegratieverslag]
    {
        assert!(steps.contains(&s), "{s:?} missing from documents");
    }
    assert!(!disclaimer().is_empty());
}

#[test]
fn money_amounts_come_from_the_reference() {
    let disagreement_w: String = disagreement(Role::Werknemer)[1].paragraphs.concat();
    let disagreement_g: String = disagreement(Role::Werkgever)[1].paragraphs.concat();
    assert!(disagreement_w.contains("ongeveer €100") && disagreement_w.contains("uwv.nl"));
    assert!(disagreement_g.contains("ongeveer €400") && disagreement_g.contains("uwv.nl"));
    // €70, €230, €455: the tiers of the Boetebesluit socialezekerheidswetten art. 2c for late reports.
    let allowed = ["€455", "€230", "€70", "€400", "€100"];
    for (label, text) in all_texts() {
        for (i, _) in text.match_indices('€') {
            let amount: String = text[i..].chars().take_while(|c| *c == '€' || c.is_ascii_digit()).collect();
            assert!(allowed.contains(&amount.as_str()), "{label}: unexpected amount {amount}");
        }
    }
}

#[test]
fn texts_are_clean() {
    const BANNED: [&str; 12] =
        ["TODO", "FIXME", "XXX", "TBD", "lorem", "placeholder", "  ", "\n", "\t", "diagnose", "uw onderneming", "{"];
    const ENGLISH: [&str; 14] = [
        "the", "and", "with", "when", "employer", "employee", "step", "notice", "text", "title", "sick", "todo",
        "missing", "here",
    ];
    for (label, text) in all_texts() {
        if label.contains("missed") && text.is_empty() {
            continue;
        }
        assert!(!text.is_empty(), "{label}: empty");
        assert_eq!(text.trim(), text, "{label}: leading or trailing whitespace");
        for b in BANNED {
            assert!(!text.contains(b), "{label}: contains {b:?}: {text}");
        }
        // "uw bedrijf" assumes the employer user owns a business (an adviser does not); "uw
        // bedrijfsarts" is fine.
        for (i, _) in text.match_indices("uw bedrijf") {
            let next = text[i + "uw bedrijf".len()..].chars().next();
            assert!(next.is_some_and(|c| c.is_alphabetic()), "{label}: says 'uw bedrijf': {text}");
        }
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            assert!(!ENGLISH.contains(&w.to_lowercase().as_str()), "{label}: English word {w:?}");
        }
        // Two sentences glued together by a line continuation without a space ("week 6.Daarin").
        let chars: Vec<char> = text.chars().collect();
        for w in chars.windows(2) {
            assert!(
                !(matches!(w[0], '.' | '?' | '!' | ',' | ':' | ';') && w[1].is_alphabetic() && w[1].is_uppercase()),
                "{label}: missing space after punctuation: {text}"
            );
        }
    }
}

#[test]
fn static_texts_contain_no_computed_dates() {
    // Input errors and reasons echo the user's own dates, and questions count back from them or
    // give an example date; everything else must not contain a year.
    for (label, text) in all_texts() {
        if label.starts_with("input_error") || label.starts_with("reason") || label.starts_with("question") {
            continue;
        }
        let digits: Vec<bool> = text.chars().map(|c| c.is_ascii_digit()).collect();
        assert!(!digits.windows(4).any(|w| w.iter().all(|d| *d)), "{label}: looks like a year or date: {text}");
    }
}

/// Whether `phrase` occurs in `text` as whole words ("uw werkgever" but not "uw werkgeversvereniging").
fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| !text[i + phrase.len()..].chars().next().is_some_and(char::is_alphabetic))
}

#[test]
fn role_perspective_is_consistent() {
    // For the employee "u" is the employee: the texts never talk about "uw werknemer" or "de
    // werknemer". For the employer "u" is the employer: never "uw werkgever".
    let mut bad = Vec::new();
    for (label, text) in all_texts() {
        let lower = text.to_lowercase();
        let forbidden: &[&str] = if label.starts_with("party_for") {
            &[]
        } else if label.contains("@Werknemer") {
            &["uw werknemer", "uw oud-werknemer", "de werknemer"]
        } else if label.contains("@Werkgever") {
            &["uw werkgever", "uw oud-werkgever"]
        } else {
            &[]
        };
        for phrase in forbidden {
            if contains_phrase(&lower, phrase) {
                bad.push(format!("{label}: '{phrase}' in: {text}"));
            }
        }
    }
    assert!(bad.is_empty(), "{} texts in the wrong person:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn b1_sentences_are_short() {
    for (label, text) in core_texts() {
        for sentence in text.split(". ").flat_map(|s| s.split("? ")).flat_map(|s| s.split("! ")) {
            let words = sentence.split_whitespace().count();
            assert!(words <= 25, "{label}: sentence of {words} words: {sentence}");
        }
    }
}

#[test]
fn dates_in_dutch() {
    assert_eq!(date_text(day(2026, 3, 3)), "3 maart 2026");
    assert_eq!(weekday_date_text(day(2026, 3, 3)), "dinsdag 3 maart 2026");
    assert_eq!(date_text(day(2028, 2, 29)), "29 februari 2028");
    assert_eq!(weekday_date_text(day(2028, 2, 29)), "dinsdag 29 februari 2028");
    assert_eq!(weekday_date_text(day(2026, 11, 22)), "zondag 22 november 2026");
    assert_eq!(weekday_date_text(day(2026, 12, 31)), "donderdag 31 december 2026");
    assert_eq!(weekday_date_text(day(2027, 1, 1)), "vrijdag 1 januari 2027");
    assert_eq!(date_text(day(2026, 5, 10)), "10 mei 2026");
    assert_eq!(weekday_date_text(day(2026, 6, 1)), "maandag 1 juni 2026");
    assert_eq!(weekday_date_text(day(2026, 8, 5)), "woensdag 5 augustus 2026");
    assert_eq!(weekday_date_text(day(2026, 10, 3)), "zaterdag 3 oktober 2026");
}

#[test]
fn every_input_error_has_its_own_message() {
    let errors = input_errors();
    let messages: Vec<String> = errors.iter().map(input_error).collect();
    let unique: HashSet<&String> = messages.iter().collect();
    assert_eq!(unique.len(), errors.len(), "messages must differ per error");
    for (e, m) in errors.iter().zip(&messages) {
        assert!(m.ends_with('.'), "{e:?}: {m}");
        // Each message tells the user what to change.
        assert!(m.contains(" aan") || m.contains("Vul ") || m.contains("weglaten"), "{e:?}: {m}");
    }
    assert!(messages[0].contains("1 december 2026") && messages[0].contains("22 november 2026"));
    assert!(messages[3].contains("periode 1"), "periods are numbered from 1 for users: {}", messages[3]);
    assert!(messages[7].contains("Probleemanalyse"));
    // Every field of DateOutOfRange gets its own label.
    let fields = [
        Field::FirstSickDay,
        Field::RecoveredOn,
        Field::EarlierPeriods,
        Field::ContractEnd,
        Field::Done(StepId::Probleemanalyse),
        Field::WazoLeave,
    ];
    let msgs: HashSet<String> = fields.iter().map(|f| input_error(&InputError::DateOutOfRange { field: *f })).collect();
    assert_eq!(msgs.len(), fields.len());
}

#[test]
#[ignore]
fn dump_all_texts() {
    for (label, text) in all_texts() {
        println!("{label}\n    {text}");
    }
}
