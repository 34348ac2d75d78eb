//! Texts per notice (special situations and risks), for each role.

use super::Text;
use crate::rules::{NoticeId, Role};

const fn t(title: &'static str, body: &'static str) -> Text {
    Text { title, body }
}

/// Title and body of a notice, phrased for the role.
pub fn notice(id: NoticeId, role: Role) -> Text {
    let (werknemer, werkgever) = match id {
        NoticeId::ContractEindigtTijdensZiekte => (
            t(
                "Uw contract eindigt terwijl u ziek bent",
                "Een tijdelijk contract eindigt ook tijdens ziekte gewoon op de einddatum. Uw werkgever meldt u dan \
                 uiterlijk op de laatste dag ziek bij UWV. Daarna krijgt u een Ziektewet-uitkering van UWV. UWV helpt \
                 u dan verder met re-integratie. De wachttijd van 104 weken loopt gewoon door.",
            ),
            t(
                "Het contract eindigt tijdens de ziekte",
                "Een tijdelijk contract eindigt ook tijdens ziekte op de einddatum. Het opzegverbod verandert daar \
                 niets aan. Meld uw werknemer uiterlijk op de laatste dag ziek uit dienst bij UWV. Daarna betaalt UWV \
                 de Ziektewet-uitkering en doet UWV de re-integratie. Bent u eigenrisicodrager voor de Ziektewet? Dan \
                 betaalt u zelf en blijft u verantwoordelijk voor de re-integratie.",
            ),
        ),
        NoticeId::ZiekNaEindeContract => (
            t(
                "Ziek binnen 4 weken na het einde van uw contract",
                "U werd ziek binnen 4 weken nadat uw contract eindigde. Dan kunt u een Ziektewet-uitkering van UWV \
                 krijgen. Uw oud-werkgever hoeft geen loon te betalen. Meld u zo snel mogelijk ziek bij UWV.",
            ),
            t(
                "Ziek na het einde van het contract",
                "Uw oud-werknemer werd ziek binnen 4 weken na het einde van het contract. U hoeft dan geen loon te \
                 betalen en heeft geen plichten voor re-integratie. De werknemer meldt zich ziek bij UWV. Bent u \
                 eigenrisicodrager voor de Ziektewet? Dan kan de uitkering wel voor uw rekening zijn.",
            ),
        ),
        NoticeId::ZwangerschapUwv => (
            t(
                "Ziek door zwangerschap of bevalling",
                "Bent u ziek door uw zwangerschap of bevalling? Dan krijgt uw werkgever een Ziektewet-uitkering van \
                 UWV. Uw werkgever moet u daarvoor op tijd bij UWV melden. De dagen van uw zwangerschaps- en \
                 bevallingsverlof tellen niet mee voor de 104 weken. U heeft extra bescherming tegen ontslag.",
            ),
            t(
                "Ziekte door zwangerschap of bevalling",
                "Bij ziekte door zwangerschap of bevalling krijgt u van UWV een Ziektewet-uitkering van 100% van het \
                 dagloon. Meld de ziekte op tijd bij UWV. Uw plichten voor re-integratie blijven gelden. De dagen van \
                 het verlof tellen niet mee voor de 104 weken. Er geldt extra ontslagbescherming. U mag niet naar de \
                 ziekte zelf vragen.",
            ),
        ),
        NoticeId::NoRiskPolis => (
            t(
                "De no-riskpolis geldt voor u",
                "Bent u ziek? Dan krijgt uw werkgever een Ziektewet-uitkering van UWV. Dat is de no-riskpolis. Die \
                 geldt meestal tot 5 jaar na het begin van uw contract. Voor u verandert er weinig. Uw werkgever \
                 betaalt uw loon en helpt u met re-integratie.",
            ),
            t(
                "De no-riskpolis geldt voor deze werknemer",
                "Meld de ziekte bij UWV, uiterlijk op de eerste dag na 6 weken \
                 ziekte. UWV betaalt u dan een Ziektewet-uitkering. Die trekt u \
                 af van het loon dat u betaalt. Uw plichten voor re-integratie blijven hetzelfde. Vrijwillig \
                 verlengen van de loondoorbetaling kan dan niet.",
            ),
        ),
        NoticeId::OrgaandonatieUwv => (
            t(
                "Ziek door orgaandonatie",
                "Bent u ziek doordat u een orgaan heeft gedoneerd? Dan krijgt uw werkgever voor die ziekte een \
                 Ziektewet-uitkering van UWV. Uw werkgever moet u daarvoor op tijd bij UWV melden. Voor uw loon en uw \
                 re-integratie verandert er niets.",
            ),
            t(
                "Ziekte door orgaandonatie",
                "Is uw werknemer ziek door orgaandonatie? Dan krijgt u voor die ziekte een Ziektewet-uitkering van UWV, \
                 van 100% van het dagloon. Meld de ziekte bij UWV, uiterlijk op de eerste dag na 6 weken ziekte. Uw plichten voor \
                 re-integratie blijven gelden.",
            ),
        ),
        NoticeId::VervroegdeIva => (
            t(
                "U kunt eerder een IVA-uitkering aanvragen",
                "U gaf aan dat de bedrijfsarts verwacht dat u volledig en blijvend niet kunt werken. Dan kunt u eerder \
                 dan na 104 weken een IVA-uitkering aanvragen. U doet dat zelf bij UWV, met een verklaring van de \
                 bedrijfsarts. Vraag het ruim voor week 68 aan. Het kan maar één keer. UWV beslist.",
            ),
            t(
                "Uw werknemer kan eerder een IVA-uitkering aanvragen",
                "U gaf aan dat de bedrijfsarts verwacht dat uw werknemer volledig en blijvend niet kan werken. Dan kan \
                 de werknemer eerder een IVA-uitkering aanvragen. De werknemer doet dat zelf bij UWV, met een \
                 verklaring van de bedrijfsarts. Dat moet ruim voor week 68. UWV beslist.",
            ),
        ),
        NoticeId::ZiekmeldingUwvTeLaat => (
            t(
                "De ziekmelding bij UWV is te laat",
                "Uw werkgever had u na 42 weken ziekte bij UWV moeten melden. Volgens uw antwoorden is dat nog niet \
                 gebeurd. Vraag uw werkgever om het meteen te doen. UWV kan uw werkgever een boete geven. Voor uw loon \
                 verandert er nu niets.",
            ),
            t(
                "De ziekmelding bij UWV (42e week) is te laat",
                "Meld uw werknemer nu meteen ziek bij UWV. UWV kan u een boete geven van maximaal €455. Een loonsanctie \
                 krijgt u hier niet voor. Maar wacht niet: ontbreekt de melding na week 81, dan kunt u langer loon \
                 moeten betalen.",
            ),
        ),
        NoticeId::LoonsanctieRisico => (
            t(
                "Kans op een loonsanctie voor uw werkgever",
                "Een stap is te laat gezet of ontbreekt nog. UWV kan uw werkgever daarom later een loonsanctie geven, \
                 tenzij er een goede reden is. Uw werkgever moet dan tot 52 weken langer uw loon betalen. Uw \
                 WIA-beoordeling schuift dan op. Bespreek met uw werkgever hoe een ontbrekende stap nu alsnog wordt \
                 gezet.",
            ),
            t(
                "Risico op een loonsanctie",
                "Een stap is te laat gezet of ontbreekt nog. Vraagt uw werknemer WIA aan, dan controleert UWV wat er \
                 is gedaan. UWV kan u dan een loonsanctie geven: tot 52 weken langer loon betalen. Dat kan niet als \
                 u een goede reden had (een deugdelijke grond). Zet een ontbrekende stap nu alsnog. Leg in het \
                 dossier vast waarom een stap later is gezet.",
            ),
        ),
        NoticeId::LoonopschortingMogelijk => (
            t(
                "Als u niet meewerkt, kan uw loon stoppen",
                "U moet meewerken aan uw re-integratie. Weigert u dat zonder goede reden? Dan mag uw werkgever uw loon \
                 inhouden of stoppen. Blijft u weigeren na een waarschuwing? Dan kan ook uw bescherming tegen ontslag \
                 vervallen. Heeft u een reden? Bespreek die, en vraag zo nodig UWV om een deskundigenoordeel.",
            ),
            t(
                "Als uw werknemer niet meewerkt",
                "Volgt uw werknemer redelijke, schriftelijke controleregels niet? Dan mag u het loon inhouden tot de \
                 werknemer dat wel doet. Weigert de werknemer zonder goede reden passend werk of mee te werken? Dan mag \
                 u het loon over die tijd stoppen. Laat dat meteen schriftelijk weten en leg alles vast. Bij twijfel \
                 kunt u UWV om een deskundigenoordeel vragen.",
            ),
        ),
        NoticeId::Samentelling => (
            t(
                "Uw ziekteperiodes tellen samen",
                "U was eerder ziek, en daarna minder dan 4 weken beter. Dan tellen de ziekteperiodes samen. Het maakt \
                 niet uit of het om dezelfde ziekte gaat. De dagen dat u beter was, tellen niet mee. De weken tellen \
                 vanaf de eerste ziektedag van de eerste periode.",
            ),
            t(
                "De ziekteperiodes tellen samen",
                "Uw werknemer was eerder ziek, en daarna minder dan 4 weken beter. Dan tellen de ziekteperiodes samen. \
                 De oorzaak maakt niet uit. De dagen dat de werknemer beter was, tellen niet mee. Geef UWV de eerste \
                 ziektedag van de eerste periode door.",
            ),
        ),
        NoticeId::GeenSamentelling => (
            t(
                "Een eerdere ziekteperiode telt niet mee",
                "Tussen een eerdere ziekteperiode en deze ziekte zat 4 weken of meer. Dan telt die eerdere periode niet \
                 mee. De telling van de weken begint opnieuw.",
            ),
            t(
                "Een eerdere ziekteperiode telt niet mee",
                "Tussen een eerdere ziekteperiode en deze ziekte zat 4 weken of meer. Dan telt die eerdere periode niet \
                 mee. De telling van de weken begint opnieuw, ook voor de probleemanalyse en het plan van aanpak.",
            ),
        ),
        NoticeId::AdoAdvies => (
            t(
                "Een arbeidsdeskundig onderzoek helpt",
                "Het is nog niet duidelijk of u terug kunt naar uw eigen werk of ander werk bij uw werkgever. Een \
                 arbeidsdeskundige kan dat onderzoeken. Vraag uw werkgever om dit onderzoek, liefst voor week 46. \
                 Vraag daarna om een kopie van het rapport.",
            ),
            t(
                "Laat een arbeidsdeskundig onderzoek doen",
                "Het is nog niet duidelijk of uw werknemer terug kan naar het eigen werk of ander werk bij u. Laat een \
                 arbeidsdeskundige dat onderzoeken, liefst voor week 46. Zonder dit onderzoek is het besluit over \
                 spoor 2 slecht onderbouwd. Dat is een risico op een loonsanctie.",
            ),
        ),
        NoticeId::Spoor2DirectStarten => (
            t(
                "Spoor 2 moet nu starten",
                "Volgens de bedrijfsarts of arbeidsdeskundige is er bij uw werkgever geen passend werk voor u. Maar u \
                 kunt wel iets. Dan moet uw werkgever nu met spoor 2 beginnen. Wachten tot de eerstejaarsevaluatie \
                 hoeft niet. Spoor 2 is geen ontslag: uw contract loopt door.",
            ),
            t(
                "Start spoor 2 nu",
                "U gaf aan dat er volgens de bedrijfsarts of arbeidsdeskundige bij u geen passend werk is. Maar uw \
                 werknemer kan wel iets. Start spoor 2 dan nu. Wacht niet tot de eerstejaarsevaluatie: de wet vraagt \
                 om zo vroeg mogelijk te beginnen. Een late start is de meest voorkomende reden voor een loonsanctie.",
            ),
        ),
        NoticeId::GeenBenutbareMogelijkheden => (
            t(
                "U kunt nu niet werken",
                "Volgens de bedrijfsarts kunt u nu helemaal niet werken. Daarom staat de re-integratie even stil. De \
                 bedrijfsarts kijkt regelmatig opnieuw, minstens elke 6 weken. De termijnen lopen wel door, zoals de \
                 ziekmelding bij UWV en de eerstejaarsevaluatie. Een plan van aanpak waarin dit staat, is verstandig.",
            ),
            t(
                "Uw werknemer kan nu niet werken",
                "Volgens de bedrijfsarts kan uw werknemer nu helemaal niet werken. Daarom staat de re-integratie even \
                 stil. Laat de bedrijfsarts regelmatig opnieuw kijken, minstens elke 6 weken. De termijnen lopen wel \
                 door. Maak toch een plan van aanpak waarin dit staat.",
            ),
        ),
        NoticeId::HerstelTerugval => (
            t(
                "Wordt u binnen 4 weken weer ziek?",
                "U bent hersteld. Wordt u binnen 4 weken opnieuw ziek? Dan telt de nieuwe ziekte door met de vorige \
                 periode, ook bij een andere ziekte. Na 4 weken of meer begint de telling opnieuw.",
            ),
            t(
                "Wordt uw werknemer binnen 4 weken weer ziek?",
                "Uw werknemer is hersteld. Wordt de werknemer binnen 4 weken opnieuw ziek? Dan telt de nieuwe ziekte \
                 door met de vorige periode, ook bij een andere oorzaak. Na 4 weken of meer begint de telling opnieuw.",
            ),
        ),
        NoticeId::WachttijdVoorbij => (
            t(
                "De 104 weken zijn voorbij",
                "De wachttijd van 104 weken is voorbij. Uw werkgever hoeft geen loon bij ziekte meer te betalen. Dat \
                 is anders bij een loonsanctie of als de periode is verlengd. Over de WIA beslist UWV. Uw contract \
                 eindigt niet vanzelf. Wat er na 104 weken gebeurt, valt buiten deze hulp.",
            ),
            t(
                "De 104 weken zijn voorbij",
                "De wachttijd van 104 weken is voorbij. U hoeft geen loon bij ziekte meer te betalen. Dat is anders \
                 bij een loonsanctie of als de periode is verlengd. Het contract eindigt niet vanzelf. Ontslag wegens \
                 langdurige ziekte kan alleen met toestemming van UWV. Wat er na 104 weken gebeurt, valt buiten deze hulp.",
            ),
        ),
        NoticeId::ReIntegratievisie => (
            t(
                "Uw eigen visie hoort in het plan",
                "In het plan van aanpak en de eerstejaarsevaluatie moet uw eigen visie op de re-integratie staan. En \
                 die van uw werkgever. Zo ziet UWV later hoe u er allebei over dacht. Schrijf uw visie zelf op, of \
                 controleer of die goed is opgeschreven.",
            ),
            t(
                "Zet beide visies in het plan",
                "In het plan van aanpak en de eerstejaarsevaluatie moet de visie van uw werknemer op de re-integratie \
                 staan. En die van u. Dat is verplicht. Laat de werknemer zijn of haar visie zelf opschrijven of \
                 controleren.",
            ),
        ),
        NoticeId::OproepkrachtLoon => (
            t(
                "Oproepkracht: uw loon tijdens ziekte",
                "Ook als oproepkracht heeft u recht op loon tijdens ziekte, zolang uw contract loopt. Hoeveel dat is, \
                 hangt af van wat u zou hebben verdiend. Dat is ingewikkeld en rekent deze hulp niet uit. Vraag advies \
                 bij het Juridisch Loket of uw vakbond.",
            ),
            t(
                "Oproepkracht: loon tijdens ziekte",
                "Ook een oproepkracht heeft recht op loon tijdens ziekte, zolang het contract loopt. Hoeveel dat is, \
                 hangt af van wat de werknemer zou hebben verdiend. Dat is ingewikkeld en rekent deze hulp niet uit. \
                 Vraag advies als u twijfelt.",
            ),
        ),
        NoticeId::Uitzendbeding => (
            t(
                "Uitzendkracht: uw contract kan eindigen bij ziekte",
                "In uw uitzendcontract kan een uitzendbeding staan. Dan eindigt uw contract als u ziek wordt. Dat kan \
                 meestal alleen in de eerste fase van de uitzend-cao. Eindigt uw contract? Dan krijgt u een \
                 Ziektewet-uitkering. Eindigt het niet? Dan is het uitzendbureau uw werkgever en gelden de gewone \
                 regels.",
            ),
            t(
                "Uitzendkracht en uitzendbeding",
                "Staat er een uitzendbeding in het contract? Dan kan het contract eindigen bij ziekte. Dat kan meestal \
                 alleen in de eerste fase van de uitzend-cao. Eindigt het contract? Meld de werknemer dan ziek uit \
                 dienst bij UWV. Eindigt het niet? Dan bent u de werkgever en gelden de gewone regels.",
            ),
        ),
        NoticeId::WazoNietGeteld => (
            t(
                "Uw verlof telt niet mee",
                "De dagen van uw zwangerschaps- en bevallingsverlof tellen niet mee voor de 104 weken. Daardoor \
                 schuiven de datums op. Was u voor en na het verlof ziek door dezelfde oorzaak? Dan tellen die periodes \
                 samen. Bij een andere oorzaak begint de telling opnieuw.",
            ),
            t(
                "Het verlof telt niet mee",
                "De dagen van het zwangerschaps- en bevallingsverlof tellen niet mee voor de 104 weken. Daardoor \
                 schuiven de datums op. Ziekte voor en na het verlof telt alleen samen bij dezelfde oorzaak. Dat \
                 beoordeelt de bedrijfsarts. U mag niet naar de ziekte zelf vragen.",
            ),
        ),
        NoticeId::OordeelDeskundigen => (
            t(
                "Wie beoordeelt wat",
                "Wat u nog kunt, beoordeelt de bedrijfsarts. Of werk passend is, beoordeelt de arbeidsdeskundige. Bij \
                 onenigheid geeft UWV een oordeel. Deze hulp neemt over wat u over hun oordeel invulde. Wij beslissen \
                 daar niet over. Bent u het oneens? Vraag een second opinion of een deskundigenoordeel.",
            ),
            t(
                "Wie beoordeelt wat",
                "Wat uw werknemer nog kan, beoordeelt de bedrijfsarts. Of werk passend is, beoordeelt de \
                 arbeidsdeskundige. Bij onenigheid geeft UWV een oordeel. Deze hulp neemt over wat u over hun oordeel \
                 invulde. Welk traject u start, beslist u zelf, en daar bent u verantwoordelijk voor.",
            ),
        ),
        NoticeId::PerspectiefHerbeoordelen => (
            t(
                "Spoor 2 wacht, maar niet onbeperkt",
                "Spoor 2 mag wachten omdat er concreet uitzicht is op vast werk bij uw werkgever binnen ongeveer 3 \
                 maanden. Zorg dat dit plan op papier staat. Lukt het na die tijd niet? Dan moet spoor 2 meteen \
                 starten.",
            ),
            t(
                "Spoor 2 wacht, maar niet onbeperkt",
                "Spoor 2 mag wachten omdat er concreet uitzicht is op vast werk bij u binnen ongeveer 3 maanden. \
                 Leg dit plan en het advies vast in het dossier. Lukt het na die tijd niet? Start spoor 2 dan meteen. \
                 Anders kan UWV een loonsanctie geven.",
            ),
        ),
        NoticeId::VrijwilligeVerlenging => (
            t(
                "Langer loon in plaats van nu WIA",
                "Gaat het bijna goed met werken? Dan kunnen u en uw werkgever UWV samen vragen om de loondoorbetaling te \
                 verlengen. De WIA-aanvraag schuift dan op. Dat moet u samen willen, en UWV beslist. Vraag het aan \
                 vóór u WIA aanvraagt.",
            ),
            t(
                "De loondoorbetaling vrijwillig verlengen",
                "Is uw werknemer bijna weer aan het werk? Dan kunt u UWV samen met uw werknemer vragen om de \
                 loondoorbetaling te verlengen. De WIA-aanvraag schuift dan op. U moet het allebei willen, en UWV \
                 beslist. Vraag het aan vóór de WIA-aanvraag.",
            ),
        ),
        NoticeId::PaTermijnOnzeker => (
            t(
                "Niet zeker wanneer de probleemanalyse klaar moest zijn",
                "Uw ziekteperiodes tellen samen. Daardoor valt week 6 in een eerdere periode, of vlak na het begin van \
                 deze ziekte. De regels zeggen niet duidelijk of de probleemanalyse dan al klaar moest zijn. Is er nog \
                 geen probleemanalyse? Vraag uw werkgever dan om die meteen te laten maken.",
            ),
            t(
                "Niet zeker wanneer de probleemanalyse klaar moest zijn",
                "De ziekteperiodes tellen samen. Daardoor valt week 6 in een eerdere periode, of vlak na het begin van \
                 deze ziekte. De regels zeggen niet duidelijk of de probleemanalyse dan al klaar moest zijn. Laat de \
                 bedrijfsarts de probleemanalyse meteen maken, als die er nog niet is. Leg in het dossier vast \
                 waarom het niet eerder kon.",
            ),
        ),
        NoticeId::GedeeltelijkWerken => (
            t(
                "U werkt weer een deel van de tijd",
                "Goed dat het lukt. De 104 weken lopen door tot u weer al uw eigen werk kunt doen, alle uren. De stappen \
                 en afspraken blijven gelden. Bespreek in elke evaluatie of u meer kunt. Voor de uren die u werkt, \
                 krijgt u het loon dat bij dat werk hoort.",
            ),
            t(
                "Uw werknemer werkt weer een deel van de tijd",
                "De 104 weken lopen door tot uw werknemer weer al het eigen werk kan doen, alle uren. Alle stappen \
                 blijven gelden. Leg de uren en het werk vast in het plan van aanpak en bouw op met de bedrijfsarts. \
                 Kan uw werknemer meer dan u kunt bieden? Dan kan spoor 2 nodig zijn voor de rest.",
            ),
        ),
        NoticeId::ProeftijdOntslag => (
            t(
                "Opgezegd in de proeftijd",
                "In de proeftijd mag een werkgever opzeggen, ook als u ziek bent. Het mag niet zijn omdát u ziek bent. \
                 Na de laatste dag krijgt u een Ziektewet-uitkering van UWV. Meld u bij UWV als uw werkgever dat niet \
                 doet. Twijfelt u of het ontslag klopt? Vraag snel advies, bijvoorbeeld bij het Juridisch Loket.",
            ),
            t(
                "Opgezegd in de proeftijd",
                "In de proeftijd geldt het opzegverbod bij ziekte niet. De opzegging mag niet om de ziekte zelf zijn. \
                 Meld uw werknemer op de laatste dag ziek uit dienst bij UWV. Daarna betaalt UWV de Ziektewet-uitkering \
                 en doet UWV de re-integratie.",
            ),
        ),
        NoticeId::EigenrisicodragerZw => (
            t(
                "Uw werkgever is eigenrisicodrager voor de Ziektewet",
                "Uw werkgever betaalt dan zelf uw Ziektewet-uitkering na het einde van het contract. Uw werkgever blijft \
                 u ook helpen met re-integratie, in plaats van UWV. Spoorwijzer werkt die stappen niet per datum uit. \
                 Vraag uw oud-werkgever of UWV wat er voor u geldt.",
            ),
            t(
                "U bent eigenrisicodrager voor de Ziektewet",
                "U neemt dan na het einde van het contract de plaats van UWV in. U betaalt de Ziektewet-uitkering en \
                 begeleidt de re-integratie: plan van aanpak, evaluaties en een re-integratieverslag. Meld de ziekte \
                 binnen 6 weken na de laatste dag bij UWV. Doet u te weinig? Dan kan UWV de uitkering tot 52 weken \
                 voor uw rekening verlengen. Spoorwijzer werkt deze stappen niet per datum uit. Vraag uw verzekeraar \
                 of arbodienst om hulp.",
            ),
        ),
        NoticeId::RegelsMogelijkVerouderd => (
            t(
                "De regels kunnen veranderd zijn",
                "Wij hebben de regels in deze hulp al lang niet meer gecontroleerd. Er kan sindsdien iets veranderd \
                 zijn. Controleer belangrijke datums bij UWV of vraag advies.",
            ),
            t(
                "De regels kunnen veranderd zijn",
                "Wij hebben de regels in deze hulp al lang niet meer gecontroleerd. Er kan sindsdien iets veranderd \
                 zijn. Controleer belangrijke datums bij UWV of vraag advies.",
            ),
        ),
    };
    match role {
        Role::Werknemer => werknemer,
        Role::Werkgever => werkgever,
    }
}
