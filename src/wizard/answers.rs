//! The one serialisable record of what the user answered. Everything else (the path, the
//! situation, the assessment) is derived from it, so this is all that is ever saved or exported.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::rules::{OwnWork, PartialReturn, Period, StepId, YesNoUnknown};

use super::questions::ASKED_STEPS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleAnswer {
    Werknemer,
    Werkgever,
    /// A re-integration bureau or adviser helping an employer: sees the employer's view.
    Adviseur,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContractAnswer {
    Vast,
    Tijdelijk,
    Uitzend,
    Oproep,
    Zzp,
    Uitgezonderd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndAnswer {
    Datum(NaiveDate),
    Geen,
    WeetNiet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EarlierAnswer {
    Ja(Period),
    Nee,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NowAnswer {
    Ziek,
    /// Working again for part of the hours, or in other work, since a date (if given) and for a
    /// share of the own hours (if given): the count goes on.
    Gedeeltelijk(PartialReturn),
    Hersteld(NaiveDate),
}

/// The special situations, several of which can apply at once ("Geldt een of meer van deze
/// situaties?"). All false: none applies. `weet_niet`: the user does not know.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Specials {
    pub zwangerschap: bool,
    pub orgaandonatie: bool,
    pub no_risk: bool,
    /// The employee reaches the AOW age within the 104 weeks: outside what we cover.
    pub aow: bool,
    /// The contract was ended during the proeftijd, on this (last) day.
    pub proeftijd: Option<NaiveDate>,
    /// The employer is eigenrisicodrager for the Ziektewet.
    pub eigenrisicodrager: bool,
    pub weet_niet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeaveAnswer {
    Ja(Period),
    Nee,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapacityAnswer {
    Beperkt,
    Geen,
    WeetNiet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepAnswer {
    Ja(NaiveDate),
    Nee,
    WeetNiet,
}

/// At most this many earlier periods are asked for (each within four weeks of the next).
pub const MAX_EARLIER: usize = 6;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Answers {
    pub role: Option<RoleAnswer>,
    pub contract: Option<ContractAnswer>,
    pub contract_end: Option<EndAnswer>,
    pub first_sick_day: Option<NaiveDate>,
    /// Earlier sick periods, newest first: each one within four weeks before the previous.
    pub earlier: Vec<EarlierAnswer>,
    pub now: Option<NowAnswer>,
    pub special: Option<Specials>,
    pub leave: Option<LeaveAnswer>,
    /// Sickness that ended right before the pregnancy leave (it counts together with the
    /// sickness after it, however long the leave).
    pub before_leave: Option<EarlierAnswer>,
    /// Pregnancy-related sickness that began in the flexibiliseringsperiode (the 6 weeks before
    /// the expected due date) or after the leave: reported to UWV on the fourth day.
    pub flex: Option<YesNoUnknown>,
    pub own_work: Option<OwnWork>,
    pub other_work: Option<YesNoUnknown>,
    pub capacity: Option<CapacityAnswer>,
    pub lasting: Option<YesNoUnknown>,
    pub more_capacity: Option<YesNoUnknown>,
    pub prospect: Option<YesNoUnknown>,
    pub cooperation: Option<YesNoUnknown>,
    pub steps: BTreeMap<StepId, StepAnswer>,
}

fn date_ok(d: NaiveDate) -> bool {
    (1900..=2200).contains(&d.year())
}

fn period_ok(p: &Period) -> bool {
    date_ok(p.first_day) && date_ok(p.last_day) && p.first_day <= p.last_day
}

impl Answers {
    /// True iff every value is one the wizard itself could have produced. Used to refuse
    /// restored or imported data as a whole rather than half-apply it.
    pub fn is_valid(&self) -> bool {
        let end_ok = match self.contract_end {
            Some(EndAnswer::Datum(d)) => date_ok(d),
            _ => true,
        };
        let now_ok = match self.now {
            Some(NowAnswer::Hersteld(d)) => date_ok(d),
            Some(NowAnswer::Gedeeltelijk(p)) => {
                p.since.is_none_or(date_ok) && p.percent.is_none_or(|v| (1..=100).contains(&v))
            }
            Some(NowAnswer::Ziek) | None => true,
        };
        let special_ok = self.special.is_none_or(|s| s.proeftijd.is_none_or(date_ok));
        let leave_ok = match self.leave {
            Some(LeaveAnswer::Ja(p)) => period_ok(&p),
            _ => true,
        } && match self.before_leave {
            Some(EarlierAnswer::Ja(p)) => period_ok(&p),
            _ => true,
        };
        // The wizard asks for earlier periods one by one and stops at the first "nee".
        let earlier_ok = self.earlier.len() <= MAX_EARLIER
            && self.earlier.iter().enumerate().all(|(i, e)| match e {
                EarlierAnswer::Ja(p) => period_ok(p),
                EarlierAnswer::Nee => i + 1 == self.earlier.len(),
            });
        let steps_ok = self.steps.iter().all(|(step, answer)| {
            ASKED_STEPS.contains(step)
                && match answer {
                    StepAnswer::Ja(d) => date_ok(*d),
                    _ => true,
                }
        });
        end_ok && now_ok && special_ok && leave_ok && earlier_ok && steps_ok && self.first_sick_day.is_none_or(date_ok)
    }

    /// Role as the engine sees it: an adviser takes the employer's view.
    pub fn engine_role(&self) -> crate::rules::Role {
        match self.role {
            Some(RoleAnswer::Werknemer) => crate::rules::Role::Werknemer,
            _ => crate::rules::Role::Werkgever,
        }
    }

    /// The earlier periods answered "ja", in the order asked (newest first), up to the first
    /// "nee": anything after it was not asked on the current path.
    pub fn earlier_periods(&self) -> impl Iterator<Item = Period> + '_ {
        self.earlier.iter().map_while(|e| match e {
            EarlierAnswer::Ja(p) => Some(*p),
            EarlierAnswer::Nee => None,
        })
    }
}
