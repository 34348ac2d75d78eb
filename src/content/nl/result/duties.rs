//! Texts per right or obligation (poortwachter.md §5), for each role.

use super::DutyText;
use crate::rules::{DutyId, Role};

const fn d(title: &'static str, body: &'static str, consequence: &'static str) -> DutyText {
    DutyText { title, body, consequence }
}

/// Title, body and consequence of a right or obligation, phrased for the role.
pub fn duty(id: DutyId, role: Role) -> DutyText {
    let (werknemer, werkgever) = match id {
        // ---- werkgever: plichten ----
        DutyId::LoonDoorbetalen => (
            d(
                "Loon doorbetalen tijdens ziekte",
                "Uw werkgever betaalt maximaal 104 weken loon door, minstens 70%. In het eerste jaar krijgt u minstens \
                 het minimumloon. Voor hoge lonen geldt een maximum. Veel cao's geven meer. Kijk in uw cao of \
                 arbeidscontract.",
                "Krijgt u te weinig? Vraag uw werkgever eerst om uitleg. Helpt dat niet, dan kunt u naar de rechter. \
                 Daarvoor heeft u meestal eerst een deskundigenoordeel van UWV nodig.",
            ),
            d(
                "Loon doorbetalen tijdens ziekte",
                "U betaalt maximaal 104 weken loon door, minstens 70%. In het eerste jaar minstens het minimumloon. \
                 Voor hoge lonen geldt een maximum (het maximumdagloon). Veel cao's vragen meer. Hooguit 2 wachtdagen \
                 zonder loon mogen, en alleen als dat is afgesproken.",
                "Betaalt u te weinig? Dan kan de werknemer het loon via de rechter eisen, met rente en een verhoging.",
            ),
        ),
        DutyId::BedrijfsartsInschakelen => (
            d(
                "Een bedrijfsarts inschakelen",
                "Uw werkgever moet een bedrijfsarts of arbodienst inschakelen. De bedrijfsarts adviseert over wat u \
                 nog kunt. De bedrijfsarts vertelt uw werkgever niet wat u heeft.",
                "Heeft uw werkgever geen bedrijfsarts ingeschakeld? Vraag erom. Komen stappen daardoor te laat? Dan kan \
                 UWV uw werkgever later een loonsanctie geven.",
            ),
            d(
                "Een bedrijfsarts inschakelen",
                "U moet een bedrijfsarts of arbodienst inschakelen. Geef de bedrijfsarts op tijd de informatie die \
                 nodig is.",
                "Komt de bedrijfsarts te laat in beeld? Dan kan de probleemanalyse te laat komen. Dat is een risico op \
                 een loonsanctie.",
            ),
        ),
        DutyId::ReIntegratieInspannen => (
            d(
                "Zich inspannen voor re-integratie",
                "Uw werkgever moet u helpen om weer te werken. Eerst in uw eigen werk of ander passend werk bij uw \
                 werkgever (spoor 1). Lukt dat niet, dan bij een andere werkgever (spoor 2). Uw werkgever moet zo vroeg \
                 mogelijk beginnen.",
                "Doet uw werkgever te weinig? Bespreek het eerst. U kunt UWV ook om een deskundigenoordeel vragen. \
                 Later kan UWV uw werkgever een loonsanctie geven.",
            ),
            d(
                "Zich inspannen voor re-integratie",
                "U moet uw werknemer helpen om weer te werken. Eerst in het eigen werk of ander passend werk bij u \
                 (spoor 1). Lukt dat niet, dan bij een andere werkgever (spoor 2). Begin zo vroeg mogelijk.",
                "Doet u te weinig, zonder goede reden? Dan kan UWV u een loonsanctie geven: u betaalt dan tot 52 weken \
                 langer loon.",
            ),
        ),
        DutyId::DossierEnStappen => (
            d(
                "Dossier en stappen bijhouden",
                "Uw werkgever houdt een re-integratiedossier bij. Daarin staan de probleemanalyse, het plan van \
                 aanpak, de evaluaties en de eerstejaarsevaluatie. Later komt daar het re-integratieverslag bij.",
                "Bewaar zelf ook kopieën van alle stukken. Ontbreken er stappen? Dan kan UWV uw werkgever een \
                 loonsanctie geven.",
            ),
            d(
                "Dossier en stappen bijhouden",
                "Houd een re-integratiedossier bij. Daarin staan de probleemanalyse, het plan van aanpak, de \
                 evaluaties, de eerstejaarsevaluatie en het re-integratieverslag. Leg alle afspraken schriftelijk vast.",
                "Ontbreken stappen of stukken? Dan kan UWV u een loonsanctie geven: u betaalt dan tot 52 weken langer \
                 loon.",
            ),
        ),
        DutyId::MeldingenUwv => (
            d(
                "Meldingen bij UWV",
                "Uw werkgever meldt u ziek bij UWV als u 42 weken ziek bent. Eindigt uw contract tijdens de ziekte? \
                 Dan meldt uw werkgever dat uiterlijk op de laatste dag. Soms moet een melding eerder.",
                "Meldt uw werkgever te laat? Dan kan UWV uw werkgever een boete geven. Vraag na of de melding is \
                 gedaan.",
            ),
            d(
                "Meldingen bij UWV",
                "Meld uw werknemer ziek bij UWV na 42 weken. Eindigt het contract tijdens de ziekte? Meld dat uiterlijk \
                 op de laatste dag. Bij de no-riskpolis, zwangerschap of orgaandonatie meldt u eerder. Betaalt UWV een \
                 uitkering? Meld herstel dan binnen 2 dagen.",
                "Te laat? Dan kan UWV u een boete geven van maximaal €455.",
            ),
        ),
        DutyId::MedischePrivacy => (
            d(
                "Medische privacy",
                "Uw werkgever mag niet vragen wat u heeft. Ook niet naar klachten, behandeling of medicijnen. Uw \
                 werkgever mag dat ook niet opschrijven, zelfs niet als u het zelf vertelt. Dat bespreekt \
                 u alleen met de bedrijfsarts.",
                "Vraagt uw werkgever er toch naar? U hoeft geen antwoord te geven. U kunt een klacht indienen bij de \
                 Autoriteit Persoonsgegevens.",
            ),
            d(
                "Medische privacy respecteren",
                "U mag niet vragen naar de ziekte, klachten, behandeling of medicijnen. U mag dat ook niet vastleggen, \
                 zelfs niet als de werknemer het zelf vertelt. U mag wel vragen hoe lang de ziekte ongeveer duurt en \
                 hoe u de werknemer bereikt.",
                "De bedrijfsarts vertelt u alleen wat de werknemer wel en niet kan. Houdt u zich niet aan deze regels? \
                 Dan kan de Autoriteit Persoonsgegevens optreden.",
            ),
        ),
        DutyId::SecondOpinionBetalen => (
            d(
                "Uw werkgever betaalt een second opinion",
                "Vraagt u een second opinion bij een andere bedrijfsarts? Dan betaalt uw werkgever die.",
                "Vraag uw bedrijfsarts naar een second opinion. Het advies van de tweede arts is niet bindend.",
            ),
            d(
                "Een second opinion betalen",
                "Vraagt uw werknemer een second opinion bij een andere bedrijfsarts? Dan betaalt u die. Dat staat in \
                 de Arbowet.",
                "Het advies van de tweede arts is niet bindend. De eigen bedrijfsarts bekijkt het en beslist wat die \
                 ermee doet.",
            ),
        ),
        DutyId::Opzegverbod => (
            d(
                "Geen ontslag tijdens ziekte",
                "In de eerste 2 jaar ziekte mag uw werkgever u meestal niet ontslaan. Een tijdelijk contract eindigt \
                 wel op de einddatum.",
                "Krijgt u toch ontslag? Zoek dan snel advies, bijvoorbeeld bij het Juridisch Loket of uw vakbond.",
            ),
            d(
                "Geen ontslag tijdens ziekte",
                "In de eerste 2 jaar ziekte mag u uw werknemer niet opzeggen. Een uitzondering is als de werknemer na \
                 een waarschuwing of loonstop blijft weigeren mee te werken. Een tijdelijk contract eindigt wel op de \
                 einddatum.",
                "Zegt u toch op? Dan kan de werknemer de opzegging laten vernietigen.",
            ),
        ),
        DutyId::InformerenBijLoonmaatregel => (
            d(
                "Meteen horen als uw loon stopt",
                "Houdt uw werkgever uw loon in of stopt het? Dan moet uw werkgever u dat meteen laten weten, met de \
                 reden.",
                "Hoorde u het niet meteen? Dan houdt de maatregel misschien geen stand. Vraag advies.",
            ),
            d(
                "Meteen laten weten als u het loon inhoudt of stopt",
                "Houdt u het loon in of stopt u het? Laat dat de werknemer dan meteen weten, met de reden. Doe dat \
                 schriftelijk.",
                "Doet u dat niet meteen? Dan houdt de maatregel misschien geen stand.",
            ),
        ),
        // ---- werkgever: rechten ----
        DutyId::LoonopschortingEnLoonstop => (
            d(
                "Uw loon kan worden ingehouden of gestopt",
                "Volgt u redelijke, schriftelijke regels bij ziekte niet? Dan mag uw werkgever uw loon inhouden tot u \
                 ze wel volgt. Weigert u zonder goede reden passend werk of mee te werken? Dan mag uw werkgever uw \
                 loon over die tijd stoppen.",
                "Bij inhouden krijgt u het loon later alsnog. Bij een loonstop niet. Bent u het oneens? Vraag UWV om \
                 een deskundigenoordeel.",
            ),
            d(
                "Loon inhouden of stoppen",
                "Volgt uw werknemer redelijke, schriftelijke regels bij ziekte niet? Dan mag u het loon inhouden tot de \
                 werknemer ze wel volgt. Weigert de werknemer zonder goede reden passend werk of mee te werken? Dan \
                 mag u het loon over die tijd stoppen.",
                "Laat het de werknemer meteen schriftelijk weten en leg alles vast. Een vastgelegde weigering is een \
                 goede reden als UWV later controleert.",
            ),
        ),
        DutyId::DeskundigenoordeelWerkgever => (
            d(
                "Uw werkgever kan een deskundigenoordeel vragen",
                "Loopt de re-integratie vast? Dan kan uw werkgever UWV om een deskundigenoordeel vragen. Bijvoorbeeld \
                 over de vraag of werk passend is, of u genoeg meewerkt.",
                "U kunt ook zelf een deskundigenoordeel aanvragen. Het oordeel is niet bindend, maar weegt zwaar mee.",
            ),
            d(
                "Een deskundigenoordeel vragen",
                "Loopt de re-integratie vast? Dan kunt u UWV om een deskundigenoordeel vragen. Bijvoorbeeld over de \
                 vraag of werk passend is, of de werknemer genoeg meewerkt, of u zelf genoeg doet.",
                "Het kost ongeveer €400. Kijk op uwv.nl voor het bedrag van nu. Het antwoord komt meestal binnen 2 tot \
                 4 weken. Het oordeel is niet bindend, maar weegt zwaar mee.",
            ),
        ),
        // ---- werknemer: plichten ----
        DutyId::ZiekmeldenEnBereikbaar => (
            d(
                "Ziek melden en bereikbaar zijn",
                "Meld u ziek volgens de regels van uw werkgever. Zorg dat u bereikbaar bent. Ga naar de afspraken met \
                 de bedrijfsarts.",
                "Doet u dat niet? Dan mag uw werkgever uw loon inhouden tot u het wel doet. U krijgt het loon daarna \
                 alsnog.",
            ),
            d(
                "Ziek melden en bereikbaar zijn",
                "Uw werknemer moet zich ziek melden volgens uw schriftelijke regels. De werknemer moet bereikbaar zijn \
                 en naar de afspraken met de bedrijfsarts gaan.",
                "Doet de werknemer dat niet? Dan mag u het loon inhouden tot de werknemer het wel doet. Daarna betaalt u \
                 het alsnog.",
            ),
        ),
        DutyId::HerstelNietBelemmeren => (
            d(
                "Uw herstel niet tegenwerken",
                "Doe niets wat uw herstel tegenwerkt of vertraagt. Geef bij een medische controle geen valse \
                 informatie.",
                "Doet u dat toch? Dan mag uw werkgever uw loon over die tijd stoppen.",
            ),
            d(
                "Herstel niet tegenwerken",
                "Uw werknemer mag het herstel niet tegenwerken of vertragen. De werknemer mag bij een medische controle \
                 geen valse informatie geven.",
                "Gebeurt dat toch? Dan mag u het loon over die tijd stoppen. Laat dat meteen schriftelijk weten.",
            ),
        ),
        DutyId::PassendeArbeidVerrichten => (
            d(
                "Passend werk doen",
                "Biedt uw werkgever passend werk aan? Dan moet u dat doen. Passend werk is werk dat past bij wat u nog \
                 kunt. Het kan ander werk zijn dan uw eigen werk. Uw contract verandert daardoor niet.",
                "Weigert u zonder goede reden? Dan mag uw werkgever uw loon stoppen. Blijft u weigeren, dan kan ook uw \
                 ontslagbescherming vervallen. Twijfelt u of het werk passend is? Vraag UWV om een deskundigenoordeel.",
            ),
            d(
                "Passend werk doen",
                "Biedt u passend werk aan? Dan moet uw werknemer dat doen. Passend werk past bij wat de werknemer nog \
                 kan. Het contract verandert daardoor niet.",
                "Weigert de werknemer zonder goede reden? Dan mag u het loon stoppen. Blijft de werknemer weigeren na \
                 een waarschuwing of loonstop? Dan vervalt het opzegverbod.",
            ),
        ),
        DutyId::MeewerkenPlanVanAanpak => (
            d(
                "Meewerken aan het plan van aanpak",
                "Werk mee aan het maken, bespreken en aanpassen van het plan van aanpak. Volg redelijke afspraken en \
                 werk mee aan maatregelen, ook aan spoor 2.",
                "Weigert u zonder goede reden? Dan mag uw werkgever uw loon stoppen.",
            ),
            d(
                "Meewerken aan het plan van aanpak",
                "Uw werknemer moet meewerken aan het maken, bespreken en aanpassen van het plan van aanpak. En aan \
                 redelijke maatregelen, ook aan spoor 2.",
                "Weigert de werknemer zonder goede reden? Dan mag u het loon stoppen. Leg dat vast in het dossier.",
            ),
        ),
        DutyId::WiaAanvragen => (
            d(
                "WIA op tijd aanvragen",
                "Vraag uiterlijk in week 93 een WIA-uitkering aan bij UWV. UWV stuurt u rond week 89 een brief.",
                "Te laat, zonder goede reden? Dan begint uw WIA later. Over die extra tijd mag uw werkgever uw loon \
                 weigeren.",
            ),
            d(
                "WIA op tijd aanvragen",
                "Uw werknemer vraagt uiterlijk in week 93 een WIA-uitkering aan bij UWV.",
                "Te laat, zonder goede reden? Dan loopt uw loonplicht langer door. Over die extra tijd mag u het loon \
                 weigeren.",
            ),
        ),
        // ---- werknemer: rechten ----
        DutyId::LoonTijdensZiekte => (
            d(
                "Loon tijdens ziekte",
                "U krijgt maximaal 104 weken loon als u ziek bent, minstens 70%. In het eerste jaar minstens het \
                 minimumloon. Voor hoge lonen geldt een maximum. Kijk in uw cao: vaak krijgt u meer.",
                "Krijgt u te weinig? Vraag uw werkgever eerst om uitleg. Wilt u naar de rechter over uw loon? Dan heeft \
                 u meestal eerst een deskundigenoordeel van UWV nodig.",
            ),
            d(
                "Loon tijdens ziekte",
                "Uw werknemer heeft maximaal 104 weken recht op loon, minstens 70%. In het eerste jaar minstens het \
                 minimumloon.",
                "Betaalt u te weinig? Dan kan de werknemer het loon via de rechter eisen.",
            ),
        ),
        DutyId::DiagnoseBlijftPrive => (
            d(
                "Uw ziekte blijft privé",
                "U hoeft uw werkgever niet te vertellen wat u heeft. Dat bespreekt u alleen met de \
                 bedrijfsarts. De bedrijfsarts \
                 vertelt uw werkgever alleen wat u wel en niet kunt.",
                "Vraagt uw werkgever er toch naar? U mag weigeren. U kunt een klacht indienen bij de Autoriteit \
                 Persoonsgegevens.",
            ),
            d(
                "De ziekte blijft privé",
                "Uw werknemer hoeft niet te vertellen wat de ziekte is. U hoort van de bedrijfsarts alleen wat de \
                 werknemer wel en niet kan.",
                "Vraag er niet naar en leg het niet vast, ook niet als de werknemer het zelf vertelt.",
            ),
        ),
        DutyId::SecondOpinion => (
            d(
                "Een second opinion vragen",
                "Twijfelt u aan het advies van de bedrijfsarts? Dan kunt u een second opinion vragen bij een andere \
                 bedrijfsarts. Uw werkgever betaalt die.",
                "Vraag uw bedrijfsarts ernaar. Het advies van de tweede arts is niet bindend. Uw eigen bedrijfsarts \
                 bekijkt het en beslist wat die ermee doet.",
            ),
            d(
                "Second opinion voor de werknemer",
                "Twijfelt uw werknemer aan het advies van de bedrijfsarts? Dan kan de werknemer een second opinion \
                 vragen bij een andere bedrijfsarts. U betaalt die.",
                "Het advies is niet bindend. De eigen bedrijfsarts beslist wat die ermee doet.",
            ),
        ),
        DutyId::DeskundigenoordeelWerknemer => (
            d(
                "Een deskundigenoordeel vragen",
                "Loopt de re-integratie vast of bent u het oneens? Dan kunt u UWV om een deskundigenoordeel vragen. \
                 Bijvoorbeeld over de vraag of werk passend is, of uw werkgever genoeg doet.",
                "Het kost ongeveer €100. Kijk op uwv.nl voor het bedrag van nu. Het antwoord komt meestal binnen 2 tot \
                 4 weken. Het oordeel is niet bindend, maar weegt zwaar mee.",
            ),
            d(
                "Uw werknemer kan een deskundigenoordeel vragen",
                "Is uw werknemer het oneens over passend werk of over uw inspanningen? Dan kan de werknemer UWV om een \
                 deskundigenoordeel vragen.",
                "Het oordeel is niet bindend, maar weegt zwaar mee bij UWV en de rechter.",
            ),
        ),
        DutyId::OntslagBescherming => (
            d(
                "Bescherming tegen ontslag",
                "In de eerste 2 jaar ziekte mag uw werkgever u meestal niet ontslaan. Daarna kan ontslag wegens \
                 langdurige ziekte alleen met toestemming van UWV.",
                "De bescherming vervalt als u na een waarschuwing of loonstop blijft weigeren mee te werken. Krijgt u \
                 ontslag? Zoek dan snel advies.",
            ),
            d(
                "Ontslagbescherming van de werknemer",
                "In de eerste 2 jaar ziekte mag u de werknemer niet opzeggen. Daarna kan ontslag wegens langdurige \
                 ziekte alleen met toestemming van UWV.",
                "UWV geeft die toestemming alleen als herstel binnen 26 weken niet te verwachten is. En als er binnen \
                 26 weken geen passend werk mogelijk is.",
            ),
        ),
        DutyId::KopieReIntegratieverslag => (
            d(
                "Kopie van het re-integratieverslag",
                "Uw werkgever moet u een kopie van het re-integratieverslag geven. U stuurt het mee met uw \
                 WIA-aanvraag.",
                "Krijgt u geen kopie? Vraag er dan schriftelijk om. Lees het goed en zeg wat niet klopt.",
            ),
            d(
                "Kopie van het re-integratieverslag geven",
                "Geef uw werknemer een kopie van het re-integratieverslag. De werknemer stuurt het mee met de \
                 WIA-aanvraag.",
                "Zonder verslag kan de WIA-aanvraag vertraging oplopen.",
            ),
        ),
        DutyId::EigenVisie => (
            d(
                "Uw eigen visie in het plan",
                "Uw eigen visie op de re-integratie moet in het plan van aanpak en de eerstejaarsevaluatie staan. Naast \
                 de visie van uw werkgever.",
                "Staat uw visie er niet in? Vraag dan om een aanpassing. Zet uw visie zelf op papier en bewaar een \
                 kopie.",
            ),
            d(
                "De visie van de werknemer in het plan",
                "De visie van uw werknemer op de re-integratie moet in het plan van aanpak en de eerstejaarsevaluatie \
                 staan. Naast uw eigen visie.",
                "Ontbreekt een visie? Dan is het plan niet compleet. Dat kan meetellen als UWV later controleert.",
            ),
        ),
        DutyId::ZiektewetUitkering => (
            d(
                "Ziektewet-uitkering van UWV",
                "Is uw contract geëindigd terwijl u ziek bent? Dan krijgt u een Ziektewet-uitkering van UWV. UWV helpt \
                 u ook met re-integratie en maakt met u een plan van aanpak.",
                "Hoort u niets van UWV? Neem dan zelf contact op. Kijk op uwv.nl bij ‘ziek zonder werkgever’.",
            ),
            d(
                "Ziektewet-uitkering van UWV",
                "Is het contract geëindigd tijdens de ziekte? Dan krijgt uw oud-werknemer een Ziektewet-uitkering van \
                 UWV. UWV neemt de re-integratie over.",
                "Bent u eigenrisicodrager voor de Ziektewet? Dan betaalt u de uitkering zelf en blijft u \
                 verantwoordelijk voor de re-integratie.",
            ),
        ),
        DutyId::MeewerkenUwv => (
            d(
                "Meewerken met UWV",
                "Krijgt u een Ziektewet-uitkering? Dan moet u meewerken aan de re-integratie van UWV. Ga naar de \
                 afspraken en doe wat in het plan staat.",
                "Werkt u niet mee? Dan kan UWV een maatregel nemen. Uw uitkering kan dan lager worden.",
            ),
            d(
                "Meewerken met UWV",
                "Uw oud-werknemer moet meewerken aan de re-integratie van UWV.",
                "Bent u eigenrisicodrager voor de Ziektewet? Dan begeleidt u de re-integratie zelf en moet de werknemer \
                 met u meewerken.",
            ),
        ),
    };
    match role {
        Role::Werknemer => werknemer,
        Role::Werkgever => werkgever,
    }
}
