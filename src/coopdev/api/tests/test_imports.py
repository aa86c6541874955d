"""Writing through the API: an organisation's token uploads a file, the import runs as a
background job (the web upload's), and the token follows it to its report."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from coopdev.accounts.services import api_token_create, api_token_revoke
from coopdev.accounts.tests.factories import member
from coopdev.interchange.columns import COLUMN_NAMES
from coopdev.interchange.errors import DOCTYPE_REFUSED
from coopdev.interchange.models import ImportJob
from coopdev.interchange.services import import_job_create, import_job_run
from coopdev.interchange.tests.conftest import db_snapshot
from coopdev.projects.models import Project
from coopdev.projects.tests.factories import OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/imports/"
MISSING = "/api/v1/imports/00000000-0000-4000-8000-000000000000/"

ACTIVITY = """
  <iati-activity last-updated-datetime="2026-01-01T00:00:00Z" xml:lang="en" default-currency="EUR">
    <iati-identifier>{identifier}</iati-identifier>
    <reporting-org ref="{org_ref}" type="22"><narrative>{org_name}</narrative></reporting-org>
    <title><narrative>{title}</narrative></title>
    <description type="1"><narrative>Cooperatives in Kenya.</narrative></description>
    <participating-org role="4" ref="{org_ref}" type="22">
      <narrative>{org_name}</narrative>
    </participating-org>
    <activity-status code="2"/>
    <activity-date type="1" iso-date="2024-01-01"/>
    <recipient-country code="{country}" percentage="100"/>
    <sector vocabulary="1" code="12220" percentage="100"/>
  </iati-activity>"""


def iati_file(*activities: dict, doctype: str = "") -> io.BytesIO:
    body = "".join(ACTIVITY.format(**{"country": "KE", **a}) for a in activities)
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<iati-activities version="2.03">{body}\n'
    content += "</iati-activities>\n"
    upload = io.BytesIO(content.encode())
    upload.name = "activities.xml"
    return upload


def csv_file(*rows: dict) -> io.BytesIO:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(COLUMN_NAMES))
    writer.writeheader()
    writer.writerows(rows)
    upload = io.BytesIO(text.getvalue().encode())
    upload.name = "projects.csv"
    return upload


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Uploads are stored for the worker: in the test's own directory."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def staff():
    return get_user_model().objects.create_user("reviewer", is_staff=True)


@pytest.fixture
def coop_a():
    return OrganisationFactory(slug="coop-a", name="Coop A", iati_identifier="XM-DAC-41000-A")


@pytest.fixture
def coop_b():
    return OrganisationFactory(slug="coop-b", name="Coop B", iati_identifier="XM-DAC-41000-B")


@pytest.fixture
def key_a(coop_a, staff):
    _token, raw_key = api_token_create(organisation=coop_a, user=staff, name="ERP")
    return raw_key


@pytest.fixture
def key_b(coop_b, staff):
    _token, raw_key = api_token_create(organisation=coop_b, user=staff, name="ERP")
    return raw_key


@pytest.fixture
def upload(api, django_capture_on_commit_callbacks):
    """POST a file with a token; the worker runs the job once the request's transaction commits
    (the tests' tasks backend is immediate), as ``coopdev db_worker`` would soon after."""

    def post(file, key, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            response = api.post(URL, {"file": file, **fields}, HTTP_AUTHORIZATION=f"Bearer {key}")
        return response

    return post


def activity(org, identifier="XM-DAC-41000-A-P1", title="Dairy cooperatives", **fields):
    return {
        "identifier": identifier,
        "org_ref": org.iati_identifier,
        "org_name": org.name,
        "title": title,
        **fields,
    }


def poll(api, response, key):
    """The job behind a 202, as its Location says."""
    reply = api.get(response["Location"], HTTP_AUTHORIZATION=f"Bearer {key}")
    assert reply.status_code == 200, reply.json()
    return reply.json()


# -- the job and its report -------------------------------------------------------------------------


def test_an_upload_is_answered_202_with_a_queued_job_to_poll_until_done(api, coop_a, key_a):
    response = api.post(URL, {"file": iati_file(activity(coop_a))}, HTTP_AUTHORIZATION=f"Bearer {key_a}")

    assert response.status_code == 202, response.json()
    job = ImportJob.objects.get()
    body = response.json()
    assert response["Location"] == f"http://testserver/api/v1/imports/{job.uuid}/" == body["url"]
    assert (body["id"], body["state"], body["report"]) == (str(job.uuid), "queued", None)
    assert body["progress"] == {"processed": 0, "total": job.size, "percent": 0}
    assert (body["file"], body["organisation"], body["skip_invalid"]) == ("activities.xml", "coop-a", False)
    assert not Project.objects.exists()  # nothing ran inside the request
    assert poll(api, response, key_a)["state"] == "queued"

    import_job_run(job_id=job.pk)  # what the worker does

    done = poll(api, response, key_a)
    assert (done["state"], done["progress"]["percent"]) == ("done", 100)
    assert done["finished_at"] is not None
    report = done["report"]
    assert (report["written"], report["created"], report["updated"], report["refused"]) == (True, 1, 0, 0)
    assert report["errors"] == [] == report["warnings"] and report["format"] == "iati"
    project = Project.objects.get(iati_identifier="XM-DAC-41000-A-P1")
    assert project.reporting_org == coop_a
    assert project.publication_state == Project.PublicationState.SUBMITTED
    # Submitted is not public: the read API does not show it.
    assert api.get("/api/v1/projects/XM-DAC-41000-A-P1/").status_code == 404
    assert api.get("/api/v1/projects/").json()["count"] == 0


def test_the_report_is_the_one_the_web_job_page_shows(api, coop_a, key_a, upload):
    response = upload(iati_file(activity(coop_a)), key_a)
    job = ImportJob.objects.get()
    assert poll(api, response, key_a)["report"] == job.report


def test_the_token_header_may_say_token_or_bearer(api, coop_a, key_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(URL, {"file": iati_file(activity(coop_a))}, HTTP_AUTHORIZATION=f"Token {key_a}")
    assert response.status_code == 202
    job = api.get(response["Location"], HTTP_AUTHORIZATION=f"Token {key_a}").json()
    assert job["state"] == "done"


def test_a_dry_run_job_reports_what_the_import_would_do_and_writes_nothing(api, coop_a, key_a, upload):
    response = upload(iati_file(activity(coop_a)), key_a, dry_run="true")
    assert response.status_code == 202, response.json()
    job = poll(api, response, key_a)
    assert (job["state"], job["dry_run"]) == ("done", True)
    report = job["report"]
    assert (report["created"], report["dry_run"], report["written"]) == (1, True, False)
    assert not Project.objects.exists()


def test_a_dry_run_of_a_file_with_problems_fails_and_names_them(api, coop_a, key_a, upload):
    response = upload(iati_file(activity(coop_a, country="QQ")), key_a, dry_run="true")
    job = poll(api, response, key_a)
    assert job["state"] == "failed"
    assert "QQ is not a code of the IATI Country codelist" in job["report"]["errors"][0]["message"]
    assert not Project.objects.exists()


def test_reimporting_a_published_project_sends_it_back_to_review(api, coop_a, key_a, upload):
    ProjectFactory(iati_identifier="XM-DAC-41000-A-P1", reporting_org=coop_a)
    response = upload(iati_file(activity(coop_a, title="Renamed")), key_a)
    assert response.status_code == 202, response.json()
    assert poll(api, response, key_a)["report"]["updated"] == 1
    project = Project.objects.get(iati_identifier="XM-DAC-41000-A-P1")
    assert project.publication_state != Project.PublicationState.PUBLISHED


def test_a_bad_row_fails_the_job_naming_line_and_element_and_nothing_is_written(api, coop_a, key_a, upload):
    file = iati_file(activity(coop_a), activity(coop_a, "XM-DAC-41000-A-P2", country="QQ"))
    before = db_snapshot()
    response = upload(file, key_a)

    job = poll(api, response, key_a)
    assert job["state"] == "failed"
    report = job["report"]
    assert (report["written"], report["created"], report["refused"]) == (False, 0, 1)
    [problem] = [e for e in report["errors"] if e["identifier"] == "XM-DAC-41000-A-P2"]
    assert problem["file"] == "activities.xml"
    lines = file.getvalue().decode().splitlines()
    assert 'recipient-country code="QQ"' in lines[problem["line"] - 1]  # the element's own line
    assert problem["element"] == "recipient-country"
    assert "QQ is not a code of the IATI Country codelist" in problem["message"]
    after = db_snapshot()
    assert {k: v for k, v in after.items() if k != "interchange.ImportJob"} == {
        k: v for k, v in before.items() if k != "interchange.ImportJob"
    }


def test_a_bad_csv_row_is_reported_by_row_and_column(api, coop_a, key_a, upload):
    good = {
        "iati_identifier": "XM-DAC-41000-A-C1",
        "reporting_org_ref": coop_a.iati_identifier,
        "reporting_org_name": coop_a.name,
        "title": "Coffee cooperatives in Huila",
        "activity_status": "2",
        "planned_start": "2024-01-01",
        "countries": "CO:100",
        "sectors": "31163:100",
    }
    bad = dict(good, iati_identifier="XM-DAC-41000-A-C2", planned_start="01/02/2024")
    response = upload(csv_file(good, bad), key_a, skip_invalid="true")

    job = poll(api, response, key_a)
    assert (job["state"], job["skip_invalid"]) == ("done", True)
    report = job["report"]
    assert (report["format"], report["created"], report["refused"]) == ("csv", 1, 1)
    [problem] = report["errors"]
    assert (problem["row"], problem["column"], problem["identifier"]) == (
        3,
        "planned_start",
        "XM-DAC-41000-A-C2",
    )
    assert problem["line"] is None
    assert Project.objects.get().iati_identifier == "XM-DAC-41000-A-C1"


def test_a_token_of_one_organisation_cannot_write_anothers_projects(api, coop_a, coop_b, key_a, upload):
    response = upload(iati_file(activity(coop_b, "XM-DAC-41000-B-P1")), key_a)
    report = poll(api, response, key_a)["report"]
    assert report["written"] is False and report["created"] == 0
    assert any("Coop A" in e["message"] for e in report["errors"])
    assert not Project.objects.exists()

    # Nor overwrite B's existing project by claiming its identifier.
    ProjectFactory(iati_identifier="XM-DAC-41000-B-P2", reporting_org=coop_b, title={"en": "B's own"})
    response = upload(iati_file(activity(coop_a, "XM-DAC-41000-B-P2", title="Taken over")), key_a)
    assert poll(api, response, key_a)["state"] == "failed"
    assert Project.objects.get(iati_identifier="XM-DAC-41000-B-P2").title == {"en": "B's own"}


def test_a_hostile_xml_file_fails_its_job_and_writes_nothing(api, coop_a, key_a, upload):
    xxe = '<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    file = iati_file(activity(coop_a, title="&xxe;"), doctype=xxe)
    before = db_snapshot()

    response = upload(file, key_a)

    assert response.status_code == 202
    job = poll(api, response, key_a)
    assert job["state"] == "failed"
    report = job["report"]
    assert report["written"] is False
    assert report["errors"][0]["kind"] == "file"
    assert report["message"] == str(DOCTYPE_REFUSED)
    assert "root:" not in str(job)
    after = db_snapshot()
    assert after.pop("interchange.ImportJob") == 1
    before.pop("interchange.ImportJob")
    assert after == before


def test_a_file_that_is_not_iati_fails_its_job_with_a_reason(api, key_a, upload):
    file = io.BytesIO(b"<html><body>hello</body></html>")
    file.name = "page.xml"
    job = poll(api, upload(file, key_a), key_a)
    assert job["state"] == "failed"
    assert job["report"]["errors"][0]["kind"] == "file"
    assert job["report"]["message"]


def test_a_job_stopped_by_an_unexpected_error_still_has_a_whole_report(api, coop_a, key_a, monkeypatch):
    response = api.post(URL, {"file": iati_file(activity(coop_a))}, HTTP_AUTHORIZATION=f"Bearer {key_a}")

    def broken(**kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("coopdev.interchange.services.import_file", broken)
    import_job_run(job_id=ImportJob.objects.get().pk)

    job = poll(api, response, key_a)
    assert job["state"] == "failed"
    report = job["report"]
    assert "unexpected error" in report["message"] and "disk on fire" not in report["message"]
    assert (report["written"], report["created"], report["errors"]) == (False, 0, [])
    assert (report["warnings"], report["warnings_not_shown"]) == ([], 0)
    assert report["file"] == "activities.xml"


# -- who sees a job -----------------------------------------------------------------------------------


@pytest.fixture
def job_of_a(api, coop_a, key_a, upload):
    response = upload(iati_file(activity(coop_a)), key_a)
    assert response.status_code == 202
    return response["Location"].removeprefix("http://testserver")


@pytest.mark.parametrize(
    ("caller", "status"),
    [
        ("anonymous", 401),
        ("token of B", 404),
        ("member of A, on the web", 404),
        ("token of A", 200),
        ("staff", 200),
    ],
)
def test_only_the_uploading_organisation_and_staff_see_a_job(
    api, job_of_a, key_a, key_b, coop_a, staff, caller, status
):
    headers = {}
    if caller == "token of A":
        headers = {"HTTP_AUTHORIZATION": f"Bearer {key_a}"}
    elif caller == "token of B":
        headers = {"HTTP_AUTHORIZATION": f"Bearer {key_b}"}
    elif caller == "staff":
        api.force_login(staff)
    elif caller == "member of A, on the web":
        api.force_login(member(coop_a))  # the web shows a member only the jobs they started

    seen = api.get(job_of_a, **headers)
    missing = api.get(MISSING, **headers)

    assert seen.status_code == status
    if status == 200:
        assert seen.json()["state"] == "done" and seen.json()["report"]["created"] == 1
        assert missing.status_code == 404
    else:
        # A job one may not see is answered exactly like one that does not exist.
        assert (missing.status_code, missing.json()) == (seen.status_code, seen.json())
    listed = api.get(URL, **headers)
    assert listed.status_code == (401 if caller == "anonymous" else 200)
    if status == 200:
        assert [j["url"] for j in listed.json()["results"]] == [f"http://testserver{job_of_a}"]
    elif caller != "anonymous":
        assert listed.json()["count"] == 0


def test_a_token_follows_its_organisations_web_uploads_too(api, coop_a, key_a, key_b):
    web_job = import_job_create(
        user=member(coop_a),
        organisation=coop_a,
        upload=SimpleUploadedFile("web.xml", iati_file(activity(coop_a)).getvalue()),
    )
    url = f"{URL}{web_job.uuid}/"
    assert api.get(url, HTTP_AUTHORIZATION=f"Bearer {key_a}").json()["file"] == "web.xml"
    assert api.get(url, HTTP_AUTHORIZATION=f"Bearer {key_b}").status_code == 404


def test_reading_a_job_with_a_session_cannot_upload(api, coop_a, staff):
    """The session is taken for reading jobs only: uploading still needs a token (and no CSRF hole)."""
    api.force_login(staff)
    response = api.post(URL, {"file": iati_file(activity(coop_a))})
    assert response.status_code == 401
    assert not ImportJob.objects.exists()


def test_the_job_list_pages_newest_first_with_a_cursor(
    api, coop_a, key_a, upload, django_assert_max_num_queries
):
    for n in range(3):
        upload(iati_file(activity(coop_a, f"XM-DAC-41000-A-P{n}")), key_a)
    newest_first = list(ImportJob.objects.order_by("-pk").values_list("uuid", flat=True))

    with django_assert_max_num_queries(4):  # token, page, count, touch of the token's last use
        first = api.get(URL, {"page_size": 2}, HTTP_AUTHORIZATION=f"Bearer {key_a}").json()
    second = api.get(first["next"], HTTP_AUTHORIZATION=f"Bearer {key_a}").json()

    assert first["count"] == 3
    assert [j["id"] for j in first["results"] + second["results"]] == [str(u) for u in newest_first]
    assert second["next"] is None and second["previous"]
    assert all(j["state"] == "done" for j in first["results"])


def test_polling_does_not_use_up_the_import_throttle(api, coop_a, key_a, upload, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "import": "1/hour"},
    }
    response = upload(iati_file(activity(coop_a)), key_a)
    assert response.status_code == 202
    for _ in range(5):
        assert api.get(response["Location"], HTTP_AUTHORIZATION=f"Bearer {key_a}").status_code == 200
    again = upload(iati_file(activity(coop_a, "XM-DAC-41000-A-P2")), key_a)
    assert again.status_code == 429 and again.has_header("Retry-After")
    assert ImportJob.objects.count() == 1


# -- refused before a job exists ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "status"),
    [
        (None, 401),
        ("Bearer not-a-key", 401),
        ("Bearer", 401),
        ("Basic dXNlcjpwYXNz", 401),  # not a token: anonymous, and writing needs one
    ],
)
def test_writing_without_a_valid_token_is_refused(api, coop_a, header, status):
    kwargs = {"HTTP_AUTHORIZATION": header} if header else {}
    response = api.post(URL, {"file": iati_file(activity(coop_a))}, **kwargs)
    assert response.status_code == status
    assert response.has_header("WWW-Authenticate")
    assert not ImportJob.objects.exists()


def test_a_revoked_token_no_longer_writes_nor_reads_its_jobs(api, coop_a, staff, upload):
    token, raw_key = api_token_create(organisation=coop_a, user=staff, name="Old ERP")
    job_url = upload(iati_file(activity(coop_a)), raw_key)["Location"]
    api_token_revoke(token=token, user=staff)
    response = api.post(URL, {"file": iati_file(activity(coop_a))}, HTTP_AUTHORIZATION=f"Bearer {raw_key}")
    assert response.status_code == 401
    assert response.json() == {"detail": "This API token is not valid, or it has been revoked."}
    assert api.get(job_url, HTTP_AUTHORIZATION=f"Bearer {raw_key}").status_code == 401
    assert ImportJob.objects.count() == 1


def test_an_upload_without_a_file_is_400(api, key_a):
    response = api.post(URL, {}, HTTP_AUTHORIZATION=f"Bearer {key_a}")
    assert response.status_code == 400
    assert "file" in response.json()
    assert not ImportJob.objects.exists()


def test_a_token_does_not_make_reads_see_unpublished_projects(api, coop_a, key_a):
    ProjectFactory(reporting_org=coop_a, iati_identifier="XM-DAC-41000-A-DRAFT", publication_state="draft")
    response = api.get("/api/v1/projects/", HTTP_AUTHORIZATION=f"Bearer {key_a}")
    assert response.status_code == 200
    assert response.json()["count"] == 0
    assert (
        api.get("/api/v1/projects/XM-DAC-41000-A-DRAFT/", HTTP_AUTHORIZATION=f"Bearer {key_a}").status_code
        == 404
    )


def test_a_file_above_the_limit_is_refused_with_413_before_it_is_spooled(api, key_a, settings, monkeypatch):
    from django.core.files.uploadhandler import TemporaryFileUploadHandler

    settings.COOPDEV_IMPORT_MAX_MB = 1
    spooled = []
    original = TemporaryFileUploadHandler.receive_data_chunk

    def recording(self, raw_data, start):
        spooled.append(len(raw_data))
        return original(self, raw_data, start)

    monkeypatch.setattr(TemporaryFileUploadHandler, "receive_data_chunk", recording)
    upload = io.BytesIO(b"<iati-activities>" + b" " * (3 << 20) + b"</iati-activities>")
    upload.name = "big.xml"
    response = api.post(URL, {"file": upload}, HTTP_AUTHORIZATION=f"Bearer {key_a}")
    assert response.status_code == 413
    assert "the largest the API imports is 1 MB" in response.json()["detail"]
    assert sum(spooled) <= 1 << 20  # nothing past the limit reached the disk
    assert not ImportJob.objects.exists()
    assert not Project.objects.exists()
