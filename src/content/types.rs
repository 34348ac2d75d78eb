//! The shapes of the texts, shared by every language: a language module (`nl`, `en`) fills
//! them, the UI reads them. Keeping them here means two languages cannot disagree on a field.

use crate::rules::StepId;

// ---- result

/// Texts of one step on the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepText {
    /// Short name, e.g. "Probleemanalyse".
    pub title: &'static str,
    /// What happens or what to do, phrased for the role.
    pub what: &'static str,
    /// What happens when it is missed; empty only for events where nothing can be missed.
    pub missed: &'static str,
}

/// A title with a body (notices, the vangnet explanation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub title: &'static str,
    pub body: &'static str,
}

/// A right or obligation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DutyText {
    pub title: &'static str,
    pub body: &'static str,
    /// What happens when an obligation is not met, or how to use a right.
    pub consequence: &'static str,
}

/// A place to go for help.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub label: &'static str,
    pub href: &'static str,
    /// One line: what they can help with.
    pub text: &'static str,
}

/// Why a situation is outside this guide, and where to go instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotCovered {
    pub title: &'static str,
    pub why: &'static str,
    pub where_to_go: &'static [Link],
}

/// A block of explanation: a title, paragraphs, then a bullet list (either may be empty).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
    pub bullets: &'static [&'static str],
}

/// One document of the re-integration file (checklist).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document {
    /// The step whose "done" status marks this document as present.
    pub step: Option<StepId>,
    pub title: &'static str,
    pub what: &'static str,
}

// ---- card

/// The texts of one card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Card {
    pub title: &'static str,
    pub intro: &'static str,
    pub ask: &'static [&'static str],
    pub bring: &'static [&'static str],
    pub note: &'static [&'static str],
}

// ---- questions

/// Who is reading: the werknemer, or the werkgever (an adviser reads the werkgever texts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Werknemer,
    Werkgever,
}

pub struct QuestionText {
    pub title: String,
    pub hint: String,
}

// ---- privacy

/// A notice at the top of the page after something happened to the stored answers.
pub struct Notice {
    pub title: &'static str,
    pub body: String,
}

pub struct Part {
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
}

// ---- glossary

/// One glossary entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Stable id (snake_case, ASCII).
    pub id: &'static str,
    /// The term as shown.
    pub term: &'static str,
    pub explanation: &'static str,
}

