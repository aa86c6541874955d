"""The small interface every reader implements."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from coopdev.interchange.errors import ImportIssue
from coopdev.interchange.records import ActivityRecord

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class ReadActivity:
    """One activity as read: the record (``None`` when it could not be built) and the problems found.

    ``identifier`` and ``line``/``row`` are known even when the record is not, for the report.
    """

    identifier: str
    record: ActivityRecord | None
    issues: list[ImportIssue] = field(default_factory=list)
    line: int | None = None
    row: int | None = None


class Reader(Protocol):
    """Reads one file into activities. Raises ``ImportError_`` when the whole file must be refused."""

    format: str

    def __init__(self, *, path: Path, filename: str, progress: Progress | None = None) -> None: ...

    def activities(self) -> Iterator[ReadActivity]: ...


class CountingFile:
    """A binary file wrapper that reports how far it has been read, for progress bars."""

    def __init__(self, path: Path, progress: Progress | None, every: int = 1 << 20) -> None:
        self._file = path.open("rb")
        self.total = path.stat().st_size
        self.done = 0
        self._progress = progress
        self._every = every
        self._next = every

    def read(self, size: int = -1) -> bytes:
        data = self._file.read(size)
        self.done += len(data)
        if self._progress and (self.done >= self._next or not data):
            self._next = self.done + self._every
            self._progress(self.done, self.total)
        return data

    def readline(self) -> bytes:
        data = self._file.readline()
        self.done += len(data)
        if self._progress and (self.done >= self._next or not data):
            self._next = self.done + self._every
            self._progress(self.done, self.total)
        return data

    def __iter__(self) -> Iterator[bytes]:
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> CountingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
