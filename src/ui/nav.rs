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

/// The URL of `page`: the step, and the options the page was opened with (language, embed
/// options), which are not personal data. Answers never go into a URL.
fn url_for(page: Page) -> String {
    let location = web_sys::window().map(|w| w.location());
    let path = location.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_else(|| "/".into());
    let search = location.and_then(|l| l.search().ok()).unwrap_or_default();
    let mut params: Vec<String> =
        search.trim_start_matches('?').split('&').filter(|kv| !kv.is_empty() && !kv.starts_with("stap=")).map(String::from).collect();
    if page != Page::Start {
        params.insert(0, format!("stap={}", page.slug()));
    }
    if params.is_empty() { path } else { format!("{path}?{}", params.join("&")) }
}

/// Open the same page in the other language's build at `home`: the history entry keeps its
/// state (the answers), so the reload there picks them up as after any reload. A `lang`/`taal`
/// parameter goes, or it would send the user back.
pub fn reopen_at(home: &str) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let params: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|kv| !kv.is_empty() && !kv.starts_with("lang=") && !kv.starts_with("taal="))
        .collect();
    let url = if params.is_empty() { home.to_string() } else { format!("{home}?{}", params.join("&")) };
    if let Ok(history) = window.history() {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&url));
    }
    let _ = location.reload();
}

/// The state kept with each history entry: the answers as the format of saved answers
/// (`crate::storage`), and the page this entry was opened from. It lives in this tab's session
/// history only: it comes back after a reload, back/forward or a tab the phone discarded, and is
/// gone with the tab. Nothing is written to any storage for it.
fn entry_state(answers: &str, from: Option<Page>) -> wasm_bindgen::JsValue {
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &"answers".into(), &answers.into());
    if let Some(from) = from {
        let _ = js_sys::Reflect::set(&o, &"from".into(), &from.slug().into());
    }
    o.into()
}

fn state_field(name: &str) -> Option<String> {
    let state = web_sys::window()?.history().ok()?.state().ok()?;
    js_sys::Reflect::get(&state, &name.into()).ok()?.as_string()
}

/// The answers kept with the current history entry, if any.
pub fn tab_answers() -> Option<String> {
    state_field("answers")
}

/// The page the current history entry was opened from (for "Terug").
pub fn opened_from() -> Option<Page> {
    Page::from_slug(&state_field("from")?)
}

/// Record `page` in the history: a new entry (`push`, opened from `from`) or in place (after a
/// redirect), with the current answers.
pub fn record(page: Page, push: bool, from: Option<Page>, answers: &str) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else { return };
    let url = url_for(page);
    let state = entry_state(answers, from);
    let _ = if push {
        history.push_state_with_url(&state, "", Some(&url))
    } else {
        history.replace_state_with_url(&state, "", Some(&url))
    };
}

/// Keep the current entry's answers up to date (after every change, and on back/forward, so an
/// older entry never brings back answers that were changed or erased since).
pub fn keep_answers(answers: &str) {
    // Only when they differ: a replaceState while the user goes back or forward several steps
    // in a row would cancel the traversals still queued.
    if tab_answers().as_deref() == Some(answers) {
        return;
    }
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else { return };
    let _ = history.replace_state(&entry_state(answers, opened_from()), "");
}

/// The browser's own "back": used by "Terug" when the previous entry is the page it leads to,
/// so that the browser's back and forward buttons keep making sense.
pub fn back() {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.back();
    }
}

/// Load the page afresh from the site (the answers come back from this tab's history entry).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
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

/// Focus the element with `id` once the next page has been drawn (a "Wijzigen" link on the
/// check page leads straight to the answer it names), after the heading took focus.
pub fn focus_after_render(id: String) {
    request_animation_frame(move || {
        request_animation_frame(move || focus_field(&id));
    });
}
