//! Texts for Spoorwijzer inside a host page's frame: the line that says whose tool this is and
//! that the answers stay on the device, the bureau's contact button, and saving in a frame.

/// The line at the top of the page in a frame.
pub const LINE: &str = "Spoorwijzer: your answers stay on your device.";
/// After the line when the host gave its name.
pub fn line_host(name: &str) -> String {
    format!("{name} does not see them, not even if you get in touch.")
}
pub const LINE_LINK: &str = "How your privacy works";

pub const CONTACT_TITLE: &str = "Would you like help?";
pub fn contact_intro(name: Option<&str>) -> String {
    match name {
        Some(n) => format!("{n} can look at it with you. Your answers are not passed on: tell them yourself what you want to share."),
        None => "The agency on this website can look at it with you. Your answers are not passed on: tell them yourself what you want to share.".into(),
    }
}
pub const CONTACT_DEFAULT: &str = "Get in touch";
/// Said to screen readers after the label: where the button goes.
pub const CONTACT_NEW_TAB: &str = "(opens in a new tab)";

/// The logo's text alternative when only the logo is given.
pub const LOGO_ALT: &str = "Logo of the agency";
/// The header's line under the name of the bureau.
pub const OFFERED_BY: &str = "Offered by";

/// Saving when the browser does not allow storage in a frame (a third-party frame).
pub const REMEMBER_UNAVAILABLE: &str = "In this window on another website, your browser does not allow Spoorwijzer to save anything. Have you answered questions? Then you can still download your answers and open them again later.";
pub const UNAVAILABLE_TITLE: &str = "Saving is not possible here";
pub const UNAVAILABLE: &str = "Spoorwijzer is shown here in a window on another website, and your browser does not allow saving there. Spoorwijzer still works as normal. Do you want to continue later? Then download your answers.";
