//! Question texts, per role: the page heading, hint, the legends of further parts on a page,
//! option labels, the labels of revealed fields, the short labels on "Controleer uw antwoorden",
//! and the error messages.

pub use crate::content::types::{View, QuestionText};

use chrono::NaiveDate;

use crate::rules::StepId;
use crate::wizard::QuestionId;
use crate::wizard::form::{DateError, FieldRef, Part, Slot};
use crate::wizard::input::FormError;

use super::result::date_text;



fn qt(title: impl Into<String>, hint: impl Into<String>) -> QuestionText {
    QuestionText { title: title.into(), hint: hint.into() }
}

/// `w` for the werknemer, `g` for the werkgever.
fn pick(v: View, w: &str, g: &str) -> String {
    if v == View::Werknemer { w.to_string() } else { g.to_string() }
}

/// The step's name as the step page and the check page show it.
pub fn step_name(s: StepId) -> &'static str {
    match s {
        StepId::Probleemanalyse => "Probleemanalyse",
        StepId::PlanVanAanpak => "Plan van aanpak",
        StepId::ZiekmeldingUwv => "Ziekmelding bij UWV (42e week)",
        StepId::Eerstejaarsevaluatie => "Eerstejaarsevaluatie",
        StepId::Spoor2StartUiterlijk => "Start van spoor 2",
        StepId::ZiekUitDienstMelding => "Ziek-uit-dienstmelding bij UWV",
        StepId::ZiekmeldingUwvZw => "Ziekmelding bij UWV voor de Ziektewet",
        StepId::HersteldmeldingUwv => "Hersteldmelding bij UWV",
        StepId::ReIntegratieverslag => "Re-integratieverslag",
        StepId::WiaAanvraag => "WIA-aanvraag",
        _ => "Stap",
    }
}

/// The page heading and hint. `reference` is the date an earlier-sickness question counts back
/// from, or for the special situations the first sick day.
pub fn question(q: QuestionId, v: View, reference: Option<NaiveDate>) -> QuestionText {
    use QuestionId::*;
    match q {
        Rol => qt("Voor wie gebruikt u Spoorwijzer?", "Dan passen we de vragen en de uitleg aan u aan."),
        Contract => qt(
            pick(v, "Wat voor contract heeft u?", "Wat voor contract heeft uw werknemer?"),
            pick(v, "Kijk in uw arbeidscontract of vraag het na bij uw werkgever.", "Kies het contract dat nu geldt."),
        ),
        ContractEinde => qt(
            pick(v, "Heeft uw contract een einddatum?", "Heeft het contract van uw werknemer een einddatum?"),
            "Een tijdelijk contract stopt op de einddatum, ook als iemand ziek is. Daarna helpt UWV verder.",
        ),
        EersteZiektedag => qt(
            pick(v, "Wat was uw eerste ziektedag?", "Wat was de eerste ziektedag van uw werknemer?"),
            pick(
                v,
                "De eerste dag dat u niet (helemaal) kon werken door ziekte. Bijvoorbeeld 15 3 2026.",
                "De eerste dag dat uw werknemer niet (helemaal) kon werken door ziekte. Bijvoorbeeld 15 3 2026.",
            ),
        ),
        EerderZiek(_) => {
            let on = reference.map(date_text).unwrap_or_default();
            qt(
                pick(
                    v,
                    &format!("Was u daarvoor nog een keer ziek, in de 4 weken vóór {on}?"),
                    &format!("Was uw werknemer daarvoor nog een keer ziek, in de 4 weken vóór {on}?"),
                ),
                earlier_hint(v, reference),
            )
        }
        Situatie => qt(
            pick(v, "Hoe is het nu met uw werk?", "Hoe is het nu met het werk van uw werknemer?"),
            "Kies wat vandaag geldt.",
        ),
        Bijzonder => qt(
            pick(v, "Geldt een of meer van deze situaties voor u?", "Geldt een of meer van deze situaties voor uw werknemer?"),
            pick(
                v,
                "Kies alles wat geldt. Hiervoor gelden extra regels. U hoeft niet te zeggen welke ziekte het is.",
                "Kies alles wat geldt. Hiervoor gelden extra regels. U mag niet vragen welke ziekte het is. U mag alleen \
                 vastleggen dát zo'n regeling geldt.",
            ),
        ),
        Verlof => qt(
            pick(v, "Heeft u al zwangerschaps- of bevallingsverlof gehad?", "Heeft uw werknemer al zwangerschaps- of bevallingsverlof gehad?"),
            "Dagen met dit verlof tellen niet mee voor de 104 weken ziekte.",
        ),
        VoorVerlof => qt(
            pick(
                v,
                "Was u vlak vóór het verlof ook ziek door de zwangerschap?",
                "Was uw werknemer vlak vóór het verlof ook ziek door de zwangerschap?",
            ),
            "Een ziekte die eindigde in de 4 weken vóór het verlof telt samen met de ziekte erna, hoe lang het verlof \
             ook duurde. De dagen van het verlof tellen niet mee.",
        ),
        Flex => qt(
            "Begon de ziekte in de 6 weken vóór de uitgerekende datum, of na het verlof?",
            "De 6 weken vóór de uitgerekende datum heten de flexibiliseringsperiode. Begon de ziekte toen of na het \
             verlof? Dan moet de werkgever de ziekte al op de vierde ziektedag bij UWV melden.",
        ),
        EigenWerk => qt(
            pick(v, "Kunt u volgens de bedrijfsarts uw eigen werk weer doen?", "Kan uw werknemer volgens de bedrijfsarts het eigen werk weer doen?"),
            "Het gaat om het oordeel van de bedrijfsarts of de arbeidsdeskundige. Ook als dat maar voor een deel van de uren is.",
        ),
        AnderWerk => qt(
            pick(v, "Is er ander passend werk voor u bij uw eigen werkgever?", "Heeft u ander passend werk voor uw werknemer?"),
            "Passend werk is werk dat past bij wat iemand nog kan. Vaak zegt de arbeidsdeskundige dit.",
        ),
        Mogelijkheden => qt(
            pick(v, "Kunt u volgens de bedrijfsarts nu (een beetje) werken?", "Kan uw werknemer volgens de bedrijfsarts nu (een beetje) werken?"),
            "De bedrijfsarts noemt dit 'benutbare mogelijkheden'.",
        ),
        Duurzaam => qt(
            pick(v, "Verwacht de bedrijfsarts dat u nooit meer kunt werken?", "Verwacht de bedrijfsarts dat uw werknemer nooit meer kan werken?"),
            "Dit heet volledig en duurzaam arbeidsongeschikt. Alleen de bedrijfsarts kan dit inschatten. UWV beslist.",
        ),
        MeerMogelijkheden => qt(
            pick(v, "Kunt u meer werken dan nu bij uw werkgever lukt?", "Kan uw werknemer meer werken dan nu bij u lukt?"),
            "Bijvoorbeeld: de bedrijfsarts zegt 32 uur, maar er is bij de werkgever maar werk voor 16 uur.",
        ),
        Perspectief => qt(
            pick(
                v,
                "Is er een concreet plan om binnen 3 maanden weer vast bij uw werkgever te werken?",
                "Is er een concreet plan om uw werknemer binnen 3 maanden weer vast bij u te laten werken?",
            ),
            "Alleen als de bedrijfsarts of arbeidsdeskundige dit heeft opgeschreven. Dan mag spoor 2 even wachten.",
        ),
        Medewerking => qt(
            "Werkt uw werknemer mee aan de re-integratie?",
            "Bijvoorbeeld: komt afspraken na, gaat naar de bedrijfsarts en doet mee aan het plan van aanpak.",
        ),
        Stappen => qt(
            "Welke stappen zijn al gedaan?",
            pick(
                v,
                "Weet u het niet zeker? Kies dan 'Weet ik niet'. Dan ziet u in het resultaat wat u kunt navragen.",
                "Kijk in het dossier. Weet u het niet zeker? Kies dan 'Weet ik niet'.",
            ),
        ),
    }
}

fn earlier_hint(v: View, reference: Option<NaiveDate>) -> String {
    let who = if v == View::Werknemer { "u" } else { "uw werknemer" };
    match reference {
        Some(r) => {
            let from = r.checked_sub_days(chrono::Days::new(28)).map(date_text).unwrap_or_default();
            let to = r.pred_opt().map(date_text).unwrap_or_default();
            format!(
                "Het gaat om een ziekte die eindigde tussen {from} en {to}. Dan tellen de periodes samen. De oorzaak maakt \
                 niet uit. U hoeft niet te zeggen wat {who} had."
            )
        }
        None => format!("Eindigde die ziekte minder dan 4 weken voor de eerste ziektedag? Dan tellen de periodes samen. U hoeft niet te zeggen wat {who} had."),
    }
}

/// The legend and hint of a part that is not the page's own question.
pub fn part_text(part: Part, v: View) -> QuestionText {
    match part {
        Part::Main => qt("", ""),
        Part::Earlier => qt(
            pick(v, "Was u in de 4 weken vóór die dag ook ziek?", "Was uw werknemer in de 4 weken vóór die dag ook ziek?"),
            format!(
                "{} Werkte {} tussendoor alleen aangepast werk of minder uren? Dan was dat geen herstel: vul dan de eerste dag \
                 van de hele ziekte in.",
                earlier_hint(v, None),
                if v == View::Werknemer { "u" } else { "uw werknemer" }
            ),
        ),
        Part::Step(s) => qt(step_name(s), step_hint(s, v)),
    }
}

fn step_hint(s: StepId, v: View) -> String {
    match s {
        StepId::Probleemanalyse => pick(
            v,
            "Van de bedrijfsarts: wat u nog kunt en wat er nodig is om weer te werken.",
            "Van de bedrijfsarts: wat uw werknemer nog kan en wat er nodig is om weer te werken.",
        ),
        StepId::PlanVanAanpak => pick(
            v,
            "Het plan dat u en uw werkgever samen maken, met afspraken over terugkeer naar werk.",
            "Het plan dat u en uw werknemer samen maken, met afspraken over terugkeer naar werk.",
        ),
        StepId::ZiekmeldingUwv => pick(v, "Uw werkgever meldt dit bij UWV. U krijgt dan een brief van UWV.", "U doet dit via het werkgeversportaal van UWV."),
        StepId::Eerstejaarsevaluatie => "Het gesprek aan het eind van het eerste ziektejaar over het doel voor het tweede jaar.".into(),
        StepId::Spoor2StartUiterlijk => {
            "Het zoeken naar passend werk bij een andere werkgever, vaak met een re-integratiebureau.".into()
        }
        StepId::ZiekUitDienstMelding => pick(
            v,
            "Uw werkgever meldt bij UWV dat uw contract eindigt terwijl u ziek bent.",
            "U meldt bij UWV dat het contract eindigt terwijl uw werknemer ziek is.",
        ),
        StepId::ZiekmeldingUwvZw => pick(
            v,
            "Uw werkgever meldt uw ziekte bij UWV, omdat UWV uw werkgever dan een Ziektewet-uitkering betaalt.",
            "U meldt de ziekte bij UWV om de Ziektewet-uitkering voor deze werknemer te krijgen.",
        ),
        StepId::HersteldmeldingUwv => pick(
            v,
            "Uw werkgever meldt bij UWV dat u hersteld bent.",
            "U meldt bij UWV dat uw werknemer hersteld is.",
        ),
        StepId::ReIntegratieverslag => pick(
            v,
            "Het verslag van uw werkgever over de hele re-integratie. U krijgt er een kopie van.",
            "Uw verslag over de hele re-integratie. Uw werknemer krijgt een kopie.",
        ),
        StepId::WiaAanvraag => pick(
            v,
            "U vraagt de WIA-uitkering zelf aan bij UWV. UWV stuurt rond week 89 een brief.",
            "Uw werknemer vraagt de WIA-uitkering zelf aan bij UWV.",
        ),
        _ => String::new(),
    }
}

/// Label and optional hint of an option. `reference`: the first sick day (for the AOW option).
pub fn option(q: QuestionId, id: &str, v: View, reference: Option<NaiveDate>) -> (String, Option<String>) {
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
        (Situatie, "gedeeltelijk") => h(
            &pick(v, "Ik werk weer een deel van de tijd of ander werk", "Mijn werknemer werkt weer een deel van de tijd of ander werk"),
            "De 104 weken lopen dan gewoon door.",
        ),
        (Situatie, "hersteld") => h(
            &pick(v, "Ik ben helemaal hersteld", "Mijn werknemer is helemaal hersteld"),
            &pick(v, "U doet weer al uw eigen werk, alle uren.", "Uw werknemer doet weer al het eigen werk, alle uren."),
        ),
        (Bijzonder, "zwangerschap") => s("De ziekte komt door zwangerschap of bevalling"),
        (Bijzonder, "orgaandonatie") => s("De ziekte komt door orgaandonatie"),
        (Bijzonder, "no-risk") => h("De no-riskpolis geldt", "Bijvoorbeeld bij een arbeidsbeperking of na een Wajong- of WIA-uitkering."),
        (Bijzonder, "aow") => {
            let by = reference.and_then(|d| d.checked_add_months(chrono::Months::new(24))).map(date_text).unwrap_or_default();
            h(
                &pick(v, &format!("Ik bereik de AOW-leeftijd vóór {by}"), &format!("Mijn werknemer bereikt de AOW-leeftijd vóór {by}")),
                "De AOW-leeftijd is 67 jaar, en 67 jaar en 3 maanden vanaf 2028. Dat is 2 jaar na de eerste ziektedag.",
            )
        }
        (Bijzonder, "proeftijd") => h(
            &pick(v, "Mijn contract is opgezegd in de proeftijd", "Ik heb het contract opgezegd in de proeftijd"),
            "Tijdens de proeftijd geldt het opzegverbod bij ziekte niet.",
        ),
        (Bijzonder, "eigenrisicodrager") => h(
            "Wij zijn eigenrisicodrager voor de Ziektewet",
            "Dan betaalt u zelf de Ziektewet-uitkering als het contract van een zieke werknemer eindigt.",
        ),
        (Bijzonder, "geen") => s("Nee, geen van deze"),
        (EigenWerk, "ja") => s(&pick(v, "Ja, mijn eigen werk", "Ja, het eigen werk")),
        (EigenWerk, "aangepast") => s("Ja, maar aangepast of voor minder uren"),
        (EigenWerk, "nee") => s(&pick(v, "Nee, mijn eigen werk kan niet meer", "Nee, het eigen werk kan niet meer")),
        (Mogelijkheden, "beperkt") => s(&pick(v, "Ja, ik kan iets of ander werk doen", "Ja, mijn werknemer kan iets of ander werk doen")),
        (Mogelijkheden, "geen") => s(&pick(v, "Nee, ik kan nu helemaal niet werken", "Nee, mijn werknemer kan nu helemaal niet werken")),
        (_, "ja") => s("Ja"),
        (_, "nee") => s("Nee"),
        (_, "weet-niet") => s("Weet ik niet"),
        _ => s(id),
    }
}

/// The label of a revealed or plain input.
pub fn field_label(q: QuestionId, f: FieldRef) -> &'static str {
    use QuestionId::*;
    match (q, f.part, f.slot) {
        (_, _, Slot::Number) => "Hoeveel procent van de eigen uren (niet verplicht)",
        (ContractEinde, _, _) => "Laatste dag van het contract",
        (EersteZiektedag, Part::Main, _) => "Eerste ziektedag",
        (EersteZiektedag | EerderZiek(_) | VoorVerlof, _, Slot::Date2) => "Laatste ziektedag van die periode",
        (EersteZiektedag | EerderZiek(_) | VoorVerlof, _, _) => "Eerste ziektedag van die periode",
        (Situatie, _, _) => "Datum",
        (Verlof, _, Slot::Date2) => "Laatste dag van het verlof",
        (Verlof, _, _) => "Eerste dag van het verlof",
        (Bijzonder, _, _) => "Laatste dag van het contract",
        (Stappen, _, _) => "Wanneer",
        _ => "Datum",
    }
}

/// The label of a revealed date on the situation page, which depends on the option.
pub fn situation_date_label(option: &str) -> &'static str {
    if option == "hersteld" { "Eerste dag weer helemaal aan het werk" } else { "Sinds wanneer (niet verplicht)" }
}

/// The short label of an answer on "Controleer uw antwoorden".
pub fn check_label(q: QuestionId, part: Part) -> String {
    use QuestionId::*;
    match (q, part) {
        (_, Part::Step(s)) => step_name(s).to_string(),
        (EersteZiektedag, Part::Earlier) => "Ziek in de 4 weken daarvoor".into(),
        (Rol, _) => "U bent".into(),
        (Contract, _) => "Soort contract".into(),
        (ContractEinde, _) => "Einddatum contract".into(),
        (EersteZiektedag, _) => "Eerste ziektedag".into(),
        (EerderZiek(_), _) => "Nog een eerdere ziekteperiode".into(),
        (Situatie, _) => "Situatie nu".into(),
        (Bijzonder, _) => "Bijzondere situaties".into(),
        (Verlof, _) => "Zwangerschaps- en bevallingsverlof".into(),
        (VoorVerlof, _) => "Ziek vlak vóór het verlof".into(),
        (Flex, _) => "Ziekte begon in de 6 weken vóór de bevalling of na het verlof".into(),
        (EigenWerk, _) => "Eigen werk".into(),
        (AnderWerk, _) => "Ander werk bij de eigen werkgever".into(),
        (Mogelijkheden, _) => "Mogelijkheden om te werken".into(),
        (Duurzaam, _) => "Volledig en duurzaam arbeidsongeschikt".into(),
        (MeerMogelijkheden, _) => "Meer mogelijkheden dan nu gebruikt".into(),
        (Perspectief, _) => "Uitzicht op terugkeer binnen 3 maanden".into(),
        (Medewerking, _) => "Medewerking werknemer".into(),
        (Stappen, _) => "Stappen".into(),
    }
}

/// The message for an input error, a full sentence. `label` names the field.
pub fn form_error(e: FormError, q: QuestionId, f: FieldRef) -> String {
    let label = super::result::lower_first(field_label(q, f));
    let l = label.trim_end_matches(" (niet verplicht)");
    match e {
        FormError::KiesAntwoord => match f.part {
            Part::Step(s) => format!("Kies een antwoord bij ‘{}’.", step_name(s)),
            Part::Earlier => "Kies of er in de 4 weken daarvoor ook ziekte was.".into(),
            Part::Main if q == QuestionId::Bijzonder => "Kies wat geldt, of kies 'Nee, geen van deze'.".into(),
            Part::Main => "Kies een antwoord.".into(),
        },
        FormError::Datum(d) => match d {
            DateError::Leeg => format!("Vul de {l} in."),
            DateError::DagOntbreekt => format!("De {l} moet een dag bevatten."),
            DateError::MaandOntbreekt => format!("De {l} moet een maand bevatten."),
            DateError::JaarOntbreekt => format!("De {l} moet een jaar bevatten."),
            DateError::DagOngeldig => "De dag moet tussen 1 en 31 liggen.".into(),
            DateError::MaandOngeldig => "De maand moet tussen 1 en 12 liggen.".into(),
            DateError::JaarOngeldig => "Vul het jaar in met vier cijfers, bijvoorbeeld 2026.".into(),
            DateError::BestaatNiet => "Deze datum bestaat niet. Controleer de dag en de maand.".into(),
            DateError::InToekomst => "Deze datum ligt in de toekomst. Vul een datum tot en met vandaag in.".into(),
            DateError::Voor(min) => format!("De datum moet op of na {} liggen.", date_text(min)),
            DateError::Na(max) => format!("De datum moet op of vóór {} liggen.", date_text(max)),
        },
        FormError::PeriodeTeVroeg { next_start } => format!(
            "Deze ziekte eindigde 4 weken of meer vóór {}. Dan telt die niet mee. Kies 'Nee'.",
            date_text(next_start)
        ),
        FormError::EindeVoorBegin => "De laatste dag mag niet vóór de eerste dag liggen.".into(),
        FormError::PeriodeNietVoor { next_start } => {
            format!("De laatste ziektedag moet vóór {} liggen.", date_text(next_start))
        }
        FormError::AlleenOfGeen => "Kies 'Nee, geen van deze' of 'Weet ik niet' alleen, zonder een situatie erbij.".into(),
        FormError::EenOorzaak => "Kies zwangerschap of orgaandonatie als oorzaak, niet allebei.".into(),
        FormError::Procent => "Vul een heel getal in van 1 tot en met 100, of laat het leeg.".into(),
    }
}
