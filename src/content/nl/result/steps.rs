//! Texts per step of the 104-week route (poortwachter.md §3), for each role.

use super::StepText;
use crate::rules::{Role, StepId};

/// (what, missed) for one role.
type Pair = (&'static str, &'static str);

/// Title, what and missed for a step, phrased for the role. `missed` is empty only for events
/// (letters, the end of a period) where there is nothing to miss.
pub fn step(id: StepId, role: Role) -> StepText {
    let (title, werknemer, werkgever): (&'static str, Pair, Pair) = match id {
        StepId::ZiekmeldingWerkgever => (
            "Ziekmelding bij de werkgever",
            (
                "U meldt zich ziek bij uw werkgever op de eerste ziektedag. Volg daarbij de regels van uw werkgever. \
                 Die staan vaak in een verzuimreglement. U hoeft niet te vertellen wat u heeft.",
                "Houdt u zich niet aan redelijke, schriftelijke regels voor ziekmelding? Dan mag uw werkgever uw loon \
                 tijdelijk inhouden (loonopschorting). U krijgt het loon alsnog als u de regels weer volgt.",
            ),
            (
                "Uw werknemer meldt zich ziek op de eerste ziektedag. Dat gaat volgens uw schriftelijke regels voor \
                 ziekmelding. U mag niet vragen wat de werknemer heeft.",
                "Houdt de werknemer zich niet aan redelijke, schriftelijke regels? Dan mag u het loon tijdelijk \
                 inhouden (loonopschorting). Laat dat de werknemer meteen weten. Het loon volgt alsnog als de \
                 werknemer de regels weer volgt.",
            ),
        ),
        StepId::MeldingBedrijfsarts => (
            "Melding bij de bedrijfsarts of arbodienst",
            (
                "Uw werkgever meldt uw ziekte bij de bedrijfsarts of arbodienst. De wet noemt geen vaste dag. Het \
                 moet op tijd, meestal in de eerste week. Daarna nodigt de bedrijfsarts u uit. Ga naar die afspraken.",
                "Meldt uw werkgever te laat? Dan kan de probleemanalyse te laat komen. UWV kan uw werkgever daarvoor \
                 later een loonsanctie geven.",
            ),
            (
                "Meld de ziekte op tijd bij uw bedrijfsarts of arbodienst. De wet noemt geen vaste dag. Meestal staat \
                 in het contract met de arbodienst: binnen de eerste week. De bedrijfsarts moet genoeg tijd hebben \
                 voor de probleemanalyse.",
                "Meldt u te laat? Dan kan de probleemanalyse te laat komen. UWV kan u daarvoor later een loonsanctie \
                 geven: u betaalt dan tot 52 weken langer loon.",
            ),
        ),
        StepId::ZiekmeldingUwvZw => (
            "Ziekmelding bij UWV voor de Ziektewet",
            (
                "U valt onder een vangnetregeling, zoals de no-riskpolis. Daarom meldt uw werkgever uw ziekte bij \
                 UWV. UWV betaalt dan een Ziektewet-uitkering aan uw werkgever. Uw werkgever blijft uw loon betalen.",
                "Meldt uw werkgever te laat? Dan kan UWV uw werkgever een boete geven. Ook kan uw werkgever de \
                 uitkering later of niet krijgen. Uw werkgever blijft wel uw loon betalen.",
            ),
            (
                "Valt uw werknemer onder een vangnetregeling? Bijvoorbeeld de no-riskpolis, ziekte door zwangerschap \
                 of orgaandonatie. Meld de ziekte dan bij UWV, meestal uiterlijk op de eerste dag na 6 weken ziekte. Soms moet het al op de \
                 vierde ziektedag.",
                "Meldt u te laat? Dan kan UWV u een boete geven van maximaal €455. Ook kunt u de Ziektewet-uitkering \
                 later of niet krijgen.",
            ),
        ),
        StepId::Probleemanalyse => (
            "Probleemanalyse",
            (
                "De bedrijfsarts schrijft een probleemanalyse. Daarin staat wat u nog wel en niet kunt. En een advies \
                 voor uw terugkeer naar werk. Uw ziekte zelf staat er niet in. Uw werkgever moet de bedrijfsarts \
                 hierom vragen, uiterlijk in week 6.",
                "Ontbreekt de probleemanalyse of komt die te laat? Dan kan UWV uw werkgever later een loonsanctie \
                 geven. U kunt uw werkgever of de bedrijfsarts ernaar vragen.",
            ),
            (
                "Vraag de bedrijfsarts om een probleemanalyse. Die moet er uiterlijk aan het eind van week 6 zijn. \
                 Daarin staat wat uw werknemer nog wel en niet kan. En een advies voor de terugkeer naar werk. Blijkt \
                 pas later dat de ziekte lang duurt? Dan moet de analyse er meteen komen.",
                "Ontbreekt de probleemanalyse of komt die te laat? Dan kan UWV u later een loonsanctie geven: u \
                 betaalt dan tot 52 weken langer loon. Bent u te laat? Laat de analyse dan zo snel mogelijk alsnog \
                 maken.",
            ),
        ),
        StepId::PlanVanAanpak => (
            "Plan van aanpak",
            (
                "U en uw werkgever maken samen een plan van aanpak. Daarin staat hoe u weer aan het werk gaat, wie \
                 wat doet en wanneer. Ook uw eigen visie op de re-integratie hoort erin. Het plan moet er zijn binnen \
                 2 weken na de probleemanalyse, meestal in week 8.",
                "Werkt u zonder goede reden niet mee aan het plan? Dan mag uw werkgever uw loon stoppen (loonstop). \
                 Maakt uw werkgever geen plan? Dan kan UWV uw werkgever een loonsanctie geven.",
            ),
            (
                "U en uw werknemer maken samen een plan van aanpak. Daarin staat hoe de werknemer weer aan het werk \
                 gaat, wie wat doet en wanneer. Zet de visie van u allebei op de re-integratie erin. Wijs ook een \
                 casemanager aan. Het plan moet er zijn binnen 2 weken na de probleemanalyse, meestal in week 8.",
                "Is er geen plan of komt het te laat? Dan kan UWV u later een loonsanctie geven: u betaalt dan tot 52 \
                 weken langer loon. Werkt uw werknemer zonder goede reden niet mee? Dan mag u het loon stoppen \
                 (loonstop).",
            ),
        ),
        StepId::Evaluatie => (
            "Evaluatie van het plan van aanpak",
            (
                "U en uw werkgever bespreken regelmatig hoe het gaat. UWV verwacht dat minstens elke 6 weken. \
                 Verandert er iets? Dan passen u en uw werkgever het plan van aanpak aan. Uw werkgever legt de \
                 afspraken vast in het dossier. Lees ze na: kloppen ze?",
                "Werkt u zonder goede reden niet mee aan de evaluatie of aanpassing? Dan mag uw werkgever uw loon \
                 stoppen. Gaten in het dossier kunnen uw werkgever later een loonsanctie opleveren.",
            ),
            (
                "Bespreek regelmatig met uw werknemer hoe het gaat. UWV verwacht dat minstens elke 6 weken. \
                 Verandert er iets? Pas het plan van aanpak dan aan, samen met uw werknemer. Leg elk gesprek \
                 schriftelijk vast.",
                "De wet noemt geen vaste termijn. Maar gaten in het dossier tellen mee als UWV de re-integratie \
                 controleert. Dat kan een loonsanctie opleveren.",
            ),
        ),
        StepId::ZiekmeldingUwv => (
            "Ziekmelding bij UWV (42e week)",
            (
                "Bent u 42 weken ziek? Dan meldt uw werkgever u ziek bij UWV. Zo weet UWV dat u lang ziek \
                 bent.",
                "Meldt uw werkgever te laat? Dan kan UWV uw werkgever een boete geven. Vraag uw werkgever of de \
                 melding is gedaan.",
            ),
            (
                "Meld uw werknemer ziek bij UWV als de ziekte 42 weken duurt. Dat moet uiterlijk op de eerste werkdag \
                 na week 42. Doe het liefst al in week 42. Dat kan via het werkgeversportaal van UWV.",
                "Te laat? Dan kan UWV u een boete geven van maximaal €455. Doe de melding dan meteen. Is de melding \
                 er na week 81 nog niet? Dan kunt u langer loon moeten betalen als de WIA-aanvraag daardoor te laat \
                 is.",
            ),
        ),
        StepId::UwvBriefEerstejaarsevaluatie => (
            "Brief van UWV over de eerstejaarsevaluatie",
            (
                "Na de ziekmelding bij UWV komt er rond week 44 een brief van UWV. Daarin herinnert UWV aan de \
                 eerstejaarsevaluatie. Heeft u niets gehoord? Vraag uw werkgever dan of de melding bij UWV is gedaan.",
                "",
            ),
            (
                "Na de ziekmelding in week 42 stuurt UWV rond week 44 een brief. Daarin herinnert UWV aan de \
                 eerstejaarsevaluatie. Geen brief gekregen? Controleer dan of uw melding bij UWV goed is aangekomen.",
                "",
            ),
        ),
        StepId::ArbeidsdeskundigOnderzoek => (
            "Arbeidsdeskundig onderzoek",
            (
                "Is het onzeker of u terug kunt naar uw eigen werk? Dan schakelt uw werkgever een \
                 arbeidsdeskundige in. Die kijkt of uw eigen werk, aangepast werk of ander werk bij uw werkgever passend \
                 is. En of spoor 2 nodig is. Vraag om een kopie van het rapport.",
                "De wet noemt geen vaste datum. Maar zonder dit onderzoek is de keuze voor spoor 1 of spoor 2 slecht \
                 onderbouwd. UWV kan uw werkgever dan een loonsanctie geven.",
            ),
            (
                "Is het onzeker of uw werknemer terug kan naar het eigen werk? Schakel dan een arbeidsdeskundige \
                 in. Die kijkt of eigen werk, aangepast werk of ander werk bij u passend is. En of spoor 2 \
                 nodig is. Doe dit uiterlijk rond de eerstejaarsevaluatie.",
                "De wet noemt geen vaste datum. Maar zonder dit onderzoek is de keuze voor spoor 1 of spoor 2 slecht \
                 onderbouwd. UWV kan u dan een loonsanctie geven.",
            ),
        ),
        StepId::Eerstejaarsevaluatie => (
            "Eerstejaarsevaluatie",
            (
                "Aan het eind van het eerste ziektejaar bespreken u en uw werkgever het afgelopen jaar. Dat gebeurt \
                 tussen week 46 en week 52. U spreekt samen het doel af voor het tweede jaar. Uw eigen visie moet in \
                 het verslag staan. Uiterlijk dan moet duidelijk zijn of spoor 2 nodig is.",
                "Ontbreekt de eerstejaarsevaluatie of komt die te laat? Dan kan UWV uw werkgever een loonsanctie \
                 geven. Werkt u zonder goede reden niet mee? Dan mag uw werkgever uw loon stoppen.",
            ),
            (
                "Bespreek aan het eind van het eerste ziektejaar met uw werknemer het afgelopen jaar. Dat gebeurt \
                 tussen week 46 en week 52. Spreek het doel af voor het tweede jaar. Zet de visie van u allebei in het \
                 verslag. Uiterlijk dan moet duidelijk zijn of spoor 2 nodig is.",
                "Ontbreekt de eerstejaarsevaluatie of komt die te laat? Dan kan UWV u een loonsanctie geven: u betaalt \
                 dan tot 52 weken langer loon.",
            ),
        ),
        StepId::Spoor2StartUiterlijk => (
            "Start van spoor 2",
            (
                "Is er bij uw werkgever geen passend werk voor u? Dan moet uw werkgever spoor 2 starten: zoeken naar \
                 passend werk bij een andere werkgever. Dat moet zodra dat duidelijk is. Uiterlijk 6 weken na de \
                 eerstejaarsevaluatie. U moet meedoen.",
                "Start uw werkgever te laat? Dan kan UWV uw werkgever een loonsanctie geven. Doet u zonder goede \
                 reden niet mee? Dan mag uw werkgever uw loon stoppen.",
            ),
            (
                "Is er bij u geen passend werk voor uw werknemer? Start dan spoor 2: zoeken naar passend werk bij een \
                 andere werkgever. Doe dat zodra dat duidelijk is. Uiterlijk 6 weken na de eerstejaarsevaluatie. \
                 Meestal schakelt u een re-integratiebureau in.",
                "Een te late of te zwakke start van spoor 2 is de meest voorkomende reden voor een loonsanctie. U \
                 betaalt dan tot 52 weken langer loon. Wachten mag alleen als de bedrijfsarts of arbeidsdeskundige \
                 een concreet uitzicht op terugkeer bij u binnen ongeveer 3 maanden vastlegt.",
            ),
        ),
        StepId::VervroegdeIvaUiterlijk => (
            "Vervroegde IVA-aanvraag",
            (
                "Verwacht de bedrijfsarts dat u volledig en blijvend niet kunt werken? Dan kunt u eerder een \
                 IVA-uitkering aanvragen bij UWV. U heeft daarvoor een verklaring van de bedrijfsarts nodig. Vraag \
                 het ruim voor week 68 aan. Het kan maar één keer.",
                "Na deze dag wordt de wachttijd niet meer korter. U kunt de WIA dan pas aan het eind van de 104 weken \
                 krijgen.",
            ),
            (
                "Verwacht de bedrijfsarts dat uw werknemer volledig en blijvend niet kan werken? Dan kan de werknemer \
                 eerder een IVA-uitkering aanvragen. De werknemer doet dat zelf, met een verklaring van de \
                 bedrijfsarts. U kunt de werknemer hierop wijzen.",
                "Na deze dag wordt de wachttijd niet meer korter. De WIA kan dan pas aan het eind van de 104 weken \
                 ingaan.",
            ),
        ),
        StepId::ZiekmeldingUwv81wkGrens => (
            "Grens van week 81 voor de ziekmelding bij UWV",
            (
                "Deze datum telt alleen als uw werkgever u nog niet bij UWV heeft ziek gemeld. Dat had na 42 weken \
                 moeten gebeuren. Vraag uw werkgever om het meteen te doen.",
                "Is de melding er na week 81 nog niet? En vraagt u daardoor te laat WIA aan? Dan moet uw werkgever \
                 langer loon betalen.",
            ),
            (
                "Deze datum telt alleen als u de ziekmelding van week 42 nog niet heeft gedaan. Doe die melding dan \
                 meteen, en in elk geval uiterlijk aan het eind van week 81.",
                "Is de melding er na week 81 nog niet? En wordt de WIA daardoor te laat aangevraagd? Dan moet u \
                 langer loon betalen.",
            ),
        ),
        StepId::UwvWiaBrief => (
            "Brief van UWV over de WIA-aanvraag",
            (
                "Rond week 89 stuurt UWV u een brief. Daarin staat hoe u een WIA-uitkering aanvraagt. Uw werkgever \
                 krijgt een kopie. Komt de brief te laat? Dan is uw aanvraag meestal nog op tijd als u binnen 4 weken \
                 na de brief aanvraagt.",
                "",
            ),
            (
                "Rond week 89 stuurt UWV uw werknemer een brief over de WIA-aanvraag. U krijgt een kopie. Zorg dat het \
                 re-integratieverslag dan bijna klaar is.",
                "",
            ),
        ),
        StepId::ReIntegratieverslag => (
            "Re-integratieverslag",
            (
                "Uw werkgever maakt het re-integratieverslag, in overleg met u. Daarin staat alles wat u en uw \
                 werkgever hebben gedaan. De bedrijfsarts voegt een actueel oordeel toe. U krijgt een kopie en stuurt \
                 het mee met uw WIA-aanvraag.",
                "Krijgt u het verslag niet op tijd? Vraag er dan om. Is het verslag niet compleet? Dan vraagt UWV om \
                 aanvulling. Uw aanvraag kan dan later worden behandeld.",
            ),
            (
                "Maak het re-integratieverslag, in overleg met uw werknemer. Daarin staan de probleemanalyse, het plan \
                 van aanpak, de evaluaties en de eerstejaarsevaluatie. De bedrijfsarts voegt een actueel oordeel toe. \
                 Geef uw werknemer een kopie. Het moet uiterlijk eind week 91 klaar zijn.",
                "Is het verslag niet compleet? Dan geeft UWV een termijn om het aan te vullen. De aanvraag van uw \
                 werknemer kan daardoor vertraging oplopen.",
            ),
        ),
        StepId::WiaAanvraag => (
            "WIA-aanvraag",
            (
                "Vraag uw WIA-uitkering aan bij UWV. Dat moet uiterlijk 11 weken voor het eind van de wachttijd, in \
                 week 93. Stuur het re-integratieverslag mee.",
                "Vraagt u te laat aan, zonder goede reden? Dan begint uw WIA-uitkering later. Over die extra tijd mag \
                 uw werkgever uw loon weigeren. U kunt dan een tijd zonder inkomen zitten.",
            ),
            (
                "Uw werknemer vraagt de WIA-uitkering aan bij UWV, uiterlijk in week 93. Zorg dat het \
                 re-integratieverslag op tijd klaar is. Help uw werknemer als dat nodig is.",
                "Vraagt uw werknemer te laat aan, zonder goede reden? Dan loopt uw plicht om loon te betalen langer \
                 door. Over die extra tijd mag u het loon weigeren.",
            ),
        ),
        StepId::UwvLoonsanctieBesluit => (
            "UWV beoordeelt de re-integratie",
            (
                "Bij de WIA-aanvraag kijkt UWV met het re-integratieverslag of u en uw werkgever genoeg hebben gedaan. \
                 Heeft uw werkgever te weinig gedaan, zonder goede reden? Dan moet uw werkgever langer loon betalen \
                 (een loonsanctie). UWV beslist daarover uiterlijk op deze dag.",
                "",
            ),
            (
                "Bij de WIA-aanvraag kijkt UWV met het re-integratieverslag of er genoeg is gedaan. Heeft u te weinig \
                 gedaan, zonder goede reden? Dan krijgt u een loonsanctie: u betaalt tot 52 weken langer loon. UWV \
                 beslist daarover uiterlijk op deze dag.",
                "",
            ),
        ),
        StepId::EindeWachttijd => (
            "Einde van de wachttijd (104 weken)",
            (
                "Dit is de laatste dag van de wachttijd van 104 weken. Daarna hoeft uw werkgever geen loon bij ziekte \
                 meer te betalen. Dat is anders bij een loonsanctie of verlenging. Krijgt u WIA? Dan begint die de dag erna. Uw \
                 contract eindigt niet vanzelf.",
                "",
            ),
            (
                "Dit is de laatste dag van de wachttijd van 104 weken. Daarna hoeft u geen loon bij ziekte meer te \
                 betalen. Dat is anders bij een loonsanctie of verlenging. Heeft UWV nog niet beslist over de WIA? Dan betaalt UWV \
                 een voorschot. Het contract eindigt niet vanzelf.",
                "",
            ),
        ),
        StepId::EindeOpzegverbod => (
            "Einde van het opzegverbod",
            (
                "In de eerste 2 jaar ziekte mag uw werkgever u meestal niet ontslaan. Dit is de laatste dag van die \
                 bescherming. De wet zegt 2 jaar. Dat is een paar dagen langer dan 104 weken, dus wij tonen de latere \
                 datum. Daarna kan ontslag wegens langdurige ziekte alleen met toestemming van UWV. Een tijdelijk \
                 contract eindigt wel gewoon op de einddatum.",
                "",
            ),
            (
                "In de eerste 2 jaar ziekte mag u uw werknemer niet opzeggen. Dit is de laatste dag van dat verbod. \
                 De wet zegt 2 jaar. Dat is een paar dagen langer dan 104 weken, dus wij tonen de latere datum. Daarna \
                 kan ontslag wegens langdurige ziekte alleen met toestemming van UWV.",
                "",
            ),
        ),
        StepId::ZiekUitDienstMelding => (
            "Ziek-uit-dienstmelding bij UWV",
            (
                "Eindigt uw contract terwijl u ziek bent? Dan meldt uw werkgever u ziek bij UWV, uiterlijk op de \
                 laatste dag van uw contract. Daarna krijgt u een Ziektewet-uitkering van UWV. UWV helpt u dan met \
                 re-integratie.",
                "Meldt uw werkgever te laat? Dan kan uw uitkering later komen. Neem dan zelf contact op met UWV.",
            ),
            (
                "Eindigt het contract terwijl uw werknemer ziek is? Meld dat dan bij UWV, uiterlijk op de laatste dag \
                 van het contract. Is de werknemer dan 6 weken of langer ziek? Stuur dan ook het \
                 re-integratieverslag.",
                "Te laat? Dan kan UWV u een boete geven van maximaal €455. De Ziektewet-uitkering voor uw werknemer \
                 kan dan later komen.",
            ),
        ),
        StepId::LoonsanctieUiterlijkEinde => (
            "Uiterlijk einde van een loonsanctie",
            (
                "Heeft UWV uw werkgever een loonsanctie gegeven? Dan krijgt u langer loon, maximaal 52 weken extra. \
                 Ook uw bescherming tegen ontslag loopt zo lang door. De re-integratie gaat in die tijd gewoon door.",
                "",
            ),
            (
                "Heeft UWV u een loonsanctie gegeven? Dan betaalt u langer loon, maximaal 52 weken extra. Herstel wat \
                 UWV mist en meld dat bij UWV. De sanctie eindigt dan 6 weken nadat UWV vindt dat het is hersteld.",
                "",
            ),
        ),
        StepId::HersteldmeldingUwv => (
            "Hersteldmelding bij UWV",
            (
                "Uw werkgever krijgt voor u een Ziektewet-uitkering van UWV. Bent u hersteld? Meld dat uiterlijk de \
                 tweede dag bij uw werkgever. Uw werkgever meldt het dan binnen 2 dagen bij UWV.",
                "Meldt uw werkgever het herstel te laat? Dan kan UWV uw werkgever een boete geven. Voor u verandert er \
                 niets.",
            ),
            (
                "U krijgt voor deze werknemer een Ziektewet-uitkering van UWV. Meld het herstel bij UWV, uiterlijk de \
                 tweede dag nadat u het van uw werknemer hoorde.",
                "Te laat? Dan kan UWV u een boete geven van €70 tot €455. Betaalde UWV te lang? Dan vraagt UWV dat terug.",
            ),
        ),
        StepId::UwvZwBeoordeling => (
            "Ziektewet-beoordeling door UWV",
            (
                "Na 52 weken ziekte kijkt UWV of u nog recht heeft op de Ziektewet-uitkering. Dat begint rond week 44. \
                 Kunt u meer dan 65% verdienen van wat u vroeger verdiende? Dan stopt de uitkering een maand later.",
                "",
            ),
            (
                "Na 52 weken ziekte kijkt UWV of uw oud-werknemer nog recht heeft op de Ziektewet-uitkering. Dat begint \
                 rond week 44. U hoeft daarvoor niets te doen.",
                "",
            ),
        ),
    };
    let (what, missed) = match role {
        Role::Werknemer => werknemer,
        Role::Werkgever => werkgever,
    };
    StepText { title, what, missed }
}
