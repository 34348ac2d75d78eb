//! The options a host page gives an embedded Spoorwijzer (`public/embed.js` passes them as query
//! parameters to the frame; a plain `<iframe>` writes them into its `src`). They are not personal
//! data, but they come from someone else's page, so every one has a strict format and a length
//! limit: a value that does not fit is ignored (and reported, for the host's console), never
//! half-used. Pure and tested natively (`tests/embed.rs`).
//!
//! This module owns what the page *says* (preset role, header, language, the bureau's name, logo
//! and contact button). What the page *looks like* (colour, font, corner radius) and the frame's
//! height are applied before the app starts by `public/frame.js`, which validates those itself.

use crate::wizard::RoleAnswer;

/// Options that change what the page says and links to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Pre-selected on the first question (the user can still change it).
    pub role: Option<RoleAnswer>,
    /// `kop=nee`: the host shows its own header.
    pub hide_header: bool,
    /// `taal=en` / `taal=nl`.
    pub language: Option<Language>,
    pub name: Option<String>,
    /// An `https:` URL of the bureau's logo (shown with `alt` = its name).
    pub logo: Option<String>,
    pub contact: Option<Contact>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Nl,
    En,
}

/// The bureau's contact button: a link, never a form; it sends no answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub url: String,
    pub kind: ContactKind,
    /// The button's text; `None`: the default ("Neem contact op").
    pub label: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactKind {
    Web,
    Mail,
    Phone,
}

/// An option that was given but not used, and why (in Dutch, for the host's console).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The option's name, cut to 40 characters.
    pub option: String,
    pub reason: &'static str,
}

pub const MAX_NAME: usize = 60;
pub const MAX_LABEL: usize = 40;
pub const MAX_URL: usize = 300;

/// Options applied by `public/frame.js`, and the step: known here, used elsewhere.
const ELSEWHERE: &[&str] = &["kleur", "lettertype", "hoeken", "herkomst", "stap"];

/// Read the options from decoded query pairs. The first occurrence of an option counts.
pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Options, Vec<Ignored>) {
    let mut o = Options::default();
    let mut ignored = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut label = None;
    let mut contact = None;
    for (key, value) in pairs {
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let value = value.trim();
        let result = match key {
            "rol" => role(value).map(|r| o.role = Some(r)),
            "kop" => match value {
                "nee" | "ja" => {
                    o.hide_header = value == "nee";
                    Ok(())
                }
                _ => Err("gebruik ja of nee"),
            },
            "taal" | "lang" => language(value).map(|l| o.language = Some(l)),
            "naam" => text(value, MAX_NAME).map(|v| o.name = Some(v)),
            "logo" => https_url(value).map(|v| o.logo = Some(v)),
            "contact-url" => contact_url(value).map(|c| contact = Some(c)),
            "contact-label" => text(value, MAX_LABEL).map(|v| label = Some(v)),
            k if ELSEWHERE.contains(&k) => Ok(()),
            _ => Err("onbekende optie"),
        };
        if let Err(reason) = result {
            ignored.push(Ignored { option: key.chars().take(40).collect(), reason });
        }
    }
    match contact {
        Some((url, kind)) => o.contact = Some(Contact { url, kind, label }),
        None if label.is_some() => ignored.push(Ignored { option: "contact-label".into(), reason: "alleen samen met contact-url" }),
        None => {}
    }
    (o, ignored)
}

fn language(v: &str) -> Result<Language, &'static str> {
    match v {
        "nl" => Ok(Language::Nl),
        "en" => Ok(Language::En),
        _ => Err("gebruik nl of en"),
    }
}

fn role(v: &str) -> Result<RoleAnswer, &'static str> {
    match v {
        "werknemer" => Ok(RoleAnswer::Werknemer),
        "werkgever" => Ok(RoleAnswer::Werkgever),
        "adviseur" => Ok(RoleAnswer::Adviseur),
        _ => Err("gebruik werknemer, werkgever of adviseur"),
    }
}

/// A short text shown as text (a name, a button label): letters, digits, spaces and everyday
/// punctuation only, so it can never read as markup or a URL scheme trick.
fn text(v: &str, max: usize) -> Result<String, &'static str> {
    let n = v.chars().count();
    if n == 0 || n > max {
        return Err(if n == 0 { "leeg" } else { "te lang" });
    }
    let ok = |c: char| c.is_alphanumeric() || " &'’.,-()/+!?:".contains(c);
    if !v.chars().all(ok) {
        return Err("bevat tekens die niet mogen");
    }
    // One space between words: no runs of whitespace to push text around.
    Ok(v.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "))
}

/// Characters allowed in a URL as given (already percent-decoded once by the query parser:
/// a URL that needs more than these is refused rather than repaired).
fn url_chars(v: &str) -> bool {
    v.chars().all(|c| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&()*+,;=%".contains(c))
}

/// `https://host[:port]/…` with a plausible host name.
fn https_url(v: &str) -> Result<String, &'static str> {
    if v.len() > MAX_URL {
        return Err("te lang");
    }
    let rest = v.strip_prefix("https://").ok_or("alleen https:-adressen")?;
    if !url_chars(v) {
        return Err("bevat tekens die niet mogen");
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let (name, port) = host.split_once(':').unwrap_or((host, ""));
    let label_ok = |l: &str| !l.is_empty() && l.len() <= 63 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let port_ok = port.is_empty() || (port.len() <= 5 && port.chars().all(|c| c.is_ascii_digit()));
    if name.contains('.') && name.split('.').all(label_ok) && port_ok && !host.contains('@') {
        Ok(v.to_string())
    } else {
        Err("geen geldig webadres")
    }
}

fn contact_url(v: &str) -> Result<(String, ContactKind), &'static str> {
    if v.len() > MAX_URL {
        return Err("te lang");
    }
    if let Some(addr) = v.strip_prefix("mailto:") {
        let (local, domain) = addr.split_once('@').ok_or("geen geldig e-mailadres")?;
        let local_ok = !local.is_empty() && local.len() <= 64 && local.chars().all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c));
        let domain_ok = domain.contains('.')
            && domain.split('.').all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
        return if local_ok && domain_ok { Ok((v.to_string(), ContactKind::Mail)) } else { Err("geen geldig e-mailadres") };
    }
    if let Some(number) = v.strip_prefix("tel:") {
        let digits = number.chars().filter(char::is_ascii_digit).count();
        let ok = (3..=15).contains(&digits)
            && number.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || c == '-' || (c == '+' && i == 0));
        return if ok { Ok((v.to_string(), ContactKind::Phone)) } else { Err("geen geldig telefoonnummer") };
    }
    https_url(v).map(|u| (u, ContactKind::Web)).map_err(|e| if e == "alleen https:-adressen" { "alleen https:, mailto: of tel:" } else { e })
}
