//! The step lives in the URL as `?stap=<slug>` (never an answer). Navigation pushes a history
//! entry, so the browser's back and forward buttons and a reload work; after each page change the
//! title is updated and focus moves to the page heading, as a screen reader user expects.
use leptos::prelude::*;
use wasm_bindgen::{JsCast, closure::Closure};

use crate::content::ui_text;
use crate::wizard::Page;

/// The page named by the current URL (`None` for an unknown slug).
pub fn page_from_url() -> Option<Page> {
    let search = web_sys::window()?.location().search().ok()?;
    let slug = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|kv| kv.strip_prefix("stap="))
        .unwrap_or("");
    Page::from_slug(slug)
}

fn url_for(page: Page) -> String {
    match page {
        Page::Start => web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_else(|| "/".into()),
        p => format!("?stap={}", p.slug()),
    }
}

/// Record `page` in the history: a new entry (`push`) or in place (after a redirect).
pub fn record(page: Page, push: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else { return };
    let url = url_for(page);
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Call `f` with the page whenever the user goes back or forward.
pub fn on_popstate(f: impl Fn(Option<Page>) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let cb = Closure::<dyn Fn()>::new(move || f(page_from_url()));
    let _ = window.add_event_listener_with_callback("popstate", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Set the document title: "<heading> – Spoorwijzer", with "Fout: " when the page shows errors.
pub fn set_title(heading: &str, error: bool) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        let prefix = if error { ui_text::ERROR_PREFIX } else { "" };
        doc.set_title(&format!("{prefix}{heading}{}", ui_text::PAGE_SUFFIX));
    }
}

/// Move focus, after the next render, to the first element matching one of `selectors`, in
/// order (a notice, the page's heading, the error summary).
pub fn focus_later(selectors: &'static [&'static str]) {
    request_animation_frame(move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
        if let Some(el) = selectors
            .iter()
            .find_map(|s| doc.query_selector(s).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Scroll to the top (a new page starts at its heading).
pub fn scroll_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Focus an input by id (error summary links), without changing the URL.
pub fn focus_field(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
