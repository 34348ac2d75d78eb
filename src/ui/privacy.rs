//! STUB (being replaced by the privacy work): the privacy page.
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! { <h1 class="rw-heading-l" tabindex="-1">"Privacy"</h1> }
}
