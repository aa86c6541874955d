"""Build the illustrative demo dataset shaped like seed 002's Development Data Platform, and
synthetic data of any size for benchmarks.

The demo dataset is made to match the seed page by construction: 62 cooperatives report 218
projects in 87 countries worth more than EUR 76 million; 39 health projects by 12 of them,
worth more than EUR 21 million and reaching at least 1.2 million people, on all five
continents; SDGs 3, 8 and 12 the most frequent; Africa, Latin America and eastern Europe the
largest areas by value. Counts are dealt exactly (pools of slots), values are scaled per area
so the regional split holds whatever the random draws. After writing, :func:`demo_check`
recomputes every figure from the database with the platform's selectors and raises
:class:`DemoTargetMissed` if one is missed, which rolls the whole load back.

Everything derives from one ``random.Random(seed)`` and the reference data: never from
database ids, set iteration order or the clock. "Today" is :data:`AS_OF`, so activity
statuses and reported results do not change from one day to the next.

The seed page also says the average project is "around EUR 700,000": that cannot hold with
218 projects worth EUR 76 million (the average is about EUR 350,000), so the dataset keeps
the counts and the total, and its average is what they imply.
"""

from __future__ import annotations

import calendar
import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_DOWN, Decimal
from functools import partial
from itertools import chain
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.text import slugify

from coopdev.demo import places as geo
from coopdev.demo import texts
from coopdev.demo.places import AREAS, CLUSTERS, PLACE_BY_CODE, PLACES, Place, locative
from coopdev.demo.selectors import (
    DEMO_PREFIX,
    SYNTHETIC_PREFIX,
    DemoFigures,
)
from coopdev.demo.themes import AFFINITY, HEALTH, NON_HEALTH, THEMES, ResultTemplate, Theme, Variant
from coopdev.organisations.models import Organisation
from coopdev.projects.models import (
    Budget,
    DocumentLink,
    Indicator,
    IndicatorPeriod,
    Location,
    ParticipatingOrg,
    Project,
    ProjectCountry,
    ProjectSector,
    ProjectTag,
    Result,
    Transaction,
)
from coopdev.projects.selectors import HEALTH_SECTOR_CATEGORIES
from coopdev.projects.services import amount_convert, project_convert_values, sdg_codes_of
from coopdev.reference.fx import FxRateMissing, to_eur
from coopdev.reference.models import CodelistItem, Country, Region, SDGGoal, SDGTarget, Sector

SEED = 20210703  # International Day of Cooperatives 2021, the day of the seed page
AS_OF = date(2026, 6, 30)  # the demo's "today"
LAST_END = date(2027, 12, 31)
START_YEARS = tuple(range(2012, 2026))


@dataclass(frozen=True)
class Targets:
    """What the seed page says, and what the demo dataset must show."""

    projects: int = 218
    countries: int = 87
    organisations: int = 62
    min_total_eur: Decimal = Decimal(76_000_000)
    health_projects: int = 39
    health_organisations: int = 12
    min_health_eur: Decimal = Decimal(21_000_000)
    min_health_people: int = 1_200_000
    continents: int = 5
    top_goals: tuple[int, ...] = (3, 8, 12)
    top_areas: tuple[str, ...] = (geo.AFRICA, geo.LATIN_AMERICA, geo.EASTERN_EUROPE)


TARGETS = Targets()

# How the dataset is laid out to meet the targets with room to spare.
TOTAL_EUR_PLAN = Decimal(76_550_000)
HEALTH_EUR_PLAN = Decimal(21_600_000)
HEALTH_PEOPLE_PLAN = 1_262_000
# Per area: health projects, other projects, share of the health value, share of the other value.
AREA_PLAN: dict[str, tuple[int, int, float, float]] = {
    geo.AFRICA: (14, 56, 0.40, 0.31),
    geo.LATIN_AMERICA: (9, 43, 0.22, 0.25),
    geo.EASTERN_EUROPE: (5, 25, 0.14, 0.17),
    geo.SOUTHERN_EUROPE: (3, 17, 0.06, 0.09),
    geo.ASIA: (6, 32, 0.13, 0.155),
    geo.OCEANIA: (2, 6, 0.05, 0.025),
}
# How often a country is chosen once every country of its area has a project (1 otherwise).
COUNTRY_WEIGHT = dict.fromkeys(("SN", "BF", "MZ", "BO", "UA", "MD", "AL"), 3) | dict.fromkeys(
    ("ET", "KE", "TZ", "UG", "CI", "PE", "BR", "GT", "NI", "CU", "EC", "RO", "BA", "LB", "PS", "IN", "TR"), 2
)
XOF_COUNTRIES = frozenset({"SN", "ML", "BF", "NE", "CI", "BJ", "TG"})
CURRENCY_PROJECTS = {"XOF": 8, "USD": 12, "GBP": 4, "CHF": 4}
SDG_AS_SECTOR_PROJECTS = 6
TWO_COUNTRY_SPLITS = ((60, 40), (50, 50), (70, 30), (55, 45), (65, 35))
THREE_COUNTRY_SPLITS = ((40, 30, 30), (50, 25, 25), (34, 33, 33), (45, 30, 25))
TWO_SECTOR_SPLITS = ((60, 40), (70, 30), (80, 20), (50, 50))

# IATI codes the generator writes, checked against the loaded codelists before anything is written.
CODES_USED = {
    "ActivityStatus": {"2", "3", "4"},
    "ActivityScope": {"3", "4"},
    "CollaborationType": {"1"},
    "FlowType": {"10"},
    "FinanceType": {"110"},
    "AidType": {"C01"},
    "OrganisationRole": {"1", "2", "3", "4"},
    "TransactionType": {"2", "3", "4"},
    "BudgetType": {"1"},
    "BudgetStatus": {"2"},
    "ResultType": {"1", "2"},
    "IndicatorMeasure": {"1", "2"},
    "DocumentCategory": {code for code, *_ in texts.DOCUMENTS},
    "LocationType": {"ADM2"},
    "GeographicExactness": {"2"},
    "GeographicLocationReach": {"1"},
    "SectorVocabulary": {"1", "7", "8"},
    "TagVocabulary": {"2", "3"},
    "OrganisationType": {kind.iati_type for kind in texts.ORG_KINDS}
    | {p.type for p in (*texts.FUNDERS, *texts.LEAD_NGOS, texts.EXTENDING_AGENCY)}
    | {t for partners in texts.LOCAL_PARTNERS.values() for _, _, t, _ in partners},
}


class DemoError(Exception):
    """The demo data cannot be built or loaded; ``message`` says why."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class DemoTargetMissed(DemoError):
    """The dataset as written does not show a figure of the seed page."""

    def __init__(self, misses: list[str]) -> None:
        self.misses = misses
        super().__init__("The demo dataset misses its targets: " + "; ".join(misses))


# --- Reference data ----------------------------------------------------------------------------


@dataclass
class Reference:
    countries: dict[str, Country]
    sectors: dict[str, Sector]
    goal_names: dict[int, dict[str, str]]
    target_codes: set[str]
    area_names: dict[str, str]  # our area key -> the M49 region's English name


def reference_for_demo() -> Reference:
    """The reference rows the generator needs; raises :class:`DemoError` if any is missing."""
    problems: list[str] = []
    countries = Country.objects.select_related("m49_continent", "m49_subregion").in_bulk(
        [p.code for p in PLACES]
    )
    for place in PLACES:
        country = countries.get(place.code)
        if country is None:
            problems.append(f"country {place.code} is missing")
            continue
        kind, code = geo.AREA_M49[place.area]
        region = country.m49_continent if kind == Region.Kind.M49_CONTINENT else country.m49_subregion
        if region is None or region.code != code:
            problems.append(f"{place.code} is not in M49 region {code} in the reference data")
        if country.latitude is None or country.longitude is None:
            problems.append(f"{place.code} has no latitude/longitude")
    sector_codes = {
        code
        for theme in THEMES
        for code in chain(theme.second_sectors, *(variant.sectors for variant in theme.variants))
    }
    sectors = Sector.objects.in_bulk(sorted(sector_codes))
    problems += [f"DAC sector {code} is missing" for code in sorted(sector_codes - sectors.keys())]
    for code, sector in sorted(sectors.items()):
        is_health = sector.category_id in HEALTH_SECTOR_CATEGORIES
        used_by_health = any(code in v.sectors for v in HEALTH.variants)
        if is_health != used_by_health:
            problems.append(
                f"DAC sector {code} would put a project in or out of the health sector by mistake"
            )
    goal_names = {
        number: {"en": en or "", "it": it or en or ""}
        for number, en, it in SDGGoal.objects.values_list("number", "short_name_en", "short_name_it")
    }
    target_codes = set(SDGTarget.objects.values_list("code", flat=True))
    used_targets = {t for theme in THEMES for t in chain(theme.targets, *(v.targets for v in theme.variants))}
    problems += [f"SDG target {code} is missing" for code in sorted(used_targets - target_codes)]
    for codelist, codes in CODES_USED.items():
        known = set(
            CodelistItem.objects.filter(codelist=codelist, code__in=codes).values_list("code", flat=True)
        )
        problems += [f"{codelist} code {code} is missing" for code in sorted(codes - known)]
    regions = {
        (kind, code): name
        for kind, code, name in Region.objects.filter(
            code__in=[code for _, code in geo.AREA_M49.values()]
        ).values_list("kind", "code", "name_en")
    }
    area_names = {area: regions.get(key, "") for area, key in geo.AREA_M49.items()}
    if problems:
        raise DemoError("The reference data is not loaded or incomplete: " + "; ".join(problems) + ".")
    return Reference(countries, sectors, goal_names, target_codes, area_names)


# --- Small helpers ------------------------------------------------------------------------------


def _apportion(total: int, weights: Sequence[float]) -> list[int]:
    """``total`` split in proportion to ``weights`` in whole numbers (largest remainder)."""
    scale = total / sum(weights)
    quotas = [w * scale for w in weights]
    counts = [math.floor(q) for q in quotas]
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - counts[i]), i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _weighted(rng: random.Random, items: Sequence, weights: Sequence[float]):
    return rng.choices(items, weights=weights, k=1)[0]


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _round_to(value: float, step: int) -> Decimal:
    return Decimal(max(step, int(round(value / step)) * step))


def _people_round(value: float) -> int:
    n = max(25, int(round(value)))
    if n > 10_000:
        return int(round(n / 50)) * 50
    if n > 1_000:
        return int(round(n / 10)) * 10
    return n


def _currency_step(currency: str) -> int:
    return 1000 if currency == "XOF" else 100


def _cent(currency: str) -> Decimal:
    return Decimal(1) if currency == "XOF" else Decimal("0.01")


def _split_amount(total: Decimal, weights: Sequence[float], currency: str) -> list[Decimal]:
    """``total`` split in proportion to ``weights``; the parts add up to ``total`` exactly."""
    unit = _cent(currency)
    scale = sum(weights)
    parts = [(total * Decimal(w / scale)).quantize(unit, rounding=ROUND_DOWN) for w in weights[:-1]]
    parts.append(total - sum(parts, Decimal(0)))
    return parts


def _year_windows(start: date, end: date) -> list[tuple[date, date]]:
    """Calendar-year periods from ``start`` to ``end`` (IATI budgets last at most a year)."""
    windows = []
    cursor = start
    while cursor <= end:
        stop = min(date(cursor.year, 12, 31), end)
        windows.append((cursor, stop))
        cursor = stop + timedelta(days=1)
    return windows


def _texts(template: dict[str, str], langs: Sequence[str], **values: str) -> dict[str, str]:
    return {lang: template[lang].format(**values) for lang in langs}


# --- The plan of the demo dataset ---------------------------------------------------------------


@dataclass(eq=False)
class OrgPlan:
    number: int
    kind: texts.OrgKind
    name: str
    city: str
    country: str
    projects: int
    home_areas: list[str]
    health: int = 0
    instance: Organisation | None = None


@dataclass(eq=False)
class ProjectPlan:
    org: OrgPlan
    health: bool
    theme: Theme = HEALTH
    area: str = ""
    places: list[Place] = field(default_factory=list)
    percentages: list[int] = field(default_factory=list)
    variant: Variant | None = None
    planned_start: date = date.min
    planned_end: date = date.min
    actual_start: date = date.min
    actual_end: date | None = None
    status: str = "2"
    value_eur: Decimal = Decimal(0)
    currency: str = "EUR"
    goals: list[int] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    sdg_as_sectors: bool = False
    people: int | None = None
    identifier: str = ""
    phase: int = 1


def _plan_organisations(rng: random.Random) -> list[OrgPlan]:
    n = TARGETS.organisations
    kinds = [kind for kind in texts.ORG_KINDS for _ in range(kind.count)]
    if len(kinds) != n or len(texts.ORG_NAMES) < n:
        raise DemoError("The organisation kinds or names do not add up to the number of organisations.")
    rng.shuffle(kinds)
    names = list(texts.ORG_NAMES)
    rng.shuffle(names)
    # A few large reporters and a long tail of cooperatives reporting one or two projects.
    counts = [
        1 + extra for extra in _apportion(TARGETS.projects - n, [1 / (i + 4) - 1 / 70 for i in range(n)])
    ]
    rng.shuffle(counts)
    foreign = dict(zip(rng.sample(range(n), len(texts.FOREIGN_SEATS)), texts.FOREIGN_SEATS, strict=True))
    area_weights = [AREA_PLAN[a][0] + AREA_PLAN[a][1] for a in AREAS]
    orgs = []
    for i in range(n):
        kind = kinds[i]
        country, city = foreign.get(i, ("IT", rng.choice(texts.ITALIAN_CITIES)))
        homes = [_weighted(rng, AREAS, area_weights)]
        if rng.random() < 0.5:
            second = _weighted(rng, AREAS, area_weights)
            if second not in homes:
                homes.append(second)
        orgs.append(
            OrgPlan(
                number=i + 1,
                kind=kind,
                name=f"{rng.choice(kind.prefixes)} Esempio {names[i]}",
                city=city,
                country=country,
                projects=counts[i],
                home_areas=homes,
            )
        )
    return orgs


def _plan_health(rng: random.Random, orgs: list[OrgPlan]) -> None:
    """Pick the 12 cooperatives that run the 39 health projects, and how many each runs."""
    candidates = [o for o in orgs if o.kind.cooperative_type in ("social", "development")]
    chosen: list[OrgPlan] = []
    while len(chosen) < TARGETS.health_organisations and candidates:
        pick = _weighted(rng, candidates, [o.projects for o in candidates])
        candidates.remove(pick)
        chosen.append(pick)
    if (
        len(chosen) < TARGETS.health_organisations
        or sum(o.projects for o in chosen) < TARGETS.health_projects
    ):
        raise DemoError("Not enough social and development cooperatives to run the health projects.")
    for org in chosen:
        org.health = 1
    for _ in range(TARGETS.health_projects - len(chosen)):
        open_ = [o for o in chosen if o.health < o.projects]
        _weighted(rng, open_, [o.projects - o.health for o in open_]).health += 1


def _plan_themes(rng: random.Random, orgs: list[OrgPlan]) -> list[ProjectPlan]:
    """One plan per project; themes dealt from exact pools, leaning on each cooperative's kind."""
    pool = {theme.key: theme.projects for theme in NON_HEALTH}
    by_key = {theme.key: theme for theme in NON_HEALTH}
    plans: list[ProjectPlan] = []
    order = list(orgs)
    rng.shuffle(order)
    for org in order:
        plans += [ProjectPlan(org=org, health=True) for _ in range(org.health)]
        for _ in range(org.projects - org.health):
            affine = [k for k in AFFINITY.get(org.kind.cooperative_type, ()) if pool[k] > 0]
            keys = affine if affine and rng.random() < 0.6 else [k for k in pool if pool[k] > 0]
            key = _weighted(rng, keys, [pool[k] for k in keys])
            pool[key] -= 1
            plans.append(ProjectPlan(org=org, health=False, theme=by_key[key]))
    return plans


def _plan_places(rng: random.Random, plans: list[ProjectPlan]) -> None:
    """Areas from exact pools, then countries so that every one of the 87 is reached."""
    pools = {
        True: {area: AREA_PLAN[area][0] for area in AREAS},
        False: {area: AREA_PLAN[area][1] for area in AREAS},
    }
    order = list(plans)
    rng.shuffle(order)
    for plan in order:
        pool = pools[plan.health]
        homes = [a for a in plan.org.home_areas if pool[a] > 0]
        if homes and rng.random() < 0.65:
            area = rng.choice(homes)
        else:
            open_areas = [a for a in AREAS if pool[a] > 0]
            area = _weighted(rng, open_areas, [pool[a] for a in open_areas])
        pool[area] -= 1
        plan.area = area

    for area in AREAS:
        in_area = [p for p in plans if p.area == area]
        rng.shuffle(in_area)
        area_places = [p for p in PLACES if p.area == area]
        weights = [COUNTRY_WEIGHT.get(p.code, 1) for p in area_places]
        covering = list(area_places)
        rng.shuffle(covering)
        if len(in_area) < len(covering):
            raise DemoError(f"Too few projects in {area} to reach each of its countries.")
        for i, plan in enumerate(in_area):
            plan.places = [covering[i] if i < len(covering) else _weighted(rng, area_places, weights)]

    used: set[tuple[str, tuple[str, ...]]] = set()
    for plan in plans:
        primary = plan.places[0]
        clusters = [c for c in CLUSTERS if primary.code in c]
        if clusters and rng.random() < 0.17:
            cluster = rng.choice(clusters)
            plan.places += [PLACE_BY_CODE[code] for code in cluster if code != primary.code]
        if len(plan.places) == 1:
            plan.percentages = [100]
        else:
            splits = TWO_COUNTRY_SPLITS if len(plan.places) == 2 else THREE_COUNTRY_SPLITS
            plan.percentages = list(rng.choice(splits))
        # Two projects on the same subject in the same countries would share a title: avoid it
        # where another subject fits, else the later one becomes a new phase (see _plan_identifiers).
        codes = tuple(p.code for p in plan.places)
        variants = [v for v in plan.theme.variants if v.fits(plan.area, primary.code)]
        fresh = [v for v in variants if (v.key, codes) not in used]
        plan.variant = rng.choice(fresh or variants)
        used.add((plan.variant.key, codes))


def _plan_dates(rng: random.Random, plans: list[ProjectPlan]) -> None:
    health_years = [START_YEARS[i % len(START_YEARS)] for i in range(TARGETS.health_projects)]
    rng.shuffle(health_years)
    year_weights = [1 + 0.08 * (year - START_YEARS[0]) for year in START_YEARS]
    for plan in plans:
        year = health_years.pop() if plan.health else _weighted(rng, START_YEARS, year_weights)
        plan.planned_start = date(year, rng.randint(1, 12), 1)
        months = rng.choice((12, 18, 24, 24, 30, 36, 36, 36, 48))
        plan.planned_end = min(_add_months(plan.planned_start, months) - timedelta(days=1), LAST_END)
        plan.actual_start = plan.planned_start + timedelta(days=rng.randint(0, 75))
        expected_end = plan.planned_end
        if rng.random() < 0.35:
            expected_end = min(_add_months(plan.planned_end, rng.choice((3, 6, 6, 9, 12))), LAST_END)
        if expected_end <= AS_OF:
            plan.actual_end = expected_end
            plan.status = "4" if expected_end <= AS_OF - timedelta(days=180) else "3"
        else:
            plan.actual_end = None
            plan.status = "2"


def _plan_values(rng: random.Random, plans: list[ProjectPlan]) -> None:
    """Values per (area, health) cell, scaled so each cell's total is its planned share."""
    for area in AREAS:
        for health in (True, False):
            cell = [p for p in plans if p.area == area and p.health == health]
            share = AREA_PLAN[area][2] if health else AREA_PLAN[area][3]
            budget = float((HEALTH_EUR_PLAN if health else TOTAL_EUR_PLAN - HEALTH_EUR_PLAN) * Decimal(share))
            weights = [min(5.0, max(0.2, rng.lognormvariate(0, 0.7))) for _ in cell]
            scale = budget / sum(weights)
            for plan, weight in zip(cell, weights, strict=True):
                plan.value_eur = _round_to(max(15_000.0, weight * scale), 100)

    taken: set[int] = set()

    def pick(candidates: list[ProjectPlan], k: int) -> list[ProjectPlan]:
        free = [p for p in candidates if id(p) not in taken]
        chosen = rng.sample(free, k)
        taken.update(id(p) for p in chosen)
        return chosen

    xof = pick(
        [p for p in plans if all(pl.code in XOF_COUNTRIES for pl in p.places)], CURRENCY_PROJECTS["XOF"]
    )
    usd = pick([p for p in plans if p.area == geo.LATIN_AMERICA], 8)
    usd += pick([p for p in plans if p.area in (geo.AFRICA, geo.ASIA)], CURRENCY_PROJECTS["USD"] - 8)
    gbp = pick(plans, CURRENCY_PROJECTS["GBP"])
    chf = pick(plans, CURRENCY_PROJECTS["CHF"])
    for currency, chosen in (("XOF", xof), ("USD", usd), ("GBP", gbp), ("CHF", chf)):
        for plan in chosen:
            plan.currency = currency


def _plan_sdgs(rng: random.Random, plans: list[ProjectPlan]) -> None:
    """Each theme's goals on all its projects, extra goals on exact shares of them."""
    for theme in THEMES:
        of_theme = [p for p in plans if p.theme is theme]
        for plan in of_theme:
            plan.goals = list(theme.goals)
        for goal, share in theme.extra_goals:
            for plan in rng.sample(of_theme, round(share * len(of_theme))):
                if goal not in plan.goals:
                    plan.goals.append(goal)
    for plan in plans:
        assert plan.variant is not None
        candidates = list(
            dict.fromkeys(
                t for t in (*plan.variant.targets, *plan.theme.targets) if int(t.split(".")[0]) in plan.goals
            )
        )
        if candidates and rng.random() < (0.6 if plan.health else 0.4):
            plan.targets = [rng.choice(candidates)]
            if len(candidates) > 1 and rng.random() < 0.2:
                plan.targets.append(rng.choice([t for t in candidates if t not in plan.targets]))
    for plan in rng.sample([p for p in plans if not p.health], SDG_AS_SECTOR_PROJECTS):
        plan.sdg_as_sectors = True


def _plan_identifiers(orgs: list[OrgPlan], plans: list[ProjectPlan]) -> None:
    """Identifiers numbered in order of start within each cooperative; phases of repeated projects."""
    for org in orgs:
        own = sorted(
            (p for p in plans if p.org is org), key=lambda p: (p.planned_start, p.actual_start, p.value_eur)
        )
        for k, plan in enumerate(own, start=1):
            plan.identifier = f"{_org_identifier(org.number)}-P{k:03d}"
    same_subject: dict[tuple[str, tuple[str, ...]], list[ProjectPlan]] = {}
    for plan in plans:
        assert plan.variant is not None
        same_subject.setdefault((plan.variant.key, tuple(p.code for p in plan.places)), []).append(plan)
    for group in same_subject.values():
        for phase, plan in enumerate(sorted(group, key=lambda p: (p.planned_start, p.identifier)), start=1):
            if phase > 1 and phase not in texts.PHASE:
                raise DemoError(f"Too many projects on {plan.variant} in the same countries.")
            plan.phase = phase


def _org_identifier(number: int) -> str:
    return f"{DEMO_PREFIX}ORG{number:03d}"


# --- From the plan to rows ------------------------------------------------------------------------


@dataclass
class ResultRows:
    result: Result
    indicators: list[tuple[Indicator, list[IndicatorPeriod]]]


@dataclass
class Bundle:
    """A project and the rows that hang off it, not yet saved."""

    project: Project
    participants: list[ParticipatingOrg] = field(default_factory=list)
    countries: list[ProjectCountry] = field(default_factory=list)
    sectors: list[ProjectSector] = field(default_factory=list)
    tags: list[ProjectTag] = field(default_factory=list)
    budgets: list[Budget] = field(default_factory=list)
    transactions: list[Transaction] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    documents: list[DocumentLink] = field(default_factory=list)
    results: list[ResultRows] = field(default_factory=list)


def _native(value_eur: Decimal, currency: str, on: date) -> Decimal:
    """A EUR amount expressed in ``currency`` at the rate of ``on``, rounded like a budget figure."""
    if currency == "EUR":
        return value_eur
    units = to_eur(Decimal(1), currency, on).units_per_eur
    return _round_to(float(value_eur * units), _currency_step(currency))


@dataclass(frozen=True)
class LocalPartner:
    ref: str
    type: str
    lang: str
    name: str  # with the country, as its narrative
    with_article: str  # as a sentence in its own language says it

    def in_sentence(self, lang: str) -> str:
        return self.with_article if lang == self.lang else self.name


def _local_partners(rng: random.Random, plan: ProjectPlan) -> list[LocalPartner]:
    """One or two fictitious local partners in the primary country."""
    primary = plan.places[0]
    lang = primary.language or "en"
    numbered = list(enumerate(texts.LOCAL_PARTNERS[lang], start=1))
    if plan.health:
        # A health network first, then possibly a local association.
        networks = [n for n in numbered if n[1][3]]
        associations = [n for n in numbered if not n[1][3] and n[1][2] == "24"]
        options = networks + associations[:1]
        chosen = options[:1]
    else:
        options = [n for n in numbered if not n[1][3]]
        chosen = [rng.choice(options)]
    if rng.random() < 0.3:
        chosen.append(rng.choice([n for n in options if n not in chosen]))
    suffix = f" – {primary.name(lang)}"
    return [
        LocalPartner(
            f"{DEMO_PREFIX}LP-{primary.code}-{number:02d}", type_, lang, name + suffix, article + suffix
        )
        for number, (name, article, type_, _) in chosen
    ]


def _project_bundle(rng: random.Random, ref: Reference, plan: ProjectPlan) -> Bundle:
    org = plan.org
    assert org.instance is not None and plan.variant is not None
    primary = plan.places[0]
    langs = ["en", "it"] + ([primary.language] if primary.language else [])
    value_date = plan.planned_start
    total = _native(plan.value_eur, plan.currency, value_date)
    step = _currency_step(plan.currency)
    full = rng.random() < 0.24
    share = 1.0 if full else rng.uniform(0.2, 0.95)
    managed = (
        total
        if full
        else max(Decimal(step), (total * Decimal(share) / step).quantize(Decimal(1), ROUND_DOWN) * step)
    )
    managed_pct = int(round(float(managed / total) * 100))

    # People reached: health projects were sized beforehand so that their sum is the plan.
    people = plan.people
    if not plan.health and rng.random() < 0.92:
        people = _people_round(
            float(plan.value_eur) / plan.theme.cost_per_person * rng.lognormvariate(0, 0.4)
        )
    women = men = None
    if people is not None and rng.random() < 0.82:
        women = int(round(people * rng.uniform(*plan.theme.women_share)))
        men = people - women

    # Who takes part.
    funder_count = 2 if rng.random() < 0.3 else 1
    funders: list[texts.Participant] = []
    while len(funders) < funder_count:
        funder = _weighted(rng, texts.FUNDERS, texts.FUNDER_WEIGHTS)
        if funder not in funders:
            funders.append(funder)
    extending = texts.EXTENDING_AGENCY if funders[0].type == "10" and rng.random() < 0.5 else None
    lead = rng.choice(texts.LEAD_NGOS) if share < 0.6 else None
    partners = _local_partners(rng, plan)

    title = {
        lang: plan.variant.title[lang].format(loc=locative(plan.places, lang))
        + (texts.PHASE[plan.phase][lang] if plan.phase > 1 else "")
        for lang in langs
    }
    summary_parts: dict[str, list[str]] = {lang: [] for lang in langs}
    approaches = rng.sample(texts.APPROACHES, 2 if rng.random() < 0.4 else 1)
    finished = plan.status in ("3", "4")
    for lang in langs:
        parts = summary_parts[lang]
        parts.append(plan.variant.summary[lang].format(loc=locative(plan.places, lang)))
        parts += [approach[lang] for approach in approaches]
        funder_names = [f.funded_by(lang) for f in funders]
        parts.append(
            texts.PARTNERS_SENTENCE[lang].format(
                partners=texts.join_names([p.in_sentence(lang) for p in partners], lang),
                funders=texts.join_names(funder_names, lang),
            )
        )
        if not full:
            parts.append(
                texts.SHARE_SENTENCE[lang].format(
                    org=org.name, share=managed_pct, share_it=texts.italian_percent(managed_pct)
                )
            )
        if people is not None:
            women_pct = int(round(100 * women / people)) if women is not None else 0
            sentence = texts.PEOPLE_SENTENCE[(finished, women is not None)][lang]
            parts.append(
                sentence.format(
                    people=texts.format_int(people, lang),
                    women=women_pct,
                    women_it=texts.italian_percent(women_pct),
                )
            )
        parts.append(texts.ILLUSTRATIVE[lang])

    project = Project(
        iati_identifier=plan.identifier,
        reporting_org=org.instance,
        title=title,
        description={lang: " ".join(parts) for lang, parts in summary_parts.items()},
        objectives=dict(_texts(plan.variant.objective, langs)),
        target_groups=dict(_texts(plan.theme.target_groups, langs)),
        default_language="it",
        default_currency=plan.currency,
        activity_status=plan.status,
        activity_scope="3" if len(plan.places) > 1 else "4",
        collaboration_type="1",
        default_flow_type="10",
        default_finance_type="110",
        default_aid_type="C01",
        planned_start=plan.planned_start,
        actual_start=plan.actual_start,
        planned_end=plan.planned_end,
        actual_end=plan.actual_end,
        total_value=total,
        managed_value=managed,
        value_currency=plan.currency,
        value_date=value_date,
        people_reached=people,
        people_reached_women=women,
        people_reached_men=men,
        publication_state=Project.PublicationState.PUBLISHED,
        last_updated_datetime=datetime.combine(
            min(AS_OF, (plan.actual_end or AS_OF) + timedelta(days=rng.randint(10, 120))),
            time(9, 30),
            tzinfo=UTC,
        ),
        is_demo=True,
    )
    project_convert_values(project=project)
    bundle = Bundle(project=project)

    bundle.participants.append(
        ParticipatingOrg(
            project=project,
            organisation=org.instance,
            ref=org.instance.iati_identifier or "",
            name={"it": org.name},
            role="4",
            type=org.kind.iati_type,
        )
    )
    for funder in funders:
        bundle.participants.append(
            ParticipatingOrg(project=project, ref=funder.ref, name=funder.name, role="1", type=funder.type)
        )
    for other, role in ((lead, "2"), (extending, "3")):
        if other is not None:
            bundle.participants.append(
                ParticipatingOrg(project=project, ref=other.ref, name=other.name, role=role, type=other.type)
            )
    for partner in partners:
        bundle.participants.append(
            ParticipatingOrg(
                project=project,
                ref=partner.ref,
                name={partner.lang: partner.name},
                role="4",
                type=partner.type,
            )
        )

    for place, pct in zip(plan.places, plan.percentages, strict=True):
        bundle.countries.append(
            ProjectCountry(project=project, country=ref.countries[place.code], percentage=Decimal(pct))
        )

    main = rng.choice(plan.variant.sectors)
    sector_codes = [main]
    splits: tuple[int, ...] = (100,)
    others = [s for s in plan.theme.second_sectors if s != main]
    if others and rng.random() < 0.13:
        sector_codes.append(rng.choice(others))
        splits = rng.choice(TWO_SECTOR_SPLITS)
    for code, pct in zip(sector_codes, splits, strict=True):
        sector = ref.sectors[code]
        bundle.sectors.append(
            ProjectSector(
                project=project,
                vocabulary="1",
                code=code,
                sector=sector,
                category_id=sector.category_id,
                percentage=Decimal(pct),
            )
        )
    _sdg_rows(bundle, ref, plan.goals, plan.targets, as_sectors=plan.sdg_as_sectors)

    _budget_rows(bundle, total, plan.currency, value_date)
    _transaction_rows(rng, bundle, plan, managed, funders, partners)
    if rng.random() < 0.85:
        _result_rows(rng, bundle, plan, people)
    if rng.random() < 0.67:
        for k, place in enumerate(plan.places[:2], start=1):
            country = ref.countries[place.code]
            assert country.latitude is not None and country.longitude is not None
            site = rng.choice(texts.LOCATION_SITES)
            bundle.locations.append(
                Location(
                    project=project,
                    ref=f"{plan.identifier}-L{k}",
                    name={lang: f"{site[lang]} – {place.name(lang)}" for lang in ("en", "it")},
                    description=dict(texts.LOCATION_DESCRIPTION),
                    country=country,
                    latitude=round(max(-90.0, min(90.0, country.latitude + rng.uniform(-0.35, 0.35))), 5),
                    # Fiji straddles the antimeridian: wrap instead of leaving [-180, 180].
                    longitude=round((country.longitude + rng.uniform(-0.35, 0.35) + 180) % 360 - 180, 5),
                    exactness="2",
                    location_reach="1",
                    feature_designation="ADM2",
                )
            )
    if rng.random() < 0.4:
        _document_rows(rng, bundle, plan)
    return bundle


def _sdg_rows(
    bundle: Bundle, ref: Reference, goals: list[int], targets: list[str], *, as_sectors: bool
) -> None:
    """SDG tags (vocabularies 2, 3), or SDG sectors (vocabularies 7, 8) for a few projects."""
    project = bundle.project
    if as_sectors:
        for vocabulary, codes in (("7", [str(g) for g in goals]), ("8", targets)):
            if not codes:
                continue
            for code, pct in zip(codes, _apportion(100, [1.0] * len(codes)), strict=True):
                bundle.sectors.append(
                    ProjectSector(project=project, vocabulary=vocabulary, code=code, percentage=Decimal(pct))
                )
    else:
        for goal in goals:
            bundle.tags.append(
                ProjectTag(
                    project=project, vocabulary="2", code=str(goal), narrative=ref.goal_names.get(goal, {})
                )
            )
        for target in targets:
            bundle.tags.append(ProjectTag(project=project, vocabulary="3", code=target))


def _budget_rows(bundle: Bundle, total: Decimal, currency: str, value_date: date) -> None:
    project = bundle.project
    assert project.planned_start is not None and project.planned_end is not None
    windows = _year_windows(project.planned_start, project.planned_end)
    amounts = _split_amount(total, [(end - start).days + 1 for start, end in windows], currency)
    for (start, end), amount in zip(windows, amounts, strict=True):
        budget = Budget(
            project=project,
            type="1",
            status="2",
            period_start=start,
            period_end=end,
            value=amount,
            currency=currency,
            value_date=value_date,
        )
        amount_convert(amount=budget)
        bundle.budgets.append(budget)


def _transaction_rows(
    rng: random.Random,
    bundle: Bundle,
    plan: ProjectPlan,
    managed: Decimal,
    funders: list[texts.Participant],
    partners: list[LocalPartner],
) -> None:
    """A commitment of the managed value, then yearly disbursements to partners and expenditure."""
    project = bundle.project
    org = plan.org
    assert org.instance is not None
    coop_ref = org.instance.iati_identifier or ""
    coop_name = {"it": org.name}
    end = plan.actual_end or plan.planned_end
    if plan.status == "4":
        progress = rng.uniform(0.96, 1.0)
    elif plan.status == "3":
        progress = rng.uniform(0.88, 0.98)
    else:
        elapsed = (AS_OF - plan.actual_start).days / max(1, (end - plan.actual_start).days)
        progress = min(0.95, elapsed) * rng.uniform(0.8, 1.0)
    spent = (managed * Decimal(progress)).quantize(_cent(plan.currency), ROUND_DOWN)
    to_partners = (spent * Decimal(rng.uniform(0.2, 0.4))).quantize(_cent(plan.currency), ROUND_DOWN)

    def add(
        type_: str,
        day: date,
        value: Decimal,
        ref: str,
        receiver: tuple[str, dict[str, str]] | None,
        provider: tuple[str, dict[str, str]] = (coop_ref, coop_name),
    ) -> None:
        transaction_ = Transaction(
            project=project,
            ref=ref,
            type=type_,
            date=day,
            value=value,
            currency=plan.currency,
            value_date=day,
            provider_org_ref=provider[0],
            provider_org_name=provider[1],
            receiver_org_ref=receiver[0] if receiver else "",
            receiver_org_name=receiver[1] if receiver else {},
        )
        amount_convert(amount=transaction_)
        bundle.transactions.append(transaction_)

    add("2", plan.actual_start, managed, f"{plan.identifier}-C1", None, (funders[0].ref, funders[0].name))
    windows = _year_windows(plan.actual_start, min(end, AS_OF))
    weights = [(stop - start).days + 1 for start, stop in windows]
    partner = partners[0]
    for k, ((_, stop), to_partner, expense) in enumerate(
        zip(
            windows,
            _split_amount(to_partners, weights, plan.currency),
            _split_amount(spent - to_partners, weights, plan.currency),
            strict=True,
        ),
        start=1,
    ):
        if to_partner > 0:
            add("3", stop, to_partner, f"{plan.identifier}-D{k}", (partner.ref, {partner.lang: partner.name}))
        if expense > 0:
            add("4", stop, expense, f"{plan.identifier}-E{k}", None)


def _factor(rng: random.Random) -> float:
    """How an actual value compares with its target: some under, most near, some over."""
    u = rng.random()
    if u < 0.3:
        return rng.uniform(0.55, 0.95)
    if u < 0.75:
        return rng.uniform(0.95, 1.1)
    return rng.uniform(1.1, 1.35)


def _result_rows(rng: random.Random, bundle: Bundle, plan: ProjectPlan, people: int | None) -> None:
    assert plan.variant is not None
    templates: tuple[ResultTemplate, ...] = plan.variant.results or plan.theme.results
    end = plan.actual_end or plan.planned_end
    periods: list[tuple[date, date]] = []
    cursor = plan.actual_start
    while cursor <= min(end, AS_OF) and len(periods) < 3:
        stop = min(_add_months(cursor, 12) - timedelta(days=1), end)
        periods.append((cursor, stop))
        cursor = stop + timedelta(days=1)
    reach = people if people is not None else int(float(plan.value_eur) / plan.theme.cost_per_person)
    for template in templates:
        result = Result(
            project=bundle.project,
            type=template.type,
            aggregation_status=template.measure == "1",
            title=dict(template.title),
        )
        kind, lo, hi = template.scale
        rows: list[IndicatorPeriod] = []
        if kind == "percent":
            baseline = round(rng.uniform(lo, hi), 1)
            final = min(95.0, baseline + rng.uniform(15, 35))
            indicator = Indicator(
                result=result,
                measure="2",
                title=dict(template.indicator),
                baseline_year=plan.actual_start.year,
                baseline_value=Decimal(f"{baseline:.1f}"),
            )
            for k, (start, stop) in enumerate(periods, start=1):
                target = baseline + (final - baseline) * k / len(periods)
                actual = min(100.0, baseline + (target - baseline) * _factor(rng)) if stop <= AS_OF else None
                rows.append(
                    IndicatorPeriod(
                        indicator=indicator,
                        period_start=start,
                        period_end=stop,
                        target_value=Decimal(f"{target:.1f}"),
                        actual_value=Decimal(f"{actual:.1f}") if actual is not None else None,
                    )
                )
        else:
            total = max(5.0, reach * rng.uniform(lo, hi) if kind == "people" else rng.uniform(lo, hi))
            indicator = Indicator(
                result=result,
                measure="1",
                title=dict(template.indicator),
                baseline_year=plan.actual_start.year,
                baseline_value=Decimal(0),
            )
            days = sum((stop - start).days + 1 for start, stop in periods)
            for start, stop in periods:
                target = max(1, int(round(total * ((stop - start).days + 1) / days)))
                actual = int(round(target * _factor(rng))) if stop <= AS_OF else None
                rows.append(
                    IndicatorPeriod(
                        indicator=indicator,
                        period_start=start,
                        period_end=stop,
                        target_value=Decimal(target),
                        actual_value=Decimal(actual) if actual is not None else None,
                    )
                )
        bundle.results.append(ResultRows(result=result, indicators=[(indicator, rows)]))


def _document_rows(rng: random.Random, bundle: Bundle, plan: ProjectPlan) -> None:
    base = f"https://example.org/demo/projects/{plan.identifier.lower()}"
    language = rng.choice(("en", "it"))
    for category, title, mime, filename in texts.DOCUMENTS:
        if category == "A07" and plan.status == "2":
            continue
        if category == "A08" and (plan.status != "2" or plan.actual_start.year >= AS_OF.year):
            continue
        if category == "A07":
            assert plan.actual_end is not None
            day = min(AS_OF, plan.actual_end + timedelta(days=60))
        elif category == "A08":
            day = date(AS_OF.year - 1, 12, 31)
        else:
            day = plan.actual_start
        bundle.documents.append(
            DocumentLink(
                project=bundle.project,
                url=f"{base}/{filename}",
                format=mime,
                title=dict(title),
                category=category,
                language=language,
                document_date=day,
            )
        )


# --- Writing -----------------------------------------------------------------------------------------


def _bulk(model: type[Model], rows: list, batch_size: int) -> None:
    if rows:
        model._default_manager.bulk_create(rows, batch_size=batch_size)


def _write_bundles(
    bundles: list[Bundle], *, batch_size: int, sdg_goal_ids: set[int], sdg_target_ids: set[str]
) -> None:
    """Insert the projects, then every row hanging off them, then the derived SDG links."""
    _bulk(Project, [b.project for b in bundles], batch_size)
    for name, model in (
        ("participants", ParticipatingOrg),
        ("countries", ProjectCountry),
        ("sectors", ProjectSector),
        ("tags", ProjectTag),
        ("budgets", Budget),
        ("transactions", Transaction),
        ("locations", Location),
        ("documents", DocumentLink),
    ):
        _bulk(model, [row for b in bundles for row in getattr(b, name)], batch_size)
    results = [r for b in bundles for r in b.results]
    _bulk(Result, [r.result for r in results], batch_size)
    indicators = [pair for r in results for pair in r.indicators]
    _bulk(Indicator, [indicator for indicator, _ in indicators], batch_size)
    _bulk(IndicatorPeriod, [period for _, periods in indicators for period in periods], batch_size)

    goal_links, target_links = [], []
    GoalLink: type[Model] = Project.sdg_goals.through
    TargetLink: type[Model] = Project.sdg_targets.through
    for b in bundles:
        goals, targets = sdg_codes_of(
            tags=[(t.vocabulary, t.code) for t in b.tags], sectors=[(s.vocabulary, s.code) for s in b.sectors]
        )
        goal_links += [
            GoalLink(project_id=b.project.pk, sdggoal_id=g) for g in sorted(goals) if g in sdg_goal_ids
        ]
        target_links += [
            TargetLink(project_id=b.project.pk, sdgtarget_id=t)
            for t in sorted(targets)
            if t in sdg_target_ids
        ]
    _bulk(GoalLink, goal_links, batch_size)
    _bulk(TargetLink, target_links, batch_size)


def _organisation(plan: OrgPlan) -> Organisation:
    slug = f"demo-{slugify(plan.name)}"[:120]
    return Organisation(
        name=plan.name,
        slug=slug,
        iati_identifier=_org_identifier(plan.number),
        type=plan.kind.iati_type,
        country_id=plan.country,
        cooperative_type=plan.kind.cooperative_type,
        website=f"https://example.org/demo/{slug}",
        description=texts.organisation_description(plan.kind, plan.city),
        is_demo=True,
    )


def _size_health_people(rng: random.Random, plans: list[ProjectPlan]) -> None:
    """People reached by the health projects, scaled so their sum is the plan."""
    health = [p for p in plans if p.health]
    raw = [float(p.value_eur) / HEALTH.cost_per_person * rng.lognormvariate(0, 0.5) for p in health]
    scale = HEALTH_PEOPLE_PLAN / sum(raw)
    for plan, value in zip(health, raw, strict=True):
        plan.people = _people_round(value * scale)


def demo_build(*, seed: int = SEED, batch_size: int = 1000) -> None:
    """Write the demo dataset. Call inside a transaction (see ``services.demo_load``)."""
    ref = reference_for_demo()
    rng = random.Random(seed)
    orgs = _plan_organisations(rng)
    _plan_health(rng, orgs)
    plans = _plan_themes(rng, orgs)
    _plan_places(rng, plans)
    _plan_dates(rng, plans)
    _plan_values(rng, plans)
    _plan_sdgs(rng, plans)
    _size_health_people(rng, plans)
    _plan_identifiers(orgs, plans)

    for org in orgs:
        org.instance = _organisation(org)
    Organisation.objects.bulk_create(
        [org.instance for org in orgs if org.instance is not None], batch_size=batch_size
    )
    plans.sort(key=lambda p: p.identifier)
    bundles = [_project_bundle(rng, ref, plan) for plan in plans]
    _write_bundles(
        bundles,
        batch_size=batch_size,
        sdg_goal_ids=set(ref.goal_names),
        sdg_target_ids=ref.target_codes,
    )


def demo_check(figures: DemoFigures, *, area_names: dict[str, str] | None = None) -> None:
    """Raise :class:`DemoTargetMissed` unless ``figures`` show every figure of the seed page."""
    t = TARGETS
    misses: list[str] = []
    h, health = figures.headline, figures.health
    if h.projects != t.projects:
        misses.append(f"{h.projects} projects instead of {t.projects}")
    if h.countries != t.countries:
        misses.append(f"{h.countries} countries instead of {t.countries}")
    if h.organisations != t.organisations:
        misses.append(f"{h.organisations} organisations instead of {t.organisations}")
    if h.total_value_eur <= t.min_total_eur:
        misses.append(f"total value EUR {h.total_value_eur} is not above {t.min_total_eur}")
    if h.projects_without_eur_value:
        misses.append(f"{h.projects_without_eur_value} projects have no EUR value")
    if health.projects != t.health_projects:
        misses.append(f"{health.projects} health projects instead of {t.health_projects}")
    if health.organisations != t.health_organisations:
        misses.append(f"{health.organisations} health organisations instead of {t.health_organisations}")
    if health.total_value_eur <= t.min_health_eur:
        misses.append(f"health value EUR {health.total_value_eur} is not above {t.min_health_eur}")
    if health.people_reached < t.min_health_people:
        misses.append(
            f"health projects reach {health.people_reached} people, fewer than {t.min_health_people}"
        )
    if len(figures.health_continents) != t.continents:
        misses.append(f"health projects on {len(figures.health_continents)} continents, not {t.continents}")
    if len(figures.continents) != t.continents:
        misses.append(f"projects on {len(figures.continents)} continents, not {t.continents}")
    top_goals = [goal for goal, _ in figures.projects_by_goal[: len(t.top_goals)]]
    counts = dict(figures.projects_by_goal)
    runner_up = (
        figures.projects_by_goal[len(t.top_goals)][1]
        if len(figures.projects_by_goal) > len(t.top_goals)
        else 0
    )
    if top_goals != list(t.top_goals) or counts.get(t.top_goals[-1], 0) <= runner_up:
        misses.append(f"the most frequent SDGs are {figures.projects_by_goal[:4]}, not {t.top_goals}")
    if area_names is not None:
        expected = {area_names[a] for a in t.top_areas}
        top_areas = {name for name, _ in figures.value_by_area[: len(t.top_areas)]}
        if top_areas != expected:
            misses.append(f"the largest areas by value are {sorted(top_areas)}, not {sorted(expected)}")
    if misses:
        raise DemoTargetMissed(misses)


def demo_area_names() -> dict[str, str]:
    """Our area keys with the English names of their M49 regions in the loaded reference data."""
    return reference_for_demo().area_names


# --- Synthetic data for benchmarks ---------------------------------------------------------------------
#
# bulk_create spends most of its time building model instances and compiling SQL, about 1.5 ms
# per synthetic project; a benchmark needs 100,000 of them. So synthetic rows are plain dicts,
# prepared column by column with the fields' own ``get_db_prep_save`` (what bulk_create does
# for each value) and written with ``executemany``: the same table contents, about four
# times faster.


@dataclass(frozen=True)
class SyntheticResult:
    projects: int
    organisations: int
    prefix: str


SYNTH_CURRENCIES = (("EUR", 90), ("USD", 4), ("GBP", 2), ("CHF", 2), ("XOF", 2))
# Column types whose Python values the database driver takes as they are.
_PASS_THROUGH = (
    "AutoField",
    "BigAutoField",
    "BigIntegerField",
    "BooleanField",
    "CharField",
    "FloatField",
    "ForeignKey",
    "IntegerField",
    "PositiveIntegerField",
    "PositiveSmallIntegerField",
    "SlugField",
    "SmallIntegerField",
    "TextField",
    "URLField",
)


class _Inserter:
    """``INSERT`` of plain rows (dicts by attribute name) into a model's table, many at a time.

    Missing values take the field's default; ``auto_now``/``auto_now_add`` fields take ``now``.
    """

    def __init__(self, model: type[Model], now: datetime) -> None:
        # The wrapper itself, not the thread-local proxy: it is read for every value.
        db = connections[DEFAULT_DB_ALIAS]
        fields = [f for f in model._meta.concrete_fields if not f.primary_key]
        self.names = [f.attname for f in fields]
        self.prepare = [
            None if f.get_internal_type() in _PASS_THROUGH else partial(f.get_db_prep_save, connection=db)
            for f in fields
        ]
        defaults = [
            now if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False) else f.get_default()
            for f in fields
        ]
        # Defaults prepared once: most rows leave most columns at their default.
        self.defaults = [
            value if prepare is None else prepare(value)
            for value, prepare in zip(defaults, self.prepare, strict=True)
        ]
        quote = db.ops.quote_name
        table = quote(model._meta.db_table)
        columns = ", ".join(quote(str(f.column)) for f in fields)
        placeholders = ", ".join(["%s"] * len(fields))
        self.sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"  # noqa: S608

    def insert(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(zip(self.names, self.defaults, self.prepare, strict=True))
        values = [
            tuple(
                default if name not in row else (row[name] if prepare is None else prepare(row[name]))
                for name, default, prepare in columns
            )
            for row in rows
        ]
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.executemany(self.sql, values)


def _eur(value: Decimal, currency: str, on: date) -> tuple[Decimal | None, str]:
    """``value`` in euros at the rate of ``on``, or no value and why (as ``amount_convert`` does)."""
    try:
        return to_eur(value, currency, on).eur, ""
    except FxRateMissing as exc:
        return None, str(exc.message)[:300]


def _pks(model: type[Model], field: str, keys: list, chunk: int = 2000) -> dict:
    """The primary keys of the rows whose ``field`` is one of ``keys``, by key."""
    found: dict = {}
    for start in range(0, len(keys), chunk):
        part = keys[start : start + chunk]
        found.update(model._default_manager.filter(**{f"{field}__in": part}).values_list(field, "pk"))
    return found


@dataclass
class _SyntheticProject:
    project: dict[str, Any]
    children: dict[type[Model], list[dict[str, Any]]]
    goals: set[int]
    targets: set[str]
    result: tuple[dict[str, Any], dict[str, Any], dict[str, Any]] | None


def build_synthetic(
    *,
    n_projects: int,
    n_organisations: int,
    seed: int,
    batch_size: int = 5000,
    progress: Callable[[int, int], None] | None = None,
    with_results: bool = False,
) -> SyntheticResult:
    """Insert ``n_projects`` realistic projects reported by ``n_organisations`` new cooperatives.

    The projects have the demo's shape, lighter: countries, sectors, SDG tags and the derived
    SDG links, values with their EUR equivalents (``to_eur``), one budget, a commitment and an
    expenditure, the reporting cooperative and a funder, people reached, and (``with_results``)
    one result with one indicator and one period. Identifiers start with ``XX-SYNTH-S<seed>-``,
    so they never clash with the demo dataset, and rows are marked ``is_demo``. Rows are
    written ``batch_size`` projects at a time, all in one transaction; ``progress(done, total)``
    is called after each batch. The same seed gives the same rows (timestamps aside).
    Raises :class:`DemoError` if synthetic data of the same seed is already loaded.
    """
    if n_projects < 0 or n_organisations < 1 or batch_size < 1:
        raise DemoError(
            "Synthetic data needs at least one organisation, a positive batch size and n_projects >= 0."
        )
    prefix = f"{SYNTHETIC_PREFIX}S{seed}-"
    ref = reference_for_demo()
    rng = random.Random(seed)
    now = timezone.now()
    theme_weights = [theme.projects for theme in THEMES]
    currencies = [c for c, _ in SYNTH_CURRENCIES]
    currency_weights = [w for _, w in SYNTH_CURRENCIES]
    area_weights = [AREA_PLAN[a][0] + AREA_PLAN[a][1] for a in AREAS]
    places_by_area = {a: [p for p in PLACES if p.area == a] for a in AREAS}
    GoalLink: type[Model] = Project.sdg_goals.through
    TargetLink: type[Model] = Project.sdg_targets.through
    inserters = {
        model: _Inserter(model, now)
        for model in (
            Project,
            ParticipatingOrg,
            ProjectCountry,
            ProjectSector,
            ProjectTag,
            Budget,
            Transaction,
            GoalLink,
            TargetLink,
            Result,
            Indicator,
            IndicatorPeriod,
        )
    }

    with transaction.atomic():
        if Organisation.objects.filter(iati_identifier__startswith=prefix).exists():
            raise DemoError(f"Synthetic data with seed {seed} is already loaded (identifiers {prefix}...).")
        orgs = []
        for i in range(1, n_organisations + 1):
            kind = texts.ORG_KINDS[i % len(texts.ORG_KINDS)]
            word = texts.ORG_NAMES[i % len(texts.ORG_NAMES)]
            orgs.append(
                Organisation(
                    name=f"{kind.prefixes[i % len(kind.prefixes)]} Esempio {word} {i}",
                    slug=f"synth-s{seed}-{i:06d}",
                    iati_identifier=f"{prefix}ORG{i:06d}",
                    type=kind.iati_type,
                    country_id="IT",
                    cooperative_type=kind.cooperative_type,
                    website=f"https://example.org/synthetic/s{seed}/{i:06d}",
                    description="Synthetic benchmark organisation (illustrative, not real).",
                    is_demo=True,
                )
            )
        Organisation.objects.bulk_create(orgs, batch_size=1000)
        per_org = [0] * n_organisations
        done = 0
        while done < n_projects:
            batch: list[_SyntheticProject] = []
            for _ in range(min(batch_size, n_projects - done)):
                o = rng.randrange(n_organisations)
                per_org[o] += 1
                area = _weighted(rng, AREAS, area_weights)
                batch.append(
                    _synthetic_project(
                        rng,
                        ref,
                        orgs[o],
                        f"{orgs[o].iati_identifier}-P{per_org[o]:05d}",
                        _weighted(rng, THEMES, theme_weights),
                        area,
                        places_by_area[area],
                        _weighted(rng, currencies, currency_weights),
                        with_results,
                    )
                )
            inserters[Project].insert([row.project for row in batch])
            ids = _pks(Project, "iati_identifier", [row.project["iati_identifier"] for row in batch])
            children: dict[type[Model], list[dict[str, Any]]] = {}
            for row in batch:
                pk = ids[row.project["iati_identifier"]]
                for model, rows in row.children.items():
                    children.setdefault(model, []).extend({**r, "project_id": pk} for r in rows)
                children.setdefault(GoalLink, []).extend(
                    {"project_id": pk, "sdggoal_id": g} for g in sorted(row.goals) if g in ref.goal_names
                )
                children.setdefault(TargetLink, []).extend(
                    {"project_id": pk, "sdgtarget_id": t}
                    for t in sorted(row.targets)
                    if t in ref.target_codes
                )
            for model, rows in children.items():
                inserters[model].insert(rows)
            if with_results:
                _insert_synthetic_results(inserters, batch, ids)
            done += len(batch)
            if progress is not None:
                progress(done, n_projects)
    return SyntheticResult(projects=n_projects, organisations=n_organisations, prefix=prefix)


def _insert_synthetic_results(
    inserters: dict[type[Model], _Inserter], batch: list[_SyntheticProject], ids: dict[str, int]
) -> None:
    """One result, indicator and period per project: each level needs the ids of the one above."""
    with_result = [
        (ids[row.project["iati_identifier"]], row.result) for row in batch if row.result is not None
    ]
    inserters[Result].insert([{**result, "project_id": pk} for pk, (result, _, _) in with_result])
    result_ids = _pks(Result, "project_id", [pk for pk, _ in with_result])
    inserters[Indicator].insert(
        [{**indicator, "result_id": result_ids[pk]} for pk, (_, indicator, _) in with_result]
    )
    indicator_ids = _pks(Indicator, "result_id", [result_ids[pk] for pk, _ in with_result])
    inserters[IndicatorPeriod].insert(
        [{**period, "indicator_id": indicator_ids[result_ids[pk]]} for pk, (_, _, period) in with_result]
    )


def _synthetic_project(
    rng: random.Random,
    ref: Reference,
    org: Organisation,
    identifier: str,
    theme: Theme,
    area: str,
    area_places: list[Place],
    currency: str,
    with_results: bool,
) -> _SyntheticProject:
    primary = rng.choice(area_places)
    places = [primary]
    clusters = [c for c in CLUSTERS if primary.code in c]
    if clusters and rng.random() < 0.15:
        places += [PLACE_BY_CODE[code] for code in rng.choice(clusters) if code != primary.code]
    variant = rng.choice([v for v in theme.variants if v.fits(area, primary.code)])
    if currency == "XOF" and primary.code not in XOF_COUNTRIES:
        currency = "EUR"
    start = date(rng.choice(START_YEARS), rng.randint(1, 12), 1)
    end = min(_add_months(start, rng.choice((12, 24, 36, 48))) - timedelta(days=1), LAST_END)
    status = "2" if end > AS_OF else ("4" if end <= AS_OF - timedelta(days=180) else "3")
    value_eur = _round_to(min(5.0, max(0.15, rng.lognormvariate(0, 0.7))) * 300_000, 100)
    total = _native(value_eur, currency, start)
    managed = max(Decimal(100), (total * Decimal(rng.uniform(0.2, 1.0))).quantize(Decimal(1), ROUND_DOWN))
    total_eur, fx_error = _eur(total, currency, start)
    managed_eur, _ = _eur(managed, currency, start)
    people = _people_round(float(value_eur) / theme.cost_per_person * rng.lognormvariate(0, 0.4))
    women = int(round(people * rng.uniform(*theme.women_share)))
    langs = ("en", "it")
    project = {
        "iati_identifier": identifier,
        "reporting_org_id": org.pk,
        "title": {lang: variant.title[lang].format(loc=locative(places, lang)) for lang in langs},
        "description": {lang: variant.summary[lang].format(loc=locative(places, lang)) for lang in langs},
        "default_language": "it",
        "default_currency": currency,
        "activity_status": status,
        "activity_scope": "3" if len(places) > 1 else "4",
        "planned_start": start,
        "actual_start": start,
        "planned_end": end,
        "actual_end": end if status != "2" else None,
        "total_value": total,
        "managed_value": managed,
        "value_currency": currency,
        "value_date": start,
        "total_value_eur": total_eur,
        "managed_value_eur": managed_eur if total_eur is not None else None,
        "fx_error": fx_error,
        "people_reached": people,
        "people_reached_women": women,
        "people_reached_men": people - women,
        "publication_state": Project.PublicationState.PUBLISHED,
        "is_demo": True,
    }
    funder = texts.FUNDERS[rng.randrange(len(texts.FUNDERS))]
    children: dict[type[Model], list[dict[str, Any]]] = {
        ParticipatingOrg: [
            {
                "organisation_id": org.pk,
                "ref": org.iati_identifier or "",
                "name": {"it": org.name},
                "role": "4",
                "type": org.type,
            },
            {"ref": funder.ref, "name": funder.name, "role": "1", "type": funder.type},
        ],
        ProjectCountry: [
            {"country_id": place.code, "percentage": Decimal(pct)}
            for place, pct in zip(places, _apportion(100, [1.0] * len(places)), strict=True)
        ],
    }
    codes = [rng.choice(variant.sectors)]
    if rng.random() < 0.1:
        codes.append(rng.choice(theme.second_sectors))
    codes = list(dict.fromkeys(codes))
    children[ProjectSector] = [
        {
            "vocabulary": "1",
            "code": code,
            "sector_id": code,
            "category_id": ref.sectors[code].category_id,
            "percentage": Decimal(pct),
        }
        for code, pct in zip(codes, _apportion(100, [1.0] * len(codes)), strict=True)
    ]
    goals = list(theme.goals) + [
        g for g, share in theme.extra_goals if rng.random() < share and g not in theme.goals
    ]
    candidates = [t for t in (*variant.targets, *theme.targets) if int(t.split(".")[0]) in goals]
    targets = [rng.choice(candidates)] if candidates and rng.random() < 0.4 else []
    children[ProjectTag] = [
        {"vocabulary": "2", "code": str(g), "narrative": ref.goal_names.get(g, {})} for g in goals
    ] + [{"vocabulary": "3", "code": t} for t in targets]
    budget_eur, budget_error = _eur(total, currency, start)
    children[Budget] = [
        {
            "type": "1",
            "status": "2",
            "period_start": start,
            "period_end": end,
            "value": total,
            "currency": currency,
            "value_date": start,
            "value_eur": budget_eur,
            "fx_error": budget_error,
        }
    ]
    children[Transaction] = []
    spent_day = min(end, AS_OF)
    for type_, day, value in (
        ("2", start, managed),
        ("4", spent_day, (managed * Decimal("0.8")).quantize(Decimal(1))),
    ):
        value_eur_, error = _eur(value, currency, day)
        children[Transaction].append(
            {
                "type": type_,
                "date": day,
                "value": value,
                "currency": currency,
                "value_date": day,
                "value_eur": value_eur_,
                "fx_error": error,
                "provider_org_ref": org.iati_identifier or "",
            }
        )
    result = None
    template = (theme.results or variant.results or (None,))[0]
    if with_results and template is not None:
        target = Decimal(60) if template.measure == "2" else Decimal(max(1, int(people * 0.5)))
        result = (
            {
                "type": template.type,
                "title": dict(template.title),
                "aggregation_status": template.measure == "1",
            },
            {
                "measure": template.measure,
                "title": dict(template.indicator),
                "baseline_year": start.year,
                "baseline_value": Decimal(0),
            },
            {
                "period_start": start,
                "period_end": end,
                "target_value": target,
                "actual_value": (target * Decimal("0.9")).quantize(Decimal(1)) if status != "2" else None,
            },
        )
    goal_set, target_set = sdg_codes_of(
        tags=[(row["vocabulary"], row["code"]) for row in children[ProjectTag]], sectors=[]
    )
    return _SyntheticProject(project, children, goal_set, target_set, result)
