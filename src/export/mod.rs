//! What a person takes along, made from the assessment and the text catalogue: the deadlines as
//! an iCalendar file. Pure: the date it is made is an argument, nothing is read or sent.

use chrono::NaiveDate;

use crate::content::result as c;
use crate::ics::{self, Event};
use crate::rules::actions::action_for;
use crate::rules::{Assessment, Condition, Role, Status, Step, StepKind};

/// Days before a deadline that the calendar reminds of it.
pub const REMINDER_DAYS: u32 = 7;

/// The steps the calendar holds: every deadline still to come (also one whose status the user
/// does not know), not events, not the possible end of a loonsanctie.
pub fn calendar_steps(a: &Assessment) -> Vec<&Step> {
    let mut steps: Vec<&Step> = a
        .steps
        .iter()
        .filter(|st| {
            st.kind != StepKind::Event
                && matches!(st.status, Status::Now | Status::Upcoming | Status::Unknown)
                && st.date >= a.today
                && st.condition != Some(Condition::Loonsanctie)
        })
        .collect();
    crate::rules::small_sort::sort_small_by_key(&mut steps, |st| st.date);
    steps
}

/// The deadlines as an iCalendar file (RFC 5545), for the role. UIDs are the chain's first sick
/// day and the step, so importing a newer file updates the events instead of adding them again.
pub fn calendar(a: &Assessment, role: Role) -> String {
    let steps = calendar_steps(a);
    let texts: Vec<(String, String, String)> = steps
        .iter()
        .map(|st| {
            let uid = format!("{}-{}", a.chain.first_day, st.id.id());
            let text = c::step_in(st.id, role, st.vangnet);
            let summary = match st.condition {
                Some(cond) => format!("{} {} (Spoorwijzer)", c::condition(cond), text.title),
                None => format!("{} (Spoorwijzer)", text.title),
            };
            (uid, summary, description(a, st, role))
        })
        .collect();
    let events: Vec<Event> = steps
        .iter()
        .zip(&texts)
        .map(|(st, (uid, summary, description))| Event {
            uid,
            date: st.date,
            summary,
            description,
            reminder_days: Some(REMINDER_DAYS),
        })
        .collect();
    ics::calendar(c::CALENDAR_NAME, a.today, &events)
}

fn description(a: &Assessment, st: &Step, role: Role) -> String {
    let text = c::step_in(st.id, role, st.vangnet);
    let mut out = vec![
        c::action(&action_for(st, role), role),
        format!("{} {}", c::CALENDAR_WHO, who(st, role)),
        format!("{} {}", c::CALENDAR_BY, c::weekday_date_text(st.date)),
        text.what.to_string(),
    ];
    if !text.missed.is_empty() {
        out.push(format!("{} {}", c::CALENDAR_MISSED, text.missed));
    }
    let sources: Vec<String> = st.basis.cite(a.law_on).into_iter().map(|s| format!("{} ({})", s.citation, s.url)).collect();
    out.push(format!("{} {}", c::CALENDAR_BASIS, sources.join("; ")));
    out.push(format!("{} {}. {}", c::CALENDAR_MADE, c::date_text(a.today), c::disclaimer()));
    out.join("\n")
}

/// A file name for the calendar made on `on`.
pub fn calendar_file_name(on: NaiveDate) -> String {
    format!("spoorwijzer-termijnen-{on}.ics")
}

/// Who acts, in lower case after the colon ("Wie: uw werkgever"), UWV as UWV.
fn who(st: &Step, role: Role) -> String {
    let p = c::party_for(st.who, role);
    if p == "UWV" { p.to_string() } else { c::lower_first(p) }
}
