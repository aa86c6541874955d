"""IATI activity XML (2.01-2.03, and 1.0x mapped as well as it goes) into activity records.

Streaming and hardened:

- the parser never loads a DTD, resolves no entity, reaches no network and refuses huge
  trees; a file that declares a DOCTYPE at all is refused before its first activity (XXE,
  billion laughs);
- ``iterparse`` hands over one ``iati-activity`` at a time; each is validated against the
  precompiled official schema on its own (lxml validates a subtree as if it were the
  document's root, so the cost is that of the activity alone), mapped to a record, then
  cleared with its preceding siblings, so memory does not grow with the file;
- the root's own attributes are validated once, on a shell holding a copy of the first activity.

2.01 and 2.02 files are validated against the 2.03 schema: 2.03 only added optional
elements and attributes to them. 1.0x files are not schema-validated (the 1.0x schemas are
not shipped) and are mapped: texts directly in elements become narratives, the letter codes
of transaction types, the word codes of organisation roles, ``start-planned``-style date
types and the ``DAC``/``DAC-3`` sector vocabularies become their 2.0x codes.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator
from copy import deepcopy
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from lxml import etree

from coopdev.interchange.errors import (
    DOCTYPE_REFUSED,
    EMPTY_FILE,
    IATI_ORGANISATION_FILE,
    NO_ACTIVITIES,
    NOT_IATI_XML,
    SCHEMA_ERROR,
    TOP_LEVEL_ELEMENT,
    XML_BAD_ENCODING,
    XML_SYNTAX,
    XML_TRUNCATED,
    ImportError_,
    ImportIssue,
)
from coopdev.interchange.readers.base import CountingFile, Progress, ReadActivity
from coopdev.interchange.records import (
    EXTENSION_NS,
    ActivityRecord,
    BudgetRecord,
    CountryRecord,
    DocumentRecord,
    IndicatorRecord,
    LocationRecord,
    Narrative,
    OrgRecord,
    PeriodRecord,
    RegionRecord,
    ResultRecord,
    SectorRecord,
    TagRecord,
    TransactionRecord,
)
from coopdev.interchange.values import BadValue, parse_date, parse_datetime, parse_decimal, parse_int

SCHEMA_DIR = Path(__file__).resolve().parent.parent.parent / "reference" / "data" / "iati" / "schemas"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EXT = f"{{{EXTENSION_NS}}}"

# 1.0x codes and their 2.0x equivalents.
V1_TRANSACTION_TYPES = {
    "IF": "1", "C": "2", "D": "3", "E": "4", "IR": "5", "LR": "6", "R": "7", "QP": "8", "QS": "9", "CG": "10",
}  # fmt: skip
V1_ROLES = {"funding": "1", "accountable": "2", "extending": "3", "implementing": "4"}
V1_DATE_TYPES = {"start-planned": "1", "start-actual": "2", "end-planned": "3", "end-actual": "4"}
V1_SECTOR_VOCABULARIES = {"DAC": "1", "DAC-3": "2"}


def hardened_parser_options() -> dict:
    """The options every XML parse of an upload uses."""
    return {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "huge_tree": False,
        "dtd_validation": False,
    }


@functools.cache
def activity_schema() -> etree.XMLSchema:
    """The official IATI 2.03 activity schema, compiled once per process."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "iati-activities-schema.xsd"), parser))


def _lang(el: etree._Element, default: str) -> str:
    lang = el.get(XML_LANG)
    if lang is None:
        return default or "en"
    return (lang.strip().lower() or default or "en")[:5]


def _narratives(el: etree._Element | None, default_lang: str) -> Narrative:
    """The narratives of an element; in 1.0x, the element's own text."""
    if el is None:
        return {}
    texts: Narrative = {}
    for narrative in el.iterchildren("narrative"):
        text = narrative.text
        if text and (text := text.strip()):
            lang = _lang(narrative, default_lang)
            texts[lang] = f"{texts[lang]}\n{text}" if lang in texts else text
    if not texts and el.text and el.text.strip():
        texts[_lang(el, default_lang)] = el.text.strip()
    return texts


class ElementIssues:
    """Collects value problems with the element and line where they were found."""

    def __init__(self, filename: str, identifier: str) -> None:
        self.filename = filename
        self.identifier = identifier
        self.issues: list[ImportIssue] = []

    def add(self, el: etree._Element, message: str) -> None:
        self.issues.append(
            ImportIssue(
                file=self.filename,
                line=el.sourceline,
                element=_name(el),
                identifier=self.identifier,
                message=message,
            )
        )

    def date(self, el: etree._Element | None, attribute: str = "iso-date"):
        if el is None:
            return None
        try:
            return parse_date(el.get(attribute))
        except BadValue as exc:
            self.add(el, exc.message)
            return None

    def decimal(self, el: etree._Element | None, text: str | None):
        if el is None:
            return None
        try:
            return parse_decimal(text)
        except BadValue as exc:
            self.add(el, exc.message)
            return None

    def integer(self, el: etree._Element | None, text: str | None):
        if el is None:
            return None
        try:
            return parse_int(text)
        except BadValue as exc:
            self.add(el, exc.message)
            return None


def _name(el: etree._Element) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.replace(EXT, "coopdev:")


class IatiXmlReader:
    """Reads an IATI activity file; see the module docstring."""

    format = "iati"

    def __init__(self, *, path: Path, filename: str, progress: Progress | None = None) -> None:
        self.path = path
        self.filename = filename
        self.progress = progress
        self.version = ""

    def _refuse(self, message: str, line: int | None = None, element: str = "") -> ImportError_:
        return ImportError_(
            ImportIssue(file=self.filename, line=line, element=element, message=message, kind="file")
        )

    def _check_prolog(self) -> None:
        """Refuse a DOCTYPE (and with it any entity) before the parser sees the document."""
        with self.path.open("rb") as f:
            head = f.read(1 << 16)
        if not head.strip():
            raise self._refuse(str(EMPTY_FILE))
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            raise self._refuse(str(DOCTYPE_REFUSED), line=head[: head.find(b"<!")].count(b"\n") + 1)

    def _syntax_error(self, exc: etree.XMLSyntaxError) -> ImportError_:
        detail = str(exc.msg if hasattr(exc, "msg") else exc)
        line = exc.lineno if getattr(exc, "lineno", None) else None
        lowered = detail.lower()
        if "encoding" in lowered or "utf-8" in lowered or "char" in lowered and "range" in lowered:
            return self._refuse(str(XML_BAD_ENCODING % {"detail": detail}), line=line)
        if (
            "premature end" in lowered
            or "end of data" in lowered
            or "not closed" in lowered
            or ("extra content" not in lowered and "eof" in lowered.replace(" ", ""))
        ):
            return self._refuse(str(XML_TRUNCATED % {"detail": detail}), line=line)
        if "entity" in lowered or "doctype" in lowered:
            return self._refuse(str(DOCTYPE_REFUSED), line=line)
        return self._refuse(str(XML_SYNTAX % {"detail": detail}), line=line)

    def activities(self) -> Iterator[ReadActivity]:
        self._check_prolog()
        schema = activity_schema()
        with CountingFile(self.path, self.progress) as source:
            # Only these tags reach Python: every other element is handled inside libxml2.
            context = etree.iterparse(
                source,
                events=("start", "end"),
                tag=("iati-activities", "iati-activity", "iati-organisations"),
                remove_comments=True,
                **hardened_parser_options(),
            )
            root: etree._Element | None = None
            count = 0
            try:
                for event, el in context:
                    if event == "start":
                        if root is None:
                            root = el
                            self._check_root(el)
                        continue
                    if el is root or el.getparent() is not root:
                        continue
                    yield from self._top_level_others(el, before=True)
                    if count == 0 and not self.version.startswith("1"):
                        yield from self._root_issues(root, el, schema)
                    count += 1
                    yield self._activity(el, schema)
                    el.clear(keep_tail=False)
                    while el.getprevious() is not None:
                        del el.getparent()[0]
            except etree.XMLSyntaxError as exc:
                raise self._syntax_error(exc) from None
            if root is None:
                found = getattr(context, "root", None)
                if found is not None:
                    self._check_root(found)
                raise self._refuse(str(EMPTY_FILE))
            for child in root:
                yield from self._top_level_others(child, before=False)
            if count == 0:
                raise self._refuse(str(NO_ACTIVITIES), line=root.sourceline, element="iati-activities")

    def _top_level_others(self, el: etree._Element, *, before: bool) -> Iterator[ReadActivity]:
        """Elements directly inside the root other than activities: allowed only in another namespace."""
        others = []
        if before:
            sibling = el.getprevious()
            while sibling is not None:
                others.append(sibling)
                sibling = sibling.getprevious()
        else:
            others = [el]
        for other in reversed(others):
            tag = other.tag
            if isinstance(tag, str) and not tag.startswith("{") and tag != "iati-activity":
                yield ReadActivity(
                    identifier="",
                    record=None,
                    line=other.sourceline,
                    issues=[
                        ImportIssue(
                            file=self.filename,
                            line=other.sourceline,
                            element=tag,
                            message=str(TOP_LEVEL_ELEMENT % {"element": tag}),
                            kind="schema",
                        )
                    ],
                )

    def _check_root(self, el: etree._Element) -> None:
        docinfo = el.getroottree().docinfo
        if docinfo.doctype or docinfo.internalDTD is not None:
            raise self._refuse(str(DOCTYPE_REFUSED), line=1)
        if el.tag == "iati-organisations":
            raise self._refuse(str(IATI_ORGANISATION_FILE), line=el.sourceline, element=el.tag)
        if el.tag != "iati-activities":
            root = etree.QName(el).localname if isinstance(el.tag, str) else str(el.tag)
            raise self._refuse(str(NOT_IATI_XML % {"root": root}), line=el.sourceline, element=root)
        self.version = (el.get("version") or "").strip()

    def _root_issues(self, root, first: etree._Element, schema: etree.XMLSchema) -> Iterator[ReadActivity]:
        """Errors in the root element's own attributes (version, generated-datetime, ...)."""
        shell = etree.Element(root.tag, attrib=dict(root.attrib), nsmap=root.nsmap)
        shell.append(deepcopy(first))
        if schema.validate(shell):
            return
        issues = [
            ImportIssue(
                file=self.filename,
                line=root.sourceline,
                element="iati-activities",
                message=str(SCHEMA_ERROR % {"detail": error.message}),
                kind="schema",
            )
            for error in schema.error_log
            if error.path in ("/iati-activities", "")
        ]
        if issues:
            yield ReadActivity(identifier="", record=None, issues=issues, line=root.sourceline)

    def _activity(self, el: etree._Element, schema: etree.XMLSchema) -> ReadActivity:
        identifier = (el.findtext("iati-identifier") or "").strip()
        issues: list[ImportIssue] = []
        if not self.version.startswith("1") and not schema.validate(el):
            issues = [
                ImportIssue(
                    file=self.filename,
                    line=error.line,
                    element=_error_element(error.path),
                    identifier=identifier,
                    message=str(SCHEMA_ERROR % {"detail": error.message}),
                    kind="schema",
                )
                for error in schema.error_log
            ]
            return ReadActivity(identifier=identifier, record=None, issues=issues, line=el.sourceline)
        found = ElementIssues(self.filename, identifier)
        record = map_activity(el, found, v1=self.version.startswith("1"))
        record.line = el.sourceline
        record.digest = hashlib.sha256(etree.tostring(el)).hexdigest()
        return ReadActivity(identifier=identifier, record=record, issues=found.issues, line=el.sourceline)


def _error_element(path: str | None) -> str:
    if not path:
        return ""
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return last.split("[", 1)[0]


def _code(el: etree._Element | None, attribute: str = "code") -> str:
    return "" if el is None else (el.get(attribute) or "").strip()


def map_activity(el: etree._Element, found: ElementIssues, *, v1: bool = False) -> ActivityRecord:
    """One ``iati-activity`` element as a record; value problems go to ``found``.

    One pass over the children, dispatching on the tag through a table: much cheaper than a
    search per field (this runs once per activity of every file, so it is kept lean).
    """
    lang = _lang(el, "en")
    rec = ActivityRecord(identifier="")
    rec.default_language = lang
    currency = el.get("default-currency")
    rec.default_currency = currency.strip() if currency else ""
    rec.last_updated_datetime = parse_datetime(el.get("last-updated-datetime"))
    handlers = _HANDLERS
    where = rec.lines.append
    for child in el:
        tag = child.tag
        handler = handlers.get(tag)
        if handler is not None:
            handler(rec, child, found, lang, v1)
            where(tag)
            where(child.sourceline)
    return rec


def _date(found: ElementIssues, el: etree._Element | None, attribute: str = "iso-date"):
    """``found.date`` with the common case (a plain ISO date) first."""
    if el is None:
        return None
    text = el.get(attribute)
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return found.date(el, attribute)


def _decimal(found: ElementIssues, el: etree._Element, text: str | None):
    """``found.decimal`` with the common case (a plain finite number) first."""
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        return found.decimal(el, text)
    return value if value.is_finite() else found.decimal(el, text)


def _on_transaction(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.transactions.append(_transaction(child, found, lang, v1))


def _on_sector(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    vocabulary = _code(child, "vocabulary") or "1"
    if v1:
        vocabulary = V1_SECTOR_VOCABULARIES.get(vocabulary, "99" if vocabulary else "1")
    rec.sectors.append(
        SectorRecord(
            code=_code(child),
            vocabulary=vocabulary,
            percentage=_decimal(found, child, child.get("percentage")),
            narrative=_narratives(child, lang),
        )
    )


def _on_country(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.countries.append(
        CountryRecord(code=_code(child).upper(), percentage=_decimal(found, child, child.get("percentage")))
    )


def _on_budget(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    period_start = period_end = value = None
    for part in child:
        tag = part.tag
        if tag == "period-start":
            period_start = part
        elif tag == "period-end":
            period_end = part
        elif tag == "value":
            value = part
    rec.budgets.append(
        BudgetRecord(
            type=_code(child, "type") or "1",
            status=_code(child, "status") or "1",
            period_start=_date(found, period_start),
            period_end=_date(found, period_end),
            value=None if value is None else _decimal(found, value, value.text),
            currency=_code(value, "currency"),
            value_date=_date(found, value, "value-date"),
        )
    )


def _on_participating_org(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    role = _code(child, "role")
    if v1:
        role = V1_ROLES.get(role.lower(), role)
    rec.participating_orgs.append(
        OrgRecord(
            ref=_code(child, "ref"),
            name=_narratives(child, lang),
            role=role,
            type=_code(child, "type"),
            activity_id=_code(child, "activity-id"),
        )
    )


_DATE_FIELDS = {"1": "planned_start", "2": "actual_start", "3": "planned_end", "4": "actual_end"}


def _on_activity_date(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    kind = _code(child, "type")
    if v1:
        kind = V1_DATE_TYPES.get(kind, kind)
    on = _date(found, child)
    if on is None and v1 and child.text and child.text.strip():
        try:
            on = parse_date(child.text)
        except BadValue as exc:
            found.add(child, exc.message)
    name = _DATE_FIELDS.get(kind)
    if name and on:
        setattr(rec, name, on)


def _on_tag(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.tags.append(
        TagRecord(
            code=_code(child), vocabulary=_code(child, "vocabulary"), narrative=_narratives(child, lang)
        )
    )


def _on_identifier(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.identifier = (child.text or "").strip()


def _on_reporting_org(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.reporting_org = OrgRecord(
        ref=_code(child, "ref"), type=_code(child, "type"), name=_narratives(child, lang)
    )


def _on_other_identifier(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    """Only a previous identifier of the reporting organisation (type B1) is kept: the
    activity's identifier may begin with it (checked, not stored)."""
    if _code(child, "type") == "B1":
        ref = _code(child, "ref")
        if ref:
            rec.previous_org_refs.append(ref)


def _on_title(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.title = _narratives(child, lang)


_DESCRIPTION_FIELDS = {"1": "description", "2": "objectives", "3": "target_groups"}


def _on_description(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    name = _DESCRIPTION_FIELDS.get(child.get("type") or "1")
    if name is None:
        return
    target = getattr(rec, name)
    for code, text in _narratives(child, lang).items():
        target[code] = f"{target[code]}\n{text}" if code in target else text


def _on_status(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.activity_status = _code(child)


def _on_scope(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.activity_scope = _code(child)


def _on_region(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.regions.append(
        RegionRecord(
            code=_code(child),
            vocabulary=_code(child, "vocabulary") or "1",
            percentage=_decimal(found, child, child.get("percentage")),
        )
    )


def _on_location(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.locations.append(_location(child, found, lang))


def _on_collaboration_type(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.collaboration_type = _code(child)


def _on_flow_type(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.default_flow_type = _code(child)


def _on_finance_type(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.default_finance_type = _code(child)


def _on_aid_type(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    if not rec.default_aid_type and (child.get("vocabulary") or "1") == "1":
        rec.default_aid_type = _code(child)


def _on_document(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    category, language = child.find("category"), child.find("language")
    rec.documents.append(
        DocumentRecord(
            url=(child.get("url") or "").strip(),
            format=(child.get("format") or "text/html").strip(),
            title=_narratives(child.find("title"), lang),
            category=_code(category),
            language=_code(language),
            document_date=found.date(child.find("document-date")),
        )
    )


def _on_result(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.results.append(_result(child, found, lang))


def _on_values(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.total_value = _decimal(found, child, child.get("total"))
    rec.managed_value = _decimal(found, child, child.get("managed"))
    rec.value_currency = (child.get("currency") or "").strip()
    rec.value_date = _date(found, child, "value-date")


def _on_people_reached(rec: ActivityRecord, child, found: ElementIssues, lang: str, v1: bool) -> None:
    rec.people_reached = found.integer(child, child.get("total"))
    rec.people_reached_women = found.integer(child, child.get("women"))
    rec.people_reached_men = found.integer(child, child.get("men"))


_HANDLERS = {
    "transaction": _on_transaction,
    "sector": _on_sector,
    "recipient-country": _on_country,
    "budget": _on_budget,
    "participating-org": _on_participating_org,
    "activity-date": _on_activity_date,
    "tag": _on_tag,
    "iati-identifier": _on_identifier,
    "reporting-org": _on_reporting_org,
    "other-identifier": _on_other_identifier,
    "title": _on_title,
    "description": _on_description,
    "activity-status": _on_status,
    "activity-scope": _on_scope,
    "recipient-region": _on_region,
    "location": _on_location,
    "collaboration-type": _on_collaboration_type,
    "default-flow-type": _on_flow_type,
    "default-finance-type": _on_finance_type,
    "default-aid-type": _on_aid_type,
    "document-link": _on_document,
    "result": _on_result,
    f"{EXT}values": _on_values,
    f"{EXT}people-reached": _on_people_reached,
}


def _transaction(el: etree._Element, found: ElementIssues, lang: str, v1: bool) -> TransactionRecord:
    value = provider = receiver = kind_el = date_el = description = None
    for part in el:
        tag = part.tag
        if tag == "value":
            value = part
        elif tag == "transaction-type":
            kind_el = part
        elif tag == "transaction-date":
            date_el = part
        elif tag == "provider-org":
            provider = part
        elif tag == "receiver-org":
            receiver = part
        elif tag == "description":
            description = part
    kind = _code(kind_el)
    if v1:
        kind = V1_TRANSACTION_TYPES.get(kind.upper(), kind)
    return TransactionRecord(
        ref=(el.get("ref") or "").strip(),
        type=kind,
        date=_date(found, date_el),
        value=None if value is None else _decimal(found, value, value.text),
        currency=_code(value, "currency"),
        value_date=_date(found, value, "value-date"),
        description=_narratives(description, lang),
        provider_org_ref=_code(provider, "ref"),
        provider_org_name=_narratives(provider, lang),
        receiver_org_ref=_code(receiver, "ref"),
        receiver_org_name=_narratives(receiver, lang),
    )


def _location(el: etree._Element, found: ElementIssues, lang: str) -> LocationRecord:
    record = LocationRecord(
        ref=(el.get("ref") or "").strip(),
        name=_narratives(el.find("name"), lang),
        description=_narratives(el.find("description"), lang),
        exactness=_code(el.find("exactness")),
        location_reach=_code(el.find("location-reach")),
        feature_designation=_code(el.find("feature-designation")),
    )
    pos = el.find("point/pos")
    if pos is not None and pos.text:
        parts = pos.text.split()
        if len(parts) == 2:
            lat, lon = found.decimal(pos, parts[0]), found.decimal(pos, parts[1])
            if lat is not None and lon is not None:
                record.latitude, record.longitude = float(lat), float(lon)
        else:
            found.add(pos, "The position must be two numbers: latitude and longitude.")
    coordinates = el.find("coordinates")  # IATI 1.0x
    if pos is None and coordinates is not None:
        lat = found.decimal(coordinates, coordinates.get("latitude"))
        lon = found.decimal(coordinates, coordinates.get("longitude"))
        if lat is not None and lon is not None:
            record.latitude, record.longitude = float(lat), float(lon)
    return record


def _result(el: etree._Element, found: ElementIssues, lang: str) -> ResultRecord:
    aggregation = el.get("aggregation-status")
    record = ResultRecord(
        type=_code(el, "type"),
        title=_narratives(el.find("title"), lang),
        description=_narratives(el.find("description"), lang),
        aggregation_status=None if aggregation is None else aggregation.strip() in ("1", "true"),
    )
    for indicator in el.iterchildren("indicator"):
        baseline = indicator.find("baseline")
        ind = IndicatorRecord(
            title=_narratives(indicator.find("title"), lang),
            measure=_code(indicator, "measure") or "1",
            ascending=(indicator.get("ascending") or "1").strip() in ("1", "true"),
            description=_narratives(indicator.find("description"), lang),
            baseline_year=found.integer(baseline, baseline.get("year") if baseline is not None else None),
            baseline_value=found.decimal(baseline, baseline.get("value") if baseline is not None else None),
        )
        for period in indicator.iterchildren("period"):
            target, actual = period.find("target"), period.find("actual")
            ind.periods.append(
                PeriodRecord(
                    period_start=found.date(period.find("period-start")),
                    period_end=found.date(period.find("period-end")),
                    target_value=found.decimal(target, target.get("value") if target is not None else None),
                    actual_value=found.decimal(actual, actual.get("value") if actual is not None else None),
                )
            )
        record.indicators.append(ind)
    return record
