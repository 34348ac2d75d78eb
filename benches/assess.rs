//! Time of one full assessment (goal: ≤ 10 µs natively). `cargo bench --bench assess`.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use spoorwijzer::rules::*;

fn case() -> (Situation, NaiveDate) {
    let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    let mut s = Situation::new(Role::Werkgever, d("2025-10-06"));
    s.earlier_periods.push(Period { first_day: d("2025-08-01"), last_day: d("2025-09-20") });
    s.own_work = Some(OwnWork::Nee);
    s.other_work_own_employer = Some(YesNoUnknown::Nee);
    s.work_capacity = Some(Capacity::Beperkt);
    s.done.insert(StepId::Probleemanalyse, d("2025-11-14"));
    s.done.insert(StepId::PlanVanAanpak, d("2025-11-27"));
    s.done.insert(StepId::ZiekmeldingUwv, d("2026-07-20"));
    (s, d("2026-11-22"))
}

fn bench(c: &mut Criterion) {
    let (s, today) = case();
    c.bench_function("assess (spoor 2, samentelling, 3 steps done)", |b| {
        b.iter(|| assess(black_box(&s), black_box(today)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
