//! "Controleer uw antwoorden": every answer on the path, one row per part of a page (so each
//! step of the step page has its own row), each with "Wijzigen".
use leptos::prelude::*;

use crate::content::questions::{self, View};
use crate::content::result::date_text;
use crate::content::ui_text as t;
use crate::wizard::form::{self, Kind, Part, Slot, parse_date};
use crate::wizard::input;
use crate::wizard::{Answers, Page, QuestionId, RoleAnswer, asked_steps, journey};

use super::super::app::Ctx;
use super::super::nav;
use super::super::save_panel::SavePanel;

/// The answer to one part as the user would read it back: the options' labels plus any dates.
pub fn answer_text(q: QuestionId, part: Part, kind: Kind, a: &Answers, v: View, today: chrono::NaiveDate) -> String {
    let f = input::form_from(q, a, today);
    let reference = a.first_sick_day;
    let dates: Vec<String> = [Slot::Date1, Slot::Date2]
        .into_iter()
        .filter_map(|s| parse_date(&f.date(part, s)).ok())
        .map(date_text)
        .collect();
    let labels: Vec<String> = match kind {
        Kind::Checkboxes => f.checks.iter().map(|c| questions::option(q, c, v, reference).0).collect(),
        _ => f.choice(part).map(|c| questions::option(q, c, v, reference).0).into_iter().collect(),
    };
    let percent = f.number(part, Slot::Number);
    let mut out = labels.join("; ");
    match dates.len() {
        0 => {}
        1 if out.is_empty() => out = dates[0].clone(),
        1 => out = format!("{out}, {}", dates[0]),
        _ => out = crate::content::check::period(&out, &dates[0], &dates[1]),
    }
    if !percent.is_empty() {
        out = crate::content::check::with_percent(&out, &percent);
    }
    out
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    nav::set_title(t::CHECK_TITLE, false);
    let v = ctx.view();
    let a = ctx.answers.get_untracked();
    let employer = a.role != Some(RoleAnswer::Werknemer);
    let steps = asked_steps(&a, ctx.today);
    let rows = journey::path(&a, ctx.today)
        .into_iter()
        .flat_map(|q| form::layout(q, &steps, employer).into_iter().map(move |p| (q, p)))
        .map(|(q, p)| {
            let short = questions::check_label(q, p.part);
            let value = answer_text(q, p.part, p.kind, &a, v, ctx.today);
            let href = format!("?stap={}", q.slug());
            let target = form::field_id(q, form::FieldRef::new(p.part, if p.kind == Kind::Date { Slot::Date1 } else { Slot::Choice }));
            let change = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                ctx.changing.set(true);
                ctx.go(Page::Question(q));
                nav::focus_after_render(target.clone());
            };
            view! {
                <div class="rw-summary-list__row">
                    <dt class="rw-summary-list__key">{short.clone()}</dt>
                    <dd class="rw-summary-list__value">{value}</dd>
                    <dd class="rw-summary-list__actions">
                        <a class="rw-link" href=href on:click=change>
                            {t::CHECK_CHANGE}<span class="rw-visually-hidden">" "{short}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let on_back = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let back = ctx.answers.with_untracked(|a| journey::prev_page(Page::Controle, a, ctx.today));
        ctx.back_to(back);
    };
    view! {
        <a href="#" class="rw-back-link" on:click=on_back>{t::BACK}</a>
        <h1 class="rw-heading-l" tabindex="-1">{t::CHECK_TITLE}</h1>
        <p class="rw-body">{t::CHECK_NOTE}</p>
        <dl class="rw-summary-list">{rows}</dl>
        <button type="button" class="rw-button" on:click=move |_| ctx.go(Page::Resultaat)>{t::CHECK_SUBMIT}</button>
        <SavePanel/>
    }
}
