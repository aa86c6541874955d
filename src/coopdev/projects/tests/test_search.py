"""The explore search reads a table that database triggers keep: any write path keeps it right."""

import pytest
from django.db import connection

from coopdev.projects.filters import ProjectFilterForm
from coopdev.projects.models import Project
from coopdev.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def found(query: str) -> set[str]:
    form = ProjectFilterForm({"q": query})
    return set(form.filter_queryset().values_list("iati_identifier", flat=True))


def test_titles_and_descriptions_in_every_language_and_the_identifier_are_searched():
    ProjectFactory(
        iati_identifier="XM-DAC-1-WATER", title={"en": "Clean water", "tr": "Temiz su ve kooperatifler"}
    )
    ProjectFactory(
        iati_identifier="XM-DAC-1-SEEDS", title={"en": "Seeds"}, description={"fr": "Semences paysannes"}
    )
    assert found("kooperatif") == {"XM-DAC-1-WATER"}
    assert found("SEMENCES") == {"XM-DAC-1-SEEDS"}
    assert found("xm-dac-1") == {"XM-DAC-1-WATER", "XM-DAC-1-SEEDS"}


def test_like_wildcards_in_the_query_are_taken_literally():
    ProjectFactory(title={"en": "100% solar"})
    ProjectFactory(title={"en": "1000 solar panels"})
    assert len(found("100%")) == 1
    assert found("a_b") == set()


def test_an_edit_a_bulk_insert_raw_sql_and_a_delete_keep_the_search_right():
    project = ProjectFactory(title={"en": "Old title"})
    Project.objects.filter(pk=project.pk).update(title={"en": "Fisheries cooperative"})
    assert found("fisheries") == {project.iati_identifier} and found("old title") == set()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE projects_project SET description = %s WHERE id = %s",
            ['{"it": "Pesca artigianale"}', project.pk],
        )
    assert found("artigianale") == {project.iati_identifier}
    Project.objects.filter(pk=project.pk).delete()
    assert found("fisheries") == set()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM projects_projectsearch WHERE project_id = %s", [project.pk])
        assert cursor.fetchone()[0] == 0


@pytest.mark.django_db(transaction=True)
def test_a_truncating_flush_leaves_no_search_rows_behind():
    """Django's TransactionTestCase flush truncates the projects table (PostgreSQL) or deletes it
    (SQLite): the search table must not stand in its way nor keep the old rows."""
    from django.core.management import call_command

    ProjectFactory(title={"en": "Before the flush"})
    call_command("flush", interactive=False, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM projects_projectsearch")
        assert cursor.fetchone()[0] == 0
