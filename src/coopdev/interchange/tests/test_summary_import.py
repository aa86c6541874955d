"""An import defers the figure summary, stages it batch by batch and adds it up before it
commits (PostgreSQL): afterwards the summary is exactly what a rebuild from scratch gives,
whatever the import did (created, updated, refused, left its projects' state), and the writes
after it are maintained by the triggers again."""

import pytest
from django.conf import settings
from django.db import connection

from coopdev.interchange import services
from coopdev.interchange.generate import iati_file_write
from coopdev.interchange.services import import_file
from coopdev.projects import summary
from coopdev.projects.models import Project
from coopdev.projects.tests.factories import add_country
from coopdev.projects.tests.test_summary import assert_both_paths_agree, assert_summary_equals_a_rebuild

from .conftest import activity, iati_file

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
        reason="the summary tables exist on PostgreSQL only",
    ),
]


@pytest.fixture(autouse=True)
def small_batches(monkeypatch, settings):
    """Several batches per file, so several staged refreshes per import, at test sizes."""
    monkeypatch.setattr(services, "BATCH_SIZE", 40)
    settings.COOPDEV_FIGURE_CACHE = False


def defer_setting() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('coopdev.defer_summary', true)")
        return cursor.fetchone()[0] or ""


def test_an_import_that_creates_and_then_updates_leaves_the_summary_equal_to_a_rebuild(tmp_path):
    first = tmp_path / "first.xml"
    iati_file_write(path=first, activities=150, seed=1)
    report = import_file(path=first)
    assert (report.created, report.refused) == (150, 0)
    assert_summary_equals_a_rebuild()
    assert_both_paths_agree()

    # The same identifiers with other values, countries and sectors, and 30 new ones.
    second = tmp_path / "second.xml"
    iati_file_write(path=second, activities=180, seed=2)
    report = import_file(path=second)
    assert (report.created, report.updated, report.refused) == (30, 150, 0)
    assert_summary_equals_a_rebuild()
    assert_both_paths_agree()


def test_projects_an_import_takes_out_of_publication_leave_the_summary(tmp_path):
    path = tmp_path / "activities.xml"
    iati_file_write(path=path, activities=100, seed=3)
    import_file(path=path)
    assert summary.headline(summary.ALL)[0].n == 100

    report = import_file(path=path, publication_state=Project.PublicationState.SUBMITTED)

    assert report.updated == 100
    assert summary.headline(summary.ALL)[0].n == 0
    assert_summary_equals_a_rebuild()


def test_an_import_that_skips_invalid_activities_counts_only_the_written_ones(tmp_path):
    path = iati_file(
        tmp_path,
        activity("XM-TEST-ORG-A1", body='<recipient-country code="KE"/><sector code="12220"/>'),
        activity("XM-TEST-ORG-A2", body='<recipient-country code="XX"/>'),  # not a country: refused
        activity("XM-TEST-ORG-A3", body='<recipient-country code="TZ"/>'),
    )

    report = import_file(path=path, skip_invalid=True)

    assert (report.created, report.refused) == (2, 1)
    assert summary.headline(summary.ALL)[0].n == 2
    assert_summary_equals_a_rebuild()
    assert_both_paths_agree()


def test_a_refused_file_leaves_the_summary_as_it_was_and_later_writes_are_maintained(tmp_path):
    good = tmp_path / "good.xml"
    iati_file_write(path=good, activities=60, seed=4)
    import_file(path=good)
    before = summary.headline(summary.ALL)[0]
    bad = iati_file(
        tmp_path,
        *(activity(f"XM-TEST-ORG-B{i}") for i in range(50)),
        activity("XM-TEST-ORG-B99", body='<recipient-country code="XX"/>'),
        name="bad.xml",
    )

    report = import_file(path=bad)

    assert not report.written
    assert summary.headline(summary.ALL)[0] == before
    assert defer_setting() != "on"
    # A write after the imports goes through the triggers again.
    project = Project.objects.filter(iati_identifier__startswith="XM-COOP-").order_by("pk").first()
    add_country(project, "UG", "100")
    assert_summary_equals_a_rebuild()


def test_a_dry_run_writes_nothing_to_the_summary(tmp_path):
    path = tmp_path / "activities.xml"
    iati_file_write(path=path, activities=50, seed=5)

    report = import_file(path=path, dry_run=True)

    assert report.created == 50 and not report.written
    assert summary.headline(summary.ALL)[0].n == 0
    assert defer_setting() != "on"


def test_a_staged_refresh_is_exact_with_a_project_staged_twice_and_changed_between(tmp_path):
    """The import stages each batch's projects (migration 0010) and adds them up once at its end;
    a project staged twice, changed between the stages, is counted once with its last values."""
    from django.db import transaction
    from django.db.models import F

    path = tmp_path / "activities.xml"
    iati_file_write(path=path, activities=60, seed=6)
    import_file(path=path)
    ids = list(Project.objects.order_by("pk").values_list("pk", flat=True))

    with transaction.atomic():
        summary.defer_begin()
        summary.refresh_stage(ids[:30])
        Project.objects.filter(pk__in=ids[:10]).update(total_value_eur=F("total_value_eur") + 1000)
        Project.objects.filter(pk__in=ids[40:45]).update(publication_state=Project.PublicationState.DRAFT)
        summary.refresh_stage(ids[:20])
        summary.refresh_stage(ids[40:45])
        summary.refresh_end()
        assert defer_setting() != "on"

    assert summary.headline(summary.ALL)[0].n == 55
    assert_summary_equals_a_rebuild()
    assert_both_paths_agree()
