//! Printing (and "Opslaan als PDF" in the print dialog): every folded explanation is opened for
//! the printout and folded again afterwards, so paper shows all of it and the screen is as it was.
use wasm_bindgen::{JsCast, closure::Closure};

/// Listen for the browser's print events, once, at start-up.
pub fn install() {
    let Some(window) = web_sys::window() else { return };
    let before = Closure::<dyn Fn()>::new(|| each_details(|d| {
        if !d.open() {
            d.set_open(true);
            let _ = d.set_attribute("data-print-opened", "");
        }
    }));
    let after = Closure::<dyn Fn()>::new(|| each_details(|d| {
        if d.has_attribute("data-print-opened") {
            d.set_open(false);
            let _ = d.remove_attribute("data-print-opened");
        }
    }));
    let _ = window.add_event_listener_with_callback("beforeprint", before.as_ref().unchecked_ref());
    let _ = window.add_event_listener_with_callback("afterprint", after.as_ref().unchecked_ref());
    before.forget();
    after.forget();
}

fn each_details(f: impl Fn(&web_sys::HtmlDetailsElement)) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(list) = doc.query_selector_all("main details") else { return };
    for i in 0..list.length() {
        if let Some(d) = list.get(i).and_then(|n| n.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
            f(&d);
        }
    }
}

/// Open the print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
