//! Legal sources, certainty labels and links. Every conclusion the engine draws carries a
//! [`Basis`]; the id enums (`StepId`, `NoticeId`, `DutyId`, `Rule`) map each variant to its basis
//! with an exhaustive `match`, so adding a conclusion without a basis does not compile.

use chrono::NaiveDate;
use serde::{Serialize, Serializer, ser::SerializeStruct};

/// How firm a conclusion is (poortwachter.md §0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Stated in a statute.
    Wet,
    /// Stated in a ministerial regulation (Regeling procesgang).
    Regeling,
    /// UWV's published practice: not law, but what UWV tests against.
    UwvPraktijk,
    /// Depends on a professional judgement we report, never make.
    Oordeel,
    /// Only found in secondary sources.
    Secundair,
    /// Not confirmed.
    Onzeker,
}

/// Who holds a judgement the engine only reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Werknemer,
    Werkgever,
    /// Employer and employee together (plan van aanpak, eerstejaarsevaluatie).
    Samen,
    Bedrijfsarts,
    Arbeidsdeskundige,
    Uwv,
}

/// A legal instrument or an official publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Instrument {
    /// Burgerlijk Wetboek Boek 7.
    Bw7,
    Wia,
    Zw,
    Suwi,
    Wazo,
    Atw,
    Arbowet,
    /// Regeling procesgang eerste en tweede ziektejaar.
    Rpg,
    /// Amendment of the Regeling procesgang on the re-integratievisie (Stcrt. 2023, 13931).
    Rpg2023,
    /// Beleidsregels beoordelingskader poortwachter.
    Bbp,
    /// Wet normalisering rechtspositie ambtenaren.
    Wnra,
    /// Autoriteit Persoonsgegevens, beleidsregels "De zieke werknemer".
    ApZiekeWerknemer,
    /// A UWV page.
    Uwv,
    /// Juridisch Loket.
    JuridischLoket,
    /// Boetebesluit socialezekerheidswetten (the fines for late reports to UWV).
    Boetebesluit,
    /// Arbeidsomstandighedenbesluit.
    Arbobesluit,
}

impl Instrument {
    /// Dutch short name as used in citations.
    pub const fn short(self) -> &'static str {
        match self {
            Instrument::Bw7 => "BW",
            Instrument::Wia => "Wet WIA",
            Instrument::Zw => "Ziektewet",
            Instrument::Suwi => "Wet SUWI",
            Instrument::Wazo => "Wet arbeid en zorg",
            Instrument::Atw => "Algemene termijnenwet",
            Instrument::Arbowet => "Arbowet",
            Instrument::Rpg => "Regeling procesgang eerste en tweede ziektejaar",
            Instrument::Rpg2023 => "Wijziging Regeling procesgang (Stcrt. 2023, 13931)",
            Instrument::Bbp => "Beleidsregels beoordelingskader poortwachter",
            Instrument::Wnra => "Wet normalisering rechtspositie ambtenaren",
            Instrument::ApZiekeWerknemer => "Autoriteit Persoonsgegevens: De zieke werknemer",
            Instrument::Uwv => "UWV",
            Instrument::JuridischLoket => "Juridisch Loket",
            Instrument::Boetebesluit => "Boetebesluit socialezekerheidswetten",
            Instrument::Arbobesluit => "Arbobesluit",
        }
    }

    /// BWB identifier on wetten.overheid.nl, where the instrument has one.
    const fn bwb(self) -> Option<&'static str> {
        match self {
            Instrument::Bw7 => Some("BWBR0005290"),
            Instrument::Wia => Some("BWBR0019057"),
            Instrument::Zw => Some("BWBR0001888"),
            Instrument::Suwi => Some("BWBR0013060"),
            Instrument::Wazo => Some("BWBR0013008"),
            Instrument::Atw => Some("BWBR0002448"),
            Instrument::Arbowet => Some("BWBR0010346"),
            Instrument::Rpg => Some("BWBR0013540"),
            Instrument::Bbp => Some("BWBR0014375"),
            Instrument::Boetebesluit => Some("BWBR0011708"),
            Instrument::Arbobesluit => Some("BWBR0008498"),
            _ => None,
        }
    }
}

/// One citation: an instrument, an article (or page) and, for non-statute sources, a fixed URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Source {
    pub instrument: Instrument,
    /// Article as cited, e.g. "7:658a lid 3" or "25 lid 9". Empty for a whole instrument or page.
    pub article: &'static str,
    /// Fixed link for sources without a BWB id (UWV pages, Staatscourant).
    pub url: Option<&'static str>,
    pub certainty: Certainty,
}

impl Source {
    pub const fn law(instrument: Instrument, article: &'static str) -> Self {
        Self { instrument, article, url: None, certainty: Certainty::Wet }
    }
    pub const fn regeling(instrument: Instrument, article: &'static str) -> Self {
        Self { instrument, article, url: None, certainty: Certainty::Regeling }
    }
    pub const fn page(instrument: Instrument, article: &'static str, url: &'static str, certainty: Certainty) -> Self {
        Self { instrument, article, url: Some(url), certainty }
    }

    /// Human citation, e.g. "BW 7:658a lid 3" or "Wet WIA art. 25 lid 9".
    pub fn citation(&self) -> String {
        match (self.instrument, self.article) {
            (_, "") => self.instrument.short().to_string(),
            (Instrument::Bw7, a) => format!("BW {a}"),
            (Instrument::Uwv | Instrument::JuridischLoket | Instrument::ApZiekeWerknemer, a) => {
                format!("{}: {a}", self.instrument.short())
            }
            (i, a) => format!("{} art. {a}", i.short()),
        }
    }

    /// Link to the text. Statutes link to the consolidated version valid on `law_on`
    /// (wetten.overheid.nl keeps every version), so the link shows the text we applied.
    pub fn url(&self, law_on: NaiveDate) -> String {
        if let Some(url) = self.url {
            return url.to_string();
        }
        let Some(bwb) = self.instrument.bwb() else {
            return String::new();
        };
        // Display is ISO 8601; avoids pulling chrono's strftime code into the wasm.
        let date = law_on;
        match article_anchor(self.instrument, self.article) {
            Some(anchor) => format!("https://wetten.overheid.nl/{bwb}/{date}#{anchor}"),
            None => format!("https://wetten.overheid.nl/{bwb}/{date}"),
        }
    }
}

/// wetten.overheid.nl anchors: `#Boek7_Titeldeel10_Afdeling5_Artikel629` is not stable across
/// versions, but the plain `#ArtikelN` anchor works for flat statutes. For BW Boek 7, and for
/// statutes numbered by chapter (Wazo "3:1"), we link the whole text (the article is in the
/// citation text) rather than guess an anchor.
fn article_anchor(instrument: Instrument, article: &str) -> Option<String> {
    if instrument == Instrument::Bw7 || article.is_empty() || article.contains(':') {
        return None;
    }
    let number: String = article.split_whitespace().next()?.chars().filter(|c| c.is_ascii_alphanumeric() || *c == ':').collect();
    if number.is_empty() {
        return None;
    }
    Some(format!("Artikel{number}"))
}

impl Serialize for Source {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Source", 5)?;
        st.serialize_field("instrument", &self.instrument)?;
        st.serialize_field("article", self.article)?;
        st.serialize_field("citation", &self.citation())?;
        st.serialize_field("url", &self.url(super::regime::LAW_TEXT_DATE))?;
        st.serialize_field("certainty", &self.certainty)?;
        st.end()
    }
}

/// The legal basis of one conclusion: one primary source (mandatory, so an empty basis cannot be
/// written) and any supporting ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Basis {
    pub primary: Source,
    pub more: &'static [Source],
}

impl Basis {
    pub const fn of(primary: Source) -> Self {
        Self { primary, more: &[] }
    }
    pub const fn with(primary: Source, more: &'static [Source]) -> Self {
        Self { primary, more }
    }
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        std::iter::once(&self.primary).chain(self.more.iter())
    }
    /// The certainty of the conclusion is that of its primary source.
    pub fn certainty(&self) -> Certainty {
        self.primary.certainty
    }
}

/// A source with its dated link, as it appears in the assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    pub citation: String,
    pub url: String,
    pub certainty: Certainty,
}

impl Basis {
    pub fn cite(&self, law_on: NaiveDate) -> Vec<Citation> {
        self.sources()
            .map(|s| Citation { citation: s.citation(), url: s.url(law_on), certainty: s.certainty })
            .collect()
    }
}

impl Serialize for Basis {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.sources())
    }
}

// Frequently used sources, named once.
pub mod cite {
    use super::{Certainty::*, Instrument::*, Source};

    pub const BW_629: Source = Source::law(Bw7, "7:629");
    pub const BW_629_LID3: Source = Source::law(Bw7, "7:629 lid 3");
    pub const BW_629_LID6: Source = Source::law(Bw7, "7:629 lid 6");
    pub const BW_629_LID10: Source = Source::law(Bw7, "7:629 lid 10");
    pub const BW_629_LID11: Source = Source::law(Bw7, "7:629 lid 11");
    pub const BW_629A: Source = Source::law(Bw7, "7:629a");
    pub const BW_658A: Source = Source::law(Bw7, "7:658a");
    pub const BW_658A_LID1: Source = Source::law(Bw7, "7:658a lid 1");
    pub const BW_658A_LID2: Source = Source::law(Bw7, "7:658a lid 2");
    pub const BW_658A_LID3: Source = Source::law(Bw7, "7:658a lid 3");
    pub const BW_658A_LID4: Source = Source::law(Bw7, "7:658a lid 4");
    pub const BW_660A: Source = Source::law(Bw7, "7:660a");
    pub const BW_670: Source = Source::law(Bw7, "7:670 lid 1");
    pub const BW_670_LID2: Source = Source::law(Bw7, "7:670 lid 2");
    pub const BW_670A: Source = Source::law(Bw7, "7:670a");
    pub const BW_670A_PROEFTIJD: Source = Source::law(Bw7, "7:670a lid 2 onder b");
    pub const BW_669: Source = Source::law(Bw7, "7:669 lid 3 onder b");
    pub const BW_667: Source = Source::law(Bw7, "7:667 lid 1");
    pub const WIA_23: Source = Source::law(Wia, "23");
    pub const WIA_23_LID3: Source = Source::law(Wia, "23 lid 3");
    pub const WIA_23_LID5: Source = Source::law(Wia, "23 lid 5");
    pub const WIA_23_LID6: Source = Source::law(Wia, "23 lid 6");
    pub const WIA_24: Source = Source::law(Wia, "24");
    pub const WIA_25_LID4: Source = Source::law(Wia, "25 lid 4");
    pub const WIA_25_LID1: Source = Source::law(Wia, "25 lid 1");
    pub const WIA_25_LID2: Source = Source::law(Wia, "25 lid 2");
    pub const WIA_25_LID3: Source = Source::law(Wia, "25 lid 3");
    pub const WIA_25_LID5: Source = Source::law(Wia, "25 lid 5");
    pub const WIA_25_LID6: Source = Source::law(Wia, "25 lid 6");
    pub const WIA_25_LID9: Source = Source::law(Wia, "25 lid 9");
    pub const WIA_25_LID10: Source = Source::law(Wia, "25 lid 10");
    pub const WIA_26: Source = Source::law(Wia, "26 lid 1");
    pub const WIA_64: Source = Source::law(Wia, "64");
    pub const WIA_64_LID2: Source = Source::law(Wia, "64 lid 2");
    pub const WIA_64_LID3: Source = Source::law(Wia, "64 lid 3");
    pub const WIA_64_LID6: Source = Source::law(Wia, "64 lid 6");
    pub const WIA_65: Source = Source::law(Wia, "65");
    pub const WIA_66: Source = Source::law(Wia, "66");
    pub const ZW_29: Source = Source::law(Zw, "29 lid 2");
    pub const ZW_29A: Source = Source::law(Zw, "29a");
    pub const ZW_29B: Source = Source::law(Zw, "29b");
    pub const ZW_38: Source = Source::law(Zw, "38 lid 1");
    pub const ZW_38_LID2: Source = Source::law(Zw, "38 lid 2");
    pub const ZW_38_LID3: Source = Source::law(Zw, "38 lid 3");
    pub const ZW_38A: Source = Source::law(Zw, "38a");
    pub const ZW_38A_LID2: Source = Source::law(Zw, "38a lid 2");
    pub const ZW_38A_LID5: Source = Source::law(Zw, "38a lid 5");
    pub const ZW_38AA: Source = Source::law(Zw, "38aa");
    pub const ZW_19AA: Source = Source::law(Zw, "19aa");
    pub const ZW_38_LID8: Source = Source::law(Zw, "38 lid 8");
    pub const WIA_26_LID2: Source = Source::law(Wia, "26 lid 2");
    pub const BOETE_2C: Source = Source::law(Boetebesluit, "2c");
    pub const SUWI_32: Source = Source::law(Suwi, "32");
    pub const WAZO_3_1: Source = Source::law(Wazo, "3:1");
    pub const ATW_1: Source = Source::law(Atw, "1");
    pub const ATW_3: Source = Source::law(Atw, "3");
    pub const ARBO_14: Source = Source::law(Arbowet, "14");
    pub const ARBO_14_LID2G: Source = Source::law(Arbowet, "14 lid 2 onder g");
    pub const ARBOBESLUIT_2_14D: Source = Source::law(Arbobesluit, "2.14d");
    pub const SUWI_32A: Source = Source::law(Suwi, "32a");
    pub const WNRA: Source = Source::page(Wnra, "Stb. 2019, 385", "https://zoek.officielebekendmakingen.nl/stb-2019-385.html", Wet);
    pub const RPG_2: Source = Source::regeling(Rpg, "2");
    pub const RPG_4: Source = Source::regeling(Rpg, "4");
    pub const RPG_2023: Source = Source::page(Rpg2023, "", "https://zoek.officielebekendmakingen.nl/stcrt-2023-13931.html", Regeling);
    pub const BBP: Source = Source::page(Bbp, "", "https://wetten.overheid.nl/BWBR0014375", UwvPraktijk);
    // The AVG/UAVG as the AP explains them for sick employees; the exact page of the policy rules
    // was not verified (poortwachter.md §5.4), so the link is the AP's own site.
    pub const AP_ZIEKE_WERKNEMER: Source = Source::page(
        ApZiekeWerknemer,
        "beleidsregels De zieke werknemer (2016)",
        "https://www.autoriteitpersoonsgegevens.nl/",
        Wet,
    );
    pub const UWV_42WK: Source = Source::page(
        Uwv,
        "ziek melden bij UWV (42e week)",
        "https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/werknemer-is-langdurig-ziek/detail/ziek-melden-bij-uwv",
        UwvPraktijk,
    );
    pub const UWV_PVA: Source = Source::page(
        Uwv,
        "plan van aanpak",
        "https://www.uwv.nl/en/employers/forms/creating-an-action-plan-to-help-your-employee-return-to-work",
        UwvPraktijk,
    );
    pub const UWV_DESKUNDIGENOORDEEL: Source = Source::page(
        Uwv,
        "deskundigenoordeel",
        "https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/samen-werken-aan-re-integratie/detail/hulp-van-uwv/deskundigenoordeel-als-de-re-integratie-vastloopt/hoe-vraag-ik-een-deskundigenoordeel-aan",
        UwvPraktijk,
    );
    pub const UWV_WIA_AANVRAGEN: Source = Source::page(
        Uwv,
        "wanneer vraag ik een WIA-uitkering aan",
        "https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/wia-uitkering-aanvragen/detail/wanneer-vraag-ik-een-wia-uitkering-aan",
        UwvPraktijk,
    );
    pub const WWP_SPOOR2: Source = Source::page(
        Uwv,
        "Werkwijzer Poortwachter, hoofdstuk 4 en 5",
        "https://arbeidsdeskundigen.nl/akc/kennis/ad-voorbeeldcasuistiek/document/191752",
        UwvPraktijk,
    );
    pub const UWV_VERVROEGD_IVA: Source = Source::page(
        Uwv,
        "vervroegd WIA aanvragen",
        "https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/werknemer-is-ziek-loon-doorbetalen/detail/kort-of-langdurig-ziek/vervroegd-wia",
        UwvPraktijk,
    );
    pub const UWV_ZW_BEOORDELING: Source = Source::page(
        Uwv,
        "Ziektewet-beoordeling",
        "https://www.uwv.nl/particulieren/ziek/ziek-zonder-werkgever/ziektewet-beoordeling/detail/krijg-ik-een-ziektewet-beoordeling",
        UwvPraktijk,
    );
    pub const UWV_ERD_ZW: Source = Source::page(
        Uwv,
        "eigenrisicodrager Ziektewet: werknemer is ziek",
        "https://www.uwv.nl/werkgevers/eigenrisicodrager/eigenrisicodrager-ziektewet/tijdens-eigen-risico-dragen-ziektewet/detail/werknemer-is-ziek",
        UwvPraktijk,
    );
    pub const JURIDISCH_LOKET: Source = Source::page(
        JuridischLoket,
        "ziek en werk",
        "https://www.juridischloket.nl/werk-en-inkomen/ziekte-en-arbeidsongeschiktheid/",
        Secundair,
    );
}
