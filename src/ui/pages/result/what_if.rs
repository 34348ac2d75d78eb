//! "Wat als?": pick one change, answer its one question, and see side by side what stays and what
//! changes (computed by `rules::diff`). The answers change only when the user takes it over.
use leptos::prelude::*;

use crate::content::result::{self as c};
use crate::rules::diff::{Diff, StepState, diff};
use crate::rules::{Assessment, NoticeId, Role, Status};
use crate::wizard::form::{DateParts, parse_date};
use crate::wizard::what_if::{self, WhatIf, WhatIfKind};
use crate::wizard::{Answers, Outcome, Page, outcome};

use super::super::super::app::Ctx;
use super::super::super::widgets::DateInput;
use super::{basis_links, date};

/// A comparison: what the change was, the answers with it, the two assessments.
#[derive(Clone)]
struct Compared {
    kind: WhatIfKind,
    /// The left column is "done today", not the case as it is.
    baseline_today: bool,
    answers: Answers,
    before: Assessment,
    after: Assessment,
}

fn state_text(s: Option<StepState>) -> AnyView {
    match s {
        None => view! { <span>{c::WHAT_IF_NOT_APPLICABLE}</span> }.into_any(),
        Some(s) => {
            let label = match s.status {
                // Done after its last day: done, but late all the same (UWV weighs that).
                Status::Done(on) if on > s.date => format!(" ({} {}, {})", c::status(s.status), c::date_text(on), c::WHAT_IF_DONE_LATE),
                Status::Done(on) => format!(" ({} {})", c::status(s.status), c::date_text(on)),
                st => format!(" ({})", c::status(st)),
            };
            view! { <span>{date(s.date)}{label}</span> }.into_any()
        }
    }
}

fn row(subject: String, before: AnyView, after: AnyView, basis: Option<crate::rules::Basis>, law_on: chrono::NaiveDate) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{subject}{basis.map(|b| view! { <div class="rw-body-s">{basis_links(b, law_on)}</div> })}</th>
            <td>{before}</td>
            <td>{after}</td>
        </tr>
    }
}

fn text(s: impl Into<String>) -> AnyView {
    let s: String = s.into();
    view! { <span>{s}</span> }.into_any()
}

fn notice_titles(ids: &[NoticeId], role: Role) -> String {
    ids.iter().map(|n| c::notice(*n, role).title).collect::<Vec<_>>().join("; ")
}

/// The side-by-side comparison of `d`, changed parts only; unchanged steps folded away.
fn comparison(cmp: &Compared, d: &Diff, role: Role) -> impl IntoView {
    let (a, b) = (&cmp.before, &cmp.after);
    let law_on = b.law_on;
    let mut rows: Vec<AnyView> = Vec::new();
    if let Some(ch) = d.scope {
        rows.push(row(c::WHAT_IF_ROUTE.into(), text(c::scope_label(ch.before)), text(c::scope_label(ch.after)), None, law_on).into_any());
    }
    if let Some(ch) = d.spoor {
        rows.push(row(c::WHAT_IF_SPOOR.into(), text(c::verdict_title(ch.before)), text(c::verdict_title(ch.after)), d.verdict_basis, law_on).into_any());
    }
    if let Some(ch) = d.sick_week {
        rows.push(row(c::WHAT_IF_WEEK.into(), text(ch.before.to_string()), text(ch.after.to_string()), None, law_on).into_any());
    }
    for s in &d.steps {
        let title = c::step(s.id, role).title.to_string();
        rows.push(row(title, state_text(s.before), state_text(s.after), Some(s.basis), law_on).into_any());
    }
    let steps_titles = |ids: Vec<crate::rules::StepId>| {
        if ids.is_empty() { "—".to_string() } else { ids.iter().map(|id| c::step(*id, role).title).collect::<Vec<_>>().join("; ") }
    };
    if !d.overdue_added.is_empty() || !d.overdue_removed.is_empty() {
        let late = |x: &Assessment| x.overdue().map(|s| s.id).collect::<Vec<_>>();
        rows.push(row(c::WHAT_IF_LATE.into(), text(steps_titles(late(a))), text(steps_titles(late(b))), None, law_on).into_any());
    }
    // A notice (a risk among them) that comes or goes: its own row, "—" on the side it is absent.
    for (n, on_before) in d.notices_added.iter().map(|n| (n, false)).chain(d.notices_removed.iter().map(|n| (n, true))) {
        let from = if on_before { a } else { b };
        let basis = from.notices.iter().find(|x| x.id == *n).map(|x| x.basis);
        let (now, then) = if on_before { (c::WHAT_IF_APPLIES, c::WHAT_IF_GONE) } else { ("—", c::WHAT_IF_NEW) };
        rows.push(row(notice_titles(&[*n], role), text(now), text(then), basis, law_on).into_any());
    }
    let duty_titles = |ids: &[crate::rules::DutyId]| ids.iter().map(|id| c::duty(*id, role).title).collect::<Vec<_>>().join("; ");
    if !d.duties_added.is_empty() {
        rows.push(row(c::WHAT_IF_DUTY_NEW.into(), text("—"), text(duty_titles(&d.duties_added)), None, law_on).into_any());
    }
    if !d.duties_removed.is_empty() {
        rows.push(row(c::WHAT_IF_DUTY_GONE.into(), text(duty_titles(&d.duties_removed)), text("—"), None, law_on).into_any());
    }
    if let Some(f) = &d.fines {
        let show = |v: &[crate::rules::Fine]| {
            if v.is_empty() { "—".to_string() } else { v.iter().map(|f| format!("{}: tot €{}", c::step(f.step, role).title, f.max_eur)).collect::<Vec<_>>().join("; ") }
        };
        rows.push(row(c::WHAT_IF_FINES.into(), text(show(&f.before)), text(show(&f.after)), None, law_on).into_any());
    }
    let changed: Vec<_> = d.steps.iter().map(|s| s.id).collect();
    let same: Vec<_> = b
        .steps
        .iter()
        .filter(|s| s.status != Status::NotApplicable && !changed.contains(&s.id))
        .map(|s| view! { <li>{c::step(s.id, role).title}": "{date(s.date)}</li> })
        .collect_view();
    let empty = d.is_empty();
    view! {
        <h3 class="rw-heading-s" tabindex="-1" id="rw-what-if-result">{c::what_if_label(cmp.kind, role)}</h3>
        {empty.then(|| view! { <p class="rw-body" data-what-if-empty="true">{c::WHAT_IF_NOTHING}</p> })}
        {(!empty).then(|| view! {
            <table class="rw-table rw-compare" data-what-if="true">
                <caption class="rw-visually-hidden">{c::what_if_label(cmp.kind, role)}</caption>
                <thead><tr><th scope="col">{c::WHAT_IF_SUBJECT}</th><th scope="col">{if cmp.baseline_today { c::WHAT_IF_TODAY } else { c::WHAT_IF_NOW }}</th><th scope="col">{c::WHAT_IF_THEN}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        })}
        <details class="rw-details">
            <summary class="rw-details__summary">{c::WHAT_IF_SAME}</summary>
            <div class="rw-details__text"><ul class="rw-list">{same}</ul></div>
        </details>
    }
}

/// The section on the result page.
pub(super) fn what_if_section(a: Answers, x: &Assessment, role: Role) -> impl IntoView + use<> {
    let ctx = expect_context::<Ctx>();
    let offered = what_if::offered(&a, x);
    let pick = RwSignal::new(None::<WhatIfKind>);
    let day = RwSignal::new(DateParts::default());
    let percent = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let compared = RwSignal::new(None::<Compared>);
    let answers = StoredValue::new(a);
    let today = ctx.today;
    let show = move |_| {
        let Some(kind) = pick.get_untracked() else { return };
        let parsed = if kind == WhatIfKind::ContractExtended { Ok(today) } else { parse_date(&day.get_untracked()) };
        let Ok(date) = parsed else {
            error.set(Some(c::WHAT_IF_INVALID.to_string()));
            return;
        };
        let pct = percent.get_untracked().trim().parse::<u8>().ok().filter(|v| (1..=100).contains(v));
        let a = answers.get_value();
        let applied = what_if::apply(&a, today, WhatIf { kind, date, percent: pct });
        let assessed = |ans: &Answers, on| match outcome(ans, on) {
            Some(Outcome::Assessed(x)) => Some(*x),
            _ => None,
        };
        match applied.and_then(|ap| Some((assessed(&ap.baseline, ap.before_on)?, assessed(&ap.answers, ap.after_on)?, ap.answers, ap.baseline_today))) {
            Some((before, after, b, baseline_today)) => {
                error.set(None);
                compared.set(Some(Compared { kind, baseline_today, answers: b, before, after }));
                super::super::super::nav::focus_later(&["#rw-what-if-result"]);
            }
            None => error.set(Some(c::WHAT_IF_INVALID.to_string())),
        }
    };
    let options = offered
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let id = if i == 0 { "rw-what-if".to_string() } else { format!("rw-what-if-{i}") };
            let checked = move || pick.get() == Some(kind);
            let a = answers.get_value();
            let on_change = move |_| {
                pick.set(Some(kind));
                day.set(DateParts::of(what_if::default_date(kind, &a, today)));
                compared.set(None);
                error.set(None);
            };
            let base = id.clone();
            let reveal = (kind != WhatIfKind::ContractExtended).then(move || view! {
                <Show when=checked>
                    <div class="rw-radios__conditional">
                        <DateInput base=format!("{base}-datum") legend=c::what_if_date_label(kind).to_string() value=day
                            error=Signal::derive(move || error.get())/>
                        {(kind == WhatIfKind::PartlyBack).then(|| view! {
                            <label class="rw-label" for=format!("{base}-procent")>{c::WHAT_IF_PERCENT}</label>
                            <input class="rw-input rw-input--w4" id=format!("{base}-procent") type="text" inputmode="numeric"
                                prop:value=move || percent.get() on:input=move |ev| percent.set(event_target_value(&ev))/>
                        })}
                    </div>
                </Show>
            });
            view! {
                <div class="rw-radios__item">
                    <input class="rw-radios__input" id=id.clone() name="rw-what-if" type="radio" prop:checked=checked on:change=on_change/>
                    <label class="rw-radios__label" for=id>{c::what_if_label(kind, role)}</label>
                </div>
                {reveal}
            }
        })
        .collect_view();
    view! {
        <section class="rw-what-if rw-no-print" aria-labelledby="rw-what-if-title">
            <h2 class="rw-heading-m" id="rw-what-if-title">{c::WHAT_IF_TITLE}</h2>
            // Folded: the result stays short to read; the tool is one click away.
            <details class="rw-details rw-what-if__details">
            <summary class="rw-details__summary">{c::WHAT_IF_OPEN}</summary>
            <div class="rw-what-if__body">
            <div class="rw-form-group">
                <fieldset class="rw-fieldset" aria-describedby="rw-what-if-hint">
                    <legend class="rw-legend rw-label--bold">{c::WHAT_IF_PICK}</legend>
                    <div class="rw-hint" id="rw-what-if-hint">{c::WHAT_IF_INTRO}</div>
                    <div class="rw-radios">{options}</div>
                </fieldset>
            </div>
            <button type="button" class="rw-button rw-button--secondary" on:click=show>{c::WHAT_IF_SHOW}</button>
            {move || compared.get().map(|cmp| {
                let d = diff(&cmp.before, &cmp.after);
                let take = cmp.kind != WhatIfKind::LaterDay;
                let b = cmp.answers.clone();
                view! {
                    <div class="rw-what-if__result">
                        {comparison(&cmp, &d, role)}
                        <div class="rw-button-group">
                            {take.then(|| view! {
                                <button type="button" class="rw-button" on:click=move |_| ctx.take_over(b.clone())>{c::WHAT_IF_TAKE}</button>
                            })}
                            <button type="button" class="rw-button rw-button--secondary" on:click=move |_| {
                                compared.set(None);
                                pick.set(None);
                            }>{c::WHAT_IF_DISCARD}</button>
                        </div>
                    </div>
                }
            })}
            </div>
            </details>
        </section>
    }
}

impl Ctx {
    /// "Neem deze wijziging over": the changed answers become the answers (pruned, and checked
    /// as after any change: a new question that now applies comes first).
    pub fn take_over(&self, answers: Answers) {
        let mut answers = answers;
        crate::wizard::prune(&mut answers, self.today);
        self.answers.set(answers);
        self.go(Page::Resultaat);
    }
}
