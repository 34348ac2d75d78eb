//! The language switch on every page. Each language is its own build (`content/mod.rs`): the
//! switch opens the same page in the other one, with the answers kept by the tab's history as
//! after a reload, and remembers the choice only when saving is on.
use leptos::prelude::*;

use super::app::Ctx;
use crate::content::lang as l;

pub fn switch() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        super::storage::remember_language(ctx.store, l::OTHER_CODE);
        super::nav::reopen_at(l::OTHER_HOME);
    };
    view! {
        <div class="rw-lang-bar rw-width rw-no-print">
            <a class="rw-link rw-lang-bar__link" href=l::OTHER_HOME hreflang=l::OTHER_CODE data-lang=l::OTHER_CODE on:click=on_click>
                <span class="rw-visually-hidden">{l::SWITCH_HINT}": "</span>
                <span lang=l::OTHER_CODE>{l::OTHER_NAME}</span>
            </a>
        </div>
    }
}
