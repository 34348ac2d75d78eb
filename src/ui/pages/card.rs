//! The gesprekskaart: one printable page for the next conversation (with the bedrijfsarts, an
//! evaluation, the eerstejaarsevaluatie, the start of spoor 2, …), made from the assessment.
use leptos::prelude::*;

use crate::content::result::{self as c};
use crate::rules::conversation::next_conversation;
use crate::wizard::{Outcome, Page, outcome};

use super::super::app::Ctx;
use super::super::{nav, print};

#[component]
pub fn CardPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let a = ctx.answers.get_untracked();
    let role = a.engine_role();
    let back = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        ctx.back_to(Page::Resultaat);
    };
    let assessed = match outcome(&a, ctx.today) {
        Some(Outcome::Assessed(x)) => Some(*x),
        _ => None,
    };
    let conversation = assessed.as_ref().and_then(next_conversation);
    let body = match (assessed, conversation) {
        (Some(x), Some(conv)) => {
            let card = c::card(conv.kind, role);
            nav::set_title(&format!("{}: {}", c::CARD_KICKER, card.title), false);
            let list = |items: &'static [&'static str]| view! {
                <ul class="rw-list">{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul>
            };
            view! {
                <p class="rw-body rw-card__kicker">{c::CARD_KICKER}" · "{c::date_text(x.today)}" · "{crate::content::ui_text::RESULT_WEEK.0}{x.sick_week}</p>
                <h1 class="rw-heading-l" tabindex="-1" data-conversation=format!("{:?}", conv.kind)>{card.title}</h1>
                {conv.date.map(|d| view! { <p class="rw-body"><strong>{c::CARD_WHEN}" "</strong>{c::weekday_date_text(d)}</p> })}
                <p class="rw-body">{card.intro}</p>
                <h2 class="rw-heading-m">{c::CARD_ASK}</h2>
                {list(card.ask)}
                <h2 class="rw-heading-m">{c::CARD_BRING}</h2>
                {list(card.bring)}
                <h2 class="rw-heading-m">{c::CARD_NOTE}</h2>
                <ul class="rw-list rw-card__notes">{card.note.iter().map(|i| view! { <li>{*i}<span class="rw-card__line" aria-hidden="true"></span></li> }).collect_view()}</ul>
                <p class="rw-body-s">{c::disclaimer()}</p>
            }
            .into_any()
        }
        _ => {
            nav::set_title(c::CARD_KICKER, false);
            view! {
                <h1 class="rw-heading-l" tabindex="-1">{c::CARD_KICKER}</h1>
                <p class="rw-body">{c::CARD_NONE}</p>
            }
            .into_any()
        }
    };
    view! {
        <a href="?stap=resultaat" class="rw-back-link" on:click=back>{c::CARD_BACK}</a>
        <div class="rw-text rw-conversation">{body}</div>
        <div class="rw-button-group rw-no-print">
            <button type="button" class="rw-button" on:click=move |_| print::print()>{c::CARD_PRINT}</button>
        </div>
    }
}
