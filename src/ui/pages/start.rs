//! The start page: what Spoorwijzer does, for whom, the privacy promise, and the start button.
use leptos::prelude::*;

use crate::content::ui_text as t;
use crate::wizard::Page;

use super::super::app::Ctx;
use super::super::save_panel::SavePanel;

#[component]
pub fn StartPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(t::START_TITLE);
    }
    let start = move |_| ctx.go(journey_first(&ctx));
    view! {
        <div class="rw-text">
            <h1 class="rw-heading-xl" tabindex="-1">{t::START_TITLE}</h1>
            <p class="rw-body-l">{t::START_LEAD}</p>
            <h2 class="rw-heading-m">{t::START_WHAT_TITLE}</h2>
            <ul class="rw-list">{t::START_WHAT.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
            <h2 class="rw-heading-m">{t::START_WHO_TITLE}</h2>
            <p class="rw-body">{t::START_WHO}</p>
            <h2 class="rw-heading-m">{t::START_NEED_TITLE}</h2>
            <p class="rw-body">{t::START_NEED}</p>
            <div class="rw-inset">
                <h2 class="rw-heading-s">{t::START_PRIVACY_TITLE}</h2>
                {t::START_PRIVACY.iter().map(|s| view! { <p class="rw-body">{*s}</p> }).collect_view()}
            </div>
            <details class="rw-details">
                <summary class="rw-details__summary">{t::START_LIMITS_TITLE}</summary>
                <div class="rw-details__text">
                    <ul class="rw-list">{t::START_LIMITS.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}</ul>
                    <p class="rw-body">{t::START_LIMITS_HELP}</p>
                </div>
            </details>
            <button type="button" class="rw-button rw-button--start" on:click=start>{t::START_BUTTON}</button>
            <p class="rw-body-s rw-secondary">{t::START_TIME}</p>
            <div class="rw-warning">
                <span class="rw-warning__icon" aria-hidden="true">"!"</span>
                {crate::content::result::disclaimer()}
            </div>
            <SavePanel/>
        </div>
    }
}

/// Where "Start" leads: the first question, or where the user left off.
fn journey_first(ctx: &Ctx) -> Page {
    ctx.answers.with_untracked(|a| crate::wizard::next_page(Page::Start, a, ctx.today, false))
}
