"""Import jobs' housekeeping (``import_jobs_tidy``, run by ``coopdev tick``)."""

import os
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from coopdev.accounts.tests.factories import StaffFactory
from coopdev.interchange.errors import IMPORT_INTERRUPTED
from coopdev.interchange.models import ImportJob
from coopdev.interchange.services import ORPHAN_AFTER, STALE_AFTER, import_jobs_tidy
from coopdev.projects.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def ago(delta: timedelta) -> float:
    return (timezone.now() - delta).timestamp()


def job_with_upload(
    status: str, started: timedelta | None = None, progress: timedelta | None = None
) -> ImportJob:
    job = ImportJob(
        organisation=OrganisationFactory(),
        filename="activities.xml",
        size=9,
        publication_state="submitted",
        status=status,
        started_at=None if started is None else timezone.now() - started,
    )
    job.file.save("upload", ContentFile(b"<x></x>\n"), save=False)
    job.save()
    if progress is not None:
        path = Path(job.file.path).with_name("progress.json")
        path.write_text('{"done": 1, "total": 9}')
        os.utime(path, (ago(progress), ago(progress)))
    return job


def test_a_running_job_whose_worker_stopped_is_marked_interrupted_and_its_upload_deleted(client):
    job = job_with_upload("running", started=STALE_AFTER * 2, progress=STALE_AFTER * 2)
    folder = Path(job.file.path).parent

    done = import_jobs_tidy()

    job.refresh_from_db()
    assert done["interrupted"] == 1
    assert job.status == ImportJob.Status.FAILED and job.finished_at is not None
    assert job.report["message"] == str(IMPORT_INTERRUPTED)
    assert not job.file and not folder.exists()
    client.force_login(StaffFactory())
    page = client.get(reverse("interchange:job", args=[job.uuid])).content.decode()
    assert "interrupted" in page and "data-import-progress" not in page  # the page stops polling


def test_a_long_running_job_that_still_reads_its_file_is_left_alone():
    job = job_with_upload("running", started=STALE_AFTER * 3, progress=timedelta(seconds=10))
    assert import_jobs_tidy()["interrupted"] == 0
    job.refresh_from_db()
    assert job.status == ImportJob.Status.RUNNING and job.file


def test_a_job_that_started_recently_is_left_alone_even_before_its_first_progress():
    job = job_with_upload("running", started=timedelta(minutes=1))
    assert import_jobs_tidy()["interrupted"] == 0
    job.refresh_from_db()
    assert job.status == ImportJob.Status.RUNNING


def test_a_queued_job_is_left_alone():
    job = job_with_upload("queued")
    assert import_jobs_tidy() == {"interrupted": 0, "uploads_deleted": 0, "orphans_deleted": 0}
    job.refresh_from_db()
    assert job.file and Path(job.file.path).exists()


def test_the_upload_of_a_finished_job_still_on_disk_is_deleted_and_the_report_kept():
    job = job_with_upload("done")
    ImportJob.objects.filter(pk=job.pk).update(report={"created": 3})
    folder = Path(job.file.path).parent

    assert import_jobs_tidy()["uploads_deleted"] == 1

    job.refresh_from_db()
    assert not job.file and not folder.exists() and job.report == {"created": 3}
    assert import_jobs_tidy()["uploads_deleted"] == 0  # nothing left to do


def test_an_upload_folder_no_job_refers_to_is_removed_once_old(settings):
    kept = job_with_upload("queued")
    root = Path(settings.MEDIA_ROOT) / "imports"
    old, new = root / "old-orphan", root / "new-orphan"
    for folder in (old, new):
        folder.mkdir(parents=True)
        (folder / "upload").write_bytes(b"x")
    os.utime(old, (ago(ORPHAN_AFTER * 2), ago(ORPHAN_AFTER * 2)))

    assert import_jobs_tidy()["orphans_deleted"] == 1

    assert not old.exists() and new.exists() and Path(kept.file.path).exists()


def test_coopdev_tick_runs_the_import_housekeeping_with_the_academys(capsys):
    job_with_upload("running", started=STALE_AFTER * 2, progress=STALE_AFTER * 2)
    call_command("tick")
    out = capsys.readouterr().out
    assert "interrupted: 1" in out and "sessions tidied: 0" in out
    assert ImportJob.objects.get().status == ImportJob.Status.FAILED
