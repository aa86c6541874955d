"""A plain progress bar on stderr for the command line (no dependency)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """``bar(done, total)`` redraws at most ten times a second; ``done`` and ``total`` in bytes or rows."""

    def __init__(
        self, label: str, *, stream: TextIO | None = None, unit: str = "MB", width: int = 30
    ) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.unit = unit
        self.width = width
        self._last = 0.0
        self._started = time.monotonic()

    def _fmt(self, value: int) -> str:
        return f"{value / (1 << 20):,.1f}" if self.unit == "MB" else f"{value:,}"

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last < 0.1 and done < total:
            return
        self._last = now
        filled = int(self.width * done / total) if total else 0
        bar = "#" * filled + "." * (self.width - filled)
        size = (
            f"{self._fmt(done)}/{self._fmt(total)} {self.unit}" if total else f"{self._fmt(done)} {self.unit}"
        )
        self.stream.write(f"\r{self.label} [{bar}] {size} {now - self._started:.0f}s")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()
