//! The app shell: one answers signal (the whole state), the current page, and the routing.
use leptos::prelude::*;

use crate::content::questions::View;
use crate::content::ui_text as t;
use crate::wizard::{Answers, Page, RoleAnswer, journey, prune};

use super::nav;
use super::later::{self, later};
use super::pages::start::StartPage;
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
        self.navigate(page, true);
    }

    fn navigate(&self, page: Page, push: bool) {
        let page = self.answers.with_untracked(|a| journey::reachable(page, a, self.today));
        if page == Page::Controle || page == Page::Start {
            self.changing.set(false);
        }
        let from = self.page.get_untracked();
        self.came_from.set(from);
        nav::record(page, push, Some(from), &self.tab_state());
        nav::scroll_top();
        self.show(page);
    }

    /// "Terug" to `prev`: the browser's own back when the previous entry is that page (so that
    /// its forward button still leads here), else `prev` in place of this entry.
    pub fn back_to(&self, prev: Page) {
        if nav::opened_from() == Some(prev) && self.page.get_untracked() != Page::Start {
            nav::back();
        } else {
            self.navigate(prev, false);
        }
    }

    /// The answers as kept with this tab's history entries.
    pub fn tab_state(&self) -> String {
        self.answers.with_untracked(|a| tab_text(a, self.today))
    }

    /// Draw the current page again (a page whose download failed: "Probeer het opnieuw").
    pub fn redraw(&self) {
        self.show(self.page.get_untracked());
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

fn tab_text(a: &Answers, today: chrono::NaiveDate) -> String {
    crate::storage::encode_compact(a, today)
}

#[component]
pub fn App() -> impl IntoView {
    let today = super::clock::today();
    let embedding = super::embed::read();
    provide_context(embedding.clone());
    // This tab's own answers (kept with its history: a reload, back/forward or a discarded tab
    // brings them back), else the answers saved on this device if the user chose to keep them.
    let loaded = storage::load();
    let in_tab = nav::tab_answers().and_then(|t| crate::storage::restore(&t).ok()).map(|s| s.answers);
    let from_tab = in_tab.is_some();
    let mut restored = in_tab.unwrap_or(loaded.answers);
    prune(&mut restored, today);
    let answers = RwSignal::new(restored);
    storage::keep_in_sync(loaded.persistence, answers, today);
    // Within the tab the answers always follow the history entry (not a storage: it ends with
    // the tab). The first run only starts listening.
    Effect::new(move |started: Option<()>| {
        let text = answers.with(|a| tab_text(a, today));
        if started.is_some() {
            nav::keep_answers(&text);
        }
    });
    if from_tab && loaded.persistence.notice.get_untracked().is_some_and(|n| matches!(n, StoreNotice::Restored(_))) {
        // Picking up where this tab was is no news; the device's copy was not used.
        loaded.persistence.notice.set(None);
    }
    // A reload or a shared link opens the page in the URL, if the answers allow it.
    let wanted = nav::page_from_url().unwrap_or(Page::Start);
    let first = answers.with_untracked(|a| journey::reachable(wanted, a, today));
    if Some(first) != nav::page_from_url() || !from_tab {
        nav::record(first, false, nav::opened_from(), &answers.with_untracked(|a| tab_text(a, today)));
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
        // The entry we came back to keeps the answers as they are now, not as they were then.
        nav::keep_answers(&ctx.tab_state());
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
        {super::embed::header(&embedding, on_home)}
        {super::lang::switch()}
        <main class="rw-main rw-width" id="inhoud" tabindex="-1">
            {super::embed::line(&embedding, on_privacy)}
            <StoreNoticeBanner/>
            // Every page, and every visit to one, is drawn afresh: re-using one question's DOM for
            // the next (what patching the view would do) carried the checked state of radios
            // across. So on each change this returns a new reactive view: Leptos never patches
            // one of those but builds it anew and drops the old one, with its owner and DOM.
            {move || {
                let page = ctx.page.get();
                ctx.visit.track();
                move || match page {
                    Page::Start => view! { <StartPage/> }.into_any(),
                    // The other pages' code arrives after the first download (ui/later.rs).
                    Page::Question(q) => later(later::question(q)),
                    Page::Controle => later(later::check()),
                    Page::Resultaat => later(later::result()),
                    Page::Gesprekskaart => later(later::card()),
                    Page::Privacy => later(later::privacy()),
                }
            }}
        </main>
        <footer class="rw-footer">
            <div class="rw-width">
                <ul class="rw-footer__links">
                    <li><a class="rw-link" href="?stap=privacy" on:click=on_privacy>{t::FOOTER_PRIVACY}</a></li>
                    // For bureaus: how to put Spoorwijzer on their own site (not shown inside one).
                    {(!embedding.framed).then(|| view! { <li><a class="rw-link" href="embed.html">{t::FOOTER_EMBED}</a></li> })}
                </ul>
                <p class="rw-body-s">{t::FOOTER_NOTE}</p>
                <p class="rw-body-s">{crate::content::result::disclaimer()}</p>
            </div>
        </footer>
    }
}
