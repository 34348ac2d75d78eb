//! Texts for Spoorwijzer inside a host page's frame: the line that says whose tool this is and
//! that the answers stay on the device, the bureau's contact button, and saving in a frame.

/// The line at the top of the page in a frame.
pub const LINE: &str = "Spoorwijzer: uw antwoorden blijven op uw apparaat.";
/// After the line when the host gave its name.
pub fn line_host(name: &str) -> String {
    format!("{name} ziet ze niet, ook niet als u contact opneemt.")
}
pub const LINE_LINK: &str = "Zo werkt uw privacy";

pub const CONTACT_TITLE: &str = "Wilt u hulp?";
pub fn contact_intro(name: Option<&str>) -> String {
    match name {
        Some(n) => format!("{n} kan met u meekijken. Uw antwoorden gaan niet mee: vertel zelf wat u wilt delen."),
        None => "Het bureau op deze website kan met u meekijken. Uw antwoorden gaan niet mee: vertel zelf wat u wilt delen.".into(),
    }
}
pub const CONTACT_DEFAULT: &str = "Neem contact op";
/// Said to screen readers after the label: where the button goes.
pub const CONTACT_NEW_TAB: &str = "(opent in een nieuw tabblad)";

/// The logo's text alternative when only the logo is given.
pub const LOGO_ALT: &str = "Logo van het bureau";
/// The header's line under the name of the bureau.
pub const OFFERED_BY: &str = "Aangeboden door";

/// Saving when the browser does not allow storage in a frame (a third-party frame).
pub const REMEMBER_UNAVAILABLE: &str = "In dit venster op een andere website staat uw browser niet toe dat Spoorwijzer iets bewaart. Heeft u vragen beantwoord? Dan kunt u uw antwoorden wel downloaden en later weer openen.";
pub const UNAVAILABLE_TITLE: &str = "Bewaren kan hier niet";
pub const UNAVAILABLE: &str = "Spoorwijzer staat hier in een venster op een andere website, en uw browser staat bewaren daar niet toe. Spoorwijzer werkt gewoon. Wilt u later verder? Download dan uw antwoorden.";
