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
    /// The gesprekskaart for the next conversation (printable).
    Gesprekskaart,
    Privacy,
}

impl Page {
    pub fn slug(self) -> String {
        match self {
            Page::Start => String::new(),
            Page::Question(q) => q.slug(),
            Page::Controle => "controle".into(),
            Page::Resultaat => "resultaat".into(),
            Page::Gesprekskaart => "gesprekskaart".into(),
            Page::Privacy => "privacy".into(),
        }
    }
    pub fn from_slug(slug: &str) -> Option<Page> {
        match slug {
            "" => Some(Page::Start),
            "controle" => Some(Page::Controle),
            "resultaat" => Some(Page::Resultaat),
            "gesprekskaart" => Some(Page::Gesprekskaart),
            "privacy" => Some(Page::Privacy),
            s => QuestionId::from_slug(s).map(Page::Question),
        }
    }
}

/// The questions that apply, in order, and the steps the step page asks about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Walk {
    pub questions: Vec<QuestionId>,
    /// The steps on the page `Stappen`, if it is on the path.
    pub steps: Vec<StepId>,
}

impl Walk {
    fn has(&self, q: QuestionId) -> bool {
        self.questions.contains(&q)
    }
}

/// The assessment as far as the walk so far reaches: only the answers of questions already on
/// it count. An answer to a question that is not (or no longer) on the path can therefore never
/// change the path, so dropping it (see [`prune`]) changes nothing either.
fn assess_on(a: &Answers, w: &Walk, today: NaiveDate) -> Option<Assessment> {
    let partial = keep_only(a, w);
    assess(&to_situation(&partial)?, today).ok()
}

/// The questions that apply, in order, up to and including the first unanswered one (or all,
/// when everything is answered). Stops early when the answers put the case outside our scope.
pub fn path(a: &Answers, today: NaiveDate) -> Vec<QuestionId> {
    walk(a, today, false).questions
}

/// The steps the page "Stappen" asks about for these answers.
pub fn asked_steps(a: &Answers, today: NaiveDate) -> Vec<StepId> {
    walk(a, today, false).steps
}

/// The walk; with `through`, past unanswered questions as if they had their default answer.
/// Pruning keeps the answers of that longer walk, so changing an early answer that adds a
/// question (a fixed-term contract adds its end date) keeps the later answers; once the new
/// question is answered, the next prune drops what no longer applies.
pub fn walk(a: &Answers, today: NaiveDate, through: bool) -> Walk {
    let mut w = Walk { questions: vec![Rol], steps: Vec::new() };
    build(a, today, &mut w, through);
    w
}

/// Days ahead from which a step's "done" answer is asked (a deadline in the coming two weeks).
const ASK_AHEAD_DAYS: u64 = 14;

fn build(a: &Answers, today: NaiveDate, w: &mut Walk, through: bool) -> Option<()> {
    // An unanswered question ends the walk, unless walking `through`.
    let need = |answered: bool| (answered || through).then_some(());
    a.role?;
    w.questions.push(Contract);
    let contract = a.contract?;
    if matches!(contract, ContractAnswer::Zzp | ContractAnswer::Uitgezonderd) {
        return None;
    }
    if !matches!(contract, ContractAnswer::Vast) {
        w.questions.push(ContractEinde);
        need(a.contract_end.is_some())?;
    }
    w.questions.push(EersteZiektedag);
    a.first_sick_day?;
    need(!a.earlier.is_empty())?;
    // Each earlier period that counts may have another one within four weeks before it.
    for i in 1..MAX_EARLIER {
        if !matches!(a.earlier.get(i - 1), Some(EarlierAnswer::Ja(_))) {
            break;
        }
        w.questions.push(EerderZiek(u8::try_from(i).ok()?));
        match a.earlier.get(i) {
            Some(EarlierAnswer::Ja(_)) => {}
            Some(EarlierAnswer::Nee) => break,
            None if through => break,
            None => return None,
        }
    }
    let basic = assess_on(a, w, today)?;
    if basic.scope == Scope::NotCovered {
        return None;
    }
    w.questions.push(Situatie);
    need(a.now.is_some())?;
    let now = a.now.unwrap_or(NowAnswer::Ziek);
    w.questions.push(Bijzonder);
    need(a.special.is_some())?;
    let special = a.special.unwrap_or_default();
    if special.aow {
        return None;
    }
    if special.zwangerschap {
        w.questions.push(Verlof);
        need(a.leave.is_some())?;
        // A pregnancy leave that ended before this sickness began: sickness just before it
        // counts together with this one, however long the leave (WIA 23 lid 3; BW 7:629 lid 10).
        let leave_before = matches!(a.leave, Some(LeaveAnswer::Ja(p)) if a.first_sick_day.is_some_and(|d| p.last_day < d));
        if leave_before {
            w.questions.push(VoorVerlof);
            need(a.before_leave.is_some())?;
        }
        // It decides when the employer reports the sickness to UWV: the fourth day or after six
        // weeks (ZW 38a lid 2 and 3).
        w.questions.push(Flex);
        need(a.flex.is_some())?;
    }
    let recovered = matches!(now, NowAnswer::Hersteld(_));
    let situation = assess_on(a, w, today)?;
    if situation.scope == Scope::NotCovered {
        return None;
    }
    let vangnet = situation.scope == Scope::VangnetUwv;
    // Sick weeks up to today, or up to the recovery.
    let week = situation.sick_week;
    // After the contract ended UWV does the re-integration, but an early IVA application stays
    // the employee's own right: that is the one judgement still asked.
    if !recovered && vangnet {
        w.questions.push(Duurzaam);
        need(a.lasting.is_some())?;
    }
    let mut r8_candidate = false;
    if !recovered && !vangnet {
        w.questions.push(EigenWerk);
        need(a.own_work.is_some())?;
        let own = a.own_work.unwrap_or(OwnWork::Onbekend);
        let own_ok = matches!(own, OwnWork::Ja | OwnWork::Aangepast);
        let mut other = None;
        if !own_ok {
            w.questions.push(AnderWerk);
            need(a.other_work.is_some())?;
            other = Some(a.other_work.unwrap_or(YesNoUnknown::Onbekend));
        }
        if !own_ok && other != Some(YesNoUnknown::Ja) {
            w.questions.push(Mogelijkheden);
            need(a.capacity.is_some())?;
            if matches!(a.capacity, Some(CapacityAnswer::Geen | CapacityAnswer::WeetNiet)) {
                w.questions.push(Duurzaam);
                need(a.lasting.is_some())?;
            }
        }
        let partly = own == OwnWork::Aangepast
            || matches!(now, NowAnswer::Gedeeltelijk(_))
            || other == Some(YesNoUnknown::Ja);
        if partly && week >= 46 {
            w.questions.push(MeerMogelijkheden);
            need(a.more_capacity.is_some())?;
            r8_candidate = own_ok && a.more_capacity == Some(YesNoUnknown::Ja);
        }
        if assess_on(a, w, today)?.verdict.spoor.includes_spoor_2() {
            w.questions.push(Perspectief);
            need(a.prospect.is_some())?;
        }
        if a.role? != RoleAnswer::Werknemer {
            w.questions.push(Medewerking);
            need(a.cooperation.is_some())?;
        }
    }
    let steps = steps_to_ask(a, w, today, week, vangnet, recovered, r8_candidate)?;
    if !steps.is_empty() {
        w.questions.push(Stappen);
        let all = steps.iter().all(|s| a.steps.contains_key(s));
        w.steps = steps;
        need(all)?;
    }
    Some(())
}

/// The steps whose "done" answer can change the result now: those whose last day has come or
/// is near (and the probleemanalyse from week 2, as it sets the plan van aanpak's last day).
/// Steps far in the future are not asked yet: their answer cannot matter.
fn steps_to_ask(
    a: &Answers,
    w: &Walk,
    today: NaiveDate,
    week: u32,
    vangnet: bool,
    recovered: bool,
    r8_candidate: bool,
) -> Option<Vec<StepId>> {
    let x = assess_on(a, w, today)?;
    let soon = |id: StepId| {
        x.step(id).is_some_and(|st| {
            st.status != crate::rules::Status::NotApplicable
                && st.date.checked_sub_days(chrono::Days::new(ASK_AHEAD_DAYS)).is_some_and(|d| d <= today)
        })
    };
    let pa_done = matches!(a.steps.get(&StepId::Probleemanalyse), Some(StepAnswer::Ja(_)));
    let riv_at_end = x.step(StepId::ReIntegratieverslag).is_some_and(|st| st.counted_day.is_none());
    let mut out = Vec::new();
    let mut ask = |id: StepId, when: bool| {
        if when {
            out.push(id);
        }
    };
    // The reports to UWV for whom the Ziektewet pays the employer (ZW 38a).
    ask(StepId::ZiekmeldingUwvZw, soon(StepId::ZiekmeldingUwvZw));
    ask(StepId::Probleemanalyse, week >= 2);
    ask(StepId::PlanVanAanpak, week >= 7 || (week >= 2 && pa_done));
    ask(StepId::ZiekmeldingUwv, week >= 40 && !vangnet);
    ask(StepId::Eerstejaarsevaluatie, week >= 44 && !vangnet);
    let spoor2 = x.verdict.spoor.includes_spoor_2() || (r8_candidate && week >= 44);
    ask(StepId::Spoor2StartUiterlijk, !recovered && !vangnet && spoor2);
    ask(StepId::ZiekUitDienstMelding, soon(StepId::ZiekUitDienstMelding));
    ask(StepId::HersteldmeldingUwv, soon(StepId::HersteldmeldingUwv));
    // Around week 89 UWV sends the letter about the WIA application, which goes with the
    // re-integratieverslag; after a contract ended, the employee still applies.
    ask(StepId::ReIntegratieverslag, (riv_at_end && soon(StepId::ReIntegratieverslag)) || (week >= 88 && !vangnet));
    ask(StepId::WiaAanvraag, week >= 88);
    Some(out)
}

/// Whether question `q` has an answer (all its parts, on the step page all its steps).
pub fn is_answered(q: QuestionId, a: &Answers, today: NaiveDate) -> bool {
    match q {
        Rol => a.role.is_some(),
        Contract => a.contract.is_some(),
        ContractEinde => a.contract_end.is_some(),
        EersteZiektedag => a.first_sick_day.is_some() && !a.earlier.is_empty(),
        EerderZiek(n) => a.earlier.len() > usize::from(n),
        Situatie => a.now.is_some(),
        Bijzonder => a.special.is_some(),
        Verlof => a.leave.is_some(),
        VoorVerlof => a.before_leave.is_some(),
        Flex => a.flex.is_some(),
        EigenWerk => a.own_work.is_some(),
        AnderWerk => a.other_work.is_some(),
        Mogelijkheden => a.capacity.is_some(),
        Duurzaam => a.lasting.is_some(),
        MeerMogelijkheden => a.more_capacity.is_some(),
        Perspectief => a.prospect.is_some(),
        Medewerking => a.cooperation.is_some(),
        Stappen => asked_steps(a, today).iter().all(|s| a.steps.contains_key(s)),
    }
}

/// All questions are answered: the check page can be shown.
pub fn complete(a: &Answers, today: NaiveDate) -> bool {
    first_open(a, today).is_none()
}

fn first_open(a: &Answers, today: NaiveDate) -> Option<QuestionId> {
    let w = walk(a, today, false);
    w.questions.iter().copied().find(|q| match q {
        Stappen => !w.steps.iter().all(|s| a.steps.contains_key(s)),
        q => !is_answered(*q, a, today),
    })
}

/// Keep only the answers of questions that are still on the path. Changing an early answer
/// keeps later answers that still apply.
pub fn prune(a: &mut Answers, today: NaiveDate) {
    let w = walk(a, today, true);
    *a = keep_only(a, &w);
}

/// The answers of the questions on the walk `w`, and nothing else.
fn keep_only(a: &Answers, w: &Walk) -> Answers {
    let on = |q: QuestionId| w.has(q);
    let mut kept = Answers { role: a.role, ..Answers::default() };
    if on(Contract) { kept.contract = a.contract; }
    if on(ContractEinde) { kept.contract_end = a.contract_end; }
    if on(EersteZiektedag) {
        kept.first_sick_day = a.first_sick_day;
        kept.earlier = a.earlier.iter().take(1).copied().collect();
    }
    for (i, e) in a.earlier.iter().enumerate().skip(1) {
        if u8::try_from(i).is_ok_and(|n| on(EerderZiek(n))) {
            kept.earlier.push(*e);
        }
    }
    if on(Situatie) { kept.now = a.now; }
    if on(Bijzonder) { kept.special = a.special; }
    if on(Verlof) { kept.leave = a.leave; }
    if on(VoorVerlof) { kept.before_leave = a.before_leave; }
    if on(Flex) { kept.flex = a.flex; }
    if on(EigenWerk) { kept.own_work = a.own_work; }
    if on(AnderWerk) { kept.other_work = a.other_work; }
    if on(Mogelijkheden) { kept.capacity = a.capacity; }
    if on(Duurzaam) { kept.lasting = a.lasting; }
    if on(MeerMogelijkheden) { kept.more_capacity = a.more_capacity; }
    if on(Perspectief) { kept.prospect = a.prospect; }
    if on(Medewerking) { kept.cooperation = a.cooperation; }
    if on(Stappen) {
        // An insert loop, not `collect()`: collecting into a BTreeMap sorts with std's sort,
        // kilobytes of wasm for this one use (see rules::small_sort).
        for (s, v) in a.steps.iter().filter(|(s, _)| w.steps.contains(s)) {
            kept.steps.insert(*s, *v);
        }
    }
    kept
}

/// Where "Doorgaan" leads from `page`. `changing` is true when the user came from the check
/// page via "Wijzigen": then the next unanswered question, or back to the check page.
pub fn next_page(page: Page, a: &Answers, today: NaiveDate, changing: bool) -> Page {
    let p = path(a, today);
    let first_open = first_open(a, today);
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
        Page::Controle | Page::Resultaat | Page::Gesprekskaart => {
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
        Page::Gesprekskaart => Page::Resultaat,
    }
}

/// A page the user may see with these answers; otherwise the first unanswered question. Used
/// after a reload or a hand-edited URL, so a step never shows without what it needs.
pub fn reachable(page: Page, a: &Answers, today: NaiveDate) -> Page {
    let p = path(a, today);
    let first_open = first_open(a, today);
    match page {
        Page::Start | Page::Privacy => page,
        Page::Question(q) if p.contains(&q) => page,
        Page::Controle | Page::Resultaat | Page::Gesprekskaart if first_open.is_none() => page,
        _ => first_open.map_or(Page::Controle, Page::Question),
    }
}
