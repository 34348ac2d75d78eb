//! Spoorwijzer inside a host page's frame: whether we are framed (`public/frame.js` marks
//! `<html data-ingebed>` before the app starts), the host's options (validated by the pure
//! `crate::embed`), and the parts of the page they change: the header, the line about privacy,
//! the contact button. Outside a frame only the role and the language are taken from the URL, so
//! a shared link cannot put someone else's name or contact button on the real site.
use leptos::prelude::*;

use crate::content::embed as t;
use crate::embed::{ContactKind, Options};

/// The host's options, as far as they apply here.
#[derive(Clone, Default)]
pub struct Embedding {
    pub framed: bool,
    pub options: Options,
}

/// Whether this page runs in a frame on a host page.
pub fn framed() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|e| e.has_attribute("data-ingebed"))
}

/// Query pairs, decoded (`+` is a space, as in a form-encoded query).
fn query() -> Vec<(String, String)> {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let decode = |s: &str| js_sys::decode_uri_component(&s.replace('+', " ")).ok().and_then(|v| v.as_string());
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|kv| !kv.is_empty())
        .filter_map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            Some((decode(k)?, decode(v)?))
        })
        .collect()
}

/// Read the options once, at start-up; what does not fit is reported in the console.
pub fn read() -> Embedding {
    let framed = framed();
    let pairs = query();
    let (mut options, ignored) = crate::embed::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    for i in ignored {
        leptos::logging::warn!("Spoorwijzer: optie {} is genegeerd: {}.", i.option, i.reason);
    }
    if !framed {
        options = Options { role: options.role, language: options.language, ..Options::default() };
    }
    Embedding { framed, options }
}

/// The header: Spoorwijzer's, or the bureau's name and logo with "Spoorwijzer" under it; none
/// at all with `kop=nee`.
pub fn header<F: Fn(leptos::ev::MouseEvent) + Copy + 'static>(e: &Embedding, home: F) -> impl IntoView + use<F> {
    use crate::content::ui_text as u;
    let o = &e.options;
    let bureau = o.name.clone().or(o.logo.as_ref().map(|_| String::new()));
    let logo = o.logo.clone().map(|src| {
        let alt = o.name.clone().unwrap_or_else(|| t::LOGO_ALT.into());
        view! { <img class="rw-header__logo" src=src alt=alt/> }
    });
    (!o.hide_header).then(move || match bureau {
        None => view! {
            <header class="rw-header">
                <div class="rw-width">
                    <a class="rw-header__name" href="./" on:click=home>{u::APP}</a>
                    <span class="rw-header__tagline">{u::TAGLINE}</span>
                </div>
            </header>
        }
        .into_any(),
        Some(name) => view! {
            <header class="rw-header rw-header--bureau">
                <div class="rw-width">
                    {logo}
                    {(!name.is_empty()).then(|| view! { <span class="rw-header__bureau">{name}</span> })}
                    <a class="rw-header__name" href="./" on:click=home>{u::APP}</a>
                    <span class="rw-header__tagline">{u::TAGLINE}</span>
                </div>
            </header>
        }
        .into_any(),
    })
}

/// In a frame: whose tool this is and that the answers stay here, with the privacy page.
pub fn line<F: Fn(leptos::ev::MouseEvent) + 'static>(e: &Embedding, privacy: F) -> impl IntoView + use<F> {
    let host = e.options.name.as_deref().map(t::line_host);
    e.framed.then(move || view! {
        <p class="rw-embed-line rw-body-s rw-no-print">
            {t::LINE}" "{host.map(|h| format!("{h} "))}
            <a class="rw-link" href="?stap=privacy" on:click=privacy>{t::LINE_LINK}</a>
        </p>
    })
}

/// The bureau's contact button: a plain link (new tab, no referrer, no answers).
pub fn contact(e: &Embedding) -> impl IntoView + use<> {
    let name = e.options.name.clone();
    e.options.contact.clone().map(|c| {
        let label = c.label.unwrap_or_else(|| t::CONTACT_DEFAULT.into());
        let kind = match c.kind {
            ContactKind::Web => "web",
            ContactKind::Mail => "mail",
            ContactKind::Phone => "tel",
        };
        view! {
            <section class="rw-contact rw-no-print" aria-labelledby="rw-contact-title">
                <h2 class="rw-heading-m" id="rw-contact-title">{t::CONTACT_TITLE}</h2>
                <p class="rw-body">{t::contact_intro(name.as_deref())}</p>
                <a class="rw-button rw-contact__button" href=c.url target="_blank" rel="noopener noreferrer" data-contact=kind>
                    {label}<span class="rw-visually-hidden">" "{t::CONTACT_NEW_TAB}</span>
                </a>
            </section>
        }
    })
}
