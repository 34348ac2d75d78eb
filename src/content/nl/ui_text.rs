//! Fixed texts of the app's pages: start page, buttons, headings, page titles.

pub const APP: &str = "Spoorwijzer";
pub const TAGLINE: &str = "Uw weg bij ziekte en re-integratie";
pub const SKIP: &str = "Ga direct naar de inhoud";
pub const START_TITLE: &str = "Spoorwijzer: uw weg bij ziekte en re-integratie";
pub const START_LEAD: &str = "Bent u langer ziek, of is uw werknemer ziek? Spoorwijzer laat in een paar minuten zien wat er moet gebeuren, wanneer, en wie wat doet.";
pub const START_WHAT_TITLE: &str = "Wat u te weten komt";
pub const START_WHAT: [&str; 4] = [
    "of spoor 1 (werk bij de eigen werkgever), spoor 2 (werk bij een andere werkgever) of allebei van toepassing is, en waarom",
    "welke stappen er zijn, met de datum waarop ze klaar moeten zijn, en wat al te laat is",
    "wat er gebeurt als een stap wordt gemist",
    "de rechten en plichten van werknemer en werkgever, met de wet erbij",
];
pub const START_WHO_TITLE: &str = "Voor wie";
pub const START_WHO: &str = "Voor werknemers die ziek zijn, en voor werkgevers en hun adviseurs. Het gaat om de regels van de Wet verbetering poortwachter: de eerste 2 jaar (104 weken) ziekte.";
pub const START_NEED_TITLE: &str = "Wat u nodig heeft";
pub const START_NEED: &str = "De eerste ziektedag, en als u die heeft: wat de bedrijfsarts of arbeidsdeskundige heeft gezegd en welke stappen al gedaan zijn. Weet u iets niet? Dan kiest u 'Weet ik niet'.";
pub const START_PRIVACY_TITLE: &str = "Uw privacy";
pub const START_PRIVACY: [&str; 2] = [
    "Uw antwoorden blijven op dit apparaat. Er wordt niets verstuurd: niet naar ons en niet naar anderen.",
    "We vragen nooit wat de ziekte is. Alleen of die met zwangerschap of orgaandonatie te maken heeft, omdat daarvoor andere regels gelden. Uw werkgever mag niet vragen wat u heeft.",
];
pub const START_LIMITS_TITLE: &str = "Wat Spoorwijzer niet uitwerkt";
pub const START_LIMITS: [&str; 8] = [
    "zelfstandigen (zzp) en ambtenaren met eigen regels (defensie, politie, rechtspraak, politieke ambten);",
    "iemand die tijdens de 104 weken ziekte de AOW-leeftijd bereikt;",
    "werk bij meer dan één werkgever: elke werkgever heeft eigen stappen, dus vul Spoorwijzer per werkgever in;",
    "hoeveel loon of uitkering u krijgt, en loon bij een oproep- of nulurencontract;",
    "ontslag, een vaststellingsovereenkomst of een ander einde van het contract tijdens ziekte;",
    "wat er gebeurt na de 104 weken, ook als de werkgever eigenrisicodrager is voor de WGA;",
    "de melding bij UWV op de 4e ziektedag voor wie een 'fictieve dienstbetrekking' heeft, zoals sommige stagiairs en thuiswerkers;",
    "wat een eigenrisicodrager voor de Ziektewet na het einde van het contract per datum moet doen.",
];
pub const START_LIMITS_HELP: &str = "Hiervoor kunt u terecht bij UWV, het Juridisch Loket (0900 8020), uw vakbond, uw werkgeversvereniging of uw bedrijfsarts.";
pub const START_BUTTON: &str = "Start";
pub const START_TIME: &str = "Het duurt ongeveer 3 tot 5 minuten.";
pub const NOT_ADVICE_TITLE: &str = "Dit is geen juridisch advies";

pub const BACK: &str = "Terug";
pub const CONTINUE: &str = "Doorgaan";
pub const OR: &str = "of";
pub const ERROR_SUMMARY: &str = "Er is een probleem";
pub const ERROR_PREFIX: &str = "Fout: ";
pub const PAGE_SUFFIX: &str = " – Spoorwijzer";
pub const SECTION: [&str; 4] = ["Over u", "De ziekte", "Oordeel van de deskundigen", "Stappen die al gedaan zijn"];

pub const CHECK_TITLE: &str = "Controleer uw antwoorden";
pub const CHECK_CHANGE: &str = "Wijzigen";
pub const CHECK_SUBMIT: &str = "Bekijk het resultaat";
pub const CHECK_NOTE: &str = "Klopt er iets niet? Kies 'Wijzigen'. Uw andere antwoorden blijven bewaard.";

pub const RESULT_TITLE: &str = "Uw resultaat";
pub const RESULT_WEEK: (&str, &str, &str) = ("Ziekteweek ", " van 104 · vandaag ", "");
pub const RESULT_NOW_W: &str = "Wat u nu moet doen";
pub const RESULT_NOW_G: &str = "Wat u nu moet doen";
pub const RESULT_NEXT: &str = "Uw volgende stap";
pub const RESULT_NOTHING: &str = "U hoeft nu niets te doen.";
pub const RESULT_THEIRS_W: &str = "Wat uw werkgever nu moet doen";
pub const RESULT_THEIRS_G: &str = "Wat uw werknemer nu moet doen";
pub const RESULT_UWV: &str = "Wat UWV doet";
pub const RESULT_WHY: &str = "Waarom ";
pub const RESULT_WHO_DECIDES: &str = "Wie beslist hierover:";
pub const RESULT_TIMELINE: &str = "Alle stappen en datums";
pub const RESULT_BEHIND: &str = "Al gedaan of voorbij";
pub const RESULT_TIMELINE_VANGNET: &str = "Na het einde van het contract: UWV";
pub const RESULT_TODAY: &str = "Vandaag";
pub const RESULT_MORE: &str = "Meer uitleg";
pub const RESULT_RIGHTS: &str = "Rechten en plichten";
pub const RESULT_RIGHTS_OWN: (&str, &str) = ("Uw rechten", "Uw plichten");
pub const RESULT_RIGHTS_OTHER_W: (&str, &str) = ("Rechten van uw werkgever", "Plichten van uw werkgever");
pub const RESULT_RIGHTS_OTHER_G: (&str, &str) = ("Rechten van uw werknemer", "Plichten van uw werknemer");
pub const RESULT_SPOOR2: &str = "Wat een spoor 2-traject inhoudt";
pub const RESULT_DISAGREE: &str = "Het oneens?";
pub const RESULT_REMEDY_WHO: &str = "Wie vraagt het aan:";
pub const RESULT_REMEDY_COST: &str = "Wat het kost:";
pub const RESULT_REMEDY_TIME: (&str, &str, &str) = ("Hoe lang: meestal ", " tot ", " weken.");
pub const RESULT_REMEDY_FREE: &str = "gratis";
pub const RESULT_REMEDY_NOT_BINDING: &str = "Het oordeel is niet bindend.";
pub const RESULT_DOCUMENTS: &str = "Documenten";
pub const RESULT_OPEN: &str = "Wat we nog niet weten";
pub const RESULT_FINE: (&str, &str, &str) = ("", " dagen te laat: UWV kan een boete geven tot €", ".");
pub const RESULT_FINE_NEVER: (&str, &str) = (" Blijft de melding weg, dan tot €", ".");
pub const RESULT_SOURCES: &str = "Bronnen";
pub const RESULT_SOURCES_SHOW: &str = "Alle bronnen";
pub const RESULT_CHECKED: &str = "Regels gecontroleerd op";
pub const RESULT_PRINT: &str = "Afdrukken / bewaren als PDF";
pub const RESULT_CALENDAR: &str = "Zet de termijnen in mijn agenda";
pub const RESULT_CALENDAR_FAILED: &str = "Downloaden lukt niet in deze browser. Print het resultaat, of zet de datums zelf in uw agenda.";
pub const RESULT_MADE: (&str, &str) = ("Gemaakt op ", " met Spoorwijzer. ");
pub const RESULT_CHANGE: &str = "Antwoorden wijzigen";
pub const RESULT_SAVE: &str = "Uw antwoorden bewaren of wissen";
pub const RESULT_IF_MISSED: &str = "Als dit niet gebeurt:";
pub const RESULT_WHO: &str = "Wie: ";
pub const RESULT_BASIS: &str = "Waarop is dit gebaseerd?";
pub const OUT_OF_SCOPE: &str = "Spoorwijzer kan u hier niet verder helpen";
pub const OUT_OF_SCOPE_WHERE: &str = "Waar kunt u terecht?";
pub const INPUT_ERROR_TITLE: &str = "Twee antwoorden passen niet bij elkaar";
pub const INPUT_ERROR_FIX: &str = "Pas dit antwoord aan";
pub const FOOTER_PRIVACY: &str = "Privacy en uw antwoorden bewaren";
pub const FOOTER_EMBED: &str = "Spoorwijzer op uw eigen website";
pub const FOOTER_NOTE: &str = "Spoorwijzer werkt helemaal in uw browser. Er worden geen gegevens verstuurd en er zijn geen cookies.";
pub const NOT_FOUND: &str = "Deze pagina bestaat niet. U gaat verder bij de eerste open vraag.";
pub const TERMS_SUMMARY: &str = "Uitleg van woorden";
pub const DAY: &str = "Dag";
pub const MONTH: &str = "Maand";
pub const YEAR: &str = "Jaar";
pub const ERROR_HIDDEN: &str = "Fout: ";
pub const STEP_OF: (&str, &str) = ("Stap ", " van 4 · ");
pub const WHAT_IS_THIS: &str = "Meer over deze stap";
pub const BETWEEN: (&str, &str) = ("Tussen ", " en ");
pub const BY: &str = "Uiterlijk ";
pub const WAS_BY: &str = "Was uiterlijk ";
pub const DUE_BY: &str = "Uiterlijk ";
pub const DONE_ON: &str = "Gedaan op ";
pub const NOTICE_WARNING: &str = "Let op";
pub const NOTICE_INFO: &str = "Goed om te weten";
pub const NOT_APPLICABLE_STEPS: &str = "Stappen die nu niet voor u gelden";
pub const DOC_COLUMN: &str = "Document";
pub const STATUS_COLUMN: &str = "Status";
pub const PRINT_COL_DATE: &str = "Datum";
pub const PRINT_COL_STEP: &str = "Stap";
pub const PRINT_COL_WHO: &str = "Wie";
pub const WEEK: &str = "week";
/// A page whose code is still being downloaded (src/ui/later.rs): on a slow connection, or on a
/// reload in the middle of the journey.
pub const PAGE_LOADING: &str = "Deze pagina wordt geladen…";
pub const PAGE_FAILED_TITLE: &str = "Deze pagina kon niet worden geladen";
pub const PAGE_FAILED_TEXT: &str = "Waarschijnlijk is er even geen internetverbinding. Uw antwoorden zijn niet weg: ze staan nog op dit apparaat.";
pub const PAGE_FAILED_RETRY: &str = "Probeer het opnieuw";
/// When trying again does not help (a new version of the site came out meanwhile).
pub const PAGE_FAILED_RELOAD: &str = "Lukt het niet? Laad Spoorwijzer opnieuw";
