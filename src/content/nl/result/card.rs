//! The gesprekskaart: for the next conversation, what to ask or raise, what to bring and what to
//! write down afterwards, for each role. Plain B1 Dutch; never a question about the diagnosis.

pub use crate::content::types::{Card};

use crate::rules::Role;
use crate::rules::conversation::ConversationKind;


const NOTE_W: &[&str] = &[
    "Wat is er afgesproken, en wie doet wat vóór wanneer?",
    "Wat zei de bedrijfsarts over wat u kunt en niet kunt?",
    "Wanneer is het volgende gesprek?",
];
const NOTE_G: &[&str] = &[
    "Wat is er afgesproken, en wie doet wat vóór wanneer?",
    "Het advies van de bedrijfsarts over wat uw werknemer kan (geen diagnose).",
    "Wanneer is het volgende gesprek? Leg het verslag in het dossier.",
];

/// The card for the next conversation, for the role.
pub fn card(kind: ConversationKind, role: Role) -> Card {
    use ConversationKind::*;
    let w = role == Role::Werknemer;
    let note = if w { NOTE_W } else { NOTE_G };
    match (kind, w) {
        (Bedrijfsarts, true) => Card {
            title: "Gesprek met de bedrijfsarts",
            intro: "De bedrijfsarts kijkt wat u nog kunt en schrijft de probleemanalyse. U hoeft uw werkgever niet te \
                    vertellen wat u heeft. Aan de bedrijfsarts mag u het wel vertellen.",
            ask: &[
                "Wat kan ik nu wel, en wat (nog) niet?",
                "Hoe lang denkt u dat het duurt voordat ik weer kan werken?",
                "Welk werk of welke uren passen nu bij mij?",
                "Wat schrijft u in de probleemanalyse, en krijg ik die te zien?",
                "Wat doe ik als ik het niet eens ben met uw advies? (second opinion)",
            ],
            bring: &[
                "Een lijstje met wat lukt en wat niet lukt in uw werk.",
                "Brieven of adviezen van uw eigen arts of behandelaar, als u die wilt laten zien.",
                "Uw vragen, op papier.",
            ],
            note,
        },
        (Bedrijfsarts, false) => Card {
            title: "Gesprek met de bedrijfsarts",
            intro: "De bedrijfsarts schrijft de probleemanalyse. U hoort wat uw werknemer kan, nooit wat de ziekte is. \
                    Vraag er niet naar.",
            ask: &[
                "Wat kan mijn werknemer nu wel, en wat niet?",
                "Hoe lang duurt het naar verwachting?",
                "Welk werk of welke uren zijn nu passend?",
                "Wanneer krijg ik de probleemanalyse? Die moet er uiterlijk in week 6 zijn.",
                "Is een arbeidsdeskundige nodig?",
            ],
            bring: &[
                "Een beschrijving van de functie en het werk.",
                "Welk aangepast of ander werk u kunt bieden.",
                "De datum van de ziekmelding.",
            ],
            note,
        },
        (PlanVanAanpak, true) => Card {
            title: "Gesprek over het plan van aanpak",
            intro: "U maakt samen met uw werkgever het plan van aanpak. Uw eigen visie op de re-integratie hoort erin.",
            ask: &[
                "Welk werk ga ik doen, hoeveel uren, en hoe bouw ik op?",
                "Wie is mijn casemanager?",
                "Wanneer bespreken we hoe het gaat?",
                "Staat mijn eigen visie in het plan?",
            ],
            bring: &["De probleemanalyse van de bedrijfsarts.", "Uw eigen ideeën over terugkeer naar werk."],
            note,
        },
        (PlanVanAanpak, false) => Card {
            title: "Gesprek over het plan van aanpak",
            intro: "U maakt samen met uw werknemer het plan van aanpak, binnen 2 weken na de probleemanalyse. De visie \
                    van u allebei hoort erin.",
            ask: &[
                "Welk werk, welke uren en welke opbouw passen bij het advies van de bedrijfsarts?",
                "Wie wordt de casemanager?",
                "Wanneer evalueren we? UWV verwacht minstens elke 6 weken.",
                "Wat is de visie van de werknemer op de re-integratie?",
            ],
            bring: &["De probleemanalyse.", "Het formulier of sjabloon voor het plan van aanpak."],
            note,
        },
        (Evaluatie, true) => Card {
            title: "Evaluatie van het plan van aanpak",
            intro: "U bespreekt met uw werkgever hoe het gaat. Verandert er iets? Dan past u het plan samen aan.",
            ask: &[
                "Gaat de opbouw zoals afgesproken? Wat lukt, wat niet?",
                "Moet het plan worden aangepast?",
                "Is er meer of ander werk mogelijk?",
                "Wanneer is het volgende gesprek?",
            ],
            bring: &["Het plan van aanpak.", "Uw aantekeningen van de afgelopen weken."],
            note,
        },
        (Evaluatie, false) => Card {
            title: "Evaluatie van het plan van aanpak",
            intro: "U bespreekt met uw werknemer hoe het gaat, minstens elke 6 weken. Leg elk gesprek vast.",
            ask: &[
                "Gaat de opbouw zoals afgesproken?",
                "Wat zegt de bedrijfsarts nu over de mogelijkheden?",
                "Moet het plan worden aangepast?",
                "Is een arbeidsdeskundig onderzoek nodig?",
            ],
            bring: &["Het plan van aanpak en de vorige verslagen.", "Het laatste advies van de bedrijfsarts."],
            note,
        },
        (Eerstejaarsevaluatie, true) => Card {
            title: "De eerstejaarsevaluatie",
            intro: "Aan het eind van het eerste ziektejaar bespreekt u met uw werkgever het afgelopen jaar en het doel \
                    voor het tweede jaar. Uw eigen visie moet in het verslag staan.",
            ask: &[
                "Wat is het doel voor het tweede jaar?",
                "Kan ik terug naar mijn eigen werk, of is ander werk nodig?",
                "Is spoor 2 nodig: werk bij een andere werkgever?",
                "Staat mijn visie in het verslag?",
            ],
            bring: &["Het plan van aanpak en de verslagen.", "Het rapport van de arbeidsdeskundige, als dat er is."],
            note,
        },
        (Eerstejaarsevaluatie, false) => Card {
            title: "De eerstejaarsevaluatie",
            intro: "Uiterlijk in week 52 bespreekt u met uw werknemer het eerste ziektejaar. Dan moet ook duidelijk zijn \
                    of spoor 2 nodig is. Zet de visie van u allebei in het verslag.",
            ask: &[
                "Is terugkeer in het eigen of ander werk bij u haalbaar?",
                "Is spoor 2 nodig? Zo ja: start uiterlijk 6 weken na dit gesprek.",
                "Wat is het doel voor het tweede jaar?",
                "Wat is de visie van de werknemer?",
            ],
            bring: &["Het dossier: probleemanalyse, plan van aanpak, evaluaties.", "Het rapport van de arbeidsdeskundige."],
            note,
        },
        (Spoor2, true) => Card {
            title: "De start van spoor 2",
            intro: "In spoor 2 zoekt u met hulp naar passend werk bij een andere werkgever. Uw contract loopt gewoon \
                    door.",
            ask: &[
                "Welk re-integratiebureau helpt mij, en mag ik meepraten over de keuze?",
                "Wat staat er in het plan voor spoor 2, en hoeveel uur per week kost het?",
                "Kan ik mijn werk bij mijn werkgever houden zolang dat lukt?",
                "Wie betaalt scholing of een cursus?",
            ],
            bring: &["Het rapport van de arbeidsdeskundige.", "Uw cv, als u dat heeft."],
            note,
        },
        (Spoor2, false) => Card {
            title: "De start van spoor 2",
            intro: "Start spoor 2 zodra duidelijk is dat er bij u geen passend werk is, en uiterlijk 6 weken na de \
                    eerstejaarsevaluatie. Meestal met een re-integratiebureau.",
            ask: &[
                "Welk bureau past bij de werknemer? Laat de werknemer meepraten.",
                "Past de zoekrichting bij wat de bedrijfsarts en arbeidsdeskundige zeggen?",
                "Hoe vaak krijgt u een voortgangsverslag?",
                "Blijft het werk bij u doorgaan naast spoor 2?",
            ],
            bring: &["Het rapport van de arbeidsdeskundige.", "Het plan van aanpak en de eerstejaarsevaluatie."],
            note,
        },
        (WiaAanvraag, true) => Card {
            title: "De WIA-aanvraag en het re-integratieverslag",
            intro: "U vraagt de WIA-uitkering zelf aan bij UWV, uiterlijk in week 93. Het re-integratieverslag van uw \
                    werkgever gaat mee.",
            ask: &[
                "Wanneer krijg ik het re-integratieverslag?",
                "Staat er iets in waar ik het niet mee eens ben? Dan kan ik mijn eigen mening toevoegen.",
                "Wie helpt mij met de aanvraag?",
            ],
            bring: &["De brief van UWV over de WIA-aanvraag.", "Uw eigen kopieën van het plan van aanpak en de verslagen."],
            note,
        },
        (WiaAanvraag, false) => Card {
            title: "Het re-integratieverslag en de WIA-aanvraag",
            intro: "Maak het re-integratieverslag uiterlijk in week 91, met het actuele oordeel van de bedrijfsarts. Uw \
                    werknemer vraagt de WIA aan, uiterlijk in week 93.",
            ask: &[
                "Is het dossier compleet: probleemanalyse, plan, evaluaties, eerstejaarsevaluatie, spoor 2?",
                "Heeft de bedrijfsarts het actuele oordeel gegeven?",
                "Heeft uw werknemer een kopie gekregen?",
            ],
            bring: &["Het hele dossier.", "De brief van UWV over de WIA-aanvraag (kopie)."],
            note,
        },
        (Uwv, true) => Card {
            title: "Gesprek met UWV",
            intro: "Uw contract is geëindigd. UWV betaalt nu uw Ziektewet-uitkering en helpt u met re-integratie.",
            ask: &[
                "Wie is mijn contactpersoon bij UWV?",
                "Wat staat er in mijn plan van aanpak bij UWV?",
                "Wanneer is de Ziektewet-beoordeling, en wat betekent die voor mij?",
            ],
            bring: &["De stukken van uw oud-werkgever: probleemanalyse, plan van aanpak.", "Uw vragen, op papier."],
            note: &["Wat is er afgesproken, en wie doet wat vóór wanneer?", "Wanneer is het volgende gesprek?"],
        },
        (Uwv, false) => Card {
            title: "Na het einde van het contract",
            intro: "UWV heeft het overgenomen. U heeft geen gesprekken meer over re-integratie, tenzij u \
                    eigenrisicodrager bent voor de Ziektewet.",
            ask: &[
                "Is de ziek-uit-dienstmelding bij UWV gedaan?",
                "Is het re-integratieverslag meegestuurd, als de ziekte 6 weken of langer duurde?",
            ],
            bring: &["Het dossier, voor als UWV erom vraagt."],
            note: &["Wanneer is de melding gedaan, en door wie?"],
        },
    }
}

/// Headings and labels of the card.
pub const CARD_LINK: &str = "Gesprekskaart voor uw volgende gesprek";
pub const CARD_KICKER: &str = "Gesprekskaart";
pub const CARD_ASK: &str = "Vragen en punten om te bespreken";
pub const CARD_BRING: &str = "Neem mee";
pub const CARD_NOTE: &str = "Schrijf na het gesprek op";
pub const CARD_WHEN: &str = "Uiterlijk:";
pub const CARD_PRINT: &str = "Print de gesprekskaart";
pub const CARD_BACK: &str = "Terug naar uw resultaat";
pub const CARD_NONE: &str = "Er is op dit moment geen gesprek om voor te bereiden.";
