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
use crate::content::result::date_nl;
use crate::storage::{self, RestoreError, STORAGE_KEY};
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
    pub notice: RwSignal<Option<StoreNotice>>,
}

/// The browser's storage, if it may be used. Reading `window.localStorage` throws a
/// SecurityError when storage is blocked; web-sys turns that into an `Err`. Only after this
/// check is gloo's `LocalStorage::raw()` (which would throw) safe to call.
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
    let available = usable();
    let found = if available { LocalStorage::raw().get_item(STORAGE_KEY) } else { Ok(None) };
    let (answers, saving, notice) = match found {
        Err(_) => (Answers::default(), false, Some(StoreNotice::Unavailable)),
        Ok(None) => (Answers::default(), false, None),
        Ok(Some(text)) => match storage::restore(&text) {
            Ok(saved) => (saved.answers, true, Some(StoreNotice::Restored(saved.saved_on))),
            // Left in place: it may be a newer version's, which must not be destroyed. "Wis
            // alles" removes it, and so does choosing to save again.
            Err(e) => (Answers::default(), false, Some(StoreNotice::Unreadable(e))),
        },
    };
    let notice = if available { notice } else { Some(StoreNotice::Unavailable) };
    let persistence = Persistence { saving: RwSignal::new(saving), available, notice: RwSignal::new(notice) };
    Loaded { answers, persistence }
}

/// Keep the stored copy in step with the answers while saving is on; remove it when it is
/// switched off. A failed write switches saving off and says so.
pub fn keep_in_sync(p: Persistence, answers: RwSignal<Answers>, today: NaiveDate) {
    Effect::new(move |was_on: Option<bool>| {
        let on = p.saving.get();
        let value = answers.with(|a| storage::to_value(a, today));
        if p.available && on {
            if LocalStorage::set(STORAGE_KEY, value).is_err() {
                p.saving.set(false);
                p.notice.set(Some(StoreNotice::SaveFailed));
            }
        } else if was_on == Some(true) {
            // Only on switching off: at start-up an unreadable value stays where it is.
            remove();
        }
        on
    });
}

fn remove() {
    if usable() {
        let _ = LocalStorage::raw().remove_item(STORAGE_KEY);
    }
}

/// "Wis alles": no trace of the answers is left on this device.
pub fn erase(p: Persistence) {
    p.saving.set(false);
    remove();
}

/// Offer the answers as a file: a Blob with a `blob:` URL of this page, clicked as a download.
pub fn download(answers: &Answers, today: NaiveDate) -> Result<(), wasm_bindgen::JsValue> {
    let text = storage::encode(answers, today);
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(&storage::file_name(today));
    a.click();
    web_sys::Url::revoke_object_url(&url)
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
        StoreNotice::Restored(d) => t::restored(&date_nl(d)),
        StoreNotice::Imported(d) => t::imported(&date_nl(d)),
        StoreNotice::Erased => t::erased(),
        StoreNotice::Unreadable(e) => t::unreadable(e),
        StoreNotice::Unavailable => t::unavailable(),
        StoreNotice::SaveFailed => t::save_failed(),
        StoreNotice::NotKept => t::not_kept(),
    }
}
