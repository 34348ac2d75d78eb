//! The choices about the answers (keep on this device, download, open a file, erase) and the
//! notice that says what happened to them. Rendering only: `storage` does the work.
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::privacy as t;

use super::app::Ctx;
use super::storage::{self, OpenError, StoreNotice};

/// The notice after a restore, an import, an erase or a storage problem. It is focused after the
/// page change (see `App`), so a screen reader reads it before the page's heading.
#[component]
pub fn StoreNoticeBanner() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    move || {
        ctx.store.notice.get().map(|n| {
            let text = storage::notice_text(n);
            let offer_erase = matches!(n, StoreNotice::Restored(_) | StoreNotice::Unreadable(_));
            let kind = match n {
                StoreNotice::Restored(_) => "restored",
                StoreNotice::Imported(_) => "imported",
                StoreNotice::Erased => "erased",
                StoreNotice::Unreadable(_) => "unreadable",
                StoreNotice::Unavailable => "unavailable",
                StoreNotice::SaveFailed => "save_failed",
                StoreNotice::NotKept => "not_kept",
            };
            let warning = matches!(n, StoreNotice::Unreadable(_) | StoreNotice::Unavailable | StoreNotice::SaveFailed);
            // A failed save happens without a page change, so it is announced at once; the other
            // notices come with a new page and get the focus (see `App`).
            let role = if n == StoreNotice::SaveFailed { "alert" } else { "region" };
            view! {
                <div class=if warning { "rw-notification rw-notification--warning" } else { "rw-notification rw-notification--success" }
                    id="rw-store-notice" role=role aria-labelledby="rw-store-notice-title" tabindex="-1" data-store-notice=kind>
                    <div class="rw-notification__content">
                        <h2 class="rw-notification__heading" id="rw-store-notice-title">{text.title}</h2>
                        <p class="rw-body">{text.body}</p>
                        {offer_erase.then(|| view! {
                            <button type="button" class="rw-button rw-button--secondary rw-button--small" on:click=move |_| ctx.erase_all()>
                                {t::ERASE_BUTTON}
                            </button>
                        })}
                    </div>
                </div>
            }
        })
    }
}

/// Keep on this device, download, open a file, erase everything.
#[component]
pub fn SavePanel() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let p = ctx.store;
    let has_answers = move || ctx.answers.with(|a| *a != crate::wizard::Answers::default());
    let open_error = RwSignal::new(None::<OpenError>);
    let download_failed = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let file_input = NodeRef::<leptos::html::Input>::new();

    let on_open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // One file at a time: a double click must not open it twice.
        if busy.get_untracked() {
            return;
        }
        let Some(input) = file_input.get_untracked() else { return };
        let input: web_sys::HtmlInputElement = input.unchecked_into();
        busy.set(true);
        leptos::task::spawn_local(async move {
            match storage::open(&input).await {
                Ok(saved) => {
                    open_error.set(None);
                    ctx.import(saved);
                }
                Err(e) => {
                    open_error.set(Some(e));
                    let _ = input.focus();
                }
            }
            // Choosing the same file again must work too.
            input.set_value("");
            busy.set(false);
        });
    };
    let open_describedby = move || {
        if open_error.get().is_some() { "rw-open-file-hint rw-open-file-fout" } else { "rw-open-file-hint" }
    };
    let open_group =
        move || if open_error.get().is_some() { "rw-form-group rw-form-group--error" } else { "rw-form-group" };

    view! {
        <section class="rw-save rw-no-print" aria-labelledby="rw-save-title" id="bewaren">
            <h2 class="rw-heading-m" id="rw-save-title">{t::PANEL_TITLE}</h2>
            <div class="rw-checkboxes__item">
                <input class="rw-checkboxes__input" id="rw-onthoud" type="checkbox"
                    aria-describedby="rw-onthoud-hint"
                    disabled=!p.available
                    prop:checked=move || p.saving.get()
                    on:change=move |ev| storage::choose(p, event_target_checked(&ev))/>
                <label class="rw-checkboxes__label" for="rw-onthoud">{t::REMEMBER_LABEL}</label>
                <div class="rw-checkboxes__hint" id="rw-onthoud-hint">
                    {match (p.available, super::embed::framed()) {
                        (true, _) => t::REMEMBER_HINT,
                        (false, true) => crate::content::embed::REMEMBER_UNAVAILABLE,
                        (false, false) => t::REMEMBER_UNAVAILABLE,
                    }}
                </div>
            </div>
            <p class="rw-body rw-save__status" role="status" data-saving=move || p.saving.get().to_string()>
                {move || if p.saving.get() { t::REMEMBER_ON } else { t::REMEMBER_OFF }}
            </p>

            <Show when=has_answers>
                <div class="rw-save__action">
                    <button type="button" class="rw-button rw-button--secondary" aria-describedby="rw-download-hint"
                        on:click=move |_| {
                            let ok = ctx.answers.with_untracked(|a| storage::download(a, ctx.today)).is_ok();
                            download_failed.set(!ok);
                        }>
                        {t::DOWNLOAD_BUTTON}
                    </button>
                    <p class="rw-hint" id="rw-download-hint">{t::DOWNLOAD_HINT}</p>
                    <Show when=move || download_failed.get()>
                        <p class="rw-error-message" role="alert">{t::DOWNLOAD_FAILED}</p>
                    </Show>
                </div>
            </Show>

            <form class="rw-save__action" novalidate on:submit=on_open>
                <div class=open_group>
                    <label class="rw-label rw-label--bold" for="rw-open-file">{t::OPEN_LABEL}</label>
                    <div class="rw-hint" id="rw-open-file-hint">{t::OPEN_HINT}</div>
                    {move || open_error.get().map(|e| view! {
                        <p class="rw-error-message" id="rw-open-file-fout">
                            <span class="rw-visually-hidden">{crate::content::ui_text::ERROR_HIDDEN}</span>{e.message()}
                        </p>
                    })}
                    <input class="rw-file-upload" id="rw-open-file" name="bestand" type="file"
                        accept=".json,application/json" node_ref=file_input aria-describedby=open_describedby/>
                </div>
                <button type="submit" class="rw-button rw-button--secondary">{t::OPEN_BUTTON}</button>
            </form>

            <Show when=move || has_answers() || p.saving.get() || p.leftover.get()>
                <div class="rw-save__action">
                    <button type="button" class="rw-button rw-button--warning" aria-describedby="rw-erase-hint"
                        on:click=move |_| ctx.erase_all()>
                        {t::ERASE_BUTTON}
                    </button>
                    <p class="rw-hint" id="rw-erase-hint">{t::ERASE_HINT}</p>
                </div>
            </Show>
        </section>
    }
}
