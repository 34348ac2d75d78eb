//! The served HTML's content, written at build time from the text catalogue (native only; the
//! wasm never carries it). The start page is painted from this HTML before the wasm has arrived;
//! the app then replaces `#app` with its own start page, which has the same markup, so nothing
//! moves (CLS 0). The e2e test `start.spec.mjs` compares the two, so a change on one side only
//! fails there. `cargo run --bin shell -- nl|en` prints it for `scripts/externalize-boot.mjs`.
//!
//! The markup mirrors `ui::app` (header, language switch, footer), `ui::pages::start` and
//! `ui::save_panel` in the state of a first visit (saving off, no answers).

use std::fmt::Write;

/// The pieces the build puts into `index.html`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shell {
    pub lang: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub skip: &'static str,
    /// The contents of `<div id="app">`: the start page as the app draws it.
    pub app: String,
    /// The contents of `<div id="rw-fout">`: the panel when the app cannot start.
    pub failed: String,
    pub app_name: &'static str,
    pub app_short_name: &'static str,
    /// Where this language's app lives (`/` or `/en/`): the manifest's start and scope.
    pub home: &'static str,
}

/// One language's texts, gathered from its catalogue.
struct Texts {
    lang: &'static str,
    other_home: &'static str,
    other_code: &'static str,
    other_name: &'static str,
    switch_hint: &'static str,
    app: &'static str,
    tagline: &'static str,
    skip: &'static str,
    start_title: &'static str,
    start_lead: &'static str,
    what_title: &'static str,
    what: &'static [&'static str],
    who_title: &'static str,
    who: &'static str,
    need_title: &'static str,
    need: &'static str,
    privacy_title: &'static str,
    privacy: &'static [&'static str],
    limits_title: &'static str,
    limits: &'static [&'static str],
    limits_help: &'static str,
    button: &'static str,
    time: &'static str,
    disclaimer: &'static str,
    panel_title: &'static str,
    remember_label: &'static str,
    remember_hint: &'static str,
    remember_off: &'static str,
    open_label: &'static str,
    open_hint: &'static str,
    open_button: &'static str,
    footer_privacy: &'static str,
    footer_embed: &'static str,
    footer_note: &'static str,
    page_title: &'static str,
    description: &'static str,
    loading: &'static str,
    noscript_title: &'static str,
    noscript_before: &'static str,
    noscript_link: &'static str,
    noscript_href: &'static str,
    noscript_after: &'static str,
    failed_title: &'static str,
    failed_text: &'static [&'static str],
    app_name: &'static str,
    app_short_name: &'static str,
    home: &'static str,
}

macro_rules! texts {
    ($l:ident) => {{
        use crate::content::$l::{lang as l, privacy as p, shell as s, ui_text as t};
        Texts {
            lang: l::CODE,
            other_home: l::OTHER_HOME,
            other_code: l::OTHER_CODE,
            other_name: l::OTHER_NAME,
            switch_hint: l::SWITCH_HINT,
            app: t::APP,
            tagline: t::TAGLINE,
            skip: t::SKIP,
            start_title: t::START_TITLE,
            start_lead: t::START_LEAD,
            what_title: t::START_WHAT_TITLE,
            what: &t::START_WHAT,
            who_title: t::START_WHO_TITLE,
            who: t::START_WHO,
            need_title: t::START_NEED_TITLE,
            need: t::START_NEED,
            privacy_title: t::START_PRIVACY_TITLE,
            privacy: &t::START_PRIVACY,
            limits_title: t::START_LIMITS_TITLE,
            limits: &t::START_LIMITS,
            limits_help: t::START_LIMITS_HELP,
            button: t::START_BUTTON,
            time: t::START_TIME,
            disclaimer: crate::content::$l::result::disclaimer(),
            panel_title: p::PANEL_TITLE,
            remember_label: p::REMEMBER_LABEL,
            remember_hint: p::REMEMBER_HINT,
            remember_off: p::REMEMBER_OFF,
            open_label: p::OPEN_LABEL,
            open_hint: p::OPEN_HINT,
            open_button: p::OPEN_BUTTON,
            footer_privacy: t::FOOTER_PRIVACY,
            footer_embed: t::FOOTER_EMBED,
            footer_note: t::FOOTER_NOTE,
            page_title: s::PAGE_TITLE,
            description: s::DESCRIPTION,
            loading: s::LOADING,
            noscript_title: s::NOSCRIPT_TITLE,
            noscript_before: s::NOSCRIPT_BEFORE,
            noscript_link: s::NOSCRIPT_LINK,
            noscript_href: s::NOSCRIPT_HREF,
            noscript_after: s::NOSCRIPT_AFTER,
            failed_title: s::FAILED_TITLE,
            failed_text: &s::FAILED_TEXT,
            app_name: s::APP_NAME,
            app_short_name: s::APP_SHORT_NAME,
            home: l::HOME,
        }
    }};
}

/// The served page's content for a language code (`nl` or `en`); `None` for any other.
pub fn shell(lang: &str) -> Option<Shell> {
    let t = match lang {
        "nl" => texts!(nl),
        "en" => texts!(en),
        _ => return None,
    };
    Some(Shell {
        lang: t.lang,
        title: t.page_title,
        description: t.description,
        skip: t.skip,
        app: app(&t),
        failed: failed(&t),
        app_name: t.app_name,
        app_short_name: t.app_short_name,
        home: t.home,
    })
}

/// Text for HTML: element content and double-quoted attribute values alike.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// `<tag class="…">text</tag>`
fn el(out: &mut String, tag: &str, class: &str, text: &str) {
    let _ = write!(out, r#"<{tag} class="{class}">{}</{tag}>"#, escape(text));
}

fn list(out: &mut String, items: &[&str]) {
    out.push_str(r#"<ul class="rw-list">"#);
    for item in items {
        let _ = write!(out, "<li>{}</li>", escape(item));
    }
    out.push_str("</ul>");
}

fn app(t: &Texts) -> String {
    let mut o = String::new();
    // ui::embed::header, outside a frame.
    let _ = write!(
        o,
        r#"<header class="rw-header"><div class="rw-width"><a class="rw-header__name" href="./">{}</a><span class="rw-header__tagline">{}</span></div></header>"#,
        escape(t.app),
        escape(t.tagline)
    );
    // ui::lang::switch
    let _ = write!(
        o,
        r#"<div class="rw-lang-bar rw-width rw-no-print"><a class="rw-link rw-lang-bar__link" href="{}" hreflang="{code}" data-lang="{code}"><span class="rw-visually-hidden">{}: </span><span lang="{code}">{}</span></a></div>"#,
        escape(t.other_home),
        escape(t.switch_hint),
        escape(t.other_name),
        code = t.other_code,
    );
    o.push_str(r#"<main class="rw-main rw-width" id="inhoud" tabindex="-1">"#);
    // Only seen when the page opens somewhere else than the start (a reload mid-journey): the
    // start page is hidden then (style/base.css), so it does not flash before the right page.
    el(&mut o, "p", "rw-body rw-static-loading", t.loading);
    let _ = write!(
        o,
        r#"<noscript><h2 class="rw-heading-l">{}</h2><p class="rw-body">{}<a class="rw-link" href="{}">{}</a>{}</p></noscript>"#,
        escape(t.noscript_title),
        escape(t.noscript_before),
        escape(t.noscript_href),
        escape(t.noscript_link),
        escape(t.noscript_after)
    );
    // ui::pages::start
    o.push_str(r#"<div class="rw-text">"#);
    let _ = write!(o, r#"<h1 class="rw-heading-xl" tabindex="-1">{}</h1>"#, escape(t.start_title));
    el(&mut o, "p", "rw-body-l", t.start_lead);
    el(&mut o, "h2", "rw-heading-m", t.what_title);
    list(&mut o, t.what);
    el(&mut o, "h2", "rw-heading-m", t.who_title);
    el(&mut o, "p", "rw-body", t.who);
    el(&mut o, "h2", "rw-heading-m", t.need_title);
    el(&mut o, "p", "rw-body", t.need);
    o.push_str(r#"<div class="rw-inset">"#);
    el(&mut o, "h2", "rw-heading-s", t.privacy_title);
    for p in t.privacy {
        el(&mut o, "p", "rw-body", p);
    }
    o.push_str("</div>");
    o.push_str(r#"<details class="rw-details">"#);
    el(&mut o, "summary", "rw-details__summary", t.limits_title);
    o.push_str(r#"<div class="rw-details__text">"#);
    list(&mut o, t.limits);
    el(&mut o, "p", "rw-body", t.limits_help);
    o.push_str("</div></details>");
    let _ = write!(o, r#"<button class="rw-button rw-button--start" type="button">{}</button>"#, escape(t.button));
    el(&mut o, "p", "rw-body-s rw-secondary", t.time);
    let _ = write!(
        o,
        r#"<div class="rw-warning"><span class="rw-warning__icon" aria-hidden="true">!</span>{}</div>"#,
        escape(t.disclaimer)
    );
    // ui::save_panel::SavePanel on a first visit: saving off, nothing answered.
    let _ = write!(
        o,
        concat!(
            r#"<section class="rw-save rw-no-print" aria-labelledby="rw-save-title" id="bewaren">"#,
            r#"<h2 class="rw-heading-m" id="rw-save-title">{}</h2>"#,
            r#"<div class="rw-checkboxes__item"><input class="rw-checkboxes__input" id="rw-onthoud" type="checkbox" aria-describedby="rw-onthoud-hint">"#,
            r#"<label class="rw-checkboxes__label" for="rw-onthoud">{}</label><div class="rw-checkboxes__hint" id="rw-onthoud-hint">{}</div></div>"#,
            r#"<p class="rw-body rw-save__status" role="status" data-saving="false">{}</p>"#,
            r#"<form class="rw-save__action" novalidate=""><div class="rw-form-group">"#,
            r#"<label class="rw-label rw-label--bold" for="rw-open-file">{}</label><div class="rw-hint" id="rw-open-file-hint">{}</div>"#,
            r#"<input class="rw-file-upload" id="rw-open-file" name="bestand" type="file" accept=".json,application/json" aria-describedby="rw-open-file-hint">"#,
            r#"</div><button class="rw-button rw-button--secondary" type="submit">{}</button></form></section>"#,
        ),
        escape(t.panel_title),
        escape(t.remember_label),
        escape(t.remember_hint),
        escape(t.remember_off),
        escape(t.open_label),
        escape(t.open_hint),
        escape(t.open_button),
    );
    o.push_str("</div></main>");
    // ui::app's footer, outside a frame.
    let _ = write!(
        o,
        r#"<footer class="rw-footer"><div class="rw-width"><ul class="rw-footer__links"><li><a class="rw-link" href="?stap=privacy">{}</a></li><li><a class="rw-link" href="embed.html">{}</a></li></ul>"#,
        escape(t.footer_privacy),
        escape(t.footer_embed)
    );
    el(&mut o, "p", "rw-body-s", t.footer_note);
    el(&mut o, "p", "rw-body-s", t.disclaimer);
    o.push_str("</div></footer>");
    o
}

fn failed(t: &Texts) -> String {
    let mut o = String::new();
    el(&mut o, "h2", "rw-heading-m", t.failed_title);
    for p in t.failed_text {
        el(&mut o, "p", "rw-body", p);
    }
    o
}

/// The shell as JSON for the build hook (the storage module's own JSON writer).
pub fn to_json(s: &Shell) -> String {
    use crate::storage::json::{Json, to_pretty};
    let fields: [(&str, &str); 9] = [
        ("lang", s.lang),
        ("title", s.title),
        ("description", s.description),
        ("skip", s.skip),
        ("app", &s.app),
        ("failed", &s.failed),
        ("app_name", s.app_name),
        ("app_short_name", s.app_short_name),
        ("home", s.home),
    ];
    to_pretty(&Json::Object(fields.iter().map(|(k, v)| (k.to_string(), Json::Str(v.to_string()))).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_a_shell_and_no_other_does() {
        assert_eq!(shell("nl").unwrap().lang, "nl");
        assert_eq!(shell("en").unwrap().lang, "en");
        assert_eq!(shell("de"), None);
    }

    #[test]
    fn the_start_page_is_in_the_served_html_once_with_its_texts_escaped() {
        for code in ["nl", "en"] {
            let s = shell(code).unwrap();
            assert_eq!(s.app.matches("<h1 class=\"rw-heading-xl\"").count(), 1, "{code}");
            assert_eq!(s.app.matches("rw-button--start").count(), 1, "{code}");
            assert_eq!(s.app.matches("<main ").count(), 1, "{code}");
            // No raw quote or angle bracket from a text ends up in the markup.
            for text in [s.title, s.description] {
                assert!(!escape(text).contains('"'));
            }
        }
        let nl = shell("nl").unwrap();
        assert!(nl.app.contains(crate::content::nl::ui_text::START_TITLE));
        assert!(nl.app.contains("'Weet ik niet'"));
        assert!(shell("en").unwrap().app.contains(crate::content::en::ui_text::START_BUTTON));
    }

    #[test]
    fn escape_covers_the_markup_characters() {
        assert_eq!(escape(r#"a & <b> "c""#), "a &amp; &lt;b&gt; &quot;c&quot;");
    }
}
