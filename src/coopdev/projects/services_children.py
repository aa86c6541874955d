"""A project's budgets, transactions, results, locations and participating organisations as
project data, so the web forms edit them through the same services, review and history as the
main fields (``projects.services``: ``project_update`` and the review cycle).

Each kind is a key of the project-data dict holding a list of rows (JSON-ready, in the order
the rows were written; ``children_snapshot`` reads them back in that order):

``budgets``: ``{type, status, period_start, period_end, value, currency, value_date}``
``transactions``: ``{type, date, value, currency, value_date, ref, description,
provider_org_ref, provider_org_name, receiver_org_ref, receiver_org_name}``
``results``: ``{type, aggregation_status, title, description, indicators: [{measure, ascending,
title, description, baseline_year, baseline_value, periods: [{period_start, period_end,
target_value, actual_value}]}]}``
``locations``: ``{ref, name, description, country, latitude, longitude, exactness,
location_reach, feature_designation}``
``participating_orgs``: ``{role, ref, name, type, activity_id}``

Dates are ISO strings, amounts decimal strings (2 places; indicator values up to 4, without
trailing zeros), narratives ``{language: text}``. Rows left exactly as they are stored are not
re-validated, so an imported row the forms would refuse (say, a negative reimbursement) does not
stop an editor from changing another row; a kind that did not change is not rewritten.
"""

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coopdev.projects.models import (
    Budget,
    Indicator,
    IndicatorPeriod,
    Location,
    ParticipatingOrg,
    Project,
    Result,
    Transaction,
)
from coopdev.reference.fx import FxRateMissing, to_eur

CHILD_KINDS = ("budgets", "transactions", "results", "locations", "participating_orgs")

BUDGET_KEYS = ("type", "status", "period_start", "period_end", "value", "currency", "value_date")
TRANSACTION_KEYS = (
    "type",
    "date",
    "value",
    "currency",
    "value_date",
    "ref",
    "description",
    "provider_org_ref",
    "provider_org_name",
    "receiver_org_ref",
    "receiver_org_name",
)
RESULT_KEYS = ("type", "aggregation_status", "title", "description", "indicators")
INDICATOR_KEYS = (
    "measure",
    "ascending",
    "title",
    "description",
    "baseline_year",
    "baseline_value",
    "periods",
)
PERIOD_KEYS = ("period_start", "period_end", "target_value", "actual_value")
LOCATION_KEYS = (
    "ref",
    "name",
    "description",
    "country",
    "latitude",
    "longitude",
    "exactness",
    "location_reach",
    "feature_designation",
)
PARTICIPANT_KEYS = ("role", "ref", "name", "type", "activity_id")
NARRATIVE_KEYS = {
    "description",
    "provider_org_name",
    "receiver_org_name",
    "title",
    "name",
}
DATE_KEYS = {"period_start", "period_end", "value_date", "date"}

# Codelists of the coded fields, per kind (validated against ``reference.CodelistItem``).
CODELISTS = {
    "budgets": {"type": "BudgetType", "status": "BudgetStatus"},
    "transactions": {"type": "TransactionType"},
    "results": {"type": "ResultType"},
    "indicators": {"measure": "IndicatorMeasure"},
    "locations": {
        "exactness": "GeographicExactness",
        "location_reach": "GeographicLocationReach",
        "feature_designation": "LocationType",
    },
    "participating_orgs": {"role": "OrganisationRole", "type": "OrganisationType"},
}
INDICATOR_MEASURE_PERCENTAGE = "2"

REQUIRED = _("This field is required.")
UNKNOWN_CODE = _("“{code}” is not a code of the IATI {codelist} codelist.")
UNKNOWN_CURRENCY = _("“{code}” is not a currency of the IATI Currency codelist.")
UNKNOWN_COUNTRY = _("“{code}” is not a country code.")
NOT_A_DATE = _("“{value}” is not a date (YYYY-MM-DD).")
NOT_A_NUMBER = _("“{value}” is not a number.")
VALUE_POSITIVE = _("The value must be more than 0.")
VALUE_TOO_LARGE = _("The value is too large.")
PERIOD_END_BEFORE_START = _("The end of the period cannot be before its start.")
BUDGET_PERIOD_TOO_LONG = _("A budget period may last a year at most (an IATI rule): split it into years.")
OUTSIDE_PROJECT = _(
    "This date is outside the project's dates ({start} to {end}). Change the date, or the project's "
    "dates on the main form first."
)
TRANSACTION_IN_FUTURE = _(
    "A transaction records what happened: its date cannot be in the future (an IATI rule). Plan "
    "future spending as a budget."
)
PERCENTAGE_RANGE = _("A percentage indicator takes values between 0 and 100.")
YEAR_RANGE = _("Give a year between 1900 and 2100.")
LATITUDE_RANGE = _("The latitude must be between -90 and 90.")
LONGITUDE_RANGE = _("The longitude must be between -180 and 180.")
POINT_PARTIAL = _("Give both the latitude and the longitude, or neither.")
LOCATION_EMPTY = _("Give the location a name or a point on the map.")
NAME_OR_IDENTIFIER = _("Give the organisation's name or its IATI identifier.")
NO_SPACES = _("An identifier may not contain spaces.")
TITLE_REQUIRED = _("Give a title.")
NOT_A_LIST = _("Expected a list of rows.")


# --- Normal form ---------------------------------------------------------------------------------


def _iso(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip() or None


def _number(value: Any, places: int) -> str | None:
    """A decimal as text: ``places`` decimals for amounts (2), up to ``places`` without trailing
    zeros for indicator values (4, given as -4). Non-numbers are returned as given (validation
    names them)."""
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    if places > 0:
        return str(number.quantize(Decimal(1).scaleb(-places)))
    text = format(number.quantize(Decimal(1).scaleb(places)).normalize(), "f")
    return "0" if text in ("-0", "") else text


def _narrative(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(lang): str(text).strip() for lang, text in value.items() if str(text or "").strip()}


def _text(value: Any) -> str:
    return str(value or "").strip()


def _coordinate(value: Any) -> float | None:
    if value in (None, ""):
        return None
    try:
        return round(float(str(value).strip().replace(",", ".")), 6)
    except ValueError:
        return value  # type: ignore[no-any-return]  # validation names it


def _bool(value: Any) -> bool | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def _year(value: Any) -> int | str | None:
    if value in (None, ""):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        return str(value)


def _normal_period(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "period_start": _iso(row.get("period_start")),
        "period_end": _iso(row.get("period_end")),
        "target_value": _number(row.get("target_value"), -4),
        "actual_value": _number(row.get("actual_value"), -4),
    }


def _normal_indicator(row: dict[str, Any]) -> dict[str, Any]:
    ascending = _bool(row.get("ascending"))
    return {
        "measure": _text(row.get("measure")) or "1",
        "ascending": True if ascending is None else ascending,
        "title": _narrative(row.get("title")),
        "description": _narrative(row.get("description")),
        "baseline_year": _year(row.get("baseline_year")),
        "baseline_value": _number(row.get("baseline_value"), -4),
        "periods": [_normal_period(p) for p in row.get("periods") or [] if isinstance(p, dict)],
    }


def _normal_row(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    if kind == "budgets":
        return {
            "type": _text(row.get("type")) or "1",
            "status": _text(row.get("status")) or "1",
            "period_start": _iso(row.get("period_start")),
            "period_end": _iso(row.get("period_end")),
            "value": _number(row.get("value"), 2),
            "currency": _text(row.get("currency")).upper(),
            "value_date": _iso(row.get("value_date")) or _iso(row.get("period_start")),
        }
    if kind == "transactions":
        return {
            "type": _text(row.get("type")),
            "date": _iso(row.get("date")),
            "value": _number(row.get("value"), 2),
            "currency": _text(row.get("currency")).upper(),
            "value_date": _iso(row.get("value_date")) or _iso(row.get("date")),
            "ref": _text(row.get("ref")),
            "description": _narrative(row.get("description")),
            "provider_org_ref": _text(row.get("provider_org_ref")),
            "provider_org_name": _narrative(row.get("provider_org_name")),
            "receiver_org_ref": _text(row.get("receiver_org_ref")),
            "receiver_org_name": _narrative(row.get("receiver_org_name")),
        }
    if kind == "results":
        return {
            "type": _text(row.get("type")),
            "aggregation_status": _bool(row.get("aggregation_status")),
            "title": _narrative(row.get("title")),
            "description": _narrative(row.get("description")),
            "indicators": [_normal_indicator(i) for i in row.get("indicators") or [] if isinstance(i, dict)],
        }
    if kind == "locations":
        return {
            "ref": _text(row.get("ref")),
            "name": _narrative(row.get("name")),
            "description": _narrative(row.get("description")),
            "country": _text(row.get("country")).upper() or None,
            "latitude": _coordinate(row.get("latitude")),
            "longitude": _coordinate(row.get("longitude")),
            "exactness": _text(row.get("exactness")),
            "location_reach": _text(row.get("location_reach")),
            "feature_designation": _text(row.get("feature_designation")),
        }
    if kind == "participating_orgs":
        return {
            "role": _text(row.get("role")),
            "ref": _text(row.get("ref")),
            "name": _narrative(row.get("name")),
            "type": _text(row.get("type")),
            "activity_id": _text(row.get("activity_id")),
        }
    raise ValueError(f"Unknown kind {kind!r}")


def children_normalise(*, kind: str, rows: Any) -> list[dict[str, Any]]:
    """``rows`` of ``kind`` in the normal form the snapshot reads back (see the module's doc)."""
    if not isinstance(rows, list):
        return []
    return [_normal_row(kind, row) for row in rows if isinstance(row, dict)]


def children_normalise_data(*, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with its child kinds in the normal form (other keys as given)."""
    return {
        key: children_normalise(kind=key, rows=value) if key in CHILD_KINDS else value
        for key, value in data.items()
    }


# --- Reading -------------------------------------------------------------------------------------


def children_snapshot(*, project: Project | None) -> dict[str, list[dict[str, Any]]]:
    """Every child kind of ``project`` in the normal form, in the order the rows were written.

    Seven queries (one per table); an unsaved project has none.
    """
    if project is None or project.pk is None:
        return {kind: [] for kind in CHILD_KINDS}
    budgets = [
        _normal_row("budgets", {key: getattr(b, key) for key in BUDGET_KEYS})
        for b in Budget.objects.filter(project=project).order_by("pk")
    ]
    transactions = [
        _normal_row("transactions", {key: getattr(t, key) for key in TRANSACTION_KEYS})
        for t in Transaction.objects.filter(project=project).order_by("pk")
    ]
    periods: dict[int, list[dict[str, Any]]] = {}
    for period in IndicatorPeriod.objects.filter(indicator__result__project=project).order_by("pk"):
        periods.setdefault(period.indicator_id, []).append({key: getattr(period, key) for key in PERIOD_KEYS})
    indicators: dict[int, list[dict[str, Any]]] = {}
    for indicator in Indicator.objects.filter(result__project=project).order_by("pk"):
        row = {key: getattr(indicator, key) for key in INDICATOR_KEYS if key != "periods"}
        row["periods"] = periods.get(indicator.pk, [])
        indicators.setdefault(indicator.result_id, []).append(row)
    results = [
        _normal_row(
            "results",
            {
                **{key: getattr(r, key) for key in RESULT_KEYS if key != "indicators"},
                "indicators": indicators.get(r.pk, []),
            },
        )
        for r in Result.objects.filter(project=project).order_by("pk")
    ]
    locations = [
        _normal_row(
            "locations",
            {
                **{key: getattr(loc, key) for key in LOCATION_KEYS if key != "country"},
                "country": loc.country_id,
            },
        )
        for loc in Location.objects.filter(project=project).order_by("pk")
    ]
    participants = [
        _normal_row("participating_orgs", {key: getattr(p, key) for key in PARTICIPANT_KEYS})
        for p in ParticipatingOrg.objects.filter(project=project).order_by("pk")
    ]
    return {
        "budgets": budgets,
        "transactions": transactions,
        "results": results,
        "locations": locations,
        "participating_orgs": participants,
    }


def amount_in_euros(*, value: Any, currency: str, on: Any) -> tuple[Decimal | None, str]:
    """``(EUR amount, "")`` for an amount row, or ``(None, why not)``: the same conversion the
    services store as ``value_eur`` / ``fx_error``."""
    try:
        amount = Decimal(str(value))
        day = on if isinstance(on, dt.date) else dt.date.fromisoformat(str(on))
    except (InvalidOperation, ValueError, TypeError):
        return None, ""
    try:
        return to_eur(amount, currency, day).eur, ""
    except FxRateMissing as exc:
        return None, str(exc.message)


# --- Validation ----------------------------------------------------------------------------------


class _Checker:
    """Collects ``{"kind.index.field": [message]}`` errors while rows are checked."""

    def __init__(self, merged: dict[str, Any]) -> None:
        from coopdev.reference.models import CodelistItem, Country, Currency

        self.errors: dict[str, list[Any]] = {}
        self.codes: dict[str, set[str]] = {}
        lists = {name for fields in CODELISTS.values() for name in fields.values()}
        for codelist, code in CodelistItem.objects.filter(codelist__in=lists).values_list("codelist", "code"):
            self.codes.setdefault(codelist, set()).add(code)
        self.currencies = set(Currency.objects.values_list("code", flat=True))
        self.countries_model = Country
        start = _parse_date(merged.get("actual_start")) or _parse_date(merged.get("planned_start"))
        end = _parse_date(merged.get("actual_end")) or _parse_date(merged.get("planned_end"))
        self.start, self.end = start, end

    def add(self, path: str, message: Any) -> None:
        self.errors.setdefault(path, []).append(message)

    def code(self, path: str, value: str, codelist: str, *, required: bool = True) -> None:
        if not value:
            if required:
                self.add(path, REQUIRED)
        elif value not in self.codes.get(codelist, set()):
            self.add(path, str(UNKNOWN_CODE).format(code=value, codelist=codelist))

    def currency(self, path: str, value: str) -> None:
        if not value:
            self.add(path, REQUIRED)
        elif value not in self.currencies:
            self.add(path, str(UNKNOWN_CURRENCY).format(code=value))

    def date(
        self, path: str, value: Any, *, required: bool = True, in_project: bool = True
    ) -> dt.date | None:
        if value in (None, ""):
            if required:
                self.add(path, REQUIRED)
            return None
        day = _parse_date(value)
        if day is None:
            self.add(path, str(NOT_A_DATE).format(value=value))
            return None
        if in_project and (
            (self.start is not None and day < self.start) or (self.end is not None and day > self.end)
        ):
            self.add(
                path,
                str(OUTSIDE_PROJECT).format(
                    start=self.start.isoformat() if self.start else "…",
                    end=self.end.isoformat() if self.end else "…",
                ),
            )
        return day

    def number(
        self, path: str, value: Any, *, required: bool = False, positive: bool = False
    ) -> Decimal | None:
        if value in (None, ""):
            if required:
                self.add(path, REQUIRED)
            return None
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            number = Decimal("NaN")
        if not number.is_finite():
            self.add(path, str(NOT_A_NUMBER).format(value=value))
            return None
        if abs(number) >= Decimal(10) ** 14:
            self.add(path, VALUE_TOO_LARGE)
            return None
        if positive and number <= 0:
            self.add(path, VALUE_POSITIVE)
        return number

    def period(self, path: str, row: dict[str, Any], *, max_one_year: bool = False) -> None:
        start = self.date(f"{path}.period_start", row.get("period_start"))
        end = self.date(f"{path}.period_end", row.get("period_end"))
        if start and end:
            if end < start:
                self.add(f"{path}.period_end", PERIOD_END_BEFORE_START)
            elif max_one_year and end > _one_year_after(start):
                self.add(f"{path}.period_end", BUDGET_PERIOD_TOO_LONG)

    def narrative_required(self, path: str, value: dict[str, str]) -> None:
        if not any(value.values()):
            self.add(path, TITLE_REQUIRED)


def _parse_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _one_year_after(day: dt.date) -> dt.date:
    """The last day of a one-year period starting on ``day`` (IATI: at most 365 days, 366 in a leap year)."""
    try:
        return day.replace(year=day.year + 1) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        return dt.date(day.year + 1, 2, 28)


def _check_budget(check: _Checker, path: str, row: dict[str, Any]) -> None:
    codes = CODELISTS["budgets"]
    check.code(f"{path}.type", row["type"], codes["type"])
    check.code(f"{path}.status", row["status"], codes["status"])
    check.period(path, row, max_one_year=True)
    check.number(f"{path}.value", row["value"], required=True, positive=True)
    check.currency(f"{path}.currency", row["currency"])
    check.date(f"{path}.value_date", row["value_date"], in_project=False)


def _check_transaction(check: _Checker, path: str, row: dict[str, Any]) -> None:
    check.code(f"{path}.type", row["type"], CODELISTS["transactions"]["type"])
    day = check.date(f"{path}.date", row["date"])
    if day is not None and day > timezone.localdate():
        check.add(f"{path}.date", TRANSACTION_IN_FUTURE)
    check.number(f"{path}.value", row["value"], required=True, positive=True)
    check.currency(f"{path}.currency", row["currency"])
    check.date(f"{path}.value_date", row["value_date"], in_project=False)
    for key in ("provider_org_ref", "receiver_org_ref"):
        if any(ch.isspace() for ch in row[key]):
            check.add(f"{path}.{key}", NO_SPACES)


def _check_result(check: _Checker, path: str, row: dict[str, Any]) -> None:
    check.code(f"{path}.type", row["type"], CODELISTS["results"]["type"])
    check.narrative_required(f"{path}.title", row["title"])
    for i, indicator in enumerate(row["indicators"]):
        ipath = f"{path}.indicators.{i}"
        check.code(f"{ipath}.measure", indicator["measure"], CODELISTS["indicators"]["measure"])
        check.narrative_required(f"{ipath}.title", indicator["title"])
        year = indicator["baseline_year"]
        if year is not None and (not isinstance(year, int) or not 1900 <= year <= 2100):
            check.add(f"{ipath}.baseline_year", YEAR_RANGE)
        percentage = indicator["measure"] == INDICATOR_MEASURE_PERCENTAGE
        values = [(f"{ipath}.baseline_value", indicator["baseline_value"])]
        for j, period in enumerate(indicator["periods"]):
            ppath = f"{ipath}.periods.{j}"
            check.period(ppath, period)
            values += [
                (f"{ppath}.target_value", period["target_value"]),
                (f"{ppath}.actual_value", period["actual_value"]),
            ]
        for vpath, value in values:
            number = check.number(vpath, value)
            if percentage and number is not None and not 0 <= number <= 100:
                check.add(vpath, PERCENTAGE_RANGE)


def _check_location(check: _Checker, path: str, row: dict[str, Any]) -> None:
    lat, lon = row["latitude"], row["longitude"]
    for key, value, limit, message in (
        ("latitude", lat, 90, LATITUDE_RANGE),
        ("longitude", lon, 180, LONGITUDE_RANGE),
    ):
        if value is None:
            continue
        if not isinstance(value, int | float) or isinstance(value, bool):
            check.add(f"{path}.{key}", str(NOT_A_NUMBER).format(value=value))
        elif not -limit <= value <= limit:
            check.add(f"{path}.{key}", message)
    if (lat is None) != (lon is None):
        check.add(f"{path}.{'longitude' if lon is None else 'latitude'}", POINT_PARTIAL)
    if not any(row["name"].values()) and lat is None and lon is None:
        check.add(f"{path}.name", LOCATION_EMPTY)
    country = row["country"]
    if country and not check.countries_model.objects.filter(pk=country).exists():
        check.add(f"{path}.country", str(UNKNOWN_COUNTRY).format(code=country))
    codes = CODELISTS["locations"]
    for key in ("exactness", "location_reach", "feature_designation"):
        check.code(f"{path}.{key}", row[key], codes[key], required=False)


def _check_participant(check: _Checker, path: str, row: dict[str, Any]) -> None:
    codes = CODELISTS["participating_orgs"]
    check.code(f"{path}.role", row["role"], codes["role"])
    check.code(f"{path}.type", row["type"], codes["type"], required=False)
    if not row["ref"] and not any(row["name"].values()):
        check.add(f"{path}.name", NAME_OR_IDENTIFIER)
    if any(ch.isspace() for ch in row["ref"]):
        check.add(f"{path}.ref", NO_SPACES)


CHECKS = {
    "budgets": _check_budget,
    "transactions": _check_transaction,
    "results": _check_result,
    "locations": _check_location,
    "participating_orgs": _check_participant,
}


def children_data_errors(
    *, data: dict[str, Any], merged: dict[str, Any], current: dict[str, Any] | None = None
) -> dict[str, list[Any]]:
    """Errors of the child kinds present in ``data``, as ``{"budgets.0.value": [message]}``.

    ``merged`` is the whole project data the rows are checked against (its dates bound the
    rows' dates); ``current`` the stored rows (``children_snapshot``): a row equal to a stored
    one is not checked again. A kind that is not a list is refused as a whole.
    """
    kinds = [kind for kind in CHILD_KINDS if kind in data]
    if not kinds:
        return {}
    check = _Checker(merged)
    for kind in kinds:
        if not isinstance(data[kind], list) or not all(isinstance(row, dict) for row in data[kind]):
            check.add(kind, NOT_A_LIST)
            continue
        stored = list((current or {}).get(kind, []))
        for index, row in enumerate(children_normalise(kind=kind, rows=data[kind])):
            if row in stored:
                stored.remove(row)
                continue
            CHECKS[kind](check, f"{kind}.{index}", row)
    return check.errors


# --- Writing -------------------------------------------------------------------------------------


def children_apply(*, project: Project, data: dict[str, Any]) -> list[str]:
    """Write the child kinds present in ``data`` that differ from what is stored: the kind's rows
    are replaced by ``data``'s, in its order. Returns the kinds written.

    Runs in the caller's transaction, after validation (``children_data_errors``); EUR values of
    budgets and transactions are filled by ``project_refresh_derived``, which the caller runs.
    Participating organisations are linked to the platform's organisation with their identifier.
    """
    kinds = [kind for kind in CHILD_KINDS if kind in data]
    if not kinds:
        return []
    current = children_snapshot(project=project)
    written = []
    for kind in kinds:
        rows = children_normalise(kind=kind, rows=data[kind])
        if rows == current[kind]:
            continue
        written.append(kind)
        WRITERS[kind](project, rows)
    return written


def _day(value: Any) -> dt.date:
    """A required date of a validated row."""
    day = _parse_date(value)
    if day is None:
        raise ValueError(f"Not a date: {value!r} (rows are validated before they are written)")
    return day


def _amount(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "value": Decimal(row["value"]),
        "currency": row["currency"],
        "value_date": _day(row["value_date"]),
    }


def _write_budgets(project: Project, rows: list[dict[str, Any]]) -> None:
    project.budgets.all().delete()
    Budget.objects.bulk_create(
        Budget(
            project=project,
            type=row["type"],
            status=row["status"],
            period_start=_day(row["period_start"]),
            period_end=_day(row["period_end"]),
            **_amount(row),
        )
        for row in rows
    )


def _write_transactions(project: Project, rows: list[dict[str, Any]]) -> None:
    project.transactions.all().delete()
    Transaction.objects.bulk_create(
        Transaction(
            project=project,
            type=row["type"],
            date=_day(row["date"]),
            ref=row["ref"][:200],
            description=row["description"],
            provider_org_ref=row["provider_org_ref"][:150],
            provider_org_name=row["provider_org_name"],
            receiver_org_ref=row["receiver_org_ref"][:150],
            receiver_org_name=row["receiver_org_name"],
            **_amount(row),
        )
        for row in rows
    )


def _optional_decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def _write_results(project: Project, rows: list[dict[str, Any]]) -> None:
    IndicatorPeriod.objects.filter(indicator__result__project=project).delete()
    Indicator.objects.filter(result__project=project).delete()
    project.results.all().delete()
    for row in rows:
        result = Result.objects.create(
            project=project,
            type=row["type"],
            aggregation_status=row["aggregation_status"],
            title=row["title"],
            description=row["description"],
        )
        for ind in row["indicators"]:
            indicator = Indicator.objects.create(
                result=result,
                measure=ind["measure"],
                ascending=ind["ascending"],
                title=ind["title"],
                description=ind["description"],
                baseline_year=ind["baseline_year"],
                baseline_value=_optional_decimal(ind["baseline_value"]),
            )
            IndicatorPeriod.objects.bulk_create(
                IndicatorPeriod(
                    indicator=indicator,
                    period_start=_day(p["period_start"]),
                    period_end=_day(p["period_end"]),
                    target_value=_optional_decimal(p["target_value"]),
                    actual_value=_optional_decimal(p["actual_value"]),
                )
                for p in ind["periods"]
            )


def _write_locations(project: Project, rows: list[dict[str, Any]]) -> None:
    project.locations.all().delete()
    Location.objects.bulk_create(
        Location(
            project=project,
            ref=row["ref"][:200],
            name=row["name"],
            description=row["description"],
            country_id=row["country"],
            latitude=row["latitude"],
            longitude=row["longitude"],
            exactness=row["exactness"],
            location_reach=row["location_reach"],
            feature_designation=row["feature_designation"],
        )
        for row in rows
    )


def _write_participants(project: Project, rows: list[dict[str, Any]]) -> None:
    from coopdev.organisations.models import Organisation

    refs = {row["ref"] for row in rows if row["ref"]}
    organisations = dict(
        Organisation.objects.filter(iati_identifier__in=refs).values_list("iati_identifier", "pk")
    )
    project.participating_orgs.all().delete()
    ParticipatingOrg.objects.bulk_create(
        ParticipatingOrg(
            project=project,
            organisation_id=organisations.get(row["ref"]),
            ref=row["ref"][:150],
            name=row["name"],
            role=row["role"],
            type=row["type"][:3],
            activity_id=row["activity_id"][:200],
        )
        for row in rows
    )


WRITERS = {
    "budgets": _write_budgets,
    "transactions": _write_transactions,
    "results": _write_results,
    "locations": _write_locations,
    "participating_orgs": _write_participants,
}
