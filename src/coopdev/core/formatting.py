"""Numbers and money formatted for the active language (CLDR rules through Babel)."""

from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import (
    NumberPattern,
    format_compact_currency,
    format_currency,
    format_decimal,
    parse_pattern,
)
from django.utils.translation import get_language

BABEL_LOCALES = {"en": "en_GB", "it": "it_IT", "tr": "tr_TR", "es": "es_ES", "fr": "fr_FR"}


def babel_locale(language: str | None = None) -> str:
    lang = (language or get_language() or "en").split("-")[0]
    return BABEL_LOCALES.get(lang, "en_GB")


def money(value: Decimal | float | int | None, currency: str = "EUR", *, language: str | None = None) -> str:
    """``€76,512,345`` / ``76.512.345 €``: whole units, as headline figures are read."""
    if value is None:
        return "–"
    return _whole_units_pattern(babel_locale(language)).apply(
        Decimal(value), babel_locale(language), currency=currency, currency_digits=False
    )


@lru_cache(maxsize=16)
def _whole_units_pattern(locale: str) -> NumberPattern:
    # A fresh copy of the locale's currency pattern: Babel caches and shares the original.
    pattern = parse_pattern(Locale.parse(locale).currency_formats["standard"].pattern)
    pattern.frac_prec = (0, 0)
    return pattern


def money_exact(
    value: Decimal | float | int | None, currency: str = "EUR", *, language: str | None = None
) -> str:
    """Money to the cent, as recorded."""
    if value is None:
        return "–"
    return format_currency(value, currency, locale=babel_locale(language))


def money_short(
    value: Decimal | float | int | None, currency: str = "EUR", *, language: str | None = None
) -> str:
    """``€76.5M`` / ``76,5 Mio €``: for headline figures and chart labels."""
    if value is None:
        return "–"
    locale = babel_locale(language)
    # British CLDR data abbreviates with lower-case "k" and "m"; headline figures read better as K/M.
    if locale == "en_GB":
        locale = "en"
    return format_compact_currency(value, currency, locale=locale, fraction_digits=1)


def number(value: Decimal | float | int | None, *, language: str | None = None) -> str:
    if value is None:
        return "–"
    return format_decimal(value, locale=babel_locale(language))
