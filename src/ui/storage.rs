//! STUB (being replaced by the privacy work): opt-in local saving, export and import.
use leptos::prelude::*;

use crate::wizard::Answers;

pub fn provide_persistence(answers: RwSignal<Answers>) {
    let _ = answers;
}

#[component]
pub fn SavePanel(on_erased: Callback<()>) -> impl IntoView {
    let _ = on_erased;
}

#[component]
pub fn RestoreNotice() -> impl IntoView {}
