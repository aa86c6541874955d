"""Reads over the demo dataset: which projects it holds and the figures the seed page quotes.

The figures come from the platform's own selectors (``headline_figures``,
``project_list_in_sector_categories``) so the demo is checked with the numbers the pages show.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, QuerySet

from coopdev.organisations.models import Organisation
from coopdev.projects.models import Project, ProjectCountry
from coopdev.projects.selectors import (
    HEALTH_SECTOR_CATEGORIES,
    HeadlineFigures,
    headline_figures,
    project_list_in_sector_categories,
    project_list_published,
)
from coopdev.reference.models import Country, Region, SDGGoal

# Identifiers of the demo dataset and of the synthetic benchmark data: "XX" is the IATI
# registration-agency prefix reserved for examples, so neither can be a real identifier.
DEMO_PREFIX = "XX-DEMO-"
SYNTHETIC_PREFIX = "XX-SYNTH-"

# Areas of the world in which the seed page reports project value: M49 continents, except the
# Americas and Europe, which it splits (Latin America; eastern Europe).
SPLIT_CONTINENTS = ("019", "150")


def demo_project_list() -> QuerySet[Project]:
    """The projects of the demo dataset (not the synthetic benchmark rows)."""
    return project_list_published().filter(is_demo=True, iati_identifier__startswith=DEMO_PREFIX)


def demo_organisation_list() -> QuerySet[Organisation]:
    return Organisation.objects.filter(is_demo=True, iati_identifier__startswith=DEMO_PREFIX)


def demo_dataset_present() -> bool:
    """True when the demo dataset (or any part of it) is in the database."""
    return (
        Project.objects.filter(is_demo=True, iati_identifier__startswith=DEMO_PREFIX).exists()
        or demo_organisation_list().exists()
    )


def _english(region: Region) -> str:
    # The English column of the translated name, whatever the active language.
    return getattr(region, "name_en", "") or region.name


def m49_area(country: Country) -> str:
    """The English name of the M49 area a country belongs to, as the seed page groups them."""
    continent = country.m49_continent
    if continent is None:
        return "Unknown"
    if continent.code in SPLIT_CONTINENTS and country.m49_subregion is not None:
        return _english(country.m49_subregion)
    return _english(continent)


@dataclass(frozen=True)
class DemoFigures:
    headline: HeadlineFigures
    health: HeadlineFigures
    health_continents: tuple[str, ...]
    continents: tuple[str, ...]
    projects_by_goal: tuple[tuple[int, int], ...]  # (goal, projects), most frequent first
    value_by_area: tuple[tuple[str, Decimal], ...]  # (M49 area, EUR), largest first
    multi_country_projects: int
    projects_by_currency: tuple[tuple[str, int], ...]


def demo_figures(*, projects: QuerySet[Project] | None = None) -> DemoFigures:
    """The seed-page figures of a set of projects (default: the demo dataset).

    A project's value counts in each of its countries in proportion to the country's
    percentage (the whole value when the percentage is missing).
    """
    qs = demo_project_list() if projects is None else projects
    health_qs = project_list_in_sector_categories(categories=HEALTH_SECTOR_CATEGORIES, projects=qs)

    links = ProjectCountry.objects.filter(project__in=qs.values("pk")).select_related(
        "country__m49_continent", "country__m49_subregion", "project"
    )
    health_ids = set(health_qs.values_list("pk", flat=True))
    by_area: dict[str, Decimal] = defaultdict(Decimal)
    continents: set[str] = set()
    health_continents: set[str] = set()
    countries_per_project: dict[int, int] = defaultdict(int)
    for link in links:
        countries_per_project[link.project_id] += 1
        continent = link.country.m49_continent
        continent_name = _english(continent) if continent else "Unknown"
        continents.add(continent_name)
        if link.project_id in health_ids:
            health_continents.add(continent_name)
        value = link.project.total_value_eur
        if value is None:
            continue
        share = Decimal(100) if link.percentage is None else link.percentage
        by_area[m49_area(link.country)] += value * share / Decimal(100)

    goal_counts = (
        SDGGoal.objects.filter(projects__in=qs.values("pk"))
        .annotate(n=Count("projects", distinct=True))
        .values_list("number", "n")
    )
    currencies = qs.values("value_currency").annotate(n=Count("pk")).values_list("value_currency", "n")
    return DemoFigures(
        headline=headline_figures(projects=qs),
        health=headline_figures(projects=health_qs),
        health_continents=tuple(sorted(health_continents)),
        continents=tuple(sorted(continents)),
        projects_by_goal=tuple(sorted(goal_counts, key=lambda item: (-item[1], item[0]))),
        value_by_area=tuple(
            sorted(
                ((area, value.quantize(Decimal("0.01"))) for area, value in by_area.items()),
                key=lambda i: -i[1],
            )
        ),
        multi_country_projects=sum(1 for n in countries_per_project.values() if n > 1),
        projects_by_currency=tuple(sorted(currencies, key=lambda item: (-item[1], item[0]))),
    )
