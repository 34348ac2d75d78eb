//! The result: verdict and why, where the case stands (week and timeline), what to do now, what
//! the other party must do, rights and obligations, spoor 2, disagreement, documents, sources.
//! Everything shown is derived from the answers by the engine; this module only renders it.
use leptos::prelude::*;

use crate::content::result::{self as c, Section};
use crate::content::ui_text as t;
use crate::rules::{
    Assessment, Basis, DutyKind, Field, NotCoveredReason, NoticeId, Party, Role, Rule, Scope, Status, Step, StepKind,
};
use crate::wizard::{Outcome, Page, QuestionId, outcome};

use super::super::app::Ctx;
use super::super::nav;
use super::super::save_panel::SavePanel;
use super::super::widgets::Terms;

fn question_for(f: Field) -> QuestionId {
    match f {
        Field::FirstSickDay => QuestionId::EersteZiektedag,
        Field::RecoveredOn => QuestionId::Situatie,
        Field::EarlierPeriods => QuestionId::EerderZiek(0),
        Field::ContractEnd => QuestionId::ContractEinde,
        Field::Done(s) => QuestionId::Stap(s),
        Field::WazoLeave => QuestionId::Verlof,
    }
}

#[component]
pub fn ResultPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let a = ctx.answers.get_untracked();
    let role = a.engine_role();
    let change = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        ctx.go(Page::Controle);
    };
    let body = match outcome(&a, ctx.today) {
        None => {
            nav::set_title(t::RESULT_TITLE, false);
            view! { <h1 class="rw-heading-l" tabindex="-1">{t::RESULT_TITLE}</h1> }.into_any()
        }
        Some(Outcome::NotCovered(r)) => not_covered(r).into_any(),
        Some(Outcome::Invalid(e)) => {
            nav::set_title(t::INPUT_ERROR_TITLE, true);
            let q = question_for(e.field());
            let fix = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                ctx.changing.set(true);
                ctx.go(Page::Question(q));
            };
            view! {
                <h1 class="rw-heading-l" tabindex="-1">{t::INPUT_ERROR_TITLE}</h1>
                <p class="rw-body">{c::input_error(&e)}</p>
                <p class="rw-body"><a class="rw-link" href=format!("?stap={}", q.slug()) on:click=fix>{t::INPUT_ERROR_FIX}</a></p>
            }
            .into_any()
        }
        Some(Outcome::Assessed(x)) => assessed(*x, role).into_any(),
    };
    view! {
        <div class="rw-result">
            {body}
            <div class="rw-button-group rw-no-print">
                <button type="button" class="rw-button rw-button--secondary" on:click=move |_| {
                    if let Some(w) = web_sys::window() { let _ = w.print(); }
                }>{t::RESULT_PRINT}</button>
                <a class="rw-link" href="?stap=controle" on:click=change>{t::RESULT_CHANGE}</a>
            </div>
            <SavePanel/>
        </div>
    }
}

fn not_covered(r: NotCoveredReason) -> impl IntoView {
    let text = c::not_covered(r);
    nav::set_title(text.title, false);
    view! {
        <h1 class="rw-heading-l" tabindex="-1" data-scope="not_covered">{text.title}</h1>
        <p class="rw-body-l">{t::OUT_OF_SCOPE}". "</p>
        <p class="rw-body">{text.why}</p>
        <h2 class="rw-heading-m">{t::OUT_OF_SCOPE_WHERE}</h2>
        <ul class="rw-list">
            {text.where_to_go.iter().map(|l| view! {
                <li><a class="rw-link" href=l.href>{l.label}</a>": "{l.text}</li>
            }).collect_view()}
        </ul>
        <p class="rw-body-s">{c::disclaimer()}</p>
    }
}

fn tag(s: Status) -> impl IntoView {
    let class = match s {
        Status::Done(_) => "rw-tag rw-tag--done",
        Status::Overdue => "rw-tag rw-tag--overdue",
        Status::Now => "rw-tag rw-tag--now",
        Status::Upcoming => "rw-tag rw-tag--upcoming",
        Status::Passed => "rw-tag rw-tag--passed",
        Status::NotApplicable => "rw-tag rw-tag--na",
        Status::Unknown => "rw-tag rw-tag--unknown",
    };
    view! { <strong class=class>{c::status(s)}</strong> }
}

fn date(d: chrono::NaiveDate) -> impl IntoView {
    // NaiveDate displays as ISO 8601 (YYYY-MM-DD); chrono's strftime machinery would cost bytes.
    view! { <time datetime=d.to_string()>{c::weekday_date_nl(d)}</time> }
}

fn basis_links(b: Basis, law_on: chrono::NaiveDate) -> impl IntoView {
    let items = b.cite(law_on).into_iter().map(|ci| view! {
        <li><a class="rw-link" href=ci.url>{ci.citation}</a>" ("{c::certainty(ci.certainty)}")"</li>
    }).collect_view();
    view! { <ul class="rw-list rw-body-s">{items}</ul> }
}

fn sections(list: [Section; 3]) -> impl IntoView {
    list.into_iter().map(|s| view! {
        <h3 class="rw-heading-s">{s.title}</h3>
        {s.paragraphs.iter().map(|p| view! { <p class="rw-body">{*p}</p> }).collect_view()}
        {(!s.bullets.is_empty()).then(|| view! {
            <ul class="rw-list">{s.bullets.iter().map(|b| view! { <li>{*b}</li> }).collect_view()}</ul>
        })}
    }).collect_view()
}

/// Whether the role's own party (or both together) acts on this step.
fn mine(who: Party, role: Role) -> bool {
    match role {
        Role::Werknemer => matches!(who, Party::Werknemer | Party::Samen),
        Role::Werkgever => matches!(who, Party::Werkgever | Party::Samen),
    }
}

fn theirs(who: Party, role: Role) -> bool {
    match role {
        Role::Werknemer => matches!(who, Party::Werkgever | Party::Samen | Party::Bedrijfsarts),
        Role::Werkgever => matches!(who, Party::Werknemer | Party::Samen),
    }
}

/// Overdue and current steps, then the next two to come.
fn actions(steps: &[Step], pick: impl Fn(Party) -> bool) -> Vec<Step> {
    let relevant = |s: &&Step| pick(s.who) && s.kind != StepKind::Event;
    let mut out: Vec<Step> =
        steps.iter().filter(relevant).filter(|s| matches!(s.status, Status::Overdue | Status::Now)).cloned().collect();
    out.extend(steps.iter().filter(relevant).filter(|s| s.status == Status::Upcoming).take(2).cloned());
    out
}

fn action_list(list: Vec<Step>, role: Role, vangnet: bool, law_on: chrono::NaiveDate) -> impl IntoView {
    if list.is_empty() {
        return view! { <p class="rw-body">{t::RESULT_NOTHING_NOW}</p> }.into_any();
    }
    view! {
        <ul class="rw-card-list">
            {list.into_iter().map(|s| {
                let text = c::step_in(s.id, role, vangnet);
                view! {
                    <li class="rw-card" data-action=s.id.id()>
                        <h3 class="rw-heading-s">{text.title}" "{tag(s.status)}</h3>
                        <p class="rw-body"><strong>{if s.status == Status::Overdue { t::WAS_BY } else { t::DUE_BY }}</strong>{date(s.date)}</p>
                        <p class="rw-body">{text.what}</p>
                        {(!text.missed.is_empty()).then(|| view! {
                            <p class="rw-body"><strong>{t::RESULT_IF_MISSED}" "</strong>{text.missed}</p>
                        })}
                        <Terms texts=vec![text.what.to_string(), text.missed.to_string()]/>
                        <details class="rw-details">
                            <summary class="rw-details__summary">{t::RESULT_BASIS}" "{s.basis.primary.citation()}</summary>
                            <div class="rw-details__text">{basis_links(s.basis, law_on)}</div>
                        </details>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

fn assessed(x: Assessment, role: Role) -> impl IntoView {
    let v = &x.verdict;
    let title = c::verdict_title(v.spoor);
    nav::set_title(&format!("{}: {title}", t::RESULT_TITLE), false);
    let law_on = x.law_on;
    let vangnet = x.scope == Scope::VangnetUwv;
    let spoor_id = v.spoor.id();
    let reasons = v.reasons.iter().map(|r| view! { <li>{c::reason(*r, role)}</li> }).collect_view();
    let decided = v.decided_by.iter().map(|p| c::party(*p)).collect::<Vec<_>>().join(", ");
    let spoor2 = v.spoor2_start_uiterlijk.map(|d| view! {
        <p class="rw-body"><strong>{t::RESULT_SPOOR2_BY}" "</strong>{date(d)}"."</p>
    });
    let vangnet_panel = vangnet.then(|| {
        let text = c::scope_vangnet(role, x.has_notice(NoticeId::ZiekNaEindeContract));
        view! { <div class="rw-inset"><h2 class="rw-heading-s">{text.title}</h2><p class="rw-body">{text.body}</p></div> }
    });
    // Warnings and what to start now come right after the verdict; the rest is background,
    // shown after what both parties must do.
    let urgent = |id: NoticeId| {
        matches!(
            id,
            NoticeId::LoonsanctieRisico
                | NoticeId::ZiekmeldingUwvTeLaat
                | NoticeId::ContractEindigtTijdensZiekte
                | NoticeId::Spoor2DirectStarten
                | NoticeId::LoonopschortingMogelijk
        )
    };
    let warnings = x.notices.iter().filter(|n| urgent(n.id)).map(|n| {
        let text = c::notice(n.id, role);
        view! {
            <div class="rw-notification rw-notification--warning" data-notice=n.id.id()>
                <p class="rw-notification__title">{t::NOTICE_WARNING}</p>
                <div class="rw-notification__content">
                    <h2 class="rw-notification__heading">{text.title}</h2>
                    <p class="rw-body">{text.body}</p>
                </div>
            </div>
        }
    }).collect_view();
    let background: Vec<_> = x.notices.iter().filter(|n| !urgent(n.id)).collect();
    let has_background = !background.is_empty();
    let background = background.into_iter().map(|n| {
        let text = c::notice(n.id, role);
        view! {
            <div class="rw-inset" data-notice=n.id.id()>
                <h3 class="rw-heading-s">{text.title}</h3>
                <p class="rw-body">{text.body}</p>
            </div>
        }
    }).collect_view();

    // Timeline: the applicable steps by date, with "today" marked between them.
    let mut steps: Vec<Step> = x.steps.iter().filter(|s| s.status != Status::NotApplicable).cloned().collect();
    steps.sort_by_key(|s| s.date);
    let today = x.today;
    let today_at = steps.iter().position(|s| s.date >= today).unwrap_or(steps.len());
    let mut timeline = Vec::new();
    for (i, s) in steps.iter().enumerate() {
        if i == today_at {
            timeline.push(today_marker(today, x.sick_week).into_any());
        }
        timeline.push(timeline_item(s, role, vangnet).into_any());
    }
    if today_at == steps.len() {
        timeline.push(today_marker(today, x.sick_week).into_any());
    }
    let not_applicable: Vec<Step> = x.steps.iter().filter(|s| s.status == Status::NotApplicable).cloned().collect();

    let mine_list = actions(&steps, |p| mine(p, role));
    let theirs_list = actions(&steps, |p| theirs(p, role));
    let other_title = if role == Role::Werknemer { t::RESULT_OTHER_WERKNEMER } else { t::RESULT_OTHER_WERKGEVER };

    let duty_group = |party: Party| {
        x.duties.iter().filter(|d| d.party == party).map(|d| {
            let text = c::duty_in(d.id, role, vangnet);
            let kind = if d.kind == DutyKind::Recht { t::DUTY_RIGHT } else { t::DUTY_OBLIGATION };
            view! {
                <li data-duty=d.id.id()>
                    <details class="rw-details">
                        <summary class="rw-details__summary">{kind}": "{text.title}</summary>
                        <div class="rw-details__text">
                            <p class="rw-body">{text.body}</p>
                            <p class="rw-body">{text.consequence}</p>
                            <p class="rw-body-s"><strong>{t::RESULT_BASIS}</strong></p>
                            {basis_links(d.basis, law_on)}
                        </div>
                    </details>
                </li>
            }
        }).collect_view()
    };
    let duties_werknemer = duty_group(Party::Werknemer);
    let duties_werkgever = duty_group(Party::Werkgever);
    let has_duties = !x.duties.is_empty();

    let spoor2_relevant = v.spoor.includes_spoor_2() || matches!(v.rule, Rule::R9OnbekendVoorEje | Rule::R11Perspectief);
    let open = x.open_points.iter().map(|p| view! { <li>{c::open_point(*p, role)}</li> }).collect_view();
    let has_open = !x.open_points.is_empty();
    let docs = c::documents().iter().map(|d| {
        let status = d.step.and_then(|s| x.step(s)).map(|s| s.status);
        view! {
            <tr>
                <td>{d.title}<br/><span class="rw-body-s rw-secondary">{d.what}</span></td>
                <td>{status.map(|s| tag(s).into_any()).unwrap_or_else(|| view! { <span>"—"</span> }.into_any())}</td>
            </tr>
        }
    }).collect_view();

    // All sources used, once each.
    let mut cites: Vec<crate::rules::Citation> = Vec::new();
    let bases = std::iter::once(v.basis)
        .chain(x.steps.iter().filter(|s| s.status != Status::NotApplicable).map(|s| s.basis))
        .chain(x.duties.iter().map(|d| d.basis))
        .chain(x.notices.iter().map(|n| n.basis));
    for b in bases {
        for ci in b.cite(law_on) {
            if !cites.iter().any(|k| k.citation == ci.citation) {
                cites.push(ci);
            }
        }
    }
    cites.sort_by(|a, b| a.citation.cmp(&b.citation));
    let sources = cites.into_iter().map(|ci| view! {
        <li><a class="rw-link" href=ci.url>{ci.citation}</a>" – "{c::certainty(ci.certainty)}</li>
    }).collect_view();

    view! {
        <div class="rw-panel" data-spoor=spoor_id data-scope=scope_id(x.scope)>
            <p class="rw-body rw-panel__kicker">{t::RESULT_TITLE}</p>
            <h1 class="rw-panel__title" tabindex="-1">{title}</h1>
            <p class="rw-panel__body">{c::verdict_sentence(v.spoor, role)}</p>
        </div>
        {warnings}
        {vangnet_panel}
        <h2 class="rw-heading-m">{t::RESULT_WHY}</h2>
        <ul class="rw-list">{reasons}</ul>
        <p class="rw-body">{c::rule(v.rule)}</p>
        <Terms texts=std::iter::once(c::rule(v.rule).to_string()).chain(v.reasons.iter().map(|r| c::reason(*r, role))).collect()/>
        {spoor2}
        {(!decided.is_empty()).then(|| view! {
            <p class="rw-body"><strong>{t::RESULT_WHO_DECIDES}": "</strong>{decided.clone()}". "{c::certainty(v.certainty)}"."</p>
        })}
        <details class="rw-details">
            <summary class="rw-details__summary">{t::RESULT_BASIS}" "{v.basis.primary.citation()}</summary>
            <div class="rw-details__text">{basis_links(v.basis, law_on)}</div>
        </details>

        <h2 class="rw-heading-m">{t::RESULT_WHERE}</h2>
        <p class="rw-body-l" data-sick-week=x.sick_week.to_string()>
            <strong>{t::RESULT_IN_WEEK}" "{x.sick_week}</strong>" "{t::RESULT_OF_104}
        </p>
        <progress class="rw-progress" max="104" value=x.sick_week.min(104).to_string() aria-label=t::WEEKS_LABEL>{x.sick_week}" "{t::RESULT_OF_104}</progress>
        <h3 class="rw-heading-s">{t::RESULT_TIMELINE}</h3>
        <ol class="rw-timeline">{timeline}</ol>
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

        <h2 class="rw-heading-m">{t::RESULT_ME}</h2>
        {action_list(mine_list, role, vangnet, law_on)}
        <h2 class="rw-heading-m">{other_title}</h2>
        {action_list(theirs_list, role, vangnet, law_on)}

        {has_background.then(|| view! {
            <h2 class="rw-heading-m">{t::NOTICE_INFO}</h2>
            {background}
        })}

        {has_open.then(|| view! {
            <h2 class="rw-heading-m">{t::RESULT_OPEN}</h2>
            <ul class="rw-list">{open}</ul>
        })}

        {has_duties.then(|| view! {
            <h2 class="rw-heading-m">{t::RESULT_RIGHTS}</h2>
            <h3 class="rw-heading-s">{t::RESULT_RIGHTS_WERKNEMER}</h3>
            <ul class="rw-list rw-list--plain">{duties_werknemer}</ul>
            <h3 class="rw-heading-s">{t::RESULT_RIGHTS_WERKGEVER}</h3>
            <ul class="rw-list rw-list--plain">{duties_werkgever}</ul>
        })}

        {spoor2_relevant.then(|| view! {
            <h2 class="rw-heading-m">{t::RESULT_SPOOR2}</h2>
            {sections(c::spoor2_explainer(role))}
        })}

        <h2 class="rw-heading-m">{t::RESULT_DISAGREE}</h2>
        {sections(c::disagreement(role))}

        <h2 class="rw-heading-m">{t::RESULT_DOCUMENTS}</h2>
        <table class="rw-table">
            <caption class="rw-visually-hidden">{t::RESULT_DOCUMENTS}</caption>
            <thead><tr><th scope="col">{t::DOC_COLUMN}</th><th scope="col">{t::STATUS_COLUMN}</th></tr></thead>
            <tbody>{docs}</tbody>
        </table>

        <h2 class="rw-heading-m">{t::RESULT_SOURCES}</h2>
        <ul class="rw-list rw-body-s">{sources}</ul>
        <p class="rw-body-s">{t::RESULT_CHECKED}" "{c::date_nl(x.rules_checked_on)}". "</p>
        <div class="rw-warning">
            <span class="rw-warning__icon" aria-hidden="true">"!"</span>
            {c::disclaimer()}
        </div>
    }
}

fn scope_id(s: Scope) -> &'static str {
    match s {
        Scope::Poortwachter => "poortwachter",
        Scope::VangnetUwv => "vangnet_uwv",
        Scope::NotCovered => "not_covered",
    }
}

fn today_marker(today: chrono::NaiveDate, week: u32) -> impl IntoView {
    view! {
        <li class="rw-timeline__today" data-today="true">
            {t::RESULT_TODAY}": "{date(today)}" ("{t::WEEK}" "{week}")"
        </li>
    }
}

fn timeline_item(s: &Step, role: Role, vangnet: bool) -> impl IntoView {
    let text = c::step_in(s.id, role, vangnet);
    let class = format!("rw-timeline__item rw-timeline__item--{}", match s.status {
        Status::Done(_) => "done",
        Status::Overdue => "overdue",
        Status::Now => "now",
        _ => "upcoming",
    });
    let when = match (s.from, s.kind) {
        (Some(from), _) => view! { <span>{t::BETWEEN.0}{date(from)}{t::BETWEEN.1}{date(s.date)}</span> }.into_any(),
        (None, StepKind::Event) => view! { <span>{date(s.date)}</span> }.into_any(),
        (None, _) => view! { <span>{t::BY}{date(s.date)}</span> }.into_any(),
    };
    let done = match s.status {
        Status::Done(on) => Some(view! { <span class="rw-timeline__meta">{t::DONE_ON}{date(on)}</span> }),
        _ => None,
    };
    view! {
        <li class=class data-step=s.id.id() data-status=s.status.id()>
            <span class="rw-timeline__date">{when}</span>
            <span class="rw-timeline__title">{text.title}" "{tag(s.status)}</span>
            <span class="rw-timeline__meta">{c::party_for(s.who, role)}</span>
            {done}
            <details class="rw-details">
                <summary class="rw-details__summary">{t::WHAT_IS_THIS}</summary>
                <div class="rw-details__text">
                    <p class="rw-body">{text.what}</p>
                    {(!text.missed.is_empty()).then(|| view! { <p class="rw-body"><strong>{t::RESULT_IF_MISSED}" "</strong>{text.missed}</p> })}
                    <Terms texts=vec![text.title.to_string(), text.what.to_string(), text.missed.to_string()]/>
                </div>
            </details>
        </li>
    }
}
