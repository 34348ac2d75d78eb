//! The options a host page gives an embedded Spoorwijzer: every one validated strictly; anything
//! else ignored with a reason, never half-used.
mod common;

use proptest::prelude::*;
use spoorwijzer::embed::{ContactKind, Language, Options, parse};
use spoorwijzer::wizard::RoleAnswer;

fn opts(pairs: &[(&str, &str)]) -> (Options, Vec<String>) {
    let (o, ignored) = parse(pairs.iter().copied());
    (o, ignored.into_iter().map(|i| format!("{}: {}", i.option, i.reason)).collect())
}

#[test]
fn a_bureau_configuration_is_read_whole() {
    let (o, ignored) = opts(&[
        ("stap", "rol"),
        ("rol", "werkgever"),
        ("kleur", "#0b5394"),
        ("kop", "nee"),
        ("taal", "en"),
        ("naam", "Bureau  De Brug"),
        ("logo", "https://bureau.example/logo.svg"),
        ("contact-url", "https://bureau.example/contact?bron=spoorwijzer"),
        ("contact-label", "Bel ons"),
    ]);
    assert_eq!(ignored, Vec::<String>::new());
    assert_eq!(o.role, Some(RoleAnswer::Werkgever));
    assert!(o.hide_header);
    assert_eq!(o.language, Some(Language::En));
    assert_eq!(o.name.as_deref(), Some("Bureau De Brug"));
    assert_eq!(o.logo.as_deref(), Some("https://bureau.example/logo.svg"));
    let c = o.contact.unwrap();
    assert_eq!((c.url.as_str(), c.kind, c.label.as_deref()), ("https://bureau.example/contact?bron=spoorwijzer", ContactKind::Web, Some("Bel ons")));
}

#[test]
fn mail_and_phone_contacts() {
    let (o, _) = opts(&[("contact-url", "mailto:info@bureau-x.nl")]);
    assert_eq!(o.contact.unwrap().kind, ContactKind::Mail);
    let (o, _) = opts(&[("contact-url", "tel:+31-20-1234567")]);
    assert_eq!(o.contact.unwrap().kind, ContactKind::Phone);
}

#[test]
fn hostile_values_are_ignored_with_a_reason() {
    let long = "a".repeat(61);
    let long_url = format!("https://bureau.example/{}", "x".repeat(300));
    let cases: &[(&str, &str)] = &[
        ("contact-url", "javascript:alert(1)"),
        ("contact-url", "JAVASCRIPT:alert(1)"),
        ("contact-url", "data:text/html,<script>alert(1)</script>"),
        ("contact-url", "http://bureau.example/"),
        ("contact-url", "https://bureau.example/\"><script>alert(1)</script>"),
        ("contact-url", "https://user@evil.example/"),
        ("contact-url", "mailto:a@b"),
        ("contact-url", "mailto:x@evil.example?bcc=everyone@example.org"),
        ("contact-url", "tel:12"),
        ("contact-url", "tel:0900;call"),
        ("contact-url", &long_url),
        ("logo", "http://bureau.example/logo.png"),
        ("logo", "//bureau.example/logo.png"),
        ("logo", "https://bureau.example/logo.png' onerror='alert(1)"),
        ("naam", "\"><script>alert(1)</script>"),
        ("naam", "<b>Bureau</b>"),
        ("naam", &long),
        ("naam", ""),
        ("rol", "admin"),
        ("kop", "misschien"),
        ("taal", "de"),
        ("onzin", "1"),
    ];
    for &(key, value) in cases {
        let (o, ignored) = opts(&[(key, value)]);
        assert_eq!(o, Options::default(), "{key}={value} was used");
        assert_eq!(ignored.len(), 1, "{key}={value}: {ignored:?}");
    }
}

#[test]
fn a_label_without_a_contact_is_reported_and_the_first_value_counts() {
    let (o, ignored) = opts(&[("contact-label", "Bel ons")]);
    assert_eq!(o.contact, None);
    assert_eq!(ignored, ["contact-label: alleen samen met contact-url"]);
    let (o, _) = opts(&[("rol", "werknemer"), ("rol", "werkgever")]);
    assert_eq!(o.role, Some(RoleAnswer::Werknemer));
}

#[test]
fn theme_options_and_the_step_are_left_to_their_owners() {
    let (o, ignored) = opts(&[("kleur", "not a colour"), ("lettertype", "x"), ("hoeken", "4"), ("herkomst", "https://a.example"), ("stap", "rol")]);
    assert_eq!((o, ignored), (Options::default(), vec![]));
}

proptest! {
    #![proptest_config(common::proptest_config(20_000))]

    /// Whatever a host writes: no panic, and what is used is within its format.
    #[test]
    fn any_value_is_used_only_within_its_format(key in prop::sample::select(vec!["rol", "kop", "taal", "naam", "logo", "contact-url", "contact-label", "x"]),
                                                value in "\\PC{0,80}|(https://|mailto:|tel:|javascript:)\\PC{0,40}") {
        let (o, ignored) = parse([(key, value.as_str()), ("contact-url", "https://a.example/")]);
        prop_assert!(ignored.len() <= 2);
        for shown in o.name.iter().chain(o.contact.as_ref().and_then(|c| c.label.as_ref())) {
            prop_assert!(shown.chars().count() <= 60 && !shown.contains(['<', '>', '"', '`', '\\']));
        }
        for url in o.logo.iter() {
            prop_assert!(url.starts_with("https://") && url.len() <= 300 && !url.contains(['"', '\'', '<', '>', ' ']));
        }
        if let Some(c) = &o.contact {
            prop_assert!(["https://", "mailto:", "tel:"].iter().any(|p| c.url.starts_with(p)));
            prop_assert!(!c.url.contains(['"', '\'', '<', '>', ' ', '\\']));
        }
    }
}

#[test]
fn lang_is_the_language_too_and_only_nl_or_en() {
    assert_eq!(opts(&[("lang", "en")]).0.language, Some(Language::En));
    assert_eq!(opts(&[("lang", "nl")]).0.language, Some(Language::Nl));
    let (o, ignored) = opts(&[("lang", "de")]);
    assert_eq!(o.language, None);
    assert_eq!(ignored.len(), 1);
}
