//! The result, summary first: the verdict, the sick week and what to do now fit the first screen
//! of a phone; then what the other party and UWV do, why, every step by date, and the rest one
//! click away (rights and obligations, explanations, sources). Everything shown is derived from
//! the answers by the engine (`rules::assess`, `rules::actions::summary`); this module renders.
mod more;
mod summary;
mod timeline;
mod what_if;

use leptos::prelude::*;

use crate::content::result::{self as c};
use crate::content::ui_text as t;
use crate::rules::{Assessment, Basis, Field, NotCoveredReason, NoticeId, Role, Scope, Status, actions};
use crate::wizard::{Outcome, Page, QuestionId, outcome};

use super::super::app::Ctx;
use super::super::save_panel::SavePanel;
use super::super::widgets::AfterPaint;
use super::super::{nav, print, storage};

fn question_for(f: Field) -> QuestionId {
    match f {
        Field::FirstSickDay => QuestionId::EersteZiektedag,
        Field::RecoveredOn => QuestionId::Situatie,
        Field::EarlierPeriods => QuestionId::EersteZiektedag,
        Field::ContractEnd => QuestionId::ContractEinde,
        Field::Done(_) => QuestionId::Stappen,
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
    let calendar_failed = RwSignal::new(false);
    let mut calendar = None;
    // The parts below the summary are drawn after the first paint; the page says when all are
    // there (`data-klaar`, which the tests wait for).
    let later = AfterPaint::new();
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
        Some(Outcome::Assessed(x)) => {
            if !crate::export::calendar_steps(&x).is_empty() {
                calendar = Some(crate::export::calendar(&x, role));
            }
            let answers = a.clone();
            let what_if = {
                let x = (*x).clone();
                later.part(move || what_if::what_if_section(answers, &x, role))
            };
            let page = assessed(*x, role, later);
            view! { {page} {what_if} }.into_any()
        }
    };
    let card = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        ctx.go(Page::Gesprekskaart);
    };
    view! {
        <div class="rw-result" data-klaar=move || later.done().then_some("")>
            {body}
            <div class="rw-button-group rw-no-print">
                <button type="button" class="rw-button rw-button--secondary" on:click=move |_| print::print()>{t::RESULT_PRINT}</button>
                {calendar.map(|text| view! {
                    <button type="button" class="rw-button rw-button--secondary" on:click=move |_| {
                        let name = crate::export::calendar_file_name(ctx.today);
                        let ok = storage::download_text(text.clone(), &name, "text/calendar").is_ok();
                        calendar_failed.set(!ok);
                    }>{t::RESULT_CALENDAR}</button>
                })}
                <a class="rw-link" href="?stap=gesprekskaart" on:click=card>{c::CARD_LINK}</a>
                <a class="rw-link" href="?stap=controle" on:click=change>{t::RESULT_CHANGE}</a>
            </div>
            <Show when=move || calendar_failed.get()>
                <p class="rw-error-message" role="alert">{t::RESULT_CALENDAR_FAILED}</p>
            </Show>
            <details class="rw-details rw-no-print">
                <summary class="rw-details__summary">{t::RESULT_SAVE}</summary>
                <div class="rw-details__text"><SavePanel/></div>
            </details>
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

/// A date as a person reads it, with the machine-readable date beside it.
pub(super) fn date(d: chrono::NaiveDate) -> impl IntoView {
    // NaiveDate displays as ISO 8601 (YYYY-MM-DD); chrono's strftime machinery would cost bytes.
    view! { <time datetime=d.to_string()>{c::weekday_date_text(d)}</time> }
}

/// The tag with a step's status, as it reads for the reader.
pub(super) fn tag(s: Status, label: &'static str) -> impl IntoView {
    let class = match s {
        Status::Done(_) => "rw-tag rw-tag--done",
        Status::Overdue => "rw-tag rw-tag--overdue",
        Status::Now => "rw-tag rw-tag--now",
        Status::Upcoming => "rw-tag rw-tag--upcoming",
        Status::Passed => "rw-tag rw-tag--passed",
        Status::NotApplicable => "rw-tag rw-tag--na",
        Status::Unknown => "rw-tag rw-tag--unknown",
    };
    view! { <strong class=class>{label}</strong> }
}

/// The sources of one conclusion, as links to the text applied.
pub(super) fn basis_links(b: Basis, law_on: chrono::NaiveDate) -> impl IntoView {
    let items = b.cite(law_on).into_iter().map(|ci| view! {
        <li><a class="rw-link" href=ci.url lang="nl">{ci.citation}</a>" ("{c::certainty(ci.certainty)}")"</li>
    }).collect_view();
    view! { <ul class="rw-list rw-body-s">{items}</ul> }
}

/// Warnings that need acting on soon: shown right under the summary, in full.
fn urgent(id: NoticeId) -> bool {
    matches!(
        id,
        NoticeId::LoonsanctieRisico
            | NoticeId::ZiekmeldingUwvTeLaat
            | NoticeId::ContractEindigtTijdensZiekte
            | NoticeId::Spoor2DirectStarten
            | NoticeId::LoonopschortingMogelijk
            | NoticeId::PaTermijnOnzeker
    )
}

fn assessed(x: Assessment, role: Role, later: AfterPaint) -> impl IntoView {
    let title = c::verdict_title(x.verdict.spoor);
    nav::set_title(&format!("{}: {title}", t::RESULT_TITLE), false);
    let sum = actions::summary(&x, role);
    let vangnet = x.scope == Scope::VangnetUwv;
    let warnings = x.notices.iter().filter(|n| urgent(n.id)).map(|n| {
        let text = c::notice(n.id, role);
        view! {
            <div class="rw-notification rw-notification--warning" data-notice=n.id.id()>
                <div class="rw-notification__content">
                    <h2 class="rw-notification__heading">{t::NOTICE_WARNING}": "{text.title}</h2>
                    <p class="rw-body">{text.body}</p>
                </div>
            </div>
        }
    }).collect_view();
    let vangnet_panel = vangnet.then(|| {
        let text = c::scope_vangnet(role, x.has_notice(NoticeId::ZiekNaEindeContract));
        view! {
            <details class="rw-details rw-inset">
                <summary class="rw-details__summary">{text.title}</summary>
                <div class="rw-details__text"><p class="rw-body">{text.body}</p></div>
            </details>
        }
    });
    let made = view! {
        <p class="rw-body-s rw-print-only">{t::RESULT_MADE.0}{c::date_text(x.today)}{t::RESULT_MADE.1}
            {t::RESULT_CHECKED}" "{c::date_text(x.rules_checked_on)}". "{t::NOT_ADVICE_TITLE}"."</p>
    };
    let top = view! {
        {made}
        {summary::summary(&x, &sum, role)}
        {warnings}
        {vangnet_panel}
        {summary::others(&sum, role)}
        {use_context::<crate::ui::embed::Embedding>().map(|e| crate::ui::embed::contact(&e))}
    };
    // Below the first screen: each part in a task of its own, after the first paint.
    let x = std::sync::Arc::new(x);
    let lower = |part: fn(&Assessment, Role) -> AnyView| {
        let x = std::sync::Arc::clone(&x);
        later.part(move || part(&x, role))
    };
    view! {
        {top}
        {lower(|x, role| more::why(x, role).into_any())}
        {lower(|x, role| view! { {timeline::timeline(x, role)} {timeline::print_table(x, role)} }.into_any())}
        {lower(|x, role| more::background(x, role).into_any())}
        {lower(|x, role| more::rights(x, role).into_any())}
        {lower(|x, role| more::explanations(x, role).into_any())}
        {lower(|x, _| more::sources(x).into_any())}
    }
}
