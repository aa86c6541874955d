import pytest
from django.urls import reverse

from coopdev.projects.tests.factories import ProjectFactory, add_country

pytestmark = pytest.mark.django_db


def test_home_without_projects_explains_how_to_get_some(client):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert "No published projects yet." in response.text
    assert "coopdev demo" in response.text


def test_home_shows_the_headline_figures(client, django_assert_max_num_queries):
    for code in ("KE", "BR", "UA"):
        add_country(ProjectFactory(people_reached=1200), code)
    # The home is the dashboard: headline figures and every chart, each a fixed number of queries.
    with django_assert_max_num_queries(25):
        response = client.get(reverse("home"))
    figures = response.context["figures"]
    assert figures.projects == 3
    assert 'data-figure="projects"><span class="value">3<' in response.text
    assert "€300K" in response.text
    assert "3,600" in response.text


def test_home_speaks_the_language_in_the_url(client):
    ProjectFactory()
    response = client.get("/it/")
    assert response.status_code == 200
    assert 'lang="it"' in response.text


def test_demo_data_is_labelled_as_such(client):
    ProjectFactory(is_demo=True)
    response = client.get(reverse("home"))
    assert "Demo data." in response.text


# -- the DDP pages -------------------------------------------------------------------------------

import csv  # noqa: E402
import io  # noqa: E402
from decimal import Decimal  # noqa: E402

from coopdev.projects.models import Project  # noqa: E402
from coopdev.projects.tests.factories import OrganisationFactory, add_sdgs, add_sector  # noqa: E402


@pytest.fixture(autouse=True)
def english():
    """Requests switch the thread's language (a test above asks for /it/): start each test in English."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def portfolio():
    coop = OrganisationFactory(slug="coop-a", name="Coop A")
    kenya = ProjectFactory(
        reporting_org=coop,
        iati_identifier="XX-TEST-KE/1",
        title={"en": "Dairy cooperatives", "it": "Latterie sociali"},
        description={"fr": "Coopératives laitières au Kenya"},
        total_value=Decimal(200_000),
        managed_value=Decimal(50_000),
    )
    add_country(kenya, "KE", "75")
    add_country(kenya, "TZ", "25")
    add_sdgs(kenya, 2, 8)
    add_sector(kenya, "12220")
    brazil = ProjectFactory(
        title={"en": '=HYPERLINK("http://evil")'}, total_value=Decimal(100_000), managed_value=Decimal(10_000)
    )
    add_country(brazil, "BR")
    add_sdgs(brazil, 8)
    ProjectFactory(publication_state=Project.PublicationState.DRAFT, iati_identifier="XX-TEST-DRAFT")
    return kenya, brazil


def test_home_shows_every_chart_with_a_table_view(client, portfolio, django_assert_max_num_queries):
    with django_assert_max_num_queries(30):
        response = client.get(reverse("home"))
    assert response.status_code == 200
    for chart in ("map", "regions", "sdgs", "sectors", "years"):
        assert f'data-chart="{chart}"' in response.text
    assert response.text.count('class="table-view"') == 5
    assert 'id="ddp-data"' in response.text
    assert len(response.context["payload"]["sdgs"]) == 17


def test_explore_filters_change_the_figures(client, portfolio):
    all_ = client.get(reverse("explore"))
    assert all_.context["figures"].projects == 2
    kenya = client.get(reverse("explore"), {"country": "KE"})
    assert kenya.status_code == 200
    assert kenya.context["figures"].projects == 1
    assert kenya.context["figures"].total_value_eur == Decimal(200_000)
    both = client.get(reverse("explore"), {"country": ["KE", "BR"], "sdg": "8"})
    assert both.context["figures"].projects == 2
    assert client.get(reverse("explore"), {"sdg": "2", "region": "americas"}).context["figures"].projects == 0


def test_explore_searches_titles_and_descriptions_in_every_language(client, portfolio):
    for query in ("latterie", "LAITI", "Dairy", "ke/1"):
        response = client.get(reverse("explore"), {"q": query})
        assert response.context["figures"].projects == 1, query


def test_explore_managed_basis_is_stated_and_used(client, portfolio):
    response = client.get(reverse("explore"), {"basis": "managed"})
    assert response.context["payload"]["total"] == 60_000
    assert 'data-basis="managed"' in response.text


def test_invalid_filters_give_a_message_not_an_error_page(client, portfolio):
    response = client.get(
        reverse("explore"), {"country": "ZZ", "year_from": "abc", "sdg": "99", "page": "-3"}
    )
    assert response.status_code == 400
    assert 'role="alert"' in response.text
    messages = response.context["errors"]
    assert any(m.startswith("Country") for m in messages)
    assert any(m.startswith("Active from year") for m in messages)
    reversed_years = client.get(reverse("explore"), {"year_from": "2022", "year_to": "2020"})
    assert "The last year comes before the first year." in reversed_years.text


def test_explore_pages_and_sorts(client, django_assert_max_num_queries):
    for i in range(25):
        ProjectFactory(total_value=Decimal(1000 + i), managed_value=Decimal(0))
    with django_assert_max_num_queries(40):
        first = client.get(reverse("explore"), {"sort": "-value"})
    assert first.context["page_obj"].object_list[0].total_value_eur == Decimal(1024)
    second = client.get(reverse("explore"), {"sort": "-value", "page": "2"})
    assert len(second.context["page_obj"].object_list) == 5
    by_title = client.get(reverse("explore"), {"sort": "title"})
    titles = [p.title_text for p in by_title.context["page_obj"].object_list]
    assert titles == sorted(titles)


def test_csv_download_streams_the_filtered_set_with_formulas_neutralised(client, portfolio):
    response = client.get(reverse("explore_csv"), {"sdg": "8"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][0] == "IATI identifier"
    assert len(rows) == 3
    titles = {r[1] for r in rows[1:]}
    assert '\'=HYPERLINK("http://evil")' in titles
    assert client.get(reverse("explore"), {"format": "csv"})["Content-Type"].startswith("text/csv")


def test_csv_cell_neutralises_every_formula_prefix():
    from coopdev.projects.views.pages import csv_cell

    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx"):
        assert csv_cell(text) == "'" + text
    assert csv_cell("Plain") == "Plain"
    assert csv_cell(None) == ""


def test_explore_json_has_the_same_figures_as_the_page(client, portfolio):
    data = client.get(reverse("explore_json"), {"country": "KE"}).json()
    assert data["projects"] == 1
    assert {r["key"] for r in data["countries"]} == {"KE", "TZ"}
    assert client.get(reverse("explore_json"), {"sdg": "x"}).status_code == 400


def test_project_page_shows_shares_and_404s_for_drafts(client, portfolio, django_assert_max_num_queries):
    kenya, _brazil = portfolio
    with django_assert_max_num_queries(25):
        response = client.get(reverse("project_detail", args=[kenya.iati_identifier]))
    assert response.status_code == 200
    assert reverse("project_detail", args=[kenya.iati_identifier]) == "/projects/XX-TEST-KE/1/"
    assert "Dairy cooperatives" in response.text
    assert "75 %" in response.text and "25 %" in response.text
    assert client.get(reverse("project_detail", args=["XX-TEST-DRAFT"])).status_code == 404
    assert client.get(reverse("project_detail", args=["NOPE"])).status_code == 404


def test_project_page_shows_budgets_in_both_currencies_and_missing_rates(client, portfolio):
    import datetime as dt

    from coopdev.projects.models import Budget

    kenya, _ = portfolio
    Budget.objects.create(
        project=kenya,
        value=Decimal(1000),
        currency="USD",
        value_date=dt.date(2020, 1, 1),
        value_eur=Decimal("890.00"),
        period_start=dt.date(2020, 1, 1),
        period_end=dt.date(2020, 12, 31),
    )
    Budget.objects.create(
        project=kenya,
        value=Decimal(5000),
        currency="KES",
        value_date=dt.date(2020, 1, 1),
        value_eur=None,
        fx_error="No rate for KES",
        period_start=dt.date(2021, 1, 1),
        period_end=dt.date(2021, 12, 31),
    )
    response = client.get(reverse("project_detail", args=[kenya.iati_identifier]))
    assert "US$1,000.00" in response.text
    assert "€890.00" in response.text
    assert "No rate for KES" in response.text


def test_organisation_page_shows_completeness(client, portfolio, django_assert_max_num_queries):
    # The page's own figures, plus a fixed handful for the network block (declarations, people
    # trained, stories, directory entries): a constant, whatever the number of projects.
    with django_assert_max_num_queries(36):
        response = client.get(reverse("organisation_detail", args=["coop-a"]))
    assert response.status_code == 200
    assert 'data-completeness="sdgs"' in response.text
    assert response.context["completeness"].projects == 1
    assert client.get(reverse("organisation_detail", args=["nobody"])).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/sdg/8/",
        "/sdg/8/factsheet/",
        "/regions/africa/",
        "/regions/africa/factsheet/",
        "/sectors/122/",
        "/sectors/health/",
        "/sectors/health/factsheet/",
    ],
)
def test_thematic_pages_and_factsheets(client, portfolio, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(30):
        response = client.get(url)
    assert response.status_code == 200
    if "factsheet" in url:
        assert "<svg" in response.text and "<script" not in response.text
        assert "@page" not in response.text  # the print rules live in factsheet.css


def test_thematic_pages_count_the_right_projects(client, portfolio):
    assert client.get("/sdg/8/").context["figures"].projects == 2
    assert client.get("/sdg/2/").context["figures"].projects == 1
    assert client.get("/regions/americas/").context["figures"].projects == 1
    assert client.get("/sectors/health/").context["figures"].projects == 1
    assert client.get("/sdg/18/").status_code == 404
    assert client.get("/regions/mars/").status_code == 404


def test_embeds_may_be_framed_and_other_pages_may_not(client, portfolio):
    embed = client.get(reverse("embed", args=["sdgs"]), {"country": "KE"})
    assert embed.status_code == 200
    assert "X-Frame-Options" not in embed.headers
    assert client.get(reverse("home"))["X-Frame-Options"] == "DENY"
    assert client.get(reverse("embed", args=["nope"])).status_code == 404
    home = client.get(reverse("home"))
    assert "&lt;iframe src=&quot;http://testserver/embed/sdgs/" in home.text
