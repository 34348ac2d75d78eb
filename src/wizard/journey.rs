//! Which questions apply, in which order, and where "Doorgaan" and "Terug" lead. Pure: a
//! function of the answers and today. Each answer is read only after its own question has been
//! put on the path, so dropping the answers of questions off the path never changes the path.

use chrono::NaiveDate;

use crate::rules::{Assessment, OwnWork, Scope, StepId, YesNoUnknown, assess};

use super::answers::*;
use super::questions::QuestionId::{self, *};
use super::situation::to_situation;

/// A page of the app. Only this goes into the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Start,
    Question(QuestionId),
    /// "Controleer uw antwoorden".
    Controle,
    Resultaat,
    Privacy,
}

impl Page {
    pub fn slug(self) -> String {
        match self {
            Page::Start => String::new(),
            Page::Question(q) => q.slug(),
            Page::Controle => "controle".into(),
            Page::Resultaat => "resultaat".into(),
            Page::Privacy => "privacy".into(),
        }
    }
    pub fn from_slug(slug: &str) -> Option<Page> {
        match slug {
            "" => Some(Page::Start),
            "controle" => Some(Page::Controle),
            "resultaat" => Some(Page::Resultaat),
            "privacy" => Some(Page::Privacy),
            s => QuestionId::from_slug(s).map(Page::Question),
        }
    }
}

/// The assessment as far as the path `p` so far reaches: only the answers of questions already
/// on it count. An answer to a question that is not (or no longer) on the path can therefore
/// never change the path, so dropping it (see [`prune`]) changes nothing either.
fn assess_on(a: &Answers, p: &[QuestionId], today: NaiveDate) -> Option<Assessment> {
    let partial = keep_only(a, |q| p.contains(&q));
    assess(&to_situation(&partial)?, today).ok()
}

/// The questions that apply, in order, up to and including the first unanswered one (or all,
/// when everything is answered). Stops early when the answers put the case outside our scope.
pub fn path(a: &Answers, today: NaiveDate) -> Vec<QuestionId> {
    let mut p = vec![Rol];
    build(a, today, &mut p, false);
    p
}

/// The questions that may still apply: like [`path`], but walking on past unanswered questions
/// as if they had their default answer. Pruning keeps the answers of these, so changing an
/// early answer that adds a question (a fixed-term contract adds its end date) keeps the later
/// answers; once the new question is answered, the next prune drops what no longer applies.
fn reach(a: &Answers, today: NaiveDate) -> Vec<QuestionId> {
    let mut p = vec![Rol];
    build(a, today, &mut p, true);
    p
}

fn build(a: &Answers, today: NaiveDate, p: &mut Vec<QuestionId>, through: bool) -> Option<()> {
    // An unanswered question ends the walk, unless walking `through`.
    let need = |answered: bool| (answered || through).then_some(());
    a.role?;
    p.push(Contract);
    let contract = a.contract?;
    if matches!(contract, ContractAnswer::Zzp | ContractAnswer::Uitgezonderd) {
        return None;
    }
    if !matches!(contract, ContractAnswer::Vast) {
        p.push(ContractEinde);
        need(a.contract_end.is_some())?;
    }
    p.push(Aow);
    need(a.aow.is_some())?;
    if a.aow == Some(YesNoUnknown::Ja) {
        return None;
    }
    p.push(EersteZiektedag);
    a.first_sick_day?;
    for i in 0..MAX_EARLIER {
        p.push(EerderZiek(u8::try_from(i).ok()?));
        match a.earlier.get(i) {
            Some(EarlierAnswer::Ja(_)) => {}
            Some(EarlierAnswer::Nee) => break,
            None if through => break,
            None => return None,
        }
    }
    let basic = assess_on(a, p, today)?;
    if basic.scope == Scope::NotCovered {
        return None;
    }
    p.push(Situatie);
    need(a.now.is_some())?;
    let now = a.now.unwrap_or(NowAnswer::Ziek);
    p.push(Bijzonder);
    need(a.special.is_some())?;
    if a.special == Some(SpecialAnswer::Zwangerschap) {
        p.push(Verlof);
        need(a.leave.is_some())?;
    }
    let recovered = matches!(now, NowAnswer::Hersteld(_));
    let vangnet = basic.scope == Scope::VangnetUwv;
    // Sick weeks up to today, or up to the recovery.
    let week = assess_on(a, p, today)?.sick_week;
    // After the contract ended UWV does the re-integration, but an early IVA application stays
    // the employee's own right: that is the one judgement still asked.
    if !recovered && vangnet {
        p.push(Duurzaam);
        need(a.lasting.is_some())?;
    }
    if !recovered && !vangnet {
        p.push(EigenWerk);
        need(a.own_work.is_some())?;
        let own = a.own_work.unwrap_or(OwnWork::Onbekend);
        let own_ok = matches!(own, OwnWork::Ja | OwnWork::Aangepast);
        let mut other = None;
        if !own_ok {
            p.push(AnderWerk);
            need(a.other_work.is_some())?;
            other = Some(a.other_work.unwrap_or(YesNoUnknown::Onbekend));
        }
        if !own_ok && other != Some(YesNoUnknown::Ja) {
            p.push(Mogelijkheden);
            need(a.capacity.is_some())?;
            if matches!(a.capacity, Some(CapacityAnswer::Geen | CapacityAnswer::WeetNiet)) {
                p.push(Duurzaam);
                need(a.lasting.is_some())?;
            }
        }
        let partly = own == OwnWork::Aangepast || now == NowAnswer::Gedeeltelijk || other == Some(YesNoUnknown::Ja);
        if partly && week >= 46 {
            p.push(MeerMogelijkheden);
            need(a.more_capacity.is_some())?;
        }
        let tracks = assess_on(a, p, today)?;
        if tracks.verdict.spoor.includes_spoor_2() {
            p.push(Perspectief);
            need(a.prospect.is_some())?;
        }
        if a.role? != RoleAnswer::Werknemer {
            p.push(Medewerking);
            need(a.cooperation.is_some())?;
        }
    }
    let answered = |s: StepId| a.steps.get(&s).copied();
    let ask = |s: StepId, p: &mut Vec<QuestionId>| {
        p.push(Stap(s));
        need(answered(s).is_some())
    };
    let pa_asked = week >= 2;
    if pa_asked {
        ask(StepId::Probleemanalyse, p)?;
    }
    if (pa_asked && matches!(answered(StepId::Probleemanalyse), Some(StepAnswer::Ja(_)))) || week >= 7 {
        ask(StepId::PlanVanAanpak, p)?;
    }
    if week >= 40 && !vangnet {
        ask(StepId::ZiekmeldingUwv, p)?;
    }
    if week >= 44 && !vangnet {
        ask(StepId::Eerstejaarsevaluatie, p)?;
    }
    if !recovered && !vangnet {
        let v = assess_on(a, p, today)?.verdict;
        if v.spoor.includes_spoor_2() {
            ask(StepId::Spoor2StartUiterlijk, p)?;
        }
    }
    // Around week 89 UWV sends the letter about the WIA application, which goes with the
    // re-integratieverslag; after a contract ended, the employee still applies.
    if week >= 88 && !vangnet {
        ask(StepId::ReIntegratieverslag, p)?;
    }
    if week >= 88 {
        ask(StepId::WiaAanvraag, p)?;
    }
    Some(())
}

/// Whether question `q` has an answer.
pub fn is_answered(q: QuestionId, a: &Answers) -> bool {
    match q {
        Rol => a.role.is_some(),
        Contract => a.contract.is_some(),
        ContractEinde => a.contract_end.is_some(),
        Aow => a.aow.is_some(),
        EersteZiektedag => a.first_sick_day.is_some(),
        EerderZiek(n) => a.earlier.len() > usize::from(n),
        Situatie => a.now.is_some(),
        Bijzonder => a.special.is_some(),
        Verlof => a.leave.is_some(),
        EigenWerk => a.own_work.is_some(),
        AnderWerk => a.other_work.is_some(),
        Mogelijkheden => a.capacity.is_some(),
        Duurzaam => a.lasting.is_some(),
        MeerMogelijkheden => a.more_capacity.is_some(),
        Perspectief => a.prospect.is_some(),
        Medewerking => a.cooperation.is_some(),
        Stap(s) => a.steps.contains_key(&s),
    }
}

/// All questions are answered: the check page can be shown.
pub fn complete(a: &Answers, today: NaiveDate) -> bool {
    path(a, today).into_iter().all(|q| is_answered(q, a))
}

/// Keep only the answers of questions that are still on the path. Changing an early answer
/// keeps later answers that still apply.
pub fn prune(a: &mut Answers, today: NaiveDate) {
    let p = reach(a, today);
    *a = keep_only(a, |q| p.contains(&q));
}

/// The answers of the questions `on` accepts, and nothing else.
fn keep_only(a: &Answers, on: impl Fn(QuestionId) -> bool) -> Answers {
    let mut kept = Answers { role: a.role, ..Answers::default() };
    if on(Contract) { kept.contract = a.contract; }
    if on(ContractEinde) { kept.contract_end = a.contract_end; }
    if on(Aow) { kept.aow = a.aow; }
    if on(EersteZiektedag) { kept.first_sick_day = a.first_sick_day; }
    kept.earlier = a.earlier.iter().enumerate().filter(|(i, _)| {
        u8::try_from(*i).is_ok_and(|n| on(EerderZiek(n)))
    }).map(|(_, e)| *e).collect();
    if on(Situatie) { kept.now = a.now; }
    if on(Bijzonder) { kept.special = a.special; }
    if on(Verlof) { kept.leave = a.leave; }
    if on(EigenWerk) { kept.own_work = a.own_work; }
    if on(AnderWerk) { kept.other_work = a.other_work; }
    if on(Mogelijkheden) { kept.capacity = a.capacity; }
    if on(Duurzaam) { kept.lasting = a.lasting; }
    if on(MeerMogelijkheden) { kept.more_capacity = a.more_capacity; }
    if on(Perspectief) { kept.prospect = a.prospect; }
    if on(Medewerking) { kept.cooperation = a.cooperation; }
    kept.steps = a.steps.iter().filter(|(s, _)| on(Stap(**s))).map(|(s, v)| (*s, *v)).collect();
    kept
}

/// Where "Doorgaan" leads from `page`. `changing` is true when the user came from the check
/// page via "Wijzigen": then the next unanswered question, or back to the check page.
pub fn next_page(page: Page, a: &Answers, today: NaiveDate, changing: bool) -> Page {
    let p = path(a, today);
    let first_open = p.iter().copied().find(|q| !is_answered(*q, a));
    match page {
        Page::Start | Page::Privacy => Page::Question(p.first().copied().unwrap_or(Rol)),
        Page::Question(q) => {
            if changing {
                return first_open.map_or(Page::Controle, Page::Question);
            }
            let after = p.iter().position(|x| *x == q).and_then(|i| p.get(i + 1)).copied();
            match after.or(first_open) {
                Some(next) => Page::Question(next),
                None => Page::Controle,
            }
        }
        Page::Controle | Page::Resultaat => {
            if first_open.is_some() { first_open.map_or(Page::Controle, Page::Question) } else { Page::Resultaat }
        }
    }
}

/// Where "Terug" leads from `page`.
pub fn prev_page(page: Page, a: &Answers, today: NaiveDate) -> Page {
    let p = path(a, today);
    match page {
        Page::Start | Page::Privacy => Page::Start,
        Page::Question(q) => match p.iter().position(|x| *x == q) {
            Some(0) | None => Page::Start,
            Some(i) => p.get(i - 1).map_or(Page::Start, |q| Page::Question(*q)),
        },
        Page::Controle => p.last().map_or(Page::Start, |q| Page::Question(*q)),
        Page::Resultaat => Page::Controle,
    }
}

/// A page the user may see with these answers; otherwise the first unanswered question. Used
/// after a reload or a hand-edited URL, so a step never shows without what it needs.
pub fn reachable(page: Page, a: &Answers, today: NaiveDate) -> Page {
    let p = path(a, today);
    let first_open = p.iter().copied().find(|q| !is_answered(*q, a));
    match page {
        Page::Start | Page::Privacy => page,
        Page::Question(q) if p.contains(&q) => page,
        Page::Controle | Page::Resultaat if first_open.is_none() => page,
        _ => first_open.map_or(Page::Controle, Page::Question),
    }
}
