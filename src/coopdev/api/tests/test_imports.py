"""Writing through the API: an organisation's token, its organisation only, always to review."""

import io

import pytest
from django.contrib.auth import get_user_model

from coopdev.accounts.services import api_token_create, api_token_revoke
from coopdev.projects.models import Project
from coopdev.projects.tests.factories import OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/imports/"

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
    <recipient-country code="KE" percentage="100"/>
    <sector vocabulary="1" code="12220" percentage="100"/>
  </iati-activity>"""


def iati_file(*activities: dict) -> io.BytesIO:
    body = "".join(ACTIVITY.format(**a) for a in activities)
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">{body}\n'
    content += "</iati-activities>\n"
    upload = io.BytesIO(content.encode())
    upload.name = "activities.xml"
    return upload


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


def activity(org, identifier="XM-DAC-41000-A-P1", title="Dairy cooperatives"):
    return {"identifier": identifier, "org_ref": org.iati_identifier, "org_name": org.name, "title": title}


def test_a_token_imports_its_organisations_activities_for_review(api, coop_a, key_a):
    response = api.post(URL, {"file": iati_file(activity(coop_a))}, HTTP_AUTHORIZATION=f"Bearer {key_a}")
    assert response.status_code == 200, response.json()
    report = response.json()
    assert (report["written"], report["created"], report["refused"]) == (True, 1, 0)
    project = Project.objects.get(iati_identifier="XM-DAC-41000-A-P1")
    assert project.reporting_org == coop_a
    assert project.publication_state == Project.PublicationState.SUBMITTED
    # Submitted is not public: the read API does not show it.
    assert api.get("/api/v1/projects/XM-DAC-41000-A-P1/").status_code == 404
    assert api.get("/api/v1/projects/").json()["count"] == 0


def test_the_token_header_may_say_token_or_bearer(api, coop_a, key_a):
    response = api.post(
        URL, {"file": iati_file(activity(coop_a)), "dry_run": "true"}, HTTP_AUTHORIZATION=f"Token {key_a}"
    )
    assert response.status_code == 200
    assert response.json()["dry_run"] is True
    assert not Project.objects.exists()


def test_reimporting_a_published_project_sends_it_back_to_review(api, coop_a, key_a):
    ProjectFactory(iati_identifier="XM-DAC-41000-A-P1", reporting_org=coop_a)
    response = api.post(
        URL, {"file": iati_file(activity(coop_a, title="Renamed"))}, HTTP_AUTHORIZATION=f"Bearer {key_a}"
    )
    assert response.status_code == 200, response.json()
    assert response.json()["updated"] == 1
    project = Project.objects.get(iati_identifier="XM-DAC-41000-A-P1")
    assert project.publication_state != Project.PublicationState.PUBLISHED


def test_a_token_of_one_organisation_cannot_write_anothers_projects(api, coop_a, coop_b, key_a):
    response = api.post(
        URL, {"file": iati_file(activity(coop_b, "XM-DAC-41000-B-P1"))}, HTTP_AUTHORIZATION=f"Bearer {key_a}"
    )
    assert response.status_code == 422
    report = response.json()
    assert report["written"] is False and report["created"] == 0
    assert any("Coop A" in e["message"] for e in report["errors"])
    assert not Project.objects.exists()

    # Nor overwrite B's existing project by claiming its identifier.
    ProjectFactory(iati_identifier="XM-DAC-41000-B-P2", reporting_org=coop_b, title={"en": "B's own"})
    claim = activity(coop_a, "XM-DAC-41000-B-P2", title="Taken over")
    assert api.post(URL, {"file": iati_file(claim)}, HTTP_AUTHORIZATION=f"Bearer {key_a}").status_code == 422
    assert Project.objects.get(iati_identifier="XM-DAC-41000-B-P2").title == {"en": "B's own"}


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
    assert not Project.objects.exists()


def test_a_revoked_token_no_longer_writes(api, coop_a, staff):
    token, raw_key = api_token_create(organisation=coop_a, user=staff, name="Old ERP")
    api_token_revoke(token=token, user=staff)
    response = api.post(URL, {"file": iati_file(activity(coop_a))}, HTTP_AUTHORIZATION=f"Bearer {raw_key}")
    assert response.status_code == 401
    assert response.json() == {"detail": "This API token is not valid, or it has been revoked."}
    assert not Project.objects.exists()


def test_a_file_that_is_not_iati_is_refused_with_a_reason(api, key_a):
    upload = io.BytesIO(b"<html><body>hello</body></html>")
    upload.name = "page.xml"
    response = api.post(URL, {"file": upload}, HTTP_AUTHORIZATION=f"Bearer {key_a}")
    assert response.status_code == 422
    assert response.json()["errors"][0]["kind"] == "file"
    assert response.json()["message"]


def test_an_upload_without_a_file_is_400(api, key_a):
    response = api.post(URL, {}, HTTP_AUTHORIZATION=f"Bearer {key_a}")
    assert response.status_code == 400
    assert "file" in response.json()


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
    assert not Project.objects.exists()
