// Every text of a language's result and question catalogue, keyed by what it is for
// ("step Probleemanalyse @Werknemer what"). Included by `nl/result/tests.rs` and
// `en/result/tests.rs`, so both languages are listed by the same code and compared key by key.
use std::collections::HashSet;

use chrono::NaiveDate;

use super::*;
use crate::rules::actions::{Action, ActionKind};
use crate::rules::RemedyId;
use crate::rules::{
    Certainty, DutyId, Field, InputError, NotCoveredReason, NoticeId, OpenPoint, Party, Reason, Role, Rule, Spoor,
    Status, StepId,
};

const ROLES: [Role; 2] = [Role::Werknemer, Role::Werkgever];

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const NOTICES: [NoticeId; 28] = [
    NoticeId::ContractEindigtTijdensZiekte,
    NoticeId::ZiekNaEindeContract,
    NoticeId::ZwangerschapUwv,
    NoticeId::NoRiskPolis,
    NoticeId::OrgaandonatieUwv,
    NoticeId::VervroegdeIva,
    NoticeId::ZiekmeldingUwvTeLaat,
    NoticeId::LoonsanctieRisico,
    NoticeId::LoonopschortingMogelijk,
    NoticeId::Samentelling,
    NoticeId::GeenSamentelling,
    NoticeId::AdoAdvies,
    NoticeId::Spoor2DirectStarten,
    NoticeId::GeenBenutbareMogelijkheden,
    NoticeId::HerstelTerugval,
    NoticeId::WachttijdVoorbij,
    NoticeId::ReIntegratievisie,
    NoticeId::OproepkrachtLoon,
    NoticeId::Uitzendbeding,
    NoticeId::WazoNietGeteld,
    NoticeId::OordeelDeskundigen,
    NoticeId::RegelsMogelijkVerouderd,
    NoticeId::PerspectiefHerbeoordelen,
    NoticeId::VrijwilligeVerlenging,
    NoticeId::PaTermijnOnzeker,
    NoticeId::GedeeltelijkWerken,
    NoticeId::ProeftijdOntslag,
    NoticeId::EigenrisicodragerZw,
];

// Every duty, in the engine's own order.
const DUTIES: [DutyId; 25] = DutyId::ALL;

const SPOREN: [Spoor; 5] = [Spoor::Spoor1, Spoor::Spoor2, Spoor::Spoor1En2, Spoor::NogNiet, Spoor::Geen];

const RULES: [Rule; 12] = [
    Rule::R0Scope,
    Rule::R1Hersteld,
    Rule::R2Iva,
    Rule::R3GeenMogelijkheden,
    Rule::R5EigenWerk,
    Rule::R6AnderWerk,
    Rule::R7Spoor2,
    Rule::R8Beide,
    Rule::R9OnbekendVoorEje,
    Rule::R10OnbekendNaEje,
    Rule::R11Perspectief,
    Rule::WachttijdVoorbij,
];

const NOT_COVERED: [NotCoveredReason; 5] = [
    NotCoveredReason::Zzp,
    NotCoveredReason::UitgezonderdeAmbtenaar,
    NotCoveredReason::BeforeSupportedRange,
    NotCoveredReason::AowLeeftijd,
    NotCoveredReason::ContractAlLangerVoorbij,
];

const PARTIES: [Party; 6] =
    [Party::Werknemer, Party::Werkgever, Party::Samen, Party::Bedrijfsarts, Party::Arbeidsdeskundige, Party::Uwv];

const CERTAINTIES: [Certainty; 6] = [
    Certainty::Wet,
    Certainty::Regeling,
    Certainty::UwvPraktijk,
    Certainty::Oordeel,
    Certainty::Secundair,
    Certainty::Onzeker,
];

fn statuses() -> [Status; 6] {
    [
        Status::Done(day(2026, 3, 3)),
        Status::Overdue,
        Status::Now,
        Status::Upcoming,
        Status::Passed,
        Status::NotApplicable,
    ]
}

fn reasons() -> Vec<Reason> {
    let mut v = vec![
        Reason::Hersteld(day(2026, 3, 3)),
        Reason::VolledigDuurzaam,
        Reason::GeenBenutbareMogelijkheden,
        Reason::MogelijkhedenOnbekend,
        Reason::EigenWerkMogelijk,
        Reason::EigenWerkAangepast,
        Reason::EigenWerkNietMogelijk,
        Reason::EigenWerkOnbekend,
        Reason::AnderWerkMogelijk,
        Reason::AnderWerkNietMogelijk,
        Reason::AnderWerkOnbekend,
        Reason::OnbenutteMogelijkheden,
        Reason::PerspectiefBinnenDrieMaanden,
        Reason::EerstejaarsevaluatieBereikt,
        Reason::EerstejaarsevaluatieGehouden,
        Reason::EerstejaarsevaluatieNietBereikt,
        Reason::ContractVoorbij(day(2026, 3, 3)),
        Reason::WachttijdVoorbij(day(2026, 3, 3)),
    ];
    v.extend(NOT_COVERED.iter().map(|r| Reason::BuitenBereik(*r)));
    v
}

fn question_ids() -> Vec<crate::wizard::QuestionId> {
    use crate::wizard::QuestionId::*;
    vec![Rol, Contract, ContractEinde, EersteZiektedag, EerderZiek(1), Situatie, Bijzonder, Verlof, VoorVerlof, Flex,
        EigenWerk, AnderWerk, Mogelijkheden, Duurzaam, MeerMogelijkheden, Perspectief, Medewerking, Stappen]
}

fn open_points() -> Vec<OpenPoint> {
    let mut v = vec![OpenPoint::Contract, OpenPoint::EigenWerk, OpenPoint::AnderWerk, OpenPoint::Mogelijkheden];
    v.extend(StepId::ALL.iter().map(|s| OpenPoint::StapGedaan(*s)));
    v
}

fn input_errors() -> Vec<InputError> {
    vec![
        InputError::FirstSickDayInFuture { first_sick_day: day(2026, 12, 1), today: day(2026, 11, 22) },
        InputError::RecoveredNotAfterFirstSickDay { recovered_on: day(2026, 1, 5), first_sick_day: day(2026, 1, 5) },
        InputError::RecoveredInFuture { recovered_on: day(2026, 12, 1) },
        InputError::PeriodEndsBeforeStart { index: 0 },
        InputError::PeriodNotBeforeCurrent { index: 1 },
        InputError::PeriodsOverlap { first: 0, second: 1 },
        InputError::TooManyPeriods { count: 25, max: 20 },
        InputError::DoneBeforeStart { step: StepId::Probleemanalyse, date: day(2025, 12, 1) },
        InputError::DoneInFuture { step: StepId::PlanVanAanpak, date: day(2027, 1, 1) },
        InputError::WazoLeaveEndsBeforeStart,
        InputError::DateOutOfRange { field: Field::FirstSickDay },
    ]
}

/// Step, notice and duty texts: these are held to the B1 sentence-length limit.
fn core_texts() -> Vec<(String, String)> {
    let mut v = Vec::new();
    for role in ROLES {
        for id in StepId::ALL {
            let s = step(id, role);
            v.push((format!("step {id:?} @{role:?} title"), s.title.to_string()));
            v.push((format!("step {id:?} @{role:?} what"), s.what.to_string()));
            v.push((format!("step {id:?} @{role:?} missed"), s.missed.to_string()));
        }
        for id in NOTICES {
            let n = notice(id, role);
            v.push((format!("notice {id:?} @{role:?} title"), n.title.to_string()));
            v.push((format!("notice {id:?} @{role:?} body"), n.body.to_string()));
        }
        for id in DUTIES {
            let d = duty(id, role);
            v.push((format!("duty {id:?} @{role:?} title"), d.title.to_string()));
            v.push((format!("duty {id:?} @{role:?} body"), d.body.to_string()));
            v.push((format!("duty {id:?} @{role:?} consequence"), d.consequence.to_string()));
        }
    }
    v
}

/// Every static text of the catalogue, for hygiene checks.
pub(crate) fn all_texts() -> Vec<(String, String)> {
    let mut v = core_texts();
    for role in ROLES {
        for sp in SPOREN {
            v.push((format!("verdict {sp:?} @{role:?}"), verdict_sentence(sp, role).to_string()));
        }
        for after in [false, true] {
            let vn = scope_vangnet(role, after);
            v.push((format!("vangnet {after} @{role:?} title"), vn.title.to_string()));
            v.push((format!("vangnet {after} @{role:?} body"), vn.body.to_string()));
        }
        for id in StepId::ALL {
            let t = super::step_in(id, role, true);
            v.push((format!("vangnet step {id:?} @{role:?} what"), t.what.to_string()));
            if !t.missed.is_empty() {
                v.push((format!("vangnet step {id:?} @{role:?} missed"), t.missed.to_string()));
            }
        }
        for id in DutyId::ALL {
            let t = super::duty_in(id, role, true);
            v.push((format!("vangnet duty {id:?} @{role:?}"), format!("{} {}", t.body, t.consequence)));
        }
        for (name, secs) in [("spoor2", spoor2_explainer(role)), ("disagreement", disagreement(role))] {
            for (i, s) in secs.iter().enumerate() {
                v.push((format!("{name} @{role:?} {i} title"), s.title.to_string()));
                for p in s.paragraphs {
                    v.push((format!("{name} @{role:?} {i} paragraph"), p.to_string()));
                }
                for b in s.bullets {
                    v.push((format!("{name} @{role:?} {i} bullet"), b.to_string()));
                }
            }
        }
        for p in PARTIES {
            v.push((format!("party_for {p:?} @{role:?}"), party_for(p, role).to_string()));
        }
        for r in reasons() {
            v.push((format!("reason {r:?} @{role:?}"), reason(r, role)));
        }
        for p in open_points() {
            v.push((format!("open_point {p:?} @{role:?}"), open_point(p, role)));
        }
        for id in StepId::ALL {
            for kind in [ActionKind::Do, ActionKind::AskAbout, ActionKind::Theirs, ActionKind::Expect] {
                let a = Action { step: id, kind, who: id.who(), date: day(2026, 3, 3), status: Status::Now, condition: None, certainty: Certainty::Wet };
                v.push((format!("action {id:?} {kind:?} @{role:?}"), action(&a, role)));
            }
        }
        // Documents are shown to both roles.
        for (i, d) in documents().iter().enumerate() {
            v.push((format!("document {i} @{role:?}"), d.what.to_string()));
        }
        for id in [RemedyId::SecondOpinion, RemedyId::Deskundigenoordeel] {
            let r = remedy(id, role);
            v.push((format!("remedy {id:?} @{role:?}"), format!("{} {}", r.title, r.body)));
        }
        // The question pages: every page, part and option, as the role reads them.
        let view = if role == Role::Werknemer { super::super::questions::View::Werknemer } else { super::super::questions::View::Werkgever };
        // Only employers are asked whether the employee cooperates.
        for q in question_ids().into_iter().filter(|q| role == Role::Werkgever || *q != crate::wizard::QuestionId::Medewerking) {
            let t = super::super::questions::question(q, view, Some(day(2026, 3, 2)));
            v.push((format!("question {q:?} @{role:?}"), format!("{} {}", t.title, t.hint).trim().to_string()));
            for p in crate::wizard::form::layout(q, &crate::wizard::ASKED_STEPS, true) {
                let pt = super::super::questions::part_text(p.part, view);
                if !pt.title.is_empty() {
                    v.push((format!("question {q:?} part @{role:?}"), format!("{} {}", pt.title, pt.hint)));
                }
                for o in p.options {
                    let (l, h) = super::super::questions::option(q, o.id, view, Some(day(2026, 3, 2)));
                    v.push((format!("question {q:?} option {} @{role:?}", o.id), format!("{l} {}", h.unwrap_or_default()).trim().to_string()));
                }
            }
        }
    }
    for sp in SPOREN {
        v.push((format!("verdict_title {sp:?}"), verdict_title(sp).to_string()));
    }
    for r in RULES {
        v.push((format!("rule {r:?}"), rule(r).to_string()));
    }
    for r in NOT_COVERED {
        let n = not_covered(r);
        v.push((format!("not_covered {r:?} title"), n.title.to_string()));
        v.push((format!("not_covered {r:?} why"), n.why.to_string()));
        for l in n.where_to_go {
            v.push((format!("not_covered {r:?} link label"), l.label.to_string()));
            v.push((format!("not_covered {r:?} link text"), l.text.to_string()));
        }
    }
    for p in PARTIES {
        v.push((format!("party {p:?}"), party(p).to_string()));
    }
    for c in CERTAINTIES {
        v.push((format!("certainty {c:?}"), certainty(c).to_string()));
    }
    for s in statuses() {
        v.push((format!("status {s:?}"), status(s).to_string()));
    }
    for d in documents() {
        v.push((format!("document {:?} title", d.step), d.title.to_string()));
        v.push((format!("document {:?} what", d.step), d.what.to_string()));
    }
    for e in input_errors() {
        v.push((format!("input_error {e:?}"), input_error(&e)));
    }
    v.push(("disclaimer".to_string(), disclaimer().to_string()));
    v
}

