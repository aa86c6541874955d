# ruff: noqa: E501  (prose: sentences are kept whole, one per line)
"""Where the demo projects take place: 87 recipient countries in six areas, and how to name them.

The areas are the ones seed 002 talks about (Africa, Latin America, eastern Europe) plus the
rest of the world the projects reach. They follow UN M49: Africa, Asia and Oceania are
continents, Latin America and the Caribbean is sub-region 419 of the Americas, eastern and
southern Europe are sub-regions 151 and 039. The generator checks each country's area against
the M49 regions of the loaded reference data, so this table cannot drift from it silently.

Country names are written out here rather than taken from CLDR because the texts need the
form that reads naturally inside a sentence ("in the Philippines", "au Sénégal", "en la
República Dominicana"), which CLDR does not give.
"""

from __future__ import annotations

from dataclasses import dataclass

AFRICA = "africa"
LATIN_AMERICA = "latin-america"
EASTERN_EUROPE = "eastern-europe"
SOUTHERN_EUROPE = "southern-europe"
ASIA = "asia"
OCEANIA = "oceania"

AREAS = (AFRICA, LATIN_AMERICA, EASTERN_EUROPE, SOUTHERN_EUROPE, ASIA, OCEANIA)

# The M49 region each area stands for: (region kind, code).
AREA_M49 = {
    AFRICA: ("m49-continent", "002"),
    LATIN_AMERICA: ("m49-subregion", "419"),
    EASTERN_EUROPE: ("m49-subregion", "151"),
    SOUTHERN_EUROPE: ("m49-subregion", "039"),
    ASIA: ("m49-continent", "142"),
    OCEANIA: ("m49-continent", "009"),
}

AREA_NAMES = {
    AFRICA: "Africa",
    LATIN_AMERICA: "Latin America and the Caribbean",
    EASTERN_EUROPE: "Eastern Europe",
    SOUTHERN_EUROPE: "Southern Europe",
    ASIA: "Asia",
    OCEANIA: "Oceania",
}


@dataclass(frozen=True)
class Place:
    """A recipient country and its names as they appear in a sentence, per language."""

    code: str
    area: str
    language: str  # the extra language of texts about the country: "fr", "es", "tr" or ""
    en: str
    it: str
    fr: str  # with its preposition: "au Sénégal", "en Côte d'Ivoire", "aux Philippines"
    es: str
    en_article: bool = False  # "the Philippines"
    it_prep: str = "in"  # "nelle Filippine"
    es_article: str = ""  # "la República Dominicana"

    @property
    def fr_name(self) -> str:
        """The French name without its preposition."""
        for prep in ("aux ", "au ", "en ", "à "):
            if self.fr.startswith(prep):
                return self.fr[len(prep) :]
        return self.fr

    def name(self, lang: str) -> str:
        """The bare name, as in a heading or after a dash."""
        if lang == "fr":
            return self.fr_name
        if lang == "tr":
            return TURKISH_NAMES.get(self.code, self.en)
        return getattr(self, lang)


P = Place
PLACES: tuple[Place, ...] = (
    # Africa (30)
    P("SN", AFRICA, "fr", "Senegal", "Senegal", "au Sénégal", "Senegal"),
    P("ML", AFRICA, "fr", "Mali", "Mali", "au Mali", "Malí"),
    P("BF", AFRICA, "fr", "Burkina Faso", "Burkina Faso", "au Burkina Faso", "Burkina Faso"),
    P("NE", AFRICA, "fr", "Niger", "Niger", "au Niger", "Níger"),
    P("CI", AFRICA, "fr", "Côte d'Ivoire", "Costa d'Avorio", "en Côte d'Ivoire", "Costa de Marfil"),
    P("BJ", AFRICA, "fr", "Benin", "Benin", "au Bénin", "Benín"),
    P("TG", AFRICA, "fr", "Togo", "Togo", "au Togo", "Togo"),
    P("GN", AFRICA, "fr", "Guinea", "Guinea", "en Guinée", "Guinea"),
    P("CM", AFRICA, "fr", "Cameroon", "Camerun", "au Cameroun", "Camerún"),
    P(
        "CD",
        AFRICA,
        "fr",
        "Democratic Republic of the Congo",
        "Repubblica Democratica del Congo",
        "en République démocratique du Congo",
        "República Democrática del Congo",
        en_article=True,
        it_prep="nella",
        es_article="la",
    ),
    P("MG", AFRICA, "fr", "Madagascar", "Madagascar", "à Madagascar", "Madagascar"),
    P("MA", AFRICA, "fr", "Morocco", "Marocco", "au Maroc", "Marruecos"),
    P("TN", AFRICA, "fr", "Tunisia", "Tunisia", "en Tunisie", "Túnez"),
    P("BI", AFRICA, "fr", "Burundi", "Burundi", "au Burundi", "Burundi"),
    P("ET", AFRICA, "", "Ethiopia", "Etiopia", "en Éthiopie", "Etiopía"),
    P("KE", AFRICA, "", "Kenya", "Kenya", "au Kenya", "Kenia"),
    P("UG", AFRICA, "", "Uganda", "Uganda", "en Ouganda", "Uganda"),
    P("TZ", AFRICA, "", "Tanzania", "Tanzania", "en Tanzanie", "Tanzania"),
    P("RW", AFRICA, "", "Rwanda", "Ruanda", "au Rwanda", "Ruanda"),
    P("MZ", AFRICA, "", "Mozambique", "Mozambico", "au Mozambique", "Mozambique"),
    P("MW", AFRICA, "", "Malawi", "Malawi", "au Malawi", "Malaui"),
    P("ZM", AFRICA, "", "Zambia", "Zambia", "en Zambie", "Zambia"),
    P("ZW", AFRICA, "", "Zimbabwe", "Zimbabwe", "au Zimbabwe", "Zimbabue"),
    P("GH", AFRICA, "", "Ghana", "Ghana", "au Ghana", "Ghana"),
    P("NG", AFRICA, "", "Nigeria", "Nigeria", "au Nigeria", "Nigeria"),
    P("EG", AFRICA, "", "Egypt", "Egitto", "en Égypte", "Egipto"),
    P("SO", AFRICA, "", "Somalia", "Somalia", "en Somalie", "Somalia"),
    P("ZA", AFRICA, "", "South Africa", "Sudafrica", "en Afrique du Sud", "Sudáfrica"),
    P("AO", AFRICA, "", "Angola", "Angola", "en Angola", "Angola"),
    P("SL", AFRICA, "", "Sierra Leone", "Sierra Leone", "en Sierra Leone", "Sierra Leona"),
    # Latin America and the Caribbean (20)
    P("MX", LATIN_AMERICA, "es", "Mexico", "Messico", "au Mexique", "México"),
    P("GT", LATIN_AMERICA, "es", "Guatemala", "Guatemala", "au Guatemala", "Guatemala"),
    P("HN", LATIN_AMERICA, "es", "Honduras", "Honduras", "au Honduras", "Honduras"),
    P("SV", LATIN_AMERICA, "es", "El Salvador", "El Salvador", "au Salvador", "El Salvador"),
    P("NI", LATIN_AMERICA, "es", "Nicaragua", "Nicaragua", "au Nicaragua", "Nicaragua"),
    P("CR", LATIN_AMERICA, "es", "Costa Rica", "Costa Rica", "au Costa Rica", "Costa Rica"),
    P("PA", LATIN_AMERICA, "es", "Panama", "Panama", "au Panama", "Panamá"),
    P("CU", LATIN_AMERICA, "es", "Cuba", "Cuba", "à Cuba", "Cuba"),
    P(
        "DO",
        LATIN_AMERICA,
        "es",
        "Dominican Republic",
        "Repubblica Dominicana",
        "en République dominicaine",
        "República Dominicana",
        en_article=True,
        it_prep="nella",
        es_article="la",
    ),
    P("HT", LATIN_AMERICA, "fr", "Haiti", "Haiti", "en Haïti", "Haití", it_prep="ad"),
    P("CO", LATIN_AMERICA, "es", "Colombia", "Colombia", "en Colombie", "Colombia"),
    P("VE", LATIN_AMERICA, "es", "Venezuela", "Venezuela", "au Venezuela", "Venezuela"),
    P("EC", LATIN_AMERICA, "es", "Ecuador", "Ecuador", "en Équateur", "Ecuador"),
    P("PE", LATIN_AMERICA, "es", "Peru", "Perù", "au Pérou", "Perú"),
    P("BO", LATIN_AMERICA, "es", "Bolivia", "Bolivia", "en Bolivie", "Bolivia"),
    P("BR", LATIN_AMERICA, "", "Brazil", "Brasile", "au Brésil", "Brasil"),
    P("PY", LATIN_AMERICA, "es", "Paraguay", "Paraguay", "au Paraguay", "Paraguay"),
    P("AR", LATIN_AMERICA, "es", "Argentina", "Argentina", "en Argentine", "Argentina"),
    P("CL", LATIN_AMERICA, "es", "Chile", "Cile", "au Chili", "Chile"),
    P("UY", LATIN_AMERICA, "es", "Uruguay", "Uruguay", "en Uruguay", "Uruguay"),
    # Eastern Europe (7)
    P("UA", EASTERN_EUROPE, "", "Ukraine", "Ucraina", "en Ukraine", "Ucrania"),
    P("MD", EASTERN_EUROPE, "", "Moldova", "Moldavia", "en Moldavie", "Moldavia"),
    P("RO", EASTERN_EUROPE, "", "Romania", "Romania", "en Roumanie", "Rumanía"),
    P("BG", EASTERN_EUROPE, "", "Bulgaria", "Bulgaria", "en Bulgarie", "Bulgaria"),
    P("BY", EASTERN_EUROPE, "", "Belarus", "Bielorussia", "en Biélorussie", "Bielorrusia"),
    P("PL", EASTERN_EUROPE, "", "Poland", "Polonia", "en Pologne", "Polonia"),
    P("HU", EASTERN_EUROPE, "", "Hungary", "Ungheria", "en Hongrie", "Hungría"),
    # Southern Europe: the western Balkans (6)
    P("AL", SOUTHERN_EUROPE, "", "Albania", "Albania", "en Albanie", "Albania"),
    P(
        "BA",
        SOUTHERN_EUROPE,
        "",
        "Bosnia and Herzegovina",
        "Bosnia ed Erzegovina",
        "en Bosnie-Herzégovine",
        "Bosnia y Herzegovina",
    ),
    P("RS", SOUTHERN_EUROPE, "", "Serbia", "Serbia", "en Serbie", "Serbia"),
    P("ME", SOUTHERN_EUROPE, "", "Montenegro", "Montenegro", "au Monténégro", "Montenegro"),
    P(
        "MK",
        SOUTHERN_EUROPE,
        "",
        "North Macedonia",
        "Macedonia del Nord",
        "en Macédoine du Nord",
        "Macedonia del Norte",
    ),
    P("HR", SOUTHERN_EUROPE, "", "Croatia", "Croazia", "en Croatie", "Croacia"),
    # Asia (21)
    P("TR", ASIA, "tr", "Türkiye", "Turchia", "en Turquie", "Turquía"),
    P("LB", ASIA, "fr", "Lebanon", "Libano", "au Liban", "Líbano"),
    P("PS", ASIA, "", "Palestine", "Palestina", "en Palestine", "Palestina"),
    P("JO", ASIA, "", "Jordan", "Giordania", "en Jordanie", "Jordania"),
    P("IQ", ASIA, "", "Iraq", "Iraq", "en Irak", "Irak"),
    P("GE", ASIA, "", "Georgia", "Georgia", "en Géorgie", "Georgia"),
    P("AM", ASIA, "", "Armenia", "Armenia", "en Arménie", "Armenia"),
    P("IN", ASIA, "", "India", "India", "en Inde", "India"),
    P("NP", ASIA, "", "Nepal", "Nepal", "au Népal", "Nepal"),
    P("BD", ASIA, "", "Bangladesh", "Bangladesh", "au Bangladesh", "Bangladés"),
    P("LK", ASIA, "", "Sri Lanka", "Sri Lanka", "au Sri Lanka", "Sri Lanka"),
    P("PK", ASIA, "", "Pakistan", "Pakistan", "au Pakistan", "Pakistán"),
    P("MM", ASIA, "", "Myanmar", "Myanmar", "au Myanmar", "Myanmar"),
    P("VN", ASIA, "", "Viet Nam", "Vietnam", "au Viêt Nam", "Vietnam"),
    P("KH", ASIA, "", "Cambodia", "Cambogia", "au Cambodge", "Camboya"),
    P("LA", ASIA, "", "Laos", "Laos", "au Laos", "Laos"),
    P(
        "PH",
        ASIA,
        "",
        "Philippines",
        "Filippine",
        "aux Philippines",
        "Filipinas",
        en_article=True,
        it_prep="nelle",
    ),
    P("ID", ASIA, "", "Indonesia", "Indonesia", "en Indonésie", "Indonesia"),
    P("MN", ASIA, "", "Mongolia", "Mongolia", "en Mongolie", "Mongolia"),
    P("KG", ASIA, "", "Kyrgyzstan", "Kirghizistan", "au Kirghizistan", "Kirguistán"),
    P("UZ", ASIA, "", "Uzbekistan", "Uzbekistan", "en Ouzbékistan", "Uzbekistán"),
    # Oceania (3)
    P(
        "PG",
        OCEANIA,
        "",
        "Papua New Guinea",
        "Papua Nuova Guinea",
        "en Papouasie-Nouvelle-Guinée",
        "Papúa Nueva Guinea",
    ),
    P("FJ", OCEANIA, "", "Fiji", "Figi", "aux Fidji", "Fiyi"),
    P("VU", OCEANIA, "", "Vanuatu", "Vanuatu", "au Vanuatu", "Vanuatu"),
)
del P

PLACE_BY_CODE = {place.code: place for place in PLACES}

# Only Türkiye is written about in Turkish; the locative suffix is part of the phrase.
TURKISH_NAMES = {"TR": "Türkiye"}
TURKISH_LOCATIVE = {"TR": "Türkiye'de"}

# Neighbours that share multi-country projects. Every group lies inside one area, so a
# project's value never straddles two areas.
CLUSTERS: tuple[tuple[str, ...], ...] = (
    ("BF", "ML", "NE"),
    ("SN", "ML"),
    ("CI", "BF"),
    ("BJ", "TG"),
    ("TG", "GH"),
    ("KE", "UG", "TZ"),
    ("RW", "BI"),
    ("ET", "SO"),
    ("MZ", "MW", "ZM"),
    ("ZW", "ZA"),
    ("MA", "TN"),
    ("CM", "CD"),
    ("SL", "GN"),
    ("GT", "HN", "SV"),
    ("NI", "CR"),
    ("PE", "BO", "EC"),
    ("CO", "EC"),
    ("AR", "UY", "PY"),
    ("HT", "DO"),
    ("BR", "PY"),
    ("UA", "MD"),
    ("MD", "RO"),
    ("RO", "BG"),
    ("BY", "UA"),
    ("PL", "HU"),
    ("AL", "MK"),
    ("BA", "RS", "ME"),
    ("HR", "BA"),
    ("LB", "JO"),
    ("PS", "JO"),
    ("GE", "AM"),
    ("VN", "KH", "LA"),
    ("IN", "NP"),
    ("BD", "IN"),
    ("KG", "UZ"),
    ("FJ", "VU"),
)

LANDLOCKED = frozenset(
    {
        "ML",
        "BF",
        "NE",
        "BI",
        "ET",
        "UG",
        "RW",
        "MW",
        "ZM",
        "ZW",
        "BO",
        "PY",
        "MD",
        "BY",
        "HU",
        "RS",
        "MK",
        "AM",
        "NP",
        "LA",
        "MN",
        "KG",
        "UZ",
    }
)

# Where coffee or cocoa is grown.
COFFEE_COCOA = frozenset(
    {
        "CI",
        "GH",
        "CM",
        "TG",
        "ET",
        "UG",
        "KE",
        "TZ",
        "RW",
        "BI",
        "CD",
        "MG",
        "SL",
        "NG",
        "GN",
        "AO",
        "MX",
        "GT",
        "HN",
        "SV",
        "NI",
        "CR",
        "PA",
        "CU",
        "DO",
        "HT",
        "CO",
        "VE",
        "EC",
        "PE",
        "BO",
        "BR",
        "IN",
        "VN",
        "LA",
        "ID",
        "PH",
        "MM",
        "LK",
        "PG",
        "VU",
    }
)

# Where malaria and tuberculosis programmes make sense.
MALARIA_BELT = frozenset(
    {
        "SN",
        "ML",
        "BF",
        "NE",
        "CI",
        "BJ",
        "TG",
        "GN",
        "CM",
        "CD",
        "MG",
        "BI",
        "ET",
        "KE",
        "UG",
        "TZ",
        "RW",
        "MZ",
        "MW",
        "ZM",
        "ZW",
        "GH",
        "NG",
        "SO",
        "AO",
        "SL",
        "IN",
        "BD",
        "PK",
        "MM",
        "KH",
        "LA",
        "PH",
        "ID",
        "PG",
        "VU",
        "HT",
        "GT",
        "HN",
        "NI",
        "CO",
        "PE",
        "VE",
        "BR",
    }
)


def _join(items: list[str], conjunction: str) -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def locative(places: list[Place], lang: str) -> str:
    """Where the project takes place, as a sentence says it: "in Burkina Faso, Mali and Niger"."""
    if lang == "en":
        return "in " + _join([f"the {p.en}" if p.en_article else p.en for p in places], "and")
    if lang == "it":
        if all(p.it_prep == "in" for p in places):
            return "in " + _join([p.it for p in places], "e")
        return _join([f"{p.it_prep} {p.it}" for p in places], "e")
    if lang == "fr":
        return _join([p.fr for p in places], "et")
    if lang == "es":
        return "en " + _join([f"{p.es_article} {p.es}".strip() for p in places], "y")
    if lang == "tr":
        return _join([TURKISH_LOCATIVE.get(p.code, p.en) for p in places], "ve")
    raise ValueError(f"No locative for language {lang!r}.")
