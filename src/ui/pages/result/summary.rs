//! The summary at the top (verdict, week, what the reader does now) and what the other party and
//! UWV do. Each action appears once, under the party who acts.
use leptos::prelude::*;

use crate::content::result::{self as c};
use crate::content::ui_text as t;
use crate::rules::actions::{Action, ActionKind, Summary};
use crate::rules::{Assessment, Certainty, Role, Status, StepKind, Party};

use super::{date, tag};

fn scope_id(x: &Assessment) -> &'static str {
    match x.scope {
        crate::rules::Scope::Poortwachter => "poortwachter",
        crate::rules::Scope::VangnetUwv => "vangnet_uwv",
        crate::rules::Scope::NotCovered => "not_covered",
    }
}

/// One action: what to do, by when, who acts, and how it stands.
fn item(a: &Action, role: Role) -> impl IntoView {
    let mine = matches!(a.kind, ActionKind::Do | ActionKind::AskAbout);
    let kind = if a.kind == ActionKind::Expect { StepKind::Event } else { StepKind::Deadline };
    let label = c::status_for(a.status, kind, mine, a.certainty == Certainty::Onzeker);
    let by = if a.status == Status::Overdue { t::WAS_BY } else { t::DUE_BY };
    let who = if a.kind == ActionKind::AskAbout { c::party_for(own_party(role), role) } else { c::party_for(a.who, role) };
    // After a colon Dutch goes on in lower case ("Wie: uw werkgever"), but UWV stays UWV.
    let who = if who == "UWV" { who.to_string() } else { c::lower_first(who) };
    let kind_id = match a.kind {
        ActionKind::Do => "do",
        ActionKind::AskAbout => "ask",
        ActionKind::Theirs => "theirs",
        ActionKind::Expect => "expect",
    };
    view! {
        <li class="rw-action" data-action=a.step.id() data-kind=kind_id data-status=a.status.id()>
            <p class="rw-action__text">{c::action(a, role)}</p>
            <p class="rw-action__meta">
                {tag(a.status, label)}" "
                {(a.kind != ActionKind::Expect).then(|| view! { <span>{by}{date(a.date)}</span> })}
                {(a.kind == ActionKind::Expect).then(|| view! { <span>{date(a.date)}</span> })}
                <span class="rw-action__who">" · "{t::RESULT_WHO}{who}</span>
            </p>
        </li>
    }
}

fn own_party(role: Role) -> Party {
    if role == Role::Werknemer { Party::Werknemer } else { Party::Werkgever }
}

/// The first screen: verdict, sick week and the one to three actions due now (or the next one).
pub(super) fn summary(x: &Assessment, sum: &Summary, role: Role) -> impl IntoView {
    let v = &x.verdict;
    let (heading, list): (&str, Vec<Action>) = if !sum.now.is_empty() {
        (if role == Role::Werknemer { t::RESULT_NOW_W } else { t::RESULT_NOW_G }, sum.now.clone())
    } else {
        (t::RESULT_NEXT, sum.next.iter().copied().collect())
    };
    let nothing = list.is_empty();
    view! {
        <section class="rw-panel rw-summary" aria-labelledby="rw-summary-title" data-spoor=v.spoor.id() data-scope=scope_id(x)>
            <p class="rw-body rw-panel__kicker">{t::RESULT_TITLE}</p>
            <h1 class="rw-panel__title" id="rw-summary-title" tabindex="-1">{c::verdict_title(v.spoor)}</h1>
            <p class="rw-panel__body">{c::verdict_sentence(v.spoor, role)}</p>
            <p class="rw-panel__week" data-sick-week=x.sick_week.to_string()>
                {t::RESULT_WEEK.0}{x.sick_week}{t::RESULT_WEEK.1}{c::date_text(x.today)}
            </p>
            <h2 class="rw-summary__heading">{heading}</h2>
            {nothing.then(|| view! { <p class="rw-body">{t::RESULT_NOTHING}</p> })}
            {(!nothing).then(|| view! {
                <ol class="rw-actions" data-summary="true">{list.iter().map(|a| item(a, role)).collect_view()}</ol>
            })}
        </section>
    }
}

/// What the other party and UWV do now.
pub(super) fn others(sum: &Summary, role: Role) -> impl IntoView {
    let theirs_title = if role == Role::Werknemer { t::RESULT_THEIRS_W } else { t::RESULT_THEIRS_G };
    view! {
        {(!sum.theirs.is_empty()).then(|| view! {
            <h2 class="rw-heading-m">{theirs_title}</h2>
            <ol class="rw-actions">{sum.theirs.iter().map(|a| item(a, role)).collect_view()}</ol>
        })}
        {(!sum.uwv.is_empty()).then(|| view! {
            <h2 class="rw-heading-m">{t::RESULT_UWV}</h2>
            <ol class="rw-actions">{sum.uwv.iter().map(|a| item(a, role)).collect_view()}</ol>
        })}
    }
}
