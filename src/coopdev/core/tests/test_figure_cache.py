"""Cached figures are exact: any write the figures depend on, by any path, changes the answer."""

from decimal import Decimal

import pytest
from django.db import connection, transaction

from coopdev.core.figure_cache import data_version
from coopdev.projects import selectors
from coopdev.projects.models import Project, ProjectCountry
from coopdev.projects.tests.factories import ProjectFactory, add_country
from coopdev.reference.models import Country

pytestmark = pytest.mark.django_db


def test_a_second_read_is_served_from_the_cache(django_assert_num_queries):
    add_country(ProjectFactory(), "KE")
    first = selectors.value_by_country()
    with django_assert_num_queries(1):  # the data version only
        again = selectors.value_by_country()
    assert again == first


def test_saving_a_project_changes_the_version_and_the_figures():
    project = ProjectFactory(total_value_eur=Decimal(1000))
    before = data_version()
    assert selectors.headline_figures().total_value_eur == Decimal(1000)
    Project.objects.filter(pk=project.pk).update(total_value_eur=Decimal(2500))
    assert data_version() != before
    assert selectors.headline_figures().total_value_eur == Decimal(2500)


def test_bulk_inserts_and_deletes_of_country_shares_change_the_figures():
    project = ProjectFactory(total_value_eur=Decimal(1000))
    assert selectors.value_by_country().rows == []
    kenya = Country.objects.get(code="KE")
    ProjectCountry.objects.bulk_create([ProjectCountry(project=project, country=kenya)])
    assert [r.key for r in selectors.value_by_country().rows] == ["KE"]
    ProjectCountry.objects.all().delete()
    assert selectors.value_by_country().rows == []


def test_raw_sql_writes_change_the_figures_too():
    ProjectFactory(people_reached=10)
    assert selectors.people_reached().total == 10
    with connection.cursor() as cursor:
        cursor.execute("UPDATE projects_project SET people_reached = 25")
    assert selectors.people_reached().total == 25


def test_sdg_links_change_the_figures():
    project = ProjectFactory()
    assert selectors.projects_by_sdg().rows[2].projects == 0
    project.sdg_goals.add(3)
    assert selectors.projects_by_sdg().rows[2].projects == 1


def test_a_rolled_back_write_does_not_leave_its_figures_behind():
    ProjectFactory(people_reached=10)
    assert selectors.people_reached().total == 10
    with pytest.raises(RuntimeError), transaction.atomic():
        Project.objects.update(people_reached=99)
        assert selectors.people_reached().total == 99
        raise RuntimeError("roll back")
    assert selectors.people_reached().total == 10


def test_each_filter_and_language_has_its_own_entry():
    add_country(ProjectFactory(title={"en": "Water"}), "KE")
    add_country(ProjectFactory(title={"en": "Seeds"}), "BR")
    everything = selectors.value_by_country()
    kenya = selectors.value_by_country(projects=Project.objects.filter(countries__country="KE"))
    assert [r.key for r in kenya.rows] == ["KE"]
    assert len(everything.rows) == 2
    from django.utils import translation

    with translation.override("fr"):
        names_fr = [r.name for r in selectors.value_by_country().rows]
    assert "Brésil" in names_fr


def test_the_cache_can_be_switched_off(settings, django_assert_num_queries):
    settings.COOPDEV_FIGURE_CACHE = False
    ProjectFactory()
    selectors.people_reached()
    with django_assert_num_queries(1):  # the selector's own single query, no version read
        selectors.people_reached()
