//! Begrippenlijst: short B1 explanations of the terms the result page uses. The UI links a term
//! to its entry by `id` (step-like terms use the same id as the step, e.g. `plan_van_aanpak`).

pub use crate::content::types::{Term};


const fn t(id: &'static str, term: &'static str, explanation: &'static str) -> Term {
    Term { id, term, explanation }
}

static TERMS: [Term; 40] = [
    t(
        "actueel_oordeel",
        "actueel oordeel",
        "Het nieuwste advies van de bedrijfsarts over wat de werknemer nog kan. Het hoort bij het \
         re-integratieverslag.",
    ),
    t(
        "aow_leeftijd",
        "AOW-leeftijd",
        "De leeftijd waarop iemand AOW krijgt, het pensioen van de overheid. Vanaf die leeftijd gelden andere regels \
         bij ziekte.",
    ),
    t(
        "arbeidsdeskundig_onderzoek",
        "arbeidsdeskundig onderzoek",
        "Een onderzoek door een arbeidsdeskundige naar passend werk. Het is nodig als niet zeker is of de werknemer \
         terug kan naar het eigen werk. UWV verwacht het vaak als basis voor spoor 2.",
    ),
    t(
        "arbeidsdeskundige",
        "arbeidsdeskundige",
        "Een deskundige die onderzoekt welk werk iemand met beperkingen nog kan doen. De arbeidsdeskundige adviseert \
         of het eigen werk, ander werk bij de werkgever of spoor 2 past.",
    ),
    t(
        "arbodienst",
        "arbodienst",
        "Een organisatie waar bedrijfsartsen en andere deskundigen werken. Veel werkgevers hebben een contract met \
         een arbodienst voor hulp bij ziekte.",
    ),
    t(
        "bedrijfsarts",
        "bedrijfsarts",
        "Een arts die werkgever en werknemer adviseert over ziekte en werk. De bedrijfsarts beoordeelt wat de \
         werknemer nog wel en niet kan. De bedrijfsarts vertelt de werkgever niet wat de ziekte is.",
    ),
    t(
        "benutbare_mogelijkheden",
        "benutbare mogelijkheden",
        "Wat iemand volgens de bedrijfsarts nog kan doen in werk. Zijn er geen benutbare mogelijkheden, dan kan \
         iemand nu helemaal niet werken.",
    ),
    t(
        "casemanager",
        "casemanager",
        "De persoon die de werkgever aanwijst om de re-integratie te regelen en te volgen. Dat kan iemand van de \
         werkgever zijn of iemand van buiten.",
    ),
    t(
        "deskundigenoordeel",
        "deskundigenoordeel",
        "Een onafhankelijk oordeel van UWV als werkgever en werknemer het oneens zijn. Bijvoorbeeld over passend werk \
         of over wat er voor re-integratie wordt gedaan. Het is niet bindend, maar weegt zwaar mee.",
    ),
    t(
        "deugdelijke_grond",
        "deugdelijke grond",
        "Een goede reden waarom de werkgever iets niet of te laat heeft gedaan. Vindt UWV de reden goed, dan kan \
         UWV geen loonsanctie geven.",
    ),
    t(
        "eerstejaarsevaluatie",
        "eerstejaarsevaluatie",
        "Het gesprek aan het eind van het eerste ziektejaar. Werkgever en werknemer kijken terug en spreken het doel \
         af voor het tweede jaar. De visie van allebei komt in het verslag.",
    ),
    t(
        "eigenrisicodrager",
        "eigenrisicodrager",
        "Een werkgever die een uitkering, zoals de Ziektewet, zelf betaalt in plaats van via UWV. Die werkgever \
         houdt dan ook de zorg voor re-integratie.",
    ),
    t(
        "iva",
        "IVA",
        "Een WIA-uitkering voor mensen die volledig en blijvend niet kunnen werken. Soms kan die eerder dan na 104 \
         weken worden aangevraagd.",
    ),
    t(
        "loonopschorting",
        "loonopschorting",
        "De werkgever houdt het loon tijdelijk in, omdat de werknemer redelijke regels bij ziekte niet volgt. Volgt \
         de werknemer de regels weer, dan krijgt die het loon alsnog.",
    ),
    t(
        "loonsanctie",
        "loonsanctie",
        "Een straf van UWV voor een werkgever die te weinig aan re-integratie heeft gedaan. De werkgever moet dan \
         tot 52 weken langer loon betalen.",
    ),
    t(
        "loonstop",
        "loonstop",
        "De werkgever betaalt over een periode geen loon, omdat de werknemer zonder goede reden niet meewerkt. Dat \
         loon krijgt de werknemer niet terug.",
    ),
    t(
        "no_riskpolis",
        "no-riskpolis",
        "Een regeling voor werknemers met een arbeidsbeperking. Wordt zo iemand ziek, dan betaalt UWV een \
         Ziektewet-uitkering aan de werkgever. Meestal tot 5 jaar na het begin van het contract.",
    ),
    t(
        "opzegverbod",
        "opzegverbod",
        "Het verbod voor de werkgever om een zieke werknemer op te zeggen in de eerste 2 jaar ziekte. Er zijn \
         uitzonderingen.",
    ),
    t(
        "passende_arbeid",
        "passende arbeid",
        "Werk dat past bij wat de werknemer nog kan. Het kan ander werk zijn dan het eigen werk. Hoe langer de ziekte \
         duurt, hoe meer werk als passend kan gelden. De arbeidsdeskundige of UWV beoordeelt dat.",
    ),
    t(
        "plan_van_aanpak",
        "plan van aanpak",
        "Het plan waarin werkgever en werknemer samen afspreken hoe de werknemer weer aan het werk gaat. Het moet er \
         zijn binnen 2 weken na de probleemanalyse, meestal in week 8.",
    ),
    t(
        "probleemanalyse",
        "probleemanalyse",
        "Het advies van de bedrijfsarts over wat de werknemer nog wel en niet kan, en hoe terugkeer kan lukken. \
         Uiterlijk in week 6 van de ziekte. De ziekte zelf staat er niet in.",
    ),
    t(
        "re_integratie",
        "re-integratie",
        "Alles wat werkgever en werknemer doen om de werknemer weer aan het werk te helpen.",
    ),
    t(
        "re_integratiebureau",
        "re-integratiebureau",
        "Een bedrijf dat werknemers begeleidt naar ander werk, bijvoorbeeld in spoor 2. De werkgever betaalt het.",
    ),
    t(
        "re_integratiedossier",
        "re-integratiedossier",
        "De map met alle stukken over de ziekte en de re-integratie, zonder medische gegevens. De werkgever houdt \
         het bij.",
    ),
    t(
        "re_integratieverslag",
        "re-integratieverslag",
        "Het verslag van alles wat werkgever en werknemer hebben gedaan. De werknemer stuurt het mee met de \
         WIA-aanvraag. UWV controleert daarmee of er genoeg is gedaan.",
    ),
    t(
        "re_integratievisie",
        "re-integratievisie",
        "Hoe werkgever en werknemer elk zelf naar de re-integratie kijken. Beide visies moeten in het plan van \
         aanpak en de eerstejaarsevaluatie staan.",
    ),
    t(
        "samentelling",
        "samentelling",
        "Ziekteperiodes tellen samen als er minder dan 4 weken tussen zit. De dagen dat iemand beter was, tellen \
         niet mee.",
    ),
    t(
        "second_opinion",
        "second opinion",
        "Een tweede advies van een andere bedrijfsarts, op verzoek van de werknemer. De werkgever betaalt het. Het \
         advies is niet bindend.",
    ),
    t(
        "spoor_1",
        "spoor 1",
        "Re-integratie bij de eigen werkgever: in het eigen werk, aangepast werk of ander passend werk.",
    ),
    t(
        "spoor_2",
        "spoor 2",
        "Re-integratie naar passend werk bij een andere werkgever. Dat is nodig als er bij de eigen werkgever geen \
         passend werk is. Het contract loopt gewoon door.",
    ),
    t(
        "uitzendbeding",
        "uitzendbeding",
        "Een afspraak in een uitzendcontract waardoor het contract eindigt als de uitzendkracht ziek wordt.",
    ),
    t(
        "uwv",
        "UWV",
        "Uitvoeringsinstituut Werknemersverzekeringen. Deze organisatie van de overheid regelt uitkeringen zoals de \
         Ziektewet en de WIA. UWV controleert ook de re-integratie.",
    ),
    t(
        "vangnet",
        "vangnet",
        "De Ziektewet-uitkering van UWV voor wie ziek is zonder werkgever die loon betaalt. Bijvoorbeeld na het \
         einde van een tijdelijk contract.",
    ),
    t(
        "verzuimvoorschriften",
        "verzuimvoorschriften",
        "De schriftelijke regels van de werkgever voor ziekmelden en bereikbaar zijn. De werknemer moet zich aan \
         redelijke regels houden.",
    ),
    t(
        "wachttijd",
        "wachttijd",
        "De periode van 104 weken ziekte voordat iemand een WIA-uitkering kan krijgen. In die tijd betaalt de \
         werkgever meestal het loon door.",
    ),
    t(
        "wazo_verlof",
        "zwangerschaps- en bevallingsverlof",
        "Verlof rond de bevalling, betaald door UWV. Deze dagen tellen niet mee voor de 104 weken ziekte.",
    ),
    t(
        "wga",
        "WGA",
        "Een WIA-uitkering voor mensen die gedeeltelijk kunnen werken, of die tijdelijk helemaal niet kunnen werken.",
    ),
    t(
        "wia",
        "WIA",
        "Wet werk en inkomen naar arbeidsvermogen. Een uitkering van UWV voor wie na 104 weken ziekte minder of niet \
         kan werken. De WIA heeft twee delen: de IVA en de WGA.",
    ),
    t(
        "ziekmelding_uwv",
        "ziekmelding bij UWV (42e week)",
        "De melding van de werkgever aan UWV als een werknemer 42 weken ziek is. Te laat melden kan een boete \
         opleveren.",
    ),
    t(
        "ziektewet",
        "Ziektewet",
        "Een wet die een uitkering geeft bij ziekte als er geen werkgever is die loon betaalt. Bijvoorbeeld als het \
         contract afliep tijdens de ziekte. UWV betaalt die uitkering.",
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
pub fn terms_in(texts: &[&str]) -> Vec<&'static Term> {
    let haystack: Vec<String> = texts.iter().map(|t| t.to_ascii_lowercase()).collect();
    glossary()
        .iter()
        .filter(|term| {
            let needle = term.term.to_ascii_lowercase();
            haystack.iter().any(|h| contains_word(h, &needle))
        })
        .collect()
}

/// `needle` occurs in `hay` not glued to other letters (so "spoor 2" is not found in "spoor 21").
fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        // Any non-ASCII character counts as a letter: in Dutch text those are letters such as é
        // and ë, and the ASCII-only test keeps Unicode tables out of the wasm.
        let letter = |c: char| c.is_ascii_alphanumeric() || !c.is_ascii();
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
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
