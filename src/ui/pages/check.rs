//! "Controleer uw antwoorden": every answer on the path, each with "Wijzigen".
use leptos::prelude::*;

use crate::content::questions::{self, View};
use crate::content::result::date_nl;
use crate::content::ui_text as t;
use crate::wizard::input::{self, parse_date};
use crate::wizard::{Answers, Page, QuestionId, journey};

use super::super::app::Ctx;
use super::super::nav;
use super::super::save_panel::SavePanel;

/// The answer as the user would read it back: the option's label plus any dates.
pub fn answer_text(q: QuestionId, a: &Answers, v: View) -> String {
    let f = input::form_from(q, a);
    let dates: Vec<String> = [&f.date1, &f.date2].into_iter().filter_map(|d| parse_date(d).ok()).map(date_nl).collect();
    let label = f.choice.as_deref().map(|c| questions::option(q, c, v).0);
    match (label, dates.len()) {
        (None, _) => dates.join(" – "),
        (Some(l), 0) => l,
        (Some(l), 1) => format!("{l}: {}", dates[0]),
        (Some(l), _) => format!("{l}: {} tot en met {}", dates[0], dates[1]),
    }
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    nav::set_title(t::CHECK_TITLE, false);
    let v = ctx.view();
    let a = ctx.answers.get_untracked();
    let path = journey::path(&a, ctx.today);
    let reference = |q: QuestionId| match q {
        QuestionId::EerderZiek(n) => input::earlier_reference(&a, n),
        _ => None,
    };
    let rows = path
        .into_iter()
        .map(|q| {
            let short = questions::question(q, v, reference(q)).short;
            let value = answer_text(q, &a, v);
            let href = format!("?stap={}", q.slug());
            let change = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                ctx.changing.set(true);
                ctx.go(Page::Question(q));
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
        ctx.go(back);
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
