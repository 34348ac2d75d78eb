//! Rules by effective date. Every parameter that changed or may change lives in this one
//! table, chosen by the chain's first sick day. The table is sorted and gap-free (tested), and a
//! date before its first row is "not covered": there is no silent fallback to the nearest row.

use chrono::NaiveDate;
use serde::Serialize;

/// Date on which the team last checked the rules against the law texts.
pub const RULES_CHECKED_ON: NaiveDate = date(2026, 11, 22);

/// The consolidated law texts were read as valid on this date (poortwachter.md header); links to
/// wetten.overheid.nl point to this version, so a reader sees the text we applied.
pub const LAW_TEXT_DATE: NaiveDate = date(2026, 7, 1);

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("invalid constant date"),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RegimeId {
    /// From 2020-01-01 (Wnra: most civil servants under the BW). No re-integratievisie yet.
    Wnra2020,
    /// From 2023-07-01: PvA and eerstejaarsevaluatie record both parties' re-integratievisie.
    Visie2023,
}

/// One row of the rule table: valid for a chain whose first sick day is in [from, until).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Regime {
    pub id: RegimeId,
    pub from: NaiveDate,
    /// Exclusive end; `None` = open-ended (valid as far as we know on RULES_CHECKED_ON).
    pub until: Option<NaiveDate>,
    /// PvA and EJE must include the re-integratievisie of both parties (RPG-2023).
    pub re_integratievisie: bool,
    /// Employer size above which a rule differs. `None`: no rule depends on it (R13).
    pub mkb_threshold: Option<u32>,
    /// Length of the waiting period in weeks (WIA 23).
    pub wachttijd_weeks: u32,
    /// Fewer than this many fit days between two periods: they count together.
    pub samentelling_gap_days: u32,
}

pub const TABLE: [Regime; 2] = [
    Regime {
        id: RegimeId::Wnra2020,
        from: date(2020, 1, 1),
        until: Some(date(2023, 7, 1)),
        re_integratievisie: false,
        mkb_threshold: None,
        wachttijd_weeks: 104,
        samentelling_gap_days: 28,
    },
    Regime {
        id: RegimeId::Visie2023,
        from: date(2023, 7, 1),
        until: None,
        re_integratievisie: true,
        mkb_threshold: None,
        wachttijd_weeks: 104,
        samentelling_gap_days: 28,
    },
];

/// Proposals that are not law. Kept dated and disabled so that the day one passes, enabling it
/// is a reviewed table change, and tested never to be applied meanwhile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Proposal {
    pub name: &'static str,
    pub planned_from: Option<NaiveDate>,
    pub enabled: bool,
}

pub const PROPOSALS: [Proposal; 2] = [
    // Wetsvoorstel re-integratieverplichtingen tweede ziektejaar kleine en middelgrote werkgevers
    // (internetconsultatie 2023): spoor 1 could close in year 2 for employers ≤ 100 employees.
    Proposal { name: "mkb_tweede_ziektejaar", planned_from: None, enabled: false },
    // Advies bedrijfsarts leidend bij de RIV-toets (announced for 2028-01-01): changes UWV's test,
    // not the deadlines.
    Proposal { name: "bedrijfsarts_leidend", planned_from: Some(date(2028, 1, 1)), enabled: false },
];

/// The row for a chain starting on `first_day`, or `None` outside the supported range.
pub fn for_date(first_day: NaiveDate) -> Option<&'static Regime> {
    TABLE.iter().find(|r| r.from <= first_day && r.until.is_none_or(|u| first_day < u))
}

/// First date the table covers.
pub fn supported_from() -> NaiveDate {
    TABLE[0].from
}
