"""Load the platform's reference data from the files shipped in ``reference/data``.

One entry point, :func:`reference_load`, reads every source (IATI codelists, the UN M49 country
list, CLDR names through Babel, ISO 3166 through pycountry, the project's own small JSON/CSV
files) and upserts the rows in one transaction. It runs from the data migration
``0002_load_reference_data`` (so every new database, test databases included, holds the
reference data) and from ``coopdev load_reference`` after the shipped files change.

Names are written in all five languages of the platform: where a source has no translation
the English name is copied, so that every ``name_<lang>`` column is filled and code that reads
the columns directly (exports, the API) never meets an empty name.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import babel
import pycountry
from django.apps import apps as global_apps
from django.apps.registry import Apps
from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import Model
from django.utils import translation
from lxml import etree

from coopdev.reference import fx

DATA_DIR = Path(__file__).resolve().parent / "data"
CODELISTS_DIR = DATA_DIR / "iati" / "codelists"
M49_CSV = DATA_DIR / "m49.csv"

LANGUAGES = ("en", "it", "tr", "es", "fr")

# The IATI codelists kept as CodelistItem rows (the others have their own models or are unused).
CODELIST_ITEM_LISTS = (
    "ActivityStatus",
    "ActivityDateType",
    "ActivityScope",
    "AidType",
    "BudgetType",
    "BudgetStatus",
    "CollaborationType",
    "DescriptionType",
    "DocumentCategory",
    "FileFormat",
    "FinanceType",
    "FlowType",
    "GeographicExactness",
    "GeographicLocationReach",
    "IndicatorMeasure",
    "Language",
    "OrganisationRole",
    "OrganisationType",
    "RegionVocabulary",
    "ResultType",
    "SectorVocabulary",
    "TagVocabulary",
    "TiedStatus",
    "TransactionType",
    "Version",
    "PolicyMarker",
    "PolicySignificance",
    "LocationType",
)

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_SDG_TARGET_CODE = re.compile(r"^(?P<goal>\d{1,2})\.(?P<number>\d{1,2}|[a-z])$")
_GOAL_PREFIX = {"en": re.compile(r"^Goal \d+\.\s*"), "fr": re.compile(r"^Objectif \d+\.\s*")}


class ReferenceDataError(Exception):
    """The shipped reference files are inconsistent (a bug in the data, not in user input)."""


@dataclass(frozen=True)
class CodelistEntry:
    """One ``<codelist-item>`` of an IATI codelist."""

    code: str
    names: dict[str, str]
    description: str
    category: str
    withdrawn: bool


def _xml_parser() -> etree.XMLParser:
    """A parser that never resolves entities, loads a DTD or touches the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _narratives(element: etree._Element | None) -> dict[str, str]:
    """The ``<narrative>`` texts under ``element`` by language (no ``xml:lang`` means English)."""
    if element is None:
        return {}
    texts: dict[str, str] = {}
    for narrative in element.findall("narrative"):
        text = " ".join((narrative.text or "").split())
        lang = narrative.get(_XML_LANG, "en")
        if text and lang not in texts:
            texts[lang] = text
    return texts


@cache
def codelist_entries(name: str) -> tuple[CodelistEntry, ...]:
    """The items of the shipped IATI codelist ``name`` (e.g. ``"Sector"``), in file order."""
    tree = etree.parse(str(CODELISTS_DIR / f"{name}.xml"), _xml_parser())
    entries = []
    for item in tree.getroot().iterfind("codelist-items/codelist-item"):
        code = (item.findtext("code") or "").strip()
        if not code:
            raise ReferenceDataError(f"{name}.xml has an item without a code.")
        entries.append(
            CodelistEntry(
                code=code,
                names=_narratives(item.find("name")),
                description=_narratives(item.find("description")).get("en", ""),
                category=(item.findtext("category") or "").strip(),
                withdrawn=item.get("status") == "withdrawn",
            )
        )
    return tuple(entries)


@cache
def _locale(lang: str) -> babel.Locale:
    return babel.Locale.parse(lang)


def _read_json(name: str) -> Any:
    with (DATA_DIR / name).open(encoding="utf-8") as f:
        return json.load(f)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _translated(field: str, names: dict[str, str], fallback: str) -> dict[str, Any]:
    """``field`` and ``field_<lang>`` for each language; missing languages get ``fallback``."""
    values: dict[str, Any] = {f"{field}_{lang}": names.get(lang) or fallback for lang in LANGUAGES}
    values[field] = values[f"{field}_en"]
    return values


def _m49_code(value: str) -> str:
    """UN M49 codes are three digits: the CSV writes ``2`` for Africa, M49 and CLDR write ``002``."""
    return value.strip().zfill(3) if value.strip() else ""


def _territory_names(code: str, fallback: str, supplement: dict[str, dict[str, str]]) -> dict[str, str]:
    """A country's or M49 region's name in each language: our supplement, then CLDR, then ``fallback``.

    The supplement comes first: it names what CLDR lacks (AN, M49 830) and corrects CLDR where
    its region differs in name from the M49 one (419 "Latin America" is M49's "Latin America
    and the Caribbean").
    """
    own = supplement.get(code, {})
    return {lang: own.get(lang) or _locale(lang).territories.get(code) or fallback for lang in LANGUAGES}


def _upsert(model: type[Model], rows: Sequence[dict[str, Any]], unique_fields: list[str], using: str) -> int:
    """Insert ``rows``, or update the existing rows with the same ``unique_fields``, in bulk."""
    if not rows:
        return 0
    keys = [tuple(row[field if field in row else f"{field}_id"] for field in unique_fields) for row in rows]
    if len(set(keys)) != len(keys):
        # PostgreSQL refuses an upsert that touches a row twice; say which data is at fault.
        raise ReferenceDataError(f"Duplicate {model.__name__} keys in the shipped data.")
    update_fields = [field for field in rows[0] if field not in unique_fields]
    model._default_manager.using(using).bulk_create(
        [model(**row) for row in rows],
        update_conflicts=True,
        unique_fields=unique_fields,
        update_fields=update_fields,
        batch_size=500,
    )
    return len(rows)


# --- Regions and countries ---------------------------------------------------------------


def _m49_rows() -> list[dict[str, str]]:
    return _read_csv(M49_CSV)


def _m49_row_by_alpha2(rows: Iterable[dict[str, str]]) -> dict[str, dict[str, str]]:
    """The M49 CSV rows by ISO alpha-2, including user-assigned and withdrawn codes (XK, AN)."""
    by_code: dict[str, dict[str, str]] = {}
    for row in rows:
        codes = [row["ISO 3166-1 Alpha 2-Codes"], *re.split(r"[\s,;]+", row["x Alpha2 codes"])]
        for code in filter(None, (c.strip() for c in codes)):
            by_code.setdefault(code, row)
    return by_code


def _region_rows(
    supplement: dict[str, dict[str, str]],
) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """Rows for the ICA regions, and the M49 continents, sub-regions and intermediate regions."""
    ica = [
        {"kind": "ica", "code": region["code"], "sort_order": region["sort_order"], "parent_id": None}
        | _translated("name", region["name"], region["name"]["en"])
        for region in _read_json("ica_regions.json")["regions"]
    ]
    continents: dict[str, str] = {}
    subregions: dict[str, tuple[str, str]] = {}
    intermediates: dict[str, tuple[str, str]] = {}
    for row in _m49_rows():
        continent = _m49_code(row["Region Code"])
        subregion = _m49_code(row["Sub-region Code"])
        intermediate = _m49_code(row["Intermediate Region Code"])
        if continent:
            continents.setdefault(continent, row["Region Name"])
        if subregion:
            subregions.setdefault(subregion, (row["Sub-region Name"], continent))
        if intermediate:
            intermediates.setdefault(intermediate, (row["Intermediate Region Name"], subregion))

    def m49(kind: str, code: str, english: str) -> dict:
        # English is the UN's own M49 name from the CSV (CLDR says "Southeast Asia" for M49's
        # "South-eastern Asia"); the other languages come from CLDR.
        names = _territory_names(code, english, supplement) | {
            "en": supplement.get(code, {}).get("en", english)
        }
        return {"kind": kind, "code": code, "sort_order": int(code)} | _translated("name", names, english)

    return (
        ica,
        [m49("m49-continent", code, name) for code, name in continents.items()],
        [
            m49("m49-subregion", code, name) | {"parent": parent}
            for code, (name, parent) in subregions.items()
        ],
        [
            m49("m49-intermediate", code, name) | {"parent": parent}
            for code, (name, parent) in intermediates.items()
        ],
    )


def _load_regions(
    Region: type[Model], supplement: dict, using: str
) -> tuple[int, dict[tuple[str, str], int]]:
    """Upsert every region, parents first; return the count and the ids by (kind, code)."""
    ica, continents, subregions, intermediates = _region_rows(supplement)
    iati = [
        {"kind": "iati", "code": entry.code, "sort_order": position, "parent_id": None}
        | _translated("name", entry.names, entry.names["en"])
        for position, entry in enumerate(codelist_entries("Region"), start=1)
    ]
    manager = Region._default_manager.using(using)

    def ids() -> dict[tuple[str, str], int]:
        return {(kind, code): pk for kind, code, pk in manager.values_list("kind", "code", "pk")}

    count = _upsert(
        Region, ica + iati + [row | {"parent_id": None} for row in continents], ["kind", "code"], using
    )
    for rows, parent_kind in ((subregions, "m49-continent"), (intermediates, "m49-subregion")):
        known = ids()
        for row in rows:
            row["parent_id"] = known[(parent_kind, row.pop("parent"))]
        count += _upsert(Region, rows, ["kind", "code"], using)
    return count, ids()


def _ica_region_rules() -> tuple[dict[str, str], dict[str, str]]:
    """ICA region codes by M49 continent, and the per-country overrides from the CSV."""
    by_continent = {
        continent: region["code"]
        for region in _read_json("ica_regions.json")["regions"]
        for continent in region["m49_continents"]
    }
    overrides = {row["code"]: row["ica_region"] for row in _read_csv(DATA_DIR / "ica_regions_overrides.csv")}
    return by_continent, overrides


def _country_rows(region_ids: dict[tuple[str, str], int], supplement: dict) -> list[dict[str, Any]]:
    """Every ISO 3166-1 country (pycountry) plus the extra codes of IATI's Country codelist."""
    m49_by_alpha2 = _m49_row_by_alpha2(_m49_rows())
    ica_by_continent, ica_overrides = _ica_region_rules()
    iati_countries = {entry.code: entry for entry in codelist_entries("Country")}
    current = {country.alpha_2: country for country in pycountry.countries}
    historic = {country.alpha_2: country for country in pycountry.historic_countries}

    rows = []
    missing_ica = []
    for code in sorted(current.keys() | iati_countries.keys()):
        iso = current.get(code) or historic.get(code)
        m49 = m49_by_alpha2.get(code, {})
        iati = iati_countries.get(code)
        english = (
            _locale("en").territories.get(code)
            or supplement.get(code, {}).get("en")
            or (iso.name if iso else "")
            or m49.get("Preferred Term", "")
            or (iati.names.get("en", code) if iati else code)
        )
        continent = _m49_code(m49.get("Region Code", ""))
        subregion = _m49_code(m49.get("Sub-region Code", ""))
        intermediate = _m49_code(m49.get("Intermediate Region Code", ""))
        ica_code = ica_overrides.get(code) or ica_by_continent.get(continent)
        ica_id = region_ids.get(("ica", ica_code or ""))
        if ica_id is None:
            missing_ica.append(code)
        rows.append(
            {
                "code": code,
                "alpha3": iso.alpha_3 if iso else m49.get("x Alpha3 codes", "").strip()[:3],
                "numeric": iso.numeric if iso else _m49_code(m49.get("m49 numerical code", "")),
                "ica_region_id": ica_id,
                "m49_continent_id": region_ids.get(("m49-continent", continent)),
                "m49_subregion_id": region_ids.get(("m49-subregion", subregion)),
                "m49_intermediate_id": region_ids.get(("m49-intermediate", intermediate)),
                "latitude": float(m49["Latitude"]) if m49.get("Latitude") else None,
                "longitude": float(m49["Longitude"]) if m49.get("Longitude") else None,
                "withdrawn": (code in historic and code not in current) or bool(iati and iati.withdrawn),
            }
            | _translated("name", _territory_names(code, english, supplement), english)
        )
    if missing_ica:
        raise ReferenceDataError(
            f"No ICA region for {', '.join(missing_ica)}: "
            "add them to ica_regions_overrides.csv with a reason."
        )
    return rows


# --- SDGs, sectors, currencies, codelists, pegs --------------------------------------------


def _sdg_goal_rows() -> list[dict[str, Any]]:
    """The 17 goals: full names in en/fr from IATI's codelist, the rest from sdg_goals.json."""
    extra = {goal["number"]: goal for goal in _read_json("sdg_goals.json")["goals"]}
    rows = []
    for entry in codelist_entries("UNSDG-Goals"):
        number = int(entry.code)
        if number not in extra:
            raise ReferenceDataError(f"SDG {number} is missing from sdg_goals.json.")
        names = dict(extra[number]["name"])
        for lang, prefix in _GOAL_PREFIX.items():
            if lang in entry.names:
                names[lang] = prefix.sub("", entry.names[lang])
        short_names = extra[number]["short_name"]
        rows.append(
            {"number": number, "colour": extra[number]["colour"]}
            | _translated("name", names, names["en"])
            | _translated("short_name", short_names, short_names["en"])
        )
    return rows


def sdg_target_sort_key(code: str) -> int:
    """Official order of SDG targets: by goal, numbered targets (1.1 ... 1.10) before lettered (1.a, 1.b).

    Returns ``goal * 1000 + n`` for target ``goal.n`` and ``goal * 1000 + 100 + i`` for the
    i-th letter, so ``1.9 < 1.10 < 1.a``.
    """
    match = _SDG_TARGET_CODE.match(code)
    if match is None:
        raise ReferenceDataError(f"Not an SDG target code: {code!r}.")
    number = match["number"]
    position = int(number) if number.isdigit() else 100 + ord(number) - ord("a")
    return int(match["goal"]) * 1000 + position


def _sdg_target_rows(goal_numbers: set[int]) -> list[dict[str, Any]]:
    """The SDG targets of IATI's UNSDG-Targets codelist; withdrawn items would be skipped."""
    rows = []
    seen: set[str] = set()
    for entry in codelist_entries("UNSDG-Targets"):
        if entry.withdrawn:
            continue
        if entry.code in seen:
            raise ReferenceDataError(f"SDG target {entry.code} appears twice in UNSDG-Targets.xml.")
        seen.add(entry.code)
        sort_order = sdg_target_sort_key(entry.code)
        goal = sort_order // 1000
        if goal not in goal_numbers:
            raise ReferenceDataError(f"SDG target {entry.code} belongs to no known goal.")
        rows.append(
            {"code": entry.code, "goal_id": goal, "sort_order": sort_order}
            | _translated("description", entry.names, entry.names["en"])
        )
    return rows


def _sector_category_rows() -> list[dict[str, Any]]:
    """DAC 3-digit categories: en and fr from IATI, the other languages from our JSON."""
    i18n = _read_json("sector_categories_i18n.json")["categories"]
    rows = []
    for entry in codelist_entries("SectorCategory"):
        names = {**i18n.get(entry.code, {}), **entry.names}
        rows.append(
            {"code": entry.code, "description": entry.description, "withdrawn": entry.withdrawn}
            | _translated("name", names, entry.names["en"])
        )
    return rows


def _sector_rows(category_codes: set[str]) -> list[dict[str, Any]]:
    """DAC 5-digit purpose codes; the category is the code's first three digits."""
    rows = []
    for entry in codelist_entries("Sector"):
        category = entry.code[:3]
        if category not in category_codes:
            raise ReferenceDataError(f"Sector {entry.code} has no category {category} in SectorCategory.xml.")
        rows.append(
            {
                "code": entry.code,
                "category_id": category,
                "description": entry.description,
                "withdrawn": entry.withdrawn,
            }
            | _translated("name", entry.names, entry.names["en"])
        )
    return rows


def _capitalised(name: str) -> str:
    """CLDR writes currency names in lower case in Italian, Spanish and French; lists want a capital."""
    return name[:1].upper() + name[1:]


def _currency_rows() -> list[dict[str, Any]]:
    """ISO 4217 currencies of IATI's codelist, named by CLDR where it knows the code."""
    rows = []
    for entry in codelist_entries("Currency"):
        english = entry.names.get("en", entry.code)
        names = {
            lang: _capitalised(_locale(lang).currencies[entry.code])
            for lang in LANGUAGES
            if entry.code in _locale(lang).currencies
        }
        rows.append(
            {"code": entry.code, "withdrawn": entry.withdrawn}
            | _translated("name", names, names.get("en", english))
        )
    return rows


def _codelist_item_rows() -> list[dict[str, Any]]:
    """Items of the codelists in :data:`CODELIST_ITEM_LISTS`.

    IATI's FileFormat lists two MIME types twice, identically; the repeat is skipped (a repeat
    that differs would be an error in the data).
    """
    rows = []
    for codelist in CODELIST_ITEM_LISTS:
        seen: dict[str, CodelistEntry] = {}
        for entry in codelist_entries(codelist):
            if entry.code in seen:
                if seen[entry.code] != entry:
                    raise ReferenceDataError(
                        f"{codelist}.xml has two different items with code {entry.code}."
                    )
                continue
            seen[entry.code] = entry
            english = entry.names.get("en", entry.code)  # FileFormat and Version items have no names
            rows.append(
                {
                    "codelist": codelist,
                    "code": entry.code,
                    "description": entry.description,
                    "category": entry.category,
                    "withdrawn": entry.withdrawn,
                }
                | _translated("name", entry.names, english)
            )
    return rows


def _peg_rows() -> list[dict[str, Any]]:
    return [
        {
            "currency_id": row["currency"],
            "date": date.fromisoformat(row["date"]),
            "units_per_eur": Decimal(row["units_per_eur"]),
            "source": "peg",
            "note": row["note"],
        }
        for row in _read_csv(DATA_DIR / "exchange_rate_pegs.csv")
    ]


# --- Entry point ---------------------------------------------------------------------------


def reference_load(*, apps: Apps | None = None, using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """Load all reference data from the shipped files; return the rows written per model.

    Guarantees: one transaction (all or nothing); idempotent (rows are matched on their
    natural keys and updated in place, so running it again changes nothing and keeps every
    foreign key pointing at the same rows); nothing is deleted, so rows that referencing
    data points at are never removed; every country gets an ICA region (or the load fails
    with :class:`ReferenceDataError` naming the countries).

    ``apps`` is the historical app registry when called from a migration; by default the
    current models are used.
    """
    registry = apps or global_apps

    def model(name: str) -> type[Model]:
        return registry.get_model("reference", name)

    supplement = _read_json("names_supplement.json")["territories"]
    counts: dict[str, int] = {}
    # modeltranslation saves the untranslated column from the active language: make it English.
    with translation.override("en"), transaction.atomic(using=using):
        counts["Region"], region_ids = _load_regions(model("Region"), supplement, using)
        counts["Country"] = _upsert(model("Country"), _country_rows(region_ids, supplement), ["code"], using)
        goals = _sdg_goal_rows()
        counts["SDGGoal"] = _upsert(model("SDGGoal"), goals, ["number"], using)
        targets = _sdg_target_rows({goal["number"] for goal in goals})
        counts["SDGTarget"] = _upsert(model("SDGTarget"), targets, ["code"], using)
        categories = _sector_category_rows()
        counts["SectorCategory"] = _upsert(model("SectorCategory"), categories, ["code"], using)
        sectors = _sector_rows({category["code"] for category in categories})
        counts["Sector"] = _upsert(model("Sector"), sectors, ["code"], using)
        counts["Currency"] = _upsert(model("Currency"), _currency_rows(), ["code"], using)
        counts["CodelistItem"] = _upsert(
            model("CodelistItem"), _codelist_item_rows(), ["codelist", "code"], using
        )
        counts["ExchangeRate"] = _upsert(model("ExchangeRate"), _peg_rows(), ["currency", "date"], using)
        transaction.on_commit(fx.clear_cache, using=using)
    return counts
