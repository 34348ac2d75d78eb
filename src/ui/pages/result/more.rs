//! The rest of the result: why, background notices, what is not known, rights and obligations,
//! explanations and sources. Everything beyond a heading and one line is one click away.
use leptos::prelude::*;

use crate::content::result::{self as c, Section};
use crate::content::ui_text as t;
use crate::rules::{Assessment, DutyKind, OpenPoint, Party, Role, Rule, Status};

use super::super::super::widgets::Terms;
use super::{basis_links, urgent};

fn details(summary: String, body: impl IntoView + 'static) -> impl IntoView {
    view! {
        <details class="rw-details">
            <summary class="rw-details__summary">{summary}</summary>
            <div class="rw-details__text">{body}</div>
        </details>
    }
}

pub(super) fn why(x: &Assessment, role: Role) -> impl IntoView {
    let v = &x.verdict;
    let reasons = v.reasons.iter().map(|r| view! { <li>{c::reason(*r, role)}</li> }).collect_view();
    let decided = v.decided_by.iter().map(|p| c::party(*p)).collect::<Vec<_>>().join(", ");
    let rule = c::rule(v.rule);
    let terms: Vec<String> = std::iter::once(rule.to_string()).chain(v.reasons.iter().map(|r| c::reason(*r, role))).collect();
    let law_on = x.law_on;
    let basis = v.basis;
    view! {
        <h2 class="rw-heading-m">{t::RESULT_WHY}{c::lower_first(c::verdict_title(v.spoor))}"?"</h2>
        <ul class="rw-list">{reasons}</ul>
        {(!decided.is_empty()).then(|| view! {
            <p class="rw-body"><strong>{t::RESULT_WHO_DECIDES}" "</strong>{decided.clone()}". "{c::certainty(v.certainty)}"."</p>
        })}
        {details(t::RESULT_MORE.to_string(), view! {
            <p class="rw-body">{rule}</p>
            <p class="rw-body-s"><strong>{t::RESULT_BASIS}</strong></p>
            {basis_links(basis, law_on)}
            <Terms texts=terms/>
        })}
    }
}

/// Notices that are background, each folded under its title; and what is not known yet.
pub(super) fn background(x: &Assessment, role: Role) -> impl IntoView {
    let items: Vec<_> = x.notices.iter().filter(|n| !urgent(n.id)).collect();
    let has_items = !items.is_empty();
    let law_on = x.law_on;
    let notices = items.into_iter().map(|n| {
        let text = c::notice(n.id, role);
        let basis = n.basis;
        view! {
            <details class="rw-details" data-notice=n.id.id()>
                <summary class="rw-details__summary">{text.title}</summary>
                <div class="rw-details__text">
                    <p class="rw-body">{text.body}</p>
                    <div class="rw-basis">{basis_links(basis, law_on)}</div>
                </div>
            </details>
        }
    }).collect_view();
    // A step the reader does not know about is already an action ("Vraag na …").
    let open: Vec<OpenPoint> = x.open_points.iter().copied().filter(|p| !matches!(p, OpenPoint::StapGedaan(_))).collect();
    let has_open = !open.is_empty();
    view! {
        {has_items.then(|| view! { <h2 class="rw-heading-m">{t::NOTICE_INFO}</h2>{notices} })}
        {has_open.then(|| view! {
            <h2 class="rw-heading-m">{t::RESULT_OPEN}</h2>
            <ul class="rw-list">{open.iter().map(|p| view! { <li>{c::open_point(*p, role)}</li> }).collect_view()}</ul>
        })}
    }
}

pub(super) fn rights(x: &Assessment, role: Role) -> impl IntoView {
    if x.duties.is_empty() {
        return ().into_any();
    }
    let vangnet = x.scope == crate::rules::Scope::VangnetUwv;
    let law_on = x.law_on;
    let own = if role == Role::Werknemer { Party::Werknemer } else { Party::Werkgever };
    let other = if own == Party::Werknemer { Party::Werkgever } else { Party::Werknemer };
    let other_titles = if role == Role::Werknemer { t::RESULT_RIGHTS_OTHER_W } else { t::RESULT_RIGHTS_OTHER_G };
    let group = |party: Party, kind: DutyKind, title: &'static str| {
        let list: Vec<_> = x.duties.iter().filter(|d| d.party == party && d.kind == kind).collect();
        (!list.is_empty()).then(|| {
            let items = list.into_iter().map(|d| {
                let text = c::duty_in(d.id, role, vangnet);
                view! {
                    <li data-duty=d.id.id()>
                        <h4 class="rw-heading-xs">{text.title}</h4>
                        <p class="rw-body">{text.body}</p>
                        <p class="rw-body">{text.consequence}</p>
                        <div class="rw-basis">{basis_links(d.basis, law_on)}</div>
                    </li>
                }
            }).collect_view();
            details(title.to_string(), view! { <ul class="rw-list rw-list--plain">{items}</ul> })
        })
    };
    view! {
        <h2 class="rw-heading-m">{t::RESULT_RIGHTS}</h2>
        {group(own, DutyKind::Recht, t::RESULT_RIGHTS_OWN.0)}
        {group(own, DutyKind::Plicht, t::RESULT_RIGHTS_OWN.1)}
        {group(other, DutyKind::Recht, other_titles.0)}
        {group(other, DutyKind::Plicht, other_titles.1)}
    }
    .into_any()
}

fn sections(list: Vec<Section>) -> impl IntoView {
    list.into_iter().map(|s| view! {
        <h3 class="rw-heading-s">{s.title}</h3>
        {s.paragraphs.iter().map(|p| view! { <p class="rw-body">{*p}</p> }).collect_view()}
        {(!s.bullets.is_empty()).then(|| view! {
            <ul class="rw-list">{s.bullets.iter().map(|b| view! { <li>{*b}</li> }).collect_view()}</ul>
        })}
    }).collect_view()
}

/// What either party can do in a disagreement: who asks, what it costs, how long it takes.
fn remedies(x: &Assessment, role: Role) -> impl IntoView {
    x.remedies.iter().map(|r| {
        let text = c::remedy(r.id, role);
        let who = r.asked_by.iter().map(|p| c::party_for(*p, role)).collect::<Vec<_>>().join(", ");
        let cost = r.costs.iter().map(|k| match k.eur {
            Some(0) => format!("{}: {}", c::party_for(k.party, role), t::RESULT_REMEDY_FREE),
            eur => c::remedy_cost(c::party_for(k.party, role), eur),
        }).collect::<Vec<_>>().join("; ");
        let weeks = r.weeks.map(|(a, b)| format!("{}{a}{}{b}{}", t::RESULT_REMEDY_TIME.0, t::RESULT_REMEDY_TIME.1, t::RESULT_REMEDY_TIME.2));
        view! {
            <div class="rw-remedy" data-remedy=r.id.id()>
                <h3 class="rw-heading-s">{text.title}</h3>
                <p class="rw-body">{text.body}</p>
                <ul class="rw-list">
                    <li>{t::RESULT_REMEDY_WHO}" "{who}</li>
                    <li>{t::RESULT_REMEDY_COST}" "{cost}</li>
                    {weeks.map(|w| view! { <li>{w}</li> })}
                    {(!r.binding).then(|| view! { <li>{t::RESULT_REMEDY_NOT_BINDING}</li> })}
                </ul>
                <div class="rw-basis">{basis_links(r.basis, x.law_on)}</div>
            </div>
        }
    }).collect_view()
}

pub(super) fn explanations(x: &Assessment, role: Role) -> impl IntoView {
    let v = &x.verdict;
    let spoor2 = v.spoor.includes_spoor_2() || matches!(v.rule, Rule::R9OnbekendVoorEje | Rule::R11Perspectief);
    let docs = c::documents().iter().map(|d| {
        let status = d.step.and_then(|s| x.step(s)).map(|s| s.status);
        let label = status.map(c::status).unwrap_or("—");
        let done = matches!(status, Some(Status::Done(_)));
        view! {
            <tr>
                <td>{d.title}<br/><span class="rw-body-s rw-secondary">{d.what}</span></td>
                <td data-done=done.to_string()>{label}</td>
            </tr>
        }
    }).collect_view();
    let help = c::disagreement(role);
    view! {
        <h2 class="rw-heading-m">{t::RESULT_MORE}</h2>
        {spoor2.then(|| details(t::RESULT_SPOOR2.to_string(), sections(c::spoor2_explainer(role).to_vec())))}
        {details(t::RESULT_DISAGREE.to_string(), view! { {remedies(x, role)} {sections(help[2..].to_vec())} })}
        {details(t::RESULT_DOCUMENTS.to_string(), view! {
            <table class="rw-table">
                <caption class="rw-visually-hidden">{t::RESULT_DOCUMENTS}</caption>
                <thead><tr><th scope="col">{t::DOC_COLUMN}</th><th scope="col">{t::STATUS_COLUMN}</th></tr></thead>
                <tbody>{docs}</tbody>
            </table>
        })}
    }
}

/// Every source used, once, and the date of the rules.
pub(super) fn sources(x: &Assessment) -> impl IntoView {
    let v = &x.verdict;
    let mut cites: Vec<crate::rules::Citation> = Vec::new();
    let bases = std::iter::once(v.basis)
        .chain(x.steps.iter().filter(|s| s.status != Status::NotApplicable).map(|s| s.basis))
        .chain(x.duties.iter().map(|d| d.basis))
        .chain(x.notices.iter().map(|n| n.basis))
        .chain(x.remedies.iter().map(|r| r.basis));
    for b in bases {
        for ci in b.cite(x.law_on) {
            if !cites.iter().any(|k| k.citation == ci.citation) {
                cites.push(ci);
            }
        }
    }
    crate::rules::small_sort::sort_small_by(&mut cites, |a, b| a.citation < b.citation);
    let list = cites.into_iter().map(|ci| view! {
        <li><a class="rw-link" href=ci.url lang="nl">{ci.citation}</a>" – "{c::certainty(ci.certainty)}</li>
    }).collect_view();
    view! {
        <h2 class="rw-heading-m">{t::RESULT_SOURCES}</h2>
        {details(t::RESULT_SOURCES_SHOW.to_string(), view! { <ul class="rw-list rw-body-s">{list}</ul> })}
        <p class="rw-body-s">{t::RESULT_CHECKED}" "{c::date_text(x.rules_checked_on)}". "</p>
        <div class="rw-warning">
            <span class="rw-warning__icon" aria-hidden="true">"!"</span>
            {c::disclaimer()}
        </div>
    }
}
