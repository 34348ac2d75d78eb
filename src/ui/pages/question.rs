//! One question per page (GOV.UK pattern): the question is the page heading, then a hint, the
//! options (with dates revealed under the option that needs them), and "Doorgaan". Errors show
//! on submit only, in a summary that takes focus and links to each field.
use leptos::prelude::*;

use crate::content::questions;
use crate::content::ui_text as t;
use crate::wizard::input::{self, Form, FormError, FormField};
use crate::wizard::{Page, QuestionId, journey};

use super::super::app::Ctx;
use super::super::nav;
use super::super::widgets::{DateInput, ErrorSummary, ShownError, Terms};

#[component]
pub fn QuestionPage(q: QuestionId) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let view_as = ctx.view();
    let answers = ctx.answers.get_untracked();
    let reference = match q {
        QuestionId::EerderZiek(n) => input::earlier_reference(&answers, n),
        _ => None,
    };
    let text = questions::question(q, view_as, reference);
    let start = input::form_from(q, &answers);
    let choice = RwSignal::new(start.choice.clone());
    let date1 = RwSignal::new(start.date1.clone());
    let date2 = RwSignal::new(start.date2.clone());
    let errors = RwSignal::new(Vec::<(FormField, FormError)>::new());
    let slug = q.slug();
    let (label1, label2) = questions::date_labels(q);
    let title = text.title.clone();
    nav::set_title(&title, false);

    let field_id = {
        let slug = slug.clone();
        move |f: FormField| match f {
            FormField::Choice => slug.clone(),
            FormField::Date1 => format!("{slug}-datum-dag"),
            FormField::Date2 => format!("{slug}-tot-dag"),
        }
    };
    let message = move |f: FormField, e: FormError| {
        let label = match f {
            FormField::Date2 => label2,
            _ => label1,
        };
        questions::form_error(e, label)
    };
    let error_for = move |f: FormField| {
        Signal::derive(move || errors.with(|es| es.iter().find(|(g, _)| *g == f).map(|(g, e)| message(*g, *e))))
    };
    let shown = {
        let field_id = field_id.clone();
        move || {
            errors
                .get()
                .into_iter()
                .map(|(f, e)| ShownError { target: field_id(f), message: message(f, e) })
                .collect::<Vec<_>>()
        }
    };

    let submit_title = title.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = Form { choice: choice.get_untracked(), date1: date1.get_untracked(), date2: date2.get_untracked() };
        let current = ctx.answers.get_untracked();
        match input::apply(q, &form, &current, ctx.today) {
            Ok(updated) => ctx.submit(updated, Page::Question(q)),
            Err(es) => {
                errors.set(es);
                nav::set_title(&submit_title, true);
                nav::focus_later(&["#rw-error-summary"]);
            }
        }
    };
    let on_back = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let back = ctx.answers.with_untracked(|a| journey::prev_page(Page::Question(q), a, ctx.today));
        ctx.go(back);
    };
    let section = q.section();
    let caption = format!("{}{}{}{}", t::STEP_OF.0, section.number(), t::STEP_OF.1, t::SECTION[usize::from(section.number()) - 1]);
    let hint_id = format!("{slug}-hint");
    let hint = (!text.hint.is_empty()).then(|| text.hint.clone());
    let mut words = vec![text.title.clone(), text.hint.clone()];
    words.extend(input::options(q).iter().flat_map(|(id, _)| {
        let (label, hint) = questions::option(q, id, view_as);
        [label, hint.unwrap_or_default()]
    }));

    let body = if q == QuestionId::EersteZiektedag {
        view! {
            <DateInput base=format!("{slug}-datum") legend=title.clone() hint=text.hint.clone() value=date1
                error=error_for(FormField::Date1) heading=true/>
        }
        .into_any()
    } else {
        let choice_error = error_for(FormField::Choice);
        let describedby = {
            let hint_id = hint_id.clone();
            let err = format!("{slug}-fout");
            let has_hint = hint.is_some();
            move || {
                let mut ids = Vec::new();
                if has_hint { ids.push(hint_id.clone()); }
                if choice_error.get().is_some() { ids.push(err.clone()); }
                (!ids.is_empty()).then(|| ids.join(" "))
            }
        };
        let group_class = move || if choice_error.get().is_some() { "rw-form-group rw-form-group--error" } else { "rw-form-group" };
        let items = input::options(q).iter().enumerate().map(|(i, &(id, dates))| {
            let input_id = if i == 0 { slug.clone() } else { format!("{slug}-{i}") };
            let (label, option_hint) = questions::option(q, id, view_as);
            let option_hint_id = format!("{input_id}-hint");
            let checked = move || choice.get().as_deref() == Some(id);
            let reveal = (dates > 0).then(|| {
                let base = slug.clone();
                view! {
                    <Show when=checked>
                        <div class="rw-radios__conditional" id=format!("{base}-{id}-details")>
                            <DateInput base=format!("{base}-datum") legend=label1.to_string() value=date1 error=error_for(FormField::Date1)/>
                            {(dates > 1).then(|| view! {
                                <DateInput base=format!("{base}-tot") legend=label2.to_string() value=date2 error=error_for(FormField::Date2)/>
                            })}
                        </div>
                    </Show>
                }
            });
            view! {
                <div class="rw-radios__item">
                    <input class="rw-radios__input" id=input_id.clone() name=slug.clone() type="radio" value=id
                        prop:checked=checked
                        aria-describedby=option_hint.as_ref().map(|_| option_hint_id.clone())
                        on:change=move |_| choice.set(Some(id.to_string()))/>
                    <label class="rw-radios__label" for=input_id>{label}</label>
                    {option_hint.map(|h| view! { <div class="rw-radios__hint" id=option_hint_id>{h}</div> })}
                </div>
                {reveal}
            }
        }).collect_view();
        let err_id = format!("{slug}-fout");
        view! {
            <div class=group_class>
                <fieldset class="rw-fieldset" aria-describedby=describedby>
                    <legend class="rw-legend rw-legend--l"><h1 class="rw-heading-l" tabindex="-1">{title.clone()}</h1></legend>
                    {hint.clone().map(|h| view! { <div class="rw-hint" id=hint_id.clone()>{h}</div> })}
                    {move || choice_error.get().map(|e| view! {
                        <p class="rw-error-message" id=err_id.clone()><span class="rw-visually-hidden">{t::ERROR_HIDDEN}</span>{e}</p>
                    })}
                    <div class="rw-radios">{items}</div>
                </fieldset>
            </div>
        }
        .into_any()
    };

    view! {
        <a href="#" class="rw-back-link" on:click=on_back>{t::BACK}</a>
        {move || { let es = shown(); (!es.is_empty()).then(|| view! { <ErrorSummary errors=es/> }) }}
        <form class="rw-text" novalidate on:submit=on_submit>
            <span class="rw-caption">{caption}</span>
            {body}
            <Terms texts=words/>
            <button type="submit" class="rw-button">{t::CONTINUE}</button>
        </form>
    }
}
