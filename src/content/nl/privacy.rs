//! Texts about keeping, downloading, opening and erasing answers, and the privacy page. They
//! describe what `ui::storage` really does: keep them in step with it.

pub use crate::content::types::{Notice, Part};

use crate::storage::RestoreError;

/// The panel with the choices about the answers.
pub const PANEL_TITLE: &str = "Uw antwoorden bewaren";
pub const REMEMBER_LABEL: &str = "Onthoud mijn antwoorden op dit apparaat";
pub const REMEMBER_HINT: &str = "Dan staan uw antwoorden er nog als u Spoorwijzer later weer opent in deze browser. Ze worden alleen hier bewaard, niet bij ons of bij anderen. Zet dit niet aan op een computer die u met anderen deelt.";
pub const REMEMBER_ON: &str = "Uw antwoorden worden op dit apparaat onthouden.";
pub const REMEMBER_OFF: &str = "Uw antwoorden worden niet bewaard. Sluit u het tabblad, dan zijn ze weg.";
pub const REMEMBER_UNAVAILABLE: &str = "Deze browser staat niet toe dat Spoorwijzer iets bewaart. Heeft u vragen beantwoord? Dan kunt u uw antwoorden wel downloaden.";
pub const DOWNLOAD_BUTTON: &str = "Download mijn antwoorden";
pub const DOWNLOAD_FAILED: &str = "Downloaden lukt niet in deze browser. Probeer een andere browser, of print het resultaat.";
pub const DOWNLOAD_HINT: &str = "U krijgt een klein bestand met uw antwoorden. Daarmee gaat u later verder, ook op een ander apparaat. U kunt het ook aan een adviseur geven.";
pub const OPEN_LABEL: &str = "Open een eerder bewaard bestand";
pub const OPEN_HINT: &str = "Kies een bestand dat u eerder met 'Download mijn antwoorden' heeft gemaakt. Het bestand blijft op uw apparaat.";
pub const OPEN_BUTTON: &str = "Bestand openen";
pub const ERASE_BUTTON: &str = "Wis alles";
pub const ERASE_HINT: &str = "Uw antwoorden op deze pagina en wat Spoorwijzer in deze browser heeft bewaard, worden gewist. U begint dan opnieuw. Een gedownload bestand wist u zelf.";


pub fn restored(saved_on: &str) -> Notice {
    Notice {
        title: "Uw antwoorden zijn teruggezet",
        body: format!("Dit zijn de antwoorden die u op {saved_on} op dit apparaat heeft bewaard. Wilt u ze niet meer? Kies dan 'Wis alles'."),
    }
}

pub fn imported(saved_on: &str) -> Notice {
    Notice {
        title: "Uw bestand is geopend",
        body: format!("De antwoorden uit uw bestand van {saved_on} staan klaar. Controleer ze en bekijk het resultaat."),
    }
}

pub fn erased() -> Notice {
    Notice {
        title: "Alles is gewist",
        body: "Uw antwoorden zijn gewist, ook wat Spoorwijzer in deze browser had bewaard. Een bestand dat u zelf heeft gedownload, blijft staan.".into(),
    }
}

pub fn unavailable() -> Notice {
    Notice {
        title: "Bewaren kan niet in deze browser",
        body: "Uw browser staat niet toe dat Spoorwijzer iets op dit apparaat bewaart; Spoorwijzer werkt gewoon, maar uw antwoorden zijn weg als u de pagina sluit.".into(),
    }
}

pub fn save_failed() -> Notice {
    Notice {
        title: "Bewaren lukt niet meer",
        body: "Uw browser heeft geen ruimte meer of staat bewaren niet meer toe; uw antwoorden staan nog op deze pagina en u kunt ze downloaden.".into(),
    }
}

pub fn not_kept() -> Notice {
    Notice {
        title: "U begint opnieuw",
        body: "Een link naar een vraag bevat nooit uw antwoorden, dus u begint bij de eerste vraag. Wilt u later verder op dit apparaat? Kies dan 'Onthoud mijn antwoorden op dit apparaat' onderaan de startpagina.".into(),
    }
}

/// Stored data we cannot use: the app starts fresh and says so in one sentence.
pub fn unreadable(e: RestoreError) -> Notice {
    let body = match e {
        RestoreError::Newer => "Op dit apparaat staan antwoorden van een nieuwere versie van Spoorwijzer; we hebben ze laten staan en u begint opnieuw (zet u 'Onthoud mijn antwoorden' aan, dan worden ze vervangen).",
        _ => "Wat op dit apparaat onder de naam Spoorwijzer stond, is beschadigd of niet van ons; we hebben het niet gebruikt en u begint opnieuw (zet u 'Onthoud mijn antwoorden' aan, dan wordt het vervangen).",
    };
    Notice { title: "We konden eerder bewaarde antwoorden niet gebruiken", body: body.into() }
}

/// Why an opened file was refused. Nothing changes when a file is refused.
pub fn open_error(e: Option<RestoreError>) -> &'static str {
    match e {
        None => "Kies een bestand om te openen.",
        Some(RestoreError::TooLarge) => "Het bestand is te groot voor een bestand van Spoorwijzer. Uw antwoorden zijn niet veranderd.",
        Some(RestoreError::NotJson) => "Dit bestand kan Spoorwijzer niet lezen. Kies een bestand dat u met Spoorwijzer heeft gedownload. Uw antwoorden zijn niet veranderd.",
        Some(RestoreError::Foreign) => "Dit is geen bestand van Spoorwijzer. Uw antwoorden zijn niet veranderd.",
        Some(RestoreError::Newer) => "Dit bestand is gemaakt met een nieuwere versie van Spoorwijzer. Laad de pagina opnieuw en probeer het nog eens. Uw antwoorden zijn niet veranderd.",
        Some(RestoreError::UnknownVersion) => "Dit bestand heeft een versie die Spoorwijzer niet kent. Uw antwoorden zijn niet veranderd.",
        Some(RestoreError::Damaged) => "Dit bestand is beschadigd of met de hand aangepast. Uw antwoorden zijn niet veranderd.",
    }
}

/// The file could not be read at all (the browser refused).
pub const OPEN_READ_FAILED: &str = "Het bestand kon niet worden gelezen. Probeer het opnieuw. Uw antwoorden zijn niet veranderd.";

/// The privacy page.
pub const PAGE_TITLE: &str = "Privacy: wat er met uw antwoorden gebeurt";
pub const PAGE_BACK: &str = "Terug";


pub const PAGE: [Part; 8] = [
    Part {
        title: "In het kort",
        paragraphs: &[
            "Spoorwijzer werkt helemaal in uw browser. Wat u invult, wordt nergens naartoe gestuurd: niet naar ons, niet naar de website waarop u Spoorwijzer gebruikt, en niet naar anderen.",
            "Er zijn geen cookies, geen bezoekersstatistieken en geen advertenties. Spoorwijzer haalt ook niets op bij andere websites. Alleen als Spoorwijzer op de website van een bureau staat, kan het logo van dat bureau van de website van het bureau komen.",
        ],
    },
    Part {
        title: "Wat wordt er bewaard?",
        paragraphs: &[
            "Standaard niets dat blijft. Zolang dit tabblad open is, onthoudt de browser uw antwoorden bij de pagina's die u in dit tabblad bekeek (de 'geschiedenis' van het tabblad). Daardoor bent u niets kwijt als u de pagina vernieuwt, op 'Vorige' drukt, of als uw telefoon het tabblad even sluit om geheugen te sparen. Sluit u het tabblad, dan zijn uw antwoorden weg. Ze komen dan ook niet in de opslag van de browser.",
            "Kiest u 'Onthoud mijn antwoorden op dit apparaat'? Dan bewaart Spoorwijzer alleen uw antwoorden in de opslag van deze browser op dit apparaat (die heet 'localStorage'). Alleen de antwoorden op de vragen, zoals de data van uw ziekte en van de stappen, met de datum waarop ze zijn bewaard. Geen naam en geen uitkomst: die rekent Spoorwijzer steeds opnieuw uit. Daarnaast onthoudt Spoorwijzer dan in welke taal u de hulp leest (Nederlands of Engels), zodat de hulp de volgende keer in die taal opent.",
        ],
    },
    Part {
        title: "Hoe lang?",
        paragraphs: &[
            "Tot u 'Wis alles' kiest, het onthouden weer uitzet, of de gegevens van websites in uw browser wist. Spoorwijzer zet er geen einddatum op.",
            "Sommige browsers, zoals Safari, wissen zulke gegevens zelf als u de website een tijd niet gebruikt. Wilt u uw antwoorden zeker houden? Download ze dan ook.",
        ],
    },
    Part {
        title: "Wie kan het zien?",
        paragraphs: &[
            "Iedereen die dit apparaat en deze browser gebruikt, kan de bewaarde antwoorden zien door Spoorwijzer te openen. Deelt u de computer met anderen? Zet bewaren dan niet aan.",
            "Staat Spoorwijzer op de website van bijvoorbeeld een re-integratiebureau? Dan staat het daar in een eigen, afgeschermd venster, met een eigen webadres. Die website kan niet zien wat u invult of bewaart. Het venster vertelt die website alleen hoe hoog het is, zodat het past.",
            "Ziet u een knop om contact op te nemen met het bureau? Die knop opent de website, e-mail of telefoon van het bureau. Uw antwoorden gaan niet mee: u vertelt zelf wat u wilt delen. Het logo van het bureau komt van de website van het bureau, net als de rest van die pagina.",
        ],
    },
    Part {
        title: "Het adres van de pagina en de geschiedenis van uw browser",
        paragraphs: &[
            "In het adres van de pagina staat welke vraag u ziet, bijvoorbeeld '?stap=eerste-ziektedag'. Uw antwoord staat er nooit in. Zo werken de knoppen 'Vorige' en 'Vernieuwen' van uw browser.",
            "Die adressen komen wel in de geschiedenis van uw browser. Daaruit kan iemand afleiden welke vragen u heeft gezien. 'Wis alles' wist die geschiedenis niet: dat doet u in uw browser zelf.",
            "Zet u een gesloten tabblad terug (bijvoorbeeld met Ctrl+Shift+T), dan kan de browser ook de antwoorden van dat tabblad terugzetten. Wilt u dat niet? Kies dan eerst 'Wis alles'.",
        ],
    },
    Part {
        title: "Het bestand dat u downloadt",
        paragraphs: &[
            "Met 'Download mijn antwoorden' krijgt u een klein bestand. Het staat op uw apparaat en het is van u. Iedereen die het bestand heeft, kan uw antwoorden lezen. Er staat geen naam in, wel de data van uw ziekte en van de stappen.",
            "Met 'Open een eerder bewaard bestand' leest Spoorwijzer het bestand in uw browser. Het wordt niet verstuurd.",
        ],
    },
    Part {
        title: "Wat we nooit vragen",
        paragraphs: &[
            "Spoorwijzer vraagt nooit wat de ziekte is, welke klachten er zijn of welke behandeling. Alleen of de ziekte met zwangerschap of orgaandonatie te maken heeft, omdat daarvoor andere regels gelden. Ook dat antwoord blijft op uw apparaat. Uw werkgever mag niet vragen wat u heeft.",
        ],
    },
    Part {
        title: "Wat de server ziet",
        paragraphs: &[
            "De server die Spoorwijzer naar uw browser stuurt, ziet dat de pagina wordt opgehaald, zoals bij elke website. Laadt u de pagina opnieuw, dan ziet de server ook het adres met de vraag die open stond, zoals '?stap=situatie'. Uw antwoorden ziet de server nooit.",
            "Als de pagina eenmaal geladen is, werkt Spoorwijzer ook zonder internet. Wat u invult en kiest, blijft in uw browser.",
        ],
    },
];
