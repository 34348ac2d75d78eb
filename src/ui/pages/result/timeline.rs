//! Every step by date, with today marked, in two parts when a contract ends: the employer's route,
//! then what falls under UWV's safety net. Each step's explanation is one click away.
use leptos::prelude::*;

use crate::content::result::{self as c};
use crate::content::ui_text as t;
use crate::rules::small_sort::sort_small_by_key;
use crate::rules::{Assessment, Certainty, Party, Role, Status, Step, StepKind};

use super::super::super::widgets::Terms;
use super::{basis_links, date, tag};

/// Whether the reader (or both together) acts on this step.
fn mine(who: Party, role: Role) -> bool {
    match role {
        Role::Werknemer => matches!(who, Party::Werknemer | Party::Samen),
        Role::Werkgever => matches!(who, Party::Werkgever | Party::Samen | Party::Bedrijfsarts),
    }
}

pub(super) fn timeline(x: &Assessment, role: Role) -> impl IntoView {
    let mut steps: Vec<&Step> = x.steps.iter().filter(|s| s.status != Status::NotApplicable).collect();
    sort_small_by_key(&mut steps, |s| s.date);
    // What is done or has passed is folded away; what is late or unknown stays in view.
    let (behind, steps): (Vec<&Step>, Vec<&Step>) =
        steps.into_iter().partition(|s| matches!(s.status, Status::Done(_) | Status::Passed));
    let (route, vangnet): (Vec<&Step>, Vec<&Step>) = steps.into_iter().partition(|s| !s.vangnet);
    let not_applicable: Vec<&Step> = x.steps.iter().filter(|s| s.status == Status::NotApplicable).collect();
    let list = |items: Vec<&Step>, with_today: bool| {
        let today_at = items.iter().position(|s| s.date >= x.today).unwrap_or(items.len());
        let mut out = Vec::new();
        for (i, s) in items.iter().enumerate() {
            if with_today && i == today_at {
                out.push(today_marker(x.today, x.sick_week).into_any());
            }
            out.push(item(x, s, role).into_any());
        }
        if with_today && today_at == items.len() {
            out.push(today_marker(x.today, x.sick_week).into_any());
        }
        view! { <ol class="rw-timeline">{out}</ol> }
    };
    let has_vangnet = !vangnet.is_empty();
    let route_today = !route.is_empty() && (vangnet.is_empty() || route.last().is_some_and(|s| s.date >= x.today));
    let behind_count = behind.len();
    let behind_list = (!behind.is_empty()).then(|| {
        let items = behind.into_iter().map(|s| item(x, s, role).into_any()).collect_view();
        view! {
            <details class="rw-details rw-timeline-behind">
                <summary class="rw-details__summary">{t::RESULT_BEHIND}" ("{behind_count}")"</summary>
                <div class="rw-details__text"><ol class="rw-timeline">{items}</ol></div>
            </details>
        }
    });
    view! {
        <h2 class="rw-heading-m">{t::RESULT_TIMELINE}</h2>
        {behind_list}
        {list(route, route_today)}
        {has_vangnet.then(|| view! {
            <h3 class="rw-heading-s">{t::RESULT_TIMELINE_VANGNET}</h3>
            {list(vangnet, !route_today)}
        })}
        {(!not_applicable.is_empty()).then(|| view! {
            <details class="rw-details">
                <summary class="rw-details__summary">{t::NOT_APPLICABLE_STEPS}" ("{not_applicable.len()}")"</summary>
                <div class="rw-details__text"><ul class="rw-list">
                    {not_applicable.iter().map(|s| view! {
                        <li data-step=s.id.id() data-status="not_applicable">{c::step(s.id, role).title}</li>
                    }).collect_view()}
                </ul></div>
            </details>
        })}
    }
}

fn today_marker(today: chrono::NaiveDate, week: u32) -> impl IntoView {
    view! {
        <li class="rw-timeline__today" data-today="true">
            {t::RESULT_TODAY}": "{date(today)}" ("{t::WEEK}" "{week}")"
        </li>
    }
}

fn item(x: &Assessment, s: &Step, role: Role) -> impl IntoView {
    let text = c::step_in(s.id, role, s.vangnet);
    let class = format!("rw-timeline__item rw-timeline__item--{}", match s.status {
        Status::Done(_) => "done",
        Status::Overdue => "overdue",
        Status::Now => "now",
        Status::Unknown => "unknown",
        _ => "upcoming",
    });
    let when = match (s.from, s.kind) {
        (Some(from), _) => view! { <span>{t::BETWEEN.0}{date(from)}{t::BETWEEN.1}{date(s.date)}</span> }.into_any(),
        (None, StepKind::Event) => view! { <span>{date(s.date)}</span> }.into_any(),
        (None, _) => view! { <span>{t::BY}{date(s.date)}</span> }.into_any(),
    };
    let label = c::status_for(s.status, s.kind, mine(s.who, role), s.certainty == Certainty::Onzeker);
    let done = match s.status {
        Status::Done(on) => Some(view! { <span class="rw-timeline__meta">{t::DONE_ON}{date(on)}</span> }),
        _ => None,
    };
    let fine = x.fines.iter().find(|f| f.step == s.id).map(|f| {
        let never = (!f.made).then(|| format!("{}{}{}", t::RESULT_FINE_NEVER.0, f.if_never_eur, t::RESULT_FINE_NEVER.1));
        view! {
            <p class="rw-body" data-fine=f.max_eur.to_string()>
                {t::RESULT_FINE.0}{f.days_late}{t::RESULT_FINE.1}{f.max_eur}{t::RESULT_FINE.2}{never}
            </p>
        }
    });
    let condition = s.condition.map(|cond| view! { <span class="rw-timeline__condition">{c::condition(cond)}" "</span> });
    view! {
        <li class=class data-step=s.id.id() data-status=s.status.id()>
            <span class="rw-timeline__date">{when}</span>
            <span class="rw-timeline__title">{condition}{text.title}" "{tag(s.status, label)}</span>
            <span class="rw-timeline__meta">{c::party_for(s.who, role)}</span>
            {done}
            <details class="rw-details">
                <summary class="rw-details__summary">{t::WHAT_IS_THIS}</summary>
                <div class="rw-details__text">
                    <p class="rw-body">{text.what}</p>
                    {(!text.missed.is_empty()).then(|| view! { <p class="rw-body"><strong>{t::RESULT_IF_MISSED}" "</strong>{text.missed}</p> })}
                    {fine}
                    <p class="rw-body-s"><strong>{t::RESULT_BASIS}</strong></p>
                    {basis_links(s.basis, x.law_on)}
                    <Terms texts=vec![text.title.to_string(), text.what.to_string(), text.missed.to_string()]/>
                </div>
            </details>
        </li>
    }
}

/// For the printout: every step as a table row with its date and status (on screen the list above
/// does this, folded as it is).
pub(super) fn print_table(x: &Assessment, role: Role) -> impl IntoView {
    let mut steps: Vec<&Step> = x.steps.iter().filter(|s| s.status != Status::NotApplicable).collect();
    sort_small_by_key(&mut steps, |s| s.date);
    let rows = steps.into_iter().map(|s| {
        let text = c::step_in(s.id, role, s.vangnet);
        let label = c::status_for(s.status, s.kind, mine(s.who, role), s.certainty == Certainty::Onzeker);
        let cond = s.condition.map(|k| format!("{} ", c::condition(k))).unwrap_or_default();
        view! {
            <tr data-step=s.id.id()>
                <td>{s.from.map(|f| view! { {t::BETWEEN.0}{date(f)}{t::BETWEEN.1} })}{date(s.date)}</td>
                <td>{cond}{text.title}</td>
                <td>{c::party_for(s.who, role)}</td>
                <td>{label}</td>
            </tr>
        }
    }).collect_view();
    view! {
        <table class="rw-table rw-print-only rw-print-table">
            <caption class="rw-visually-hidden">{t::RESULT_TIMELINE}</caption>
            <thead><tr>
                <th scope="col">{t::PRINT_COL_DATE}</th><th scope="col">{t::PRINT_COL_STEP}</th>
                <th scope="col">{t::PRINT_COL_WHO}</th><th scope="col">{t::STATUS_COLUMN}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
