//! The browser UI (wasm32 only). It renders pages and collects answers; every rule lives in the
//! pure modules (`rules`, `wizard`, `content`).

mod app;
mod clock;
pub(crate) mod embed;
mod lang;
mod later;
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
    // The served start page (src/static_page.rs) has the app's own markup, so replacing it moves
    // nothing. What the user did on it before the wasm arrived carries over: the focused
    // control (by its place among the controls), the opened explanations, "Onthoud mijn
    // antwoorden" ticked and a file chosen to open. (A press on Start or "Bestand openen" is
    // replayed by the boot script once the app is there.)
    let before = served_state(&document, &root);
    root.set_inner_html("");
    let _ = root.remove_attribute("data-static");
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
    leptos::mount::mount_to(root.clone(), app::App).forget();
    // The other pages' code, in the background (the result's first on a reload there).
    later::preload(matches!(nav::page_from_url(), Some(crate::wizard::Page::Resultaat | crate::wizard::Page::Gesprekskaart)));
    if let Some(state) = before {
        restore_served_state(&root, &state);
    }
}

const CONTROLS: &str = "a[href], button, input, summary";

/// What the user did on the served page before the app was there.
struct ServedState {
    /// Which control has the focus (its place among the controls).
    focused: Option<u32>,
    /// Which `<details>` are open.
    open: Vec<u32>,
    /// "Onthoud mijn antwoorden op dit apparaat" ticked.
    remember: bool,
    /// A file chosen under "Open een eerder bewaard bestand".
    file: Option<web_sys::FileList>,
}

fn input_by_id(root: &web_sys::Element, id: &str) -> Option<web_sys::HtmlInputElement> {
    root.query_selector(&format!("#{id}")).ok().flatten()?.dyn_into().ok()
}

fn served_state(document: &web_sys::Document, root: &web_sys::Element) -> Option<ServedState> {
    root.has_attribute("data-static").then_some(())?;
    let active = document.active_element();
    let controls = root.query_selector_all(CONTROLS).ok()?;
    let focused = (0..controls.length()).find(|&i| {
        let node = controls.item(i);
        active.as_ref().is_some_and(|a| node.as_ref().is_some_and(|n| n == AsRef::<web_sys::Node>::as_ref(a)))
    });
    let details = root.query_selector_all("details").ok()?;
    let open = (0..details.length())
        .filter(|&i| details.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|d| d.open()))
        .collect();
    let remember = input_by_id(root, "rw-onthoud").is_some_and(|i| i.checked());
    let file = input_by_id(root, "rw-open-file").and_then(|i| i.files()).filter(|f| f.length() > 0);
    Some(ServedState { focused, open, remember, file })
}

fn restore_served_state(root: &web_sys::HtmlElement, state: &ServedState) {
    // Through the app's own controls, so that its handlers run (saving switched on).
    if state.remember
        && let Some(el) = input_by_id(root, "rw-onthoud").filter(|i| !i.checked())
    {
        el.click();
    }
    if let Some(files) = &state.file
        && let Some(el) = input_by_id(root, "rw-open-file")
    {
        el.set_files(Some(files));
    }
    let (focused, open) = (state.focused, &state.open);
    if let Ok(details) = root.query_selector_all("details") {
        for &i in open {
            if let Some(d) = details.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                d.set_open(true);
            }
        }
    }
    if let Some(i) = focused
        && let Some(el) = root.query_selector_all(CONTROLS).ok().and_then(|c| c.item(i)).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
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
