"""Public pages: filters, search, facets, the plan page by SDG, the organisation block; query counts."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from coopdev.network import services
from coopdev.network.models import CooperativeSector, CooperativeTag, Participant
from coopdev.network.tests.factories import (
    CooperativeFactory,
    EventFactory,
    PlanFactory,
    PublicationFactory,
)
from coopdev.projects.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def coop(name, *, tags=(), sectors=(), sdgs=(), **kw):
    c = CooperativeFactory(name=name, **kw)
    CooperativeTag.objects.bulk_create([CooperativeTag(cooperative=c, tag=t) for t in tags])
    CooperativeSector.objects.bulk_create([CooperativeSector(cooperative=c, sector=s) for s in sectors])
    c.sdg_goals.set(sdgs)
    return c


def listed(response) -> list[str]:
    import re

    return re.findall(r'data-coop="([^"]+)"', response.content.decode())


@pytest.fixture
def directory():
    return [
        coop(
            "Women Olive Coop",
            slug="olive",
            city="Izmir",
            tags=["women-led"],
            sectors=["agriculture"],
            sdgs=[5],
        ),
        coop(
            "Young Coders",
            slug="coders",
            city="Istanbul",
            tags=["youth-led"],
            sectors=["technology"],
            sdgs=[8],
        ),
        coop(
            "Bologna Care", slug="care", city="Bologna", country_id="IT", cooperative_type="social", sdgs=[3]
        ),
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({}, ["care", "coders", "olive"]),
        ({"tag": "women-led"}, ["olive"]),
        ({"country": "IT"}, ["care"]),
        ({"city": "Istanbul"}, ["coders"]),
        ({"type": "social"}, ["care"]),
        ({"sdg": "8"}, ["coders"]),
        ({"sector": "agriculture"}, ["olive"]),
        ({"q": "coders"}, ["coders"]),
        ({"country": "TR", "tag": "youth-led"}, ["coders"]),
    ],
)
def test_the_directory_filters_and_search_change_the_list(client, directory, query, expected):
    response = client.get(reverse("network:directory"), query)
    assert sorted(listed(response)) == expected
    # the map draws the same entries as the list
    assert response.content.decode().count('"url": "/network/directory/') == len(expected)


def test_a_bad_filter_value_is_reported_and_all_entries_are_shown(client, directory):
    response = client.get(reverse("network:directory"), {"tag": "purple"})
    assert "Some filters could not be used" in response.content.decode()
    assert len(listed(response)) == 3


def test_the_directory_list_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for i in range(30):
        coop(f"Coop {i}", slug=f"c{i}", tags=["social", "ecological"], sectors=["care"], sdgs=[1, 2])
    with django_assert_max_num_queries(12):
        response = client.get(reverse("network:directory"))
    assert len(listed(response)) == 24  # first page


def test_the_directory_csv_has_the_documented_columns(client, directory):
    from coopdev.network.selectors import EXPORT_COLUMNS

    response = client.get(reverse("network:directory_csv"), {"tag": "women-led"})
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0].split(",") == EXPORT_COLUMNS
    assert len(lines) == 2 and lines[1].startswith("olive,Women Olive Coop,")


def test_export_cells_cannot_run_as_spreadsheet_formulas(client):
    coop('=HYPERLINK("http://evil.example")', slug="evil")
    body = b"".join(client.get(reverse("network:directory_csv")).streaming_content).decode()
    assert "'=HYPERLINK" in body


def test_the_event_page_shows_parallel_sessions_speakers_and_participants(client):
    event = EventFactory(slug="closing")
    from coopdev.network.models import EventSession, Speaker

    opening = EventSession.objects.create(event=event, title={"en": "Opening"}, slot=1)
    Speaker.objects.create(session=opening, name="Ada Lovelace", role="President")
    for track in ("A", "B", "C"):
        EventSession.objects.create(event=event, title={"en": f"Parallel {track}"}, slot=2, track=track)
    Participant.objects.create(event=event, name="İzmir Büyükşehir Belediyesi", kind="municipality")
    body = client.get(reverse("network:event_detail", args=["closing"])).content.decode()
    assert "3 parallel sessions" in body
    assert "Ada Lovelace" in body
    assert "Municipality or local government (1)" in body


def _plan_with_work(slug="tracked"):
    plan = services.plan_load(
        data={
            "slug": slug,
            "starts_on": "2024-07-05",
            "declarations": [
                {
                    "sdgs": ["5"],
                    "declarant": {"en": "Participants"},
                    "text": {"en": "Support women-led coops"},
                },
                {"sdgs": ["12"], "declarant_kind": "municipality", "text": {"en": "Urban gardens"}},
            ],
            "working_groups": [
                {
                    "name": "Women",
                    "deliverables": [
                        {
                            "title": "Mentoring",
                            "owner": "Meryem",
                            "due_on": "2025-12-31",
                            "sdgs": ["5"],
                            "updates": [
                                {
                                    "status": "on-track",
                                    "progress": 40,
                                    "days_ago": 200,
                                    "report": "Two cohorts",
                                    "evidence": ["https://example.org/cohort"],
                                }
                            ],
                        },
                    ],
                },
                {
                    "name": "Markets",
                    "deliverables": [
                        {
                            "title": "Gardens",
                            "owner": "Şişli",
                            "due_on": "2026-12-31",
                            "sdgs": ["12"],
                            "updates": [{"status": "done", "progress": 100, "days_ago": 2}],
                        },
                    ],
                },
            ],
        }
    )
    return plan


def test_the_plan_page_shows_by_sdg_what_was_promised_and_what_was_done(client):
    _plan_with_work()
    body = client.get(reverse("network:plan_detail", args=["tracked"])).content.decode()
    goal5 = body.split('data-goal="5"')[1].split('data-goal="12"')[0]
    assert "Support women-led coops" in goal5.split("data-done")[0]
    assert "Mentoring" in goal5.split("data-done")[1]
    assert 'data-staleness="red"' in goal5  # 200 days without an update
    assert "https://example.org/cohort" in goal5
    # due 2025-12-31 and still open: overdue (the test clock is the real one, past that date)
    assert ("data-overdue" in goal5) == (timezone.now().date() > dt.date(2025, 12, 31))
    goal12 = body.split('data-goal="12"')[1].split('id="h-groups"')[0]
    assert "data-overdue" not in goal12  # done, so never overdue
    assert "Municipality or local government:" in goal12
    assert 'data-progress="100.0"' in goal12
    # plan: (40 + 100) / 2
    assert body.split('data-figure="progress"')[1].split("</li>")[0].count('data-progress="70.0"') == 1


def test_plan_pages_run_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for i in range(5):
        _plan_with_work(f"plan-{i}")
    with django_assert_max_num_queries(16):
        assert client.get(reverse("network:plan_list")).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(reverse("network:plan_detail", args=["plan-0"])).status_code == 200


def test_a_private_plan_is_not_public(client):
    PlanFactory(slug="secret-plan", is_public=False)
    assert client.get(reverse("network:plan_detail", args=["secret-plan"])).status_code == 404
    assert "secret-plan" not in client.get(reverse("network:plan_list")).content.decode()


def test_library_facets_count_the_filtered_publications(client):
    PublicationFactory(slug="a", kind="report", theme="youth", year=2021)
    PublicationFactory(slug="b", kind="report", theme="green-economy", year=2021)
    PublicationFactory(slug="c", kind="video", theme="youth", year=2020)
    PublicationFactory(slug="hidden", kind="video", theme="youth", is_public=False)

    body = client.get(reverse("network:publication_list")).content.decode()
    theme = body.split('data-facet="theme"')[1].split("</ul>")[0]
    assert 'data-facet-value="youth"' in theme and 'data-count="2"' in theme
    body = client.get(reverse("network:publication_list"), {"theme": "youth"}).content.decode()
    kinds = body.split('data-facet="kind"')[1].split("</ul>")[0]
    assert kinds.count('data-count="1"') == 2  # one report, one video among the youth ones
    assert 'data-publication="hidden"' not in body
    assert client.get(reverse("network:publication_detail", args=["hidden"])).status_code == 404


def test_the_library_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for i in range(20):
        p = PublicationFactory(slug=f"p{i}")
        p.sdg_goals.set([4, 8])
    with django_assert_max_num_queries(20):
        assert client.get(reverse("network:publication_list")).status_code == 200


class TestOrganisationPage:
    """The block on a DDP organisation's page: declarations, Academy counts, stories, directory."""

    def test_it_shows_linked_entries_declarations_training_counts_and_approved_stories(self, client):
        from coopdev.academy.models import Registration, Session, Story
        from coopdev.academy.tests.factories import SessionFactory, register
        from coopdev.academy.tests.stories_factories import pledge, story

        org = OrganisationFactory(name="Coop Latte", slug="coop-latte")
        entry = CooperativeFactory(name="Latte Directory Entry", organisation=org)
        plan = _plan_with_work()
        participant = Participant.objects.create(
            event=EventFactory(), name="Latte", kind="cooperative", cooperative=entry
        )
        plan.declarations.filter(sort_order=0).update(participant=participant)

        past, earlier, future = SessionFactory(), SessionFactory(), SessionFactory()
        counted = [register(past, email="a@example.org"), register(past, email="b@example.org")]
        again = register(earlier, email="A@example.org")
        not_counted = [register(future), register(past), register(past)]
        # Registration closes when a session starts: register first, then let the sessions happen.
        Session.objects.filter(pk__in=[past.pk, earlier.pk]).update(
            starts_at=timezone.now() - dt.timedelta(days=10)
        )
        Registration.objects.filter(pk__in=[r.pk for r in [*counted, again, *not_counted]]).update(
            state="confirmed", organisation=" coop latte "
        )
        Registration.objects.filter(pk=not_counted[1].pk).update(attended=False)
        Registration.objects.filter(pk=not_counted[2].pk).update(organisation="Coop Latte Milano")
        approved = story(of=pledge(registration=counted[0]), title="We fixed the dairy roof")
        Story.objects.filter(pk=approved.pk).update(status="approved", moderated_at=timezone.now())
        story(of=pledge(registration=counted[1]), title="Still pending story")

        body = client.get(reverse("organisation_detail", args=["coop-latte"])).content.decode()
        block = body.split("data-organisation-network")[1]
        assert "Latte Directory Entry" in block
        assert "Support women-led coops" in block
        # a@ and b@ (A@ is a@ again, in another session); future, absent and other names are not counted
        assert 'data-trained="2"' in block and "in 2 sessions" in block
        assert "We fixed the dairy roof" in block
        assert "Still pending story" not in block

    def test_an_organisation_unknown_to_the_network_shows_no_block(self, client):
        OrganisationFactory(slug="alone")
        assert (
            "data-organisation-network"
            not in client.get(reverse("organisation_detail", args=["alone"])).content.decode()
        )


def test_an_organisation_unknown_to_the_network_costs_its_page_one_query(django_assert_num_queries):
    from coopdev.network.selectors import organisation_network

    organisation = OrganisationFactory(slug="quiet")
    with django_assert_num_queries(1):
        assert organisation_network(organisation=organisation).empty
