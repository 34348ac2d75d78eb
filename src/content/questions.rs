//! Question texts, per role: the question (page heading), hint, option labels, the labels of
//! revealed date fields, and the short label on "Controleer uw antwoorden".

use crate::rules::StepId;
use crate::wizard::QuestionId;
use crate::wizard::input::{DateError, FormError};

use super::result::date_nl;

/// Who is reading: the werknemer, or the werkgever (an adviser reads the werkgever texts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Werknemer,
    Werkgever,
}

pub struct QuestionText {
    pub title: String,
    pub hint: String,
    /// Short label for the check-answers page.
    pub short: String,
}

fn qt(title: impl Into<String>, hint: impl Into<String>, short: impl Into<String>) -> QuestionText {
    QuestionText { title: title.into(), hint: hint.into(), short: short.into() }
}

/// `w` for the werknemer, `g` for the werkgever.
fn pick(v: View, w: &str, g: &str) -> String {
    if v == View::Werknemer { w.to_string() } else { g.to_string() }
}

pub fn step_title(s: StepId) -> &'static str {
    match s {
        StepId::Probleemanalyse => "de probleemanalyse",
        StepId::PlanVanAanpak => "het plan van aanpak",
        StepId::ZiekmeldingUwv => "de ziekmelding bij UWV (42e week)",
        StepId::Eerstejaarsevaluatie => "de eerstejaarsevaluatie",
        StepId::Spoor2StartUiterlijk => "spoor 2",
        StepId::ReIntegratieverslag => "het re-integratieverslag",
        StepId::WiaAanvraag => "de WIA-aanvraag",
        _ => "deze stap",
    }
}

/// `reference` is the date an earlier-sickness question counts back from.
pub fn question(q: QuestionId, v: View, reference: Option<chrono::NaiveDate>) -> QuestionText {
    use QuestionId::*;
    let w = v == View::Werknemer;
    match q {
        Rol => qt("Voor wie gebruikt u Spoorwijzer?", "Dan passen we de vragen en de uitleg aan u aan.", "U bent"),
        Contract => qt(
            pick(v, "Wat voor contract heeft u?", "Wat voor contract heeft uw werknemer?"),
            pick(v, "Kijk in uw arbeidscontract of vraag het na bij uw werkgever.", "Kies het contract dat nu geldt."),
            "Soort contract",
        ),
        ContractEinde => qt(
            pick(v, "Heeft uw contract een einddatum?", "Heeft het contract van uw werknemer een einddatum?"),
            "Een tijdelijk contract stopt op de einddatum, ook als iemand ziek is. Daarna helpt UWV verder.",
            "Einddatum contract",
        ),
        Aow => qt(
            pick(
                v,
                "Bereikt u de AOW-leeftijd binnen 2 jaar na de eerste ziektedag?",
                "Bereikt uw werknemer de AOW-leeftijd binnen 2 jaar na de eerste ziektedag?",
            ),
            "De AOW-leeftijd is 67 jaar, en 67 jaar en 3 maanden vanaf 2028. Wie die leeftijd bereikt tijdens de 104 weken ziekte, heeft andere regels. Die werkt Spoorwijzer niet uit.",
            "AOW-leeftijd binnen 2 jaar na de eerste ziektedag",
        ),
        EersteZiektedag => qt(
            pick(v, "Wat was uw eerste ziektedag?", "Wat was de eerste ziektedag van uw werknemer?"),
            pick(v, "De eerste dag dat u niet (helemaal) kon werken door ziekte. Bijvoorbeeld 15 3 2026.",
                "De eerste dag dat uw werknemer niet (helemaal) kon werken door ziekte. Bijvoorbeeld 15 3 2026."),
            "Eerste ziektedag",
        ),
        EerderZiek(n) => {
            let (title, hint) = match reference {
                Some(r) => {
                    let from = r.checked_sub_days(chrono::Days::new(28)).map(date_nl).unwrap_or_default();
                    let to = r.pred_opt().map(date_nl).unwrap_or_default();
                    (
                        if n == 0 {
                            pick(v, &format!("Was u ook ziek in de 4 weken vóór {}?", date_nl(r)), &format!("Was uw werknemer ook ziek in de 4 weken vóór {}?", date_nl(r)))
                        } else {
                            pick(v, &format!("Was u daarvoor nog een keer ziek, in de 4 weken vóór {}?", date_nl(r)), &format!("Was uw werknemer daarvoor nog een keer ziek, in de 4 weken vóór {}?", date_nl(r)))
                        },
                        format!(
                            "Het gaat om een ziekte die eindigde tussen {from} en {to}. Dan tellen de periodes samen. De oorzaak maakt niet uit. U hoeft niet te zeggen wat {} had.",
                            if w { "u" } else { "uw werknemer" }
                        ),
                    )
                }
                None => (pick(v, "Was u kort daarvoor ook ziek?", "Was uw werknemer kort daarvoor ook ziek?"), String::new()),
            };
            qt(title, hint, format!("Eerdere ziekte {}", u16::from(n) + 1))
        }
        Situatie => qt(
            pick(v, "Hoe is het nu met uw werk?", "Hoe is het nu met het werk van uw werknemer?"),
            "Kies wat vandaag geldt.",
            "Situatie nu",
        ),
        Bijzonder => qt(
            pick(v, "Geldt een van deze situaties voor u?", "Geldt een van deze situaties voor uw werknemer?"),
            pick(
                v,
                "Hiervoor gelden extra regels bij UWV. U hoeft niet te zeggen welke ziekte het is.",
                "Hiervoor gelden extra regels bij UWV. U mag niet vragen welke ziekte het is, en u mag alleen \
                 vastleggen dát er zo'n regeling geldt. Weet u niet welke? Kies dan 'Weet ik niet'.",
            ),
            "Bijzondere situatie",
        ),
        Verlof => qt(
            pick(v, "Heeft u al zwangerschaps- of bevallingsverlof gehad?", "Heeft uw werknemer al zwangerschaps- of bevallingsverlof gehad?"),
            "Dagen met dit verlof tellen niet mee voor de 104 weken ziekte.",
            "Zwangerschaps- en bevallingsverlof",
        ),
        EigenWerk => qt(
            pick(v, "Kunt u volgens de bedrijfsarts uw eigen werk weer doen?", "Kan uw werknemer volgens de bedrijfsarts het eigen werk weer doen?"),
            "Het gaat om het oordeel van de bedrijfsarts of de arbeidsdeskundige. Ook als dat maar voor een deel van de uren is.",
            "Eigen werk",
        ),
        AnderWerk => qt(
            pick(v, "Is er ander passend werk voor u bij uw eigen werkgever?", "Heeft u ander passend werk voor uw werknemer?"),
            "Passend werk is werk dat past bij wat iemand nog kan. Vaak zegt de arbeidsdeskundige dit.",
            "Ander werk bij de eigen werkgever",
        ),
        Mogelijkheden => qt(
            pick(v, "Kunt u volgens de bedrijfsarts nu (een beetje) werken?", "Kan uw werknemer volgens de bedrijfsarts nu (een beetje) werken?"),
            "De bedrijfsarts noemt dit 'benutbare mogelijkheden'.",
            "Mogelijkheden om te werken",
        ),
        Duurzaam => qt(
            pick(v, "Verwacht de bedrijfsarts dat u nooit meer kunt werken?", "Verwacht de bedrijfsarts dat uw werknemer nooit meer kan werken?"),
            "Dit heet volledig en duurzaam arbeidsongeschikt. Alleen de bedrijfsarts kan dit inschatten; UWV beslist.",
            "Volledig en duurzaam arbeidsongeschikt",
        ),
        MeerMogelijkheden => qt(
            pick(v, "Kunt u meer werken dan nu bij uw werkgever lukt?", "Kan uw werknemer meer werken dan nu bij u lukt?"),
            "Bijvoorbeeld: de bedrijfsarts zegt 32 uur, maar er is bij de werkgever maar werk voor 16 uur.",
            "Meer mogelijkheden dan nu gebruikt",
        ),
        Perspectief => qt(
            pick(v, "Is er een concreet plan om binnen 3 maanden weer vast bij uw werkgever te werken?", "Is er een concreet plan om uw werknemer binnen 3 maanden weer vast bij u te laten werken?"),
            "Alleen als de bedrijfsarts of arbeidsdeskundige dit heeft opgeschreven. Dan mag spoor 2 even wachten.",
            "Uitzicht op terugkeer binnen 3 maanden",
        ),
        Medewerking => qt(
            "Werkt uw werknemer mee aan de re-integratie?",
            "Bijvoorbeeld: komt afspraken na, gaat naar de bedrijfsarts en doet mee aan het plan van aanpak.",
            "Medewerking werknemer",
        ),
        Stap(s) => {
            let (title, hint) = match s {
                StepId::Probleemanalyse => (
                    "Heeft de bedrijfsarts een probleemanalyse gemaakt?".to_string(),
                    "Daarin staat wat de werknemer nog kan en wat er nodig is om weer te werken.".to_string(),
                ),
                StepId::PlanVanAanpak => (
                    "Is er een plan van aanpak gemaakt?".to_string(),
                    "Werkgever en werknemer maken dit plan samen, met de afspraken over terugkeer naar werk.".to_string(),
                ),
                StepId::ZiekmeldingUwv => (
                    pick(v, "Heeft uw werkgever u ziek gemeld bij UWV (42e-weekmelding)?", "Heeft u uw werknemer ziek gemeld bij UWV (42e-weekmelding)?"),
                    pick(v, "U krijgt dan een brief van UWV.", "Dit doet u via het werkgeversportaal van UWV."),
                ),
                StepId::Eerstejaarsevaluatie => (
                    "Is de eerstejaarsevaluatie gedaan?".to_string(),
                    "Het gesprek aan het eind van het eerste ziektejaar over het doel voor het tweede jaar.".to_string(),
                ),
                StepId::Spoor2StartUiterlijk => (
                    pick(v, "Is uw spoor 2-traject al begonnen?", "Is het spoor 2-traject van uw werknemer al begonnen?"),
                    "Spoor 2 is zoeken naar passend werk bij een andere werkgever, vaak met een re-integratiebureau.".to_string(),
                ),
                StepId::ReIntegratieverslag => (
                    pick(v, "Heeft uw werkgever het re-integratieverslag gemaakt?", "Heeft u het re-integratieverslag gemaakt?"),
                    pick(
                        v,
                        "Dit verslag over de hele re-integratie hoort bij de WIA-aanvraag. U krijgt er een kopie van.",
                        "Dit verslag over de hele re-integratie hoort bij de WIA-aanvraag. De werknemer krijgt een kopie.",
                    ),
                ),
                StepId::WiaAanvraag => (
                    pick(v, "Heeft u de WIA-uitkering aangevraagd?", "Heeft uw werknemer de WIA-uitkering aangevraagd?"),
                    "UWV stuurt rond week 89 een brief over de aanvraag. De werknemer vraagt de uitkering aan bij UWV.".to_string(),
                ),
                _ => (String::new(), String::new()),
            };
            qt(title, hint, format!("Stap: {}", step_title(s)))
        }
    }
}

/// Label and optional hint of an option.
pub fn option(q: QuestionId, id: &str, v: View) -> (String, Option<String>) {
    use QuestionId::*;
    let s = |l: &str| (l.to_string(), None);
    let h = |l: &str, hint: &str| (l.to_string(), Some(hint.to_string()));
    match (q, id) {
        (Rol, "werknemer") => h("Ik ben werknemer en ben ziek", "Of u helpt iemand die ziek is, zoals een partner."),
        (Rol, "werkgever") => h("Ik ben werkgever", "U heeft een werknemer die ziek is."),
        (Rol, "adviseur") => h("Ik adviseer een werkgever", "Bijvoorbeeld als casemanager of re-integratiebureau."),
        (Contract, "vast") => s("Vast contract (onbepaalde tijd)"),
        (Contract, "tijdelijk") => s("Tijdelijk contract (bepaalde tijd)"),
        (Contract, "uitzend") => s("Uitzendcontract"),
        (Contract, "oproep") => s("Oproepcontract of nulurencontract"),
        (Contract, "zzp") => h("Geen contract: zelfstandige (zzp)", "Dan geldt deze regeling niet."),
        (Contract, "uitgezonderd") => h("Militair, politie, rechterlijke macht of politiek ambt", "Voor deze ambtenaren gelden eigen regels."),
        (ContractEinde, "datum") => s("Ja, het contract eindigt of eindigde op een datum"),
        (ContractEinde, "geen") => s("Nee"),
        (Situatie, "ziek") => s(&pick(v, "Ik werk nog niet", "Mijn werknemer werkt nog niet")),
        (Situatie, "gedeeltelijk") => s(&pick(v, "Ik werk weer een deel van de tijd of ander werk", "Mijn werknemer werkt weer een deel van de tijd of ander werk")),
        (Situatie, "hersteld") => s(&pick(v, "Ik ben helemaal hersteld", "Mijn werknemer is helemaal hersteld")),
        (Bijzonder, "zwangerschap") => s("De ziekte komt door zwangerschap of bevalling"),
        (Bijzonder, "orgaandonatie") => s("De ziekte komt door orgaandonatie"),
        (Bijzonder, "no-risk") => h("De no-riskpolis geldt", "Bijvoorbeeld bij een arbeidsbeperking of na een Wajong- of WIA-uitkering."),
        (Bijzonder, "geen") => s("Nee, geen van deze"),
        (EigenWerk, "ja") => s(&pick(v, "Ja, mijn eigen werk", "Ja, het eigen werk")),
        (EigenWerk, "aangepast") => s(&pick(v, "Ja, maar aangepast of voor minder uren", "Ja, maar aangepast of voor minder uren")),
        (EigenWerk, "nee") => s(&pick(v, "Nee, mijn eigen werk kan niet meer", "Nee, het eigen werk kan niet meer")),
        (Mogelijkheden, "beperkt") => s(&pick(v, "Ja, ik kan iets of ander werk doen", "Ja, mijn werknemer kan iets of ander werk doen")),
        (Mogelijkheden, "geen") => s(&pick(v, "Nee, ik kan nu helemaal niet werken", "Nee, mijn werknemer kan nu helemaal niet werken")),
        (Stap(_), "ja") => s("Ja"),
        (EerderZiek(_) | Verlof, "ja") => s("Ja"),
        (_, "ja") => s("Ja"),
        (_, "nee") => s("Nee"),
        (_, "weet-niet") => s("Weet ik niet"),
        _ => s(id),
    }
}

/// Labels of the date fields an option reveals: (legend of the first, legend of the second).
pub fn date_labels(q: QuestionId) -> (&'static str, &'static str) {
    use QuestionId::*;
    match q {
        ContractEinde => ("Laatste dag van het contract", ""),
        EersteZiektedag => ("Eerste ziektedag", ""),
        EerderZiek(_) => ("Eerste ziektedag van die periode", "Laatste ziektedag van die periode"),
        Situatie => ("Eerste dag weer helemaal aan het werk", ""),
        Verlof => ("Eerste dag van het verlof", "Laatste dag van het verlof"),
        Stap(_) => ("Datum", ""),
        _ => ("Datum", ""),
    }
}

/// The Dutch message for an input error. `label` names the date field.
pub fn form_error(e: FormError, label: &str) -> String {
    let l = label.to_ascii_lowercase();
    match e {
        FormError::KiesAntwoord => "Kies een antwoord".into(),
        FormError::Datum(d) => match d {
            DateError::Leeg => format!("Vul de {l} in"),
            DateError::DagOntbreekt => format!("De {l} moet een dag bevatten"),
            DateError::MaandOntbreekt => format!("De {l} moet een maand bevatten"),
            DateError::JaarOntbreekt => format!("De {l} moet een jaar bevatten"),
            DateError::DagOngeldig => "De dag moet tussen 1 en 31 liggen".into(),
            DateError::MaandOngeldig => "De maand moet tussen 1 en 12 liggen".into(),
            DateError::JaarOngeldig => "Vul het jaar in met vier cijfers, bijvoorbeeld 2026".into(),
            DateError::BestaatNiet => "Deze datum bestaat niet. Controleer de dag en de maand".into(),
            DateError::InToekomst => "Deze datum ligt in de toekomst. Vul een datum tot en met vandaag in".into(),
            DateError::Voor(min) => format!("De datum moet op of na {} liggen", date_nl(min)),
            DateError::Na(max) => format!("De datum moet op of vóór {} liggen", date_nl(max)),
        },
        FormError::PeriodeTeVroeg { next_start } => format!(
            "Deze ziekte eindigde 4 weken of meer vóór {}. Dan telt die niet mee. Kies 'Nee'",
            date_nl(next_start)
        ),
        FormError::EindeVoorBegin => "De laatste dag mag niet vóór de eerste dag liggen".into(),
        FormError::PeriodeNietVoor { next_start } => {
            format!("De laatste ziektedag moet vóór {} liggen", date_nl(next_start))
        }
    }
}
