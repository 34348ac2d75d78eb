//! The dated rule table: sorted, gap-free, explicit about its range, proposals never applied.

use chrono::NaiveDate;
use spoorwijzer::rules::regime::{PROPOSALS, RegimeId, TABLE, for_date, supported_from};
use spoorwijzer::rules::{Role, Scope, Situation, assess};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn table_is_sorted_and_gap_free_with_one_open_end() {
    for pair in TABLE.windows(2) {
        assert_eq!(pair[0].until, Some(pair[1].from), "gap or overlap between {:?} and {:?}", pair[0].id, pair[1].id);
        assert!(pair[0].from < pair[1].from);
    }
    assert_eq!(TABLE.iter().filter(|r| r.until.is_none()).count(), 1);
    assert!(TABLE.last().unwrap().until.is_none());
}

#[test]
fn rows_are_chosen_by_first_sick_day_without_fallback() {
    assert_eq!(for_date(d("2019-12-31")), None);
    assert_eq!(for_date(supported_from()).map(|r| r.id), Some(RegimeId::Wnra2020));
    assert_eq!(for_date(d("2023-06-30")).map(|r| r.id), Some(RegimeId::Wnra2020));
    assert_eq!(for_date(d("2023-07-01")).map(|r| r.id), Some(RegimeId::Visie2023));
    assert!(!for_date(d("2023-06-30")).unwrap().re_integratievisie);
    assert!(for_date(d("2023-07-01")).unwrap().re_integratievisie);
}

#[test]
fn proposals_are_disabled_and_no_row_depends_on_employer_size() {
    assert!(PROPOSALS.iter().all(|p| !p.enabled));
    assert!(TABLE.iter().all(|r| r.mkb_threshold.is_none()));
    // R13: the same case for a 5- and a 5,000-employee employer gives the same assessment.
    let mut small = Situation::new(Role::Werkgever, d("2025-09-01"));
    small.employer_size = Some(5);
    let mut large = small.clone();
    large.employer_size = Some(5000);
    let today = d("2026-11-22");
    assert_eq!(assess(&small, today).unwrap(), assess(&large, today).unwrap());
}

#[test]
fn visie_notice_follows_the_row() {
    let today = d("2023-09-01");
    let before = assess(&Situation::new(Role::Werknemer, d("2023-06-30")), today).unwrap();
    let after = assess(&Situation::new(Role::Werknemer, d("2023-07-01")), today).unwrap();
    let visie = spoorwijzer::rules::NoticeId::ReIntegratievisie;
    assert!(!before.has_notice(visie));
    assert!(after.has_notice(visie));
    assert_eq!(before.scope, Scope::Poortwachter);
}
