//! The privacy page: what is stored, where, for how long, how to erase it, and who can see it.
//! The choices themselves are the same panel as on the other pages.
use leptos::prelude::*;

use crate::content::privacy as t;

use super::app::Ctx;
use super::nav;
use super::save_panel::SavePanel;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    nav::set_title(t::PAGE_TITLE, false);
    // Back to the page the user came from (a question, the result), or the start.
    let on_back = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        ctx.go(ctx.came_from.get_untracked());
    };
    view! {
        <a href="./" class="rw-back-link" on:click=on_back>{t::PAGE_BACK}</a>
        <div class="rw-text">
            <h1 class="rw-heading-l" tabindex="-1">{t::PAGE_TITLE}</h1>
            {t::PAGE.iter().map(|part| view! {
                <h2 class="rw-heading-m">{part.title}</h2>
                {part.paragraphs.iter().map(|p| view! { <p class="rw-body">{*p}</p> }).collect_view()}
            }).collect_view()}
            <SavePanel/>
        </div>
    }
}
