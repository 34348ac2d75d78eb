//! The page around the app, in the served HTML (`src/static_page.rs` writes it at build time):
//! what a browser, a search engine and someone without JavaScript see before the app runs.

/// `<title>` of the served page (the app sets its own per page).
pub const PAGE_TITLE: &str = "Spoorwijzer – uw weg bij ziekte en re-integratie";
/// `<meta name="description">`, what search engines show.
pub const DESCRIPTION: &str = "Spoorwijzer helpt werknemers en werkgevers bij ziekte en re-integratie: welk spoor geldt, welke stappen wanneer moeten en wat uw rechten en plichten zijn. Uw antwoorden blijven op uw apparaat.";
/// Shown while the app loads on a page other than the start page (a reload mid-journey).
pub const LOADING: &str = "Spoorwijzer wordt geladen…";
pub const NOSCRIPT_TITLE: &str = "JavaScript staat uit";
/// Without JavaScript: what is needed, the privacy promise, and where else to go (the link text
/// comes between the two parts).
pub const NOSCRIPT_BEFORE: &str = "Spoorwijzer werkt alleen als JavaScript aan staat in uw browser. Er wordt niets naar ons of anderen verstuurd: alles blijft op uw apparaat. Zet JavaScript aan en laad de pagina opnieuw. Liever geen JavaScript? Kijk dan op ";
pub const NOSCRIPT_LINK: &str = "uwv.nl";
pub const NOSCRIPT_HREF: &str = "https://www.uwv.nl/particulieren/ziek";
pub const NOSCRIPT_AFTER: &str = " of bel het Juridisch Loket: 0900 8020.";
/// The panel when the app cannot start or breaks (shown by the boot script or the panic hook).
pub const FAILED_TITLE: &str = "Er ging iets mis";
pub const FAILED_TEXT: [&str; 2] = [
    "Spoorwijzer kan niet goed starten of werken in deze browser. Uw antwoorden zijn niet verstuurd: alles blijft op uw apparaat.",
    "Laad de pagina opnieuw. Lukt het dan nog niet? Probeer een andere of nieuwere browser.",
];
/// The installed app (web app manifest).
pub const APP_NAME: &str = "Spoorwijzer – ziekte en re-integratie";
pub const APP_SHORT_NAME: &str = "Spoorwijzer";
