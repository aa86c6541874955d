"""The pre-aggregated figures (PostgreSQL) give exactly the selectors' own answers.

Every figure selector is called twice for every kind of slice, once reading the summary the
triggers keep and once with ``summary.bypassed()`` (the selectors' own queries), on the demo data
and after each of a series of random edits made the ways the platform writes (ORM saves, bulk
updates, many-to-many changes, deletes, raw SQL). The answers must be equal, Decimal for
Decimal, and the summary must equal one rebuilt from scratch.
"""

import datetime as dt
import random
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import QueryDict

from coopdev.organisations.models import Organisation
from coopdev.projects import selectors, summary
from coopdev.projects.filters import ProjectFilterForm, organisation_choices
from coopdev.projects.models import ParticipatingOrg, Project, ProjectCountry, ProjectRegion, ProjectSector
from coopdev.projects.tests.factories import OrganisationFactory, ProjectFactory, add_country, add_sector
from coopdev.reference.models import Country, Region, Sector

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="the summary tables exist on PostgreSQL only",
)

SELECTOR_CALLS = {
    "headline": lambda p: selectors.headline_figures(projects=p),
    "countries": lambda p: selectors.value_by_country(projects=p),
    "countries, managed": lambda p: selectors.value_by_country(projects=p, basis="managed"),
    "ICA regions": lambda p: selectors.value_by_region(projects=p),
    "M49 continents": lambda p: selectors.value_by_region(projects=p, kind=Region.Kind.M49_CONTINENT),
    "M49 sub-regions, managed": lambda p: selectors.value_by_region(
        projects=p, kind=Region.Kind.M49_SUBREGION, basis="managed"
    ),
    "SDGs": lambda p: selectors.projects_by_sdg(projects=p),
    "SDGs, managed": lambda p: selectors.projects_by_sdg(projects=p, basis="managed"),
    "sectors": lambda p: selectors.value_by_sector_category(projects=p),
    "sectors, managed": lambda p: selectors.value_by_sector_category(projects=p, basis="managed"),
    "years": lambda p: selectors.projects_and_value_by_year(projects=p),
    "years, managed": lambda p: selectors.projects_and_value_by_year(projects=p, basis="managed"),
    "people": lambda p: selectors.people_reached(projects=p),
    "top organisations": lambda p: selectors.value_by_organisation(projects=p, limit=10),
    "all organisations, managed": lambda p: selectors.value_by_organisation(projects=p, basis="managed"),
}


def slices() -> dict[str, object]:
    """One set of projects of every kind the summary holds, as the pages build them."""
    org = Organisation.objects.filter(reported_projects__isnull=False).order_by("pk").first()
    partner = ParticipatingOrg.objects.filter(organisation__isnull=False).order_by("pk").first()
    region = Region.objects.filter(kind=Region.Kind.ICA).order_by("pk").first()
    sets: dict[str, object] = {
        "all": None,
        "health": selectors.project_list_in_sector_categories(categories=selectors.HEALTH_SECTOR_CATEGORIES),
        "status 2": selectors.project_list_with_status(status="2"),
    }
    if region:
        sets["region"] = selectors.project_list_in_region(region=region.code)
    for goal in (1, 3, 8):
        sets[f"SDG {goal}"] = selectors.project_list_in_sdg(goal=goal)
    for category in (
        ProjectSector.objects.exclude(category=None).values_list("category", flat=True).distinct()[:3]
    ):
        sets[f"category {category}"] = selectors.project_list_in_sector_categories(categories=(category,))
    if org:
        sets["organisation"] = selectors.project_list_for_organisation(organisation=org)
        sets["organisation by slug"] = selectors.project_list_for_organisation_slug(slug=org.slug)
    if partner and partner.organisation:
        sets["partner"] = selectors.project_list_for_organisation(organisation=partner.organisation)
    return sets


def assert_both_paths_agree() -> None:
    cache.clear()
    offered = organisation_choices()
    cache.clear()  # the choices are cached under the data version, which is the same here
    with summary.bypassed():
        assert organisation_choices() == offered
    for name, projects in slices().items():
        assert summary.slice_of(projects) is not None, name  # the summary serves it
        for call_name, call in SELECTOR_CALLS.items():
            from_summary = call(projects)
            with summary.bypassed():
                queried = call(projects)
            assert from_summary == queried, (name, call_name)


def summary_rows() -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM projects_figuresummary ORDER BY slice, dim, key")
        return cursor.fetchall()


def assert_summary_equals_a_rebuild() -> None:
    kept = summary_rows()
    with connection.cursor() as cursor:
        cursor.execute("SELECT coopdev_figures_rebuild()")
    assert summary_rows() == kept


@pytest.fixture
def no_figure_cache(settings):
    settings.COOPDEV_FIGURE_CACHE = False


@postgres_only
@pytest.mark.usefixtures("no_figure_cache")
def test_every_figure_of_the_demo_data_is_the_same_from_the_summary_and_from_the_queries():
    from coopdev.demo.generator import demo_build

    demo_build()
    assert selectors.headline_figures().projects > 200
    assert_both_paths_agree()
    assert_summary_equals_a_rebuild()


def _random_project(rng: random.Random, orgs: list[Organisation], sectors: list[Sector]) -> Project:
    value = Decimal(rng.randrange(1, 10**9)) / 100 if rng.random() > 0.1 else None
    managed = (value * Decimal(rng.randrange(0, 101)) / 100).quantize(Decimal("0.01")) if value else None
    start = dt.date(rng.randrange(2010, 2024), 1, 1) if rng.random() < 0.8 else None
    end = start.replace(year=start.year + rng.randrange(0, 5)) if start and rng.random() < 0.6 else None
    project = ProjectFactory(
        reporting_org=rng.choice(orgs),
        total_value=value,
        managed_value=managed,
        total_value_eur=value,
        managed_value_eur=managed,
        people_reached=rng.choice([None, 0, rng.randrange(1, 10**6)]),
        people_reached_women=rng.choice([None, rng.randrange(0, 1000)]),
        activity_status=rng.choice(["1", "2", "3"]),
        planned_start=start,
        planned_end=end,
        actual_end=end if end and rng.random() < 0.3 else None,
    )
    countries = rng.sample(["KE", "TZ", "BR", "IT", "IN", "PE", "SN", "VN"], rng.randrange(0, 4))
    for code, share in zip(countries, _shares(rng, len(countries)), strict=True):
        add_country(project, code, share)
    if rng.random() < 0.2:
        ProjectRegion.objects.create(
            project=project,
            region=rng.choice(list(Region.objects.filter(kind=Region.Kind.IATI)[:20])),
            percentage=Decimal(rng.choice(["10", "33.33", "50"])),
        )
    chosen = rng.sample(sectors, rng.randrange(0, 3))
    for sector, share in zip(chosen, _shares(rng, len(chosen)), strict=True):
        add_sector(project, sector.code, share)
    if rng.random() < 0.2:  # a 3-digit code: counted only when the project has no 5-digit one
        ProjectSector.objects.create(
            project=project, vocabulary="2", code="121", category_id="121", percentage=Decimal(100)
        )
    project.sdg_goals.add(*rng.sample(range(1, 18), rng.randrange(0, 4)))
    if rng.random() < 0.4:
        ParticipatingOrg.objects.create(project=project, organisation=rng.choice(orgs), role="2")
    return project


def _shares(rng: random.Random, count: int) -> list[str | None]:
    """Percentages that add up to 100 (one share may be omitted, as IATI allows)."""
    if count <= 1:
        return [rng.choice([None, "100"])][:count]
    cuts = sorted(rng.sample(range(1, 10_000), count - 1))
    bounds = [0, *cuts, 10_000]
    return [str(Decimal(bounds[i + 1] - bounds[i]) / 100) for i in range(count)]


@postgres_only
@pytest.mark.usefixtures("no_figure_cache")
def test_the_summary_stays_exact_through_random_edits():
    rng = random.Random(20261201)
    orgs = [OrganisationFactory() for _ in range(5)]
    sectors = list(Sector.objects.filter(withdrawn=False, category__isnull=False).order_by("code")[:40])
    projects = [_random_project(rng, orgs, sectors) for _ in range(40)]
    assert_both_paths_agree()

    edits = [
        lambda p: Project.objects.filter(pk=p.pk).update(
            total_value_eur=Decimal(rng.randrange(0, 10**8)) / 7
        ),
        lambda p: Project.objects.filter(pk=p.pk).update(
            publication_state=rng.choice(["draft", "published"])
        ),
        lambda p: Project.objects.filter(pk=p.pk).update(reporting_org=rng.choice(orgs)),
        lambda p: Project.objects.filter(pk=p.pk).update(activity_status=rng.choice(["2", "4"])),
        lambda p: Project.objects.filter(pk=p.pk).update(people_reached=None),
        lambda p: ProjectCountry.objects.filter(project=p).delete(),
        lambda p: ProjectCountry.objects.filter(project=p).update(percentage=Decimal("33.33")),
        lambda p: p.sdg_goals.set(rng.sample(range(1, 18), 2)),
        lambda p: p.sdg_goals.clear(),
        lambda p: ProjectSector.objects.filter(project=p, vocabulary="1").delete(),
        lambda p: ParticipatingOrg.objects.filter(project=p).delete(),
        lambda p: ParticipatingOrg.objects.create(project=p, organisation=rng.choice(orgs), role="4"),
        lambda p: Project.objects.filter(pk=p.pk).delete(),
    ]
    for _round in range(30):
        project = rng.choice(projects)
        rng.choice(edits)(project)
        if not Project.objects.filter(pk=project.pk).exists():
            projects.remove(project)
            projects.append(_random_project(rng, orgs, sectors))
    # Writes that bypass the ORM's per-row paths: one statement over many projects, and raw SQL.
    Project.objects.filter(activity_status="2").update(managed_value_eur=Decimal("1234.56"))
    with connection.cursor() as cursor:
        cursor.execute("UPDATE projects_projectcountry SET percentage = NULL WHERE country_id = 'KE'")
    assert_both_paths_agree()
    assert_summary_equals_a_rebuild()


@postgres_only
@pytest.mark.usefixtures("no_figure_cache")
def test_moving_a_country_to_another_region_moves_its_projects_figures():
    project = ProjectFactory()
    add_country(project, "KE")
    kenya = Country.objects.get(code="KE")
    elsewhere = Region.objects.filter(kind=Region.Kind.ICA).exclude(pk=kenya.ica_region_id).first()
    before = selectors.value_by_region()
    Country.objects.filter(code="KE").update(ica_region=elsewhere)
    after = selectors.value_by_region()
    with summary.bypassed():
        assert after == selectors.value_by_region()
    assert after != before
    assert [r.key for r in after.rows] == [elsewhere.code]


@postgres_only
def test_single_explore_filters_and_thematic_pages_are_the_same_slice():
    coop = OrganisationFactory(slug="coop-a")
    ProjectFactory(reporting_org=coop)  # the filter offers organisations with a published project
    for query, expected in (
        ("sdg=8", "sdg:8"),
        ("sector_category=311", "cat:311"),
        ("sector_category=121&sector_category=122&sector_category=123", "cat:health"),
        ("status=2&sort=title&basis=managed&page=2", "status:2"),
        ("organisation=coop-a", f"org:{coop.pk}"),
        ("region=africa", f"region:{Region.objects.get(kind=Region.Kind.ICA, code='africa').pk}"),
        ("", summary.ALL),
    ):
        form = ProjectFilterForm(QueryDict(query))
        assert form.is_valid(), (query, form.errors)
        assert summary.slice_of(form.filter_queryset()) == expected, query


@postgres_only
def test_combined_filters_a_search_or_a_year_range_are_computed_by_the_queries():
    ProjectFactory(reporting_org=OrganisationFactory(slug="coop-a"))
    for query in (
        "sdg=8&region=africa",
        "q=dairy",
        "year_from=2020",
        "country=KE",
        "sdg=8&organisation=coop-a",
    ):
        form = ProjectFilterForm(QueryDict(query))
        assert form.is_valid(), (query, form.errors)
        assert summary.slice_of(form.filter_queryset()) is None, query


def test_sqlite_has_no_summary_and_the_selectors_query():
    if connection.vendor == "postgresql":
        with summary.bypassed():
            assert summary.slice_of(None) is None
    else:
        assert summary.slice_of(None) is None


def test_the_explore_sector_category_filter_finds_the_projects_of_that_category(client):
    health = ProjectFactory()
    add_sector(health, "12220")  # basic health care, category 122
    other = ProjectFactory()
    add_sector(other, "11110")  # education policy
    form = ProjectFilterForm(QueryDict("sector_category=122"))
    assert form.is_valid(), form.errors
    assert list(form.filter_queryset()) == [health]
    form = ProjectFilterForm(QueryDict("sector_category=122&sector_category=111"))
    assert form.is_valid(), form.errors
    assert set(form.filter_queryset()) == {health, other}


@postgres_only
def test_sets_the_summary_does_not_hold_are_left_to_the_queries():
    ProjectFactory(publication_state=Project.PublicationState.DRAFT)
    assert summary.slice_of(Project.objects.none()) is None
    assert summary.slice_of(Project.objects.all()) is None  # drafts included: not a public slice
    assert selectors.headline_figures(projects=Project.objects.none()).projects == 0
    assert selectors.headline_figures(projects=Project.objects.all()).projects == 1
