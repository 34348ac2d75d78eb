//! The saved-answers format (`src/storage`): every version we ever wrote restores, the current
//! one round-trips byte for byte, and anything else is refused as a whole with its reason.
//! Then 100,000+ random and mutated inputs: no panic, never a half-restored state.

mod common;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use proptest::prelude::*;
use spoorwijzer::rules::{OwnWork, PartialReturn, Period, StepId, YesNoUnknown};
use spoorwijzer::storage::{self, MAX_BYTES, RestoreError, SCHEMA_VERSION, Saved, encode, restore};
use spoorwijzer::wizard::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// Answers with every field filled, as the wizard could have produced them.
fn full_answers() -> Answers {
    Answers {
        role: Some(RoleAnswer::Werkgever),
        contract: Some(ContractAnswer::Tijdelijk),
        contract_end: Some(EndAnswer::Datum(d(2027, 6, 30))),
        first_sick_day: Some(d(2026, 3, 2)),
        earlier: vec![EarlierAnswer::Ja(Period { first_day: d(2026, 1, 5), last_day: d(2026, 2, 13) }), EarlierAnswer::Nee],
        now: Some(NowAnswer::Gedeeltelijk(PartialReturn { since: Some(d(2026, 9, 1)), percent: Some(50) })),
        special: Some(Specials { zwangerschap: true, no_risk: true, ..Specials::default() }),
        leave: Some(LeaveAnswer::Ja(Period { first_day: d(2026, 5, 4), last_day: d(2026, 8, 23) })),
        before_leave: Some(EarlierAnswer::Nee),
        flex: Some(YesNoUnknown::Nee),
        own_work: Some(OwnWork::Aangepast),
        other_work: Some(YesNoUnknown::Onbekend),
        capacity: Some(CapacityAnswer::Beperkt),
        lasting: Some(YesNoUnknown::Nee),
        more_capacity: Some(YesNoUnknown::Ja),
        prospect: Some(YesNoUnknown::Onbekend),
        cooperation: Some(YesNoUnknown::Ja),
        steps: BTreeMap::from([
            (StepId::Probleemanalyse, StepAnswer::Ja(d(2026, 4, 6))),
            (StepId::PlanVanAanpak, StepAnswer::Nee),
            (StepId::ZiekmeldingUwv, StepAnswer::WeetNiet),
        ]),
    }
}

/// What each version's fixture must restore to: the current answers for the current version,
/// and for an older one what its answers mean today.
fn expected(version: u32) -> Answers {
    match version {
        // Version 1 had one special situation, the AOW question apart, and a partial return
        // without date or hours.
        1 => Answers {
            now: Some(NowAnswer::Gedeeltelijk(PartialReturn { since: None, percent: None })),
            special: Some(Specials { zwangerschap: true, ..Specials::default() }),
            before_leave: None,
            flex: None,
            ..full_answers()
        },
        _ => full_answers(),
    }
}

fn fixture(version: u32) -> String {
    let path = format!("{}/tests/fixtures/saved_v{version}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("missing fixture {path} ({e}): every version needs one"))
}

#[test]
fn every_version_ever_written_restores_to_the_current_answers() {
    for version in 1..=SCHEMA_VERSION {
        let saved = restore(&fixture(version)).unwrap_or_else(|e| panic!("saved_v{version}.json: {e:?}"));
        assert_eq!(saved.answers, expected(version), "saved_v{version}.json");
        assert_eq!(saved.version, version);
        assert_eq!(saved.saved_on, d(2026, 12, 2));
    }
}

#[test]
fn the_current_format_is_pinned_by_its_fixture() {
    // Fails when `Answers` changes shape without a version bump (and a new fixture).
    assert_eq!(encode(&full_answers(), d(2026, 12, 2)).trim(), fixture(SCHEMA_VERSION).trim());
}

#[test]
fn saved_answers_round_trip() {
    for answers in [Answers::default(), full_answers()] {
        let text = encode(&answers, d(2026, 12, 2));
        assert_eq!(restore(&text), Ok(Saved { answers, saved_on: d(2026, 12, 2), version: SCHEMA_VERSION }));
    }
}

fn with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&fixture(SCHEMA_VERSION)).unwrap();
    edit(&mut v);
    v.to_string()
}

#[test]
fn each_kind_of_bad_data_is_refused_with_its_reason() {
    use RestoreError::*;
    let cases: Vec<(&str, String, RestoreError)> = vec![
        ("empty", String::new(), NotJson),
        ("truncated", fixture(SCHEMA_VERSION)[..40].to_string(), NotJson),
        ("not json", "hallo".into(), NotJson),
        ("a number", "42".into(), Foreign),
        ("a list", "[1,2]".into(), Foreign),
        ("another app's object", r#"{"theme":"dark"}"#.into(), Foreign),
        ("another format", with(|v| v["format"] = "iets-anders".into()), Foreign),
        ("no version", with(|v| { v.as_object_mut().unwrap().remove("version"); }), UnknownVersion),
        ("version as text", with(|v| v["version"] = "2".into()), UnknownVersion),
        ("version 0", with(|v| v["version"] = 0.into()), UnknownVersion),
        ("a newer version", with(|v| v["version"] = (SCHEMA_VERSION + 1).into()), Newer),
        ("a far newer version", with(|v| v["version"] = u64::MAX.into()), Newer),
        ("unknown answer", with(|v| v["answers"]["diagnose"] = "griep".into()), Damaged),
        ("unknown option", with(|v| v["answers"]["role"] = "directeur".into()), Damaged),
        ("impossible date", with(|v| v["answers"]["first_sick_day"] = "2026-02-30".into()), Damaged),
        ("date out of range", with(|v| v["answers"]["first_sick_day"] = "1850-01-01".into()), Damaged),
        ("period backwards", with(|v| v["answers"]["earlier"][0]["ja"]["last_day"] = "2025-01-01".into()), Damaged),
        ("answers after a nee", with(|v| v["answers"]["earlier"] = serde_json::json!(["nee", "nee"])), Damaged),
        ("a step never asked", with(|v| v["answers"]["steps"]["einde_wachttijd"] = "nee".into()), Damaged),
        ("no answers", with(|v| { v.as_object_mut().unwrap().remove("answers"); }), Damaged),
        ("no date", with(|v| { v.as_object_mut().unwrap().remove("saved_on"); }), Damaged),
        ("extra key", with(|v| v["extra"] = true.into()), Damaged),
        ("too large", format!("{{\"format\":\"{}\",\"pad\":\"{}\"}}", storage::FORMAT, "x".repeat(MAX_BYTES)), TooLarge),
    ];
    for (name, text, want) in cases {
        assert_eq!(restore(&text).map(|_| ()), Err(want), "{name}");
    }
}

#[test]
fn file_name_carries_the_date() {
    assert_eq!(storage::file_name(d(2026, 12, 2)), "spoorwijzer-antwoorden-2026-12-02.json");
}

// ---- fuzzing ----

/// Either refused, or a whole, valid state that survives another round trip unchanged.
fn check_whole(text: &str) -> bool {
    match restore(text) {
        Err(_) => false,
        Ok(saved) => {
            assert!(saved.answers.is_valid(), "restored answers must be valid: {text}");
            let again = restore(&encode(&saved.answers, saved.saved_on)).expect("a restored state re-encodes");
            assert_eq!(again.answers, saved.answers, "no half-restored state: {text}");
            true
        }
    }
}

fn mutate(base: &str, edits: &[(usize, u8, u8)]) -> String {
    let mut bytes = base.as_bytes().to_vec();
    for &(pos, kind, byte) in edits {
        if bytes.is_empty() {
            break;
        }
        let at = pos % bytes.len();
        match kind % 4 {
            0 => bytes[at] = byte,
            1 => { bytes.remove(at); }
            2 => bytes.insert(at, byte),
            _ => bytes.truncate(at),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(Into::into),
        any::<i64>().prop_map(Into::into),
        "[a-z_0-9-]{0,12}".prop_map(Into::into),
        Just("spoorwijzer-antwoorden".into()),
        Just("2026-12-02".into()),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Into::into),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_string()), Just("version".to_string()), Just("answers".to_string()),
                    Just("saved_on".to_string()), Just("role".to_string()), Just("steps".to_string()),
                    "[a-z_]{1,10}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Run `cases` inputs from `strategy` through `restore`, and report what became of them.
fn fuzz<S: Strategy>(name: &str, cases: u32, strategy: S, text: impl Fn(S::Value) -> String) {
    use std::cell::RefCell;
    use std::collections::BTreeMap;
    use proptest::test_runner::TestRunner;
    let outcomes: RefCell<BTreeMap<String, u32>> = RefCell::new(BTreeMap::new());
    let mut runner = TestRunner::new(common::proptest_config(cases));
    runner
        .run(&strategy, |v| {
            let t = text(v);
            let outcome = match check_whole(&t) {
                true => "restored whole".to_string(),
                false => format!("refused: {:?}", restore(&t).unwrap_err()),
            };
            *outcomes.borrow_mut().entry(outcome).or_default() += 1;
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    println!("storage fuzz {name}: {cases} inputs: {:?}", outcomes.borrow());
}

#[test]
fn random_bytes_never_panic() {
    fuzz("random bytes", 40_000, prop::collection::vec(any::<u8>(), 0..400), |b| String::from_utf8_lossy(&b).into_owned());
}

#[test]
fn mutated_saves_are_whole_or_refused() {
    let base = fixture(SCHEMA_VERSION);
    let edits = prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..6);
    fuzz("mutated saves", 40_000, edits, |e| mutate(&base, &e));
}

#[test]
fn random_json_is_whole_or_refused() {
    fuzz("random json", 40_000, (json_value(), any::<bool>()), |(v, as_ours)| {
        // Make half of them look like ours, so that the deeper layers are reached too.
        let v = if as_ours {
            serde_json::json!({ "format": storage::FORMAT, "version": SCHEMA_VERSION, "saved_on": "2026-12-02", "answers": v })
        } else {
            v
        };
        v.to_string()
    });
}

/// `cargo test --test storage -- --ignored --nocapture print_fixture` prints the fixture for the
/// current version (for `tests/fixtures/saved_v<N>.json` after a version bump).
#[test]
#[ignore]
fn print_fixture() {
    println!("{}", encode(&full_answers(), d(2026, 12, 2)));
}

#[test]
fn the_stored_value_and_the_file_hold_the_same() {
    let value = storage::encode_compact(&full_answers(), d(2026, 12, 2));
    assert_eq!(restore(&value), restore(&fixture(SCHEMA_VERSION)));
}

/// Every value an answer can take, as it is written. Renaming any of them would make older saves
/// unreadable, so this list may only grow (and a version bump is needed for any other change).
#[test]
fn every_answer_value_keeps_its_written_name() {
    fn names<T: serde::Serialize>(values: &[T]) -> Vec<String> {
        values.iter().map(|v| serde_json::to_value(v).unwrap().to_string()).collect()
    }
    let day = d(2026, 1, 2);
    let p = Period { first_day: day, last_day: day };
    let written = [
        names(&[RoleAnswer::Werknemer, RoleAnswer::Werkgever, RoleAnswer::Adviseur]),
        names(&[
            ContractAnswer::Vast,
            ContractAnswer::Tijdelijk,
            ContractAnswer::Uitzend,
            ContractAnswer::Oproep,
            ContractAnswer::Zzp,
            ContractAnswer::Uitgezonderd,
        ]),
        names(&[EndAnswer::Datum(day), EndAnswer::Geen, EndAnswer::WeetNiet]),
        names(&[EarlierAnswer::Ja(p), EarlierAnswer::Nee]),
        names(&[
            NowAnswer::Ziek,
            NowAnswer::Gedeeltelijk(PartialReturn { since: Some(day), percent: Some(50) }),
            NowAnswer::Hersteld(day),
        ]),
        names(&[Specials { proeftijd: Some(day), ..Specials::default() }]),
        names(&[LeaveAnswer::Ja(p), LeaveAnswer::Nee]),
        names(&[CapacityAnswer::Beperkt, CapacityAnswer::Geen, CapacityAnswer::WeetNiet]),
        names(&[StepAnswer::Ja(day), StepAnswer::Nee, StepAnswer::WeetNiet]),
        names(&[OwnWork::Ja, OwnWork::Aangepast, OwnWork::Nee, OwnWork::Onbekend]),
        names(&[YesNoUnknown::Ja, YesNoUnknown::Nee, YesNoUnknown::Onbekend]),
        names(&spoorwijzer::wizard::ASKED_STEPS),
    ]
    .concat()
    .join(" ");
    let pinned = r#""werknemer" "werkgever" "adviseur" "vast" "tijdelijk" "uitzend" "oproep" "zzp" "uitgezonderd" {"datum":"2026-01-02"} "geen" "weet_niet" {"ja":{"first_day":"2026-01-02","last_day":"2026-01-02"}} "nee" "ziek" {"gedeeltelijk":{"percent":50,"since":"2026-01-02"}} {"hersteld":"2026-01-02"} {"aow":false,"eigenrisicodrager":false,"no_risk":false,"orgaandonatie":false,"proeftijd":"2026-01-02","weet_niet":false,"zwangerschap":false} {"ja":{"first_day":"2026-01-02","last_day":"2026-01-02"}} "nee" "beperkt" "geen" "weet_niet" {"ja":"2026-01-02"} "nee" "weet_niet" "ja" "aangepast" "nee" "onbekend" "ja" "nee" "onbekend" "ziekmelding_uwv_zw" "probleemanalyse" "plan_van_aanpak" "ziekmelding_uwv" "eerstejaarsevaluatie" "spoor2_start_uiterlijk" "ziek_uit_dienst_melding" "hersteldmelding_uwv" "re_integratieverslag" "wia_aanvraag""#;
    assert_eq!(written, pinned);
}
