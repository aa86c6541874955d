import datetime as dt
from decimal import Decimal

import pytest
from django.utils import translation
from rest_framework.test import APIClient

from coopdev.projects.models import Project
from coopdev.projects.tests.factories import (
    OrganisationFactory,
    ProjectFactory,
    add_country,
    add_region,
    add_sdgs,
    add_sector,
)

GENEROUS_RATES = {
    "anon": "10000/min",
    "token": "10000/min",
    "registration": "10000/min",
    "import": "10000/min",
}


@pytest.fixture(autouse=True)
def english():
    """Start each test in English (a request with Accept-Language switches the thread's language)."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def generous_throttles(settings):
    """Rates high enough that the tests never meet them; the throttling tests set their own."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": GENEROUS_RATES}


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Throttle counters and cached figures live in the cache: each test starts without them."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def dataset():
    """Projects of two organisations across regions, SDGs and sectors, plus unpublished ones."""
    coop_a = OrganisationFactory(slug="coop-a", name="Coop A")
    coop_b = OrganisationFactory(slug="coop-b", name="Coop B")
    kenya = ProjectFactory(
        reporting_org=coop_a,
        iati_identifier="XX-TEST-KE/1",
        title={"en": "Dairy cooperatives", "it": "Latterie sociali"},
        description={"fr": "Coopératives laitières au Kenya"},
        total_value=Decimal(200_000),
        managed_value=Decimal(50_000),
        planned_start=dt.date(2019, 3, 1),
        planned_end=dt.date(2021, 6, 30),
    )
    add_country(kenya, "KE", "75")
    add_country(kenya, "TZ", "25")
    add_sdgs(kenya, 2, 8)
    add_sector(kenya, "12220")
    brazil = ProjectFactory(
        reporting_org=coop_b,
        title={"en": "Credit unions in Bahia"},
        total_value=Decimal(100_000),
        managed_value=Decimal(10_000),
        planned_start=dt.date(2021, 1, 1),
        planned_end=dt.date(2023, 12, 31),
    )
    add_country(brazil, "BR")
    add_sdgs(brazil, 8)
    add_sector(brazil, "24030", "60")
    add_sector(brazil, "12220", "40")
    regional = ProjectFactory(
        reporting_org=coop_b,
        title={"en": "West African seed cooperatives"},
        total_value=Decimal(50_000),
        managed_value=None,
        managed_value_eur=None,
        planned_start=None,
        planned_end=None,
        people_reached=None,
    )
    add_region(regional, "298")
    ProjectFactory(reporting_org=coop_a, title={"en": "No value yet"}, total_value=None, managed_value=None)
    for state in (Project.PublicationState.DRAFT, Project.PublicationState.SUBMITTED, "returned"):
        hidden = ProjectFactory(
            reporting_org=coop_a,
            iati_identifier=f"XX-TEST-HIDDEN-{state}",
            title={"en": f"Hidden {state} project"},
            publication_state=state,
        )
        add_country(hidden, "KE")
        add_sdgs(hidden, 8)
    return {"kenya": kenya, "brazil": brazil, "regional": regional, "coop_a": coop_a, "coop_b": coop_b}
