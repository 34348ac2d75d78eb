//! The app shell: one answers signal (the whole state), the current page, and the routing.
use leptos::prelude::*;

use crate::content::questions::View;
use crate::content::ui_text as t;
use crate::wizard::{Answers, Page, RoleAnswer, journey, prune};

use super::nav;
use super::pages::{check::CheckPage, question::QuestionPage, result::ResultPage, start::StartPage};
use super::privacy::PrivacyPage;
use super::save_panel::StoreNoticeBanner;
use super::storage::{self, Persistence, StoreNotice};

/// What every page needs, shared through context.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub answers: RwSignal<Answers>,
    pub page: RwSignal<Page>,
    /// Counts page changes, so that going to the same page (after opening a file on the check
    /// page, say) draws it afresh too.
    pub visit: RwSignal<u32>,
    /// The user came from "Controleer uw antwoorden" via "Wijzigen".
    pub changing: RwSignal<bool>,
    /// The page before the current one (where the privacy page's "Terug" leads).
    pub came_from: RwSignal<Page>,
    pub store: Persistence,
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
        self.came_from.set(self.page.get_untracked());
        nav::record(page, true);
        nav::scroll_top();
        self.show(page);
    }

    /// Draw `page` afresh (also after back/forward). A notice about the stored answers belongs
    /// to the page it appeared on, so it goes.
    fn show(&self, page: Page) {
        self.store.notice.set(None);
        self.visit.update(|v| *v = v.wrapping_add(1));
        self.page.set(page);
    }

    /// Store submitted answers (pruned to what still applies) and continue.
    pub fn submit(&self, mut answers: Answers, from: Page) {
        prune(&mut answers, self.today);
        let next = journey::next_page(from, &answers, self.today, self.changing.get_untracked());
        self.answers.set(answers);
        self.go(next);
    }

    /// "Wis alles": erase the answers here and on this device, and return to the start.
    pub fn erase_all(&self) {
        storage::erase(self.store);
        self.answers.set(Answers::default());
        self.changing.set(false);
        self.go(Page::Start);
        self.store.notice.set(Some(StoreNotice::Erased));
    }

    /// Answers from an opened file replace the current ones; the user checks them first.
    pub fn import(&self, saved: crate::storage::Saved) {
        let mut answers = saved.answers;
        prune(&mut answers, self.today);
        let next = journey::reachable(Page::Controle, &answers, self.today);
        self.answers.set(answers);
        self.changing.set(false);
        self.go(next);
        self.store.notice.set(Some(StoreNotice::Imported(saved.saved_on)));
    }
}

#[component]
pub fn App() -> impl IntoView {
    let today = super::clock::today();
    // Saved answers (if the user chose to keep them) are read before the first page is drawn.
    let loaded = storage::load();
    let mut restored = loaded.answers;
    prune(&mut restored, today);
    let answers = RwSignal::new(restored);
    storage::keep_in_sync(loaded.persistence, answers, today);
    // A reload or a shared link opens the page in the URL, if the answers allow it.
    let wanted = nav::page_from_url().unwrap_or(Page::Start);
    let first = answers.with_untracked(|a| journey::reachable(wanted, a, today));
    if Some(first) != nav::page_from_url() {
        nav::record(first, false);
    }
    // A reload in the middle of the journey without saved answers: say why it starts again.
    let mid_journey = !matches!(wanted, Page::Start | Page::Privacy);
    if mid_journey && first != wanted && answers.with_untracked(|a| *a == Answers::default()) {
        let notice = loaded.persistence.notice;
        if notice.get_untracked().is_none() {
            notice.set(Some(StoreNotice::NotKept));
        }
    }
    let ctx = Ctx {
        answers,
        page: RwSignal::new(first),
        visit: RwSignal::new(0),
        changing: RwSignal::new(false),
        came_from: RwSignal::new(Page::Start),
        store: loaded.persistence,
        today,
    };
    provide_context(ctx);
    nav::on_popstate(move |p| {
        let p = answers.with_untracked(|a| journey::reachable(p.unwrap_or(Page::Start), a, today));
        ctx.show(p);
    });
    // Every page change: focus the notice about stored answers if there is one, else the heading
    // (the title is set by the page itself).
    // On the first load focus stays where the browser puts it (the top, so the skip link
    // comes first).
    Effect::new(move |first: Option<()>| {
        ctx.page.track();
        if first.is_some() {
            nav::focus_later(&["#rw-store-notice", "main h1"]);
        }
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
            <StoreNoticeBanner/>
            // Keyed by the page: every page is drawn afresh. Re-using one question's DOM for the
            // next (what an unkeyed view would do) carried the checked state of radios across.
            <For each=move || [(ctx.page.get(), ctx.visit.get())] key=|p| *p let:shown>
                {match shown.0 {
                    Page::Start => view! { <StartPage/> }.into_any(),
                    Page::Question(q) => view! { <QuestionPage q=q/> }.into_any(),
                    Page::Controle => view! { <CheckPage/> }.into_any(),
                    Page::Resultaat => view! { <ResultPage/> }.into_any(),
                    Page::Privacy => view! { <PrivacyPage/> }.into_any(),
                }}
            </For>
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
