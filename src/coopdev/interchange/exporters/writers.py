"""One writer per format: each turns projects into a stream of bytes at constant memory."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone
from lxml import etree

from coopdev.interchange.columns import FORMULA_START
from coopdev.interchange.exporters.pg_csv import csv_bytes
from coopdev.interchange.exporters.projects import project_records
from coopdev.interchange.exporters.tables import TABLES, table_query, table_rows
from coopdev.interchange.readers.iati import EXTENSION_NS, XML_LANG
from coopdev.interchange.records import ActivityRecord, Narrative
from coopdev.projects.models import Project

FLUSH_BYTES = 1 << 16


# A signed number: + or - then an ASCII digit or a point (``pg_csv`` applies the same rule).
_NUMBER_SECOND = frozenset("0123456789.")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet will not run as a formula (OWASP CSV injection): text starting with
    ``= + - @``, a tab or a carriage return gets a leading apostrophe; numbers stay numbers."""
    if type(value) is str:
        text = value
    elif value is None:
        return ""
    elif isinstance(value, Decimal):
        return f"{value:f}"
    elif isinstance(value, datetime | date):
        return value.isoformat()
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    if text and text[0] in FORMULA_START:
        if text[0] in "+-" and len(text) > 1 and text[1] in _NUMBER_SECOND:
            return text
        return "'" + text
    return text


_FORMULA_START = frozenset(FORMULA_START)


def safe_cells(row) -> list:
    """``[safe_cell(v) for v in row]`` for ``csv.writer``, which already writes ``None``, ints and
    dates as ``safe_cell`` would: only text that could be a formula and the other types are touched."""
    cells = list(row)
    for i, value in enumerate(cells):
        kind = type(value)
        if kind is str:
            if value and value[0] in _FORMULA_START:
                cells[i] = safe_cell(value)
        elif value is not None and kind is not int and kind is not date:
            cells[i] = safe_cell(value)
    return cells


class _Buffer(io.RawIOBase):
    """Collects what zipfile or csv writes, for the generator to hand on."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        self.parts.append(bytes(data))
        self.size += len(data)
        return len(data)

    def take(self) -> bytes:
        data = b"".join(self.parts)
        self.parts.clear()
        self.size = 0
        return data


def csv_table_stream(table: str, projects: QuerySet[Project]) -> Iterator[bytes]:
    """One table as UTF-8 CSV (with a BOM, so spreadsheets read the accents), ``\n`` line ends.

    On PostgreSQL the tables of plain cells are written by the database (``pg_csv``), the same
    bytes several times faster.
    """
    text = io.StringIO()
    write = _row_writer(text)
    yield "\ufeff".encode()
    plan = table_query(table, projects) if connection.vendor == "postgresql" else None
    if plan is not None:
        header, sql, params = plan
        write(safe_cells(header))
        yield text.getvalue().encode("utf-8")
        yield from csv_bytes(sql, params, len(header), parallel=table != "projects")
        return
    for row in table_rows(table, projects):
        write(safe_cells(row))
        if text.tell() > FLUSH_BYTES:
            yield text.getvalue().encode("utf-8")
            text.seek(0)
            text.truncate()
    yield text.getvalue().encode("utf-8")


def _row_writer(text: io.StringIO):
    """``csv.writer(text).writerow`` ending rows with ``\n``, as PostgreSQL's COPY does. The
    writer keeps its ``\r\n`` terminator, because that is what makes it quote a cell holding a
    carriage return (as COPY does); only the row's last two characters are replaced."""
    writerow = csv.writer(text).writerow

    def write(cells: list) -> None:
        writerow(cells)
        text.seek(text.tell() - 2)
        text.write("\n")
        text.truncate()

    return write


def csv_zip_stream(projects: QuerySet[Project]) -> Iterator[bytes]:
    """Every table as ``<table>.csv`` in one zip, written as it streams (no temporary file)."""
    buffer = _Buffer()
    with zipfile.ZipFile(buffer, mode="w", compression=zipfile.ZIP_DEFLATED) as archive:  # type: ignore[arg-type]
        for table in TABLES:
            with archive.open(f"{table}.csv", mode="w", force_zip64=True) as member:
                for chunk in csv_table_stream(table, projects):
                    member.write(chunk)
                    if buffer.size > FLUSH_BYTES:
                        yield buffer.take()
            yield buffer.take()
    yield buffer.take()


def xlsx_stream(projects: QuerySet[Project]) -> Iterator[bytes]:
    """One sheet per table (openpyxl write-only: rows go to disk as they come)."""
    import tempfile

    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for table in TABLES:
        sheet = workbook.create_sheet(title=table)
        for row in table_rows(table, projects):
            sheet.append([_xlsx_value(v) for v in row])
    with tempfile.TemporaryFile() as tmp:
        workbook.save(tmp)
        tmp.seek(0)
        while chunk := tmp.read(FLUSH_BYTES):
            yield chunk


def _xlsx_value(value: object):
    if value is None:
        return None
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, int | float | date):
        return value.replace(tzinfo=None) if isinstance(value, datetime) else value
    return safe_cell(value)


def _json_default(value: object):
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value))


def record_dict(rec: ActivityRecord) -> dict:
    from dataclasses import asdict

    data = asdict(rec)
    data.pop("line", None)
    data.pop("row", None)
    data.pop("lines", None)
    return data


def json_stream(projects: QuerySet[Project]) -> Iterator[bytes]:
    """``{"format": ..., "activities": [...]}``: one activity record per project, streamed."""
    head = {"format": "coopdev-activities", "version": 1, "generated": timezone.now().isoformat()}
    yield json.dumps(head)[:-1].encode() + b', "activities": ['
    parts: list[str] = []
    size = 0
    first = True
    for rec in project_records(projects):
        text = ("" if first else ",") + json.dumps(
            record_dict(rec), default=_json_default, ensure_ascii=False
        )
        first = False
        parts.append(text)
        size += len(text)
        if size > FLUSH_BYTES:
            yield "".join(parts).encode("utf-8")
            parts.clear()
            size = 0
    yield ("".join(parts) + "]}").encode("utf-8")


# -- IATI 2.03 -------------------------------------------------------------------------------

EXT = f"{{{EXTENSION_NS}}}"
NSMAP = {"coopdev": EXTENSION_NS}


def _narr(parent: etree._Element, tag: str | None, texts: Narrative, *, always: bool = False):
    if not texts and not always:
        return None
    el = etree.SubElement(parent, tag) if tag else parent
    for lang, text in texts.items() or [("", "")]:
        n = etree.SubElement(el, "narrative")
        if lang:
            n.set(XML_LANG, lang)
        n.text = text
    return el


def _dec(value: Decimal | None) -> str:
    return "" if value is None else f"{value:f}"


def activity_element(rec: ActivityRecord) -> etree._Element:
    """A record as an IATI 2.03 ``iati-activity`` (elements in the schema's order), with the
    coopdev extension elements for the values and people reached that IATI lacks."""
    a = etree.Element("iati-activity", nsmap=NSMAP)
    a.set(XML_LANG, rec.default_language or "en")
    a.set("default-currency", rec.currency)
    if rec.last_updated_datetime:
        a.set("last-updated-datetime", rec.last_updated_datetime.isoformat())
    etree.SubElement(a, "iati-identifier").text = rec.identifier
    ro = etree.SubElement(a, "reporting-org", ref=rec.reporting_org.ref, type=rec.reporting_org.type or "22")
    _narr(ro, None, rec.reporting_org.name)
    _narr(a, "title", rec.title, always=True)
    description = etree.SubElement(a, "description", type="1")
    _narr(description, None, rec.description, always=True)
    for kind, texts in (("2", rec.objectives), ("3", rec.target_groups)):
        if texts:
            _narr(etree.SubElement(a, "description", type=kind), None, texts)
    orgs = rec.participating_orgs or [
        type(rec.reporting_org)(
            ref=rec.reporting_org.ref, role="4", type=rec.reporting_org.type, name=rec.reporting_org.name
        )
    ]
    for org in orgs:
        el = etree.SubElement(a, "participating-org", role=org.role)
        for attr, value in (("ref", org.ref), ("type", org.type), ("activity-id", org.activity_id)):
            if value:
                el.set(attr, value)
        _narr(el, None, org.name)
    etree.SubElement(a, "activity-status", code=rec.activity_status or "2")
    dates = [("1", rec.planned_start), ("2", rec.actual_start), ("3", rec.planned_end), ("4", rec.actual_end)]
    written = False
    for kind, on in dates:
        if on:
            etree.SubElement(a, "activity-date", type=kind, **{"iso-date": on.isoformat()})
            written = True
    if not written and rec.last_updated_datetime:
        etree.SubElement(
            a, "activity-date", type="1", **{"iso-date": rec.last_updated_datetime.date().isoformat()}
        )
    if rec.activity_scope:
        etree.SubElement(a, "activity-scope", code=rec.activity_scope)
    for country in rec.countries:
        el = etree.SubElement(a, "recipient-country", code=country.code)
        if country.percentage is not None:
            el.set("percentage", _dec(country.percentage))
    for region in rec.regions:
        el = etree.SubElement(a, "recipient-region", code=region.code, vocabulary=region.vocabulary)
        if region.percentage is not None:
            el.set("percentage", _dec(region.percentage))
    for loc in rec.locations:
        el = etree.SubElement(a, "location")
        if loc.ref:
            el.set("ref", loc.ref)
        if loc.location_reach:
            etree.SubElement(el, "location-reach", code=loc.location_reach)
        _narr(el, "name", loc.name)
        _narr(el, "description", loc.description)
        if loc.latitude is not None and loc.longitude is not None:
            point = etree.SubElement(el, "point", srsName="http://www.opengis.net/def/crs/EPSG/0/4326")
            etree.SubElement(point, "pos").text = f"{loc.latitude} {loc.longitude}"
        if loc.exactness:
            etree.SubElement(el, "exactness", code=loc.exactness)
        if loc.feature_designation:
            etree.SubElement(el, "feature-designation", code=loc.feature_designation)
    for s in rec.sectors:
        el = etree.SubElement(a, "sector", vocabulary=s.vocabulary, code=s.code)
        if s.percentage is not None:
            el.set("percentage", _dec(s.percentage))
        _narr(el, None, s.narrative)
    for tag_ in rec.tags:
        el = etree.SubElement(a, "tag", vocabulary=tag_.vocabulary, code=tag_.code)
        _narr(el, None, tag_.narrative)
    for tag, code in (
        ("collaboration-type", rec.collaboration_type),
        ("default-flow-type", rec.default_flow_type),
        ("default-finance-type", rec.default_finance_type),
        ("default-aid-type", rec.default_aid_type),
    ):
        if code:
            el = etree.SubElement(a, tag, code=code)
            if tag == "default-aid-type":
                el.set("vocabulary", "1")
    for b in rec.budgets:
        el = etree.SubElement(a, "budget", type=b.type or "1", status=b.status or "1")
        etree.SubElement(
            el, "period-start", **{"iso-date": b.period_start.isoformat() if b.period_start else ""}
        )
        etree.SubElement(el, "period-end", **{"iso-date": b.period_end.isoformat() if b.period_end else ""})
        value = etree.SubElement(el, "value", currency=b.currency or rec.currency)
        value.set("value-date", (b.value_date or b.period_start or timezone.localdate()).isoformat())
        value.text = _dec(b.value)
    for t in rec.transactions:
        el = etree.SubElement(a, "transaction")
        if t.ref:
            el.set("ref", t.ref)
        etree.SubElement(el, "transaction-type", code=t.type)
        etree.SubElement(el, "transaction-date", **{"iso-date": t.date.isoformat() if t.date else ""})
        value = etree.SubElement(el, "value", currency=t.currency or rec.currency)
        value.set("value-date", (t.value_date or t.date or timezone.localdate()).isoformat())
        value.text = _dec(t.value)
        _narr(el, "description", t.description)
        for tag, ref, name in (
            ("provider-org", t.provider_org_ref, t.provider_org_name),
            ("receiver-org", t.receiver_org_ref, t.receiver_org_name),
        ):
            if ref or name:
                org = etree.SubElement(el, tag)
                if ref:
                    org.set("ref", ref)
                _narr(org, None, name)
    for d in rec.documents:
        el = etree.SubElement(a, "document-link", url=d.url, format=d.format or "text/html")
        _narr(el, "title", d.title, always=True)
        etree.SubElement(el, "category", code=d.category or "A12")
        if d.language:
            etree.SubElement(el, "language", code=d.language)
        if d.document_date:
            etree.SubElement(el, "document-date", **{"iso-date": d.document_date.isoformat()})
    for result in rec.results:
        el = etree.SubElement(a, "result", type=result.type)
        if result.aggregation_status is not None:
            el.set("aggregation-status", "1" if result.aggregation_status else "0")
        _narr(el, "title", result.title, always=True)
        _narr(el, "description", result.description)
        for ind in result.indicators:
            iel = etree.SubElement(
                el, "indicator", measure=ind.measure or "1", ascending="1" if ind.ascending else "0"
            )
            _narr(iel, "title", ind.title, always=True)
            _narr(iel, "description", ind.description)
            if ind.baseline_year is not None:
                base = etree.SubElement(iel, "baseline", year=str(ind.baseline_year))
                if ind.baseline_value is not None:
                    base.set("value", _dec(ind.baseline_value))
            for p in ind.periods:
                pel = etree.SubElement(iel, "period")
                etree.SubElement(
                    pel, "period-start", **{"iso-date": p.period_start.isoformat() if p.period_start else ""}
                )
                etree.SubElement(
                    pel, "period-end", **{"iso-date": p.period_end.isoformat() if p.period_end else ""}
                )
                if p.target_value is not None:
                    etree.SubElement(pel, "target", value=_dec(p.target_value))
                if p.actual_value is not None:
                    etree.SubElement(pel, "actual", value=_dec(p.actual_value))
    if rec.total_value is not None or rec.managed_value is not None:
        values = etree.SubElement(a, f"{EXT}values", currency=rec.value_currency or rec.currency)
        if rec.value_date:
            values.set("value-date", rec.value_date.isoformat())
        if rec.total_value is not None:
            values.set("total", _dec(rec.total_value))
        if rec.managed_value is not None:
            values.set("managed", _dec(rec.managed_value))
    if (
        rec.people_reached is not None
        or rec.people_reached_women is not None
        or rec.people_reached_men is not None
    ):
        people = etree.SubElement(a, f"{EXT}people-reached")
        for attr, count in (
            ("total", rec.people_reached),
            ("women", rec.people_reached_women),
            ("men", rec.people_reached_men),
        ):
            if count is not None:
                people.set(attr, str(count))
    return a


def iati_stream(projects: QuerySet[Project]) -> Iterator[bytes]:
    """IATI 2.03 activity XML, one activity serialised at a time."""
    generated = timezone.now().replace(microsecond=0).isoformat()
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<iati-activities version="2.03" generated-datetime="{generated}" xmlns:coopdev="{EXTENSION_NS}">\n'
    ).encode()
    parts: list[bytes] = []
    size = 0
    for rec in project_records(projects):
        data = etree.tostring(activity_element(rec), encoding="utf-8") + b"\n"
        parts.append(data)
        size += len(data)
        if size > FLUSH_BYTES:
            yield b"".join(parts)
            parts.clear()
            size = 0
    parts.append(b"</iati-activities>\n")
    yield b"".join(parts)
