"""Warming the figure cache: the first visit after a change finds its figures computed."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from coopdev.projects import warm
from coopdev.projects.tests.factories import ProjectFactory, add_country

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def site(settings):
    settings.COOPDEV_BASE_URL = "http://testserver"
    with translation.override("en"):
        yield


def figure_queries(client, path: str) -> list[str]:
    """The queries of a visit that compute figures (from the rows, or on PostgreSQL the summary)."""
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    figure_tables = ("projects_projectcountry", "projects_figuresummary")
    return [q["sql"] for q in captured.captured_queries if any(t in q["sql"] for t in figure_tables)]


def test_a_warmed_home_page_computes_no_figure_on_the_first_visit(client):
    project = ProjectFactory(total_value=Decimal(250_000))
    add_country(project, "KE")
    assert warm.figures_warm() == 10  # five languages, two value bases
    for path in ("/", "/?basis=managed", "/it/", "/fr/?basis=managed"):
        assert figure_queries(client, path) == [], path


def test_without_warming_the_first_visit_computes_the_figures(client):
    add_country(ProjectFactory(), "KE")
    assert figure_queries(client, "/") != []


def test_the_loop_warms_once_per_data_version(monkeypatch):
    warmed = []
    monkeypatch.setattr(warm, "figures_warm", lambda: warmed.append(warm.data_version()) or 10)
    monkeypatch.setattr(warm.time, "sleep", lambda _seconds: None)
    monkeypatch.setattr(warm, "close_old_connections", lambda: None)  # the test's transaction stays
    ProjectFactory()
    rounds = iter(range(6))

    def stop() -> bool:
        n = next(rounds, None)
        if n == 3:
            ProjectFactory()  # the data changes between two checks
        return n is None

    warm.figures_warm_loop(every=1, stop=stop)
    assert len(warmed) == 2
    assert warmed[0] != warmed[1]


def test_warming_in_process_is_off_unless_asked(settings):
    settings.COOPDEV_FIGURE_WARM_SECONDS = None
    assert warm.warm_seconds() == 0
    settings.COOPDEV_FIGURE_WARM_SECONDS = 5
    assert warm.warm_seconds() == 5
