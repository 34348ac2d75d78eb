//! Tests of the result-page catalogue: completeness per id and role, text hygiene, B1 sentence
//! length, role perspective, date formatting and input errors.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::*;
use crate::rules::actions::{Action, ActionKind};
use crate::rules::RemedyId;
use crate::rules::{
    Certainty, DutyId, Field, InputError, NotCoveredReason, NoticeId, OpenPoint, Party, Reason, Role, Rule, Spoor,
    Status, StepId, StepKind,
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

const DUTIES: [DutyId; 25] = [
    DutyId::LoonDoorbetalen,
    DutyId::BedrijfsartsInschakelen,
    DutyId::ReIntegratieInspannen,
    DutyId::DossierEnStappen,
    DutyId::MeldingenUwv,
    DutyId::MedischePrivacy,
    DutyId::SecondOpinionBetalen,
    DutyId::Opzegverbod,
    DutyId::InformerenBijLoonmaatregel,
    DutyId::LoonopschortingEnLoonstop,
    DutyId::DeskundigenoordeelWerkgever,
    DutyId::ZiekmeldenEnBereikbaar,
    DutyId::HerstelNietBelemmeren,
    DutyId::PassendeArbeidVerrichten,
    DutyId::MeewerkenPlanVanAanpak,
    DutyId::WiaAanvragen,
    DutyId::LoonTijdensZiekte,
    DutyId::DiagnoseBlijftPrive,
    DutyId::SecondOpinion,
    DutyId::DeskundigenoordeelWerknemer,
    DutyId::OntslagBescherming,
    DutyId::KopieReIntegratieverslag,
    DutyId::EigenVisie,
    DutyId::ZiektewetUitkering,
    DutyId::MeewerkenUwv,
];

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
fn all_texts() -> Vec<(String, String)> {
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
        for d in documents() {
            v.push((format!("document {} @{role:?}", d.title), d.what.to_string()));
        }
        for id in [RemedyId::SecondOpinion, RemedyId::Deskundigenoordeel] {
            let r = remedy(id, role);
            v.push((format!("remedy {id:?} @{role:?}"), format!("{} {}", r.title, r.body)));
        }
        // The question pages: every page, part and option, as the role reads them.
        let view = if role == Role::Werknemer { crate::content::questions::View::Werknemer } else { crate::content::questions::View::Werkgever };
        // Only employers are asked whether the employee cooperates.
        for q in question_ids().into_iter().filter(|q| role == Role::Werkgever || *q != crate::wizard::QuestionId::Medewerking) {
            let t = crate::content::questions::question(q, view, Some(day(2026, 3, 2)));
            v.push((format!("question {q:?} @{role:?}"), format!("{} {}", t.title, t.hint).trim().to_string()));
            for p in crate::wizard::form::layout(q, &crate::wizard::ASKED_STEPS, true) {
                let pt = crate::content::questions::part_text(p.part, view);
                if !pt.title.is_empty() {
                    v.push((format!("question {q:?} part @{role:?}"), format!("{} {}", pt.title, pt.hint)));
                }
                for o in p.options {
                    let (l, h) = crate::content::questions::option(q, o.id, view, Some(day(2026, 3, 2)));
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

#[test]
fn every_step_has_text_for_every_role() {
    for role in ROLES {
        for id in StepId::ALL {
            let s = step(id, role);
            assert!(!s.title.is_empty(), "{id:?} @{role:?} title");
            assert!(!s.what.is_empty(), "{id:?} @{role:?} what");
            if id.kind() != StepKind::Event || id == StepId::ZiekmeldingWerkgever {
                assert!(!s.missed.is_empty(), "{id:?} @{role:?}: only pure events may leave `missed` empty");
            }
        }
    }
}

#[test]
fn step_titles_are_role_independent() {
    for id in StepId::ALL {
        assert_eq!(step(id, Role::Werknemer).title, step(id, Role::Werkgever).title, "{id:?}");
    }
}

#[test]
fn every_notice_and_duty_has_text() {
    for role in ROLES {
        for id in NOTICES {
            let n = notice(id, role);
            assert!(!n.title.is_empty() && !n.body.is_empty(), "{id:?} @{role:?}");
        }
        for id in DUTIES {
            let d = duty(id, role);
            assert!(!d.title.is_empty() && !d.body.is_empty() && !d.consequence.is_empty(), "{id:?} @{role:?}");
        }
    }
}

#[test]
fn verdicts_rules_reasons_and_labels_have_text() {
    for role in ROLES {
        for sp in SPOREN {
            let s = verdict_sentence(sp, role);
            assert!(s.ends_with('.'), "{sp:?} @{role:?}");
            assert!(!s.trim_end_matches('.').contains(". "), "verdict must be one sentence: {sp:?} @{role:?}");
        }
        for r in reasons() {
            let s = reason(r, role);
            assert!(!s.is_empty() && s.ends_with('.'), "{r:?} @{role:?}");
        }
        for p in open_points() {
            assert!(!open_point(p, role).is_empty(), "{p:?} @{role:?}");
        }
        assert_eq!(party_for(Party::Werknemer, Role::Werknemer), "U");
        assert_eq!(party_for(Party::Werkgever, Role::Werkgever), "U");
        assert_eq!(party_for(Party::Werkgever, Role::Werknemer), "Uw werkgever");
    }
    for sp in SPOREN {
        assert!(!verdict_title(sp).is_empty());
    }
    assert_eq!(verdict_title(Spoor::Spoor1En2), "Spoor 1 en spoor 2");
    for r in RULES {
        assert!(!rule(r).is_empty(), "{r:?}");
    }
    for c in CERTAINTIES {
        assert!(!certainty(c).is_empty());
    }
    for s in statuses() {
        assert!(!status(s).is_empty());
    }
    let labels: HashSet<&str> = statuses().iter().map(|s| status(*s)).collect();
    assert_eq!(labels.len(), 6, "status labels must differ");
    let labels: HashSet<&str> = CERTAINTIES.iter().map(|c| certainty(*c)).collect();
    assert_eq!(labels.len(), 6, "certainty labels must differ");
}

#[test]
fn not_covered_has_where_to_go() {
    for r in NOT_COVERED {
        let n = not_covered(r);
        assert!(!n.title.is_empty() && !n.why.is_empty(), "{r:?}");
        assert!(!n.where_to_go.is_empty(), "{r:?}");
        for l in n.where_to_go {
            assert!(l.href.starts_with("https://"), "{r:?} {}", l.href);
            assert!(!l.label.is_empty() && !l.text.is_empty(), "{r:?}");
        }
    }
}

#[test]
fn sections_and_documents_are_filled() {
    for role in ROLES {
        for s in spoor2_explainer(role).iter().chain(disagreement(role).iter()) {
            assert!(!s.title.is_empty());
            assert!(!s.paragraphs.is_empty() || !s.bullets.is_empty(), "{}", s.title);
        }
        for after in [false, true] {
            let vn = scope_vangnet(role, after);
            assert!(!vn.title.is_empty() && !vn.body.is_empty());
        }
    }
    let docs = documents();
    assert!(docs.len() >= 7);
    let steps: HashSet<_> = docs.iter().filter_map(|d| d.step).collect();
    assert_eq!(steps.len(), docs.iter().filter(|d| d.step.is_some()).count(), "a step marks one document only");
    for s in [StepId::Probleemanalyse, StepId::PlanVanAanpak, StepId::Eerstejaarsevaluatie, StepId::ReIntegratieverslag]
    {
        assert!(steps.contains(&s), "{s:?} missing from documents");
    }
    assert!(!disclaimer().is_empty());
}

#[test]
fn money_amounts_come_from_the_reference() {
    let disagreement_w: String = disagreement(Role::Werknemer)[1].paragraphs.concat();
    let disagreement_g: String = disagreement(Role::Werkgever)[1].paragraphs.concat();
    assert!(disagreement_w.contains("ongeveer €100") && disagreement_w.contains("uwv.nl"));
    assert!(disagreement_g.contains("ongeveer €400") && disagreement_g.contains("uwv.nl"));
    // €70, €230, €455: the tiers of the Boetebesluit socialezekerheidswetten art. 2c for late reports.
    let allowed = ["€455", "€230", "€70", "€400", "€100"];
    for (label, text) in all_texts() {
        for (i, _) in text.match_indices('€') {
            let amount: String = text[i..].chars().take_while(|c| *c == '€' || c.is_ascii_digit()).collect();
            assert!(allowed.contains(&amount.as_str()), "{label}: unexpected amount {amount}");
        }
    }
}

#[test]
fn texts_are_clean() {
    const BANNED: [&str; 12] =
        ["TODO", "FIXME", "XXX", "TBD", "lorem", "placeholder", "  ", "\n", "\t", "diagnose", "uw onderneming", "{"];
    const ENGLISH: [&str; 14] = [
        "the", "and", "with", "when", "employer", "employee", "step", "notice", "text", "title", "sick", "todo",
        "missing", "here",
    ];
    for (label, text) in all_texts() {
        if label.contains("missed") && text.is_empty() {
            continue;
        }
        assert!(!text.is_empty(), "{label}: empty");
        assert_eq!(text.trim(), text, "{label}: leading or trailing whitespace");
        for b in BANNED {
            assert!(!text.contains(b), "{label}: contains {b:?}: {text}");
        }
        // "uw bedrijf" assumes the employer user owns a business (an adviser does not); "uw
        // bedrijfsarts" is fine.
        for (i, _) in text.match_indices("uw bedrijf") {
            let next = text[i + "uw bedrijf".len()..].chars().next();
            assert!(next.is_some_and(|c| c.is_alphabetic()), "{label}: says 'uw bedrijf': {text}");
        }
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            assert!(!ENGLISH.contains(&w.to_lowercase().as_str()), "{label}: English word {w:?}");
        }
        // Two sentences glued together by a line continuation without a space ("week 6.Daarin").
        let chars: Vec<char> = text.chars().collect();
        for w in chars.windows(2) {
            assert!(
                !(matches!(w[0], '.' | '?' | '!' | ',' | ':' | ';') && w[1].is_alphabetic() && w[1].is_uppercase()),
                "{label}: missing space after punctuation: {text}"
            );
        }
    }
}

#[test]
fn static_texts_contain_no_computed_dates() {
    // Input errors and reasons echo the user's own dates, and questions count back from them or
    // give an example date; everything else must not contain a year.
    for (label, text) in all_texts() {
        if label.starts_with("input_error") || label.starts_with("reason") || label.starts_with("question") {
            continue;
        }
        let digits: Vec<bool> = text.chars().map(|c| c.is_ascii_digit()).collect();
        assert!(!digits.windows(4).any(|w| w.iter().all(|d| *d)), "{label}: looks like a year or date: {text}");
    }
}

/// Whether `phrase` occurs in `text` as whole words ("uw werkgever" but not "uw werkgeversvereniging").
fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(i, _)| !text[i + phrase.len()..].chars().next().is_some_and(char::is_alphabetic))
}

#[test]
fn role_perspective_is_consistent() {
    // For the employee "u" is the employee: the texts never talk about "uw werknemer" or "de
    // werknemer". For the employer "u" is the employer: never "uw werkgever".
    let mut bad = Vec::new();
    for (label, text) in all_texts() {
        let lower = text.to_lowercase();
        let forbidden: &[&str] = if label.starts_with("party_for") {
            &[]
        } else if label.contains("@Werknemer") {
            &["uw werknemer", "uw oud-werknemer", "de werknemer"]
        } else if label.contains("@Werkgever") {
            &["uw werkgever", "uw oud-werkgever"]
        } else {
            &[]
        };
        for phrase in forbidden {
            if contains_phrase(&lower, phrase) {
                bad.push(format!("{label}: '{phrase}' in: {text}"));
            }
        }
    }
    assert!(bad.is_empty(), "{} texts in the wrong person:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn b1_sentences_are_short() {
    for (label, text) in core_texts() {
        for sentence in text.split(". ").flat_map(|s| s.split("? ")).flat_map(|s| s.split("! ")) {
            let words = sentence.split_whitespace().count();
            assert!(words <= 25, "{label}: sentence of {words} words: {sentence}");
        }
    }
}

#[test]
fn dates_in_dutch() {
    assert_eq!(date_nl(day(2026, 3, 3)), "3 maart 2026");
    assert_eq!(weekday_date_nl(day(2026, 3, 3)), "dinsdag 3 maart 2026");
    assert_eq!(date_nl(day(2028, 2, 29)), "29 februari 2028");
    assert_eq!(weekday_date_nl(day(2028, 2, 29)), "dinsdag 29 februari 2028");
    assert_eq!(weekday_date_nl(day(2026, 11, 22)), "zondag 22 november 2026");
    assert_eq!(weekday_date_nl(day(2026, 12, 31)), "donderdag 31 december 2026");
    assert_eq!(weekday_date_nl(day(2027, 1, 1)), "vrijdag 1 januari 2027");
    assert_eq!(date_nl(day(2026, 5, 10)), "10 mei 2026");
    assert_eq!(weekday_date_nl(day(2026, 6, 1)), "maandag 1 juni 2026");
    assert_eq!(weekday_date_nl(day(2026, 8, 5)), "woensdag 5 augustus 2026");
    assert_eq!(weekday_date_nl(day(2026, 10, 3)), "zaterdag 3 oktober 2026");
}

#[test]
fn every_input_error_has_its_own_message() {
    let errors = input_errors();
    let messages: Vec<String> = errors.iter().map(input_error).collect();
    let unique: HashSet<&String> = messages.iter().collect();
    assert_eq!(unique.len(), errors.len(), "messages must differ per error");
    for (e, m) in errors.iter().zip(&messages) {
        assert!(m.ends_with('.'), "{e:?}: {m}");
        // Each message tells the user what to change.
        assert!(m.contains(" aan") || m.contains("Vul ") || m.contains("weglaten"), "{e:?}: {m}");
    }
    assert!(messages[0].contains("1 december 2026") && messages[0].contains("22 november 2026"));
    assert!(messages[3].contains("periode 1"), "periods are numbered from 1 for users: {}", messages[3]);
    assert!(messages[7].contains("Probleemanalyse"));
    // Every field of DateOutOfRange gets its own label.
    let fields = [
        Field::FirstSickDay,
        Field::RecoveredOn,
        Field::EarlierPeriods,
        Field::ContractEnd,
        Field::Done(StepId::Probleemanalyse),
        Field::WazoLeave,
    ];
    let msgs: HashSet<String> = fields.iter().map(|f| input_error(&InputError::DateOutOfRange { field: *f })).collect();
    assert_eq!(msgs.len(), fields.len());
}

#[test]
#[ignore]
fn dump_all_texts() {
    for (label, text) in all_texts() {
        println!("{label}\n    {text}");
    }
}
