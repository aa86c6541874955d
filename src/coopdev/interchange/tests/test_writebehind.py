"""The import's writes run behind its reading, in a second thread on the same connection."""

import sys
import threading

import pytest
from django.db import IntegrityError, connection, transaction

from coopdev.interchange import bulk, services
from coopdev.interchange.generate import iati_file_write
from coopdev.interchange.services import import_file
from coopdev.interchange.writebehind import WriteBehind
from coopdev.projects.models import Project, ProjectRevision

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(connection.vendor != "postgresql", reason="threaded on PostgreSQL only")


def writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "coopdev-import-writer"]


def _transaction_id() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT txid_current()")
        return cursor.fetchone()[0]


@on_postgres
def test_jobs_run_in_order_in_a_second_thread_inside_the_callers_transaction():
    seen: list[tuple[str, int, int]] = []

    def job(n: int) -> None:
        seen.append((threading.current_thread().name, n, _transaction_id()))

    before = sys.getswitchinterval()
    with transaction.atomic():
        mine = _transaction_id()
        behind = WriteBehind()
        try:
            for n in range(3):
                behind.submit(lambda n=n: job(n))
            behind.wait()
        finally:
            behind.close()
    assert seen == [("coopdev-import-writer", n, mine) for n in range(3)]
    assert writer_threads() == []
    assert not connection.allow_thread_sharing
    assert sys.getswitchinterval() == before  # set back when the thread stops


@on_postgres
def test_an_error_in_a_job_is_raised_in_the_caller_by_the_next_wait():
    behind = WriteBehind()
    try:
        behind.submit(lambda: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            behind.wait()
        behind.wait()  # raised once
        behind.submit(lambda: None)  # and the thread goes on
        behind.wait()
    finally:
        behind.close()
    assert writer_threads() == []


@on_postgres
def test_close_raises_what_stopped_the_last_job_and_stops_the_thread():
    behind = WriteBehind()
    behind.submit(lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        behind.close()
    assert writer_threads() == []
    assert not connection.allow_thread_sharing


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the inline path")
def test_elsewhere_jobs_run_at_once_in_the_callers_thread():
    seen = []
    behind = WriteBehind()
    behind.submit(lambda: seen.append(threading.current_thread().name))
    assert seen == [threading.current_thread().name]
    behind.close()


@on_postgres
def test_an_import_writes_its_rows_in_the_writer_thread(tmp_path, monkeypatch):
    monkeypatch.setattr(services, "BATCH_SIZE", 30)
    threads: set[str] = set()
    original = bulk.TableWriter.write

    def write(self, prepared):
        threads.add(threading.current_thread().name)
        return original(self, prepared)

    monkeypatch.setattr(bulk.TableWriter, "write", write)
    path = tmp_path / "activities.xml"
    iati_file_write(path=path, activities=100)

    report = import_file(path=path)

    assert report.created == 100
    assert threads == {"coopdev-import-writer"}
    assert Project.objects.count() == 100
    assert writer_threads() == []


def test_a_write_that_fails_behind_the_reader_rolls_the_whole_file_back(tmp_path, monkeypatch):
    """The third batch's sector rows fail in the database: the error reaches the caller, nothing of
    the file is left (not the first two batches either), the thread is gone and the connection
    works."""
    monkeypatch.setattr(services, "BATCH_SIZE", 30)
    original = bulk.TableWriter.write
    calls = {"sectors": 0}

    def write(self, prepared):
        if self.table == "projects_projectsector" and prepared is not None:
            calls["sectors"] += 1
            if calls["sectors"] == 3:
                raise IntegrityError("the database refused the row")
        return original(self, prepared)

    monkeypatch.setattr(bulk.TableWriter, "write", write)
    path = tmp_path / "activities.xml"
    iati_file_write(path=path, activities=100)

    with pytest.raises(IntegrityError, match="refused the row"):
        import_file(path=path)

    assert Project.objects.count() == 0
    assert ProjectRevision.objects.count() == 0
    assert writer_threads() == []
    assert not connection.allow_thread_sharing
    monkeypatch.setattr(bulk.TableWriter, "write", original)
    assert import_file(path=path).created == 100


def test_a_dry_run_of_many_batches_writes_nothing_and_stops_the_thread(tmp_path, monkeypatch):
    monkeypatch.setattr(services, "BATCH_SIZE", 25)
    path = tmp_path / "activities.xml"
    iati_file_write(path=path, activities=120)

    report = import_file(path=path, dry_run=True)

    assert (report.created, report.written) == (120, False)
    assert Project.objects.count() == 0
    assert writer_threads() == []
