//! Pages whose code is not in the first download.
//!
//! The start page is all a first visit needs, so the first download (index.html, the JS glue
//! and the main wasm) carries the app shell, the start page, the rules engine and the answers'
//! storage, and no more. The code of the other pages is split off at build time into two wasm
//! modules of their own (scripts/wasm-build.mjs runs `wasm-split-cli` on the split points below):
//! - `pages`: the questions, the check page and the privacy page;
//! - `result`: the result page (with "Wat als?", printing and the calendar) and the
//!   gesprekskaart.
//!
//! Right after the app starts, [`preload`] fetches both, so by the time someone presses Start
//! they are there and each page is drawn at once, as before. On a slow connection, or a reload
//! in the middle of the journey, the page says it is loading; if the download fails (the
//! connection dropped before the service worker had the files), it says so and offers to try
//! again, with the answers untouched.
use std::future::Future;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::content::ui_text as t;
use crate::wizard::QuestionId;

use super::app::Ctx;
use super::nav;
use super::pages::{card::CardPage, check::CheckPage, question::QuestionPage, result::ResultPage};
use super::privacy::PrivacyPage;

type Loaded = Result<AnyView, SplitLoaderError>;

// Split points: each function's body (and all code only it reaches) moves into the named module.
// They run after their module has loaded, inside the caller's reactive owner (so contexts work).
#[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_question))]
pub fn question(q: QuestionId) -> Loaded {
    Ok(view! { <QuestionPage q=q/> }.into_any())
}

#[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_check))]
pub fn check() -> Loaded {
    Ok(view! { <CheckPage/> }.into_any())
}

#[wasm_split(pages, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_privacy))]
pub fn privacy() -> Loaded {
    Ok(view! { <PrivacyPage/> }.into_any())
}

#[wasm_split(result, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_result))]
pub fn result() -> Loaded {
    Ok(view! { <ResultPage/> }.into_any())
}

#[wasm_split(result, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_card))]
pub fn card() -> Loaded {
    Ok(view! { <CardPage/> }.into_any())
}

/// Fetch both modules in the background: the one of the page the visit opened on first (a
/// reload on the result), else the questions first. Every split point is preloaded on its own:
/// each keeps its own "loaded" flag, and only a preloaded one is drawn without a wait. A failure
/// is not kept: visiting the page tries again.
pub fn preload(result_first: bool) {
    leptos::task::spawn_local(async move {
        let result = async {
            let _ = preload_result().await;
            let _ = preload_card().await;
        };
        let pages = async {
            let _ = preload_question().await;
            let _ = preload_check().await;
            let _ = preload_privacy().await;
        };
        if result_first {
            result.await;
            pages.await;
        } else {
            pages.await;
            result.await;
        }
    });
}

/// Draw a page from a split point: at once when its module is there, else a loading line until
/// it is (then the focus goes to its heading, as on any page change), or a way to try again.
pub fn later(load: impl Future<Output = Loaded> + 'static) -> AnyView {
    let ctx = expect_context::<Ctx>();
    let mut load = Box::pin(load);
    if let Poll::Ready(loaded) = load.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        return shown(loaded, ctx);
    }
    // The first page of a visit keeps the focus where the browser put it (see App).
    let navigated = ctx.visit.get_untracked() > 0;
    nav::set_title(t::PAGE_LOADING, false);
    let waiting = RwSignal::new(true);
    let page = Suspend::new(send_wrapper::SendWrapper::new(async move {
        let loaded = load.await;
        waiting.set(false);
        if navigated {
            nav::focus_later(&["#rw-store-notice", "main h1"]);
        }
        shown(loaded, ctx)
    }));
    view! {
        {move || waiting.get().then(|| view! { <p class="rw-body rw-page-loading" role="status">{t::PAGE_LOADING}</p> })}
        {page}
    }
    .into_any()
}

fn shown(loaded: Loaded, ctx: Ctx) -> AnyView {
    match loaded {
        Ok(page) => page,
        Err(_) => {
            nav::set_title(t::PAGE_FAILED_TITLE, false);
            view! {
                <h1 class="rw-heading-l" tabindex="-1">{t::PAGE_FAILED_TITLE}</h1>
                <p class="rw-body" role="alert">{t::PAGE_FAILED_TEXT}</p>
                <div class="rw-button-group">
                    <button type="button" class="rw-button" on:click=move |_| ctx.redraw()>{t::PAGE_FAILED_RETRY}</button>
                    // After a new version of the site, this page's old code may be gone: a fresh
                    // load gets the new one, and the answers come back from the tab's history.
                    <a class="rw-link" href="" on:click=move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        nav::reload();
                    }>{t::PAGE_FAILED_RELOAD}</a>
                </div>
            }
            .into_any()
        }
    }
}
