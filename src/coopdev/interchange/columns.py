"""The one-row-per-activity table: the CSV and XLSX import template and the export's projects table.

Multi-valued fields sit in one cell, items separated by ``;``:

==================== ===================================== ===================================
column               item                                  example
==================== ===================================== ===================================
countries            ISO code ``:`` percentage              ``KE:60;TZ:40``
regions              IATI region code ``:`` percentage      ``298:100``
sectors              [vocabulary ``/``] code ``:`` percent  ``12220:60;12240:40`` or ``2/121:100``
sdg_goals            goal number                            ``3;5``
sdg_targets          target code                            ``3.8;5.5``
participating_orgs   role ``|`` ref ``|`` type ``|`` name   ``1|XM-DAC-6-4|10|Italian agency``
budgets              start ``/`` end ``:`` value [``:`` cur] ``2024-01-01/2024-12-31:50000``
transactions         type ``:`` date ``:`` value [``:`` cur] ``2:2024-01-15:100000:USD``
==================== ===================================== ===================================

Texts are in the activity's ``default_language``; other languages go in ``title@it``,
``description@fr``, ... columns. A sector without vocabulary is DAC 5-digit (vocabulary 1).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from coopdev.interchange.errors import BAD_ITEM, FORMULA_CELL, ImportIssue
from coopdev.interchange.records import (
    ActivityRecord,
    BudgetRecord,
    CountryRecord,
    OrgRecord,
    RegionRecord,
    SectorRecord,
    TagRecord,
    TransactionRecord,
)
from coopdev.interchange.values import BadValue, parse_date, parse_decimal, parse_int


@dataclass(frozen=True)
class Column:
    name: str
    help: Any  # a lazy translation
    example: str
    required: bool = False


COLUMNS: tuple[Column, ...] = (
    Column(
        "iati_identifier",
        _("The IATI activity identifier: organisation identifier, hyphen, your own code."),
        "IT-CF-12345678901-P001",
        True,
    ),
    Column(
        "reporting_org_ref",
        _("The IATI organisation identifier of the reporting organisation."),
        "IT-CF-12345678901",
        True,
    ),
    Column("reporting_org_name", _("Its name."), "Cooperativa Esempio"),
    Column("reporting_org_type", _("Its IATI OrganisationType code (e.g. 22 national NGO)."), "22"),
    Column("default_language", _("ISO 639-1 language of the texts (default en)."), "en"),
    Column("default_currency", _("ISO 4217 currency of the amounts (default EUR)."), "EUR"),
    Column("title", _("Title, in the default language."), "Safe water for Kisumu", True),
    Column("description", _("General description."), "Boreholes and water committees ..."),
    Column("objectives", _("Objectives."), ""),
    Column("target_groups", _("Target groups."), ""),
    Column(
        "activity_status",
        _(
            "IATI ActivityStatus code: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, "
            "5 cancelled, 6 suspended."
        ),
        "2",
        True,
    ),
    Column("activity_scope", _("IATI ActivityScope code (e.g. 4 national)."), "4"),
    Column("collaboration_type", _("IATI CollaborationType code."), "1"),
    Column("default_flow_type", _("IATI FlowType code."), "10"),
    Column("default_finance_type", _("IATI FinanceType code."), "110"),
    Column("default_aid_type", _("IATI AidType code."), "C01"),
    Column("planned_start", _("Planned start date, YYYY-MM-DD."), "2024-01-01"),
    Column("actual_start", _("Actual start date."), ""),
    Column("planned_end", _("Planned end date."), "2026-12-31"),
    Column("actual_end", _("Actual end date."), ""),
    Column("total_value", _("Total value of the whole project."), "500000"),
    Column("managed_value", _("Part of it managed by the reporting organisation."), "350000"),
    Column("value_currency", _("Currency of the two values (default: default_currency)."), "EUR"),
    Column(
        "value_date", _("Date at which the values are converted to euros (default: start)."), "2024-01-01"
    ),
    Column("people_reached", _("People reached, in all."), "12000"),
    Column("people_reached_women", _("Of whom women."), "7000"),
    Column("people_reached_men", _("Of whom men."), "5000"),
    Column(
        "countries",
        _("Recipient countries, ISO code:percentage, separated by ; (percentages add up to 100)."),
        "KE:60;TZ:40",
    ),
    Column("regions", _("Recipient IATI regions, code:percentage (with the countries, 100 in all)."), ""),
    Column(
        "sectors",
        _("Sectors, [vocabulary/]code:percentage; vocabulary 1 (DAC 5-digit) when omitted."),
        "14030:70;14081:30",
    ),
    Column("sdg_goals", _("SDG goal numbers, separated by ;."), "6"),
    Column("sdg_targets", _("SDG target codes, separated by ;."), "6.1;6.b"),
    Column(
        "participating_orgs",
        _("Participating organisations, role|ref|type|name, separated by ;."),
        "1|XM-DAC-6-4|10|AICS;4|IT-CF-12345678901|22|Cooperativa Esempio",
    ),
    Column(
        "budgets", _("Budgets, start/end:value[:currency], separated by ;."), "2024-01-01/2024-12-31:250000"
    ),
    Column(
        "transactions",
        _(
            "Transactions, type:date:value[:currency]; type is an IATI TransactionType code "
            "(2 commitment, 3 disbursement, 4 expenditure)."
        ),
        "2:2024-01-10:500000;3:2024-02-01:100000",
    ),
)
COLUMN_NAMES = tuple(c.name for c in COLUMNS)
REQUIRED = tuple(c.name for c in COLUMNS if c.required)
TEXT_FIELDS = ("title", "description", "objectives", "target_groups")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def translated_columns() -> list[str]:
    """The ``title@it`` style columns the export writes for the platform languages."""
    return [f"{name}@{code}" for name in ("title", "description") for code, _name in settings.LANGUAGES]


def unescape_cell(text: str) -> str:
    """Undo the export's protection: a leading apostrophe before a formula character."""
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_START:
        return text[1:]
    return text


def formula_character(text: str) -> str | None:
    """The character that would make a spreadsheet run the cell, or None.

    ``-`` and ``+`` before a digit are numbers, not formulas.
    """
    if not text or text[0] not in FORMULA_START:
        return None
    if text[0] in "+-" and len(text) > 1 and (text[1].isdigit() or text[1] == "."):
        return None
    return text[0]


def _items(text: str) -> Iterator[str]:
    for item in text.split(";"):
        item = item.strip()
        if item:
            yield item


class RowMapper:
    """Turns one table row (a dict of column name to text) into a record, collecting issues."""

    def __init__(self, *, filename: str) -> None:
        self.filename = filename

    def record(self, row: dict[str, str], *, row_number: int) -> tuple[ActivityRecord, list[ImportIssue]]:
        issues: list[ImportIssue] = []
        identifier = (row.get("iati_identifier") or "").strip()

        def add(column: str, message: str) -> None:
            issues.append(
                ImportIssue(
                    file=self.filename, row=row_number, column=column, identifier=identifier, message=message
                )
            )

        cells: dict[str, str] = {}
        for column, raw in row.items():
            if column is None:
                continue
            text = "" if raw is None else str(raw)
            char = formula_character(text)
            if char is not None:
                add(column, str(FORMULA_CELL % {"char": repr(char)}))
                continue
            cells[column] = unescape_cell(text).strip()

        def value(name: str, parse):
            try:
                return parse(cells.get(name, ""))
            except BadValue as exc:
                add(name, exc.message)
                return None

        lang = (cells.get("default_language") or "en").lower()
        rec = ActivityRecord(identifier=identifier, row=row_number, default_language=lang)
        rec.default_currency = (cells.get("default_currency") or "EUR").upper()
        rec.reporting_org = OrgRecord(
            ref=cells.get("reporting_org_ref", ""),
            type=cells.get("reporting_org_type", ""),
            name={lang: cells["reporting_org_name"]} if cells.get("reporting_org_name") else {},
        )
        for name in TEXT_FIELDS:
            texts = {lang: cells[name]} if cells.get(name) else {}
            for column, text in cells.items():
                if column.startswith(f"{name}@") and text:
                    texts[column.split("@", 1)[1].lower()[:5]] = text
            setattr(rec, name, texts)
        for name in (
            "activity_status",
            "activity_scope",
            "collaboration_type",
            "default_flow_type",
            "default_finance_type",
            "default_aid_type",
        ):
            setattr(rec, name, cells.get(name, ""))
        for name in ("planned_start", "actual_start", "planned_end", "actual_end", "value_date"):
            setattr(rec, name, value(name, parse_date))
        rec.total_value = value("total_value", parse_decimal)
        rec.managed_value = value("managed_value", parse_decimal)
        rec.value_currency = cells.get("value_currency", "").upper()
        for name in ("people_reached", "people_reached_women", "people_reached_men"):
            setattr(rec, name, value(name, parse_int))

        def pairs(column: str, form: str) -> Iterator[tuple[str, object]]:
            for item in _items(cells.get(column, "")):
                code, _sep, pct = item.partition(":")
                try:
                    yield code.strip(), parse_decimal(pct) if pct else None
                except BadValue:
                    add(column, str(BAD_ITEM % {"value": item, "form": form}))

        rec.countries = [CountryRecord(code=c.upper(), percentage=p) for c, p in pairs("countries", "KE:60")]  # type: ignore[arg-type]
        rec.regions = [RegionRecord(code=c, percentage=p) for c, p in pairs("regions", "298:100")]  # type: ignore[arg-type]
        for code, pct in pairs("sectors", "12220:60 or 2/121:100"):
            vocabulary, _sep, sector_code = code.rpartition("/")
            rec.sectors.append(SectorRecord(code=sector_code, vocabulary=vocabulary or "1", percentage=pct))  # type: ignore[arg-type]
        rec.tags = [TagRecord(code=g, vocabulary="2") for g in _items(cells.get("sdg_goals", ""))] + [
            TagRecord(code=t, vocabulary="3") for t in _items(cells.get("sdg_targets", ""))
        ]
        for item in _items(cells.get("participating_orgs", "")):
            parts = [p.strip() for p in item.split("|")]
            if len(parts) != 4:
                add("participating_orgs", str(BAD_ITEM % {"value": item, "form": "role|ref|type|name"}))
                continue
            role, ref, kind, name = parts
            rec.participating_orgs.append(
                OrgRecord(role=role, ref=ref, type=kind, name={lang: name} if name else {})
            )
        for item in _items(cells.get("budgets", "")):
            try:
                period, value_text, *currency = item.split(":")
                start, end = period.split("/")
                rec.budgets.append(
                    BudgetRecord(
                        period_start=parse_date(start),
                        period_end=parse_date(end),
                        value=parse_decimal(value_text),
                        currency=(currency[0].strip().upper() if currency else ""),
                    )
                )
            except (ValueError, BadValue):
                add("budgets", str(BAD_ITEM % {"value": item, "form": "2024-01-01/2024-12-31:50000[:EUR]"}))
        for item in _items(cells.get("transactions", "")):
            try:
                kind, on, value_text, *currency = item.split(":")
                rec.transactions.append(
                    TransactionRecord(
                        type=kind.strip(),
                        date=parse_date(on),
                        value=parse_decimal(value_text),
                        currency=(currency[0].strip().upper() if currency else ""),
                    )
                )
            except (ValueError, BadValue):
                add("transactions", str(BAD_ITEM % {"value": item, "form": "3:2024-01-15:100000[:EUR]"}))
        return rec, issues


def _number(value) -> str:
    if value is None:
        return ""
    if type(value) is int:
        return str(value)
    text = f"{value:f}" if isinstance(value, Decimal) else str(value)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def record_row(rec: ActivityRecord) -> dict[str, str]:
    """A record as one row of the table (the inverse of :class:`RowMapper`)."""
    lang = rec.default_language or "en"

    def text(narrative: dict[str, str]) -> str:
        return narrative.get(lang) or next(iter(narrative.values()), "")

    row = {
        "iati_identifier": rec.identifier,
        "reporting_org_ref": rec.reporting_org.ref,
        "reporting_org_name": text(rec.reporting_org.name),
        "reporting_org_type": rec.reporting_org.type,
        "default_language": lang,
        "default_currency": rec.default_currency,
        "activity_status": rec.activity_status,
        "activity_scope": rec.activity_scope,
        "collaboration_type": rec.collaboration_type,
        "default_flow_type": rec.default_flow_type,
        "default_finance_type": rec.default_finance_type,
        "default_aid_type": rec.default_aid_type,
        "planned_start": rec.planned_start.isoformat() if rec.planned_start else "",
        "actual_start": rec.actual_start.isoformat() if rec.actual_start else "",
        "planned_end": rec.planned_end.isoformat() if rec.planned_end else "",
        "actual_end": rec.actual_end.isoformat() if rec.actual_end else "",
        "total_value": _number(rec.total_value),
        "managed_value": _number(rec.managed_value),
        "value_currency": rec.value_currency,
        "value_date": rec.value_date.isoformat() if rec.value_date else "",
        "people_reached": _number(rec.people_reached),
        "people_reached_women": _number(rec.people_reached_women),
        "people_reached_men": _number(rec.people_reached_men),
        "countries": ";".join(
            f"{c.code}:{_number(c.percentage)}" if c.percentage is not None else c.code for c in rec.countries
        ),
        "regions": ";".join(
            f"{r.code}:{_number(r.percentage)}" if r.percentage is not None else r.code
            for r in rec.regions
            if r.vocabulary == "1"
        ),
        "sectors": ";".join(
            ("" if s.vocabulary == "1" else f"{s.vocabulary}/")
            + s.code
            + (f":{_number(s.percentage)}" if s.percentage is not None else "")
            for s in rec.sectors
        ),
        "sdg_goals": ";".join(t.code for t in rec.tags if t.vocabulary == "2"),
        "sdg_targets": ";".join(t.code for t in rec.tags if t.vocabulary == "3"),
        "participating_orgs": ";".join(
            "|".join((o.role, o.ref, o.type, text(o.name).replace(";", ",").replace("|", "/")))
            for o in rec.participating_orgs
        ),
        "budgets": ";".join(
            f"{b.period_start}/{b.period_end}:{_number(b.value)}" + (f":{b.currency}" if b.currency else "")
            for b in rec.budgets
        ),
        "transactions": ";".join(
            f"{t.type}:{t.date}:{_number(t.value)}" + (f":{t.currency}" if t.currency else "")
            for t in rec.transactions
        ),
    }
    for name in TEXT_FIELDS:
        row[name] = text(getattr(rec, name))
    for name in ("title", "description"):
        narrative = getattr(rec, name)
        for code, _name in settings.LANGUAGES:
            row[f"{name}@{code}"] = narrative.get(code, "") if code != lang else ""
    return row
