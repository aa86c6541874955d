"""The intermediate activity record every reader produces and every writer consumes.

One shape for IATI XML, CSV, XLSX and JSON: readers turn their format into
:class:`ActivityRecord`, validation checks records, persistence writes them, exporters read
projects back into records. Texts are narratives (``{"en": ..., "it": ...}``); codes are
IATI codelist codes as strings; an empty string or ``None`` means "not given".

``repr`` of a record is deterministic and leaves out where it came from (line, row), so its
hash says whether the same activity was imported before unchanged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

Narrative = dict[str, str]

# The namespace of the platform's own elements in IATI XML (``<coopdev:values/>``, ...).
EXTENSION_NS = "https://coopdev.org/ns/iati-extension/1"


@dataclass(slots=True)
class OrgRecord:
    ref: str = ""
    name: Narrative = field(default_factory=dict)
    role: str = ""
    type: str = ""
    activity_id: str = ""


@dataclass(slots=True)
class CountryRecord:
    code: str
    percentage: Decimal | None = None


@dataclass(slots=True)
class RegionRecord:
    code: str
    vocabulary: str = "1"
    percentage: Decimal | None = None


@dataclass(slots=True)
class SectorRecord:
    code: str
    vocabulary: str = "1"
    percentage: Decimal | None = None
    narrative: Narrative = field(default_factory=dict)


@dataclass(slots=True)
class TagRecord:
    code: str
    vocabulary: str
    narrative: Narrative = field(default_factory=dict)


@dataclass(slots=True)
class BudgetRecord:
    period_start: date | None
    period_end: date | None
    value: Decimal | None
    currency: str = ""  # empty: the activity's default currency
    value_date: date | None = None
    type: str = "1"
    status: str = "1"


@dataclass(slots=True)
class TransactionRecord:
    type: str
    date: dt.date | None
    value: Decimal | None
    currency: str = ""
    value_date: dt.date | None = None
    ref: str = ""
    description: Narrative = field(default_factory=dict)
    provider_org_ref: str = ""
    provider_org_name: Narrative = field(default_factory=dict)
    receiver_org_ref: str = ""
    receiver_org_name: Narrative = field(default_factory=dict)


@dataclass(slots=True)
class PeriodRecord:
    period_start: date | None
    period_end: date | None
    target_value: Decimal | None = None
    actual_value: Decimal | None = None


@dataclass(slots=True)
class IndicatorRecord:
    title: Narrative
    measure: str = "1"
    ascending: bool = True
    description: Narrative = field(default_factory=dict)
    baseline_year: int | None = None
    baseline_value: Decimal | None = None
    periods: list[PeriodRecord] = field(default_factory=list)


@dataclass(slots=True)
class ResultRecord:
    type: str
    title: Narrative
    aggregation_status: bool | None = None
    description: Narrative = field(default_factory=dict)
    indicators: list[IndicatorRecord] = field(default_factory=list)


@dataclass(slots=True)
class LocationRecord:
    ref: str = ""
    name: Narrative = field(default_factory=dict)
    description: Narrative = field(default_factory=dict)
    latitude: float | None = None
    longitude: float | None = None
    exactness: str = ""
    location_reach: str = ""
    feature_designation: str = ""


@dataclass(slots=True)
class DocumentRecord:
    url: str
    format: str = "text/html"
    title: Narrative = field(default_factory=dict)
    category: str = ""
    language: str = ""
    document_date: date | None = None


@dataclass(slots=True)
class ActivityRecord:
    identifier: str
    reporting_org: OrgRecord = field(default_factory=OrgRecord)
    title: Narrative = field(default_factory=dict)
    description: Narrative = field(default_factory=dict)
    objectives: Narrative = field(default_factory=dict)
    target_groups: Narrative = field(default_factory=dict)
    default_language: str = "en"
    default_currency: str = ""
    activity_status: str = ""
    activity_scope: str = ""
    collaboration_type: str = ""
    default_flow_type: str = ""
    default_finance_type: str = ""
    default_aid_type: str = ""
    planned_start: date | None = None
    actual_start: date | None = None
    planned_end: date | None = None
    actual_end: date | None = None
    last_updated_datetime: datetime | None = None
    # Beyond IATI (the coopdev extension namespace in XML).
    total_value: Decimal | None = None
    managed_value: Decimal | None = None
    value_currency: str = ""
    value_date: date | None = None
    people_reached: int | None = None
    people_reached_women: int | None = None
    people_reached_men: int | None = None
    participating_orgs: list[OrgRecord] = field(default_factory=list)
    countries: list[CountryRecord] = field(default_factory=list)
    regions: list[RegionRecord] = field(default_factory=list)
    sectors: list[SectorRecord] = field(default_factory=list)
    tags: list[TagRecord] = field(default_factory=list)
    budgets: list[BudgetRecord] = field(default_factory=list)
    transactions: list[TransactionRecord] = field(default_factory=list)
    results: list[ResultRecord] = field(default_factory=list)
    locations: list[LocationRecord] = field(default_factory=list)
    documents: list[DocumentRecord] = field(default_factory=list)
    # Where it came from: left out of repr (and so of the hash). ``lines``: tag, line, tag, line,
    # ... of the child elements the record was mapped from, in the file's order (the Nth
    # ``recipient-country`` is ``countries[N]``: every element of a list makes one record);
    # empty for CSV and XLSX. Flat, as it is kept for every activity until it is checked.
    line: int | None = field(default=None, repr=False, compare=False)
    lines: list[str | int] = field(default_factory=list, repr=False, compare=False)
    row: int | None = field(default=None, repr=False, compare=False)
    # The hash of the source (the activity's XML, the row's cells) when the reader knows it.
    digest: str = field(default="", repr=False, compare=False)
    # Earlier identifiers of the reporting organisation (``other-identifier`` of type B1): an
    # activity identifier may begin with one of them instead. Only checked, never stored.
    previous_org_refs: list[str] = field(default_factory=list, repr=False, compare=False)

    @property
    def currency(self) -> str:
        return self.default_currency or "EUR"

    def line_of(self, element: str, index: int = 0) -> int | None:
        """The XML line of the ``index``-th ``element`` child (``coopdev:values`` for the
        extension's), else the activity's line."""
        if element.startswith("coopdev:"):
            element = f"{{{EXTENSION_NS}}}{element[8:]}"
        lines = self.lines
        for i in range(0, len(lines) - 1, 2):
            if lines[i] == element:
                if index == 0:
                    line = lines[i + 1]
                    return line if isinstance(line, int) else self.line
                index -= 1
        return self.line

    def content_hash(self) -> str:
        """SHA-256 of the record's content (not of where it was read): of its source when the
        reader hashed it (much cheaper than a deep ``repr``), else of the record."""
        return self.digest or hashlib.sha256(repr(self).encode("utf-8")).hexdigest()
