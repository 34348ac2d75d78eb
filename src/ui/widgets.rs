//! Form widgets after GOV.UK Frontend: error summary, radios with conditional reveal, and the
//! three-field date input. They render; they do not decide anything.
use leptos::prelude::*;

use crate::content::ui_text as t;
use crate::wizard::input::DateParts;

use super::nav;

/// One error: the id of the field it links to and the message.
#[derive(Clone, PartialEq)]
pub struct ShownError {
    pub target: String,
    pub message: String,
}

/// The summary at the top of a page with errors. It takes focus (see the question page) and each
/// link moves focus to its field.
#[component]
pub fn ErrorSummary(errors: Vec<ShownError>) -> impl IntoView {
    view! {
        <div class="rw-error-summary" role="alert" tabindex="-1" aria-labelledby="rw-error-summary-title" id="rw-error-summary">
            <h2 class="rw-error-summary__title" id="rw-error-summary-title">{t::ERROR_SUMMARY}</h2>
            <ul class="rw-error-summary__list">
                {errors.into_iter().map(|e| {
                    let target = e.target.clone();
                    let href = format!("#{}", e.target);
                    view! {
                        <li><a href=href on:click=move |ev: leptos::ev::MouseEvent| {
                            ev.prevent_default();
                            nav::focus_field(&target);
                        }>{e.message}</a></li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

/// Three text fields (dag, maand, jaar) in a fieldset. `base` makes the ids: `{base}-dag` etc.
#[component]
pub fn DateInput(
    base: String,
    legend: String,
    #[prop(default = None)] hint: Option<String>,
    value: RwSignal<DateParts>,
    error: Signal<Option<String>>,
    #[prop(optional)] heading: bool,
) -> impl IntoView {
    let hint_id = format!("{base}-hint");
    let err_id = format!("{base}-fout");
    let has_hint = hint.is_some();
    let describedby = {
        let (hint_id, err_id) = (hint_id.clone(), err_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint { ids.push(hint_id.clone()); }
            if error.get().is_some() { ids.push(err_id.clone()); }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let field = move |part: &'static str, label: &'static str, width: &'static str, autocomplete: Option<&'static str>| {
        let id = format!("{base}-{part}");
        let class = move || {
            let mut c = format!("rw-input {width}");
            if error.get().is_some() { c.push_str(" rw-input--error"); }
            c
        };
        let get = move || value.with(|v| match part { "dag" => v.dag.clone(), "maand" => v.maand.clone(), _ => v.jaar.clone() });
        view! {
            <div class="rw-date-input__item">
                <label class="rw-label" for=id.clone()>{label}</label>
                <input class=class id=id.clone() name=id type="text" inputmode="numeric" autocomplete=autocomplete
                    prop:value=get
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        value.update(|d| match part { "dag" => d.dag = v, "maand" => d.maand = v, _ => d.jaar = v });
                    }/>
            </div>
        }
    };
    let group_class = move || if error.get().is_some() { "rw-form-group rw-form-group--error" } else { "rw-form-group" };
    view! {
        <div class=group_class>
            <fieldset class="rw-fieldset" role="group" aria-describedby=describedby>
                {if heading {
                    view! { <legend class="rw-legend rw-legend--l"><h1 class="rw-heading-l" tabindex="-1">{legend}</h1></legend> }.into_any()
                } else {
                    view! { <legend class="rw-legend rw-label--bold">{legend}</legend> }.into_any()
                }}
                {hint.map(|h| view! { <div class="rw-hint" id=hint_id.clone()>{h}</div> })}
                {move || error.get().map(|e| view! {
                    <p class="rw-error-message" id=err_id.clone()><span class="rw-visually-hidden">{t::ERROR_HIDDEN}</span>{e}</p>
                })}
                <div class="rw-date-input">
                    {field("dag", t::DAY, "rw-input--w2", None)}
                    {field("maand", t::MONTH, "rw-input--w2", None)}
                    {field("jaar", t::YEAR, "rw-input--w4", None)}
                </div>
            </fieldset>
        </div>
    }
}

/// Explains the glossary words that occur in `texts`, right where they are used.
#[component]
pub fn Terms(texts: Vec<String>) -> impl IntoView {
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let terms = crate::content::glossary::terms_in(&refs);
    (!terms.is_empty()).then(|| view! {
        <details class="rw-details rw-terms">
            <summary class="rw-details__summary">{t::TERMS_SUMMARY}</summary>
            <div class="rw-details__text">
                <dl class="rw-terms__list">
                    {terms.into_iter().map(|term| view! {
                        <dt class="rw-term">{term.term}</dt>
                        <dd class="rw-terms__explanation">{term.explanation}</dd>
                    }).collect_view()}
                </dl>
            </div>
        </details>
    })
}

/// Parts of a long page drawn after its first paint, each in a task of its own, so that the
/// first screen is there at once and no single task keeps the browser from answering a tap for
/// long (measured on the result page: one task of 140 ms on a phone-speed CPU, Lighthouse's Total
/// Blocking Time). [`AfterPaint::done`] says when every part is there.
#[derive(Clone, Copy)]
pub struct AfterPaint {
    scheduled: RwSignal<u32>,
    drawn: RwSignal<u32>,
}

impl AfterPaint {
    pub fn new() -> Self {
        Self { scheduled: RwSignal::new(0), drawn: RwSignal::new(0) }
    }

    /// Draw `f` once the page is painted.
    pub fn part<V: IntoView + 'static>(self, f: impl FnOnce() -> V + Send + 'static) -> impl IntoView {
        self.scheduled.update_untracked(|n| *n += 1);
        let ready = RwSignal::new(false);
        let drawn = self.drawn;
        // (`try_`: the page may be gone by then, and its signals with it.)
        let show = move || {
            if ready.try_get_untracked() == Some(false) {
                ready.try_set(true);
                drawn.try_update(|n| *n += 1);
            }
        };
        request_animation_frame(move || set_timeout(show, std::time::Duration::ZERO));
        // A page that is not painted (a hidden tab, a frame out of view) gets its parts all the same.
        set_timeout(show, std::time::Duration::from_millis(300));
        let mut f = Some(f);
        // Untracked: the part is drawn once, whatever signals it reads.
        move || if ready.get() { f.take().map(untrack) } else { None }
    }

    /// Every part is drawn (reactive).
    pub fn done(self) -> bool {
        self.drawn.get() == self.scheduled.get_untracked()
    }
}
