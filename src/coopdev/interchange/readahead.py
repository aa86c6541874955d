"""Reading a file ahead of the database writes, in a second thread.

An import spends about half its time waiting: for PostgreSQL to take a COPY and check its
foreign keys, and inside libxml2 (parsing, schema validation), which both release the GIL.
Reading the next activities while the writes of the previous ones wait turns that time into
work. The reader thread touches no database (readers never do), hands over chunks of
activities through a bounded queue (so memory stays flat: at most ``depth`` chunks are
waiting), runs in the caller's language (messages are translated where they are made), and
re-raises in the caller whatever stopped it. When the caller stops early, the thread is told
to stop and is waited for before the file is left.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator

from django.utils import translation

_DONE = object()


class _Failed:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def read_ahead[T](items: Iterable[T], *, chunk: int = 200, depth: int = 4) -> Iterator[T]:
    """Yield ``items`` in order, produced by a background thread up to ``chunk * depth`` ahead."""
    handoff: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    language = translation.get_language()

    def put(value: object) -> bool:
        while not stop.is_set():
            try:
                handoff.put(value, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        with translation.override(language):
            try:
                pending: list[T] = []
                for item in items:
                    pending.append(item)
                    if len(pending) >= chunk:
                        if not put(pending):
                            return
                        pending = []
                if pending and not put(pending):
                    return
                put(_DONE)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller, who re-raises it
                put(_Failed(exc))
            finally:
                close = getattr(items, "close", None)
                if close is not None:
                    close()

    worker = threading.Thread(target=produce, name="coopdev-import-reader", daemon=True)
    worker.start()
    try:
        while True:
            got = handoff.get()
            if got is _DONE:
                return
            if isinstance(got, _Failed):
                raise got.exc
            yield from got
    finally:
        stop.set()
        worker.join()
