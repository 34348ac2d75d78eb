//! Begrippenlijst: short B1 explanations of the terms the result page uses. The UI links a term
//! to its entry by `id` (step-like terms use the same id as the step, e.g. `plan_van_aanpak`).

pub use crate::content::types::{Term};


const fn t(id: &'static str, term: &'static str, explanation: &'static str) -> Term {
    Term { id, term, explanation }
}

static TERMS: [Term; 40] = [
    t(
        "actueel_oordeel",
        "Up-to-date opinion (actueel oordeel)",
        "The latest advice of the company doctor (bedrijfsarts) about what the employee can still do. It is \
         part of the re-integration report (re-integratieverslag).",
    ),
    t(
        "aow_leeftijd",
        "State pension age (AOW-leeftijd)",
        "The age at which someone gets AOW, the pension from the government. From that age, different rules \
         apply during sickness.",
    ),
    t(
        "arbeidsdeskundig_onderzoek",
        "Assessment by a labour expert (arbeidsdeskundig onderzoek)",
        "An assessment by a labour expert (arbeidsdeskundige) of suitable work. It is needed if it is not \
         certain whether the employee can go back to their own work. UWV often expects it as the basis for \
         track 2 (spoor 2).",
    ),
    t(
        "arbeidsdeskundige",
        "Labour expert (arbeidsdeskundige)",
        "An expert who looks into what work someone with limitations can still do. The labour expert advises \
         whether their own work, other work with the employer or track 2 (spoor 2) fits.",
    ),
    t(
        "arbodienst",
        "Occupational health service (arbodienst)",
        "An organisation where company doctors (bedrijfsartsen) and other experts work. Many employers have a \
         contract with an occupational health service for help with sickness.",
    ),
    t(
        "bedrijfsarts",
        "Company doctor (bedrijfsarts)",
        "A doctor who advises employer and employee about sickness and work. The company doctor judges what \
         the employee can and cannot still do. The company doctor does not tell the employer what the illness \
         is.",
    ),
    t(
        "benutbare_mogelijkheden",
        "Capacity for work (benutbare mogelijkheden)",
        "What someone can still do in work, according to the company doctor (bedrijfsarts). If there is no \
         capacity for work, someone cannot work at all right now.",
    ),
    t(
        "casemanager",
        "Case manager",
        "The person the employer chooses to arrange and follow the re-integration. This can be someone from \
         the employer's organisation or someone from outside.",
    ),
    t(
        "deskundigenoordeel",
        "Expert opinion (deskundigenoordeel)",
        "An independent opinion from UWV when employer and employee disagree. For example about suitable \
         work, or about what is being done for re-integration. It is not binding, but it carries a lot of \
         weight.",
    ),
    t(
        "deugdelijke_grond",
        "Valid reason (deugdelijke grond)",
        "A good reason why the employer did not do something, or did it too late. If UWV accepts the reason, \
         UWV cannot give a wage sanction (loonsanctie).",
    ),
    t(
        "eerstejaarsevaluatie",
        "First-year evaluation (eerstejaarsevaluatie)",
        "The meeting at the end of the first year of sickness. Employer and employee look back and agree on \
         the goal for the second year. The views of both go into the report.",
    ),
    t(
        "eigenrisicodrager",
        "Self-insurer (eigenrisicodrager)",
        "An employer who pays a benefit, such as the Ziektewet, themselves instead of through UWV. That \
         employer then also stays responsible for re-integration.",
    ),
    t(
        "iva",
        "IVA",
        "A WIA benefit for people who are fully and permanently unable to work. Sometimes it can be applied \
         for before the 104 weeks are over.",
    ),
    t(
        "loonopschorting",
        "Suspending pay (loonopschorting)",
        "The employer holds back the pay for a while, because the employee does not follow reasonable rules \
         for sickness. If the employee follows the rules again, they still get the pay.",
    ),
    t(
        "loonsanctie",
        "Wage sanction (loonsanctie)",
        "A penalty from UWV for an employer who has done too little for re-integration. The employer must \
         then pay wages for up to 52 weeks longer.",
    ),
    t(
        "loonstop",
        "Stopping pay (loonstop)",
        "The employer pays no wages for a period, because the employee does not cooperate without a good \
         reason. The employee does not get that pay back.",
    ),
    t(
        "no_riskpolis",
        "No-riskpolis",
        "A scheme for employees with a disability that limits their work. If such an employee becomes sick, \
         UWV pays a sickness benefit (Ziektewet-uitkering) to the employer. Usually up to 5 years after the \
         start of the contract.",
    ),
    t(
        "opzegverbod",
        "Ban on dismissal during sickness (opzegverbod)",
        "The ban on the employer dismissing a sick employee in the first 2 years of sickness. There are \
         exceptions.",
    ),
    t(
        "passende_arbeid",
        "Suitable work",
        "Work that fits what the employee can still do. It can be different work from their own work. The \
         longer the sickness lasts, the more kinds of work can count as suitable. The labour expert \
         (arbeidsdeskundige) or UWV judges this.",
    ),
    t(
        "plan_van_aanpak",
        "Plan of action (plan van aanpak)",
        "The plan in which employer and employee agree together how the employee will get back to work. It \
         must be ready within 2 weeks after the problem analysis (probleemanalyse), usually in week 8.",
    ),
    t(
        "probleemanalyse",
        "Problem analysis (probleemanalyse)",
        "The advice of the company doctor (bedrijfsarts) about what the employee can and cannot still do, and \
         how a return to work can succeed. No later than week 6 of the sickness. The illness itself is not in \
         it.",
    ),
    t(
        "re_integratie",
        "Re-integration",
        "Everything employer and employee do to help the employee get back to work.",
    ),
    t(
        "re_integratiebureau",
        "Re-integration agency",
        "A company that guides employees to other work, for example in track 2 (spoor 2). The employer pays \
         for it.",
    ),
    t(
        "re_integratiedossier",
        "Re-integration file",
        "The folder with all documents about the sickness and the re-integration, without medical \
         information. The employer keeps it up to date.",
    ),
    t(
        "re_integratieverslag",
        "Re-integration report (re-integratieverslag)",
        "The report of everything employer and employee have done. The employee sends it with the WIA \
         application. UWV uses it to check whether enough has been done.",
    ),
    t(
        "re_integratievisie",
        "View on the re-integration (re-integratievisie)",
        "How employer and employee each see the re-integration themselves. Both views must be in the plan of \
         action (plan van aanpak) and the first-year evaluation (eerstejaarsevaluatie).",
    ),
    t(
        "samentelling",
        "Adding up periods of sickness (samentelling)",
        "Periods of sickness count together if there are less than 4 weeks between them. The days when \
         someone was better do not count.",
    ),
    t(
        "second_opinion",
        "Second opinion",
        "A second advice from another company doctor (bedrijfsarts), at the employee's request. The employer \
         pays for it. The advice is not binding.",
    ),
    t(
        "spoor_1",
        "Track 1 (spoor 1)",
        "Re-integration with the employee's own employer: in their own work, adapted work or other suitable \
         work.",
    ),
    t(
        "spoor_2",
        "Track 2 (spoor 2)",
        "Re-integration into suitable work with another employer. This is needed if there is no suitable work \
         with the employee's own employer. The contract simply continues.",
    ),
    t(
        "uitzendbeding",
        "Agency clause (uitzendbeding)",
        "An agreement in an agency work contract that makes the contract end when the agency worker becomes \
         sick.",
    ),
    t(
        "uwv",
        "UWV",
        "Uitvoeringsinstituut Werknemersverzekeringen. This government organisation arranges benefits such as \
         the Ziektewet and the WIA. UWV also checks the re-integration.",
    ),
    t(
        "vangnet",
        "Safety net (vangnet)",
        "The sickness benefit (Ziektewet-uitkering) from UWV for people who are sick and have no employer who \
         pays their wages. For example after the end of a temporary contract.",
    ),
    t(
        "verzuimvoorschriften",
        "Rules for sickness absence (verzuimvoorschriften)",
        "The employer's written rules for reporting sick and for being reachable. The employee must follow \
         reasonable rules.",
    ),
    t(
        "wachttijd",
        "Waiting period (wachttijd)",
        "The period of 104 weeks of sickness before someone can get a WIA benefit. During that time, the \
         employer usually continues to pay wages.",
    ),
    t(
        "wazo_verlof",
        "Pregnancy and maternity leave (zwangerschaps- en bevallingsverlof)",
        "Leave around the birth of a child, paid by UWV. These days do not count towards the 104 weeks of \
         sickness.",
    ),
    t(
        "wga",
        "WGA",
        "A WIA benefit for people who can partly work, or who cannot work at all for a while.",
    ),
    t(
        "wia",
        "WIA",
        "The law on work and income by capacity for work (Wet werk en inkomen naar arbeidsvermogen). A benefit from UWV for people who can work less or cannot \
         work at all after 104 weeks of sickness. The WIA has two parts: the IVA and the WGA.",
    ),
    t(
        "ziekmelding_uwv",
        "Report to UWV in week 42 (42e-weeksmelding)",
        "The employer's report to UWV when an employee has been sick for 42 weeks. Reporting too late can \
         lead to a fine.",
    ),
    t(
        "ziektewet",
        "Ziektewet",
        "A law that gives a benefit during sickness if there is no employer who pays wages. For example if \
         the contract ended during the sickness. UWV pays this benefit.",
    ),
];

/// All glossary entries, sorted by id.
pub fn glossary() -> &'static [Term] {
    &TERMS
}

/// The entry with this id.
pub fn term(id: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_unique_and_found() {
        let mut ids: Vec<&str> = TERMS.iter().map(|t| t.id).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate glossary id");
        for t in glossary() {
            assert_eq!(term(t.id).map(|x| x.term), Some(t.term));
            assert!(!t.term.is_empty() && !t.explanation.is_empty(), "{}", t.id);
            assert!(t.id.chars().all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit()), "{}", t.id);
            assert!(!t.explanation.contains("  "), "double space in {}", t.id);
            assert!(!t.explanation.contains("TODO"), "{}", t.id);
        }
        assert!(term("bestaat_niet").is_none());
        assert!(TERMS.windows(2).all(|w| w[0].id < w[1].id), "glossary not sorted by id");
    }

    #[test]
    fn required_terms_present() {
        for id in [
            "bedrijfsarts",
            "arbeidsdeskundige",
            "arbodienst",
            "casemanager",
            "passende_arbeid",
            "benutbare_mogelijkheden",
            "loonsanctie",
            "loonopschorting",
            "loonstop",
            "probleemanalyse",
            "plan_van_aanpak",
            "eerstejaarsevaluatie",
            "re_integratieverslag",
            "re_integratievisie",
            "spoor_1",
            "spoor_2",
            "deskundigenoordeel",
            "second_opinion",
            "wia",
            "iva",
            "wga",
            "ziektewet",
            "wachttijd",
            "opzegverbod",
            "no_riskpolis",
            "samentelling",
            "uwv",
            "re_integratiebureau",
            "vangnet",
        ] {
            assert!(term(id).is_some(), "missing glossary term {id}");
        }
    }
}

/// The glossary terms that occur in any of `texts` (ASCII case-insensitive, whole words), in
/// glossary order, so a page can explain the words it uses right where they appear.
///
/// English texts name a term as "the plan of action (plan van aanpak)" the first time and "the
/// plan of action" later, so a term is found by its English words, by the Dutch word in its
/// brackets, and by the other ways the English texts write it (`aliases`).
pub fn terms_in(texts: &[&str]) -> Vec<&'static Term> {
    let haystack: Vec<String> = texts.iter().map(|t| t.to_ascii_lowercase()).collect();
    glossary()
        .iter()
        .filter(|term| {
            let full = term.term.to_ascii_lowercase();
            let (english, dutch) = match full.split_once(" (") {
                Some((e, d)) => (e.to_string(), d.trim_end_matches(')').to_string()),
                None => (full.clone(), String::new()),
            };
            let mut needles = vec![full.clone(), english, dutch];
            needles.extend(aliases(term.id).iter().map(|a| a.to_string()));
            needles.retain(|n| !n.is_empty());
            haystack.iter().any(|h| {
                let h = without_lookalikes(term.id, h);
                needles.iter().any(|n| contains_word(&h, n))
            })
        })
        .collect()
}

/// Other ways the English texts write a term (lower case), besides its English words and the
/// Dutch word in brackets. A plural "s" is allowed after every needle (`contains_word`).
fn aliases(id: &str) -> &'static [&'static str] {
    match id {
        "actueel_oordeel" => &["current opinion", "up-to-date assessment", "current assessment"],
        "aow_leeftijd" => &["aow age", "aow-leeftijd", "state pension date", "aow-datum"],
        "arbeidsdeskundig_onderzoek" => &[
            "assessment by the labour expert",
            "labour expert's assessment",
            "labour expert\u{2019}s assessment",
            "labour expert assessment",
            "labour expert's report",
            "labour expert\u{2019}s report",
        ],
        "arbodienst" => &["health and safety service"],
        "bedrijfsarts" => &["bedrijfsartsen"],
        "benutbare_mogelijkheden" => &["usable capacity", "capacity to work", "work capacity", "remaining capacity"],
        "casemanager" => &["casemanager"],
        "eerstejaarsevaluatie" => &["first year evaluation", "evaluation of the first year"],
        "eigenrisicodrager" => &["self insurer", "self-insured", "self insured"],
        "loonopschorting" => &[
            "suspend",
            "suspended",
            "suspending",
            "suspension of pay",
            "suspension of wages",
            "suspension of the pay",
            "pay suspension",
            "withhold",
            "withheld",
            "withholding",
            "hold back your pay",
            "hold back the pay",
            "holds back the pay",
        ],
        "loonsanctie" => &["pay sanction"],
        "loonstop" => &[
            "stop pay",
            "stops pay",
            "stop your pay",
            "stops your pay",
            "stop the pay",
            "stops the pay",
            "stop their pay",
            "stop the employee's pay",
            "stop your employee's pay",
            "stop the employee\u{2019}s pay",
            "stop your employee\u{2019}s pay",
            "stop your wages",
            "stop the wages",
            "stopping pay",
            "stopping the pay",
            "stopping your pay",
            "pay stop",
        ],
        "no_riskpolis" => &["no-risk policy", "no risk policy"],
        "opzegverbod" => &["ban on dismissal", "dismissal ban"],
        "passende_arbeid" => &["passend werk", "suitable job"],
        "plan_van_aanpak" => &["plans of action"],
        "re_integratie" => &["reintegration"],
        "re_integratiebureau" => &["re-integration agencies", "reintegration agency", "reintegration agencies"],
        "re_integratiedossier" => &["reintegration file"],
        "re_integratieverslag" => &["reintegration report", "riv"],
        "re_integratievisie" => &[
            "view on re-integration",
            "views on re-integration",
            "views on the re-integration",
            "view of the re-integration",
            "re-integration view",
        ],
        "samentelling" => &[
            "count together",
            "counts together",
            "counted together",
            "counting together",
            "added together",
            "add together",
            "adding together",
            "added up",
            "adding up periods",
        ],
        "spoor_1" => &["tracks 1 and 2", "first track"],
        "spoor_2" => &["tracks 1 and 2", "track 1 and 2", "second track"],
        "uitzendbeding" => &["agency work clause"],
        "vangnet" => &["vangnetter"],
        "verzuimvoorschriften" => &[
            "rules for reporting sick",
            "rules on reporting sick",
            "sickness absence rules",
            "rules on sickness absence",
            "absence rules",
            "sickness absence policy",
            "verzuimreglement",
        ],
        "wazo_verlof" => &["maternity leave", "pregnancy leave", "bevallingsverlof", "zwangerschapsverlof"],
        "ziekmelding_uwv" => &[
            "ziekmelding bij uwv",
            "report in week 42",
            "week 42 report",
            "report to uwv in the 42nd week",
            "report in the 42nd week",
        ],
        _ => &[],
    }
}

/// `hay` without phrases that contain a term's words but mean something else: a "safety net
/// scheme" (vangnetregeling) is not the vangnet of this entry.
fn without_lookalikes(id: &str, hay: &str) -> String {
    let lookalikes: &[&str] = match id {
        "vangnet" => &["safety net scheme"],
        _ => &[],
    };
    lookalikes.iter().fold(hay.to_string(), |h, l| h.replace(l, ""))
}

/// `needle` occurs in `hay` not glued to other letters (so "spoor 2" is not found in "spoor 21"),
/// allowing an English plural "s" after it ("company doctors").
fn contains_word(hay: &str, needle: &str) -> bool {
    // Letters are ASCII letters and digits, and the accented Latin letters (é, ë) of Dutch words;
    // other non-ASCII characters (’ – … and non-breaking spaces) separate words. A range test
    // keeps Unicode tables out of the wasm.
    let letter = |c: char| {
        c.is_ascii_alphanumeric() || (('\u{c0}'..='\u{24f}').contains(&c) && c != '\u{d7}' && c != '\u{f7}')
    };
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let mut rest = hay[i + needle.len()..].chars();
        let after = match rest.next() {
            Some('s') => rest.next(),
            c => c,
        };
        !before.is_some_and(letter) && !after.is_some_and(letter)
    })
}

#[cfg(test)]
mod terms_in_tests {
    use super::terms_in;

    #[test]
    fn finds_whole_terms_only() {
        let ids: Vec<&str> = terms_in(&["De Bedrijfsarts maakt een plan van aanpak.", "spoor 21"]).iter().map(|t| t.id).collect();
        assert!(ids.contains(&"bedrijfsarts") && ids.contains(&"plan_van_aanpak"));
        assert!(!ids.contains(&"spoor_2"));
        assert!(terms_in(&["niets"]).is_empty());
    }
}
