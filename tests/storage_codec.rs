//! The hand-written codec of `src/storage` against serde_json, the implementation it replaced
//! (kept here, native only, as the oracle): the same bytes for every encoded answer set, the
//! same outcome of `restore` for every text, and a JSON reader that accepts and refuses what
//! serde_json does. Fixed seeds (`common::proptest_config`), so every run is the same.

mod common;

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use serde_json::Value;
use spoorwijzer::storage::json::{self, Json};
use spoorwijzer::storage::{self, RestoreError, Saved};
use spoorwijzer::wizard::Answers;

/// The storage code as it was with serde_json and serde's derives.
mod reference {
    use chrono::NaiveDate;
    use serde::{Deserialize, Serialize};
    use serde_json::Value;
    use spoorwijzer::storage::{FORMAT, MAX_BYTES, RestoreError, SCHEMA_VERSION, Saved};
    use spoorwijzer::wizard::Answers;

    #[derive(Serialize)]
    struct Envelope<'a> {
        format: &'static str,
        version: u32,
        saved_on: NaiveDate,
        answers: &'a Answers,
    }

    pub fn pretty(answers: &Answers, saved_on: NaiveDate) -> String {
        serde_json::to_string_pretty(&Envelope { format: FORMAT, version: SCHEMA_VERSION, saved_on, answers }).unwrap()
    }

    pub fn compact(answers: &Answers, saved_on: NaiveDate) -> String {
        serde_json::to_value(Envelope { format: FORMAT, version: SCHEMA_VERSION, saved_on, answers })
            .unwrap()
            .to_string()
    }

    #[derive(Deserialize)]
    struct Header {
        format: Option<Value>,
        version: Option<Value>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Body {
        #[allow(dead_code)]
        format: String,
        #[allow(dead_code)]
        version: u32,
        saved_on: NaiveDate,
        answers: Value,
    }

    pub fn restore(text: &str) -> Result<Saved, RestoreError> {
        if text.len() > MAX_BYTES {
            return Err(RestoreError::TooLarge);
        }
        let value: Value = serde_json::from_str(text).map_err(|_| RestoreError::NotJson)?;
        let header = Header::deserialize(&value).map_err(|_| RestoreError::Foreign)?;
        if header.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(RestoreError::Foreign);
        }
        let version = header.version.as_ref().and_then(Value::as_u64).ok_or(RestoreError::UnknownVersion)?;
        if version > u64::from(SCHEMA_VERSION) {
            return Err(RestoreError::Newer);
        }
        let version = u32::try_from(version).map_err(|_| RestoreError::UnknownVersion)?;
        let body: Body = serde_json::from_value(value).map_err(|_| RestoreError::Damaged)?;
        let answers = match version {
            1 => {
                serde_json::from_value::<v1::Answers>(body.answers).map(v1::convert).map_err(|_| RestoreError::Damaged)
            }
            2 => serde_json::from_value(body.answers).map_err(|_| RestoreError::Damaged),
            _ => Err(RestoreError::UnknownVersion),
        }?;
        if !answers.is_valid() {
            return Err(RestoreError::Damaged);
        }
        Ok(Saved { answers, saved_on: body.saved_on, version })
    }

    /// The frozen version-1 shapes, exactly as `migrate.rs` had them.
    mod v1 {
        use std::collections::BTreeMap;

        use chrono::NaiveDate;
        use serde::Deserialize;
        use spoorwijzer::rules::{OwnWork, PartialReturn, StepId, YesNoUnknown};
        use spoorwijzer::wizard::{self, *};

        #[derive(Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Now {
            Ziek,
            Gedeeltelijk,
            Hersteld(NaiveDate),
        }

        #[derive(Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Special {
            Zwangerschap,
            Orgaandonatie,
            NoRisk,
            Geen,
            WeetNiet,
        }

        #[derive(Deserialize, Default)]
        #[serde(deny_unknown_fields, default)]
        pub struct Answers {
            pub role: Option<RoleAnswer>,
            pub contract: Option<ContractAnswer>,
            pub contract_end: Option<EndAnswer>,
            pub aow: Option<YesNoUnknown>,
            pub first_sick_day: Option<NaiveDate>,
            pub earlier: Vec<EarlierAnswer>,
            pub now: Option<Now>,
            pub special: Option<Special>,
            pub leave: Option<LeaveAnswer>,
            pub own_work: Option<OwnWork>,
            pub other_work: Option<YesNoUnknown>,
            pub capacity: Option<CapacityAnswer>,
            pub lasting: Option<YesNoUnknown>,
            pub more_capacity: Option<YesNoUnknown>,
            pub prospect: Option<YesNoUnknown>,
            pub cooperation: Option<YesNoUnknown>,
            pub steps: BTreeMap<StepId, StepAnswer>,
        }

        pub fn convert(o: Answers) -> wizard::Answers {
            let aow = o.aow == Some(YesNoUnknown::Ja);
            let special = match o.special {
                None if aow => Some(Specials { aow, ..Specials::default() }),
                None => None,
                Some(s) => {
                    let mut x = Specials { aow, ..Specials::default() };
                    match s {
                        Special::Zwangerschap => x.zwangerschap = true,
                        Special::Orgaandonatie => x.orgaandonatie = true,
                        Special::NoRisk => x.no_risk = true,
                        Special::Geen => {}
                        Special::WeetNiet => x.weet_niet = !aow,
                    }
                    Some(x)
                }
            };
            wizard::Answers {
                role: o.role,
                contract: o.contract,
                contract_end: o.contract_end,
                first_sick_day: o.first_sick_day,
                earlier: o.earlier,
                now: o.now.map(|n| match n {
                    Now::Ziek => NowAnswer::Ziek,
                    Now::Gedeeltelijk => NowAnswer::Gedeeltelijk(PartialReturn { since: None, percent: None }),
                    Now::Hersteld(d) => NowAnswer::Hersteld(d),
                }),
                special,
                leave: o.leave,
                before_leave: None,
                flex: None,
                own_work: o.own_work,
                other_work: o.other_work,
                capacity: o.capacity,
                lasting: o.lasting,
                more_capacity: o.more_capacity,
                prospect: o.prospect,
                cooperation: o.cooperation,
                steps: o.steps,
            }
        }
    }
}

/// Run `cases` inputs through `check`, counting the outcomes it names.
fn run<S: Strategy>(name: &str, cases: u32, strategy: S, check: impl Fn(S::Value) -> String) {
    let outcomes = std::cell::RefCell::new(std::collections::BTreeMap::<String, u32>::new());
    TestRunner::new(common::proptest_config(cases))
        .run(&strategy, |v| {
            *outcomes.borrow_mut().entry(check(v)).or_default() += 1;
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    println!("{name}: {cases} cases: {:?}", outcomes.borrow());
}

fn same_restore(text: &str) -> String {
    let got = storage::restore(text);
    assert_eq!(got, reference::restore(text), "restore differs from serde_json's for {text:?}");
    match got {
        Ok(_) => "restored".into(),
        Err(e) => format!("{e:?}"),
    }
}

#[test]
fn encoding_is_byte_for_byte_serde_json() {
    run("encode", 20_000, (generate::answers_set(), generate::any_date()), |(a, on): (Answers, NaiveDate)| {
        assert_eq!(storage::encode(&a, on), reference::pretty(&a, on), "pretty");
        assert_eq!(storage::encode_compact(&a, on), reference::compact(&a, on), "compact");
        // And what we write, we read as serde_json did.
        same_restore(&storage::encode(&a, on))
    });
}

#[test]
fn restore_agrees_with_serde_on_save_shaped_json() {
    let (wild, tame) = (generate::Mix { wild: true }, generate::Mix { wild: false });
    run("save-shaped json", 60_000, generate::document(wild), |(doc, spaced)| {
        same_restore(&generate::render(&doc, spaced))
    });
    run("saves as serde accepted them", 30_000, generate::document(tame), |(doc, spaced)| {
        same_restore(&generate::render(&doc, spaced))
    });
}

#[test]
fn restore_agrees_with_serde_on_mutated_saves() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let bases: Vec<String> = [1, 2]
        .iter()
        .map(|v| {
            std::fs::read_to_string(format!("{}/tests/fixtures/saved_v{v}.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
        })
        .chain([storage::encode_compact(&Answers::default(), day)])
        .collect();
    let edits = prop::collection::vec((any::<usize>(), any::<u8>(), prop::sample::select(generate::EDIT_BYTES)), 1..5);
    run("mutated saves", 40_000, (0..bases.len(), edits), |(i, e)| same_restore(&generate::mutate(&bases[i], &e)));
}

#[test]
fn restore_agrees_with_serde_on_random_bytes() {
    run("random bytes", 20_000, prop::collection::vec(any::<u8>(), 0..200), |b| {
        same_restore(&String::from_utf8_lossy(&b))
    });
}

/// serde_json's reading of `json`'s value, for comparison (keys collapse as in its map).
fn to_serde(v: &Json) -> Value {
    match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Uint(n) => Value::from(*n),
        Json::Number(text) => serde_json::from_str(text).unwrap(),
        Json::Str(s) => Value::String(s.clone()),
        Json::Array(items) => Value::Array(items.iter().map(to_serde).collect()),
        Json::Object(members) => Value::Object(members.iter().map(|(k, v)| (k.clone(), to_serde(v))).collect()),
    }
}

fn same_parse(text: &str) -> String {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<Value>(text);
    match (&ours, &theirs) {
        (Some(o), Ok(t)) => assert_eq!(&to_serde(o), t, "{text:?}"),
        (None, Err(_)) => {}
        _ => panic!("parse differs for {text:?}: ours {ours:?}, serde_json {theirs:?}"),
    }
    if ours.is_some() { "json".into() } else { "not json".into() }
}

#[test]
fn the_reader_accepts_and_refuses_what_serde_json_does() {
    run("json fragments", 60_000, generate::json_soup(), |t| same_parse(&t));
    run(
        "damaged documents",
        30_000,
        (
            generate::document(generate::Mix { wild: true }),
            prop::collection::vec((any::<usize>(), any::<u8>(), prop::sample::select(generate::EDIT_BYTES)), 1..4),
        ),
        |((doc, spaced), e)| same_parse(&generate::mutate(&generate::render(&doc, spaced), &e)),
    );
}

#[test]
fn the_edges_of_json_are_where_serde_json_has_them() {
    let mut texts: Vec<String> = generate::EDGE_CASES.iter().map(|s| s.to_string()).collect();
    // Nesting: 127 levels are JSON to serde_json, 128 are not.
    for depth in [1, 126, 127, 128, 129, 400] {
        texts.push(format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        texts.push(format!("{}1{}", "[".repeat(depth), "]".repeat(depth)));
        texts.push(format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth)));
    }
    assert!(json::parse(&format!("{}{}", "[".repeat(json::MAX_DEPTH), "]".repeat(json::MAX_DEPTH))).is_some());
    // Numbers around f64::MAX, where serde_json says "number out of range".
    for digits in ["17976931348623157", "17976931348623158", "17976931348623159", "1797693134862316", "18", "1"] {
        for exp in [280, 290, 291, 292, 300, 307, 308, 309, 310, 400] {
            texts.push(format!("{digits}e{exp}"));
            texts.push(format!("-{digits}.0e+{exp}"));
            texts.push(format!("0.{digits}e{}", exp + 1));
        }
        texts.push(format!("{digits}{}", "0".repeat(292)));
        // Where serde_json stops keeping digits (u64::MAX / 10 and a digit above 5).
        texts.push(format!("1844674407370955161.95e{}", 270 + digits.len()));
        texts.push(format!("18446744073709551619{}5e270", "1".repeat(digits.len())));
    }
    for t in &texts {
        same_parse(t);
        same_restore(t);
        same_restore(&format!(r#"{{"format":"spoorwijzer-antwoorden","version":{t}}}"#));
    }
}

#[test]
fn the_writer_lays_out_any_value_as_serde_json_does() {
    let every_escape: String = (0u8..0x20).map(char::from).chain("\"\\/\u{7f}é😀".chars()).collect();
    let v = serde_json::json!({ every_escape.clone(): [every_escape, -5, u64::MAX, {}, []] });
    assert_eq!(json::to_compact_sorted(&json::parse(&v.to_string()).unwrap()), v.to_string());
    run("writer", 20_000, generate::serde_value(), |v: Value| {
        let compact = v.to_string();
        assert_eq!(json::to_compact_sorted(&json::parse(&compact).unwrap()), compact);
        let pretty = serde_json::to_string_pretty(&v).unwrap();
        assert_eq!(json::to_pretty(&json::parse(&pretty).unwrap()), pretty);
        "same".into()
    });
}

#[test]
fn dates_are_read_as_chrono_reads_them() {
    run("dates", 20_000, generate::date_text(), |s: String| {
        let text = format!(
            r#"{{"format":"spoorwijzer-antwoorden","version":2,"saved_on":{},"answers":{{}}}}"#,
            serde_json::to_string(&s).unwrap()
        );
        let ours = storage::restore(&text).map(|saved| saved.saved_on);
        assert_eq!(ours.ok(), s.parse::<NaiveDate>().ok(), "{s:?}");
        same_restore(&text)
    });
}

#[test]
fn step_ids_are_written_as_serde_names_them() {
    for id in spoorwijzer::rules::StepId::ALL {
        assert_eq!(serde_json::to_value(id).unwrap(), Value::from(id.id()));
    }
    for alias in ["spoor2_start", "spoor_2_start", "vervroegde_iva"] {
        let text = format!(
            r#"{{"format":"spoorwijzer-antwoorden","version":2,"saved_on":"2026-12-02","answers":{{"steps":{{"{alias}":"nee"}}}}}}"#
        );
        same_restore(&text);
    }
}

#[test]
fn a_two_element_array_is_read_as_a_header() {
    // serde's derive also read a struct from an array; the reasons must stay the same.
    for (text, want) in [
        (r#"["spoorwijzer-antwoorden",2]"#, RestoreError::Damaged),
        (r#"["spoorwijzer-antwoorden",3]"#, RestoreError::Newer),
        (r#"["spoorwijzer-antwoorden","2"]"#, RestoreError::UnknownVersion),
        (r#"["spoorwijzer-antwoorden",2,"2026-12-02",{}]"#, RestoreError::Foreign),
    ] {
        assert_eq!(storage::restore(text).map(|_: Saved| ()), Err(want), "{text}");
        same_restore(text);
    }
}

/// Inputs: answer sets, and texts shaped like saves with every kind of deviation serde allowed or
/// refused (arrays for structs, `null` in unit variants, repeated keys, aliases, loose dates,
/// odd numbers), so that the deep paths of `restore` are reached, not only its first refusal.
mod generate {
    use std::collections::BTreeMap;

    use chrono::NaiveDate;
    use proptest::option::{of, weighted};
    use proptest::prelude::*;
    use proptest::sample::select;
    use proptest::strategy::Union;
    use spoorwijzer::rules::{OwnWork, PartialReturn, Period, StepId, YesNoUnknown};
    use spoorwijzer::wizard::*;

    /// A JSON text under construction: unlike `serde_json::Value` it can repeat keys and keep a
    /// number as written.
    #[derive(Clone, Debug)]
    pub enum Doc {
        Tok(&'static str),
        Str(String),
        Arr(Vec<Doc>),
        Obj(Vec<(String, Doc)>),
    }
    type S = BoxedStrategy<Doc>;

    pub fn render(doc: &Doc, spaced: bool) -> String {
        let ws = if spaced { " \n\t" } else { "" };
        match doc {
            Doc::Tok(t) => t.to_string(),
            Doc::Str(s) => serde_json::to_string(s).unwrap(),
            Doc::Arr(items) => {
                format!("[{ws}{}{ws}]", items.iter().map(|d| render(d, spaced)).collect::<Vec<_>>().join(","))
            }
            Doc::Obj(members) => {
                let m: Vec<String> = members
                    .iter()
                    .map(|(k, v)| format!("{}{ws}:{ws}{}", serde_json::to_string(k).unwrap(), render(v, spaced)))
                    .collect();
                format!("{{{ws}{}{ws}}}", m.join(&format!(",{ws}")))
            }
        }
    }

    pub fn mutate(base: &str, edits: &[(usize, u8, u8)]) -> String {
        let mut bytes = base.as_bytes().to_vec();
        for &(pos, kind, byte) in edits {
            if bytes.is_empty() {
                break;
            }
            let at = pos % bytes.len();
            match kind % 4 {
                0 => bytes[at] = byte,
                1 => drop(bytes.remove(at)),
                2 => bytes.insert(at, byte),
                _ => bytes.truncate(at),
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// Bytes that make interesting damage in JSON.
    pub const EDIT_BYTES: &[u8] = b"{}[]\",:\\ 0123456789-+.eEuntrfalsx\x00\x1f\x7f";
    #[rustfmt::skip]
    const TOKENS: &[&str] = &[
        "null", "true", "false", "0", "1", "2", "3", "50", "100", "101", "255", "256", "-1", "-0", "2.0", "5e1",
        "1e400", "-1e400", "1e-400", "18446744073709551615", "18446744073709551616", "4294967296", "1.5", "-5E-3",
        "0.0", "1E2",
    ];
    #[rustfmt::skip]
    const NAMES: &[&str] = &[
        "werknemer", "werkgever", "adviseur", "vast", "zzp", "datum", "geen", "weet_niet", "ja", "nee", "ziek",
        "gedeeltelijk", "hersteld", "beperkt", "aangepast", "onbekend", "zwangerschap", "no_risk", "Ja", "",
        "spoorwijzer-antwoorden",
    ];
    #[rustfmt::skip]
    const KEYS: &[&str] = &[
        "format", "version", "saved_on", "answers", "role", "steps", "first_day", "since", "percent", "aow", "ja", "x",
    ];
    #[rustfmt::skip]
    const STEP_KEYS: &[&str] = &[
        "probleemanalyse", "plan_van_aanpak", "ziekmelding_uwv", "spoor2_start_uiterlijk", "spoor2_start",
        "spoor_2_start", "vervroegde_iva", "vervroegde_iva_uiterlijk", "wia_aanvraag", "einde_wachttijd",
        "ziekmelding_uwv_zw", "stap",
    ];
    #[rustfmt::skip]
    pub const EDGE_CASES: &[&str] = &[
        "", " ", "null", " null ", "nul", "nulll", "tru", "[", "]", "[,]", "[1,]", "[1 2]", "{}", "{,}", "{\"a\"}",
        "{\"a\":}", "{\"a\":1,}", "{1:1}", "{\"a\":1 \"b\":2}", "\"", "\"\\\"", "\"\\x\"", "\"\\u12\"", "\"\\u00e9\"",
        "\"\\uD83D\\uDE00\"", "\"\\uD83D\"", "\"\\uDE00\"", "\"\\uD83Dx\"", "\"\\uD83D\\n\"", "\"\\uD83D\\uD83D\"",
        "\"\\u0000\"", "\"\u{1}\"", "\"\u{7f}\"", "\"é\"", "01", "-01", "-", "--1", "+1", ".5", "1.", "1.e1", "1e",
        "1e+", "1E-0", "-0", "-0.0", "0e0", "1e2147483647", "1e2147483648", "0e99999999999", "1e-99999999999",
        "-1e99999999999", "18446744073709551615", "18446744073709551616", "-9223372036854775808",
        "-9223372036854775809", "\u{feff}{}", "{}\u{a0}", "{} x", "[]\r\n", "\t[\n]\r",
    ];

    #[rustfmt::skip]
    const ODD_DATES: &[&str] = &[
        "", "2026", "2026-12", "2026-12-02T00:00", "02-12-2026", "20261202", "2026/12/02", "+262143-12-31",
        "-262144-01-01", "+99999999999999999999-01-01", "2026-12-02x", "2026--12-02", "٢٠٢٦-١٢-٠٢", "10000-01-01",
        "+10000-01-01", "-0-1-1",
    ];

    pub fn date_text() -> BoxedStrategy<String> {
        let canonical = (1890i32..2210, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
        let space = || select(&["", "", "", " ", "\t", "\n", "\u{a0}", "\u{2003}"][..]);
        let loose = (
            select(&["", "", "+", "-", "+00"][..]),
            0i32..3000,
            0u32..14,
            0u32..33,
            space(),
            space(),
            space(),
            any::<bool>(),
        )
            .prop_map(|(sign, y, m, d, a, b, c, pad)| match pad {
                true => format!("{a}{sign}{y:04}{b}-{m:02}-{c}{d:02}{a}"),
                false => format!("{a}{sign}{y}-{b}{m}{c}-{d}{c}"),
            });
        let odd = select(ODD_DATES).prop_map(String::from);
        prop_oneof![6 => canonical, 3 => loose, 1 => odd].boxed()
    }

    fn leaf() -> S {
        prop_oneof![
            select(TOKENS).prop_map(Doc::Tok),
            select(NAMES).prop_map(|n| Doc::Str(n.into())),
            date_text().prop_map(Doc::Str)
        ]
        .boxed()
    }

    pub fn any_doc() -> S {
        leaf()
            .prop_recursive(3, 16, 4, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..4).prop_map(Doc::Arr),
                    prop::collection::vec((select(KEYS).prop_map(String::from), inner), 0..4).prop_map(Doc::Obj),
                ]
            })
            .boxed()
    }

    /// How wild a document is. `wild`: every deviation, most of them refused somewhere. Tame:
    /// only what serde accepted (arrays for structs, `null` in unit variants, a repeated key
    /// whose last copy is good, aliases, loose dates), so that most documents restore and the
    /// restored answers themselves are compared.
    #[derive(Clone, Copy)]
    pub struct Mix {
        pub wild: bool,
    }

    fn noisy(m: Mix, good: S) -> S {
        if m.wild { prop_oneof![12 => good, 1 => any_doc()].boxed() } else { good }
    }

    fn date_doc(m: Mix) -> S {
        if m.wild {
            return noisy(m, date_text().prop_map(Doc::Str).boxed());
        }
        let day = (1900i32..2200, 1u32..=12, 1u32..=28);
        let style = select(
            &["{y}-{m:02}-{d:02}", "{y}-{m}-{d}", " {y}- {m}-{d} ", "+{y}-{m:02}-{d:02}", "{y}\u{a0}-{m:02}-{d:02}\n"]
                [..],
        );
        (day, style)
            .prop_map(|((y, mo, d), style)| {
                let two = |n: u32| format!("{n:02}");
                let text = style.replace("{y}", &y.to_string()).replace("{m:02}", &two(mo)).replace("{d:02}", &two(d));
                Doc::Str(text.replace("{m}", &mo.to_string()).replace("{d}", &d.to_string()))
            })
            .boxed()
    }

    /// An enum: unit variants (`None`) and variants with content, in all the shapes serde read.
    fn variants(m: Mix, vs: Vec<(&'static str, Option<S>)>) -> S {
        let one = |name: &'static str, c: Doc| Doc::Obj(vec![(name.into(), c)]);
        let mut forms: Vec<(u32, S)> = vec![];
        for (name, content) in vs {
            let bare = Just(Doc::Str(name.into())).boxed();
            match content {
                None => forms.extend([(8, bare), (1, Just(one(name, Doc::Tok("null"))).boxed())]),
                Some(c) => {
                    forms.push((8, c.clone().prop_map(move |c| one(name, c)).boxed()));
                    forms.push((
                        1,
                        (any_doc(), c)
                            .prop_map(move |(a, c)| Doc::Obj(vec![(name.into(), a), (name.into(), c)]))
                            .boxed(),
                    ));
                    if m.wild {
                        forms.push((1, bare));
                    }
                }
            }
        }
        if m.wild {
            forms.push((1, Just(Doc::Obj(vec![])).boxed()));
            forms.push((
                1,
                (select(NAMES), any_doc())
                    .prop_map(|(n, c)| Doc::Obj(vec![(n.into(), c.clone()), ("nee".into(), c)]))
                    .boxed(),
            ));
        }
        noisy(m, Union::new_weighted(forms).boxed())
    }

    /// A unit-only enum: `valid` names, and in a wild mix also names it does not have.
    fn units(m: Mix, valid: &'static [&'static str], invalid: &'static [&'static str]) -> S {
        let names = valid.iter().chain(if m.wild { invalid } else { &[] });
        variants(m, names.map(|n| (*n, None)).collect())
    }

    /// A struct: an object of some fields in any order (maybe with an unknown or a repeated
    /// key), or an array of its first fields (maybe one too many).
    fn record(m: Mix, fields: Vec<(&'static str, S)>, present: f64) -> S {
        let n = fields.len();
        let members: Vec<_> = fields
            .iter()
            .map(|&(k, ref g)| {
                let member = g.clone().prop_map(move |d| (k.to_string(), d));
                if present < 1.0 { weighted(present, member).boxed() } else { member.prop_map(Some).boxed() }
            })
            .collect();
        let extra =
            weighted(0.05, (select(KEYS).prop_map(String::from), any_doc())).prop_map(move |e| e.filter(|_| m.wild));
        let repeat = weighted(0.1, any_doc());
        let object = (members, extra, repeat)
            .prop_flat_map(|(ms, extra, repeat)| {
                let v: Vec<(String, Doc)> = ms.into_iter().flatten().chain(extra).collect();
                (Just(v).prop_shuffle(), Just(repeat))
            })
            .prop_map(move |(mut v, repeat)| {
                // A repeated key: the last copy counts, so tame mixes put the stray one first.
                if let (Some(r), Some((k, _))) = (repeat, v.first().cloned()) {
                    v.insert(if m.wild { v.len() } else { 0 }, (k, r));
                }
                Doc::Obj(v)
            });
        let items: Vec<S> = fields.into_iter().map(|(_, g)| g).collect();
        let array = (items, 0..=n + usize::from(m.wild)).prop_map(|(mut v, k)| {
            v.push(Doc::Tok("null"));
            Doc::Arr(v.into_iter().take(k).collect())
        });
        noisy(m, prop_oneof![9 => object, 1 => array].boxed())
    }

    fn period(m: Mix) -> S {
        if m.wild {
            return record(m, vec![("first_day", date_doc(m)), ("last_day", date_doc(m))], 0.95);
        }
        // In order, or `is_valid` refuses it: a fixed first day and a later last one.
        let first = Just(Doc::Str("1950-01-01".into())).boxed();
        record(m, vec![("first_day", first), ("last_day", date_doc(m))], 1.0)
    }

    fn earlier(m: Mix) -> S {
        variants(m, vec![("ja", Some(period(m))), ("nee", None)])
    }

    fn steps(m: Mix) -> S {
        let answer = variants(m, vec![("ja", Some(date_doc(m))), ("nee", None), ("weet_niet", None)]);
        let keys = if m.wild { STEP_KEYS } else { &STEP_KEYS[..6] };
        noisy(m, prop::collection::vec((select(keys).prop_map(String::from), answer), 0..5).prop_map(Doc::Obj).boxed())
    }

    const YNU: &[&str] = &["ja", "nee", "onbekend"];

    fn answers(m: Mix, v1: bool) -> S {
        let percent =
            noisy(m, select(if m.wild { TOKENS } else { &["1", "50", "100"][..] }).prop_map(Doc::Tok).boxed());
        let now = match v1 {
            true => variants(m, vec![("ziek", None), ("gedeeltelijk", None), ("hersteld", Some(date_doc(m)))]),
            false => {
                let partial = record(m, vec![("since", date_doc(m)), ("percent", percent)], 0.6);
                variants(m, vec![("ziek", None), ("gedeeltelijk", Some(partial)), ("hersteld", Some(date_doc(m)))])
            }
        };
        let flag = || noisy(m, select(&["true", "false"][..]).prop_map(Doc::Tok).boxed());
        let special = match v1 {
            true => units(m, &["zwangerschap", "orgaandonatie", "no_risk", "geen", "weet_niet"], &["aow"]),
            false => record(
                m,
                vec![
                    ("zwangerschap", flag()),
                    ("orgaandonatie", flag()),
                    ("no_risk", flag()),
                    ("aow", flag()),
                    ("proeftijd", prop_oneof![Just(Doc::Tok("null")), date_doc(m)].boxed()),
                    ("eigenrisicodrager", flag()),
                    ("weet_niet", flag()),
                ],
                0.7,
            ),
        };
        // Tame: some "ja" periods, perhaps a final "nee", as the wizard asks them.
        let earlier_list = match m.wild {
            true => prop::collection::vec(earlier(m), 0..8).prop_map(Doc::Arr).boxed(),
            false => (prop::collection::vec(earlier(m), 0..3), any::<bool>())
                .prop_map(|(v, nee)| {
                    let mut v: Vec<Doc> = v.into_iter().filter(|d| !matches!(d, Doc::Str(_))).collect();
                    v.extend(nee.then(|| Doc::Str("nee".into())));
                    Doc::Arr(v)
                })
                .boxed(),
        };
        let ynu = || units(m, YNU, &["weet_niet"]);
        let mut fields = vec![
            ("role", units(m, &["werknemer", "werkgever", "adviseur"], &["directeur"])),
            ("contract", units(m, &["vast", "tijdelijk", "uitzend", "oproep", "zzp", "uitgezonderd"], &["flex"])),
            ("contract_end", variants(m, vec![("datum", Some(date_doc(m))), ("geen", None), ("weet_niet", None)])),
            ("first_sick_day", date_doc(m)),
            ("earlier", noisy(m, earlier_list)),
            ("now", now),
            ("special", special),
            ("leave", variants(m, vec![("ja", Some(period(m))), ("nee", None)])),
            ("before_leave", earlier(m)),
            ("flex", ynu()),
            ("own_work", units(m, &["ja", "aangepast", "nee", "onbekend"], &["weet_niet"])),
            ("other_work", ynu()),
            ("capacity", units(m, &["beperkt", "geen", "weet_niet"], &["onbekend"])),
            ("lasting", ynu()),
            ("more_capacity", ynu()),
            ("prospect", ynu()),
            ("cooperation", ynu()),
            ("steps", steps(m)),
        ];
        if v1 {
            fields.retain(|(k, _)| !matches!(*k, "before_leave" | "flex"));
            fields.insert(3, ("aow", ynu()));
        }
        record(m, fields, 0.5)
    }

    /// A whole text: mostly a save of version 1 or 2 with deviations, sometimes anything.
    pub fn document(m: Mix) -> impl Strategy<Value = (Doc, bool)> {
        let version = move |v: &'static str| {
            noisy(m, prop_oneof![12 => Just(Doc::Tok(v)), 1 => select(TOKENS).prop_map(Doc::Tok)].boxed())
        };
        let format = noisy(m, Just(Doc::Str("spoorwijzer-antwoorden".into())).boxed());
        let save = |v, answers| {
            let fields = vec![
                ("format", format.clone()),
                ("version", version(v)),
                ("saved_on", date_doc(m)),
                ("answers", answers),
            ];
            record(m, fields, if m.wild { 0.97 } else { 1.0 })
        };
        let mut forms = vec![(4, save("2", answers(m, false))), (3, save("1", answers(m, true)))];
        if m.wild {
            forms.push((1, any_doc()));
        }
        (Union::new_weighted(forms), any::<bool>())
    }

    #[rustfmt::skip]
    const SOUP: &[&str] = &[
        "{", "}", "[", "]", ",", ":", "\"", "\"a\"", "\\", "\\u", "D83D", "DE00", "00", "1", "0", "-", ".", "e", "+",
        " ", "\n", "null", "tru", "true", "\u{1}", "é", "\\n", "\\/", "\"\\uD83D\\uDE00\"",
    ];

    /// Short texts from JSON's alphabet: mostly not JSON, and refused for every reason there is.
    pub fn json_soup() -> impl Strategy<Value = String> {
        let piece = select(SOUP);
        prop::collection::vec(piece, 0..14).prop_map(|p| p.concat())
    }

    /// Values with any strings and integers, to check the writer's escapes and layout.
    pub fn serde_value() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<String>().prop_map(Value::from),
        ];
        leaf.prop_recursive(4, 24, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(Value::from),
                prop::collection::btree_map(any::<String>(), inner, 0..5)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    pub fn any_date() -> BoxedStrategy<NaiveDate> {
        use chrono::Datelike;
        let day = |d: NaiveDate| Datelike::num_days_from_ce(&d);
        let (min, max) = (day(NaiveDate::MIN), day(NaiveDate::MAX));
        let common =
            day(NaiveDate::from_ymd_opt(1900, 1, 1).unwrap())..day(NaiveDate::from_ymd_opt(2200, 1, 1).unwrap());
        prop_oneof![8 => common, 1 => min..=max].prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap()).boxed()
    }

    pub fn answers_set() -> impl Strategy<Value = Answers> {
        let d = any_date;
        let period = || (d(), d()).prop_map(|(first_day, last_day)| Period { first_day, last_day });
        let ynu = || of(select(&[YesNoUnknown::Ja, YesNoUnknown::Nee, YesNoUnknown::Onbekend][..]));
        let earlier = || prop_oneof![period().prop_map(EarlierAnswer::Ja), Just(EarlierAnswer::Nee)];
        let now = prop_oneof![
            Just(NowAnswer::Ziek),
            (of(d()), of(any::<u8>()))
                .prop_map(|(since, percent)| NowAnswer::Gedeeltelijk(PartialReturn { since, percent })),
            d().prop_map(NowAnswer::Hersteld),
        ];
        let special = (any::<[bool; 6]>(), of(d())).prop_map(|(b, proeftijd)| Specials {
            zwangerschap: b[0],
            orgaandonatie: b[1],
            no_risk: b[2],
            aow: b[3],
            proeftijd,
            eigenrisicodrager: b[4],
            weet_niet: b[5],
        });
        let step = prop_oneof![d().prop_map(StepAnswer::Ja), Just(StepAnswer::Nee), Just(StepAnswer::WeetNiet)];
        let head = (
            of(select(&[RoleAnswer::Werknemer, RoleAnswer::Werkgever, RoleAnswer::Adviseur][..])),
            of(select(
                &[
                    ContractAnswer::Vast,
                    ContractAnswer::Tijdelijk,
                    ContractAnswer::Uitzend,
                    ContractAnswer::Oproep,
                    ContractAnswer::Zzp,
                    ContractAnswer::Uitgezonderd,
                ][..],
            )),
            of(prop_oneof![d().prop_map(EndAnswer::Datum), Just(EndAnswer::Geen), Just(EndAnswer::WeetNiet)]),
            of(d()),
            prop::collection::vec(earlier(), 0..8),
            of(now),
            of(special),
            of(prop_oneof![period().prop_map(LeaveAnswer::Ja), Just(LeaveAnswer::Nee)]),
            of(earlier()),
        );
        let tail = (
            ynu(),
            of(select(&[OwnWork::Ja, OwnWork::Aangepast, OwnWork::Nee, OwnWork::Onbekend][..])),
            ynu(),
            of(select(&[CapacityAnswer::Beperkt, CapacityAnswer::Geen, CapacityAnswer::WeetNiet][..])),
            (ynu(), ynu(), ynu(), ynu()),
            prop::collection::btree_map(select(&StepId::ALL[..]), step, 0..12),
        );
        (head, tail).prop_map(|(h, t)| Answers {
            role: h.0,
            contract: h.1,
            contract_end: h.2,
            first_sick_day: h.3,
            earlier: h.4,
            now: h.5,
            special: h.6,
            leave: h.7,
            before_leave: h.8,
            flex: t.0,
            own_work: t.1,
            other_work: t.2,
            capacity: t.3,
            lasting: t.4.0,
            more_capacity: t.4.1,
            prospect: t.4.2,
            cooperation: t.4.3,
            steps: t.5.into_iter().collect::<BTreeMap<_, _>>(),
        })
    }
}
