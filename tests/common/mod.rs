//! Shared vector harness: load a vector file, run the engine, compare with the expectation.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use spoorwijzer::rules::{Assessment, InputError, NoticeId, Situation, StepId, assess};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vector {
    pub name: String,
    pub today: NaiveDate,
    pub situation: Situation,
    pub expect: Expect,
    /// Own vectors only: why this case cannot be answered through the wizard (it tests the
    /// engine's JSON interface beyond what the questions ask).
    #[serde(default)]
    pub engine_only: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    pub scope: Option<String>,
    pub sick_week: Option<u32>,
    pub spoor: Option<String>,
    pub deadlines: Option<BTreeMap<StepId, NaiveDate>>,
    pub overdue: Option<Vec<StepId>>,
    pub notices: Option<Vec<NoticeId>>,
    /// Own vectors only: an input error is expected (its serde tag, e.g. "first_sick_day_in_future").
    pub error: Option<String>,
    /// Own vectors only: the status of a step on `today` ("done", "overdue", "now", "upcoming",
    /// "passed", "not_applicable", "unknown"), for any step id the engine reports.
    pub status: Option<BTreeMap<StepId, String>>,
    /// Own vectors only: the certainty label of a step ("wet", "regeling", "uwv_praktijk", …).
    pub certainty: Option<BTreeMap<StepId, String>>,
    /// Own vectors only: notices that must NOT be raised.
    pub absent_notices: Option<Vec<NoticeId>>,
    /// Own vectors only: late reports to UWV and the highest fine for each, in euros.
    pub fines: Option<BTreeMap<StepId, u32>>,
    /// Own vectors only: the first day of a step's window.
    pub from: Option<BTreeMap<StepId, NaiveDate>>,
}

/// The step ids the public vector format defines; `overdue` is compared on these only, since
/// an engine "may report more steps" (vectors/README.md).
pub const PUBLIC_STEPS: [StepId; 6] = [
    StepId::Probleemanalyse,
    StepId::PlanVanAanpak,
    StepId::ZiekmeldingUwv,
    StepId::Eerstejaarsevaluatie,
    StepId::WiaAanvraag,
    StepId::EindeWachttijd,
];

/// The public vectors, or `$VECTORS_DIR`.
pub fn shared_dir() -> PathBuf {
    match std::env::var_os("VECTORS_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/domain/vectors"),
    }
}

/// Our own boundary vectors.
pub fn own_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

pub fn load_dir(dir: &Path) -> Vec<(PathBuf, Result<Vector, String>)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read vector dir {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let parsed = std::fs::read_to_string(&p)
                .map_err(|e| e.to_string())
                .and_then(|t| serde_json::from_str::<Vector>(&t).map_err(|e| format!("invalid vector: {e}")));
            (p, parsed)
        })
        .collect()
}

/// Compare one vector; returns the list of mismatches (empty = pass).
pub fn check(v: &Vector) -> Vec<String> {
    compare(v, assess(&v.situation, v.today))
}

/// Compare what the engine concluded (from the vector's situation, or from answers a simulated
/// user gave the wizard) with the vector's expectation.
pub fn compare(v: &Vector, result: Result<Assessment, InputError>) -> Vec<String> {
    let mut bad = Vec::new();
    let a = match result {
        Ok(a) => a,
        Err(e) => {
            let tag = serde_json::to_value(&e).ok().and_then(|j| j.get("error").and_then(|t| t.as_str()).map(String::from));
            match &v.expect.error {
                Some(want) if tag.as_deref() == Some(want.as_str()) => return bad,
                _ => return vec![format!("engine returned error {e:?}, expected {:?}", v.expect.error)],
            }
        }
    };
    if let Some(want) = &v.expect.error {
        bad.push(format!("expected error {want}, engine assessed instead"));
    }
    let scope = serde_json::to_value(a.scope).unwrap();
    if let Some(want) = &v.expect.scope {
        if scope.as_str() != Some(want) {
            bad.push(format!("scope: expected {want}, got {scope}"));
        }
    }
    if let Some(want) = v.expect.sick_week {
        if a.sick_week != want {
            bad.push(format!("sick_week: expected {want}, got {}", a.sick_week));
        }
    }
    if let Some(want) = &v.expect.spoor {
        if a.verdict.spoor.id() != want {
            bad.push(format!("spoor: expected {want}, got {} (rule {:?})", a.verdict.spoor.id(), a.verdict.rule));
        }
    }
    for (id, want) in v.expect.deadlines.iter().flatten() {
        match a.step(*id) {
            Some(st) if st.date == *want => {}
            Some(st) => bad.push(format!("deadline {}: expected {want}, got {}", id.id(), st.date)),
            None => bad.push(format!("deadline {}: step missing", id.id())),
        }
    }
    if let Some(want) = &v.expect.overdue {
        let mut got: Vec<StepId> = a.overdue().map(|s| s.id).filter(|id| PUBLIC_STEPS.contains(id)).collect();
        let mut want = want.clone();
        got.sort();
        want.sort();
        if got != want {
            bad.push(format!(
                "overdue: expected {:?}, got {:?}",
                want.iter().map(|s| s.id()).collect::<Vec<_>>(),
                got.iter().map(|s| s.id()).collect::<Vec<_>>()
            ));
        }
    }
    for (id, want) in v.expect.status.iter().flatten() {
        match a.step(*id) {
            Some(st) if st.status.id() == want => {}
            Some(st) => bad.push(format!("status of {}: expected {want}, got {}", id.id(), st.status.id())),
            None => bad.push(format!("status of {}: step missing", id.id())),
        }
    }
    for (id, want) in v.expect.certainty.iter().flatten() {
        let got = a.step(*id).map(|st| serde_json::to_value(st.certainty).unwrap());
        if got.as_ref().and_then(|g| g.as_str()) != Some(want.as_str()) {
            bad.push(format!("certainty of {}: expected {want}, got {got:?}", id.id()));
        }
    }
    if let Some(want) = &v.expect.fines {
        let got: BTreeMap<StepId, u32> = a.fines.iter().map(|f| (f.step, f.max_eur)).collect();
        if &got != want {
            bad.push(format!("fines: expected {want:?}, got {got:?}"));
        }
    }
    for (id, want) in v.expect.from.iter().flatten() {
        let got = a.step(*id).and_then(|st| st.from);
        if got != Some(*want) {
            bad.push(format!("window of {}: expected from {want}, got {got:?}", id.id()));
        }
    }
    for n in v.expect.absent_notices.iter().flatten() {
        if a.has_notice(*n) {
            bad.push(format!("notice {} raised, expected it absent", n.id()));
        }
    }
    for n in v.expect.notices.iter().flatten() {
        if !a.has_notice(*n) {
            let raised: Vec<&str> = a.notices.iter().map(|x| x.id.id()).collect();
            bad.push(format!("notice {} not raised (raised: {raised:?})", n.id()));
        }
    }
    bad
}

pub fn run_dir(dir: &Path) -> (usize, Vec<String>) {
    run_dir_with(dir, check)
}

/// Run `check` on every vector in `dir`: (number of vectors, failures by name).
pub fn run_dir_with(dir: &Path, check: impl Fn(&Vector) -> Vec<String>) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let all = load_dir(dir);
    for (path, parsed) in &all {
        let name = path.file_name().unwrap().to_string_lossy();
        match parsed {
            Err(e) => failures.push(format!("{name}: {e}")),
            Ok(v) => {
                let bad = check(v);
                if !bad.is_empty() {
                    failures.push(format!("{name} ({}):\n    {}", v.name, bad.join("\n    ")));
                }
            }
        }
    }
    (all.len(), failures)
}

/// The seed of every property test and fuzz run in this suite. Fixed by default, so that
/// `cargo test` gives the same result on every run (and CI never fails on an unrelated change);
/// `SPOORWIJZER_SEED=<number>` repeats a given run, `SPOORWIJZER_SEED=random` explores new cases.
/// The seed in use is printed, so a failing random run can be repeated exactly.
pub fn seed() -> u64 {
    const FIXED: u64 = 20_261_203;
    let chosen = match std::env::var("SPOORWIJZER_SEED").ok().as_deref() {
        None | Some("") => FIXED,
        Some("random") => {
            use std::hash::{BuildHasher, Hasher};
            // RandomState is seeded by the OS: no extra crate needed for one random number.
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()));
            h.finish()
        }
        Some(n) => n.parse().unwrap_or_else(|_| panic!("SPOORWIJZER_SEED must be a number or 'random', not {n:?}")),
    };
    println!("proptest seed: {chosen} (repeat with SPOORWIJZER_SEED={chosen})");
    chosen
}

/// A proptest configuration with [`seed`], `cases` cases and no failure files.
pub fn proptest_config(cases: u32) -> proptest::test_runner::Config {
    proptest::test_runner::Config {
        cases,
        failure_persistence: None,
        rng_seed: proptest::test_runner::RngSeed::Fixed(seed()),
        ..proptest::test_runner::Config::default()
    }
}
