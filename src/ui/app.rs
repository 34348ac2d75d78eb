//! The app shell: one answers signal (the whole state), the current page, and the routing.
use leptos::prelude::*;

use crate::content::questions::View;
use crate::content::ui_text as t;
use crate::wizard::{Answers, Page, RoleAnswer, journey, prune};

use super::nav;
use super::pages::{check::CheckPage, question::QuestionPage, result::ResultPage, start::StartPage};
use super::privacy::PrivacyPage;
use super::storage::{RestoreNotice, provide_persistence};

/// What every page needs, shared through context.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub answers: RwSignal<Answers>,
    pub page: RwSignal<Page>,
    /// The user came from "Controleer uw antwoorden" via "Wijzigen".
    pub changing: RwSignal<bool>,
    pub today: chrono::NaiveDate,
}

impl Ctx {
    pub fn view(&self) -> View {
        match self.answers.with_untracked(|a| a.role) {
            Some(RoleAnswer::Werknemer) => View::Werknemer,
            _ => View::Werkgever,
        }
    }

    /// Go to `page`, as a new history entry.
    pub fn go(&self, page: Page) {
        let page = self.answers.with_untracked(|a| journey::reachable(page, a, self.today));
        if page == Page::Controle || page == Page::Start {
            self.changing.set(false);
        }
        nav::record(page, true);
        nav::scroll_top();
        self.page.set(page);
    }

    /// Store submitted answers (pruned to what still applies) and continue.
    pub fn submit(&self, mut answers: Answers, from: Page) {
        prune(&mut answers, self.today);
        let next = journey::next_page(from, &answers, self.today, self.changing.get_untracked());
        self.answers.set(answers);
        self.go(next);
    }

    /// Erase everything and return to the start.
    pub fn restart(&self) {
        self.answers.set(Answers::default());
        self.changing.set(false);
        self.go(Page::Start);
    }
}

#[component]
pub fn App() -> impl IntoView {
    let today = super::clock::today();
    let answers = RwSignal::new(Answers::default());
    provide_persistence(answers);
    // A reload or a shared link opens the page in the URL, if the answers allow it.
    let wanted = nav::page_from_url().unwrap_or(Page::Start);
    let first = answers.with_untracked(|a| journey::reachable(wanted, a, today));
    if Some(first) != nav::page_from_url() {
        nav::record(first, false);
    }
    let ctx = Ctx { answers, page: RwSignal::new(first), changing: RwSignal::new(false), today };
    provide_context(ctx);
    nav::on_popstate(move |p| {
        let p = answers.with_untracked(|a| journey::reachable(p.unwrap_or(Page::Start), a, today));
        ctx.page.set(p);
    });
    // Restored answers may make the URL's page reachable after all.
    Effect::new(move |prev: Option<()>| {
        answers.track();
        if prev.is_none() {
            let wanted = nav::page_from_url().unwrap_or(Page::Start);
            let p = answers.with_untracked(|a| journey::reachable(wanted, a, today));
            if p != ctx.page.get_untracked() {
                nav::record(p, false);
                ctx.page.set(p);
            }
        }
    });
    // Every page change: heading gets focus (the title is set by the page itself).
    Effect::new(move |_| {
        ctx.page.track();
        nav::focus_later("main h1");
    });
    let on_privacy = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        ctx.go(Page::Privacy);
    };
    let on_home = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        ctx.go(Page::Start);
    };
    view! {
        <header class="rw-header">
            <div class="rw-width">
                <a class="rw-header__name" href="./" on:click=on_home>{t::APP}</a>
                <span class="rw-header__tagline">{t::TAGLINE}</span>
            </div>
        </header>
        <main class="rw-main rw-width" id="inhoud" tabindex="-1">
            <RestoreNotice/>
            {move || match ctx.page.get() {
                Page::Start => view! { <StartPage/> }.into_any(),
                Page::Question(q) => view! { <QuestionPage q=q/> }.into_any(),
                Page::Controle => view! { <CheckPage/> }.into_any(),
                Page::Resultaat => view! { <ResultPage/> }.into_any(),
                Page::Privacy => view! { <PrivacyPage/> }.into_any(),
            }}
        </main>
        <footer class="rw-footer">
            <div class="rw-width">
                <ul class="rw-footer__links">
                    <li><a class="rw-link" href="?stap=privacy" on:click=on_privacy>{t::FOOTER_PRIVACY}</a></li>
                </ul>
                <p class="rw-body-s">{t::FOOTER_NOTE}</p>
                <p class="rw-body-s">{crate::content::result::disclaimer()}</p>
            </div>
        </footer>
    }
}
