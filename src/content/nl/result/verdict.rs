//! The verdict (spoor), why, who, how sure, status labels, open points and input errors.

use super::{Link, NotCovered, date_text, step};
use crate::rules::{
    Certainty, Field, InputError, NotCoveredReason, OpenPoint, Party, Reason, Role, Rule, Spoor, Status,
};

/// Short title of the verdict.
pub fn verdict_title(spoor: Spoor) -> &'static str {
    match spoor {
        Spoor::Spoor1 => "Spoor 1",
        Spoor::Spoor2 => "Spoor 2",
        Spoor::Spoor1En2 => "Spoor 1 en spoor 2",
        Spoor::NogNiet => "Nog geen re-integratie",
        Spoor::Geen => "Geen re-integratiespoor",
    }
}

/// The verdict in one sentence, for the role.
pub fn verdict_sentence(spoor: Spoor, role: Role) -> &'static str {
    match (spoor, role) {
        (Spoor::Spoor1, Role::Werknemer) => {
            "Uw werkgever moet u helpen om weer te werken in uw eigen werk, aangepast werk of ander passend werk bij \
             uw werkgever (spoor 1)."
        }
        (Spoor::Spoor1, Role::Werkgever) => {
            "U moet uw werknemer helpen om weer te werken in het eigen werk, aangepast werk of ander passend werk bij \
             u (spoor 1)."
        }
        (Spoor::Spoor2, Role::Werknemer) => {
            "Uw werkgever moet u helpen om passend werk te vinden bij een andere werkgever (spoor 2)."
        }
        (Spoor::Spoor2, Role::Werkgever) => {
            "U moet uw werknemer helpen om passend werk te vinden bij een andere werkgever (spoor 2)."
        }
        (Spoor::Spoor1En2, Role::Werknemer) => {
            "Uw werkgever moet u tegelijk helpen met werk bij uw werkgever (spoor 1) en met passend werk bij een \
             andere werkgever (spoor 2)."
        }
        (Spoor::Spoor1En2, Role::Werkgever) => {
            "U moet uw werknemer tegelijk helpen met werk bij u (spoor 1) en met passend werk bij een andere \
             werkgever (spoor 2)."
        }
        (Spoor::NogNiet, Role::Werknemer) => {
            "Volgens de bedrijfsarts kunt u nu niet werken, dus de re-integratie wacht tot de bedrijfsarts opnieuw \
             kijkt."
        }
        (Spoor::NogNiet, Role::Werkgever) => {
            "Volgens de bedrijfsarts kan uw werknemer nu niet werken, dus de re-integratie wacht tot de bedrijfsarts \
             opnieuw kijkt."
        }
        (Spoor::Geen, Role::Werknemer) => {
            "Er is nu geen re-integratie via uw werkgever nodig of mogelijk; hieronder leest u waarom."
        }
        (Spoor::Geen, Role::Werkgever) => {
            "Er is nu geen re-integratiespoor voor u als werkgever; hieronder leest u waarom."
        }
    }
}

/// Why the rule that decided leads to the verdict (role-neutral, plain Dutch).
pub fn rule(rule: Rule) -> &'static str {
    match rule {
        Rule::R0Scope => {
            "Deze situatie valt buiten de regels voor re-integratie via de werkgever. Of er is geen werkgever meer \
             die loon betaalt: dan neemt UWV het over."
        }
        Rule::R1Hersteld => {
            "Wie volledig hersteld is voor het eigen werk, heeft geen re-integratie meer nodig. Wordt iemand binnen 4 \
             weken weer ziek, dan telt die ziekte door met de vorige periode."
        }
        Rule::R2Iva => {
            "De bedrijfsarts verwacht dat werken volledig en blijvend niet meer kan. Dan is er geen \
             re-integratiespoor. Een IVA-uitkering kan dan eerder worden aangevraagd bij UWV. Tot UWV heeft \
             beslist, blijven alle stappen gelden: plan van aanpak, evaluaties en de ziekmelding bij UWV. Wijst \
             UWV de aanvraag af? Dan gaat de re-integratie gewoon door en loopt de wachttijd van 104 weken \
             door. Een tweede vervroegde aanvraag kan niet."
        }
        Rule::R3GeenMogelijkheden => {
            "De bedrijfsarts ziet nu geen mogelijkheden om te werken. Dan wacht de re-integratie tot de bedrijfsarts \
             opnieuw kijkt. De termijnen lopen wel door."
        }
        Rule::R5EigenWerk => {
            "Volgens de bedrijfsarts of arbeidsdeskundige kan het eigen werk weer, eventueel aangepast. Dan is \
             terugkeer bij de eigen werkgever de weg: spoor 1."
        }
        Rule::R6AnderWerk => {
            "Het eigen werk kan niet meer, maar er is ander passend werk bij de eigen werkgever. Ook dat is spoor 1."
        }
        Rule::R7Spoor2 => {
            "Er is geen passend werk bij de eigen werkgever. Kan de werknemer volgens de bedrijfsarts wel iets? Dan \
             moet de werkgever helpen zoeken naar werk bij een andere werkgever: spoor 2. De wet zegt: zo vroeg \
             mogelijk."
        }
        Rule::R8Beide => {
            "Een deel van het werk lukt bij de eigen werkgever, maar de werknemer kan meer. Na de \
             eerstejaarsevaluatie verwacht UWV dat die ruimte via spoor 2 wordt benut. Dan lopen beide sporen \
             tegelijk."
        }
        Rule::R9OnbekendVoorEje => {
            "Het is nog niet bekend of werk bij de eigen werkgever kan. Voor de eerstejaarsevaluatie is terugkeer bij \
             de eigen werkgever het uitgangspunt: spoor 1. Laat wel op tijd een arbeidsdeskundig onderzoek doen."
        }
        Rule::R10OnbekendNaEje => {
            "Na de eerstejaarsevaluatie is nog steeds niet duidelijk of werk bij de eigen werkgever kan. Dan verwacht \
             UWV dat spoor 2 ook start. Behalve als er concreet uitzicht is op terugkeer binnen ongeveer 3 maanden."
        }
        Rule::R11Perspectief => {
            "De bedrijfsarts of arbeidsdeskundige ziet concreet uitzicht op vast werk bij de eigen werkgever binnen \
             ongeveer 3 maanden. Dan mag spoor 2 zolang wachten. Lukt het niet? Dan moet spoor 2 meteen starten."
        }
        Rule::WachttijdVoorbij => {
            "De wachttijd van 104 weken is voorbij. Daarmee eindigen de re-integratiesporen van deze regels. Alleen \
             bij een loonsanctie of verlenging gaat de re-integratie bij de werkgever door."
        }
    }
}

/// One fact that led to the verdict, as a sentence for the role.
pub fn reason(reason: Reason, role: Role) -> String {
    let w = role == Role::Werknemer;
    let s: &str = match reason {
        Reason::Hersteld(d) => {
            return if w {
                format!("U bent hersteld sinds {}.", date_text(d))
            } else {
                format!("Uw werknemer is hersteld sinds {}.", date_text(d))
            };
        }
        Reason::ContractVoorbij(d) => {
            return if w {
                format!("Uw contract eindigde op {}.", date_text(d))
            } else {
                format!("Het contract van uw werknemer eindigde op {}.", date_text(d))
            };
        }
        Reason::WachttijdVoorbij(d) => {
            return format!("De wachttijd van 104 weken eindigde op {}.", date_text(d));
        }
        Reason::BuitenBereik(r) => return outside_reason(r, role).to_string(),
        Reason::VolledigDuurzaam => {
            if w {
                "De bedrijfsarts verwacht dat u volledig en blijvend niet kunt werken."
            } else {
                "De bedrijfsarts verwacht dat uw werknemer volledig en blijvend niet kan werken."
            }
        }
        Reason::GeenBenutbareMogelijkheden => {
            if w {
                "Volgens de bedrijfsarts kunt u nu helemaal niet werken."
            } else {
                "Volgens de bedrijfsarts kan uw werknemer nu helemaal niet werken."
            }
        }
        Reason::MogelijkhedenOnbekend => {
            if w {
                "Het is nog niet bekend wat u volgens de bedrijfsarts nog kunt."
            } else {
                "Het is nog niet bekend wat uw werknemer volgens de bedrijfsarts nog kan."
            }
        }
        Reason::EigenWerkMogelijk => {
            if w {
                "De bedrijfsarts of arbeidsdeskundige zegt dat u uw eigen werk weer kunt doen."
            } else {
                "De bedrijfsarts of arbeidsdeskundige zegt dat uw werknemer het eigen werk weer kan doen."
            }
        }
        Reason::EigenWerkAangepast => {
            if w {
                "De bedrijfsarts of arbeidsdeskundige zegt dat u uw eigen werk kunt doen als het wordt aangepast."
            } else {
                "De bedrijfsarts of arbeidsdeskundige zegt dat uw werknemer het eigen werk kan doen als het wordt \
                 aangepast."
            }
        }
        Reason::EigenWerkNietMogelijk => {
            if w {
                "De bedrijfsarts of arbeidsdeskundige zegt dat u uw eigen werk niet meer kunt doen."
            } else {
                "De bedrijfsarts of arbeidsdeskundige zegt dat uw werknemer het eigen werk niet meer kan doen."
            }
        }
        Reason::EigenWerkOnbekend => {
            if w {
                "Het is nog niet bekend of u uw eigen werk weer kunt doen."
            } else {
                "Het is nog niet bekend of uw werknemer het eigen werk weer kan doen."
            }
        }
        Reason::AnderWerkMogelijk => {
            if w {
                "Er is ander passend werk voor u bij uw werkgever."
            } else {
                "Er is ander passend werk voor uw werknemer bij u."
            }
        }
        Reason::AnderWerkNietMogelijk => {
            if w {
                "Er is geen ander passend werk voor u bij uw werkgever."
            } else {
                "Er is geen ander passend werk voor uw werknemer bij u."
            }
        }
        Reason::AnderWerkOnbekend => {
            if w {
                "Het is nog niet bekend of er ander passend werk voor u is bij uw werkgever."
            } else {
                "Het is nog niet bekend of er bij u ander passend werk is voor uw werknemer."
            }
        }
        Reason::PerspectiefBinnenDrieMaanden => {
            if w {
                "Er is een concreet plan om binnen ongeveer 3 maanden weer vast bij uw werkgever te werken."
            } else {
                "Er is een concreet plan om uw werknemer binnen ongeveer 3 maanden vast bij u te laten werken."
            }
        }
        Reason::OnbenutteMogelijkheden => {
            if w {
                "U kunt meer werken dan u nu bij uw werkgever doet."
            } else {
                "Uw werknemer kan meer werken dan nu bij u lukt."
            }
        }
        Reason::EerstejaarsevaluatieBereikt => {
            "Het eerste ziektejaar is voorbij, dus de eerstejaarsevaluatie moet gedaan zijn."
        }
        Reason::EerstejaarsevaluatieGehouden => "De eerstejaarsevaluatie is al gedaan.",
        Reason::EerstejaarsevaluatieNietBereikt => {
            "Het eerste ziektejaar is nog niet voorbij, dus de eerstejaarsevaluatie komt nog."
        }
    };
    s.to_string()
}

/// One sentence on why a situation is outside the guide, for the role.
fn outside_reason(r: NotCoveredReason, role: Role) -> &'static str {
    let w = role == Role::Werknemer;
    match r {
        NotCoveredReason::Zzp => {
            if w {
                "U werkt als zelfstandige (zzp), zonder arbeidscontract."
            } else {
                "De persoon werkt als zelfstandige (zzp), zonder arbeidscontract."
            }
        }
        NotCoveredReason::UitgezonderdeAmbtenaar => {
            if w {
                "U werkt bij defensie, de politie, de rechtspraak of als politiek ambtsdrager, met eigen regels."
            } else {
                "De werknemer werkt bij defensie, de politie, de rechtspraak of als politiek ambtsdrager, met eigen \
                 regels."
            }
        }
        NotCoveredReason::BeforeSupportedRange => "De ziekte begon vóór de periode waarvoor deze hulp de regels kent.",
        NotCoveredReason::AowLeeftijd => {
            if w {
                "U bereikt de AOW-leeftijd voordat de 104 weken om zijn."
            } else {
                "Uw werknemer bereikt de AOW-leeftijd voordat de 104 weken om zijn."
            }
        }
        NotCoveredReason::ContractAlLangerVoorbij => "Het contract eindigde 4 weken of langer voordat de ziekte begon.",
    }
}

const JURIDISCH_LOKET: Link = Link {
    label: "Juridisch Loket",
    href: "https://www.juridischloket.nl/",
    text: "Gratis informatie en advies over werk, ziekte en ontslag.",
};
const UWV_ZIEK_ZONDER_WERKGEVER: Link = Link {
    label: "UWV",
    href: "https://www.uwv.nl/",
    text: "Ziekmelden bij UWV en de Ziektewet-uitkering als er geen werkgever is: zoek op 'ziek zonder werkgever'.",
};
const UWV: Link =
    Link { label: "UWV", href: "https://www.uwv.nl/", text: "Informatie over ziekte, de Ziektewet en de WIA." };
const KVK_ONDERNEMERSPLEIN: Link = Link {
    label: "Ondernemersplein (KVK)",
    href: "https://ondernemersplein.kvk.nl/",
    text: "Informatie voor ondernemers, ook over ziekte en verzekeren.",
};
const RIJKSOVERHEID_AMBTENAREN: Link = Link {
    label: "Rijksoverheid: ambtenaren",
    href: "https://www.rijksoverheid.nl/onderwerpen/ambtenaren",
    text: "Informatie over de regels voor ambtenaren.",
};
const SVB_AOW: Link = Link {
    label: "SVB: AOW",
    href: "https://www.svb.nl/nl/aow/",
    text: "Wanneer u de AOW-leeftijd bereikt en wat de AOW is.",
};

/// Why a situation is outside this guide and where to go instead (role-neutral).
pub fn not_covered(reason: NotCoveredReason) -> NotCovered {
    match reason {
        NotCoveredReason::Zzp => NotCovered {
            title: "Zelfstandigen (zzp) vallen hier niet onder",
            why: "De regels voor re-integratie gelden alleen voor werknemers met een arbeidscontract. Een \
                  zelfstandige heeft geen werkgever die bij ziekte loon doorbetaalt. Misschien helpt een eigen \
                  verzekering tegen arbeidsongeschiktheid.",
            where_to_go: &[KVK_ONDERNEMERSPLEIN, JURIDISCH_LOKET],
        },
        NotCoveredReason::UitgezonderdeAmbtenaar => NotCovered {
            title: "Defensie, politie, rechtspraak en politieke ambten",
            why: "Voor militairen, politie, de rechterlijke macht en politieke ambtsdragers gelden eigen regels bij \
                  ziekte. Die staan in hun eigen rechtspositie. Deze hulp kent die regels niet. Vraag het na bij de \
                  personeelsafdeling of een vakbond.",
            where_to_go: &[RIJKSOVERHEID_AMBTENAREN, JURIDISCH_LOKET],
        },
        NotCoveredReason::BeforeSupportedRange => NotCovered {
            title: "De ziekte begon te lang geleden",
            why: "Deze hulp kent de regels vanaf een bepaalde datum. De ziekte begon daarvoor. Toen golden soms andere \
                  regels. Daarom kunnen wij de datums niet betrouwbaar berekenen.",
            where_to_go: &[UWV, JURIDISCH_LOKET],
        },
        NotCoveredReason::AowLeeftijd => NotCovered {
            title: "AOW-leeftijd voor het einde van de 104 weken",
            why: "De werknemer bereikt de AOW-leeftijd voordat de 104 weken om zijn. Dan gelden andere regels. Het \
                  loon bij ziekte loopt dan meestal tot 6 weken na de AOW-datum. Na de AOW-datum is er geen plicht \
                  meer voor spoor 2. Deze hulp rekent die regels niet uit.",
            where_to_go: &[SVB_AOW, UWV, JURIDISCH_LOKET],
        },
        NotCoveredReason::ContractAlLangerVoorbij => NotCovered {
            title: "Het contract was al eerder afgelopen",
            why: "Het contract eindigde 4 weken of langer voordat de ziekte begon. Dan is er geen werkgever die loon \
                  betaalt of voor re-integratie zorgt. Wie een WW-uitkering krijgt, meldt zich ziek bij UWV.",
            where_to_go: &[UWV_ZIEK_ZONDER_WERKGEVER, JURIDISCH_LOKET],
        },
    }
}

/// A party as a noun, lower case.
pub fn party(p: Party) -> &'static str {
    match p {
        Party::Werknemer => "werknemer",
        Party::Werkgever => "werkgever",
        Party::Samen => "werkgever en werknemer samen",
        Party::Bedrijfsarts => "bedrijfsarts",
        Party::Arbeidsdeskundige => "arbeidsdeskundige",
        Party::Uwv => "UWV",
    }
}

/// A party as the subject of a sentence, seen from the role ("U", "Uw werkgever", …).
pub fn party_for(p: Party, role: Role) -> &'static str {
    match (p, role) {
        (Party::Werknemer, Role::Werknemer) => "U",
        (Party::Werknemer, Role::Werkgever) => "Uw werknemer",
        (Party::Werkgever, Role::Werknemer) => "Uw werkgever",
        (Party::Werkgever, Role::Werkgever) => "U",
        (Party::Samen, Role::Werknemer) => "U en uw werkgever samen",
        (Party::Samen, Role::Werkgever) => "U en uw werknemer samen",
        (Party::Bedrijfsarts, _) => "De bedrijfsarts",
        (Party::Arbeidsdeskundige, _) => "De arbeidsdeskundige",
        (Party::Uwv, _) => "UWV",
    }
}

/// How firm a conclusion is.
pub fn certainty(c: Certainty) -> &'static str {
    match c {
        Certainty::Wet => "Staat in de wet",
        Certainty::Regeling => "Staat in een regeling van de minister",
        Certainty::UwvPraktijk => "Werkwijze van UWV",
        Certainty::Oordeel => "Oordeel van een deskundige",
        Certainty::Secundair => "Uit andere bronnen",
        Certainty::Onzeker => "Niet zeker",
    }
}

/// Label of a step's status.
pub fn status(s: Status) -> &'static str {
    match s {
        Status::Done(_) => "Gedaan",
        Status::Overdue => "Te laat",
        Status::Now => "Nu doen",
        Status::Upcoming => "Komt nog",
        Status::Passed => "Voorbij",
        Status::NotApplicable => "Niet van toepassing",
        Status::Unknown => "Onbekend of gedaan",
    }
}

/// A step's status as its tag reads: events are expected, not done; "nu doen" only for what
/// the reader does; a deadline whose last day is unsettled is "mogelijk te laat".
pub fn status_for(s: Status, kind: crate::rules::StepKind, mine: bool, uncertain: bool) -> &'static str {
    use crate::rules::StepKind;
    match (s, kind) {
        (Status::Now, StepKind::Event) => "Binnenkort",
        (Status::Upcoming, StepKind::Event) => "Verwacht",
        (Status::Passed, StepKind::Event) => "Geweest",
        (Status::Now, _) if !mine => "Nu aan de beurt",
        (Status::Overdue, _) if uncertain => "Mogelijk te laat",
        (s, _) => status(s),
    }
}

/// What an unknown or unanswered question leaves open, for the role.
pub fn open_point(p: OpenPoint, role: Role) -> String {
    let w = role == Role::Werknemer;
    match p {
        OpenPoint::Contract => if w {
            "Het soort contract is niet bekend. Daarom weten we niet of uw contract tijdens de ziekte kan eindigen. \
             Als dat gebeurt, neemt UWV het over. Kijk in uw arbeidscontract."
        } else {
            "Het soort contract is niet bekend. Daarom weten we niet of het contract tijdens de ziekte eindigt. Als \
             dat gebeurt, neemt UWV het over."
        }
        .to_string(),
        OpenPoint::EigenWerk => if w {
            "Het is nog niet bekend of u uw eigen werk weer kunt doen. Daarvan hangt af of spoor 2 nodig is. Vraag de \
             bedrijfsarts of een arbeidsdeskundige ernaar."
        } else {
            "Het is nog niet bekend of uw werknemer het eigen werk weer kan doen. Daarvan hangt af of spoor 2 nodig \
             is. Vraag de bedrijfsarts of een arbeidsdeskundige om een oordeel."
        }
        .to_string(),
        OpenPoint::AnderWerk => if w {
            "Het is nog niet bekend of er ander passend werk voor u is bij uw werkgever. Een arbeidsdeskundige kan dat \
             onderzoeken. Daarvan hangt af of spoor 2 nodig is."
        } else {
            "Het is nog niet bekend of er bij u ander passend werk is voor uw werknemer. Een arbeidsdeskundige kan dat \
             onderzoeken. Daarvan hangt af of spoor 2 nodig is."
        }
        .to_string(),
        OpenPoint::Mogelijkheden => if w {
            "Het is nog niet bekend wat u volgens de bedrijfsarts nog kunt. Zonder dat oordeel is niet te zeggen welk \
             spoor past. Vraag de bedrijfsarts naar uw mogelijkheden."
        } else {
            "Het is nog niet bekend wat uw werknemer volgens de bedrijfsarts nog kan. Zonder dat oordeel is niet te \
             zeggen welk spoor past. Vraag de bedrijfsarts om dit oordeel."
        }
        .to_string(),
        OpenPoint::StapGedaan(id) => {
            let title = step(id, role).title;
            if w {
                format!(
                    "Het is niet bekend of de stap ‘{title}’ al is gedaan. Daarom weten we niet zeker of die op tijd is. \
                     Vraag het na bij uw werkgever."
                )
            } else {
                format!(
                    "Het is niet ingevuld of de stap ‘{title}’ al is gedaan. Daarom weten we niet zeker of die op \
                     tijd is. Kijk het na in het dossier."
                )
            }
        }
    }
}

/// The answer a field stands for, as a noun phrase ("de eerste ziektedag").
pub fn field_label(f: Field) -> String {
    match f {
        Field::FirstSickDay => "de eerste ziektedag".to_string(),
        Field::RecoveredOn => "de hersteldatum".to_string(),
        Field::EarlierPeriods => "de eerdere ziekteperiodes".to_string(),
        Field::ContractEnd => "de einddatum van het contract".to_string(),
        Field::Done(id) => format!("de stap ‘{}’", step(id, Role::Werkgever).title),
        Field::WazoLeave => "het zwangerschaps- en bevallingsverlof".to_string(),
    }
}

/// Number of an earlier period as the user sees it. The engine's `index` is the 0-based
/// position in `Situation::earlier_periods`; users count from 1.
fn period_no(index: usize) -> usize {
    index + 1
}

/// A precise Dutch message that says which answer to change.
pub fn input_error(e: &InputError) -> String {
    match e {
        InputError::FirstSickDayInFuture { first_sick_day, today } => format!(
            "De eerste ziektedag ({}) ligt na vandaag ({}). Vul de eerste dag in waarop u of uw werknemer ziek was. \
             Dat is vandaag of eerder.",
            date_text(*first_sick_day),
            date_text(*today)
        ),
        InputError::RecoveredNotAfterFirstSickDay { recovered_on, first_sick_day } => format!(
            "De hersteldatum ({}) ligt niet na de eerste ziektedag ({}). Pas de hersteldatum of de eerste ziektedag \
             aan.",
            date_text(*recovered_on),
            date_text(*first_sick_day)
        ),
        InputError::RecoveredInFuture { recovered_on } => format!(
            "De hersteldatum ({}) ligt na vandaag. Vul alleen een hersteldatum in als het herstel al is gebeurd. Pas \
             de datum aan of laat de hersteldatum leeg.",
            date_text(*recovered_on)
        ),
        InputError::PeriodEndsBeforeStart { index } => format!(
            "Bij eerdere ziekteperiode {} ligt de laatste dag vóór de eerste dag. Pas de datums van die periode aan.",
            period_no(*index)
        ),
        InputError::PeriodNotBeforeCurrent { index } => format!(
            "Eerdere ziekteperiode {} eindigt niet vóór de eerste ziektedag van de huidige ziekte. Een eerdere periode \
             moet helemaal daarvoor liggen. Pas de datums van die periode of de eerste ziektedag aan.",
            period_no(*index)
        ),
        InputError::PeriodsOverlap { first, second } => format!(
            "Eerdere ziekteperiodes {} en {} lopen door elkaar. Pas de datums aan, of maak er één periode van.",
            period_no(*first),
            period_no(*second)
        ),
        InputError::TooManyPeriods { count, max } => format!(
            "U vulde {count} eerdere ziekteperiodes in. Dat kunnen er hooguit {max} zijn. Periodes van vóór een pauze \
             van 4 weken of meer tellen niet mee. Die kunt u weglaten."
        ),
        InputError::DoneBeforeStart { step: id, date } => format!(
            "U vulde in dat de stap ‘{}’ is gedaan op {}. Dat is vóór het begin van de ziekte. Pas de datum bij die \
             stap aan.",
            step(*id, Role::Werkgever).title,
            date_text(*date)
        ),
        InputError::DoneInFuture { step: id, date } => format!(
            "U vulde in dat de stap ‘{}’ is gedaan op {}. Die datum ligt na vandaag. Vul alleen stappen in die al zijn \
             gedaan, of pas de datum aan.",
            step(*id, Role::Werkgever).title,
            date_text(*date)
        ),
        InputError::WazoLeaveEndsBeforeStart => "De laatste dag van het zwangerschaps- en bevallingsverlof ligt vóór \
                                                 de eerste dag. Pas de datums van het verlof aan."
            .to_string(),
        InputError::DateOutOfRange { field } => format!(
            "De datum bij {} ligt te ver in het verleden of de toekomst om mee te rekenen. Controleer het jaartal en \
             pas de datum aan.",
            field_label(*field)
        ),
    }
}
