//! The calendar file of the deadlines (`export::calendar`), for every vector: well-formed RFC 5545
//! (CRLF, lines folded at 75 octets, escaped text), one all-day event with a reminder per
//! upcoming deadline and nothing else, stable UIDs, and the same file every time.

mod common;

use spoorwijzer::export::{REMINDER_DAYS, calendar, calendar_steps};
use spoorwijzer::rules::{Role, assess};

/// Undo the folding of RFC 5545 §3.1: a CRLF followed by one space joins two lines.
fn unfold(text: &str) -> Vec<String> {
    text.split("\r\n").fold(Vec::<String>::new(), |mut lines, l| {
        match l.strip_prefix(' ') {
            Some(rest) if !lines.is_empty() => lines.last_mut().unwrap().push_str(rest),
            _ => lines.push(l.to_string()),
        }
        lines
    })
}

fn check(v: &common::Vector) -> Vec<String> {
    let mut bad = Vec::new();
    let Ok(a) = assess(&v.situation, v.today) else { return bad };
    for role in [Role::Werknemer, Role::Werkgever] {
        let text = calendar(&a, role);
        if text != calendar(&a, role) {
            bad.push("not deterministic".into());
        }
        if text.replace("\r\n", "").contains(['\r', '\n']) || !text.ends_with("\r\n") {
            bad.push("a line does not end in CRLF".into());
        }
        if let Some(long) = text.split("\r\n").find(|l| l.len() > 75) {
            bad.push(format!("a line of {} octets: {long}", long.len()));
        }
        let lines = unfold(&text);
        let field = |name: &str| lines.iter().filter(|l| l.starts_with(name)).cloned().collect::<Vec<_>>();
        let want: Vec<String> = calendar_steps(&a)
            .iter()
            .map(|st| format!("{}-{}@spoorwijzer {}", a.chain.first_day, st.id.id(), st.date.format("%Y%m%d")))
            .collect();
        let uids = field("UID:");
        let starts = field("DTSTART;VALUE=DATE:");
        let got: Vec<String> = uids.iter().zip(&starts).map(|(u, s)| format!("{} {}", &u[4..], &s[19..])).collect();
        if got != want {
            bad.push(format!("{role:?}: events {got:?}, deadlines {want:?}"));
        }
        if field("BEGIN:VALARM").len() != want.len() || field(&format!("TRIGGER;VALUE=DURATION:-P{REMINDER_DAYS}D")).len() != want.len() {
            bad.push("not every event has its reminder".into());
        }
        // The event's description (the alarm's is just the summary) carries the legal basis.
        let with_basis = field("DESCRIPTION:").iter().filter(|d| d.contains("Grond:") && d.contains("https://")).count();
        if with_basis != want.len() {
            bad.push("a description without its legal basis".into());
        }
        if !lines.first().is_some_and(|l| l == "BEGIN:VCALENDAR") || !lines.iter().rev().nth(1).is_some_and(|l| l == "END:VCALENDAR") {
            bad.push("not a VCALENDAR".into());
        }
    }
    bad
}

#[test]
fn every_vector_gives_a_calendar_of_its_upcoming_deadlines() {
    for dir in [common::shared_dir(), common::own_dir()] {
        let (n, failures) = common::run_dir_with(&dir, check);
        assert!(n > 0);
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

#[test]
fn a_later_calendar_of_the_same_case_keeps_the_ids_of_its_events() {
    let s = spoorwijzer::rules::Situation::new(Role::Werkgever, "2026-02-09".parse().unwrap());
    let uids = |on: &str| {
        let a = assess(&s, on.parse().unwrap()).unwrap();
        unfold(&calendar(&a, Role::Werkgever)).into_iter().filter(|l| l.starts_with("UID:")).collect::<Vec<_>>()
    };
    let (march, june) = (uids("2026-03-01"), uids("2026-06-01"));
    // The 42nd-week report is in both, with one id: importing the later file updates it.
    let id = "UID:2026-02-09-ziekmelding_uwv@spoorwijzer".to_string();
    assert!(march.contains(&id) && june.contains(&id));
    // What has passed is no longer in the later one.
    assert!(march.iter().any(|u| u.contains("probleemanalyse")) && !june.iter().any(|u| u.contains("probleemanalyse")));
}

#[test]
fn special_characters_survive_escaped() {
    let s = spoorwijzer::rules::Situation::new(Role::Werknemer, "2026-02-09".parse().unwrap());
    let a = assess(&s, "2026-03-01".parse().unwrap()).unwrap();
    let text = unfold(&calendar(&a, Role::Werknemer)).join("\n");
    // Commas and semicolons are escaped; € and curly quotes stay as UTF-8.
    assert!(text.contains("\\,") && text.contains("\\;"));
    assert!(!text.contains(",\\"), "no stray escapes");
}
