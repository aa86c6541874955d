"""The web pages: help and templates, filtered downloads, uploads that run as background jobs."""

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.urls import reverse
from openpyxl import load_workbook

from coopdev.accounts.tests.factories import StaffFactory, UserFactory, member
from coopdev.interchange.columns import COLUMN_NAMES
from coopdev.interchange.models import ImportJob
from coopdev.projects.models import Project
from coopdev.projects.tests.factories import OrganisationFactory, ProjectFactory, add_country

from .conftest import FIXTURES, db_snapshot

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def test_the_help_page_lists_every_template_column(client):
    response = client.get(reverse("interchange:help"))
    assert response.status_code == 200
    for name in COLUMN_NAMES:
        assert name in response.content.decode()


def test_the_csv_template_has_the_columns_and_an_example(client):
    response = client.get(reverse("interchange:template_csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == list(COLUMN_NAMES) and len(rows) == 2


def test_the_xlsx_template_has_a_help_sheet(client):
    response = client.get(reverse("interchange:template_xlsx"))
    workbook = load_workbook(io.BytesIO(response.content), read_only=True)
    assert workbook.sheetnames == ["projects", "help"]
    assert [c.value for c in next(workbook["projects"].iter_rows(max_row=1))] == list(COLUMN_NAMES)


# -- downloads -------------------------------------------------------------------------------------


@pytest.fixture
def projects():
    kenya = ProjectFactory(title={"en": "=SUM(A1:A9) in Kenya"})
    add_country(kenya, "KE")
    peru = ProjectFactory()
    add_country(peru, "PE")
    ProjectFactory(publication_state=Project.PublicationState.DRAFT)
    return kenya, peru


def test_a_download_takes_the_explore_filters_and_shows_only_published_projects(client, projects):
    kenya, _peru = projects
    response = client.get(reverse("interchange:export", args=["csv"]), {"country": "KE", "table": "projects"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == [kenya.iati_identifier]


def test_csv_cells_that_could_run_as_formulas_are_neutralised(client, projects):
    response = client.get(reverse("interchange:export", args=["csv"]), {"country": "KE"})
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        text = archive.read("projects.csv").decode("utf-8-sig")
    assert "'=SUM(A1:A9) in Kenya" in text
    assert ",=SUM" not in text


def test_xlsx_cells_that_could_run_as_formulas_are_neutralised(client, projects):
    response = client.get(reverse("interchange:export", args=["xlsx"]), {"country": "KE"})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    values = [c.value for row in workbook["projects"].iter_rows() for c in row]
    assert "'=SUM(A1:A9) in Kenya" in values
    assert all(c.data_type != "f" for row in workbook["projects"].iter_rows() for c in row)


def test_the_json_and_iati_downloads(client, projects):
    data = json.loads(b"".join(client.get(reverse("interchange:export", args=["json"])).streaming_content))
    assert len(data["activities"]) == 2
    response = client.get(reverse("interchange:export", args=["iati"]), {"country": "PE"})
    assert response["Content-Type"].startswith("application/xml")
    assert b"".join(response.streaming_content).count(b"<iati-activity ") == 1


def test_an_invalid_filter_or_format_is_refused(client, projects):
    assert client.get(reverse("interchange:export", args=["csv"]), {"country": "QQ"}).status_code == 400
    assert client.get(reverse("interchange:export", args=["pdf"])).status_code == 404


def test_the_export_runs_a_fixed_number_of_queries_whatever_the_number_of_projects(
    client, django_assert_max_num_queries
):
    for _ in range(30):
        add_country(ProjectFactory(), "KE")
    with django_assert_max_num_queries(25):
        response = client.get(reverse("interchange:export", args=["iati"]))
        b"".join(response.streaming_content)


# -- uploads ---------------------------------------------------------------------------------------


def upload(name="valid-203.xml", content=None):
    return SimpleUploadedFile(name, content if content is not None else (FIXTURES / name).read_bytes())


def upload_as_editor(client, capture, content=None, **fields) -> ImportJob:
    """An editor of the fixture file's organisation uploads ``content`` (the fixture when None)
    and the job runs, as the worker would once the upload's transaction commits."""
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(member(org))
    with capture(execute=True):
        client.post(
            reverse("interchange:upload"), {"organisation": org.pk, "file": upload(content=content), **fields}
        )
    return ImportJob.objects.get()


def test_uploading_needs_a_sign_in(client):
    response = client.get(reverse("interchange:upload"))
    assert response.status_code == 302


def test_a_user_who_edits_no_organisation_cannot_upload(client):
    OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(UserFactory())
    assert "cannot import" in client.get(reverse("interchange:upload")).content.decode()


def test_an_editor_cannot_upload_for_an_organisation_they_only_view(client):
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(member(org, role="viewer"))
    before = db_snapshot()
    response = client.post(reverse("interchange:upload"), {"organisation": org.pk, "file": upload()})
    assert response.status_code == 400
    assert db_snapshot() == before


def test_the_organisation_of_an_editor_of_only_one_is_chosen_already(client):
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(member(org))
    form = client.get(reverse("interchange:upload")).context["form"]
    assert form["organisation"].value() == org.pk
    assert [c[1] for c in form.fields["organisation"].choices] == [str(org)]  # no "select" line
    second = OrganisationFactory(iati_identifier="IT-CF-00000000002")
    second.memberships.create(user=org.memberships.get().user, role="editor")
    form = client.get(reverse("interchange:upload")).context["form"]
    assert form["organisation"].value() is None and len(form.fields["organisation"].choices) == 3


def test_an_editors_upload_runs_as_a_job_and_goes_to_review(client, django_capture_on_commit_callbacks):
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(member(org))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("interchange:upload"), {"organisation": org.pk, "file": upload()})

    job = ImportJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("interchange:job", args=[job.uuid])
    assert job.status == ImportJob.Status.DONE and job.report["created"] == 2
    assert set(Project.objects.values_list("publication_state", flat=True)) == {"submitted"}
    assert set(Project.objects.values_list("reporting_org", flat=True)) == {org.pk}
    status = client.get(reverse("interchange:job_status", args=[job.uuid])).json()
    assert status["finished"] and status["percent"] == 100
    page = client.get(reverse("interchange:job", args=[job.uuid])).content.decode()
    assert "Created" in page


def test_a_staff_upload_is_published(client, django_capture_on_commit_callbacks):
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(StaffFactory())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("interchange:upload"), {"organisation": org.pk, "file": upload()})
    assert set(Project.objects.values_list("publication_state", flat=True)) == {"published"}


def test_an_upload_with_errors_shows_them_and_writes_nothing(client, django_capture_on_commit_callbacks):
    bad = (FIXTURES / "valid-203.xml").read_bytes().replace(b'code="KE"', b'code="QQ"')
    job = upload_as_editor(client, django_capture_on_commit_callbacks, bad)
    assert job.status == ImportJob.Status.FAILED
    assert Project.objects.count() == 0
    page = client.get(reverse("interchange:job", args=[job.uuid])).content.decode()
    assert "QQ is not a code of the IATI Country codelist" in page
    assert reverse("interchange:job_problems", args=[job.uuid]) in page
    # nothing written, so no link to the workspace
    assert reverse("accounts:organisation", args=[job.organisation.slug]) not in page


def test_the_problems_download_as_csv_for_the_uploader_only(client, django_capture_on_commit_callbacks):
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(member(org))
    bad = (
        (FIXTURES / "valid-203.xml")
        .read_bytes()
        .replace(b'code="KE"', b'code="QQ"')
        .replace(b"IT-CF-00000000001-W001", b"=HYPERLINK(1)")
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("interchange:upload"),
            {"organisation": org.pk, "file": upload(name="acqua 2024.xml", content=bad)},
        )
    job = ImportJob.objects.get()

    response = client.get(reverse("interchange:job_problems", args=[job.uuid]))

    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert 'filename="acqua 2024-problems.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["file", "line", "row", "column", "element", "activity", "kind", "problem"]
    assert len(job.report["errors"]) >= 1
    assert len(rows) - 1 == len(job.report["errors"]) + len(job.report["warnings"])
    assert ["'=HYPERLINK(1)", "warning"] in [[r[5], r[6]] for r in rows[1:]]  # not the organisation's prefix
    country = next(r for r in rows[1:] if "QQ" in r[7])
    assert country[0] == "acqua 2024.xml" and int(country[1]) > 0 and country[6] == "codelist"
    assert all(not r[5].startswith("=") for r in rows[1:])  # a formula in the file stays text
    assert any(r[5] == "'=HYPERLINK(1)" for r in rows[1:])
    client.force_login(member(OrganisationFactory()))
    assert client.get(reverse("interchange:job_problems", args=[job.uuid])).status_code == 404


def test_the_job_page_lists_the_warnings_of_an_import_that_went_through(
    client, django_capture_on_commit_callbacks
):
    content = (FIXTURES / "valid-203.xml").read_bytes().replace(b"IT-CF-00000000001-W001", b"W001")
    job = upload_as_editor(client, django_capture_on_commit_callbacks, content)
    assert job.report["created"] == 2 and job.report["errors"] == []

    page = client.get(reverse("interchange:job", args=[job.uuid])).content.decode()

    assert "Warnings" in page and "Problems</h2>" not in page
    assert "W001" in page and "IT-CF-00000000001-," in page.replace("&#x27;", "'")
    assert reverse("interchange:job_problems", args=[job.uuid]) in page


def test_the_upload_page_lists_the_recent_imports_with_what_they_did(
    client, django_capture_on_commit_callbacks
):
    job = upload_as_editor(client, django_capture_on_commit_callbacks)
    page = client.get(reverse("interchange:upload")).content.decode()
    assert reverse("interchange:job", args=[job.uuid]) in page
    assert "2 created, 0 updated, 0 refused" in page


def test_a_written_import_links_to_the_organisations_workspace(client, django_capture_on_commit_callbacks):
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(member(org))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("interchange:upload"), {"organisation": org.pk, "file": upload()})
    job = ImportJob.objects.get()
    page = client.get(reverse("interchange:job", args=[job.uuid])).content.decode()
    assert reverse("accounts:organisation", args=[org.slug]) in page
    assert "wait for review" in page
    assert client.get(reverse("interchange:job_problems", args=[job.uuid])).status_code == 404  # none


def test_the_skip_invalid_checkbox_imports_the_valid_activities(client, django_capture_on_commit_callbacks):
    bad = (FIXTURES / "valid-203.xml").read_bytes().replace(b'code="KE"', b'code="QQ"')
    job = upload_as_editor(client, django_capture_on_commit_callbacks, bad, skip_invalid="on")
    assert (job.report["created"], job.report["refused"]) == (1, 1)


def test_check_only_reports_what_the_import_would_do_and_writes_nothing(
    client, django_capture_on_commit_callbacks
):
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(member(org))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("interchange:upload"), {"organisation": org.pk, "file": upload(), "dry_run": "on"}
        )
    job = ImportJob.objects.get()
    assert (job.dry_run, job.status) == (True, ImportJob.Status.DONE)
    assert (job.report["created"], job.report["dry_run"], job.report["written"]) == (2, True, False)
    assert not Project.objects.exists()
    page = client.get(reverse("interchange:job", args=[job.uuid])).content.decode()
    assert "This was a check only: nothing was written." in page


def test_check_only_of_a_file_with_errors_fails_and_names_them(client, django_capture_on_commit_callbacks):
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(member(org))
    bad = (FIXTURES / "valid-203.xml").read_bytes().replace(b'code="KE"', b'code="QQ"')
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("interchange:upload"),
            {"organisation": org.pk, "file": upload(content=bad), "dry_run": "on"},
        )
    job = ImportJob.objects.get()
    assert job.status == ImportJob.Status.FAILED
    assert "QQ is not a code of the IATI Country codelist" in job.report["errors"][0]["message"]
    assert not Project.objects.exists()


def test_an_upload_above_the_size_limit_is_refused_before_it_is_stored(client, settings):
    settings.COOPDEV_IMPORT_MAX_MB = 1
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(member(org))
    before = db_snapshot()
    big = b"<iati-activities>" + b" " * (1 << 20) + b"</iati-activities>"

    response = client.post(
        reverse("interchange:upload"), {"organisation": org.pk, "file": upload(content=big)}
    )

    assert response.status_code == 400
    assert "above the limit of 1 MB" in response.content.decode()
    assert db_snapshot() == before


class RecordingHandler(FileUploadHandler):
    """Stands for Django's memory and temporary-file handlers: counts the bytes it is given."""

    received = 0

    def receive_data_chunk(self, raw_data, start):
        RecordingHandler.received += len(raw_data)
        return raw_data

    def file_complete(self, file_size):
        return None


@pytest.mark.parametrize("megabytes", [1.1, 3])  # the limit passed while streaming / announced by the request
def test_an_upload_above_the_size_limit_is_stopped_before_it_is_spooled(client, settings, megabytes):
    settings.COOPDEV_IMPORT_MAX_MB = 1
    settings.FILE_UPLOAD_HANDLERS = [
        "coopdev.interchange.tests.test_views.RecordingHandler",
        *settings.FILE_UPLOAD_HANDLERS,
    ]
    RecordingHandler.received = 0
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(member(org))
    big = b"<iati-activities>" + b" " * int(megabytes * (1 << 20)) + b"</iati-activities>"

    response = client.post(
        reverse("interchange:upload"), {"organisation": org.pk, "file": upload(content=big)}
    )

    assert response.status_code == 400
    assert "above the limit of 1 MB" in response.content.decode()
    assert RecordingHandler.received <= 1 << 20  # never the whole file: what passed the limit was dropped
    assert not ImportJob.objects.exists()


def test_an_upload_within_the_limit_still_needs_the_csrf_token(settings):
    from django.test import Client

    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member(org))

    response = strict.post(reverse("interchange:upload"), {"organisation": org.pk, "file": upload()})

    assert response.status_code == 403
    assert not ImportJob.objects.exists()


def test_nobody_sees_another_users_job(client, django_capture_on_commit_callbacks):
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(member(org))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("interchange:upload"), {"organisation": org.pk, "file": upload()})
    job = ImportJob.objects.get()
    client.force_login(member(org))
    assert client.get(reverse("interchange:job", args=[job.uuid])).status_code == 404
    assert client.get(reverse("interchange:job_status", args=[job.uuid])).status_code == 404


def test_the_explore_page_links_to_every_download_with_its_filters(client, projects):
    page = client.get(reverse("explore"), {"country": "KE"}).content.decode()
    for fmt in ("csv", "xlsx", "json", "iati"):
        assert f"{reverse('interchange:export', args=[fmt])}?country=KE" in page


def test_a_finished_job_keeps_its_report_but_not_the_uploaded_file(
    client, django_capture_on_commit_callbacks
):
    org = OrganisationFactory(iati_identifier="IT-CF-00000000001")
    client.force_login(member(org))
    with django_capture_on_commit_callbacks(execute=False) as queued:
        client.post(reverse("interchange:upload"), {"organisation": org.pk, "file": upload()})
    job = ImportJob.objects.get()
    stored = Path(job.file.path)
    assert stored.is_file()  # waiting for the worker

    for callback in queued:
        callback()

    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE and job.report["created"] == 2
    assert job.filename and job.size
    assert not job.file
    assert not stored.exists() and not stored.parent.exists()
    page = client.get(reverse("interchange:job", args=[job.uuid])).content.decode()
    assert "Created" in page
