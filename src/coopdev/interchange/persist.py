"""Writing validated activity records as projects, in bulk.

A batch is written with a handful of statements whatever its size: the projects (one
``bulk_create`` for the new ones, one ``bulk_update`` for the changed ones), then every table
hanging off them, each with one ``bulk_create``; the rows of a changed project are deleted and
written again, its primary key (and so its history) kept. Amounts carry their EUR value at
their value date, SDG links are derived from tags and sectors (the rules of
``coopdev.projects.services``), and each written project gets a ``ProjectRevision``
(source "import"). The caller owns the transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db import connection
from django.db.models import Model
from django.utils import timezone
from django.utils.text import slugify

from coopdev.interchange.errors import BELONGS_TO_OTHER_ORGANISATION, ImportIssue
from coopdev.interchange.models import ImportedActivity, ImportJob
from coopdev.interchange.records import ActivityRecord
from coopdev.organisations.models import Organisation
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
from coopdev.projects.services import amount_convert, project_convert_values, sdg_codes_of
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

    # -- checks that need the database --------------------------------------------------------

    def check_batch(self, records: list[ActivityRecord]) -> dict[str, ImportIssue]:
        """Problems only the database can reveal: an identifier already used by another organisation."""
        if self.organisation is None:
            return {}
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
        outcome = BatchOutcome()
        if not records:
            return outcome
        identifiers = [r.identifier for r in records]
        existing = {
            ident: _Existing(pk, org, updated)
            for ident, pk, org, updated in Project.objects.filter(
                iati_identifier__in=identifiers
            ).values_list("iati_identifier", "pk", "reporting_org_id", "updated_at")
        }
        previous = {
            ident: (digest, at)
            for ident, digest, at in ImportedActivity.objects.filter(
                iati_identifier__in=identifiers
            ).values_list("iati_identifier", "content_hash", "project_updated_at")
        }
        self._resolve_organisations(records)
        now = timezone.now()
        new: list[tuple[ActivityRecord, Project, str]] = []
        changed: list[tuple[ActivityRecord, Project, str]] = []
        for rec in records:
            org_id = self._reporting_org_id(rec)
            digest = f"{rec.content_hash()}:{org_id}:{self.publication_state}"
            old = existing.get(rec.identifier)
            if old is not None:
                seen = previous.get(rec.identifier)
                if seen is not None and seen[0] == digest and seen[1] == old.updated_at:
                    outcome.unchanged.append(rec.identifier)
                    continue
            project = self._project(rec, org_id, now)
            if old is None:
                new.append((rec, project, digest))
            else:
                project.pk = old.pk
                changed.append((rec, project, digest))
        if new:
            Project.objects.bulk_create([p for _, p, _ in new], batch_size=1000)
        if changed:
            _update_projects([p for _, p, _ in changed])
            self._delete_children([p.pk for _, p, _ in changed])
        written = new + changed
        self._write_children(written)
        ImportedActivity.objects.bulk_create(
            [
                ImportedActivity(
                    iati_identifier=rec.identifier,
                    project_id=project.pk,
                    content_hash=digest,
                    project_updated_at=project.updated_at,
                    job=self.job,
                )
                for rec, project, digest in written
            ],
            update_conflicts=True,
            unique_fields=["iati_identifier"],
            update_fields=["project", "content_hash", "project_updated_at", "job", "imported_at"],
            batch_size=1000,
        )
        summary_created = f"Created by the import of {self.filename}"
        summary_updated = f"Updated by the import of {self.filename}"
        ProjectRevision.objects.bulk_create(
            [
                ProjectRevision(
                    project_id=project.pk,
                    created_at=now,
                    user=self.user,
                    source=ProjectRevision.Source.IMPORT,
                    summary=summary_created if kind == "new" else summary_updated,
                    changes={"import": [None, self.filename]},
                )
                for kind, group in (("new", new), ("changed", changed))
                for _, project, _ in group
            ],
            batch_size=1000,
        )
        outcome.created = [r.identifier for r, _, _ in new]
        outcome.updated = [r.identifier for r, _, _ in changed]
        return outcome

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

    def _project(self, rec: ActivityRecord, org_id: int, now: datetime) -> Project:
        project = Project(
            iati_identifier=rec.identifier,
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
            updated_at=now,
        )
        project_convert_values(project=project)
        return project

    def _region_ids(self) -> dict[str, int]:
        if self._regions is None:
            self._regions = dict(Region.objects.filter(kind=Region.Kind.IATI).values_list("code", "pk"))
        return self._regions

    @staticmethod
    def _delete_children(pks: list[int]) -> None:
        IndicatorPeriod.objects.filter(indicator__result__project_id__in=pks).delete()
        Indicator.objects.filter(result__project_id__in=pks).delete()
        for model in (
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
        ):
            model._default_manager.filter(project_id__in=pks).delete()
        GoalLink.objects.filter(project_id__in=pks).delete()
        TargetLink.objects.filter(project_id__in=pks).delete()

    def _write_children(self, written: list[tuple[ActivityRecord, Project, str]]) -> None:
        rows: dict[type[Model], list[Model]] = {
            model: []
            for model in (
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
        }
        regions = self._region_ids()
        results: list[tuple[Result, Any]] = []
        for rec, project, _ in written:
            pk = project.pk
            for org in rec.participating_orgs:
                rows[ParticipatingOrg].append(
                    ParticipatingOrg(
                        project_id=pk,
                        organisation_id=self._orgs.get(org.ref) if org.ref else None,
                        ref=org.ref[:150],
                        name=org.name,
                        role=org.role,
                        type=org.type[:3],
                        activity_id=org.activity_id[:200],
                    )
                )
            for country in rec.countries:
                rows[ProjectCountry].append(
                    ProjectCountry(project_id=pk, country_id=country.code, percentage=country.percentage)
                )
            for region in rec.regions:
                if region.vocabulary == "1" and region.code in regions:
                    rows[ProjectRegion].append(
                        ProjectRegion(
                            project_id=pk,
                            region_id=regions[region.code],
                            vocabulary="1",
                            percentage=region.percentage,
                        )
                    )
            for sector in rec.sectors:
                rows[ProjectSector].append(
                    ProjectSector(
                        project_id=pk,
                        vocabulary=sector.vocabulary,
                        code=sector.code[:20],
                        sector_id=sector.code if sector.vocabulary == "1" else None,
                        category_id=sector.code[:3] if sector.vocabulary in ("1", "2") else None,
                        percentage=sector.percentage,
                        narrative=sector.narrative,
                    )
                )
            for tag in rec.tags:
                rows[ProjectTag].append(
                    ProjectTag(
                        project_id=pk, vocabulary=tag.vocabulary, code=tag.code[:40], narrative=tag.narrative
                    )
                )
            for b in rec.budgets:
                budget = Budget(  # type: ignore[misc]
                    project_id=pk,
                    type=b.type,
                    status=b.status,
                    period_start=b.period_start,
                    period_end=b.period_end,
                    value=b.value,
                    currency=b.currency or rec.currency,
                    value_date=b.value_date or b.period_start,
                )
                amount_convert(amount=budget)  # validated: dates and value are set
                rows[Budget].append(budget)
            for t in rec.transactions:
                transaction = Transaction(  # type: ignore[misc]
                    project_id=pk,
                    ref=t.ref[:200],
                    type=t.type,
                    date=t.date,
                    value=t.value,
                    currency=t.currency or rec.currency,
                    value_date=t.value_date or t.date,
                    description=t.description,
                    provider_org_ref=t.provider_org_ref[:150],
                    provider_org_name=t.provider_org_name,
                    receiver_org_ref=t.receiver_org_ref[:150],
                    receiver_org_name=t.receiver_org_name,
                )
                amount_convert(amount=transaction)
                rows[Transaction].append(transaction)
            for loc in rec.locations:
                rows[Location].append(
                    Location(
                        project_id=pk,
                        ref=loc.ref[:200],
                        name=loc.name,
                        description=loc.description,
                        latitude=loc.latitude,
                        longitude=loc.longitude,
                        exactness=loc.exactness[:1],
                        location_reach=loc.location_reach[:1],
                        feature_designation=loc.feature_designation[:10],
                    )
                )
            for doc in rec.documents:
                rows[DocumentLink].append(
                    DocumentLink(
                        project_id=pk,
                        url=doc.url[:1000],
                        format=doc.format[:100],
                        title=doc.title,
                        category=doc.category[:4],
                        language=doc.language[:5],
                        document_date=doc.document_date,
                    )
                )
            for res in rec.results:
                results.append(
                    (
                        Result(
                            project_id=pk,
                            type=res.type,
                            aggregation_status=res.aggregation_status,
                            title=res.title,
                            description=res.description,
                        ),
                        res,
                    )
                )
            goals, targets = sdg_codes_of(
                tags=[(t.vocabulary, t.code) for t in rec.tags],
                sectors=[(s.vocabulary, s.code) for s in rec.sectors],
            )
            rows[GoalLink] += [GoalLink(project_id=pk, sdggoal_id=g) for g in sorted(goals) if 1 <= g <= 17]
            rows[TargetLink] += [TargetLink(project_id=pk, sdgtarget_id=t) for t in sorted(targets)]
        for model, objs in rows.items():
            if objs:
                model._default_manager.bulk_create(objs, batch_size=2000)
        if results:
            Result.objects.bulk_create([r for r, _ in results], batch_size=2000)
            indicators = [
                (
                    Indicator(
                        result_id=result.pk,
                        measure=ind.measure,
                        ascending=ind.ascending,
                        title=ind.title,
                        description=ind.description,
                        baseline_year=ind.baseline_year,
                        baseline_value=ind.baseline_value,
                    ),
                    ind,
                )
                for result, res in results
                for ind in res.indicators
            ]
            Indicator.objects.bulk_create([i for i, _ in indicators], batch_size=2000)
            IndicatorPeriod.objects.bulk_create(
                [
                    IndicatorPeriod(
                        indicator_id=indicator.pk,
                        period_start=period.period_start,
                        period_end=period.period_end,
                        target_value=period.target_value,
                        actual_value=period.actual_value,
                    )
                    for indicator, ind in indicators
                    for period in ind.periods
                ],
                batch_size=2000,
            )


def _update_projects(projects: list[Project]) -> None:
    """One parameterised UPDATE per project, sent with ``executemany``: ``bulk_update`` builds a
    CASE expression per field and row, which costs far more than the write itself."""
    meta = Project._meta
    fields = [meta.get_field(name) for name in PROJECT_FIELDS]
    columns = ", ".join(f"{connection.ops.quote_name(str(f.column))} = %s" for f in fields)  # type: ignore[union-attr]
    sql = f"UPDATE {connection.ops.quote_name(meta.db_table)} SET {columns} WHERE id = %s"  # noqa: S608
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
