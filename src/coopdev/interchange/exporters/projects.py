"""Projects read back into activity records, chunk by chunk, for every exporter.

Each chunk of projects costs one query per related table (plain ``values_list`` rows grouped
by project, no model instances), so exports run at constant memory and with a fixed number of
queries per chunk whatever the number of projects: no N+1.
"""

from __future__ import annotations

import json
import json.scanner
from collections import defaultdict
from collections.abc import Iterator

from django.db import connection
from django.db.models import Model, QuerySet

from coopdev.interchange.records import (
    ActivityRecord,
    BudgetRecord,
    CountryRecord,
    DocumentRecord,
    IndicatorRecord,
    LocationRecord,
    OrgRecord,
    PeriodRecord,
    RegionRecord,
    ResultRecord,
    SectorRecord,
    TagRecord,
    TransactionRecord,
)
from coopdev.projects.models import (
    Budget,
    DocumentLink,
    Indicator,
    IndicatorPeriod,
    Location,
    ParticipatingOrg,
    Project,
    ProjectCountry,
    ProjectRegion,
    ProjectSector,
    ProjectTag,
    Result,
    Transaction,
)

CHUNK_SIZE = 1000

PROJECT_COLUMNS = (
    "pk",
    "iati_identifier",
    "reporting_org__iati_identifier",
    "reporting_org__name",
    "reporting_org__type",
    "reporting_org__slug",
    "title",
    "description",
    "objectives",
    "target_groups",
    "default_language",
    "default_currency",
    "activity_status",
    "activity_scope",
    "collaboration_type",
    "default_flow_type",
    "default_finance_type",
    "default_aid_type",
    "planned_start",
    "actual_start",
    "planned_end",
    "actual_end",
    "last_updated_datetime",
    "total_value",
    "managed_value",
    "value_currency",
    "value_date",
    "people_reached",
    "people_reached_women",
    "people_reached_men",
)


def _is_json(model: type[Model], path: str) -> bool:
    *relations, name = path.split("__")
    for relation in relations:
        model = model._meta.get_field(relation).related_model  # type: ignore[assignment]
    if name == "pk":
        return False
    return model._meta.get_field(name).get_internal_type() == "JSONField"


def _json_scanner():
    """``json.loads`` for the database's own JSON text: the C scanner without the wrapper's checks."""
    scanner = getattr(json.scanner, "c_make_scanner", None)
    if scanner is None:
        return json.loads
    scan = scanner(json.JSONDecoder())

    def loads(text: str):
        return scan(text, 0)[0]

    return loads


_json_loads = _json_scanner()


def value_rows(qs: QuerySet, fields: tuple[str, ...] | list[str], *, chunk_size: int = 0) -> Iterator[tuple]:
    """``qs.values_list(*fields)`` as tuples, cheaply: on PostgreSQL the query Django builds is run
    on a plain cursor (a server-side one with ``chunk_size``), skipping the ORM's per-value
    converters; only JSON columns need one there, and ``json.loads`` is it. Elsewhere the ORM's
    own rows (SQLite needs its converters for decimals and dates).
    """
    qs = qs.values_list(*fields)
    if connection.vendor != "postgresql":
        yield from (qs.iterator(chunk_size=chunk_size) if chunk_size else qs)
        return
    sql, params = qs.query.sql_with_params()
    decode = [i for i, name in enumerate(fields) if _is_json(qs.model, name)]
    loads = _json_loads
    with connection.chunked_cursor() if chunk_size else connection.cursor() as cursor:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(chunk_size or 2000):
            if not decode:
                yield from rows
                continue
            for row in rows:
                cells = list(row)
                for i in decode:
                    if cells[i] is not None:
                        cells[i] = loads(cells[i])
                yield tuple(cells)


def project_chunks(projects: QuerySet[Project], *, chunk_size: int = CHUNK_SIZE) -> Iterator[list[tuple]]:
    """The projects' own columns (:data:`PROJECT_COLUMNS`), by primary key, in chunks (keyset paging)."""
    qs = projects.order_by("pk")
    last = None
    while True:
        page = list(
            value_rows((qs.filter(pk__gt=last) if last is not None else qs)[:chunk_size], PROJECT_COLUMNS)
        )
        if not page:
            return
        yield page
        last = page[-1][0]


def _project_condition(pks: list[int], key: str) -> dict:
    """Rows of these projects: a key range when the chunk is dense (a short query, fast to build
    and to plan), the list of keys when it is sparse (a filtered export)."""
    if pks[-1] - pks[0] < 4 * len(pks):
        return {f"{key}__gte": pks[0], f"{key}__lte": pks[-1]}
    return {f"{key}__in": pks}


def _grouped(
    model, pks: list[int], fields: tuple[str, ...], key: str = "project_id"
) -> dict[int, list[tuple]]:
    groups: dict[int, list[tuple]] = defaultdict(list)
    if not pks:
        return groups
    wanted = set(pks)
    rows = value_rows(
        model._default_manager.filter(**_project_condition(pks, key)).order_by(key, "pk"), (key, *fields)
    )
    for row in rows:
        if row[0] in wanted:
            groups[row[0]].append(row[1:])
    return groups


def project_records(
    projects: QuerySet[Project], *, chunk_size: int = CHUNK_SIZE, full: bool = True
) -> Iterator[ActivityRecord]:
    """Every project of ``projects`` as an :class:`ActivityRecord`, in the order they were created.

    ``full=False`` reads only what the one-row-per-activity table shows (no locations, documents,
    results, nor the narratives of sectors, tags and transactions): half the work for the CSV.
    """
    for chunk in project_chunks(projects, chunk_size=chunk_size):
        pks = [row[0] for row in chunk]
        orgs = _grouped(ParticipatingOrg, pks, ("ref", "name", "role", "type", "activity_id"))
        countries = _grouped(ProjectCountry, pks, ("country_id", "percentage"))
        regions = _grouped(ProjectRegion, pks, ("region__code", "vocabulary", "percentage"))
        budgets = _grouped(
            Budget, pks, ("period_start", "period_end", "value", "currency", "value_date", "type", "status")
        )
        if not full:
            sectors = _grouped(ProjectSector, pks, ("code", "vocabulary", "percentage"))
            tags = _grouped(ProjectTag, pks, ("code", "vocabulary"))
            transactions = _grouped(Transaction, pks, ("type", "date", "value", "currency", "value_date"))
            none: dict[int, list[tuple]] = {}
            yield from _records(chunk, orgs, countries, regions, sectors, tags, budgets, transactions,
                                none, none, none, none, none)  # fmt: skip
            continue
        sectors = _grouped(ProjectSector, pks, ("code", "vocabulary", "percentage", "narrative"))
        tags = _grouped(ProjectTag, pks, ("code", "vocabulary", "narrative"))
        transactions = _grouped(
            Transaction,
            pks,
            (
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
            ),
        )
        locations = _grouped(
            Location,
            pks,
            (
                "ref",
                "name",
                "description",
                "latitude",
                "longitude",
                "exactness",
                "location_reach",
                "feature_designation",
            ),
        )
        documents = _grouped(
            DocumentLink, pks, ("url", "format", "title", "category", "language", "document_date")
        )
        results = _grouped(Result, pks, ("pk", "type", "title", "aggregation_status", "description"))
        result_pks = sorted(r[0] for rows in results.values() for r in rows)
        indicators = _grouped(
            Indicator,
            result_pks,
            ("pk", "title", "measure", "ascending", "description", "baseline_year", "baseline_value"),
            key="result_id",
        )
        indicator_pks = sorted(i[0] for rows in indicators.values() for i in rows)
        periods = _grouped(
            IndicatorPeriod,
            indicator_pks,
            ("period_start", "period_end", "target_value", "actual_value"),
            key="indicator_id",
        )
        yield from _records(chunk, orgs, countries, regions, sectors, tags, budgets, transactions,
                            locations, documents, results, indicators, periods)  # fmt: skip


def _records(chunk, orgs, countries, regions, sectors, tags, budgets, transactions, locations, documents,
             results, indicators, periods) -> Iterator[ActivityRecord]:  # fmt: skip
    for row in chunk:
        (pk, identifier, org_ref, org_name, org_type, org_slug, *rest) = row
        rec = ActivityRecord(identifier=identifier)
        rec.reporting_org = OrgRecord(
            ref=org_ref or org_slug, type=org_type, name={"en": org_name} if org_name else {}
        )
        (
            rec.title,
            rec.description,
            rec.objectives,
            rec.target_groups,
            rec.default_language,
            rec.default_currency,
            rec.activity_status,
            rec.activity_scope,
            rec.collaboration_type,
            rec.default_flow_type,
            rec.default_finance_type,
            rec.default_aid_type,
            rec.planned_start,
            rec.actual_start,
            rec.planned_end,
            rec.actual_end,
            rec.last_updated_datetime,
            rec.total_value,
            rec.managed_value,
            rec.value_currency,
            rec.value_date,
            rec.people_reached,
            rec.people_reached_women,
            rec.people_reached_men,
        ) = rest
        if org_name:
            rec.reporting_org.name = {rec.default_language or "en": org_name}
        rec.participating_orgs = [OrgRecord(*r) for r in orgs.get(pk, ())]
        rec.countries = [CountryRecord(*r) for r in countries.get(pk, ())]
        rec.regions = [RegionRecord(*r) for r in regions.get(pk, ())]
        rec.sectors = [SectorRecord(*r) for r in sectors.get(pk, ())]
        rec.tags = [TagRecord(*r) for r in tags.get(pk, ())]
        rec.budgets = [BudgetRecord(*r) for r in budgets.get(pk, ())]
        rec.transactions = [TransactionRecord(*r) for r in transactions.get(pk, ())]
        rec.locations = [LocationRecord(*r) for r in locations.get(pk, ())]
        rec.documents = [DocumentRecord(*r) for r in documents.get(pk, ())]
        for result_pk, kind, title, aggregation, description in results.get(pk, ()):
            result = ResultRecord(
                type=kind, title=title, aggregation_status=aggregation, description=description
            )
            for ind_pk, ititle, measure, ascending, idesc, byear, bvalue in indicators.get(result_pk, ()):
                result.indicators.append(
                    IndicatorRecord(
                        title=ititle,
                        measure=measure,
                        ascending=ascending,
                        description=idesc,
                        baseline_year=byear,
                        baseline_value=bvalue,
                        periods=[PeriodRecord(*p) for p in periods.get(ind_pk, ())],
                    )
                )
            rec.results.append(result)
        yield rec
