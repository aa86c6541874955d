"""The OpenAPI schema: valid, documented, and what the API really does (schemathesis)."""

import re

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import positive_data_acceptance

from coopdev.academy.tests.factories import consent, small_session
from coopdev.wsgi import application

pytestmark = pytest.mark.django_db


def test_the_schema_is_openapi_3_with_the_token_security_scheme(api):
    response = api.get("/api/v1/schema/")
    assert response.status_code == 200
    document = yaml.safe_load(response.content)
    assert document["openapi"].startswith("3.")
    scheme = document["components"]["securitySchemes"]["organisationToken"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    imports = document["paths"]["/api/v1/imports/"]["post"]
    assert imports["security"] == [{"organisationToken": []}]
    assert {"202", "401", "403", "413", "429"} <= set(imports["responses"])
    assert "Location" in imports["responses"]["202"]["headers"]
    job = document["paths"]["/api/v1/imports/{job_id}/"]["get"]
    assert {"200", "401", "404", "429"} <= set(job["responses"])
    projects = document["paths"]["/api/v1/projects/"]["get"]
    names = {p["name"] for p in projects["parameters"]}
    assert {"q", "country", "sdg", "region", "basis", "sort", "cursor", "page_size", "year_from"} <= names
    sort = next(p for p in projects["parameters"] if p["name"] == "sort")
    assert sorted(sort["schema"]["enum"]) == sorted(["-value", "value", "title", "-start", "start", ""])
    assert "400" in projects["responses"] and "429" in projects["responses"]


def test_the_documentation_pages_load_their_assets_from_this_site(api):
    for path in ("/api/v1/docs/", "/api/v1/redoc/"):
        page = api.get(path).content.decode()
        assert "/static/drf_spectacular_sidecar/" in page
        # Every src and href is a path on this site.
        assert not re.findall(r'(?:src|href)="(?:https?:)?//', page), path


# Loaded from the application itself (in-process WSGI), as a client would read it.
# The coverage phase (every boundary of every parameter) is left out to keep the run short; the
# examples and fuzzing phases still send valid and invalid values of every parameter.
CONFIG = SchemathesisConfig.from_dict({"phases": {"coverage": {"enabled": False}}})
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application, config=CONFIG)


@pytest.fixture
def academy_session(db):
    consent()
    return small_session(slug="open-session")


@pytest.fixture
def in_test_transaction():
    """Keep the test's connection across the WSGI requests, as Django's own test client does: the
    handler would otherwise close it at the end of each request, inside the test's transaction."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)
def test_generated_requests_get_no_server_error_and_answers_that_match_the_schema(
    case, dataset, academy_session, in_test_transaction
):
    # Every response is checked (no 5xx, a documented status, a body matching its schema, invalid
    # input refused) except "schema-valid input is accepted": the schema cannot say which country
    # or sector codes exist, or that year_from must not follow year_to; those get a documented 400.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
