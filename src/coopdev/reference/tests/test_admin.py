"""The reference admin: every changelist opens; loaded data is read-only; staff add manual rates."""

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from coopdev.reference.models import (
    CodelistItem,
    Country,
    Currency,
    ExchangeRate,
    Region,
    SDGGoal,
    SDGTarget,
    Sector,
    SectorCategory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.urls("coopdev.reference.tests.urls")]

MODELS = (CodelistItem, Country, Currency, ExchangeRate, Region, SDGGoal, SDGTarget, Sector, SectorCategory)


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_changelist_opens_for_a_superuser(admin_client, model):
    response = admin_client.get(reverse(f"admin:reference_{model._meta.model_name}_changelist"))
    assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_changelist_search_works(admin_client, model):
    response = admin_client.get(reverse(f"admin:reference_{model._meta.model_name}_changelist"), {"q": "e"})
    assert response.status_code == 200


def test_loaded_data_is_shown_read_only(admin_client):
    url = reverse("admin:reference_country_change", args=["KE"])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert b'name="name_en"' not in response.content
    assert admin_client.post(url, {"name_en": "Changed"}).status_code == 403
    assert admin_client.get(reverse("admin:reference_country_add")).status_code == 403
    assert Country.objects.get(code="KE").name_en == "Kenya"


def test_a_peg_cannot_be_changed_or_deleted(admin_client):
    peg = ExchangeRate.objects.get(currency_id="XOF", source="peg")
    url = reverse("admin:reference_exchangerate_change", args=[peg.pk])
    assert admin_client.get(url).status_code == 200
    assert admin_client.post(url, {"units_per_eur": "600"}).status_code == 403
    delete_url = reverse("admin:reference_exchangerate_delete", args=[peg.pk])
    assert admin_client.post(delete_url, {"post": "yes"}).status_code == 403
    peg.refresh_from_db()
    assert peg.units_per_eur == Decimal("655.957")


def test_staff_add_a_manual_rate_signed_with_their_name(admin_client, admin_user):
    response = admin_client.post(
        reverse("admin:reference_exchangerate_add"),
        {"currency": "KES", "date": "2024-02-01", "units_per_eur": "160.5", "note": "Central Bank of Kenya"},
    )
    assert response.status_code == 302, response.content
    rate = ExchangeRate.objects.get(currency_id="KES")
    assert (rate.source, rate.created_by, rate.date) == ("manual", admin_user, dt.date(2024, 2, 1))
    assert admin_client.get(reverse("admin:reference_exchangerate_change", args=[rate.pk])).status_code == 200


def test_a_non_positive_rate_is_refused(admin_client):
    response = admin_client.post(
        reverse("admin:reference_exchangerate_add"),
        {"currency": "KES", "date": "2024-02-01", "units_per_eur": "0", "note": ""},
    )
    assert response.status_code == 200
    assert not ExchangeRate.objects.filter(currency_id="KES").exists()


def test_currency_autocomplete_answers(admin_client):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "reference", "model_name": "exchangerate", "field_name": "currency", "term": "KES"},
    )
    assert response.status_code == 200
    assert "KES" in response.json()["results"][0]["text"]
