"""Importing files: ``import_file`` (CLI, web jobs, API) and the web's background import jobs.

Guarantees of :func:`import_file`:

- the format is found from the content (IATI XML, CSV, XLSX, the CSV export's zip);
- every activity is validated (the official XSD for IATI 2.0x, then the codelists and the
  platform's rules) before it is written, and each problem is reported with the file, the XML
  line or the CSV/XLSX row and column, the element or field, in plain words;
- one file is one transaction: without ``skip_invalid`` any problem rolls everything back, so
  the database is exactly as before; with it, the valid activities are written and the others
  reported as refused. A file refused as a whole (unreadable, hostile, not IATI) writes nothing;
- what should be better but is no reason to refuse an activity (an identifier that does not
  begin with its reporting organisation's) is reported as a warning, and the activity imported;
- activities are matched by identifier: new ones are created, changed ones updated in place
  (their history kept and extended), and ones imported before with the same content and not
  changed since are left alone and counted "unchanged";
- memory stays flat whatever the file's size: activities stream through in batches of
  :data:`BATCH_SIZE`; only identifiers (for duplicates) and at most :data:`MAX_REPORTED_ERRORS`
  problems (and as many warnings) are kept.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coopdev.interchange.collector import young_collections_only
from coopdev.interchange.errors import (
    DUPLICATE_IDENTIFIER,
    IMPORT_INTERRUPTED,
    NOTHING_IMPORTED,
    OTHER_ORGANISATION,
    TOO_LARGE,
    ImportError_,
    ImportIssue,
)
from coopdev.interchange.models import ImportJob
from coopdev.interchange.persist import ProjectWriter
from coopdev.interchange.readahead import read_ahead
from coopdev.interchange.readers import reader_for
from coopdev.interchange.records import ActivityRecord
from coopdev.interchange.validation import Checker, Codes
from coopdev.organisations.models import Organisation
from coopdev.projects.models import Project
from coopdev.reference import fx

logger = logging.getLogger(__name__)

BATCH_SIZE = 2000
MAX_REPORTED_ERRORS = 1000


@dataclass
class ImportReport:
    """What an import did; ``as_dict`` is JSON-ready for the web and the API."""

    file: str
    format: str = ""
    activities: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    errors: list[ImportIssue] = field(default_factory=list)
    errors_not_shown: int = 0
    # What should be better but did not stop an activity (``Checker.advise``).
    warnings: list[ImportIssue] = field(default_factory=list)
    warnings_not_shown: int = 0
    written: bool = False
    dry_run: bool = False
    message: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors and not self.errors_not_shown

    def add_error(self, issue: ImportIssue) -> None:
        self.errors_not_shown += _kept(self.errors, issue)

    def add_warning(self, issue: ImportIssue) -> None:
        self.warnings_not_shown += _kept(self.warnings, issue)

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.format,
            "activities": self.activities,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "refused": self.refused,
            "written": self.written,
            "dry_run": self.dry_run,
            "message": self.message,
            "errors": [e.as_dict() for e in self.errors],
            "errors_not_shown": self.errors_not_shown,
            "warnings": [w.as_dict() for w in self.warnings],
            "warnings_not_shown": self.warnings_not_shown,
        }


def _kept(issues: list[ImportIssue], issue: ImportIssue) -> int:
    """Keep ``issue`` unless ``issues`` holds :data:`MAX_REPORTED_ERRORS` already; 1 when it
    was left out (counted, not shown)."""
    if len(issues) < MAX_REPORTED_ERRORS:
        issues.append(issue)
        return 0
    return 1


class _RollBack(Exception):
    """Raised inside the import's transaction to undo it."""


def import_file(
    *,
    path: Path,
    filename: str | None = None,
    organisation: Organisation | None = None,
    user: Any = None,
    skip_invalid: bool = False,
    publication_state: str = Project.PublicationState.PUBLISHED,
    progress: Callable[[int, int], None] | None = None,
    dry_run: bool = False,
    job: ImportJob | None = None,
) -> ImportReport:
    """Import one file of activities; see the module docstring for what is guaranteed.

    ``organisation``, when given, restricts the file to activities whose reporting-org is that
    organisation (an editor cannot write another organisation's projects); they are all
    written as reported by it. ``dry_run`` validates and counts, then rolls back.
    """
    name = filename or path.name
    report = ImportReport(file=name, dry_run=dry_run)
    try:
        reader = reader_for(path=path, filename=name, progress=progress)
        report.format = reader.format
        # One set of exchange rates for the file, read once: converting then never touches the
        # connection while the writes run on it in their own thread (``writebehind``). No full
        # garbage collections meanwhile: they found nothing and cost a fifth of the time
        # (``collector``).
        with young_collections_only(), transaction.atomic(), fx.rates_fixed():
            writer = ProjectWriter(
                filename=name,
                publication_state=publication_state,
                organisation=organisation,
                user=user,
                job=job,
            )
            try:
                _import(
                    reader=reader,
                    report=report,
                    writer=writer,
                    organisation=organisation,
                    skip_invalid=skip_invalid,
                )
                if dry_run or (not report.ok and not skip_invalid):
                    raise _RollBack
                writer.finish()  # the last writes, the figure summary, before the commit
            finally:
                writer.close()  # the writes' thread is done with the transaction before it ends
        report.written = True
    except _RollBack:
        pass
    except ImportError_ as exc:
        report.add_error(exc.issue)
        report.created = report.updated = report.unchanged = 0
        report.message = exc.issue.message
        return report
    if not report.ok and not skip_invalid and not dry_run:
        report.refused = max(report.refused, 1)
        report.created = report.updated = report.unchanged = 0
        report.message = str(NOTHING_IMPORTED) % {"count": report.refused}
    return report


def _import(
    *,
    reader,
    report: ImportReport,
    writer: ProjectWriter,
    organisation: Organisation | None,
    skip_invalid: bool,
) -> None:
    checker = Checker(codes=Codes.load(), filename=report.file, tabular=reader.format != "iati")
    seen: dict[str, str] = {}
    batch: list[ActivityRecord] = []
    expected_ref = organisation.iati_identifier if organisation is not None else None

    def flush() -> None:
        db_issues = writer.check_batch(batch)
        valid = []
        for rec in batch:
            issue = db_issues.get(rec.identifier)
            if issue is not None:
                report.add_error(issue)
                report.refused += 1
            else:
                valid.append(rec)
        if report.ok or skip_invalid:
            outcome = writer.write_batch(valid)
            report.created += len(outcome.created)
            report.updated += len(outcome.updated)
            report.unchanged += len(outcome.unchanged)
        batch.clear()

    # Read a batch ahead while the writes run behind (see ``readahead`` and ``writebehind``).
    for read in read_ahead(reader.activities(), chunk=max(BATCH_SIZE // 4, 1), depth=4):
        issues = list(read.issues)
        rec = read.record
        if rec is not None:
            issues += checker.check(rec)
        ident = read.identifier
        where = f"line {read.line}" if read.line else f"row {read.row}"
        if ident:
            if ident in seen:
                issues.append(
                    ImportIssue(
                        file=report.file,
                        line=rec.line_of("iati-identifier") if rec is not None else read.line,
                        row=read.row,
                        element="iati-identifier" if read.line else "",
                        column="" if read.line else "iati_identifier",
                        identifier=ident,
                        message=str(DUPLICATE_IDENTIFIER) % {"identifier": ident, "first": seen[ident]},
                    )
                )
            else:
                seen[ident] = where
        if rec is not None and expected_ref is not None and rec.reporting_org.ref != expected_ref:
            values = {
                "ref": rec.reporting_org.ref or "?",
                "organisation": organisation,
                "expected": expected_ref,
            }
            issues.append(
                checker.issue(rec, ("reporting-org", "reporting_org_ref"), str(OTHER_ORGANISATION) % values)
            )
        if rec is not None or ident:
            report.activities += 1
        if rec is not None:
            for warning in checker.advise(rec):
                report.add_warning(warning)
            rec.lines.clear()  # the elements' lines only served the problems above
        if issues:
            issues.sort(key=lambda issue: issue.line or 0)  # an activity's problems in file order
            for issue in issues:
                report.add_error(issue)
            report.refused += 1
            if not skip_invalid:
                batch.clear()  # nothing more will be written: keep validating for the report
            continue
        if rec is None:
            continue
        if report.ok or skip_invalid:
            batch.append(rec)
            if len(batch) >= BATCH_SIZE:
                flush()
    if batch and (report.ok or skip_invalid):
        flush()


# -- web import jobs ------------------------------------------------------------------------


def import_max_bytes() -> int:
    return int(
        getattr(settings, "COOPDEV_IMPORT_MAX_MB", None) or os.environ.get("COOPDEV_IMPORT_MAX_MB") or 200
    ) * (1 << 20)


def import_job_create(
    *,
    user: Any,
    organisation: Organisation,
    upload: UploadedFile,
    skip_invalid: bool = False,
    dry_run: bool = False,
) -> ImportJob:
    """Store an upload and queue its import (after this transaction commits).

    ``dry_run`` checks the file as the import would and reports what it would do, writing
    nothing.

    Uploads of platform staff are published; everybody else's go to review (``submitted``),
    including those of an organisation's systems through the API (``user`` None: a token is
    an organisation's, not a person's). Raises ``ImportError_`` when the file is above
    ``COOPDEV_IMPORT_MAX_MB``.
    """
    limit = import_max_bytes()
    if upload.size is not None and upload.size > limit:
        raise ImportError_(
            ImportIssue(
                file=upload.name or "",
                message=str(TOO_LARGE) % {"size": f"{upload.size / (1 << 20):.1f}", "limit": limit >> 20},
            )
        )
    staff = user is not None and user.is_staff
    state = Project.PublicationState.PUBLISHED if staff else Project.PublicationState.SUBMITTED
    job = ImportJob(
        user=user,
        organisation=organisation,
        filename=(upload.name or "upload")[:300],
        size=upload.size or 0,
        skip_invalid=skip_invalid,
        dry_run=dry_run,
        publication_state=state,
        progress_total=upload.size or 0,
    )
    job.file.save("upload", upload, save=False)
    job.save()
    from coopdev.interchange.tasks import import_job_run_task

    transaction.on_commit(lambda: import_job_run_task.enqueue(job.pk))
    return job


def _progress_path(job: ImportJob) -> Path:
    return Path(job.file.path).with_name("progress.json")


def import_job_progress(*, job: ImportJob) -> tuple[int, int]:
    """Bytes read so far and in all. Read from a small file beside the upload, because the
    import's own transaction hides its database writes until it ends."""
    if job.status != ImportJob.Status.RUNNING:
        return job.progress_done, job.progress_total
    try:
        data = json.loads(_progress_path(job).read_text())
        return int(data["done"]), int(data["total"])
    except (OSError, ValueError, KeyError):
        return job.progress_done, job.progress_total


def import_job_run(*, job_id: int) -> ImportJob:
    """Run a queued job: import its file, store the report, mark it done or refused."""
    job = ImportJob.objects.select_related("organisation", "user").get(pk=job_id)
    if job.status != ImportJob.Status.QUEUED:
        return job
    job.status = ImportJob.Status.RUNNING
    job.started_at = timezone.now()
    job.save(update_fields=["status", "started_at"])
    progress_file = _progress_path(job)

    def progress(done: int, total: int) -> None:
        tmp = progress_file.with_suffix(".tmp")
        tmp.write_text(json.dumps({"done": done, "total": total}))
        os.replace(tmp, progress_file)

    try:
        report = import_file(
            path=Path(job.file.path),
            filename=job.filename,
            organisation=job.organisation,
            user=job.user,
            skip_invalid=job.skip_invalid,
            publication_state=job.publication_state,
            progress=progress,
            dry_run=job.dry_run,
            job=job,
        )
    except Exception:
        logger.exception("Import job %s failed", job.pk)
        job.status = ImportJob.Status.FAILED
        job.report = {
            "message": _("The import stopped on an unexpected error; the platform team has been told.")
        }
    else:
        # A dry run is done when the file would have been written.
        would_write = report.ok or job.skip_invalid
        done = report.written or (job.dry_run and would_write and report.format != "")
        job.status = ImportJob.Status.DONE if done else ImportJob.Status.FAILED
        job.report = report.as_dict()
    job.progress_done = job.progress_total = max(job.size, 1)
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "report", "progress_done", "progress_total", "finished_at"])
    progress_file.unlink(missing_ok=True)
    _discard_upload(job)
    return job


def _discard_upload(job: ImportJob) -> None:
    """Delete a finished job's uploaded file and its folder; the job keeps its name, size and
    report. An IATI file can hold personal data (contact details), and kept uploads only
    filled the disk: nothing reads them once the job has run."""
    if not job.file:
        return
    folder = Path(job.file.path).parent
    job.file.delete(save=False)
    with contextlib.suppress(OSError):
        folder.rmdir()  # only when empty
    ImportJob.objects.filter(pk=job.pk).update(file="")


# A running job that has shown no sign of life for this long lost its worker (the progress
# file beside the upload is rewritten as the file is read; a 200 MB file is read in minutes).
STALE_AFTER = timedelta(minutes=15)
# An upload folder without a job is removed after this long (a job's folder is written just
# before its row is committed).
ORPHAN_AFTER = timedelta(days=1)


def import_jobs_tidy(*, now: datetime | None = None) -> dict[str, int]:
    """Periodic housekeeping of import jobs (``coopdev tick``); returns what it did, counted.

    - ``interrupted``: a job still marked running whose worker stopped (killed, restarted, out
      of memory) is marked refused with a message that says so. Its transaction was rolled back
      with the worker's connection, so nothing of the file was written, and the page that polls
      it stops waiting. A worker that was only slow and finishes after all still records its
      report.
    - ``uploads_deleted``: uploads of finished jobs still on disk (jobs finished before uploads
      were deleted at the end of a job).
    - ``orphans_deleted``: upload folders that no job refers to.
    """
    now = now or timezone.now()
    done = {"interrupted": 0, "uploads_deleted": 0, "orphans_deleted": 0}
    for job in ImportJob.objects.filter(status=ImportJob.Status.RUNNING, started_at__lt=now - STALE_AFTER):
        alive: datetime | None = job.started_at
        if job.file:
            with contextlib.suppress(OSError):
                alive = datetime.fromtimestamp(_progress_path(job).stat().st_mtime, tz=now.tzinfo)
        if alive is not None and alive >= now - STALE_AFTER:
            continue
        interrupted = ImportJob.objects.filter(pk=job.pk, status=ImportJob.Status.RUNNING).update(
            status=ImportJob.Status.FAILED,
            finished_at=now,
            report={"file": job.filename, "message": str(IMPORT_INTERRUPTED)},
        )
        if interrupted:
            done["interrupted"] += 1
            if job.file:
                _progress_path(job).unlink(missing_ok=True)
                _discard_upload(job)
    finished = ImportJob.objects.filter(status__in=[ImportJob.Status.DONE, ImportJob.Status.FAILED])
    for job in finished.exclude(file=""):
        _discard_upload(job)
        done["uploads_deleted"] += 1
    root = Path(settings.MEDIA_ROOT) / "imports"
    if root.is_dir():
        known = {str(u) for u in ImportJob.objects.values_list("uuid", flat=True)}
        for folder in root.iterdir():
            if not folder.is_dir() or folder.name in known:
                continue
            changed = datetime.fromtimestamp(folder.stat().st_mtime, tz=now.tzinfo)
            if changed < now - ORPHAN_AFTER:
                shutil.rmtree(folder, ignore_errors=True)
                done["orphans_deleted"] += 1
    return done
