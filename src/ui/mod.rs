//! The browser UI (wasm32 only). It renders pages and collects answers; every rule lives in the
//! pure modules (`rules`, `wizard`, `content`).

mod app;
mod clock;
pub(crate) mod embed;
mod lang;
mod nav;
mod pages;
mod print;
mod privacy;
mod save_panel;
mod storage;
mod widgets;

use wasm_bindgen::JsCast;

/// Entry point called by `main` in the browser.
pub fn start() {
    install_panic_hook();
    print::install();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(root) = document.get_element_by_id("app") else { return };
    // Replace the static "loading" markup (and <noscript>) with the app.
    root.set_inner_html("");
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
    leptos::mount::mount_to(root, app::App).forget();
}

/// A panic is a bug: log it (console_error_panic_hook) and show the Dutch error panel instead of
/// leaving a frozen page.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(panel) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("rw-fout")) {
            let _ = panel.remove_attribute("hidden");
        }
    }));
}
