"""Who sees what through the API: every endpoint, anonymous and with a token, never shows an
unpublished project; throttles and CORS apply as configured."""

import io
import json
import zipfile

import pytest
from django.contrib.auth import get_user_model

from coopdev.accounts.services import api_token_create

pytestmark = pytest.mark.django_db

# Every read endpoint, with parameters that would select the hidden projects if they were visible.
READ_URLS = [
    "/api/v1/projects/",
    "/api/v1/projects/?country=KE&page_size=100",
    "/api/v1/projects/?q=Hidden",
    "/api/v1/projects/?organisation=coop-a&sort=title",
    "/api/v1/projects/XX-TEST-HIDDEN-draft/",
    "/api/v1/projects/XX-TEST-HIDDEN-submitted/",
    "/api/v1/projects/XX-TEST-HIDDEN-returned/",
    "/api/v1/projects/export.json?country=KE",
    "/api/v1/projects/export.iati?country=KE",
    "/api/v1/projects/export.csv?table=projects",
    "/api/v1/organisations/",
    "/api/v1/organisations/coop-a/",
    "/api/v1/statistics/?country=KE",
    "/api/v1/statistics/by-region/",
    "/api/v1/statistics/by-country/",
    "/api/v1/statistics/by-sdg/",
    "/api/v1/statistics/by-sector/",
    "/api/v1/statistics/by-year/",
]


def _body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


@pytest.fixture
def token_of_coop_a(dataset):
    staff = get_user_model().objects.create_user("staff", is_staff=True)
    _token, raw_key = api_token_create(organisation=dataset["coop_a"], user=staff, name="ERP")
    return raw_key


@pytest.mark.parametrize(
    "who", ["anonymous", "token of the owner", "owner's admin signed in", "platform staff"]
)
def test_no_endpoint_shows_an_unpublished_project_to_anyone(api, dataset, token_of_coop_a, who):
    """The API is the public view for everyone: review happens on the site, not through the API."""
    from coopdev.organisations.models import Membership

    headers = {}
    if who == "token of the owner":
        headers = {"HTTP_AUTHORIZATION": f"Bearer {token_of_coop_a}"}
    elif who == "owner's admin signed in":
        admin = get_user_model().objects.create_user("admin-a")
        Membership.objects.create(user=admin, organisation=dataset["coop_a"], role=Membership.Role.ADMIN)
        api.force_login(admin)
    elif who == "platform staff":
        api.force_login(get_user_model().objects.get(username="staff"))
    for url in READ_URLS:
        response = api.get(url, **headers)
        assert response.status_code in (200, 404), url
        body = _body(response)
        assert "HIDDEN" not in body and "Hidden" not in body, url


def test_figures_through_the_api_leave_the_hidden_projects_out(api, dataset):
    kenya = api.get("/api/v1/statistics/", {"country": "KE"}).json()
    assert kenya["headline"]["projects"] == 1
    sdg8 = next(r for r in api.get("/api/v1/statistics/by-sdg/").json()["rows"] if r["key"] == "8")
    assert sdg8["projects"] == 2


def test_exports_have_the_filtered_published_projects(api, dataset):
    response = api.get("/api/v1/projects/export.json", {"country": "KE"})
    assert response.status_code == 200
    data = json.loads(_body(response))
    assert [a["identifier"] for a in data["activities"]] == ["XX-TEST-KE/1"]
    archive = api.get("/api/v1/projects/export.csv")
    assert archive["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(b"".join(archive.streaming_content))).namelist()
    assert "projects.csv" in names
    assert api.get("/api/v1/projects/export.pdf").status_code == 404
    assert api.get("/api/v1/projects/export.json", {"table": "projects"}).status_code == 400
    assert api.get("/api/v1/projects/export.csv", {"sdg": "99"}).status_code == 400


def test_unknown_api_addresses_answer_json_404(api):
    response = api.get("/api/v1/nothing/here")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


def test_anonymous_readers_are_throttled_per_address(api, settings, dataset):
    rates = {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "anon": "3/min"}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    statuses = [api.get("/api/v1/reference/sdgs/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    throttled = api.get("/api/v1/reference/sdgs/")
    assert int(throttled["Retry-After"]) > 0


def test_registration_has_its_own_stricter_scope(api, settings):
    from coopdev.academy.tests.factories import small_session

    rates = {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "registration": "2/hour"}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    session = small_session()
    url = f"/api/v1/academy/sessions/{session.slug}/registrations/"
    statuses = [api.post(url, {}, format="json").status_code for _ in range(3)]
    assert statuses == [400, 400, 429]
    assert api.get("/api/v1/academy/sessions/").status_code == 200  # reading is not in that scope


def test_reads_are_open_to_any_origin_and_writes_are_not(api, dataset):
    read = api.get("/api/v1/projects/", HTTP_ORIGIN="https://partner.example")
    assert read["Access-Control-Allow-Origin"] == "*"
    preflight = api.options(
        "/api/v1/imports/",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert "POST" not in preflight.get("Access-Control-Allow-Methods", "")
    page = api.get("/explore/", HTTP_ORIGIN="https://partner.example")
    assert not page.has_header("Access-Control-Allow-Origin")


def test_inventing_forwarded_addresses_does_not_dodge_the_throttle(api, settings):
    rates = {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "anon": "2/min"}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    statuses = [
        api.get("/api/v1/reference/regions/", HTTP_X_FORWARDED_FOR=f"10.0.0.{i}").status_code
        for i in range(3)
    ]
    assert statuses == [200, 200, 429]


def test_an_endpoint_without_its_trailing_slash_redirects_to_it(api):
    response = api.get("/api/v1/reference/sdgs", {"x": "1"})
    assert response.status_code == 301
    assert response["Location"] == "/api/v1/reference/sdgs/?x=1"
    assert api.get("/api/v1/reference/nothing").status_code == 404
