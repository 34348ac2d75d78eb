//! A minimal iCalendar (RFC 5545) writer for all-day deadline events.
//!
//! Pure like the rules core: no clock (the caller passes the `DTSTAMP` date), no randomness (UIDs
//! come from the caller), no I/O. Output is deterministic, so the same input gives the same file.

use chrono::{Datelike, NaiveDate};

/// One all-day event.
pub struct Event<'a> {
    /// Stable unique id WITHOUT the domain part, e.g. "2026-02-09-probleemanalyse"; the writer appends "@spoorwijzer".
    pub uid: &'a str,
    /// The day of the event: `DTSTART;VALUE=DATE`, with `DTEND;VALUE=DATE` the next day.
    pub date: NaiveDate,
    pub summary: &'a str,
    /// Free text; newlines, commas, semicolons, backslashes and non-ASCII are escaped or folded safely.
    pub description: &'a str,
    /// Days before `date` for a display reminder (VALARM TRIGGER;VALUE=DURATION:-P{n}D, ACTION:DISPLAY, DESCRIPTION = summary). None = no alarm.
    pub reminder_days: Option<u32>,
}

/// The calendar: VCALENDAR with VERSION:2.0, PRODID:-//Spoorwijzer//NL, CALSCALE:GREGORIAN, METHOD:PUBLISH,
/// X-WR-CALNAME:<name>, then one VEVENT per event (UID, DTSTAMP, DTSTART;VALUE=DATE, DTEND;VALUE=DATE, SUMMARY, DESCRIPTION,
/// TRANSP:TRANSPARENT, optional VALARM). `stamp` is used for DTSTAMP as `YYYYMMDDT000000Z` (the caller passes the date the
/// calendar was made; the module never reads a clock).
pub fn calendar(name: &str, stamp: NaiveDate, events: &[Event]) -> String {
    let mut out = String::new();
    let stamp = format!("{}T000000Z", ymd(stamp));
    for l in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Spoorwijzer//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"] {
        push_line(&mut out, l);
    }
    push_line(&mut out, &format!("X-WR-CALNAME:{}", text(name)));
    for e in events {
        // An all-day event's DTEND is exclusive (RFC 5545 §3.6.1), hence the next day. `succ_opt` only
        // fails at chrono's last representable date, where we fall back rather than panic.
        let end = e.date.succ_opt().unwrap_or(e.date);
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}@spoorwijzer", text(e.uid)));
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        push_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", ymd(e.date)));
        push_line(&mut out, &format!("DTEND;VALUE=DATE:{}", ymd(end)));
        push_line(&mut out, &format!("SUMMARY:{}", text(e.summary)));
        push_line(&mut out, &format!("DESCRIPTION:{}", text(e.description)));
        // A deadline does not make anyone busy (§3.8.2.7).
        push_line(&mut out, "TRANSP:TRANSPARENT");
        // Alarms are sub-components and must follow the event's properties (§3.6.1 `eventc`, §3.6.6).
        if let Some(days) = e.reminder_days {
            push_line(&mut out, "BEGIN:VALARM");
            push_line(&mut out, "ACTION:DISPLAY");
            push_line(&mut out, &format!("TRIGGER;VALUE=DURATION:-P{days}D"));
            push_line(&mut out, &format!("DESCRIPTION:{}", text(e.summary)));
            push_line(&mut out, "END:VALARM");
        }
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// A DATE value (RFC 5545 §3.3.4): `YYYYMMDD`. Plain integer arithmetic instead of chrono's
/// strftime machinery keeps the wasm small. The format has four year digits, hence the clamp.
fn ymd(d: NaiveDate) -> String {
    let year = d.year().clamp(0, 9999) as u32;
    format!("{:08}", year * 10_000 + d.month() * 100 + d.day())
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, a line
/// break (LF, CRLF or CR) becomes `\n`. Other control characters are not allowed in TEXT and are dropped.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line ending in CRLF, folded so that no physical line exceeds 75 octets
/// (RFC 5545 §3.1). A continuation starts with one space, which counts toward its 75. Cuts move back
/// to a char boundary so a UTF-8 sequence is never split (§3.1 says SHOULD NOT; it would corrupt the text).
fn push_line(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = 75;
    while rest.len() > limit {
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (head, tail) = rest.split_at(cut);
        out.push_str(head);
        out.push_str("\r\n ");
        rest = tail;
        limit = 74;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn event(date: NaiveDate, reminder_days: Option<u32>) -> Event<'static> {
        Event { uid: "2026-02-09-probleemanalyse", date, summary: "Probleemanalyse", description: "Arbo-arts", reminder_days }
    }

    #[test]
    fn escapes_each_special_character() {
        assert_eq!(text(r"a\b"), r"a\\b");
        assert_eq!(text("a;b"), r"a\;b");
        assert_eq!(text("a,b"), r"a\,b");
        assert_eq!(text("a\nb\r\nc\rd"), r"a\nb\nc\nd");
        assert_eq!(text("bel\u{7}\tok: ë é € ‘’"), "bel\tok: ë é € ‘’");
    }

    #[test]
    fn folds_long_multibyte_lines_at_75_octets() {
        let mut line = String::from("DESCRIPTION:");
        for c in "ë€‘’😀a".chars().cycle() {
            if line.len() + c.len_utf8() > 200 {
                break;
            }
            line.push(c);
        }
        while line.len() < 200 {
            line.push('x');
        }
        assert_eq!(line.len(), 200);
        let mut out = String::new();
        push_line(&mut out, &line);
        let bytes = out.as_bytes();
        assert!(bytes.ends_with(b"\r\n"));
        let physical: Vec<&[u8]> = bytes[..bytes.len() - 2].split(|&b| b == b'\n').collect();
        assert!(physical.len() >= 3);
        for (i, p) in physical.iter().enumerate() {
            let p = if i + 1 < physical.len() { p.strip_suffix(b"\r").unwrap() } else { p };
            assert!(p.len() <= 75, "line {i} has {} octets", p.len());
            assert!(std::str::from_utf8(p).is_ok(), "line {i} splits a character");
            assert_eq!(i > 0, p.starts_with(b" "));
        }
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn all_day_event_ends_the_next_day_across_month_and_year() {
        let ics = calendar("c", date(2026, 1, 1), &[event(date(2026, 12, 31), None), event(date(2026, 2, 28), None)]);
        assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20260228\r\nDTEND;VALUE=DATE:20260301\r\n"));
        assert!(ics.contains("\r\nUID:2026-02-09-probleemanalyse@spoorwijzer\r\nDTSTAMP:20260101T000000Z\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 2);
    }

    #[test]
    fn alarm_only_when_asked() {
        let with = calendar("c", date(2026, 1, 1), &[event(date(2026, 3, 2), Some(7))]);
        let alarm = "TRANSP:TRANSPARENT\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;VALUE=DURATION:-P7D\r\n\
                     DESCRIPTION:Probleemanalyse\r\nEND:VALARM\r\nEND:VEVENT\r\n";
        assert!(with.contains(alarm), "{with}");
        let without = calendar("c", date(2026, 1, 1), &[event(date(2026, 3, 2), None)]);
        assert!(!without.contains("VALARM"));
    }

    #[test]
    fn crlf_everywhere_and_deterministic() {
        let long = "Lange tekst; met komma's, een \\ en\nregels: ë é € ‘’ ".repeat(5);
        let e = Event { description: &long, ..event(date(2026, 5, 4), Some(3)) };
        let a = calendar("Spoorwijzer, termijnen", date(2026, 1, 1), &[e]);
        assert!(a.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(a.matches('\n').count(), a.matches("\r\n").count());
        assert_eq!(a.matches('\r').count(), a.matches("\r\n").count());
        assert!(a.split("\r\n").all(|l| l.len() <= 75));
        let e = Event { description: &long, ..event(date(2026, 5, 4), Some(3)) };
        assert_eq!(a, calendar("Spoorwijzer, termijnen", date(2026, 1, 1), &[e]));
    }

    #[test]
    fn empty_calendar_is_valid() {
        let ics = calendar("Leeg", date(2026, 2, 9), &[]);
        assert_eq!(
            ics,
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Spoorwijzer//NL\r\nCALSCALE:GREGORIAN\r\n\
             METHOD:PUBLISH\r\nX-WR-CALNAME:Leeg\r\nEND:VCALENDAR\r\n"
        );
    }
}
