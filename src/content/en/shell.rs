//! The page around the app, in the served HTML (`src/static_page.rs` writes it at build time):
//! what a browser, a search engine and someone without JavaScript see before the app runs.

/// `<title>` of the served page (the app sets its own per page).
pub const PAGE_TITLE: &str = "Spoorwijzer – your way through sickness and re-integration";
/// `<meta name="description">`, what search engines show.
pub const DESCRIPTION: &str = "Spoorwijzer helps employees and employers with sickness and re-integration in the Netherlands: which track (spoor) applies, which steps are due when, and what your rights and obligations are. Your answers stay on your device.";
/// Shown while the app loads on a page other than the start page (a reload mid-journey).
pub const LOADING: &str = "Spoorwijzer is loading…";
pub const NOSCRIPT_TITLE: &str = "JavaScript is switched off";
/// Without JavaScript: what is needed, the privacy promise, and where else to go (the link text
/// comes between the two parts).
pub const NOSCRIPT_BEFORE: &str = "Spoorwijzer only works when JavaScript is switched on in your browser. Nothing is sent to us or anyone else: everything stays on your device. Switch JavaScript on and reload the page. Rather not use JavaScript? Look at ";
pub const NOSCRIPT_LINK: &str = "uwv.nl";
pub const NOSCRIPT_HREF: &str = "https://www.uwv.nl/en/";
pub const NOSCRIPT_AFTER: &str = " or call the Juridisch Loket (free legal advice): 0900 8020.";
/// The panel when the app cannot start or breaks (shown by the boot script or the panic hook).
pub const FAILED_TITLE: &str = "Something went wrong";
pub const FAILED_TEXT: [&str; 2] = [
    "Spoorwijzer cannot start or work properly in this browser. Your answers have not been sent: everything stays on your device.",
    "Reload the page. Still not working? Try another or newer browser.",
];
/// The installed app (web app manifest).
pub const APP_NAME: &str = "Spoorwijzer – sickness and re-integration";
pub const APP_SHORT_NAME: &str = "Spoorwijzer";
