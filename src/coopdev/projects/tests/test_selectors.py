from decimal import Decimal

import pytest
from django.db import IntegrityError

from coopdev.projects.models import Project
from coopdev.projects.selectors import (
    HEALTH_SECTOR_CATEGORIES,
    headline_figures,
    project_list_in_sector_categories,
)
from coopdev.projects.tests.factories import OrganisationFactory, ProjectFactory, add_country, add_sector

pytestmark = pytest.mark.django_db


def test_headline_figures_of_an_empty_platform_are_zero_not_errors():
    figures = headline_figures()
    assert figures.projects == 0
    assert figures.total_value_eur == Decimal(0)
    assert figures.average_project_value_eur is None


def test_headline_figures_count_published_projects_countries_organisations_and_sum_values():
    coop_a, coop_b = OrganisationFactory(), OrganisationFactory()
    p1 = ProjectFactory(
        reporting_org=coop_a, total_value=Decimal(300_000), managed_value=Decimal(100_000), people_reached=500
    )
    p2 = ProjectFactory(
        reporting_org=coop_a,
        total_value=Decimal(100_000),
        managed_value=Decimal(100_000),
        people_reached=None,
    )
    p3 = ProjectFactory(
        reporting_org=coop_b,
        total_value=None,
        managed_value=None,
        total_value_eur=None,
        managed_value_eur=None,
        people_reached=250,
    )
    add_country(p1, "KE", "60")
    add_country(p1, "TZ", "40")
    add_country(p2, "KE")
    add_country(p3, "BR")
    unpublished = ProjectFactory(
        publication_state=Project.PublicationState.DRAFT, total_value=Decimal(10**7), managed_value=Decimal(1)
    )
    add_country(unpublished, "IT")

    figures = headline_figures()

    assert figures.projects == 3
    assert figures.countries == 3  # KE, TZ, BR; the draft's IT is not public
    assert figures.organisations == 2
    assert figures.total_value_eur == Decimal(400_000)
    assert figures.managed_value_eur == Decimal(200_000)
    # The average is over the two projects with a known value, not over all three.
    assert figures.average_project_value_eur == Decimal(200_000)
    assert figures.people_reached == 750
    assert figures.projects_without_eur_value == 1


def test_a_project_identifier_is_unique_so_a_project_cannot_be_counted_twice():
    ProjectFactory(iati_identifier="XX-TEST-SAME")
    with pytest.raises(IntegrityError):
        ProjectFactory(iati_identifier="XX-TEST-SAME")


def test_health_sector_projects_are_counted_once_even_with_several_health_sectors():
    both = ProjectFactory()
    add_sector(both, "12220", "50")  # basic health care
    add_sector(both, "12191", "50")  # medical services
    other = ProjectFactory()
    add_sector(other, "11110")  # education policy
    health = project_list_in_sector_categories(categories=HEALTH_SECTOR_CATEGORIES)
    assert list(health) == [both]
    assert headline_figures(projects=health).projects == 1


# -- breakdowns that add up --------------------------------------------------------------------

from coopdev.projects import selectors  # noqa: E402
from coopdev.projects.filters import ProjectFilterForm  # noqa: E402
from coopdev.projects.tests.factories import add_region, add_sdgs  # noqa: E402


def _mixed_portfolio():
    """Projects split over countries, regions, nothing; one unpublished; values with cents."""
    split = ProjectFactory(total_value=Decimal("100000.00"), managed_value=Decimal("30000.00"))
    add_country(split, "KE", "60")
    add_country(split, "BR", "40")
    single = ProjectFactory(total_value=Decimal("33333.33"), managed_value=Decimal("10000.01"))
    add_country(single, "KE")  # no percentage: 100 %
    thirds = ProjectFactory(total_value=Decimal("1000.01"), managed_value=Decimal("1000.01"))
    add_country(thirds, "UA", "33.33")
    add_country(thirds, "IT", "33.33")
    add_country(thirds, "TR", "33.34")
    partly_regional = ProjectFactory(total_value=Decimal("50000.00"), managed_value=Decimal("5000.00"))
    add_country(partly_regional, "SN", "50")
    add_region(partly_regional, "298", "50")
    nowhere = ProjectFactory(total_value=Decimal("7777.77"), managed_value=None, managed_value_eur=None)
    valueless = ProjectFactory(
        total_value=None, managed_value=None, total_value_eur=None, managed_value_eur=None
    )
    add_country(valueless, "KE")
    draft = ProjectFactory(publication_state=Project.PublicationState.DRAFT, total_value=Decimal(10**6))
    add_country(draft, "KE")
    return split, single, thirds, partly_regional, nowhere


def _close(a: Decimal, b: Decimal) -> bool:
    # Exact on PostgreSQL (numeric arithmetic); SQLite computes in floating point.
    from django.db import connection

    return a == b if connection.vendor == "postgresql" else abs(a - b) <= Decimal("0.01")


@pytest.mark.parametrize("basis", ["total", "managed"])
def test_country_totals_plus_buckets_equal_the_overall_total(basis):
    _mixed_portfolio()
    breakdown = selectors.value_by_country(basis=basis)
    total = headline_figures().total_value_eur if basis == "total" else headline_figures().managed_value_eur
    assert breakdown.total_value_eur == total
    assert _close(
        sum((r.value_eur for r in breakdown.rows), Decimal(0))
        + breakdown.regional.value_eur
        + breakdown.unspecified.value_eur,
        total,
    )
    assert abs(breakdown.unallocated_eur) <= Decimal("0.01")


def test_a_project_in_two_countries_contributes_its_value_split_by_percentage():
    _mixed_portfolio()
    rows = {r.key: r for r in selectors.value_by_country().rows}
    assert _close(rows["KE"].value_eur, Decimal("60000") + Decimal("33333.33"))
    assert _close(rows["BR"].value_eur, Decimal("40000"))
    assert _close(rows["TR"].value_eur, Decimal("333.403334"))  # 33.34 % of 1,000.01
    assert rows["KE"].projects == 3  # split, single and the valueless one; not the draft
    assert rows["KE"].numeric == "404"


def test_regional_and_unspecified_buckets_hold_what_no_country_takes():
    _mixed_portfolio()
    breakdown = selectors.value_by_country()
    assert _close(breakdown.regional.value_eur, Decimal("25000"))
    assert breakdown.regional.projects == 1
    assert breakdown.unspecified.value_eur == Decimal("7777.77")
    assert breakdown.unspecified.projects == 1


@pytest.mark.parametrize("kind", ["ica", "m49-continent", "m49-subregion"])
def test_value_by_region_sums_to_the_total(kind):
    _mixed_portfolio()
    breakdown = selectors.value_by_region(kind=kind)
    assert _close(breakdown.allocated_eur, breakdown.total_value_eur)
    if kind == "ica":
        rows = {r.key: r for r in breakdown.rows}
        # TR and IT and UA are in Cooperatives Europe (TR by the ICA override).
        assert _close(rows["europe"].value_eur, Decimal("1000.01"))
        assert rows["europe"].projects == 1  # one project in three European countries counts once


def test_sector_split_counts_five_digit_codes_and_falls_back_to_three_digit_ones():
    from coopdev.projects.models import ProjectSector
    from coopdev.reference.models import SectorCategory

    a = ProjectFactory(total_value=Decimal("1000"), managed_value=Decimal(0))
    add_sector(a, "12220", "75")
    add_sector(a, "11110", "25")
    # A 3-digit row beside 5-digit ones would double the project's value: it is ignored.
    ProjectSector.objects.create(
        project=a, vocabulary="2", code="151", category=SectorCategory.objects.get(code="151")
    )
    b = ProjectFactory(total_value=Decimal("500"), managed_value=Decimal(0))
    ProjectSector.objects.create(
        project=b, vocabulary="2", code="151", category=SectorCategory.objects.get(code="151")
    )
    ProjectFactory(total_value=Decimal("250"), managed_value=Decimal(0))  # no sector
    breakdown = selectors.value_by_sector_category()
    rows = {r.key: r for r in breakdown.rows}
    assert _close(rows["122"].value_eur, Decimal("750"))
    assert _close(rows["111"].value_eur, Decimal("250"))
    assert _close(rows["151"].value_eur, Decimal("500"))
    assert rows["151"].projects == 1
    assert breakdown.unspecified.value_eur == Decimal("250")
    assert _close(breakdown.allocated_eur, Decimal("1750"))


def test_projects_by_sdg_lists_all_17_goals_with_colours_even_at_zero():
    p = ProjectFactory()
    add_sdgs(p, 3, 8)
    ProjectFactory()
    figures = selectors.projects_by_sdg()
    assert [r.key for r in figures.rows] == [str(n) for n in range(1, 18)]
    assert all(r.colour.startswith("#") for r in figures.rows)
    counts = {r.key: r.projects for r in figures.rows}
    assert counts["3"] == 1 and counts["8"] == 1 and counts["1"] == 0
    assert figures.projects_without_sdg == 1


def test_each_sdg_count_equals_the_explore_list_filtered_by_that_sdg():
    for goals in ((3,), (3, 8), (12,), (3, 12, 17), ()):
        p = ProjectFactory()
        add_country(p, "KE", "50")
        add_country(p, "TZ", "50")  # two countries must not double a count
        add_sdgs(p, *goals)
    for row in selectors.projects_by_sdg().rows:
        form = ProjectFilterForm({"sdg": row.key})
        assert form.is_valid(), form.errors
        assert form.filter_queryset().count() == row.projects


def test_timeline_counts_projects_in_each_active_year_and_spreads_their_value():
    import datetime as dt

    ProjectFactory(
        planned_start=dt.date(2019, 6, 1),
        planned_end=dt.date(2021, 3, 1),
        total_value=Decimal("300"),
        managed_value=Decimal(0),
    )
    ProjectFactory(
        planned_start=dt.date(2020, 1, 1),
        planned_end=None,
        total_value=Decimal("50"),
        managed_value=Decimal(0),
    )
    ProjectFactory(planned_start=None, planned_end=None, total_value=Decimal("10"), managed_value=Decimal(0))
    timeline = selectors.projects_and_value_by_year()
    by_year = {r.year: r for r in timeline.rows}
    assert sorted(by_year) == [2019, 2020, 2021]
    assert by_year[2020].projects == 2
    assert by_year[2019].value_eur == Decimal("100")
    assert by_year[2020].value_eur == Decimal("150")
    assert timeline.undated_projects == 1 and timeline.undated_value_eur == Decimal("10")
    assert sum(r.value_eur for r in timeline.rows) + timeline.undated_value_eur == Decimal("360")


def test_people_reached_and_organisations():
    org = OrganisationFactory()
    ProjectFactory(reporting_org=org, people_reached=100, people_reached_women=60, people_reached_men=40)
    ProjectFactory(reporting_org=org, people_reached=None)
    people = selectors.people_reached()
    assert (people.total, people.women, people.men, people.projects_reporting, people.projects) == (
        100,
        60,
        40,
        1,
        2,
    )
    rows = selectors.value_by_organisation()
    assert rows[0].key == org.slug and rows[0].projects == 2


def test_figure_selectors_run_in_a_fixed_number_of_queries(django_assert_max_num_queries):
    for _i in range(5):
        _mixed_portfolio()
    qs = selectors.project_list_published()
    # Computing: the selector's own queries plus one read of the data version (the cache key).
    with django_assert_max_num_queries(5 + 1):
        selectors.value_by_country(projects=qs)
    with django_assert_max_num_queries(6 + 1):
        selectors.value_by_region(projects=qs)
    with django_assert_max_num_queries(3 + 1):
        selectors.projects_by_sdg(projects=qs)
    with django_assert_max_num_queries(4 + 1):
        selectors.value_by_sector_category(projects=qs)
    with django_assert_max_num_queries(1 + 1):
        selectors.projects_and_value_by_year(projects=qs)
    with django_assert_max_num_queries(1 + 1):
        selectors.people_reached(projects=qs)
    # Cached: only the data version is read.
    with django_assert_max_num_queries(1):
        selectors.value_by_country(projects=qs)
    with django_assert_max_num_queries(1):
        selectors.value_by_region(projects=qs)


def test_data_completeness_counts_projects_reporting_each_part():
    org = OrganisationFactory()
    full = ProjectFactory(reporting_org=org, description={"en": "Something"})
    add_sdgs(full, 1)
    add_sector(full, "11110")
    ProjectFactory(reporting_org=org, planned_end=None)
    result = selectors.data_completeness(projects=selectors.project_list_for_organisation(organisation=org))
    items = {key: n for key, _label, n in result.items}
    assert result.projects == 2
    assert items == {
        "sdgs": 1,
        "sectors": 1,
        "budget": 0,
        "results": 0,
        "dates": 1,
        "location": 0,
        "description": 1,
    }
