"""Conversion to euros: identity, ECB daily rates, pegs, staff rates, and the missing-rate error."""

import datetime as dt
from decimal import Decimal

import pytest

from coopdev.reference import fx
from coopdev.reference.fx import FxRateMissing, rate_to_eur, to_eur
from coopdev.reference.models import ExchangeRate
from coopdev.reference.tests.conftest import ecb_rows

pytestmark = pytest.mark.django_db


def ecb_rate(currency: str, day: dt.date) -> Decimal:
    return Decimal(next(row[currency] for row in ecb_rows() if row["Date"] == day.isoformat()))


def test_eur_converts_to_itself():
    conversion = to_eur(Decimal("1234.565"), "EUR", dt.date(2020, 5, 17))
    assert conversion == fx.Conversion(Decimal("1234.56"), Decimal(1), dt.date(2020, 5, 17), "identity")


def test_usd_on_a_weekday_uses_that_days_shipped_ecb_rate():
    day = dt.date(2024, 3, 5)  # a Tuesday
    rate = ecb_rate("USD", day)
    conversion = to_eur(Decimal("1000"), "USD", day)
    assert conversion.units_per_eur == rate
    assert conversion.rate_date == day
    assert conversion.source == "ecb"
    assert conversion.eur == (Decimal("1000") / rate).quantize(Decimal("0.01"))


def test_a_saturday_uses_fridays_rate():
    saturday = dt.date(2024, 3, 9)
    friday = dt.date(2024, 3, 8)
    assert rate_to_eur("USD", saturday) == (ecb_rate("USD", friday), friday, "ecb")


def test_a_day_after_the_shipped_history_uses_its_last_rate():
    last_row = ecb_rows()[0]
    last_day = dt.date.fromisoformat(last_row["Date"])
    assert fx.ecb_last_date() == last_day
    later = last_day + dt.timedelta(days=400)
    assert rate_to_eur("USD", later) == (Decimal(last_row["USD"]), last_day, "ecb")


def test_a_day_before_the_euro_has_no_rate():
    with pytest.raises(FxRateMissing):
        rate_to_eur("USD", dt.date(1998, 12, 31))


def test_a_currency_the_ecb_stopped_publishing_has_no_rate_after_a_week():
    last_rub = next(dt.date.fromisoformat(row["Date"]) for row in ecb_rows() if row["RUB"] not in ("N/A", ""))
    assert rate_to_eur("RUB", last_rub)[1] == last_rub
    assert rate_to_eur("RUB", last_rub + dt.timedelta(days=7))[1] == last_rub
    with pytest.raises(FxRateMissing):
        rate_to_eur("RUB", last_rub + dt.timedelta(days=8))


def test_xof_uses_the_peg_exactly():
    conversion = to_eur(Decimal("655.957"), "XOF", dt.date(2021, 6, 1))
    assert conversion.eur == Decimal("1.00")
    assert conversion.units_per_eur == Decimal("655.957")
    assert conversion.source == "peg"
    assert conversion.rate_date == dt.date(1999, 1, 1)


def test_a_peg_applies_indefinitely():
    assert rate_to_eur("XAF", dt.date(2040, 1, 1))[2] == "peg"


def test_kes_without_a_rate_raises_a_message_naming_the_currency_and_the_day():
    with pytest.raises(FxRateMissing) as error:
        to_eur(Decimal("100"), "KES", dt.date(2023, 4, 12))
    assert error.value.currency == "KES"
    assert error.value.on == dt.date(2023, 4, 12)
    assert "KES" in error.value.message
    assert "2023-04-12" in error.value.message
    assert "Exchange rates" in error.value.message
    assert str(error.value) == error.value.message


def test_a_staff_rate_applies_for_366_days_then_stops():
    ExchangeRate.objects.create(
        currency_id="KES", date=dt.date(2023, 1, 1), units_per_eur=Decimal("140"), source="manual"
    )
    conversion = to_eur(Decimal("1400"), "KES", dt.date(2023, 4, 12))
    assert (conversion.eur, conversion.source, conversion.rate_date) == (
        Decimal("10.00"),
        "manual",
        dt.date(2023, 1, 1),
    )
    assert rate_to_eur("KES", dt.date(2023, 1, 1) + dt.timedelta(days=366))[0] == Decimal("140")
    with pytest.raises(FxRateMissing):
        rate_to_eur("KES", dt.date(2023, 1, 1) + dt.timedelta(days=367))


def test_a_later_staff_rate_replaces_an_earlier_one():
    ExchangeRate.objects.create(
        currency_id="KES", date=dt.date(2023, 1, 1), units_per_eur=140, source="manual"
    )
    ExchangeRate.objects.create(
        currency_id="KES", date=dt.date(2023, 7, 1), units_per_eur=155, source="manual"
    )
    assert rate_to_eur("KES", dt.date(2023, 6, 30))[0] == Decimal("140")
    assert rate_to_eur("KES", dt.date(2023, 7, 1))[0] == Decimal("155")


def test_a_staff_rate_takes_precedence_over_the_ecb():
    day = dt.date(2024, 3, 5)
    ExchangeRate.objects.create(currency_id="USD", date=day, units_per_eur=Decimal("1.5"), source="manual")
    assert rate_to_eur("USD", day) == (Decimal("1.5"), day, "manual")


def test_saving_and_deleting_a_rate_clears_the_cache():
    day = dt.date(2023, 4, 12)
    with pytest.raises(FxRateMissing):
        rate_to_eur("KES", day)  # the cache now holds the rates without KES
    rate = ExchangeRate.objects.create(currency_id="KES", date=dt.date(2023, 1, 1), units_per_eur=140)
    assert rate_to_eur("KES", day)[0] == Decimal("140")
    rate.units_per_eur = Decimal("141")
    rate.save()
    assert rate_to_eur("KES", day)[0] == Decimal("141")
    rate.delete()
    with pytest.raises(FxRateMissing):
        rate_to_eur("KES", day)


def test_lower_case_codes_are_accepted():
    assert rate_to_eur("usd", dt.date(2024, 3, 5)) == rate_to_eur("USD", dt.date(2024, 3, 5))
    assert rate_to_eur("eur", dt.date(2024, 3, 5))[2] == "identity"


def test_euros_are_rounded_half_to_even():
    assert to_eur(Decimal("0.125"), "EUR", dt.date(2024, 1, 1)).eur == Decimal("0.12")
    assert to_eur(Decimal("0.135"), "EUR", dt.date(2024, 1, 1)).eur == Decimal("0.14")


def test_inside_rates_fixed_the_rates_are_read_once_and_not_again(django_assert_num_queries, monkeypatch):
    """An import converts a whole file at the rates it started with, without a query (its writes
    run on the connection meanwhile), however old the cache grows."""
    day = dt.date(2023, 4, 12)
    ExchangeRate.objects.create(currency_id="KES", date=dt.date(2023, 1, 1), units_per_eur=140)
    fx.clear_cache()
    with fx.rates_fixed():
        monkeypatch.setattr(fx, "DB_CACHE_SECONDS", -1.0)  # every cache is stale from now on
        fx.clear_cache()  # and even a cleared one
        with django_assert_num_queries(0):
            assert rate_to_eur("KES", day)[0] == Decimal("140")
            assert rate_to_eur("KES", day + dt.timedelta(days=1))[0] == Decimal("140")
    with django_assert_num_queries(1):  # outside, the cache works as before
        assert rate_to_eur("KES", day)[0] == Decimal("140")
