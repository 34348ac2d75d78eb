//! The only code that touches the browser's storage (localStorage, through `gloo-storage`), and
//! the download and opening of answer files. Nothing is written unless the user chooses
//! "Onthoud mijn antwoorden"; then the answers are saved after every change. The format itself
//! (versions, checks) is `crate::storage`, which is pure and tested natively.
//!
//! Storage can be missing or throw: blocked in a sandboxed or third-party frame, switched off,
//! full, or damaged. Every call here returns a `Result`, the app keeps working without saving,
//! and the user gets one sentence saying so.
use chrono::NaiveDate;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::privacy as t;
use crate::content::result::date_text;
use crate::storage::{self, LANGUAGE_KEY, RestoreError, STORAGE_KEY};
use crate::wizard::Answers;

/// What happened to the stored answers, shown once at the top of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreNotice {
    Restored(NaiveDate),
    Imported(NaiveDate),
    Erased,
    Unreadable(RestoreError),
    Unavailable,
    SaveFailed,
    /// The page was reloaded mid-journey, and the answers were not kept.
    NotKept,
}

/// The state of saving, shared through context.
#[derive(Clone, Copy)]
pub struct Persistence {
    /// The user chose to keep the answers on this device.
    pub saving: RwSignal<bool>,
    /// The browser lets us use localStorage at all.
    pub available: bool,
    /// A stored value we could not use is still there (so "Wis alles" must stay on offer).
    pub leftover: RwSignal<bool>,
    pub notice: RwSignal<Option<StoreNotice>>,
}

/// The browser's storage, if it may be used. Reading `window.localStorage` throws a
/// SecurityError when storage is blocked; web-sys turns that into an `Err`. Only after this
/// check is gloo's `LocalStorage::raw()` (which would throw) safe to call, so it is checked
/// before every use: storage can also be taken away while the page is open.
fn usable() -> bool {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
}

/// What was found on this device at start-up.
pub struct Loaded {
    pub answers: Answers,
    pub persistence: Persistence,
}

/// Read the saved answers, if any, before the first page is drawn. A save exists only if the
/// user once chose to keep the answers, so finding one means saving stays on.
pub fn load() -> Loaded {
    let found = if usable() { LocalStorage::raw().get_item(STORAGE_KEY).map_err(|_| ()) } else { Err(()) };
    let available = found.is_ok();
    let (answers, saving, leftover, notice) = match found {
        Err(()) => (Answers::default(), false, false, Some(StoreNotice::Unavailable)),
        Ok(None) => (Answers::default(), false, false, None),
        Ok(Some(text)) => match storage::restore(&text) {
            Ok(saved) => (saved.answers, true, false, Some(StoreNotice::Restored(saved.saved_on))),
            // Left in place: it may be a newer version's, which must not be destroyed behind the
            // user's back. "Wis alles" removes it, and so does choosing to save again.
            Err(e) => (Answers::default(), false, true, Some(StoreNotice::Unreadable(e))),
        },
    };
    let persistence = Persistence {
        saving: RwSignal::new(saving),
        available,
        leftover: RwSignal::new(leftover),
        notice: RwSignal::new(notice),
    };
    Loaded { answers, persistence }
}

/// While saving is on, write the answers after every change (and when it is switched on). The
/// first run only starts listening: restored answers are already stored as they were, with
/// their own date. A failed write switches saving off and says so, but leaves the last good
/// copy in place.
pub fn keep_in_sync(p: Persistence, answers: RwSignal<Answers>, today: NaiveDate) {
    Effect::new(move |started: Option<()>| {
        let on = p.saving.get();
        answers.track();
        if started.is_some() && on {
            let value = answers.with_untracked(|a| storage::encode_compact(a, today));
            // The text as it is (`LocalStorage::set` would JSON-encode it again, with serde_json).
            if usable() && LocalStorage::raw().set_item(STORAGE_KEY, &value).is_ok() {
                p.leftover.set(false);
            } else {
                p.saving.set(false);
                p.notice.set(Some(StoreNotice::SaveFailed));
            }
        }
    });
}

/// The user switches saving on or off; off removes the stored copy at once. On, the language
/// in use is kept too, so the next visit opens in it.
pub fn choose(p: Persistence, on: bool) {
    p.saving.set(on);
    if on {
        remember_language(p, crate::content::lang::CODE);
    } else {
        remove(p);
    }
}

/// Keep `code` as the language for the next visit, only while saving is on (a language is not
/// personal data, but nothing is written without the user's choice).
pub fn remember_language(p: Persistence, code: &str) {
    if p.saving.get_untracked() && usable() {
        let _ = LocalStorage::raw().set_item(LANGUAGE_KEY, code);
    }
}

fn remove(p: Persistence) {
    if usable() && LocalStorage::raw().remove_item(STORAGE_KEY).is_ok() {
        p.leftover.set(false);
    }
    if usable() {
        let _ = LocalStorage::raw().remove_item(LANGUAGE_KEY);
    }
}

/// "Wis alles": no trace of the answers is left in this browser's storage.
pub fn erase(p: Persistence) {
    p.saving.set(false);
    remove(p);
}

/// Offer the answers as a file.
pub fn download(answers: &Answers, today: NaiveDate) -> Result<(), wasm_bindgen::JsValue> {
    download_text(storage::encode(answers, today), &storage::file_name(today), "application/json")
}

/// Offer a text made in the browser as a file: a Blob with a `blob:` URL of this page, clicked as
/// a download. Nothing is sent anywhere.
pub fn download_text(text: String, name: &str, mime: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Some browsers start the download only after the click handler: free the URL later.
    set_timeout(move || { let _ = web_sys::Url::revoke_object_url(&url); }, std::time::Duration::from_secs(60));
    Ok(())
}

/// Why opening a file failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    NoFile,
    Unreadable,
    Refused(RestoreError),
}

impl OpenError {
    pub fn message(self) -> &'static str {
        match self {
            OpenError::NoFile => t::open_error(None),
            OpenError::Unreadable => t::OPEN_READ_FAILED,
            OpenError::Refused(e) => t::open_error(Some(e)),
        }
    }
}

/// Read the chosen file and restore it. A file that is too large is refused before reading.
pub async fn open(input: &web_sys::HtmlInputElement) -> Result<storage::Saved, OpenError> {
    let file = input.files().and_then(|list| list.get(0)).ok_or(OpenError::NoFile)?;
    if file.size() > storage::MAX_BYTES as f64 {
        return Err(OpenError::Refused(RestoreError::TooLarge));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.map_err(|_| OpenError::Unreadable)?;
    let text = text.as_string().ok_or(OpenError::Unreadable)?;
    storage::restore(&text).map_err(OpenError::Refused)
}

/// The Dutch text of a notice.
pub fn notice_text(n: StoreNotice) -> t::Notice {
    match n {
        StoreNotice::Restored(d) => t::restored(&date_text(d)),
        StoreNotice::Imported(d) => t::imported(&date_text(d)),
        StoreNotice::Erased => t::erased(),
        StoreNotice::Unreadable(e) => t::unreadable(e),
        // In a frame on another site, blocked storage is the browser's third-party rule.
        StoreNotice::Unavailable if super::embed::framed() => {
            t::Notice { title: crate::content::embed::UNAVAILABLE_TITLE, body: crate::content::embed::UNAVAILABLE.into() }
        }
        StoreNotice::Unavailable => t::unavailable(),
        StoreNotice::SaveFailed => t::save_failed(),
        StoreNotice::NotKept => t::not_kept(),
    }
}
