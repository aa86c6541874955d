"""The demo dataset shows the figures of seed 002, computed here straight from the database."""

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import pytest
from django.db.models import Count, F, Q, Sum

from coopdev.demo.generator import AS_OF, DemoError, build_synthetic
from coopdev.organisations.models import Organisation
from coopdev.projects.models import (
    Budget,
    IndicatorPeriod,
    Location,
    ParticipatingOrg,
    Project,
    ProjectCountry,
    ProjectSector,
    ProjectTag,
    Transaction,
)
from coopdev.projects.selectors import (
    HEALTH_SECTOR_CATEGORIES,
    headline_figures,
    project_list_in_sector_categories,
)
from coopdev.projects.services import sdg_codes_of
from coopdev.reference.fx import to_eur

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_dataset")]

MILLION = Decimal(1_000_000)


def demo_projects():
    return Project.objects.filter(is_demo=True, iati_identifier__startswith="XX-DEMO-")


def health_projects():
    return project_list_in_sector_categories(categories=HEALTH_SECTOR_CATEGORIES, projects=demo_projects())


def area_of(country) -> str:
    """M49 continent, except the Americas and Europe, which are split into sub-regions."""
    if country.m49_continent.code in ("019", "150"):
        return country.m49_subregion.code
    return country.m49_continent.code


def test_headline_figures_are_those_of_the_seed_page():
    figures = headline_figures(projects=demo_projects())

    assert figures.projects == 218
    assert figures.countries == 87
    assert figures.organisations == 62
    assert figures.total_value_eur > 76 * MILLION
    assert figures.projects_without_eur_value == 0


def test_every_demo_cooperative_reports_at_least_one_project():
    organisations = Organisation.objects.filter(is_demo=True, iati_identifier__startswith="XX-DEMO-")

    assert organisations.count() == 62
    assert not organisations.annotate(n=Count("reported_projects")).filter(n=0).exists()


def test_health_sector_has_39_projects_by_12_cooperatives_worth_over_21_million_reaching_1_2_million():
    figures = headline_figures(projects=health_projects())

    assert figures.projects == 39
    assert figures.organisations == 12
    assert figures.total_value_eur > 21 * MILLION
    assert figures.people_reached >= 1_200_000


def test_every_health_project_is_tagged_sdg_3():
    untagged = health_projects().exclude(
        pk__in=ProjectTag.objects.filter(vocabulary="2", code="3").values("project")
    )

    assert not untagged.exists()


def test_health_projects_are_on_all_five_continents_and_spread_over_the_years():
    continents = set(
        ProjectCountry.objects.filter(project__in=health_projects()).values_list(
            "country__m49_continent__code", flat=True
        )
    )
    years = {project.planned_start.year for project in health_projects()}

    assert continents == {"002", "019", "142", "150", "009"}
    assert len(years) >= 12


def test_projects_are_on_all_five_continents():
    continents = set(
        ProjectCountry.objects.filter(project__in=demo_projects()).values_list(
            "country__m49_continent__code", flat=True
        )
    )

    assert continents == {"002", "019", "142", "150", "009"}


def test_sdg_3_8_and_12_are_the_most_frequent_goals():
    counts = (
        Project.sdg_goals.through.objects.filter(project__in=demo_projects())
        .values_list("sdggoal")
        .annotate(n=Count("project", distinct=True))
    )
    ranked = sorted(counts, key=lambda row: -row[1])

    assert {goal for goal, _ in ranked[:3]} == {3, 8, 12}
    assert ranked[2][1] > ranked[3][1]
    assert len(ranked) >= 12  # other goals are present too


def test_africa_latin_america_and_eastern_europe_hold_most_of_the_value():
    by_area: dict[str, Decimal] = defaultdict(Decimal)
    for link in ProjectCountry.objects.filter(project__in=demo_projects()).select_related(
        "project", "country__m49_continent", "country__m49_subregion"
    ):
        by_area[area_of(link.country)] += link.project.total_value_eur * link.percentage / 100
    largest = sorted(by_area, key=lambda area: -by_area[area])

    assert set(largest[:3]) == {"002", "419", "151"}  # Africa, Latin America, Eastern Europe


def test_country_percentages_add_up_to_100_for_every_project():
    totals = (
        ProjectCountry.objects.filter(project__in=demo_projects())
        .values("project")
        .annotate(total=Sum("percentage"))
    )

    assert {row["total"] for row in totals} == {Decimal(100)}
    assert demo_projects().annotate(n=Count("countries")).filter(n__gte=2).count() >= 10


def test_sector_percentages_add_up_to_100_per_vocabulary_for_every_project():
    totals = (
        ProjectSector.objects.filter(project__in=demo_projects())
        .values("project", "vocabulary")
        .annotate(total=Sum("percentage"))
    )

    assert {row["total"] for row in totals} == {Decimal(100)}
    assert ProjectSector.objects.filter(project__in=demo_projects(), vocabulary__in=["7", "8"]).exists()


def test_dac_sectors_point_at_their_sector_and_category():
    rows = ProjectSector.objects.filter(project__in=demo_projects(), vocabulary="1").select_related("sector")

    assert rows.count() > 218
    assert all(row.sector is not None and row.sector.code == row.code for row in rows)
    assert all(row.category_id == row.sector.category_id for row in rows)


def test_derived_sdg_links_match_tags_and_sectors():
    for project in demo_projects().prefetch_related("tags", "sectors", "sdg_goals", "sdg_targets"):
        goals, targets = sdg_codes_of(
            tags=[(t.vocabulary, t.code) for t in project.tags.all()],
            sectors=[(s.vocabulary, s.code) for s in project.sectors.all()],
        )
        assert {g.number for g in project.sdg_goals.all()} == goals, project.iati_identifier
        assert {t.code for t in project.sdg_targets.all()} == targets, project.iati_identifier


def test_every_project_has_english_and_italian_title_and_description():
    for project in demo_projects():
        assert project.title.get("en") and project.title.get("it"), project.iati_identifier
        assert project.description.get("en") and project.description.get("it"), project.iati_identifier


def test_some_projects_are_also_written_in_french_spanish_and_turkish():
    languages = defaultdict(set)
    for project in demo_projects().prefetch_related("countries"):
        for lang in set(project.title) - {"en", "it"}:
            languages[lang].add(project.countries.all()[0].country_id)

    assert {"fr", "es", "tr"} <= set(languages)
    assert languages["tr"] == {"TR"}
    assert {"SN", "HT"} & languages["fr"]


def test_titles_are_distinct():
    titles = [project.title["en"] for project in demo_projects()]

    assert len(set(titles)) == len(titles)


def test_values_are_converted_to_euros_at_their_value_date():
    foreign = demo_projects().exclude(value_currency="EUR")

    assert set(foreign.values_list("value_currency", flat=True)) == {"USD", "GBP", "CHF", "XOF"}
    for project in foreign:
        assert (
            project.total_value_eur
            == to_eur(project.total_value, project.value_currency, project.value_date).eur
        )
    assert not Budget.objects.filter(project__in=demo_projects(), value_eur__isnull=True).exists()
    assert not Transaction.objects.filter(project__in=demo_projects(), value_eur__isnull=True).exists()


def test_yearly_budgets_add_up_to_the_total_value():
    for project in demo_projects().prefetch_related("budgets"):
        budgets = list(project.budgets.all())
        assert sum(b.value for b in budgets) == project.total_value, project.iati_identifier
        assert all(b.period_end - b.period_start < dt.timedelta(days=366) for b in budgets)


def test_the_cooperative_manages_only_part_of_most_projects():
    partial = demo_projects().filter(managed_value__lt=F("total_value")).count()

    assert partial > 218 / 2
    assert not demo_projects().filter(managed_value__gt=F("total_value")).exists()


def test_transactions_are_commitments_disbursements_and_expenditure_not_above_the_managed_value():
    assert set(Transaction.objects.filter(project__in=demo_projects()).values_list("type", flat=True)) == {
        "2",
        "3",
        "4",
    }
    for project in demo_projects().prefetch_related("transactions"):
        spent = sum(t.value for t in project.transactions.all() if t.type in ("3", "4"))
        assert spent <= project.managed_value, project.iati_identifier


def test_statuses_agree_with_the_dates():
    for project in demo_projects():
        assert dt.date(2012, 1, 1) <= project.planned_start <= project.planned_end <= dt.date(2027, 12, 31)
        if project.activity_status == "2":
            assert project.actual_start <= AS_OF and project.actual_end is None
        else:
            assert project.activity_status in ("3", "4")
            assert project.actual_end <= AS_OF


def test_participants_include_the_reporting_cooperative_funders_and_partners():
    roles = ParticipatingOrg.objects.filter(project__in=demo_projects())

    assert roles.filter(role="4", organisation__isnull=False).count() == 218
    assert roles.filter(role="1").values("project").distinct().count() == 218
    assert roles.filter(role__in=["2", "3"]).exists()
    funders = {row.name["en"] for row in roles.filter(role="1")}
    assert all(
        any(marker in name for marker in ("Illustrative", "Example", "Sample", "Demo")) for name in funders
    )


def test_results_have_indicators_with_targets_some_met_and_some_missed():
    periods = IndicatorPeriod.objects.filter(
        indicator__result__project__in=demo_projects(), actual_value__isnull=False
    )

    assert demo_projects().filter(results__isnull=False).distinct().count() > 218 * 0.7
    assert periods.filter(actual_value__gte=F("target_value")).exists()
    assert periods.filter(actual_value__lt=F("target_value")).exists()


def test_about_two_thirds_of_projects_have_a_location_near_their_country():
    located = demo_projects().filter(locations__isnull=False).distinct().count()

    assert 0.55 * 218 < located < 0.8 * 218
    for location in Location.objects.filter(project__in=demo_projects()).select_related("country"):
        assert abs(location.latitude - location.country.latitude) <= 0.35
        assert abs((location.longitude - location.country.longitude + 180) % 360 - 180) <= 0.35


def test_people_reached_are_reported_by_sex_for_most_projects():
    with_sex = demo_projects().filter(people_reached_women__isnull=False)

    assert with_sex.count() > 218 / 2
    assert not with_sex.exclude(people_reached=F("people_reached_women") + F("people_reached_men")).exists()


def test_demo_rows_are_published_marked_and_clearly_fictitious():
    assert not demo_projects().exclude(publication_state=Project.PublicationState.PUBLISHED).exists()
    organisations = Organisation.objects.filter(is_demo=True)
    assert all(org.website.startswith("https://example.org/") for org in organisations)
    assert all("Esempio" in org.name and "Illustrative" in org.description for org in organisations)
    assert all("(Illustrative demo data.)" in project.description["en"] for project in demo_projects())


def test_build_synthetic_inserts_projects_of_the_same_shape_beside_the_demo_dataset():
    calls = []

    result = build_synthetic(
        n_projects=500, n_organisations=20, seed=7, batch_size=200, progress=lambda d, t: calls.append((d, t))
    )

    synthetic = Project.objects.filter(iati_identifier__startswith=result.prefix)
    assert result.prefix == "XX-SYNTH-S7-"
    assert synthetic.count() == 500
    assert not synthetic.filter(is_demo=False).exists()
    assert headline_figures(projects=demo_projects()).projects == 218
    figures = headline_figures(projects=synthetic)
    assert figures.projects_without_eur_value == 0
    assert figures.organisations == 20
    assert not synthetic.filter(
        Q(sdg_goals__isnull=True) | Q(countries__isnull=True) | Q(budgets__isnull=True)
    ).exists()
    assert calls == [(200, 500), (400, 500), (500, 500)]


def test_synthetic_rows_read_back_as_the_orm_writes_them():
    build_synthetic(n_projects=50, n_organisations=5, seed=9, with_results=True)

    projects = Project.objects.filter(iati_identifier__startswith="XX-SYNTH-S9-").prefetch_related(
        "budgets", "transactions", "results__indicators__periods", "tags", "sdg_goals"
    )
    for project in projects:
        assert project.title["en"] and project.title["it"]
        assert (
            project.total_value_eur
            == to_eur(project.total_value, project.value_currency, project.value_date).eur
        )
        assert project.managed_value <= project.total_value
        assert [b.value for b in project.budgets.all()] == [project.total_value]
        assert {t.type for t in project.transactions.all()} == {"2", "4"}
        assert project.created_at is not None
        goals, _ = sdg_codes_of(tags=[(t.vocabulary, t.code) for t in project.tags.all()], sectors=[])
        assert {g.number for g in project.sdg_goals.all()} == goals
        (result,) = project.results.all()
        (indicator,) = result.indicators.all()
        assert indicator.periods.count() == 1


def test_build_synthetic_refuses_a_seed_already_loaded():
    build_synthetic(n_projects=3, n_organisations=2, seed=8)

    with pytest.raises(DemoError):
        build_synthetic(n_projects=3, n_organisations=2, seed=8)
