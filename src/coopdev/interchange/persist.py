"""Writing validated activity records as projects, in bulk.

A batch is written with a handful of statements whatever its size: the new projects (one COPY
on PostgreSQL, see ``bulk``), the changed ones (one ``UPDATE ... FROM`` a COPY), then every
table hanging off them, each with one COPY; the rows of a changed project are deleted and
written again, its primary key (and so its history) kept. Amounts carry their EUR value at
their value date, SDG links are derived from tags and sectors (the rules of
``coopdev.projects.services``), and each written project gets a ``ProjectRevision``
(source "import"). The caller owns the transaction.

On PostgreSQL a batch's writes run behind the caller (``writebehind``): :meth:`write_batch`
reads what the batch needs, sends the *previous* batch's writes, and builds this batch's rows
while they run; :meth:`finish` sends the last ones. The figure summary is not maintained
statement by statement: the first batch defers it (``summary.defer_begin``), each batch's
writes stage its projects (``summary.refresh_stage``), and :meth:`finish` adds the staged sums
to the summary (``summary.refresh_end``) before the caller commits, so the figures are exact
when the import commits and roll back with it. The caller must call :meth:`close` before its
transaction ends, whatever happened.
"""

from __future__ import annotations

import hashlib
import operator
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from django.db import connection
from django.db.models import Model
from django.utils import timezone
from django.utils.text import slugify

from coopdev.interchange.bulk import TableWriter, allocate_ids
from coopdev.interchange.errors import BELONGS_TO_OTHER_ORGANISATION, ImportIssue
from coopdev.interchange.models import ImportedActivity, ImportJob
from coopdev.interchange.records import ActivityRecord
from coopdev.interchange.writebehind import WriteBehind
from coopdev.organisations.models import Organisation
from coopdev.projects import summary
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
    ProjectRevision,
    ProjectSector,
    ProjectTag,
    Result,
    Transaction,
    narrative_text,
)
from coopdev.projects.services import _decimal_text, _shares, project_convert_values, sdg_codes_of
from coopdev.reference.fx import FxRateMissing, to_eur
from coopdev.reference.models import Region

GoalLink: Any = Project.sdg_goals.through
TargetLink: Any = Project.sdg_targets.through

PROJECT_FIELDS = [
    "reporting_org",
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
    "total_value",
    "managed_value",
    "value_currency",
    "value_date",
    "total_value_eur",
    "managed_value_eur",
    "fx_error",
    "people_reached",
    "people_reached_women",
    "people_reached_men",
    "publication_state",
    "last_updated_datetime",
    "updated_at",
]


PROJECT_INSERT_FIELDS = ["id", "iati_identifier", "is_demo", "created_at"] + [
    "reporting_org_id" if name == "reporting_org" else name for name in PROJECT_FIELDS
]
IMPORTED_FIELDS = [
    "iati_identifier",
    "project_id",
    "content_hash",
    "project_updated_at",
    "job_id",
    "imported_at",
]
REVISION_FIELDS = ["project_id", "created_at", "user_id", "source", "summary", "changes"]
RESULT_FIELDS = ["id", "project_id", "type", "aggregation_status", "title", "description"]
INDICATOR_FIELDS = [
    "id",
    "result_id",
    "measure",
    "ascending",
    "title",
    "description",
    "baseline_year",
    "baseline_value",
]
PERIOD_FIELDS = ["indicator_id", "period_start", "period_end", "target_value", "actual_value"]
CHILD_FIELDS: dict[str, tuple[type[Model], list[str]]] = {
    "participating": (
        ParticipatingOrg,
        ["project_id", "organisation_id", "ref", "name", "role", "type", "activity_id"],
    ),
    "countries": (ProjectCountry, ["project_id", "country_id", "percentage"]),
    "regions": (ProjectRegion, ["project_id", "region_id", "vocabulary", "percentage"]),
    "sectors": (
        ProjectSector,
        ["project_id", "vocabulary", "code", "sector_id", "category_id", "percentage", "narrative"],
    ),
    "tags": (ProjectTag, ["project_id", "vocabulary", "code", "narrative"]),
    "budgets": (
        Budget,
        [
            "project_id",
            "type",
            "status",
            "period_start",
            "period_end",
            "value",
            "currency",
            "value_date",
            "value_eur",
            "fx_error",
        ],
    ),
    "transactions": (
        Transaction,
        [
            "project_id",
            "ref",
            "type",
            "date",
            "value",
            "currency",
            "value_date",
            "value_eur",
            "fx_error",
            "description",
            "provider_org_ref",
            "provider_org_name",
            "receiver_org_ref",
            "receiver_org_name",
        ],
    ),
    "locations": (
        Location,
        [
            "project_id",
            "ref",
            "name",
            "description",
            "latitude",
            "longitude",
            "exactness",
            "location_reach",
            "feature_designation",
        ],
    ),
    "documents": (
        DocumentLink,
        ["project_id", "url", "format", "title", "category", "language", "document_date"],
    ),
    "goals": (GoalLink, ["project_id", "sdggoal_id"]),
    "targets": (TargetLink, ["project_id", "sdgtarget_id"]),
}


# Statistics are refreshed once an import has written this many projects, then each time the
# count doubles (see ``ProjectWriter._refresh_statistics``), on the tables the import reads back
# before it commits: the identifier lookups of every batch and the figure tables the summary's
# refresh reads. The others (transactions, budgets, results, ...) are only written: sampling
# them cost 8% of an import's time for plans nothing used.
ANALYZE_MIN_ROWS = 1000
# The import's own plans need the tables' sizes and how many rows a project has, not fine
# histograms: ANALYZE samples 300 x this many rows per table (30,000 at PostgreSQL's default
# of 100), and at 20,000 projects the seven tables took 0.82-0.87 s at 100 against 0.09-0.11 s
# at 10, each time. Set for the import's transaction only. Once it commits, its rows count as
# changes since that analysis (``n_mod_since_analyze``), so autovacuum, on by default, analyses
# the tables again at the server's own target.
ANALYZE_STATISTICS_TARGET = 10
ANALYZED_MODELS: tuple[type[Model], ...] = (
    Project,
    ImportedActivity,
    ProjectCountry,
    ProjectRegion,
    ProjectSector,
    GoalLink,
    ParticipatingOrg,
)


class ProjectRow(SimpleNamespace):
    """A project's values before they are written: what ``project_convert_values`` reads and sets."""

    @property
    def id(self) -> int | None:
        return self.pk

    @property
    def start_date(self) -> date | None:
        return self.actual_start or self.planned_start


@dataclass
class BatchOutcome:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


@dataclass
class _Existing:
    pk: int
    reporting_org_id: int
    updated_at: datetime


class ProjectWriter:
    """Writes batches of valid records for one import."""

    def __init__(
        self,
        *,
        filename: str,
        publication_state: str,
        organisation: Organisation | None = None,
        user: Any = None,
        job: ImportJob | None = None,
    ) -> None:
        self.filename = filename
        self.publication_state = publication_state
        self.organisation = organisation
        self.user = user if user is not None and getattr(user, "is_authenticated", False) else None
        self.job = job
        self._orgs: dict[str, int | None] = {}
        self._regions: dict[str, int] | None = None
        self._tables: dict[tuple, TableWriter] = {}
        self._written = 0
        self._analyze_at: int | None = None
        self._deferred = False
        self.behind = WriteBehind()  # each batch's writes run while the next one is read
        self._pending: Callable[[], None] | None = None  # the last batch's writes, not yet started

    # -- checks that need the database --------------------------------------------------------

    def check_batch(self, records: list[ActivityRecord]) -> dict[str, ImportIssue]:
        """Problems only the database can reveal: an identifier already used by another organisation."""
        if self.organisation is None:
            return {}
        self.behind.wait()
        issues = {}
        taken = Project.objects.filter(iati_identifier__in=[r.identifier for r in records]).exclude(
            reporting_org=self.organisation
        )
        taken_ids = set(taken.values_list("iati_identifier", flat=True))
        for rec in records:
            if rec.identifier in taken_ids:
                issues[rec.identifier] = ImportIssue(
                    file=self.filename,
                    line=rec.line,
                    row=rec.row,
                    element="iati-identifier" if rec.line else "",
                    column="iati_identifier" if rec.row else "",
                    identifier=rec.identifier,
                    message=str(BELONGS_TO_OTHER_ORGANISATION),
                )
        return issues

    # -- writing ------------------------------------------------------------------------------

    def write_batch(self, records: list[ActivityRecord]) -> BatchOutcome:
        """Write ``records``: what the batch needs from the database is read here; the rows are
        built here; the writes run behind the caller (see ``writebehind``) while it reads the
        next batch, so an error in them is raised by the next call (or by :meth:`finish`)."""
        outcome = BatchOutcome()
        if not records:
            return outcome
        now = timezone.now()
        # The projects' rows first, while the previous batch is still being written: they need no
        # database (their reporting organisation is filled in below).
        projects = [self._project(rec, None, now) for rec in records]
        self.behind.wait()
        if not self._deferred:
            summary.defer_begin()
            if connection.vendor == "postgresql":
                # Foreign keys checked as each COPY ends, while the caller builds the next
                # batch, instead of all at the commit with nothing else to do. Parents are
                # written before their children for this. ``finish`` sets the default back.
                with connection.cursor() as cursor:
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            self._deferred = True
        identifiers = [r.identifier for r in records]
        existing = {
            ident: _Existing(pk, org, updated)
            for ident, pk, org, updated in _rows_by_identifier(
                Project, ["iati_identifier", "id", "reporting_org_id", "updated_at"], identifiers
            )
        }
        previous = {
            ident: (digest, at)
            for ident, digest, at in _rows_by_identifier(
                ImportedActivity, ["iati_identifier", "content_hash", "project_updated_at"], identifiers
            )
        }
        self._resolve_organisations(records)
        new: list[tuple[ActivityRecord, Any, str]] = []
        changed: list[tuple[ActivityRecord, Any, str]] = []
        for rec, project in zip(records, projects, strict=True):
            org_id = self._reporting_org_id(rec)
            digest = hashlib.sha256(
                f"{rec.content_hash()}:{org_id}:{self.publication_state}".encode()
            ).hexdigest()
            old = existing.get(rec.identifier)
            if old is not None:
                seen = previous.get(rec.identifier)
                if seen is not None and seen[0] == digest and seen[1] == old.updated_at:
                    outcome.unchanged.append(rec.identifier)
                    continue
            project.reporting_org_id = org_id
            if old is None:
                new.append((rec, project, digest))
            else:
                project.pk = old.pk
                changed.append((rec, project, digest))
        for (_, project, _), pk in zip(new, allocate_ids(Project, len(new)), strict=True):
            project.pk = pk
        written = new + changed
        results = [(project.pk, res) for rec, project, _ in written for res in rec.results]
        result_ids = allocate_ids(Result, len(results))
        indicator_ids = allocate_ids(Indicator, sum(len(res.indicators) for _, res in results))
        # Before the rows it compares are overwritten (by the writes below, behind the caller).
        history = _field_changes(changed) if changed else {}
        self._region_ids()  # read now: what follows must not touch the connection
        if not self.behind.threaded:  # SQLite: written at once (its keys come from MAX(id))
            self.behind.submit(self._writes(new, changed, results, result_ids, indicator_ids, history, now))
        else:
            # The previous batch's writes go to the database now, after this batch's reads, and
            # run while this batch's rows are built (and the next batch is read).
            if self._pending is not None:
                self.behind.submit(self._pending)
            self._pending = self._writes(new, changed, results, result_ids, indicator_ids, history, now)
        outcome.created = [r.identifier for r, _, _ in new]
        outcome.updated = [r.identifier for r, _, _ in changed]
        return outcome

    def _writes(
        self,
        new: list[tuple[ActivityRecord, Any, str]],
        changed: list[tuple[ActivityRecord, Any, str]],
        results: list[tuple[int, Any]],
        result_ids: list[int],
        indicator_ids: list[int],
        history: dict[int, dict[str, list[Any]]],
        now: datetime,
    ) -> Callable[[], None]:
        """Every row of a batch, built without the database, and the job that writes them
        (parents before their children: the foreign keys are checked as each COPY ends)."""
        written = new + changed
        job_id = self.job.pk if self.job is not None else None
        user_id = self.user.pk if self.user is not None else None
        summaries = {
            "new": f"Created by the import of {self.filename}",
            "changed": f"Updated by the import of {self.filename}",
        }
        tables: list[tuple[TableWriter, list[tuple]]] = []  # made ready to send below
        if new:
            tables.append(
                (self._table(Project, PROJECT_INSERT_FIELDS), [_project_cells(p) for _, p, _ in new])
            )
        tables += self._child_rows(written, results, result_ids, indicator_ids)
        tables.append(
            (
                self._table(ImportedActivity, IMPORTED_FIELDS),
                [
                    (rec.identifier, project.pk, digest, project.updated_at, job_id, now)
                    for rec, project, digest in new
                ],
            )
        )
        tables.append(
            (
                self._table(ProjectRevision, REVISION_FIELDS),
                [
                    (
                        project.pk,
                        now,
                        user_id,
                        ProjectRevision.Source.IMPORT.value,
                        summaries[kind],
                        {"import": [None, self.filename], **history.get(project.pk, {})},
                    )
                    for kind, group in (("new", new), ("changed", changed))
                    for _, project, _ in group
                ],
            )
        )  # fmt: skip
        changed_projects = [project for _, project, _ in changed]
        imported_changed = [
            ImportedActivity(
                iati_identifier=rec.identifier,
                project_id=project.pk,
                content_hash=digest,
                project_updated_at=project.updated_at,
                job_id=job_id,
            )
            for rec, project, digest in changed
        ]
        pks = [project.pk for _, project, _ in written]
        prepared = [(writer, writer.prepare(rows)) for writer, rows in tables]
        del tables

        def write() -> None:
            if changed_projects:
                _update_projects(changed_projects)
                self._delete_children([p.pk for p in changed_projects])
            for writer, data in prepared:
                writer.write(data)
            if imported_changed:
                ImportedActivity.objects.bulk_create(
                    imported_changed,
                    update_conflicts=True,
                    unique_fields=["iati_identifier"],
                    update_fields=["project", "content_hash", "project_updated_at", "job", "imported_at"],
                    batch_size=1000,
                )
            summary.refresh_stage(pks)
            self._refresh_statistics(len(pks))

        return write

    def finish(self) -> None:
        """Wait for the last writes, bring the figure summary up to date for every project
        written, and check the foreign keys at the commit again (call before the commit; not
        needed when the transaction is rolled back, which undoes the deferral too)."""
        self.behind.wait()
        if self._pending is not None:
            self.behind.submit(self._pending)
            self._pending = None
            self.behind.wait()
        if self._deferred:
            summary.refresh_end()
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            self._deferred = False

    def close(self) -> None:
        """Wait for the writes still running and stop their thread (always, before the
        transaction ends, whether it commits or not); raises what stopped them."""
        self.behind.close()

    def _refresh_statistics(self, count: int) -> None:
        """ANALYZE the tables an import writes whenever it has doubled the projects they hold.

        The import is one transaction, so autovacuum never sees its rows; without this, a large
        import into a new or emptied database runs its later statements (the triggers' queries
        above all) on plans made for empty tables: sequential scans per project, minutes instead
        of seconds. PostgreSQL's ANALYZE counts the transaction's own new rows. ``SKIP_LOCKED``:
        never wait for (or deadlock with) another import or autovacuum; the lock it takes is
        one that ordinary reads and writes ignore.
        """
        if connection.vendor != "postgresql" or count <= 0:
            return
        self._written += count
        with connection.cursor() as cursor:
            if self._analyze_at is None:
                cursor.execute(
                    "SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [Project._meta.db_table]
                )
                row = cursor.fetchone()
                self._analyze_at = max(int(row[0]) if row else 0, ANALYZE_MIN_ROWS)
            if self._written < self._analyze_at:
                return
            tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in ANALYZED_MODELS)
            cursor.execute(
                "SELECT set_config('default_statistics_target', %s, true)", [str(ANALYZE_STATISTICS_TARGET)]
            )
            cursor.execute(f"ANALYZE (SKIP_LOCKED) {tables}")
            self._analyze_at = 2 * self._written

    def _table(self, model: type[Model], fields: Sequence[str]) -> TableWriter:
        key = (model, tuple(fields))
        writer = self._tables.get(key)
        if writer is None:
            writer = self._tables[key] = TableWriter(model, fields)
        return writer

    def _resolve_organisations(self, records: list[ActivityRecord]) -> None:
        refs = {r.reporting_org.ref for r in records} | {o.ref for r in records for o in r.participating_orgs}
        unknown = {ref for ref in refs if ref and ref not in self._orgs}
        if unknown:
            found = dict(
                Organisation.objects.filter(iati_identifier__in=unknown).values_list("iati_identifier", "pk")
            )
            for ref in unknown:
                self._orgs[ref] = found.get(ref)

    def _reporting_org_id(self, rec: ActivityRecord) -> int:
        if self.organisation is not None:
            return self.organisation.pk
        ref = rec.reporting_org.ref
        pk = self._orgs.get(ref)
        if pk is None:
            name = narrative_text(rec.reporting_org.name) or ref
            org = Organisation.objects.create(
                name=name[:300],
                slug=_unique_slug(name or ref),
                iati_identifier=ref,
                type=rec.reporting_org.type[:3],
            )
            pk = self._orgs[ref] = org.pk
        return pk

    def _project(self, rec: ActivityRecord, org_id: int | None, now: datetime) -> Any:
        """The project's row as a light object with the model's attribute names (building some
        thirty model instances per batch row costs more than writing them)."""
        project = ProjectRow(
            pk=None,
            iati_identifier=rec.identifier,
            is_demo=False,
            reporting_org_id=org_id,
            title=rec.title,
            description=rec.description,
            objectives=rec.objectives,
            target_groups=rec.target_groups,
            default_language=rec.default_language[:5] or "en",
            default_currency=rec.currency,
            activity_status=rec.activity_status,
            activity_scope=rec.activity_scope,
            collaboration_type=rec.collaboration_type,
            default_flow_type=rec.default_flow_type,
            default_finance_type=rec.default_finance_type,
            default_aid_type=rec.default_aid_type,
            planned_start=rec.planned_start,
            actual_start=rec.actual_start,
            planned_end=rec.planned_end,
            actual_end=rec.actual_end,
            total_value=rec.total_value,
            managed_value=rec.managed_value,
            value_currency=rec.value_currency or rec.currency,
            value_date=rec.value_date,
            people_reached=rec.people_reached,
            people_reached_women=rec.people_reached_women,
            people_reached_men=rec.people_reached_men,
            publication_state=self.publication_state,
            last_updated_datetime=rec.last_updated_datetime,
            created_at=now,
            updated_at=now,
        )
        # The one conversion rule of the platform, on the light row (it reads and sets attributes only).
        project_convert_values(project=project)  # type: ignore[arg-type]
        return project

    def _region_ids(self) -> dict[str, int]:
        if self._regions is None:
            self._regions = dict(Region.objects.filter(kind=Region.Kind.IATI).values_list("code", "pk"))
        return self._regions

    @staticmethod
    def _delete_children(pks: list[int]) -> None:
        if connection.vendor == "postgresql":
            _delete_children_sql(pks)
            return
        IndicatorPeriod.objects.filter(indicator__result__project_id__in=pks).delete()
        Indicator.objects.filter(result__project_id__in=pks).delete()
        for model in CHILD_MODELS:
            model._default_manager.filter(project_id__in=pks).delete()

    def _child_rows(
        self,
        written: list[tuple[ActivityRecord, Any, str]],
        results: list[tuple[int, Any]],
        result_ids: list[int],
        indicator_ids: list[int],
    ) -> list[tuple[TableWriter, list[tuple]]]:
        """The rows of every table hanging off the ``written`` projects, parents before their
        children (results, indicators and periods with the keys allocated for them)."""
        regions = self._region_ids()
        orgs = self._orgs
        rows: dict[str, list[tuple]] = {name: [] for name in CHILD_FIELDS}
        for rec, project, _ in written:
            pk = project.pk
            currency = rec.currency
            rows["participating"] += [
                (
                    pk,
                    orgs.get(o.ref) if o.ref else None,
                    o.ref[:150],
                    o.name,
                    o.role,
                    o.type[:3],
                    o.activity_id[:200],
                )
                for o in rec.participating_orgs
            ]
            rows["countries"] += [(pk, c.code, c.percentage) for c in rec.countries]
            rows["regions"] += [
                (pk, regions[r.code], "1", r.percentage)
                for r in rec.regions
                if r.vocabulary == "1" and r.code in regions
            ]
            rows["sectors"] += [
                (
                    pk,
                    s.vocabulary,
                    s.code[:20],
                    s.code if s.vocabulary == "1" else None,
                    s.code[:3] if s.vocabulary in ("1", "2") else None,
                    s.percentage,
                    s.narrative,
                )
                for s in rec.sectors
            ]
            rows["tags"] += [(pk, t.vocabulary, t.code[:40], t.narrative) for t in rec.tags]
            for b in rec.budgets:
                cur = b.currency or currency
                on = b.value_date or b.period_start
                eur, error = _eur(b.value, cur, on)
                rows["budgets"].append(
                    (pk, b.type, b.status, b.period_start, b.period_end, b.value, cur, on, eur, error)
                )
            for t in rec.transactions:
                cur = t.currency or currency
                on = t.value_date or t.date
                eur, error = _eur(t.value, cur, on)
                rows["transactions"].append(
                    (pk, t.ref[:200], t.type, t.date, t.value, cur, on, eur, error, t.description,
                     t.provider_org_ref[:150], t.provider_org_name, t.receiver_org_ref[:150],
                     t.receiver_org_name)
                )  # fmt: skip
            rows["locations"] += [
                (pk, loc.ref[:200], loc.name, loc.description, loc.latitude, loc.longitude, loc.exactness[:1],
                 loc.location_reach[:1], loc.feature_designation[:10])
                for loc in rec.locations
            ]  # fmt: skip
            rows["documents"] += [
                (pk, d.url[:1000], d.format[:100], d.title, d.category[:4], d.language[:5], d.document_date)
                for d in rec.documents
            ]
            goals, targets = sdg_codes_of(
                tags=[(t.vocabulary, t.code) for t in rec.tags],
                sectors=[(s.vocabulary, s.code) for s in rec.sectors],
            )
            rows["goals"] += [(pk, g) for g in sorted(goals) if 1 <= g <= 17]
            rows["targets"] += [(pk, t) for t in sorted(targets)]
        tables = [(self._table(model, fields), rows[name]) for name, (model, fields) in CHILD_FIELDS.items()]
        if not results:
            return tables
        indicators = [
            (rid, ind) for rid, (_, res) in zip(result_ids, results, strict=True) for ind in res.indicators
        ]
        tables.append(
            (
                self._table(Result, RESULT_FIELDS),
                [
                    (rid, pk, res.type, res.aggregation_status, res.title, res.description)
                    for rid, (pk, res) in zip(result_ids, results, strict=True)
                ],
            )
        )
        tables.append(
            (
                self._table(Indicator, INDICATOR_FIELDS),
                [
                    (
                        iid,
                        rid,
                        ind.measure,
                        ind.ascending,
                        ind.title,
                        ind.description,
                        ind.baseline_year,
                        ind.baseline_value,
                    )
                    for iid, (rid, ind) in zip(indicator_ids, indicators, strict=True)
                ],
            )
        )
        tables.append(
            (
                self._table(IndicatorPeriod, PERIOD_FIELDS),
                [
                    (iid, p.period_start, p.period_end, p.target_value, p.actual_value)
                    for iid, (_, ind) in zip(indicator_ids, indicators, strict=True)
                    for p in ind.periods
                ],
            )
        )
        return tables


_project_cells = operator.attrgetter(*PROJECT_INSERT_FIELDS)

# The tables holding a project's rows that an update replaces (results after their indicators).
CHILD_MODELS: tuple[type[Model], ...] = (
    Result,
    ParticipatingOrg,
    ProjectCountry,
    ProjectRegion,
    ProjectSector,
    ProjectTag,
    Budget,
    Transaction,
    Location,
    DocumentLink,
    GoalLink,
    TargetLink,
)


def _delete_children_sql(pks: list[int]) -> None:
    """The rows of projects ``pks`` in every child table, one DELETE per table with the keys as
    one array: the ORM's delete first collects the rows of models with cascades (results) and
    builds an IN list of every key, several times the cost of the delete itself. Nothing else
    references these rows (periods and indicators go first), so nothing is left to cascade."""
    quote = connection.ops.quote_name
    period, indicator, result = (quote(m._meta.db_table) for m in (IndicatorPeriod, Indicator, Result))
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {period} WHERE indicator_id IN (SELECT i.id FROM {indicator} i "  # noqa: S608
            f"JOIN {result} r ON r.id = i.result_id WHERE r.project_id = ANY(%s))",
            [pks],
        )
        cursor.execute(
            f"DELETE FROM {indicator} WHERE result_id IN "  # noqa: S608
            f"(SELECT id FROM {result} WHERE project_id = ANY(%s))",
            [pks],
        )
        for model in CHILD_MODELS:
            cursor.execute(f"DELETE FROM {quote(model._meta.db_table)} WHERE project_id = ANY(%s)", [pks])  # noqa: S608


def _rows_by_identifier(model: type[Model], fields: list[str], identifiers: list[str]) -> list[tuple]:
    """``values_list(*fields)`` of the rows whose ``iati_identifier`` is one of ``identifiers``.

    On PostgreSQL the identifiers go as one array parameter (``= ANY(%s)``): an ``IN`` list of
    hundreds of placeholders costs more to build and bind than the query takes to run.
    """
    if connection.vendor != "postgresql":
        return list(model._default_manager.filter(iati_identifier__in=identifiers).values_list(*fields))
    meta = model._meta
    quote = connection.ops.quote_name
    columns = ", ".join(quote(str(meta.get_field(name).column)) for name in fields)  # type: ignore[union-attr]
    sql = f"SELECT {columns} FROM {quote(meta.db_table)} WHERE iati_identifier = ANY(%s)"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [list(identifiers)])
        return cursor.fetchall()


# What the history of an import's update records field by field, in the history's JSON shape
# (``projects.services.project_snapshot``): the project's own fields (not its derived EUR values
# or timestamps), then its countries, DAC sectors and SDGs.
HISTORY_FIELDS = [
    name
    for name in PROJECT_FIELDS
    if name not in ("reporting_org", "total_value_eur", "managed_value_eur", "fx_error", "updated_at")
]


def _history_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return _decimal_text(value)
    return value


def _field_changes(changed: list[tuple[ActivityRecord, Any, str]]) -> dict[int, dict[str, list[Any]]]:
    """``{pk: {field: [old, new]}}`` of the changed projects of a batch: their stored values read
    in one query per table (countries, sectors, SDG goals and targets; on plain cursors, see
    ``value_rows``), compared with the ones about to be written."""
    from coopdev.interchange.exporters.projects import value_rows

    pks = [project.pk for _, project, _ in changed]
    stored = {
        row[0]: row[1:]
        for row in value_rows(Project.objects.filter(pk__in=pks), ["pk", *HISTORY_FIELDS, "reporting_org"])
    }
    # A project can move to another reporting organisation (a file without an organisation,
    # from the command line or the API): recorded as "Name (identifier)" before and after.
    moved = {
        org
        for _, project, _ in changed
        if (old := stored.get(project.pk)) is not None and old[-1] != project.reporting_org_id
        for org in (old[-1], project.reporting_org_id)
    }
    org_names = {
        pk: f"{name} ({ref})" if ref else name
        for pk, name, ref in Organisation.objects.filter(pk__in=moved).values_list(
            "pk", "name", "iati_identifier"
        )
    }
    lists: dict[str, dict[int, list]] = {name: defaultdict(list) for name in HISTORY_LISTS}
    for name, qs, fields in (
        (
            "countries",
            ProjectCountry.objects.filter(project_id__in=pks),
            ("project_id", "country_id", "percentage"),
        ),
        (
            "sectors",
            ProjectSector.objects.filter(project_id__in=pks, vocabulary="1"),
            ("project_id", "code", "percentage"),
        ),
        ("sdg_goals", GoalLink.objects.filter(project_id__in=pks), ("project_id", "sdggoal_id")),
        ("sdg_targets", TargetLink.objects.filter(project_id__in=pks), ("project_id", "sdgtarget_id")),
    ):
        for pk, *values in value_rows(qs, fields):
            lists[name][pk].append(values[0] if len(values) == 1 else tuple(values))
    found: dict[int, dict[str, list[Any]]] = {}
    for rec, project, _ in changed:
        old_values = stored.get(project.pk)
        if old_values is None:
            continue
        *field_values, old_org = old_values
        changes = {
            name: [_history_value(old), _history_value(getattr(project, name))]
            for name, old in zip(HISTORY_FIELDS, field_values, strict=True)
            if old != getattr(project, name)
        }
        if old_org != project.reporting_org_id:
            changes["reporting_org"] = [org_names.get(old_org), org_names.get(project.reporting_org_id)]
        goals, targets = sdg_codes_of(
            tags=[(t.vocabulary, t.code) for t in rec.tags],
            sectors=[(s.vocabulary, s.code) for s in rec.sectors],
        )
        new_lists = {
            "countries": _shares((c.code, c.percentage) for c in rec.countries),
            "sectors": _shares((s.code, s.percentage) for s in rec.sectors if s.vocabulary == "1"),
            "sdg_goals": sorted(g for g in goals if 1 <= g <= 17),
            "sdg_targets": sorted(targets),
        }
        pk = project.pk
        old_lists = {
            "countries": _shares(lists["countries"][pk]),
            "sectors": _shares(lists["sectors"][pk]),
            "sdg_goals": sorted(lists["sdg_goals"][pk]),
            "sdg_targets": sorted(lists["sdg_targets"][pk]),
        }
        changes.update(
            {
                name: [old_lists[name], new_lists[name]]
                for name in HISTORY_LISTS
                if old_lists[name] != new_lists[name]
            }
        )
        found[pk] = changes
    return found


HISTORY_LISTS = ("countries", "sectors", "sdg_goals", "sdg_targets")


def _eur(value: Decimal | None, currency: str, on: date | None) -> tuple[Decimal | None, str]:
    """The EUR equivalent of an amount at its value date, or the reason there is none."""
    if value is None or on is None:
        return None, ""
    try:
        return to_eur(value, currency, on).eur, ""
    except FxRateMissing as exc:
        return None, str(exc.message)[:300]


def _update_projects(projects: list[Any]) -> None:
    """Write the changed projects' own rows, keeping their primary keys.

    On PostgreSQL: COPY into a temporary table, then one ``UPDATE ... FROM`` for the batch (a
    statement per project fired every statement-level trigger of the table once per project:
    four fifths of an update's cost). Elsewhere one parameterised UPDATE per project, sent with
    ``executemany``: ``bulk_update`` builds a CASE expression per field and row, which costs far
    more than the write itself.
    """
    meta = Project._meta
    quote = connection.ops.quote_name
    fields = [meta.get_field(name) for name in PROJECT_FIELDS]
    names = [quote(str(f.column)) for f in fields]  # type: ignore[union-attr]
    table = quote(meta.db_table)
    if connection.vendor == "postgresql":
        staging = "coopdev_import_projects"
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {staging} ON COMMIT DROP AS "  # noqa: S608
                f"SELECT id, {', '.join(names)} FROM {table} WITH NO DATA"
            )
            cursor.execute(f"TRUNCATE {staging}")
            cells = operator.attrgetter("pk", *(str(f.attname) for f in fields))  # type: ignore[union-attr]
            TableWriter(Project, ["id", *PROJECT_FIELDS], table=staging).insert([cells(p) for p in projects])
            assignments = ", ".join(f"{name} = t.{name}" for name in names)
            cursor.execute(f"UPDATE {table} p SET {assignments} FROM {staging} t WHERE p.id = t.id")  # noqa: S608
        return
    columns = ", ".join(f"{name} = %s" for name in names)
    sql = f"UPDATE {table} SET {columns} WHERE id = %s"  # noqa: S608
    params = [
        [f.get_db_prep_save(getattr(p, f.attname), connection) for f in fields] + [p.pk]  # type: ignore[union-attr]
        for p in projects
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def _unique_slug(name: str) -> str:
    base = (slugify(name) or "organisation")[:100]
    slug, n = base, 1
    while Organisation.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
