"""Writing one batch while the next is read and built: the caller's connection, in a second thread.

An import's time on PostgreSQL is mostly the server's: the COPYs with their foreign-key checks
and the figure summary's refresh. Run in the import's own thread, each of them left the server
idle while the client read, checked and built the next batch, and the client idle while the
server worked. :class:`WriteBehind` runs a batch's writes in a thread of its own, on the
*same* connection (so in the import's transaction), while the caller goes on with work that
does not touch the database; the caller calls :meth:`WriteBehind.wait` before its next use of
the connection, which also re-raises whatever stopped the writes. One job runs at a time.

Django keeps a connection per thread: the worker thread is handed the caller's own
``DatabaseWrapper`` (``inc_thread_sharing``), so code in a job uses ``django.db.connection`` as
usual. The caller must not use the connection while a job runs (the wrapper's transaction
bookkeeping is not shared safely); everything that does in the import waits first. Where the
database is not PostgreSQL, jobs run at once in the caller's thread: SQLite has one writer and
no server to overlap with.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable

from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import translation

_STOP = object()

# While the writer thread runs, the interpreter hands the GIL over every 0.5 ms instead of 5:
# after each reply of the server the writer needs the GIL back to send the next statement or
# chunk, and the reading and building threads hold it most of the time. Measured on 100,000
# activities: 3-4% more activities/s. Set back when the thread stops.
SWITCH_INTERVAL = 0.0005


class WriteBehind:
    def __init__(self, alias: str = DEFAULT_DB_ALIAS) -> None:
        self.alias = alias
        self.wrapper = connections[alias]
        self.threaded = self.wrapper.vendor == "postgresql"
        self._jobs: queue.Queue = queue.Queue(maxsize=1)
        self._done = threading.Event()
        self._done.set()
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._switch_interval: float | None = None

    def submit(self, job: Callable[[], None]) -> None:
        """Run ``job`` behind the caller (after the previous job, whose error it raises)."""
        self.wait()
        if not self.threaded:
            job()
            return
        if self._thread is None:
            self._start()
        self._done.clear()
        self._jobs.put(job)

    def wait(self) -> None:
        """Until the running job, if any, has finished; re-raise what stopped it."""
        self._done.wait()
        error, self._error = self._error, None
        if error is not None:
            raise error

    def close(self) -> None:
        """Wait for the running job and stop the thread; an error is raised as by :meth:`wait`."""
        try:
            self.wait()
        finally:
            if self._thread is not None:
                self._jobs.put(_STOP)
                self._thread.join()
                self._thread = None
                self.wrapper.dec_thread_sharing()
                if self._switch_interval is not None:
                    sys.setswitchinterval(self._switch_interval)
                    self._switch_interval = None

    def _start(self) -> None:
        self.wrapper.inc_thread_sharing()
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, SWITCH_INTERVAL))
        language = translation.get_language()
        self._thread = threading.Thread(
            target=self._work, args=(language,), name="coopdev-import-writer", daemon=True
        )
        self._thread.start()

    def _work(self, language: str | None) -> None:
        connections[self.alias] = self.wrapper
        try:
            with translation.override(language):
                while True:
                    job = self._jobs.get()
                    if job is _STOP:
                        return
                    try:
                        job()
                    except BaseException as exc:  # noqa: BLE001 - re-raised in the caller by wait()
                        self._error = exc
                    finally:
                        self._done.set()
        finally:
            del connections[self.alias]
