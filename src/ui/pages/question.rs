//! A question page (GOV.UK pattern), drawn from its layout (`wizard::form`): the question is the
//! page heading, then a hint, the options with the fields they reveal, further parts with their
//! own legends, and "Doorgaan". Errors show on submit only, in a summary that takes focus and
//! links to each field.
use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::content::questions::{self, View};
use crate::content::ui_text as t;
use crate::wizard::form::{self, DateParts, FieldRef, Kind, Opt, Part, PartSpec, Slot};
use crate::wizard::input::{self, Form, FormError};
use crate::wizard::{Page, QuestionId, RoleAnswer, asked_steps, journey};

use super::super::app::Ctx;
use super::super::nav;
use super::super::widgets::{DateInput, ErrorSummary, ShownError, Terms};

/// The page's inputs while the user fills them in.
#[derive(Clone, Copy)]
struct Fields {
    choices: RwSignal<BTreeMap<Part, String>>,
    checks: RwSignal<std::collections::BTreeSet<String>>,
    dates: StoredValue<BTreeMap<FieldRef, RwSignal<DateParts>>>,
    numbers: StoredValue<BTreeMap<FieldRef, RwSignal<String>>>,
    errors: RwSignal<Vec<(FieldRef, FormError)>>,
}

impl Fields {
    fn new(start: Form, parts: &[PartSpec]) -> Self {
        let mut dates = BTreeMap::new();
        let mut numbers = BTreeMap::new();
        for p in parts {
            let mut slots: Vec<Slot> = p.options.iter().flat_map(|o| o.reveals.iter().copied()).collect();
            if p.kind == Kind::Date {
                slots.push(Slot::Date1);
            }
            for slot in slots {
                let at = FieldRef::new(p.part, slot);
                if slot == Slot::Number {
                    numbers.insert(at, RwSignal::new(start.numbers.get(&at).cloned().unwrap_or_default()));
                } else {
                    dates.insert(at, RwSignal::new(start.dates.get(&at).cloned().unwrap_or_default()));
                }
            }
        }
        Self {
            choices: RwSignal::new(start.choices),
            checks: RwSignal::new(start.checks),
            dates: StoredValue::new(dates),
            numbers: StoredValue::new(numbers),
            errors: RwSignal::new(Vec::new()),
        }
    }

    fn form(&self) -> Form {
        // Maps filled by inserting: collecting into a BTreeMap sorts with std's sort, kilobytes
        // of wasm per map type.
        fn values<V: Clone>(m: &BTreeMap<FieldRef, RwSignal<V>>) -> BTreeMap<FieldRef, V>
        where
            RwSignal<V>: GetUntracked<Value = V>,
        {
            let mut out = BTreeMap::new();
            for (k, v) in m {
                out.insert(*k, v.get_untracked());
            }
            out
        }
        Form {
            choices: self.choices.get_untracked(),
            checks: self.checks.get_untracked(),
            dates: self.dates.with_value(values),
            numbers: self.numbers.with_value(values),
        }
    }

    fn error(&self, q: QuestionId, at: FieldRef) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || {
            errors.with(|es| es.iter().find(|(f, _)| *f == at).map(|(f, e)| questions::form_error(*e, q, *f)))
        })
    }
}

#[component]
pub fn QuestionPage(q: QuestionId) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let view_as = ctx.view();
    let answers = ctx.answers.get_untracked();
    let employer = answers.role != Some(RoleAnswer::Werknemer);
    let steps = asked_steps(&answers, ctx.today);
    let parts = form::layout(q, &steps, employer);
    let reference = match q {
        QuestionId::EerderZiek(n) => input::earlier_reference(&answers, n),
        QuestionId::Bijzonder => answers.first_sick_day,
        _ => None,
    };
    let text = questions::question(q, view_as, reference);
    let mut form = input::form_from(q, &answers, ctx.today);
    // A host page that is for employers (or employees) pre-selects the role; it stays a choice.
    let preset = use_context::<crate::ui::embed::Embedding>().and_then(|e| e.options.role);
    if let (QuestionId::Rol, None, Some(r)) = (q, answers.role, preset) {
        form.set_choice(form::Part::Main, input::role_choice(r));
    }
    let fields = Fields::new(form, &parts);
    let title = text.title.clone();
    nav::set_title(&title, false);

    let shown = move || {
        fields
            .errors
            .get()
            .into_iter()
            .map(|(f, e)| ShownError { target: form::field_id(q, f), message: questions::form_error(e, q, f) })
            .collect::<Vec<_>>()
    };
    let submit_title = title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let current = ctx.answers.get_untracked();
        match input::apply(q, &fields.form(), &current, ctx.today) {
            Ok(updated) => ctx.submit(updated, Page::Question(q)),
            Err(es) => {
                fields.errors.set(es);
                nav::set_title(&submit_title, true);
                nav::focus_later(&["#rw-error-summary"]);
            }
        }
    };
    let on_back = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let back = ctx.answers.with_untracked(|a| journey::prev_page(Page::Question(q), a, ctx.today));
        ctx.back_to(back);
    };
    let section = q.section();
    let caption = format!("{}{}{}{}", t::STEP_OF.0, section.number(), t::STEP_OF.1, t::SECTION[usize::from(section.number()) - 1]);
    let mut words = vec![text.title.clone(), text.hint.clone()];
    for p in &parts {
        let pt = questions::part_text(p.part, view_as);
        words.extend([pt.title, pt.hint]);
        for o in p.options {
            let (label, hint) = questions::option(q, o.id, view_as, reference);
            words.extend([label, hint.unwrap_or_default()]);
        }
    }
    // The page's own question is its heading; the step page has no main part, so its heading
    // stands above the parts.
    let own_heading = parts.first().is_none_or(|p| p.part != Part::Main);
    let body = parts
        .into_iter()
        .map(|p| part_view(q, p, &text, view_as, reference, fields))
        .collect_view();
    view! {
        <a href="#" class="rw-back-link" on:click=on_back>{t::BACK}</a>
        {move || { let es = shown(); (!es.is_empty()).then(|| view! { <ErrorSummary errors=es/> }) }}
        <form class="rw-text" novalidate on:submit=on_submit>
            <span class="rw-caption">{caption}</span>
            {own_heading.then(|| view! {
                <h1 class="rw-heading-l" tabindex="-1">{title.clone()}</h1>
                {(!text.hint.is_empty()).then(|| view! { <p class="rw-hint">{text.hint.clone()}</p> })}
            })}
            {body}
            <Terms texts=words/>
            <button type="submit" class="rw-button">{t::CONTINUE}</button>
        </form>
    }
}

/// One part: its legend (the page heading for the main part), hint, error and inputs.
fn part_view(
    q: QuestionId,
    p: PartSpec,
    page: &questions::QuestionText,
    v: View,
    reference: Option<chrono::NaiveDate>,
    fields: Fields,
) -> AnyView {
    let base = form::part_id(q, p.part);
    let main = p.part == Part::Main;
    let own = questions::part_text(p.part, v);
    let (legend, hint) = if main { (page.title.clone(), page.hint.clone()) } else { (own.title, own.hint) };
    if p.kind == Kind::Date {
        let at = FieldRef::new(p.part, Slot::Date1);
        let value = fields.dates.with_value(|m| m.get(&at).copied()).unwrap_or_else(|| RwSignal::new(DateParts::default()));
        return view! {
            <DateInput base=form::date_base(q, p.part, Slot::Date1) legend=legend hint=(!hint.is_empty()).then_some(hint) value=value
                error=fields.error(q, at) heading=main/>
        }
        .into_any();
    }
    let at = FieldRef::new(p.part, Slot::Choice);
    let error = fields.error(q, at);
    let hint_id = format!("{base}-hint");
    let err_id = format!("{base}-fout");
    let has_hint = !hint.is_empty();
    let describedby = {
        let (hint_id, err_id) = (hint_id.clone(), err_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint { ids.push(hint_id.clone()); }
            if error.get().is_some() { ids.push(err_id.clone()); }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let group_class = move || if error.get().is_some() { "rw-form-group rw-form-group--error" } else { "rw-form-group" };
    let checkboxes = p.kind == Kind::Checkboxes;
    let mut seen_alone = false;
    let items = p
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| {
            // GOV.UK puts "of" above the first option that stands alone ("Geen van deze").
            let divider = checkboxes && o.exclusive && !std::mem::replace(&mut seen_alone, true);
            view! {
                {divider.then(|| view! { <div class="rw-radios__divider">{t::OR}</div> })}
                {option_view(q, p.part, i, *o, checkboxes, v, reference, fields, &base)}
            }
        })
        .collect_view();
    let legend_view = if main {
        view! { <legend class="rw-legend rw-legend--l"><h1 class="rw-heading-l" tabindex="-1">{legend}</h1></legend> }.into_any()
    } else {
        view! { <legend class="rw-legend rw-legend--m"><h2 class="rw-heading-s">{legend}</h2></legend> }.into_any()
    };
    let list_class = if checkboxes { "rw-checkboxes" } else { "rw-radios" };
    view! {
        <div class=group_class>
            <fieldset class="rw-fieldset" aria-describedby=describedby>
                {legend_view}
                {has_hint.then(|| view! { <div class="rw-hint" id=hint_id.clone()>{hint.clone()}</div> })}
                {move || error.get().map(|e| view! {
                    <p class="rw-error-message" id=err_id.clone()><span class="rw-visually-hidden">{t::ERROR_HIDDEN}</span>{e}</p>
                })}
                <div class=list_class>{items}</div>
            </fieldset>
        </div>
    }
    .into_any()
}

#[allow(clippy::too_many_arguments)]
fn option_view(
    q: QuestionId,
    part: Part,
    i: usize,
    o: Opt,
    checkbox: bool,
    v: View,
    reference: Option<chrono::NaiveDate>,
    fields: Fields,
    base: &str,
) -> impl IntoView {
    let id = o.id;
    // The first input has the part's id, the target of the error summary's link.
    let input_id = if i == 0 { base.to_string() } else { format!("{base}-{i}") };
    let (label, option_hint) = questions::option(q, id, v, reference);
    let option_hint_id = format!("{input_id}-hint");
    let checked = move || {
        if checkbox { fields.checks.with(|c| c.contains(id)) } else { fields.choices.with(|c| c.get(&part).map(String::as_str) == Some(id)) }
    };
    let on_change = move |ev: leptos::ev::Event| {
        if checkbox {
            let on = event_target_checked(&ev);
            fields.checks.update(|c| {
                if on {
                    // An option that stands alone clears the others, and the other way round.
                    if o.exclusive {
                        c.clear();
                    } else {
                        let alone: Vec<&str> = form::special_options(true).iter().filter(|x| x.exclusive).map(|x| x.id).collect();
                        c.retain(|x| !alone.contains(&x.as_str()));
                    }
                    c.insert(id.to_string());
                } else {
                    c.remove(id);
                }
            });
        } else {
            fields.choices.update(|c| {
                c.insert(part, id.to_string());
            });
        }
    };
    let reveal = (!o.reveals.is_empty()).then(|| {
        let inputs = move || o
            .reveals
            .iter()
            .map(|&slot| {
                let at = FieldRef::new(part, slot);
                let label = if q == QuestionId::Situatie && slot == Slot::Date1 {
                    questions::situation_date_label(id)
                } else {
                    questions::field_label(q, at)
                };
                if slot == Slot::Number {
                    let value = fields.numbers.with_value(|m| m.get(&at).copied()).unwrap_or_else(|| RwSignal::new(String::new()));
                    number_view(form::field_id(q, at), label, value, fields.error(q, at)).into_any()
                } else {
                    let value = fields.dates.with_value(|m| m.get(&at).copied()).unwrap_or_else(|| RwSignal::new(DateParts::default()));
                    view! {
                        <DateInput base=form::date_base(q, part, slot) legend=label.to_string() value=value error=fields.error(q, at)/>
                    }
                    .into_any()
                }
            })
            .collect_view();
        let details_id = format!("{base}-{id}-details");
        view! {
            <Show when=checked>
                <div class="rw-radios__conditional" id=details_id.clone()>{inputs()}</div>
            </Show>
        }
    });
    let (item, input, label_class, hint_class) = if checkbox {
        ("rw-checkboxes__item", "rw-checkboxes__input", "rw-checkboxes__label", "rw-checkboxes__hint")
    } else {
        ("rw-radios__item", "rw-radios__input", "rw-radios__label", "rw-radios__hint")
    };
    let name = base.to_string();
    view! {
        <div class=item>
            <input class=input id=input_id.clone() name=name type=if checkbox { "checkbox" } else { "radio" } value=id
                prop:checked=checked
                aria-describedby=option_hint.as_ref().map(|_| option_hint_id.clone())
                on:change=on_change/>
            <label class=label_class for=input_id>{label}</label>
            {option_hint.map(|h| view! { <div class=hint_class id=option_hint_id>{h}</div> })}
        </div>
        {reveal}
    }
}

/// A whole number (a percentage) with its label and error.
fn number_view(id: String, label: &'static str, value: RwSignal<String>, error: Signal<Option<String>>) -> impl IntoView {
    let err_id = format!("{id}-fout");
    let err_id2 = err_id.clone();
    let class = move || if error.get().is_some() { "rw-input rw-input--w4 rw-input--error" } else { "rw-input rw-input--w4" };
    let group = move || if error.get().is_some() { "rw-form-group rw-form-group--error" } else { "rw-form-group" };
    view! {
        <div class=group>
            <label class="rw-label rw-label--bold" for=id.clone()>{label}</label>
            {move || error.get().map(|e| view! {
                <p class="rw-error-message" id=err_id.clone()><span class="rw-visually-hidden">{t::ERROR_HIDDEN}</span>{e}</p>
            })}
            <input class=class id=id.clone() name=id type="text" inputmode="numeric" prop:value=move || value.get()
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=move || error.get().is_some().then(|| err_id2.clone())
                on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}
