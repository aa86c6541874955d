"""Reads of the interchange app."""

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from coopdev.interchange.models import ImportJob
from coopdev.interchange.services import ImportReport, import_job_progress
from coopdev.organisations.models import Organisation


def import_job_list_visible_to_user(*, user: Any) -> QuerySet[ImportJob]:
    """The jobs ``user`` may see, newest first: every job for staff, the ones they started
    otherwise, none for an anonymous visitor."""
    if not user.is_authenticated:
        return ImportJob.objects.none()
    qs: QuerySet[ImportJob] = ImportJob.objects.select_related("organisation")
    if not user.is_staff:
        qs = qs.filter(user=user)
    return qs


def import_job_get_for_user(*, user: Any, job_uuid: Any) -> ImportJob | None:
    """The job if ``user`` started it (or is staff); None for missing and forbidden alike."""
    return import_job_list_visible_to_user(user=user).filter(uuid=job_uuid).first()


def import_job_list_for_user(*, user: Any, limit: int = 20) -> QuerySet[ImportJob]:
    return ImportJob.objects.filter(user=user).select_related("organisation")[:limit]


def import_job_list_for_organisation(*, organisation: Organisation) -> QuerySet[ImportJob]:
    """Every import of ``organisation``, newest first, whoever started it (its API tokens or its
    members on the web): what an organisation's own systems may follow."""
    return ImportJob.objects.filter(organisation=organisation).select_related("organisation")


def import_job_get_for_organisation(*, organisation: Organisation, job_uuid: Any) -> ImportJob | None:
    """The job if it is ``organisation``'s; None for missing and another organisation's alike."""
    return import_job_list_for_organisation(organisation=organisation).filter(uuid=job_uuid).first()


@dataclass(frozen=True)
class ImportJobStatus:
    """Where a job stands: its status and how far the import has read its file (in bytes)."""

    status: str
    done: int
    total: int
    finished: bool

    @property
    def percent(self) -> int:
        if self.finished:
            return 100
        return int(100 * self.done / self.total) if self.total else 0


def import_job_status(*, job: ImportJob) -> ImportJobStatus:
    """The job's status and progress; a running job's progress is read live (``import_job_progress``)."""
    done, total = import_job_progress(job=job)
    finished = job.status in (ImportJob.Status.DONE, ImportJob.Status.FAILED)
    return ImportJobStatus(status=job.status, done=done, total=total, finished=finished)


def import_job_report(*, job: ImportJob) -> dict[str, Any] | None:
    """The finished job's report, the one its web page shows; None while it is queued or running.

    A job stopped by an unexpected error stored only a message: its report then has every other
    key of a report too, with nothing counted and nothing written.
    """
    if job.status not in (ImportJob.Status.DONE, ImportJob.Status.FAILED):
        return None
    return {**ImportReport(file=job.filename).as_dict(), **job.report}


PROBLEM_HEADER = ["file", "line", "row", "column", "element", "activity", "kind", "problem"]


def import_job_problem_rows(*, job: ImportJob) -> list[list[Any]]:
    """The finished job's problems as a table (header first), for the CSV an editor fixes the
    file from: the errors, then the warnings (kind ``warning``); empty while the job runs or
    when it had none."""
    report = import_job_report(job=job)
    issues = [*report["errors"], *report["warnings"]] if report else []
    if not issues:
        return []
    keys = ("file", "line", "row", "column", "element", "identifier", "kind", "message")
    return [PROBLEM_HEADER, *([e.get(k) for k in keys] for e in issues)]
