//! Fines for reports to UWV made late (ZW 38 lid 3, 38a lid 8, 38aa): the Boetebesluit
//! socialezekerheidswetten art. 2c sets them by how many calendar days late, and at the top
//! amount for a report never made. UWV may lower a fine for reduced blame (Beleidsregel boete
//! werkgevers ZW, Stcrt. 2017, 35), so these are maxima.

use chrono::NaiveDate;
use serde::Serialize;

use super::assessment::{Status, Step};
use super::steps::StepId;

/// A report to UWV that is (or was) late, and the highest fine it can bring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Fine {
    pub step: StepId,
    /// Calendar days after the last day: until the report, or until today if it is not made.
    pub days_late: u32,
    /// The report was made (late), or is still missing.
    pub made: bool,
    /// The highest fine for a report made now (or when it was made), in euros.
    pub max_eur: u32,
    /// The highest fine if the report is never made.
    pub if_never_eur: u32,
}

/// Boetebesluit art. 2c lid 1: €70 under 7 days late, €230 from 7 to 28, €455 from 28; lid 2:
/// €455 when the duty is not met at all.
pub fn tier(days_late: u32) -> u32 {
    match days_late {
        0..=6 => 70,
        7..=27 => 230,
        _ => 455,
    }
}

const NEVER: u32 = 455;

/// The reports to UWV among the steps, when late.
pub(crate) fn late_reports(steps: &[Step], today: NaiveDate) -> Vec<Fine> {
    let days = |from: NaiveDate, to: NaiveDate| u32::try_from((to - from).num_days()).unwrap_or(0);
    steps
        .iter()
        .filter(|st| {
            matches!(
                st.id,
                StepId::ZiekmeldingUwv | StepId::ZiekUitDienstMelding | StepId::ZiekmeldingUwvZw | StepId::HersteldmeldingUwv
            )
        })
        .filter_map(|st| match st.status {
            Status::Overdue => {
                let late = days(st.date, today);
                Some(Fine { step: st.id, days_late: late, made: false, max_eur: tier(late), if_never_eur: NEVER })
            }
            Status::Done(on) if on > st.date => {
                let late = days(st.date, on);
                Some(Fine { step: st.id, days_late: late, made: true, max_eur: tier(late), if_never_eur: NEVER })
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::tier;

    #[test]
    fn tiers_follow_the_boetebesluit() {
        assert_eq!((tier(1), tier(6), tier(7), tier(27), tier(28), tier(400)), (70, 70, 230, 230, 455, 455));
    }
}
