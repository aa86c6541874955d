from decimal import Decimal

import pytest

from coopdev.core.formatting import money, money_exact, money_short, number


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "€76,512,346"),
        ("it", "76.512.346\xa0€"),
        ("fr", "76\u202f512\u202f346\xa0€"),
        ("tr", "€76.512.346"),
    ],
)
def test_money_is_formatted_per_locale_in_whole_units(language, expected):
    assert money(Decimal("76512345.60"), language=language) == expected


def test_short_money_for_headlines():
    assert money_short(76_512_345, language="en") == "€76.5M"
    assert money_short(76_512_345, language="it").startswith("76,5")


def test_exact_money_keeps_cents_and_original_currency():
    assert money_exact(Decimal("1234.5"), "USD", language="en") == "US$1,234.50"


def test_missing_values_show_a_dash_not_zero():
    assert money(None) == "–"
    assert number(None) == "–"
