//! Longer explanations: what spoor 2 involves, what to do when you disagree,
//! the documents checklist and the disclaimer.

use super::{Document, Section, Text};
use crate::rules::{RemedyId, Role, StepId};

/// Three sections: what a spoor-2 traject involves, known drawbacks, and what helps.
pub fn spoor2_explainer(role: Role) -> [Section; 3] {
    match role {
        Role::Werknemer => [
            Section {
                title: "Wat is een spoor-2-traject?",
                paragraphs: &[
                    "In spoor 2 zoekt u, met hulp, naar passend werk bij een andere werkgever. Uw werkgever betaalt \
                     het traject. Meestal schakelt uw werkgever daarvoor een re-integratiebureau in. U mag meepraten \
                     over de keuze van het bureau. Uw werkgever beslist uiteindelijk.",
                    "Een traject duurt meestal ongeveer zes maanden. Het kan worden verlengd als dat nodig is.",
                    "Spoor 2 is geen ontslag. Uw contract loopt gewoon door, en u houdt recht op loon tijdens ziekte. \
                     Werkt u al een deel van de tijd bij uw werkgever? Dan kan dat gewoon doorgaan.",
                    "Een traject bestaat vaak uit deze onderdelen:",
                ],
                bullets: &[
                    "Loopbaanoriëntatie: wat wilt u en wat kunt u nog?",
                    "Testen of een assessment: welk werk past bij u?",
                    "Een cv maken of bijwerken.",
                    "Sollicitatietraining.",
                    "Scholing of een cursus, als dat helpt.",
                    "Solliciteren en netwerken, met begeleiding.",
                ],
            },
            Section {
                title: "Waar mensen tegenaan lopen",
                paragraphs: &[
                    "Een spoor-2-traject kan zwaar voelen. Dat is normaal. Veel mensen noemen dezelfde problemen:",
                ],
                bullets: &[
                    "Onzekerheid: u weet niet of en waar u werk vindt.",
                    "Druk: afspraken, opdrachten en solliciteren, terwijl u nog herstelt.",
                    "Het gevoel dat u wordt weggestuurd bij uw eigen werkgever.",
                    "Slechte communicatie: u weet niet wat er van u verwacht wordt, of wie wat beslist.",
                    "Een lang traject dat moe en verdrietig kan maken.",
                ],
            },
            Section {
                title: "Wat helpt",
                paragraphs: &["Deze dingen maken het traject voor veel mensen beter:"],
                bullets: &[
                    "Praat vroeg en open met uw werkgever over wat u verwacht en waar u zich zorgen over maakt.",
                    "Vraag om het rapport van de arbeidsdeskundige. Daarin staat waarom spoor 2 nodig is.",
                    "Leg afspraken schriftelijk vast, ook in het plan van aanpak. Bewaar zelf een kopie.",
                    "Twijfelt u aan het advies van de bedrijfsarts? Vraag een second opinion.",
                    "Bent u het oneens over passend werk of de aanpak? Vraag UWV om een deskundigenoordeel.",
                    "Neem iemand mee naar gesprekken, bijvoorbeeld uw partner, een vriend of iemand van de vakbond.",
                    "Zeg het als het traject niet bij u past. Een traject kan worden aangepast.",
                ],
            },
        ],
        Role::Werkgever => [
            Section {
                title: "Wat is een spoor-2-traject?",
                paragraphs: &[
                    "In spoor 2 helpt u uw werknemer om passend werk te vinden bij een andere werkgever. U betaalt het \
                     traject. Meestal schakelt u daarvoor een re-integratiebureau in. Laat uw werknemer meepraten \
                     over de keuze van het bureau. U beslist uiteindelijk.",
                    "Een traject duurt meestal ongeveer zes maanden. Het kan worden verlengd als dat nodig is.",
                    "Spoor 2 is geen ontslag. Het contract loopt door en u blijft loon betalen. Werkt uw werknemer al \
                     een deel van de tijd bij u? Dan kan dat gewoon doorgaan.",
                    "Een traject bestaat vaak uit deze onderdelen:",
                ],
                bullets: &[
                    "Loopbaanoriëntatie: wat wil en kan de werknemer nog?",
                    "Testen of een assessment: welk werk past?",
                    "Een cv maken of bijwerken.",
                    "Sollicitatietraining.",
                    "Scholing of een cursus, als dat helpt.",
                    "Solliciteren en netwerken, met begeleiding.",
                ],
            },
            Section {
                title: "Waar werknemers en werkgevers tegenaan lopen",
                paragraphs: &[
                    "Een spoor-2-traject kan voor uw werknemer zwaar voelen. Veel mensen noemen dezelfde problemen:",
                ],
                bullets: &[
                    "Onzekerheid: weet de werknemer of en waar er werk komt?",
                    "Druk: afspraken, opdrachten en solliciteren, terwijl de werknemer nog herstelt.",
                    "Het gevoel dat de werknemer wordt weggestuurd.",
                    "Slechte communicatie: niet weten wat er verwacht wordt, of wie wat beslist.",
                    "Voor u: het traject kost tijd en geld.",
                ],
            },
            Section {
                title: "Wat helpt",
                paragraphs: &["Deze dingen maken het traject voor beide kanten beter:"],
                bullets: &[
                    "Praat vroeg en open met uw werknemer over verwachtingen en zorgen.",
                    "Deel het rapport van de arbeidsdeskundige. Daarin staat waarom spoor 2 nodig is.",
                    "Leg afspraken schriftelijk vast, ook in het plan van aanpak.",
                    "Leg uit dat spoor 2 geen ontslag is en dat het contract doorloopt.",
                    "Wijs op de second opinion en het deskundigenoordeel als u het niet eens wordt.",
                    "Vind het goed dat de werknemer iemand meeneemt naar gesprekken.",
                    "Kies een traject dat past bij de persoon. Pas het aan als het niet werkt.",
                ],
            },
        ],
    }
}

/// Three sections: second opinion, deskundigenoordeel UWV, and where to get advice.
pub fn disagreement(role: Role) -> [Section; 3] {
    match role {
        Role::Werknemer => [
            Section {
                title: "Second opinion van een andere bedrijfsarts",
                paragraphs: &[
                    "Twijfelt u aan het advies van de bedrijfsarts? Dan mag u een second opinion vragen bij een andere \
                     bedrijfsarts. Dat staat in de Arbowet.",
                    "Uw werkgever betaalt de second opinion.",
                    "Het advies van de tweede bedrijfsarts is niet bindend. Uw eigen bedrijfsarts bekijkt het en \
                     beslist wat die ermee doet.",
                ],
                bullets: &[
                    "Vraag de second opinion aan bij uw eigen bedrijfsarts.",
                    "Zeg duidelijk over welk advies u twijfelt.",
                    "Bewaar het advies bij uw eigen papieren.",
                ],
            },
            Section {
                title: "Deskundigenoordeel van UWV",
                paragraphs: &[
                    "Loopt de re-integratie vast? Dan kunt u UWV om een onafhankelijk oordeel vragen: een \
                     deskundigenoordeel. U en uw werkgever mogen dit allebei aanvragen.",
                    "Het kost voor een werknemer ongeveer €100. Het bedrag kan veranderen: kijk op uwv.nl.",
                    "Het antwoord komt meestal binnen 2 tot 4 weken.",
                    "Het oordeel is niet bindend. Maar het weegt zwaar mee bij UWV en bij de rechter. Wilt u naar de \
                     rechter over uw loon? Dan heeft u meestal eerst een deskundigenoordeel nodig.",
                    "UWV kan bijvoorbeeld deze vragen beantwoorden:",
                ],
                bullets: &[
                    "Kunt u uw eigen werk doen? Dit kan alleen als er onenigheid is over uw loon.",
                    "Is het werk dat uw werkgever aanbiedt passend?",
                    "Doet u genoeg voor uw re-integratie?",
                    "Doet uw werkgever genoeg voor uw re-integratie?",
                ],
            },
            Section {
                title: "Hulp en advies",
                paragraphs: &["Komt u er samen niet uit? Zoek dan op tijd advies. Dat kan vaak gratis of goedkoop."],
                bullets: &[
                    "Het Juridisch Loket: gratis informatie en advies, telefonisch of online.",
                    "Uw vakbond, als u lid bent.",
                    "Uw rechtsbijstandsverzekering, als u die heeft.",
                    "Een advocaat voor arbeidsrecht, bij een ingewikkelde zaak of ontslag.",
                ],
            },
        ],
        Role::Werkgever => [
            Section {
                title: "Second opinion van een andere bedrijfsarts",
                paragraphs: &[
                    "Twijfelt uw werknemer aan het advies van de bedrijfsarts? Dan mag de werknemer een second opinion \
                     vragen bij een andere bedrijfsarts. Dat staat in de Arbowet.",
                    "U betaalt de second opinion.",
                    "Het advies van de tweede bedrijfsarts is niet bindend. De eigen bedrijfsarts bekijkt het en \
                     beslist wat die ermee doet.",
                ],
                bullets: &[
                    "Wijs uw werknemer op dit recht als er twijfel is.",
                    "Leg in het dossier vast dat er een second opinion is gevraagd.",
                ],
            },
            Section {
                title: "Deskundigenoordeel van UWV",
                paragraphs: &[
                    "Loopt de re-integratie vast? Dan kunt u UWV om een onafhankelijk oordeel vragen: een \
                     deskundigenoordeel. U en uw werknemer mogen dit allebei aanvragen.",
                    "Het kost voor een werkgever ongeveer €400. Het bedrag kan veranderen: kijk op uwv.nl. Heeft u het \
                     nodig voor een ontslagaanvraag, omdat de werknemer niet meewerkt of vaak ziek is? Dan is \
                     het gratis.",
                    "Het antwoord komt meestal binnen 2 tot 4 weken.",
                    "Het oordeel is niet bindend. Maar het weegt zwaar mee bij UWV en bij de rechter.",
                    "UWV kan bijvoorbeeld deze vragen beantwoorden:",
                ],
                bullets: &[
                    "Is het werk dat u aanbiedt passend?",
                    "Doet uw werknemer genoeg voor de re-integratie?",
                    "Doet u genoeg voor de re-integratie?",
                    "Kan uw werknemer het eigen werk doen? Dit kan alleen als er onenigheid is over het loon.",
                ],
            },
            Section {
                title: "Hulp en advies",
                paragraphs: &["Komt u er samen niet uit? Zoek dan op tijd advies."],
                bullets: &[
                    "Uw bedrijfsarts of arbodienst.",
                    "Uw werkgeversvereniging of brancheorganisatie.",
                    "Uw verzuimverzekeraar, als u die heeft.",
                    "Uw rechtsbijstandsverzekering, als u die heeft.",
                    "Een advocaat voor arbeidsrecht.",
                ],
            },
        ],
    }
}

static DOCUMENTS: [Document; 8] = [
    Document {
        step: Some(StepId::Probleemanalyse),
        title: "Probleemanalyse",
        what: "Het advies van de bedrijfsarts over wat nog wel en niet kan. Uiterlijk in week 6.",
    },
    Document {
        step: Some(StepId::PlanVanAanpak),
        title: "Plan van aanpak",
        what: "Het plan van werkgever en werknemer samen, met de visie van allebei. Binnen 2 weken na de \
               probleemanalyse.",
    },
    Document {
        step: Some(StepId::Evaluatie),
        title: "Evaluaties en bijstellingen",
        what: "Verslagen van de gesprekken over het plan van aanpak, minstens elke 6 weken. Met de aanpassingen van het \
               plan.",
    },
    Document {
        step: Some(StepId::ZiekmeldingUwv),
        title: "Bevestiging van de ziekmelding bij UWV (42e week)",
        what: "Het bewijs van de ziekmelding bij UWV na 42 weken ziekte.",
    },
    Document {
        step: Some(StepId::ArbeidsdeskundigOnderzoek),
        title: "Rapport van de arbeidsdeskundige",
        what: "Het onderzoek naar passend werk bij de eigen werkgever, en of spoor 2 nodig is.",
    },
    Document {
        step: Some(StepId::Eerstejaarsevaluatie),
        title: "Eerstejaarsevaluatie",
        what: "Het verslag van het gesprek aan het eind van het eerste ziektejaar, met de visie van allebei.",
    },
    Document {
        step: Some(StepId::Spoor2StartUiterlijk),
        title: "Verslagen van het spoor-2-traject",
        what: "Het plan en de voortgangsverslagen van het re-integratiebureau. Alleen als spoor 2 nodig is.",
    },
    Document {
        step: Some(StepId::ReIntegratieverslag),
        title: "Re-integratieverslag",
        what: "Alle stukken samen, met het actuele oordeel van de bedrijfsarts. Het gaat mee met de WIA-aanvraag.",
    },
];

/// Checklist of the re-integration file; each entry names the step whose "done" marks it present.
pub fn documents() -> &'static [Document] {
    &DOCUMENTS
}

/// One or two sentences: this is not legal advice, and where to get advice.
pub fn disclaimer() -> &'static str {
    "Dit is geen juridisch advies: deze hulp legt de regels uit, maar kent niet alle details van uw situatie. Vraag \
     voor advies het Juridisch Loket, een vakbond of werkgeversvereniging, uw bedrijfsarts of een advocaat."
}

/// What a remedy is and when to use it, for the role (who asks, cost and time come from the
/// engine's `Remedy`).
pub fn remedy(id: RemedyId, role: Role) -> Text {
    let w = role == Role::Werknemer;
    match id {
        RemedyId::SecondOpinion => Text {
            title: "Second opinion van een andere bedrijfsarts",
            body: if w {
                "Twijfelt u aan het advies van de bedrijfsarts? Vraag dan via uw eigen bedrijfsarts een second opinion \
                 aan bij een andere bedrijfsarts. Dat kan op elk moment. Uw eigen bedrijfsarts beslist daarna wat die \
                 met het advies doet."
            } else {
                "Twijfelt uw werknemer aan het advies van de bedrijfsarts? Dan mag de werknemer via de eigen \
                 bedrijfsarts een second opinion vragen bij een andere bedrijfsarts. U betaalt die. Leg in het dossier \
                 vast dat die is gevraagd."
            },
        },
        RemedyId::Deskundigenoordeel => Text {
            title: "Deskundigenoordeel van UWV",
            body: if w {
                "Loopt de re-integratie vast? Of bent u het oneens over passend werk, of over wat u of uw werkgever \
                 doet? Vraag UWV dan om een deskundigenoordeel. Dat kan op elk moment tijdens de ziekte. Wilt u naar \
                 de rechter over uw loon? Dan heeft u dit eerst nodig."
            } else {
                "Loopt de re-integratie vast? Of bent u het oneens over passend werk, of over wat u of uw werknemer \
                 doet? Vraag UWV dan om een deskundigenoordeel. Dat kan op elk moment tijdens de ziekte. Heeft u het \
                 nodig voor een ontslagaanvraag omdat de werknemer niet meewerkt? Dan is het gratis."
            },
        },
    }
}
