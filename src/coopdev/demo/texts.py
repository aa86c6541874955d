# ruff: noqa: E501  (prose: sentences are kept whole, one per line)
"""Words of the demo dataset beyond the themes: names of fictitious organisations, sentences
shared by every description, and number formatting per language.

Every organisation name carries a word that marks it as an example ("Esempio", "Illustrative",
"Example", "Sample", "Ejemplo", "Exemple", "Örnek"), so no name can be mistaken for, or
collide with, a real organisation.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGS = ("en", "it", "fr", "es", "tr")

# --- Cooperatives that report the projects ---------------------------------------------------


@dataclass(frozen=True)
class OrgKind:
    cooperative_type: str  # Organisation.CooperativeType value
    iati_type: str  # IATI OrganisationType
    prefixes: tuple[str, ...]
    label: str  # for the description
    count: int  # how many of the 62 demo organisations are of this kind


ORG_KINDS: tuple[OrgKind, ...] = (
    OrgKind(
        "social",
        "22",
        ("Cooperativa Sociale", "Consorzio di Cooperative Sociali", "Società Cooperativa Sociale"),
        "social cooperative",
        17,
    ),
    OrgKind(
        "producer",
        "70",
        (
            "Cooperativa Agricola",
            "Società Cooperativa Agricola",
            "Consorzio Agroalimentare",
            "Cooperativa Pescatori",
        ),
        "producer cooperative",
        10,
    ),
    OrgKind(
        "worker",
        "70",
        ("Cooperativa di Lavoro", "Cooperativa di Produzione e Lavoro"),
        "worker cooperative",
        7,
    ),
    OrgKind(
        "consumer", "70", ("Cooperativa di Consumatori", "Cooperativa di Consumo"), "consumer cooperative", 4
    ),
    OrgKind("housing", "70", ("Cooperativa di Abitanti", "Cooperativa Edilizia"), "housing cooperative", 3),
    OrgKind(
        "financial",
        "70",
        ("Mutua", "Cooperativa di Credito", "Società di Mutuo Soccorso"),
        "financial cooperative",
        4,
    ),
    OrgKind(
        "service",
        "70",
        ("Cooperativa di Servizi", "Cooperativa Energetica", "Consorzio di Servizi"),
        "service cooperative",
        5,
    ),
    OrgKind(
        "federation",
        "22",
        ("Federazione delle Cooperative", "Unione Cooperativa", "Associazione Cooperative"),
        "cooperative federation",
        4,
    ),
    OrgKind(
        "development",
        "21",
        ("Cooperativa per lo Sviluppo", "Cooperativa di Cooperazione Internazionale", "ONG Cooperativa"),
        "cooperative development organisation",
        8,
    ),
)

ORG_NAMES = (
    "Aurora",
    "Girasole",
    "Libeccio",
    "Maestrale",
    "Ponte Verde",
    "Terre Alte",
    "Mille Mani",
    "Filo Rosso",
    "Quercia",
    "Arcobaleno",
    "Radici",
    "Orizzonte",
    "Seminare",
    "Crocevia",
    "Lanterna",
    "Sentiero",
    "Il Faro",
    "La Bussola",
    "Alveare",
    "Ginestra",
    "Mosaico",
    "Tessere",
    "Nuovi Orizzonti",
    "Acqua Chiara",
    "Sole Comune",
    "Grano Buono",
    "Vela",
    "Pietra Viva",
    "Rondine",
    "Alba",
    "Tramontana",
    "Fiordaliso",
    "Cardo",
    "Ulivo",
    "Castagno",
    "Colibrì",
    "Melograno",
    "Gelso",
    "Lampara",
    "Carovana",
    "Argine",
    "Sorgente",
    "Crinale",
    "Borgo Aperto",
    "Mani Unite",
    "Campo Largo",
    "Piazza Comune",
    "Terra e Mare",
    "Altrove",
    "Incontro",
    "Intreccio",
    "Approdo",
    "Cammino",
    "Ponte dei Popoli",
    "Tela",
    "Filanda",
    "Mulino",
    "Scirocco",
    "Levante",
    "Ponente",
    "Zefiro",
    "Brezza",
    "Timone",
    "Bussola del Sud",
)

ITALIAN_CITIES = (
    "Bologna",
    "Reggio Emilia",
    "Modena",
    "Ravenna",
    "Firenze",
    "Torino",
    "Milano",
    "Roma",
    "Napoli",
    "Genova",
    "Padova",
    "Trento",
    "Ancona",
    "Perugia",
    "Bari",
    "Palermo",
    "Cagliari",
    "Forlì",
    "Parma",
    "Verona",
)

# A few cooperatives are registered outside Italy (an office in Brussels, in Ticino, in San Marino).
FOREIGN_SEATS = (("BE", "Bruxelles"), ("CH", "Lugano"), ("SM", "San Marino"))


def organisation_description(kind: OrgKind, city: str) -> str:
    return (
        f"Illustrative demo organisation, not a real one: a fictitious {kind.label} based in {city}, "
        "made up for the coopdev demo dataset. Its name, identifier, website and projects are invented."
    )


# --- Other participants ---------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    ref: str
    name: dict[str, str]
    type: str  # IATI OrganisationType
    by: dict[str, str] | None = None  # "funded by ...": the name with its article (it: with "da")

    def funded_by(self, lang: str) -> str:
        if self.by and lang in self.by:
            return self.by[lang]
        return self.name.get(lang) or self.name.get("en") or next(iter(self.name.values()))


def _funder(
    ref: str, type_: str, names: tuple[str, str, str, str], by: tuple[str, str, str, str]
) -> Participant:
    return Participant(
        ref,
        dict(zip(("en", "it", "fr", "es"), names, strict=True)),
        type_,
        dict(zip(("en", "it", "fr", "es"), by, strict=True)),
    )


FUNDERS: tuple[Participant, ...] = (
    _funder(
        "XX-DEMO-FUND01",
        "10",
        (
            "Illustrative Development Fund",
            "Fondo Illustrativo per lo Sviluppo",
            "Fonds illustratif pour le développement",
            "Fondo Ilustrativo para el Desarrollo",
        ),
        (
            "the Illustrative Development Fund",
            "dal Fondo Illustrativo per lo Sviluppo",
            "le Fonds illustratif pour le développement",
            "el Fondo Ilustrativo para el Desarrollo",
        ),
    ),
    _funder(
        "XX-DEMO-FUND02",
        "60",
        (
            "Example Foundation for Cooperation",
            "Fondazione Esempio per la Cooperazione",
            "Fondation Exemple pour la coopération",
            "Fundación Ejemplo para la Cooperación",
        ),
        (
            "the Example Foundation for Cooperation",
            "dalla Fondazione Esempio per la Cooperazione",
            "la Fondation Exemple pour la coopération",
            "la Fundación Ejemplo para la Cooperación",
        ),
    ),
    _funder(
        "XX-DEMO-FUND03",
        "11",
        (
            "Sample Regional Council for International Solidarity",
            "Consiglio Regionale Campione per la Solidarietà Internazionale",
            "Conseil régional Modèle pour la solidarité internationale",
            "Consejo Regional Modelo para la Solidaridad Internacional",
        ),
        (
            "the Sample Regional Council for International Solidarity",
            "dal Consiglio Regionale Campione per la Solidarietà Internazionale",
            "le Conseil régional Modèle pour la solidarité internationale",
            "el Consejo Regional Modelo para la Solidaridad Internacional",
        ),
    ),
    _funder(
        "XX-DEMO-FUND04",
        "40",
        (
            "Demo Multilateral Facility for Inclusive Growth",
            "Fondo Multilaterale Dimostrativo per la Crescita Inclusiva",
            "Facilité multilatérale de démonstration pour une croissance inclusive",
            "Fondo Multilateral de Demostración para el Crecimiento Inclusivo",
        ),
        (
            "the Demo Multilateral Facility for Inclusive Growth",
            "dal Fondo Multilaterale Dimostrativo per la Crescita Inclusiva",
            "la Facilité multilatérale de démonstration pour une croissance inclusive",
            "el Fondo Multilateral de Demostración para el Crecimiento Inclusivo",
        ),
    ),
    _funder(
        "XX-DEMO-FUND05",
        "71",
        (
            "Illustrative Cooperative Mutual Fund",
            "Fondo Mutualistico Cooperativo Illustrativo",
            "Fonds mutualiste coopératif illustratif",
            "Fondo Mutual Cooperativo Ilustrativo",
        ),
        (
            "the Illustrative Cooperative Mutual Fund",
            "dal Fondo Mutualistico Cooperativo Illustrativo",
            "le Fonds mutualiste coopératif illustratif",
            "el Fondo Mutual Cooperativo Ilustrativo",
        ),
    ),
    _funder(
        "XX-DEMO-FUND06",
        "11",
        (
            "Example Municipality International Office",
            "Ufficio Internazionale del Comune Esempio",
            "Bureau international de la Commune Exemple",
            "Oficina Internacional del Municipio Ejemplo",
        ),
        (
            "the Example Municipality International Office",
            "dall'Ufficio Internazionale del Comune Esempio",
            "le Bureau international de la Commune Exemple",
            "la Oficina Internacional del Municipio Ejemplo",
        ),
    ),
    _funder(
        "XX-DEMO-FUND07",
        "60",
        (
            "Sample Banking Foundation",
            "Fondazione Bancaria Campione",
            "Fondation bancaire Modèle",
            "Fundación Bancaria Modelo",
        ),
        (
            "the Sample Banking Foundation",
            "dalla Fondazione Bancaria Campione",
            "la Fondation bancaire Modèle",
            "la Fundación Bancaria Modelo",
        ),
    ),
    _funder(
        "XX-DEMO-FUND08",
        "40",
        (
            "Illustrative Programme for Civil Society",
            "Programma Illustrativo per la Società Civile",
            "Programme illustratif pour la société civile",
            "Programa Ilustrativo para la Sociedad Civil",
        ),
        (
            "the Illustrative Programme for Civil Society",
            "dal Programma Illustrativo per la Società Civile",
            "le Programme illustratif pour la société civile",
            "el Programa Ilustrativo para la Sociedad Civil",
        ),
    ),
    _funder(
        "XX-DEMO-FUND09",
        "40",
        (
            "Example Humanitarian Pooled Fund",
            "Fondo Umanitario Comune Esempio",
            "Fonds humanitaire commun Exemple",
            "Fondo Humanitario Común Ejemplo",
        ),
        (
            "the Example Humanitarian Pooled Fund",
            "dal Fondo Umanitario Comune Esempio",
            "le Fonds humanitaire commun Exemple",
            "el Fondo Humanitario Común Ejemplo",
        ),
    ),
)
# How often each funder appears, in the order above.
FUNDER_WEIGHTS = (6, 3, 3, 2, 3, 2, 2, 3, 1)

EXTENDING_AGENCY = Participant(
    "XX-DEMO-AGENCY01",
    {
        "en": "Illustrative Agency for Development Cooperation",
        "it": "Agenzia Illustrativa per la Cooperazione allo Sviluppo",
    },
    "10",
)

LEAD_NGOS: tuple[Participant, ...] = (
    Participant("XX-DEMO-NGO01", {"it": "ONG Esempio per la Solidarietà tra i Popoli"}, "22"),
    Participant("XX-DEMO-NGO02", {"it": "Associazione Demo Volontari nel Mondo"}, "22"),
    Participant("XX-DEMO-NGO03", {"it": "Comitato Esempio per lo Sviluppo dei Popoli"}, "22"),
    Participant("XX-DEMO-NGO04", {"en": "Sample International Alliance for Cooperatives"}, "21"),
)

# Local partners by language of the recipient country: (name, name with its article in that
# language, IATI type, for health projects only).
LOCAL_PARTNERS: dict[str, tuple[tuple[str, str, str, bool], ...]] = {
    "fr": (
        (
            "Union Exemple des coopératives paysannes",
            "l'Union Exemple des coopératives paysannes",
            "24",
            False,
        ),
        ("Réseau Exemple des mutuelles de santé", "le Réseau Exemple des mutuelles de santé", "24", True),
        (
            "Association Exemple pour le développement local",
            "l'Association Exemple pour le développement local",
            "24",
            False,
        ),
        (
            "Coopérative Exemple des femmes transformatrices",
            "la Coopérative Exemple des femmes transformatrices",
            "72",
            False,
        ),
        ("Fédération Exemple des coopératives", "la Fédération Exemple des coopératives", "24", False),
    ),
    "es": (
        ("Cooperativa Ejemplo de Productores", "la Cooperativa Ejemplo de Productores", "72", False),
        ("Red Ejemplo de Salud Comunitaria", "la Red Ejemplo de Salud Comunitaria", "24", True),
        (
            "Asociación Ejemplo para el Desarrollo Local",
            "la Asociación Ejemplo para el Desarrollo Local",
            "24",
            False,
        ),
        ("Federación Ejemplo de Cooperativas", "la Federación Ejemplo de Cooperativas", "24", False),
        (
            "Cooperativa Ejemplo de Mujeres Emprendedoras",
            "la Cooperativa Ejemplo de Mujeres Emprendedoras",
            "72",
            False,
        ),
    ),
    "tr": (
        ("Örnek Kadın Kooperatifi", "Örnek Kadın Kooperatifi", "72", False),
        ("Örnek Yerel Kalkınma Derneği", "Örnek Yerel Kalkınma Derneği", "24", False),
        ("Örnek Kooperatifler Birliği", "Örnek Kooperatifler Birliği", "24", False),
        ("Örnek Toplum Sağlığı Derneği", "Örnek Toplum Sağlığı Derneği", "24", True),
    ),
    "en": (
        ("Example Farmers' Cooperative Union", "the Example Farmers' Cooperative Union", "24", False),
        ("Sample Community Health Network", "the Sample Community Health Network", "24", True),
        (
            "Example Association for Local Development",
            "the Example Association for Local Development",
            "24",
            False,
        ),
        ("Sample Women's Savings Cooperative", "the Sample Women's Savings Cooperative", "72", False),
        ("Example Cooperative Federation", "the Example Cooperative Federation", "24", False),
    ),
}

# --- Sentences shared by all descriptions ------------------------------------------------------

APPROACHES: tuple[dict[str, str], ...] = (
    {
        "en": "The cooperative model is at the heart of the approach: members own the services they use and decide together how they are run.",
        "it": "Il modello cooperativo è al centro dell'approccio: i soci sono proprietari dei servizi che utilizzano e decidono insieme come gestirli.",
        "fr": "Le modèle coopératif est au cœur de l'approche : les membres sont propriétaires des services qu'ils utilisent et décident ensemble de leur gestion.",
        "es": "El modelo cooperativo está en el centro del enfoque: las personas socias son dueñas de los servicios que utilizan y deciden juntas cómo gestionarlos.",
        "tr": "Yaklaşımın merkezinde kooperatif modeli yer alıyor: üyeler kullandıkları hizmetlerin sahibi ve bunların nasıl yönetileceğine birlikte karar veriyor.",
    },
    {
        "en": "Training, peer exchanges and coaching are combined so that local organisations can carry on the work after the project ends.",
        "it": "Formazione, scambi tra pari e affiancamento si combinano perché le organizzazioni locali possano proseguire il lavoro dopo la fine del progetto.",
        "fr": "Formation, échanges entre pairs et accompagnement se combinent pour que les organisations locales puissent poursuivre le travail après la fin du projet.",
        "es": "La formación, los intercambios entre pares y el acompañamiento se combinan para que las organizaciones locales puedan continuar el trabajo cuando termine el proyecto.",
        "tr": "Eğitim, akran değişimi ve koçluk bir arada yürütülüyor; böylece yerel kuruluşlar proje bittikten sonra da çalışmayı sürdürebiliyor.",
    },
    {
        "en": "Particular attention goes to women and young people, who take part in every governing body the project sets up.",
        "it": "Un'attenzione particolare è rivolta a donne e giovani, presenti in tutti gli organi di gestione creati dal progetto.",
        "fr": "Une attention particulière est portée aux femmes et aux jeunes, présents dans toutes les instances de gestion mises en place par le projet.",
        "es": "Se presta especial atención a las mujeres y a los jóvenes, que participan en todos los órganos de gestión creados por el proyecto.",
        "tr": "Kadınlara ve gençlere özel önem veriliyor; proje kapsamında kurulan tüm yönetim organlarında yer alıyorlar.",
    },
    {
        "en": "A baseline survey at the start and an independent evaluation at the end measure the changes the project brings about.",
        "it": "Un'indagine di partenza e una valutazione indipendente finale misurano i cambiamenti prodotti dal progetto.",
        "fr": "Une enquête de référence au départ et une évaluation indépendante à la fin mesurent les changements apportés par le projet.",
        "es": "Un estudio de línea de base al inicio y una evaluación independiente al final miden los cambios que produce el proyecto.",
        "tr": "Başlangıçtaki bir temel araştırma ve sondaki bağımsız bir değerlendirme, projenin yarattığı değişimi ölçüyor.",
    },
    {
        "en": "The project builds on earlier cooperation between the partners and on the experience of Italian cooperatives in the same field.",
        "it": "Il progetto si basa su una precedente collaborazione tra i partner e sull'esperienza delle cooperative italiane nello stesso settore.",
        "fr": "Le projet s'appuie sur une coopération antérieure entre les partenaires et sur l'expérience des coopératives italiennes dans le même domaine.",
        "es": "El proyecto se basa en una cooperación previa entre los socios y en la experiencia de las cooperativas italianas en el mismo ámbito.",
        "tr": "Proje, ortaklar arasındaki önceki iş birliğine ve İtalyan kooperatiflerinin aynı alandaki deneyimine dayanıyor.",
    },
    {
        "en": "Local authorities are involved from the start, so that the new services become part of district plans and budgets.",
        "it": "Le autorità locali sono coinvolte fin dall'inizio, perché i nuovi servizi entrino nei piani e nei bilanci distrettuali.",
        "fr": "Les autorités locales sont associées dès le départ, afin que les nouveaux services soient intégrés aux plans et aux budgets des districts.",
        "es": "Las autoridades locales participan desde el principio, para que los nuevos servicios se integren en los planes y presupuestos de los distritos.",
        "tr": "Yerel yönetimler en baştan sürece dahil ediliyor; böylece yeni hizmetler ilçe planlarının ve bütçelerinin bir parçası hâline geliyor.",
    },
)

PARTNERS_SENTENCE = {
    "en": "It is implemented together with {partners} and funded by {funders}.",
    "it": "È realizzato insieme a {partners} ed è finanziato {funders}.",
    "fr": "Il est mis en œuvre avec {partners} et financé par {funders}.",
    "es": "Se ejecuta junto con {partners} y está financiado por {funders}.",
    "tr": "Proje {partners} ile birlikte yürütülüyor ve {funders} tarafından finanse ediliyor.",
}

SHARE_SENTENCE = {
    "en": "{org} manages {share}% of the total budget; the other members of the partnership manage the rest.",
    "it": "{org} gestisce {share_it} del budget complessivo; il resto è gestito dagli altri membri del partenariato.",
    "fr": "{org} gère {share} % du budget total ; les autres membres du partenariat gèrent le reste.",
    "es": "{org} gestiona el {share} % del presupuesto total; el resto lo gestionan los demás miembros de la alianza.",
    "tr": "Toplam bütçenin yüzde {share} kadarını {org}, kalanını ise ortaklığın diğer üyeleri yönetiyor.",
}

PEOPLE_SENTENCE = {
    # (finished, with women's share)
    (True, True): {
        "en": "About {people} people benefited from the project, {women}% of them women.",
        "it": "Il progetto ha raggiunto circa {people} persone, per {women_it} donne.",
        "fr": "Environ {people} personnes ont bénéficié du projet, dont {women} % de femmes.",
        "es": "Cerca de {people} personas se beneficiaron del proyecto, el {women} % de ellas mujeres.",
        "tr": "Projeden yaklaşık {people} kişi yararlandı (kadınların oranı: yüzde {women}).",
    },
    (True, False): {
        "en": "About {people} people benefited from the project.",
        "it": "Il progetto ha raggiunto circa {people} persone.",
        "fr": "Environ {people} personnes ont bénéficié du projet.",
        "es": "Cerca de {people} personas se beneficiaron del proyecto.",
        "tr": "Projeden yaklaşık {people} kişi yararlandı.",
    },
    (False, True): {
        "en": "The project aims to reach about {people} people, {women}% of them women.",
        "it": "Il progetto punta a raggiungere circa {people} persone, per {women_it} donne.",
        "fr": "Le projet vise à atteindre environ {people} personnes, dont {women} % de femmes.",
        "es": "El proyecto prevé llegar a cerca de {people} personas, el {women} % de ellas mujeres.",
        "tr": "Projenin yaklaşık {people} kişiye ulaşması hedefleniyor (kadınların oranı: yüzde {women}).",
    },
    (False, False): {
        "en": "The project aims to reach about {people} people.",
        "it": "Il progetto punta a raggiungere circa {people} persone.",
        "fr": "Le projet vise à atteindre environ {people} personnes.",
        "es": "El proyecto prevé llegar a cerca de {people} personas.",
        "tr": "Projenin yaklaşık {people} kişiye ulaşması hedefleniyor.",
    },
}

ILLUSTRATIVE = {
    "en": "(Illustrative demo data.)",
    "it": "(Dati dimostrativi a scopo illustrativo.)",
    "fr": "(Données de démonstration à titre illustratif.)",
    "es": "(Datos de demostración con fines ilustrativos.)",
    "tr": "(Tanıtım amaçlı örnek veri.)",
}

PHASE = {
    2: {
        "en": " – phase II",
        "it": " – seconda fase",
        "fr": " – phase II",
        "es": " – fase II",
        "tr": " – II. aşama",
    },
    3: {
        "en": " – phase III",
        "it": " – terza fase",
        "fr": " – phase III",
        "es": " – fase III",
        "tr": " – III. aşama",
    },
    4: {
        "en": " – phase IV",
        "it": " – quarta fase",
        "fr": " – phase IV",
        "es": " – fase IV",
        "tr": " – IV. aşama",
    },
}

AND = {"en": "and", "it": "e", "fr": "et", "es": "y", "tr": "ve"}

LOCATION_SITES: tuple[dict[str, str], ...] = (
    {"en": "Rural districts", "it": "Distretti rurali"},
    {"en": "Peri-urban neighbourhoods", "it": "Quartieri periurbani"},
    {"en": "Partner municipalities", "it": "Comuni partner"},
    {"en": "Target villages", "it": "Villaggi coinvolti"},
    {"en": "Main project area", "it": "Area principale di progetto"},
)
LOCATION_DESCRIPTION = {
    "en": "Approximate location of the project area (illustrative).",
    "it": "Posizione approssimativa dell'area di progetto (a scopo illustrativo).",
}

# (IATI DocumentCategory, title, MIME type, file name); the evaluation only for finished projects.
DOCUMENTS = (
    ("A02", {"en": "Project summary", "it": "Scheda di progetto"}, "text/html", "summary.html"),
    (
        "A08",
        {"en": "Annual results report", "it": "Rapporto annuale sui risultati"},
        "application/pdf",
        "results-report.pdf",
    ),
    (
        "A07",
        {"en": "Final evaluation report", "it": "Rapporto di valutazione finale"},
        "application/pdf",
        "final-evaluation.pdf",
    ),
)


def join_names(names: list[str], lang: str) -> str:
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {AND[lang]} {names[-1]}"


def format_int(value: int, lang: str) -> str:
    """``12500`` as the language writes it: 12,500 (en), 12.500 (it, es, tr), 12 500 (fr)."""
    text = f"{value:,}"
    if lang == "en":
        return text
    if lang == "fr":
        return text.replace(",", "\u202f")
    return text.replace(",", ".")


def italian_percent(value: int) -> str:
    """``35`` -> "il 35%", ``86`` -> "l'86%": the article elides before a vowel (otto, undici, uno)."""
    spoken_with_vowel = value in (1, 8, 11) or 80 <= value <= 89
    return f"l'{value}%" if spoken_with_vowel else f"il {value}%"
